"""Political (PLOVER) events: a resolution named by its number (القرار 2216, a mention of the Security Council)
that a council adopts or issues is the council's AGREE, as قرارا is; a bare title right after a verb of asking
(وطالب الوزير …) is its subject, and a body named after it is whom it asks, not the doer; the side a subject
belongs to (التابعة لـ) is part of its description, not the counterpart. Each row is a short
report written for the project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1,
actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "وتبنى مجلس الأمن الدولي القرار 2140 بشأن الأزمة.",
        [("AGREE", "IGOUNO", None)],
        id="a resolution named by its number adopted by the council is its AGREE",
    ),
    pytest.param(
        "وأصدر مجلس الأمن أمس القرار رقم 2201.",
        [("AGREE", "IGOUNO", None)],
        id="a numbered resolution issued, a day word between the council and it",
    ),
    pytest.param(
        "وأصدر الرئيس القرار رقم 2201.",
        [],
        id="a numbered decision issued by no international body is no resolution adopted",
    ),
    pytest.param(
        "وطالب الوزير مجلس الأمن بإدانة الهجوم.",
        [],
        id="a bare title after the verb is its subject: the council after it is not the one asking",
    ),
    pytest.param(
        "واجتمع وزير الخارجية الأردني بنظيره المصري. ودعا الوزير الاتحاد الأوروبي إلى دعم اللاجئين.",
        [("CONSULT", "JORGOV", "EGYGOV"), ("REQUEST", "JORGOV", "IGOEUR")],
        id="the side named before asks the body named after a bare title",
    ),
    pytest.param(
        "ودعا الرئيس الأسد إلى الحوار.",
        [("REQUEST", "SYRGOV", None)],
        id="a title before a person's name stays one side, the subject",
    ),
    pytest.param(
        "وطالبت الفرقة 13 التابعة للجيش الحر الحكومة التركية بفتح الحدود.",
        [("REQUEST", "SYRREB", "TURGOV")],
        id="the side the subject belongs to (التابعة لـ) is no counterpart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_26(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
