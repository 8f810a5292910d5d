"""Read-only queries over the store, shared by ``rasad events``, ``rasad export`` and the web API.

Every filter is a fixed SQL fragment with ``?`` parameters: no user string ever becomes SQL. Text search
normalizes the query as the article text was normalized when indexed (:mod:`rasad.store.schema`), so إدلب
finds ادلب and a trigram index finds دمشق inside بدمشق.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from dataclasses import dataclass
from typing import Any

from rasad.errors import UsageError
from rasad.store.dedup import haversine_km
from rasad.store.norm import normalized_text
from rasad.store.rows import SELECT_EVENTS, row_to_event
from rasad.text.normalize import normalize_key

_DEG_LAT_KM = 111.0


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to select; every field is optional and they combine with AND.

    ``near`` is ``(lat, lon, km)``; ``bbox`` is ``(south, west, north, east)`` in degrees; ``actor`` matches
    actor1 or actor2; ``text`` searches the normalized text of the events' source articles (3 characters or
    more use the trigram index)."""

    since: dt.date | None = None
    until: dt.date | None = None
    category: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    near: tuple[float, float, float] | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    min_fatalities: int | None = None


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        clauses.append(sql)
        params.extend(values)

    if f.since:
        add("e.event_date >= ?", f.since.isoformat())
    if f.until:
        add("e.event_date <= ?", f.until.isoformat())
    if f.category:
        add("e.category = ?", f.category)
    if f.event_type:
        add("e.event_type = ?", f.event_type)
    if f.sub_event_type:
        add("e.sub_event_type = ?", f.sub_event_type)
    if f.plover_type:
        add("e.plover_type = ?", f.plover_type)
    if f.actor:
        add("(e.actor1_code = ? OR e.actor2_code = ?)", f.actor, f.actor)
    if f.country:
        add("e.country = ?", f.country.upper())
    if f.admin1:
        add("e.admin1 = ? COLLATE NOCASE", f.admin1)
    if f.min_fatalities is not None:
        add("e.fatalities >= ?", f.min_fatalities)
    if f.bbox:
        s, w, n, e = f.bbox
        add("e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?", s, n, w, e)
    if f.near:
        lat, lon, km = f.near
        dlat = km / _DEG_LAT_KM
        dlon = dlat / max(0.01, math.cos(math.radians(lat)))
        # the box uses the coordinate index; the distance function trims its corners
        add(
            "e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ? AND rasad_km(e.latitude, e.longitude, ?, ?) <= ?",
            lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lon, km,
        )  # fmt: skip
    if f.text:
        q = normalize_key(f.text)
        if not q:
            raise UsageError("empty text query")
        if len(q) >= 3:
            match = "SELECT rowid FROM article_fts WHERE article_fts MATCH ?"
            value = '"' + q.replace('"', '""') + '"'
        else:  # shorter than a trigram: a scan of the articles, normalized as they were when indexed
            match = "SELECT pk FROM articles WHERE instr(rasad_norm(text), ?) > 0"
            value = q
        add(f"e.id IN (SELECT s.event_id FROM event_sources s WHERE s.article_pk IN ({match}))", value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _prepare(con: sqlite3.Connection) -> None:
    con.create_function("rasad_km", 4, _km, deterministic=True)
    con.create_function("rasad_norm", 1, normalized_text, deterministic=True)


def _km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    if lat1 is None or lon1 is None:
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


def query_events(
    con: sqlite3.Connection, filters: EventFilter | None = None, *, limit: int | None = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Events matching ``filters``, newest first (then by id), as records (``Event.to_dict()`` shape plus
    ``id``, ``article_id`` of the primary report and ``n_sources``). ``limit=None`` returns all."""
    _prepare(con)
    where, params = _where(filters or EventFilter())
    sql = SELECT_EVENTS + where + " ORDER BY e.event_date DESC, e.id LIMIT ? OFFSET ?"
    params += [-1 if limit is None else int(limit), int(offset)]
    return [row_to_event(r) for r in con.execute(sql, params)]


def iter_events(con: sqlite3.Connection, filters: EventFilter | None = None, *, chunk: int = 5000) -> Any:
    """All matching events in export order (date, then id), fetched in chunks: for exports of any size."""
    _prepare(con)
    where, params = _where(filters or EventFilter())
    cur = con.execute(SELECT_EVENTS + where + " ORDER BY e.event_date, e.id", params)
    while rows := cur.fetchmany(chunk):
        for r in rows:
            yield row_to_event(r)


def count_events(con: sqlite3.Connection, filters: EventFilter | None = None) -> int:
    _prepare(con)
    where, params = _where(filters or EventFilter())
    return int(con.execute("SELECT COUNT(*) FROM events e" + where, params).fetchone()[0])


def stats(con: sqlite3.Connection, filters: EventFilter | None = None) -> dict[str, Any]:
    """Totals and counts by day, event type and admin1 (for the timeline and the summary panels)."""
    _prepare(con)
    where, params = _where(filters or EventFilter())

    def grouped(expr: str) -> list[dict[str, Any]]:
        sql = (
            f"SELECT {expr} AS k, COUNT(*), COALESCE(SUM(e.fatalities), 0) FROM events e{where} "
            "GROUP BY k ORDER BY k"
        )
        return [{"key": k, "events": n, "fatalities": f} for k, n, f in con.execute(sql, params)]

    total, fat = con.execute(
        f"SELECT COUNT(*), COALESCE(SUM(e.fatalities), 0) FROM events e{where}", params
    ).fetchone()
    return {
        "events": total,
        "fatalities": fat,
        "by_day": grouped("e.event_date"),
        "by_type": grouped("COALESCE(e.event_type, e.plover_type)"),
        "by_admin1": grouped("e.admin1"),
    }


def get_event(con: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """One event with its sources: each report's article, values and why it was merged."""
    row = con.execute(SELECT_EVENTS + " WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    rec = row_to_event(row)
    rec["sources"] = [
        {
            "article_id": aid, "outlet": outlet, "title": title, "url": url, "published": published,
            "report": idx, "event_date": date, "fatalities": fat, "injuries": inj,
            "actor1": a1, "actor2": a2, "merge_note": note, "record": json.loads(record),
        }
        for aid, outlet, title, url, published, idx, date, fat, inj, a1, a2, note, record in con.execute(
            "SELECT a.id, a.outlet, a.title, a.url, a.published, s.idx, s.event_date, s.fatalities, s.injuries, "
            "s.actor1_code, s.actor2_code, s.merge_note, s.record FROM event_sources s "
            "JOIN articles a ON a.pk = s.article_pk WHERE s.event_id = ? ORDER BY s.day, s.key",
            (event_id,),
        )
    ]  # fmt: skip
    return rec


def get_article(con: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and, per report, the event it belongs to and its evidence spans."""
    row = con.execute(
        "SELECT pk, id, outlet, url, title, published, text, text_hash FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    pk, aid, outlet, url, title, published, text, digest = row
    reports = [
        {"report": idx, "event_id": eid, "evidence": json.loads(rec).get("evidence", [])}
        for idx, eid, rec in con.execute(
            "SELECT idx, event_id, record FROM event_sources WHERE article_pk = ? ORDER BY idx", (pk,)
        )
    ]
    return {
        "id": aid, "outlet": outlet, "url": url, "title": title, "published": published, "text": text,
        "text_hash": digest, "events": reports,
    }  # fmt: skip


def parse_near(value: str, *, km: float, lookup: Any = None) -> tuple[float, float, float]:
    """``LAT,LON`` or a place name (resolved with ``lookup(name) -> (lat, lon) | None``) → ``(lat, lon, km)``."""
    parts = value.split(",")
    if len(parts) == 2:
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise UsageError(f"--near {value}: latitude or longitude out of range")
            return lat, lon, km
    if lookup is None:
        raise UsageError(f"--near {value!r}: give LAT,LON (no gazetteer to look the name up)")
    hit = lookup(value)
    if hit is None:
        raise UsageError(f"--near {value!r}: not in the gazetteer", hint="give LAT,LON instead")
    return float(hit[0]), float(hit[1]), km
