"""Progress made on a front ("أحرز المقاتلون تقدما في المعارك الدائرة في منطقة X") and, in the same sentence, the
ground the same side took ("أسفر عن سيطرتهم على قرية Y") are one change of hands, at the ground taken; an advance
told as the act itself, or progress by the other side, stays an event of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    (
        "وأحرز مقاتلو المعارضة تقدما في المعارك الدائرة في منطقة سهل الغاب أمس، أسفر عن سيطرتهم على قرية المنصورة.",
        [("المنصورة", "SYRREB")],
    ),
    (
        "وحققت قوات المقاومة الشعبية أمس تقدما في المواجهات التي جرت في مديرية صرواح، وسيطرت على منطقة الجفينة.",
        [("الجفينة", "YEMUAF")],
    ),
    (
        "تقدمت قوات المعارضة أمس في منطقة سهل الغاب وسيطرت على قرية المنصورة.",
        [("سهل الغاب", "SYRREB"), ("المنصورة", "SYRREB")],
    ),
    (
        "وحققت القوات الحكومية تقدما في ريف حماة أمس، بينما سيطر مقاتلو المعارضة على قرية المنصورة.",
        [("حماة", "SYRMIL"), ("المنصورة", "SYRREB")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_progress_told_by_its_ground(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text, published=dt.date(2015, 7, 25))
    assert [(e.place and e.place.name_ar, e.actor1 and e.actor1.code) for e in events] == expected
