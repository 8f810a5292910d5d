"""One Aho-Corasick pass over the normalized text finds every lexicon form, clitic-aware.

A form matches where it stands as a whole word or is preceded, inside its word, by a valid proclitic
string (و ف ب ل ك ال and لل: ``للثوار`` = li-l-thuwwār) and, for forms that take them, followed by an
attached pronoun (``غاراتها`` = ghārāt-hā, "its raids"). Forms written with the article also match
without it, so ``الثوار`` finds ``للثوار``, where the lam of the article is absorbed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import ahocorasick

from rasad.lexicons.load import Entry, load_lexicon
from rasad.model import Mention, Span
from rasad.text.clitics import VERBAL_PROCLITICS, is_proclitic
from rasad.text.normalize import NormText

LEXICON_KINDS = ("triggers", "actors", "victims", "weapons", "place_types", "cues")

# Endings a form may carry beyond what the lexicon lists. Verbs: object pronouns and the plural/feminine
# endings (استهدفوا، اغارت). Not the bare ه: after normalization (ة → ه) وزاره "ministry" would read as
# و + زار + ه "and he visited him". Nouns: possessive pronouns (غاراتها "its raids"), not ي, which is
# mostly the nisba adjective (صاروخي "rocket-", not "my rocket"). Actors and weapons: only the feminine
# ه of a nisba adjective written in agreement with a feminine noun (الطيران الروسيه for الروسي).
_VERB_SUFFIXES = frozenset({"ها", "هم", "هما", "وا", "ت", "ن", "ا", "تا"})
_NOUN_SUFFIXES = frozenset({"ها", "هم", "هما", "ه"})


def allowed_suffix(kind: str, entry: Entry, key: str, suffix: str) -> bool:
    if not suffix:
        return True
    if kind == "triggers":
        return suffix in (_VERB_SUFFIXES if entry.get("pos") == "verb" else _NOUN_SUFFIXES)
    if kind in ("actors", "weapons", "victims"):
        return suffix == "ه" and key.endswith("ي")
    return False


def is_word_char(ch: str) -> bool:
    return ("\u0621" <= ch <= "\u064a") or ("a" <= ch <= "z") or ("\u0671" <= ch <= "\u06d3")


_WORD_CHARS = "\u0621-\u064aa-z\u0671-\u06d3"  # what is_word_char accepts
_WORD_TAIL = re.compile(f"[{_WORD_CHARS}]*")
_WORD_RUN = re.compile(f"[{_WORD_CHARS}]+")


@dataclass(frozen=True, slots=True)
class _Key:
    kind: str
    entry: Entry
    length: int
    bare: bool  # the form's article was stripped to build this key


def _prefix_ok(k: _Key, prefix: str) -> bool:
    if k.kind == "triggers" and k.entry.get("pos") == "verb":
        # verbs take a conjunction and the future س, never a preposition or the article:
        # الاثنين "Monday" is not ال + اثني "praised"
        return prefix in VERBAL_PROCLITICS
    if k.bare:
        # a key whose article was dropped needs it back: ال، لل، وال، بال … (للثوار, والثوار); without it the
        # word is indefinite and another word: تحالف "an alliance" is not التحالف "the coalition"
        return prefix.endswith("ال") or prefix.endswith("لل")
    return is_proclitic(prefix)


class Matcher:
    """Compiled matcher over the lexicons; ``scan`` returns mentions with raw and normalized spans."""

    def __init__(self, lexicons: Mapping[str, Sequence[Entry]]) -> None:
        table: dict[str, list[_Key]] = {}
        for kind, entries in lexicons.items():
            for entry in entries:
                verbal = kind == "triggers" and entry.get("pos") == "verb"
                for key, form in zip(entry.keys, entry.forms, strict=True):
                    table.setdefault(key, []).append(_Key(kind, entry, len(key), False))
                    # the article is dropped after ل (للثوار) — but a verb's initial ال is not an article
                    # (القوا "they dropped"), nor is a hamza-alef + ل (ألغام "mines", normalized الغام)
                    if not verbal and form.startswith("ال") and len(key) >= 5 and " " not in key[:4]:
                        bare = key[2:]
                        table.setdefault(bare, []).append(_Key(kind, entry, len(bare), True))
        automaton = ahocorasick.Automaton()
        for key, payload in table.items():
            automaton.add_word(key, tuple(payload))
        automaton.make_automaton()
        self._automaton = automaton
        self.kinds = tuple(lexicons)

    @classmethod
    def default(cls, kinds: Iterable[str] = LEXICON_KINDS) -> Matcher:
        return cls({k: load_lexicon(k) for k in kinds})

    def scan(self, norm: NormText, *, kinds: Iterable[str] | None = None) -> list[Mention]:
        wanted = set(kinds) if kinds is not None else None
        text = norm.text
        n = len(text)
        found: list[tuple[int, int, str, Entry, str, str]] = []
        tail = _WORD_TAIL.match
        starts: list[int] | None = None  # where each word starts, worked out at the first hit inside a word
        for last, payload in self._automaton.iter(text):
            end = last + 1
            # right edge: a word boundary, or an allowed ending
            word_end = tail(text, end).end() if end < n else end
            suffix = text[end:word_end]
            for k in payload:
                if wanted is not None and k.kind not in wanted:
                    continue
                start = end - k.length
                if suffix and not allowed_suffix(k.kind, k.entry, text[start:end], suffix):
                    continue
                ws = start
                if start and is_word_char(text[start - 1]):
                    if starts is None:
                        starts = [m.start() for m in _WORD_RUN.finditer(text)]
                    ws = starts[bisect_right(starts, start - 1) - 1]
                prefix = text[ws:start]
                if (prefix or k.bare) and not _prefix_ok(k, prefix):
                    continue
                found.append((start, end, k.kind, k.entry, prefix, suffix))
        return self._resolve_overlaps(norm, found)

    @staticmethod
    def _resolve_overlaps(
        norm: NormText, found: list[tuple[int, int, str, Entry, str, str]]
    ) -> list[Mention]:
        # Per kind, the longest match wins among overlapping ones (قصف جوي over قصف).
        found.sort(key=lambda f: (f[2], f[0], -(f[1] - f[0])))
        out: list[Mention] = []
        last_kind = None
        last_end = -1
        for start, end, kind, entry, prefix, suffix in found:
            if kind != last_kind:
                last_kind, last_end = kind, -1
            if start < last_end:
                continue
            last_end = end
            out.append(
                Mention(
                    kind=kind,
                    span=norm.raw_span(start, end),
                    norm=norm.text[start:end],
                    nspan=Span(start, end),
                    data={"entry": entry, "prefix": prefix, "suffix": suffix},
                )
            )
        out.sort(key=lambda m: (m.nspan.start, -len(m.nspan)))
        return out
