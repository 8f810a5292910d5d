"""Extraction results as Parquet partitions, and loading them into the store.

``rasad batch extract`` writes, per input partition ``NAME`` (``part-FFFFF-PPPPP``: file, then partition within
the file, so that the sorted names give the input order):

``DIR/articles/NAME.parquet`` — one row per input line, schema :func:`articles_schema`:
    ``seq`` int32 (position in the partition) · ``id``, ``title``, ``outlet``, ``url`` string ·
    ``published`` date32 · ``published_basis`` string · ``text`` string (raw, as read) ·
    ``error`` string (``file:line: message`` for an input that could not be read or extracted; then the other
    fields are null) · ``n_events`` int32.

``DIR/events/NAME.parquet`` — one row per extracted event (before cross-article deduplication, which the
store does), schema :func:`events_schema`:
    ``article_seq`` int32 and ``article_id`` string (the article's row) · ``idx`` int32 (the event's position in
    the article's events) · ``category``, ``event_type``, ``sub_event_type``, ``plover_type``, ``status`` string ·
    ``event_date`` date32 · ``time_precision`` int8 · ``actor1_code``, ``actor1_name``, ``actor2_code``,
    ``actor2_name`` string · ``location_name_ar``, ``location_name``, ``gazetteer_id`` string ·
    ``latitude``, ``longitude`` float64 · ``admin1``, ``admin2``, ``country`` string · ``geo_precision`` int8 ·
    ``fatalities`` int32 · ``injuries`` int32 · ``confidence`` float64 · ``record`` string (the full event
    record, ``Event.to_dict()`` as JSON — what :func:`load_dir` stores, so nothing is lost on the way).

The flat columns are for analysis with any Parquet reader; ``record`` makes loading exact. Both files carry
the build id of the extractor that made them in their metadata (key ``rasad.extractor``), which the store
records with the articles it loads from them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.errors import InputError, UsageError
from rasad.model import Article
from rasad.store.writer import EventRecord, Extracted, IngestSummary, Outcome, StoreWriter, store_result

ARTICLES = "articles"
EVENTS = "events"
# the key of the Parquet metadata that names the build of the extractor (rasad.build.extractor_id)
EXTRACTOR_KEY = "rasad.extractor"


def articles_schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema(
        [
            ("seq", pa.int32()), ("id", s), ("title", s), ("outlet", s), ("url", s),
            ("published", pa.date32()), ("published_basis", s), ("text", s), ("error", s),
            ("n_events", pa.int32()),
        ]
    )  # fmt: skip


def events_schema() -> Any:
    import pyarrow as pa

    s, i8, i32, f64 = pa.string(), pa.int8(), pa.int32(), pa.float64()
    return pa.schema(
        [
            ("article_seq", i32), ("article_id", s), ("idx", i32), ("category", s), ("event_type", s),
            ("sub_event_type", s), ("plover_type", s), ("status", s), ("event_date", pa.date32()),
            ("time_precision", i8), ("actor1_code", s), ("actor1_name", s), ("actor2_code", s),
            ("actor2_name", s), ("location_name_ar", s), ("location_name", s), ("gazetteer_id", s),
            ("latitude", f64), ("longitude", f64), ("admin1", s), ("admin2", s), ("country", s),
            ("geo_precision", i8), ("fatalities", i32), ("injuries", i32), ("confidence", f64), ("record", s),
        ]
    )  # fmt: skip


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and len(value) == 10 else None


def event_row(seq: int, idx: int, rec: Mapping[str, Any]) -> dict[str, Any]:
    loc, a1, a2 = rec.get("location") or {}, rec.get("actor1") or {}, rec.get("actor2") or {}
    return {
        "article_seq": seq, "article_id": rec.get("article_id"), "idx": idx, "category": rec["category"],
        "event_type": rec.get("event_type"), "sub_event_type": rec.get("sub_event_type"),
        "plover_type": rec.get("plover_type"), "status": rec.get("status"),
        "event_date": _date(rec.get("event_date")), "time_precision": rec.get("time_precision"),
        "actor1_code": a1.get("code"), "actor1_name": a1.get("name"), "actor2_code": a2.get("code"),
        "actor2_name": a2.get("name"), "location_name_ar": loc.get("name_ar"), "location_name": loc.get("name"),
        "gazetteer_id": loc.get("gazetteer_id"), "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"), "admin1": loc.get("admin1"), "admin2": loc.get("admin2"),
        "country": loc.get("country"), "geo_precision": rec.get("geo_precision"),
        "fatalities": rec.get("fatalities"), "injuries": rec.get("injuries"), "confidence": rec.get("confidence"),
        "record": json.dumps(rec, ensure_ascii=False, sort_keys=True),
    }  # fmt: skip


def article_row(seq: int, res: Extracted) -> dict[str, Any]:
    art = res.article
    if res.error is not None or art is None:
        return {"seq": seq, "error": res.error, "n_events": 0}
    return {
        "seq": seq, "id": art.id, "title": art.title, "outlet": art.outlet, "url": art.url,
        "published": art.published, "published_basis": art.published_basis, "text": art.text, "error": None,
        "n_events": len(res.events),
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What one partition wrote (a task's return value: small, so the client gathers only these)."""

    name: str
    articles: int
    failed: int
    events: int


