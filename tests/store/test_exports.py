"""Exports: ACLED's 31 columns and their meanings, GeoJSON points, Parquet with its schema, JSONL."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasad.store import ACLED_COLUMNS, StoreWriter, connect, export, ingest, parquet_schema
from rasad.store.exports import interaction, notes
from tests.store.fake import article, extract, spec


@pytest.fixture
def con(tmp_path: Path) -> sqlite3.Connection:
    arts = [
        article("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 4), outlet="Outlet A"),
        article("b", spec("air", "2015-07-20", 36.201, 37.1, "SYRMIL", "SYRCVL", 6), outlet="Outlet B"),
        article("c", spec("clash", "2015-07-22", None, None, "SYRREB", "-", 0), outlet="Outlet A"),
    ]
    with StoreWriter.open(tmp_path / "s.db") as w:
        ingest(arts, extract, writer=w)
    return connect(tmp_path / "s.db", readonly=True)


def test_acled_csv(con: sqlite3.Connection) -> None:
    out = io.StringIO()
    assert export(con, "acled-csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(ACLED_COLUMNS) == 31
    assert tuple(rows[0]) == ACLED_COLUMNS
    strike = rows[0]
    assert strike["event_date"] == "2015-07-20" and strike["year"] == "2015"
    assert strike["disorder_type"] == "Political violence"
    assert strike["event_type"] == "Explosions/Remote violence"
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("1", "7", "17")
    assert strike["civilian_targeting"] == "Civilian targeting"
    assert (strike["iso"], strike["country"], strike["region"]) == ("760", "Syria", "Middle East")
    assert strike["event_id_cnty"].startswith("SYR")
    assert strike["fatalities"] == "4"  # two reports, 4 and 6: the lowest
    assert strike["source"] == "Outlet A; Outlet B"
    assert strike["notes"] == (
        "On 20 July 2015, air/drone strike by Actor SYRMIL against Actor SYRCVL in Place 36.2000, Aleppo. "
        "4 fatalities (4 civilians). Reported by 2 sources."
    )
    assert int(strike["timestamp"]) > 1_400_000_000
    clash = rows[1]
    assert (clash["interaction"], clash["civilian_targeting"], clash["latitude"]) == ("20", "", "")


def test_interaction_codes() -> None:
    assert interaction(7, 1) == "17"
    assert interaction(2, None) == "20"
    assert interaction(None, None) == ""


def test_notes_are_one_line() -> None:
    rec = {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2015-07-01",
           "actor1": {"name": "A\nB"}, "actor2": {}, "location": {}, "fatalities": 1}  # fmt: skip
    assert notes(rec) == "On 1 July 2015, armed clash by A B. 1 fatality."


def test_geojson_points(con: sqlite3.Connection) -> None:
    out = io.StringIO()
    assert export(con, "geojson", out) == 1  # the clash has no coordinates
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection"
    (f,) = fc["features"]
    assert f["geometry"] == {"type": "Point", "coordinates": [37.1, 36.2]}
    assert f["properties"]["n_sources"] == 2 and f["properties"]["article_ids"] == ["a", "b"]


def test_parquet(con: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    with path.open("wb") as f:
        assert export(con, "parquet", f) == 2
    table = pq.read_table(path)
    assert table.schema.equals(parquet_schema())
    rows = table.to_pylist()
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence", "Battles"]
    assert rows[0]["article_ids"] == ["a", "b"] and rows[0]["fatalities"] == 4


def test_jsonl_records(con: sqlite3.Connection) -> None:
    out = io.StringIO()
    assert export(con, "jsonl", out) == 2
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert recs[0]["location"]["latitude"] == 36.2 and recs[0]["article_ids"] == ["a", "b"]
    assert {"id", "event_date", "actor1", "actor2", "evidence", "fatalities_detail"} <= set(recs[0])


def test_unknown_format(con: sqlite3.Connection) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(con, "xlsx", io.StringIO())
