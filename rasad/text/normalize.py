"""Arabic normalization that remembers where every character came from.

``normalize(raw)`` returns a :class:`NormText` whose ``text`` is the matching key of the article and whose
``starts[i]`` is the raw offset of normalized character ``i`` (with a sentinel ``starts[len(text)] ==
len(raw)``). Matching runs on ``text``; evidence is reported in raw offsets with :meth:`NormText.raw_span`.

What changes (after CAMeL Tools' ``utils/normalize.py``, as small named character maps):

- diacritics U+064B–U+065F and the dagger alef U+0670, tatweel U+0640: removed (كِتَاب → كتاب);
- hamza-carrying alefs أ إ آ ٱ → ا; alef maqsura ى → ي; teh marbuta ة → ه (a *key*, not a spelling);
- Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic punctuation ، ؛ ؟ → , ; ? and ٫ ٬ → . ,;
- presentation forms (ﻻ, ﺑ …) → their base letters (NFKC; ﻻ becomes two letters لا);
- zero-width and bidi control characters: removed;
- Latin letters lower-cased; any whitespace run → one space, or one newline when it holds a line break.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from rasad.model import Span, _UnguardedSpan, new_span

DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
TATWEEL = "\u0640"
# zero-width space/joiners, LRM/RLM, ALM, LRE…RLO, LRI…PDI, BOM/ZWNBSP, soft hyphen, word joiner
CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060"
IGNORABLE = frozenset(DIACRITICS + TATWEEL + CONTROLS)
_TRAILING = IGNORABLE - frozenset(CONTROLS)  # what a raw span takes after its last letter

CHAR_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٫": ".",
    "٬": ",",
    "٪": "%",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "–": "-",
    "—": "-",
}
for _i in range(10):
    CHAR_MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    CHAR_MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits
for _c in range(ord("A"), ord("Z") + 1):
    CHAR_MAP[chr(_c)] = chr(_c + 32)

_TRANSLATE = str.maketrans(CHAR_MAP)
# quotation marks (as normalization leaves them, and as written) to spaces: the words around a quoted name
QUOTES_TO_SPACES = str.maketrans(dict.fromkeys('"«»“”„', " "))
# CHAR_MAP maps one character to one other that it does not map again, so replacing its characters one after
# the other is the same as translating: str.replace runs through Arabic text much faster than str.translate,
# which looks every character up in a dict.
assert all(len(v) == 1 and v not in CHAR_MAP for v in CHAR_MAP.values())
_REPLACEMENTS = tuple(CHAR_MAP.items())


_MAPPED = frozenset(CHAR_MAP)
_SHORT_TRANSLATE = 48  # (characters: below, the characters of the string are looked up, not every one mapped)


def _translate(s: str) -> str:
    """``s.translate(_TRANSLATE)``, faster."""
    if len(s) < _SHORT_TRANSLATE:
        # (a word or a name: its few characters looked up in the map, quicker than a test of each mapped one)
        for a in _MAPPED.intersection(s):
            s = s.replace(a, CHAR_MAP[a])
        return s
    for a, b in _REPLACEMENTS:
        if a in s:
            s = s.replace(a, b)
    return s


# Everything that is not a plain 1:1 character: ignorable marks, whitespace, presentation forms and other
# compatibility characters that NFKC expands. Text between these runs is translated 1:1.
_IGN_CLASS = re.escape("".join(sorted(IGNORABLE)))
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefc\u0675-\u0678"
# The runs are, tried in this order: ignorable marks; a whitespace run of two or more, which may be interrupted
# by ignorable marks ("قتل \u200f 5", an RLM between two spaces as copied from many news sites, is still one
# gap between words, so it becomes one space); any whitespace but the space; a presentation form. The pattern
# opens with the set of the characters a run may start with and tells the kinds apart after it (a lookbehind
# at the character just taken): a pattern opening with one set jumps from candidate to candidate, one opening
# with alternatives tries each of them at every position of the text.
_SPECIAL = re.compile(
    "[" + _IGN_CLASS + r"\s" + _PRESENTATION + "]"
    "(?:(?<=[" + _IGN_CLASS + "])[" + _IGN_CLASS + "]*"
    r"|(?<=\s)[\s" + _IGN_CLASS + r"]*\s"
    r"|(?<=[^\S ])"
    "|(?<=[" + _PRESENTATION + "]))"
)
# _SPECIAL.finditer(raw) is what normalize walks, found faster in two passes (see _special_spans): the runs that
# open with any of _SPECIAL's characters but the plain space, which is the most common character of a text and
# opens a run only when more whitespace follows; and those that open with a space (_SPECIAL's second
# alternative), found by their leading space alone, as a literal the engine jumps to.
# (\s is str.isspace, and no character after U+3000, the ideographic space, is whitespace)
_NOT_SPACE_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
_SPECIAL_NOT_SPACE = re.compile(
    "[" + _IGN_CLASS + re.escape(_NOT_SPACE_WHITESPACE) + _PRESENTATION + "]"
    + _SPECIAL.pattern[_SPECIAL.pattern.index("]") + 1 :]
)  # fmt: skip
_SPACE_RUN = re.compile(" [" + _IGN_CLASS + r"\s]*\s")
# Line and paragraph separators (U+2028, U+2029) break lines as much as \n does.
_LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"
# U+0674 high hamza is what NFKC leaves of ٵ (U+0675, alef with high hamza): ٵ → ا + ٴ; the hamza is dropped
# like the other hamza marks on alef.
_EXPAND_DROP = IGNORABLE | {"\u0674"}


@dataclass(frozen=True, slots=True)
class NormText:
    raw: str
    text: str
    starts: tuple[int, ...]  # len(text) + 1 entries; the last is len(raw)

    def raw_offset(self, i: int) -> int:
        """Raw offset of normalized offset ``i`` (``i == len(text)`` gives ``len(raw)``)."""
        return self.starts[i]

    def raw_span(self, start: int, end: int) -> Span:
        """Raw span covering normalized ``[start, end)``, including diacritics that trail its last letter."""
        starts = self.starts
        if end <= start:
            r = starts[start]
            return new_span(r, r)
        re_ = self._raw_end(end)
        rs = starts[start]
        if rs > re_:  # (only for a negative start, counted from the end): new_span refuses it
            return new_span(rs, re_)
        # the Span that new_span makes (its check holds: raw offsets are never negative), without its two calls:
        # some sixty raw spans an article are asked for (see rasad.model.unguarded)
        span = _new(_UnguardedSpan)
        span.start = rs
        span.end = re_
        span.__class__ = Span
        return span

    def _raw_end(self, end: int) -> int:
        """The raw offset past normalized ``end`` (its last letter's), with the diacritics that trail it."""
        re_ = self.starts[end - 1] + 1
        raw = self.raw
        n = len(raw)
        while re_ < n and raw[re_] in _TRAILING:
            re_ += 1
        return re_

    def raw_text(self, start: int, end: int) -> str:
        """``self.raw_span(start, end).text(self.raw)``, without making the span: the toponym reader asks it of
        each name it reads."""
        starts = self.starts
        if end <= start:
            return self.raw[starts[start] : starts[start]]  # ("", as an empty span gives)
        re_ = self._raw_end(end)
        rs = starts[start]
        raw = self.raw
        if rs > re_:
            return self.raw_span(start, end).text(raw)  # (refused, as raw_span refuses it)
        return raw[rs:re_]

    def norm_offset(self, raw_offset: int) -> int:
        """Smallest normalized offset whose raw offset is >= ``raw_offset``."""
        from bisect import bisect_left

        return bisect_left(self.starts, raw_offset, 0, len(self.text))


_new = object.__new__


def _expand(ch: str) -> str:
    out = unicodedata.normalize("NFKC", ch)
    # Ligatures of whole phrases keep their word gaps: ﷺ → "صلي الله عليه وسلم", not one long word. Isolated
    # vowel forms (ﹰ → " ً") lose their leading space together with the mark.
    out = " ".join("".join(c for c in out if c not in _EXPAND_DROP).split())
    return out.translate(_TRANSLATE)


def _special_spans(raw: str) -> Iterable[tuple[int, int]]:
    """The spans of ``_SPECIAL.finditer(raw)``. Each pass finds the runs that open with its characters; taken in
    the order of their starts, a run that starts inside the one before is left out as the engine leaves it (a
    run of one pass that starts inside a run of the other also ends inside it)."""
    runs = map(_span, _SPECIAL_NOT_SPACE.finditer(raw))
    spaced = [m.span() for m in _SPACE_RUN.finditer(raw)]
    return _merged(runs, spaced) if spaced else runs  # (most texts: no run opens with a space)


def _merged(*passes: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    pos = 0
    for a, b in heapq.merge(*passes):
        if a >= pos:
            yield a, b
            pos = b


_span = re.Match.span


def _rewrite(raw: str, a: int, b: int) -> tuple[str, int]:
    """What the special run ``raw[a:b]`` becomes, and the raw offset its characters map to: a run of spaces one
    space (a line break if it holds one, mapped to the break), an ignorable run nothing, a presentation form its
    letters."""
    first = raw[a]
    if first.isspace():
        nl = next((i for i in range(a, b) if raw[i] in _LINE_BREAKS), -1)
        return ("\n", nl) if nl != -1 else (" ", a)
    if first in IGNORABLE:
        return "", a
    return _expand(first), a


def normalize(raw: str) -> NormText:
    """Normalize ``raw`` into a matching key with an offset map back to ``raw``."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    # one character for one: the text between the runs is cut from the translated text, at the same offsets
    mapped = _translate(raw)
    for a, b in _special_spans(raw):
        if a > pos:
            parts.append(mapped[pos:a])
            starts.extend(range(pos, a))
        piece, at = _rewrite(raw, a, b)
        if piece:
            parts.append(piece)
            starts.extend([at] * len(piece))
        pos = b
    if pos < len(raw):
        parts.append(mapped[pos:])
        starts.extend(range(pos, len(raw)))
    starts.append(len(raw))
    return NormText(raw=raw, text="".join(parts), starts=tuple(starts))


def normalize_key(s: str) -> str:
    """The normalized text alone, stripped: for dictionary keys and comparisons. The same text as
    :func:`normalize` gives, built without its offset map (the gazetteer's tens of thousands of names are keyed
    this way when the recognizer starts)."""
    parts: list[str] = []
    pos = 0
    mapped = _translate(s)
    for a, b in _special_spans(s):
        if a > pos:
            parts.append(mapped[pos:a])
        parts.append(_rewrite(s, a, b)[0])
        pos = b
    if pos < len(s):
        parts.append(mapped[pos:])
    return "".join(parts).strip()


def strip_diacritics(s: str) -> str:
    return "".join(c for c in s if c not in IGNORABLE)


# The words of a normalized text: runs of Arabic letters, of digits, of Latin letters. In a group, so that one split
# of the text (in C) gives the words and the gaps between them, and the offsets follow from their lengths.
# ([\u0621-\u064a]+|[0-9]+|[a-z]+), written to open with the set of all three (so that the engine jumps over the
# gaps) and to tell them apart by the character just taken
WORD_SPLIT = re.compile(
    r"([\u0621-\u064a0-9a-z](?:(?<=[\u0621-\u064a])[\u0621-\u064a]*|(?<=[0-9])[0-9]*|(?<=[a-z])[a-z]*))"
)


class Words:
    """The words of a text as parallel lists, not an object per word: most words are only looked at once.
    ``gaps[i]`` is the text before word i (``gaps[n]``: after the last one). Read-only: the lists may be shared
    (see :func:`words_of`)."""

    __slots__ = ("words", "starts", "ends", "gaps")

    def __init__(self, words: list[str], starts: list[int], ends: list[int], gaps: list[str]) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends
        self.gaps = gaps

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Words:
        parts = WORD_SPLIT.split(text[start:end])  # gap, word, gap, word, …, gap
        offsets = list(accumulate(map(len, parts), initial=start))  # offsets[k]: where part k starts
        return cls(parts[1::2], offsets[1:-1:2], offsets[2::2], parts[::2])


# the last text split by words_of, with its words (replaced whole: safe to share between threads)
_last_words: tuple[NormText | None, Words | None] = (None, None)


def words_of(norm: NormText) -> Words:
    """``Words.of(norm.text, 0, len(norm.text))``, split once per text: the lexicon matcher and the toponym reader
    both read the article word by word (the split costs about as much as either reading). The text held is the
    NormText itself, so the identity test is safe."""
    global _last_words
    last = _last_words
    if last[0] is norm:
        return last[1]  # type: ignore[return-value]
    words = Words.of(norm.text, 0, len(norm.text))
    _last_words = (norm, words)
    return words


def last_words(text: str) -> Words | None:
    """The words of ``text`` if :func:`words_of` split it last (the very string of that NormText), else None:
    for readers given the bare text of the article after the pipeline split it (a count or a date is looked for
    only where a word starts)."""
    norm, words = _last_words
    return words if norm is not None and norm.text is text else None
