"""Who did an act and to whom: a relative's point of reference, a pronoun or demonstrative pointing back at a
side, and the subject of a clause telling of the object (conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative of an official is no side through him: the official is not the killer
        (
            "وأقدم أحد أقرباء وزير الدفاع السوري على قتل ضابط في الجيش في مدينة اللاذقية بسبب خلاف.",
            ("Armed clash", None, "SYRMIL"),
        ),
        # nor is the name after the title the relative is named by
        (
            "وأقدم أحد أقرباء الرئيس السوري بشار الأسد على قتل ضابط في الجيش في مدينة اللاذقية بسبب خلاف.",
            ("Armed clash", None, "SYRMIL"),
        ),
        # the subject of a clause telling of the object hit ("كان … يتحصنون فيها") is whom the act hit
        (
            "وأشار المصدر إلى قصف منازل كان مسلحو الحوثي يتحصنون فيها بالمدفعية في مدينة تعز.",
            ("Shelling/artillery/missile attack", None, "YEMREB"),
        ),
    ],
)
def test_sides_of_the_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected


def test_a_pronoun_object_points_back_at_the_side_named_before(pipeline: Pipeline) -> None:
    # "فتحوا عليهم النار": the fighters put to flight just before are whom they fired at, no civilians
    text = (
        "ودفعت الغارات مسلحي الحوثي إلى الفرار من المعسكر، فأصبحوا هدفا لمقاتلي المقاومة الذين فتحوا عليهم"
        " النار قرب مدينة تعز."
    )
    fire = [e for e in _conflict(pipeline, text) if e.actor1 is not None and e.actor1.code == "YEMUAF"]
    assert [_sides(e) for e in fire] == [("Armed clash", "YEMUAF", "YEMREB")]


def test_a_pronoun_object_pointing_at_civilians_stays_civilians(pipeline: Pipeline) -> None:
    text = (
        "وأطلق مسلحون النار على مدنيين في سوق المدينة. وقال شهود إن المسلحين فتحوا عليهم النار في مدينة حمص."
    )
    assert {e.actor2.code for e in _conflict(pipeline, text) if e.actor2 is not None} == {"SYRCVL"}


def test_positions_pointed_at_are_those_of_the_side_named_before(pipeline: Pipeline) -> None:
    # "قصف تلك المواقع … بين المدنيين": the positions were the Houthis'; the civilians were spared
    text = (
        "ودمرت طائرات التحالف مواقع الحوثيين في مدينة حرض. وقالت المقاومة إن قصف تلك المواقع لم يوقع إصابات"
        " بين المدنيين."
    )
    assert all(e.actor2 is not None and e.actor2.code == "YEMREB" for e in _conflict(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # "قتل 29 منهم": the dead "of them" are of the side whose dead were counted just before
        "وقتل 11 من مسلحي داعش في مدينة الميادين، بينما قتل 29 منهم في قصف مدفعي على مدينة الطبقة.",
        # (not the doer named with them: the coalition struck, the Islamic State lost them)
        "وقتل 11 من مسلحي داعش في غارة للتحالف على مدينة الميادين، بينما قتل 29 منهم في قصف على مدينة الطبقة.",
    ],
)
def test_the_dead_of_them_are_of_the_side_counted_before(pipeline: Pipeline, text: str) -> None:
    (e,) = [e for e in _conflict(pipeline, text) if e.fatalities == 29]
    assert e.actor2 is not None and e.actor2.code == "SYRREB"
