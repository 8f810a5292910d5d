"""Which sentences are conflict acts: aid, envoys, the press entering a town take no ground; a bomb thrown by men
named between the verb and the bomb is a grenade attack; a patrol targeted is an attack on the armed men in it
(whose patrol it is, the side hit); a place named as besieged is no siege laid; kinds of acts a body documented as cases are a summary, no event."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _rows(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (
            e.sub_event_type,
            e.actor1.code if e.actor1 else None,
            e.actor2.code if e.actor2 else None,
            e.place.name_ar if e.place else None,
        )
        for e in _conflict(pipeline, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # aid, envoys, the press, civilians entering a town: no armed force, no ground taken
        "دخلت قافلة مساعدات تابعة للأمم المتحدة إلى بلدة مضايا المحاصرة أمس.",
        "ودخلت أمس قافلة إغاثة تابعة للهلال الأحمر إلى مدينة تعز.",
        "ودخل الصحفيون مدينة تدمر أمس برفقة قوات النظام.",
        "ودخل مفتشو الأمم المتحدة بلدة الزبداني أمس.",
        # aid carried by air: no act of violence
        "ونقلت طائرات تابعة للأمم المتحدة مساعدات غذائية إلى مدينة دير الزور المحاصرة أمس.",
        # a place named as besieged (the participle after it): how it stands, no siege laid that day
        "ووصلت طائرات تابعة للأمم المتحدة إلى مدينة دير الزور المحاصرة أمس.",
        # kinds of acts documented as cases: a summary over a time
        "وأكد المصدر أن لجنة التحقيق وثقت حالات القتل والتهجير والاعتقالات التعسفية في بلدات ريف حلب.",
        "ورصدت الشبكة السورية حالات الإعدام الميداني والاعتقال التعسفي في محافظة دير الزور.",
        # a speech given, no bomb
        "ألقى الرئيس كلمة في مدينة عدن أمس.",
    ],
)
def test_no_act_of_the_day(pipeline: Pipeline, text: str) -> None:
    assert _rows(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters entering a town take it
        (
            "ودخل مقاتلو المعارضة بلدة مضايا فجر أمس بعد انسحاب الحامية.",
            [("Non-state actor overtakes territory", "SYRREB", None, "مضايا")],
        ),
        # a bomb thrown by men named between the verb and the bomb: a grenade at whom holds the barracks
        (
            "ألقى مهاجمون قنبلة على ثكنة عسكرية في مدينة عدن أمس.",
            [("Grenade", None, "YEMMIL", "عدن")],
        ),
        (
            "وألقى مجهول قنبلة يدوية على محل تجاري في مدينة عدن أمس.",
            [("Grenade", None, None, "عدن")],
        ),
        # a patrol targeted: the armed men in it were attacked, whose patrol it is the side hit
        (
            "وقتل ثلاثة جنود إثر استهداف دورية للجيش في مدينة درعا أمس.",
            [("Armed clash", None, "SYRMIL", "درعا")],
        ),
        (
            "واستهدفت المقاومة الشعبية دورية تابعة للحوثيين في مدينة إب أمس.",
            [("Armed clash", "YEMUAF", "YEMREB", "إب")],
        ),
        # a siege laid stays (the verbal noun with its object)
        (
            "وأكمل الجيش أمس محاصرة مدينة الرمادي من ثلاث جهات.",
            [("Other", "IRQMIL", None, "الرمادي")],
        ),
        # arrests told as done stay
        (
            "واعتقلت القوات الكردية 150 شابا من بلدة صرين أمس.",
            [("Abduction/forced disappearance", "SYRREB", "SYRCVL", "صرين")],
        ),
    ],
)
def test_acts_of_the_day_stay(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
