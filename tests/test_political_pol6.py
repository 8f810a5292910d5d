"""Political (PLOVER) events told after a report's lead: a side's name in quotation marks after its kind
(منظمة "…"، حركة «…») is still the subject right after the verb. Each row is a short report written for the
project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the
political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        'واتهمت منظمة "هيومن رايتس ووتش" المتمردين الحوثيين بقصف الأحياء السكنية في تعز.',
        [("ACCUSE", "NGOHRI", "YEMREB")],
        id="a name quoted after its kind is the subject right after the verb",
    ),
    pytest.param(
        "وطالبت منظمة «العفو الدولية» الحكومة العراقية بالتحقيق في مقتل المدنيين.",
        [("REQUEST", "NGOHRI", "IRQGOV")],
        id="a name in guillemets after its kind is the subject, the government after it asked",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol6(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
