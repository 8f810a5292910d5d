"""Political (PLOVER) events: what a statement's words make of it — a label declined is no rejection, a side
charged with the crimes it commits is accused.

Each row is a short report written for the project; it names the rule it checks. The rows are the
(plover_type, actor1, actor2) of the political events of the given PLOVER type, in order ([] for none).
"""

from __future__ import annotations

import pytest

from rasad.model import Event
from tests.test_extraction import _extract


def _political(events: list[Event], plover: str) -> list[Event]:
    return [e for e in events if e.category == "political" and e.plover_type == plover]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


ROWS = [
    pytest.param(
        "وأعرب المبعوث الأممي عن أمله في نجاح خطة من أربع نقاط، يرفض المبعوث الأممي تسميتها بالمبادرة، مؤكدا"
        " أنها خطوة أولى.",
        "REJECT",
        [],
        id="declining to name a plan so (يرفض تسميتها بالمبادرة) rejects no side",
    ),
    pytest.param(
        "رفض وزير الدفاع السوري وصف الانسحاب بالهزيمة.",
        "REJECT",
        [],
        id="declining a description (رفض وصف الانسحاب بالهزيمة) rejects no side",
    ),
    pytest.param(
        "رفضت الحكومة اليمنية المبادرة ووصفتها بأنها غير واقعية.",
        "REJECT",
        [("YEMGOV", None)],
        id="a rejection followed by a description of what is rejected stays a rejection",
    ),
    pytest.param(
        "وقال وزير الخارجية اليمني إن الحكومة علقت الحوار بسبب ما يرتكبه الحوثيون من خروقات للهدنة.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a speaker charging the side after the verb with breaches (ما يرتكبه الحوثيون من خروقات) accuses it",
    ),
    pytest.param(
        "وأكد وزير الإعلام اليمني أن الحوثيين يرتكبون جرائم بحق المدنيين.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a speaker saying the side before the verb commits crimes (أن الحوثيين يرتكبون جرائم) accuses it",
    ),
    pytest.param(
        "تواصلت المجازر التي ترتكبها قوات النظام في ريف إدلب.",
        "ACCUSE",
        [],
        id="crimes committed told without a speaker's ان describe, accuse no one",
    ),
    pytest.param(
        "وقال المتحدث العسكري إن الجيش يرتكب أخطاء في إدارة المعركة.",
        "ACCUSE",
        [],
        id="committing what is no charge (يرتكب أخطاء) is no accusation",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_labels(pipeline, text, plover, expected):
    got = [(_code(e.actor1), _code(e.actor2)) for e in _political(_extract(pipeline, text), plover)]
    assert got == expected
