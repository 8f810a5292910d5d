"""Where an act was (helper geo27): a province abroad named after ولاية; the place of a background act dated
weeks before is not the place of the acts of the day told after it; the authorities of a place in another
country tell of their own dead; a toll told for places joined by و goes to the first named; an act told at a
part of the country, or after a province the index lacks, is not at the town named before."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events as _conflict_events
from tests.geo.resolving import place_of_the_dead

# (text, the place's name, its gazetteer id's prefix, its country): ولاية before a province's or its town's name
# stands as the preposition would (the name alone may be one the gazetteer holds with no population); the
# provinces of Afghanistan by their Arabic names; Kabul as the press writes it
PROVINCE_ROWS = [
    ("قتل جنديان في هجوم مسلح على مركز للشرطة في ولاية دياربكر.", "دياربكر", "geonames:", "TUR"),
    ("قتل جنديان في هجوم مسلح على مركز للشرطة بولاية دياربكر.", "دياربكر", "geonames:", "TUR"),
    ("قتل ثلاثة مسلحين في غارة أمريكية في ولاية بكتيكا.", "بكتيكا", "admin1:AF", "AFG"),
    ("قتل خمسة جنود في هجوم لطالبان في ولاية هلمند.", "هلمند", "admin1:AF", "AFG"),
    ("قتل خمسة أشخاص في تفجير سيارة مفخخة في كابول.", "كابول", "geonames:", "AFG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "prefix", "country"), PROVINCE_ROWS)
def test_a_province_after_wilaya_is_the_place(
    default_gaz: Gazetteer, text: str, name: str, prefix: str, country: str
) -> None:
    events = _conflict_events(default_gaz, text)
    assert events
    p = events[0].place
    assert p is not None
    assert (p.name_ar, p.country) == (name, country)
    assert (p.gazetteer_id or "").startswith(prefix)


# (text, a place no event of another day than the background act's may be at): a background act given its date,
# weeks before the day the text tells of
BACKGROUND_DAY_ROWS = [
    ("قتل جنديان تركيان امس في هجوم على مركز للدرك.\nواتهمت الحكومة تنظيم داعش بالوقوف خلف العملية الانتحارية "
     "التي وقعت في 20 تموز في سوروتش وادت الى مقتل 32 شخصا.\nوقالت الوكالة ان الطائرات التركية قصفت مخازن "
     "للاسلحة.", "سوروتش"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wrong"), BACKGROUND_DAY_ROWS)
def test_the_place_of_a_background_act_weeks_before_is_not_inherited(
    default_gaz: Gazetteer, text: str, wrong: str
) -> None:
    events = _conflict_events(default_gaz, text, dt.date(2015, 8, 2))
    today = [e for e in events if e.date is not None and e.date.date == dt.date(2015, 8, 1)]
    assert today
    assert all(e.place is None or e.place.name_ar != wrong for e in today)


# (text, the place of the last event, its country): the authorities of a region of another country tell of dead
AUTHORITIES_ROWS = [
    ("قتل جندي تركي عندما انفجر لغم في مدينة مديات بمحافظة ماردين. وقد اعلنت سلطات اقليم كردستان العراق السبت "
     "عن ستة قتلى من السكان المحليين.", "اقليم كردستان العراق", "IRQ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country"), AUTHORITIES_ROWS)
def test_dead_told_by_the_authorities_of_a_region_abroad_are_there(
    default_gaz: Gazetteer, text: str, name: str, country: str
) -> None:
    place = place_of_the_dead(default_gaz, text, dt.date(2015, 8, 2), 6)
    assert (place.name_ar, place.country) == (name, country)


# (text, the place the toll goes to, the toll): places joined by و, the second with a type word
FIRST_NAMED_ROWS = [
    ("تدور اشتباكات في مدينة تعز. وقتل الثوار أربعة قناصة كانوا يتمركزون في جولة القصر وحي الجمهوري.",
     "جولة القصر", 4),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "toll"), FIRST_NAMED_ROWS)
def test_a_toll_without_a_split_goes_to_the_first_place_named(
    default_gaz: Gazetteer, text: str, name: str, toll: int
) -> None:
    assert place_of_the_dead(default_gaz, text, dt.date(2015, 7, 31), toll).name_ar == name


# (text, the town told first, the place of the clash told after it or None): an act told at a part of the country
# ("في شرق البلاد") is at the country, not the town named before; nor does an act told after a province the index
# lacks ("وفي إقليم X،") stay at that town
LEFT_THE_TOWN_ROWS = [
    ("قتل خمسة مدنيين في تفجير استهدف مدينة سروج جنوب تركيا. وأعلن الجيش التركي عن تعرض جنوده لهجوم مسلح في "
     "شرق البلاد ليل الاثنين أسفر عن مقتل جنديين.", "سروج", "تركيا"),
    ("قتل خمسة مدنيين في تفجير استهدف مدينة سروج جنوب تركيا. وفي إقليم أجدير، هاجم مسلحون من حزب العمال "
     "الكردستاني دورية للجيش وقتلوا جنديين.", "سروج", None),
    # (a province the index holds is the place)
    ("قتل خمسة مدنيين في تفجير استهدف مدينة سروج جنوب تركيا. وفي ولاية تونجلي، هاجم مسلحون من حزب العمال "
     "الكردستاني دورية للجيش وقتلوا جنديين.", "سروج", "تونجلي"),
    # (a part of the country told by the country's name is no more the town than "شرق البلاد" is)
    ("قصفت الطائرات الحربية مدينة جسر الشغور أمس. وقتل جنديان في اشتباكات مع مسلحي المعارضة في جنوب سوريا "
     "وشمالها.", "جسر الشغور", "سوريا"),
    # (a town told only by its country's nisba is in that country: another than the town named before, and the
    # sides are of that country)
    ("قتل خمسة مدنيين في تفجير استهدف مدينة سروج. وقتل جنديان في اشتباك مع مسلحين في بلدة تركية أخرى قريبة من "
     "الحدود.", "سروج", "تركيا"),
    ("قصفت الطائرات الحربية مدينة البوكمال أمس. وقتل ثلاثة جنود في اشتباكات مع مسلحي التنظيم في قرية عراقية "
     "حدودية.", "البوكمال", "العراق"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "name"), LEFT_THE_TOWN_ROWS)
def test_an_act_told_elsewhere_in_the_country_is_not_at_the_town_before(
    default_gaz: Gazetteer, text: str, town: str, name: str | None
) -> None:
    events = _conflict_events(default_gaz, text, dt.date(2015, 7, 21))
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clash) == 1 and any(e.place is not None and e.place.name_ar == town for e in events)
    assert (clash[0].place.name_ar if clash[0].place is not None else None) == name
