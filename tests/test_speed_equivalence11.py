"""Fast paths of the second speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble import conflict
from rasad.pipeline import Pipeline
from rasad.text import numbers
from rasad.text.normalize import _TRANSLATE, CHAR_MAP, Words, _translate, normalize
from rasad.text.scan import Literals
from tests.extracting import conflict_events

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


def test_the_reaches_of_the_newly_gated_filters_lie_within_the_look_around_the_act() -> None:
    # (the filters gated in _conflict_triggers by _hints_near: _hedged, _waged_as_a_role, _an_option,
    # _of_another_day, _conditional, _not_an_act_of_a_day (12 characters), _behind_the_act (24), _relative (25),
    # _feared, _some_places_undergo, _to_take_part_in, _named_act_as_cause (10), _after_the_known (12),
    # _met_with_in_the_present, _arms_seized, _deployed_arms (36), _arms_in_store (35) look for their hint no further
    # before the act than _hints_near does, nor do _foiled (60) and _next_in_the_story (14); _grounds_of_a_threat,
    # with its 200, is not gated)
    reaches = [
        conflict._HEDGE_REACH,
        conflict._ROLE_CHARS,
        conflict._OPTION_CHARS,
        conflict._REMEMBERED_CHARS,
        conflict._IF_REACH,
        conflict._FEAR_CHARS,
        conflict._UNDERGOES_CHARS,
        conflict._TAKE_PART_CHARS,
        conflict._MEETS_WITH_REACH,
        conflict._ARMS_SEIZED_REACH,
        36,
        35,
        60,
        14,
        10,
        12,
        24,
        25,
    ]
    assert max(reaches) <= conflict._NEAR_BEFORE
    assert conflict._GROUNDS_REACH > conflict._NEAR_BEFORE


# reports with the hints of those filters near their acts, and far from them (written for the test)
_REPORTS = [
    "لا يمكن القول ان الاشتباكات في المدينة انتهت، وقتل جنديان امس في قصف على البلدة.",
    "وتخوض المعارك الى جانب الجيش في المحافظة، وقصفت الطائرات مواقع المسلحين امس.",
    "احد الخيارات المطروحة يتمثل في فتح معركة في الريف الجنوبي، فيما قتل ثلاثة مدنيين امس في غارة.",
    "وفي ذكرى مقتل القائد في غارة جوية، قتل خمسة جنود امس في هجوم على حاجز قرب المدينة.",
    "وقال ان في حال شن المسلحون هجوما على البلدة فان الجيش سيرد، وقد قصف الجيش امس مواقعهم.",
    "ليس هجوما عابرا بل حربا، وقصفت الطائرات امس مواقع التنظيم في الرقة.",
    "واتهمت الحكومة التنظيم بالوقوف وراء التفجير الذي وقع امس في السوق، وقتل فيه عشرة مدنيين.",
    "وقتل ثلاثة مدنيين امس في الحي الذي تعرض لغارات جوية، والسكان الذين يتعرضون لقصف يومي.",
    "ويعيش السكان وسط مخاوف من هجوم على القرية، وقتل مدنيان امس في قصف على البلدة.",
    "وصل المقاتلون تمهيدا لتشكيل كتيبتين يشاركان في تحرير البلدة، وقصفت الطائرات امس مواقع المسلحين.",
    "وقال المسؤول ان بعض الاحياء في المدينة تتعرض لقصف بالهاون، وقتل جندي امس في هجوم على حاجز.",
    "وأجبر هجوم الرمادي الحكومة على تغيير خططها، وقصفت الطائرات امس مواقع التنظيم.",
    "وبعد التفجير الانتحاري الذي وقع في البلدة الشهر الماضي، قتل خمسة جنود امس في هجوم على حاجز.",
    "ونشرت القوات منظومة صواريخ قرب الحدود، وقصفت المدفعية امس مواقع المسلحين.",
    "وتمكن المقاتلون من اغتنام منصات الصواريخ وعدد من القذائف امس بعد اشتباك مع الجيش.",
    "وقام الجيش امس بتفجير مخبأ للاسلحة والصواريخ في القرية، وقتل مسلحان في اشتباك.",
    "ويرد التنظيم على تلك المظاهرات باطلاق النار على المحتجين، وقتل ثلاثة متظاهرين امس في المدينة.",
    "واحبطت الشرطة امس تفجيرين انتحاريين قرب السوق، وقتل جندي في اشتباك مع المسلحين.",
    "ودفع الجيش المسلحين الى الفرار قبل ان يسيطر امس على البلدة بعد اشتباكات عنيفة.",
]


def _ungated_near(text: str, clause: object, m: object) -> set[int]:
    return set(range(len(Literals._sets)))  # every hint present: every filter is asked, as before the gates


@pytest.mark.parametrize("text", _REPORTS)
def test_the_new_gates_leave_the_events_as_they_were(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = [e.to_dict() for e in conflict_events(pipeline, text)]
    monkeypatch.setattr(conflict, "_hints_near", _ungated_near)
    assert [e.to_dict() for e in conflict_events(pipeline, text)] == gated
