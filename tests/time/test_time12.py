"""Rows for dates a careful coder reads off the text (review of corpus-like phrasing)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import TIME_DAY, TIME_MONTH, TIME_WEEK
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, resolve

THU = dt.date(2016, 10, 6)  # Thursday

ROWS = [
    # «أمس (الأول)»: the day before yesterday, الأول written in parentheses
    ("دارت اشتباكات عنيفة منتصف ليل أمس (الأول) على أطراف البلدة", THU, "2016-10-04", TIME_DAY),
    ("وسقطت قذائف على السوق يوم أمس (الأول)", THU, "2016-10-04", TIME_DAY),
    ("وشنت الطائرات غارات مساء أمس ( الأول ) على القرية", THU, "2016-10-04", TIME_DAY),
    # يوليه, the Egyptian spelling of July, as a month in a date context
    ("وقعت الاشتباكات في 23 يوليه الماضي", THU, "2016-07-23", TIME_DAY),
    ("وتصاعدت المعارك في شهر يوليه", THU, "2016-07-15", TIME_MONTH),
    ("وتراجعت الهجمات منذ مطلع يوليه", THU, "2016-07-05", TIME_WEEK),
]

# يوليه is also a verb, «يُوليه» (he accords it): no month without a date context
NO_DATE = [
    "وهذا دليل على ما يوليه الوزير من اهتمام بملف اللاجئين",
    "ويوليه المجلس عناية خاصة",
]


@pytest.mark.parametrize("phrase", NO_DATE)
def test_no_expression(phrase: str) -> None:
    assert find_time_expressions(normalize(phrase).text) == []


@pytest.mark.parametrize(("phrase", "published", "expected", "precision"), ROWS)
def test_resolves(phrase: str, published: dt.date, expected: str, precision: int) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression found in {phrase!r}"
    dv = resolve(min(exprs, key=lambda e: e.specificity), published)
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, precision)
