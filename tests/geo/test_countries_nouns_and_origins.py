"""On the embedded default gazetteer: a country's own name is that country even before another country's name
that reads like a nisba (حذرت إيران السعودية); a name's first word جزيرة goes on with its genitive after a type
word (منطقة جزيرة X) but makes no place of a group's name; a bare word paired by و with a verbal noun is no
village (في رصد ومتابعة); and a city named as where supplies come from (من صنعاء) is no city a place named
next lies in (not one a part is told of: الطرف الشمالي من الرمادي); and the new or old part of a city
(بغداد الجديدة) lies in it; an unknown town told with its adjective lies in the countryside named after it
("بلدتي X وY المحاصرتين بريف إدلب")."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_NEAR
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("حذرت إيران السعودية من مواصلة الغارات على اليمن", "ايران", "IRN"),
        ("اتهمت تركيا السورية بقصف القرى الحدودية", "تركيا", "TUR"),
    ],
)
def test_a_countrys_own_name_is_that_country(default_gaz: Gazetteer, text: str, name: str, iso3: str) -> None:
    p = resolved(default_gaz, text, "YEM")[name]
    assert p is not None and p.country == iso3


@pytest.mark.parametrize(
    "text",
    ["وفرضت الولايات المتحدة أمس عقوبات جديدة على إيران", "وقالت الولايات المتحدة إن إيران تدعم الحوثيين"],
)
def test_a_countrys_name_in_a_report_about_another_country(default_gaz: Gazetteer, text: str) -> None:
    # a report about the United States: Iran is Iran, not Iraan in Texas
    p = resolved(default_gaz, text, "USA")["ايران"]
    assert p is not None and p.country == "IRN"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # عمان is Amman in a report on Jordan, Oman where the sultanate, its capital or its nisba is named
        ("وقال مسؤول أردني في عمان إن الأردن يراقب الحدود", "JOR"),
        ("عمان – قال الجيش الأردني إنه دمر مركبة على الحدود", "JOR"),
        ("واجتمع وزراء الخارجية في مسقط عاصمة عمان", "OMN"),
        ("وقال مسؤول في عمان إن الوزير يزور المنطقة", "OMN"),
    ],
)
def test_amman_or_oman(default_gaz: Gazetteer, text: str, iso3: str) -> None:
    p = resolved(default_gaz, text, None)["عمان"]
    assert p is not None and p.country == iso3


def test_jazira_goes_on_with_its_genitive_after_a_type_word(default_gaz: Gazetteer) -> None:
    names = [
        t.name for t in recognize(normalize("قصفت الطائرات منطقة جزيرة الخالدية غرب الرمادي"), default_gaz)
    ]
    assert "جزيره الخالديه" in names and "جزيره" not in names


def test_a_groups_name_with_jazira_is_no_place(default_gaz: Gazetteer) -> None:
    assert recognize(normalize("هاجم تنظيم القاعدة في جزيرة العرب مواقع للجيش"), default_gaz) == []


@pytest.mark.parametrize(
    "text",
    ["وقالت اللجنة في رصد ومتابعة للأوضاع إن القصف مستمر", "وشارك الفريق في رصد وتحليل الأضرار"],
)
def test_a_word_paired_with_a_verbal_noun_is_no_village(default_gaz: Gazetteer, text: str) -> None:
    assert "رصد" not in [t.name for t in recognize(normalize(text), default_gaz)]


def test_a_village_listed_with_a_village_is_still_read(default_gaz: Gazetteer) -> None:
    assert "رصد" in [t.name for t in recognize(normalize("سيطر المسلحون على رصد ومودية"), default_gaz)]


def test_a_city_supplies_come_from_is_not_where_the_area_lies(default_gaz: Gazetteer) -> None:
    p = resolved(default_gaz, "وصلت تعزيزات من صنعاء إلى المسلحين في منطقة ذيمرين", "YEM")["ذيمرين"]
    assert p is None or p.precision != 2


@pytest.mark.parametrize(
    "text",
    [
        "تقدمت القوات في الطرف الشمالي من الرمادي، ثم دخلت منطقة الصوفية المجاورة",
        "تقدمت القوات في الأحياء الغربية من الرمادي، ثم دخلت منطقة الصوفية",
    ],
)
def test_a_city_a_part_is_told_of_is_still_where_the_area_lies(default_gaz: Gazetteer, text: str) -> None:
    p = resolved(default_gaz, text, "IRQ")["الصوفيه"]
    assert p is not None and p.name == "Ramadi"


@pytest.mark.parametrize(
    ("text", "country", "name", "city"),
    [
        ("انفجرت سيارة مفخخة في منطقة بغداد الجديدة صباح اليوم", "IRQ", "بغداد الجديده", "Baghdad"),
        ("سقطت قذائف على حي حلب القديمة", "SYR", "حلب القديمه", "Aleppo"),
    ],
)
def test_the_new_or_old_part_of_a_city_lies_in_it(
    default_gaz: Gazetteer, text: str, country: str, name: str, city: str
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and p.name == city and p.precision == GEO_NEAR


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("دارت معارك عنيفة حول بلدتي الزيتون والرمان المحاصرتين منذ أشهر بريف إدلب", "الزيتون"),
        ("دارت معارك عنيفة حول بلدتي الزيتون والرمان المحاصرتين منذ أشهر بريف إدلب", "الرمان"),
        ("قصفت الطائرات قرية الصفصاف الموالية للنظام في ريف إدلب", "الصفصاف"),
    ],
)
def test_an_unknown_town_with_its_adjective_lies_in_the_countryside_after(
    default_gaz: Gazetteer, text: str, name: str
) -> None:
    p = resolved(default_gaz, text, "SYR")[name]
    assert p is not None and p.admin1 == "Idleb"
