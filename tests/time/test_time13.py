"""Rows for the future of what a clause tells after «أن», which does not turn the day it names."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.text.normalize import normalize
from rasad.time import DateContext

FRI = dt.date(2015, 7, 24)  # Friday

# (sentences in reading order, the date of the last one, the running date after it)
ROWS = [
    # a past act on a weekday, then a promise about the future in what a participle tells
    (
        ["وأعلنت الجماعة أنها قتلت مساء الثلاثاء رجلا مؤكدة أنها ستقوم بمحاسبة القتلة."],
        "2015-07-21",
        "2015-07-21",
    ),
    (
        ["وقال الجيش إنه قصف يوم الأربعاء مواقع المسلحين مضيفا أنه سيواصل الضربات."],
        "2015-07-22",
        "2015-07-22",
    ),
    # the day of a statement whose content is future: the text is at that day
    (
        ["وقالت الوزارة الخميس إن المحادثات ستعقد يوم الإثنين في جنيف.", "وقصفت الطائرات مواقع المسلحين."],
        "2015-07-23",
        "2015-07-23",
    ),
    # the future cue before the weekday still makes it the next one
    (["وستعقد المحادثات يوم الإثنين في جنيف."], "2015-07-27", "2015-07-24"),
    (["وأكد الوزير أنه سيزور موسكو يوم الخميس."], "2015-07-30", "2015-07-24"),
    (["ومن المقرر أن يلتقي الوفدان يوم الثلاثاء وقال المبعوث إنه سيحضر."], "2015-07-28", "2015-07-24"),
]


@pytest.mark.parametrize(("sentences", "expected", "running"), ROWS)
def test_future_told_after_the_day(sentences: list[str], expected: str, running: str) -> None:
    ctx = DateContext(FRI)
    for sentence in sentences:
        text = normalize(sentence).text
        dv = ctx.date_for(text, 0, len(text))
    assert (dv.iso(), ctx.running.iso()) == (expected, running)
