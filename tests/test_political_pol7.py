"""Political (PLOVER) events: sums of money given as aid, and «وطالبه» (he asked him) after a meeting. Each row is a
short report written for the project and names the rule it checks; the rows are (text, expected [(PLOVER type,
status, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED


def _political(pipeline: Pipeline, text: str) -> list[tuple]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [
        (e.plover_type, e.status, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in events
        if e.category == "political"
    ]


ROWS = [
    pytest.param(
        "وأعلنت الحكومة اليابانية عن تقديم 40 مليون دولار للحكومة الأردنية لمساعدتها في استضافة اللاجئين.",
        [("AID", "occurred", "JPNGOV", "JORGOV")],
        id="a sum of money given (تقديم) is aid",
    ),
    pytest.param(
        "وقدمت الإمارات 150 مليون دولار للحكومة اليمنية.",
        [("AID", "occurred", "AREGOV", "YEMGOV")],
        id="a sum handed over by the subject of قدمت to the side after it",
    ),
    pytest.param(
        "وستقدم الحكومة الألمانية 30 مليون يورو للحكومة العراقية العام المقبل.",
        [("AID", "planned", "DEUGOV", "IRQGOV")],
        id="a sum to be given is aid planned",
    ),
    pytest.param(
        "وخصصت الحكومة السعودية مبلغ 12 مليون دولار لإغاثة النازحين في اليمن.",
        [("AID", "occurred", "SAUGOV", "YEMCVL")],
        id="a sum set aside (خصصت) past its measure مبلغ",
    ),
    pytest.param(
        "وقدرت الحكومة العراقية الخسائر بنحو 10 ملايين دولار.",
        [],
        id="a sum no one gives (a loss) is no aid",
    ),
    pytest.param(
        "وقدمت وزارة الخارجية الأمريكية مكافأة قدرها 5 ملايين دولار لمن يدلي بمعلومات عن زعيم التنظيم.",
        [],
        id="a bounty offered is no aid",
    ),
    pytest.param(
        "واتهمت الحكومة الكينية حركة الشباب بالوقوف وراء تفجير حافلة في مومباسا.",
        [("ACCUSE", "occurred", "KENGOV", "SOMREB")],
        id="bare حركة الشباب in a Kenyan report is Al-Shabaab, accused",
    ),
    pytest.param(
        "ونددت الحكومة الإثيوبية بالهجوم الذي نفذته حركة الشباب على قافلة عسكرية.",
        [("ACCUSE", "occurred", "ETHGOV", "SOMREB")],
        id="bare حركة الشباب in an Ethiopian report is Al-Shabaab, condemned",
    ),
    pytest.param(
        "وفي لقاء مع وزير الخارجية الإيراني، أكد الوزير العماني حرص بلاده على الحوار.",
        [("CONSULT", "occurred", "OMNGOV", "IRNGOV")],
        id="a meeting fronted (في لقاء مع) is held by the subject of the verb after the comma",
    ),
    pytest.param(
        "وخلال لقائه مع المبعوث الأممي، جدد الرئيس اليمني تمسك حكومته بالمرجعيات.",
        [("CONSULT", "occurred", "YEMGOV", "IGOUNO")],
        id="a meeting fronted with خلال, held by the subject of the verb after the comma",
    ),
    pytest.param(
        "وفي محادثات مع نظيره الروسي، شدد وزير الخارجية الصيني على أهمية الحل السياسي.",
        [("CONSULT", "occurred", "CHNGOV", "RUSGOV")],
        id="talks fronted with the counterpart, the subject after the verb of stressing",
    ),
    pytest.param(
        "وفي لقاء مع قناة تلفزيونية، قال الرئيس اليمني إن الحوار هو الحل.",
        [],
        id="an interview fronted (لقاء with a channel) is no talks",
    ),
    pytest.param(
        "ودعا وزير الخارجية الأمريكي، على لسان المتحدث باسمه، الحكومة اليمنية إلى وقف القتال.",
        [("REQUEST", "occurred", "USAGOV", "YEMGOV")],
        id="the side asked after the aside of the mouth spoken by (على لسان المتحدث باسمه)",
    ),
    pytest.param(
        "وطالبت الأمم المتحدة، على لسان المتحدثة باسمها، الحكومة السورية بوقف القصف.",
        [("REQUEST", "occurred", "IGOUNO", "SYRGOV")],
        id="باسمها with its comma is a title, not what is asked with bi-",
    ),
    pytest.param(
        "وحث الاتحاد الأوروبي، على لسان الممثلة العليا للسياسة الخارجية، الحكومة الليبية على الحوار.",
        [("REQUEST", "occurred", "IGOEUR", "LBYGOV")],
        id="the على of على لسان opens no content asked",
    ),
    pytest.param(
        "التقى وزير الخارجية القطري نظيره التركي وطالبه بدعم المعارضة السورية.",
        [("CONSULT", "occurred", "QATGOV", "TURGOV"), ("REQUEST", "occurred", "QATGOV", "TURGOV")],
        id="وطالبه with the demand after it is the verb with its pronoun, of the side met",
    ),
    pytest.param(
        "واستقبل الرئيس اليمني السفير الأمريكي وطالبه بأن تضغط بلاده على الحوثيين.",
        [("CONSULT", "occurred", "YEMGOV", "USAGOV"), ("REQUEST", "occurred", "YEMGOV", "USAGOV")],
        id="وطالبه بأن after a reception",
    ),
    pytest.param(
        "واستقبل الرئيس اليمني السفير الأمريكي وطالبة جامعية.",
        [("CONSULT", "occurred", "YEMGOV", "USAGOV")],
        id="a female student (طالبة) received is no demand",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol7(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


def _places(pipeline: Pipeline, text: str) -> list[tuple]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [
        (e.plover_type, e.to_dict()["location"].get("name_ar")) for e in events if e.category == "political"
    ]


# (text, expected [(PLOVER type, place name)] of the political events)
PLACES = [
    pytest.param(
        "وندد الأمين العام للأمم المتحدة بالهجوم على منزل عائلة في قرية دوما بالضفة الغربية.",
        [("ACCUSE", None)],
        id="a condemnation is not placed at the scene of the attack it condemns",
    ),
    pytest.param(
        "وحذر وزير الخارجية البريطاني من هجوم على مدينة الحديدة في اليمن.",
        [("THREATEN", "اليمن")],
        id="a warning is not placed at the city the attack it warns of would strike (its country at most)",
    ),
    pytest.param(
        "وأدان وزير الخارجية الفرنسي في باريس الهجوم على مدينة عدن.",
        [("ACCUSE", "باريس")],
        id="a condemnation is placed where it was made when the text says so",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_political_pol7_places(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected
