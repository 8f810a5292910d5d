"""The matcher reads hits of letter-only keys word by word, each word checked once (``Matcher._words``): it must
find exactly what checking every automaton hit in place finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.lexicons.load import load_lexicon
from rasad.match.matcher import _WORD_TAIL, LEXICON_KINDS, Matcher, _matches_at
from rasad.match.names import forces_of_their_side, offices_of_their_side, relatives_dropped
from rasad.model import Mention
from rasad.text.normalize import normalize


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


def _in_place(matcher: Matcher, text: str, kinds: set[str] | None = None) -> list[Mention]:
    """Every hit of the automaton checked where it stands, without the table of words (and sifted as the scan
    sifts its hits: rasad.match.names drops some, e.g. a nationality that is another noun's adjective)."""
    norm = normalize(text)
    found = []
    for last, (_, payload) in matcher._automaton.iter(norm.text):
        found.extend(_matches_at(norm.text, last + 1, payload, kinds, _WORD_TAIL.match))
    kept = matcher._resolve_overlaps(norm, found)
    return relatives_dropped(
        norm.text, forces_of_their_side(norm.text, offices_of_their_side(norm.text, kept))
    )


def _rows(mentions: list[Mention]) -> list[tuple]:
    return [
        (m.kind, m.nspan, m.span, m.norm, m.data["entry"].id, m.data["prefix"], m.data["suffix"])
        for m in mentions
    ]


EXAMPLES = [x for kind in LEXICON_KINDS for e in load_lexicon(kind) for x in e.examples]
TEXTS = [
    # 2-letter keys inside longer words (لا، لم، تل، حي), with and without clitics
    "لا تلال ولم يلتقِ الحيّ بالحي، ولن تلتزم الحكومة. فلا قتلى",
    # a multi-word key after a proclitic, next to letter-only keys in the same words
    "وقصفت طائرات التحالف الدولي مواقع لتنظيم داعش وللثوار والمقاومة الشعبية",
    # keys at the very start and end of the text, and a word seen twice (the second read from the table)
    "غارات غارات",
    "قتل",
    "",
    " ".join(EXAMPLES[:200]),
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_table_finds_what_each_hit_finds(matcher: Matcher, text: str) -> None:
    expected = _rows(_in_place(matcher, text))
    assert _rows(matcher.scan(normalize(text))) == expected
    assert _rows(matcher.scan(normalize(text))) == expected  # again, every word now from the table


def test_kinds_filter_on_words_from_the_table(matcher: Matcher) -> None:
    text = "وقصفت طائرات التحالف الدولي مواقع لتنظيم داعش في حي الشيخ مقصود"
    matcher.scan(normalize(text))  # fills the table with every kind
    got = _rows(matcher.scan(normalize(text), kinds=["actors"]))
    assert got and {r[0] for r in got} == {"actors"}
    assert got == _rows(_in_place(matcher, text, {"actors"}))


def test_every_example_alike(matcher: Matcher) -> None:
    for x in EXAMPLES:
        assert _rows(matcher.scan(normalize(x))) == _rows(_in_place(matcher, x)), x


# letters that make up the short keys and the clitics, with spaces and punctuation between words
_ALPHABET = st.sampled_from(list("لاميتنحوفبكسهر") + [" ", " ", "،", "."])


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_word_table_on_any_text(text: str) -> None:
    matcher = _shared()
    assert _rows(matcher.scan(normalize(text))) == _rows(_in_place(matcher, text))


_MATCHER: list[Matcher] = []


def _shared() -> Matcher:
    if not _MATCHER:
        _MATCHER.append(Matcher.default())
    return _MATCHER[0]