def write_partition(
    out_dir: Path, name: str, results: Sequence[Extracted], *, extractor: str | None = None
) -> PartitionResult:
    """Write one partition's results as ``articles/NAME.parquet`` and ``events/NAME.parquet``; the files
    appear complete or not at all (written under a temporary name, then renamed). ``extractor``: the build id
    of the pipeline that extracted them, kept in both files' metadata (:data:`EXTRACTOR_KEY`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arows: list[dict[str, Any]] = []
    erows: list[dict[str, Any]] = []
    failed = 0
    for seq, res in enumerate(results):
        arows.append(article_row(seq, res))
        failed += res.error is not None or res.article is None
        for idx, ev in enumerate(res.events):
            erows.append(event_row(seq, idx, ev.to_dict()))
    for sub, rows, schema in ((EVENTS, erows, events_schema()), (ARTICLES, arows, articles_schema())):
        folder = out_dir / sub
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.parquet.tmp"
        if extractor is not None:
            schema = schema.with_metadata({EXTRACTOR_KEY: extractor})
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
        tmp.replace(folder / f"{name}.parquet")
    return PartitionResult(name, len(arows), failed, len(erows))


def partitions(parquet_dir: Path) -> list[str]:
    """The partition names under ``parquet_dir``, in input order."""
    folder = parquet_dir / ARTICLES
    if not folder.is_dir():
        raise UsageError(
            f"{parquet_dir} holds no {ARTICLES}/ folder",
            hint="give the --out folder of `rasad batch extract`",
        )
    return sorted(p.name.removesuffix(".parquet") for p in folder.glob("*.parquet"))


def partitions_extractor(parquet_dir: Path) -> str | None:
    """The build of the extractor that wrote every partition under ``parquet_dir`` (their metadata), or
    ``None`` when they do not all say the same one (written by another version, or by several builds): the
    store then records the build of their events as unknown, and a refresh extracts them again."""
    import pyarrow.parquet as pq

    builds = set()
    for name in partitions(parquet_dir):
        meta = pq.read_schema(parquet_dir / ARTICLES / f"{name}.parquet").metadata or {}
        builds.add(meta.get(EXTRACTOR_KEY.encode()))
    if len(builds) != 1 or None in builds:
        return None
    return builds.pop().decode()  # type: ignore[union-attr]


def read_partition(parquet_dir: Path, name: str) -> Iterator[Extracted]:
    """The results of one partition, in order, as the store's writer takes them."""
    import pyarrow.parquet as pq

    arts = pq.read_table(parquet_dir / ARTICLES / f"{name}.parquet").to_pylist()
    epath = parquet_dir / EVENTS / f"{name}.parquet"
    if not epath.exists():
        raise InputError("events partition missing", where=str(epath), hint="run `rasad batch extract` again")
    by_seq: dict[int, list[tuple[int, EventRecord]]] = {}
    for row in pq.read_table(epath, columns=["article_seq", "idx", "record"]).to_pylist():
        by_seq.setdefault(row["article_seq"], []).append((row["idx"], EventRecord(json.loads(row["record"]))))
    for row in arts:
        if row["error"] is not None:
            yield Extracted(None, error=row["error"])
            continue
        art = Article(
            id=row["id"], text=row["text"], published=row["published"], title=row["title"],
            outlet=row["outlet"], url=row["url"], published_basis=row["published_basis"],
        )  # fmt: skip
        evs = [ev for _, ev in sorted(by_seq.get(row["seq"], []), key=lambda p: p[0])]
        yield Extracted(art, tuple(evs))


def load_dir(
    parquet_dir: Path,
    *,
    writer: StoreWriter,
    progress: Callable[[Outcome, IngestSummary], None] | None = None,
) -> IngestSummary:
    """Store every partition under ``parquet_dir`` (written by ``rasad batch extract``), in input order —
    the same store as ``rasad ingest`` of the same inputs. Loading again is a no-op (articles already stored
    are unchanged)."""
    summary = IngestSummary()
    for name in partitions(parquet_dir):
        for res in read_partition(parquet_dir, name):
            outcome = store_result(writer, res)
            summary.count(outcome)
            if progress is not None:
                progress(outcome, summary)
    writer.commit()
    return summary
