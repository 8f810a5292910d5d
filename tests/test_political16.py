"""Political (PLOVER) events: where and when a call was made, apart from what it asks for. Each row is a short
report written for the project and names the rule it checks; the rows are (text, PLOVER type, expected
[(place, date)] of the political events of that type, in order — [] for none). Reports are published on a
Wednesday (see tests.test_extraction.WED).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import WED, _extract

ROWS = [
    pytest.param(
        "ودعا رئيس الحكومة التركية المواطنين الى مسيرة كبيرة الجمعة في أنقرة.",
        "REQUEST",
        [(None, WED.isoformat())],
        id="the weekday and the city of the rally a leader calls for are the rally's, not the call's",
    ),
    pytest.param(
        "وحث وزير الخارجية اليمني الأطراف على وقف القتال في مدينة تعز.",
        "REQUEST",
        [(None, WED.isoformat())],
        id="the city where fighting is to stop is what the call asks for, not where it was made",
    ),
    pytest.param(
        "ودعا وزير الخارجية السعودي أمس في الرياض إلى وقف القتال في اليمن.",
        "REQUEST",
        [("الرياض", (WED - dt.timedelta(days=1)).isoformat())],
        id="a place and a day before what is asked are the call's own",
    ),
    pytest.param(
        "وانتقدت فرنسا خطة الحكومة الإيرانية الجديدة.",
        "ACCUSE",
        [(None, WED.isoformat())],
        id="the state that criticises is a side, not where it spoke",
    ),
    pytest.param(
        "وأدانت دولة الكويت بشدة التفجير الإرهابي.",
        "ACCUSE",
        [(None, WED.isoformat())],
        id="the state that condemns (دولة X) is a side, not where the condemnation was made",
    ),
    pytest.param(
        "وانتقدت مصر في القاهرة الاتهامات الموجهة إليها.",
        "ACCUSE",
        [("القاهرة", WED.isoformat())],
        id="a statement's place written with في stays",
    ),
    pytest.param(
        "يبدأ وزير الخارجية اليمني غدا جولة أوروبية تشمل بريطانيا وألمانيا وفرنسا.",
        "CONSULT",
        [(name, (WED + dt.timedelta(days=1)).isoformat()) for name in ("بريطانيا", "ألمانيا", "فرنسا")],
        id="a tour of the states listed is a visit to each, one event a place",
    ),
    pytest.param(
        "زار وزير الخارجية الإيراني الكويت وبحث مع أمير قطر الأزمة في العراق.",
        "CONSULT",
        [("الكويت", WED.isoformat())],
        id="a state named further on, past the visit's place, is not another place visited",
    ),
    pytest.param(
        "ونفت وزارة الدفاع الأمريكية أن يكون أي من المقاتلين قد خطف في سوريا.",
        "REJECT",
        [(None, WED.isoformat())],
        id="the place in what is denied (نفت ان … في سوريا) is not where it was denied",
    ),
    pytest.param(
        "ونفى وزير الخارجية التركي في أنقرة أن تكون بلاده قد دعمت المسلحين في سوريا.",
        "REJECT",
        [("أنقرة", WED.isoformat())],
        id="the place of the denial, before what it denies, stays",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political16(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.place.name_ar if e.place else None, e.event_date)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
