"""What keeps a place from its far homonyms: a nisba of a country after the name; on the embedded default
gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import GEO_REGION, GEO_TOWN, Place
from rasad.text.normalize import normalize


def place_of(gaz: Gazetteer, raw: str, country: str | None, name: str) -> Place | None:
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    got = dict(
        zip([t.name for t in tops], Geocoder(gaz).resolve(tops, country=country, text=nt), strict=True)
    )
    assert name in got, [t.name for t in tops]
    return got[name]


# (text, the article's country or None, the name recognized, (English name, country, precision) or None)
NISBA_ROWS = [
    # the feminine nisba of a country after a place (or after a word of kind there) keeps only that country's
    # namesakes, else falls back to that country
    ("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر السورية", "IRQ", "الحضر", ("Syria", "SYR", GEO_REGION)),
    ("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر السورية", "SYR", "الحضر", ("Syria", "SYR", GEO_REGION)),
    ("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر السورية", None, "الحضر", ("Syria", "SYR", GEO_REGION)),
    ("اشتبك مسلحون مع الجيش في مدينة طرابلس اللبنانية", "LBY", "طرابلس", ("Tripoli", "LBN", GEO_TOWN)),
    ("سقطت قذائف على بلدة عرسال الحدودية اللبنانية", "SYR", "عرسال", ("Aarsâl", "LBN", GEO_TOWN)),
    # a nisba of the place's own country changes nothing; a word of kind alone is no nisba
    ("قصفت الطائرات مدينة الموصل العراقية", "IRQ", "الموصل", ("Mosul", "IRQ", GEO_TOWN)),
    ("قصفت الطائرات مدينة طرابلس الساحلية", "LBY", "طرابلس", ("Tripoli", "LBY", GEO_TOWN)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), NISBA_ROWS)
def test_a_nisba_after_a_place_says_its_country(
    default_gaz: Gazetteer, text: str, country: str | None, name: str, expected: tuple[str, str, int] | None
) -> None:
    p = place_of(default_gaz, text, country, name)
    if expected is None:
        assert p is None
    else:
        assert p is not None and (p.name, p.country, p.precision) == expected
