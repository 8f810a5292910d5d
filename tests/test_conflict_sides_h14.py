"""Who did an act and to whom: the group a man killed led (conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a man killed is named the head of lost him: it killed no one, and he was no civilian
        (
            "وقالت المصادر إن خالد العمري (زعيم جماعة جند الأقصى) قتل قرب مدينة سراقب.",
            ("Armed clash", None, "SYRREB"),
        ),
        (
            "وأكدت المصادر أن القيادي في جبهة النصرة أبو محمد قتل قرب مدينة سراقب.",
            ("Armed clash", None, "SYRREB"),
        ),
    ],
)
def test_sides_of_the_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت المقاومة الشعبية اليوم مقتل 15 من ميليشيا الحوثي في اشتباكات معها قرب مدينة تعز.",
        "وأعلنت المقاومة الشعبية اليوم عن مقتل 15 من ميليشيا الحوثي باشتباكات معها قرب مدينة تعز.",
    ],
)
def test_the_teller_of_a_fight_with_it_fought_it(pipeline: Pipeline, text: str) -> None:
    # "في اشتباكات معها": the side that told of the enemy's dead fought them
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Armed clash", "YEMUAF", "YEMREB")
