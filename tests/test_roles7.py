"""The sides of an act: a strike on the area of the battle told before (conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_conflict_sides import _conflict, _sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike on the fight's area hits the side of the battle that is not the striker's
        (
            "دارت اشتباكات عنيفة بين قوات النظام والفصائل المعارضة في حي الراشدين بحلب أمس، ترافقت مع قصف جوي"
            " لطائرات النظام على منطقة الاشتباكات.",
            ("Air/drone strike", "SYRMIL", "SYRREB"),
        ),
        # (the other side of the battle unnamed: the side named is the one hit)
        (
            "شنت فصائل المعارضة هجوما على بلدة الحاضر في ريف حلب أمس، ترافقت مع قصف جوي لطائرات النظام على منطقة"
            " الاشتباكات.",
            ("Air/drone strike", "SYRMIL", "SYRREB"),
        ),
    ],
)
def test_a_strike_on_the_fight(pipeline: Pipeline, text: str, expected: tuple) -> None:
    events = [e for e in _conflict(pipeline, text) if e.sub_event_type == expected[0]]
    assert [_sides(e) for e in events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # no side shells its allies: the allies named after the act are the target of another act
        "وقال ناشطون إن حي الشيخ سعيد في حلب شهد أمس قصفا لقوات النظام، واستهداف تمركزات للمسلحين الموالين لها"
        " من قبل مقاتلي الفصائل.",
    ],
)
def test_no_strike_on_allies(pipeline: Pipeline, text: str) -> None:
    for e in _conflict(pipeline, text):
        if (
            e.event_type == "Explosions/Remote violence"
            and e.actor1 is not None
            and e.actor1.code == "SYRMIL"
        ):
            assert e.actor2 is None or e.actor2.code not in ("SYRMIL", "SYRUAF", "LBNUAF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the positions of a side named after a comma are where the strike told last was aimed
        (
            "وقال مصدر عسكري إن المسلحين فقدوا الكثير من عناصرهم في غارة نفذها الطيران الحربي مساء أمس، على"
            " تمركزات للجماعات المتشددة في منطقة الليثي ببنغازي.",
            ("Air/drone strike", "LBYMIL", "LBYREB"),
        ),
    ],
)
def test_positions_named_after_a_comma(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fighting within one side has that side on both ends
        "اندلعت معارك داخلية بين مسلحي تنظيم داعش في قضاء تلعفر أمس.",
        "قتل عشرة مسلحين من تنظيم داعش في اقتتال داخلي في قضاء تلعفر أمس.",
    ],
)
def test_internal_fighting(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Armed clash", "IRQREB", "IRQREB")


def test_terrorists_aboard_what_was_hit(pipeline: Pipeline) -> None:
    # the men aboard what was hit, "terrorists" with no article, are the country's rebels
    text = "وأعلن قائد سلاح الجو أن طائرة عمودية دمرت أمس جرافة بحرية تحمل على متنها إرهابيين وأسلحة قرب مرفأ المريسة غربي بنغازي."
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Air/drone strike", "LBYMIL", "LBYREB")
