"""Tolls: a vague quantity behind a clitic (وعشرات، لعشرات، وعدد من) counts as the bare one, and joins the dead
counted before it (tolls13)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.text.numbers import find_numbers
from tests.extracting import conflict_events

WED = dt.date(2015, 8, 5)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, WED)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("تشييع لعشرات القتلى", 12),
        ("وعشرات المسلحين", 12),
        ("بعشرات الغارات", 12),
        ("للعشرات من المدنيين", 12),
        ("والمئات من الجرحى", 100),
        ("وعدد من الجنود", 3),
        ("لآلاف النازحين", 1000),
        # numbers (أعداد) and huge numbers of, and a number "of them" (منهم): as many as عدد من
        ("أعداد من الجنود", 3),
        ("وأعدادا هائلة من المدنيين", 3),
        ("عدد هائل من النازحين", 3),
        ("عدد منهم", 3),
        ("وعددا كبيرا منهم", 3),
    ],
)
def test_a_vague_quantity_behind_a_clitic(raw: str, value: int) -> None:
    assert [(m.value, m.kind) for m in find_numbers(normalize(raw).text)] == [(value, "vague")]


@pytest.mark.parametrize("raw", ["وعده الوزير بالمساعدة", "وصل الوفد بعده"])
def test_the_clitic_forms_of_several_are_other_words(raw: str) -> None:
    assert find_numbers(normalize(raw).text) == []


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # funerals for dozens of dead, and the relative clause of the same dead: 12, not 3 + 1
        (
            "وشهدت مدينة حمص أمس خروج مواكب التشييع لعشرات القتلى من عناصر الجيش الذين لقوا مصرعهم في المعارك "
            "الدائرة في بلدة مورك.",
            12,
        ),
        ("أسفرت الاشتباكات في بلدة مورك أمس عن مقتل 10 جنود وعشرات المسلحين.", 22),
        ("أسفرت الاشتباكات في بلدة مورك أمس عن مقتل 10 جنود وعدد من المسلحين.", 13),
        ("أسفرت الاشتباكات في بلدة مورك أمس عن مقتل 10 جنود وعشرات من المسلحين.", 22),
        ("أسفرت الاشتباكات في بلدة مورك أمس عن مقتل 10 جنود وعشرات الجرحى.", 10),  # the hurt count none
    ],
)
def test_vague_dead_behind_a_clitic_are_counted(pipeline: Pipeline, text: str, toll: int) -> None:
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == toll


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("قتل ثلاثة من رجال الأمن أمس في هجوم مسلح على حاجز في مدينة الرمادي.", {"combatants": 3}),
        (
            "وقال شهود إن 20 حوثيا و8 من رجال المقاومة الشعبية سقطوا قتلى أمس في حي المطار بمدينة تعز.",
            {"combatants": 28},
        ),
        ("قتل أحد رجال الشرطة أمس في هجوم مسلح على دورية في مدينة الرمادي.", {"combatants": 1}),
        ("قتل رجلان أمس في هجوم مسلح على سوق شعبي في مدينة الرمادي.", {"civilians": 2}),  # men of no force
    ],
)
def test_men_of_a_force_are_combatants(pipeline: Pipeline, text: str, detail: dict[str, int]) -> None:
    evs = [e for e in _conflict(pipeline, text) if e.fatalities]
    assert len(evs) == 1
    assert evs[0].fatalities_detail == detail
