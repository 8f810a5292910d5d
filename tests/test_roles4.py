"""The sides of an act: the object of a verb whose subject stands before it, two clans in a dual, the killed
soldier's side (conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side right after a verb whose subject stands right before it is its object, not its doer
        (
            "وقال مصدر إن القوات الحكومية استهدفت مسلحين حوثيين في مدينة تعز أمس.",
            ("Battles", "YEMMIL", "YEMREB"),
        ),
        (
            "وذكر شهود أن المقاومة الشعبية هاجمت مسلحين حوثيين في مدينة إب أمس.",
            ("Battles", "YEMUAF", "YEMREB"),
        ),
    ],
)
def test_the_object_of_a_verb_after_its_subject(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two tribes of one entry named as the two sides are both, though they share a code
        (
            "اندلعت اشتباكات بين قبيلتي الرزيقات والمعاليا في ولاية شرق دارفور أمس.",
            ("Battles", "SDNUAF", "SDNUAF"),
        ),
        # two clans a dual names, unknown to the lexicon, are tribal militias both
        (
            "قتل خمسة أشخاص في اشتباكات بين عشيرتي البو نمر والبو فهد في محافظة الأنبار أمس.",
            ("Battles", "IRQUAF", "IRQUAF"),
        ),
        (
            "اندلعت اشتباكات مسلحة بين عشيرتي آل فتلة والبو محمد في محافظة ذي قار أمس.",
            ("Battles", "IRQUAF", "IRQUAF"),
        ),
    ],
)
def test_two_tribes_in_a_dual(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected
    assert e.actor1.name_ar != e.actor2.name_ar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that holds the areas struck is no side of a strike whose dead, told after it, are civilians
        (
            "ونفذ الطيران الحربي السوري أمس غارات على مناطق سيطرة المعارضة في ريف إدلب، ما أسفر عن مقتل خمسة"
            " مدنيين.",
            ("Explosions/Remote violence", "SYRMIL", "SYRCVL"),
        ),
        (
            "قصفت قوات النظام أمس مناطق تحت سيطرة المعارضة في مدينة دوما، ما أدى إلى مقتل ثلاثة مدنيين.",
            ("Explosions/Remote violence", "SYRMIL", "SYRCVL"),
        ),
        (
            "قصفت الطائرات أمس بلدة الباب التي يسيطر عليها تنظيم داعش، ما أدى إلى مقتل ستة مواطنين.",
            ("Explosions/Remote violence", None, "SYRCVL"),
        ),
        # (of the gunmen it is theirs)
        (
            "قصفت قوات النظام أمس مناطق سيطرة المعارضة في مدينة دوما، ما أدى إلى مقتل ثلاثة مسلحين.",
            ("Explosions/Remote violence", "SYRMIL", "SYRREB"),
        ),
        # gunmen unnamed who killed a soldier: no side for them, the soldier's forces the other
        ("قتل مسلحون أمس جنديا في مدينة الموصل.", ("Battles", None, "IRQMIL")),
        ("قتل مسلحون من تنظيم داعش أمس جنديا في مدينة الرمادي.", ("Battles", "IRQREB", "IRQMIL")),
    ],
)
def test_sides_of_a_strike_on_held_areas(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters of the side named right after them with من are that side, not its foe
        (
            "قتل جندي أثناء اشتباكات مع متشددين من جبهة النصرة في ريف حلب أمس.",
            ("Battles", "SYRREB", "SYRMIL"),
        ),
    ],
)
def test_fighters_of_a_side(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected
