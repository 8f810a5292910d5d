"""The sides of an act: two rebel groups counting their dead, children killed at home in a held quarter, forces
said to be loyal to the regime."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_conflict_sides import _conflict, _sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight whose dead are counted apart on two rebel groups was fought between them (both coded REB)
        (
            "قتل عشرة من مقاتلي داعش وخمسة من وحدات الحماية في اشتباكات قرب بلدة صرين امس.",
            ("Armed clash", "SYRREB", "SYRREB"),
        ),
        # the dead told in the clause before the strike that caused them ("…، جميعهم دون … جراء سقوط قذيفة")
        # are its victims; the side holding the quarter was not hit
        (
            "قتل 3 أطفال، جميعهم دون سن ال 12 جراء سقوط قذيفة أطلقتها فصائل إسلامية على منزلهم في حي"
            " الحمدانية الخاضع لسيطرة قوات النظام بمدينة حلب امس.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
        ),
        # forces said to be loyal to the regime (لل on النظام) are pro-regime militias
        (
            "هاجمت المجموعات الموالية للنظام بلدة تلبيسة في ريف حمص امس.",
            ("Armed clash", "SYRUAF", None),
        ),
        (
            "قتل عشرة من المقاتلين الموالين للنظام في اشتباكات مع فصائل المعارضة في ريف حماة امس.",
            ("Armed clash", "SYRREB", "SYRUAF"),
        ),
    ],
)
def test_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in [_sides(e) for e in _conflict(pipeline, text)]
