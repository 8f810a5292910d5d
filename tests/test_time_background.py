"""A strike dated by a part of a past year is background, not news of the day it was published."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("شنت طائرات التحالف مطلع العام الجاري غارة جوية على مدينة الرقة.", []),
        ("شنت طائرات التحالف في أواخر السنة الماضية غارة جوية على مدينة الرقة.", []),
        # … a day of this month is news, dated to that day
        ("شنت طائرات التحالف في العاشر من الشهر الجاري غارة جوية على مدينة الرقة.", ["2015-10-10"]),
    ],
)
def test_dated_by_a_part_of_a_year(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [e.event_date for e in events if e.category == "conflict"] == dates
