"""Word lists as regex tries (rasad.text.alternation) match what the plain lists, longest first, match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text.alternation import alternation
from rasad.time import finder
from rasad.time.lexicon import COUNTS, DIRECTIONS, MONTHS, ORDINAL_DAYS, PARTS_OF_DAY, PHASES, UNITS, WEEKDAYS

# the tables the time patterns are built from (with spaces between words: «كانون الثاني», «اول من امس»)
_TIME_TABLES = (COUNTS, DIRECTIONS, MONTHS, ORDINAL_DAYS, PARTS_OF_DAY, PHASES, UNITS, WEEKDAYS)
_TABLES = [list(t) for t in (*_TIME_TABLES, finder._RELATIVE_DAYS, finder._NIGHTS)]
_WORDS = sorted({w for t in _TABLES for w in t})
_PIECES = st.sampled_from(_WORDS + [w[:-1] for w in _WORDS] + [" ", "  ", "\n", "و", "ال", "ه", "5"])


def _plain(words: list[str], space: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_tries_match_the_plain_lists(text: str) -> None:
    for words in _TABLES:
        for space in (r"\s", r"\s+"):
            for frame in ("(?:{})", r"(?<!\w)(?:{})(?!\w)", r"(?:{})\s*و"):
                fast = re.compile(frame.format(alternation(words, space=space)))
                plain = re.compile(frame.format(_plain(words, space)))
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_each_word_alone_and_in_a_longer_one() -> None:
    for words in _TABLES:
        fast = re.compile(r"(?:" + alternation(words, space=r"\s+") + r")(?!\w)")
        plain = re.compile(r"(?:" + _plain(words, r"\s+") + r")(?!\w)")
        for w in words:
            for text in (w, w + "ه", "و" + w + " امس", w.replace(" ", "  ")):
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (
                    text
                )
