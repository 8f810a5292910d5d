"""Queries: every filter, full-text search over normalized Arabic, stats, one event, one article, schema."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rasad.errors import StoreError, UsageError
from rasad.model import Article
from rasad.store import (
    SCHEMA_VERSION,
    EventFilter,
    StoreWriter,
    connect,
    count_events,
    get_article,
    ingest,
    parse_near,
    query_events,
    stats,
)
from tests.store.fake import article, extract, spec


def _articles() -> list[Article]:
    return [
        article(
            "dam",
            spec("air", "2015-07-20", 33.51, 36.29, "SYRMIL", "SYRCVL", 4),
            extra="غارات على حي جوبر بدمشق",
        ),
        article(
            "idl", spec("shell", "2015-07-22", 35.93, 36.63, "SYRREB", "-", 0), extra="قصف على مدينة إِدْلِب"
        ),
        article(
            "alp", spec("clash", "2015-07-25", 36.20, 37.16, "SYRMIL", "SYRREB", 7), extra="اشتباكات في حلب"
        ),
    ]


@pytest.fixture
def con(tmp_path: Path) -> sqlite3.Connection:
    arts = _articles()
    with StoreWriter.open(tmp_path / "s.db") as w:
        ingest(arts, extract, writer=w)
    return connect(tmp_path / "s.db", readonly=True)


def _ids(con: sqlite3.Connection, **kw) -> list[str]:  # noqa: ANN003
    return sorted(r["article_id"] for r in query_events(con, EventFilter(**kw), limit=None))


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({}, ["alp", "dam", "idl"]),
        ({"since": dt.date(2015, 7, 21)}, ["alp", "idl"]),
        ({"until": dt.date(2015, 7, 22)}, ["dam", "idl"]),
        ({"event_type": "Battles"}, ["alp"]),
        ({"sub_event_type": "Air/drone strike"}, ["dam"]),
        ({"actor": "SYRREB"}, ["alp", "idl"]),
        ({"actor": "SYRCVL"}, ["dam"]),
        ({"country": "syr"}, ["alp", "dam", "idl"]),
        ({"admin1": "aleppo"}, ["alp"]),
        ({"bbox": (33.0, 36.0, 34.0, 37.0)}, ["dam"]),
        ({"near": (36.21, 37.15, 5.0)}, ["alp"]),
        ({"near": (36.21, 37.15, 150.0)}, ["alp", "idl"]),
        ({"min_fatalities": 5}, ["alp"]),
        ({"text": "دمشق"}, ["dam"]),  # finds بدمشق: bi-Dimashq, "in Damascus"
        ({"text": "إدلب"}, ["idl"]),  # إدلب and إِدْلِب (with vowels) both normalize to ادلب
        ({"text": "ادلب"}, ["idl"]),
        ({"text": "حلب"}, ["alp"]),
        ({"text": "بغداد"}, []),
        ({"text": "جو"}, ["dam"]),  # shorter than a trigram: a scan of the normalized texts
        ({"text": "إِد"}, ["idl"]),  # normalized to اد, as the text was
        (
            {
                "since": dt.date(2015, 7, 21),
                "event_type": "Explosions/Remote violence",
                "bbox": (35, 36, 37, 38),
            },
            ["idl"],
        ),
    ],
)
def test_filters(con: sqlite3.Connection, kw: dict, expected: list[str]) -> None:
    assert _ids(con, **kw) == expected
    assert count_events(con, EventFilter(**kw)) == len(expected)


def test_newest_first_with_paging(con: sqlite3.Connection) -> None:
    dates = [r["event_date"] for r in query_events(con, limit=2)]
    assert dates == ["2015-07-25", "2015-07-22"]
    assert [r["event_date"] for r in query_events(con, limit=2, offset=2)] == ["2015-07-20"]


def test_a_filter_value_is_never_sql(con: sqlite3.Connection) -> None:
    assert _ids(con, admin1="x' OR '1'='1") == []
    assert _ids(con, text='") OR 1=1 --') == []


def test_stats(con: sqlite3.Connection) -> None:
    s = stats(con)
    assert (s["events"], s["fatalities"]) == (3, 11)
    assert [d["key"] for d in s["by_day"]] == ["2015-07-20", "2015-07-22", "2015-07-25"]
    assert {d["key"]: d["events"] for d in s["by_type"]} == {"Battles": 1, "Explosions/Remote violence": 2}
    assert stats(con, EventFilter(admin1="Idlib"))["by_admin1"] == [
        {"key": "Idlib", "events": 2, "fatalities": 4}
    ]


def test_article_with_its_event_spans(con: sqlite3.Connection) -> None:
    a = get_article(con, "dam")
    assert a is not None and len(a["events"]) == 1
    ev = a["events"][0]["evidence"][0]
    assert a["text"][ev["start"] : ev["end"]] == ev["text"]
    assert get_article(con, "nope") is None


def test_parse_near() -> None:
    assert parse_near("36.2,37.1", km=10) == (36.2, 37.1, 10)
    assert parse_near("حلب", km=5, lookup=lambda name: (36.2, 37.16)) == (36.2, 37.16, 5)
    with pytest.raises(UsageError):
        parse_near("حلب", km=5)
    with pytest.raises(UsageError):
        parse_near("95,10", km=5)


def test_schema_version_and_wal(tmp_path: Path) -> None:
    con = connect(tmp_path / "new.db")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer than this rasad"):
        connect(tmp_path / "new.db")
    with pytest.raises(StoreError, match="no event store here"):
        connect(tmp_path / "missing.db", readonly=True)


def test_an_old_store_is_migrated_by_a_writer_only(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "old.db").close()  # version 0: an empty file
    with pytest.raises(StoreError, match="older than"):
        connect(tmp_path / "old.db", readonly=True)
    con = connect(tmp_path / "old.db")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "events", "event_sources", "article_fts"} <= tables


def test_a_version_1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    from rasad.store.schema import MIGRATIONS

    old = sqlite3.connect(tmp_path / "v1.db", isolation_level=None)
    for statement in MIGRATIONS[0]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.close()
    con = connect(tmp_path / "v1.db")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'sources_match'").fetchone()
    assert "latitude" in sql


def _fts_rowids(con: sqlite3.Connection, q: str) -> list[int]:
    return [r[0] for r in con.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?", (f'"{q}"',))]


def _text_hits(con: sqlite3.Connection) -> list[list[str]]:
    queries = ("دمشق", "إدلب", "حلب", "جو", "اد", "قصف", "بغداد", "ترميم")
    return [_ids(con, text=q) for q in queries]


def test_a_version_2_store_with_data_is_upgraded_to_a_contentless_index(tmp_path: Path) -> None:
    from rasad.store.schema import MIGRATIONS

    arts = _articles()
    # version 2 as it was: the full-text index holds its own copy of the normalized text
    old = sqlite3.connect(tmp_path / "v2.db", isolation_level=None)
    for statement in MIGRATIONS[0] + MIGRATIONS[1]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 2")
    with StoreWriter(old) as w:
        ingest(arts, extract, writer=w)
    with StoreWriter.open(tmp_path / "fresh.db") as w:
        ingest(arts, extract, writer=w)
    con = connect(tmp_path / "v2.db")  # a writer upgrades it
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
    (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").fetchone()
    assert "content" in sql
    assert con.execute("SELECT norm FROM article_fts").fetchall() == [(None,)] * 3  # no copy of the text
    assert con.execute("SELECT v FROM article_fts_config WHERE k = 'automerge'").fetchone() == (8,)
    con.close()
    upgraded = connect(tmp_path / "v2.db", readonly=True)
    assert _text_hits(upgraded) == _text_hits(connect(tmp_path / "fresh.db", readonly=True))
    assert _text_hits(upgraded)[:4] == [["dam"], ["idl"], ["alp"], ["dam"]]
    # an article stored before the upgrade is replaced: its old text leaves the index, the new one enters it
    with StoreWriter.open(tmp_path / "v2.db") as w:
        new = article("idl", spec("shell", "2015-07-22", 35.93, 36.63, "SYRREB", "-", 0), extra="ترميم مدرسة")
        assert w.add(new, extract(new)) == "replaced"
        w.con.execute("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')")
        assert _fts_rowids(w.con, "ادلب") == [] and _fts_rowids(w.con, "ترميم") == [4]
    con = connect(tmp_path / "v2.db", readonly=True)
    assert _ids(con, text="إدلب") == [] and _ids(con, text="ترميم") == ["idl"]
    assert _ids(con, text="اد") == []


def test_a_replaced_article_leaves_the_index_even_when_normalization_changed(tmp_path: Path) -> None:
    """The index keeps no copy of the text: an entry whose text cannot be made again (its ``text_hash`` no
    longer matches, as after a change of normalization) is removed by rebuilding the index. The replaced
    article had the highest pk, so its successor gets the same one: a stale entry would be found again."""
    arts = _articles()[:2]
    with StoreWriter.open(tmp_path / "s.db") as w:
        ingest(arts, extract, writer=w)
        w.con.execute("UPDATE articles SET text_hash = 'made by another normalization' WHERE id = 'idl'")
    with StoreWriter.open(tmp_path / "s.db") as w:
        new = article("idl", spec("shell", "2015-07-22", 35.93, 36.63, "SYRREB", "-", 0), extra="ترميم مدرسة")
        assert w.add(new, extract(new)) == "replaced"
        w.con.execute("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')")
        assert _fts_rowids(w.con, "ادلب") == [] and _fts_rowids(w.con, "ترميم") == [2]  # its pk, made again
        assert _fts_rowids(w.con, "دمشق") == [1]
    con = connect(tmp_path / "s.db", readonly=True)
    assert [_ids(con, text=q) for q in ("إدلب", "ترميم", "دمشق", "جو")] == [[], ["idl"], ["dam"], ["dam"]]
