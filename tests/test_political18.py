"""Political (PLOVER) events: the place of a statement (ACCUSE, SUPPORT, REQUEST, REJECT, THREATEN) is where it
was said, not a place named inside its object. Each row is a short report written for the project and names the
rule it checks; the rows are (text, PLOVER type, expected [place names] of the political events of that type).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import WED, _extract

ROWS = [
    pytest.param(
        "ندد وزير الخارجية الأردني بالتفجيرات التي وقعت في مدينة كركوك.",
        "ACCUSE",
        [None],
        id="a place in a relative clause of what is condemned is not where it was condemned",
    ),
    pytest.param(
        "طالب وزير الخارجية الأردني المنظمات الدولية بتكثيف مساعداتها للنازحين في محافظة الأنبار.",
        "REQUEST",
        [None],
        id="a place past the verbal noun of what is asked (بتكثيف) is not where it was asked",
    ),
    pytest.param(
        "استنكرت الحكومة العراقية لاختطاف صحفيين أجانب في مدينة تكريت.",
        "ACCUSE",
        [None],
        id="a place past the verbal noun of what is denounced (لاختطاف) is not where it was denounced",
    ),
    pytest.param(
        "استنكر الائتلاف السوري المعارض قيام مسلحين بخطف ناشطين في مدينة درعا.",
        "ACCUSE",
        [None],
        id="a place past a verbal noun of the plain form (بخطف) is in what is denounced",
    ),
    pytest.param(
        "وفي عمان طالب وزير الخارجية الأردني الأمم المتحدة بتكثيف جهودها في العراق.",
        "REQUEST",
        ["عمان"],
        id="a fronted venue wins over a country named in what is asked",
    ),
    pytest.param(
        "ندد وزير الخارجية الأردني في عمان بالتفجيرات التي وقعت في مدينة كركوك.",
        "ACCUSE",
        ["عمان"],
        id="the venue written with في before the object stays the statement's place",
    ),
    pytest.param(
        "أدان وزير الخارجية الأردني خلال زيارته إلى بغداد التفجيرات التي وقعت في كركوك.",
        "ACCUSE",
        ["بغداد"],
        id="the place of a visit the statement was made during stays its place",
    ),
    pytest.param(
        "وفي أنقرة رفض وزير الخارجية التركي اتهامات إيران لبلاده بدعم المسلحين.",
        "REJECT",
        ["أنقرة"],
        id="the state whose accusations are rejected is a side, not where they were rejected",
    ),
    pytest.param(
        "وفي الرياض انتقد وزير الخارجية السعودي تدخل إيران في شؤون المنطقة.",
        "ACCUSE",
        ["الرياض"],
        id="the state criticised is a side; the fronted venue is the criticism's place",
    ),
    pytest.param(
        "وفي الرياض اتهم وزير الخارجية السعودي إيران بإرسال أسلحة إلى الحوثيين.",
        "ACCUSE",
        ["الرياض"],
        id="a capital fronted with وفي is where the act was, not who did it",
    ),
    pytest.param(
        "اتهم وزير الخارجية السعودي في القاهرة إيران بدعم الحوثيين.",
        "ACCUSE",
        ["القاهرة"],
        id="the venue written with في after the accuser stays the accusation's place",
    ),
    pytest.param(
        "طالب الوزير الأردني الأمم المتحدة بتكثيف جهودها في العراق.",
        "REQUEST",
        ["العراق"],
        id="a statement placed nowhere else keeps the country its object names, at the country's level",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political_statement_venue_18(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        e.place.name_ar if e.place else None
        for e in _extract(pipeline, text, WED)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
