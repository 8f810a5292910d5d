"""The writer's own shortcuts give what the long way gives."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.model import Article, Event
from rasad.store import StoreWriter, ingest
from rasad.store.writer import normalized_text, text_hash
from rasad.text.normalize import normalize
from tests.store.fake import FILLER, corpus, extract

# Arbitrary Unicode with Arabic letters, marks, controls, presentation forms and whitespace made likely.
_SPECIALS = st.sampled_from(
    list("اأإآٱبةتىيؤئ٠٩۵،؛؟«»“—AZ\u064b\u064e\u0651\u0670\u0640 \n\r\t\u00a0\u2028\u2029\x0b\x85")
    + list("\u200b\u200e\u200f\u202b\u2068\ufeff\u00ad\u2060ﻻﻹﷲﷺﹰﹶٵٶٷﺎ")
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), _SPECIALS), max_size=80))
def test_normalized_text_is_the_text_of_normalize(raw: str) -> None:
    assert normalized_text(raw) == normalize(raw).text


def test_text_hash_is_of_the_stripped_normalized_text() -> None:
    raw = f"  \u200f{FILLER} ﻻ  ٣\n\n"
    assert text_hash(raw) == hashlib.sha256(normalize(raw).text.strip().encode()).hexdigest()


class _DocPipeline:
    """An extractor shaped like ``Pipeline``: the writer takes the normalized text from its document."""

    def __init__(self) -> None:
        self.docs = 0

    def make_doc(self, a: Article) -> SimpleNamespace:
        self.docs += 1
        return SimpleNamespace(article=a, norm=normalize(a.text))

    def extract_doc(self, doc: SimpleNamespace) -> list[Event]:
        return extract(doc.article)

    def __call__(self, a: Article) -> list[Event]:
        return self.extract_doc(self.make_doc(a))


def test_the_producers_normalized_text_gives_the_same_store(tmp_path: Path) -> None:
    arts = corpus(30, seed=5)
    pipe = _DocPipeline()
    dumps = []
    for name, extractor in (("plain", extract), ("doc", pipe)):
        db = tmp_path / f"{name}.db"
        with StoreWriter.open(db) as w:
            ingest(arts, extractor, writer=w)
        con = sqlite3.connect(db)
        dumps.append(
            [
                con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("events", "event_sources", "article_fts")
            ]
            + [con.execute("SELECT id, text_hash FROM articles ORDER BY id").fetchall()]
        )
        con.close()
    assert pipe.docs == 30
    assert dumps[0] == dumps[1]


def _dump(db: Path) -> list[list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return [
            con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("events", "event_sources")
        ] + [con.execute("SELECT id, text_hash FROM articles ORDER BY id").fetchall()]
    finally:
        con.close()


def test_events_made_in_a_producer_and_remembered_reports_give_the_same_store(
    tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    """A worker's results (events as records with their comparison values and event columns, pickled without
    the record itself) store what the events themselves store; so do merges that read every stored report
    back from the store instead of the writer's memory of them (a memory of two reports)."""
    import pickle

    from rasad.store import writer as writer_module
    from rasad.store.writer import EventRecord, ExtractTask, store_result

    arts = corpus(40, seed=11)
    with StoreWriter.open(tmp_path / "events.db") as w:
        for a in arts:
            w.add(a, extract(a))
    task = ExtractTask(extract)
    results = [pickle.loads(pickle.dumps(task((a, False, None)))) for a in arts]
    assert all(type(e) is EventRecord and e.made for r in results for e in r.events)
    with StoreWriter.open(tmp_path / "made.db") as w:
        for res in results:
            store_result(w, res)
    monkeypatch.setattr(writer_module, "KNOWN_REPORTS", 2)
    with StoreWriter.open(tmp_path / "forgetful.db", batch_size=7) as w:
        for res in results:
            store_result(w, res)
        assert len(w._known) <= 2
    assert _dump(tmp_path / "events.db") == _dump(tmp_path / "made.db") == _dump(tmp_path / "forgetful.db")
    assert sum(n > 1 for *_, n in _dump(tmp_path / "made.db")[0]) > 3  # events were merged
