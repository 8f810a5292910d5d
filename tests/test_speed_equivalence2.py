"""Fast paths of the fourth speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.match import matcher as matcher_module
from rasad.match.matcher import Matcher
from rasad.text.normalize import Words, normalize, words_of


@cache
def _matcher() -> Matcher:
    return Matcher.default()


@cache
def _lexicon_words() -> list[str]:
    """Words of the lexicons' keys, one-word keys and the words of longer ones (sorted: the same draws each run)."""
    m = _matcher()
    keys = sorted(m._automaton.keys())
    one = [k for k in keys if " " not in k][::7]
    many = [k for k in keys if " " in k][::9]
    words_of_many = sorted({w for k in keys if " " in k for w in k.split()})[::5]
    return one + many + words_of_many + sorted(k for k in keys if re.search("[0-9]", k))


_GLUE = ["", "و", "ب", "ال", "لل", "وال", "ها", "هم", "ه", "ت", "وا", "5", "13", "17", "a", "ی"]
_SEPARATORS = [" ", " ", " ", "", "  ", "\n", ", ", ". ", "،", " - ", '"', "5", " 13 ", "ab", "x ", "ٱ"]


@st.composite
def _lexicon_text(draw: st.DrawFn) -> str:
    """Lexicon words and whole keys, with clitics and endings glued on, joined by spaces, punctuation, digits,
    Latin and extended Arabic letters, or nothing (one word running into the next)."""
    words = _lexicon_words()
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        parts.append(
            draw(st.sampled_from(_GLUE)) + draw(st.sampled_from(words)) + draw(st.sampled_from(_GLUE))
        )
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


def _slow_scan(m: Matcher, text: str, kinds: list[str] | None = None) -> list:
    """Matcher.scan by its loop over the automaton's hits (the path for texts with Latin letters)."""
    old = matcher_module._NOT_SPLIT_ALIKE
    matcher_module._NOT_SPLIT_ALIKE = re.compile("")  # (matches every text)
    try:
        return m.scan(normalize(text), kinds=kinds)
    finally:
        matcher_module._NOT_SPLIT_ALIKE = old


@settings(max_examples=500, deadline=None)
@given(_lexicon_text(), st.sampled_from([None, ["actors"], ["triggers", "weapons"]]))
def test_scan_word_by_word_finds_what_the_hits_loop_finds(text: str, kinds: list[str] | None) -> None:
    m = _matcher()
    assert m.scan(normalize(text), kinds=kinds) == _slow_scan(m, text, kinds)


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات الحربيه مدينه حلب وقتل 5 مدنيين",
        "الفرقه 13 وكتيبه 17 فبراير",
        "للفرقه 13، والفرقه 13",
        "قصف جوي  على  حلب\nوغارات",
        "ب20 غاره",
        "",
        "5",
    ],
)
def test_scan_word_by_word_on_sentences(text: str) -> None:
    m = _matcher()
    assert m.scan(normalize(text)) == _slow_scan(m, text)


def test_words_of_is_the_split_of_the_whole_text_once_per_text() -> None:
    a, b = normalize("قصفت الطائرات، 5 مرات"), normalize("قصفت الطائرات، 5 مرات")
    wa = words_of(a)
    plain = Words.of(a.text, 0, len(a.text))
    assert (wa.words, wa.starts, wa.ends, wa.gaps) == (plain.words, plain.starts, plain.ends, plain.gaps)
    assert words_of(a) is wa
    assert words_of(b) is not wa  # (another text, though equal)
