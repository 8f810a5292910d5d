"""Where listed places lie (helper places4): towns named together as cities, or with members in several
governorates, are each where it is, not by the others."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved


def _admin1_and_precision(gaz: Gazetteer, text: str, name: str) -> tuple[str | None, int]:
    place = resolved(gaz, text, "SYR")[name]
    assert place is not None, name
    return place.admin1, place.precision


# (text, a member of the list, its governorate, its precision): a list of cities (مدن …) or of places of several
# governorates spans the country: a town of it far from the others keeps its own point
LIST_ROWS = [
    ("قصفت الطائرات أمس مواقع التنظيم قرب مدن حلب وعين عيسى.", "عين عيسي", "Ar-Raqqa", 2),
    ("قصفت الطائرات أمس مواقع التنظيم قرب مدن الحسكة وحلب وعين عيسى ودير الزور.", "عين عيسي", "Ar-Raqqa", 2),
    ("وشنت المقاتلات غارات على مواقع التنظيم في الحسكة وحلب وعين عيسى.", "عين عيسي", "Ar-Raqqa", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "admin1", "precision"), LIST_ROWS)
def test_a_town_of_a_list_across_the_country_is_where_it_is(
    default_gaz: Gazetteer, text: str, name: str, admin1: str, precision: int
) -> None:
    assert _admin1_and_precision(default_gaz, text, name) == (admin1, precision)


# (text, a place the index lacks, its governorate): listed with towns the index holds in one other governorate
# than the one an earlier sentence was about, it lies in theirs (at the governorate's precision)
UNKNOWN_MEMBER_ROWS = [
    ("وقصفت الطائرات أمس قرى في ريف حماة الشمالي. وهاجمت الفصائل مواقع الجيش في بلدتي نبل وتل الورد.",
     "تل الورد", "Aleppo"),
    ("وقتل خمسة اشخاص بقذائف على بلدتي الفوعة وكفريا في محافظة ادلب. واستهدفت الفصائل امس ثكنات الجيش في "
     "معسكري نبل وتل الورد.", "تل الورد", "Aleppo"),
    # (not a list of unknown villages alone: the earlier sentence's governorate is all the text says)
    ("وقصفت الطائرات أمس قرى في ريف حماة الشمالي. وهاجمت الفصائل مواقع الجيش في قريتي تل الورد وكفر نجم.",
     "تل الورد", "Hama"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "admin1"), UNKNOWN_MEMBER_ROWS)
def test_a_place_the_index_lacks_lies_with_the_towns_of_its_list(
    default_gaz: Gazetteer, text: str, name: str, admin1: str
) -> None:
    assert _admin1_and_precision(default_gaz, text, name) == (admin1, 3)


# (text, the suburb, its governorate, its precision): a suburb told near a city right after it lies by that city,
# not by the town of an earlier sentence on another governorate — itself when the index holds it there, else near
# the city
SUBURB_ROWS = [
    ("وقتل خمسة اشخاص بقذائف على بلدة بنش في محافظة ادلب. وتظاهر امس عشرات من اهالي البلدة المقيمين في ضاحية "
     "قدسيا قرب دمشق.", "قدسيا", "Rural Damascus", 1),
    ("وقتل خمسة اشخاص بقذائف على بلدة بنش في محافظة ادلب. وتظاهر امس عشرات من اهالي البلدة المقيمين في ضاحية "
     "الورود قرب دمشق.", "الورود", "Damascus", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "admin1", "precision"), SUBURB_ROWS)
def test_a_suburb_lies_by_the_city_it_is_told_near(
    default_gaz: Gazetteer, text: str, name: str, admin1: str, precision: int
) -> None:
    assert _admin1_and_precision(default_gaz, text, name) == (admin1, precision)


# (text, the names recognized): a known place joined by و to a name the index lacks right after في is a place of
# that list (the first stays unread); not after a word that is no name
LIST_AFTER_AN_UNKNOWN_ROWS = [
    ("وقصفت المدفعية أمس مواقع المسلحين في الكدحة وجعولة شمال عدن.", ["جعوله", "عدن"]),
    ("وقصفت المدفعية أمس مواقع المسلحين في المقابل وجعولة.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), LIST_AFTER_AN_UNKNOWN_ROWS)
def test_a_place_listed_after_a_name_the_index_lacks(default_gaz: Gazetteer, text: str, names: list) -> None:
    assert list(resolved(default_gaz, text, "YEM")) == names
