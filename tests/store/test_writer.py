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
