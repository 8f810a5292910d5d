"""Which acts a report tells: a place pointed at told to have seen fighting (what it is known for), acts counted
in tens over an indefinite week or month (a tally), an act the reader knows opening its sentence."""

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
        # an act opening its sentence, named as the one that took place with no day of its own: the act the
        # reader knows, the topic of what is said of it
        (
            "لكن الهجوم الذي وقع في مدينة القامشلي وأوقع 20 قتيلا ونسب إلى تنظيم داعش، غيّر موقف الحكومة من"
            " التحالف.",
            [],
        ),
        ("والاعتداء الذي تم في مدينة الحسكة وأوقع عشرة قتلى، دفع الحكومة إلى تشديد الإجراءات الأمنية.", []),
        # (with a day of its own, the act told)
        (
            "والتفجير الذي وقع أمس في مدينة القامشلي أوقع 20 قتيلا.",
            [("Remote explosive/landmine/IED", None, "القامشلي")],
        ),
        # (named by what it did, the act told: a first report)
        (
            "لكن الهجوم الذي استهدف مدينة القامشلي وأوقع 20 قتيلا، غيّر موقف الحكومة.",
            [("Armed clash", None, "القامشلي")],
        ),
        # (the act the subject of a verb told first: the act told)
        ("وأسفر الهجوم الذي وقع في بلدة الخالص عن إصابة 30 شخصا.", [("Armed clash", None, "الخالص")]),
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
