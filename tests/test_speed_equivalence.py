"""Patterns rewritten for speed find what the plain patterns they replace find, also inside a range of the text
(a lookbehind then sees the character before the range, a lookahead stops at its end)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble import conflict
from rasad.match import names
from rasad.text import normalize as normalize_module
from rasad.text import numbers
from rasad.text.alternation import alternation
from rasad.text.normalize import normalize_key
from rasad.text.scan import finditer_at, is_letter
from rasad.time import is_future
from rasad.time.context import _FUTURE


@st.composite
def _ranged(draw: st.DrawFn, words: list[str]) -> tuple[str, int, int]:
    """A text of ``words`` with spaces or glued together (a word inside another, a letter right before the
    range), and a range of it."""
    text = normalize_key(
        draw(st.sampled_from(["", " "])).join(draw(st.lists(st.sampled_from(words), max_size=10)))
    )
    a, b = draw(st.integers(0, 12)), draw(st.integers(0, 12))
    start = min(a, len(text))
    return text, start, max(start, len(text) - b)


_FUTURE_WORDS = ["سوف", "من", "المقرر", "المنتظر", "المتوقع", "المزمع", "المرتقبة", "سيزور", "ستعقد", "سنتابع",
                 "سيارة", "سيطرة", "يعتزم", "تعتزمون", "يعتزمون", "تنوي", "ينوي", "وسوف", "فسيزور", "وستستمر", "لسوف",
                 "الوزير", "5", "و", "ف", "،", "س", "ي", "ن", "سو"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_ranged(_FUTURE_WORDS))
def test_is_future_agrees_with_the_pattern_in_a_range(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert is_future(text, start, end) is (_FUTURE.search(text, start, end) is not None)


# the count patterns as they were written before they opened with their first letters
_L, _R = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_PLAIN_VAGUE_HEAD = re.compile(_L + "(?:" + alternation(numbers._VAGUE_KEY) + ")" + _R)
_PLAIN_DEATHS = re.compile(_L + "(?:" + alternation(numbers.UNNUMBERED_DEATHS) + ")" + _R)
_PLAIN_ORDINAL = re.compile(
    _L + r"ال(?:" + alternation(numbers.ORDINAL_UNITS) + r")(?:\s(?:ال)?عشره?|\sو(?:ال)?(?:عشرين|ثلاثين))?" + _R
    + r"|" + _L + r"ال(?:عشرين|ثلاثين)" + _R
)  # fmt: skip
_COUNT_WORDS = [*numbers.VAGUE, *numbers.UNNUMBERED_DEATHS, *("ال" + w for w in numbers.ORDINAL_UNITS),
                "العشرين", "الثلاثين", "عشره", "عشر", "والعشرين", "ال", "و", "ب", "5", ",", "من", "قتلي"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_ranged(_COUNT_WORDS))
def test_count_patterns_find_what_the_plain_patterns_find(case: tuple[str, int, int]) -> None:
    text, start, end = case
    for fast, plain in (
        (numbers._VAGUE_HEAD, _PLAIN_VAGUE_HEAD),
        (numbers._DEATHS, _PLAIN_DEATHS),
        (numbers._ORDINAL, _PLAIN_ORDINAL),
    ):
        assert [(m.span(), m.group()) for m in fast.finditer(text, start, end)] == [
            (m.span(), m.group()) for m in plain.finditer(text, start, end)
        ]


_PLAIN_ELAPSED = re.compile(conflict._ELAPSED.pattern.replace(r"مرور(?<!\wمرور)", r"\bمرور"))
_ELAPSED_WORDS = ["مرور", "ومرور", "بمرور", "ما", "يزيد", "علي", "شهر", "3", "اعوام", "يومين", "ايام", "من"]
_PLAIN_COULD_NOT = re.compile(r"(?<!\w)(?:لم|ولم) (?:[تي]ستطع|[تي]تمكن|[تي]ستطيعوا|[تي]تمكنوا)(?!\w)")
_COULD_NOT_WORDS = [
    "لم",
    "ولم",
    "فلم",
    "قلم",
    "تستطع",
    "يتمكن",
    "يستطيعوا",
    "تتمكنوا",
    "تتمكن",
    "ا",
    "و",
    "5",
]


@pytest.mark.parametrize(
    ("fast", "plain", "words"),
    [
        (conflict._ELAPSED, _PLAIN_ELAPSED, _ELAPSED_WORDS),
        (conflict._COULD_NOT, _PLAIN_COULD_NOT, _COULD_NOT_WORDS),
    ],
    ids=["elapsed", "could_not"],
)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_conflict_patterns_find_what_the_plain_ones_find(
    fast: re.Pattern[str], plain: re.Pattern[str], words: list[str], data: st.DataObject
) -> None:
    """Patterns that open with their word's first letter, checked for a word start once taken."""
    text, start, end = data.draw(_ranged(words))
    assert [m.span() for m in fast.finditer(text, start, end)] == [
        m.span() for m in plain.finditer(text, start, end)
    ]


