"""Libyan sides named by their seat or their leader (rows of our own)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the House of Representatives by the city it sits in, al-Thinni's cabinet by its seat
        ("وطالب برلمان طبرق بدعم الجيش", [("برلمان طبرق", "LBYGOV"), ("الجيش", "MIL")]),
        ("وأعلنت حكومة البيضاء حالة الطوارئ", [("حكومة البيضاء", "LBYGOV")]),
        # the Petroleum Facilities Guard by its commander's name
        ("وانسحبت قوات الجضران من الميناء", [("قوات الجضران", "LBYUAF")]),
    ],
)
def test_libyan_sides_by_their_seat_or_leader(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    found = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected
