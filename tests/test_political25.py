"""Political (PLOVER) events: a side named right before a relative clause whose trigger opens with its own verb
(… بالكويت التي قدمت مساعدات) does that act, beside the act of the clause; a bare government (الحكومة) acting
on the one state a report names is not that state's; a Security Council resolution named by its number (القرار
2216) is the council's; a side named in a speaker's words as the cause of an ill (السبب وراء …) is accused. Each
row is a short report written for the project and names the rule it checks; the rows are (text, expected [(PLOVER
type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "وأشاد وزير الخارجية السعودي بالكويت التي قدمت مساعدات إنسانية لليمن.",
        [("SUPPORT", "SAUGOV", "KWTGOV"), ("AID", "KWTGOV", "YEMCVL")],
        id="the state before a relative clause of aid given gives it, beside the praise",
    ),
    pytest.param(
        "وأشاد الوزير بالكويت التي قدمت مساعدات إنسانية لليمن.",
        [("AID", "KWTGOV", "YEMCVL")],
        id="the aid of a relative clause is told even when the praising side is unnamed",
    ),
    pytest.param(
        "أعلنت الحكومة مقاطعة إيران.",
        [("SANCTION", None, "IRNGOV")],
        id="an unnamed government acting on the one state named is not that state's own",
    ),
    pytest.param(
        "ورحب وزير الخارجية اليمني بالقرار 2216.",
        [("SUPPORT", "YEMGOV", "IGOUNO")],
        id="a Security Council resolution named by its number is the council's",
    ),
    pytest.param(
        "ورفض الحوثيون القرار الأممي رقم 2216.",
        [("REJECT", "YEMREB", "IGOUNO")],
        id="a resolution named by number with its adjective and رقم is the council's",
    ),
    pytest.param(
        "ورفض الحوثيون للقرار 2254.",
        [("REJECT", "YEMREB", "IGOUNO")],
        id="any resolution number, after the lam that takes the article's alif, is the council's",
    ),
    pytest.param(
        "وقال وزير الخارجية اليمني إن السبب الرئيسي وراء انهيار الهدنة تصرفات الحوثيين.",
        [("ACCUSE", "YEMGOV", "YEMREB")],
        id="a side named in a speaker's words as the cause of an ill is accused",
    ),
    pytest.param(
        "وقال وزير الخارجية السعودي إن من بين الأسباب وراء ظهور تنظيم داعش سياسات النظام السوري.",
        [("ACCUSE", "SAUGOV", "SYRGOV")],
        id="the side right after the noun of what was caused is not the one blamed",
    ),
    pytest.param(
        "ولم تعرف الأسباب وراء انهيار الهدنة بين الحوثيين والحكومة.",
        [],
        id="a cause asked about with no speaker's ان blames nobody",
    ),
    pytest.param(
        "وقال وزير الخارجية الأردني إن السبب وراء إغلاق المعبر مشاركة عناصر الجيش الحر في الاشتباكات.",
        [],
        id="a cause that is no deed of a side blames nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_25(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
