"""How many died (ACLED's conservative rules): who the doers are before the counted dead, vague numbers."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a side's name in construct after the verb (ميليشيات الحوثي، عناصر داعش) is the doer when a count of the
        # dead follows: three civilians, not one Houthi
        ("قتلت ميليشيات الحوثي ثلاثة مدنيين في مدينة تعز أمس.", [3]),
        # … not the one killed, with others joined by و, or alone
        ("قتل قائد الحوثيين وثلاثة من مرافقيه في غارة على مدينة صعدة أمس.", [4]),
        ("قتل قائد الحوثيين في غارة على مدينة صعدة أمس.", [1]),
        # vague parts of a number at their least: نيف one over the tens; "a few hundred" the hundreds' figure
        ("قتل عشرون ونيف من المدنيين في قصف على مدينة حلب أمس.", [21]),
        ("قتل بضع مئات من المسلحين في قصف على مدينة حلب أمس.", [100]),
        # a range with a hyphen: the lower figure, not one death read from the verb
        ("قتل 15-20 مدنيا في قصف على مدينة حمص أمس.", [15]),
    ],
)
def test_counts(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _conflict(pipeline, text)] == deaths


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("قتلت ميليشيات الحوثي ثلاثة مدنيين في مدينة تعز أمس.", {"civilians": 3}),
    ],
)
def test_breakdown(pipeline: Pipeline, text: str, detail: dict[str, int]) -> None:
    assert [e.fatalities_detail for e in _conflict(pipeline, text)] == [detail]
