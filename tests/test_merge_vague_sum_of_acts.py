"""A toll told by no number ("لقي عدد من المسلحين مصرعهم") of acts of two kinds named together (ambushes and air
strikes), the act of the other kind told right after with dead of its own: the sum is its parts', no dead more of
the strikes."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_vague_toll_of_ambushes_and_strikes_is_the_ambushes_dead(pipeline: Pipeline) -> None:
    text = (
        "لقي عدد من مسلحي الحوثي مصرعهم أمس في استهدافهم بكمائن للمقاومة وضربات لطيران التحالف بمدينة البيضاء. "
        "وقالت مصادر في المقاومة إن مسلحيها نفذوا كمينا لدورية للحوثيين شرقي مدينة البيضاء أمس ما أدى إلى "
        "مصرع ثمانية منهم."
    )
    events = _conflict(pipeline, text)
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Air/drone strike", 0),
        ("Armed clash", 8),
    ]


@pytest.mark.parametrize(
    ("acts", "strikes"),
    [
        # ambushes and strikes told together, dated only by the running day (Saturday's): a summary of its own,
        # not Sunday's strike at the city told again
        ("بكمائن للمقاومة وضربات", [("2015-10-11", 0), ("2015-10-10", 9)]),
        # strikes alone: Sunday's told again
        ("بضربات", [("2015-10-11", 9)]),
    ],
)
def test_toll_on_the_running_day_retells_an_earlier_strike_only_of_its_kind(
    pipeline: Pipeline, acts: str, strikes: list[tuple[str, int]]
) -> None:
    text = (
        "شنت طائرات التحالف يوم الأحد غارات على مواقع الحوثيين في مدينة مأرب. "
        "وفي يوم السبت اندلعت اشتباكات عنيفة في مدينة صرواح. "
        f"ولقي تسعة مسلحين حوثيين مصرعهم {acts} لطيران التحالف في مدينة مأرب."
    )
    events = [e for e in _conflict(pipeline, text) if e.sub_event_type == "Air/drone strike"]
    assert [(e.event_date, e.fatalities) for e in events] == strikes
