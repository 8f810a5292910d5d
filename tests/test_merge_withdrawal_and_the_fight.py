"""A side's withdrawal from a place and a battle it fought there that day are one battle told by its loser (ACLED:
the battle stands); a withdrawal of a side the battle did not name, or on another day, stays its own event."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    (
        "اندلعت اشتباكات أمس بين قوات المعارضة وقوات النظام في قرية تل سلمو بريف إدلب. وقال ناشط إن الثوار "
        "انسحبوا، أمس، من تل سلمو بعد معارك استمرت ساعات.",
        ["Armed clash"],
    ),
    (
        "اندلعت اشتباكات أمس بين تنظيم داعش وقوات المعارضة في قرية تل سلمو بريف حلب. وقال ناشط إن قوات النظام "
        "انسحبت، أمس، من تل سلمو.",
        ["Armed clash", "Non-violent transfer of territory"],
    ),
    (
        "اندلعت اشتباكات أمس بين قوات المعارضة وقوات النظام في قرية تل سلمو بريف إدلب. وقال ناشط إن الثوار "
        "انسحبوا من تل سلمو يوم الجمعة الماضي.",
        ["Armed clash", "Non-violent transfer of territory"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_withdrawal_and_the_fight(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == expected
