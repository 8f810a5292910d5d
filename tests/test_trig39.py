"""Which acts a report tells: acts told as background in a subordinate phrase dated vaguely in the past (days or a
week ago, earlier this week), acts of recent weeks summed up."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events
from tests.test_trig33 import _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act in a relative clause dated some days or a week ago: how the place came to be, background — and
        # it sets neither the type nor the side of the fighting the sentence after it tells
        (
            "وتلاحق قوات المقاومة فلول المسلحين في حي كريتر لطرد آخرهم من المدينة التي أعلنت الحكومة السيطرة"
            " عليها قبل أيام. وأسفرت المعارك التي دارت أمس في حي كريتر عن مقتل 12 من المسلحين.",
            [("Armed clash", None, "كريتر")],
        ),
        (
            "وقصفت الطائرات أمس مواقع المسلحين في بلدة الحديثة التي استعادها الجيش الأسبوع الماضي.",
            [("Air/drone strike", None, "الحديثة")],
        ),
        # an act after بعد أن dated last week: what the news came after
        (
            "وكان من المقرر تنظيم مسيرة في مدينة أزمير، بعد أن قتل انتحاري، يشتبه بانتمائه لتنظيم داعش، 20 شخصا في"
            " بلدة على الحدود الأسبوع الماضي.",
            [],
        ),
        # earlier this week: background
        ("وهدمت السلطات منزلين في قرية بيت أمر في وقت سابق هذا الأسبوع.", []),
        ("وقصف الجيش مواقع المسلحين في مدينة درنة في وقت سابق من الأسبوع الجاري.", []),
        # (earlier today is the day's news)
        (
            "وقصف الجيش في وقت سابق من اليوم مواقع المسلحين في مدينة درنة.",
            [("Shelling/artillery/missile attack", "LBYMIL", "درنة")],
        ),
    ],
)
def test_acts_told_as_background_of_days_or_weeks_ago(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight told after a strike with "مع استمرار", both its sides named: an event of its own beside it
        (
            "وفي مدينة داريا بريف دمشق، ألقى الطيران المروحي أمس عشرات البراميل المتفجرة مع استمرار الاشتباكات"
            " العنيفة بين قوات النظام من جهة، والفصائل المقاتلة من جهة أخرى في المدينة.",
            [("Air/drone strike", "SYRMIL", "داريا"), ("Armed clash", "SYRMIL", "داريا")],
        ),
        (
            "وقصفت قوات النظام أمس مدينة دوما مع استمرار الاشتباكات بين القوات النظامية ومقاتلي المعارضة في محيطها.",
            [("Shelling/artillery/missile attack", "SYRMIL", "دوما"), ("Armed clash", "SYRMIL", "دوما")],
        ),
        # (a fight with no sides named is how things stand around the strike)
        (
            "وقصفت قوات النظام أمس مدينة دوما مع استمرار الاشتباكات في محيط المدينة.",
            [("Shelling/artillery/missile attack", "SYRMIL", "دوما")],
        ),
        # an air strike amid a clash, at the town pointed back to: an act of another type, its own event
        (
            "وتدور اشتباكات أمس بين قوات النظام من جهة، والمعارضة من جهة أخرى في محيط بلدة نوى، وسط قصف جوي على"
            " مناطق في البلدة.",
            [("Armed clash", "SYRMIL", "نوى"), ("Air/drone strike", "SYRMIL", "نوى")],
        ),
        # (at that town, not at the places a clause after it names)
        (
            "وتدور اشتباكات أمس بين قوات النظام من جهة، والمعارضة من جهة أخرى في محيط بلدة نوى، وسط قصف جوي على"
            " مناطق في البلدة، بينما قصف الطيران المروحي بالبراميل المتفجرة أماكن في بلدة الشيخ مسكين.",
            [
                ("Armed clash", "SYRMIL", "نوى"),
                ("Air/drone strike", "SYRMIL", "نوى"),
                ("Air/drone strike", "SYRMIL", "الشيخ مسكين"),
            ],
        ),
        # (an act of the same type amid it is the same act)
        (
            "وقصف الطيران الحربي أمس بلدة نوى، وسط غارات على مناطق في البلدة.",
            [("Air/drone strike", None, "نوى")],
        ),
        # arrests in a list of cities, a capital among them: each city its own event
        (
            "واعتقلت الشرطة التركية أمس عشرات من عناصر التنظيم في إسطنبول وأنقرة وأضنة.",
            [("Arrests", "TURMIL", "إسطنبول"), ("Arrests", "TURMIL", "أنقرة"), ("Arrests", "TURMIL", "أضنة")],
        ),
        # (an aside in brackets that locates a city does not end the list)
        (
            "وشنت الشرطة التركية أمس حملة اعتقالات في إزمير وأضنة (جنوب) وقونية (وسط).",
            [("Arrests", "TURMIL", "إزمير"), ("Arrests", "TURMIL", "أضنة"), ("Arrests", "TURMIL", "قونية")],
        ),
        # (capitals that speak are no places)
        (
            "وقالت دمشق وموسكو إن الطائرات قصفت أمس مواقع في مدينة حلب.",
            [("Air/drone strike", "RUSMIL", "حلب")],
        ),
    ],
)
def test_acts_told_beside_another_or_in_a_list(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def _riot_rows(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (
            e.sub_event_type,
            e.actor1.code if e.actor1 else None,
            e.place.name_ar if e.place else None,
            e.fatalities,
        )
        for e in conflict_events(pipeline, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protesters who burned a party's office rioted (the crowd named with its article, too)
        (
            "وأحرق المتظاهرون أمس مقر الحزب في مدينة ديار بكر.",
            [("Violent demonstration", "TUROPP", "ديار بكر", 0)],
        ),
        (
            "وأضرم محتجون غاضبون النار في مقر الحزب في مدينة ديار بكر أمس.",
            [("Violent demonstration", "TUROPP", "ديار بكر", 0)],
        ),
        # a young man shot dead by the forces in clashes with a crowd: the riot's dead (ACLED), no attack of its own
        (
            "واستشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي خلال مواجهات اندلعت أمس في بلدة سلواد.",
            [("Violent demonstration", "PSEOPP", "سلواد", 1)],
        ),
        (
            "واندلعت مواجهات أمس بين شبان فلسطينيين وقوات الاحتلال في بلدة سلواد، واستشهد شاب برصاص الجنود.",
            [("Violent demonstration", "PSEOPP", "سلواد", 1)],
        ),
        (
            "واندلعت مواجهات أمس بين شبان فلسطينيين وقوات الاحتلال في بلدة سلواد، أسفرت عن استشهاد فتى برصاص"
            " الجنود.",
            [("Violent demonstration", "PSEOPP", "سلواد", 1)],
        ),
        # (a child killed by the army's fire in clashes, or in confrontations with armed men, is no riot's)
        (
            "وقتل طفل برصاص قوات النظام خلال اشتباكات في مدينة درعا أمس.",
            [("Armed clash", "SYRMIL", "درعا", 1)],
        ),
        (
            "وقتل شاب برصاص قوات الجيش خلال مواجهات مع المسلحين الحوثيين في مدينة تعز أمس.",
            [("Armed clash", "YEMMIL", "تعز", 1)],
        ),
        # (a soldier killed by gunmen in a clash is a battle's)
        (
            "وقتل جندي برصاص مسلحين خلال مواجهات في مدينة الرمادي أمس.",
            [("Armed clash", None, "الرمادي", 1)],
        ),
        # youths the forces fired at, told as throwing stones, rioted
        (
            "وأطلقت قوات الاحتلال الرصاص المطاطي على الشبان الذين رشقوا الجنود بالحجارة في بلدة سلواد أمس.",
            [("Violent demonstration", "PSEOPP", "سلواد", 0)],
        ),
        # an act of a day told after a tally, at a place of its own: an event, with its own toll
        (
            "ووثق المرصد مقتل 150 شخصا منذ بداية الشهر الجاري في محافظة إدلب، بينهم سبعة مدنيين قتلوا أمس في غارة"
            " جوية على بلدة سراقب.",
            [("Air/drone strike", None, "سراقب", 7)],
        ),
        (
            "وارتفع إلى 200 عدد القتلى منذ بداية الحملة، بعد مقتل خمسة مدنيين أمس في قصف على بلدة سراقب.",
            [("Shelling/artillery/missile attack", None, "سراقب", 5)],
        ),
        # (a tally and its share, no day: no event)
        ("ووثق المرصد مقتل 150 شخصا منذ بداية الشهر الجاري في محافظة إدلب، بينهم 20 طفلا.", []),
    ],
)
def test_riots_and_acts_of_a_day_after_a_tally(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _riot_rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protests told as what a stance led to, no day of their own: how things came to stand
        (
            "ورفضت الحكومة حتى الآن رفع الحصار عن البلدة. وقد أدى رفضها إلى تظاهرات غاضبة في جنوب البلاد.",
            [],
        ),
        ("وقد أدى قرار الحكومة رفع أسعار الوقود إلى خروج تظاهرات غاضبة في مدينة البصرة.", []),
        # (what an act led to, or protests of a day, are told)
        (
            "وأدى مقتل الشاب إلى تظاهرات غاضبة في مدينة البصرة أمس.",
            [("Peaceful protest", "IRQOPP", "البصرة")],
        ),
        # a campaign a side announced, no fighting told: a plan made known
        (
            "على الصعيد ذاته، أعلن «جيش الفتح»، أحد أكبر الفصائل المعارضة حملة عسكرية على تنظيم داعش في منطقة"
            " القلمون الشرقي.",
            [],
        ),
        # (an act told between is the news: the campaign is where it was done)
        (
            "وأعلن الجيش أنه قتل 20 مسلحا خلال حملة عسكرية في ريف حلب أمس.",
            [("Armed clash", "SYRMIL", "حلب")],
        ),
    ],
)
def test_protests_a_stance_led_to_and_campaigns_announced(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _rows(pipeline, text) == expected
