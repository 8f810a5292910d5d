"""Political (PLOVER) events: a call made with the verb هاتف (هاتف الرئيس نظيره) is talks (CONSULT) with the side
it names as object, while the noun هاتف after a preposition ("عبر هاتف") is no call. Each row is a short report
written for the project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)]
of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import WED, _extract

PHONE = [
    pytest.param(
        "وهاتف الرئيس التركي أمس نظيره الأمريكي وبحث معه الوضع في سوريا.",
        [("CONSULT", "TURGOV", "USAGOV")],
        id="a call told with the verb هاتف is talks with its object",
    ),
    pytest.param(
        "هاتفت المستشارة الألمانية أمس الرئيس الروسي.",
        [("CONSULT", "DEUGOV", "RUSGOV")],
        id="the feminine verb of a call",
    ),
    pytest.param(
        "تحدث مراسلنا عبر هاتف مع أحد السكان عن الوضع في المدينة.",
        [],
        id="the noun هاتف after عبر is no call",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHONE)
def test_political_phone_verb_20(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text, WED)
        if e.category == "political"
    ]
    assert got == expected


# a body named again by a bare head noun (الفرقة، اللواء) the actors are not read from: the side after the verb is
# its object, never the doer of the act
BODY_AGAIN = [
    pytest.param(
        "أصدرت الفرقة 30 بيانا أمس. وطالبت الفرقة جبهة النصرة بإطلاق المخطوفين.",
        [],
        id="the side after a feminine verb and its subject الفرقة is no doer",
    ),
    pytest.param(
        "أصدر لواء التوحيد بيانا أمس. واتهم اللواء جبهة النصرة بخطف عناصره.",
        [],
        id="the side after a masculine verb and its subject اللواء is no accuser",
    ),
    pytest.param(
        "وطالبت الفرقة الرابعة في الجيش السوري الأهالي بمغادرة المدينة.",
        [("REQUEST", "SYRMIL", "SYRCVL")],
        id="a body named in full after the verb is still the doer",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_AGAIN)
def test_political_body_named_again_20(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text, WED)
        if e.category == "political"
    ]
    assert got == expected


# an office with no nation before a name is the title of the name, when the side acted on follows it past quotation
# marks and the head noun a quoted name leaves outside them
TITLED = [
    pytest.param(
        'اتهم رئيس الوزراء أحمد داود أوغلو تنظيم "داعش" بالوقوف وراء التفجير.',
        [("ACCUSE", "TURGOV", "TURREB")],
        id="the accused quoted after its head noun",
    ),
    pytest.param(
        "اتهم رئيس الوزراء أحمد داود أوغلو «داعش» بالوقوف وراء التفجير.",
        [("ACCUSE", "TURGOV", "TURREB")],
        id="the accused in quotation marks right after the titled name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_political_titled_name_quoted_object_20(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text, WED)
        if e.category == "political"
    ]
    assert got == expected


# a meeting or a visit announced (أعلن … عن جلسة، أعلنت … عن زيارة) is one to come: status planned
ANNOUNCED = [
    pytest.param(
        "وأعلن رئيس الوزراء الليبي أمس عن جلسة طارئة للحكومة لبحث الوضع الأمني.",
        ["planned"],
        id="a session of the government announced with عن is planned",
    ),
    pytest.param(
        "أعلنت الخارجية الروسية عن زيارة لوزير الخارجية السعودي إلى موسكو.",
        ["planned"],
        id="a visit announced with عن is planned",
    ),
    pytest.param(
        "بحث وزير الخارجية السعودي مع نظيره الروسي في موسكو الأزمة السورية.",
        ["occurred"],
        id="talks told as held are no announcement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_political_announced_meeting_planned_20(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [e.status for e in _extract(pipeline, text, WED) if e.category == "political"]
    assert got == expected
