"""A person the lexicon knows by full name, called again by the family name (rasad.match.names)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import family_name_mentions
from rasad.text.normalize import normalize


def _again(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    found = family_name_mentions(norm, Matcher.default().scan(norm))
    return [(norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the full name, then the family name with و / لل
        ("قال الرئيس بشار الأسد إن … وأضاف الأسد أن …", [("الأسد", "SYRGOV")]),
        ("قال الرئيس بشار الأسد إن … ونسب للأسد قوله", [("للأسد", "SYRGOV")]),
        # a role after the full name
        ("وقال عبد اللطيف الزياني الأمين العام للمجلس … وأكد الزياني", [("الزياني", "IGOGCC")]),
        # an institution is no person: its last word is not a name
        ("وقال الأمين العام لمجلس التعاون … وتعزيز التعاون", []),
        # without title or role, a matched name is not taken as a person's
        ("بشار الأسد … الأسد", []),
    ],
)
def test_family_name_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _again(text) == expected
