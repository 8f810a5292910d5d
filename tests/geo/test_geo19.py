"""geo19: a capital or a city of millions is itself, not a small namesake in the country the report is about
(a US report's "وفي موسكو" is Moscow, not a town of Texas that bears its Arabic name); and the towns of the 2015
war news the cities of GeoNames lack; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from rasad.geo.tables import LANDMARK_PREFIX
from tests.geo.resolving import resolved

# (text, the article's country, the name read, the country it lies in)
GREAT_CITIES = [
    ("قالت وزارة الخارجية الأمريكية في واشنطن إنها قلقة. وفي موسكو، اعتقلت الشرطة عشرة متظاهرين", "USA",
     "موسكو", "RUS"),
    ("أعلن البيت الأبيض في واشنطن فرض عقوبات جديدة، وفي موسكو قال الكرملين إنه سيرد", None, "موسكو", "RUS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "iso3"), GREAT_CITIES)
def test_a_great_city_over_a_small_namesake(
    default_gaz: Gazetteer, text: str, country: str | None, name: str, iso3: str
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and p.country == iso3


# (text, the article's country, the name read, its country, its governorate, about where it lies)
TOWNS = [
    ("شنت طائرات التحالف غارات على مواقع المتمردين في منطقة الجفينة جنوب غرب مأرب", "YEM", "الجفينه", "YEM",
     "Marib", (15.40, 45.27)),
    ("سيطر المقاومون على بلدة الوهط شمال عدن بعد معارك عنيفة", "YEM", "الوهط", "YEM", "Lahij", (13.00, 44.86)),
    ("دارت اشتباكات عنيفة في جعولة عند الأطراف الشمالية لعدن", "YEM", "جعوله", "YEM", "Lahij", (12.92, 44.97)),
    ("استهدفت الغارات تجمعا للمسلحين في مديرية المطمة بمحافظة الجوف", "YEM", "المطمه", "YEM", "Al Jawf",
     (16.25, 44.60)),
    ("هز انفجار بلدة رميلان شرقي مدينة القامشلي", "SYR", "رميلان", "SYR", "Al-Hasakeh", (37.01, 41.93)),
    ("قتل جنديان تركيان في هجوم على مركز للشرطة في بلدة جزيرة ابن عمر جنوب شرق تركيا", "TUR",
     "جزيره ابن عمر", "TUR", "Sirnak", (37.33, 42.19)),
    ("فرضت السلطات حظر التجول في مدينة جيزرة بولاية شرناق", "TUR", "جيزره", "TUR", "Sirnak", (37.33, 42.19)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "iso3", "region", "point"), TOWNS)
def test_towns_of_the_war_news(
    default_gaz: Gazetteer,
    text: str,
    country: str,
    name: str,
    iso3: str,
    region: str,
    point: tuple[float, float],
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and p.country == iso3 and p.admin1 == region
    assert abs(p.latitude - point[0]) < 0.1 and abs(p.longitude - point[1]) < 0.1
    # the town's own entry, not the fallback to a city or governorate near it
    assert p.gazetteer_id is not None and p.gazetteer_id.startswith(LANDMARK_PREFIX)


# a village of one word with a ب on it, a direction off a city right after it, is that village (as "في X"
# would be): the ب is the preposition and the direction places it ("مواقع بالحبانية شرق الرمادي")
PLACED_BY_BI = [
    ("قصفت الطائرات مواقع للمسلحين بالحبانية شرق الرمادي", "IRQ", "الحبانيه", "Al Habbaniyah"),
    ("دمرت غارة عربة للمتمردين بالجفينة جنوب غرب مأرب", "YEM", "الجفينه", "Al Jufaynah"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "place"), PLACED_BY_BI)
def test_a_village_with_bi_before_a_direction(
    default_gaz: Gazetteer, text: str, country: str, name: str, place: str
) -> None:
    p = resolved(default_gaz, text, country).get(name)
    assert p is not None and p.name == place
