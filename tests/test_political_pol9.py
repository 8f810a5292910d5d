"""Political (PLOVER) events: the rules of the pol9 audit — a country with li-l- (لليمن) as the side aid goes to,
contacts made with a side (أجرت اتصالات مع) as talks. Each row is a short report written for the project and names
the rule it checks; the rows are (text, expected [(PLOVER type, status, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.test_political_pol7 import _political

ROWS = [
    pytest.param(
        "وقدمت الإمارات مساعدة بقيمة عشرة ملايين دولار لليمن.",
        [("AID", "occurred", "AREGOV", "YEMGOV")],
        id="a sum of aid to a country with li-l- whose name is read only with its article (لليمن) goes to its state",
    ),
    pytest.param(
        "وأجرت الحكومة الأردنية اتصالات مع الحكومة العراقية لتنسيق الجهود.",
        [("CONSULT", "occurred", "JORGOV", "IRQGOV")],
        id="contacts made with a side, the subject between the light verb and them, are talks",
    ),
    pytest.param(
        "وأجرى وزير الخارجية السعودي اتصالا مع نظيره التركي.",
        [("CONSULT", "occurred", "SAUGOV", "TURGOV")],
        id="a contact made with a counterpart is talks",
    ),
    pytest.param(
        "وقالت وزارة الخارجية التركية إنها أجرت اتصالات مع الحكومة العراقية أمس.",
        [("CONSULT", "occurred", "TURGOV", "IRQGOV")],
        id="contacts made, the light verb right before them",
    ),
    pytest.param(
        "وقطعت الحكومة المصرية الاتصالات مع الحكومة القطرية.",
        [],
        id="contacts cut are no talks",
    ),
    pytest.param(
        "وقال وزير الخارجية الأردني إنه على اتصال مع الحكومة العراقية.",
        [],
        id="being in contact is no act of the day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol9(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


def _dated(pipeline: Pipeline, text: str) -> list[tuple]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [(e.plover_type, e.status, e.event_date) for e in events if e.category == "political"]


# (text, expected [(PLOVER type, status, date)]); the report is of Wednesday 2015-10-14
DATED_ROWS = [
    pytest.param(
        "وقتل مسلحون مساء الأحد رجلا في مدينة ديار بكر. ودعا حزب الشعوب الديمقراطي إلى مسيرة حاشدة غدا الخميس في أنقرة.",
        [("REQUEST", "occurred", "2015-10-14")],
        id="a call for tomorrow (غدا الخميس) is made on the day of writing, not the day told before",
    ),
    pytest.param(
        "وفجر انتحاري نفسه يوم الأحد في سوق ببغداد. ودعا رئيس الوزراء العراقي إلى اجتماع طارئ للحكومة غدا.",
        [("REQUEST", "occurred", "2015-10-14")],
        id="a call for a meeting tomorrow (غدا) is made on the day of writing",
    ),
    pytest.param(
        "وفجر انتحاري نفسه يوم الأحد في سوق ببغداد. ودعا رئيس الوزراء العراقي إلى اجتماع طارئ للحكومة الخميس المقبل.",
        [("REQUEST", "occurred", "2015-10-11")],
        id="a weekday named ahead counts from no day of writing: the call keeps the day it inherits",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_ROWS)
def test_political_pol9_dates(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [(p, s, str(d)) for p, s, d in _dated(pipeline, text)] == expected
