"""How many died (ACLED's conservative rules): the dead and the hurt told together with no number."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _events


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # people with no number fell "بين قتيل وجريح": some dead (3), not one
        ("سقط مدنيون بين قتيل وجريح في قصف على مدينة دوما أمس.", [3]),
        ("قصفت قوات النظام مدينة دوما أمس ما أدى إلى سقوط المدنيين بين قتيل وجريح.", [3]),
        # the men a side lost, then how they fell: counted once
        (
            "اندلعت اشتباكات بين الجيش وداعش في مدينة الرمادي أمس، وخسر التنظيم مقاتليه بين قتيل وجريح وأسير.",
            [3],
        ),
        # no people told, an attrition: no dead counted
        (
            "اندلعت اشتباكات بين الجيش وداعش في مدينة الرمادي أمس، وبدأ التنظيم يفقد قوته البشرية بين قتيل "
            "وجريح وأسير.",
            [0],
        ),
    ],
)
def test_unnumbered_dead_and_hurt(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _events(pipeline, text)] == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # an execution of one named: one dead
        ("أعدم تنظيم داعش أمس الشيخ أحمد العلي، إمام مسجد ناحية حمام العليل جنوب الموصل.", [1]),
        ("أقدم تنظيم داعش أمس على إعدام الشيخ أحمد العلي في الموصل.", [1]),
        # … of a plural group, or many executions: some dead (3)
        ("أعدم تنظيم داعش أمس مدنيين في مدينة الموصل.", [3]),
        ("نفذ تنظيم داعش أمس عمليات إعدام في مدينة الموصل.", [3]),
        # … counted: the count
        ("أعدمت داعش أمس رجلين في الموصل.", [2]),
    ],
)
def test_executed(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _events(pipeline, text)] == deaths
