"""The killing of "N منهم" right after a seizure is the act done to those seized: an event of its own, not one more
dead of a killing told before at the place, and the seizure is part of it (no arrest event beside it)."""

from __future__ import annotations

import datetime as dt

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_killing_of_those_seized_is_its_own_act(pipeline: Pipeline) -> None:
    text = (
        "أعدم تنظيم داعش أمس مدرسا في بلدة الشرقاط لأنه انتقد التنظيم، فيما اعتقل أمس عشرين شابا "
        "لرفضهم القتال في صفوفه، وقال المصدر: «أعدم التنظيم ثلاثة منهم»."
    )
    events = _conflict(pipeline, text)
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Attack", 1), ("Attack", 3)]


def test_death_told_before_the_strike_is_placed_is_the_strikes(pipeline: Pipeline) -> None:
    # the strike is placed only when told again ("الغارة"); the leader's death told at the town before is its own
    text = (
        "أعلنت القيادة المركزية الأميركية الأربعاء أن غارة جوية للتحالف الدولي فوق سوريا أدت في مطلع يوليو إلى "
        "مقتل قيادي بارز في تنظيم القاعدة. وقال متحدث باسم البنتاغون في بيان إن سعيد الخالدي قتل في 6 يوليو "
        "خلال تنقله بسيارة بالقرب من الدانا. ولم يذكر المتحدث إن كانت الغارة نفذتها طائرة بدون طيار."
    )
    events = _conflict(pipeline, text, dt.date(2015, 7, 22))
    assert [(e.sub_event_type, e.fatalities, str(e.event_date)) for e in events] == [
        ("Air/drone strike", 1, "2015-07-06")
    ]


def test_one_leaders_death_told_three_times_without_a_place_is_one_strike(pipeline: Pipeline) -> None:
    # the strike of mid-month, the operation of its day that killed him, and the shelling that killed him: one act
    text = (
        "أعلنت وزارة الدفاع الأميركية الجمعة أن قياديا بارزا في تنظيم القاعدة قتل نحو منتصف يوليو مع مسلحين "
        "آخرين في غارة أميركية استهدفته. وأوضحت الوزارة أن العملية التي جرت في 12 يوليو أدت إلى مقتل أبو حمزة "
        "المصري القائد الكبير في تنظيم القاعدة. وأكد مقتله في قصف أميركي اثنان من قادة حركة طالبان."
    )
    events = _conflict(pipeline, text, dt.date(2015, 7, 25))
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [("Air/drone strike", "2015-07-12")]
