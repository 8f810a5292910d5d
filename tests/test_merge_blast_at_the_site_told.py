"""A blast told at a town, the site of it named there without the article ("خارج مبنى مركز شبابي في البلدة"), then
told again at that site with the article ("الانفجار وقع فيما اجتمع طلاب في المركز الشبابي قبل رحلة مقررة لمدينة
Y"): the blast told before, not another at the town named after the site (where those gathered meant to go). A blast
at the site of another town named with it ("في المركز الشبابي بمدينة Y") stays another."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

LEAD = (
    "قالت الشرطة إن انفجارا في بلدة سروج قرب الحدود السورية أسفر عن مقتل 12 شخصا أمس. وأظهرت صور جثثا خارج "
    "مبنى مركز شبابي في البلدة. "
)

CASES = [
    (
        LEAD
        + "وقالت نائبة إن الانفجار وقع فيما اجتمع طلاب في المركز الشبابي قبل رحلة مقررة لمدينة القامشلي في سوريا.",
        [("سروج", 12)],
    ),
    (
        LEAD + "وقالت مصادر إن انتحاريا اخترق تجمعا للطلاب في المركز الشبابي بهدف التضامن مع مدينة القامشلي.",
        [("سروج", 12)],
    ),
    (
        LEAD + "وقال المرصد إن انفجارا وقع أمس في المركز الشبابي بمدينة القامشلي في سوريا.",
        [("سروج", 12), ("القامشلي", 0)],
    ),
    (
        LEAD + "وقالت نائبة إن انفجارا آخر وقع أمس في المدرسة الابتدائية بمدينة القامشلي.",
        [("سروج", 12), ("القامشلي", 0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_blast_told_again_at_the_site_told(pipeline: Pipeline, text: str, expected: list) -> None:
    events = [e for e in _conflict(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == expected
