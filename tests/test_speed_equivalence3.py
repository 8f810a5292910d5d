"""Fast paths of the fifth speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble import fatalities
from rasad.text import numbers
from rasad.text.normalize import normalize, words_of
from rasad.text.numbers import find_numbers
from rasad.time import finder, lexicon


def _plain_numbers(text: str, start: int, end: int | None) -> list[numbers.NumberMention]:
    """find_numbers as the engine scans the stretch itself: another text's words split last, none of the split
    is read."""
    words_of(normalize("نص اخر"))
    assert numbers._match_starts(text, start, len(text) if end is None else end) is None
    return find_numbers(text, start, end)


def _fast_numbers(text: str, start: int, end: int | None) -> list[numbers.NumberMention]:
    norm = normalize(text)
    assert norm.text == text  # (the texts are normalized already)
    words_of(norm)
    text = norm.text
    if 0 <= start < (len(text) if end is None else end) <= len(text):
        assert numbers._match_starts(norm.text, start, len(text) if end is None else end) is not None
    return find_numbers(norm.text, start, end)


# words a count may open with or be made of, and words like them (one letter more or less, or a clitic on)
_NUMBER_WORDS = sorted(
    {
        *numbers.CARDINAL_WORDS,
        *numbers.VAGUE,
        *numbers.UNNUMBERED_DEATHS,
        *numbers.KILLED_WORDS,
        *numbers.WOUNDED_WORDS,
        *numbers.QUALIFIERS,
        *("ال" + w for w in numbers.ORDINAL_UNITS),
        *numbers.ORDINAL_TENS,
        "عشر",
        "عشره",
        "طفلان",
        "طفلين",
        "غارتين",
        "مدنيان",
        "عنصرين",
        "يوم",
        "اليوم",
        "في",
        "من",
        "منذ",
        "عام",
        "عدد",
        "حصيله",
        "ايار",
        "العمر",
        "مئه",
        "المئه",
        "بالمائه",
    }
)
_GLUE = ["", "", "", "و", "ال", "ب", "ه", "ا", "هم", "ين", "ت"]
_SEPARATORS = [
    " ",
    " ",
    " ",
    " ",
    "",
    "\n",
    "  ",
    ", ",
    ". ",
    "،",
    "-",
    "/",
    ":",
    "%",
    " % ",
    ".",
    ",",
    "ی",
    "a",
]
_DIGITS = ["5", "13", "2024", "1,250", "2.5", "100", "3", "15/3/2024", "10:30", "٣"]


def _glued(draw: st.DrawFn, glue: list[str], words: object) -> str:
    """A word of ``words`` with clitics or endings of ``glue`` (or none) on either side."""
    return draw(st.sampled_from(glue)) + draw(st.sampled_from(words)) + draw(st.sampled_from(glue))


@st.composite
def _number_text(draw: st.DrawFn) -> str:
    """Number words, vague quantities, death words, ordinals, duals and digits, with clitics glued on, joined by
    spaces, punctuation, Latin and extended Arabic letters, or nothing (one word running into the next)."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            word = draw(st.sampled_from(_DIGITS))
        else:
            word = _glued(draw, _GLUE, _NUMBER_WORDS)
        parts.append(word)
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


@settings(max_examples=1500, deadline=None)
@given(_number_text(), st.data())
def test_numbers_of_a_stretch_read_off_the_words(raw: str, data: st.DataObject) -> None:
    text = normalize(raw).text
    n = len(text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.one_of(st.none(), st.integers(start, n)))
    assert _fast_numbers(text, start, end) == _plain_numbers(text, start, end)


def test_numbers_of_the_stretches_of_the_corpus() -> None:
    """Every stretch between two word boundaries or inside words, of corpus-like sentences."""
    texts = [
        "قتل خمسه وعشرون مدنيا و 3 اطفال واصيب اكثر من 20 اخرين في الحادي عشر من ايار",
        "سقط عشرات القتلي والجرحي وعدد من القتلي في 15/3/2024 الساعه 10:30 وقتل طفلان",
        "ابو5 وو100 و 100 ثلاثمئه الفا الثلاثه عشر الاربعه عشر في المئه 40% منذ عام 2024",
        "اليوم السادس من الشهر قتلي شهداء حصيله قتلي التنظيم 1,250 و2.5 مليون بضعه الاف",
    ]
    for raw in texts:
        text = normalize(raw).text
        cuts = sorted({0, len(text), *range(0, len(text), 3), *(i for i, c in enumerate(text) if c == " ")})
        for a in cuts:
            for b in cuts:
                if a <= b:
                    assert _fast_numbers(text, a, b) == _plain_numbers(text, a, b), (a, b)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("قتل ثلاثه عشر شخصا", 4, 9),  # a teen cut in half
        ("قتل ثلاثه عشر شخصا", 10, 18),  # a word at the very start of the stretch
        ("قتل ثلاثه عشر شخصا", 5, 18),  # the stretch opens inside a word
        ("قتل خمسهم", 0, 8),  # a word cut at the end: خمسه for the patterns
        ("عشرات الافراد", 0, 10),  # الاف cut out of الافراد
        ("ابو5 قتلي", 0, 9),
        ("ابو 5 قتلي", 3, 10),
        ("ابو 5 قتلي", 0, 10),
        ("و 100 قتيل", 0, 10),
        ("في السادس من ايار", 3, 17),  # an ordinal at the start of the stretch
        ("قتل 5", 4, 5),
        ("", 0, 0),
        ("قتل 5", 3, 2),
    ],
)
def test_numbers_at_the_edges_of_a_stretch(text: str, start: int, end: int) -> None:
    assert normalize(text).text == text
    assert _fast_numbers(text, start, end) == _plain_numbers(text, start, end)


