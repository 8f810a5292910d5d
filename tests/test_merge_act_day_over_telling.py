"""An act dated first only by the day it was announced ("أعلنت الوزارة الاثنين أن الطائرات نفذت غارة") and told
again with a day of its own ("إن هذه الغارة نفذت الجمعة") is of its own day; a later report of it with no day of
its own is the same act."""

from __future__ import annotations

import datetime as dt

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

_TOLD = (
    "أعلنت وزارة الدفاع الاثنين أن طائرات التحالف نفذت غارة جوية على مواقع تنظيم داعش قرب مدينة الرقة. "
    "وقال المتحدث إن هذه الغارة نفذت الجمعة."
)


def test_act_own_day_wins_over_its_announcement(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, _TOLD)
    assert [e.date.date for e in events] == [dt.date(2015, 10, 9)]


def test_unplaced_act_told_again_without_a_day_is_the_same(pipeline: Pipeline) -> None:
    text = (
        "أكدت وزارة الدفاع الأمريكية الاثنين أن الولايات المتحدة نفذت أول غارة جوية لها لحماية مقاتلين دربتهم. "
        "وقال المتحدث إن هذه الغارة نفذت الجمعة. وأوضح المتحدث الاثنين أن المقاتلين بخير. "
        "واستهدف تنظيم القاعدة هؤلاء المقاتلين ما دفع الولايات المتحدة إلى توجيه ضربات جوية إلى مواقع التنظيم."
    )
    events = [e for e in _conflict(pipeline, text) if e.sub_event_type == "Air/drone strike"]
    assert [e.date.date for e in events] == [dt.date(2015, 10, 9)]
