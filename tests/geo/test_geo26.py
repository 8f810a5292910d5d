"""Where an act was (helper geo26): a place named as an act's name (هجوم سوروتش، تفجير سروج) is no act's place,
nor the place the text goes on to; after an act told in a country with no finer place, the text has left the
place named before it."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events as _conflict_events

# (text, a place no event of it may be at)
NOT_THERE_ROWS = [
    # an act known by its place, told as background
    ("قصفت الطائرات التركية مواقع للمسلحين بعد تفجير سروج.", "سروج"),
    ("أعلن المسؤول أن سياسة الحكومة تغيرت منذ هجوم سوروتش. وقصفت الطائرات الحربية مواقع لحزب العمال الكردستاني أمس.",
     "سوروتش"),
    # the act before was in a country, no finer place: the city named before it is no longer where the text is
    ("قصفت المدفعية مواقع للمسلحين في مدينة ماردين. وشنت الطائرات التركية غارات على مواقع للتنظيم في سوريا. وقتل "
     "جنديان تركيان برصاص مسلحين مجهولين.", "ماردين"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wrong"), NOT_THERE_ROWS)
def test_a_place_the_text_has_left_is_not_the_acts(default_gaz: Gazetteer, text: str, wrong: str) -> None:
    events = _conflict_events(default_gaz, text)
    assert events
    assert events[-1].place is None or events[-1].place.name_ar != wrong


# (text): an act told across the country's governorates, the sentence ending on them, with no country named
NATIONWIDE_ROWS = [
    "قصفت المدفعية مواقع للمسلحين في مدينة حمص. واعتقلت الشرطة عشرات المطلوبين في مختلف المحافظات.",
    "قصفت المدفعية مواقع للمسلحين في مدينة الموصل. واعتقلت الشرطة العراقية عشرات المطلوبين في كافة المحافظات.",
    # a count of governorates is across the country too
    "قصفت المدفعية مواقع للمسلحين في مدينة الموصل. واعتقلت الشرطة العراقية 60 مطلوبا في حملة في 11 محافظة.",
]


@pytest.mark.parametrize("text", NATIONWIDE_ROWS)
def test_an_act_across_the_governorates_is_not_at_the_city_before(default_gaz: Gazetteer, text: str) -> None:
    events = _conflict_events(default_gaz, text)
    assert len(events) == 2
    assert events[-1].place is None or events[-1].place.precision == 3
