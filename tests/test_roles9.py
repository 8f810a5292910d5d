"""The sides of an act: whose positions a pronoun names, who fights with whose support."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_conflict_sides import _conflict, _sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positions named with a pronoun after the act are those of the side named before it
        (
            "تقدم مقاتلو جبهة النصرة نحو بلدة مورك واستهدفت الطائرات الروسية تجمعاتهم في محيط البلدة يوم الاثنين.",
            ("Air/drone strike", "RUSMIL", "SYRREB"),
        ),
        (
            "وتكبد الحوثيون خسائر كبيرة في مدينة مأرب بعد ان شنت طائرات التحالف غارات على مواقعهم أمس.",
            ("Air/drone strike", "INTMIL", "YEMREB"),
        ),
        # armed men named by their people are that people's militia, the side a suicide attack claimed by
        # another was aimed against
        (
            "وقتل العشرات في عملية انتحارية نفذها احد مسلحي تنظيم داعش ضد المسلحين التركمان في قضاء تلعفر امس.",
            ("Suicide bomb", "IRQREB", "IRQUAF"),
        ),
        (
            "هاجم المسلحون الايزيديون مواقع تنظيم داعش قرب بلدة سنجار امس.",
            ("Armed clash", "IRQUAF", "IRQREB"),
        ),
        # the side named as the fire's source (its positions too), in the clause or the next, fired it
        (
            "قتل ثلاثة مدنيين جراء سقوط قذائف هاون على حي المزة في دمشق مصدرها مواقع فصائل المعارضة امس.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
        ),
        (
            "قتل ثلاثة مدنيين جراء سقوط قذائف هاون على حي المزة في دمشق، مصدرها فصائل المعارضة في حي جوبر امس.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
        ),
    ],
)
def test_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in [_sides(e) for e in _conflict(pipeline, text)]
