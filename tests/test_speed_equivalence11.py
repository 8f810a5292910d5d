"""Fast paths of the second speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text import numbers
from rasad.text.normalize import _TRANSLATE, CHAR_MAP, Words, _translate, normalize

_PIECES = ["قتل", "خمسه", "عشرات", "قتلي", "السادس", "من", "5", "و20", "طفلان", "في", "ابو5", "نص", "وثلاثه"]


@st.composite
def _words(draw: st.DrawFn) -> Words:
    """The words of a text of count words, digits and others, spaced or glued, normalized."""
    parts = draw(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "، "])), max_size=14))
    text = normalize("".join(w + sep for w, sep in parts)).text
    return Words.of(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(_words(), _words())
def test_number_words_are_those_the_plain_filter_keeps(ws: Words, other: Words) -> None:
    """The indexes of the words a count may start at, found once per split: those of each word tested in turn,
    for one split and then another (the last one's kept, never another's)."""
    for w in (ws, other, ws):
        assert numbers._number_words(w) == [
            m for m, word in enumerate(w.words) if word in numbers._FIRST_WORDS or word < ":"
        ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*CHAR_MAP, "ا", "ب", " ", "ه", "5", "x"]), max_size=120).map("".join))
def test_translate_is_the_translation_of_the_map(s: str) -> None:
    """A short string's characters looked up, a long one's mapped characters replaced: both the translation."""
    assert _translate(s) == s.translate(_TRANSLATE)
    assert _translate(s * 3) == (s * 3).translate(_TRANSLATE)
