"""Political (PLOVER) events: more readings of who acts, whom the act is aimed at, and whether a report is an act
at all. Each row is a short report written for the project and names the rule it checks; the rows are (text,
PLOVER type, expected [(actor1, actor2)] of the political events of that type, in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

ROWS = [
    pytest.param(
        "وقعت تركيا والولايات المتحدة أمس اتفاقا لتدريب المعارضة السورية.",
        "AGREE",
        [("TURGOV", "USAGOV")],
        id="a side after the purpose of an agreement (لتدريب المعارضة) is whom it is for, not the signer",
    ),
    pytest.param(
        "أعلنت الإمارات تقديم مساعدات للشعب اليمني.",
        "AID",
        [("AREGOV", "YEMCVL")],
        id="a side with لـ right after the act (مساعدات للشعب اليمني) is whom it is for, not its doer",
    ),
    pytest.param(
        "تقدمت الحكومة اليمنية بشكوى إلى مجلس الأمن الدولي اتهمت فيها إيران بتسليح الحوثيين.",
        "ACCUSE",
        [("YEMGOV", "IRNGOV")],
        id="a perfect followed by فيها (اتهمت فيها) is the act told in the complaint, whatever verb came before",
    ),
    pytest.param(
        "بعث الرئيس اليمني رسالة إلى الأمين العام للأمم المتحدة طالب فيها بإدراج الحوثيين على قائمة الإرهاب.",
        "REQUEST",
        [("YEMGOV", "IGOUNO")],
        id="what is asked in a letter (طالب فيها) is asked of the side it was sent to (إلى الأمين العام …)",
    ),
    pytest.param(
        "وأدانت الإمارات بشدة الهجوم على السفارة السعودية في طهران.",
        "ACCUSE",
        [("AREGOV", None)],
        id="the side an attack condemned was on (الهجوم على السفارة السعودية) is its victim, not the one condemned",
    ),
    pytest.param(
        "ووصل إلى الرياض أمس وزير الخارجية البريطاني في زيارة رسمية.",
        "CONSULT",
        [("GBRGOV", "SAUGOV")],
        id="a destination fronted before the traveller (وصل إلى الرياض أمس وزير …): the traveller after it arrives",
    ),
    pytest.param(
        "نفى رئيس الوزراء التركي أمس الاتهامات الموجهة لبلاده بدعم تنظيم داعش.",
        "REJECT",
        [("TURGOV", None)],
        id="a side after a verbal noun of bi- in what is denied (بدعم تنظيم داعش) is no side the denial answers",
    ),
    pytest.param(
        "اقترح وزير الخارجية الروسي عقد مؤتمر دولي بشأن سوريا.",
        "REQUEST",
        [("RUSGOV", None)],
        id="a proposal (اقترح عقد مؤتمر) asks the others to act on it: a request by the proposer",
    ),
    pytest.param(
        "اقترح وزير الخارجية الروسي عقد مؤتمر دولي بشأن سوريا.",
        "CONSULT",
        [],
        id="a conference proposed (اقترح عقد مؤتمر) has not taken place: no talks",
    ),
    pytest.param(
        "ورفض رئيس الوزراء التركي اتهامات لبلاده بتقديم دعم لعناصر تنظيم داعش.",
        "REJECT",
        [("TURGOV", None)],
        id="a side after a verbal noun of bi- in the charge rejected (بتقديم دعم لعناصر …) is no side answered",
    ),
    pytest.param(
        "ورفضت تركيا بشدة اتهامات روسيا.",
        "REJECT",
        [("TURGOV", "RUSGOV")],
        id="بشدة is a manner, no verbal noun opening what is rejected: the accuser after it is answered",
    ),
    pytest.param(
        "طالب وزير الخارجية السعودي بشدة مجلس الأمن بوقف القصف.",
        "REQUEST",
        [("SAUGOV", "IGOUNO")],
        id="بشدة opens nothing asked: the side after it is whom the demand is made of",
    ),
    pytest.param(
        "كما اتهمت الحكومة السورية، خلال شهر سبتمبر الماضي، الأردن بدعم الإرهابيين.",
        "ACCUSE",
        [("SYRGOV", "JORGOV")],
        id="a date set off by commas after the subject (، خلال شهر سبتمبر الماضي،) does not cut off the side accused",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political_sides_h12(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected


DATE_ROWS = [
    pytest.param(
        "كما اتهمت الحكومة السورية، خلال شهر سبتمبر الماضي، الأردن بدعم الإرهابيين.",
        "ACCUSE",
        ["2015-09"],
        id="a date set off by commas after the subject dates the act (not the day of the report)",
    ),
    pytest.param(
        "ودعا وزير الخارجية السعودي، أمس، الأمم المتحدة إلى التحرك العاجل.",
        "REQUEST",
        ["2015-10-13"],
        id="أمس set off by commas after the subject is the day of the call",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), DATE_ROWS)
def test_political_dates_h12(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        str(e.event_date)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert [g[: len(x)] for g, x in zip(got, expected, strict=False)] == expected and len(got) == len(
        expected
    )


STATUS_ROWS = [
    pytest.param(
        "انطلقت في جنيف أمس محادثات بين الحكومة اليمنية والحوثيين.",
        "CONSULT",
        [("YEMGOV", "YEMREB", "occurred")],
        id="talks set off (انطلقت … محادثات بين …) are held: انطلق carries the noun of talks like جرت",
    ),
    pytest.param(
        "وتنطلق في جنيف الأسبوع المقبل محادثات بين الحكومة اليمنية والحوثيين.",
        "CONSULT",
        [("YEMGOV", "YEMREB", "planned")],
        id="talks to set off next week (تنطلق … الأسبوع المقبل) are planned",
    ),
    pytest.param(
        "واستؤنفت أمس في جنيف المفاوضات بين الحكومة اليمنية والحوثيين.",
        "CONSULT",
        [("YEMGOV", "YEMREB", "occurred")],
        id="talks resumed (استؤنفت المفاوضات بين …) are held",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), STATUS_ROWS)
def test_political_status_h12(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None, e.status)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
