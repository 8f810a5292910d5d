"""Tolls: a death demanded, snipers killed, one named dead and a number "of them", a share of the dead named
again, and parts of a total told at places of their own (tolls12)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

THU = dt.date(2015, 8, 6)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, THU)


def test_a_demanded_execution_is_no_death(pipeline: Pipeline) -> None:
    text = (
        "إلى ذلك أقدم أحد أقرباء المحافظ على قتل رائد في الشرطة أمام أولاده بسبب خلاف على أفضلية المرور، ما أثار "
        "استياء وتوترا بين أبناء العشيرة في مدينة حمص ومطالبات بإعدام الجاني في مكان الجريمة."
    )
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == 1


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("تمكن المقاتلون من قتل قناصة كانوا يتمركزون في حي الوعر بمدينة حمص.", 3),  # some snipers: 3
        ("قتل المقاتلون قناصا في حي الوعر بمدينة حمص.", 1),
        ("قتل مدني برصاص قناصة في حي الوعر بمدينة حمص.", 1),  # the fire, no sniper dead
        ("استهدف المقاتلون ثلاثة قناصة في حي الوعر بمدينة حمص.", 0),  # targeted, not killed
    ],
)
def test_snipers_killed_are_victims(pipeline: Pipeline, text: str, toll: int) -> None:
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == toll


def test_a_number_of_them_is_of_others_than_the_one_named(pipeline: Pipeline) -> None:
    text = (
        "من جهة أخرى، أعدم التنظيم أمس الشيخ محمود العلي، إمام جامع بلدة الشرقاط، لأنه انتقده في خطبه، فيما "
        "اعتقل أمس 20 تاجرا لرفضهم دفع الإتاوات، وحسب شاهد: «أعدم التنظيم فورا ثلاثة منهم»."
    )
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == 4  # the one, and three of the 20


def test_parts_of_a_total_never_sum_above_it(pipeline: Pipeline) -> None:
    text = (
        "أفاد المرصد بمقتل 40 عنصرا من تنظيم داعش خلال يومين جراء غارات التحالف على مواقعه في حلب وإدلب وحماة. "
        "وقال المرصد إن غالبية القتلى من الأجانب، وأشار إلى مقتل 10 من داعش جراء استهداف مقر له في مدينة "
        "منبج، بينما قتل 20 منهم في استهداف معسكر قرب بلدة الراعي."
    )
    evs = _conflict(pipeline, text)
    assert sum(e.fatalities for e in evs) == 40
    # the 10 and the 20 at their places, the rest (10) at the first place named
    assert sorted(e.fatalities for e in evs) == [10, 10, 20]


def test_a_share_of_the_dead_named_again_counts_none(pipeline: Pipeline) -> None:
    text = (
        "قتل 12 مدنيا في قصف على مدينة حلب أمس. وقال المرصد إن غالبية القتلى من الأطفال، وأشار إلى مقتل خمسة "
        "مدنيين في غارة على مدينة إدلب."
    )
    assert sorted(e.fatalities for e in _conflict(pipeline, text)) == [5, 12]


def test_killing_to_be_averted_is_no_death(pipeline: Pipeline) -> None:
    text = (
        "وأكد الوزير أن الاستقرار في البلاد وسيلة حاسمة لتجنب تكرار حوادث الخطف والقتل، بعد خطف أربعة عمال "
        "أجانب قرب مدينة زوارة أمس."
    )
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == 0
