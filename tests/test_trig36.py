"""Which acts a report tells and of what kind: an act a side is charged with or that is condemned after it was
told is that act again, no new one."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.extracting import conflict_events as _conflict


def _rows(pipeline: Pipeline, text: str, published: dt.date = WED) -> list[tuple]:
    events = _conflict(pipeline, text, published)
    return [
        (e.sub_event_type, e.actor1.code if e.actor1 else None, e.place.name_ar if e.place else None)
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a side is charged with carrying out (بتنفيذ، بارتكاب) or held responsible for: the act known
        ("واتهمت الحكومة العراقية تنظيم داعش بتنفيذ الهجوم.", []),
        ("واتهم الجيش اليمني الحوثيين بارتكاب المجزرة.", []),
        ("وحملت وزارة الداخلية التنظيم مسؤولية التفجير.", []),
        # … told before: that act, its doer the side charged, no second act
        (
            "قتل مسلحون ستة ركاب أمس في هجوم على حافلة في مدينة غاريسا شرقي كينيا. واتهمت السلطات الكينية حركة"
            " الشباب الصومالية بتنفيذ الهجوم.",
            [("Attack", "SOMREB", "غاريسا")],
        ),
        # the act condemned after it was told, a relative clause naming it again at its place: the same act
        (
            "قتل مسلحون ستة ركاب أمس في هجوم على حافلة في مدينة غاريسا شرقي كينيا. ونددت الحكومة الكينية"
            " بالهجوم الذي استهدف الحافلة في غاريسا.",
            [("Attack", None, "غاريسا")],
        ),
        # (a relative clause that tells an act at another place tells one more)
        (
            "قتل مسلحون ستة ركاب أمس في هجوم على حافلة في مدينة غاريسا شرقي كينيا. ونددت الحكومة الكينية"
            " بالهجوم الذي استهدف مسجدا في مدينة مومباسا.",
            [("Attack", None, "غاريسا"), ("Armed clash", None, "مومباسا")],
        ),
        # (what a side is charged with that tells the act, by its verbal noun, stays its report)
        (
            "واتهمت المعارضة قوات النظام بقصف بلدة كفرنبل بالبراميل المتفجرة أمس.",
            [("Air/drone strike", "SYRMIL", "كفرنبل")],
        ),
    ],
)
def test_acts_charged_or_condemned(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire returned (فرد … بفتح النار، ورد … بإطلاق النار) is at the attackers: the clash it answers, no attack on
        # civilians (nor is the verb of answering, فرد, a member hit)
        (
            "فتح مسلحون النار من سوريا على مركز حدودي للجيش التركي في بلدة أقجة قلعة ما أدى إلى مقتل جندي، فرد"
            " الجيش بفتح النار على المواقع.",
            [("Armed clash", None, "أقجة قلعة")],
        ),
        (
            "قتل شرطي تركي أمس بنيران مسلحين في بلدة أقجة قلعة، فرد الجيش بفتح النار على مواقعهم.",
            [("Armed clash", None, "أقجة قلعة")],
        ),
        # (the gunmen's fire, a word of time between verb and fire, is the act the army answered: theirs)
        (
            "أطلق مسلحون النار أمس على موقع حدودي للجيش قرب بلدة أقجة قلعة، فرد الجيش التركي بفتح النار على مواقع"
            " المسلحين.",
            [("Armed clash", None, "أقجة قلعة")],
        ),
        (
            "وردت القوات التركية أمس بإطلاق النار قرب بلدة أقجة قلعة.",
            [("Armed clash", "TURMIL", "أقجة قلعة")],
        ),
        # fire opened on positions is fighting
        (
            "وفتح الجيش التركي أمس النار على المواقع قرب بلدة أقجة قلعة.",
            [("Armed clash", "TURMIL", "أقجة قلعة")],
        ),
        # fire returned by shelling at a place of its own, in the clause of the act it answers, is an act of its own
        (
            "وهاجم مسلحون أمس حاجزا للجيش اللبناني في بلدة عرسال فرد الجيش بقصف مواقعهم في جرود عرسال.",
            [("Armed clash", None, "عرسال"), ("Shelling/artillery/missile attack", "LBNMIL", "جرود عرسال")],
        ),
        # (with no place of its own it is the answering side's part of the fight)
        (
            "وهاجم مسلحون أمس حاجزا للجيش اللبناني في بلدة عرسال فرد الجيش بقصف مواقعهم.",
            [("Armed clash", None, "عرسال")],
        ),
        # fire at no one named, by the side that just struck an armed side's post, goes on with that attack
        (
            "وألقى مهاجمون ملثمون أمس متفجرات على ثكنة للجيش في بلدة نصيبين وأطلقوا رصاص البنادق.",
            [("Grenade", None, "نصيبين")],
        ),
        # (fire on people named stays what it was)
        (
            "وأطلق مسلحون أمس النار على مدنيين في بلدة أقجة قلعة.",
            [("Attack", None, "أقجة قلعة")],
        ),
    ],
)
def test_fire_returned_or_on_positions(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomb thrown by hand (رمى، قذف; the thrower between the verb and the bomb) is a grenade attack
        ("ورمى مسلحون قنبلة على دورية للشرطة في مدينة الشيخ زويد أمس.", [("Grenade", None, "الشيخ زويد")]),
        ("وقذف مجهولون قنبلة على مقهى في مدينة الشيخ زويد أمس.", [("Grenade", None, "الشيخ زويد")]),
        (
            "ورمت عناصر ملثمة عبوة ناسفة على منزل ضابط في مدينة الشيخ زويد أمس.",
            [("Grenade", None, "الشيخ زويد")],
        ),
        # … and two hand grenades are grenades
        (
            "وألقى مسلحون قنبلتين يدويتين على حاجز للجيش في مدينة الشيخ زويد أمس.",
            [("Grenade", None, "الشيخ زويد")],
        ),
        # (thrown with no bomb or device, nothing was: a body thrown, "رمي بالرصاص" the shooting it is)
        ("ورمى المسلحون جثة الرجل في نهر الفرات قرب مدينة الميادين.", []),
        ("وتم رمي الشاب بالرصاص في مدينة الميادين أمس.", [("Attack", None, "الميادين")]),
    ],
)
def test_bombs_thrown_by_hand(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the start of a campaign a side announces (بدء، انطلاق، استئناف، البدء بمعركة …), left apart beside the
        # fighting of its sides the report tells, is no second event
        (
            "وكان جيش الفتح أعلن الخميس في بيان نشره على موقع تويتر، بدء معركة بلدة نبل ضد قوات النظام. وقصفت"
            " فصائل المعارضة أمس بلدة الزهراء بالقذائف.",
            [("Shelling/artillery/missile attack", "SYRREB", "الزهراء")],
        ),
        (
            "وأصدرت الفصائل بيانا أعلنت فيه البدء بمعركة رد المظالم في مدينة بصرى الحرير. وقصفت فصائل المعارضة"
            " أمس بلدة الزهراء بالقذائف.",
            [("Shelling/artillery/missile attack", "SYRREB", "الزهراء")],
        ),
        # (alone, it is the fighting it started)
        ("وأعلنت فصائل المعارضة أمس بدء معارك في ريف إدلب الجنوبي.", [("Armed clash", "SYRREB", "إدلب")]),
        # … the fighting the report tells is the act
        (
            "وأعلنت فصائل المعارضة أمس بدء معارك في ريف إدلب. وسيطرت الفصائل على بلدة محمبل بعد اشتباكات مع"
            " قوات النظام.",
            [("Non-state actor overtakes territory", "SYRREB", "محمبل")],
        ),
        # (a battle told as begun, no announcement, stays)
        (
            "واندلعت أمس معارك عنيفة في بلدة محمبل بين الفصائل وقوات النظام.",
            [("Armed clash", "SYRMIL", "محمبل")],
        ),
    ],
)
def test_a_campaign_announced(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side keeps doing, in the present, with no day of its own (يواصلون، يستمر في): no act of a day, and
        # neither are the acts joined to it
        (
            "وقال المتحدث إن الإرهابيين يواصلون تفجير المساجد وقتل المصلين كما فعلوا من قبل في مسجد بلدة سيهات.",
            [],
        ),
        ("في حين يواصل الطيران الحربي قصف معاقل التنظيم في شمال سوريا.", []),
        # … or is used to doing (اعتاد، دأب على)
        ("وقالت الشرطة إن الجماعة اعتادت تنفيذ عمليات تفجير في مدينة أضنة.", []),
        ("واعتاد المسلحون قصف الأحياء السكنية في مدينة الضالع.", []),
        # (with a day of its own, or in the past, it is the day's act)
        (
            "ويواصل الطيران الحربي السوري أمس قصف معاقل التنظيم في مدينة تدمر.",
            [("Air/drone strike", "SYRMIL", "تدمر")],
        ),
        (
            "وواصل الطيران الحربي السوري قصف معاقل التنظيم في مدينة تدمر.",
            [("Air/drone strike", "SYRMIL", "تدمر")],
        ),
    ],
)
def test_acts_kept_up(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what all know (ولا يخفى على أحد …) is summed up, no report
        (
            "ولا يخفى على أحد الاعتقالات التي قامت بها الميليشيات في حق خصومها في مدينة ذمار.",
            [],
        ),
        # … and so is a side's conduct said to go further than told (ولم تقتصر جرائم … على …، بل …)
        (
            "ولم تقتصر انتهاكات الميليشيات على قصف المدنيين في اليمن، بل عمدت إلى قصف مدينة نجران بقذائف"
            " الهاون.",
            [],
        ),
        # (a day of its own makes it news)
        (
            "ولم تقتصر انتهاكات الميليشيات على قصف المدنيين في اليمن، بل عمدت أمس إلى قصف مدينة نجران بقذائف"
            " الهاون.",
            [("Shelling/artillery/missile attack", None, "نجران")],
        ),
        # a sentence that points back (ذلك، تلك) to one dated weeks before the report goes on with that time
        (
            "وفي الهدنة التي أعلنت في أبريل 2015، منع المسلحون وصول المساعدات إلى مدينة عدن. والأسوأ من ذلك"
            " أنهم نهبوا تلك المساعدات في مدينة عدن.",
            [],
        ),
        # (a sentence before dated in the days of the report: its act is news)
        (
            "وفي الهدنة التي أعلنت أمس، منع المسلحون وصول المساعدات إلى مدينة عدن. والأسوأ من ذلك أنهم نهبوا تلك"
            " المساعدات في مدينة عدن.",
            [("Looting/property destruction", None, "عدن")],
        ),
    ],
)
def test_what_all_know_or_a_time_gone_by(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text, published=dt.date(2015, 7, 27)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act aimed at a side's posts with no means (a clash by default), and shells told falling on its places
        # in the sentence after, by no side named: that shelling
        (
            "وأعلنت حركة نور الدين الزنكي أمس في بيان استهداف ثكنات قوات النظام في بلدتي نبل والزهراء. وأكد"
            " المرصد سقوط أكثر من 100 قذيفة أمس على البلدتين الواقعتين في محافظة حلب.",
            [
                ("Shelling/artillery/missile attack", "SYRREB", "نبل"),
                ("Shelling/artillery/missile attack", "SYRREB", "الزهراء"),
            ],
        ),
        # (shells told falling elsewhere are another act; a clash told after stays one)
        (
            "واستهدفت حركة نور الدين الزنكي أمس ثكنات قوات النظام في بلدتي نبل والزهراء. وأكد المرصد سقوط عشرات"
            " القذائف على حي الحمدانية في مدينة حلب.",
            [
                ("Armed clash", "SYRREB", "نبل"),
                ("Armed clash", "SYRREB", "الزهراء"),
                ("Shelling/artillery/missile attack", None, "الحمدانية"),
            ],
        ),
    ],
)
def test_the_means_told_after_an_act_aimed(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
