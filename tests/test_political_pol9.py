"""Political (PLOVER) events: the rules of the pol9 audit — a country with li-l- (لليمن) as the side aid goes to,
contacts made with a side (أجرت اتصالات مع) as talks. Each row is a short report written for the project and names
the rule it checks; the rows are (text, expected [(PLOVER type, status, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED


def _political(pipeline: Pipeline, text: str) -> list[tuple]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [
        (e.plover_type, e.status, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in events
        if e.category == "political"
    ]


ROWS = [
    pytest.param(
        "وقدمت الإمارات مساعدة بقيمة عشرة ملايين دولار لليمن.",
        [("AID", "occurred", "AREGOV", "YEMGOV")],
        id="a sum of aid to a country with li-l- whose name is read only with its article (لليمن) goes to its state",
    ),
    pytest.param(
        "وأجرت الحكومة الأردنية اتصالات مع الحكومة العراقية لتنسيق الجهود.",
        [("CONSULT", "occurred", "JORGOV", "IRQGOV")],
        id="contacts made with a side, the subject between the light verb and them, are talks",
    ),
    pytest.param(
        "وأجرى وزير الخارجية السعودي اتصالا مع نظيره التركي.",
        [("CONSULT", "occurred", "SAUGOV", "TURGOV")],
        id="a contact made with a counterpart is talks",
    ),
    pytest.param(
        "وقالت وزارة الخارجية التركية إنها أجرت اتصالات مع الحكومة العراقية أمس.",
        [("CONSULT", "occurred", "TURGOV", "IRQGOV")],
        id="contacts made, the light verb right before them",
    ),
    pytest.param(
        "وقطعت الحكومة المصرية الاتصالات مع الحكومة القطرية.",
        [],
        id="contacts cut are no talks",
    ),
    pytest.param(
        "وقال وزير الخارجية الأردني إنه على اتصال مع الحكومة العراقية.",
        [],
        id="being in contact is no act of the day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol9(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
