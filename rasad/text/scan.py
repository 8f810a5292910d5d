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

import ahocorasick


def literal_heads(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest of ``words`` that every one of them starts with (الوزيره starts with الوزير): where the others
    occur, one of these occurs too, at the same place."""
    given = set(words)
    return tuple(sorted(w for w in given if not any(u != w and w.startswith(u) for u in given)))


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Every place one of ``words`` occurs in ``text`` (overlapping ones too), in order, each place once."""
    found: set[int] = set()
    for w in words:
        i = text.find(w)
        while i != -1:
            found.add(i)
            i = text.find(w, i + 1)
    return sorted(found)


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


class Literals:
    """Literal words found in one Aho-Corasick pass over a whole text, asked of its stretches one after the
    other (the clauses of an article): the occurrences of the last text are kept. Safe to share between threads
    (the kept answer is replaced whole)."""

    __slots__ = ("_automaton", "_last")

    def __init__(self, words: Iterable[str]) -> None:
        automaton = ahocorasick.Automaton()
        for w in words:
            automaton.add_word(w, len(w))
        automaton.make_automaton()
        self._automaton = automaton  # never modified after this
        self._last: tuple[str, list[int], list[int]] = ("", [], [])

    def spans(self, text: str) -> tuple[list[int], list[int]]:
        """Every occurrence in ``text``, overlapping ones too: (first offsets, ends), by first offset."""
        last = self._last
        if last[0] is not text:
            found = sorted((end + 1 - n, end + 1) for end, n in self._automaton.iter(text))
            last = self._last = (text, [a for a, _ in found], [b for _, b in found])
        return last[1], last[2]

    def within(self, text: str, start: int, stop: int) -> list[int]:
        """Where the occurrences that lie whole inside ``text[start:stop]`` start, in order."""
        firsts, ends = self.spans(text)
        out = []
        i = bisect_left(firsts, start)
        while i < len(firsts) and firsts[i] < stop:
            if ends[i] <= stop:
                out.append(firsts[i])
            i += 1
        return out
