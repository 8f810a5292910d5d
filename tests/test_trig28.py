"""Conflict acts named, not reported as done that day: an act named as the subject of a turn it brought about,
strikes named as the cause of a side's collapse, acts said to come several times, an act of a time gone by named
in the clause before, attacks an act was meant to prevent, acts crimes are said to have included."""

from __future__ import annotations

import datetime as dt

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

FRI = dt.date(2015, 7, 31)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, FRI)


def test_an_act_named_for_the_turn_it_brought_is_no_act_of_a_day(pipeline: Pipeline) -> None:
    text = (
        "غير أن تفجيرا انتحاريا في بلدة حدودية نسب إلى التنظيم تبعته اشتباكات حدودية، جعل سياسة الحكومة "
        "أكثر تشددا."
    )
    assert _conflict(pipeline, text) == []
    text = "وحرك هجوم حزب العمال الذي نفذ ردا على التفجير المخاوف من اتساع القتال."
    assert _conflict(pipeline, text) == []
    text = "غير أن هجوما انتحاريا استهدف أمس سوقا في بلدة حدودية أدى إلى مقتل عشرة أشخاص."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Suicide bomb"]


def test_strikes_named_as_the_cause_of_a_collapse_are_no_strike_of_a_day(pipeline: Pipeline) -> None:
    text = "وتحدثت مصادر عن انهيار كبير في صفوف المسلحين بفعل ضربات الطيران الحربي."
    assert _conflict(pipeline, text) == []
    text = "وقتل عشرة مسلحين بفعل ضربات الطيران الحربي على مواقعهم في ريف حلب."
    [e] = _conflict(pipeline, text)
    assert e.fatalities == 10


def test_acts_said_to_come_several_times_are_summed_up(pipeline: Pipeline) -> None:
    text = "وهاجم مسلحون سيارات الإسعاف في مدينة حمص وحاولوا إخراج الجرحى منها عدة مرات."
    assert _conflict(pipeline, text) == []


def test_an_act_of_a_time_gone_by_named_in_the_clause_before(pipeline: Pipeline) -> None:
    text = "وفي إحداها (الشهر الماضي)، اعتدى مسلحون على شاب في مدينة حمص حتى توفي."
    assert _conflict(pipeline, text) == []
    text = "وفي الصباح، اعتدى مسلحون على شاب في مدينة حمص حتى توفي."
    assert [e.fatalities for e in _conflict(pipeline, text)] == [1]


def test_attacks_an_act_was_meant_to_prevent_are_not_done(pipeline: Pipeline) -> None:
    text = "واضطر الجيش إلى نقل الجرحى بالمروحيات ليمنع اعتداءات أخرى عليهم في مدينة حمص."
    assert _conflict(pipeline, text) == []


def test_acts_crimes_are_said_to_have_included_are_summed_up(pipeline: Pipeline) -> None:
    text = (
        "وأشار الوزير إلى أن الجرائم المرتكبة من جانب المسلحين شملت الاختطاف، وإعدامات خارج القانون، والقصف "
        "العشوائي للأحياء السكنية في مدينة تعز."
    )
    assert _conflict(pipeline, text) == []
    text = "وشملت الحملة أمس قصف مواقع المسلحين في مدينة تعز."
    assert [e.event_type for e in _conflict(pipeline, text)] == ["Explosions/Remote violence"]
