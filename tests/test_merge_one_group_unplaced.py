"""Two reports of one act with no place, by one doer, against one group named both times (the Islamic State),
that the actor codes put in two countries (the lead told beside the state that struck, the detail in the
country the strikes hit): one act, by the report that names the country it was in."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    (
        "بدأت أنقرة أمس حملة واسعة على حدودها الجنوبية، إذ قصفت المقاتلات التركية مواقع لتنظيم داعش. "
        "وأعلن مكتب رئيس الوزراء التركي أن مقاتلات تركية استهدفت فجر أمس ثلاثة مواقع لتنظيم داعش داخل "
        "الأراضي السورية.",
        [("TURMIL", "SYRREB", "سوريا")],
    ),
    # (another group struck: two acts)
    (
        "قصفت المقاتلات التركية أمس مواقع لحزب العمال الكردستاني. وأعلن مكتب رئيس الوزراء أن مقاتلات تركية "
        "استهدفت فجر أمس ثلاثة مواقع لتنظيم داعش داخل الأراضي السورية.",
        [("TURMIL", "TURREB", None), ("TURMIL", "SYRREB", "سوريا")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_group_told_in_two_countries(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text, published=dt.date(2015, 7, 25))
    got = [
        (e.actor1 and e.actor1.code, e.actor2 and e.actor2.code, e.place and e.place.name_ar) for e in events
    ]
    assert got == expected


def test_other_strikes_told_with_no_place_are_not_the_first_told_again(pipeline: Pipeline) -> None:
    # ("غارات أخرى", no place told for either: other acts, their dead not the first strike's)
    text = (
        "نفذ الطيران الأمريكي أمس غارة جوية على مواقع لتنظيم داعش. كما شن الطيران الأمريكي أمس غارات جوية "
        "أخرى على مواقع التنظيم أسفرت عن مقتل خمسة من عناصره."
    )
    assert [e.fatalities for e in _conflict(pipeline, text)] == [0, 5]
