"""Query parameters of the event endpoints → the store's :class:`~rasad.store.queries.EventFilter`.

The same parameters as ``rasad events`` (``sub_type`` for ``--sub-type``). Type errors are FastAPI's own 422;
values that parse but make no sense (a bounding box with south above north, ``since`` after ``until``, a place
the gazetteer does not know) are 422 too, in the same shape: ``{"detail": [{"loc", "msg", "type"}]}``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from rasad.errors import UsageError
from rasad.store.queries import EventFilter, parse_near
from rasad.web.data import filter_for_type

NearLookup = Callable[[str], "tuple[float, float] | None"]


def invalid(param: str, msg: str, value: object = None) -> RequestValidationError:
    return RequestValidationError(
        [{"loc": ("query", param), "msg": msg, "type": "value_error", "input": value}]
    )


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``west,south,east,north`` (GeoJSON / Leaflet order) → the store's ``(south, west, north, east)``."""
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise invalid("bbox", "expected four numbers: west,south,east,north", value) from None
    if not (-90 <= south <= north <= 90):
        raise invalid("bbox", "latitudes must satisfy -90 <= south <= north <= 90", value)
    if not (-180 <= west <= east <= 180):
        raise invalid("bbox", "longitudes must satisfy -180 <= west <= east <= 180", value)
    return south, west, north, east


def filter_dependency(near_lookup: NearLookup | None) -> Callable[..., EventFilter]:
    """A FastAPI dependency building the filter; ``near_lookup`` resolves ``near=NAME`` (None: coordinates only)."""

    def event_filter(
        since: Annotated[
            dt.date | None, Query(description="First event date (YYYY-MM-DD), inclusive.")
        ] = None,
        until: Annotated[
            dt.date | None, Query(description="Last event date (YYYY-MM-DD), inclusive.")
        ] = None,
        type: Annotated[
            str | None,
            Query(
                max_length=100,
                description="ACLED event type (Battles …) or PLOVER type of a political event.",
            ),
        ] = None,
        sub_type: Annotated[str | None, Query(max_length=100, description="ACLED sub-event type.")] = None,
        category: Annotated[
            Literal["conflict", "political"] | None, Query(description="Event category.")
        ] = None,
        actor: Annotated[
            str | None, Query(max_length=40, description="Actor code (SYRMIL …), as actor1 or actor2.")
        ] = None,
        country: Annotated[
            str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 country code.")
        ] = None,
        admin1: Annotated[
            str | None, Query(max_length=100, description="First-level admin area name.")
        ] = None,
        bbox: Annotated[
            str | None, Query(max_length=200, description="Bounding box west,south,east,north in degrees.")
        ] = None,
        near: Annotated[
            str | None, Query(max_length=200, description="LAT,LON or a gazetteer place name; with km.")
        ] = None,
        km: Annotated[float, Query(gt=0, le=2000, description="Radius around near, in km.")] = 25.0,
        text: Annotated[
            str | None, Query(min_length=1, max_length=200, description="Words in the source articles' text.")
        ] = None,
        min_fatalities: Annotated[
            int | None, Query(ge=0, description="At least this many fatalities.")
        ] = None,
    ) -> EventFilter:
        if since and until and since > until:
            raise invalid("until", f"until ({until}) is before since ({since})", str(until))
        if text is not None and not text.strip():
            raise invalid("text", "empty text query", text)
        near_value = None
        if near:
            try:
                near_value = parse_near(near, km=km, lookup=near_lookup)
            except UsageError as exc:
                raise invalid("near", exc.message.replace("--near ", ""), near) from None
        types = filter_for_type(type) if type else {}
        return EventFilter(
            since=since,
            until=until,
            category=category,
            sub_event_type=sub_type,
            actor=actor,
            country=country.upper() if country else None,
            admin1=admin1,
            bbox=parse_bbox(bbox) if bbox else None,
            near=near_value,
            text=text.strip() if text else None,
            min_fatalities=min_fatalities,
            **types,
        )

    return event_filter
