"""The sides of an act: the object of a verb whose subject stands before it, two clans in a dual, the killed
soldier's side (conflict assembler)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article, Event
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)  # أمس = Tuesday 2015-10-13


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]


def _sides(e: Event) -> tuple:
    return (e.event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side right after a verb whose subject stands right before it is its object, not its doer
        (
            "وقال مصدر إن القوات الحكومية استهدفت مسلحين حوثيين في مدينة تعز أمس.",
            ("Battles", "YEMMIL", "YEMREB"),
        ),
        (
            "وذكر شهود أن المقاومة الشعبية هاجمت مسلحين حوثيين في مدينة إب أمس.",
            ("Battles", "YEMUAF", "YEMREB"),
        ),
    ],
)
def test_the_object_of_a_verb_after_its_subject(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == expected
