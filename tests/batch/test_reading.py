"""Reading inputs for an ingest: the cheap check of an article's opening decides as the whole rule does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.errors import InputError
from rasad.io import check_text

_NOT_ARABIC = re.compile(r"[^\u0621-\u064a\u0671-\u06d3]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _rule(text: str) -> bool:
    """The rule as stated: 20 Arabic letters, and 0.3 of the letters, in the first 2,000 characters, else in
    the first 20,000."""
    for size in (2000, 20000):
        head = text[:size]
        letters = len(_NOT_LETTERS.sub("", head))
        arabic = len(_NOT_ARABIC.sub("", head))
        if arabic >= 20 and arabic >= 0.3 * letters:
            return True
        if len(text) <= size:
            break
    return False


def _passes(text: str) -> bool:
    try:
        check_text(text, where="x")
    except InputError:
        return False
    return True


# runs of Arabic letters, other letters, digits, marks and spaces, long enough to put the Arabic share of the
# first 1,000 and 2,000 characters on either side of the thresholds
_RUNS = st.lists(
    st.tuples(
        st.sampled_from(["ب", "سلام ", "a", "Bc ", "1", "\u064e", "\n", "é", "۵", " "]), st.integers(1, 1200)
    ),
    max_size=5,
).map(lambda runs: "".join(s * n for s, n in runs))


_EDGES = [
    "ب" * 400 + "a" * 1600,  # 0.3 of the characters in the first half, not of the letters
    "ب" * 599 + "a" * 1401,
    "ب" * 600 + "a" * 1400,
    "ب" * 19 + " " * 10,
    "ب" * 20,
    "a" * 1000 + "ب" * 1000,
    "a" * 2000 + "ب" * 500,
    "a" * 2000 + "ب" * 1000,
]


@settings(max_examples=1000, deadline=None)
@given(_RUNS)
def test_the_check_decides_as_the_rule(text: str) -> None:
    if text.strip():
        assert _passes(text) == _rule(text)


def test_the_check_decides_as_the_rule_at_its_edges() -> None:
    assert [_passes(t) for t in _EDGES] == [_rule(t) for t in _EDGES]
    assert [_rule(t) for t in _EDGES] == [False, False, True, False, True, True, False, True]
