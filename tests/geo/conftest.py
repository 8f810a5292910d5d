"""Small gazetteers the tests build: a CSV of places, a GeoNames-format dump and GeoJSON squares as
governorates. Coordinates are approximate, from general knowledge, and only need to be self-consistent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.geo import Gazetteer, import_files

SHARED_GAZETTEER = Path(__file__).resolve().parents[2].parent / "shared" / "gazetteer"

PLACES_CSV = """name_ar,name_en,latitude,longitude,population,country
حلب,Aleppo,36.20,37.16,2000000,SYR
خان العسل,Khan al-Asal,36.17,37.04,,SYR
كفر ناها,Kafr Naha,36.17,36.98,,SYR
باتبو,Batabo,36.13,36.74,,SYR
الأتارب,Atarib,36.14,36.83,30000,SYR
المنصورة,"Mansura, Raqqa",35.85,38.74,,SYR
الرقة,Raqqa,35.95,39.01,500000,SYR
بستان الباشا,Bustan al-Basha (Latakia),35.42,35.93,,SYR
اللاذقية,Latakia,35.52,35.79,400000,SYR
الكرامة,Karama (Latakia),35.60,35.90,,SYR
الكرامة,Karama (Aleppo),36.10,37.00,,SYR
إدلب,Idlib,35.93,36.63,160000,SYR
"""


def square(lat0: float, lon0: float, lat1: float, lon1: float) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [[[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]],
    }


def admin1_geojson() -> dict:
    def feat(en: str, ar: str, pcode: str, geom: dict) -> dict:
        props = {"ADM1_EN": en, "ADM1_AR": ar, "ADM1_PCODE": pcode, "ADM0_PCODE": "SY"}
        return {"type": "Feature", "properties": props, "geometry": geom}

    return {
        "type": "FeatureCollection",
        "features": [
            feat("Aleppo", "حلب", "SY02", square(35.9, 36.5, 36.8, 38.3)),
            feat("Ar-Raqqa", "الرقة", "SY11", square(35.5, 38.3, 36.6, 40.0)),
            feat("Lattakia", "اللاذقية", "SY06", square(35.2, 35.7, 35.9, 36.3)),
            feat("Idleb", "إدلب", "SY07", square(35.5, 36.3, 35.9, 36.9)),
        ],
    }


@pytest.fixture
def places_csv(tmp_path: Path) -> Path:
    p = tmp_path / "places.csv"
    p.write_text(PLACES_CSV, encoding="utf-8")
    return p


@pytest.fixture
def admin1_file(tmp_path: Path) -> Path:
    p = tmp_path / "adm1.geojson"
    p.write_text(json.dumps(admin1_geojson(), ensure_ascii=False), encoding="utf-8")
    return p


@pytest.fixture
def empty_gaz(tmp_path: Path) -> Gazetteer:
    gaz = Gazetteer.open(tmp_path / "gaz.sqlite", writable=True, embedded=False)
    with gaz.transaction() as w:
        w.add_country("SY", "SYR", "Syria")
        w.add_country("IQ", "IRQ", "Iraq")
    yield gaz
    gaz.close()


@pytest.fixture
def small_gaz(empty_gaz: Gazetteer, places_csv: Path, admin1_file: Path) -> Gazetteer:
    import_files(empty_gaz, [places_csv, admin1_file])
    return empty_gaz


@pytest.fixture(scope="session")
def default_gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The embedded default, built once for the session (a few seconds)."""
    home = tmp_path_factory.mktemp("rasad-home")
    gaz = Gazetteer.open(home=home)
    yield gaz
    gaz.close()
