"""A person introduced with a state role: a word of the day or time before the role is not the person's name."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

MON = dt.date(2015, 7, 20)


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الملك سلمان اليوم وزير الخارجية الفرنسي لوران فابيوس في الرياض وبحث معه الأزمة السورية.",
        "التقى العاهل الأردني الملك عبدالله الثاني الليلة وزير الخارجية الفرنسي في عمان.",
        "استقبل الرئيس اليمني عبد ربه منصور هادي الأحد وزير الخارجية البريطاني في الرياض.",
    ],
)
def test_a_day_before_the_role_is_not_the_name_of_the_one_met(pipeline: Pipeline, text: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=MON)) if e.category == "political"]
    assert events
    for e in events:
        for actor in (e.actor1, e.actor2):
            if actor is not None:
                assert actor.name_ar not in {"اليوم", "الليلة", "الليله", "الأحد", "الاحد"}, actor


def test_a_day_before_a_role_makes_no_actor_of_the_role_s_state(pipeline: Pipeline) -> None:
    # "الأحد" was read as the family name of a French minister, and the president who received him as French
    text = "استقبل الرئيس اليوم الأحد وزير الخارجية الفرنسي في القصر الجمهوري."
    for e in pipeline(Article(id="t", text=text, published=MON)):
        assert not (e.actor1 and e.actor1.name_ar in {"الأحد", "الاحد"}), e.actor1
