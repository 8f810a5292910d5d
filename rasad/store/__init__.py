"""The event store: SQLite (WAL) with articles, deduplicated events and their sources, full-text search,
queries and exports.

For producers (``rasad ingest``, process pools, Dask): :class:`StoreWriter` (the single writer; ``add(article,
events)``) and :func:`ingest` (the loop: skip stored articles, extract, write, report progress). For readers
(the CLI, the web API): :func:`connect` with ``readonly=True``, :class:`EventFilter`, :func:`query_events`,
:func:`count_events`, :func:`stats`, :func:`get_event`, :func:`get_article` and :func:`export`.
"""

from __future__ import annotations

from rasad.store.exports import ACLED_COLUMNS, FORMATS, export, parquet_schema
from rasad.store.queries import (
    EventFilter,
    count_events,
    get_article,
    get_event,
    iter_events,
    parse_near,
    query_events,
    stats,
)
from rasad.store.schema import SCHEMA_VERSION, connect, default_db_path
from rasad.store.writer import (
    Extracted,
    ExtractTask,
    IngestSummary,
    Outcome,
    StoreWriter,
    ingest,
    store_result,
    text_hash,
)

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "SCHEMA_VERSION",
    "EventFilter",
    "ExtractTask",
    "Extracted",
    "IngestSummary",
    "Outcome",
    "StoreWriter",
    "connect",
    "count_events",
    "default_db_path",
    "export",
    "get_article",
    "get_event",
    "ingest",
    "iter_events",
    "parquet_schema",
    "parse_near",
    "query_events",
    "stats",
    "store_result",
    "text_hash",
]
