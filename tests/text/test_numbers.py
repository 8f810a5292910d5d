"""Counts: cardinals, day ordinals, duals, vague quantities and their discovery in running text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text import numbers
from rasad.text.normalize import normalize_key
from rasad.text.numbers import (
    DUAL_NOUNS,
    NumberMention,
    dual,
    find_numbers,
    killed_and_wounded,
    ordinal_value,
    parse_cardinal,
    vague_value,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("20", 20),
        ("1,000", 1000),
        ("26,350", 26350),
        ("واحد", 1),
        ("واحدة", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("ثمانية", 8),
        ("عشر", 10),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثني عشر", 12),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("تسعة عشر", 19),
        ("عشرون", 20),
        ("عشرين", 20),
        ("خمسة وعشرون", 25),
        ("خمسة و عشرين", 25),
        ("تسعة وتسعون", 99),
        ("مئة", 100),
        ("مائة", 100),
        ("مئة وخمسون", 150),
        ("مئتان", 200),
        ("مئتين", 200),
        ("مائتان", 200),
        ("مئتا", 200),
        ("ثلاثمئة", 300),
        ("ثلاثمائة", 300),
        ("ثلاث مئة", 300),
        ("ثمانمئة", 800),
        ("ثلاثمئة وخمسة وعشرون", 325),
        ("ألف", 1000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("عشرين ألفاً", 20000),
        ("مئة ألف", 100000),
        ("ألف ومئتان", 1200),
        ("3 آلاف", 3000),
        ("٣ آلاف", 3000),
        ("2 مليون", 2000000),
        ("2.5 مليون", 2500000),
        ("مليون", 1000000),
        ("ثلاثة ملايين وخمسمئة ألف", 3500000),
        # not cardinals
        ("آلاف", None),  # "thousands": vague, not a number
        ("20 30", None),  # two numbers, not fifty
        ("10 و15", None),  # digits joined by و: two counts, not 25
        ("عشرة وخمسة عشر", None),  # a ten, then a teen: two counts (one number puts the unit first)
        ("عشرون وخمسة", None),
        ("خمسة خمسة", None),
        ("3.5", None),  # not a whole count
        ("قتلى", None),
        ("", None),
    ],
)
def test_parse_cardinal(raw: str, value: int | None) -> None:
    assert parse_cardinal(normalize_key(raw)) == value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("الأول", 1),
        ("الأولى", 1),
        ("الثاني", 2),
        ("الثالثة", 3),
        ("السادس", 6),
        ("سادس", 6),
        ("العاشر", 10),
        ("الحادي عشر", 11),
        ("الحادية عشرة", 11),
        ("الثاني عشر", 12),
        ("التاسع عشر", 19),
        ("العشرين", 20),
        ("الحادي والعشرين", 21),
        ("الثامن والعشرين", 28),
        ("الثلاثين", 30),
        ("الحادي والثلاثين", 31),
        ("الثاني والثلاثين", None),  # no 32nd day
        ("الحادي", None),  # حادي only in compounds
        ("الأول عشر", None),  # the 11th is الحادي عشر
        ("العاشر عشر", None),
        ("السادس من", None),
    ],
)
def test_ordinal_value(raw: str, value: int | None) -> None:
    assert ordinal_value(normalize_key(raw)) == value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("طفلان", ("طفل", 2)),
        ("طفلين", ("طفل", 2)),
        ("طفلتين", ("طفله", 2)),
        ("امرأتان", ("امراه", 2)),
        ("امرأتين", ("امراه", 2)),
        ("شخصين", ("شخص", 2)),  # shakhṣayn: true dual, the plural is أشخاص
        ("عنصرين", ("عنصر", 2)),  # ʿunṣurayn: true dual, the plural is عناصر
        ("جنديين", ("جندي", 2)),
        ("زوجان", ("زوج", 2)),  # a married couple
        ("صبيين", ("صبي", 2)),
        ("الطفلين", ("طفل", 2)),
        ("بغارتين", ("غاره", 2)),
        ("وصاروخين", ("صاروخ", 2)),
        ("مدنيين", None),  # madaniyyīn: the plural, not two civilians
        # the nominative dual -ان of a noun with a sound plural is no plural (that is -ون): two of them
        ("مدنيان", ("مدني", 2)),
        ("حوثيان", ("حوثي", 2)),
        ("مسلحان", ("مسلح", 2)),
        ("ومقاتلان", ("مقاتل", 2)),
        ("ممرضان", ("ممرض", 2)),
        ("مجندان", ("مجند", 2)),
        ("فلاحان", ("فلاح", 2)),
        ("مجندين", None),  # (the plural)
        ("حارسين", ("حارس", 2)),  # (the plural is حراس)
        ("حوثيين", None),
        ("مسلحين", None),
        ("مقاتلين", None),
        ("إيران", None),
        ("سكان", None),
        ("لبنان", None),
    ],
)
def test_dual(raw: str, expected: tuple[str, int] | None) -> None:
    assert dual(normalize_key(raw)) == expected


def test_dual_with_caller_nouns() -> None:
    assert dual("مدنيين", nouns={"مدني"}) == ("مدني", 2)
    assert dual("طفلين", nouns={"مدني"}) is None
    assert "مدني" not in DUAL_NOUNS


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("عدد من", 3),
        ("عدد من القتلى", 3),
        ("عدداً من", 3),  # (the accusative)
        ("العديد من", 3),
        ("الكثير من", 3),  # many: unnumbered
        ("كثيراً من", 3),
        ("عدد كبير من", 3),  # a large number: unnumbered, as عدد من
        ("أعداد كبيرة من", 3),
        ("عدد غير محدد من", 3),
        ("عدداً آخر من", 3),
        ("قتلى", 3),
        ("بضعة", 3),
        ("بضع عشرات", 12),  # a few dozen: the dozens
        ("بضع مئات", 100),  # … a few hundred: the hundreds, a few thousand: the thousands (the least figures)
        ("بضعة آلاف", 1000),
        ("عدة", 3),
        ("عشرات", 12),
        ("العشرات", 12),
        ("عشرات القتلى", 12),
        ("مئات", 100),
        ("المئات", 100),
        ("عشرات القتلى والجرحى", 3),
        ("مئات القتلى والجرحى", 3),
        ("عدد من القتلى والجرحى", 3),
        ("قتلى وجرحى", 3),
        ("عشرات الآلاف", 12000),
        ("أكثر من 20", 20),
        ("ما لا يقل عن 20", 20),
        ("نحو 20", 20),
        ("قرابة 20", 20),
        ("حوالي 20", 20),
        ("أكثر من عشرين", 20),
        ("زهاء مئتي", 200),
        ("أكثر من عشرات", 12),
        ("جرحى", None),  # wounded only: no deaths
        ("مقتل", None),
    ],
)
def test_vague_value(raw: str, value: int | None) -> None:
    assert vague_value(normalize_key(raw)) == value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("القتلى والجرحى", 14),
        ("من القتلى والجرحى", 17),
        ("قتيل وجريح", 10),
        ("القتلى", 0),
        ("الجرحى والقتلى", 0),
    ],
)
def test_killed_and_wounded(raw: str, expected: int) -> None:
    assert killed_and_wounded(normalize_key(raw)) == expected


# (raw sentence, [(surface, value, kind, noun, approximate)]) — each expected mention in order.
FIND_CASES = [
    (
        "قُتل خمسة وعشرون مدنياً بينهم طفلان وامرأتين في غارات على إدلب",
        [
            ("خمسه وعشرون", 25, "words", "مدنيا", False),
            ("طفلان", 2, "dual", "طفل", False),
            ("وامراتين", 2, "dual", "امراه", False),
        ],
    ),
    (
        "أسفر القصف عن مقتل أكثر من 20 شخصاً وإصابة العشرات",
        [("اكثر من 20", 20, "digits", "شخصا", True), ("العشرات", 12, "vague", None, False)],
    ),
    ("سقط عشرات القتلى والجرحى جراء انفجار سيارة مفخخة", [("عشرات القتلي والجرحي", 3, "vague", None, False)]),
    ("وثق المرصد مقتل 3 آلاف شخص منذ عام 2011", [("3 الاف", 3000, "digits", "شخص", False)]),
    (
        "قتل شخصين وجرح عنصرين من الشرطة، وسقط قتلى في حي الشعار",
        [
            ("شخصين", 2, "dual", "شخص", False),
            ("عنصرين", 2, "dual", "عنصر", False),
            ("قتلي", 3, "vague", "قتلي", False),
        ],
    ),
    (
        "وفي السادس من أيار استهدفت الطائرات البلدة بغارتين",
        [("السادس", 6, "ordinal", None, False), ("بغارتين", 2, "dual", "غاره", False)],
    ),
    (
        "قُتل عدد من المدنيين وأصيب ١٬٢٥٠ آخرون بحسب إحصائية نشرت في 15/3/2024 الساعة 10:30",
        [("عدد من", 3, "vague", "المدنيين", False), ("1,250", 1250, "digits", "اخرون", False)],
    ),
    (
        "لقي ما لا يقل عن ثلاثة عشر عنصراً مصرعهم و5 قتلى من المدنيين",
        [("ما لا يقل عن ثلاثه عشر", 13, "words", "عنصرا", True), ("5", 5, "digits", "قتلي", False)],
    ),
    (
        "أصيب مئتا شخص في اليوم الحادي عشر من الحصار",
        [("مئتا", 200, "words", "شخص", False), ("الحادي عشر", 11, "ordinal", None, False)],
    ),
    ("نزح مئات العائلات من الحي", [("مئات", 100, "vague", "العائلات", False)]),
    ("ارتفعت نسبة الدمار إلى 40% أي مئة في المئة تقريباً", []),
    ("شهد الأسبوع ارتفاعاً في عدد قتلى التنظيم", []),  # "the number of dead": a toll, not a report of deaths
    ("في الساعات الأولى من فجر الجمعة", []),  # "the first hours": not a date
    ("قتل 32 شخصاً و100جريح", [("32", 32, "digits", "شخصا", False), ("100", 100, "digits", "جريح", False)]),
    ("ونقلت الجثتين إلى المستشفى", [("الجثتين", 2, "dual", "جثه", False)]),
    # units with the article after the noun they count, and the first part of a teen
    ("وسقط ما يزيد على الثمانية قتلى", [("ما يزيد علي الثمانيه", 8, "words", "قتلي", True)]),
    ("أفرج عن الجنود الأربعة عشر المخطوفين", [("الاربعه عشر", 14, "words", "المخطوفين", False)]),
    # … but not a word that is another one too: Monday, the lady
    ("قتل يوم الاثنين جندي وأصيبت الست", []),
    # a range is one count, the lower figure
    ("قتل ما بين 12 و18 مدنياً في القصف", [("12 و18", 12, "digits", "مدنيا", True)]),
    ("سقط بين عشرة وخمسة عشر قتيلاً", [("عشره وخمسه عشر", 10, "words", "قتيلا", True)]),
    ("لقي ستة أو سبعة جنود حتفهم", [("سته او سبعه", 6, "words", "جنود", True)]),
    ("قالت المصادر إن 35 إلى 40 شخصا لقوا حتفهم", [("35 الي 40", 35, "digits", "شخصا", True)]),
    # … not a toll that rose, nor two counts side by side
    (
        "ارتفع عدد القتلى من 14 إلى 16 قتيلاً",
        [("14", 14, "digits", None, False), ("16", 16, "digits", "قتيلا", False)],
    ),
    ("سقط 6 قتلى و30 جريحاً", [("6", 6, "digits", "قتلي", False), ("30", 30, "digits", "جريحا", False)]),
]


@pytest.mark.parametrize(("raw", "expected"), FIND_CASES)
def test_find_numbers(raw: str, expected: list[tuple[str, int, str, str | None, bool]]) -> None:
    text = normalize_key(raw)
    got = [(text[m.start : m.end], m.value, m.kind, m.noun, m.approximate) for m in find_numbers(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # vague parts of a number at their least: بضع three, نيف one
        ("قتل بضعة عشر ألفا من السكان", 13000),
        ("قتل بضعة عشر ألف شخص", 13000),
        ("قتل بضعة وعشرون مسلحا", 23),
        ("قتل عشرون ونيف من المدنيين", 21),
        ("قتل 30 ونيف من المدنيين", 31),
        ("قتل نيفا وعشرين مدنيا", 21),
        ("قتل بضع مئات من المسلحين", 100),
        # a range written with a hyphen (the lower figure first): its first figure, no date
        ("قتل 15-20 مدنيا", 15),
    ],
)
def test_find_numbers_vague_parts_at_their_least(raw: str, value: int) -> None:
    text = normalize_key(raw)
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize("raw", ["في 15-7-2015 قتل", "قتل 20-15 شخصا", "بين 2011-2015 قتل"])
def test_find_numbers_hyphened_dates_are_no_range(raw: str) -> None:
    assert find_numbers(normalize_key(raw)) == []


def test_find_numbers_in_a_range() -> None:
    text = normalize_key("قتل 4 مدنيين. وأصيب 7 آخرون")
    seven = text.index("7")
    assert find_numbers(text, text.index(".")) == [NumberMention(seven, seven + 1, 7, "digits", "اخرون")]
    assert [m.value for m in find_numbers(text, 0, text.index("."))] == [4]


@pytest.mark.parametrize(
    ("raw", "value"),
    [("نزح عشرات الآلاف من المدنيين", 12000), ("عاد مئات الآلاف إلى منازلهم", 100000)],
)
def test_find_numbers_tens_of_thousands_is_one_mention(raw: str, value: int) -> None:
    mentions = find_numbers(normalize_key(raw))
    assert [(m.value, m.kind) for m in mentions] == [(value, "vague")]


# The number patterns are written for speed (word tables as tries, a look at the first character before the
# atoms); they must find what the plain patterns find: the words as a list longest first, no first look.
def _plain_alternation(words: set[str] | dict[str, int] | tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(words, key=len, reverse=True))


_TABLES = (
    numbers.CARDINAL_WORDS,
    numbers.VAGUE,
    numbers.QUALIFIERS,
    numbers.KILLED_WORDS,
    numbers.WOUNDED_WORDS,
    numbers.UNNUMBERED_DEATHS,
    numbers.ORDINAL_UNITS,
)
_TABLE_WORDS = sorted({w for t in _TABLES for w in t})
_NUMBER_PIECES = st.sampled_from(
    _TABLE_WORDS
    + [w[:-1] for w in _TABLE_WORDS]
    + [" ", " ", "\n", "و", "ال", "هم", "5", "1,000", ",", ".", "ب"]
)
_NUMBER_TEXT = st.lists(_NUMBER_PIECES, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NUMBER_TEXT)
def test_word_tries_match_the_plain_lists(text: str) -> None:
    for words in _TABLES:
        for frame in ("(?:{})", numbers._L + "(?:{})" + numbers._R, r"(?:{})\s?و"):
            fast = re.compile(frame.format(numbers._alternation(words)))
            plain = re.compile(frame.format(_plain_alternation(words)))
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PLAIN_ATOM = (
    numbers._L
    + r"(?:و\s?)?(?:"
    + _plain_alternation(numbers.CARDINAL_WORDS)
    + ")"
    + numbers._R
    + r"|(?<![0-9.,])(?:و\s?)?(?:"
    + numbers._DIGITS
    + ")"
)
_L, _R = numbers._L, numbers._R
_PLAIN_PATTERNS = {
    "_CARDINAL_RUN": f"(?:{_PLAIN_ATOM})(?: (?:{_PLAIN_ATOM}))*",
    "_VAGUE_HEAD": _L + "(?:" + _plain_alternation(numbers._VAGUE_KEY) + ")" + _R,
    "_DEATHS": _L + "(?:" + _plain_alternation(numbers.UNNUMBERED_DEATHS) + ")" + _R,
    "_DUAL_CANDIDATE": _L + r"[^\W\d_]{3,}(?:ان|ين)" + _R,
    "_ORDINAL": _L
    + "ال(?:"
    + _plain_alternation(numbers.ORDINAL_UNITS)
    + r")(?:\s(?:ال)?عشره?|\sو(?:ال)?(?:عشرين|ثلاثين))?"
    + _R
    + "|"
    + _L
    + "ال(?:عشرين|ثلاثين)"
    + _R,
}


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(_NUMBER_PIECES, st.sampled_from(["طفلين", "غارتان", "مدنيين", "ين", "العشرين"])),
        max_size=12,
    ).map("".join),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_number_patterns_match_the_plain_patterns(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    for name, plain in _PLAIN_PATTERNS.items():
        fast = getattr(numbers, name)
        assert [m.span() for m in fast.finditer(text, start, end)] == [
            m.span() for m in re.compile(plain).finditer(text, start, end)
        ], name


@pytest.mark.parametrize("word", [*_TABLE_WORDS, "طفلين", "غارتان", "العشرين", "الحادي عشر"])
def test_number_patterns_find_each_table_word_as_the_plain_patterns_do(word: str) -> None:
    for text in (word, "و" + word, f"قتل {word} هم", f"{word}ات"):
        for name, plain in _PLAIN_PATTERNS.items():
            assert [m.span() for m in getattr(numbers, name).finditer(text)] == [
                m.span() for m in re.finditer(plain, text)
            ], (name, text)
