"""Who fought whom (conflict assembler): a group of no country fought across a border is of the state on the
other side of it."""

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
        # a group placed in a state's land or across the border with it, right after it is named, is that
        # state's (the Islamic State in Syria, where the article's other side is Turkish)
        (
            "وقصفت طائرات تركية امس مواقع لتنظيم داعش داخل الأراضي السورية قبالة بلدة كلس التركية.",
            [("Air/drone strike", "TURMIL", "SYRREB")],
        ),
        (
            "وقال مسؤول تركي إن جنديا تركيا قتل امس في اشتباكات مع تنظيم داعش المتطرف عبر الحدود مع سوريا قرب"
            " قرية البيلي.",
            [("Armed clash", "SYRREB", "TURMIL")],
        ),
        # … or fought across a border named with that state in the sentence or the one before
        (
            "وقال مسؤول إن المقاتلات التركية لم تعبر الحدود السورية. ووقع تبادل لإطلاق النار عبر الحدود امس قرب"
            " بلدة كلس بين الجيش التركي ومسلحي داعش قتل خلاله جندي تركي.",
            [("Armed clash", "TURMIL", "SYRREB")],
        ),
        # not a town on the border, where the group struck, nor the group of another clause
        (
            "وهاجم تنظيم داعش امس مدينة عين العرب على الحدود مع تركيا.",
            [("Armed clash", "SYRREB", None)],
        ),
        (
            "وقتل جندي تركي امس في اشتباك عبر الحدود مع سوريا بين الجيش التركي ومسلحي داعش قرب بلدة كلس، بعد"
            " تفجير نسب إلى التنظيم في بلدة سروج.",
            [("Armed clash", "TURMIL", "SYRREB"), ("Remote explosive/landmine/IED", "TURREB", None)],
        ),
    ],
)
def test_sides_named_around_the_act(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected
