"""Which kind an act is by its means: what a coalition destroys it struck from the air, and explosives thrown by hand
are a grenade attack."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _rows(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (e.sub_event_type, e.actor1.code if e.actor1 else None, e.place.name_ar if e.place else None)
        for e in _conflict(pipeline, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a coalition of air forces destroys, no other means named, it struck from the air
        (
            "وقصفت طائرات التحالف أمس مواقع الحوثيين في مدينة ذمار، فيما دمرت قوات التحالف مستودعا للذخيرة في"
            " مديرية عنس.",
            [("Air/drone strike", "INTMIL", "ذمار"), ("Air/drone strike", "INTMIL", "عنس")],
        ),
        ("ودمر التحالف أمس مخزنا للأسلحة في مديرية حرض.", [("Air/drone strike", "INTMIL", "حرض")]),
        (
            "ودمرت قوات التحالف العربي أمس مخزنا للأسلحة في مديرية حرض.",
            [("Air/drone strike", "SAUMIL", "حرض")],
        ),
        # explosives thrown by hand: a grenade attack, not a planted bomb
        (
            "وألقى مهاجمون ملثمون أمس متفجرات محلية الصنع على ثكنة للجيش في مدينة نصيبين.",
            [("Grenade", None, "نصيبين")],
        ),
        ("وألقى مسلحون أمس متفجرات على مركز للشرطة في مدينة ديار بكر.", [("Grenade", None, "ديار بكر")]),
    ],
)
def test_the_kind_by_the_means(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side on the ground that destroys stays what it was
        (
            "وهدمت قوات الاحتلال الإسرائيلي أمس منزلا في قرية العوجا.",
            [("Looting/property destruction", "ISRMIL", "العوجا")],
        ),
        # explosives dropped from aircraft stay an air strike, a bomb planted stays a planted bomb
        ("وألقت مروحيات النظام أمس متفجرات على بلدة داعل.", [("Air/drone strike", "SYRMIL", "داعل")]),
    ],
)
def test_other_means_stay(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
