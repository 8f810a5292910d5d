"""One place the gazetteer lacks, written with and without the article ("الفرزلة"، "فرزلة") or as the village and
the hill named after it ("تل الفرزلة"), is one place: a battle announced there and the ground it won that day are
one event; acts there on days of their own stay apart."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

FRI = dt.date(2015, 10, 16)

CASES = [
    (
        'أعلن فيلق الشام أن "معركة تحرير تل وقرية الفرزلة قد بدأت منذ عصر الخميس". ودخل مقاتلو جيش الفتح إلى تل '
        'الفرزلة، لتسيطر قوات المعارضة على التل وقرية "فرزلة" بعد ساعتين.',
        [("Non-state actor overtakes territory", "الفرزلة")],
    ),
    (
        "اندلعت اشتباكات بين قوات المعارضة وقوات النظام في قرية الفرزلة يوم الاثنين. وسيطرت قوات المعارضة على قرية "
        "فرزلة أمس الخميس.",
        [("Armed clash", "الفرزلة"), ("Non-state actor overtakes territory", "فرزلة")],
    ),
    # (the hill fallen back to its governorate, the village the gazetteer holds: at the village)
    (
        "اندلعت اشتباكات بين قوات المعارضة وقوات النظام أمس في منطقة تل سراقب بريف إدلب. وسيطرت قوات المعارضة على "
        "بلدة سراقب بعد ساعات.",
        [("Non-state actor overtakes territory", "سراقب")],
    ),
    (
        "اندلعت اشتباكات بين قوات المعارضة وقوات النظام أمس في منطقة تل سراقب بريف إدلب. وسيطرت قوات المعارضة على "
        "بلدة سراقب يوم الأحد الماضي.",
        [("Armed clash", "تل سراقب"), ("Non-state actor overtakes territory", "سراقب")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_place_two_forms(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text, published=FRI)
    assert [(e.sub_event_type, e.place and e.place.name_ar) for e in events] == expected
