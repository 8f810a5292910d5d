"""The killing of "N منهم" right after a seizure is the act done to those seized: an event of its own, not one more
dead of a killing told before at the place, and the seizure is part of it (no arrest event beside it)."""

from __future__ import annotations

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_killing_of_those_seized_is_its_own_act(pipeline: Pipeline) -> None:
    text = (
        "أعدم تنظيم داعش أمس مدرسا في بلدة الشرقاط لأنه انتقد التنظيم، فيما اعتقل أمس عشرين شابا "
        "لرفضهم القتال في صفوفه، وقال المصدر: «أعدم التنظيم ثلاثة منهم»."
    )
    events = _conflict(pipeline, text)
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Attack", 1), ("Attack", 3)]
