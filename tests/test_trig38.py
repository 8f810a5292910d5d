"""Which acts a report tells: a place pointed at told to have seen fighting (what it is known for), acts counted
in tens over an indefinite week or month (a tally)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events
from tests.test_trig33 import _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place pointed at (هذه، تلك) told to have seen fighting, with no day: a description of the place
        ("وقال أحد السكان إن هذه المنطقة شهدت معارك عنيفة بين الجيش ومسلحي التنظيم.", []),
        (
            "وأضاف «هذه البلدة شهدت اشتباكات عنيفة ولذلك يخشى السكان العودة». وقصفت قوات النظام بلدة الطيبة أمس.",
            [("Shelling/artillery/missile attack", "SYRMIL", "الطيبة")],
        ),
        # (with a day of its own, the fighting is the day's act)
        (
            "وشهدت تلك المنطقة أمس معارك عنيفة بين الجيش ومسلحي التنظيم في مدينة الرمادي.",
            [("Armed clash", "IRQMIL", "الرمادي")],
        ),
        # (a place named with the article, no pointing: the act told)
        (
            "وشهدت المنطقة معارك عنيفة بين الجيش ومسلحي التنظيم في مدينة الرمادي.",
            [("Armed clash", "IRQMIL", "الرمادي")],
        ),
        # acts counted in tens over an indefinite week or month: a tally, no event
        ("وخلال شهر، نفذت طائرات التحالف عشرات الغارات على مواقع الحوثيين في محافظة صعدة.", []),
        ("وخلال أسبوع، شن الجيش عشرات الغارات الجوية على مواقع المسلحين في ريف إدلب.", []),
    ],
)
def test_acts_told_or_described(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def test_the_dead_of_a_battle_over_a_week_are_its_own(pipeline: Pipeline) -> None:
    """The dead of a battle counted over an indefinite week are that battle's: no acts are counted in tens."""
    text = (
        "عاد الهدوء أمس إلى مدينة الكفرة بعد مقتل العشرات في اشتباكات بين مسلحين من قبيلتين. وأسفرت الاشتباكات"
        " بين القبيلتين عن مقتل 25 شخصا على الأقل خلال أسبوع واحد."
    )
    assert [(e.sub_event_type, e.fatalities) for e in conflict_events(pipeline, text)] == [
        ("Armed clash", 25)
    ]
