"""How many died, as a careful coder counts them by ACLED's conservative rules: one figure of the same dead."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)


def _deaths(pipeline: Pipeline, text: str) -> list[int]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [e.fatalities for e in events if e.category == "conflict"]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the dead counted, a comma, then their verb of death: all the groups counted before it
        (
            "وقال المرصد إن 28 عنصرا من تنظيم الدولة و18 مقاتلا من الفصائل، قتلوا في الاشتباكات في ريف حلب أمس.",
            [46],
        ),
        ("وذكرت مصادر محلية أن تسعة جنود، قتلوا في هجوم على حاجز للجيش في مدينة درعا أمس.", [9]),
        # a group's noun and side may be long before the next count of the list
        (
            "وقالت مصادر إن 12 عنصرا من قوات الجيش والشرطة المحلية و7 مسلحين من التنظيم قتلوا "
            "في الاشتباكات في مدينة الرمادي أمس.",
            [19],
        ),
        # (an aside among the counted dead still leaves the count before it)
        (
            "وقال المرصد إن خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا في الاشتباكات في ريف حلب أمس.",
            [5],
        ),
    ],
)
def test_the_dead_counted_before_their_verb(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths
