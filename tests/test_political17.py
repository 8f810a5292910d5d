"""Political (PLOVER) events: what a clause says around the act that is not the act's place, day or news. Each
row is a short report written for the project and names the rule it checks; the rows are (text, PLOVER type,
expected [(place, date, status)] of the political events of that type, in order — [] for none). Reports are
published on a Wednesday (see tests.test_extraction.WED).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import WED, _extract

YESTERDAY = (WED - dt.timedelta(days=1)).isoformat()

ROWS = [
    pytest.param(
        "قال متحدث باسم وزارة الدفاع الروسية إن الطيران الروسي لم يستهدف أي مستشفى في ريف إدلب بسوريا نافيا"
        " تقارير المعارضة عن ضربات جوية.",
        "REJECT",
        [(None, WED.isoformat(), "occurred")],
        id="a place in what was said before a participle of denial (نافيا) is not where the denial was made",
    ),
    pytest.param(
        "قال وزير الخارجية الأردني في عمان إن بلاده لا تتدخل في شؤون جيرانها نافيا اتهامات المعارضة السورية.",
        "REJECT",
        [("عمان", WED.isoformat(), "occurred")],
        id="the speaker's own place before his ان stays the denial's",
    ),
    pytest.param(
        "رفض ضباط الحرس الجمهوري تسلم رواتبهم لشهر سبتمبر احتجاجا على قرار الحوثيين.",
        "REJECT",
        [(None, WED.isoformat(), "occurred")],
        id="the month wages are for (لشهر) does not date the refusal",
    ),
    pytest.param(
        "رفض ضباط الحرس الجمهوري أمس تسلم رواتبهم لشهر سبتمبر احتجاجا على قرار الحوثيين.",
        "REJECT",
        [(None, YESTERDAY, "occurred")],
        id="the day written for the refusal stays, past the month its object is for",
    ),
    pytest.param(
        "وفي السنوات الأخيرة بدأت قطر تقدم مساعدات طبية للجرحى السوريين.",
        "AID",
        [],
        id="a practice begun over the last years is background, not aid given that day",
    ),
    pytest.param(
        "أعلنت قيادة التحالف أمس الأول هدنة إنسانية في اليمن لمدة خمسة أيام. وقال الوزير إن احترام الهدنة"
        " الإنسانية التي بدأ سريانها أمس من شأنه أن يوقف نزيف الدماء.",
        "RETREAT",
        [("اليمن", (WED - dt.timedelta(days=2)).isoformat(), "occurred")],
        id="a truce declared one day and begun the next is one event, on the day it was declared",
    ),
    pytest.param(
        "التقى المبعوث الأممي إلى سوريا وزير الخارجية المصري في القاهرة يوم السبت. وقال المبعوث إن مجلس الأمن"
        " سيعقد جلسة في الـ25 من أكتوبر لبحث الأزمة السورية. وسيدعو الأمين العام إلى جلسة خاصة في مجلس الأمن"
        " في الـ25 من أكتوبر.",
        "REQUEST",
        [(None, WED.isoformat(), "planned")],
        id="a call to come for a session on a day is not dated by the session, nor by a day past",
    ),
    pytest.param(
        "أفادت تقارير صحفية أن رئيس الوزراء التركي أجرى أمس مكالمات هاتفية مع رؤساء مكاتب الحزب في جميع"
        " الولايات.",
        "CONSULT",
        [],
        id="calls with the heads of the party's own offices are inside one side, no consultation between sides",
    ),
    pytest.param(
        "أجرى رئيس الوزراء التركي أمس مكالمات هاتفية مع رؤساء الأحزاب المعارضة.",
        "CONSULT",
        [(None, YESTERDAY, "occurred")],
        id="calls with the heads of other parties stay a consultation",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political17(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.place.name_ar if e.place else None, e.event_date, e.status)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
