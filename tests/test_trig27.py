"""Conflict acts mentioned, not reported as done that day: an act named as the time since, the act a side is said
to be behind, an act expected, acts a place sees as a state of things, acts going on since a day long past, an
act told by an announcement of days ago, an act of the year before; acts that have become daily."""

from __future__ import annotations

import datetime as dt

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

FRI = dt.date(2015, 7, 31)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, FRI)


def test_an_act_since_which_others_go_on_is_the_background(pipeline: Pipeline) -> None:
    text = (
        "وتتواصل الهجمات على مراكز الشرطة منذ التفجير الانتحاري في 20 يوليو في مدينة ماردين والذي أسفر عن "
        "مقتل 15 شخصا."
    )
    assert _conflict(pipeline, text) == []
    text = "وتتواصل الاشتباكات منذ صباح اليوم في حي جوبر بين قوات النظام والمعارضة."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


def test_the_act_a_side_is_said_to_be_behind_is_one_known(pipeline: Pipeline) -> None:
    text = "ونفى الحزب الوقوف وراء التفجير الذي وقع في 20 يوليو في مدينة ماردين."
    assert _conflict(pipeline, text) == []
    text = "واتهمت الحكومة التنظيم بالوقوف خلف العملية الانتحارية التي وقعت في 20 يوليو في مدينة ماردين."
    assert _conflict(pipeline, text) == []
    text = "وخلف القصف دمارا كبيرا في مدينة دوما."
    assert [e.event_type for e in _conflict(pipeline, text)] == ["Explosions/Remote violence"]


def test_an_act_expected_is_not_done(pipeline: Pipeline) -> None:
    text = "وقال قائد ميداني إنه يتوقع بدء الهجوم على مدينة زنجبار خلال ساعات."
    assert _conflict(pipeline, text) == []


def test_the_many_acts_a_place_sees_are_a_state_of_things(pipeline: Pipeline) -> None:
    text = "يذكر أن مدينة سرت تشهد معارك بين قوات الحكومة وتنظيم داعش."
    assert _conflict(pipeline, text) == []
    text = "يذكر أن مدينة سرت تشهد معارك بين أبناء المدينة والتنظيم، كما يخوض الجيش معارك مع التنظيم على أطرافها."
    assert _conflict(pipeline, text) == []
    text = "ويخوض الجيش معارك عنيفة مع التنظيم على أطراف مدينة سرت."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]
    text = "وتشهد مدينة سرت معارك عديدة بين قوات الحكومة وتنظيم داعش."
    assert _conflict(pipeline, text) == []
    text = "وقالت مصادر إن الفصائل تخوض معارك مستمرة مع قوات النظام من أجل السيطرة على بلدة الفوعة."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]
    text = "وتشهد مدينة سرت منذ صباح اليوم معارك متقطعة بين قوات الحكومة وتنظيم داعش."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


def test_an_act_an_announcement_of_days_ago_told_is_the_background(pipeline: Pipeline) -> None:
    text = "وذلك بعد أيام من إعلان حكومة الرئيس العراقي حيدر العبادي تحرير المدينة باستثناء جيوب للتنظيم."
    assert _conflict(pipeline, text) == []


def test_an_act_of_the_year_before_is_no_act_of_a_day(pipeline: Pipeline) -> None:
    text = (
        "وقال المصدر إن القيادي فر العام الماضي إلى ولاية بكتيكا بعدما غادر منطقة وزيرستان، حيث بدأ الجيش "
        "الباكستاني هجوما واسعا ضد طالبان."
    )
    assert _conflict(pipeline, text) == []


def test_acts_that_have_become_daily_go_on(pipeline: Pipeline) -> None:
    text = "كما أن الغارات الروسية باتت يومية منذ نحو أسبوع على مواقع المعارضة في ريف حماة."
    assert _conflict(pipeline, text) == []
