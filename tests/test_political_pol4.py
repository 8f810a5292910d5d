"""Political (PLOVER) events: aid a carrier brings that arrives (وصلت سفينة … محملة بـ … من المساعدات، رست …
سفينة تحمل …، دخلت قافلة مساعدات …) is AID by the side the carrier is of — named after it (تابعة لـ، المقدمة من)
or by its nationality (سفينة اماراتية) — to the people of the place it arrives at; the arrival itself is no visit.
Each row is a short report written for the project and names the rule it checks.
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED

# (text, expected [(PLOVER type, actor1, actor2, status, place)] of the political events), published on WED
# 2015-10-14
ROWS = [
    pytest.param(
        "ووصلت أمس سفينة قطرية محملة بنحو 1800 طن من المساعدات الغذائية إلى ميناء الحديدة.",
        [("AID", "QATGOV", "YEMCVL", "occurred", "الحديدة")],
        id="a ship of a nationality loaded with aid arrives: aid by that state to the people there",
    ),
    pytest.param(
        "وحطت في مطار عدن أمس طائرة سعودية تحمل 30 طنا من المساعدات الطبية.",
        [("AID", "SAUGOV", "YEMCVL", "occurred", "عدن")],
        id="a plane carrying aid lands, the place and the date between the verb and the plane",
    ),
    pytest.param(
        "كما رست في ميناء المكلا سفينة تابعة لبرنامج الأغذية العالمي تحمل 3000 طن من المساعدات.",
        [("AID", "IGOUNO", "YEMCVL", "occurred", "المكلا")],
        id="the side a ship belongs to (تابعة لـ) gives the aid it brings",
    ),
    pytest.param(
        "ودخلت أمس قافلة مساعدات أممية إلى بلدة مضايا المحاصرة في ريف دمشق.",
        [("AID", "IGOUNO", "SYRCVL", "occurred", "مضايا")],
        id="a UN aid convoy enters a besieged town",
    ),
    pytest.param(
        "وصلت أول طائرة إغاثية كويتية إلى مطار عدن الليلة الماضية.",
        [("AID", "KWTGOV", "YEMCVL", "occurred", "عدن")],
        id="a relief plane of a nationality arrives",
    ),
    pytest.param(
        "ووصلت أمس سفينة محملة بالمساعدات إلى ميناء عدن.",
        [],
        id="aid arrived from no side named is no codable interaction",
    ),
    pytest.param(
        "وينتظر أن تصل إلى ميناء عدن باخرة كويتية تحمل آلاف الأطنان من المساعدات.",
        [("AID", "KWTGOV", "YEMCVL", "planned", "عدن")],
        id="a ship still awaited has delivered nothing yet: its aid is planned",
    ),
    pytest.param(
        "ومن المقرر أن تصل إلى ميناء المكلا الأسبوع المقبل سفينة عمانية محملة بنحو 900 طن من المساعدات.",
        [("AID", "OMNGOV", "YEMCVL", "planned", "المكلا")],
        id="a ship due to arrive (من المقرر ان تصل) with aid: planned",
    ),
    pytest.param(
        "وستصل غدا قافلة مساعدات أممية إلى بلدة مضايا.",
        [("AID", "IGOUNO", "SYRCVL", "planned", "مضايا")],
        id="a convoy that will arrive (ستصل): planned",
    ),
    pytest.param(
        "وقال المسؤول إن الطائرات التي تصل إلى المطار تحمل مساعدات طبية.",
        [],
        id="the present of arriving, not after ان nor with س, tells no planned delivery",
    ),
    pytest.param(
        "ونقلت أمس طائرتان قطريتان مساعدات طبية إلى مطار عدن.",
        [("AID", "QATGOV", "YEMCVL", "occurred", "عدن")],
        id="planes of a nationality carry (نقلت) aid to a place: aid by that state",
    ),
    pytest.param(
        "ونقلت أربع طائرات كويتية وطائرة عمانية مساعدات غذائية إلى مطار المكلا أمس.",
        [("AID", "KWTGOV", "YEMCVL", "occurred", "المكلا")],
        id="carriers coordinated: the first heads the subject and gives the aid",
    ),
    pytest.param(
        "أعلن وزير الخارجية الجزائري أمس عن مبادرة لوقف إطلاق النار في ليبيا.",
        [("REQUEST", "DZAGOV", None, "occurred", "ليبيا")],
        id="an initiative announced asks the others to act on it; its truce is not declared",
    ),
    pytest.param(
        "وطرحت الحكومة اليمنية مبادرة لانسحاب المسلحين من المدينة.",
        [("REQUEST", "YEMGOV", None, "occurred", None)],
        id="an initiative put forward past its subject",
    ),
    pytest.param(
        "وتقدمت سلطنة عمان بمبادرة لحل الأزمة اليمنية.",
        [("REQUEST", "OMNGOV", None, "occurred", None)],
        id="an initiative put forward with bi-",
    ),
    pytest.param(
        "وأعلن وزير الخارجية الجزائري عن مبادرة لحل الأزمة. وتتضمن المبادرة التي أعلن عنها الوزير، وقف إطلاق"
        " النار بين الطرفين وتشكيل حكومة وحدة وبدء الحوار بالتزامن مع إعلان وقف إطلاق النار.",
        [("REQUEST", "DZAGOV", None, "occurred", None)],
        id="what an initiative holds is proposed, not declared",
    ),
    pytest.param(
        "واستغرب الوزير الليبي من طرح مثل هذه المبادرات في هذا التوقيت.",
        [],
        id="the verbal noun of putting forward initiatives told before is no new initiative",
    ),
    pytest.param(
        "وقال وزير الداخلية اليمني إنه تم طرح مبادرة من قبل قيادات قبلية تقضي بانسحاب المسلحين.",
        [],
        id="an initiative put forward in the passive is not the teller's",
    ),
    pytest.param(
        "ومن المتوقع أن تقوم الحكومة الأردنية بفتح قاعدة الأزرق الجوية أمام طائرات التحالف الدولي.",
        [("AGREE", "JORGOV", "INTMIL", "planned", "الأزرق")],
        id="a state expected to open a base to a coalition's aircraft: consent, planned",
    ),
    pytest.param(
        "وأكدت الحكومة الأردنية أمس أنها فتحت قاعدة الأزرق الجوية أمام الطائرات الفرنسية.",
        [("AGREE", "JORGOV", "FRAMIL", "occurred", "الأزرق")],
        id="a state opened a base to another state's aircraft",
    ),
    pytest.param(
        "وقالت مصادر إن قوات المعارضة فتحت قاعدة جديدة لتدريب المقاتلين.",
        [],
        id="a base opened for no state's forces is no consent between states",
    ),
    pytest.param(
        "ومن المتوقع أن تقوم فرنسا خلال أيام بفتح قاعدة جوية أمام طائرات التحالف الدولي، وذلك بعد اتصال هاتفي"
        " جرى بين الرئيسين الفرنسي فرانسوا هولاند والأمريكي باراك أوباما. واتفق الرئيسان في اتصال هاتفي أمس"
        " على تعزيز التنسيق.",
        [
            ("AGREE", "FRAGOV", "INTMIL", "planned", "فرنسا"),
            ("AGREE", "FRAGOV", "USAGOV", "occurred", None),
            ("CONSULT", "FRAGOV", "USAGOV", "occurred", None),
        ],
        id="two heads of state agreeing are two governments, not the sides of the act told before",
    ),
    pytest.param(
        "وقال وزير الخارجية الصيني إن القوات البرية المقاتلة على الأرض لا بد وأن تحظى بدعم دولي واسع.",
        [("REQUEST", "CHNGOV", None, "occurred", None)],
        id="a necessity with its subject fronted after the speaker's ان: the speaker asks",
    ),
    pytest.param(
        "وقال وزير الخارجية المصري إن الحكومة الليبية لابد أن تبسط سيطرتها على العاصمة.",
        [("REQUEST", "EGYGOV", "LBYGOV", "occurred", None)],
        id="the side a fronted necessity opens with is asked, the speaker asks",
    ),
    pytest.param(
        "وقال وزير الخارجية الصيني إن القوات المناهضة لتنظيم داعش لا بد أن تحظى بدعم دولي.",
        [("REQUEST", "CHNGOV", None, "occurred", None)],
        id="a side named within the fronted subject is neither the asker nor the one asked",
    ),
    pytest.param(
        "وتحث إيران على تشكيل تحالف إقليمي يضم الحكومة السورية لمحاربة التنظيم.",
        [],
        id="a present verb of speech opening its sentence, no speaker, no date: a standing position",
    ),
    pytest.param(
        "وتحث إيران اليوم على تشكيل تحالف إقليمي يضم الحكومة السورية لمحاربة التنظيم.",
        [("REQUEST", "IRNGOV", None, "occurred", None)],
        id="a present verb of speech dated by the clause is the day's act",
    ),
    pytest.param(
        "تدين إيران بشدة التفجير الذي استهدف المسجد.",
        [("ACCUSE", "IRNGOV", None, "occurred", None)],
        id="a lead in the present with no و is the day's statement",
    ),
    pytest.param(
        "ووصلت أمس إلى عدن طائرة سعودية تحمل وزير الإغاثة ومسؤولين في الحكومة لبحث توزيع المساعدات.",
        [],
        id="a plane carrying officials to discuss aid delivers none",
    ),
]


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (
            r["plover_type"],
            r["actor1"]["code"],
            r["actor2"]["code"],
            r["status"],
            (r.get("location") or {}).get("name_ar"),
        )
        for r in (e.to_dict() for e in pipeline(Article(id="t", text=text, published=WED)))
        if r["category"] == "political"
    ]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol4(pipeline: Pipeline, text: str, expected: list) -> None:
    assert sorted(_events(pipeline, text), key=str) == sorted(expected, key=str)
