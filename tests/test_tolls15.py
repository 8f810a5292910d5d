"""Tolls: a killing told with an object pronoun (وقتلوه، واعدموهم) counts the dead the pronoun is (tolls15)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

FRI = dt.date(2015, 8, 7)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, FRI)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("اقتحم مسلحون منزل الصحفي في مدينة تعز أمس وقتلوه أمام أطفاله.", 1),
        ("اعترض مسلحون سيارة الشيخ علي في مدينة عدن أمس واغتالوه.", 1),
        ("اختطف عناصر التنظيم امرأة في قرية قرب الرقة أمس وأعدموها.", 1),
        ("خطف مسلحون شابين في مدينة سرت أمس وأعدموهما.", 2),
        # هم: the people counted just before it, not the doers
        ("وخطف مسلحون مجهولون ثلاثة شبان في مدينة درنة أمس وأعدموهم رميا بالرصاص.", 3),
        ("خطف مسلحون خمسة من رعاة الأغنام قرب مدينة سرت أمس وذبحوهم.", 5),
    ],
)
def test_the_object_pronoun_is_the_dead(pipeline: Pipeline, text: str, toll: int) -> None:
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == toll


@pytest.mark.parametrize(
    ("text", "toll", "children"),
    [
        ("وقالت مصادر طبية إن ستة مدنيين بينهم طفلان قتلوا في قصف على مدينة دوما أمس.", 6, 2),
        (
            "وذكر ناشطون أن سبعة عناصر من التنظيم بينهم قياديون من مدينة الموصل قتلوا في المعارك قرب بيجي أمس.",
            7,
            0,
        ),
    ],
)
def test_the_count_before_among_them_is_the_toll(
    pipeline: Pipeline, text: str, toll: int, children: int
) -> None:
    events = _conflict(pipeline, text)
    assert sum(e.fatalities for e in events) == toll
    assert sum(e.fatalities_detail.get("children", 0) for e in events) == children


def test_a_rising_toll_without_its_number_is_the_toll_told_after(pipeline: Pipeline) -> None:
    # "ارتفاع حصيلة القتلى" with no number of its own: the number is told elsewhere, no unnumbered dead of its own
    text = (
        "أفادت مصادر طبية في مدينة عدن أمس بارتفاع حصيلة القتلى جراء قصف الحوثيين لأحياء سكنية شمال المدينة. "
        "وقالت المصادر إن عدد القتلى ارتفع إلى نحو 60 شخصا جراء القصف الذي استهدف منطقة دار سعد."
    )
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == 60
