"""Who did it and to whom (conflict assembler, sides): aircraft of no one named in a war where one state's air
force alone strikes that side are that state's."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article, Event
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)  # after Russia's aircraft joined the war in Syria (30 September 2015)
JUL = dt.date(2015, 7, 22)  # before


def _conflict(pipeline: Pipeline, text: str, published: dt.date) -> list[Event]:
    return [e for e in pipeline(Article(id="t", text=text, published=published)) if e.category == "conflict"]


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # unnamed warplanes over the Syrian opposition before Russia's came are the state's
        (
            "وشن الطيران الحربي غارات على مواقع المعارضة في ريف إدلب أمس.",
            JUL,
            ("Air/drone strike", "SYRMIL", "SYRREB"),
        ),
        (
            "واستشهد ثلاثة مدنيين في قصف جوي على بلدة سرمين بريف إدلب أمس.",
            JUL,
            ("Air/drone strike", "SYRMIL", "SYRCVL"),
        ),
        # (after, they may be Russia's; striking the Islamic State in Syria, the coalition's: left unnamed)
        (
            "وشن الطيران الحربي غارات على مواقع المعارضة في ريف إدلب أمس.",
            WED,
            ("Air/drone strike", None, "SYRREB"),
        ),
        (
            "وقتل خمسة من عناصر تنظيم داعش في غارة جوية قرب مدينة الرقة أمس.",
            JUL,
            ("Air/drone strike", None, "SYRREB"),
        ),
    ],
)
def test_unnamed_aircraft_of_a_state_that_alone_strikes(
    pipeline: Pipeline, text: str, published: dt.date, expected: tuple
) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Yemen's unarmed parties, whose men are attacked and seized: the opposition, not plain civilians
        (
            "واغتال مسلحون مجهولون قياديا في حزب التجمع اليمني للإصلاح في مدينة عدن أمس.",
            ("Attack", None, "YEMOPP"),
        ),
        (
            "واغتال مسلحون مجهولون قياديا في الحزب الاشتراكي اليمني في مدينة تعز أمس.",
            ("Attack", None, "YEMOPP"),
        ),
        (
            "واختطف الحوثيون قياديا في حزب الإصلاح في مدينة إب أمس.",
            ("Abduction/forced disappearance", "YEMREB", "YEMOPP"),
        ),
    ],
)
def test_yemens_parties_are_its_opposition(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text, WED)] == [expected]
