"""Political (PLOVER) events: the bare دان condemns only opening its clause with its subject right after it (else
a name, دان سميث, or the town of ودان); force promised in the future (سيتم التصدي، سنرد، ستتصدى) is a threat made
that day by the speaker against the side a condition before it names, or the side after it; a side acting in what a
bare واضاف ان tells does not take the speaker's place as the one who speaks on; a sentence opened by
a verb of meeting in the present, right after a visit, goes on with the visitor and names whom he meets; an appeal
(نداء) is made to the side after الى past its adjective and day, and a second demand of the speaker in another
sentence to the side the appeal was made to is its words, the same request. Each row
is a short report written for the project and names the rule it checks; the rows are (text, expected [(PLOVER
type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "ودان وزير الخارجية الأردني التفجير الذي استهدف سوقا شعبيا مساء أمس.",
        [("ACCUSE", "JORGOV", None)],
        id="the bare دان opening its clause with its subject after it condemns",
    ),
    pytest.param(
        "وقال دان سميث المتحدث باسم الخارجية الأمريكية إن واشنطن تدعم الحكومة العراقية.",
        [("SUPPORT", "USAGOV", "IRQGOV")],
        id="دان after the verb of saying is a name, no condemnation",
    ),
    pytest.param(
        "وقال المتحدث باسم الجيش اليمني إنه في حال قيام المتمردين بأي هجوم على المدينة سيتم التصدي لهم بقوة.",
        [("THREATEN", "YEMMIL", "YEMREB")],
        id="force promised under a condition is a threat against the side the condition names",
    ),
    pytest.param(
        "وقال المتحدث باسم الحكومة اليمنية إن على المتمردين الالتزام بالهدنة. وأكد أن الهدنة ستتيح إدخال "
        "المساعدات، موضحا أنه في حال قيام الميليشيات الحوثية بأي تحرك عسكري سيتم التصدي لها بقوة وحزم.",
        [("REQUEST", "YEMGOV", "YEMREB"), ("THREATEN", "YEMGOV", "YEMREB")],
        id="the threatened side in the condition is never the speaker who threatens",
    ),
    pytest.param(
        "قال المتحدث باسم الحكومة اليمنية إن على المتمردين الالتزام بالهدنة. وأضاف إن انطلاق قوافل مركز الملك "
        "سلمان للإغاثة سيخفف معاناة الشعب اليمني. وأكد أنه في حال قيام الميليشيات الحوثية بأي تحرك عسكري سيتم "
        "التصدي لها بقوة.",
        [("REQUEST", "YEMGOV", "YEMREB"), ("AID", "SAUGOV", "YEMCVL"), ("THREATEN", "YEMGOV", "YEMREB")],
        id="a side acting in what a bare واضاف ان tells does not take the speaker's place",
    ),
    pytest.param(
        "ووجه الأمين العام لجامعة الدول العربية نداء عاجلا أمس إلى الحكومة اليمنية دعاها فيه إلى وقف القتال.",
        [("REQUEST", "IGOARL", "YEMGOV")],
        id="an appeal is made to the side after الى past the appeal's adjective and day",
    ),
    pytest.param(
        "ووجه الأمين العام للأمم المتحدة نداء إلى الحكومة السورية دعاها فيه إلى وقف القصف. وقال في بيان: «على "
        "الحكومة السورية السماح بدخول المساعدات».",
        [("REQUEST", "IGOUNO", "SYRGOV")],
        id="an appeal and the quoted demand it makes of the same side are one request",
    ),
    pytest.param(
        "وقال وزير الخارجية الإيراني إن بلاده سترد بقوة على أي عدوان إسرائيلي.",
        [("THREATEN", "IRNGOV", "ISRGOV")],
        id="force promised by the speaker's state against the side after it",
    ),
    pytest.param(
        "ووصل وزير الخارجية الأردني إلى القاهرة أمس في زيارة رسمية. ويلتقي الرئيس المصري اليوم لبحث العلاقات.",
        [("CONSULT", "JORGOV", "EGYGOV"), ("CONSULT", "JORGOV", "EGYGOV")],
        id="a sentence opened by a meeting in the present goes on with the visitor told just before",
    ),
    pytest.param(
        "ووصل وزير الخارجية الأردني إلى القاهرة أمس في زيارة رسمية. والتقى الرئيس المصري اليوم وفدا من "
        "رجال الأعمال.",
        [("CONSULT", "JORGOV", "EGYGOV"), ("CONSULT", "EGYGOV", None)],
        id="a meeting in the perfect in a sentence of its own is its subject's",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_28(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


def test_waddan_is_no_condemnation(pipeline: Pipeline) -> None:
    text = "وفي ودان أعلن المجلس البلدي تأييده للحكومة الليبية."
    got = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "political"]
    assert all(e.plover_type != "ACCUSE" for e in got)


# (text, expected [(PLOVER type, status)] of the political events, published on WED 2015-10-14)
STATUS_ROWS = [
    pytest.param(
        "وأعلن رئيس الوزراء التركي أمس انعقاد جلسة استثنائية للحكومة للتباحث في الإجراءات الأمنية.",
        [("CONSULT", "planned")],
        id="a session whose holding (انعقاد) is announced is one to come",
    ),
    pytest.param(
        "وأعلن داود أوغلو أمس جلسة طارئة للحكومة لبحث الإجراءات الأمنية على الحدود.",
        [("CONSULT", "planned")],
        id="a session announced as the object of the verb, past the subject and its day, is one to come",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUS_ROWS)
def test_political_status_28(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.status)
        for e in pipeline(Article(id="t", text=text, published=WED))
        if e.category == "political"
    ]
    assert got == expected
