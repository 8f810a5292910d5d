"""Fast paths of the speed pass of the text layer give what the plain code they stand in for gives."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from rasad.model import Span, _UnguardedSpan, new_span
from rasad.text import numbers
from rasad.text.normalize import _TRAILING, NormText, last_words, normalize, words_of
from rasad.text.numbers import find_numbers
from rasad.text.scan import Literals, span_within
from rasad.time import finder, lexicon

_WORDS = [
    "قتل",
    "خمسه",
    "عشر",
    "عشرات",
    "قتلي",
    "الاف",
    "السادس",
    "من",
    "ايار",
    "5",
    "20",
    "و",
    "طفلان",
    "في",
]
_SEPARATORS = [" ", "", ", ", "\n", "، ", "a"]

_LITERALS = Literals(("قتل", "قتلي", "تل", "خمس", "من", "ايار", "في ال"))


@st.composite
def _text(draw: st.DrawFn) -> str:
    """Words a count or a literal is made of, glued or spaced, normalized."""
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=12))
    return normalize("".join(w + sep for w, sep in parts)).text


def _plain_within(text: str, start: int, stop: int) -> list[int]:
    firsts, ends = _LITERALS.spans(text)
    return [a for a, b in zip(firsts, ends, strict=True) if start <= a and b <= stop]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_text(), st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=6))
def test_literals_within_read_the_kept_occurrences(cases: list[tuple[str, int, int]]) -> None:
    """within and any_within read the last text's occurrences themselves: the same as through spans, with
    texts asked of in turn (each new one scanned, the last one kept)."""
    for text, a, b in cases:
        start, stop = min(a, len(text)), min(max(a, b), len(text))
        within = _LITERALS.within(text, start, stop)
        assert within == _plain_within(text, start, stop)
        assert _LITERALS.any_within(text, start, stop) is bool(within)
        assert _LITERALS.any_within(text, start, stop) is span_within(*_LITERALS.spans(text), start, stop)


def test_last_words_only_of_the_text_split_last() -> None:
    norm = normalize("قتل خمسه مدنيين")
    words = words_of(norm)
    assert last_words(norm.text) is words
    equal = "".join(list(norm.text))  # an equal string, another object: not known to be that text
    assert equal == norm.text and equal is not norm.text and last_words(equal) is None
    words_of(normalize("نص اخر"))
    assert last_words(norm.text) is None


@settings(max_examples=400, deadline=None)
@given(_text(), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), min_size=1, max_size=8))
def test_numbers_of_several_stretches_of_one_split(text: str, ranges: list[tuple[int, int]]) -> None:
    """find_numbers over stretches of one article in turn, its marked words picked once: what the engine finds
    scanning each stretch itself."""
    norm = normalize(text)
    assert norm.text == text
    stretches = [(min(a, len(text)), min(max(a, b), len(text))) for a, b in ranges]
    plain = []
    words_of(normalize("نص اخر"))
    for start, end in stretches:
        assert numbers._match_starts(norm.text, start, end) is None
        plain.append(find_numbers(norm.text, start, end))
    words_of(norm)
    fast = [find_numbers(norm.text, start, end) for start, end in stretches]
    assert fast == plain


_TIME_PIECES = [
    "امس",
    "اليوم",
    "غد",
    "بغداد",
    "1/2/2015",
    "3-4",
    "5",
    "/",
    "تحليل",
    "ليل",
    "الخميس",
    " ",
    "، ",
    "ق",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_TIME_PIECES), max_size=10).map("".join), st.integers(0, 40), st.integers(0, 40)
)
def test_may_hold_is_a_numeric_hint_or_an_anchor(text: str, a: int, b: int) -> None:
    start, stop = min(a, len(text)), min(max(a, b), len(text))
    _, firsts, ends = finder._hints(text)
    expected = finder._numeric_hint_in(text, start, stop) or span_within(firsts, ends, start, stop)
    assert finder._may_hold(text, start, stop) is expected


def _plain_raw_span(norm: NormText, start: int, end: int) -> Span:
    """NormText.raw_span as new_span makes it, with its check."""
    starts = norm.starts
    if end <= start:
        return new_span(starts[start], starts[start])
    raw_end = starts[end - 1] + 1
    while raw_end < len(norm.raw) and norm.raw[raw_end] in _TRAILING:
        raw_end += 1
    return new_span(starts[start], raw_end)


def _outcome(make: Callable[[], Span]) -> Span | type[Exception]:
    try:
        return make()
    except (IndexError, ValueError) as e:
        return type(e)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="قتل 5\u064e\u0651\u200f\u0640\n", max_size=12),
    st.integers(-14, 14),
    st.integers(-14, 14),
)
def test_raw_span_is_the_span_new_span_makes(raw: str, start: int, end: int) -> None:
    """Also for offsets counted from the end and out of range: the same span or the same error."""
    norm = normalize(raw)
    got = _outcome(lambda: norm.raw_span(start, end))
    assert got == _outcome(lambda: _plain_raw_span(norm, start, end))
    assert type(got) is not _UnguardedSpan


# words of the rules that a window tries only where their words are (nights, relative days, "ago", hours,
# months, periods), words like them, and what stands between them
_RULE_WORDS = sorted(
    {
        *finder._RELATIVE_DAYS,
        *finder._NIGHTS,
        *lexicon.MONTHS,
        *lexicon.PARTS_OF_DAY,
        *lexicon.UNITS,
        *lexicon.COUNTS,
        *lexicon.DIRECTIONS,
        *lexicon.PHASES,
        *(w[2:] for w in lexicon.WEEKDAYS),
        *lexicon.WEEKDAYS,
        "ليل",
        "ليلي",
        "منتصف",
        "بعد",
        "قبل",
        "منذ",
        "ساعات",
        "ساعه",
        "الماضيه",
        "الاسبوع",
        "الشهر",
        "شهر",
        "هذا",
        "ما",
        "من",
        "عام",
        "2016",
        "48",
        "ال",
        "ال48",
    }
)


@st.composite
def _rule_text(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["", "", "و", "ب", "لل", "ال"]),
                st.sampled_from(_RULE_WORDS),
                st.sampled_from([" ", " ", "  ", "\n", "، ", "", "-", "a"]),
            ),
            min_size=1,
            max_size=10,
        )
    )
    return normalize("".join(p + w + sep for p, w, sep in parts)).text


def _all_rules(text: str, a: int, b: int, mask: int) -> int:
    return mask


@settings(max_examples=1500, deadline=None)
@given(_rule_text(), st.data())
def test_rules_tried_only_where_their_words_are(text: str, data: st.DataObject) -> None:
    """A window skips the rules whose words it lacks: what every rule of its anchors finds there."""
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    fast = finder._find_uncached(text, start, stop)
    with MonkeyPatch.context() as patch:
        patch.setattr(finder, "_rules_that_may_match", _all_rules)
        assert fast == finder._find_uncached(text, start, stop)


def test_every_rule_word_as_written_in_its_matches() -> None:
    """The words a rule's matches hold: each of its phrases holds one as written."""
    for phrase in (*finder._RELATIVE_DAYS, *finder._NIGHTS):
        assert any(c in phrase for c in (*finder._RELATIVE_CUES, *finder._NIGHT_CUES)), phrase
    texts = ["منذ ثلاثه ايام", "قبل يومين", "خلال الساعات ال48 الماضيه", "في كانون الثاني الماضي", "مطلع الشهر الجاري",
             "الاسبوع قبل الماضي", "ليل الاحد الاثنين", "الليله الماضيه", "صباح امس", "بعد غد", "هذا الصباح"]  # fmt: skip
    for raw in texts:
        text = normalize(raw).text
        fast = finder._find_uncached(text, 0, len(text))
        assert fast, raw
        with MonkeyPatch.context() as patch:
            patch.setattr(finder, "_rules_that_may_match", _all_rules)
            assert fast == finder._find_uncached(text, 0, len(text)), raw
