"""The side that lost men in a fight told first, named again fighting in the same fight, is not made the side it
fought: a merge puts no one side on both ends of a battle (unless two groups of one code, named apart, fight)."""

from __future__ import annotations

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_side_that_lost_men_is_not_its_own_enemy(pipeline: Pipeline) -> None:
    text = (
        "قتل عشرة من عناصر حزب الله أمس في كمين نصب لهم قرب مدينة الزبداني. "
        "وخاض عناصر الحزب معارك عنيفة في الزبداني أمس."
    )
    events = _conflict(pipeline, text)
    assert len(events) == 1
    (e,) = events
    assert (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) == (None, "LBNUAF")
