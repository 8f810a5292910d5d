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
        # a fight of no named side whose toll the next clause counts on two sides was fought between them
        (
            "دارت معارك عنيفة في محيط بلدة مورك امس، قتل فيها 12 من قوات النظام و7 من مقاتلي جبهة النصرة.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        (
            "اندلعت اشتباكات قرب بلدة صرين امس، قتل خلالها العشرات من عناصر تنظيم داعش ونحو 20 مقاتلا من"
            " وحدات الحماية.",
            ("Armed clash", "SYRREB", "SYRREB"),
        ),
        # the dead counted on two sides in the toll told after a fight ("…، قتل خلالها …") fell in it
        (
            "اتهم ناشطون المقاتلين الاكراد بارتكاب انتهاكات في بلدة تل ابيض عقب اشتباكات استمرت عشرة ايام، قتل"
            " خلالها 30 من عناصر تنظيم داعش، و12 مقاتلا من وحدات الحماية.",
            ("Armed clash", "SYRREB", "SYRREB"),
        ),
        # a gathering in a cultural centre is a civilian target
        (
            "استهدف انتحاري تجمعا في مركز ثقافي بمدينة سوروتش امس.",
            ("Suicide bomb", None, "TURCVL"),
        ),
        # … told in a clause of its own after the act ("…، بعد استهدافه تجمعا")
        (
            "شن تنظيم داعش هجوما انتحاريا في جنوب البلاد، بعد استهدافه تجمعا في مركز ثقافي بمدينة سوروتش امس.",
            ("Suicide bomb", "TURREB", "TURCVL"),
        ),
    ],
)
def test_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in [_sides(e) for e in _conflict(pipeline, text)]
