"""Which event type and sub-event type a clause's acts are drafted as: a captive killed is attacked, not fought;
an abduction whose victims the clause goes on to tell killed is the killing."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    "text",
    [
        # a captive killed is defenceless: violence against him, no fight
        "ذبح مسلحو التنظيم جنديا أسيرا في مدينة الرقة أمس.",
        "وقتل مسلحو الجماعة شرطيا مختطفا في بلدة القائم أمس.",
    ],
)
def test_captive_killed_is_attacked(pipeline: Pipeline, text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in _conflict(pipeline, text)] == [
        ("Violence against civilians", "Attack")
    ]


def test_soldier_killed_is_still_a_fight(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, "قتل مسلحو التنظيم جنديا في مدينة الرقة أمس.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "خطف مسلحون شابا في مدينة درعا أمس وأعدموه.",
        "واختطف مجهولون ثلاثة تجار في بلدة الضمير ثم أعدموهم.",
    ],
)
def test_abducted_then_killed_is_the_killing(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Attack"]


def test_abduction_alone_stays_an_abduction(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, "خطف مسلحون شابا في مدينة درعا أمس.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("قتل مسلحون عشرة ركاب في حافلة قرب مدينة حمص أمس.", "ركاب"),
        ("قتل مسلحون خمسة لاجئين في مخيم قرب مدينة درعا أمس.", "لاجئين"),
    ],
)
def test_civilians_named_are_the_target(pipeline: Pipeline, text: str, named: str) -> None:
    events = _conflict(pipeline, text)
    assert [(e.actor2.code[3:], e.actor2.name_ar) for e in events if e.actor2] == [("CVL", named)]


def test_strikes_carried_out_near_a_town_are_strikes(pipeline: Pipeline) -> None:
    # a bare "نفذت" with no doer tells where the strikes just told were carried out: no fight
    text = (
        "وقال البيان إن أربعا من الغارات جرت في سورية، نفذت قرب مدينة الرقة وأصابت ثلاث وحدات من المقاتلين."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة مدنيين في هجوم لمسلحين على حافلة قرب مدينة حمص أمس.",
        "وقتل طفلان في هجوم شنه مجهولون على منزل في قرية قرب مدينة درعا أمس.",
    ],
)
def test_attack_that_killed_civilians_alone_is_violence_against_them(pipeline: Pipeline, text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in _conflict(pipeline, text)] == [
        ("Violence against civilians", "Attack")
    ]


def test_attack_that_killed_soldiers_too_is_a_fight(pipeline: Pipeline) -> None:
    text = "قتل ثلاثة مدنيين وجنديان في هجوم لمسلحين على حاجز قرب مدينة حمص أمس."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]
