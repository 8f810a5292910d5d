"""The per-article working object: one ``Doc`` annotated in place by the pipeline's components."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any

from rasad.model import Article, DateValue, Mention, Place
from rasad.text.normalize import NormText
from rasad.text.scan import Literals


@dataclass(slots=True)
class Clause:
    index: int
    sentence: int
    start: int  # normalized offsets
    end: int
    mentions: list[Mention] = field(default_factory=list)
    toponyms: list[int] = field(default_factory=list)  # indexes into Doc.toponyms
    date: DateValue | None = None
    # the date the clause would inherit: for an act whose clause's only date belongs to a relative clause
    # after it ("اعرب عن امله … الهدنه التي اعلنتها القياده امس الاول")
    prior_date: DateValue | None = None
    # the mentions by kind, worked out once for as many mentions as the clause has (components only add)
    _kinds: tuple[int, dict[str, tuple[Mention, ...]]] | None = field(default=None, repr=False, compare=False)

    def of(self, kind: str) -> tuple[Mention, ...]:
        """The clause's mentions of one kind (triggers, actors, cues …), in text order: a tuple, the same for
        every caller (the assemblers ask some 250 times an article; none can change what the others read)."""
        kinds = self._kinds
        if kinds is None or kinds[0] != len(self.mentions):
            by: dict[str, list[Mention]] = {}
            for m in self.mentions:
                by.setdefault(m.kind, []).append(m)
            kinds = self._kinds = (len(self.mentions), {k: tuple(ms) for k, ms in by.items()})
        return kinds[1].get(kind, ())


RELATIVE_PRONOUNS = frozenset(("التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي", "اللتان", "اللذان"))
_RELATIVE_REACH = 8  # words from the pronoun within which an expression still belongs to its clause
_PRONOUN_HINT = Literals(RELATIVE_PRONOUNS)  # (in every word relative_pronoun_before takes)


def relative_pronoun_before(text: str, start: int, pos: int) -> int | None:
    """Offset of the relative pronoun whose clause holds ``pos`` ("الهدنه التي اعلنتها القياده امس الاول"),
    looking back from ``pos`` to ``start``; None when ``pos`` is not inside a relative clause."""
    if not _PRONOUN_HINT.any_within(text, start, pos):
        return None  # (no pronoun anywhere in the stretch: most stretches, not cut into words)
    words = list(re.finditer(r"\S+", text[start:pos]))
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _RELATIVE_REACH), -1):
        w = words[k].group()
        if w in RELATIVE_PRONOUNS or (w[:1] == "و" and w[1:] in RELATIVE_PRONOUNS):
            return start + words[k].start()
    return None


def place_relative(doc: Doc, start: int, pos: int) -> int | None:
    """Offset of the relative pronoun whose clause holds ``pos`` when it describes a place named right before it
    ("في منطقة "دار سعد" التي ارتكب فيها الحوثيون قبل يومين مجزرة"): what that clause tells is the place's
    story, not the act of the clause it is in; None otherwise."""
    rel = relative_pronoun_before(doc.text, start, pos)
    if rel is None:
        return None
    end = rel
    while end > start and doc.text[end - 1] in " \"»”'":
        end -= 1
    return rel if any(t.end == end for t in doc.toponyms) else None


@dataclass(slots=True)
class Doc:
    article: Article
    norm: NormText
    sentences: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    toponyms: list[Any] = field(default_factory=list)  # rasad.geo Toponym objects
    places: list[Place | None] = field(default_factory=list)  # resolved, parallel to toponyms
    country: str | None = None  # ISO3 the article is mostly about
    body_start: int = 0  # normalized offset where the body starts, after headline lines
    headings: set[int] = field(default_factory=set)  # sentences that are sub-headings inside the body
    warnings: list[str] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # per-article values derived once by the assemblers

    @property
    def text(self) -> str:
        return self.norm.text

    # The assemblers ask of every actor, for every trigger near it, whether a toponym holds it or has its very
    # span; the answers come from two lookups made once per article (after the toponyms are known).

    def in_toponym(self, start: int, end: int) -> bool:
        """Whether some toponym's span holds ``[start, end)``."""
        covers = self.memo.get("toponym_cover")
        if covers is None:
            covers = self.memo["toponym_cover"] = span_cover((t.start, t.end) for t in self.toponyms)
        return covers(start, end)

    def toponyms_at(self, start: int, end: int) -> list[Any]:
        """The toponyms whose span is exactly ``[start, end)`` (mostly none)."""
        at = self.memo.get("toponyms_at")
        if at is None:
            at = self.memo["toponyms_at"] = {}
            for t in self.toponyms:
                at.setdefault((t.start, t.end), []).append(t)
        return at.get((start, end), [])


def held_by(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether one of ``spans`` holds ``[s, e)`` (a loop: any() of a generator costs several times as much in
    this interpreter, and a few spans are asked of many mentions)."""
    for a, b in spans:
        if a <= s and e <= b:
            return True
    return False


def span_cover(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``covers(s, e)``: does one of the spans hold ``[s, e)``? (sorted starts and a running maximum of ends)"""
    ordered = sorted(spans)
    starts = list(map(_FIRST, ordered))
    reach = list(accumulate(map(_SECOND, ordered), max))  # the furthest end among the spans up to each one

    def covers(s: int, e: int) -> bool:
        i = bisect_right(starts, s)
        return i > 0 and reach[i - 1] >= e

    return covers


_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
