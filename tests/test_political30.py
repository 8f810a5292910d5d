"""Political (PLOVER) events: an act recalled (كان … قد، المكالمة التي جرت بين …) dated more than three days
before publication, or only by its week, is background; a statement's venue told in the next sentence by the same
speaker going on unnamed (وكان يتحدث في مؤتمر صحفي في …); the bare government whose stance an official affirms
(جدد الرئيس رفض الحكومة …) is his own, not that of the city he speaks in; a delegation named with an adjective (وفد
حوثي) and the Kurdish side (الجانب الكردي) are sides; a group pointed back to (هذا التنظيم) is the one named before
it; an act got ready for (يستعد لزيارة …) and a journey under way in the imperfect (يتوجه الى … لاجراء محادثات)
are planned. Each row is a short report written for the project and names the rule it checks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.extracting import political_triples as _political

# (text, expected [(PLOVER type, actor1, actor2)] of the political events), published on WED 2015-10-14
ROWS = [
    pytest.param(
        "وكان وزير الخارجية القطري قد التقى نظيره الإيراني في مسقط الأسبوع الماضي.",
        [],
        id="a pluperfect dated only by last week is background",
    ),
    pytest.param(
        "وكانت الحكومة الليبية قد اتهمت المؤتمر الوطني العام يوم الخميس الماضي بعرقلة الحوار.",
        [],
        id="a pluperfect dated six days back is background",
    ),
    pytest.param(
        "وأشار الكاتب إلى أن التفاهم أمكن التوصل إليه بعد المكالمة الهاتفية التي جرت بين الرئيس الفرنسي"
        " والرئيس المصري الخميس الماضي.",
        [],
        id="a call recalled as held in a relative clause six days back is background",
    ),
    pytest.param(
        "وجدد الرئيس العراقي خلال استقباله السفير الفرنسي أمس في عمان رفض الحكومة لأي تدخل بري أجنبي.",
        [("REJECT", "IRQGOV", None), ("CONSULT", "IRQGOV", "FRAGOV")],
        id="the bare government whose refusal an official renews is his own, not the venue city's",
    ),
    pytest.param(
        "وأكد رئيس الوزراء الليبي أمس في تونس رفض الحكومة لأي حوار مع الميليشيات.",
        [("REJECT", "LBYGOV", None)],
        id="the bare government whose refusal a prime minister affirms abroad is his own",
    ),
    pytest.param(
        "ووصل وفد حوثي أمس إلى مسقط لإجراء مشاورات مع المبعوث الأممي.",
        [("CONSULT", "YEMREB", "IGOUNO")],
        id="a delegation named with the group's adjective (وفد حوثي) is the group",
    ),
    pytest.param(
        "وقال قيادي في الجيش الحر إن مقاتليه اشتبكوا مع وحدات حماية الشعب قرب الحسكة. لكن الجانب الكردي نفى"
        " أمس هذه الرواية.",
        [("REJECT", "SYRREB", None)],
        id="the Kurdish side of a Syrian dispute is the YPG",
    ),
    pytest.param(
        "وفي بغداد، رفض الجانب الكردي أمس مقترح الحكومة الاتحادية بشأن صادرات النفط من كركوك.",
        [("REJECT", "IRQGOV", None)],
        id="the Kurdish side in Iraq is the Kurdistan Region's government",
    ),
    pytest.param(
        "وقصفت الطائرات التركية مواقع لتنظيم داعش شمال حلب. وهاجم رئيس الوزراء التركي أمس حزب الاتحاد"
        " الديمقراطي الكردي، محذرا قادة هذا التنظيم من إقامة كيان انفصالي على الحدود.",
        [("THREATEN", "TURGOV", "SYROPP")],
        id="the group pointed back to (هذا التنظيم) is the one named before it, not the Islamic State",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_30(pipeline: Pipeline, text: str, expected: list) -> None:
    assert sorted(_political(pipeline, text), key=str) == sorted(expected, key=str)


# (text, PLOVER type, status, place) of the one political event of each report, published on WED 2015-10-14
STATUS_ROWS = [
    pytest.param(
        "ويستعد وزير الخارجية الروسي لزيارة القاهرة الأسبوع المقبل.",
        "CONSULT",
        "planned",
        "القاهرة",
        id="a visit got ready for (يستعد لزيارة …) is planned",
    ),
    pytest.param(
        "ويتوجه وزير الخارجية العماني إلى طهران لإجراء محادثات مع المسؤولين الإيرانيين.",
        "CONSULT",
        "planned",
        "طهران",
        id="a journey under way in the imperfect to hold talks is planned",
    ),
    pytest.param(
        "وكانت الحكومة اليمنية قد اتهمت الحوثيين أمس بخرق الهدنة.",
        "ACCUSE",
        "occurred",
        None,
        id="a pluperfect dated yesterday is still the news",
    ),
    pytest.param(
        "اتهم رئيس الوزراء العراقي أمس تنظيم الدولة بتفجير السوق. وكان يتحدث في مؤتمر صحفي في كربلاء.",
        "ACCUSE",
        "occurred",
        "كربلاء",
        id="the venue of a statement told in the next sentence, the speaker going on unnamed",
    ),
    pytest.param(
        "اتهم رئيس الوزراء العراقي أمس تنظيم الدولة بتفجير السوق. وقال في مؤتمر صحافي في البصرة إن التحقيق مستمر.",
        "ACCUSE",
        "occurred",
        "البصرة",
        id="the press conference the speaker goes on at, unnamed, is the statement's venue",
    ),
    pytest.param(
        "اتهم رئيس الوزراء العراقي أمس تنظيم الدولة بتفجير السوق. وكان رئيس الوزراء يتحدث في مؤتمر صحفي في"
        " كربلاء.",
        "ACCUSE",
        "occurred",
        "كربلاء",
        id="the speaker going on by his bare title after كان",
    ),
    pytest.param(
        "طالب وزير الخارجية السعودي أمس الحوثيين بالانسحاب من عدن. وكان الجبير يتحدث في مؤتمر صحفي مشترك مع"
        " نظيره الفرنسي في باريس.",
        "REQUEST",
        "occurred",
        "باريس",
        id="the speaker going on by his name, at a joint press conference with a counterpart",
    ),
    pytest.param(
        "اتهم رئيس الوزراء العراقي أمس تنظيم الدولة بتفجير السوق. وقال في مؤتمر صحفي إن الهجوم في كربلاء أوقع"
        " عشرات الضحايا.",
        "ACCUSE",
        "occurred",
        None,
        id="a place in what the speaker says at the press conference is not its venue",
    ),
]


@pytest.mark.parametrize(("text", "plover", "status", "place"), STATUS_ROWS)
def test_political_status_30(
    pipeline: Pipeline, text: str, plover: str, status: str, place: str | None
) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    got = [e.to_dict() for e in events if e.category == "political"]
    assert [(r["plover_type"], r["status"], (r.get("location") or {}).get("name_ar")) for r in got] == [
        (plover, status, place)
    ]


def test_recent_pluperfect_window(pipeline: Pipeline) -> None:
    """Three days back is still the news (the call held on Sunday in a Wednesday's report)."""
    text = "وكان وزير الخارجية الأردني قد التقى نظيره المصري في القاهرة يوم الأحد."
    events = pipeline(Article(id="t", text=text, published=dt.date(2015, 10, 14)))
    assert [(e.plover_type, e.status) for e in events if e.category == "political"] == [
        ("CONSULT", "occurred")
    ]
