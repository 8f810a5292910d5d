"""Political (PLOVER) events: who speaks on in a report, and further rules of the political assembler. Each row is a
short report written for the project and names the rule it checks; the rows are (text, PLOVER type, expected
[(actor1, actor2)] of the political events of that type, in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

ROWS = [
    pytest.param(
        "وقال الجيش اللبناني في بيان إن قواته تتقدم نحو التلال. مواقف سياسية، قال وزير الخارجية الأردني إن"
        " بلاده تدعم الحل السياسي، وانتقد الدول التي تمول الإرهاب. وفي سياق آخر، دعا إلى تقديم مساعدات عاجلة"
        " للاجئين.",
        "REQUEST",
        [("JORGOV", None)],
        id="the speaker of the sentence before, whose act it told, speaks on (not a side that spoke earlier)",
    ),
    pytest.param(
        "وطلب المبعوث الأممي حضور وفد من الحوثيين. وأشارت المصادر إلى أن المبعوث الأممي سيكون صارما في الحديث"
        " مع الوفد الذي وصل أمس إلى مسقط.",
        "CONSULT",
        [("YEMREB", "IGOUNO")],
        id="a delegation that came to a city talks with the side named before مع الوفد, not the city's government",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political15(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
