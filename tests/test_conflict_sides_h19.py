"""Who fought and who backed them (conflict assembler): the air force or state named as the cover or support of a
ground fight is no side of it, at most the associate of the side it backs; a backer named after the fighters it
backs is theirs, not the attacker's; the side named after من قبل past its men's word did the act; an act told as a
side's response to another in the same clause is not the one the clause reports."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (
        e.sub_event_type,
        e.actor1.code if e.actor1 else None,
        e.actor2.code if e.actor2 else None,
        tuple(a.code for a in e.assoc_actors),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aircraft whose cover a side entered under, named with the strikes they made there, did not take
        # the ground: no side named for it, they are the associate of whoever did
        (
            "وأكدت مصادر ميدانية دخولها حي العزيزية بغطاء جوي من طيران التحالف الدولي الذي شن غارات استهدفت"
            " مواقع التنظيم في المدينة أمس.",
            [],
        ),
        (
            "تقدمت وحدات حماية الشعب الكردية نحو بلدة الشدادي أمس. وأكدت مصادر عسكرية دخولها حي الصناعة بغطاء"
            " جوي من طيران التحالف الدولي الذي شن غارات استهدفت مواقع التنظيم.",
            [("Non-state actor overtakes territory", "SYRREB", None, ("INTMIL",))],
        ),
    ],
)
def test_air_cover_is_no_side_of_the_ground_taken(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [_sides(e) for e in _conflict(pipeline, text) if e.event_type == "Battles"]
    assert got[-1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the backer named right after the fighters hit is theirs, not the attacker's associate
        (
            "هاجمت جبهة النصرة مقاتلين تدعمهم الولايات المتحدة في بلدة مارع بريف حلب أمس.",
            ("Armed clash", "SYRREB", None, ()),
        ),
        (
            "هاجم مسلحو داعش مقاتلين مدعومين من التحالف الدولي قرب بلدة الشدادي بريف الحسكة أمس.",
            ("Armed clash", "SYRREB", None, ()),
        ),
        # (the attackers' own backer still is: "مقاتلون محليون تدعمهم قوات التحالف")
        (
            "وسيطر مقاتلون محليون تدعمهم قوات التحالف على مدينة الضالع اليمنية أمس.",
            ("Non-state actor overtakes territory", "YEMUAF", None, ("INTMIL",)),
        ),
    ],
)
def test_the_backer_of_the_side_hit(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "من قبل مسلحي …": the side whose men did it after من قبل is the doer
        (
            "قتل ثلاثة مدنيين في بلدة بصرى الشام بريف درعا أمس إثر استهدافهم بقذائف الهاون من قبل مسلحي جبهة النصرة.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL", ()),
        ),
        (
            "تعرضت بلدة المسيفرة لقصف بقذائف الهاون من قبل عناصر تنظيم داعش أمس.",
            ("Shelling/artillery/missile attack", "SYRREB", None, ()),
        ),
        # (counted from the arms named right before it, the act itself further)
        (
            "استهدفت مواقع قوات النظام في بلدة الحراك بريف درعا الشرقي أمس بقذائف الهاون من قبل مقاتلي الجيش الحر.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRMIL", ()),
        ),
    ],
)
def test_done_by_the_men_of_a_side(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fire a side answered with is its part of the fight the attacker opened: one clash, the attacker
        # first, the side that answered second
        (
            "أطلق مسلحون حوثيون النار على نقطة للمقاومة الشعبية في مدينة يريم أمس، وردت المقاومة بإطلاق النار"
            " عليهم.",
            ("Armed clash", "YEMREB", "YEMUAF", ()),
        ),
        (
            "فتح مسلحو داعش النار على دورية للشرطة العراقية قرب مدينة بيجي أمس، فردت الدورية على الفور بإطلاق"
            " النار.",
            ("Armed clash", "IRQREB", "IRQMIL", ()),
        ),
    ],
)
def test_the_answer_to_an_attack(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "اعلن التنظيم مسؤوليته عن الهجوم": the claim of the act told before names its doer
        (
            "انفجرت سيارة مفخخة في سوق شعبي بحي الشعلة في بغداد أمس، ما أدى إلى مقتل 12 شخصا. وأعلن تنظيم داعش"
            " مسؤوليته عن الهجوم في بيان.",
            ("Remote explosive/landmine/IED", "IRQREB", "IRQCVL", ()),
        ),
        # further than two sentences from the claim, when it is the one act the report told
        (
            "انفجرت سيارة مفخخة في سوق شعبي بحي الشعلة في بغداد أمس، ما أدى إلى مقتل 12 شخصا. وقالت مصادر أمنية"
            " إن السيارة كانت مركونة قرب محل تجاري. وأضافت المصادر أن فرق الدفاع المدني هرعت إلى المكان. وأغلقت"
            " السلطات الطرق المؤدية إلى الحي. وتبنى تنظيم داعش الهجوم في بيان نشر على الإنترنت.",
            ("Remote explosive/landmine/IED", "IRQREB", "IRQCVL", ()),
        ),
        # (not when the report told other acts: which one it claims is not sure)
        (
            "انفجرت سيارة مفخخة في سوق شعبي بحي الشعلة في بغداد أمس، ما أدى إلى مقتل 12 شخصا. وفي مدينة بعقوبة"
            " انفجرت عبوة ناسفة قرب دورية للشرطة. وأضافت المصادر أن فرق الدفاع المدني هرعت إلى المكان. وأغلقت"
            " السلطات الطرق المؤدية إلى الحي. وتبنى تنظيم داعش الهجوم في بيان نشر على الإنترنت.",
            ("Remote explosive/landmine/IED", None, "IRQCVL", ()),
        ),
    ],
)
def test_a_claim_of_the_one_act_told(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight "between the two sides" is between the pair named with بين just before
        (
            "نشب نزاع بين أفراد إحدى العشائر في قضاء الشرقاط مع عناصر تنظيم داعش أمس. وقال مصدر محلي إن"
            " الاقتتال بين الطرفين أسفر عن عشرات القتلى من المتشددين.",
            ("Armed clash", "IRQUAF", "IRQREB", ()),
        ),
        (
            "تصاعد التوتر بين قوات النظام وفصائل المعارضة في ريف حماة. ودارت أمس اشتباكات عنيفة بين الطرفين"
            " في بلدة مورك.",
            ("Armed clash", "SYRMIL", "SYRREB", ()),
        ),
    ],
)
def test_a_fight_between_the_two_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][-1:] == [expected]
