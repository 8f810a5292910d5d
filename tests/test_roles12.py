"""The sides of an act: bare النظام as the subject of a verb of violence in a report on Syria is the regime's
forces."""

from __future__ import annotations

import pytest

from rasad.assemble.actors import _told_by_its_media
from rasad.pipeline import Pipeline
from tests.test_conflict_sides import _conflict, _sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare النظام right after a verb of violence that opens its clause is its subject: the regime's forces
        ("وشن النظام غارات جوية على مدينة دوما امس.", ("Air/drone strike", "SYRMIL", None)),
        (
            "واستهدف النظام بلدة معرة النعمان بصواريخ أرض أرض امس.",
            ("Shelling/artillery/missile attack", "SYRMIL", None),
        ),
    ],
)
def test_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a side named before the verb is its subject, النظام its object; النظام العام is another system
        "قتل عشرة مدنيين في قصف على بلدة كفرنبل امس، وقال ناشطون ان الجيش الحر يهاجم النظام في ريف حماة.",
        "قتل عشرة مدنيين في قصف على بلدة كفرنبل امس، فيما يستهدف النظام العام في المدينة.",
    ],
)
def test_bare_regime_elsewhere_is_no_doer(pipeline: Pipeline, text: str) -> None:
    assert all(e.actor1 is None or e.actor1.name_ar != "النظام" for e in _conflict(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # a state's media telling of "the army" through the source it quotes: that state's army (normalized)
        'ونقل التلفزيون السوري الرسمي عن مصدر عسكري قوله: "ان وحده من الجيش دمرت مواقع للمسلحين',
        "وذكرت الاذاعه السوريه نقلا عن مصادر ميدانيه قولها ان وحده من الجيش دمرت مواقع للمسلحين",
    ],
)
def test_the_army_a_states_media_quotes_a_source_on_is_its_own(text: str) -> None:
    assert _told_by_its_media(text, text.index("وحده")) == "SYR"
