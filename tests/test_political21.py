"""Political (PLOVER) events: holding a side responsible (حمّل X المسؤولية) is an accusation (ACCUSE) even with a
long subject and object between the verb and the responsibility; the one side named right before the
responsibility is the side held, never the accuser. Each row is a short report written for the project and names
the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political
from tests.test_extraction import WED, _extract

HELD_RESPONSIBLE = [
    pytest.param(
        "حمّل وزير الخارجية السوري الحكومة التركية المسؤولية الكاملة عن التفجير.",
        [("ACCUSE", "SYRGOV", "TURGOV")],
        id="a title of three words and a side of two before the responsibility",
    ),
    pytest.param(
        "وحمل رئيس الوزراء العراقي حيدر العبادي تنظيم داعش مسؤولية التفجير.",
        [("ACCUSE", "IRQGOV", "IRQREB")],
        id="a title and a name before the side held",
    ),
    pytest.param(
        "أدانت الحكومة اليمنية قصف المستشفى وحملت ميليشيات الحوثي مسؤولية القصف.",
        [("ACCUSE", "YEMGOV", "YEMREB")],
        id="the subject told before: the one side after the verb is the side held",
    ),
    pytest.param(
        "حمّل الوزير الحكومة التركية المسؤولية عن التفجير.",
        [],
        id="an unnamed subject: the side held is no accuser",
    ),
    pytest.param(
        "وحمل الحوثيون الأمم المتحدة مسؤولية فشل المفاوضات.",
        [("ACCUSE", "YEMREB", "IGOUNO")],
        id="two sides after the verb: the subject and the side held",
    ),
    pytest.param(
        "ويحمل اللاجئون الجنسية السورية منذ ولادتهم في المخيم ولم يتولوا أي مسؤولية.",
        [],
        id="the verb of carrying with no side held",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_RESPONSIBLE)
def test_political_held_responsible_21(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


# the status of an act: one asked about (هل) is none told; one in the present tense with a day to come after it
# (غدا، يوم الاحد المقبل) is planned, dated that day
STATUS = [
    pytest.param(
        "وتساءل الوزير: هل ستدين الأمم المتحدة القصف الروسي؟",
        [],
        id="an act asked about with هل is none told",
    ),
    pytest.param(
        "يلتقي وزير الخارجية الأمريكي نظيره الروسي غدا.",
        [("CONSULT", "planned", "2015-10-15")],
        id="a meeting in the present tense with غدا after its object is planned",
    ),
    pytest.param(
        "يزور وزير الخارجية الأمريكي موسكو يوم الأحد المقبل.",
        [("CONSULT", "planned", "2015-10-18")],
        id="a visit with the coming day after its place is planned",
    ),
    pytest.param(
        "يلتقي وزير الخارجية الأمريكي نظيره الروسي لبحث الانتخابات المقبلة.",
        [("CONSULT", "occurred", "2015-10-14")],
        id="a coming thing that is no day leaves the meeting as told",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUS)
def test_political_status_21(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.status, str(e.event_date))
        for e in _extract(pipeline, text, WED)
        if e.category == "political"
    ]
    assert got == expected
