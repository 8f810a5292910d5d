"""How many died in one fight, as a careful coder counts them by ACLED's conservative rules: the dead of another
act told meanwhile, two accounts of the same dead, each side's own dead."""

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
        # what went on meanwhile, told after a background phrase, is not the dead of the act told first
        (
            "لقي ثمانية مدنيين مصرعهم امس بقصف مدفعي للحوثيين على حي المنصورة في عدن، ويأتي ذلك في الوقت الذي "
            "أعلنت فيه مصادر عسكرية عن مقتل 22 مسلحا حوثيا باشتباكات قرب قاعدة العند.",
            [8, 22],  # (the clash told meanwhile is an event of its own, with its own dead)
        ),
        # ("في وقت متأخر" is the time of the act itself)
        (
            "قتل خمسة جنود في هجوم لتنظيم داعش على حاجز في مدينة الرمادي في وقت متأخر من ليل أمس.",
            [5],
        ),
    ],
)
def test_the_dead_told_meanwhile_are_anothers(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # two sources count the same side's dead of one fight: the lower stands, however far apart
        (
            "قالت مصادر طبية إن 33 مقاتلا من المعارضة قتلوا في المعارك مع قوات النظام في بلدة مورك بريف حماة "
            "أمس. وقال التلفزيون السوري إن قوات الجيش قتلوا 50 مقاتلا من المعارضة في المعارك في مورك.",
            [33],
        ),
        # each side's dead told by its own source are added
        (
            "قتل 29 مقاتلا من الطوارق في اشتباكات مع مسلحين من التبو في مدينة أوباري جنوب ليبيا أمس، بحسب "
            "مصدر طوارقي. وقال مصدر من التبو إن 8 من مقاتليهم قتلوا في الاشتباكات.",
            [37],
        ),
    ],
)
def test_two_sources_of_one_fight(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the soldiers killed in an ambush and a militant killed in it are both the fight's dead
        (
            "قتل 3 جنود في كمين نصبه مسلحون من تنظيم داعش لدورية للجيش قرب مدينة العريش أمس، وقتل «إرهابي» "
            "في تبادل إطلاق النار.",
            [4],
        ),
    ],
)
def test_both_sides_dead_in_one_fight(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths
