"""Names a careful coder reads as a man, a region or a city's quarters, on the embedded default gazetteer: a
compound given name with a family name after it is the man (صلاح الدين + surname), not the governorate; the
Kurdistan Region of Iraq is a region; a list of a city's quarters goes on past a member named with its own حي;
"مناطق إسطنبول" are the city's."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_NEAR, GEO_REGION
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved


def _names(gaz: Gazetteer, text: str) -> list[str]:
    return [t.name for t in recognize(normalize(text), gaz)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال صلاح الدين بلقاسم رئيس الحزب المعارض إن الحكومة فشلت",
        "التقى الوزير بزعيم الكتلة صلاح الدين قرطاش في مكتبه",
    ],
)
def test_a_given_name_and_a_surname_is_a_man(default_gaz: Gazetteer, text: str) -> None:
    assert "صلاح الدين" not in _names(default_gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال مهجرو صلاح الدين حاولوا العودة إلى بيوتهم",
        "تقدمت القوات في صلاح الدين امس",
        "تواصلت العمليات في الأنبار وصلاح الدين",
    ],
)
def test_the_governorate_stays_without_a_surname(default_gaz: Gazetteer, text: str) -> None:
    assert "صلاح الدين" in _names(default_gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال متحدث باسم حكومة إقليم كردستان إن البيشمركة صدت الهجوم",
        "وصل آلاف النازحين إلى كردستان العراق خلال الأسبوع",
    ],
)
def test_the_kurdistan_region_is_a_region(default_gaz: Gazetteer, text: str) -> None:
    places = [p for p in resolved(default_gaz, text, "IRQ").values() if p is not None]
    assert len(places) == 1
    place = places[0]
    assert (place.country, place.precision, place.admin1) == ("IRQ", GEO_REGION, None)
    assert "كردستان" in place.name_ar


def test_a_quarter_named_with_its_own_word_stays_in_the_list(default_gaz: Gazetteer) -> None:
    text = "تقدمت القوات في الرمادي نحو أحياء الضباط والمعلمين وحي التأميم والعزيزية وسط المدينة"
    place = resolved(default_gaz, text, "IRQ")["العزيزيه"]
    assert place is not None and place.admin1 == "Al Anbar"


def test_the_areas_of_a_large_city_abroad(default_gaz: Gazetteer) -> None:
    place = resolved(default_gaz, "وقعت انفجارات في مناطق إسطنبول الليلة", "SYR")["اسطنبول"]
    assert place is not None and (place.country, place.precision) == ("TUR", GEO_NEAR)


def test_a_quarter_lies_in_the_city_the_text_orients_it_by(default_gaz: Gazetteer) -> None:
    text = "قصفت الطائرات مدينة الزبداني. وتجددت المعارك عند حي الخالدية وعلى جبهة دوار شيحان شمال حلب"
    place = resolved(default_gaz, text, "SYR")["الخالديه"]
    assert place is not None and (place.admin1, place.precision) == ("Aleppo", GEO_NEAR)


def test_the_article_of_a_number_is_no_name(default_gaz: Gazetteer) -> None:
    assert "شارع ال" not in _names(default_gaz, "سقطت قذائف على شارع الـ 60 في المدينة")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("تجددت الاشتباكات في ديالى شمال شرق بغداد مساء امس", "ديالي", "Diyala"),
        ("قتل ثلاثة جنود بهجوم في الأنبار غرب بغداد", "الانبار", "Al Anbar"),
    ],
)
def test_a_governorate_oriented_by_a_city_is_the_governorate(
    default_gaz: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = resolved(default_gaz, text, "IRQ")[name]
    assert place is not None and (place.admin1, place.precision) == (admin1, GEO_REGION)


def test_an_area_named_after_a_city_is_that_citys_not_a_far_hamlets(default_gaz: Gazetteer) -> None:
    text = "تواصلت المعارك على المدخل الشمالي لعدن. وقصفت الطائرات تجمعا للمسلحين في منطقة الرباط."
    place = resolved(default_gaz, text, "YEM")["الرباط"]
    assert place is not None and (place.admin1, place.precision) == ("Aden", GEO_NEAR)


def test_an_operations_room_named_after_a_man_is_no_place(default_gaz: Gazetteer) -> None:
    text = "وأعلنت غرفة عمليات عمر المختار أن الجيش استعاد السيطرة على التلال"
    assert "عمر المختار" not in _names(default_gaz, text)
