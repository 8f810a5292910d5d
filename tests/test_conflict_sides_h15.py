"""Who did an act and to whom: the doer of air strikes fights no ground battle, the side that repelled an attack
is the side it hit (conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


def test_the_doer_of_strikes_fights_no_ground_battle_told_after_them(pipeline: Pipeline) -> None:
    # "ما أسفر عن مقتل 20 من المسلحين في اشتباكات": the sides of the article's battles fought it, not the aircraft
    events = _conflict(
        pipeline,
        "تدور معارك بين قوات الجيش اليمني والحوثيين قرب قاعدة العند. وشنت طائرات التحالف غارات على مواقع "
        "الحوثيين في القاعدة، ما أسفر عن مقتل 20 من المسلحين في اشتباكات عنيفة في القاعدة.",
    )
    clashes = [_sides(e) for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all(s[1] != "INTMIL" for s in clashes)


@pytest.mark.parametrize(
    "text",
    [
        "فشلت قوات النظام في اقتحام بلدة تلبيسة، إلا أن مقاتلي المعارضة صدوا الهجوم.",
        "حاولت قوات النظام اقتحام بلدة تلبيسة أمس، إلا أن الثوار تصدوا لهجومها.",
        "هاجمت قوات النظام بلدة تلبيسة. لكن الثوار صدوا الهجمات.",
    ],
)
def test_the_side_that_repelled_an_attack_is_the_side_it_hit(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Armed clash", "SYRMIL", "SYRREB")
