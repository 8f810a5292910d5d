"""Political (PLOVER) events told twice in one report: one event per day, actor pair and type.

Each row is a short report written for the project; it names the rule it checks.
"""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline

# (the extraction of a short report is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import _extract


def _political(events: list[Event], plover: str) -> list[Event]:
    return [e for e in events if e.category == "political" and e.plover_type == plover]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


# (text, PLOVER type, expected [(actor1, actor2)] of that type)
RETOLD_ROWS = [
    pytest.param(
        "أجرت فرنسا ومصر محادثات اليوم الثلاثاء حول الأزمة الليبية. وقال وزير الخارجية المصري ونظيره الفرنسي"
        " إنهما ناقشا سبل دعم الحكومة الليبية.",
        "CONSULT",
        [("FRAGOV", "EGYGOV")],
        id="talks told again that day with their two sides the other way round are the same talks",
    ),
    pytest.param(
        "أجرت فرنسا ومصر محادثات اليوم الثلاثاء حول الأزمة الليبية. وأجرت فرنسا وتونس محادثات اليوم حول"
        " الأزمة نفسها.",
        "CONSULT",
        [("FRAGOV", "EGYGOV"), ("FRAGOV", "TUNGOV")],
        id="talks of the same day with another side are other talks",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), RETOLD_ROWS)
def test_retold_political_acts(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [(_code(e.actor1), _code(e.actor2)) for e in _political(_extract(pipeline, text), plover)]
    assert got == expected
