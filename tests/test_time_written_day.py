"""A report written the day before its publication date: its «أمس» and «اليوم» count from the day it names
with them («أمس الأحد» in a report published on a Tuesday), throughout the article."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article, Event
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.time import DateContext
from rasad.time.context import reference_day

TUE = dt.date(2015, 10, 13)  # a Tuesday: أمس = Monday 2015-10-12, أمس الأحد = Sunday 2015-10-11
MON = dt.date(2015, 10, 12)


def _norm(text: str) -> str:
    return normalize(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «أمس الأحد» published on a Tuesday: written on the Monday
        ("أعلن مصدر عسكري أمس الأحد أن القوات تقدمت.", MON),
        ("قال الجيش اليوم الاثنين إن طائراته قصفت مواقع.", MON),
        ("وصباح أمس الأحد قصف الطيران المدينة.", MON),
        ("واليوم الاثنين قصف الطيران المدينة.", MON),
        ("وقصف الطيران المدينة فجر أمس (الأحد).", MON),
        # a pair that agrees with the publication date: the report's own day
        ("أعلن مصدر عسكري أمس الاثنين أن القوات تقدمت.", None),
        # one pair agrees, one does not: nothing is sure
        ("أعلن مصدر أمس الاثنين أن القوات تقدمت. وقصف الطيران المدينة أمس الأحد.", None),
        # two days before publication: not the day before it
        ("أعلن مصدر عسكري أمس السبت أن القوات تقدمت.", None),
        # «أول أمس الأحد» and «أول من أمس الأحد»: two days back, as the publication date says
        ("قصف الطيران المدينة أول أمس الأحد.", None),
        ("قصف الطيران المدينة أول من أمس الأحد.", None),
        # no pair: a weekday of another week, a day word of another word («الأمس»)
        ("قصف الطيران المدينة أمس الأحد الماضي.", None),
        ("عاد إلى الأمس الأحد.", None),
        # no pair
        ("قصف الطيران المدينة أمس يوم الأحد الماضي.", None),
        ("قصف الطيران المدينة أمس.", None),
    ],
)
def test_the_day_a_report_was_written(text: str, expected: dt.date | None) -> None:
    assert reference_day(_norm(text), TUE) == expected


def test_no_written_day_without_a_publication_date() -> None:
    assert reference_day(_norm("أعلن مصدر عسكري أمس الأحد أن القوات تقدمت."), None) is None


def test_relative_days_count_from_the_written_day() -> None:
    ctx = DateContext(TUE, reference=MON)
    got = []
    for clause in ("وقصف الطيران المدينة أمس", "وقتل جندي اليوم", "وكانت اشتباكات دارت قبل يومين", "الخميس"):
        text = _norm(clause)
        got.append(ctx.date_for(text, 0, len(text)).date)
    # (a weekday alone still counts back from the publication date)
    assert got == [dt.date(2015, 10, 11), MON, dt.date(2015, 10, 10), dt.date(2015, 10, 8)]


def _conflict(pipeline: Pipeline, text: str, published: dt.date = TUE) -> list[Event]:
    return [e for e in pipeline(Article(id="t", text=text, published=published)) if e.category == "conflict"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "أعلن مصدر عسكري أمس الأحد أن الطيران قصف مواقع المسلحين في مدينة إدلب. وقتل خمسة مدنيين في غارة"
            " على مدينة حلب أمس.",
            ["2015-10-11", "2015-10-11"],
        ),
        (
            "قتل ثلاثة جنود في هجوم على مدينة حمص اليوم الاثنين. وقصف الطيران مدينة حماة أمس.",
            ["2015-10-12", "2015-10-11"],
        ),
        # the act's own أمس in a clause that also names the day it was told counts from the written day too
        (
            "أعلن مصدر عسكري أمس الأحد أن الجيش يستعد لهجوم. وأعلنت الوزارة اليوم أن الطيران قصف أمس مواقع "
            "المسلحين في مدينة إدلب.",
            ["2015-10-11"],
        ),
        # (a pair that agrees with the publication date leaves the bare أمس as it is)
        (
            "قتل ثلاثة جنود في هجوم على مدينة حمص أمس الاثنين. وقصف الطيران مدينة حماة أمس.",
            ["2015-10-12", "2015-10-12"],
        ),
    ],
)
def test_the_articles_yesterday_is_the_day_it_named(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    assert [e.event_date for e in _conflict(pipeline, text)] == dates
