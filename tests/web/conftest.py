"""A store filled with the articles of :mod:`tests.web.articles`, a small gazetteer with two admin outlines,
and the app over them."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from rasad.geo import Gazetteer, import_files
from rasad.web import create_app
from tests.web.articles import fill

with warnings.catch_warnings():  # starlette's test client warns that it prefers httpx2; httpx is what we have
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PLACES = """name_ar,name_en,latitude,longitude,population,country
إدلب,Idlib,35.93,36.63,160000,SYR
معرة مصرين,Maarrat Misrin,36.01,36.67,15000,SYR
الباب,Al-Bab,36.37,37.52,60000,SYR
"""


def _square(lat0: float, lon0: float, lat1: float, lon1: float) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [[[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]],
    }


ADMIN1 = {
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "properties": {"ADM1_EN": en, "ADM1_AR": ar, "ADM1_PCODE": pc, "ADM0_PCODE": "SY"},
         "geometry": _square(*box)}
        for en, ar, pc, box in [
            ("Idleb", "إدلب", "SY07", (35.5, 36.3, 36.3, 36.9)),
            ("Aleppo", "حلب", "SY02", (35.9, 36.9, 36.8, 38.3)),
        ]
    ],
}  # fmt: skip


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-store") / "rasad.db"
    fill(path)
    return path


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("web-gaz")
    (d / "places.csv").write_text(PLACES, encoding="utf-8")
    (d / "adm1.geojson").write_text(json.dumps(ADMIN1, ensure_ascii=False), encoding="utf-8")
    gaz = Gazetteer.open(d / "gazetteer.sqlite", writable=True, embedded=False)
    with gaz.transaction() as w:
        w.add_country("SY", "SYR", "Syria")
    import_files(gaz, [d / "places.csv", d / "adm1.geojson"])
    gaz.close()
    return d / "gazetteer.sqlite"


def _pipeline():  # noqa: ANN202
    from rasad.pipeline import Pipeline

    return Pipeline(geo=None)  # real extraction; no user gazetteer is built or read by the tests


@pytest.fixture(scope="session")
def app(db_path: Path, gazetteer_path: Path) -> FastAPI:
    return create_app(db_path, gazetteer=gazetteer_path, pipeline=_pipeline)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say so at the end of every run when the browser tests were skipped (``-q`` hides skip reasons)."""
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if "test_browser" in r.nodeid]
    if skipped:
        reason = (
            skipped[0].longrepr[2] if isinstance(skipped[0].longrepr, tuple) else str(skipped[0].longrepr)
        )
        terminalreporter.write_line(
            f"{len(skipped)} browser tests skipped — {reason}", yellow=True, bold=True
        )
