"""Who fought whom (conflict assembler): residential areas shelled are civilians hit."""

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
        # residential areas, quarters of civilians, a residential block: the civilians living there are hit
        (
            "وقال مصدر محلي إن المتمردين أطلقوا صواريخ كاتيوشا على مناطق سكنية في مدينة الحديدة أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", "YEMCVL"),
        ),
        (
            "وقصفت قوات النظام بقذائف الهاون المناطق السكنية في مدينة دوما أمس.",
            ("Shelling/artillery/missile attack", "SYRMIL", "SYRCVL"),
        ),
        (
            "وشنت طائرات النظام غارات على أبنية سكنية في مدينة تلبيسة أمس.",
            ("Air/drone strike", "SYRMIL", "SYRCVL"),
        ),
        (
            "وسقطت قذائف أطلقها مسلحو داعش على حي سكني في مدينة سامراء أمس.",
            ("Shelling/artillery/missile attack", "IRQREB", "IRQCVL"),
        ),
    ],
)
def test_residential_areas_shelled_are_civilians_hit(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a comma-closed "مدعومة ب…" backs did the act told after it; the backer is its associate
        (
            "واصل مقاتلو المقاومة الشعبية تصديهم للمتمردين في محافظة تعز. ففي مدينة تعز نجحت القوات الشرعية،"
            " مدعومة بمقاتلي المقاومة، في السيطرة على منطقة الحوبان شرق المدينة.",
            ("Government regains territory", "YEMMIL", "YEMREB", ["YEMUAF"]),
        ),
        (
            "وتواصل المقاومة الشعبية هجماتها على المتمردين. وفي مدينة عدن نجح الجيش الوطني، مدعوما بمقاتلي"
            " المقاومة في السيطرة على منطقة المعلا أمس.",
            ("Government regains territory", "YEMMIL", "YEMREB", ["YEMUAF"]),
        ),
    ],
)
def test_the_side_backed_did_it(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [(*_sides(e), [a.code for a in e.assoc_actors]) for e in _conflict(pipeline, text)]
    assert got[:1] == [expected]
