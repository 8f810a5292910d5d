"""A total told over several places ("قتل 40 … في حلب وإدلب وحماة"), then parts of it at places of their own and
"the rest" at one of the places the total named ("وأشار الناشطون إلى مقتل البقية … بريف إدلب"): the total keeps
only the rest, at the place the rest is told of (not at the first place it named, where a part may be), and is
the act told there."""

from __future__ import annotations

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

TOTAL = (
    "قال ناشطون أمس إن 40 من عناصر تنظيم داعش قتلوا خلال يومين في غارات لطائرات التحالف الدولي على مواقع التنظيم "
    "في حلب وإدلب وحماة، وقتل 12 من التنظيم في غارة على مدينة الباب بريف حلب، بينما قتل 20 منهم في غارات على "
    "منطقة قرب مدينة منبج."
)


def test_the_rest_of_a_total_is_at_the_place_told_of_it(pipeline: Pipeline) -> None:
    text = TOTAL + " وأشار الناشطون إلى مقتل البقية في غارات على مواقع بريف إدلب."
    got = sorted((e.place and e.place.name_ar, e.fatalities) for e in _conflict(pipeline, text))
    assert got == [("إدلب", 8), ("الباب", 12), ("منبج", 20)]


def test_the_rest_untold_stays_at_the_first_place(pipeline: Pipeline) -> None:
    got = sorted((e.place and e.place.name_ar, e.fatalities) for e in _conflict(pipeline, TOTAL))
    assert got == [("الباب", 12), ("حلب", 8), ("منبج", 20)]
