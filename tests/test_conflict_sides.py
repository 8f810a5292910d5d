"""Who did an act and to whom: the sides of a conflict event (conflict assembler)."""

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
        # a side joined to the doer by مع acts with it: it is not what was hit
        (
            "نفذت الولايات المتحدة مع شركائها في التحالف الدولي ضربات جوية على مواقع لتنظيم داعش قرب مدينة"
            " الرقة أمس.",
            ("Air/drone strike", "USAMIL", "SYRREB"),
        ),
        (
            "قصفت الطائرات الروسية مع الجيش السوري مواقع لجبهة النصرة في ريف إدلب أمس.",
            ("Air/drone strike", "RUSMIL", "SYRREB"),
        ),
        # a fight's other side is the one مع names
        (
            "اشتبكت قوات الجيش العراقي مع مسلحي داعش في الرمادي أمس.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
        (
            "خاضت قوات الجيش معارك عنيفة مع مسلحي داعش في الرمادي أمس.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
    ],
)
def test_a_side_acting_along_with_the_doer(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side another act of a relative clause is aimed at is not the strikes' target
        (
            "وساهمت طائرات التحالف بغارات مكثفة على تجمعات التنظيم ومخازن أسلحته التي استخدمها في هجمات ضد"
            " قوات الجيش قرب الرمادي أمس.",
            ("Air/drone strike", "INTMIL", None),
        ),
        (
            "وشنت طائرات التحالف غارات على مواقع التنظيم وعرباته التي يستخدمها لمهاجمة قوات البيشمركة قرب"
            " الموصل أمس.",
            ("Air/drone strike", "INTMIL", None),
        ),
        # the holder of the place struck is still its side
        (
            "شنت الطائرات الحربية غارات على مدينة الرقة التي يسيطر عليها تنظيم داعش أمس.",
            ("Air/drone strike", None, "SYRREB"),
        ),
    ],
)
def test_a_side_of_another_act_told_in_a_relative_clause(
    pipeline: Pipeline, text: str, expected: tuple
) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hands the act was done at, its time between them and it
        (
            "وأعلن المرصد أن ثمانية مدنيين خطفوا مساء الأربعاء على أيدي جبهة النصرة في ريف حلب.",
            ("Abduction/forced disappearance", "SYRREB", "SYRCVL"),
        ),
        (
            "وقال مصدر محلي إن الصحفي اغتيل صباح أمس على يد تنظيم داعش في مدينة الموصل.",
            ("Attack", "IRQREB", "IRQCVL"),
        ),
        # the place of the act between it and the hands: "في مدينة X على يد …"
        (
            "وقال شهود إن المعلم قتل في بلدة الحويجة على يد تنظيم داعش.",
            ("Attack", "IRQREB", "IRQCVL"),
        ),
        # the hands of some of a side's men: "على أيدي عناصر من X"
        (
            "وذكر مصدر أن ثلاثة مدنيين خطفوا على أيدي عناصر من جبهة النصرة في ريف إدلب.",
            ("Abduction/forced disappearance", "SYRREB", "SYRCVL"),
        ),
    ],
)
def test_the_hands_named_after_the_time_of_the_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


def test_the_owner_of_the_aircraft_that_carried_out_a_strike(pipeline: Pipeline) -> None:
    text = (
        "قتل خمسة مدنيين أمس في غارة نفذتها طائرة حربية تابعة للنظام السوري على بلدة كفرنبل في ريف إدلب."
        " كما استهدف الطيران الحربي بلدة معرة النعمان بعدة غارات."
    )
    assert [_sides(e) for e in _conflict(pipeline, text)] == [
        ("Air/drone strike", "SYRMIL", "SYRCVL"),
        ("Air/drone strike", "SYRMIL", None),  # the aircraft named next are those forces'
    ]


def test_the_hands_of_gunmen_of_a_side(pipeline: Pipeline) -> None:
    # "على يد مسلحين من X": the gunmen are the side's, it did the act
    (e,) = _conflict(pipeline, "وقال شهود إن المعلم قتل أمس على يد مسلحين من تنظيم داعش في الموصل.")
    assert e.actor1 is not None and e.actor1.code == "IRQREB"


