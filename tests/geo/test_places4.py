"""Where listed places lie (helper places4): towns named together as cities, or with members in several
governorates, are each where it is, not by the others."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved

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
    place = resolved(default_gaz, text, "SYR")[name]
    assert place is not None
    assert (place.admin1, place.precision) == (admin1, precision)
