"""Where an act was (helper geo28): the lands of a country named by its nisba (داخل الأراضي السورية) are that
country."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import place_of_the_dead, sole_place

# (text, the place's name, its country): الأراضي and a country's nisba, with nothing finer named, is the country
# (at the country's precision, by its own name); a finer place named in the clause still wins
LANDS_ROWS = [
    ("قصفت المقاتلات مواقع للمسلحين داخل الأراضي السورية.", "سوريا", "SYR", 3),
    ("قتل ثلاثة جنود في اشتباكات مع مسلحين في الأراضي التركية.", "تركيا", "TUR", 3),
    ("قصفت الطائرات الحربية مخازن للسلاح بالأراضي العراقية.", "العراق", "IRQ", 3),
    ("قتل جنديان في اشتباك مع مسلحين داخل الأراضي العراقية قرب بلدة زاخو.", "زاخو", "IRQ", 2),
    ("قصفت المدفعية مواقع للمسلحين في الأراضي السورية شمال حلب.", "حلب", "SYR", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "precision"), LANDS_ROWS)
def test_the_lands_of_a_country_named_by_its_nisba_are_that_country(
    default_gaz: Gazetteer, text: str, name: str, country: str, precision: int
) -> None:
    place = sole_place(default_gaz, text)
    assert (place.name_ar, place.country, place.precision) == (name, country, precision)


# (text, the civilians' event's place, its country): civilians of another country than the place the text was
# about, hit with no place of their own, are in their country when the text named it just before
CIVILIANS_COUNTRY_ROWS = [
    ("قتل جندي تركي في انفجار لغم في مدينة مديات بمحافظة ماردين. وتنفذ الطائرات التركية يوميا غارات على مواقع "
     "للمتمردين في جبال شمال العراق. غير ان حال المدنيين العراقيين المحاصرين في قصف المقاتلات التركية يثير "
     "القلق وقد اعلن مسؤولون محليون عن خمسة قتلى من سكان القرى.", "العراق", "IRQ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country"), CIVILIANS_COUNTRY_ROWS)
def test_civilians_of_another_country_are_in_their_country_named_before(
    default_gaz: Gazetteer, text: str, name: str, country: str
) -> None:
    place = place_of_the_dead(default_gaz, text, dt.date(2015, 8, 2), 5)
    assert (place.name_ar, place.country) == (name, country)
