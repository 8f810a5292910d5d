"""How many died, as a careful coder counts them by ACLED's conservative rules: the doers are not the dead."""

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
        # a plural right after the verb of killing, then the one killed in the accusative: the plural killed
        ("قتل مسلحون أمس جنديا في مدينة حلب.", [1]),
        ("قتل متشددون أمس شرطيا في مدينة الرمادي.", [1]),
        ("قتل عناصر من التنظيم صباح أمس مدنيا في مدينة الرمادي.", [1]),
        # … or a dual: two dead, no more
        ("قتل حوثيون أمس طفلين في مدينة تعز.", [2]),
    ],
)
def test_the_doers_are_not_the_dead(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the definite citizens counted after the day and the act that killed them
        ("وقتل في اليوم ذاته خمسة من المواطنين في قصف على مدينة تعز.", [5]),
        ("وقتل في قصف على مدينة إدلب أمس أربعة من المواطنين.", [4]),
    ],
)
def test_the_citizens_counted(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the dead of every day are a rate, no toll of the act told
        ("تدور معارك عنيفة في مدينة الزبداني منذ أمس حيث يقتل العشرات من المقاتلين يوميا.", [0]),
        ("اندلعت اشتباكات في مدينة الزبداني أمس، ويقتل فيها خمسة مقاتلين كل يوم.", [0]),
        # a habit told in another phrase leaves the act's dead alone
        ("قتل أربعة مدنيين في قصف على مدينة دوما أمس، والقصف يتكرر يوميا.", [4]),
    ],
)
def test_a_rate_is_no_toll(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # some over a ten or a hundred: the least of the span it tells
        ("قتل نيف وعشرون مقاتلا في غارة على مدينة الرمادي أمس.", [21]),
        ("قتل مئة ونيف من المقاتلين في غارة على مدينة الرمادي أمس.", [101]),
    ],
)
def test_some_over_a_number(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths
