"""Political (PLOVER) events: a chargé d'affaires summoned or expelled (القائم بالأعمال) is an envoy; the side a
relative clause of giving aid follows (… السعودية التي أرسلت طائرات إغاثية) gives it, and aid sent so far (حتى
الآن) was sent; civilians with a place right after them (للنازحين في العراق) are that place's; مقاطعة before a
place is a canton, no boycott; a resolution a council adopts or issues is its AGREE, and what the resolution says
(قرارا يطالب …) is the council's act toward the side after the verb. Each row is a short report written for the
project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the
political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "طردت الحكومة الليبية القائم بالأعمال القطري.",
        [("SANCTION", "LBYGOV", "QATGOV")],  # (the envoy's state: rasad.match.names._OFFICES)
        id="a charge d'affaires expelled is an envoy expelled",
    ),
    pytest.param(
        "وقالت المصادر إن المساعدات التي وصلت هي لقوات التحالف بقيادة السعودية التي أرسلت وحدها ثلاث طائرات"
        " إغاثية إلى عدن.",
        [("AID", "SAUMIL", "YEMCVL")],  # (aid to a town of Yemen is for Yemen's people: pol8)
        id="the side a relative clause of sending aid follows gives the aid",
    ),
    pytest.param(
        "وقالت المصادر إن المساعدات التي وصلت هي للإمارات التي سيرت قافلة إغاثة إلى عدن.",
        [("AID", "AREGOV", "YEMCVL")],
        id="a state before a relative clause of aid sent gives it",
    ),
    pytest.param(
        "وأرسلت الإمارات ثلاث طائرات إغاثية إلى عدن حتى الآن.",
        [("AID", "AREGOV", "YEMCVL")],
        id="aid sent so far was sent",
    ),
    pytest.param(
        "ورفضت تركيا حتى الآن التدخل البري في سوريا.",
        [],
        id="a stance held so far stays no act of the day",
    ),
    pytest.param(
        "وأعلنت ألمانيا تقديم مساعدات إنسانية للنازحين في العراق.",
        [("AID", "DEUGOV", "IRQCVL")],
        id="the displaced in a country are its civilians, not the donor's",
    ),
    pytest.param(
        "وأعلن حزب الاتحاد الديمقراطي مقاطعة عفرين إدارة ذاتية.",
        [],
        id="a canton named after مقاطعة is no boycott",
    ),
    pytest.param(
        "واعتمد مجلس الأمن بالإجماع قرارا بشأن الأزمة الليبية.",
        [("AGREE", "IGOUNO", None)],
        id="a resolution adopted unanimously is the council's agreement",
    ),
    pytest.param(
        "وأصدر مجلس الأمن قرارا بشأن الأزمة اليمنية.",
        [("AGREE", "IGOUNO", None)],
        id="a resolution issued is the council's agreement",
    ),
    pytest.param(
        "وأصدر مجلس الأمن قرارا يطالب الحوثيين بالانسحاب من المدن.",
        [("REQUEST", "IGOUNO", "YEMREB")],
        id="what a resolution demands is the council's request of the side after the verb",
    ),
    pytest.param(
        "وأصدرت الحكومة العراقية قرارا بإغلاق المعابر.",
        [],
        id="a government's decision is no resolution",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_24(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