def _plain_subsets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The subset words (بينهم، منهم …) of a stretch as fatalities._tokens looked for them: a search per word."""
    found = []
    for w in fatalities._SUBSET_WORDS:
        i = text.find(w, start, end)
        while i != -1:
            if (i == 0 or text[i - 1] in ' ,("و') and (
                i + len(w) >= len(text) or not text[i + len(w)].isalpha()
            ):
                found.append((i, i + len(w)))
            i = text.find(w, i + 1, end)
    kept: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda t: (t[0], -(t[1] - t[0]))):
        if not kept or a >= kept[-1][1]:  # (one inside an earlier one is dropped: من بينهم holds بينهم)
            kept.append((a, b))
    return kept


_SUBSET_PARTS = [*fatalities._SUBSET_WORDS, "من", "بين", "هم", "و", "ف", "قتل", "5", "قتلي"]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_SUBSET_PARTS), st.sampled_from([" ", "", ",", "(", "،", "a", "\n"])),
        max_size=10,
    ),
    st.data(),
)
def test_subset_words_of_a_stretch_from_the_shared_pass(
    parts: list[tuple[str, str]], data: st.DataObject
) -> None:
    text = "".join(w + sep for w, sep in parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    subsets = [(t.start, t.end) for t in fatalities._tokens(text, start, end, []) if t.kind == "subset"]
    assert subsets == _plain_subsets(text, start, end)


# words of time expressions, and words like them (a letter more or less, a clitic on)
_TIME_WORDS = sorted(
    {
        *lexicon.MONTHS,
        *lexicon.WEEKDAYS,
        *(w[2:] for w in lexicon.WEEKDAYS),
        *lexicon.ORDINAL_DAYS,
        *lexicon.PARTS_OF_DAY,
        *lexicon.DIRECTIONS,
        "امس",
        "اليوم",
        "يوم",
        "غدا",
        "ليله",
        "ليل",
        "منتصف",
        "بعد",
        "قبل",
        "منذ",
        "من",
        "شهر",
        "الموافق",
        "عام",
        "واحد",
        "الاحد",
        "اكتسبت",
        "ال",
        "لل",
    }
)
_TIME_GLUE = ["", "", "", "و", "ب", "ل", "ال", "ه", "ا"]
_TIME_SEPARATORS = [" ", " ", " ", "", "  ", "\n", "، ", "/", "-", "(", ") ", "a"]
_TIME_DIGITS = ["6", "15", "2016", "1437", "٣", "15/3/2024", "10:30", "31"]


@st.composite
def _time_text(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            word = draw(st.sampled_from(_TIME_DIGITS))
        elif kind == 1:  # a date as the rules read it, some parts left out
            pieces = [
                draw(st.sampled_from(["", "", *lexicon.PARTS_OF_DAY][:8])),
                draw(st.sampled_from(["", "يوم", "امس", "اليوم", "يوم امس"])),
                draw(st.sampled_from(["", "ال", "لل"]))
                + draw(st.sampled_from(["", *(w[2:] for w in lexicon.WEEKDAYS)])),
                draw(st.sampled_from(["", "ال"])) + draw(st.sampled_from(["6", "15", *lexicon.ORDINAL_DAYS])),
                draw(st.sampled_from(["", "من", "من شهر"])),
                draw(st.sampled_from(sorted(lexicon.MONTHS))),
                draw(st.sampled_from(["", "2016", "من العام 2016", "الماضي"])),
            ]
            word = " ".join(p for p in pieces if p)
        else:
            word = _glued(draw, _TIME_GLUE, _TIME_WORDS)
        parts.append(word)
        parts.append(draw(st.sampled_from(_TIME_SEPARATORS)))
    return "".join(parts)


def _all_rules(text: str, a: int, b: int, mask: int) -> int:
    return mask


@settings(max_examples=1500, deadline=None)
@given(_time_text(), st.data())
def test_time_rules_skipped_where_they_cannot_match(raw: str, data: st.DataObject) -> None:
    text = normalize(raw).text
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    fast = finder._find_uncached(text, start, stop)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(finder, "_rules_that_may_match", _all_rules)
        assert fast == finder._find_uncached(text, start, stop)


@pytest.mark.parametrize(
    "text",
    [
        "قتل يوم امس السادس من ايار 2016 في حلب",
        "وقع يوم الخميس 6 تشرين الاول 2016",
        "في الحادي والعشرين من كانون الثاني (يناير) من العام 2016 ميلادي",
        "ليل الاحد الاثنين وصباح الخميس الماضي",
        "اليوم الخميس ٣ ايار",
        "امس واحد من الاحد",
        "في السادس من ايار",
        "صباح امس الخميس الحادي والعشرين من شهر كانون الثاني",
        "الخميس الماضي",
        "ليله الاحد - الاثنين",
    ],
)
def test_time_rules_skipped_on_dates(text: str) -> None:
    fast = finder._find_uncached(text, 0, len(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(finder, "_rules_that_may_match", _all_rules)
        assert fast == finder._find_uncached(text, 0, len(text))
    assert fast
