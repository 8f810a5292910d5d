"""The sides of an act: who took ground and who lost it, who claimed a killing, whose positions were hit."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_conflict_sides import _conflict, _sides


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
