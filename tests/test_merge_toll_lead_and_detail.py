"""A lead telling the toll of an act at a city ("بارتفاع حصيلة القتلى جراء قصف … شمال مدينة X") and the act named
again in the next sentence at a quarter of that city, with its number, are one act: the detail's place, its
number."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "أفادت مصادر طبية أمس بارتفاع حصيلة القتلى جراء قصف الحوثيين لأحياء سكنية شمال مدينة عدن. "
            "وقالت المصادر إن عدد القتلى ارتفع إلى 40 شخصا جراء القصف الذي استهدف منطقة دار سعد شمال مدينة عدن.",
            [("دار سعد", 40)],
        ),
        # dead and wounded told together at the city ("قتل وأصيب تسعة": ACLED's estimate of 3, no count of the
        # dead), then the dead counted at its quarter: the count told stands
        (
            "قتل وأصيب تسعة مدنيين أمس في مدينة الموصل. "
            "وأفاد مصدر بأن مسلحين قتلوا مدنيين اثنين في حي الزهور بالموصل.",
            [("الزهور", 2)],
        ),
    ],
)
def test_toll_lead_and_its_detail_are_one_act(
    pipeline: Pipeline, text: str, acts: list[tuple[str, int]]
) -> None:
    events = _conflict(pipeline, text)
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == acts
