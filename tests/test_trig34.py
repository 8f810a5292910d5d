"""Which sentences are conflict acts: help sought for an assault, a victory "stolen", a withdrawal demanded, an act
named by its kind after the time since it or as a known incident, an attack named again as what came after another,
what a side failed at in a fight set as background, a stance towards every foe of a kind, and mines blown up in a
controlled way are none of the acts they name."""

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
    "text",
    [
        # the help a side says it needs, for an assault to come (the verb of helping with لـ and its object)
        "وقال القائد إن قواته بحاجة إلى دعم جوي لتساعدها على اقتحام مدينة الرمادي.",
        "وقال القائد الميداني إن ما تحتاجه القوات هو إسناد جوي من طيران التحالف ليساعدها في اقتحام مدينة الرمادي.",
        # a victory or sacrifices "stolen": no property
        "وندد القيادي أمس بسرقة نصر المقاومة في مدينة عدن.",
        "وقال إن ما جرى في مدينة تعز هو سرقة تضحيات الشهداء.",
        "واتهم الحزب خصومه بسرقة أصوات الناخبين في مدينة البصرة.",
        # a withdrawal asked for: a demand (the political REQUEST), no ground given up
        "وطالب مجلس الأمن أمس جماعة الحوثي بالانسحاب من مدينة الحديدة.",
        "ودعا مجلس الأمن أمس الحوثيين إلى الانسحاب من مدينة الحديدة وتسليم أسلحتهم.",
        "وحث المبعوث الأممي الأطراف على الانسحاب من مدينة تعز.",
        # an earlier act named by its kind after the time since it: told as background
        "وبعد ثلاثة أيام من حادثة تفجير السوق في مدينة الخالص، زار الوزير المدينة أمس.",
        "وبعد يومين من عملية اغتيال القيادي في مدينة درعا، شيع الأهالي جثمانه.",
        "وبعد يومين من جريمة إحراق منزل عائلة فلسطينية في قرية دوما، هاجم رئيس الوزراء السلطة.",
        # a stance towards every one of a kind of foes
        "وقالت المصادر إن ذلك يندرج في إطار تصدي الجبهة لكل الفصائل المدعومة أمريكيا في ريف حلب.",
        # mines and bombs blown up in a controlled way: no attack on anyone
        "وفجرت وحدات حماية الشعب أمس الألغام التي زرعها التنظيم بشكل متحكم به في بلدة عين عيسى.",
        "وقال مصدر في الجيش العراقي إن فرق الهندسة فجرت أمس عبوات ناسفة بطريقة محكومة في مدينة بيجي.",
    ],
)
def test_no_act_of_the_day(pipeline: Pipeline, text: str) -> None:
    assert _rows(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a withdrawal told as done stays
        ("وانسحب الحوثيون أمس من مدينة الحوطة.", [("Non-violent transfer of territory", "YEMREB", "الحوطة")]),
        # help given and the strikes of the day told apart
        (
            "وقصفت طائرات التحالف أمس مواقع الحوثيين في مدينة صعدة.",
            [("Air/drone strike", "INTMIL", "صعدة")],
        ),
        # an attack repelled stays
        (
            "وتصدت قوات المعارضة أمس لهجوم شنته قوات النظام على بلدة كفرنبودة.",
            [("Armed clash", "SYRREB", "كفرنبودة")],
        ),
        # a blast not controlled stays
        (
            "وقتل ثلاثة جنود أمس في انفجار لغم أرضي في بلدة عين عيسى.",
            [("Remote explosive/landmine/IED", None, "عين عيسى")],
        ),
    ],
)
def test_acts_of_the_day_stay(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def test_an_attack_named_again_as_what_came_after_another(pipeline: Pipeline) -> None:
    # "…، في هجوم يأتي غداة مقتل 12 شخصا في هجمات …": the bombings told before, named again — the attacks after
    # غداة are the day before's, with their dead
    text = (
        "وقتل 15 شخصا أمس في تفجير سيارة مفخخة استهدف سوقا في حي الكرادة وسط بغداد، وسيارة مفخخة أخرى في حي"
        " الشعب، في هجوم يأتي غداة مقتل 12 شخصا في هجمات استهدفت حي الحرية في بغداد."
    )
    got = [
        (e.place.name_ar if e.place else None, e.event_date, e.fatalities) for e in _conflict(pipeline, text)
    ]
    assert got == [("الكرادة", "2015-10-13", 15), ("الشعب", "2015-10-13", 0), ("الحرية", "2015-10-12", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side failed at in a long fight set as background: that fight's end, no clash of the day
        (
            "وتحدثت مصادر أخرى عن معارك محدودة بين الحوثيين والمقاومة في منطقة الفيوش أمس. وتمكنت المقاومة والجيش"
            " الأسبوع الماضي من تحرير مدينة عدن، بعد معارك عنيفة لأكثر من ثلاثة أشهر أخفق فيها الحوثيون من السيطرة"
            " على المدينة وإخضاعها لسلطاتهم بالقوة.",
            [("Armed clash", "YEMREB", "الفيوش"), ("Government regains territory", "YEMMIL", "عدن")],
        ),
        # what a side did in the fight set as background is the act told
        (
            "وقال مصدر عسكري إنه بعد معارك عنيفة أمس تمكنت خلالها قوات الجيش العراقي من السيطرة على بلدة الكرمة.",
            [("Government regains territory", "IRQMIL", "الكرمة")],
        ),
    ],
)
def test_what_went_on_in_a_fight_set_as_background(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def test_an_act_named_again_as_a_known_incident(pipeline: Pipeline) -> None:
    # "حادثة الحرق": the burning told before, named again by its kind (no second act where the telling was)
    text = (
        "وأحرق مستوطنون أمس منزل عائلة فلسطينية في قرية دوما قرب نابلس. ووصف الوزير حادثة الحرق في مؤتمر صحفي"
        " عقده في مدينة رام الله بأنها جريمة."
    )
    assert _rows(pipeline, text) == [("Looting/property destruction", "ISRUAF", "دوما")]
