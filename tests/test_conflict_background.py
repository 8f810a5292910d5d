"""Acts set as the background of another, wars and campaigns waged, and tallies: what is an event of a day and
whose it is (conflict assembler)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article, Event
from rasad.pipeline import Pipeline

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _conflict(pipeline: Pipeline, text: str, published: dt.date = SUN) -> list[Event]:
    return [e for e in pipeline(Article(id="t", text=text, published=published)) if e.category == "conflict"]


def _brief(e: Event) -> tuple:
    return (
        e.sub_event_type,
        e.actor1.code if e.actor1 else None,
        e.place.name_ar if e.place else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's verb tells the act; the one named after بعد / عقب is what it came after, somewhere else
        (
            "وقصفت قوات النظام بلدة كفرنبل أمس بعد تفجير استهدف حاجزا لها في بلدة معرة النعمان.",
            [("Shelling/artillery/missile attack", "SYRMIL", "كفرنبل")],
        ),
        (
            "واعتقلت الشرطة أمس عشرة أشخاص في مدينة الفلوجة عقب هجوم على دورية للجيش في قضاء الكرمة.",
            [("Arrests", "IRQMIL", "الفلوجة")],
        ),
        # … a fight named as what went on, too
        (
            "وتواصلت أمس المعارك بريف حماة بعد سيطرة المعارضة على منطقة استراتيجية بجبل شحشبو.",
            [("Armed clash", None, "حماة")],
        ),
    ],
)
def test_the_act_the_clause_tells_before_the_one_it_came_after(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert [_brief(e) for e in _conflict(pipeline, text)] == expected


def test_the_sides_of_an_act_that_goes_on_are_not_the_earlier_bombings(pipeline: Pipeline) -> None:
    text = (
        "ويشن الحزب المحظور هجمات تستهدف منذ أسابيع قوات الأمن والجيش وأهدافا أخرى بعد تفجير استهدف تجمعا"
        " للشباب في بلدة سروج جنوب شرقي تركيا."
    )
    (e,) = _conflict(pipeline, text)
    assert (e.sub_event_type, e.actor1) == ("Remote explosive/landmine/IED", None)


@pytest.mark.parametrize(
    "text",
    [
        # a war waged is no act of a day
        "وشنت تركيا «حربا على الإرهاب» ضد حزب العمال الكردستاني وتنظيم داعش.",
        "وشن الجيش حربا شاملة على المتمردين في المحافظة.",
        # attacks waged for weeks or months, a campaign
        "ويشن التنظيم هجمات منذ أشهر على مواقع الجيش في محافظة الأنبار.",
        # an act told with how long it has lasted: eleven days or more (يوما), weeks, months
        "وتتعرض مدينة الزبداني لقصف عنيف منذ أكثر من عشرين يوما من قبل قوات النظام.",
        "وتتعرض أحياء مدينة تعز لقصف متواصل منذ أسابيع.",
        # a running total of hundreds of dead so far
        "في حين أوقعت الغارات الجوية التركية على مواقع للمتمردين في شمال العراق حتى الآن أكثر من 400 قتيل.",
        # acts counted in tens with no place nor day of their own
        "لكن عشرات الغارات التي تلت ذلك استهدفت المتمردين الأكراد.",
        "وأوضحت في بيان أن طيران التحالف الدولي نفذ 15 طلعة جوية في مختلف المناطق.",
        # acts counted so far, even with a place: a running total
        "وتركزت الضربات حتى الآن على مواقع الحزب فيما لم يعلن الجيش سوى عن ثلاث غارات على مقاتلي داعش في سوريا.",
        "ونفذت طائرات التحالف حتى اللحظة 120 غارة على مواقع التنظيم في محافظة الأنبار.",
    ],
)
def test_wars_campaigns_and_tallies_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # an attack that goes on since this morning is one of the day
        ("وقالت المصادر إن فصائل المعارضة تشن هجوما عنيفا منذ صباح اليوم على أحياء مدينة درعا.", 0),
        # a toll that rose so far for one act is its toll
        ("وارتفعت حصيلة التفجير حتى الآن إلى 35 قتيلا في مدينة الرمادي.", 35),
        # tens of strikes on a place named, on a day named
        ("وشنت طائرات التحالف أمس عشرات الغارات على مدينة الرمادي.", 0),
        # a few days is no campaign; the months a town has been besieged are its state, no tally
        ("وتتعرض مدينة الزبداني لقصف عنيف منذ يومين من قبل قوات النظام.", 0),
        ("وقصفت قوات النظام أمس مدينة الزبداني المحاصرة منذ أشهر.", 0),
        ("وأعدم تنظيم داعش أمس ثلاثة من المختطفين منذ أشهر في مدينة الرقة.", 3),
        # the act of the day told before a running total the sentence ends with
        (
            "وقتل خمسة مدنيين أمس في قصف لقوات النظام على مدينة دوما، ليرتفع عدد القتلى منذ بداية الشهر إلى 200.",
            5,
        ),
        # strikes counted on a day named, and a so-far that tells of the news of the dead, not of the acts
        ("وشنت طائرات التحالف أمس حتى الآن ثلاث غارات على مدينة الرمادي.", 0),
        ("وسقطت عشرات القذائف على بلدة نبل ولم ترد أنباء عن إصابات حتى اللحظة.", 0),
    ],
)
def test_acts_of_a_day_beside_those_rules(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert [e.fatalities for e in _conflict(pipeline, text)] == [fatalities]


def test_the_sentence_after_a_tally_that_goes_on_with_it(pipeline: Pipeline) -> None:
    text = (
        "وذكرت الوكالة الأحد أن نحو 390 مقاتلا قتلوا خلال أسبوعين من الغارات الجوية على قواعد المتمردين في"
        " شمال العراق. وقالت الوكالة إن أربعة من قادة الحزب قتلوا في الغارات. وقتل جنديان أمس في هجوم على"
        " موقع للجيش في مدينة مديات التركية."
    )
    assert [e.fatalities for e in _conflict(pipeline, text)] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blast of fuel or gas, with no bomb nor attacker named, is a mishap (and its dead no one's act)
        (
            "قصفت قوات النظام مناطق في جرود القلمون، فيما قضى رجل من مدينة حرستا إثر انفجار في مستودع للمحروقات.",
            [("Shelling/artillery/missile attack", 0)],
        ),
        ("وقتل ثلاثة أشخاص في انفجار أنبوب غاز في حي الكرادة ببغداد.", []),
    ],
)
def test_a_blast_by_mishap_is_no_bomb(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in _conflict(pipeline, text)] == expected


def test_a_bomb_by_a_fuel_station_is_one(pipeline: Pipeline) -> None:
    text = "وقتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب محطة وقود في حي الكرادة ببغداد."
    assert [(e.sub_event_type, e.fatalities) for e in _conflict(pipeline, text)] == [
        ("Remote explosive/landmine/IED", 3)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # incidents or cases of an act, neither counted nor dated, sum up what goes on
        ("كذلك سجلت حوادث اختطاف لشرطيين في ولاية شرناق، أحيانا مع عائلاتهم.", []),
        # (dated, they are the day's)
        ("ووقعت أمس حالات اختطاف لمدنيين في مدينة تعز.", ["Abduction/forced disappearance"]),
    ],
)
def test_incidents_summed_up(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the acts an answer is threatened or meant for were told before
        ("وتوعدت الجماعة بالرد على الغارات.", []),
        ("وتوعد الحزب بالرد على الغارات التركية التي استهدفت مواقعه في شمال العراق.", []),
        # اوقف with people counted after it held them, whatever act the campaign they were held in went after
        (
            "وقالت الحكومة إن الشرطة أوقفت 251 شخصا في إطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى التنظيم.",
            ["Arrests"],
        ),
        # (with the act right after it, it stopped the act)
        ("وأوقفت القوات القصف على المدينة.", []),
    ],
)
def test_answers_and_what_was_stopped(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == expected


def test_an_act_dated_last_week_is_not_the_days_fight_at_the_same_place(pipeline: Pipeline) -> None:
    text = (
        "وخاضت قوات الجيش اشتباكات عنيفة مع المتمردين في مدينة عدن. وفي الأسبوع الماضي استعادت قوات الجيش"
        " جانبا كبيرا من مدينة عدن."
    )
    events = _conflict(pipeline, text, dt.date(2015, 7, 26))
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Armed clash", "2015-07-26"),
        ("Government regains territory", "2015-07-21"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an act named as the aim (بغرض، بقصد) is not done
        "ونشرت الميليشيات دبابة في قرية الحصن بغرض قصف مدينة تعز.",
        # the fight told, named again with what it broke out after, is how it began
        "واندلعت الاشتباكات في قرية الحصن عقب إحراق المواطنين منتصف الأسبوع الماضي لدبابة تابعة للميليشيات.",
    ],
)
def test_aims_and_how_a_fight_began_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


def test_those_responsible_for_an_act_name_no_new_one(pipeline: Pipeline) -> None:
    text = "وتسعى الأجهزة الأمنية لتحديد هوية المسؤولين عن اختطاف الموظفين في مدينة زوارة."
    assert _conflict(pipeline, text) == []
    # (a claim of one is its report)
    text = "وأعلن التنظيم المسؤولية عن تفجير استهدف مسجدا في مدينة صنعاء أمس."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fighting an act told came with is its backdrop
        ("وتأتي تلك الغارات مع استمرار المواجهات المسلحة بين الحوثيين والمقاومة في مدينة مأرب.", []),
        # (the fighting that went on with a shelling told went on that day too)
        (
            "وقصفت قوات النظام بلدة عتمان أمس مع استمرار الاشتباكات في البلدة.",
            ["Shelling/artillery/missile attack"],
        ),
    ],
)
def test_the_fighting_an_act_came_with(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts told as a habit, pointed back to: their dead are a tally
        (
            "وينفذ الطيران التركي يوميا غارات مكثفة على مواقع المتمردين في جبال شمال العراق. وقتل ما لا يقل عن 260"
            " مقاتلا في هذه الغارات بحسب أنقرة.",
            [],
        ),
        # (an act told, pointed back to, is that act, with its dead)
        ("قصفت الطائرات مدينة دوما أمس. وقتل 10 مدنيين في هذا القصف.", [10]),
    ],
)
def test_acts_that_go_on_pointed_back_to(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [e.fatalities for e in _conflict(pipeline, text)] == expected


def test_the_day_told_within_the_week_told_first_is_the_same_act(pipeline: Pipeline) -> None:
    text = (
        "أعلنت الوزارة أن غارة جوية قرب بلدة سرمدا أدت في مطلع يوليو إلى مقتل زعيم الجماعة. وقال المتحدث إن"
        " الزعيم قتل في 8 يوليو خلال تنقله بسيارة قرب بلدة سرمدا."
    )
    events = _conflict(pipeline, text, dt.date(2015, 7, 21))
    assert [(e.sub_event_type, e.fatalities, e.event_date) for e in events] == [
        ("Air/drone strike", 1, "2015-07-08")
    ]


def test_the_base_aircraft_are_sent_from_is_not_where_they_struck(pipeline: Pipeline) -> None:
    text = (
        "واستخدمت الولايات المتحدة قاعدة إنغرليك لإرسال طائرات دون طيار منها نفذت هجمات على مواقع للتنظيم في"
        " سوريا."
    )
    # (no finer place than the country the strikes were told in)
    assert [e.place.name_ar if e.place else None for e in _conflict(pipeline, text)] == ["سوريا"]
    # (an air base struck is the place of the strike)
    text = "وقصفت طائرات النظام مطار كويرس العسكري أمس."
    assert [e.place.name_ar if e.place else None for e in _conflict(pipeline, text)] == ["كويرس"]


@pytest.mark.parametrize(
    "text",
    [
        # the men by whose hands or fire a civilian was killed are the doers, not fighters killed in a clash
        "وقتل مدني على يد مسلحين من تنظيم داعش في مدينة الرمادي أمس.",
        "واستشهد شاب برصاص مسلحين مجهولين في مدينة درعا أمس.",
    ],
)
def test_a_civilian_killed_by_gunmen_is_an_attack(pipeline: Pipeline, text: str) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in _conflict(pipeline, text)] == [("Attack", 1)]


def test_a_death_only_wished_counts_nobody(pipeline: Pipeline) -> None:
    text = (
        "وقال المحلل إن التنظيم يريد قتل عصفورين بحجر واحد، بعد اتهامه بتنفيذ تفجير في بلدة سروج أمس راح "
        "ضحيته 31 شخصا."
    )
    assert [e.fatalities for e in _conflict(pipeline, text)] == [31]


def test_an_arrest_made_in_a_fight_is_part_of_the_fight(pipeline: Pipeline) -> None:
    text = "وقتل مسلحان واعتقل ثلاثة آخرون أمس في اشتباك مع قوات الأمن في مدينة الرمادي."
    assert [(e.sub_event_type, e.fatalities) for e in _conflict(pipeline, text)] == [("Armed clash", 2)]
    # an arrest with no fight named stays an arrest
    text = "واعتقلت قوات الأمن أمس ثلاثة مسلحين في مدينة الرمادي."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the car bomb that destroyed is the bomb's event
        (
            "ودمرت سيارة مفخخة أمس مقر الشرطة في مدينة الرمادي.",
            [("Remote explosive/landmine/IED", None, "الرمادي")],
        ),
        # a car bomb destroyed by a strike is part of the strike
        (
            "وشن طيران التحالف أمس غارة على مدينة الرمادي أسفرت عن مقتل خمسة عناصر من داعش وتدمير سيارة مفخخة.",
            [("Air/drone strike", "INTMIL", "الرمادي")],
        ),
    ],
)
def test_a_car_bomb_that_destroyed_and_one_destroyed_by_a_strike(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert [_brief(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short time phrase weeks gone by, set off after the clause, dates the clause: background
        ("وسيطر تنظيم داعش على مدينة الرقة، في مايو (أيار) الماضي، بعد معارك مع قوات النظام.", []),
        # … and a clause opened by حيث goes on with that time gone by
        (
            "وانسحبت القوات من المنطقة ليلة هجوم التنظيم على مدينة الرمادي، في مايو (أيار) الماضي، التي شهدت"
            " إنزالا جويا قرب الحدود، حيث نجحت قوة خاصة بقتل قيادي في التنظيم واعتقال آخرين.",
            [],
        ),
        # … through a clause that only names who was killed
        (
            "وانسحبت القوات من المنطقة ليلة هجوم التنظيم على مدينة الرمادي، في مايو (أيار) الماضي، التي شهدت"
            " إنزالا جويا قرب الحدود، حيث نجحت قوة خاصة بقتل أبو محمد، القيادي في التنظيم، واعتقال آخرين.",
            [],
        ),
        # … and a clause opened by و goes on with an act of a week of a month gone by
        (
            "وهاجم التنظيم في الأسبوع الأول من تموز مدينة الحسكة وسيطر على عدد من أحيائها، وقتل أكثر من"
            " مائة مدني قبل أن ينسحب منها.",
            [],
        ),
        # a sentence opened by و goes on with the story of the one before, told as background with كان
        (
            "وكانت مدينة الرقة مسرحا لمعارك عنيفة ضد التنظيم العام الماضي. وتمكن المقاتلون من طرد عناصر التنظيم"
            " منها بعد أشهر من القتال.",
            [],
        ),
        # … not when it names a day of its own
        (
            "وكانت مدينة الرقة مسرحا لمعارك عنيفة العام الماضي. وقصفت الطائرات أمس مدينة الطبقة بعشر غارات.",
            [("Air/drone strike", "SYRMIL", "الطبقة")],
        ),
        # … nor when it puts a place first, a report of its own
        (
            "وكانت قوات النظام بدأت مطلع الشهر الماضي هجوما واسعا على مدينة الزبداني. وفي ريف إدلب سيطرت"
            " فصائل المعارضة على قرية المشيك.",
            [("Non-state actor overtakes territory", "SYRREB", "المشيك")],
        ),
        # a day of the last days set off so is the act's own
        (
            "وسيطر تنظيم داعش على مدينة الرقة، أمس الجمعة، بعد معارك مع قوات النظام.",
            [("Non-state actor overtakes territory", "SYRREB", "الرقة")],
        ),
        # a clause of حيث after an act of the days of the report goes on with that act
        (
            "وقصفت الطائرات مدينة الرقة التي سيطر عليها التنظيم في مايو الماضي، حيث قتل 10 مدنيين.",
            [("Air/drone strike", "SYRMIL", "الرقة")],
        ),
    ],
)
def test_a_time_gone_by_set_off_after_the_clause(pipeline: Pipeline, text: str, expected: list) -> None:
    pub = dt.date(2015, 8, 1)
    assert [_brief(e) for e in _conflict(pipeline, text, pub)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a battle being prepared is not fought
        (
            "وأطلقت فصائل المعارضة هجوما على مدينة الزبداني، وسط أنباء عن تحضيرات لفتح معركة في القنيطرة.",
            [("Armed clash", "SYRREB", "الزبداني")],
        ),
        ("وتحدثت مصادر عن استعدادات لشن هجوم واسع على مدينة درعا.", []),
        # a place used as a front line in a battle: what it serves as, no battle of a day
        (
            "وقتل عشرة أشخاص في تفجير أمس في بلدة تل أبيض الحدودية، التي تستخدم كخط جبهة في المعركة مع التنظيم.",
            [("Remote explosive/landmine/IED", None, "تل أبيض")],
        ),
        # an attack during the preparations is done
        (
            "وقتل ثلاثة عناصر من الجيش أمس في هجوم على موقع لهم خلال التحضير لعملية في ريف درعا.",
            [("Armed clash", None, "درعا")],
        ),
    ],
)
def test_an_act_being_prepared_is_not_done(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_brief(e) for e in _conflict(pipeline, text)] == expected


# -- acts dated weeks before the report: left out as background with a warning, or kept as historical on demand

LATE_JULY = dt.date(2015, 7, 30)


@pytest.fixture(scope="module")
def historical() -> Pipeline:
    return Pipeline(historical=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت قوات النظام يوم 3 يونيو حي جوبر في دمشق.",
            [("Shelling/artillery/missile attack", "2015-06-03", "جوبر")],
        ),
        (
            "شنت طائرات التحالف في 12 مايو غارات على مدينة الرقة أسفرت عن مقتل عشرة عناصر من داعش.",
            [("Air/drone strike", "2015-05-12", "الرقة")],
        ),
    ],
)
def test_an_act_dated_weeks_before_is_background_told_so_or_kept_on_demand(
    pipeline: Pipeline, historical: Pipeline, text: str, expected: list
) -> None:
    article = Article(id="t", text=text, published=LATE_JULY)
    events, warnings = pipeline.extract_with_warnings(article)
    assert [e for e in events if e.category == "conflict"] == []
    assert any(w.startswith("1 conflict act(s) dated weeks before") and "--historical" in w for w in warnings)
    kept = [e for e in historical(article) if e.category == "conflict"]
    assert [(e.sub_event_type, e.event_date, e.place.name_ar if e.place else None) for e in kept] == expected
    assert {e.status for e in kept} == {"historical"}


def test_recent_acts_are_the_same_and_unwarned_with_or_without_historical(
    pipeline: Pipeline, historical: Pipeline
) -> None:
    article = Article(
        id="t", text="اشتبكت فصائل المعارضة مع قوات النظام أمس في حي جوبر بدمشق.", published=LATE_JULY
    )
    events, warnings = pipeline.extract_with_warnings(article)
    assert [e.to_dict() for e in events] == [e.to_dict() for e in historical(article)]
    assert events and warnings == []
