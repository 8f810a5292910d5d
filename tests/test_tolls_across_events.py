"""The dead of one act counted once across the events of an article (ACLED): a toll told again is not added."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, SUN)


@pytest.mark.parametrize(
    ("text", "toll", "place"),
    [
        # the source goes on to tell how and where the dead it counted fell: one act, its place the one told
        (
            "أفاد مصدر أمني عراقي أمس بمقتل 15 مسلحا من تنظيم داعش شمال مدينة تكريت. وقال المصدر إن قوة من"
            " الجيش العراقي تمكنت من قتل 15 مسلحا من داعش في قرية البوعجيل.",
            15,
            "البوعجيل",
        ),
        (
            "وأفادت مصادر محلية بمقتل تسعة مسلحين حوثيين في كمين نصبته المقاومة الشعبية قرب مدينة رداع. وقالت"
            " المصادر إن المقاومة نصبت كمينا لدورية تابعة للحوثيين في جبل الثعالب فقتلت تسعة منهم.",
            9,
            "جبل الثعالب",
        ),
        # (the dead told again with no side named are those named first)
        (
            "أفاد مصدر أمني عراقي أمس بمقتل 14 مسلحا من تنظيم داعش شمال مدينة بيجي. وقال المصدر إن عبوة ناسفة"
            " انفجرت بسيارة في قرية البوجواري ما أسفر عن سقوط 14 قتيلا.",
            14,
            "البوجواري",
        ),
    ],
)
def test_the_same_dead_told_on_by_the_source_are_one_act(
    pipeline: Pipeline, text: str, toll: int, place: str
) -> None:
    (e,) = _conflict(pipeline, text)
    assert (e.fatalities, e.place.name_ar if e.place else None) == (toll, place)


def test_the_same_count_in_a_report_of_its_own_elsewhere_is_other_dead(pipeline: Pipeline) -> None:
    text = (
        "قتل 13 من مسلحي الحوثي في مواجهات مع المقاومة الشعبية في مدينة تعز. وقتل نحو 13 مسلحا من الحوثيين"
        " في مواجهات مع المقاومة بمحافظة مأرب."
    )
    assert sorted(e.fatalities for e in _conflict(pipeline, text)) == [13, 13]


def test_a_part_of_the_dead_told_at_a_place_of_its_own_is_not_added_to_the_whole(pipeline: Pipeline) -> None:
    text = (
        "قال ناشطون أمس إن 40 من عناصر تنظيم داعش قتلوا خلال يومين في غارات لطائرات التحالف الدولي على مواقع"
        " التنظيم في حلب وإدلب، وقتل 25 منهم في غارات على قرية قرب مدينة منبج."
    )
    assert sorted(e.fatalities for e in _conflict(pipeline, text)) == [15, 25]


def test_the_whole_a_part_is_of_is_the_nearest_toll_larger_than_it(pipeline: Pipeline) -> None:
    text = (
        "قال ناشطون أمس إن 40 من عناصر تنظيم داعش قتلوا خلال يومين في غارات لطائرات التحالف الدولي على مواقع"
        " التنظيم في حلب وإدلب، وقتل خمسة في غارة على مدينة الباب، بينما قتل 25 منهم في غارات على قرية قرب"
        " مدينة منبج."
    )
    assert sorted(e.fatalities for e in _conflict(pipeline, text)) == [5, 15, 25]


_STRIKE = "قتل {} مدنيا أمس في قصف جوي لطائرات النظام على سوق شعبي في مدينة دوما. "


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # two accounts of the same dead a little apart: the lower stands
        (_STRIKE.format(22) + "وقال ناشطون إن 19 مدنيا قتلوا في القصف الذي استهدف السوق.", 19),
        # … but not a toll that rose, nor a bound
        (
            _STRIKE.format(19)
            + "وقال ناشطون إن حصيلة القتلى ارتفعت إلى 22 مدنيا في القصف الذي استهدف السوق.",
            22,
        ),
        (_STRIKE.format(19) + "وقال ناشطون إن أكثر من 15 مدنيا قتلوا في القصف الذي استهدف السوق.", 19),
        # another source's count of the same civilians, further apart: an account too
        (_STRIKE.format(11) + "وأشارت مصادر أخرى إلى مقتل سبعة مدنيين في القصف على السوق.", 7),
        (_STRIKE.format(11) + "وقال مصدر آخر إن سبعة مدنيين قتلوا في القصف على السوق.", 7),
        # … not a share of them, nor the toll risen
        (_STRIKE.format(11) + "وقالت مصادر طبية إن بين القتلى سبعة أطفال.", 11),
        (_STRIKE.format(7) + "وقالت مصادر طبية إن عدد القتلى ارتفع إلى 11 مدنيا في القصف على السوق.", 11),
        # the doer's own claim of the dead it made is one more account: the lower other one stands, told before
        # the claim or after it
        (
            "هاجم تنظيم داعش مواقع الفصائل في بلدة تل رفعت أمس. وذكر المرصد السوري أن 18 مقاتلا من الفصائل"
            " وخمسة من عناصر التنظيم قتلوا في الهجوم على تل رفعت. وقال تنظيم داعش في بيان إن مقاتليه هاجموا"
            " مقرين في تل رفعت وقتلوا 45 مقاتلا على الأقل من الفصائل.",
            23,
        ),
        (
            "هاجم تنظيم داعش مواقع الفصائل في بلدة تل رفعت أمس. وفي بيان نشره اليوم، قال تنظيم داعش، إن مقاتليه"
            " هاجموا مقرين في تل رفعت وقتلوا 45 مقاتلا على الأقل من الفصائل. وذكر المرصد السوري أن 18 مقاتلا من"
            " الفصائل وخمسة من عناصر التنظيم قتلوا في الهجوم على تل رفعت.",
            23,
        ),
        (
            "قصفت طائرات الجيش مواقع للمسلحين في بلدة الحارة أمس. وقال الجيش في بيان إنه قتل 40 مسلحا في"
            " الغارات على الحارة. وذكر المرصد السوري أن 11 مسلحا قتلوا في الغارات على الحارة.",
            11,
        ),
    ],
)
def test_of_two_accounts_of_the_same_dead_the_lower_stands(pipeline: Pipeline, text: str, toll: int) -> None:
    assert [e.fatalities for e in _conflict(pipeline, text)] == [toll]


def test_a_source_telling_the_toll_again_gives_another_account(pipeline: Pipeline) -> None:
    def tolls(text: str) -> list[int]:
        return [e.fatalities for e in _conflict(pipeline, text)]

    # "وقالت مصادر إن عدد القتلى بلغ 15": the same dead counted again — the lower figure stands
    assert tolls("وقتل 10 أشخاص أمس في قصف على مدينة دوما، وقالت مصادر محلية إن عدد القتلى بلغ 15.") == [10]
    # more dead told by a source are more dead, at their own place
    assert tolls(
        "وقتل 10 أشخاص أمس في قصف على مدينة دوما، وقالت مصادر محلية إن خمسة آخرين قتلوا في قصف على مدينة حرستا."
    ) == [10, 5]


_BOTH_SIDES = (
    "أعلنت فصائل المعارضة مقتل 40 عنصرا لقوات النظام إثر اشتباكات مع الفصائل في حي الراموسة بمدينة حلب، حسب بيان"
    " نشرته حركة أحرار الشام أمس. فيما قتل 12 مقاتلا من المعارضة على الأقل خلال هجوم فاشل قاموا به على ثكنة"
    " عسكرية في المدينة، حسبما أفاد المرصد السوري لحقوق الإنسان. "
)


@pytest.mark.parametrize(
    ("then", "toll"),
    [
        # another source's lower count of the side whose dead were counted first stands for them: 7 + 12
        ("كما أفاد المرصد بمقتل سبعة من قوات النظام في الاشتباكات.", 19),
        # … not a share of them, nor others besides them, nor the same source going on
        ("وأشار المرصد إلى أن من بين قتلى قوات النظام سبعة ضباط.", 52),
        ("كما أفاد المرصد بمقتل سبعة آخرين من قوات النظام في الاشتباكات.", 59),
        ("وأكد البيان مقتل سبعة من قوات النظام في الاشتباكات.", 52),
    ],
)
def test_of_a_battles_two_sides_each_sides_lower_account_stands(
    pipeline: Pipeline, then: str, toll: int
) -> None:
    assert [e.fatalities for e in _conflict(pipeline, _BOTH_SIDES + then)] == [toll]


@pytest.mark.parametrize(
    ("then", "toll", "places"),
    [
        # the dead of no doer counted at the region the strike's village lies in, that day: another account of
        # the strike's dead
        ("وأعلنت سلطات إقليم كردستان العراق أمس عن خمسة قتلى من السكان المحليين.", [5], ["برادوست"]),
        # … not the dead of an act of their own elsewhere in it
        ("وقتل خمسة مدنيين أمس في قصف على بلدة سوران في إقليم كردستان العراق.", [9, 5], ["برادوست", "سوران"]),
    ],
)
def test_dead_of_no_doer_at_the_region_of_a_strike_that_day_are_its_dead(
    pipeline: Pipeline, then: str, toll: list[int], places: list[str]
) -> None:
    text = (
        "قال حزب كردي إن تسعة مدنيين قتلوا أمس في غارات جوية تركية استهدفت قرية برادوست شمال أربيل في إقليم"
        " كردستان العراق. " + then
    )
    events = _conflict(pipeline, text)
    assert [e.fatalities for e in events] == toll
    assert [e.place.name_ar if e.place else None for e in events] == places
