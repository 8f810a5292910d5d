"""Which sentences are conflict acts, and of which type: ground changing hands needs ground told taken (an
advance is the fight on the way), and the state's forces among those who took it make it the state's."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _rows(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (e.sub_event_type, e.actor1.code if e.actor1 else None, e.place.name_ar if e.place else None)
        for e in _conflict(pipeline, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an advance, with no ground told taken, is the fight on the way
        (
            "وتقدمت قوات من الشرطة الاتحادية أمس بعد اشتباكات مع عناصر تنظيم داعش في منطقة البغدادي.",
            [("Armed clash", "IRQMIL", "البغدادي")],
        ),
        (
            "وواصلت المقاومة الشعبية أمس تقدمها إلى مدينة الحوطة في محافظة لحج.",
            [("Armed clash", "YEMUAF", "الحوطة")],
        ),
        (
            "وأحرز الجيش الليبي أمس تقدما كبيرا في منطقة الصابري بمدينة بنغازي.",
            [("Armed clash", "LBYMIL", "الصابري")],
        ),
        # a verb of trying with a gloss in brackets after its subject
        (
            "واندلعت أمس اشتباكات عنيفة حاول خلالها مقاتلون من جبهة النصرة (فرع تنظيم القاعدة في سوريا) دخول "
            "بلدة الفوعة.",
            [("Armed clash", "SYRREB", "الفوعة")],
        ),
        # an advance told with the ground it took is the takeover
        (
            "وتقدم مقاتلو المقاومة الشعبية أمس وحققوا انتصارا كبيرا على الحوثيين، بعد أن سيطروا على منطقة الوهط.",
            [("Non-state actor overtakes territory", "YEMUAF", "الوهط")],
        ),
        # the state's forces among those who took the ground: the state regains it
        (
            "واستعادت المقاومة الشعبية والقوات الموالية للرئيس هادي أمس السيطرة على مدينة الحوطة.",
            [("Government regains territory", "YEMMIL", "الحوطة")],
        ),
        (
            "وقالت الوكالة السورية إن الجيش العربي السوري و«المقاومة اللبنانية» (حزب الله) سيطرا أمس على بلدة "
            "مضايا في ريف دمشق.",
            [("Government regains territory", "SYRMIL", "مضايا")],
        ),
        # … not a rebel's partners in arms
        (
            "وسيطر الحوثيون وقوات صالح أمس على مدينة الحوطة.",
            [("Non-state actor overtakes territory", "YEMREB", "الحوطة")],
        ),
    ],
)
def test_ground_taken_and_by_whom(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fighting of late, with no day of its own
        "واشتد القتال في محافظة حماة أخيرًا بين قوات النظام وفصائل المعارضة.",
        "ونفذ مسلحو الحزب هجمات عنيفة على مراكز الشرطة في تركيا في الآونة الأخيرة.",
        # acts counted across a whole country (statistics), and the dead and the counts told with them
        "وشنت طائرات التحالف أمس غارات على مواقع التنظيم في أنحاء العراق، ونفذ التحالف 17 غارة.",
        "وقالت مصادر بالشرطة إن 14 هجوما في أنحاء العراق أدت إلى مقتل 25 شخصا على الأقل.",
        # a degree of a policy's conduct
        "وقال المسؤول إن السياسة الجديدة تنطوي على قدر أكبر من التدخل والنشاط والاشتباك.",
        # a definite act told as what came after something, told already
        "وتزامنت الغارات الجوية التي جاءت بعد اتصال هاتفي بين الرئيسين مع حملة سياسية واسعة.",
    ],
)
def test_no_act_of_the_day(pipeline: Pipeline, text: str) -> None:
    assert _rows(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # اخيرا right after the verb and its subject is "at last"
        (
            "وسيطرت قوات النظام أخيرا على مدينة السلمية أمس.",
            [("Government regains territory", "SYRMIL", "السلمية")],
        ),
        # another act's "of late"
        (
            "وسيطرت قوات الجيش العراقي أمس على مدينة هيت، التي فجر التنظيم جسرها مؤخرا.",
            [("Government regains territory", "IRQMIL", "هيت")],
        ),
        # fighters killed "as a result of targeting them", no side or means named: a fight with them
        (
            "وقال المرصد إن الضابط قتل مع ثلاثة عناصر آخرين من قوات النظام جراء استهدافهم في حي القابون بدمشق.",
            [("Armed clash", None, "القابون")],
        ),
        # across a city is a place
        ("وداهمت الشرطة التركية أمس أكثر من 80 موقعا في أنحاء إسطنبول.", [("Arrests", "TURMIL", "إسطنبول")]),
    ],
)
def test_acts_of_the_day_stay(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعلن الوزير أمس اعتقال المتورطين بالتفجير الذي استهدف سوقا في ناحية الخالص.",
            [("Arrests", "IRQMIL", "الخالص")],
        ),
        # with its own day the bombing is told
        (
            "وأعلن الوزير أمس اعتقال المتورطين بالتفجير الذي استهدف سوقا في ناحية الخالص الجمعة.",
            [("Arrests", "IRQMIL", "الخالص"), ("Remote explosive/landmine/IED", None, "الخالص")],
        ),
    ],
)
def test_the_act_suspects_are_held_for(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
