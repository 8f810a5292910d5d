"""Political (PLOVER) events: a vow to fight or punish a side (تعهد، وعد with a verbal noun of fighting) is a
threat, a pledge of support or aid is not; an envoy summoned (استدعى السفير) is a sanction, استدعى 'called for'
is none; aid sent (ارسلت … طائرات اغاثية) is aid given; a statement's verb coordinated after a comma (قال … ان
…، وتوعد المتمردين …) is the speaker's. Each row is a short report written for the project and
names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "وتعهد الرئيس التونسي بملاحقة المسلحين الذين هاجموا الفندق ومعاقبتهم.",
        [("THREATEN", "TUNGOV", None)],
        id="a vow to pursue and punish: a threat",
    ),
    pytest.param(
        "ووعد الرئيس التركي رجب طيب أردوغان باتخاذ إجراءات أكثر صرامة ضد المتشددين.",
        [("THREATEN", "TURGOV", None)],
        id="a vow of measures against a side: a threat",
    ),
    pytest.param(
        "وقال وزير الداخلية المصري إن الشرطة اعتقلت عشرين متشددا في سيناء، وتعهد بملاحقة بقية الخلية.",
        [("THREATEN", "EGYGOV", None)],
        id="a vow after what the speaker said: the speaker vows",
    ),
    pytest.param(
        "ووعد الرئيس التركي باتخاذ إجراءات لتحسين الاقتصاد.",
        [],
        id="a vow of measures against nobody is no threat",
    ),
    pytest.param(
        "وتعهد الرئيس التونسي بمحاربة الفساد في مؤسسات الدولة.",
        [],
        id="a vow to fight an ill is no threat",
    ),
    pytest.param(
        "وتعهدت الحكومة العراقية بالرد على مطالب المحتجين في البصرة خلال أيام.",
        [],
        id="a vow to answer demands is no threat",
    ),
    pytest.param(
        "وتعهدت فرنسا بتقديم مساعدات إنسانية عاجلة.",
        [("AID", "FRAGOV", None)],
        id="a pledge of aid stays aid",
    ),
    pytest.param(
        "واستدعى وزير الخارجية الكويتي السفير الإيراني لدى الكويت.",
        [("SANCTION", "KWTGOV", "IRNGOV")],
        id="an envoy summoned by the masculine verb",
    ),
    pytest.param(
        "واستدعى الوضع الأمني تدخل الجيش في المدينة.",
        [],
        id="استدعى 'called for' is no summons",
    ),
    pytest.param(
        "وأرسلت الكويت ثلاث طائرات إغاثية إلى مطار عدن.",
        [("AID", "KWTGOV", None)],
        id="relief planes sent are aid",
    ),
    pytest.param(
        "وقال وزير الداخلية اليمني إن قوات الأمن استعادت ميناء عدن، وتوعد المتمردين برد حازم.",
        [("THREATEN", "YEMGOV", "YEMREB")],
        id="a threat coordinated after what was said: the speaker threatens the group after it",
    ),
    pytest.param(
        "وقال وزير الداخلية اليمني إن قوات الأمن استعادت ميناء عدن، واتهم المتمردين بزرع الألغام.",
        [("ACCUSE", "YEMGOV", "YEMREB")],
        id="a charge coordinated after what was said: the speaker accuses",
    ),
    pytest.param(
        "وقال وزير الخارجية الليبي إن الحكومة استعادت المطار، ورحب بالمبادرة الأممية.",
        [("SUPPORT", "LBYGOV", None)],
        id="a welcome coordinated after what was said: the speaker welcomes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_23(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
