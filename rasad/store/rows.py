"""Event records ↔ rows of the ``events`` table (the record is ``Event.to_dict()`` plus ``id``, ``article_id``
and ``n_sources``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "category", "event_type", "sub_event_type", "plover_type", "status",
    "event_date", "time_precision", "date_basis",
    "actor1_code", "actor1_name", "actor1_name_ar", "inter1", "actor1_country",
    "actor2_code", "actor2_name", "actor2_name_ar", "inter2", "actor2_country",
    "assoc_actors",
    "place_name_ar", "place_name", "gazetteer_id", "latitude", "longitude", "admin1", "admin2", "country",
    "geo_precision",
    "fatalities", "fatalities_detail", "injuries", "weapons", "source", "evidence", "confidence",
    "article_id", "n_sources",
)  # fmt: skip
SELECT_EVENTS = "SELECT " + ", ".join("e." + c for c in EVENT_COLUMNS) + " FROM events e"
# a value of a JSON column may come as the UTF-8 of its text (from a producer: see
# rasad.store.writer.EventRecord): CAST(? AS TEXT) stores those very bytes as text, as the str would be
INSERT_EVENT = (
    f"INSERT OR REPLACE INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ("
    + ", ".join("CAST(? AS TEXT)" if c == "evidence" else "?" for c in EVENT_COLUMNS)
    + ")"
)


# one encoder for every record and JSON column: ``json.dumps`` with options builds a new encoder per call
to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _json(value: Any, empty: str) -> str:
    return to_json(value) if value else empty


def record_columns(rec: Mapping[str, Any], *, evidence: str | None = None) -> tuple[Any, ...]:
    """The columns of an event's row that come from its record: all but the first (``id``) and the last two
    (``article_id``, ``n_sources``), which deduplication gives. ``evidence``: the JSON of the record's evidence
    when the caller has it (:func:`evidence_span`)."""
    a1 = rec.get("actor1") or {}
    a2 = rec.get("actor2") or {}
    loc = rec.get("location") or {}
    return (
        rec["category"], rec.get("event_type"), rec.get("sub_event_type"), rec.get("plover_type"),
        rec.get("status") or "occurred",
        rec.get("event_date"), rec.get("time_precision"), rec.get("date_basis"),
        a1.get("code"), a1.get("name"), a1.get("name_ar"), a1.get("inter"), a1.get("country"),
        a2.get("code"), a2.get("name"), a2.get("name_ar"), a2.get("inter"), a2.get("country"),
        _json(rec.get("assoc_actor_1"), "[]"),
        loc.get("name_ar"), loc.get("name"), loc.get("gazetteer_id"), loc.get("latitude"), loc.get("longitude"),
        loc.get("admin1"), loc.get("admin2"), loc.get("country"), loc.get("geo_precision"),
        int(rec.get("fatalities") or 0), _json(rec.get("fatalities_detail"), "{}"), rec.get("injuries"),
        _json(rec.get("weapons"), "[]"), rec.get("source"),
        _json(rec.get("evidence"), "[]") if evidence is None else evidence,
        rec.get("confidence"),
    )  # fmt: skip


# where in :func:`record_columns` deduplication sets a merged event's values: each actor's five columns (code
# first), the toll, its detail and the injuries
ACTOR1_COLUMNS = slice(EVENT_COLUMNS.index("actor1_code") - 1, EVENT_COLUMNS.index("actor1_country"))
ACTOR2_COLUMNS = slice(EVENT_COLUMNS.index("actor2_code") - 1, EVENT_COLUMNS.index("actor2_country"))
FATALITIES = EVENT_COLUMNS.index("fatalities") - 1
FATALITIES_DETAIL = EVENT_COLUMNS.index("fatalities_detail") - 1
INJURIES = EVENT_COLUMNS.index("injuries") - 1
EVIDENCE = EVENT_COLUMNS.index("evidence") - 1


def evidence_span(encoded: str | bytes) -> tuple[int, int] | None:
    """Where the JSON of the evidence is in ``to_json`` of the record of a :class:`~rasad.model.Event`
    (``Event.to_dict()``), so that it is encoded once, with the record: ``encoded[i:j]`` is
    ``to_json(rec["evidence"])``. The keys are sorted, so ``evidence`` stands just before ``fatalities``, and
    no key before it, nor any key of its items (end, role, start, text), is either; a quote inside a string
    is escaped, so neither key's quoted name can stand inside a value. ``None`` when the record has no
    evidence. ``encoded`` may be the JSON's UTF-8 too (the span is then in bytes)."""
    if isinstance(encoded, bytes):
        i = encoded.find(b'"evidence": ')
        j = encoded.find(b', "fatalities": ', i + 12) if i >= 0 else -1
    else:
        i = encoded.find('"evidence": ')
        j = encoded.find(', "fatalities": ', i + 12) if i >= 0 else -1
    return None if j < 0 else (i + 12, j)


def event_to_row(rec: Mapping[str, Any]) -> tuple[Any, ...]:
    return (rec["id"], *record_columns(rec), rec["article_id"], int(rec.get("n_sources") or 1))


def _actor(code: Any, name: Any, name_ar: Any, inter: Any, country: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"code": code, "name": name}
    if name_ar is not None:
        d["name_ar"] = name_ar
    d["inter"] = inter
    d["country"] = country
    return d


def row_to_event(row: Sequence[Any]) -> dict[str, Any]:
    """The event record (the shape of ``Event.to_dict()``) with ``id``, ``article_id`` and ``n_sources``."""
    r = dict(zip(EVENT_COLUMNS, row, strict=True))
    return {
        "id": r["id"],
        "article_id": r["article_id"],
        "n_sources": r["n_sources"],
        "category": r["category"],
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "plover_type": r["plover_type"],
        "status": r["status"],
        "event_date": r["event_date"],
        "time_precision": r["time_precision"],
        "date_basis": r["date_basis"],
        "actor1": _actor(
            r["actor1_code"], r["actor1_name"], r["actor1_name_ar"], r["inter1"], r["actor1_country"]
        ),
        "actor2": _actor(
            r["actor2_code"], r["actor2_name"], r["actor2_name_ar"], r["inter2"], r["actor2_country"]
        ),
        "assoc_actor_1": json.loads(r["assoc_actors"]),
        "inter1": r["inter1"],
        "inter2": r["inter2"],
        "location": {
            "name_ar": r["place_name_ar"],
            "name": r["place_name"],
            "gazetteer_id": r["gazetteer_id"],
            "latitude": r["latitude"],
            "longitude": r["longitude"],
            "admin1": r["admin1"],
            "admin2": r["admin2"],
            "country": r["country"],
            "geo_precision": r["geo_precision"],
        },
        "geo_precision": r["geo_precision"],
        "fatalities": r["fatalities"],
        "fatalities_detail": json.loads(r["fatalities_detail"]),
        "injuries": r["injuries"],
        "weapons": json.loads(r["weapons"]),
        "source": r["source"],
        "evidence": json.loads(r["evidence"]),
        "confidence": r["confidence"],
    }
