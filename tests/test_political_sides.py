"""Political (PLOVER) events: who acts and whom the act is aimed at, in readings the other political tests leave
open. Each row is a short report written for the project and names the rule it checks; the rows are (text,
PLOVER type, expected [(actor1, actor2)] of the political events of that type, in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

SIDE_ROWS = [
    pytest.param(
        "دعا وزير الخارجية السعودي الأمير سعود بن علي الفيصل الأمم المتحدة إلى التحرك العاجل.",
        "REQUEST",
        [("SAUGOV", "IGOUNO")],
        id="علي in a name (بن علي) is no على opening what is asked: the side after it is the addressee",
    ),
    pytest.param(
        "أشاد وزير الخارجية اليمني، بالدعم الذي تلقته الحكومة اليمنية من دول مجلس التعاون.",
        "SUPPORT",
        [("YEMGOV", "IGOGCC")],
        id="a comma right after the subject: what the verb takes is in the next clause (the side praised)",
    ),
    pytest.param(
        "طالب أعضاء حلف شمال الأطلسي، الذي تشارك فيه ألمانيا، أنقرة بتشديد الرقابة على الحدود.",
        "REQUEST",
        [("IGONAT", "TURGOV")],
        id="past a comma and a relative clause describing the subject, the side asked",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), SIDE_ROWS)
def test_political_sides(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
