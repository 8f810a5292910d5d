"""Small JSONL corpora of Arabic news sentences (from examples/idlib-hama-report.txt) for the batch tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from rasad.batch import PipelineSpec

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "idlib-hama-report.txt"
# no gazetteer: fast to load, and geocoding is not what these tests are about
SPEC = PipelineSpec(geo=False)


def example_lines() -> list[str]:
    return [ln for ln in EXAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]


def write_corpus(path: Path, n: int, *, bad_lines: tuple[int, ...] = ()) -> Path:
    """``n`` articles (line i: two of the example's sentences and a distinct number, published 2015-10-1x);
    the 1-based line numbers in ``bad_lines`` hold malformed JSON instead. Every 7th article has no id."""
    sents = example_lines()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            if i + 1 in bad_lines:
                fh.write('{"id": "broken", "text": \n')
                continue
            text = f"{sents[i % len(sents)]}\n{sents[(i * 3 + 1) % len(sents)]}\nتقرير رقم {i}."
            obj: dict[str, str] = {"text": text, "published": f"2015-10-{10 + i % 9:02d}"}
            if i % 7:
                obj["id"] = f"a{i:04d}"
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path


def stored(db: Path) -> tuple[list[tuple], list[tuple]]:
    """The events table and the report table of a store, in a stable order."""
    con = sqlite3.connect(db)
    try:
        events = con.execute("SELECT * FROM events ORDER BY id").fetchall()
        sources = con.execute(
            "SELECT s.key, a.id, s.event_id, s.merge_note, s.record FROM event_sources s "
            "JOIN articles a ON a.pk = s.article_pk ORDER BY s.key"
        ).fetchall()
        return events, sources
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "news.jsonl", 40, bad_lines=(5, 23))