@pytest.mark.parametrize(
    "text",
    [
        "وقال الناطق باسم الجيش العراقي إن انفجارا وقع في مدينة الرمادي أمس.",
        "لكن متحدثا باسم الجيش العراقي قال إن انفجارا وقع في مدينة الرمادي أمس.",
    ],
)
def test_the_side_whose_spokesman_tells_of_a_blast_did_not_set_it_off(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(pipeline, text)
    assert e.actor1 is None or e.actor1.code is None


@pytest.mark.parametrize(
    "text",
    [
        "وأفادت مصادر بمقتل ثمانية من عناصر حزب الله في كمين قرب الزبداني وسط تكتم حزب الله على أسمائهم.",
        "قتل خمسة من مقاتلي جبهة النصرة في كمين بريف إدلب أمس وسط صمت جبهة النصرة.",
    ],
)
def test_the_side_that_lost_men_named_again_is_no_doer(pipeline: Pipeline, text: str) -> None:
    # a side can't fight itself: the side whose men fell, named again later, is the target, the doer unnamed
    (e,) = _conflict(pipeline, text)
    assert e.actor1 is None or e.actor1.code is None
    assert e.actor2 is not None and e.actor2.code in ("LBNUAF", "SYRREB")


def test_the_name_in_brackets_after_a_side_between_glosses_it(pipeline: Pipeline) -> None:
    # "بين X (فرع Y) وZ": Y is X told again, the other side is Z
    text = (
        "وقال المرصد إن اشتباكات تدور منذ صباح اليوم بين جبهة النصرة (فرع تنظيم القاعدة في سوريا) ومقاتلين من"
        " الفرقة 30 في ريف حلب الشمالي."
    )
    (e,) = _conflict(pipeline, text)
    assert (e.actor1.name_ar, e.actor2.name_ar) == ("جبهة النصرة", "الفرقة 30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who survived an attempt on his life is its target, and nobody died of it
        ("ونجا رئيس بلدية الفلوجة أمس من محاولة اغتيال في المدينة.", ("Attack", None, "IRQGOV", 0)),
        ("ونجا قائد شرطة الأنبار أمس من انفجار عبوة ناسفة استهدفت موكبه في مدينة الرمادي.",
         ("Remote explosive/landmine/IED", None, "IRQMIL", 0)),
        # (the guards killed in it are its dead)
        ("ونجا المحافظ أمس من محاولة اغتيال في مدينة الرمادي قتل فيها اثنان من حراسه.", ("Attack", None, "IRQGOV", 2)),
        # an official after the bare verb قتل is the one killed: an office kills nobody
        ("وقتل محافظ الأنبار أمس بانفجار عبوة ناسفة في مدينة الرمادي.",
         ("Remote explosive/landmine/IED", None, "IRQGOV", 1)),
    ],
)  # fmt: skip
def test_who_survived_or_was_killed_is_the_target(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert (*_sides(e), e.fatalities) == expected


# Who did an act and to whom, more shapes: the doer after "من قبل", the killer a verb names before a fight.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer after من قبل, whatever words describe the act before it
        (
            "وتعرض حي الروضة لقصف صاروخي كثيف من قبل الحوثيين في مدينة تعز أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", None),
        ),
        (
            "تعرضت مواقع الجيش لقصف بقذائف الهاون من قبل الحوثيين في مدينة تعز أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", "YEMMIL"),
        ),
        # rebels of no group named, counted among the dead, are the armed group hit where the act was
        (
            "ولقي 22 متمردا مصرعهم أمس في غارة جوية لطيران التحالف على معسكر في مديرية باب المندب.",
            ("Air/drone strike", "INTMIL", "YEMREB"),
        ),
        # men of a side who did something (قاموا بـ) are not its dead, nor the side an act hit
        (
            "وأعلن وزير الداخلية أن عناصر من الشرطة التركية قاموا بتحديد هوية مشتبه به في الهجوم الانتحاري"
            " الذي استهدف أمس مدينة سروج.",
            ("Suicide bomb", None, None),
        ),
        # the side that suffered an act (تعرض لـ) is the one hit, its doer unnamed or after it
        (
            "تعرضت دورية للجيش العراقي لهجوم في مدينة الرمادي أمس.",
            ("Armed clash", None, "IRQMIL"),
        ),
        (
            "تعرضت قوات النظام لهجوم من جبهة النصرة في بلدة كفرنبل أمس.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        # (named before by the pronoun on what suffered it)
        (
            "وأعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين في ولاية شرناق أمس.",
            ("Armed clash", None, "TURMIL"),
        ),
        # the side after من قبل that supports another is not the doer
        (
            "وشنت المقاومة هجوما على مواقع الحوثيين المدعومين من قبل قوات صالح في مدينة تعز أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # nor the side after من قبل a state is laid by
        (
            "وقصف الجيش محيط المطار المحاصر من قبل جبهة النصرة في ريف إدلب أمس.",
            ("Shelling/artillery/missile attack", "SYRMIL", "SYRREB"),
        ),
        # the dead of a side a verb before the fight says were killed: the verb's subject killed them in it
        (
            "وقتل الجيش العراقي سبعة من عناصر داعش في مواجهات بقضاء الحويجة أمس.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
        (
            "وقال مصدر أمني إن الشرطة قتلت ثلاثة مسلحين من داعش خلال اشتباكات في بلدة بيجي أمس.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
        # li- after a verbal noun marks its doer: who spoke before ان is no subject of the act told
        (
            "وقالت السلطات المحلية إن ستة مدنيين قتلوا أمس في قصف للطائرات التركية على قرية في محافظة دهوك.",
            ("Air/drone strike", "TURMIL", "IRQCVL"),
        ),
    ],
)
def test_the_doer_named_apart_from_the_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause whose verb is the act: its subject is the side that closes the clause before
        (
            "وسط تحليق مكثف للطيران الحربي التابع للجيش السوري، الذي نفذ عدة غارات على مواقع الفصائل المعارضة في"
            " ريف حماة أمس.",
            ("Air/drone strike", "SYRMIL", "SYRREB"),
        ),
        (
            "واستمرت المعارك قرب البلدة مع تحليق للطيران الحربي التابع للجيش السوري النظامي، الذي شن عدة غارات على"
            " مناطق الاشتباك في ريف حماة أمس.",
            ("Air/drone strike", "SYRMIL", None),
        ),
    ],
)
def test_the_doer_of_a_relative_clause(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in [_sides(e) for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight whose dead are counted on two sides was fought between them
        (
            "ودارت مواجهات عنيفة في قضاء الشرقاط قتل خلالها تسعة من عناصر تنظيم داعش وأربعة من الجيش العراقي.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
        (
            "لقي 11 من الحوثيين و3 من المقاومة الشعبية مصرعهم في اشتباكات بمدينة تعز أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # allies counted together are one side
        (
            "لقي 11 من الحوثيين وقوات صالح مصرعهم في اشتباكات بمدينة تعز أمس.",
            ("Armed clash", None, "YEMREB"),
        ),
    ],
)
def test_the_dead_of_both_sides_of_a_fight(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a group of no country hit at no place of its own is of the country the clause names as where it was,
        # not of the country the report is from
        (
            "أنقرة (رويترز)\nقصفت مقاتلات تركية أمس ثلاثة مواقع للجهاديين في المنطقة الحدودية في سوريا المقابلة"
            " لمدينة كيليس التركية.",
            "SYRREB",
        ),
        # (a group of a country of its own stays that country's)
        ("أنقرة (رويترز)\nقصفت مقاتلات تركية أمس مواقع لحزب العمال الكردستاني في شمال العراق.", "TURREB"),
    ],
)
def test_a_group_hit_abroad_is_of_the_country_named(pipeline: Pipeline, text: str, target: str) -> None:
    assert [_sides(e)[2] for e in _conflict(pipeline, text)] == [target]
