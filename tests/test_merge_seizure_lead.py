"""A seizure of people told by a lead with no place ("باعتقالها قائد …") and the abduction told after it at its place
are one act: the lead sums up the detail (arrest and abduction are the two words for taking someone)."""

from __future__ import annotations

import datetime as dt

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_seizure_lead_and_the_abduction_told_at_its_place(pipeline: Pipeline) -> None:
    text = (
        "وجهت جبهة النصرة رسالة شديدة إلى الفصائل باعتقالها قائد أحد الألوية المعارضة وعددا من عناصره. وقال "
        "المرصد السوري إن عناصر من جبهة النصرة اختطفوا مساء الأربعاء قائد اللواء قرب مدينة أعزاز في ريف حلب الشمالي."
    )
    events = _conflict(pipeline, text, published=dt.date(2015, 7, 31))
    assert [(e.sub_event_type, e.place and e.place.name_ar) for e in events] == [
        ("Abduction/forced disappearance", "أعزاز")
    ]
