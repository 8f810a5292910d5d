"""Which acts a report tells: an act named as what care or restraint is asked for in (بتوخي الدقة في قصف …) is
an act to come, none done; the weapon an act took its type from is checked against what the act hit and what it
is told to be like."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict
from tests.test_trig33 import _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the manner asked for in acting ("بتوخي الدقة في قصف …"): the strikes to come, no act of a day
        (
            "وطالب عضو لجنة الأمن النيابية النائب خالد العبيدي، قيادة العمليات المشتركة والتحالف الدولي بتوخي"
            " الدقة في قصف تجمعات «داعش» بمحافظة صلاح الدين.",
            [],
        ),
        ("وشدد الوزير على ضرورة توخي الدقة في الغارات على مواقع التنظيم في محافظة الأنبار.", []),
        # (the strikes told after the demand are the day's acts)
        (
            "وطالب النائب بتوخي الدقة في الضربات الجوية. وقصفت طائرات التحالف مواقع التنظيم في مدينة الرمادي أمس.",
            [("Air/drone strike", "INTMIL", "الرمادي")],
        ),
    ],
)
def test_acts_told_or_asked_for(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mines laid in a field (حقول ألغام) hit by strikes are what was hit, no bomb gone off
        (
            "وقال الجيش الأميركي إن التحالف استهدف تنظيم داعش في سوريا أمس بسبع ضربات جوية أصابت حقول ألغام قريبة"
            " من مدينة الرقة.",
            [("Air/drone strike", "INTMIL", "الرقة")],
        ),
        # (the dead of a minefield were killed by its mines)
        (
            "وقتل طفلان في حقل ألغام قرب بلدة الشدادي أمس.",
            [("Remote explosive/landmine/IED", None, "الشدادي")],
        ),
        # an act told as like the one before it (قصف مماثل), no weapon of its own, was done as that act was
        (
            "وقصف الطيران المروحي بالبراميل المتفجرة قرية تل رفعت، بالإضافة إلى قصف مماثل على قرية كفرنايا.",
            [("Air/drone strike", "SYRMIL", "تل رفعت"), ("Air/drone strike", "SYRMIL", "كفرنايا")],
        ),
        (
            "وقصفت قوات النظام بالمدفعية قرية تل رفعت، بالإضافة إلى قصف مماثل على قرية كفرنايا.",
            [
                ("Shelling/artillery/missile attack", "SYRMIL", "تل رفعت"),
                ("Shelling/artillery/missile attack", "SYRMIL", "كفرنايا"),
            ],
        ),
        # vacuum missiles fired with guns' shells, no aircraft named: from the ground
        (
            "واستهدفت قوات النظام بالصواريخ الفراغية وقذائف المدفعية بلدتي عندان وحريتان في ريف حلب الشمالي.",
            [
                ("Shelling/artillery/missile attack", "SYRMIL", "عندان"),
                ("Shelling/artillery/missile attack", "SYRMIL", "حريتان"),
            ],
        ),
        # (alone, or with the aircraft named, they are the aircraft's)
        (
            "واستهدفت قوات النظام بالصواريخ الفراغية بلدة عندان في ريف حلب الشمالي.",
            [("Air/drone strike", "SYRMIL", "عندان")],
        ),
        (
            "واستهدف الطيران الحربي السوري بالصواريخ الفراغية وقذائف المدفعية بلدة عندان في ريف حلب الشمالي.",
            [("Air/drone strike", "SYRMIL", "عندان")],
        ),
    ],
)
def test_the_type_of_an_act(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places a side stands before (أمام) or is to pass through (عبر) are no ground told taken
        (
            "وتقدمت القوات العراقية أمس في مدينة الرمادي حيث تمكنت من استعادة السيطرة على الطريق السريع، وتقف"
            " القوات الآن أمام أحياء الضباط والجمعية وسط المدينة.",
            [("Government regains territory", "IRQMIL", "الرمادي")],
        ),
        (
            "وتمكنت القوات العراقية أمس من استعادة السيطرة على الطريق السريع في مدينة الرمادي مما يعني أن القوات"
            " أصبحت على خط واحد باتجاه الدخول إلى مركز المدينة عبر حي الضباط وحي الجمعية.",
            [("Government regains territory", "IRQMIL", "الرمادي")],
        ),
        # where the side it joined up with is (التحمت بالمقاومة في مديرية X) is no ground taken either
        (
            "وقال مصدر محلي إن المقاومة الشعبية في مديرية المسراخ انتهت من دحر الحوثيين من كل قرى المديرية"
            " والتحمت بالمقاومة في مديرية جبل حبشي.",
            [("Non-state actor overtakes territory", "YEMUAF", "المسراخ")],
        ),
        # (a place the side heads for, the only one its clause names, is where it fought on its way)
        (
            "وقال متحدثون رسميون إن القوات العراقية تقدمت أمس باتجاه حي التأميم في مدينة الرمادي.",
            [("Armed clash", "IRQMIL", "التأميم")],
        ),
    ],
)
def test_ground_told_taken(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man told killed as he fought in a side's ranks fell in a fight, no civilian attacked
        (
            "إلى ذلك قتل نجل عضو مجلس النواب محمد أبو شوارب على أيدي رجال المقاومة الشعبية في البيضاء، بينما كان"
            " يقاتل في صفوف ميليشيا الحوثي.",
            [("Battles", "YEMUAF", "YEMREB")],
        ),
        # (killed with no fighting told, a civilian attacked)
        (
            "إلى ذلك قتل نجل عضو مجلس النواب محمد أبو شوارب على أيدي رجال المقاومة الشعبية في البيضاء.",
            [("Violence against civilians", "YEMUAF", "YEMCVL")],
        ),
    ],
)
def test_killed_as_he_fought(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [
        (e.event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _conflict(pipeline, text)
    ] == expected
