"""One act told twice within an article merges: a strike told once by the civilians it hit and once by the armed
side it was aimed at, at one place on one day; a fight and the ground it changed, at one place on one day between
the same sides or their allies, is the change of hands, with the fight's sides. A shelling told by its shells is
not made an air strike by the aircraft of a later summary with no day of its own. An attack at one place on one day
told once by one ally and once by the other is one act of their camp. A report that carries over the city named
to locate the place of an act told before goes on from that act. An act told at a village of no name near a city,
then told again by what it did at a village named near that city, is at that village. Fire told in a sentence of
its own by a side said to stand elsewhere ("المتمركزة في") is a shelling of its own, not a fight's support."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_strike_told_by_its_victims_and_its_target_is_one(pipeline: Pipeline) -> None:
    text = (
        "وقال المبعوث في بيان إن الطيران الحربي ألقى براميل متفجرة على مدينة داريا أمس مما أوقع قتلى بين السكان "
        "المدنيين. وأضاف المبعوث أن سلاح الجو قصف مناطق في داريا وأن المعارضة ردت بالقذائف."
    )
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.actor2.code) for e in events] == [("Air/drone strike", "SYRCVL")]


def test_another_strike_at_the_place_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "ألقى الطيران الحربي براميل متفجرة على مدينة داريا أمس مما أوقع قتلى بين السكان المدنيين. "
        "وشن الطيران غارة أخرى على مواقع المعارضة في داريا."
    )
    assert len(_conflict(pipeline, text)) == 2


def test_fight_that_took_ground_is_the_change_of_hands(pipeline: Pipeline) -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية والمتمردين الحوثيين في مدينة الحوطة. "
        "وتمكنت قوات الجيش الوطني من استعادة السيطرة على مدينة الحوطة."
    )
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.actor1.code, e.actor2.code) for e in events] == [
        ("Government regains territory", "YEMMIL", "YEMREB")
    ]


def test_strikes_that_each_killed_their_own_stay_apart(pipeline: Pipeline) -> None:
    text = (
        "ألقى الطيران الحربي براميل متفجرة على مدينة داريا أمس مما أدى إلى مقتل ثلاثة مدنيين. "
        "وقال المبعوث إن سلاح الجو قصف مواقع المعارضة في داريا أمس فقتل خمسة من مقاتليها."
    )
    events = _conflict(pipeline, text)
    assert sorted(e.actor2.code for e in events) == ["SYRCVL", "SYRREB"]


def test_shelling_told_by_its_shells_keeps_its_type(pipeline: Pipeline) -> None:
    # the barrel bombs of a later summary of the place, with no day of their own, are not the day's means
    text = (
        "تعرض حي الوعر في مدينة حمص أمس لقصف عنيف بقذائف الهاون أدى إلى مقتل خمسة مدنيين. "
        "ووثقت الشبكة أن معظم ضحايا الحي قضوا في القصف بالبراميل المتفجرة."
    )
    events = _conflict(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_shelling_of_a_camp_told_again_by_its_people_is_one(pipeline: Pipeline) -> None:
    # the refugees killed and the civilians hurt when the camp is told again are of one shelling
    text = (
        "أدى القصف بقذائف الهاون على مخيم اليرموك للاجئين الفلسطينيين في دمشق أمس إلى مقتل ثلاثة أطفال. "
        "وأكدت هيئة أهلية في بيان أن المخيم قد استهدف بقذائف الهاون أمس مما تسبب بإصابات بين المدنيين."
    )
    events = _conflict(pipeline, text)
    assert [(e.actor2.code, e.fatalities) for e in events] == [("PSECVL", 3)]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # one shelling at one place on one day, told once by one ally and once by the other: one act of their camp
        (
            "قصفت مليشيات الحوثي وصالح خزانات الوقود في منطقة الضباب غرب مدينة تعز أمس. وتعرضت المنطقة الى قصف "
            "عنيف من قبل قوات صالح والحوثي.",
            [("Shelling/artillery/missile attack", "YEMREB")],
        ),
        # … so are strikes of one day at one place aimed once at one ally and once at the other
        (
            "شنت طائرات التحالف أمس غارات جوية استهدفت قوات صالح في منطقة الجفينة جنوب غرب مدينة مأرب. وشنت "
            "طائرات التحالف غارات على مواقع الحوثيين في منطقة الجفينة.",
            [("Air/drone strike", "INTMIL")],
        ),
        # … and a battle of one day at one place told once by its two sides and once by an ally alone, with no dead
        (
            "اندلعت اشتباكات عنيفة بين قوات الجيش الوطني ومسلحي الحوثي في منطقة الجفينة جنوب غرب مدينة مأرب أمس "
            "أسفرت عن مقتل 13 من الحوثيين. وخاضت المقاومة الشعبية أمس مواجهات في منطقة الجفينة.",
            [("Armed clash", "YEMMIL")],
        ),
        # … and ground taken at one place on one day, told once as the state's forces' (and their allies') and
        # once as the allied militia's: one change of hands, the state's
        (
            "استعادت المقاومة الشعبية والجيش الوطني أمس مبنى المحافظة في حي المعلا بعدن. وتمكنت المقاومة "
            "الشعبية أمس من دخول حي المعلا والسيطرة على مباني الأمن بعد طرد مسلحي الحوثي منه.",
            [("Government regains territory", "YEMMIL")],
        ),
        # (not the ground the other side took back there)
        (
            "استعادت المقاومة الشعبية والجيش الوطني أمس مبنى المحافظة في حي المعلا بعدن. وسيطر الحوثيون أمس على "
            "حي المعلا بعد انسحاب المقاومة منه.",
            [("Government regains territory", "YEMMIL"), ("Non-state actor overtakes territory", "YEMREB")],
        ),
        # … not the ally's own dead, nor one of another day, an act of another kind, the shelling of their foes
        (
            "اندلعت اشتباكات عنيفة بين قوات الجيش الوطني ومسلحي الحوثي في منطقة الجفينة جنوب غرب مدينة مأرب أمس "
            "أسفرت عن مقتل 13 من الحوثيين. وخاضت المقاومة الشعبية أمس مواجهات في منطقة الجفينة قتل فيها خمسة من "
            "عناصرها.",
            [("Armed clash", "YEMMIL"), ("Armed clash", "YEMUAF")],
        ),
        (
            "قصفت مليشيات الحوثي وصالح خزانات الوقود في منطقة الضباب غرب مدينة تعز أمس. وتعرضت المنطقة يوم الأحد "
            "الماضي الى قصف عنيف من قبل قوات صالح والحوثي.",
            [
                ("Shelling/artillery/missile attack", "YEMREB"),
                ("Shelling/artillery/missile attack", "YEMMIL"),
            ],
        ),
        (
            "قصفت مليشيات الحوثي مواقع المقاومة في منطقة الضباب غرب مدينة تعز أمس. وشنت قوات صالح أمس غارة جوية "
            "على منطقة الضباب.",
            [("Shelling/artillery/missile attack", "YEMREB"), ("Air/drone strike", "YEMMIL")],
        ),
        (
            "قصفت مليشيات الحوثي وصالح خزانات الوقود في منطقة الضباب غرب مدينة تعز أمس. وقصف الجيش الوطني الموالي "
            "للرئيس هادي منطقة الضباب أمس.",
            [
                ("Shelling/artillery/missile attack", "YEMREB"),
                ("Shelling/artillery/missile attack", "YEMMIL"),
            ],
        ),
        # one act by one side told again in the next sentence, with its street and weapon, its dead the same: the
        # act told first, at the street
        (
            "ولقي أربعة حوثيين حتفهم أمس جراء كمين نصبته المقاومة الشعبية على نقطة تابعة لهم بمدينة الحديدة. "
            "وقالت مصادر محلية إن المقاومة الشعبية شنت هجوما بقذيفة تبعه هجوم بأسلحة رشاشة على نقطة تفتيش "
            "للحوثيين بشارع الكورنيش في الحديدة، ما أسفر عن مقتل أربعة منهم.",
            [("Armed clash", "YEMUAF")],
        ),
        # one side taking one place told again later, the region first and another day leaking in: that one
        (
            "أحكمت المقاومة الشعبية أمس سيطرتها على منطقة الوازعية غرب تعز. وشن طيران التحالف مساء الاثنين غارات "
            "على مواقع الحوثيين في مدينة ذمار. وفي تعز سيطرت المقاومة على منطقة الوازعية وأصبح الحوثيون في مرمى "
            "نيرانها.",
            [("Non-state actor overtakes territory", "YEMUAF"), ("Air/drone strike", "INTMIL")],
        ),
        # … not one told as another
        (
            "ولقي أربعة حوثيين حتفهم أمس جراء كمين نصبته المقاومة الشعبية على نقطة تابعة لهم بمدينة الحديدة. "
            "وشنت المقاومة الشعبية هجوما آخر بقذيفة على نقطة تفتيش للحوثيين بشارع الكورنيش في الحديدة، ما أسفر "
            "عن مقتل أربعة منهم.",
            [("Armed clash", "YEMUAF"), ("Shelling/artillery/missile attack", "YEMUAF")],
        ),
    ],
)
def test_allies_act_told_by_each_is_one(pipeline: Pipeline, text: str, acts: list[tuple[str, str]]) -> None:
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.actor1.code if e.actor1 else None) for e in events] == acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a reply in a sentence of its own, no side named: the shelling of the attackers' positions, another act
        (
            "هاجم مسلحون أمس مركزا للشرطة في بلدة الرطبة مما أدى إلى مقتل شرطي. "
            "وأطلقت الدبابات عدة قذائف على مصادر النيران.",
            ["Armed clash", "Shelling/artillery/missile attack"],
        ),
        # the fight's own side shelling the other: its support, one battle
        (
            "اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في بلدة كفرنبودة. "
            "وقصفت قوات النظام مواقع المعارضة بالمدفعية.",
            ["Armed clash"],
        ),
        # strikes from the air by the fight's side, told after it: another means, an act of its own
        (
            "فشلت قوات النظام أمس في اقتحام بلدة كفرنبودة بعد أيام من الحملة. وقالت مصادر إن قوات النظام حاولت "
            "من خلال القصف بالبراميل المتفجرة والقصف الجوي اقتحام البلدة، إلا أن المقاتلين صدوا الهجوم.",
            ["Armed clash", "Air/drone strike"],
        ),
        # (a fight named as an aim is none told: the strikes told again with it are the strike's)
        (
            "شنت طائرات التحالف أمس غارات على مواقع التنظيم في بلدة الحويجة. وقال مسؤول إن التحالف الدولي "
            "لمواجهة التنظيم لن يوقف الغارات الجوية على الحويجة.",
            ["Air/drone strike"],
        ),
        # (the strike told again: one strike)
        (
            "ألقت مروحيات النظام أمس براميل متفجرة على بلدة كفرنبودة. "
            "وقالت مصادر إن قوات النظام قصفت البلدة بالبراميل المتفجرة.",
            ["Air/drone strike"],
        ),
    ],
)
def test_fire_after_a_fight_is_its_support_only_when_told_of_its_sides(
    pipeline: Pipeline, text: str, acts: list[str]
) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == acts


def test_one_battle_told_by_each_ally_against_one_side_is_one(pipeline: Pipeline) -> None:
    text = (
        "اندلعت اشتباكات أمس بين قوات النظام ومقاتلي المعارضة في بلدة مضايا. وقالت مصادر إن مقاتلي المعارضة تصدوا "
        "أمس لهجوم شنه حزب الله على مضايا."
    )
    assert [(e.actor1.code, e.actor2.code) for e in _conflict(pipeline, text)] == [("SYRMIL", "SYRREB")]


def test_each_allys_battle_with_its_own_dead_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "قتل خمسة من قوات النظام أمس في اشتباكات مع مقاتلي المعارضة في بلدة مضايا. وقالت مصادر إن مقاتلي المعارضة "
        "قتلوا أمس ثلاثة من عناصر حزب الله في اشتباكات في مضايا."
    )
    assert [e.fatalities for e in _conflict(pipeline, text)] == [5, 3]


@pytest.mark.parametrize(
    "text",
    [
        # the city named after the street, to say where it lies, is what the next sentence carries over
        "وفتح رجل النار فجر أمس في شارع الاستقلال، أكبر شوارع مدينة إسطنبول التركية، ما أسفر عن إصابة خمسة أشخاص."
        " وذكرت وكالة الأنباء أن الرجل كان يتشاجر مع مجموعة من الأشخاص عندما أطلق النار.",
    ],
)
def test_act_told_on_from_a_place_located_by_its_city_is_one(pipeline: Pipeline, text: str) -> None:
    assert len(_conflict(pipeline, text)) == 1


def test_act_at_a_village_near_a_city_told_again_at_the_village_named(pipeline: Pipeline) -> None:
    # the arson told at "a village near the city", then told again by what the fire did, at the village named
    text = (
        "قال مسؤولون في الشرطة الإسرائيلية إن مستوطنين متطرفين أضرموا النيران في منزل بالضفة الغربية المحتلة مما "
        "أدى إلى مقتل طفل فلسطيني أمس. وقالت المتحدثة إن شعارات كتبت على جدران المنزل الذي أضرمت فيه النيران "
        "بقرية قريبة من مدينة رام الله بالضفة الغربية. وأدت النيران إلى إلحاق الدمار بالمنزل الواقع في قرية سنجل."
    )
    events = _conflict(pipeline, text)
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == [("سنجل", 1)]


def test_another_act_by_its_doers_at_a_village_near_the_city_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "أضرم مستوطنون النيران في منزل بقرية قريبة من مدينة رام الله أمس. وأضرم مستوطنون آخرون النيران في سيارة "
        "بقرية سنجل أمس."
    )
    assert len(_conflict(pipeline, text)) == 2


def test_fire_from_where_its_doer_stands_is_a_shelling_of_its_own(pipeline: Pipeline) -> None:
    # told in a sentence of its own, by the side it says where it stands: a bombardment from afar, not the
    # support of the fight told before (one event per type)
    text = (
        "سيطرت قوات النظام أمس على حاجز الصنوبر في مدينة دوما بعد معارك مع فصائل المعارضة. "
        "وكثفت قوات النظام المتمركزة في تلال الريحان قصفها لمواقع المعارضة."
    )
    events = _conflict(pipeline, text)
    assert sorted(e.sub_event_type for e in events) == [
        "Government regains territory",
        "Shelling/artillery/missile attack",
    ]


def test_fire_of_a_side_of_the_fight_told_after_it_is_its_support(pipeline: Pipeline) -> None:
    text = (
        "سيطرت قوات النظام أمس على حاجز الصنوبر في مدينة دوما بعد معارك مع فصائل المعارضة. "
        "وكثفت قوات النظام قصفها لمواقع المعارضة."
    )
    events = _conflict(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
