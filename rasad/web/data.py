"""What the web app reads: the event store (through :mod:`rasad.store`'s query API) and the gazetteer.

The only SQL here is :func:`admin_outlines`, because the gazetteer keeps area polygons only as point-in-polygon
shapes (``Gazetteer.areas()``), not as drawable GeoJSON; it reads the ``areas`` table read-only. Everything about
events goes through ``rasad.store.queries``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rasad.store.queries import EventFilter, query_events
from rasad.store.schema import connect

# The map's compact rows: enough to place, colour, size and list an event without its evidence.
POINT_FIELDS = ("id", "lat", "lon", "date", "type", "fatalities", "n_sources")

# ACLED's six event types; any other ``type`` asked for is a PLOVER type of a political event.
ACLED_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


class Store:
    """A read-only handle factory on one store file: a fresh connection per request (cheap in SQLite,
    and safe next to a running ingest thanks to WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def ensure(self) -> None:
        """Create (or upgrade) the store file, so a new ``rasad serve`` shows an empty map, not an error."""
        connect(self.path).close()

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        con = connect(self.path, readonly=True)
        try:
            yield con
        finally:
            con.close()


def points(con: sqlite3.Connection, filters: EventFilter, *, limit: int, offset: int = 0) -> list[list[Any]]:
    """The map's rows (:data:`POINT_FIELDS`) of the matching events."""
    rows = []
    for rec in query_events(con, filters, limit=limit, offset=offset):
        loc = rec["location"]
        rows.append(
            [
                rec["id"],
                loc.get("latitude"),
                loc.get("longitude"),
                rec["event_date"],
                rec["event_type"] or rec["plover_type"],
                rec["fatalities"],
                rec["n_sources"],
            ]
        )
    return rows


def filter_for_type(value: str) -> dict[str, str]:
    """``type`` as the store's filter fields: an ACLED event type or else a PLOVER type."""
    return {"event_type": value} if value in ACLED_TYPES else {"plover_type": value}


def admin_outlines(index: Path, *, max_level: int = 1, tolerance: float = 0.01) -> dict[str, Any]:
    """The gazetteer's admin areas up to ``max_level`` as a GeoJSON FeatureCollection, simplified to about
    ``tolerance`` degrees (≈1 km): outlines to draw under the markers when there are no map tiles."""
    features: list[dict[str, Any]] = []
    if not index.exists():
        return {"type": "FeatureCollection", "features": features}
    con = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT id, level, pcode, name_en, name_ar, cc3, geometry FROM areas WHERE level <= ? ORDER BY id",
            (max_level,),
        ).fetchall()
    except sqlite3.DatabaseError:  # an index without areas (older schema): no outlines
        rows = []
    finally:
        con.close()
    for area_id, level, pcode, name_en, name_ar, cc3, geometry in rows:
        geom = _simplify_geometry(json.loads(geometry), tolerance)
        if geom is None:
            continue
        props = {
            "id": area_id,
            "level": level,
            "pcode": pcode,
            "name": name_en,
            "name_ar": name_ar,
            "country": cc3,
        }
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "features": features}


def _simplify_geometry(geometry: dict[str, Any], tolerance: float) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        polys = [geometry.get("coordinates") or []]
    elif kind == "MultiPolygon":
        polys = list(geometry.get("coordinates") or [])
    else:
        return None
    out = []
    for poly in polys:
        rings = [r for r in (simplify_ring(ring, tolerance) for ring in poly) if r]
        if rings:
            out.append(rings)
    if not out:
        return None
    return {"type": "MultiPolygon", "coordinates": out}


def simplify_ring(ring: Sequence[Sequence[float]], tolerance: float) -> list[list[float]]:
    """Drop the vertices closer than ``tolerance`` to the last kept one; keep the ring closed. Outlines under
    markers need no more: a governorate's thousands of vertices become a few hundred."""
    if len(ring) < 4:
        return []
    kept = [[round(float(ring[0][0]), 4), round(float(ring[0][1]), 4)]]
    for p in ring[1:-1]:
        x, y = float(p[0]), float(p[1])
        if abs(x - kept[-1][0]) >= tolerance or abs(y - kept[-1][1]) >= tolerance:
            kept.append([round(x, 4), round(y, 4)])
    if len(kept) < 3:
        return []
    kept.append(list(kept[0]))
    return kept