# every quick look of the conflict checks, with the words it is made from
_HINTS = [
    (conflict._SUSPENDING_HINT, conflict._SUSPENDING),
    (conflict._HEADWAY_HINT, conflict._HEADWAY),
    (conflict._MAY_HINT, conflict._MAY),
    (conflict._TO_BE_HINT, ("يكون", "تكون")),
    (conflict._FREQUENT_HINT, ("يومي", "اسبوعي", "بشكل", "الحين", "متزايد", "متكرر", "متصاعد", "مره", "كلما",
                               "الاونه", "سلس", "موجه", "مرات", "مرارا", "بانتظام", "باستمرار", "طالما")),
    (conflict._FOILING_HINT, conflict._FOILING),
    (conflict._DEALT_WITH_HINT, conflict._DEALT_WITH),
    (conflict._COMES_HINT, conflict._COMING),
    (conflict._ITEM_HINT, conflict._ITEM_WORDS),
    (conflict._ANSWER_HINT, ("رد",)),
    (conflict._AFTER_HINT, conflict._AFTER),
    (conflict._TIME_PHRASE_HINT, conflict._AFTER_WORDS | {"قبل"}),
    (conflict._RELATIVE_HINT, conflict._RELATIVE),
    (conflict._PRETEXT_HINT, conflict._PRETEXTS),
    (conflict._GOES_ON_HINT, conflict._GOES_ON),
    (conflict._GOVERNING_WORDS, conflict._GOVERNORS | conflict._DEMANDED),
]  # fmt: skip
_HINT_WORDS = sorted({w for _, words in _HINTS for w in words} | {"و", "ب", "ال", " ", ".", "قد", "ي"})


@settings(max_examples=400, deadline=None)
@given(_ranged(_HINT_WORDS))
def test_hints_find_what_a_pattern_of_their_words_finds(case: tuple[str, int, int]) -> None:
    """A hint looks for fewer words than it is made from (not one that holds another), by substring tests on
    the stretch, or finds them in the shared pass over the text (rasad.text.scan): it finds a word where the
    trie pattern of all of them does, inside a range too."""
    text, start, end = case
    for hint, words in _HINTS:
        plain = re.compile(alternation(words))
        assert hint.any_within(text, start, end) is (plain.search(text, start, end) is not None), hint.words
        assert hint.any_within(text, 0, len(text)) is (plain.search(text) is not None)


# spaces, other whitespace, ignorable marks, presentation forms and letters, alone and in runs
_SPECIALS = [" ", "  ", "\n", " \n", "\t", "\xa0", "\u2028", "\u3000", "\u200f", "\u064b", "\u0640", "\ufefb", "\u0675",
             "\ufdfa", "ا", "ب", "x", "5"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SPECIALS), max_size=14).map("".join))
def test_special_spans_are_the_special_runs(raw: str) -> None:
    assert list(normalize_module._special_spans(raw)) == [
        m.span() for m in normalize_module._SPECIAL.finditer(raw)
    ]


def test_no_whitespace_after_the_ideographic_space() -> None:
    # _SPECIAL_NOT_SPACE lists the whitespace characters below U+3001: \s matches no other
    assert not any(chr(c).isspace() for c in range(0x3001, 0x110000))
    assert all((re.fullmatch(r"\s", chr(c)) is not None) is chr(c).isspace() for c in range(0x3001))


# the names patterns tried only where one of their words occurs (rasad.text.scan): the roles, the offices and the
# group nouns with their clitics, words that hold them, letters and marks around them
_NAMES_WORDS = [*names.STATE_ROLES, *names._OFFICES, *names._GROUP_STEMS, "ال", "و", "ب", "لل", "وال", "فب",
                "الايراني", "العراقي", "السابق", "التركيه", "الوزيرة", "ي", "x", "،", "5"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_ranged(_NAMES_WORDS))
def test_names_scans_find_what_the_patterns_find(case: tuple[str, int, int]) -> None:
    text, _, _ = case
    for pattern, starts in (
        (names._ROLE_WORD, names._ROLES.starts(text)),
        (names._OFFICIAL, names._OFFICE_HEADS.starts(text)),
        (
            names._GROUP_WORD,
            [names._word_start(text, i) for i in names._GROUP_STEM_WORDS.starts(text)],
        ),
    ):
        assert [(m.span(), m.groups()) for m in finditer_at(pattern, text, starts)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)
        ]


