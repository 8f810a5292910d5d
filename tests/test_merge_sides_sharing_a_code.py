"""Two reports of one battle merged keep its two sides apart where they share a code (ACLED): the Islamic State
and the Syrian opposition are both SYRREB, two Libyan tribes both LBYUAF."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, SUN)


def _sides(e: Event) -> tuple[str | None, str | None, str | None, str | None]:
    a1, a2 = e.actor1, e.actor2
    return (
        a1.code if a1 else None,
        a1.name_ar if a1 else None,
        a2.code if a2 else None,
        a2.name_ar if a2 else None,
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the side that took ground leads the battle; the side it fought, of the same code, stays its other side
        (
            "شن تنظيم داعش هجوما جديدا على مقاتلي المعارضة السورية المسلحة في ريف حلب الشمالي أمس، وسيطر على"
            " أراض قريبة من الحدود التركية.",
            ("SYRREB", "تنظيم داعش", "SYRREB", "مقاتلي المعارضة السورية"),
        ),
        (
            "هاجم تنظيم داعش مواقع المعارضة السورية المسلحة في مدينة اعزاز أمس. وسيطر تنظيم داعش على مدينة"
            " اعزاز بعد معارك مع المعارضة السورية المسلحة.",
            ("SYRREB", "تنظيم داعش", "SYRREB", "المعارضة السورية المسلحة"),
        ),
        (
            "اندلعت معارك بين تنظيم داعش والمعارضة السورية المسلحة في ريف حلب أمس. وسيطر تنظيم داعش على مواقع"
            " المعارضة في ريف حلب.",
            ("SYRREB", "تنظيم داعش", "SYRREB", "المعارضة"),
        ),
        # the tribes told unnamed, then one of them named: that one is the other side, not the tribes again
        (
            "قتل العشرات في اشتباكات بين قبيلتين في مدينة سبها أمس. وقتل نحو 20 من الطوارق في الاشتباكات.",
            ("LBYUAF", "قبيلتين", "LBYUAF", "الطوارق"),
        ),
    ],
)
def test_two_sides_of_one_code_stay_two(pipeline: Pipeline, text: str, sides: tuple[str, ...]) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # rebels told under other names are one side told again: one event
        (
            "اشتبك مقاتلو المعارضة السورية مع قوات النظام في ريف إدلب أمس. وسيطرت الفصائل المسلحة على حاجز"
            " للجيش في المنطقة.",
            ("SYRREB", "الفصائل المسلحة", "SYRMIL", "الجيش"),
        ),
        (
            "اندلعت اشتباكات بين الجيش الحر وقوات النظام في بلدة الزبداني أمس. وقتل 12 من مقاتلي المعارضة في"
            " الاشتباكات مع قوات النظام في الزبداني.",
            ("SYRREB", "الجيش الحر", "SYRMIL", "قوات النظام"),
        ),
    ],
)
def test_one_side_under_two_names_is_merged(pipeline: Pipeline, text: str, sides: tuple[str, ...]) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a bombing told first without its target, then again with it: the target told, of the doer's code but
        # another group, is its actor2 — not the doer told twice
        (
            "فجر تنظيم داعش سيارتين مفخختين في قريتين قرب مدينة رأس العين أمس. وقال المرصد إن عناصر من التنظيم"
            " فجروا سيارتين مفخختين استهدفتا حاجزين لوحدات حماية الشعب الكردية في قريتين على"
            " الطرف الشمالي من المدينة.",
            ("SYRREB", "تنظيم داعش", "SYRREB", "وحدات حماية الشعب الكردية"),
        ),
    ],
)
def test_target_of_the_doers_code_told_later_is_kept(
    pipeline: Pipeline, text: str, sides: tuple[str, ...]
) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == sides
