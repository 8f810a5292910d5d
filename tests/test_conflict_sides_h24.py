"""Who fought whom when a side is only implied (conflict assembler): the one fired at named by the victims
lexicon (a policeman, a soldier), a bomb gone off in its makers' hands, fire answered across a border."""

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
        # the one fired at is a policeman: the state's forces, not civilians — named after the fire, or by its
        # pronoun, named before it in the sentence
        (
            "اطلق مسلحون أمس النار على شرطي امام مقهى في مدينة ماردين.",
            [("Armed clash", None, "TURMIL")],
        ),
        (
            "وكان الشرطي واقفا الثلاثاء امام متجر في مدينة ماردين حين اطلق مسلحون النار عليه.",
            [("Armed clash", None, "TURMIL")],
        ),
        # soldiers fired at, counted or not
        (
            "وأطلق مسلحو داعش أمس النار على جنود في مدينة سامراء.",
            [("Armed clash", "IRQREB", "IRQMIL")],
        ),
        # the side right after the preposition of the fire is whom it was aimed at, not who fired
        (
            "وأطلقت الشرطة التركية النار على مسلحين في مدينة ماردين أمس.",
            [("Armed clash", "TURMIL", None)],
        ),
        # … a civilian so named stays one
        (
            "وكان الطبيب جالسا امس امام مقهى في مدينة ماردين حين اطلق مسلحون النار عليه.",
            [("Attack", None, "TURCVL")],
        ),
        # a bomb gone off in the hands of those who made it: the group is the first side, no one the second
        (
            "قتل خمسة من عناصر داعش أمس بانفجار عبوة كانوا يعدونها في منطقة الحويجة.",
            [("Remote explosive/landmine/IED", "IRQREB", None)],
        ),
        (
            "قتل 9 من عناصر داعش أمس بانفجار عجلة أثناء محاولتهم تفخيخها في قضاء هيت.",
            [("Remote explosive/landmine/IED", "IRQREB", None)],
        ),
        (
            "لقي أربعة من مسلحي داعش مصرعهم أمس بانفجار سيارة أثناء تجهيزها في قضاء القائم.",
            [("Remote explosive/landmine/IED", "IRQREB", None)],
        ),
        (
            "قتل ثلاثة من مسلحي الحوثي أمس بانفجار لغم كانوا يحاولون زرعه في طريق بمديرية نهم.",
            [("Remote explosive/landmine/IED", "YEMREB", None)],
        ),
        # fire answered: at whoever fired first (across the border), no civilians of the answering side
        (
            "وقال مصدر إن الجيش التركي رد أمس على إطلاق نار من الجانب السوري قرب بلدة كيليس.",
            [("Armed clash", "TURMIL", None)],
        ),
        (
            "وردت القوات التركية أمس على إطلاق النار من داخل الأراضي السورية قرب بلدة كيليس.",
            [("Armed clash", "TURMIL", None)],
        ),
        # what the verb struck, past an aside on its doer: the owner of the object hit
        (
            "كما استهدفت طائرات التحالف، الذي تقوده السعودية، مركبات عسكرية تابعة للحوثيين في منطقة كرش بمحافظة"
            " لحج.",
            [("Air/drone strike", "INTMIL", "YEMREB")],
        ),
        (
            "وقصفت طائرات التحالف، التي تقودها السعودية، مقرا تابعا للحوثيين في مدينة صعدة.",
            [("Air/drone strike", "INTMIL", "YEMREB")],
        ),
        # the side the sentence counts dead in the act's fight, not the army carried from the battle told before
        (
            "قتل 20 عنصرا من الجيش العراقي أمس في معارك مع داعش في منطقة الكرمة. كما قتل ستة من مليشيا الحشد"
            " الشعبي وأصيب 12 في اشتباك مع مقاتلي تنظيم داعش في منطقة المضيق شرق الرمادي.",
            [("Armed clash", "IRQREB", "IRQMIL"), ("Armed clash", "IRQREB", "IRQUAF")],
        ),
        # a side that goes on in a clause of suffering (تعرض لـ) was hit, it did not strike
        (
            "وسيطرت القوات العراقية أمس على مبنى المستشفى جنوبي مدينة الرمادي، وتعرضت لاحقا لتفجيرات داخل المبنى.",
            [
                ("Government regains territory", "IRQMIL", None),
                ("Remote explosive/landmine/IED", None, "IRQMIL"),
            ],
        ),
    ],
)
def test_implied_sides(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected
