"""JSONL partitions → Parquet partitions → the store: the same store as `rasad ingest` of the same input."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasad.batch import extract_to_parquet, load_dir, split_jsonl
from rasad.batch.bag import partition_lines
from rasad.batch.ingest import ingest_parallel
from rasad.batch.parquet import partitions_extractor, write_partition
from rasad.errors import UsageError
from rasad.io import read_inputs, read_jsonl_lines
from rasad.store import StoreWriter
from tests.batch.conftest import SPEC, stored, write_corpus


def test_partitions_cover_every_line_once_with_its_line_number(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "n.jsonl", 30, bad_lines=(4, 17))
    parts = split_jsonl([path], blocksize=700)
    assert len(parts) > 3
    assert parts[0].start == 0 and parts[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    whole = [str(x) for x in read_jsonl_lines(path.open("rb"), name=str(path), stem="n", published=None)]
    pieces = [
        str(x)
        for p in parts
        for x in read_jsonl_lines(partition_lines(p), name=str(path), stem="n", published=None)
    ]
    assert pieces == whole  # same articles, same default ids (n-8 …), same "file:line" errors
    assert [p.name for p in parts] == sorted(p.name for p in parts)


def test_an_empty_file_is_one_empty_partition(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_bytes(b"")
    parts = split_jsonl([tmp_path / "e.jsonl"])
    assert len(parts) == 1 and list(partition_lines(parts[0])) == []


def test_only_jsonl_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    with pytest.raises(UsageError, match="not a JSONL file"):
        split_jsonl([tmp_path / "a.txt"])


def test_parquet_then_load_equals_ingest(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a.jsonl", 25, bad_lines=(9,))
    b = write_corpus(tmp_path / "b.jsonl", 12)
    out = tmp_path / "parts"
    results = extract_to_parquet([a, b], out, engine="local", workers=2, spec=SPEC, blocksize=1500)
    assert sum(r.articles for r in results) == 37 and sum(r.failed for r in results) == 1
    assert [r.name for r in results] == sorted(r.name for r in results)

    arts = pq.read_table(out / "articles").to_pylist()
    errors = [r["error"] for r in arts if r["error"]]
    assert len(errors) == 1 and errors[0].startswith(f"{a}:9: malformed JSON")
    events = pq.read_table(out / "events")
    assert events.num_rows == sum(r.events for r in results) > 0
    rec = json.loads(events.column("record")[0].as_py())
    assert rec["category"] == events.column("category")[0].as_py()

    with StoreWriter.open(tmp_path / "loaded.db") as w:
        loaded = load_dir(out, writer=w)
    with StoreWriter.open(tmp_path / "ingested.db") as w:
        ingested = ingest_parallel(read_inputs([a, b]), writer=w, spec=SPEC, workers=0)
    assert loaded == ingested
    assert stored(tmp_path / "loaded.db") == stored(tmp_path / "ingested.db")

    with StoreWriter.open(tmp_path / "loaded.db") as w:
        again = load_dir(out, writer=w)
    assert (again.new, again.unchanged, again.failed) == (0, 36, 1)


def test_partitions_name_the_build_that_extracted_them(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a.jsonl", 12)
    out = tmp_path / "parts"
    extract_to_parquet([a], out, engine="local", workers=1, spec=SPEC, blocksize=1500)
    build = SPEC.extractor()
    assert build.startswith("rasad ") and partitions_extractor(out) == build
    assert (
        pq.read_schema(next((out / "events").glob("*.parquet"))).metadata[b"rasad.extractor"]
        == build.encode()
    )
    # a partition written without it (another version) makes the build of the whole folder unknown
    write_partition(out, "part-99999-00000", [], extractor=None)
    assert partitions_extractor(out) is None


def test_existing_partitions_are_not_overwritten_unless_asked(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a.jsonl", 5)
    out = tmp_path / "parts"
    extract_to_parquet([a], out, engine="local", workers=1, spec=SPEC)
    with pytest.raises(UsageError, match="already holds Parquet partitions"):
        extract_to_parquet([a], out, engine="local", workers=1, spec=SPEC)
    again = extract_to_parquet([a], out, engine="local", workers=1, spec=SPEC, overwrite=True)
    assert sum(r.articles for r in again) == 5


def test_load_needs_an_extract_folder(tmp_path: Path) -> None:
    with StoreWriter.open(tmp_path / "s.db") as w, pytest.raises(UsageError, match="no articles/ folder"):
        load_dir(tmp_path, writer=w)
