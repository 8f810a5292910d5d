"""Political (PLOVER) events: a clause that tells a second act of another kind after its first, joined to it and
with a side of its own, yields an event for each; an act the first governs or the same act told again does not.
Each row is a short report written for the project: (text, PLOVER type, expected [(actor1, actor2)] of the
political events of that type, in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

SECOND_ACT_ROWS = [
    pytest.param(
        "ترفض الحكومة اليمنية الحوار نظير ما يرتكبه الحوثيون من خروقات للهدنة.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a charge after a word of cause (نظير ما يرتكبه): the speaker's accusation besides the rejection",
    ),
    pytest.param(
        "ترفض الحكومة اليمنية الحوار نظير ما يرتكبه الحوثيون من خروقات للهدنة.",
        "REJECT",
        [("YEMGOV", "YEMREB")],
        id="the clause's first act stays with the second",
    ),
    pytest.param(
        "رفضت الحكومة الليبية المبادرة متهمة الإخوان المسلمين بعرقلة الحل السياسي.",
        "ACCUSE",
        [("LBYGOV", "LBYOPP")],
        id="a feminine participle of accusing (متهمة) with the side accused right after it",
    ),
    pytest.param(
        "وقال وزير الخارجية اليمني إن الهدنة انهارت نظير ما كان يرتكبه الحوثيون من خروقات منذ أيامها الأولى.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="what a side is charged with having kept doing (كان يرتكبه … منذ) is in an accusation made that day",
    ),
    pytest.param(
        "دعا وزير الخارجية السعودي إلى وقف إطلاق النار والدخول في مفاوضات.",
        "CONSULT",
        [],
        id="talks in what is asked for (دعا إلى … الدخول في مفاوضات) are no second act",
    ),
    pytest.param(
        "أدان وزير الخارجية السعودي الهجوم متهما الحوثيين بتنفيذه.",
        "ACCUSE",
        [("SAUGOV", "YEMREB")],
        id="a condemnation and an accusation: one act of one kind, told once",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), SECOND_ACT_ROWS)
def test_political_second_acts(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
