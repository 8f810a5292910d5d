"""Political (PLOVER) events: acts dated weeks before publication are background, a state an act is on or
against is no venue, and a verb with the plural ending is done by a side named in the plural of people. Each row
is a short report written for the project and names the rule it checks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

AUGUST = dt.date(2015, 8, 20)

# (text, PLOVER type, expected [(actor1, actor2)] of the political events of that type, in an August article)
STATUS_ROWS = [
    pytest.param(
        "كما اتهمت الحكومة السورية، خلال شهر أبريل الماضي، الأردن بدعم الإرهابيين.",
        "ACCUSE",
        [],
        id="an accusation dated by an aside months before publication is background",
    ),
    pytest.param(
        "وقال الوزير إن الحكومة اتهمت في مايو الماضي تركيا بدعم المسلحين.",
        "ACCUSE",
        [],
        id="an accusation its clause dates months before publication is background",
    ),
    pytest.param(
        "اتهمت الحكومة السورية، خلال شهر أغسطس الجاري، الأردن بدعم الإرهابيين.",
        "ACCUSE",
        [("SYRGOV", "JORGOV")],
        id="an accusation dated in the month of publication is the news",
    ),
    pytest.param(
        "اتهمت الحكومة السورية أمس الأردن بدعم الإرهابيين.",
        "ACCUSE",
        [("SYRGOV", "JORGOV")],
        id="an accusation of yesterday is the news",
    ),
    pytest.param(
        "طالبت الحكومة اليمنية الحوثيين بالالتزام بالهدنة التي أعلنت قبل ثلاثة أشهر.",
        "REQUEST",
        [("YEMGOV", "YEMREB")],
        id="a date told in a relative clause after the act dates what it describes, not the act",
    ),
]


# (text, PLOVER type, expected [place names] of the political events of that type)
PLACE_ROWS = [
    pytest.param(
        "فرضت الولايات المتحدة عقوبات جديدة على إيران يوم الأربعاء.",
        "SANCTION",
        ["الولايات المتحدة"],
        id="the state sanctions are imposed on is their counterpart, not where they were imposed",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات جديدة على إيران في واشنطن.",
        "SANCTION",
        ["واشنطن"],
        id="the place written with في stays where the sanctions were imposed",
    ),
    pytest.param(
        "أعلن وزير الداخلية العراقي أن التحقيقات تفيد بأن تنظيم داعش يقف وراء التفجير الذي استهدف الاثنين مدينة الحلة.",
        "ACCUSE",
        [None],
        id="the town an attack laid to a group struck (in a relative clause) is not where it was laid to it",
    ),
    pytest.param(
        "وانتقدت جبهة النصرة خطة تركيا لإنشاء منطقة عازلة على الحدود.",
        "ACCUSE",
        [None],
        id="the state whose plan is criticised owns it, it is not where it was criticised",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), PLACE_ROWS)
def test_political_against_state_h14(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        e.place.name_ar if e.place else None
        for e in _extract(pipeline, text, AUGUST)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected


# (text, PLOVER type, expected [(actor1, actor2)] of the political events of that type)
PLURAL_ROWS = [
    pytest.param(
        "قال قادة المعارضة السورية إن الطيران الروسي قصف مواقعهم، ويطالبون قوات الأسد بوقف الهجمات.",
        "REQUEST",
        [("SYROPP", "SYRMIL")],
        id="a plural verb is done by the side named in the plural of people, not by an air force named nearer",
    ),
    pytest.param(
        "تظاهر الحوثيون في صنعاء ضد السعودية، ويطالبون الأمم المتحدة بوقف الغارات.",
        "REQUEST",
        [("YEMREB", "IGOUNO")],
        id="a plural verb is done by a side named in the sound plural",
    ),
    pytest.param(
        "يتخوف أهالي الأحياء الخاضعة لسيطرة قوات الأسد من تقدم تنظيم داعش نحو مناطقهم، ويطالبون قوات الأسد بوقف تقدمه.",
        "REQUEST",
        [],
        id="a plural verb is done by neither a body named in the singular nor the side it asks",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), STATUS_ROWS + PLURAL_ROWS)
def test_political_sides_h14(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    """The sides of the acts of an older day and of those a plural verb tells."""
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text, AUGUST)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected


@pytest.fixture(scope="module")
def historical() -> Pipeline:
    return Pipeline(historical=True)


# (text, PLOVER type, expected [(status, date, actor1, actor2)] of the political events of that type with
# --historical, in an August article)
KEPT_ROWS = [
    pytest.param(
        "واتهمت الحكومة العراقية سوريا بدعم المسلحين في مايو الماضي.",
        "ACCUSE",
        [("historical", "2015-05", "IRQGOV", "SYRGOV")],
        id="with --historical an act dated months back by its own words is kept, status historical",
    ),
    pytest.param(
        "وكان وزير الخارجية المصري قد التقى نظيره الأردني في عمان الأسبوع الماضي.",
        "CONSULT",
        [("historical", "2015-08", "EGYGOV", "JORGOV")],
        id="with --historical a meeting recalled with كان قد and its week is kept, status historical",
    ),
    pytest.param(
        "وكان مجلس الأمن الدولي قد فرض في مارس الماضي عقوبات على قادة الحوثيين.",
        "SANCTION",
        [("historical", "2015-03", "IGOUNO", "YEMREB")],
        id="with --historical sanctions imposed months back are kept, status historical",
    ),
    pytest.param(
        "الهدنة التي أعلنتها الحكومة السودانية قبل عامين انهارت.",
        "RETREAT",
        [("historical", "2013-08", "SDNGOV", None)],
        id="with --historical a truce a relative clause dates years back is kept, status historical",
    ),
    pytest.param(
        "ولطالما نفت الحكومة التركية هذه الاتهامات.",
        "REJECT",
        [],
        id="with --historical what a side has always done has no day: still left out",
    ),
    pytest.param(
        "ويتهم حلفاء مصر منذ أشهر القاهرة بالتقصير.",
        "ACCUSE",
        [],
        id="with --historical a charge kept up for months is a stance, no act: still left out",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), KEPT_ROWS)
def test_political_historical_kept_on_demand(
    historical: Pipeline, text: str, plover: str, expected: list
) -> None:
    got = [
        (
            e.status,
            (e.event_date or "")[:7],
            e.actor1.code if e.actor1 else None,
            e.actor2.code if e.actor2 else None,
        )
        for e in _extract(historical, text, AUGUST)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected


@pytest.mark.parametrize(("text", "plover", "expected"), KEPT_ROWS[:3])
def test_political_historical_left_out_by_default(
    pipeline: Pipeline, text: str, plover: str, expected: list
) -> None:
    assert not [
        e for e in _extract(pipeline, text, AUGUST) if e.category == "political" and e.plover_type == plover
    ]
