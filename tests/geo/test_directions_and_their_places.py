"""Directions read after a bare direction word, and the places they put; on the embedded default gazetteer: a
direction word that is also a hamlet's name is the direction before a city or a governorate, a place off a
governorate lies in that governorate, and a city named with its side after في is the city the text is in."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import GEO_NEAR, GEO_REGION, Place
from rasad.text.normalize import normalize


def resolved(gaz: Gazetteer, raw: str, country: str | None) -> dict[str, tuple[str, Place | None]]:
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    places = Geocoder(gaz).resolve(tops, country=country, text=nt)
    return {t.name: (t.relation, p) for t, p in zip(tops, places, strict=True)}


# (text, country, the name recognized, its relation, (English name of the place, precision))
ROWS = [
    # غرب is a hamlet's name too: before a city it is the direction
    ("قصفت الطائرات مواقع المسلحين غرب بغداد", "IRQ", "بغداد", "west-of", ("Baghdad", GEO_NEAR)),
    # a governorate after a bare direction is read, and the village named before it lies in that governorate
    ("سقطت قذائف الهاون على قرية الدواليب غرب ديالى", "IRQ", "ديالي", "west-of", ("Diyala", GEO_REGION)),
    ("سقطت قذائف الهاون على قرية الدواليب غرب ديالى", "IRQ", "الدواليب", "in", ("Diyala", GEO_REGION)),
    # "في غرب بغداد": in the city, which the area named next falls back to
    ("انفجرت سيارة مفخخة في غرب بغداد. وقتل خمسة في هجوم على منطقة الدواليب", "IRQ", "الدواليب", "in",
     ("Baghdad", GEO_NEAR)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "relation", "expected"), ROWS)
def test_a_direction_and_its_place(
    default_gaz: Gazetteer, text: str, country: str, name: str, relation: str, expected: tuple[str, int]
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got, list(got)
    rel, p = got[name]
    assert rel == relation
    assert p is not None and (p.name, p.precision) == expected
