"""The sides and dead of an act: the doer right after a verb of killing with its nisba adjective, the dead
counted as one side's men in a clash with the other (conflict assembler, fatalities)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a plural and its nisba adjective right after قتل, a counted or dual noun of the dead after them: the
        # plural is who killed, none of the dead
        ("قتل مسلحون حوثيون أمس جنديين في مدينة تعز.", 2),
        ("قتل مسلحون حوثيون خمسة مدنيين في مدينة تعز أمس.", 5),
        ("قتل عناصر حوثيون جنديا في مدينة تعز أمس.", 1),
        # (a plural of civilians right after the doer is whom it killed, counted by the "two" after it)
        ("قتل مسلحون مدنيين اثنين في مدينة حلب أمس.", 2),
        # a nominative plural in construct right after قتل: the doers, the group named after it none of the dead
        ("قتل مسلحو الحوثي ثلاثة مدنيين في مدينة تعز أمس.", 3),
        ("قتل مقاتلو الحوثي جنديين في مدينة تعز أمس.", 2),
    ],
)
def test_the_doer_and_its_nisba_are_not_the_dead(pipeline: Pipeline, text: str, dead: int) -> None:
    (e,) = _conflict(pipeline, text)
    assert e.fatalities == dead


def _sides(e: Event) -> tuple:
    return (e.event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead counted as a side's men with li- are its loss, the side after مع the other one
        (
            "أعلن ناشطون مقتل 30 عنصرا لقوات النظام في اشتباكات مع فصائل المعارضة في مدينة حلب أمس.",
            ("Battles", "SYRREB", "SYRMIL"),
        ),
        (
            "قتل جنديين للجيش في اشتباكات مع مسلحي داعش في مدينة الرمادي أمس.",
            ("Battles", "IRQREB", "IRQMIL"),
        ),
        # a named armed group that killed civilians, its name a death word's too: an attack on them, no fight
        (
            "قتل الحوثيون ثلاثة مدنيين في مدينة تعز أمس.",
            ("Violence against civilians", "YEMREB", "YEMCVL"),
        ),
    ],
)
def test_whose_dead_and_who_killed_them(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected
