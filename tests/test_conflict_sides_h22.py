"""Who fought whom (conflict assembler): the one opposing side named around a battle told with one side."""

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
        # the other side named later in the sentence ("آخر معاقل المتمردين")
        (
            "واستعادت قوات الجيش الوطني والمقاومة الشعبية مبنى المحافظة في مدينة زنجبار، آخر معاقل المتمردين في"
            " المحافظة أمس.",
            [("Government regains territory", "YEMMIL", "YEMREB")],
        ),
        # named in the sentence before (the lead), with its ally: one opposing camp
        (
            "سيطرت المقاومة الشعبية على مديرية البريقة في محافظة عدن، فيما تواصل مسلحو الحوثي وقوات صالح قصف"
            " الأحياء السكنية. وفي محافظة لحج أحكمت المقاومة سيطرتها على مثلث الحسيني أمس.",
            [
                ("Non-state actor overtakes territory", "YEMUAF", "YEMREB"),
                ("Shelling/artillery/missile attack", "YEMREB", "YEMCVL"),
                ("Non-state actor overtakes territory", "YEMUAF", "YEMREB"),
            ],
        ),
        # (another group of the side's own code named in the lead is of its side)
        (
            "اشتباكات بين المعارضة وقوات النظام في ريف إدلب. وسيطر مقاتلو حركة أحرار الشام أمس على حاجز القرميد"
            " قرب مدينة أريحا.",
            [("Non-state actor overtakes territory", "SYRREB", "SYRMIL")],
        ),
        # two sides that fight each other named there: which one is not told
        (
            "سيطرت قوات النظام أمس على تلة في ريف اللاذقية، فيما قصف تنظيم داعش مواقع لجبهة النصرة في ريف حلب.",
            [
                ("Government regains territory", "SYRMIL", None),
                ("Shelling/artillery/missile attack", "SYRREB", "SYRREB"),
            ],
        ),
        # aircraft named in the lead fight no battle on the ground
        (
            "قصف طيران التحالف مواقع في مدينة صعدة أمس. وسيطرت المقاومة الشعبية على منطقة الفاو في محافظة مأرب"
            " أمس.",
            [("Air/drone strike", "INTMIL", None), ("Non-state actor overtakes territory", "YEMUAF", None)],
        ),
    ],
)
def test_the_one_opposing_side_named_around(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "قوات X والنظام": the forces word governs both — the regime's army took the ground, the militia with it
        (
            "وسيطرت قوات حزب الله والنظام على تلة في بلدة مضايا أمس بعد معارك مع مقاتلي المعارضة.",
            ("Government regains territory", "SYRMIL", "SYRREB", ["LBNUAF"]),
        ),
        (
            "وأفاد ناشطون بسيطرة عناصر حزب الله والنظام على حاجز في بلدة بلودان بريف دمشق أمس، بعد اشتباكات مع"
            " جبهة النصرة.",
            ("Government regains territory", "SYRMIL", "SYRREB", ["LBNUAF"]),
        ),
    ],
)
def test_forces_of_a_militia_and_the_regime(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [(*_sides(e), [a.code for a in e.assoc_actors]) for e in _conflict(pipeline, text)]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "القيت المسؤولية (فيه|عنه) على X": the side the blame is laid on did it, the dead are civilians
        (
            "وقتل 15 شخصا في تفجير انتحاري استهدف سوقا في بلدة جيلان بينار أمس، وألقيت المسؤولية عنه على حزب"
            " العمال الكردستاني.",
            [("Suicide bomb", "TURREB", "TURCVL")],
        ),
        (
            "قتل جندي تركي في اشتباكات على الحدود اليوم، بعد تفجير انتحاري قتل 20 شخصا في بلدة أقجة قلعة وألقيت"
            " المسؤولية فيه على تنظيم داعش.",
            [("Suicide bomb", "TURREB", "TURCVL")],
        ),
    ],
)
def test_the_blame_laid_on_a_side(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text) if e.event_type != "Battles"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the men held named before a plural verb after another side's act: held by the state's police
        (
            "وقالت مصادر أمنية إن مسلحين أكرادا فجروا عبوة ناسفة استهدفت دورية للجيش قرب مدينة ماردين أمس، فيما"
            " أفادت وكالة الأناضول أن أربعة أشخاص اعتقلوا للاشتباه بصلتهم بالهجوم.",
            ("Arrests", "TURMIL"),
        ),
    ],
)
def test_the_held_after_another_sides_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [_sides(e)[:2] for e in _conflict(pipeline, text) if e.sub_event_type == "Arrests"]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "مع شركائها في التحالف": the doer's partners are not whom it struck
        (
            "وقالت القيادة المركزية إن الولايات المتحدة نفذت مع شركائها في التحالف 12 غارة ضد أهداف تابعة لتنظيم"
            " داعش قرب مدينة الرقة أمس.",
            [("Air/drone strike", "USAMIL", "SYRREB")],
        ),
    ],
)
def test_the_doers_partners(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "الجثتين" told again: the bodies found of a side's men, named the sentence before — its fighters killed
        (
            "عثرت الشرطة العراقية على جثتي عنصرين من قوات الصحوة في حي السيدية جنوبي بغداد. وأفاد المصدر بأن"
            " الجثتين بدت عليهما آثار طلقات نارية.",
            [("Armed clash", None, "IRQUAF")],
        ),
        # (bodies of civilians stay civilians)
        (
            "عثرت الشرطة على جثتي مدنيين في حي السيدية جنوبي بغداد. وأفاد المصدر بأن الجثتين بدت عليهما آثار"
            " طلقات نارية.",
            [("Attack", None, "IRQCVL")],
        ),
    ],
)
def test_the_bodies_told_again(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air cover named by its nationality: the state's forces back the side, as its associate
        (
            "وتقدمت قوات النظام بإسناد جوي روسي في بلدة ربيعة بريف اللاذقية أمس.",
            ("Armed clash", "SYRMIL", ["RUSMIL"]),
        ),
        (
            "وسيطرت قوات النظام بغطاء جوي روسي على قرية كنسبا بريف اللاذقية أمس.",
            ("Government regains territory", "SYRMIL", ["RUSMIL"]),
        ),
    ],
)
def test_air_cover_of_a_nationality(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [
        (e.sub_event_type, e.actor1 and e.actor1.code, [a.code for a in e.assoc_actors])
        for e in _conflict(pipeline, text)
    ]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a Turkey report, "the Kurdish movement" that claims an act is the PKK
        (
            "وبعد يومين على التفجير الذي أوقع 20 قتيلا في مدينة سروج تبنت الحركة الكردية قتل جنديين تركيين عثر"
            " عليهما مقتولين برصاصة في الرأس في بلدة جيلان بينار التركية أمس.",
            [("Armed clash", "TURREB", "TURMIL")],
        ),
    ],
)
def test_the_kurdish_movement_claims(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side of the article's battles, of the doer's own camp, took the ground with it: its associate
        (
            "استعادت المقاومة الشعبية حي كريتر في عدن أمس بعد معارك مع الجيش الوطني. ولفت المصدر إلى أن قيادات"
            " فرت من المدينة بعد أن تمكنت قوات الجيش الوطني والمقاومة الشعبية من إحكام السيطرة على قصر المعاشيق"
            " في حي التواهي.",
            ("Government regains territory", "YEMMIL", None, ["YEMUAF"]),
        ),
    ],
)
def test_the_side_of_its_own_camp_is_no_opponent(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [(*_sides(e), [a.code for a in e.assoc_actors]) for e in _conflict(pipeline, text)]
    assert got[-1:] == [expected]
