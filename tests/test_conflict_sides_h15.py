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


@pytest.mark.parametrize(
    "text",
    [
        "قالت قناة محلية إن ضربة جوية إسرائيلية استهدفت سيارة قرب مدينة القنيطرة وقتلت عضوين من حزب الله.",
        "وقصفت طائرة إسرائيلية سيارة في القنيطرة وقتلت اثنين من عناصر حزب الله.",
    ],
)
def test_the_side_whose_men_the_act_killed_was_hit(pipeline: Pipeline, text: str) -> None:
    # "وقتلت عضوين من حزب الله": the dead told in the clause after the act are of the side it hit
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Air/drone strike", "ISRMIL", "LBNUAF")


def test_the_side_hit_at_each_place_of_the_act(pipeline: Pipeline) -> None:
    events = _conflict(
        pipeline,
        "وواصل مقاتلو المعارضة قصف بلدتي نبل والزهراء في ريف حلب، ما أدى لمقتل عدد من عناصر قوات النظام.",
    )
    assert events and all(_sides(e)[1:] == ("SYRREB", "SYRMIL") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل مقاتل من حزب الله خلال القتال إلى جانب قوات النظام قرب مدينة الزبداني.",
        "وقتل ثلاثة من عناصر حزب الله في المعارك إلى جانب قوات النظام في ريف دمشق.",
    ],
)
def test_the_side_fought_alongside_is_no_side_of_the_fight(pipeline: Pipeline, text: str) -> None:
    # "القتال إلى جانب قوات النظام": the forces the fallen fought alongside neither fought nor were fought
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Armed clash", None, "LBNUAF")


@pytest.mark.parametrize(
    "text",
    [
        "قتل قيادي في تنظيم داعش في غارة أميركية استهدفته قرب الرقة.",
        "قتل ثلاثة مسلحين من تنظيم داعش في غارة روسية استهدفتهم قرب تدمر.",
    ],
)
def test_an_act_named_with_its_doer_is_the_subject_of_the_verb_of_aiming_after_it(
    pipeline: Pipeline, text: str
) -> None:
    # "في غارة اميركية استهدفته": the strike (and its doer) aimed at him, it is nothing the verb hit
    (e,) = _conflict(pipeline, text)
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.code in ("USAMIL", "RUSMIL")
    assert e.actor2 is not None and e.actor2.code == "SYRREB"
