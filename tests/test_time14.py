"""Rows for event dates against the publication date: a past verb governs its own weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)  # Wednesday


def _dates(pipeline: Pipeline, text: str, published: dt.date = WED) -> list[str]:
    events = pipeline(Article(id="t", text=text, published=published))
    return sorted(str(e.to_dict()["event_date"]) for e in events)


# a past verb before the weekday, a future verb after it: the weekday is the last one
PAST_THEN_FUTURE = [
    (
        "وقصفت الطائرات الحربية يوم الاثنين مواقع المسلحين في مدينة تدمر وستواصل الغارات حتى طردهم منها",
        ["2015-10-12"],
    ),
    (
        "وهاجم المسلحون يوم الأحد حاجزا للجيش في مدينة درعا وسيواصلون هجماتهم على الحواجز",
        ["2015-10-11"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_THEN_FUTURE)
def test_past_verb_governs_its_weekday(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert _dates(pipeline, text) == expected


# the future cue before the weekday, or a verb in the imperfect: the weekday stays a coming one (no event)
FUTURE_DAYS = [
    "وستقصف الطائرات الحربية يوم الاثنين مواقع المسلحين في مدينة تدمر",
    "وتقصف الطائرات الحربية يوم الاثنين مواقع المسلحين في مدينة تدمر وستواصل الغارات حتى طردهم منها",
]


@pytest.mark.parametrize("text", FUTURE_DAYS)
def test_future_weekday_stays(pipeline: Pipeline, text: str) -> None:
    assert _dates(pipeline, text) == []


# an undated lead, then one side item with a day of its own: the lead's acts keep the publication day
LEAD = "قتل خمسة مدنيين في غارات جوية شنتها طائرات النظام على مدينة دوما في ريف دمشق.\n"
SIDE_ITEM = "وفي درعا، قتل مقاتلان من المعارضة يوم الأحد في اشتباكات مع قوات النظام في بلدة الشيخ مسكين."


def test_side_item_date_leaves_the_lead(pipeline: Pipeline) -> None:
    text = LEAD + "وقال ناشطون إن القصف استهدف سوقا شعبيا وسط المدينة.\n" + SIDE_ITEM
    assert _dates(pipeline, text) == ["2015-10-11", "2015-10-14"]


# who told the lead's news, with the day, still dates it; and so does a side item «في السياق» (more of it)
@pytest.mark.parametrize(
    "after",
    [
        "وقال المرصد السوري لحقوق الإنسان يوم الأحد إن الحصيلة مرشحة للارتفاع.",
        "في السياق، قتل مقاتلان من المعارضة يوم الأحد في اشتباكات مع قوات النظام في بلدة الشيخ مسكين.",
    ],
)
def test_telling_or_same_context_dates_the_lead(pipeline: Pipeline, after: str) -> None:
    assert set(_dates(pipeline, LEAD + after)) == {"2015-10-11"}


# what a protest protests, with its day: not the protest's day
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ونفذ أكثر من ألف شخص اعتصاما في مدينة اللاذقية احتجاجا على قتل ضابط في الجيش ليل السادس من أكتوبر",
            ["2015-10-14"],
        ),
        ("وتظاهر المئات في مدينة حلب تنديدا بمقتل ناشط يوم الاثنين", ["2015-10-14"]),
        # the protest's own day before the cue still dates it
        ("وتظاهر المئات يوم الثلاثاء في مدينة حلب تنديدا بمقتل ناشط يوم الاثنين", ["2015-10-13"]),
    ],
)
def test_the_cause_of_a_protest_does_not_date_it(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert _dates(pipeline, text) == expected
