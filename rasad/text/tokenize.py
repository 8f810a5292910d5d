"""Tokens of the normalized text: words, numbers and single punctuation marks, with their offsets.

Runs on the output of :func:`rasad.text.normalize.normalize` (diacritics and tatweel already gone, Arabic digits
already ASCII), so one compiled regex is enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A number is either digits with thousands separators (1,000 / 26,350: groups of exactly three digits, so that
# "5,6" stays two numbers) or digits with an optional decimal part (3.5). Letters are any Unicode letters, which
# covers Arabic and Latin; a digit glued to a proclitic (ب20: bi-ʿishrīn, "with 20") splits into a word and a
# number.
_TOKEN = re.compile(
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)


@dataclass(frozen=True, slots=True)
class Token:
    """``text[start:end]`` of the normalized text; ``kind`` is ``"word"``, ``"number"`` or ``"punct"``."""

    start: int
    end: int
    text: str
    kind: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; whitespace is skipped."""
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), m.lastgroup or "punct")
        for m in _TOKEN.finditer(text, start, stop)
    ]
