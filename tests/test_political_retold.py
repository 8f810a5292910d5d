"""Political (PLOVER) events: one event per day, actor pair and type when told twice; the bare names of the
states at war (سوريا، العراق، اليمن، ليبيا، بغداد) as the sides of political acts.

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


# (text, PLOVER type, expected [(actor1, actor2)] of that type)
STATE_ROWS = [
    pytest.param(
        "اتهم العراق أمس تركيا بانتهاك سيادته الجوية.",
        "ACCUSE",
        [("IRQGOV", "TURGOV")],
        id="a bare state name right after the act is its government, the doer",
    ),
    pytest.param(
        "اتهمت إيطاليا أمس ليبيا بالتقصير في مراقبة السواحل.",
        "ACCUSE",
        [("ITAGOV", "LBYGOV")],
        id="a bare state name after the doer and a time word is its government, the target",
    ),
    pytest.param(
        "وقعت روسيا واليمن أمس اتفاقا للتعاون الاقتصادي.",
        "AGREE",
        [("RUSGOV", "YEMGOV")],
        id="a bare state name joined by و to a side is the other side of an agreement",
    ),
    pytest.param(
        "رفضت بغداد أمس العرض الأمريكي.",
        "REJECT",
        [("IRQGOV", "USAGOV")],
        id="a capital that speaks for its state, right after the act, is its government",
    ),
    pytest.param(
        "العراق يرفض التدخل الأجنبي في شؤونه.",
        "REJECT",
        [("IRQGOV", None)],
        id="a bare state name opening the clause right before the act is its subject",
    ),
    pytest.param(
        "أجرت فرنسا أمس محادثات مع الأردن حول تعزيز الأمن على الحدود مع العراق.",
        "CONSULT",
        [("FRAGOV", "JORGOV")],
        id="a bare state name after a border (الحدود مع) is a place, not a side",
    ),
    pytest.param(
        "دعت فرنسا أمس إلى حماية المدنيين في اليمن.",
        "REQUEST",
        [("FRAGOV", None)],
        id="a bare state name after في is where, not whom the act addresses",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type)
STANCE_ROWS = [
    pytest.param(
        "انتقد وزير الخارجية المصري أمس التدخل الروسي في الشؤون الليبية.",
        "ACCUSE",
        [("EGYGOV", "RUSGOV")],
        id="a stance on a noun with a state's nationality adjective is taken on that state's government",
    ),
    pytest.param(
        "رحبت الحكومة العراقية أمس بالمبادرة الفرنسية لحل الأزمة.",
        "SUPPORT",
        [("IRQGOV", "FRAGOV")],
        id="a welcome of a state's initiative (بالمبادرة الفرنسية) is of that state's government",
    ),
    pytest.param(
        "رفضت الحكومة الليبية الدعوة إلى الحوار الوطني التونسي.",
        "REJECT",
        [("LBYGOV", None)],
        id="a nationality adjective past a preposition is not what the stance is taken on",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), STATE_ROWS + STANCE_ROWS)
def test_states_as_sides(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    """Bare state names as sides, and the stance on a state's doing taken on its government."""
    got = [(_code(e.actor1), _code(e.actor2)) for e in _political(_extract(pipeline, text), plover)]
    assert got == expected


# (text, PLOVER type, status, date) — published Wednesday 2015-10-14 (see test_extraction.WED)
LEXICON_ROWS = [
    pytest.param(
        "سيصل وزير الخارجية الإيطالي إلى طرابلس غدا في زيارة رسمية.",
        "CONSULT",
        "planned",
        "2015-10-15",
        id="a travel told with the future of يصل (سيصل) is a planned visit on its day",
    ),
    pytest.param(
        "أعلنت الحكومة العراقية أمس قطع علاقاتها مع دولة مجاورة.",
        "SANCTION",
        "occurred",
        "2015-10-13",
        id="breaking off one's relations (قطع علاقاتها) is a sanction",
    ),
]


@pytest.mark.parametrize(("text", "plover", "status", "date"), LEXICON_ROWS)
def test_political_lexicon_forms(pipeline: Pipeline, text: str, plover: str, status: str, date: str) -> None:
    got = [(e.status, str(e.date.date)) for e in _political(_extract(pipeline, text), plover)]
    assert got == [(status, date)]
