"""A far-off town's namesake in the region the news is about: زنجبار of Abyan, not Zanzibar; همدان by Sanaa, not
Hamadan in Iran."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from rasad.model import GEO_TOWN
from tests.geo.resolving import resolved

# (text, the article's country or None, the name, (country, precision) expected)
ROWS = [
    # a town of the news region over a smaller far-off namesake's … even with no country said
    ("سيطرت القوات أمس على مدينة زنجبار بعد معارك", None, "زنجبار", ("YEM", GEO_TOWN)),
    ("دخلت القوات مدينة زنجبار", "YEM", "زنجبار", ("YEM", GEO_TOWN)),
    # … the district by the Yemeni capital, in a report on Yemen, over the Iranian city
    ("شنت الطائرات غارات على مواقع في همدان", "YEM", "همدان", ("YEM", GEO_TOWN)),
    # … and the Iranian city where the report is about Iran
    ("زار الوزير مدينة همدان", "IRN", "همدان", ("IRN", GEO_TOWN)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), ROWS)
def test_the_namesake_the_news_means(
    default_gaz: Gazetteer, text: str, country: str | None, name: str, expected: tuple[str, int]
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got, list(got)
    p = got[name]
    assert p is not None and (p.country, p.precision) == expected


def test_a_far_city_without_a_namesake_in_the_region_stays_itself(default_gaz: Gazetteer) -> None:
    got = resolved(default_gaz, "عقدت المحادثات في جنيف", None)
    assert got["جنيف"] is not None and got["جنيف"].country == "CHE"


def test_a_town_of_the_tables_gives_way_to_the_city_it_is_put_in(default_gaz: Gazetteer) -> None:
    # "في همدان بمدينة الحزم": a quarter of al-Hazm, not the district by Sanaa 100 km off
    got = resolved(default_gaz, "قصفت الطائرات أهدافا في همدان بمدينة الحزم", "YEM")
    p = got["همدان"]
    assert p is not None and p.name != "Hamdan"
