"""Who fought whom when the target is named away from the act (conflict assembler): whom the doer is loyal to is
no target, and the side after the comma that closes the doer's title is."""

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
        # the leader the doer is loyal to, named right after it, is not whom it attacked
        (
            "قتل خمسة حوثيين في هجوم للمقاومة الشعبية الموالية للرئيس هادي على مواقع للمتمردين في مديرية"
            " الصومعة أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        (
            "شنت المقاومة الشعبية المؤيدة للرئيس عبد ربه منصور هادي هجوما على نقطة للحوثيين في مديرية لودر"
            " أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # (and the post attacked told after the comma that closes the title is the target)
        (
            "وأفادت مصادر محلية أن أربعة حوثيين قتلوا في هجوم للمقاومة الشعبية المؤيدة للرئيس عبد ربه منصور"
            " هادي، على نقطة للمتمردين في مديرية مكيراس أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
    ],
)
def test_whom_the_doer_is_loyal_to_is_no_target(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [_sides(e) for e in _conflict(pipeline, text) if e.event_type == "Battles"]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of targeting right after the strikes, with no doer of its own, names whom they hit (a group
        # named again by its head noun, "للتنظيم", too)
        (
            "وقالت القيادة المركزية الأمريكية إن طائرات التحالف الدولي نفذت عشر ضربات جوية قرب الرقة، استهدفت"
            " مواقع لتنظيم داعش في سوريا، كما نفذت أربع ضربات جوية قرب منبج واستهدفت وحدات تكتيكية ومخزنا"
            " للأسلحة للتنظيم.",
            ["SYRREB", "SYRREB"],
        ),
        # the bombing named again a sentence of no act later hits the camps of the side it was told to hit
        (
            "قصفت طائرات التحالف العربي أمس مواقع للحوثيين في مدينة زبيد. سياسيا، رحب مجلس التعاون الخليجي"
            " بعودة الحكومة اليمنية إلى عدن. وقالت مصادر محلية إن القصف استهدف معسكري العمري والنهضة في زبيد.",
            ["YEMREB", "YEMREB", "YEMREB"],
        ),
    ],
)
def test_whom_strikes_hit_told_after_them(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        e.actor2.code if e.actor2 else None for e in _conflict(pipeline, text) if e.event_type != "Battles"
    ]
    assert got == expected


def test_masked_men_who_made_the_attack_are_unidentified(pipeline: Pipeline) -> None:
    # "هجوم نفذه ملثمون": masked men named as the doers are an unidentified armed group, not the side of the
    # attack told before ("أيضا")
    text = (
        "وقتل مسلحو حزب العمال الكردستاني جنديين تركيين في هجوم على حاجز للجيش في ولاية سيرت الثلاثاء."
        " والأربعاء أيضا، قتل شرطي تركي وأصيب آخر في هجوم نفذه ملثمون في مدينة ماردين."
    )
    got = [_sides(e) for e in _conflict(pipeline, text)]
    assert got == [("Armed clash", "TURREB", "TURMIL"), ("Armed clash", None, "TURMIL")]


@pytest.mark.parametrize(
    "text",
    [
        # the group that holds the place where civilians died is not the side hit: after an indefinite place
        # with no relative, its head noun and quotes before its name, and the word that describes it after
        "قتل تسعة مدنيين أمس في غارات جوية نفذها الطيران الحربي السوري على بلدة يسيطر عليها تنظيم داعش في ريف"
        " الرقة.",
        "قتل تسعة أشخاص بينهم ثلاثة أطفال أمس، في غارات جوية نفذها الطيران الحربي السوري على بلدة يسيطر عليها"
        " تنظيم «داعش» الإرهابي في ريف الرقة.",
        # (the civilians counted before the comma fell in the strikes after it)
        "قتل تسعة أشخاص بينهم ثلاثة أطفال أمس، في غارات جوية نفذها الطيران الحربي السوري على مدينة الطبقة التي"
        " يسيطر عليها تنظيم داعش.",
    ],
)
def test_civilians_killed_where_a_group_holds_sway(pipeline: Pipeline, text: str) -> None:
    got = [_sides(e) for e in _conflict(pipeline, text)]
    assert got == [("Air/drone strike", "SYRMIL", "SYRCVL")]


