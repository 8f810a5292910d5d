"""A toll told by no number ("لقي عدد من المسلحين مصرعهم") of acts of two kinds named together (ambushes and air
strikes), the act of the other kind told right after with dead of its own: the sum is its parts', no dead more of
the strikes."""

from __future__ import annotations

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
