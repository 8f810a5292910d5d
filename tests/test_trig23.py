"""How conflict drafts merge and what they carry: a merged act keeps its own day, not that of the acts its
sentence tells it after; a future told in a conjunct of its own after an act leaves the act done; a fight told on
into the next day by a demonstrative is one fight, and a city's toll already counted at its quarter is not added
again; the side named as another's backing is its associate."""

from __future__ import annotations

import datetime as dt

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

WED = dt.date(2015, 10, 14)


def test_merged_act_keeps_its_own_day(pipeline: Pipeline) -> None:
    # the attacks of the day before are what the ambush is told after, not its day
    text = (
        "قتل 12 مسلحا من داعش في كمين لقوات البيشمركة قرب قرية بشير، وذلك غداة هجمات واسعة على مواقع التنظيم."
    )
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.fatalities, e.event_date) for e in events] == [
        ("Armed clash", 12, WED.isoformat())
    ]


def test_future_in_its_own_conjunct_leaves_the_act_done(pipeline: Pipeline) -> None:
    text = "وقتل خمسة مدنيين في قصف على مدينة دوما، وستواصل القوات عملياتها في المنطقة."
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 5)]


def test_future_act_stays_future(pipeline: Pipeline) -> None:
    # (the act itself told after the future cue)
    assert _conflict(pipeline, "وقال إن القوات ستشن هجوما على مدينة الرقة، وسيشارك فيه الطيران.") == []


def test_fight_told_on_into_the_next_day_is_one(pipeline: Pipeline) -> None:
    text = (
        "أفاد مصدر من المقاومة أمس بمقتل 12 حوثيا خلال الاشتباكات التي اندلعت بين الطرفين في مدينة الضالع. "
        "وقال المصدر إن مواجهات عنيفة اندلعت مساء الاثنين بين الطرفين في منطقة سناح، واستمرت تلك الاشتباكات "
        "حتى صباح الثلاثاء. وأشار المصدر إلى مقتل 12 حوثيا خلال تلك المواجهات. ولفت إلى أن ثلاثة قتلى سقطوا "
        "في صفوف المقاومة، مؤكدا أنهم صدوا محاولة الحوثيين التقدم نحو مواقعهم."
    )
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 15)]
    assert {events[0].actor1.code, events[0].actor2.code} == {"YEMREB", "YEMUAF"}


def test_backing_side_is_the_associate(pipeline: Pipeline) -> None:
    for text in (
        "وسيطر مقاتلون محليون تدعمهم قوات التحالف على مدينة زنجبار أمس.",
        "واستعاد مقاتلو المقاومة بدعم من طيران التحالف السيطرة على مدينة زنجبار أمس.",
    ):
        events = _conflict(pipeline, text)
        assert [[a.code for a in e.assoc_actors] for e in events] == [["INTMIL"]], text


def test_leader_is_no_associate(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, "قصف طيران التحالف الذي تقوده السعودية مواقع الحوثيين في لحج أمس.")
    assert [(e.actor1.code, e.assoc_actors) for e in events] == [("SAUMIL", ())]


def test_takeover_told_in_a_passage_of_background(pipeline: Pipeline) -> None:
    text = (
        "قصفت طائرات حربية مواقع للمسلحين في مدينة درنة أمس. ويتنافس على السلطة في ليبيا برلمانان وحكومتان. "
        "ويضم كل طرف جماعات مسلحة متحالفة معه. وسيطر مسلحون موالون لداعش على مدينة سرت في وسط البلاد."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]


def test_takeover_of_the_day_after_background_stays(pipeline: Pipeline) -> None:
    text = (
        "قصفت طائرات حربية مواقع للمسلحين في مدينة درنة أمس. ويتنافس على السلطة في ليبيا برلمانان وحكومتان. "
        "ويضم كل طرف جماعات مسلحة متحالفة معه. وسيطر مسلحون موالون لداعش أمس على مدينة سرت في وسط البلاد."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == [
        "Air/drone strike",
        "Non-state actor overtakes territory",
    ]


def test_act_named_as_what_made_another_possible(pipeline: Pipeline) -> None:
    text = (
        "قصفت طائرات حربية سوقا في مدينة هيت أمس. "
        "ومكن سقوط مدينة الرمادي مسلحي داعش من السيطرة على معظم أنحاء محافظة الأنبار."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]
