"""Tolls: acts of other days at places named apart are no parts of a toll's sum; "N من هؤلاء الضحايا" is a share
of the toll told before, no new one (tolls14)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

FRI = dt.date(2015, 8, 7)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, FRI)


@pytest.mark.parametrize(
    "text",
    [
        "وتبنى التنظيم مقتل جنديين اثنين الاربعاء في مدينة درعا. والخميس ايضا، قتل جندي واصيب اخر في هجوم نفذه "
        "مسلحون في مدينة حلب. واعلنت جماعة مسلحة انها قتلت مساء الثلاثاء في مدينة اللاذقية ضابطا في الجيش.",
        "قتل 3 مدنيين الاربعاء في مدينة درعا. والخميس ايضا، قتل مدني في هجوم نفذه مسلحون في مدينة حلب. واعلنت "
        "جماعة مسلحة انها قتلت مساء الثلاثاء في مدينة اللاذقية رجلين.",
    ],
)
def test_acts_of_other_days_and_places_are_no_parts_of_a_toll(pipeline: Pipeline, text: str) -> None:
    events = _conflict(pipeline, text)
    assert any(e.place is not None and e.place.name_ar == "درعا" and e.fatalities > 0 for e in events)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "شهدت منطقة الراموسة جنوب حلب اشتباكات عنيفة أمس. وقتل خمسة مدنيين وأصيب 10 آخرون في قصف عشوائي على "
            "الأحياء السكنية. وقالت مصادر طبية إن 3 من هؤلاء الضحايا قتلوا جراء سقوط قذيفة هاون على سوق شعبي في "
            "حي الشعار بحلب.",
            5,
        ),
        # the victims named again, in the next sentence, are no unnumbered dead of their own
        (
            "وأفاد المرصد عن مقتل ستة أشخاص أمس بسبب سقوط قذائف على بلدة الفوعة في محافظة إدلب. ولم يعرف، بحسب "
            "المرصد، ما إذا كان الضحايا مدنيين أم مقاتلين، مشيرا إلى اشتباكات عنيفة في محيط البلدة.",
            6,
        ),
        # the men named again are no dead counted before: theirs is a toll
        ("هاجم مسلحون حاجزا للجيش في مدينة حمص أمس، وقتل الجنود 3 من هؤلاء المسلحين.", 3),
    ],
)
def test_these_victims_are_of_the_toll_told_before(pipeline: Pipeline, text: str, toll: int) -> None:
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == toll
