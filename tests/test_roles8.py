"""The sides of an act: who took ground and who lost it, who claimed a killing, whose positions were hit."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article, Event
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)  # أمس = Tuesday 2015-10-13


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # control lost to local fighters (in Yemen, the resistance): they took the town, the Houthis lost it
        (
            "وفي وقت لاحق فقد المتمردون الحوثيون السيطرة على بلدة الحوطة في محافظة لحج لصالح مقاتلين محليين أمس.",
            ("Non-state actor overtakes territory", "YEMUAF", "YEMREB"),
        ),
        # a side that claims a killing told after it (in a relative clause or not) did it
        (
            "وشنت الشرطة حملة على عناصر من حزب العمال الكردستاني الذي اعلن تبني مقتل شرطيين اثنين أمس في ولاية"
            " ماردين.",
            ("Armed clash", "TURREB", "TURMIL"),
        ),
        (
            "وأعلن حزب العمال الكردستاني تبني مقتل جنديين أمس في ولاية ماردين.",
            ("Armed clash", "TURREB", "TURMIL"),
        ),
        # a suicide bombing of a gathering of young people or activists hits civilians
        (
            "فجر انتحاري نفسه وسط تجمع للشباب في بلدة سروج التركية أمس.",
            ("Suicide bomb", None, "TURCVL"),
        ),
        (
            "استهدف انتحاري مجموعة ناشطين في بلدة سروج التركية أمس.",
            ("Suicide bomb", None, "TURCVL"),
        ),
    ],
)
def test_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in [_sides(e) for e in _conflict(pipeline, text)]
