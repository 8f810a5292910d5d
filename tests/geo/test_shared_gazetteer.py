"""On the reference material in ../shared/gazetteer/ (skipped when absent): the embedded default plus
syria-places.csv and syr_admin1.geojson, checked on the Aleppo seed article of the dev set."""

from __future__ import annotations

import json

import pytest

from rasad.geo import Gazetteer, Geocoder, import_files, recognize
from rasad.geo.polygons import haversine_km
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN
from rasad.text.normalize import normalize

from .conftest import SHARED_GAZETTEER

FILES = [SHARED_GAZETTEER / "syria-places.csv", SHARED_GAZETTEER / "syr_admin1.geojson"]
SEED = SHARED_GAZETTEER.parent / "eval" / "dev" / "seed-aleppo.txt"

pytestmark = pytest.mark.skipif(not all(f.exists() for f in FILES), reason="../shared/gazetteer not present")


@pytest.fixture(scope="module")
def syria(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    home = tmp_path_factory.mktemp("home")
    with Gazetteer.open(home=home, writable=True) as gaz:
        import_files(gaz, FILES)
    gaz = Gazetteer.open(home=home)
    yield gaz
    gaz.close()


def test_polygons_name_every_syrian_place(syria: Gazetteer) -> None:
    rows = syria._con.execute(
        "SELECT COUNT(*), SUM(admin1_code LIKE 'SY__') FROM places WHERE source = 'syria-places.csv'"
    ).fetchone()
    assert rows[0] > 1500 and rows[1] / rows[0] > 0.9  # the rest lie on or past the simplified borders
    assert {e.admin1 for e in syria.lookup("باتبو")} == {"Aleppo"}


# (name as recognized, expected precision, a point within 10 km or None, admin1)
SEED_ROWS = [
    ("عويجه", GEO_NEAR, (36.2402, 37.2019), "Aleppo"),  # not in the gazetteer: the city it is in
    ("بستان الباشا", GEO_NEAR, (36.2253, 37.1654), "Aleppo"),  # not Latakia's namesake
    ("الشيخ فارس", GEO_NEAR, (36.2239, 37.1755), "Aleppo"),
    ("باتبو", GEO_NEAR, (36.1334, 36.738), "Aleppo"),  # محيط بلدة باتبو: near the town
    ("كفرناها", GEO_TOWN, (36.1679, 36.9845), "Aleppo"),
    ("خان العسل", GEO_TOWN, (36.1672, 37.0392), "Aleppo"),
    ("بابكه", GEO_REGION, None, "Aleppo"),
    ("المنصوره", GEO_REGION, None, "Aleppo"),  # not Raqqa's المنصورة, 200 km east
    ("عرب سلوم", GEO_NEAR, None, "Aleppo"),  # شمال حلب
]


@pytest.mark.skipif(not SEED.exists(), reason="../shared/eval/dev not present")
def test_seed_article(syria: Gazetteer) -> None:
    nt = normalize(SEED.read_text(encoding="utf-8"))
    tops = recognize(nt, syria)
    places = Geocoder(syria).resolve(tops, country="SYR", text=nt)
    got = {}
    for t, p in zip(tops, places, strict=True):
        got.setdefault(t.name, p)
    for name, precision, point, admin1 in SEED_ROWS:
        p = got[name]
        assert p is not None and p.precision == precision and p.admin1 == admin1, name
        if point:
            assert haversine_km(p.latitude, p.longitude, *point) <= 10, name
    gold = json.loads(SEED.with_name("seed-aleppo.gold.json").read_text(encoding="utf-8"))
    assert gold["article"]["country"] == "SYR"
