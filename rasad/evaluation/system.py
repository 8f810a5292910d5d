"""System output as the scorer sees it: JSONL records (``Event.to_dict()``) read defensively.

A record may come from rasad or from any other system, so every field is optional: a missing key, a
``null``, an actor given as a bare code string or as ``{"code": ...}``, a missing location — each just reads
as "not given" and loses the points it would have earned, never crashes the evaluation.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.errors import InputError
from rasad.evaluation.places import place_key


def read_system_jsonl(path: Path) -> dict[str, list[dict]]:
    """System events grouped by ``article_id``, each group in file order; blank lines are skipped.

    A line that is not a JSON object with a non-empty string ``article_id`` raises :class:`InputError`
    naming the file and line.
    """
    path = Path(path)
    groups: dict[str, list[dict]] = {}
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot read system output: {e.strerror or e}", where=str(path)) from None
    with fh:
        try:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(
                        f"not valid JSON ({e.msg}, column {e.colno})",
                        where=where,
                        hint="the system file must hold one JSON event record per line",
                    ) from None
                if not isinstance(record, dict):
                    raise InputError(f"expected a JSON object, got {type(record).__name__}", where=where)
                article_id = record.get("article_id")
                if not isinstance(article_id, str) or not article_id:
                    raise InputError(
                        "the record has no 'article_id'",
                        where=where,
                        hint="every event must name the gold article id it belongs to",
                    )
                groups.setdefault(article_id, []).append(record)
        except UnicodeDecodeError as e:
            raise InputError(f"not UTF-8: {e}", where=str(path)) from None
    return groups


@dataclass(frozen=True, slots=True)
class SystemEvent:
    """The scored fields of one system record; ``index`` is its position in the article's list."""

    index: int
    category: str | None
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    event_date: str | None
    actor1: str | None  # a code; None when unattributed or absent
    actor2: str | None
    place_name: str | None
    place_key: str  # place_key(place_name); "" when absent (never matches)
    latitude: float | None
    longitude: float | None
    fatalities: int  # a missing or unreadable count is 0, as in ACLED where no deaths are reported

    @property
    def geocoded(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def type_label(self) -> str | None:
        return self.plover_type if self.category == "political" else self.event_type

    @classmethod
    def from_record(cls, record: Mapping[str, Any], index: int) -> SystemEvent:
        location = record.get("location")
        if not isinstance(location, Mapping):
            location = {}
        name = _text(location.get("name_ar"))
        lat, lon = _float(location.get("latitude")), _float(location.get("longitude"))
        if lat is None or lon is None:
            lat = lon = None
        return cls(
            index=index,
            category=_text(record.get("category")),
            event_type=_text(record.get("event_type")),
            sub_event_type=_text(record.get("sub_event_type")),
            plover_type=_text(record.get("plover_type")),
            event_date=_text(record.get("event_date")),
            actor1=_code(record.get("actor1")),
            actor2=_code(record.get("actor2")),
            place_name=name,
            place_key=place_key(name) if name else "",
            latitude=lat,
            longitude=lon,
            fatalities=_int(record.get("fatalities")),
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _code(actor: object) -> str | None:
    if isinstance(actor, Mapping):
        actor = actor.get("code")
    return _text(actor)


def _float(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    return None


def _int(value: object) -> int:
    number = _float(value)
    return int(number) if number is not None and number.is_integer() else 0
