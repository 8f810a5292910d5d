"""Who fought whom when the target is named away from the act (conflict assembler): whom the doer is loyal to is
no target, and the side after the comma that closes the doer's title is."""

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
        # the leader the doer is loyal to, named right after it, is not whom it attacked
        (
            "قتل خمسة حوثيين في هجوم للمقاومة الشعبية الموالية للرئيس هادي على مواقع للمتمردين في مديرية"
            " الصومعة أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        (
            "شنت المقاومة الشعبية المؤيدة للرئيس عبد ربه منصور هادي هجوما على نقطة للحوثيين في مديرية لودر"
            " أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # (and the post attacked told after the comma that closes the title is the target)
        (
            "وأفادت مصادر محلية أن أربعة حوثيين قتلوا في هجوم للمقاومة الشعبية المؤيدة للرئيس عبد ربه منصور"
            " هادي، على نقطة للمتمردين في مديرية مكيراس أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
    ],
)
def test_whom_the_doer_is_loyal_to_is_no_target(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [_sides(e) for e in _conflict(pipeline, text) if e.event_type == "Battles"]
    assert got[:1] == [expected]
