"""Words of everyday Arabic that the gazetteer also knows as places, and adjectives after a typed name, on the
embedded default gazetteer: "في ربوع البلاد" (throughout the land) names no Yemeni village, "يمن" (he bestows)
is not Yemen, "من جهة" (from the side of) is no place, and "القريب من" (near to) ends the name before it."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_TOWN
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved


def _names(gaz: Gazetteer, text: str) -> list[str]:
    return [t.name for t in recognize(normalize(text), gaz)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("دعا البيان إلى بسط الأمن في ربوع البلاد كافة", []),
        ("انتشرت الاحتجاجات في أرجاء المحافظة", []),
        ("نسأل الله أن يمن على الجرحى بالشفاء العاجل", []),
        ("باتت القوات بالقرب من جهة محطة الوقود شرق الرمادي", ["الرمادي"]),
        # bi- and a movement, not Baharka by Erbil, which a preposition of place or a type word still names
        ("بدأ النزاع بحركة احتجاجية سلمية ضد الحكومة", []),
        ("عادت العائلات النازحة إلى بلدة بحركة", ["بحركه"]),
        # … and the country, written as the news writes it, still is
        ("وصلت سفينة إغاثة إلى اليمن", ["اليمن"]),
    ],
)
def test_an_everyday_word_names_no_place(default_gaz: Gazetteer, text: str, names: list[str]) -> None:
    assert _names(default_gaz, text) == names


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("نقل المصابون إلى مستشفى قضاء بلدروز القريب من الحدود الإيرانية", "بلدروز", "Diyala"),
        ("دارت المواجهات قرب النفق المؤدي إلى ساحل التواهي", "النفق", None),
    ],
)
def test_near_to_and_leading_to_end_the_name(
    default_gaz: Gazetteer, text: str, name: str, admin1: str | None
) -> None:
    got = resolved(default_gaz, text, "IRQ" if admin1 else "YEM")
    assert name in got
    if admin1:
        place = got[name]
        assert place is not None and (place.admin1, place.precision) == (admin1, GEO_TOWN)
