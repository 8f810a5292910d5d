"""A reader (the web server) and a running ingest share the store: WAL lets both go on."""

from __future__ import annotations

import threading
from pathlib import Path

from rasad.store import EventFilter, StoreWriter, connect, count_events, ingest, query_events
from tests.store.fake import corpus, extract


def test_reader_and_writer_at_the_same_time(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    connect(db).close()  # the schema exists before the reader opens it
    arts = corpus(150, seed=4)
    errors: list[BaseException] = []
    counts: list[int] = []
    done = threading.Event()

    def write() -> None:
        try:
            with StoreWriter.open(db, batch_size=5) as w:
                ingest(arts, extract, writer=w)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            done.set()

    def read() -> None:
        con = connect(db, readonly=True)
        try:
            while not done.is_set():
                counts.append(count_events(con))
                query_events(con, EventFilter(event_type="Battles"), limit=20)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write), threading.Thread(target=read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    final = count_events(connect(db, readonly=True))
    assert len(counts) > 1 and counts[-1] <= final
    assert any(0 < c < final for c in counts), "the reader saw the store while it was being written"
