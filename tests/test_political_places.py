"""Political (PLOVER) events: where the act is. Each row is a short report written for the project and names the
rule it checks; the rows are (text, PLOVER type, expected place names of the political events of that type, in
order — None for no place).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

PLACE_ROWS = [
    pytest.param(
        "استخدمت بريطانيا وفرنسا حق النقض ضد مشروع القرار.",
        "REJECT",
        ["بريطانيا"],
        id="a state joined to the doer (وفرنسا) is a side, not where the act is: the doer's own name is",
    ),
    pytest.param(
        "أجرت ألمانيا وتركيا محادثات مطولة أمس.",
        "CONSULT",
        ["ألمانيا"],
        id="the second of two states holding talks is a side, not where they were: the first one's name is",
    ),
    pytest.param(
        "وصل المبعوث الأممي الخاص إلى ليبيا السيد برناردينو ليون مساء أمس إلى القاهرة.",
        "CONSULT",
        ["القاهرة"],
        id="an official's arrival is where he arrives (الى …), past the country of his title",
    ),
    pytest.param(
        "وجاء الإعلان غداة محادثة هاتفية بين الرئيس الفرنسي ونظيره المصري تناولت خصوصا الأزمة في ليبيا.",
        "CONSULT",
        [None],
        id="a place in what a phone call took up (تناولت الأزمة في ليبيا) is its topic, not where it was",
    ),
    pytest.param(
        "أجرى وزير الخارجية الفرنسي اتصالا هاتفيا بنظيره المصري أمس بحثا خلاله الأوضاع في ليبيا.",
        "CONSULT",
        [None],
        id="a place in what the two discussed (بحثا … الأوضاع في ليبيا) is the topic, not the venue",
    ),
    pytest.param(
        "اجتمع وزير الخارجية الفرنسي بنظيره المصري في القاهرة أمس وبحثا الأوضاع في ليبيا.",
        "CONSULT",
        ["القاهرة"],
        id="the venue named before what was discussed stays the place",
    ),
    pytest.param(
        "زار وزير الخارجية الألماني أنقرة أمس.",
        "CONSULT",
        ["أنقرة"],
        id="a visit's bare object is where it goes",
    ),
    pytest.param(
        "وقال الرئيس الإيراني خلال زيارة إلى أرمينيا إن بلاده تدين الهجوم على مدينة زاهدان.",
        "ACCUSE",
        ["أرمينيا"],
        id="a statement made during a visit (خلال زيارة إلى …) told before what is said is made where he visits",
    ),
    pytest.param(
        "وندد رئيس الوزراء التركي خلال زيارة الى الشطر الشمالي من قبرص بالتفجير الذي استهدف بلدة جيلان بينار.",
        "ACCUSE",
        ["قبرص"],
        id="the visit told right after the act's verb and its subject, a few words to the place visited",
    ),
    pytest.param(
        "ندد الرئيس التركي بالتفجير الانتحاري في مدينة ماردين. وقال الرئيس التركي خلال زيارة إلى أذربيجان إن"
        " الإرهاب لا دين له.",
        "ACCUSE",
        ["أذربيجان"],
        id="a condemnation placed nowhere, its speaker going on in the next sentence during a visit: there",
    ),
    pytest.param(
        "ندد الرئيس التركي بالتفجير الذي وقع خلال زيارة رئيس الوزراء إلى أذربيجان.",
        "ACCUSE",
        [None],
        id="a visit in a relative clause after the act (الذي وقع خلال زيارة …) is not where the act was",
    ),
]


@pytest.mark.parametrize("text,plover,places", PLACE_ROWS)
def test_political_place(pipeline: Pipeline, text: str, plover: str, places: list[str | None]) -> None:
    got = [e for e in _extract(pipeline, text) if e.category == "political" and e.plover_type == plover]
    assert [(e.to_dict().get("location") or {}).get("name_ar") for e in got] == places