def test_the_side_after_min_qibal_did_both_acts_joined_by_and(pipeline: Pipeline) -> None:
    # "لحملة إعدامات وتعذيب من قبل المتطرفين": the side after من قبل did the acts joined by و before it (not
    # the tribes whose sheikhs tell of it, against the extremists)
    text = (
        "يسيطر تنظيم داعش على مدينة هيت في محافظة الأنبار. وقال بعض شيوخ العشائر إن أهالي مدينة هيت يتعرضون"
        " لحملة إعدامات وتعذيب من قبل المتطرفين بتهمة التعاون مع القوات العراقية."
    )
    got = [_sides(e) for e in _conflict(pipeline, text)]
    assert got == [("Attack", "IRQREB", "IRQCVL")]


def test_them_of_a_verbal_noun_is_the_side_named_last(pipeline: Pipeline) -> None:
    # "جراء استهدافهم": "them" are the side named last, hit by the side named before it
    text = (
        "وأضاف القائد الميداني أن قوات المعارضة استطاعت أمس إيقاف تقدم قوات النظام نحو بلدة كفرنبودة، وتكبيدها"
        " خسائر جراء استهدافهم بالصواريخ."
    )
    got = [_sides(e) for e in _conflict(pipeline, text)]
    assert got == [("Shelling/artillery/missile attack", "SYRREB", "SYRMIL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb and its subject, the object and the arms split off by a comma: one act of that subject
        (
            "من جهة أخرى، أمطرت الفصائل المقاتلة المعارضة، أربع بلدات محاصرة في ريف إدلب بالقذائف الصاروخية أمس.",
            [("Shelling/artillery/missile attack", "SYRREB", None)],
        ),
        # shells said to fall, by no side named, right after a side's shelling is told, are that side's
        (
            "وفي ريف حلب، قصفت الفصائل المقاتلة أمس بلدة نبل بالقذائف الصاروخية. وأكد المرصد مقتل ثلاثة أشخاص في"
            " أكثر من مئة قذيفة سقطت على بلدة الزهراء.",
            [
                ("Shelling/artillery/missile attack", "SYRREB", None),
                ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
            ],
        ),
        (
            "من جهة أخرى، أمطرت الفصائل المقاتلة المعارضة، ثلاث بلدات محاصرة في شمال سوريا بالقذائف الصاروخية."
            " وأكد المرصد مقتل خمسة أشخاص في أكثر من 200 قذيفة سقطت على بلدتي نبل والزهراء أمس.",
            [
                ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
                ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
            ],
        ),
    ],
)
def test_shells_that_fell_are_of_the_shelling_told(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


def test_what_their_told_attack_resulted_in_they_did(pipeline: Pipeline) -> None:
    # "اعلن X انهم نفذوا هجوما، اسفر عن السيطرة على …": the side that tells of its attack took the ground (not
    # the side of the battle told before), from the other side of the article's battles
    text = (
        "شن مقاتلو حزب الله هجوما على بلدة مضايا أمس. وأعلن مقاتلو المعارضة أمس، أنهم نفذوا هجوما مباغتا ليل"
        " الاثنين، أسفر عن السيطرة على حاجزين قرب بلدة سرغايا."
    )
    got = [_sides(e) for e in _conflict(pipeline, text)]
    assert got[1:] == [("Non-state actor overtakes territory", "SYRREB", "LBNUAF")]


def test_the_two_acts_claimed_are_the_two_told_last(pipeline: Pipeline) -> None:
    # "حصيلة الهجومين اللذين تبناهما تنظيم داعش": both bombings told before are the group's
    text = (
        "انفجرت سيارة مفخخة في سوق منطقة الشعلة ببغداد أمس، ما أدى إلى مقتل 12 شخصا. كما انفجرت سيارة مفخخة في"
        " حي العامل، ما أدى إلى مقتل ثلاثة أشخاص. وأكدت مصادر طبية حصيلة الهجومين اللذين تبناهما تنظيم داعش في"
        " بيان."
    )
    got = [_sides(e) for e in _conflict(pipeline, text)]
    assert got == [("Remote explosive/landmine/IED", "IRQREB", "IRQCVL")] * 2
