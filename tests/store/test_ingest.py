"""Ingest: idempotence, replacement, failures, producers, and a kill -9 in the middle of a run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rasad.errors import InputError
from rasad.io import read_inputs
from rasad.store import StoreWriter, connect, ingest
from tests.store.fake import article, corpus, extract, spec, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def _events(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM events ORDER BY id").fetchall()
    finally:
        con.close()


def _sources(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT key, event_id, merge_note, record FROM event_sources ORDER BY key"
        ).fetchall()
    finally:
        con.close()


def _ingest(db: Path, items, **kw):  # noqa: ANN001, ANN202
    with StoreWriter.open(db, **kw) as w:
        return ingest(items, extract, writer=w)


def test_ingest_twice_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    arts = corpus(20)
    first = _ingest(db, arts)
    assert (first.read, first.new, first.unchanged, first.failed) == (20, 20, 0, 0)
    assert first.events == 60
    before = _events(db)
    second = _ingest(db, arts)
    assert (second.new, second.unchanged, second.events) == (0, 20, 0)
    assert _events(db) == before


def test_same_text_under_another_id_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    a = article("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 3))
    _ingest(db, [a])
    again = article("b", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 3))
    assert _ingest(db, [again]).unchanged == 1
    assert len(_events(db)) == 1


def test_same_id_with_new_text_replaces_its_events(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    a = article("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 3))
    b = article("b", spec("air", "2015-07-20", 36.201, 37.1, "SYRMIL", "SYRCVL", 5))
    _ingest(db, [a, b])
    con = connect(db, readonly=True)
    assert con.execute("SELECT n_sources, fatalities FROM events").fetchall() == [(2, 3)]
    a2 = article("a", spec("clash", "2015-07-25", 35.0, 36.0, "SYRMIL", "SYRREB", 1))
    s = _ingest(db, [a2])
    assert (s.replaced, s.events) == (1, 1)
    rows = con.execute(
        "SELECT event_type, n_sources, fatalities, article_id FROM events ORDER BY event_type"
    ).fetchall()
    # a's strike report is gone: b's report stands alone with its own toll; a's new clash is stored
    assert rows == [("Battles", 1, 1, "a"), ("Explosions/Remote violence", 1, 5, "b")]
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
    assert con.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == 2


def test_failures_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "s.db"

    def flaky(a):  # noqa: ANN001, ANN202
        if a.id == "boom":
            raise RuntimeError("lexicon exploded")
        return extract(a)

    items = [
        InputError("malformed JSON (Expecting value at column 1)", where="in.jsonl:2"),
        article("boom", spec("air", "2015-07-20", 36.2, 37.1)),
        article("ok", spec("air", "2015-07-20", 36.2, 37.1)),
    ]
    seen = []
    with StoreWriter.open(db) as w:
        s = ingest(items, flaky, writer=w, progress=lambda o, tot: seen.append((o.status, o.error, tot.read)))
    assert (s.read, s.new, s.failed, s.events) == (3, 1, 2, 1)
    assert seen[0] == ("failed", "in.jsonl:2: malformed JSON (Expecting value at column 1)", 1)
    assert seen[1][0] == "failed" and "boom: extraction failed: RuntimeError: lexicon exploded" in seen[1][1]
    assert seen[2] == ("new", None, 3)


def test_results_come_back_without_the_article_the_loop_kept(tmp_path: Path) -> None:
    """A producer in another process sends an extraction's result without its article (the loop has it):
    the outcomes, a failed extraction's among them, still name their articles."""
    import pickle

    def flaky(a):  # noqa: ANN001, ANN202
        if a.id == "boom":
            raise RuntimeError("lexicon exploded")
        return extract(a)

    sent = []

    def pickling_map(fn, jobs):  # noqa: ANN001, ANN202 - as a process pool sends results back
        for job in jobs:
            sent.append(pickle.loads(pickle.dumps(fn(job))))
            yield sent[-1]

    items = [
        InputError("malformed JSON (Expecting value at column 1)", where="in.jsonl:2"),
        article("boom", spec("air", "2015-07-20", 36.2, 37.1)),
        article("ok", spec("air", "2015-07-20", 36.2, 37.1)),
    ]
    seen = []
    with StoreWriter.open(tmp_path / "s.db") as w:
        s = ingest(items, flaky, writer=w, mapper=pickling_map, progress=lambda o, _: seen.append(o))
    assert (s.read, s.new, s.failed, s.events) == (3, 1, 2, 1)
    assert [r.article for r in sent] == [None, None, None]
    assert [(o.status, o.article_id) for o in seen] == [("failed", None), ("failed", "boom"), ("new", "ok")]
    with StoreWriter.open(tmp_path / "s.db") as w:
        again = ingest(items[1:], flaky, writer=w, mapper=pickling_map, progress=lambda o, _: seen.append(o))
    # both texts are stored now (they are the same): skipped, never sent, they keep their articles
    assert again.unchanged == 2 and [o.article_id for o in seen[-2:]] == ["boom", "ok"]


def test_a_pool_as_producer_gives_the_same_store(tmp_path: Path) -> None:
    arts = corpus(24, seed=3)
    _ingest(tmp_path / "loop.db", arts)
    with StoreWriter.open(tmp_path / "pool.db") as w, ThreadPoolExecutor(3) as pool:
        ingest(arts, extract, writer=w, mapper=pool.map)
    assert _events(tmp_path / "loop.db") == _events(tmp_path / "pool.db")


def test_resuming_after_kill_9_gives_the_events_of_a_clean_run(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "in.jsonl", corpus(120, seed=7))
    clean = tmp_path / "clean.db"
    _ingest(clean, read_inputs([jsonl]))

    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "tests.store.slow_ingest", str(db), str(jsonl), "0.02", "7"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and stored < 30:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
                    stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:  # the schema is not created yet
                stored = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as con:
        partial = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 30 <= partial < 120, "the run must be killed half-way"
    assert partial % 7 == 0, "only whole batches are ever committed"

    resumed = _ingest(db, read_inputs([jsonl]))
    assert resumed.unchanged == partial and resumed.new == 120 - partial
    assert _events(db) == _events(clean)
    assert _sources(db) == _sources(clean)
