"""Where an act was (helper geo24): the base aircraft took off from is never the place of their strike; a name the
gazetteer lacks, followed by a side of a country or a governorate's countryside, is a place in that area."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events as _conflict_events
from tests.geo.resolving import sole_place

# (text, the place's name or None for no place, the place the aircraft took off from)
TAKE_OFF_ROWS = [
    ("قصفت الطائرات التركية مواقع للتنظيم في سوريا بواسطة طائرتين أقلعتا من قاعدة جوية في ولاية أضنة", "سوريا", "أضنة"),
    ("استهدفت مقاتلات تركية مخازن للأسلحة في سوريا، وقد انطلقت من قاعدة القيادة الجوية الثالثة في ولاية أضنة",
     "سوريا", "أضنة"),
    ("قصف الطيران مواقع للمسلحين داخل الأراضي السورية بطائرات انطلقت من قاعدة القيادة الجوية في ولاية أضنة",
     "سوريا", "أضنة"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "base"), TAKE_OFF_ROWS)
def test_the_base_aircraft_took_off_from_is_not_the_strike_place(
    default_gaz: Gazetteer, text: str, name: str | None, base: str
) -> None:
    events = _conflict_events(default_gaz, text)
    assert events
    for e in events:
        got = e.place.name_ar if e.place is not None else None
        assert got != base
        assert got == name


# (text, the place's name, its country): a name the gazetteer lacks, then a side of a country or a governorate's
# countryside, is a place in that area (at the area's precision, with the name as written)
BARE_NAME_ROWS = [
    ("قصفت مقاتلات أهدافا للمسلحين في خربكوش شمال العراق", "خربكوش", "IRQ"),
    ("سقطت قذائف في خربكوش في ريف حلب", "خربكوش", "SYR"),
    ("قصفت طائرات مواقع في خربكوش جنوب لبنان", "خربكوش", "LBN"),
    # no name: an act's word, a stretch of ground, a noun with its pronoun
    ("قتل ثلاثة في انفجار شمال بغداد", "بغداد", "IRQ"),
    ("قصفت الطائرات مواقع عسكرية في مثلث جنوب دمشق", "دمشق", "SYR"),
    ("قصفت الطائرات مواقع في معقله شمال العراق", "العراق", "IRQ"),
    # the word after a place and في is where that place lies
    ("استهدفت الطائرات قرية خربكوش في زورعتا بريف إدلب", "خربكوش", "SYR"),
]


@pytest.mark.parametrize(("text", "name", "country"), BARE_NAME_ROWS)
def test_a_bare_name_in_an_area_is_a_place_there(
    default_gaz: Gazetteer, text: str, name: str, country: str
) -> None:
    place = sole_place(default_gaz, text)
    assert (place.name_ar, place.country) == (name, country)
