"""Political (PLOVER) events: aid to a country named bare, and the rules of the pol8 audit. Each row is a short
report written for the project and names the rule it checks; the rows are (text, expected [(PLOVER type, status,
actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_political_pol7 import _political

ROWS = [
    pytest.param(
        "وأرسلت الحكومة الأردنية مساعدات إنسانية إلى سوريا.",
        [("AID", "occurred", "JORGOV", "SYRCVL")],
        id="aid sent to a country named bare (الى) goes to its people",
    ),
    pytest.param(
        "وقدمت الكويت مساعدة بقيمة سبعة ملايين دولار للعراق.",
        [("AID", "occurred", "KWTGOV", "IRQGOV")],
        id="a sum of aid to a country with li-l- (للعراق) goes to its state, as a sum to a state named does",
    ),
    pytest.param(
        "وقدمت تركيا مساعدات طبية عاجلة لليبيا.",
        [("AID", "occurred", "TURGOV", "LBYCVL")],
        id="aid to a country with li- (لليبيا) goes to its people",
    ),
    pytest.param(
        "وقدمت الولايات المتحدة مساعدات عسكرية إلى لبنان.",
        [("AID", "occurred", "USAGOV", "LBNGOV")],
        id="military aid to a country named bare goes to its state",
    ),
    pytest.param(
        "قتل ثمانية مدنيين في قصف الحوثيين على مدينة إب أمس. وأرسلت قطر ثلاث طائرات إغاثية حتى الآن.",
        [("AID", "occurred", "QATGOV", "YEMCVL")],
        id="aid from abroad that names no one it goes to is for the people of the country reported on",
    ),
    pytest.param(
        "قتل ثمانية مدنيين في قصف الحوثيين على مدينة إب أمس. وينتظر أن تصل باخرة كويتية تحمل ألف طن من المساعدات.",
        [("AID", "planned", "KWTGOV", "YEMCVL")],
        id="aid a carrier is to bring, no place named, is for the people of the country reported on",
    ),
    pytest.param(
        "وكان المتحدث باسم الخارجية الفرنسية قال أمس إن على الحكومة الليبية أن تحمي المدنيين.",
        [("REQUEST", "occurred", "FRAGOV", "LBYGOV")],
        id="a demand in what a pluperfect verb of saying of yesterday says is the news (وكان … قال امس ان على …)",
    ),
    pytest.param(
        "وكانت الخارجية المصرية قالت أمس إن القاهرة تطالب الحكومة الإثيوبية بالتفاوض.",
        [("REQUEST", "occurred", "EGYGOV", "ETHGOV")],
        id="a demand told in a pluperfect verb of saying without قد, dated yesterday, is the news",
    ),
    pytest.param(
        "وكان المتحدث باسم الخارجية الفرنسية قال في مارس الماضي إن على الحكومة الليبية أن تحمي المدنيين.",
        [],
        id="a demand in what a pluperfect verb of saying said months ago stays background",
    ),
    pytest.param(
        "أدانت هولندا الهجوم على السفارة.",
        [("ACCUSE", "occurred", "NLDGOV", None)],
        id="a state the lexicon names by its government only, named bare as the subject of an act, is its government",
    ),
    pytest.param(
        "وقدمت اليابان 30 مليون دولار للحكومة الأردنية.",
        [("AID", "occurred", "JPNGOV", "JORGOV")],
        id="a state named bare after a verb of giving (no trigger itself) gives the sum",
    ),
    pytest.param(
        "وأرسلت كندا مساعدات طبية إلى العراق.",
        [("AID", "occurred", "CANGOV", "IRQCVL")],
        id="a state named bare after a verb of sending sends the aid",
    ),
    pytest.param(
        "كما هاجم وزير الداخلية الأردني الحكومة السورية، داعيا إلى إغلاق الحدود.",
        [("ACCUSE", "occurred", "JORGOV", "SYRGOV"), ("REQUEST", "occurred", "JORGOV", None)],
        id="a minister's attack followed by what he calls for (داعيا) is a verbal attack",
    ),
    pytest.param(
        "وقدمت مصر مساعدات إلى الحكومة الليبية.",
        [("AID", "occurred", "EGYGOV", "LBYGOV")],
        id="aid to a government named stays the government's",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol8(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
