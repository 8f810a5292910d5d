"""The single writer and the ingest loop.

:class:`StoreWriter` accepts ``(article, events)`` results from any producer — a loop, a process pool, a Dask
cluster — and writes them in batched transactions. Everything an article changes (its row, its full-text entry,
its reports, the re-clustered events around them) is written inside the batch's transaction, so a process
killed at any point (even ``kill -9``) leaves the store as it was after the last committed batch, and because
deduplication depends only on the *set* of stored articles, running the same input again ends with exactly
the events of an uninterrupted run.

:func:`ingest` is the loop the ``rasad ingest`` command runs: it skips articles already stored (same normalized
text) *before* extraction, maps the extractor over the rest with any ``map``-like callable (``map``,
``ProcessPoolExecutor.map``, ``Client.get_executor().map``), and reports each outcome to a progress callback.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rasad.errors import InputError
from rasad.model import Article, Event
from rasad.store import dedup
from rasad.store.norm import norm_hash, normalized_text, raw_hash, text_hash
from rasad.store.rows import EVIDENCE, INSERT_EVENT, evidence_span, record_columns, to_json
from rasad.store.schema import connect

NEW = "new"
REPLACED = "replaced"
UNCHANGED = "unchanged"
REFRESHED = "refreshed"  # stored text, extracted again by this build (StoreWriter(refresh=...))
FAILED = "failed"
# what a writer that refreshes extracts again: the articles another build extracted, or every article
REFRESH_STALE = "stale"
REFRESH_ALL = "all"

Extractor = Callable[[Article], Sequence[Event]]
# stored reports whose event columns the writer keeps in memory (about 1 KB each)
KNOWN_REPORTS = 20_000
# articles per transaction by default: with the full-text index's larger buffer (see
# rasad.store.schema.FTS_HASHSIZE) a batch of 400 becomes one segment of the index, and the writer spends about
# 9 % fewer instructions per article than with batches of 100 (corpus x20); a batch stays well within the
# writer's page cache (rasad.store.schema.WRITER_CACHE_KB)
BATCH_SIZE = 400

_ARTICLE_COLUMNS = (
    "id",
    "outlet",
    "url",
    "title",
    "published",
    "text",
    "text_hash",
    "raw_hash",
    "ingested_at",
)


def _insert_article(*, extractor: bool, ignore: bool = False) -> str:
    """The statement that stores an article; ``extractor``: with the build that extracted it (without, the
    column keeps its default, NULL: a writer that does not know the build writes as before version 4)."""
    cols = (*_ARTICLE_COLUMNS, "extractor") if extractor else _ARTICLE_COLUMNS
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    return f"{verb} INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


class StoreWriter:
    """The one writer of a store. Not thread-safe: feed it from one thread (the producer may be anything).

    ``batch_size`` articles (or ``batch_seconds`` of writing, whichever comes first) go in one transaction;
    :meth:`commit` ends a batch early and :meth:`close` commits the last one.

    ``extractor``: the :func:`~rasad.build.extractor_id` of the build whose events are added, kept with each
    article (None: unknown, as for events loaded from Parquet partitions). ``refresh``: an article whose text
    is stored under its id is not left unchanged but stored again with the events given (``REFRESHED``) when
    another build extracted it (:data:`REFRESH_STALE`) or always (:data:`REFRESH_ALL`)."""

    def __init__(
        self,
        con: sqlite3.Connection,
        *,
        batch_size: int = BATCH_SIZE,
        batch_seconds: float = 2.0,
        extractor: str | None = None,
        refresh: str | None = None,
    ) -> None:
        if refresh not in (None, REFRESH_STALE, REFRESH_ALL):
            raise ValueError(f"refresh must be None, {REFRESH_STALE!r} or {REFRESH_ALL!r}, not {refresh!r}")
        self._con = con
        self.extractor = extractor
        self.refresh = refresh
        self._insert = _insert_article(extractor=extractor is not None)
        self._insert_or_ignore = _insert_article(extractor=extractor is not None, ignore=True)
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self._pending = 0
        self._started = 0.0
        self._known: dict[str, tuple[Any, ...]] = {}  # see _remember
        self._events: dict[str, tuple[Any, ...] | None] = {}  # see _flush_events
        self._fts: list[tuple[int, str]] = []  # (pk, normalized text): see _flush_fts

    @property
    def con(self) -> sqlite3.Connection:
        """The writer's connection, with the batch's full-text entries written to it (the writer itself
        writes them at the commit, see :meth:`_flush_fts`), so that what is read through it is all that was
        added."""
        self._flush_fts()
        return self._con

    @classmethod
    def open(cls, path: str | Path | None = None, **kwargs: Any) -> StoreWriter:
        return cls(connect(path), **kwargs)

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:  # an error mid-batch: keep the store as it was after the last commit
            if self._con.in_transaction:
                self._con.execute("ROLLBACK")
            self._events.clear()
            self._fts.clear()
            self._con.close()

    def close(self) -> None:
        self.commit()
        self._con.close()

    def commit(self) -> None:
        if self._con.in_transaction:
            self._flush_fts()
            self._flush_events()
            self._con.execute("COMMIT")
        self._pending = 0

    def _flush_fts(self) -> None:
        """Write the batch's full-text entries, kept until its commit (or until an entry is to be deleted): one
        statement for the batch's articles costs the writer about 5 % fewer instructions per article than one
        statement each, and tokenizing them together is kinder to its caches (about 0.1 ms less CPU time per
        article, corpus x20). Nothing in the writer reads the index but :meth:`_unindex`, which writes them
        first."""
        if self._fts:
            self._con.executemany("INSERT INTO article_fts (rowid, norm) VALUES (?, ?)", self._fts)
            self._fts.clear()

    def _flush_events(self) -> None:
        """Write the batch's changes to the ``events`` table, which are kept until its commit: an event that
        changes several times in one batch (a report joins it, then another) is written once, and the rows go
        in in id order. Nothing in the writer reads ``events`` (deduplication reads ``event_sources``), and the
        table ends as if each change had been written when it was made: each event's last change wins."""
        if not self._events:
            return
        changes = sorted(self._events.items())
        self._events.clear()
        self._con.executemany("DELETE FROM events WHERE id = ?", [(i,) for i, row in changes if row is None])
        self._con.executemany(INSERT_EVENT, [row for _, row in changes if row is not None])

    def _begin(self) -> None:
        if not self._con.in_transaction:
            self._con.execute("BEGIN IMMEDIATE")
            self._started = time.monotonic()

    # -- reading what is there ---------------------------------------------------------------------------

    def status(self, article: Article, *, digest: str | None = None) -> str:
        """What :meth:`add` would do: ``unchanged`` (this text is stored), ``replaced`` (this id has another
        text) or ``new``."""
        digest = digest or text_hash(article.text)
        if self._con.execute("SELECT 1 FROM articles WHERE text_hash = ?", (digest,)).fetchone():
            return UNCHANGED
        if self._con.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            return REPLACED
        return NEW

    def has_text(self, article: Article, *, raw: str | None = None) -> bool:
        """Whether this exact raw text is stored (cheap: no normalization) and is not to be extracted again
        (see ``refresh``); :meth:`status` is the full check. ``raw``: the text's
        :func:`~rasad.store.norm.raw_hash` when the caller has it."""
        if self.refresh == REFRESH_ALL:
            return False
        if self.refresh is None:
            q = "SELECT 1 FROM articles WHERE raw_hash = ? LIMIT 1"
            return self._con.execute(q, (raw or raw_hash(article.text),)).fetchone() is not None
        q = "SELECT id, extractor FROM articles WHERE raw_hash = ? LIMIT 1"
        row = self._con.execute(q, (raw or raw_hash(article.text),)).fetchone()
        return row is not None and not (row[0] == article.id and row[1] != self.extractor)

    def _to_refresh(self, article: Article, digest: str) -> bool:
        """Whether the stored article with this text is ``article`` and is to be extracted again."""
        if self.refresh is None:
            return False
        row = self._con.execute(
            "SELECT id, extractor FROM articles WHERE text_hash = ?", (digest,)
        ).fetchone()
        if row is None or row[0] != article.id:  # the same text under another id stays as it is
            return False
        return self.refresh == REFRESH_ALL or row[1] != self.extractor

    def stale_articles(self) -> int:
        """How many stored articles another build of the extractor (or an unknown one) extracted."""
        q = "SELECT COUNT(*) FROM articles WHERE extractor IS NOT ?"
        return int(self._con.execute(q, (self.extractor,)).fetchone()[0])

    # -- writing -------------------------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        events: Sequence[Recordable],
        *,
        digest: str | None = None,
        norm: str | None = None,
        raw: str | None = None,
    ) -> str:
        """Store one article and its events; return ``new``, ``replaced`` or ``unchanged`` (nothing written).
        ``norm``: the article's normalized text when the caller has it (else it is normalized here); ``raw``:
        the :func:`~rasad.store.norm.raw_hash` of its text when the caller has it."""
        if norm is None:
            norm = normalized_text(article.text)
        digest = digest or norm_hash(norm)
        self._begin()
        row = (
            article.id, article.outlet, article.url, article.title,
            article.published.isoformat() if article.published else None,
            article.text, digest, raw or raw_hash(article.text), time.time(),
        )  # fmt: skip
        if self.extractor is not None:
            row = (*row, self.extractor)
        # a new text under a new id, the common case, is one statement: a stored text or id makes the insert a
        # no-op, and only then is the store asked which it is (:meth:`status`)
        cur = self._con.execute(self._insert_or_ignore, row)
        status = NEW
        if cur.rowcount != 1:
            status = self.status(article, digest=digest)
            if status == UNCHANGED:
                if not self._to_refresh(article, digest):
                    return status
                status = REFRESHED
            if status in (REPLACED, REFRESHED):
                self._delete_article(article.id)
            cur = self._con.execute(self._insert, row)  # raises what the store refuses in a new article
        pk = cur.lastrowid
        assert pk is not None
        self._fts.append((pk, norm))
        if events:
            # the article's reports are clustered before they are written, so each is inserted once with its
            # event and merge note; only stored reports whose event changed are updated
            fresh: dict[str, tuple[Any, ...]] = {}  # the records' event columns, by report key
            encoded: dict[str, str] = {}  # the records as stored
            reports = []
            for i, ev in enumerate(events):
                made = EventRecord.of(ev)  # made by the producer when it could
                key = f"{digest[:24]}:{i}"
                fresh[key] = made.columns
                encoded[key] = made.stored_json
                reports.append(dedup.Report.new(key, pk, article.id, i, made.values))
            self._recluster(dedup.component(self._con, reports).values(), fresh, unsaved=encoded)
            for key, columns in fresh.items():
                self._remember(key, columns)
        self._pending += 1
        if self._pending >= self.batch_size or time.monotonic() - self._started >= self.batch_seconds:
            self.commit()
        return status

    def _delete_article(self, article_id: str) -> None:
        row = self._con.execute(
            "SELECT pk, text, text_hash FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return
        pk, text, digest = row
        old = dedup.reports_where(self._con, "article_pk", pk)
        for r in old:
            self._known.pop(r.key, None)
        before = dedup.component(self._con, old)  # the components as they were, to re-cluster what remains
        for r in before.values():
            if r.event_id:
                self._events[r.event_id] = None
        self._con.execute("DELETE FROM event_sources WHERE article_pk = ?", (pk,))
        self._unindex(pk, text, digest)
        self._con.execute("DELETE FROM articles WHERE pk = ?", (pk,))
        remaining = [r._replace(event_id=None) for r in before.values() if r.article_pk != pk]
        self._recluster(remaining, {})

    def _unindex(self, pk: int, text: str, digest: str) -> None:
        """Remove an article from the full-text index. The index keeps no copy of the text (contentless), so
        an entry is deleted by giving the text it was made of again: the normalized text, which the article's
        ``text_hash`` vouches for. Should normalization have changed since the article was stored, that text
        cannot be made again, and the whole index is rebuilt from the stored articles (with the
        normalization queries now use)."""
        self._flush_fts()
        norm = normalized_text(text)
        if norm_hash(norm) == digest:
            self._con.execute(
                "INSERT INTO article_fts (article_fts, rowid, norm) VALUES ('delete', ?, ?)", (pk, norm)
            )
            return
        self._con.execute("INSERT INTO article_fts (article_fts) VALUES ('delete-all')")
        self._con.executemany(
            "INSERT INTO article_fts (rowid, norm) VALUES (?, ?)",
            (
                (other, normalized_text(t))
                for other, t in self._con.execute("SELECT pk, text FROM articles WHERE pk != ?", (pk,))
            ),
        )

    def _remember(self, key: str, columns: tuple[Any, ...]) -> None:
        """Keep a stored report's event columns for the next merges that take it in (reports of one event
        arrive close together); the oldest are forgotten first."""
        known = self._known
        known[key] = columns
        if len(known) > KNOWN_REPORTS:
            del known[next(iter(known))]

    def _columns(
        self, members: list[dedup.Report], fresh: Mapping[str, tuple[Any, ...]]
    ) -> dict[str, tuple[Any, ...]]:
        """The event columns of each member's record (:func:`~rasad.store.rows.record_columns`), by key:
        given, remembered, or read from the store."""
        out: dict[str, tuple[Any, ...]] = {}
        missing = []
        for m in members:
            columns = fresh.get(m.key) or self._known.get(m.key)
            if columns is None:
                missing.append(m.rid)
            else:
                out[m.key] = columns
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            for key, record in self._con.execute(
                f"SELECT key, record FROM event_sources WHERE rid IN ({marks})", chunk
            ):
                out[key] = record_columns(json.loads(record))
                self._remember(key, out[key])
        return out

    def _recluster(
        self,
        reports: Iterable[dedup.Report],
        fresh: Mapping[str, tuple[Any, ...]],
        *,
        unsaved: Mapping[str, str] | None = None,
    ) -> None:
        """Cluster a closed set of reports (whole components) and rewrite the events that changed; reports
        whose key is in ``unsaved`` (key → the record's JSON) are not stored yet and are inserted with their
        event. ``fresh``: the event columns of reports not stored yet, by key."""
        unsaved = unsaved or {}
        reports = list(reports)
        old: dict[str, set[str]] = {}
        for r in reports:
            if r.event_id:
                old.setdefault(r.event_id, set()).add(r.key)
        kept: set[str] = set()
        events: list[tuple[Any, ...]] = []
        updates: list[tuple[str, str, int]] = []
        inserts: list[tuple[Any, ...]] = []
        for members in dedup.cluster(reports):
            eid = dedup.event_id(members)
            if old.get(eid) == {m.key for m in members}:
                kept.add(eid)
                continue
            row, notes = dedup.merge(members, self._columns(members, fresh))
            events.append(row)
            for m in members:
                if m.key in unsaved:
                    inserts.append((*dedup.source_row(m), eid, notes[m.key], unsaved[m.key]))
                else:
                    updates.append((eid, notes[m.key], m.rid))
        changes = self._events  # written at the commit (_flush_events)
        for i in sorted(set(old) - kept):
            changes[i] = None
        for row in events:
            changes[row[0]] = row
        self._con.executemany("UPDATE event_sources SET event_id = ?, merge_note = ? WHERE rid = ?", updates)
        self._con.executemany(dedup.INSERT_SOURCE, inserts)


def stored_articles(writer: StoreWriter, *, every: bool = False, page: int = 256) -> Iterator[Article]:
    """The articles stored when this is first asked, as :class:`~rasad.model.Article`, in the order they were
    stored: those another build of the extractor made (``writer.extractor`` differs), or ``every`` one. Read a
    page at a time through the writer's connection, so that they can be fed back to the writer as they come
    (an article stored again gets a later ``pk`` than the last one read, and is not read again)."""
    con = writer.con
    last, upto = 0, con.execute("SELECT COALESCE(MAX(pk), 0) FROM articles").fetchone()[0]
    q = (
        "SELECT pk, id, text, published, title, outlet, url FROM articles "
        "WHERE pk > ? AND pk <= ? AND (? OR extractor IS NOT ?) ORDER BY pk LIMIT ?"
    )
    while True:
        rows = writer.con.execute(q, (last, upto, every, writer.extractor, page)).fetchall()
        if not rows:
            return
        for pk, art_id, text, published, title, outlet, url in rows:
            pub = dt.date.fromisoformat(published) if published else None
            yield Article(
                id=art_id, text=text, published=pub, title=title, outlet=outlet, url=url,
                published_basis="given" if pub else None,
            )  # fmt: skip
            last = pk


# -- the ingest loop -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: ``status`` is new, replaced, refreshed, unchanged or failed."""

    status: str
    article_id: str | None
    events: int = 0
    error: str | None = None  # for failed inputs: "file:line: message"


@dataclass(slots=True)
class IngestSummary:
    """Running totals of one ingest (``events``: events extracted from new, replaced and refreshed articles)."""

    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    refreshed: int = 0

    def count(self, o: Outcome) -> None:
        self.read += 1
        self.events += o.events
        if o.status == NEW:
            self.new += 1
        elif o.status == REPLACED:
            self.replaced += 1
        elif o.status == UNCHANGED:
            self.unchanged += 1
        elif o.status == REFRESHED:
            self.refreshed += 1
        else:
            self.failed += 1

    def line(self) -> str:
        """The summary a command prints: ``read N, new N, replaced N, unchanged N, failed N, events N`` (with
        ``refreshed N`` after ``replaced`` when articles were extracted again)."""
        refreshed = f"refreshed {self.refreshed}, " if self.refreshed else ""
        return (
            f"read {self.read}, new {self.new}, replaced {self.replaced}, {refreshed}"
            f"unchanged {self.unchanged}, failed {self.failed}, events {self.events}"
        )


class Recordable(Protocol):
    """What the writer needs of an event: its record (:class:`~rasad.model.Event` or :class:`EventRecord`)."""

    def to_dict(self) -> dict[str, Any]: ...


class EventRecord:
    """An event as its record (``Event.to_dict()``), standing in for the :class:`~rasad.model.Event`: what the
    writer reads of an event is its record. Producers in other processes send events this way, made with
    :meth:`of`: besides the record's JSON as the store writes it, what the writer takes from the record —
    the values deduplication compares (:func:`~rasad.store.dedup.comparison_values`) and the event columns
    (:func:`~rasad.store.rows.record_columns`) — is made in the producer, and the record itself travels as
    its JSON only (a nested dict is the slowest part of a result to unpickle; the writer needs it no more). The
    evidence column, a third of a record's characters, is the part of that JSON that encodes it: it is encoded
    once and pickled once (a result of an article is about a quarter smaller).
    Parquet partitions are read back as records (the JSON round trip changes nothing the writer keeps)."""

    __slots__ = ("_json", "_record", "columns", "span", "values")

    def __init__(
        self,
        record: dict[str, Any] | None,
        json: str | bytes | None = None,
        values: tuple[Any, ...] | None = None,
        columns: tuple[Any, ...] | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        self._record = record  # None: made again from the JSON when asked for
        # the record as the store writes it (to_json), when the producer made it: its text, or that text's UTF-8
        # as it came from the producer (see __reduce__)
        self._json = json
        self.values = values
        self.columns = columns
        # where the evidence column is in the JSON (rows.evidence_span), in the units of _json, when it is there
        self.span = span

    @classmethod
    def of(cls, event: Recordable) -> EventRecord:
        """``event`` with its JSON, comparison values and event columns, made now unless it has them."""
        if isinstance(event, EventRecord) and event.made:
            return event
        rec = event.to_dict()
        encoded = getattr(event, "json", None)
        if not encoded and type(event) is Event:
            # an Event's record is encoded once: its evidence column is the part of the JSON that encodes it
            encoded = to_json(rec)
            span = evidence_span(encoded)
            if span is not None:
                columns = record_columns(rec, evidence=encoded[span[0] : span[1]])
                return cls(rec, encoded, dedup.comparison_values(rec), columns, span)
        columns = record_columns(rec)
        return cls(rec, encoded or to_json(rec), dedup.comparison_values(rec), columns)

    @property
    def made(self) -> bool:
        """Whether all the writer takes from the record is made."""
        return self._json is not None and self.values is not None and self.columns is not None

    @property
    def json(self) -> str | None:
        """The record's JSON as the store writes it."""
        encoded = self._json
        return encoded.decode() if isinstance(encoded, bytes) else encoded

    @property
    def stored_json(self) -> str | bytes | None:
        """:attr:`json` as the writer binds it: the text, or its UTF-8 when it came so from a producer (stored
        as the same text, see :data:`~rasad.store.dedup.INSERT_SOURCE`), which the writer need not decode to
        encode it again."""
        return self._json

    @property
    def record(self) -> dict[str, Any]:
        if self._record is None:
            assert self._json is not None
            self._record = json.loads(self._json)
        return self._record

    def to_dict(self) -> dict[str, Any]:
        return dict(self.record)

    def __reduce__(self) -> tuple[Callable[..., EventRecord], tuple[Any, ...]]:
        if self.span is not None and self.made:
            # the JSON travels as its UTF-8 (what pickling a str makes anyway), and the evidence once, inside it:
            # the writer binds both as they come, with no text to decode and encode again
            columns = self.columns
            assert columns is not None and self._json is not None
            rest = (*columns[:EVIDENCE], *columns[EVIDENCE + 1 :])
            encoded = self._json if isinstance(self._json, bytes) else self._json.encode()
            span = self.span if encoded is self._json else evidence_span(encoded)
            if span is not None:
                return (_record_with_span, (encoded, self.values, rest, *span))
        return (EventRecord, (None if self.made else self.record, self._json, self.values, self.columns))


def _record_with_span(
    encoded: bytes, values: tuple[Any, ...], rest: tuple[Any, ...], start: int, end: int
) -> EventRecord:
    """An :class:`EventRecord` as it was pickled: the UTF-8 of its JSON, and its event columns but the evidence,
    which is the part of that JSON between ``start`` and ``end`` (its UTF-8 too: stored as text, see
    :data:`~rasad.store.rows.INSERT_EVENT`)."""
    columns = (*rest[:EVIDENCE], encoded[start:end], *rest[EVIDENCE:])
    return EventRecord(None, encoded, values, columns, (start, end))


@dataclass(frozen=True, slots=True)
class Extracted:
    """A producer's result for one input: the article and its events, or why there are none."""

    article: Article | None
    events: tuple[Recordable, ...] = ()  # EventRecord from ExtractTask
    skip: bool = False  # already stored: not extracted
    error: str | None = None
    digest: str | None = None
    norm: str | None = (
        None  # the article's normalized text, when the producer has it: the writer need not redo it
    )


@dataclass(frozen=True, slots=True)
class ExtractTask:
    """Picklable unit of work for a producer: run the extractor on one input unless it is to be skipped, and
    normalize its text for the writer (in the producer, which may be one of many processes; an extractor with
    ``make_doc`` and ``extract_doc``, as :class:`~rasad.pipeline.Pipeline` has, gives the text it normalized).
    The events travel as :class:`EventRecord`: their records, and what the writer takes from them, are made
    in the producer too. ``sends_article=False``: a result of an extraction comes back without the article,
    which the caller kept (:func:`ingest` does: a copy of the text less to send back and to unpickle)."""

    extractor: Extractor
    sends_article: bool = True

    def __call__(self, job: tuple[Article | InputError, bool, str | None]) -> Extracted:
        item, skip, digest = job
        if isinstance(item, InputError):
            return Extracted(None, error=str(item))
        if skip:
            return Extracted(item, skip=True, digest=digest)
        art = item if self.sends_article else None
        make_doc = getattr(self.extractor, "make_doc", None)
        extract_doc = getattr(self.extractor, "extract_doc", None)
        try:
            if make_doc is not None and extract_doc is not None:  # a Pipeline: keep the text it normalized
                doc = make_doc(item)
                found, norm = extract_doc(doc), doc.norm.text
            else:
                found, norm = self.extractor(item), normalized_text(item.text)
            events = tuple(EventRecord.of(e) for e in found)
        except Exception as exc:  # one article's failure must not stop the batch
            return Extracted(art, error=f"{item.id}: extraction failed: {type(exc).__name__}: {exc}")
        return Extracted(art, events, digest=digest, norm=norm)


Mapper = Callable[[Callable[[Any], Extracted], Iterable[Any]], Iterable[Extracted]]


def ingest(
    items: Iterable[Article | InputError],
    extractor: Extractor,
    *,
    writer: StoreWriter,
    progress: Callable[[Outcome, IngestSummary], None] | None = None,
    mapper: Mapper = map,
) -> IngestSummary:
    """Extract and store every article of ``items``; return the totals.

    Articles whose text is already stored are skipped before extraction. ``mapper(fn, jobs)`` must
    yield ``fn(job)`` for every job in order (``map``, ``Executor.map``); ``fn`` is a picklable
    :class:`ExtractTask`. Results are written by ``writer`` from this thread; the last batch is committed
    before returning."""
    summary = IngestSummary()
    # the inputs whose results are still to come, in order, with the raw_hash of their text
    sent: deque[tuple[Article | InputError, str | None]] = deque()

    def jobs() -> Iterator[tuple[Article | InputError, bool, str | None]]:
        for item in items:
            if isinstance(item, InputError):
                sent.append((item, None))
                yield item, True, None
                continue
            # the raw-text check is cheap; an article whose raw text differs but normalizes to a stored one is
            # extracted and then found unchanged by the writer. The hash is kept for the article's row.
            raw = raw_hash(item.text)
            sent.append((item, raw))
            yield item, writer.has_text(item, raw=raw), None

    for res in mapper(ExtractTask(extractor, sends_article=False), jobs()):
        item, raw = sent.popleft()
        outcome = store_result(writer, res, article=item if isinstance(item, Article) else None, raw=raw)
        summary.count(outcome)
        if progress is not None:
            progress(outcome, summary)
    writer.commit()
    return summary


def store_result(
    writer: StoreWriter, res: Extracted, *, article: Article | None = None, raw: str | None = None
) -> Outcome:
    """Write one producer result; the outcome to report. ``article``: the input, when the result comes
    without it; ``raw``: the :func:`~rasad.store.norm.raw_hash` of its text, when the caller has it."""
    art = res.article or article
    if res.error is not None or art is None:
        return Outcome(FAILED, art.id if art else None, error=res.error)
    if res.skip:
        return Outcome(UNCHANGED, art.id)
    status = writer.add(art, res.events, digest=res.digest, norm=res.norm, raw=raw)
    return Outcome(status, art.id, events=len(res.events) if status != UNCHANGED else 0)
