"""Fast paths of the geocoding stage give what the plain code they stand in for gives."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.geo import Gazetteer
from tests.geo.test_recognize import _texts

# (rasad.geo exports a function of the module's name)
recognize = importlib.import_module("rasad.geo.recognize")

_CLITICS = ["", "", "و", "ف", "ب", "ل", "لل", "وب", "فب", "ول", "فل", "ولل", "فلل", "وال", "بال", "ك", "ا"]
_STEMS = sorted(
    {
        *recognize._PHRASE_STEMS,
        "حلب", "ادلب", "الرقه", "المنصوره", "خان", "تل", "دير", "ام", "ابو", "العاصمه", "عاصمه", "الي", "ان",
        "قصف", "الطيران", "وزاره", "بيان", "فدمشق", "دمشق", "ريف", "بريف", "ه", "",
    }
)  # fmt: skip


def _plain_hot_word(m: recognize.Matcher, word: str) -> object:
    """Matcher._hot_word as it was: every word's readings looked up."""
    opening, phrase = m._openers[word], recognize._OPENS_PHRASE[word]
    return (opening, phrase) if opening or phrase else None


def test_a_word_told_cold_by_its_stems_opens_nothing(default_gaz: Gazetteer) -> None:
    """_hot_word tells most words cold by looking up their stems after a run of clitic letters: the same
    answer as reading every clitic reading of the word, for every word of the rows and the corpus."""
    m = recognize.matcher(default_gaz)
    cold = 0
    for word in sorted({w for text in _texts() for w in recognize._Words.of(text, 0, len(text)).words}):
        assert m._hot_word(word) == _plain_hot_word(m, word), word
        cold += m._hot_word(word) is None
    assert cold  # (the fast path was taken)


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(_CLITICS),
    st.sampled_from(_CLITICS),
    st.sampled_from(_STEMS),
    st.sampled_from(["", "ه", "ا", "ين"]),
)
def test_hot_words_with_clitics_glued_on(
    default_gaz: Gazetteer, c1: str, c2: str, stem: str, end: str
) -> None:
    word = c1 + c2 + stem + end
    if word:
        m = recognize.matcher(default_gaz)
        assert m._hot_word(word) == _plain_hot_word(m, word)
