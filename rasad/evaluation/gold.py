"""Gold files of ``../shared/eval/``: ``NAME.gold.json`` (the events) next to ``NAME.txt`` (the article).

:func:`load_gold_dir` reads and checks a whole directory; anything that does not follow the gold format of
the evaluation README raises :class:`~rasad.errors.GoldError` naming the file, the event and the field, so a
hand-edited gold file is fixed before it silently changes the scores.

The ``evidence`` of a gold event is kept but not checked against the text: a misquoted clause is an
annotation blemish, not a reason to refuse a whole evaluation.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.errors import GoldError
from rasad.evaluation.places import place_key

CATEGORIES = ("conflict", "political")
_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_HINT = "see shared/eval/README.md for the gold format"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    required: bool
    category: str  # "conflict" | "political"
    event_date: str  # YYYY-MM-DD, or YYYY-MM when only the month is known
    event_type: str | None = None  # conflict only
    sub_event_types: tuple[str, ...] | None = None  # conflict only: acceptable ACLED sub-event types
    plover_types: tuple[str, ...] = ()  # political only
    actor1: tuple[str | None, ...] = ()  # acceptable codes; None = unattributed is acceptable
    actor2: tuple[str | None, ...] = ()  # empty: actor2 is not scored
    names_ar: tuple[str, ...] = ()
    place_keys: frozenset[str] = frozenset()  # names_ar after place_key(); empty keys left out
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None  # conflict only
    status: str | None = None
    evidence: str | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str  # raw UTF-8 text, newlines untouched so offsets stay those of the file
    published: dt.date
    events: tuple[GoldEvent, ...]
    path: Path  # the .gold.json file
    text_file: str = ""
    country: str | None = None


def load_gold_dir(path: Path) -> list[GoldArticle]:
    """Every ``*.gold.json`` of ``path`` (sorted by file name) with its text file, checked."""
    path = Path(path)
    if not path.is_dir():
        raise GoldError(
            f"gold directory not found: {path}", hint="give the folder holding the *.gold.json files"
        )
    files = sorted(path.glob("*.gold.json"))
    if not files:
        raise GoldError(f"no *.gold.json files in {path}", hint=_HINT)
    articles: list[GoldArticle] = []
    seen: dict[str, Path] = {}
    for file in files:
        article = load_gold_file(file)
        if article.id in seen:
            raise GoldError(
                f"article id {article.id!r} is also used by {seen[article.id].name}",
                where=str(file),
                hint="article ids must be unique within a gold directory",
            )
        seen[article.id] = file
        articles.append(article)
    return articles


def load_gold_file(file: Path) -> GoldArticle:
    """One gold file and its text; :class:`GoldError` on anything malformed."""
    where = str(file)

    def fail(message: str) -> GoldError:
        return GoldError(message, where=where, hint=_HINT)

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError as e:
        raise fail(f"not UTF-8: {e}") from None
    except json.JSONDecodeError as e:
        raise GoldError(
            f"not valid JSON: {e.msg}", where=f"{file}:{e.lineno}:{e.colno}", hint=_HINT
        ) from None
    except OSError as e:
        raise fail(f"cannot read: {e.strerror or e}") from None
    if not isinstance(data, dict):
        raise fail("the top level must be an object with 'article' and 'events'")
    meta = data.get("article")
    if not isinstance(meta, dict):
        raise fail("'article' must be an object")
    article_id = meta.get("id")
    if not isinstance(article_id, str) or not article_id.strip():
        raise fail("'article.id' must be a non-empty string")
    published = _date(meta.get("published"), full=True)
    if published is None:
        raise fail(f"'article.published' must be a date YYYY-MM-DD, got {meta.get('published')!r}")
    country = meta.get("country")
    if country is not None and not isinstance(country, str):
        raise fail("'article.country' must be a string")

    default_text = file.name.removesuffix(".gold.json") + ".txt"
    text_file = meta.get("text_file", default_text)
    if not isinstance(text_file, str) or not text_file:
        raise fail("'article.text_file' must be a file name")
    text_path = file.parent / text_file
    try:
        # newline="" keeps \r\n as written: gold and system offsets refer to the file's characters
        with open(text_path, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise fail(f"text file {text_file!r} not found next to the gold file") from None
    except UnicodeDecodeError as e:
        raise fail(f"text file {text_file!r} is not UTF-8: {e}") from None

    raw_events = data.get("events")
    if not isinstance(raw_events, list):
        raise fail("'events' must be a list")
    events: list[GoldEvent] = []
    ids: set[str] = set()
    for n, raw in enumerate(raw_events):
        if not isinstance(raw, dict):
            raise fail(f"events[{n}] must be an object")
        try:
            event = _event(raw)
        except ValueError as e:
            label = raw.get("id") if isinstance(raw.get("id"), str) else f"events[{n}]"
            raise fail(f"event {label}: {e}") from None
        if event.id in ids:
            raise fail(f"event id {event.id!r} is used twice")
        ids.add(event.id)
        events.append(event)
    return GoldArticle(
        id=article_id,
        text=text,
        published=published,
        events=tuple(events),
        path=file,
        text_file=text_file,
        country=country,
    )


def _event(d: Mapping[str, Any]) -> GoldEvent:
    """One gold event; ``ValueError`` with the field at fault."""
    event_id = d.get("id")
    if not isinstance(event_id, str) or not event_id:
        raise ValueError("'id' must be a non-empty string")
    required = d.get("required")
    if not isinstance(required, bool):
        raise ValueError(f"'required' must be true or false, got {required!r}")
    category = d.get("category")
    if category not in CATEGORIES:
        raise ValueError(f"'category' must be 'conflict' or 'political', got {category!r}")
    event_date = d.get("event_date")
    if not isinstance(event_date, str) or _date(event_date, full=False) is None:
        raise ValueError(f"'event_date' must be YYYY-MM-DD or YYYY-MM, got {event_date!r}")

    location = d.get("location", {})
    if location is None:
        location = {}
    if not isinstance(location, dict):
        raise ValueError("'location' must be an object")
    names = location.get("names_ar", [])
    if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
        raise ValueError("'location.names_ar' must be a list of strings")
    lat, lon = location.get("latitude"), location.get("longitude")
    if (lat is None) != (lon is None):
        raise ValueError("'location' needs both latitude and longitude, or neither")
    if lat is not None and not (_number(lat, 90.0) and _number(lon, 180.0)):
        raise ValueError(f"'location' coordinates out of range or not numbers: {lat!r}, {lon!r}")

    event_type: str | None = None
    sub_types: tuple[str, ...] | None = None
    plover: tuple[str, ...] = ()
    fatalities = d.get("fatalities")
    if category == "conflict":
        event_type = d.get("event_type")
        if not isinstance(event_type, str) or not event_type:
            raise ValueError("'event_type' must be an ACLED event type")
        sub_types = _strings(d.get("sub_event_type"), "sub_event_type")
        if not _count(fatalities):
            raise ValueError(f"'fatalities' must be a whole number >= 0, got {fatalities!r}")
    else:
        plover = _strings(d.get("plover_type"), "plover_type")
        if not plover:
            raise ValueError("'plover_type' must list at least one PLOVER type")
        if fatalities is not None and not _count(fatalities):
            raise ValueError(f"'fatalities' must be a whole number >= 0 or absent, got {fatalities!r}")
        fatalities = None  # fatalities are scored on conflict events only
    status = d.get("status")
    evidence = d.get("evidence")
    return GoldEvent(
        id=event_id,
        required=required,
        category=category,
        event_date=event_date,
        event_type=event_type,
        sub_event_types=sub_types,
        plover_types=plover,
        actor1=_codes(d.get("actor1"), "actor1"),
        actor2=_codes(d.get("actor2", []), "actor2"),
        names_ar=tuple(names),
        place_keys=frozenset(k for k in map(place_key, names) if k),
        latitude=float(lat) if lat is not None else None,
        longitude=float(lon) if lon is not None else None,
        fatalities=fatalities,
        status=status if isinstance(status, str) else None,
        evidence=evidence if isinstance(evidence, str) else None,
    )


def _date(value: object, *, full: bool) -> dt.date | None:
    """The date of ``YYYY-MM-DD`` (or of ``YYYY-MM``, day 1, unless ``full``); None when malformed."""
    if not isinstance(value, str) or not _DATE.fullmatch(value) or (full and len(value) != 10):
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return None


def _strings(value: object, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise ValueError(f"'{name}' must be a list of strings, got {value!r}")
    return tuple(value)


def _codes(value: object, name: str) -> tuple[str | None, ...]:
    if not isinstance(value, list) or not all(x is None or (isinstance(x, str) and x) for x in value):
        raise ValueError(f"'{name}' must be a list of actor codes (or null), got {value!r}")
    return tuple(value)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _number(value: object, bound: float) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and -bound <= value <= bound
    )
