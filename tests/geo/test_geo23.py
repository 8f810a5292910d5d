"""Where an act was, at least: the country (or a side of it) its clause names as where it was, when no finer place
is named ("قصفت المدفعية مواقع في شمال العراق"); and a place named after بعد is the earlier act's, not the act's
the clause tells first, when the clause names the country that act was in; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events as _conflict_events
from tests.geo.resolving import sole_place

# (text, the place's name, its country, its precision code)
COUNTRY_ROWS = [
    ("قصفت طائرات حربية أجنبية مواقع للمسلحين في شمال العراق", "العراق", "IRQ", 3),
    ("شنت مقاتلات روسية غارات جديدة على مواقع للمتشددين في سوريا", "سوريا", "SYR", 3),
    ("قصفت طائرات إسرائيلية مواقع في جنوب لبنان", "جنوب لبنان", "LBN", 3),
    # the sky over a country: a strike there
    ("أدت غارة جوية لطائرات التحالف فوق سوريا إلى مقتل قيادي في التنظيم", "سوريا", "SYR", 3),
    # a finer place named is where it was, not the country
    ("قصفت طائرات حربية مواقع للمسلحين في مدينة الموصل شمال العراق", "الموصل", "IRQ", None),
    # a place after بعد is the earlier act's: the act was in the country its clause names
    ("قصفت دبابات تركية مواقع للتنظيم في سوريا بعد إطلاق نار أدى إلى مقتل جندي في مدينة كيليس", "سوريا", "SYR", 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "precision"), COUNTRY_ROWS)
def test_an_act_in_a_country_is_at_least_there(
    default_gaz: Gazetteer, text: str, name: str, country: str, precision: int | None
) -> None:
    place = sole_place(default_gaz, text)
    assert (place.name_ar, place.country) == (name, country)
    if precision is not None:
        assert place.precision == precision


# a country that is no place of the act: a side, or a relative clause about something else
NO_COUNTRY_ROWS = [
    "شنت الولايات المتحدة غارات جوية على مواقع للمتشددين",
    "قتل جنديان في هجوم شنه مسلحون قدموا من سوريا",
]


@pytest.mark.parametrize("text", NO_COUNTRY_ROWS)
def test_a_country_named_otherwise_is_no_place(default_gaz: Gazetteer, text: str) -> None:
    events = _conflict_events(default_gaz, text)
    assert events
    assert all(e.place is None or e.place.country not in ("USA",) for e in events)
    assert all(e.place is None or e.place.name_ar != "سوريا" for e in events)


# two countries joined by و: the act was in both, so in neither alone (one of them alone is where it was)
TWO_COUNTRIES_ROWS = [
    ("شنت طائرات التحالف غارات جوية على مواقع للتنظيم في سوريا والعراق", {None}),
    ("قصفت مقاتلات أجنبية مواقع للمسلحين في العراق وسوريا أمس", {None}),
    ("قصفت مقاتلات أجنبية مواقع للمسلحين في العراق وقتلت العشرات", {"العراق"}),
]


@pytest.mark.parametrize(("text", "names"), TWO_COUNTRIES_ROWS)
def test_an_act_in_two_countries_is_in_neither_alone(default_gaz: Gazetteer, text: str, names: set) -> None:
    assert {e.place and e.place.name_ar for e in _conflict_events(default_gaz, text)} == names
