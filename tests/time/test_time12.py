"""Rows for dates a careful coder reads off the text (review of corpus-like phrasing)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import TIME_DAY
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, resolve

THU = dt.date(2016, 10, 6)  # Thursday

ROWS = [
    # «أمس (الأول)»: the day before yesterday, الأول written in parentheses
    ("دارت اشتباكات عنيفة منتصف ليل أمس (الأول) على أطراف البلدة", THU, "2016-10-04", TIME_DAY),
    ("وسقطت قذائف على السوق يوم أمس (الأول)", THU, "2016-10-04", TIME_DAY),
    ("وشنت الطائرات غارات مساء أمس ( الأول ) على القرية", THU, "2016-10-04", TIME_DAY),
]


@pytest.mark.parametrize(("phrase", "published", "expected", "precision"), ROWS)
def test_resolves(phrase: str, published: dt.date, expected: str, precision: int) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression found in {phrase!r}"
    dv = resolve(min(exprs, key=lambda e: e.specificity), published)
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, precision)
