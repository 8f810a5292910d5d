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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعلنت المقاومة الشعبية مقتل 15 من ميليشيا الحوثي في غارة للتحالف قرب مدينة تعز.",
            ("Air/drone strike", "INTMIL", "YEMREB"),
        ),
        (
            "وأعلنت المقاومة الشعبية مقتل 15 من ميليشيا الحوثي في غارة لطيران التحالف قرب مدينة تعز.",
            ("Air/drone strike", "INTMIL", "YEMREB"),
        ),
    ],
)
def test_the_side_of_the_strike_the_dead_fell_in(pipeline: Pipeline, text: str, expected: tuple) -> None:
    # "في غارة للتحالف": the dead counted before fell in the coalition's strike; the teller named first is no
    # subject that makes the coalition the strike's object
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال الجيش العراقي إن مسلحين من داعش قتلوا اثنين من جنوده في تفجير عبوة ناسفة قرب مدينة الرمادي.",
            ("Remote explosive/landmine/IED", "IRQREB", "IRQMIL"),
        ),
        (
            "قال الجيش العراقي إن مسلحين من داعش قتلوا 3 من جنوده قرب مدينة الرمادي.",
            ("Armed clash", "IRQREB", "IRQMIL"),
        ),
    ],
)
def test_the_killers_before_a_verb_that_counts_its_dead(
    pipeline: Pipeline, text: str, expected: tuple
) -> None:
    # "مسلحين من داعش قتلوا اثنين من جنوده": the men of a side before a plural verb with a count after it killed;
    # "his soldiers" are the teller's
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


def test_the_dead_counted_as_his_men_name_the_side_hit(pipeline: Pipeline) -> None:
    # "من جنوده": the teller's soldiers were hit, not the side named in the story of another act after it
    text = (
        "قال الجيش التركي إن مسلحين أكرادا قتلوا ثلاثة من جنوده في تفجير عبوة ناسفة ردا على الحملة التي"
        " بدأتها الحكومة على حزب العمال الكردستاني."
    )
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Remote explosive/landmine/IED", "TURREB", "TURMIL")
