"""One Aho-Corasick pass over the normalized text finds every lexicon form, clitic-aware.

A form matches where it stands as a whole word or is preceded, inside its word, by a valid proclitic
string (و ف ب ل ك ال and لل: ``للثوار`` = li-l-thuwwār) and, for forms that take them, followed by an
attached pronoun (``غاراتها`` = ghārāt-hā, "its raids"). Forms written with the article also match
without it, so ``الثوار`` finds ``للثوار``, where the lam of the article is absorbed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

import ahocorasick

from rasad.lexicons.load import Entry, load_lexicon
from rasad.match.names import forces_of_their_side, offices_of_their_side, relatives_dropped
from rasad.model import Mention, Span, _UnguardedMention, _UnguardedSpan
from rasad.text.clitics import VERBAL_PROCLITICS, is_proclitic
from rasad.text.normalize import _TRAILING, NormText, words_of
from rasad.text.scan import Literals

LEXICON_KINDS = ("triggers", "actors", "victims", "weapons", "place_types", "cues")

# Endings a form may carry beyond what the lexicon lists. Verbs: object pronouns and the plural/feminine
# endings (استهدفوا، اغارت). Not the bare ه: after normalization (ة → ه) وزاره "ministry" would read as
# و + زار + ه "and he visited him". Nouns: possessive pronouns (غاراتها "its raids"), not ي, which is
# mostly the nisba adjective (صاروخي "rocket-", not "my rocket"). Actors and weapons: only the feminine
# ه of a nisba adjective written in agreement with a feminine noun (الطيران الروسيه for الروسي), but for the
# victims whose words are mostly adjectives of things (``adjective``: "الخلية الإعلامية" is no journalist).
# The bare ه is taken after a verb whose ending no ة can follow: the plural imperfect (يتهمونه) and an imperfect
# of a final ي (ينفيه); not the feminine past, whose ت + ه is also a noun's ة before a pronoun (سيطرته "its
# control", حملته "his campaign").
_VERB_SUFFIXES = frozenset({"ها", "هم", "هما", "وا", "ت", "ن", "ا", "تا"})
_NOUN_SUFFIXES = frozenset({"ها", "هم", "هما", "ه"})
# the object pronouns a verb's stem as written before one (see _Key.pronoun) must carry
_OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})


def allowed_suffix(kind: str, entry: Entry, key: str, suffix: str) -> bool:
    if not suffix:
        return True
    if kind == "triggers":
        if entry.get("pos") != "verb":
            return suffix in _NOUN_SUFFIXES
        return suffix in _VERB_SUFFIXES or (
            suffix == "ه" and (key[-2:] == "ون" or (key[-1:] == "ي" and key[:1] in _IMPERFECT_HEADS))
        )
    if kind in ("actors", "weapons", "victims"):
        return suffix == "ه" and key.endswith("ي") and not entry.get("adjective")
    return False


def is_word_char(ch: str) -> bool:
    return ("\u0621" <= ch <= "\u064a") or ("a" <= ch <= "z") or ("\u0671" <= ch <= "\u06d3")


_WORD_CHARS = "\u0621-\u064aa-z\u0671-\u06d3"  # what is_word_char accepts
_WORD_TAIL = re.compile(f"[{_WORD_CHARS}]*")
_WORD_CHAR_SET = frozenset(
    chr(c)
    for a, b in (("\u0621", "\u064a"), ("a", "z"), ("\u0671", "\u06d3"))
    for c in range(ord(a), ord(b) + 1)
)
_WORD_RUN = re.compile(f"[{_WORD_CHARS}]+")
# what keeps the matcher's words (runs of _WORD_CHARS) from being the runs of Arabic letters of the shared split
# (rasad.text.normalize.words_of): a letter of the extended Arabic range, or a Latin letter (which the split takes
# apart from Arabic letters written onto it)
_NOT_SPLIT_ALIKE = re.compile("[a-z\u0671-\u06d3]")


@dataclass(frozen=True, slots=True)
class _Key:
    kind: str
    entry: Entry
    length: int
    bare: bool  # the form's article was stripped to build this key
    # the key is a verb's stem as written before an object pronoun, which it must carry: نفا of نفى (نفاه "he
    # denied it", the final ى written ا), اتهمو of اتهموا (اتهموه, the plural's ا dropped)
    pronoun: bool = False


def _prefix_ok(k: _Key, prefix: str, key: str = "") -> bool:
    if k.kind == "triggers" and k.entry.get("pos") == "verb":
        # verbs take a conjunction and the future س, never a preposition or the article:
        # الاثنين "Monday" is not ال + اثني "praised"
        return prefix in VERBAL_PROCLITICS
    if prefix.endswith("س") and k.kind == "triggers" and k.entry.get("category") == "political":
        # the imperfect verbs a political entry of nouns lists (يدعم، ترفض، نرحب) take the future س too:
        # ستدعم، وسيرفض — announced acts
        return key[:1] in _IMPERFECT_HEADS and prefix in VERBAL_PROCLITICS
    if k.bare:
        # a key whose article was dropped needs it back: ال، لل، وال، بال … (للثوار, والثوار); without it the
        # word is indefinite and another word: تحالف "an alliance" is not التحالف "the coalition"
        return prefix.endswith("ال") or prefix.endswith("لل")
    return is_proclitic(prefix)


# the first letters of an imperfect verb (he, she / they, we) after the future س
_IMPERFECT_HEADS = frozenset("يتن")

_WORDS_MAX = 1 << 16
# fire opened or shot with its doer (or a time) between the verb and the fire: "فتح رجل النار", "فتحوا عليهم
# النار", "اطلق مسلحون النار امس على" — a match of النار alone, for the trigger of small-arms fire (looked for
# only where the text has النار)
_OPENED_FIRE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:[يت]?فتح|[ايت]طلق)(?:ت|وا|ون|ا)?(?:\s+[^\s،,.؛:!?()\d]+){1,3}?\s+(النار)(?![\u0621-\u064a])"
)
_FIRE = "النار"
_OPENED_FIRE_ID = "shooting"
# sort keys of the (start, end, kind, entry, prefix, suffix) matches
_START = itemgetter(0)
_END = itemgetter(1)


def _matches_at(
    text: str, end: int, payload: Sequence[_Key], wanted: set[str] | None, tail: Callable
) -> list[tuple[int, int, str, Entry, str, str]]:
    """The keys of ``payload`` (one form, ending at ``end``) that match there: a word boundary or an allowed
    ending after, a word boundary or valid proclitics before."""
    n = len(text)
    out: list[tuple[int, int, str, Entry, str, str]] = []
    # right edge: a word boundary, or an allowed ending
    word_end = tail(text, end).end() if end < n else end
    suffix = text[end:word_end]
    for k in payload:
        if wanted is not None and k.kind not in wanted:
            continue
        start = end - k.length
        if k.pronoun:
            if suffix not in _OBJECT_PRONOUNS:
                continue
        elif suffix and not allowed_suffix(k.kind, k.entry, text[start:end], suffix):
            continue
        ws = start  # where the word starts: proclitics are a few letters, the walk back is short
        while ws and text[ws - 1] in _WORD_CHAR_SET:  # (is_word_char, without a call a letter)
            ws -= 1
        prefix = text[ws:start]
        if (prefix or k.bare) and not _prefix_ok(k, prefix, text[start:end]):
            continue
        out.append((start, end, k.kind, k.entry, prefix, suffix))
    return out


class Matcher:
    """Compiled matcher over the lexicons; ``scan`` returns mentions with raw and normalized spans."""

    def __init__(self, lexicons: Mapping[str, Sequence[Entry]]) -> None:
        table: dict[str, list[_Key]] = {}
        for kind, entries in lexicons.items():
            for entry in entries:
                verbal = kind == "triggers" and entry.get("pos") == "verb"
                for key, form in zip(entry.keys, entry.forms, strict=True):
                    table.setdefault(key, []).append(_Key(kind, entry, len(key), False))
                    if kind == "triggers" and " " not in key and (form[-1:] == "ى" or key[-2:] == "وا"):
                        # the stem written before an object pronoun: نفى → نفاه، اتهموا → اتهموه (a verb of an
                        # entry of nouns too; a noun of ى the same: منتدى → منتداها)
                        stem = key[:-1] + ("ا" if form[-1:] == "ى" else "")
                        table.setdefault(stem, []).append(_Key(kind, entry, len(stem), False, True))
                    # the article is dropped after ل (للثوار) — but a verb's initial ال is not an article
                    # (القوا "they dropped"), nor is a hamza-alef + ل (ألغام "mines", normalized الغام)
                    if not verbal and form.startswith("ال") and len(key) >= 5 and " " not in key[:4]:
                        bare = key[2:]
                        table.setdefault(bare, []).append(_Key(kind, entry, len(bare), True))
        automaton = ahocorasick.Automaton()
        for key, payload in table.items():
            # a key of letters only lies inside one word, and whether it matches there depends on that word
            # alone (its proclitics and ending): such hits are read word by word, through ``_words``
            automaton.add_word(key, (_WORD_RUN.fullmatch(key) is not None, tuple(payload)))
        automaton.make_automaton()
        self._automaton = automaton
        # the keys that are not one word's letters (two words, digits …), to be found in the whole text when the
        # one-word keys are read word by word (see scan): in the pass of rasad.text.scan over the article, which
        # finds the words of every Literals set at once (a pass of an automaton of their own cost twice as much)
        self._phrases = {
            key: tuple(payload) for key, payload in table.items() if _WORD_RUN.fullmatch(key) is None
        }
        self._phrase_words = _literals(frozenset(self._phrases)) if self._phrases else None
        self.kinds = tuple(lexicons)
        # the entry of small-arms fire, for fire opened with words between (see _OPENED_FIRE)
        self._shooting = next((e for e in lexicons.get("triggers", ()) if e.id == _OPENED_FIRE_ID), None)
        # word → the matches inside it, as (start, end, kind, entry, prefix, suffix) relative to the word. News
        # repeats its words (an article's ~210 automaton hits fall in ~100 words, most seen before), so each
        # word is checked once; the table is emptied when it grows past _WORDS_MAX.
        self._words: dict[str, tuple[tuple[int, int, str, Entry, str, str], ...]] = {}
        # the same for every word of the texts read word by word (no match: an empty tuple), see _scan_words
        self._all_words = _WordMatches(self._word_matches_of)

    @classmethod
    def default(cls, kinds: Iterable[str] = LEXICON_KINDS) -> Matcher:
        return cls({k: load_lexicon(k) for k in kinds})

    def scan(self, norm: NormText, *, kinds: Iterable[str] | None = None) -> list[Mention]:
        wanted = set(kinds) if kinds is not None else None
        text = norm.text
        if _NOT_SPLIT_ALIKE.search(text) is None:
            # (most articles) the matcher's words are the words of the shared split: read word by word
            found_words = self._scan_words(norm, wanted)
            if _FIRE in text:
                self._fire_opened(text, wanted, found_words)
            words = self._resolve_overlaps(norm, found_words)
            return relatives_dropped(text, forces_of_their_side(text, offices_of_their_side(text, words)))
        found: list[tuple[int, int, str, Entry, str, str]] = []
        tail = _WORD_TAIL.match
        word_end = -1  # end of the last word whose matches were taken
        words = self._words
        word_chars = _WORD_CHAR_SET
        for last, (in_word, payload) in self._automaton.iter(text):
            if in_word:
                if last < word_end:
                    continue  # a hit inside the word just read, already among its matches
                # the word around the hit: a few letters of clitics before it (walked letter by letter, cheaper
                # than a pattern at that length), its ending after it (a pattern: the rest of a word is longer)
                ws = last + 1 - payload[0].length
                while ws and text[ws - 1] in word_chars:
                    ws -= 1
                word_end = tail(text, last + 1).end()
                word = text[ws:word_end]
                hits = words.get(word)
                if hits is None:
                    hits = self._word_matches(word)
                for s, e, kind, entry, prefix, suffix in hits:
                    if wanted is None or kind in wanted:
                        found.append((ws + s, ws + e, kind, entry, prefix, suffix))
                continue
            found.extend(_matches_at(text, last + 1, payload, wanted, tail))
        if _FIRE in text:
            self._fire_opened(text, wanted, found)
        # (an office named as part of a side is that side's: see rasad.match.names.offices_of_their_side)
        kept = self._resolve_overlaps(norm, found)
        return relatives_dropped(text, forces_of_their_side(text, offices_of_their_side(text, kept)))

    def _fire_opened(
        self, text: str, wanted: set[str] | None, found: list[tuple[int, int, str, Entry, str, str]]
    ) -> None:
        """Adds to ``found`` the fire of "فتح رجل النار" (the verb, up to three words, then النار), matched at النار
        as the trigger of small-arms fire is at "النار على", with the shooters before it."""
        if self._shooting is None or (wanted is not None and "triggers" not in wanted):
            return
        for m in _OPENED_FIRE.finditer(text):
            found.append((m.start(1), m.end(1), "triggers", self._shooting, "", ""))

    def _word_matches(self, word: str) -> tuple[tuple[int, int, str, Entry, str, str], ...]:
        """The matches of the letter-only keys inside ``word`` (a whole word of the text), relative to it."""
        out = self._word_matches_of(word)
        if len(self._words) >= _WORDS_MAX:
            self._words.clear()
        self._words[word] = out
        return out

    def _word_matches_of(self, word: str) -> tuple[tuple[int, int, str, Entry, str, str], ...]:
        hits: list[tuple[int, int, str, Entry, str, str]] = []
        for last, (in_word, payload) in self._automaton.iter(word):
            # (inside a word only one-word keys occur; a run of digits, which _scan_words looks up too, may hold
            # other keys, which its pass over the whole text finds)
            if in_word:
                hits.extend(_matches_at(word, last + 1, payload, None, _WORD_TAIL.match))
        return tuple(hits)

    def _scan_words(
        self, norm: NormText, wanted: set[str] | None
    ) -> list[tuple[int, int, str, Entry, str, str]]:
        """What the loop of :meth:`scan` finds, for a text whose runs of word characters are the letter runs of
        its shared split (no Latin letter, no extended Arabic letter): the one-word keys word by word, each word
        looked up once (a word without a hit too: the automaton's hits inside words cost several times a
        lookup of each word), then the other keys in one pass of their own automaton. The matches come in
        another order; _resolve_overlaps orders them, and two matches of the same span are of the same key,
        found in the same order either way."""
        text = norm.text
        ws = words_of(norm)
        starts = ws.starts
        found: list[tuple[int, int, str, Entry, str, str]] = []
        hits_of = list(map(self._all_words.__getitem__, ws.words))
        # the words with a match (a non-empty tuple), by index
        for i, hits in compress(enumerate(hits_of), hits_of):
            at = starts[i]
            for s, e, kind, entry, prefix, suffix in hits:
                if wanted is None or kind in wanted:
                    found.append((at + s, at + e, kind, entry, prefix, suffix))
        if self._phrase_words is not None:
            tail = _WORD_TAIL.match
            phrases = self._phrases
            firsts, ends = self._phrase_words.spans(text)
            for first, end in zip(firsts, ends, strict=True):
                found.extend(_matches_at(text, end, phrases[text[first:end]], wanted, tail))
        return found

    @staticmethod
    def _resolve_overlaps(
        norm: NormText, found: list[tuple[int, int, str, Entry, str, str]]
    ) -> list[Mention]:
        # Per kind, the longest match wins among overlapping ones (قصف جوي over قصف). By start, the longest
        # first (two stable sorts on the ends, descending, then the starts), then kind by kind in that order:
        # the order of a sort by (kind, start, longest first), without comparing a tuple of a kind and a start
        # for each pair (a dict keeps each kind's matches in the order they come in)
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)
        by_kind: dict[str, list[tuple[int, int, str, Entry, str, str]]] = {}
        for f in found:
            same = by_kind.get(f[2])
            if same is None:
                by_kind[f[2]] = [f]
            else:
                same.append(f)
        kept: list[tuple[int, int, str, Entry, str, str]] = []
        for kind in sorted(by_kind):
            last_end = -1
            for f in by_kind[kind]:
                if f[0] < last_end:
                    continue
                last_end = f[1]
                kept.append(f)
        # in text order, the longer first; the sorts are stable, so equal spans stay in the order of their kinds
        kept.sort(key=_END, reverse=True)
        kept.sort(key=_START)
        text = norm.text
        # the raw span of each match, as NormText.raw_span gives it (a match is never empty), worked out here
        # without a call per mention: an article has about a hundred
        starts, raw = norm.starts, norm.raw
        n = len(raw)
        # (the spans and mentions made as their __init__ makes them, as rasad.model.unguarded says, without a
        # call of __init__ each: its check of the offsets holds here, a match is never empty)
        out = []
        for start, end, kind, entry, prefix, suffix in kept:
            raw_end = starts[end - 1] + 1
            while raw_end < n and raw[raw_end] in _TRAILING:
                raw_end += 1
            span = _new(_UnguardedSpan)
            span.start = starts[start]
            span.end = raw_end
            span.__class__ = Span
            nspan = _new(_UnguardedSpan)
            nspan.start = start
            nspan.end = end
            nspan.__class__ = Span
            m = _new(_UnguardedMention)
            m.kind = kind
            m.span = span
            m.norm = text[start:end]
            m.nspan = nspan
            m.data = {"entry": entry, "prefix": prefix, "suffix": suffix}
            m.__class__ = Mention
            out.append(m)
        return out


_new = object.__new__


@functools.cache
def _literals(keys: frozenset[str]) -> Literals:
    """The Literals set of these keys: one for each lexicon however many matchers are made of it (a set, once
    made, stays in the shared pass)."""
    return Literals(keys)


class _WordMatches(dict):
    """word → its matches (see Matcher._word_matches_of), computed for a word not seen before; emptied when it
    grows past _WORDS_MAX (most words have none: their entry is an empty tuple)."""

    def __init__(self, compute: Callable[[str], tuple[tuple[int, int, str, Entry, str, str], ...]]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, word: str) -> tuple[tuple[int, int, str, Entry, str, str], ...]:
        if len(self) >= _WORDS_MAX:
            self.clear()
        value = self[word] = self.compute(word)
        return value
