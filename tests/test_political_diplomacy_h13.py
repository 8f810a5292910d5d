"""Political (PLOVER) events: bare verbs of diplomacy whose object follows past the subject, and an office named
with no nation before the name of who holds it. Each row is a short report written for the project and names the
rule it checks; the rows are (text, PLOVER type, expected [(actor1, actor2)] of the political events of that type,
in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

ROWS = [
    pytest.param(
        "حملت الحكومة اليمنية الحوثيين مسؤولية انهيار الهدنة.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="holding a side responsible with the subject between the verb and مسؤولية (حملت X Y مسؤولية)",
    ),
    pytest.param(
        "حمل المقاتلون السلاح في وجه القوات الحكومية.",
        "ACCUSE",
        [],
        id="the bare حمل with no مسؤولية after it is carrying, no accusation",
    ),
    pytest.param(
        "قطعت السعودية علاقاتها مع إيران.",
        "SANCTION",
        [("SAUGOV", "IRNGOV")],
        id="ties cut with the subject between the verb and علاقاتها (قطعت X علاقاتها مع Y)",
    ),
    pytest.param(
        "قطع المسلحون الطريق الدولي بين المدينتين.",
        "SANCTION",
        [],
        id="the bare قطع with no relations or envoy after it is cutting a road, no sanction",
    ),
    pytest.param(
        "طردت الحكومة الليبية السفير الإيراني.",
        "SANCTION",
        [("LBYGOV", "IRNGOV")],
        id="an envoy expelled with the subject between the verb and السفير (طردت X السفير)",
    ),
    pytest.param(
        "استدعت الإمارات سفيرها من طهران.",
        "SANCTION",
        [("AREGOV", "IRNGOV")],
        id="the capital an envoy is recalled from (سفيرها من طهران) is the other side, not where it happened",
    ),
    pytest.param(
        "ووجه زعيم حزب الشعوب الديمقراطي نداء إلى الحكومة التركية لوقف القتال.",
        "REQUEST",
        [("TUROPP", "TURGOV")],
        id="an appeal (نداء) made to a side is a request, and الى right after the noun names whom it is made to",
    ),
    pytest.param(
        "ووجه الرئيس اليمني دعوة إلى الأمم المتحدة للتدخل.",
        "REQUEST",
        [("YEMGOV", "IGOUNO")],
        id="الى right after a noun of asking (دعوة إلى الأمم المتحدة) names the addressee, not what is asked",
    ),
    pytest.param(
        "اتهم الجيش الحر تنظيم داعش بقصف المدنيين.",
        "ACCUSE",
        [("SYRREB", "SYRREB")],
        id="two armed groups of one code (الجيش الحر، تنظيم داعش) are two sides: the accused is kept",
    ),
    pytest.param(
        "ولوح محمد عبد السلام، الناطق باسم المتمردين، بوقف التعامل مع المنظمة الدولية.",
        "THREATEN",
        [("YEMREB", None)],
        id="the side a spokesman speaks for (الناطق باسم المتمردين) is his own, no other side of his act",
    ),
    pytest.param(
        "اتهم رئيس الوزراء أحمد داود أوغلو تنظيم داعش بالتخطيط للهجوم.",
        "ACCUSE",
        [("TURGOV", "TURREB")],
        id="an office with no nation (رئيس الوزراء) is the title of the name right after it, who acts",
    ),
    pytest.param(
        "اتهم وزير الخارجية عادل الجبير إيران بدعم الحوثيين.",
        "ACCUSE",
        [("SAUGOV", "IRNGOV")],
        id="a minister's office with no nation (وزير الخارجية) before his name: the name acts on the side after",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political_diplomacy_h13(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected


# (text, PLOVER type, expected actor1 codes of the political events of that type)
DOER_ROWS = [
    pytest.param(
        "علقت جامعة الدول العربية عضوية سوريا.",
        "SANCTION",
        ["IGOARL"],
        id="a membership suspended with the subject between the verb and عضوية (علقت X عضوية Y) is a sanction",
    ),
    pytest.param(
        "علق الوزير على التصريحات الإيرانية.",
        "SANCTION",
        [],
        id="the bare علق with no membership, relations or envoy after it is commenting, no sanction",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), DOER_ROWS)
def test_political_diplomacy_doers_h13(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        e.actor1.code if e.actor1 else None
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
