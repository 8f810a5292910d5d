"""Who did an act and to whom (conflict assembler): a claim told in the next sentence names the doer of the act
told before it; the side after على past the verb of the attackers named before is whom they attacked."""

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
        # a sentence that claims the act told before (named definite) names its doer (the worshippers the bomb
        # killed, no side's men, are civilians: see test_conflict_sides_h23)
        (
            "انفجرت عبوة ناسفة داخل مسجد في مدينة نجران أمس وقتل خمسة مصلين. وقالت وسائل إعلام إن داعش تبنى"
            " العمل الإرهابي.",
            ("Remote explosive/landmine/IED", "SAUREB", "SAUCVL"),
        ),
        (
            "انفجرت سيارة مفخخة أمام مسجد في مدينة الدمام أمس، ما أدى إلى مقتل ثلاثة مصلين. وتبنى تنظيم داعش"
            " الهجوم في بيان.",
            ("Remote explosive/landmine/IED", "SAUREB", "SAUCVL"),
        ),
        # (not another act it claims: "هجوما آخر" is not the one told)
        (
            "انفجرت عبوة ناسفة في سوق بمدينة بعقوبة أمس. وأعلنت جماعة مسلحة في بيان أنها تتبنى هجمات سابقة.",
            ("Remote explosive/landmine/IED", None, None),
        ),
    ],
)
def test_a_claim_told_after_the_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead made the attack ("نفذوه"، "شنوه": their own verb); the side after على is whom it hit
        (
            "لقي ستة مسلحين مصرعهم في الهجوم الذي نفذوه على نقطة للجيش قرب مدينة الرمادي أمس.",
            ("Armed clash", None, "IRQMIL"),
        ),
        (
            "قتل خمسة من مسلحي داعش في الهجوم الذي شنوه على حاجز للجيش العراقي قرب مدينة تكريت أمس.",
            ("Armed clash", "IRQREB", "IRQMIL"),
        ),
        (
            "سقط عشرة قتلى في هجوم شنته على حاجز للشرطة مجموعة مسلحة قرب مدينة العريش أمس.",
            ("Armed clash", None, "EGYMIL"),
        ),
    ],
)
def test_the_attack_they_made_on_a_side(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of no country that fired from a country named right after its fire is of that country
        (
            "وقالت السلطات التركية إن متشددين فتحوا النار من سوريا على دورية في ولاية هاتاي أمس، ما أدى إلى مقتل"
            " جندي.",
            "SYRREB",
        ),
        (
            "وذكرت وسائل إعلام تركية أن متشددين أطلقوا النار من سوريا على مخفر للشرطة في ولاية غازي عنتاب ليل"
            " الأحد.",
            "SYRREB",
        ),
    ],
)
def test_a_group_of_the_country_it_fired_from(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [e.actor1.code if e.actor1 else None for e in _conflict(pipeline, text)] == [expected]
