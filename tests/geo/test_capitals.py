""" "العاصمة" (the capital): the capital of the report's country, or of the country its nisba or name says; on the
embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.geo.polygons import haversine_km
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN, Place
from rasad.text.normalize import normalize

SANAA = (15.35, 44.21)


def places(gaz: Gazetteer, raw: str, country: str | None) -> list[tuple[str, Place | None]]:
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    return [
        (t.name, p) for t, p in zip(tops, Geocoder(gaz).resolve(tops, country=country, text=nt), strict=True)
    ]


# (text, the article's country, the name recognized, the place's English name, its country, precision)
CAPITAL_ROWS = [
    ("قتل ثلاثة مدنيين في قصف على العاصمة أمس", "YEM", "العاصمه", "Sanaa", "YEM", GEO_TOWN),
    ("قتل ثلاثة مدنيين في قصف على العاصمة أمس", "SYR", "العاصمه", "Damascus", "SYR", GEO_TOWN),
    ("انفجرت سيارة مفخخة في العاصمة صباح اليوم", "IRQ", "العاصمه", "Baghdad", "IRQ", GEO_TOWN),
    ("اندلعت اشتباكات بين الكتائب المسلحة في العاصمة", "LBY", "العاصمه", "Tripoli", "LBY", GEO_TOWN),
    ("وتعرضت أحياء بالعاصمة لقصف عنيف", "YEM", "العاصمه", "Sanaa", "YEM", GEO_TOWN),
    # a nisba names the country, whatever the report's
    ("وكانت العاصمة اليمنية قد شهدت انفجارين", "SYR", "العاصمه اليمنيه", "Sanaa", "YEM", GEO_TOWN),
    ("سقطت قذائف هاون على العاصمة السورية", None, "العاصمه السوريه", "Damascus", "SYR", GEO_TOWN),
    ("عاد الوفد إلى العاصمة العراقية مساء الخميس", "YEM", "العاصمه العراقيه", "Baghdad", "IRQ", GEO_TOWN),
    # so does a country's name after the construct عاصمة, and البلاد is the report's country
    ("وصلت طائرة المساعدات إلى عاصمة اليمن", None, "عاصمه اليمن", "Sanaa", "YEM", GEO_TOWN),
    ("نقلت الجرحى إلى مستشفيات عاصمة البلاد", "IRQ", "عاصمه البلاد", "Baghdad", "IRQ", GEO_TOWN),
    # where it lies from the capital: near it; the capital's countryside: its own governorate
    ("دارت اشتباكات عنيفة بشمال العاصمة", "YEM", "العاصمه", "Sanaa", "YEM", GEO_NEAR),
    ("قصفت الطائرات مواقع جنوب العاصمة", "SYR", "العاصمه", "Damascus", "SYR", GEO_NEAR),
    ("قصفت قوات النظام بلدات في ريف العاصمة", "SYR", "العاصمه", "Rural Damascus", "SYR", GEO_REGION),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "place", "iso3", "precision"), CAPITAL_ROWS)
def test_the_capital(
    default_gaz: Gazetteer, text: str, country: str | None, name: str, place: str, iso3: str, precision: int
) -> None:
    got = dict(places(default_gaz, text, country))
    p = got[name]
    assert p is not None and (p.name, p.country, p.precision) == (place, iso3, precision)


def test_the_capital_is_named_by_its_own_name(default_gaz: Gazetteer) -> None:
    # the place the event gets is called by the capital's name, not "العاصمة"
    ((_, p),) = places(default_gaz, "وكانت العاصمة اليمنية قد شهدت انفجارين", "YEM")
    assert p is not None and p.name_ar == "صنعاء"


# no capital of its own: its name follows or stands before it, another kind of capital, another place's capital
NOT_A_MENTION_ROWS = [
    ("وصل الوفد إلى العاصمة صنعاء مساء أمس", ["صنعاء"]),
    ("فرت أسر ثرية إلى العاصمة الأردنية عمان", ["عمان"]),
    ("ويضم الإقليم صنعاء العاصمة والمحافظة", ["صنعاء"]),
    ("كانت حلب قبل الحرب العاصمة الاقتصادية لسوريا", ["حلب", "سوريا"]),
    ("ومدينة الرقة هي العاصمة الفعلية للتنظيم", ["الرقه"]),
    ("انتقلت الحكومة إلى العاصمة المؤقتة", []),
    ("أعلن التنظيم المدينة عاصمة الخلافة", []),
]


@pytest.mark.parametrize(("text", "names"), NOT_A_MENTION_ROWS)
def test_no_capital_mention_of_its_own(default_gaz: Gazetteer, text: str, names: list[str]) -> None:
    assert [t.name for t in recognize(normalize(text).text, default_gaz)] == names


def test_the_capital_named_with_its_nisba_is_that_countrys_city(default_gaz: Gazetteer) -> None:
    ((_, p),) = places(default_gaz, "فرت أسر ثرية إلى العاصمة الأردنية عمان", "YEM")
    assert p is not None and (p.name, p.country) == ("Amman", "JOR")


def test_a_place_off_the_capital_lies_near_it(default_gaz: Gazetteer) -> None:
    got = dict(places(default_gaz, "استهدفت الغارات معسكر الاستقبال في ضلاع همدان غربي العاصمة", "YEM"))
    p = got["الاستقبال"]
    assert p is not None and p.precision == GEO_NEAR and haversine_km(p.latitude, p.longitude, *SANAA) < 10


def test_the_second_name_a_dual_promises_after_the_first_ones_location(default_gaz: Gazetteer) -> None:
    text = (
        'دارت اشتباكات في معسكري "الصباحة" في المدخل الغربي للعاصمة صنعاء، و"سواد حزيز"، في المدخل الجنوبي '
        "للعاصمة"
    )
    tops = recognize(normalize(text).text, default_gaz)
    (second,) = [t for t in tops if t.name == "سواد حزيز"]
    assert second.type_word == "معسكر" and second.group is not None
    p = dict(places(default_gaz, text, "YEM"))["سواد حزيز"]
    assert p is not None and p.precision == GEO_NEAR and haversine_km(p.latitude, p.longitude, *SANAA) < 10
