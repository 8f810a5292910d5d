"""Forces named by a branch and a nationality, and actors a careful coder would not miss (rows of our own)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import forces_mentions
from rasad.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a branch's adjective between the forces and their nationality: that state's forces, also where the
        # lexicon knows the branch alone as the forces of whatever country the event is in
        ("وانتشرت القوات الخاصة الإماراتية في المدينة", [("القوات الخاصة الإماراتية", "AREMIL")]),
        ("وتقدمت القوات البرية الأردنية نحو الحدود", [("القوات البرية الأردنية", "JORMIL")]),
        ("وأطلقت القوات البحرية المصرية صواريخ", [("القوات البحرية المصرية", "EGYMIL")]),
        # without a nationality they are nobody's in particular here
        ("وانتشرت القوات الخاصة في المدينة", []),
    ],
)
def test_forces_named_by_branch_and_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    from rasad.pipeline import _governments, _militaries

    norm = normalize(text)
    found = forces_mentions(norm, Matcher.default().scan(norm), _governments(), _militaries())
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected
