"""A pattern's matches found faster where they can only start at a few places a substring search finds.

The regular-expression engine tries a pattern at every position of the text (some 14 ns a character here, even
for a pattern that opens with a set of letters), while ``str.find`` runs through the text at a fraction of that.
When every match of a pattern starts at an occurrence of one of a few literal words — the word itself, or the
word a clitic is written onto — the pattern need only be tried there: :func:`finditer_at` gives the matches
``pattern.finditer`` gives, by trying the pattern at those places alone, in the same order and leaving out those
inside a match (as the engine does). A look-behind sees the text before the place it is tried at, as it does
when the engine reaches that place on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import compress, repeat
from operator import is_

import ahocorasick


def literal_heads(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest of ``words`` that every one of them starts with (الوزيره starts with الوزير): where the others
    occur, one of these occurs too, at the same place."""
    given = set(words)
    return tuple(sorted(w for w in given if not any(u != w and w.startswith(u) for u in given)))


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], stop: int | None = None
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, pos, stop))`` for a pattern whose matches all start at one of ``starts`` (in
    order, none before ``pos``) and are never empty: the pattern is tried at those places alone, skipping those
    inside the last match."""
    out: list[re.Match[str]] = []
    end = -1
    match = pattern.match
    stop = len(text) if stop is None else stop
    for s in starts:
        if s < end:
            continue
        m = match(text, s, stop)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def is_letter(ch: str) -> bool:
    r"""Whether the character is one of ``[^\W\d_]`` (a letter, or a number that is not a decimal digit: ², ½)."""
    return ch.isalpha() or (ch.isnumeric() and not ch.isdecimal())


def letters_start(text: str, i: int) -> int:
    r"""Where the run of ``[^\W\d_]`` characters that reaches offset ``i`` starts (``i`` when none ends there)."""
    while i and is_letter(text[i - 1]):
        i -= 1
    return i


_NO_SPANS: tuple[list[int], list[int]] = ([], [])  # (never added to)
_SHORT = 64  # a text shorter than this is kept apart from the last long one (see Literals._short)


class Literals:
    """Literal words found in a whole text, asked of its stretches one after the other (the clauses of an
    article). Every set of the program is found in the same Aho-Corasick pass over the text (one automaton of
    all their words: a pass costs about as much for many words as for a few), and the occurrences of the last
    text are kept. Safe to share between threads (what is kept is replaced whole). Make each set once (at import,
    or once per lexicon): every set made is kept for the life of the program, and each new one makes the
    automaton again."""

    __slots__ = ("_mine", "index", "lacks", "words")

    # every set made so far, the automaton of all their words (made again when a set is added), and the last
    # text with each set's occurrences in it
    _sets: list[Literals] = []
    _automaton: ahocorasick.Automaton | None = None
    _last: tuple[str, int, list[tuple[list[int], list[int]]]] = ("", 0, [])
    # the last short text (a word or two asked of between the article's stretches: "سوف", a clause's verb), kept
    # apart, so that asking it does not put the article's occurrences out and make its whole pass again
    _short: tuple[str, int, list[tuple[list[int], list[int]]]] = ("", 0, [])

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.index = len(Literals._sets)
        self._mine: tuple[str | None, list[int], list[int]] = (None, [], [])  # see any_within
        # the last long text the pass found no word of the set in (None when it found one): a set's words, and so
        # what it finds in a text, never change — a precheck a caller can make without a call, as most sets are
        # asked of texts that hold none of their words
        self.lacks: str | None = None
        Literals._sets.append(self)
        Literals._automaton = None

    @classmethod
    def _all_words(cls) -> ahocorasick.Automaton:
        automaton = cls._automaton
        if automaton is None:
            sets_of: dict[str, list[int]] = {}
            for literals in cls._sets:
                for w in literals.words:
                    sets_of.setdefault(w, []).append(literals.index)
            automaton = ahocorasick.Automaton()
            for w, sets in sets_of.items():
                automaton.add_word(w, (len(w), tuple(sets)))
            automaton.make_automaton()
            cls._automaton = automaton  # never modified after this
        return automaton

    def spans(self, text: str) -> tuple[list[int], list[int]]:
        """Every occurrence in ``text``, overlapping ones too: (first offsets, ends), by first offset. Read-only:
        the lists are kept for the next ask."""
        last = Literals._last
        if last[0] is not text or last[1] != len(Literals._sets):
            last = Literals._scan(text)
        return last[2][self.index]

    @staticmethod
    def _scan(text: str) -> tuple[str, int, list[tuple[list[int], list[int]]]]:
        """The occurrences of every set in ``text``, kept as the last text's (a short text's apart)."""
        short = len(text) < _SHORT
        if short:
            kept = Literals._short
            if kept[1] == len(Literals._sets) and kept[0] == text:
                return kept
        automaton = Literals._all_words()
        # (most sets have no word in a text: theirs is one pair of empty lists, shared, as the lists given out are
        # never changed; a set with a word gets lists of its own at its first occurrence)
        by_set: list[tuple[list[int], list[int]]] = [_NO_SPANS] * len(Literals._sets)
        found: list[int] = []  # the sets with a word in the text (a third of them), in the order first found
        for end, (n, sets) in automaton.iter(text):
            end += 1
            first = end - n
            for i in sets:
                spans = by_set[i]
                if spans is _NO_SPANS:
                    by_set[i] = ([first], [end])
                    found.append(i)
                else:
                    spans[0].append(first)
                    spans[1].append(end)
        # The occurrences come by end (never the same span twice: one word a span): by first offset, and by end at
        # the same first offset, they are already when their first offsets never go down, as in most sets
        for i in found:
            firsts, ends = by_set[i]
            if len(firsts) > 1 and firsts != sorted(firsts):
                spans = sorted(zip(firsts, ends, strict=True))
                by_set[i] = ([a for a, _ in spans], [b for _, b in spans])
        last = (text, len(by_set), by_set)
        if short:
            Literals._short = last
        else:
            Literals._last = last
            # (each set told in one step, never the text when it holds a word of it: safe between threads; the sets
            # made before the pass, those by_set has a place for)
            sets = Literals._sets
            for literals in compress(sets, map(is_, by_set, repeat(_NO_SPANS))):
                literals.lacks = text
            for i in found:
                sets[i].lacks = None
        return last

    def starts(self, text: str) -> list[int]:
        """Where the occurrences in ``text`` start, in order (a place twice when two words start there)."""
        return self.spans(text)[0]

    # (within and any_within are asked some hundred times an article, mostly of the last text: they read the
    # kept occurrences themselves, as spans does, without a call of it)

    def within(self, text: str, start: int, stop: int) -> list[int]:
        """Where the occurrences that lie whole inside ``text[start:stop]`` start, in order."""
        last = Literals._last
        if last[0] is not text or last[1] != len(Literals._sets):
            last = Literals._scan(text)
        firsts, ends = last[2][self.index]
        out = []
        i = bisect_left(firsts, start)
        while i < len(firsts) and firsts[i] < stop:
            if ends[i] <= stop:
                out.append(firsts[i])
            i += 1
        return out

    def any_within(self, text: str, start: int, stop: int) -> bool:
        """Whether an occurrence lies whole inside ``text[start:stop]``."""
        if self.lacks is text:
            return False  # (no word of the set anywhere in the text: most sets, most asks)
        # (the set's own occurrences in the text last asked of it: a set's words, and so what it finds in a text,
        # never change, whatever sets are added after)
        mine = self._mine
        if mine[0] is not text:
            last = Literals._last
            if last[0] is not text or last[1] != len(Literals._sets):
                last = Literals._scan(text)
            mine = self._mine = (text, *last[2][self.index])
        _, firsts, ends = mine
        if not firsts:
            return False  # (a set that most texts hold no word of)
        # as span_within, written out
        i = bisect_left(firsts, start)
        n = len(firsts)
        while i < n and firsts[i] < stop:
            if ends[i] <= stop:
                return True
            i += 1
        return False

    # the last long text's occurrences of every set merged: their first offsets in order, and the set of each
    _merged: tuple[str, int, list[int], list[int]] = ("", 0, [], [])

    @staticmethod
    def sets_within(text: str, start: int, stop: int) -> set[int]:
        """The indexes of the sets with an occurrence whose first offset lies inside ``[start, stop)``: a quick
        look, once for a stretch, of which sets :meth:`any_within` can find anything of in its parts (an
        occurrence that lies whole inside a part of the stretch starts inside it)."""
        merged = Literals._merged
        if merged[0] is not text or merged[1] != len(Literals._sets):
            last = Literals._last
            if last[0] is not text or last[1] != len(Literals._sets):
                last = Literals._scan(text)
            # (by first offset, then by set: each pair coded as one number, first * sets + set, sorted as the
            # pairs would be at a fraction of the cost of comparing tuples)
            n = last[1]
            codes: list[int] = []
            for i, (firsts, _) in enumerate(last[2]):
                if firsts:
                    codes += [first * n + i for first in firsts]
            codes.sort()
            merged = (text, n, [c // n for c in codes], [c % n for c in codes])
            if len(text) >= _SHORT:
                Literals._merged = merged
        firsts = merged[2]
        return set(merged[3][bisect_left(firsts, start) : bisect_left(firsts, stop)])


def span_within(firsts: list[int], ends: list[int], start: int, stop: int) -> bool:
    """Whether one of the spans (first offsets in order, and their ends) lies whole inside ``[start, stop)``."""
    i = bisect_left(firsts, start)
    while i < len(firsts) and firsts[i] < stop:
        if ends[i] <= stop:
            return True
        i += 1
    return False
