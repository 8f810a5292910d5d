"""Fast paths of the eighth speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble import conflict
from rasad.text.scan import Literals

# the quick looks made with conflict._any_of (the shared pass of rasad.text.scan since this pass)
_HINTS = sorted(
    name
    for name, v in vars(conflict).items()
    # (_COUNTRY_WIDE_HINT looks for phrases: see the tests of it below)
    if name.endswith("_HINT") and isinstance(v, Literals) and not any(" " in w for w in v.words)
)
_WORDS = sorted({w for name in _HINTS for w in getattr(conflict, name).words})


def test_the_hints_are_looked_up_in_the_shared_pass() -> None:
    # (the hints _in_reach, _statistic, _enumerated … ask; the list names those there were when they moved)
    for name in ("_SUSPENDING_HINT", "_PRACTICE_HINT", "_RELATIVE_HINT", "_ITEM_HINT", "_MISHAP_HINT"):
        assert name in _HINTS, name


_piece = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(lambda w: w[1:]),  # a word cut at its start
    st.sampled_from(_WORDS).map(lambda w: w[:-1]),  # or at its end
    st.sampled_from(["و", "ال", " ", " ", "، ", "قتل", "في", "الجيش", "5", "."]),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_piece, min_size=0, max_size=14).map("".join),
    st.sampled_from(_HINTS),
    st.integers(-5, 80),
    st.integers(0, 90),
)
def test_hints_agree_with_substring_tests(text: str, name: str, start: int, stop: int) -> None:
    """A hint finds a word in a stretch exactly when one of its words is a substring of the stretch (what the
    substring tests they stand in for said): also for stretches cut in a word and past the text's end."""
    hint = getattr(conflict, name)
    start = max(0, start)  # (the callers never ask from before the text, nor to an end counted from its end)
    assert hint.any_within(text, start, stop) == any(w in text[start:stop] for w in hint.words)


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, min_size=0, max_size=30).map("".join), st.integers(0, 60))
def test_items_hint_reads_the_stretch_after_the_act_in_the_text(text: str, end: int) -> None:
    # _enumerated asks of the 60 characters after the act in the article's text, not of their copy
    hint = conflict._ITEM_HINT
    assert hint.any_within(text, end, end + 60) == any(w in text[end : end + 60] for w in hint.words)


_FIRSTS = ("العديد", "عدد", "عددا", "كثير", "الكثير", "مختلف")
_PLACES = ("المدن", "البلدات", "القري", "المناطق", "الاحياء", "المحافظات")
_COUNTRIES = ("السوريه", "اليمنيه", "العراقيه", "الليبيه", "التركيه", "اللبنانيه")


def test_every_country_wide_phrase_holds_its_hint() -> None:
    # _statistic looks for _COUNTRY_WIDE_HINT in a clause before the pattern
    for a in _FIRSTS:
        for p in _PLACES:
            for c in _COUNTRIES:
                for more in ("", " والقري", " والقري والمدن"):
                    phrase = f"{a} من {p}{more} {c}"
                    text = f"قصفت الطائرات {phrase} امس"
                    m = conflict._COUNTRY_WIDE.search(text)
                    assert m is not None, phrase
                    assert conflict._COUNTRY_WIDE_HINT.any_within(text, m.start(), m.end()), phrase


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_FIRSTS, *_PLACES, *_COUNTRIES, "من", " ", " ", "و", "والقري", "قتل", "ن"]),
        max_size=16,
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 120),
)
def test_country_wide_pattern_is_found_only_with_its_hint(text: str, start: int, end: int) -> None:
    if conflict._COUNTRY_WIDE.search(text, start, end) is not None:
        assert conflict._COUNTRY_WIDE_HINT.any_within(text, start, end)


_COULD_NOT_PIECES = [
    *("لم ", "ولم ", "فلم ", "م ", "ل", " ", " "),
    *("تستطع", "يستطع", "تتمكن", "يتمكن", "تستطيعوا", "يستطيعوا", "تتمكنوا", "يتمكنوا"),
    *("اخفق", "اخفقت", "اخفقوا", "فشل", "فشلت", "فشلوا", "و", "ف", "القوات", "من", "اقتحام"),
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_COULD_NOT_PIECES), max_size=12).map("".join),
    st.integers(0, 30),
    st.integers(0, 120),
)
def test_could_not_pattern_is_found_only_with_its_hint(text: str, start: int, end: int) -> None:
    # _could_not looks for _COULD_NOT_HINT before the pattern
    if conflict._COULD_NOT.search(text, start, end) is not None:
        assert conflict._COULD_NOT_HINT.any_within(text, start, end)


def _plain_upcoming(text: str, end: int) -> bool:
    return not conflict._UPCOMING.isdisjoint(w.rstrip(".,،؛") for w in text[end : end + 30].split()[:2])


def _plain_scheduled(text: str, clause_end: int, end: int) -> bool:
    after = text[end : min(clause_end, end + 50)].split()[:6]
    return any(w.rstrip('.,،»"') in conflict._SCHEDULED for w in after)


_AFTER_PIECES = [
    *conflict._UPCOMING,
    *conflict._SCHEDULED,
    *(" ", " ", "، ", ".", "»", '"', "و", "ال", "الهجوم", "في", "المعارك", "كان", "مقر", "القاد"),
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_AFTER_PIECES), max_size=14).map("".join),
    st.integers(0, 40),
    st.integers(0, 140),
)
def test_upcoming_and_scheduled_agree_with_their_plain_forms(text: str, end: int, clause_end: int) -> None:
    entry = SimpleNamespace(data={"pos": "noun"})
    m = SimpleNamespace(nspan=SimpleNamespace(end=end), data={"entry": entry})
    clause = SimpleNamespace(end=clause_end)
    assert conflict._upcoming(text, m) == _plain_upcoming(text, end)
    assert conflict._scheduled(text, clause, m) == _plain_scheduled(text, clause_end, end)


def _plain_habitual(text: str, m: SimpleNamespace) -> bool:
    after = text[m.nspan.end : m.nspan.end + 40].split()[:3]
    if not conflict._definite(m):
        if not (after and after[0].startswith("ال") and len(after[0]) > 3):
            return False
        after = after[1:]
    after = after[:2]
    return (
        len(after) == 2
        and after[0] in ("التي", "الذي")
        and after[1].startswith(("ت", "ي"))
        and after[1].endswith(("ها", "ه", "هم"))
        and len(after[1]) >= 5
    )


_HABIT_PIECES = [
    *("التي", "الذي", "التي ", "الذي ", " ", " ", "الت", "ذي", "ال", "المقاومه", "تنفذها", "يخوضه", "تشهدهم"),
    *("نفذ", "امس", "، ", "."),
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_HABIT_PIECES), max_size=12).map("".join),
    st.integers(0, 30),
    st.sampled_from(["الهجمات", "هجمات"]),
    st.sampled_from(["", "و", "وال", "بال"]),
)
def test_habitual_agrees_with_its_plain_form(text: str, end: int, norm: str, prefix: str) -> None:
    m = SimpleNamespace(nspan=SimpleNamespace(end=end), norm=norm, data={"prefix": prefix})
    assert conflict._habitual(text, m) == _plain_habitual(text, m)
