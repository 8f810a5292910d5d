"""An army of no state named as part of a side is that side's (rasad.match.names.forces_of_their_side)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.text.normalize import normalize


# (a side after ل is given as written without its article: للجيش الحر → جيش الحر)
def _codes(text: str) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    return [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code"))
        for m in Matcher.default().scan(norm)
        if m.kind == "actors"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a formation named by an ordinal, of the rebels named after it
        (
            "وأعلن الجيش الثاني التابع للجيش الحر السيطرة على التلة",
            [("الجيش", "SYRREB"), ("جيش الحر", "SYRREB")],
        ),
        (
            "وقصفت قوات الجيش التابعة للجيش الحر مواقع النظام",
            [("قوات الجيش", "SYRREB"), ("جيش الحر", "SYRREB")],
        ),
        # forces of a government: that state's forces
        (
            "وتقدمت قوات الجيش التابعة للحكومة الليبية نحو المدينة",
            [("قوات الجيش", "LBYMIL"), ("حكومة الليبية", "LBYGOV")],
        ),
        # no word of belonging between them: each is itself
        ("وقال الجيش إن الجيش الحر انسحب", [("الجيش", "MIL"), ("الجيش الحر", "SYRREB")]),
        # an ordinal alone is no side
        ("وأعلن الجيش الأول السيطرة على التلة", [("الجيش", "MIL")]),
    ],
)
def test_an_army_named_as_part_of_a_side(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _codes(text) == expected
