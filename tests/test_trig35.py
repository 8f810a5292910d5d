"""Which kind an act is by its means: what a coalition destroys it struck from the air, and explosives thrown by hand
are a grenade attack."""

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
    ("text", "expected"),
    [
        # what a coalition of air forces destroys, no other means named, it struck from the air
        (
            "وقصفت طائرات التحالف أمس مواقع الحوثيين في مدينة ذمار، فيما دمرت قوات التحالف مستودعا للذخيرة في"
            " مديرية عنس.",
            [("Air/drone strike", "INTMIL", "ذمار"), ("Air/drone strike", "INTMIL", "عنس")],
        ),
        ("ودمر التحالف أمس مخزنا للأسلحة في مديرية حرض.", [("Air/drone strike", "INTMIL", "حرض")]),
        (
            "ودمرت قوات التحالف العربي أمس مخزنا للأسلحة في مديرية حرض.",
            [("Air/drone strike", "SAUMIL", "حرض")],
        ),
        # explosives thrown by hand: a grenade attack, not a planted bomb
        (
            "وألقى مهاجمون ملثمون أمس متفجرات محلية الصنع على ثكنة للجيش في مدينة نصيبين.",
            [("Grenade", None, "نصيبين")],
        ),
        ("وألقى مسلحون أمس متفجرات على مركز للشرطة في مدينة ديار بكر.", [("Grenade", None, "ديار بكر")]),
        # a device thrown by hand too ("ألقى/رمى … عبوة")
        ("وألقى مجهولون أمس عبوة ناسفة على منزل قاض في مدينة الرمادي.", [("Grenade", None, "الرمادي")]),
        ("ورمى مسلحون أمس عبوة متفجرة على مقهى في مدينة الرمادي.", [("Grenade", None, "الرمادي")]),
        # (one planted is the device)
        (
            "وانفجرت أمس عبوة ناسفة زرعها مجهولون قرب مقهى في مدينة الرمادي.",
            [("Remote explosive/landmine/IED", None, "الرمادي")],
        ),
    ],
)
def test_the_kind_by_the_means(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side on the ground that destroys stays what it was
        (
            "وهدمت قوات الاحتلال الإسرائيلي أمس منزلا في قرية العوجا.",
            [("Looting/property destruction", "ISRMIL", "العوجا")],
        ),
        # explosives dropped from aircraft stay an air strike, a bomb planted stays a planted bomb
        ("وألقت مروحيات النظام أمس متفجرات على بلدة داعل.", [("Air/drone strike", "SYRMIL", "داعل")]),
    ],
)
def test_other_means_stay(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act answered, an aside between commas after ردا: what the side says it answers, no act of the day
        (
            "وقصفت فصائل المعارضة أمس بلدة الفوعة بالقذائف، ردا، بحسب قولها، على تعرض مدينة الزبداني لهجوم من"
            " قوات النظام.",
            [("Shelling/artillery/missile attack", "SYRREB", "الفوعة")],
        ),
        (
            "وقصفت فصائل المعارضة أمس بلدة الفوعة بالقذائف، ردا، كما قالت، على تعرض مدينة الزبداني لهجوم من"
            " قوات النظام.",
            [("Shelling/artillery/missile attack", "SYRREB", "الفوعة")],
        ),
        # an act told after the answer, with a verb of its own, stays
        (
            "وقصفت فصائل المعارضة أمس بلدة الفوعة بالقذائف ردا على ذلك، واندلعت اشتباكات في مدينة الزبداني.",
            [
                ("Shelling/artillery/missile attack", "SYRREB", "الفوعة"),
                ("Armed clash", "SYRREB", "الزبداني"),
            ],
        ),
        # the act condemned, made definite by its genitive, where and when the condemner spoke between: the act
        # told before, no second one
        (
            "وكان مسلحون قد خطفوا الأحد الماضي أربعة عمال أجانب قرب مجمع مليتة في مدينة زوارة. وأدان المبعوث"
            " الأممي في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي في روما الليلة الماضية اختطاف العمال"
            " الأجانب.",
            [("Abduction/forced disappearance", None, "مليتة")],
        ),
    ],
)
def test_acts_answered_and_condemned(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an advance on many fronts, only its side between: how the war goes, no day's fight at the place before
        (
            "وأسفرت الغارات أمس عن خسائر كبيرة في صفوف الحوثيين في مدينة تعز وتقدم مقاتلي المقاومة على أكثر من"
            " محور.",
            [("Air/drone strike", None, "تعز")],
        ),
        # where it advanced, told, stays
        (
            "وتقدمت قوات المقاومة أمس في حي كريتر على أكثر من محور بعد معارك عنيفة مع الحوثيين.",
            [("Armed clash", "YEMUAF", "كريتر")],
        ),
        # the people held, named with the article by what was done to them: the abduction told before, or none of
        # the day
        (
            "وخطف مسلحون الأحد الماضي أربعة عمال أجانب قرب مجمع مليتة. وقال المبعوث في مدينة طرابلس أمس إن البعثة"
            " تسعى لجمع المعلومات عن المختطفين لأجل تحريرهم.",
            [("Abduction/forced disappearance", None, "مليتة")],
        ),
        ("وقال المبعوث أمس إن البعثة تسعى لجمع المعلومات عن المختطفين في مدينة زوارة.", []),
        # their release called for, who they are between: no abduction
        ("ودعا المبعوث الأممي أمس إلى الإفراج فورا عن العمال الأجانب المختطفين في مدينة زوارة.", []),
        # "القصف" in the next sentence, by no other side, of what it destroyed: the strikes told
        (
            "وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة مأرب. وأكد المركز الإعلامي للمقاومة أن"
            " القصف دمر عددا من آليات المتمردين.",
            [("Air/drone strike", "INTMIL", "مأرب")],
        ),
        # the other side's shelling, or shelling at another place, stays
        (
            "وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة مأرب. وقال مصدر إن القصف الحوثي دمر"
            " منازل المواطنين.",
            [("Air/drone strike", "INTMIL", "مأرب"), ("Shelling/artillery/missile attack", "YEMREB", "مأرب")],
        ),
        (
            "وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة مأرب. وفي مدينة تعز أكدت مصادر محلية أن"
            " القصف الحوثي استهدف الأحياء السكنية.",
            [("Air/drone strike", "INTMIL", "مأرب"), ("Shelling/artillery/missile attack", "YEMREB", "تعز")],
        ),
    ],
)
def test_acts_told_again_or_at_large(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cases of kinds of acts, documented: summed up, no act of a day
        (
            "وقالت المنظمة إنها وثقت حالات القتل خارج القانون والاعتقالات التعسفية التي نفذها الحوثيون في محافظة إب.",
            [],
        ),
        ("وقالت اللجنة إنها وثقت حالات القتل والتهجير والاعتقالات التعسفية في ريف حلب.", []),
        # cases told, and an act after a comma, stay
        ("وسجلت أمس حالات اختطاف في مدينة بنغازي.", [("Abduction/forced disappearance", None, "بنغازي")]),
        (
            "وقالت اللجنة إنها وثقت حالات القتل، واعتقلت القوات أمس عشرة أشخاص في مدينة حلب.",
            [("Arrests", None, "حلب")],
        ),
        # a fight told between civilians and an armed side, then that side's fire on them: one incident, the attack
        (
            "واندلعت أمس اشتباكات بين مواطنين ونقطة تفتيش تابعة للحوثيين في شارع الستين بصنعاء. وحسب المصادر فإن"
            " النقطة التابعة للحوثيين أطلقت الرصاص بشكل عشوائي على المواطنين مما أدى إلى مقتل أربعة منهم.",
            [("Attack", "YEMREB", "شارع الستين")],
        ),
    ],
)
def test_cases_summed_and_one_incident(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground retaken told right after the storming of a place named, by its side: the ground there changed
        # hands (ACLED: the territory sub-type, not a clash)
        (
            "واقتحمت المقاومة أمس المربع الأمني في مدينة التواهي واستعادت عدة مواقع استراتيجية.",
            [("Non-state actor overtakes territory", "YEMUAF", "التواهي")],
        ),
        (
            "واقتحمت المقاومة أمس المربع الأمني في مدينة التواهي واستعادت السيطرة عليه.",
            [("Non-state actor overtakes territory", "YEMUAF", "التواهي")],
        ),
        # gains summed up with no place nor day stay none; ground told by another's words stays the fight's
        ("وسيطر التنظيم على عدد من البلدات خلال الأشهر الماضية.", []),
        (
            "واقتحمت المقاومة أمس المربع الأمني في مدينة التواهي، وقال قائد ميداني إنها استعادت عدة مواقع.",
            [("Armed clash", "YEMUAF", "التواهي")],
        ),
    ],
)
def test_ground_retaken_after_a_storming(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
