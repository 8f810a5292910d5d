"""Political (PLOVER) events: an official's verbal attack (هاجم الوزير الحزب قائلا …) is an accusation; the counterpart of a welcome or a praise (SUPPORT) of a victory is not the side
defeated in it ("رحب الوزير بتحرير المدينة من المتمردين": the rebels are not supported). Each row is a short
report written for the project and names the rule it checks; the rows are (text, PLOVER type, expected [actor2
codes] of the political events of that type).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import WED, _extract

ROWS = [
    pytest.param(
        "رحب وزير الخارجية الأردني بتحرير مدينة الرمادي من تنظيم داعش.",
        "SUPPORT",
        [None],
        id="the side a city is liberated from is not whom a welcome supports",
    ),
    pytest.param(
        "أشادت الحكومة البحرينية بدحر المتمردين الحوثيين من محافظة مأرب.",
        "SUPPORT",
        [None],
        id="the side routed (بدحر) is not whom a praise supports",
    ),
    pytest.param(
        "رحب وزير الخارجية الأردني بالمبادرة الروسية لحل الأزمة.",
        "SUPPORT",
        ["RUSGOV"],
        id="a welcomed initiative of a state still has that state as counterpart",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political_support_counterpart_19(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        e.actor2.code if e.actor2 else None
        for e in _extract(pipeline, text, WED)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected


VERBAL = [
    pytest.param(
        "هاجم وزير الخارجية الإيراني السعودية قائلا إنها تدعم الإرهاب.",
        [("ACCUSE", "IRNGOV", "SAUGOV")],
        id="an official attacking a state with words (قائلا) accuses it",
    ),
    pytest.param(
        "وهاجم رئيس الوزراء التركي، أحمد داود أوغلو، أمس، حزب الشعوب الديمقراطي قائلا إنه يدعم الإرهاب.",
        [("ACCUSE", "TURGOV", "TUROPP")],
        id="a verbal attack past the commas of its subject",
    ),
    pytest.param(
        "هاجمت القوات التركية مواقع حزب العمال الكردستاني قائلة إنها ترد على الهجمات.",
        [],
        id="an attack of forces, even told with its words, is no political event",
    ),
    pytest.param(
        "هاجم الرئيس التركي حزب الشعوب الديمقراطي في إسطنبول.",
        [],
        id="an attack without a word of saying is not read as a verbal one",
    ),
    pytest.param(
        "وهاجم بشدة قائلا إن الأوضاع سيئة.",
        [],
        id="a verbal attack whose doer the text does not name gives no event (and no error)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERBAL)
def test_political_verbal_attack_19(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text, WED)
        if e.category == "political"
    ]
    assert got == expected
