"""A building or an institution named as where something happened (مبنى المحكمة، مركز الإسعاف، قاعدة القيادة
الجوية) is no place of its own: it is placed at the town it stands in, by that town's name; on the embedded default
gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN
from tests.geo.resolving import resolved

# (text, the article's country, the name recognized, the town's name as written, what the place is)
TOWN_ROWS = [
    # the town named right after, with في / بمدينة / في ولاية, a few words of the building's description between
    ("قتل مسلحون في هجوم أمام مبنى البنك المركزي في منطقة التحرير وسط العاصمة صنعاء", "YEM", "البنك المركزي",
     "التحرير", ("Sanaa", "YEM", GEO_NEAR)),
    ("استهدفت غارتان مبنى مركز الإسعاف الطبي بمدينة البيضاء", "YEM", "مركز الاسعاف", "البيضاء",
     ("Al Bayda", "YEM", GEO_TOWN)),
    ("أقلعت الطائرات من قاعدة القيادة الجوية الثانية في ولاية ديار بكر", "TUR", "القياده", "ديار بكر",
     ("Diyarbakır", "TUR", GEO_TOWN)),
    # a building in the construct state before its town's name: the court of Bayhan
    ("شن الطيران غارة بجانب مبنى محكمة بيحان التي يحتجز فيها المسلحون أسرى", "YEM", "بيحان", "بيحان",
     ("Bayḩān", "YEM", GEO_TOWN)),
    # only near the building: near the town
    ("خطف مسلحون عمالا أجانب بالقرب من مجمع الغاز النفطي بزوارة", "LBY", "مجمع الغاز", "زوارة",
     ("Zuwarah", "LBY", GEO_NEAR)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "town", "expected"), TOWN_ROWS)
def test_a_building_named_with_its_town_is_placed_at_the_town(
    default_gaz: Gazetteer, text: str, country: str, name: str, town: str, expected: tuple[str, str, int]
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got, list(got)
    p = got[name]
    assert p is not None and (p.name_ar, p.name, p.country, p.precision) == (town, *expected)


# a building whose town the text named before falls back to it by the town's name, not the building's
def test_a_building_falls_back_to_its_town_by_the_towns_name(default_gaz: Gazetteer) -> None:
    got = resolved(default_gaz, "اندلعت معارك في مدينة تعز، وسيطرت المقاومة على مبنى الاتصالات", "YEM")
    p = got["الاتصالات"]
    assert p is not None and (p.name_ar, p.name, p.precision) == ("تعز", "Taiz", GEO_NEAR)


# what the rule leaves alone: a place a few words on that says nothing of the building, a governorate (its building
# keeps its own fallback), a building named by a governorate (جامعة الأنبار stands in Ramadi)
KEPT_ROWS = [
    ("سيطر المقاتلون على مبنى البريد والتقدم نحو وسط تعز", "YEM", "البريد", ("Taiz", "YEM", GEO_NEAR)),
    ("قصف الطيران مبنى قيادة اللواء بمحافظة شبوة", "YEM", "قياده اللواء", ("Shabwah", "YEM", GEO_REGION)),
]  # fmt: skip


def test_a_building_named_by_a_governorate_is_no_governorate(default_gaz: Gazetteer) -> None:
    got = resolved(default_gaz, "وسيطرت القوات العراقية على مبنى جامعة الأنبار في الرمادي", "IRQ")
    assert "الانبار" not in got or got["الانبار"].precision != GEO_REGION, list(got)


# a town named with the direction it lies in from a large city is that town, however far from the city, when it
# lies that way; a namesake the other way, or a town told at a distance, is not
FAR_ROWS = [
    ("فجر انتحاري سيارة مفخخة في قضاء البعاج شمال غرب بغداد", "IRQ", "البعاج", ("Al Ba‘āj", "IRQ", GEO_TOWN)),
    ("استهدفت غارات مستودعا للأسلحة في مدينة حيس جنوب الحديدة", "YEM", "حيس", ("Ḩays", "YEM", GEO_TOWN)),
    ("قصفت الطائرات تجمعات المسلحين في قضاء الحويجة غربي كركوك", "IRQ", "الحويجه", ("Al Ḩawījah", "IRQ", GEO_TOWN)),
    # the other way from the city: the city it lies off, as before
    ("فجر انتحاري سيارة مفخخة في قضاء البعاج جنوب شرق بغداد", "IRQ", "البعاج", ("Baghdad", "IRQ", GEO_NEAR)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), KEPT_ROWS + FAR_ROWS)
def test_a_building_left_alone_and_a_town_oriented_by_a_far_city(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str, int]
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got, list(got)
    p = got[name]
    assert p is not None and (p.name, p.country, p.precision) == expected
