"""Political (PLOVER) events: a word of bi- after في, خلال or عبر (في بيانه، عبر بيانها) is where a demand was
made, not the verbal noun of what is asked — the side after it is the one asked; a perfect with و opening the
clause right after a pluperfect that recalls a past act (وكان الوزير قد زار دمشق الشهر الماضي والتقى …) is
background with it. Each row is a short report written
for the project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the
political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "وطالب الجيش الحر في بيانه الحوثيين بالإفراج عن الأسرى.",
        [("REQUEST", "SYRREB", "YEMREB")],
        id="the side after في بيانه is the one asked, past the bi- of the statement's noun",
    ),
    pytest.param(
        'وطالبت الفرقة 13 في بيانها "الإخوة في جبهة النصرة بإطلاق" المقاتلين المخطوفين بأقصى سرعة.',
        [("REQUEST", "SYRREB", "SYRREB")],
        id="a quoted addressee after في بيانها is asked, another armed group of the same code",
    ),
    pytest.param(
        "وكان وزير الخارجية الإيراني قد زار دمشق الشهر الماضي والتقى الرئيس السوري.",
        [],
        id="a perfect with و right after a pluperfect recalling a past visit is background too",
    ),
    pytest.param(
        "وكان وزير الخارجية الأردني قد زار بغداد مطلع الشهر الماضي، والتقى رئيس الوزراء العراقي.",
        [],
        id="a perfect with و after a comma, past a pluperfect dated to last month, is background too",
    ),
    pytest.param(
        "وكان وزير الخارجية الإيراني قد وصل أمس إلى دمشق والتقى الرئيس السوري.",
        [("CONSULT", "IRNGOV", "SYRGOV")],
        id="a pluperfect dated within the news' days is told, and the act coordinated with it with it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_29(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


# (text, expected [(PLOVER type, status)] of the political events, published on WED 2015-10-14)
STATUS_ROWS: list = []


@pytest.mark.parametrize(("text", "expected"), STATUS_ROWS)
def test_political_status_29(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.status)
        for e in pipeline(Article(id="t", text=text, published=WED))
        if e.category == "political"
    ]
    assert got == expected
