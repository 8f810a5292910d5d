"""The store's SQLite file: where it lives, how it is opened, and its versioned schema.

One file (``$RASAD_HOME/rasad.db`` unless a path is given) in WAL mode, so that one writer (an ingest) and any
number of readers (``rasad events``, the web server) use it at the same time. ``PRAGMA user_version`` holds the
schema version; :data:`MIGRATIONS` lists the steps from each version to the next, applied in one transaction by
:func:`migrate` whenever a writer opens an older file.

Tables (version 1; version 2 widens the index deduplication searches; version 3 makes ``article_fts``
contentless; version 4 adds ``articles.extractor``):

- ``articles`` — one row per stored article: ``id`` (the input's id), outlet, url, title, published,
  ``text`` (raw, exactly as read), ``text_hash`` (SHA-256 of the stripped normalized text,
  :func:`rasad.store.writer.text_hash`; unique, so the same text under another id is not stored twice), ``raw_hash`` (SHA-256 of the raw text:
  a cheap check that skips extraction when the same file is read again), ``ingested_at`` (Unix seconds) and
  ``extractor`` (the :func:`rasad.build.extractor_id` of the build that extracted its events, NULL when unknown).
- ``article_fts`` — FTS5 over the *normalized* article text with the ``trigram`` tokenizer; its rowid is the
  article's ``pk``. Normalizing both sides makes إدلب find ادلب; trigrams make بدمشق (bi-Dimashq) find دمشق.
  Contentless (``content=''``): it holds the index only, so an entry is deleted with the FTS5 ``'delete'``
  command and the normalized text made again from ``articles.text``
  (:func:`rasad.store.norm.normalized_text`).
- ``event_sources`` — one row per *report*: an event as one article's extraction gave it, with the values that
  deduplication compares (type, day, place, actors, fatalities), its full record as JSON, the merged event it
  belongs to (``event_id``) and why it was merged (``merge_note``).
- ``events`` — the deduplicated events: every field of the event record as a column (actor codes and names,
  place, admin1/admin2, country, precision codes, fatalities, injuries …; ``fatalities_detail``, ``weapons``,
  ``assoc_actors`` and ``evidence`` as JSON), ``n_sources`` and the ``article_id`` of the primary report.
  Indexed for the filters of :mod:`rasad.store.queries`: date, type + date, coordinates, country, admin1 and
  actor codes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rasad.errors import StoreError
from rasad.geo.store import default_home  # $RASAD_HOME, shared with the gazetteer index

DB_NAME = "rasad.db"
BUSY_TIMEOUT_MS = 30_000
WRITER_CACHE_KB = 32_000
# bytes of new full-text entries FTS5 keeps in memory before it writes them out as a segment (its
# ``hashsize``, 1 MB by default, a setting kept in the index's own config table, not a schema change): a
# writer's batch (rasad.store.writer.BATCH_SIZE articles) is written as one segment at its commit instead of
# several, so there are fewer segments to merge. Set by every writer that opens the store.
FTS_HASHSIZE = 16 * 1024 * 1024

# Each entry upgrades the schema from version i to i + 1. Statements are run one by one inside one
# transaction (``executescript`` would commit half-way).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            outlet TEXT, url TEXT, title TEXT, published TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL UNIQUE,
            raw_hash TEXT NOT NULL,
            ingested_at REAL NOT NULL
        )""",
        "CREATE VIRTUAL TABLE article_fts USING fts5(norm, tokenize = 'trigram')",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            category TEXT NOT NULL,
            event_type TEXT, sub_event_type TEXT, plover_type TEXT, status TEXT NOT NULL,
            event_date TEXT, time_precision INTEGER, date_basis TEXT,
            actor1_code TEXT, actor1_name TEXT, actor1_name_ar TEXT, inter1 INTEGER, actor1_country TEXT,
            actor2_code TEXT, actor2_name TEXT, actor2_name_ar TEXT, inter2 INTEGER, actor2_country TEXT,
            assoc_actors TEXT NOT NULL DEFAULT '[]',
            place_name_ar TEXT, place_name TEXT, gazetteer_id TEXT,
            latitude REAL, longitude REAL, admin1 TEXT, admin2 TEXT, country TEXT, geo_precision INTEGER,
            fatalities INTEGER NOT NULL DEFAULT 0,
            fatalities_detail TEXT NOT NULL DEFAULT '{}',
            injuries INTEGER,
            weapons TEXT NOT NULL DEFAULT '[]',
            source TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            confidence REAL,
            article_id TEXT NOT NULL,
            n_sources INTEGER NOT NULL
        )""",
        "CREATE INDEX events_date ON events (event_date)",
        "CREATE INDEX events_type_date ON events (event_type, event_date)",
        "CREATE INDEX events_latlon ON events (latitude, longitude)",
        "CREATE INDEX events_country_date ON events (country, event_date)",
        "CREATE INDEX events_admin1 ON events (admin1)",
        "CREATE INDEX events_actor1 ON events (actor1_code)",
        "CREATE INDEX events_actor2 ON events (actor2_code)",
        """CREATE TABLE event_sources (
            rid INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            category TEXT NOT NULL, type_key TEXT, status TEXT, event_date TEXT, day INTEGER,
            latitude REAL, longitude REAL, geo_precision INTEGER, gazetteer_id TEXT, place_key TEXT,
            actor1_code TEXT, actor2_code TEXT,
            fatalities INTEGER NOT NULL DEFAULT 0, injuries INTEGER, confidence REAL,
            record TEXT NOT NULL,
            merge_note TEXT
        )""",
        "CREATE INDEX articles_raw_hash ON articles (raw_hash)",
        "CREATE INDEX sources_event ON event_sources (event_id)",
        "CREATE INDEX sources_article ON event_sources (article_pk)",
        "CREATE INDEX sources_match ON event_sources (type_key, day)",
    ),
    # 2: the index deduplication searches covers the compared columns, so candidates are filtered in the index
    # (about 3x faster per report on the shared corpus) and only matching rows are read
    (
        "DROP INDEX sources_match",
        "CREATE INDEX sources_match ON event_sources "
        "(type_key, day, latitude, longitude, geo_precision, gazetteer_id, place_key, article_pk)",
    ),
    # 3: the full-text index keeps no copy of the normalized text (contentless): the text is in ``articles``
    # already, and writing it twice cost the writer about a third of its full-text time. The entries are
    # moved as they are. Its segments are merged 8 at a time instead of 4 (FTS5's automerge, kept in the
    # table): the writer merges about a sixth less per article, and a search still reads few segments.
    (
        "CREATE VIRTUAL TABLE article_fts_v3 USING fts5(norm, content = '', tokenize = 'trigram')",
        "INSERT INTO article_fts_v3 (article_fts_v3, rank) VALUES ('automerge', 8)",
        "INSERT INTO article_fts_v3 (rowid, norm) SELECT rowid, norm FROM article_fts",
        "DROP TABLE article_fts",
        "ALTER TABLE article_fts_v3 RENAME TO article_fts",
    ),
    # 4: which build of the extractor made each article's events (rasad.build.extractor_id; NULL in articles
    # stored before, or loaded from Parquet partitions), so that `rasad refresh` finds what to extract again
    ("ALTER TABLE articles ADD COLUMN extractor TEXT",),
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_db_path() -> Path:
    """``$RASAD_HOME/rasad.db`` (``$XDG_DATA_HOME/rasad`` or ``~/.local/share/rasad`` when unset)."""
    return default_home() / DB_NAME


def connect(path: str | Path | None = None, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the store. A writer creates and migrates the file; a reader needs an existing, current one.

    Connections use autocommit mode (``isolation_level=None``): transactions are explicit ``BEGIN`` …
    ``COMMIT`` in the writer. Readers are opened with ``check_same_thread=False`` so that a web server may hand
    one to its worker threads (one at a time)."""
    p = Path(path) if path is not None else default_db_path()
    memory = str(p) == ":memory:"
    if readonly and not memory and not p.exists():
        raise StoreError("no event store here", where=str(p), hint="run `rasad ingest` first, or pass --db")
    try:
        if readonly and not memory:
            con = sqlite3.connect(
                f"{p.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            if not memory:
                p.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(str(p), isolation_level=None, check_same_thread=False)
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            con.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: a killed process never corrupts the file or loses a committed transaction
            con.execute("PRAGMA synchronous = NORMAL")
            # a writer's batch (articles, their full-text index, events and their indexes) stays in memory
            # until it commits instead of spilling pages half-way (the default cache is 2 MB)
            con.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
        con.execute("PRAGMA foreign_keys = ON")
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the event store: {exc}", where=str(p)) from None
    if version > SCHEMA_VERSION:
        con.close()
        raise StoreError(
            f"store schema version {version} is newer than this rasad ({SCHEMA_VERSION})",
            where=str(p),
            hint="upgrade rasad",
        )
    if version < SCHEMA_VERSION:
        if readonly:
            con.close()
            raise StoreError(
                f"store schema version {version} is older than {SCHEMA_VERSION}",
                where=str(p),
                hint="run `rasad ingest` once to upgrade it",
            )
        migrate(con)
    if not readonly:
        tune(con)
    return con


def tune(con: sqlite3.Connection) -> None:
    """Settings of the store that change how a writer writes, never what it stores: the full-text index's
    buffer (:data:`FTS_HASHSIZE`), set once."""
    row = con.execute("SELECT v FROM article_fts_config WHERE k = 'hashsize'").fetchone()
    if row is None or row[0] != FTS_HASHSIZE:
        con.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', ?)", (FTS_HASHSIZE,))


def migrate(con: sqlite3.Connection) -> int:
    """Bring the schema to :data:`SCHEMA_VERSION`; return the version found before. Safe to run concurrently:
    ``BEGIN IMMEDIATE`` serializes writers, and the version is read again inside the transaction."""
    con.execute("BEGIN IMMEDIATE")
    try:
        found = con.execute("PRAGMA user_version").fetchone()[0]
        for version in range(found, SCHEMA_VERSION):
            for statement in MIGRATIONS[version]:
                con.execute(statement)
        # PRAGMA takes no parameters; the value is an int from this module, never user input
        con.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return found
