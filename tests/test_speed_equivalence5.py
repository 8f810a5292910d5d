"""Fast paths of the sixth speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import importlib
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.geo.lexicon import ADJECTIVES
from rasad.match import names
from rasad.match.matcher import Matcher
from rasad.text.normalize import normalize

# (rasad.geo exports a function of the module's name)
recognize = importlib.import_module("rasad.geo.recognize")
resolve = importlib.import_module("rasad.geo.resolve")


@cache
def _matcher() -> Matcher:
    return Matcher.default()


# -- local aliases: the pattern tried where the words holding an alias's letters start --------------------------

_CLITICS = ["", "", "و", "ف", "ب", "ك", "ل", "لل", "وب", "فل", "وال", "بال", "ول"]
_SEPARATORS = [" ", " ", "", ", ", ".", "\n", "-", '"', "5", "a", "ی"]
_OTHER_WORDS = ["اشتباكات", "بين", "المتمردين", "اللبنانيه", "الشعبيه", "قوات", "مقا", "ومه", "الرابعه", "في"]


@st.composite
def _alias_text(draw: st.DrawFn) -> tuple[str, str]:
    """A country with local aliases, and a text of its aliases (whole, cut, or with a letter more) and other
    words, with clitics glued on, joined by spaces, punctuation, digits, Latin or extended Arabic letters, or
    nothing."""
    country = draw(st.sampled_from(sorted(names._local_aliases())))
    aliases = sorted(names._local_aliases()[country][0])
    parts = []
    for _ in range(draw(st.integers(1, 10))):
        word = draw(st.sampled_from(aliases + _OTHER_WORDS))
        cut = draw(st.sampled_from(["whole", "whole", "head", "tail", "more"]))
        word = {"head": word[:-2], "tail": word[2:], "more": word + "ه"}.get(cut, word)
        parts.append(draw(st.sampled_from(_CLITICS)) + word + draw(st.sampled_from(_SEPARATORS)))
    return country, "".join(parts)


def _plain_local_aliases(raw: str, country: str) -> list:
    """local_alias_mentions with the pattern tried at every place of the text."""
    norm = normalize(raw)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(names, "_places_of", lambda text, part: list(range(len(text))))
        mp.setattr(names, "finditer_at", lambda pattern, text, starts: list(pattern.finditer(text)))
        return names.local_alias_mentions(norm, _matcher().scan(norm), country)


@settings(max_examples=800, deadline=None)
@given(_alias_text())
def test_local_aliases_found_where_their_words_start(case: tuple[str, str]) -> None:
    country, raw = case
    norm = normalize(raw)
    found = names.local_alias_mentions(norm, _matcher().scan(norm), country)
    assert found == _plain_local_aliases(raw, country)


# -- geo: the side of a country, the gap before an anchoring phrase, tanwin ------------------------------------

_SIDE_WORDS = [
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "غربي",
    "(شرق",
    "وجنوب",
    "بشمال",
    "شما",
    "لبنان",
    "تركيا",
]
_PLAIN_WORDS = ["في", "مدينه", "زحله", "سوروتش", "-", "(", ")", ".", "محافظه", "العسكري", "القريبه"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SIDE_WORDS + _PLAIN_WORDS), max_size=12), st.sampled_from([" ", "", "  "]))
def test_a_side_of_a_country_only_after_a_sides_word(words: list[str], sep: str) -> None:
    text = sep + sep.join(words)
    window = text[:60]
    if not resolve._a_side_named(window):
        assert resolve._SIDE_OF_A_COUNTRY.match(text, 0, 60) is None


_GAP_WORDS = [*sorted(ADJECTIVES)[::40], "في", ",", "(", "و", "على", "قرب", "-", ")"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_GAP_WORDS), max_size=6), st.sampled_from([" ", "", " , "]))
def test_the_gap_before_an_anchoring_phrase_read_to_its_second_word(words: list[str], sep: str) -> None:
    gap_text = sep.join(words)
    parts = recognize._GAP_PARTS.findall(gap_text)
    gap = " ".join(w for w in parts if w not in ADJECTIVES)  # (what _attach made of the whole gap)
    word = recognize._gap_word(gap_text, 0, len(gap_text))
    assert (word == "") == (gap == "")
    assert (word in ("", "في", ",", "(")) == (gap in ("", "في", ",", "("))


@pytest.mark.parametrize("raw", ["باكرًا", "دومٌ", "وفدٍ", "حلب", "", "قَتل"])
def test_tanwin_found_as_the_pattern_finds_it(raw: str) -> None:
    assert recognize._has_tanwin(raw) == (recognize._TANWIN.search(raw) is not None)
