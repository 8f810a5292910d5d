"""A lead telling the toll of an act at a city ("بارتفاع حصيلة القتلى جراء قصف … شمال مدينة X") and the act named
again in the next sentence at a quarter of that city, with its number, are one act: the detail's place, its
number."""

from __future__ import annotations

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_toll_lead_and_its_detail_are_one_act(pipeline: Pipeline) -> None:
    text = (
        "أفادت مصادر طبية أمس بارتفاع حصيلة القتلى جراء قصف الحوثيين لأحياء سكنية شمال مدينة عدن. "
        "وقالت المصادر إن عدد القتلى ارتفع إلى 40 شخصا جراء القصف الذي استهدف منطقة دار سعد شمال مدينة عدن."
    )
    events = _conflict(pipeline, text)
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == [("دار سعد", 40)]
