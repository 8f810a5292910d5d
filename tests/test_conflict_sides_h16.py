"""Who did an act and to whom (second pass): a crowd a named force broke up, the victims a nationality names
(conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفرقت قوات الأمن المركزي متظاهرين أمام مبنى المحافظة في تعز أمس.", ("YEMOPP", "YEMMIL")),
        ("وفضت الشرطة اعتصاما لموظفين أمام مبنى المحافظة في البصرة.", ("IRQOPP", "IRQMIL")),
        ("وفرقت عناصر الشرطة بالقوة تظاهرة للطلاب في مدينة تعز.", ("YEMOPP", "YEMMIL")),
        # the crowd is of the country where it gathered, not the force's: a foreign force's fire on it
        (
            "وأطلق جنود الاحتلال الرصاص المطاطي على المتظاهرين في بلدة كفر قدوم شرق قلقيلية.",
            ("PSEOPP", "ISRMIL"),
        ),
        ("وفرقت الشرطة الإسرائيلية بالغاز المسيل للدموع مظاهرة في تل أبيب.", ("ISROPP", "ISRMIL")),
    ],
)
def test_a_crowd_a_named_force_broke_up_is_a_protest_with_intervention(
    pipeline: Pipeline, text: str, expected: tuple
) -> None:
    # ACLED: the protesters are the first side, the force that broke them up the second
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Protest with intervention", *expected)


def test_a_crowd_broken_up_with_deaths_is_excessive_force(pipeline: Pipeline) -> None:
    (e,) = _conflict(pipeline, "وفرقت قوات الأمن متظاهرين في مدينة تعز، ما أدى إلى مقتل ثلاثة منهم.")
    assert _sides(e) == ("Excessive force against protesters", "YEMOPP", "YEMMIL")
    assert e.fatalities == 3


def test_a_crowd_that_asks_for_an_end_is_still_peaceful(pipeline: Pipeline) -> None:
    (e,) = _conflict(pipeline, "وخرج متظاهرون في مدينة تعز للمطالبة بفض الحصار عن المدينة.")
    assert e.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل خمسة عراقيين في انفجار سيارة مفخخة في سوق شعبي ببغداد أمس.", ("IRQCVL", 5)),
        ("وأعلنت الشرطة مقتل ثلاثة سوريين في قصف على مخيم للاجئين قرب بلدة عرسال.", ("SYRCVL", 3)),
        ("وقتل 12 مصريا على أيدي مسلحي تنظيم داعش في مدينة سرت الليبية.", ("EGYCVL", 12)),
    ],
)
def test_the_dead_a_nationality_names_are_civilians_of_that_state(
    pipeline: Pipeline, text: str, expected: tuple
) -> None:
    # "قتل سبعة عراقيين": the nationality written as a noun after the count names the dead, once
    (e,) = _conflict(pipeline, text)
    assert (e.actor2.code if e.actor2 else None, e.fatalities) == expected


def test_the_dead_a_nationality_names_as_soldiers_are_no_civilians(pipeline: Pipeline) -> None:
    (e,) = _conflict(pipeline, "وقتل ثلاثة جنود سوريين في قصف على بلدة عرسال.")
    assert e.actor2 is not None and e.actor2.code == "SYRMIL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودارت اشتباكات عنيفة بين مقاتلين تركمان وقوات النظام في ريف اللاذقية الشمالي.", "SYRREB"),
        ("وشنت الفصائل التركمانية هجوما على قوات النظام في جبل التركمان بريف اللاذقية.", "SYRREB"),
        ("وهاجمت كتائب السلطان مراد قوات النظام في ريف حلب الشمالي.", "SYRREB"),
    ],
)
def test_turkmen_factions_in_syria_are_rebels(pipeline: Pipeline, text: str, expected: str) -> None:
    events = _conflict(pipeline, text)
    assert events and all(e.actor1 is not None and e.actor1.code == expected for e in events)


def test_a_group_that_bombs_another_group_of_one_code_keeps_both_sides(pipeline: Pipeline) -> None:
    # two armed groups, each named by its own entry, are both sides of a bombing though both are the country's rebels
    (e,) = _conflict(
        pipeline,
        "وفجر انتحاري من تنظيم داعش نفسه وسط تجمع لمقاتلي جبهة النصرة في ريف إدلب، ما أسفر عن مقتل ستة منهم.",
    )
    assert (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) == ("SYRREB", "SYRREB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "حملة مداهمات استهدفت عناصر الحزب": the act is the verb's subject, the side after it what it hit (with where
        # it was between too: "مداهمات في عدة محافظات استهدفت")
        (
            "وألقت الشرطة التركية القبض على 40 شخصا في حملة مداهمات استهدفت عناصر حزب العمال الكردستاني في إسطنبول.",
            ("Arrests", "TURMIL", "TURREB"),
        ),
        (
            "وألقت الشرطة التركية القبض على 80 شخصا خلال مداهمات في ست محافظات استهدفت عناصر حزب العمال الكردستاني.",
            ("Arrests", "TURMIL", "TURREB"),
        ),
        # but a verb with the act as its object pronoun ("هجوم شنه مقاتلو المعارضة") has its doer after it
        (
            "وتجددت المعارك في مدينة درعا إثر هجوم شنه مقاتلو المعارضة على مواقع لقوات النظام.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        # "تخوضان منذ الصباح مواجهات مع الحوثيين": a time between the verb of waging and its fight; the side after
        # مع is the one fought, not who fought
        (
            "وقالت مصادر محلية إن قوات الجيش والمقاومة الشعبية تخوضان منذ الصباح مواجهات عنيفة مع الحوثيين في تعز.",
            ("Armed clash", "YEMMIL", "YEMREB"),
        ),
        (
            "وقالت مصادر أمنية إن القوات العراقية تخوض منذ فجر اليوم معارك مع مسلحي داعش في مدينة الرمادي.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
    ],
)
def test_the_sides_around_the_verb_of_an_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in [_sides(e) for e in _conflict(pipeline, text)]


def _row(e: Event) -> tuple:
    return (e.event_type, *_sides(e), e.fatalities)


RIOT, FORCE, FIRE = "Violent demonstration", "Protest with intervention", "Excessive force against protesters"
# what a crowd and the forces did, by the row each gives (type, sub-type, first side, second side, dead)
_CROWD_AND_FORCES = {
    # a crowd fighting the forces is a riot: the rioters first, the force second; young men or a people facing
    # an army, no arms told, are an unarmed crowd (ACLED), no side of a battle; stones thrown at the forces too
    ("Riots", RIOT, "TUROPP", "TURMIL", 0): [
        "اندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين في مدينة أضنة."
    ],
    ("Riots", RIOT, "IRQOPP", "IRQMIL", 0): [
        "وأصيب عشرة أشخاص في مواجهات بين متظاهرين والشرطة في مدينة الكوت أمس.",
        "واندلعت مواجهات بين المحتجين وقوات الأمن في مدينة الكوت أمس.",
        "واندلعت اشتباكات بين محتجين وقوات الأمن في مدينة الكوت أمس.",
        "واشتبك متظاهرون مع قوات الشرطة في مدينة العمارة أمس.",
        "ورشق شبان غاضبون قوات الشرطة بالحجارة في مدينة الكوت أمس.",
        "وأصيب خمسة متظاهرين بجروح في اشتباكات مع الشرطة في مدينة البصرة أمس.",
        "واندلعت مواجهات عنيفة بين المتظاهرين وقوات مكافحة الشغب في ساحة التحرير ببغداد أمس.",
    ],
    ("Riots", RIOT, "PSEOPP", "ISRMIL", 0): [
        "وأصيب عشرات الفلسطينيين خلال مواجهات مع قوات الاحتلال في قرية كفر قدوم أمس.",
        "واندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال في بلدة بيت أمر شمال الخليل أمس.",
        "ووقعت مواجهات بين الفلسطينيين وقوات الاحتلال في قرية بلعين غرب رام الله أمس.",
    ],
    # a protester killed by the forces' fire during the protest: excessive force, with the toll
    ("Protests", FIRE, "PSEOPP", "ISRMIL", 1): [
        "واستشهد شاب خلال مظاهرة في قرية كفر قدوم شرق قلقيلية أمس برصاص قوات الاحتلال."
    ],
    ("Protests", FIRE, "IRQOPP", "IRQMIL", 3): [
        "وقتل ثلاثة متظاهرين برصاص قوات الأمن خلال تظاهرة في مدينة الكوت أمس."
    ],
    ("Protests", FIRE, "IRQOPP", "IRQMIL", 1): [
        "وقتل متظاهر وأصيب عشرة آخرون برصاص قوات الأمن خلال احتجاجات في مدينة الناصرية أمس."
    ],
    # a crowd choking on tear gas: no chemical weapon, an intervention in its protest
    ("Protests", FORCE, "IRQOPP", None, 0): [
        "وأصيب عشرات المتظاهرين بحالات اختناق جراء الغاز المسيل للدموع في مدينة البصرة أمس."
    ],
    # protesters counted as the dead of a bombing are its dead, no protest of their own
    ("Explosions/Remote violence", "Suicide bomb", None, "IRQCVL", 20): [
        "فجر انتحاري نفسه وسط تظاهرة في مدينة الكوت أمس ما أسفر عن مقتل 20 متظاهرا."
    ],
    # live fire on a crowd is excessive force, with or without its dead; whoever fired, the crowd is the first side
    ("Protests", FIRE, "IRQOPP", "IRQMIL", 0): ["وأطلقت الشرطة الرصاص الحي على محتجين في مدينة الكوت أمس."],
    ("Protests", FIRE, "IRQOPP", None, 0): ["وأطلق مسلحون مجهولون النار على المتظاهرين في مدينة الكوت أمس."],
    # the forces' hand on a crowd named after it (breaking up, repression, rubber bullets, beating, arrests): an
    # intervention, the crowd first
    # a crowd that stormed, burned or attacked rioted; so did one hurt in clashes with the police (named as the
    # riot police too)
    ("Riots", RIOT, "IRQOPP", None, 0): [
        "واقتحم متظاهرون مبنى مجلس المحافظة في مدينة البصرة أمس.",
        "واقتحم المتظاهرون مبنى المحافظة في مدينة الكوت أمس.",
        "وهاجم محتجون غاضبون مقر الحزب في مدينة الناصرية أمس.",
        "وأحرق متظاهرون غاضبون مقر الحزب في مدينة الناصرية أمس.",
        "واندلعت أعمال شغب في مدينة الحلة أمس بعد مباراة لكرة القدم.",
    ],
    # a crowd counted, or named again, going out is a protest ("خرج آلاف المتظاهرين"، "خرج المحتجون"); tyres burned
    # and roads cut are a protest's (ACLED: no violence, nobody's property destroyed)
    ("Protests", "Peaceful protest", "IRQOPP", None, 0): [
        "خرج آلاف المتظاهرين في ساحة الحبوبي وسط مدينة الناصرية يوم الجمعة.",
        "وخرج مئات المحتجين إلى شوارع مدينة الكوت أمس.",
        "وخرج المتظاهرون في مدينة السماوة أمس للمطالبة بتحسين الخدمات.",
        "واحتشد آلاف المحتجين أمام مبنى المحافظة في مدينة الكوت أمس.",
        "ونزل آلاف المتظاهرين إلى شوارع مدينة السماوة أمس.",
        # (the crowd named again chanting, raising banners, closing a road: the protest at that place and day)
        "وردد المتظاهرون في ساحة الحبوبي بمدينة الناصرية أمس هتافات تطالب بإقالة المحافظ.",
        "ورفع المحتجون في مدينة الكوت أمس لافتات تطالب بتوفير فرص العمل.",
        "وأغلق المحتجون الطريق الدولي في مدينة الكوت أمس.",
        # (the dead of the act the crowd protests against are no deaths of the protest)
        "واعتصم مئات الأشخاص في مدينة الكوت أمس احتجاجا على مقتل ثلاثة شبان برصاص مجهولين.",
        "وأحرق المتظاهرون الإطارات وقطعوا الطرق في مدينة البصرة أمس.",
        "وأحرق شبان غاضبون الإطارات في شوارع مدينة الكوت أمس.",
    ],
    # (a force named inside the words of breaking up, "فرقت الشرطة", broke up the crowd of the country)
    ("Protests", FORCE, "IRQOPP", "IRQMIL", 0): [
        "فرقت الشرطة بالقوة مسيرة احتجاجية في مدينة الديوانية أمس.",
        "وفرقت الشرطة تجمعا للعاطلين عن العمل في مدينة العمارة أمس.",
        "وفرقت قوات الأمن المعتصمين أمام مبنى المحافظة في مدينة الكوت أمس.",
        "وقمعت قوات الأمن مسيرة سلمية في مدينة الكوت أمس.",
        "وأطلقت الشرطة الرصاص المطاطي على المتظاهرين في مدينة الكوت أمس.",
        "واعتدت قوات الأمن بالضرب على المتظاهرين في مدينة الكوت أمس.",
        "واعتقلت الشرطة عشرين متظاهرا خلال تظاهرة في مدينة الكوت أمس.",
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"), [(text, row) for row, texts in _CROWD_AND_FORCES.items() for text in texts]
)
def test_a_crowd_and_the_forces(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _row(e) == expected


def test_armed_men_fighting_the_forces_fight_a_battle(pipeline: Pipeline) -> None:
    # gunmen, or a fight told as armed, are no crowd: a battle; nor are civilians killed in a fight
    for text in (
        "واندلعت اشتباكات بين مسلحين فلسطينيين وقوات الاحتلال في مخيم جنين أمس.",
        "وقتل ثلاثة مدنيين في اشتباكات مع قوات النظام في بلدة الصنمين أمس.",
        "واندلعت مواجهات مسلحة بين أبناء العشائر وقوات الأمن في مدينة الرمادي أمس.",
    ):
        events = _conflict(pipeline, text)
        assert events and all(e.event_type == "Battles" for e in events), text


def test_breaking_up_no_crowd_is_no_protest(pipeline: Pipeline) -> None:
    # "فرقت بين"، "فض الاشتباك": no crowd named after the verb
    events = _conflict(pipeline, "وقالت الشرطة إنها فرقت بين المتخاصمين في مدينة الكوت أمس.")
    assert all(e.event_type != "Protests" for e in events)
