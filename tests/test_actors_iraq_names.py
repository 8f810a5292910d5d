"""Iraqi sides a careful coder would not miss or mistake (rows of our own)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ruling parliamentary bloc is no military coalition
        ("وقال قيادي في التحالف الوطني إن الكتل ستدعم الإصلاحات", [("التحالف الوطني", "IRQGOV")]),
        # Egypt's Brotherhood alliance, named in full, is not the Iraqi bloc
        ("ودعا التحالف الوطني لدعم الشرعية أنصاره إلى التظاهر", [("التحالف الوطني لدعم الشرعية", "EGYOPP")]),
        # the bare coalition stays the coalition
        ("وشنت طائرات التحالف غارات على مواقع التنظيم", [("طائرات التحالف", "INTMIL")]),
        # the interior ministry's rapid response forces are state forces of whatever country the event is in
        ("وتقدمت قوات الرد السريع نحو الحي", [("قوات الرد السريع", "MIL")]),
        ("واقتحمت قوات سوات منزل المطلوب", [("قوات سوات", "MIL")]),
    ],
)
def test_iraqi_sides(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    found = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected
