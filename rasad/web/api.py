"""The JSON API under ``/api``: events, one event, one article, stats, exports, extraction of a posted text.

Every endpoint is a thin call into :mod:`rasad.store` (reads) or :class:`rasad.pipeline.Pipeline` (extract).
"""

# no ``from __future__ import annotations``: FastAPI must see the endpoints' local ``Filters`` alias itself
import datetime as dt
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import IO, Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from rasad.errors import RasadError
from rasad.model import Article, Event
from rasad.store import exports
from rasad.store.queries import EventFilter, count_events, get_article, get_event, query_events, stats
from rasad.web.data import POINT_FIELDS, Store, points
from rasad.web.params import NearLookup, filter_dependency

MAX_LIMIT = 100_000
# export formats offered over HTTP: the store's text formats (Parquet stays a command-line export)
EXPORT_TYPES = {
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}
_SPOOL_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="Raw article text (Arabic).")
    published: dt.date | None = Field(None, description="Publication date YYYY-MM-DD, for relative dates.")
    title: str | None = Field(None, max_length=1000)
    id: str | None = Field(
        None, max_length=200, description="Article id echoed in the events (default: posted)."
    )


class ExtractResponse(BaseModel):
    article_id: str
    published: dt.date | None
    events: list[dict[str, Any]]


class Extractor:
    """The pipeline behind ``POST /api/extract``, loaded on first use. A pipeline runs one article at a time
    (it is reusable but not re-entrant), so calls are serialized."""

    def __init__(self, factory: Callable[[], Callable[[Article], list[Event]]] | None = None) -> None:
        self._factory = factory
        self._pipeline: Callable[[Article], list[Event]] | None = None
        self._lock = threading.Lock()

    def __call__(self, article: Article) -> list[Event]:
        with self._lock:
            if self._pipeline is None:
                if self._factory is None:
                    from rasad.pipeline import Pipeline

                    self._pipeline = Pipeline()
                else:
                    self._pipeline = self._factory()
            return self._pipeline(article)


def make_router(store: Store, *, extractor: Extractor, near_lookup: NearLookup | None) -> APIRouter:
    router = APIRouter(prefix="/api")
    Filters = Annotated[EventFilter, Depends(filter_dependency(near_lookup))]

    def _query(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with store.connection() as con:
            try:
                return call(con, *args, **kwargs)
            except RasadError as exc:
                raise HTTPException(422, detail=exc.message) from None

    @router.get("/events", summary="Events matching the filters, newest first")
    def list_events(
        filters: Filters,
        limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="Page size.")] = 100,
        offset: Annotated[int, Query(ge=0, description="Events to skip.")] = 0,
        format: Annotated[
            Literal["json", "geojson", "points"],
            Query(
                description="json: event records; geojson: a FeatureCollection of the geocoded ones; "
                "points: compact rows for the map."
            ),
        ] = "json",
    ) -> dict[str, Any]:
        with store.connection() as con:
            total = count_events(con, filters)
            page: dict[str, Any] = {"total": total, "limit": limit, "offset": offset}
            if format == "points":
                return page | {
                    "fields": list(POINT_FIELDS),
                    "rows": points(con, filters, limit=limit, offset=offset),
                }
            recs = query_events(con, filters, limit=limit, offset=offset)
        if format == "geojson":
            feats = [f for f in map(exports.geojson_feature, recs) if f is not None]
            return {"type": "FeatureCollection", "features": feats} | page
        return page | {"events": recs}

    @router.get("/events/{event_id}", summary="One event with its sources and their evidence")
    def one_event(event_id: str) -> dict[str, Any]:
        return _found(_query(get_event, event_id), f"no event {event_id!r}")

    @router.get("/articles/{article_id:path}", summary="One article: its text and the evidence of its events")
    def one_article(article_id: str) -> dict[str, Any]:
        return _found(_query(get_article, article_id), f"no article {article_id!r}")

    @router.get("/stats", summary="Counts by day, event type and admin1")
    def event_stats(filters: Filters) -> dict[str, Any]:
        return _query(stats, filters)

    @router.get("/export", summary="Download the matching events (ACLED CSV, GeoJSON, JSONL)")
    def export(
        filters: Filters,
        format: Annotated[Literal["acled-csv", "geojson", "jsonl"], Query(description="Export format.")],
    ) -> StreamingResponse:
        media, ext = EXPORT_TYPES[format]
        buf = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8", newline="")
        try:
            _query(exports.export, format, buf, filters)
        except BaseException:
            buf.close()
            raise
        buf.seek(0)
        return StreamingResponse(
            _drain(buf),
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="rasad-events.{ext}"'},
        )

    @router.post("/extract", summary="Extract events from a posted text, without storing them")
    def extract(body: ExtractRequest) -> ExtractResponse:
        article = Article(
            id=body.id or "posted",
            text=body.text,
            published=body.published,
            title=body.title,
            published_basis="given" if body.published else None,
        )
        events = extractor(article)
        return ExtractResponse(
            article_id=article.id, published=body.published, events=[e.to_dict() for e in events]
        )

    return router


def _found(rec: dict[str, Any] | None, missing: str) -> dict[str, Any]:
    if rec is None:
        raise HTTPException(404, detail=missing)
    return rec


def _drain(buf: IO[str]) -> Iterator[bytes]:
    try:
        while chunk := buf.read(_CHUNK):
            yield chunk.encode("utf-8")
    finally:
        buf.close()