# the forces pattern tried only where an arm is written
_ARMS_WORDS = [*names._ARMS, "التركي", "تركيه", "الروسيه", "امريكيين", "الحربيه", "جوي", "ال", "و", "ب", "ا", "ه",
               "ين", "x", "،"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_ranged(_ARMS_WORDS))
def test_arms_scan_finds_what_the_pattern_finds(case: tuple[str, int, int]) -> None:
    text, _, _ = case
    pattern = names._arms_pattern(("تركي", "روسي", "امريكي", "اتراك"))
    arms = names._ARMS_WORDS.starts(text)
    assert [(m.span(), m.groups()) for m in finditer_at(pattern, text, arms)] == [
        (m.span(), m.groups()) for m in pattern.finditer(text)
    ]


_PLAIN_THOUSANDS = re.compile(r"\d(?:\d{3}|[,.،٬]\d{3})|ال(?:فا?|اف)|ملي(?:ون|ار)|ملايين")
_THOUSANDS_WORDS = ["الف", "الفا", "الاف", "الالاف", "مليون", "مليار", "ملايين", "ملي", "ال", "ف", "2015", "1",
                    "12", "000", ",", "،", ".", "٬", "١", "x", "والفصائل"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_ranged(_THOUSANDS_WORDS))
def test_thousands_written_is_a_match_of_the_plain_pattern_that_is_no_year(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    plain = not all(conflict._YEAR.fullmatch(x.group()) for x in _PLAIN_THOUSANDS.finditer(text, start, end))
    assert conflict._thousands_written(text, start, end) is plain


def test_is_letter_is_the_letter_class_of_the_patterns() -> None:
    letter = re.compile(r"[^\W\d_]")
    assert all((letter.match(chr(c)) is not None) is is_letter(chr(c)) for c in range(0x110000))


# duals of known nouns, with clitics, inside other words, cut by the range; other words ending alike
_DUAL_WORDS = ["طفلين", "طفلان", "طفلتين", "مدنيان", "مدنيين", "بغارتين", "غارتين", "والمسلحين", "اليومين", "ين",
               "ان", "ال", "و", "ب", "قتل", "5", "x", "²", "،"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_ranged(_DUAL_WORDS))
def test_dual_candidates_are_the_pattern_matches_that_may_be_duals(case: tuple[str, int, int]) -> None:
    text, start, end = case
    plain = [m.span() for m in numbers._DUAL_CANDIDATE.finditer(text, start, end) if numbers.dual(m.group())]
    assert [m.span() for m in numbers._dual_candidates(text, start, end) if numbers.dual(m.group())] == plain


def test_builders_make_what_the_classes_make() -> None:
    """An object made by rasad.model.builder (and the spans and mentions the matcher makes so) is the one the
    class makes: same class, fields, equality and hash; defaults and default factories as the class has them."""
    import pickle

    from rasad.assemble import actors, finalize
    from rasad.geo.recognize import Toponym, _new_toponym
    from rasad.model import Actor, Event, Mention, Span, builder, new_span
    from rasad.time import finder
    from rasad.time.expr import TimeExpr

    made = [
        (new_span(3, 9), Span(3, 9)),
        (actors._new_actor("SYRMIL", "Military Forces of Syria", inter=1), Actor("SYRMIL", "Military Forces of Syria", inter=1)),
        (finalize._new_evidence(1, 4, "قصف", role="trigger"), finalize.Evidence(1, 4, "قصف", role="trigger")),
        (finder._new_time_expr(start=0, end=3, kind="relative", text="امس", offset=-1),
         TimeExpr(start=0, end=3, kind="relative", text="امس", offset=-1)),
        (numbers._new_number(0, 2, 5, "digits"), numbers.NumberMention(0, 2, 5, "digits")),
    ]  # fmt: skip
    values = (1, 4, "حلب", "بحلب", 0, 4, "k", None, "in", None, None, None, True, False, None, None)
    made.append((_new_toponym(*values), Toponym(*values)))
    for built, plain in made:
        assert type(built) is type(plain)
        assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
        assert pickle.loads(pickle.dumps(built)) == plain
    with pytest.raises(ValueError):
        new_span(5, 3)
    # a default factory gives each object its own value
    first, second = (
        builder(Event)("a", "conflict", None, None, None, "occurred", None, None, None) for _ in "ab"
    )
    assert first.fatalities_detail == {} and first.fatalities_detail is not second.fatalities_detail
    assert first == Event("a", "conflict", None, None, None, "occurred", None, None, None)
    m = builder(Mention)("triggers", Span(0, 1), "x", Span(0, 1))
    assert m == Mention("triggers", Span(0, 1), "x", Span(0, 1), {})
