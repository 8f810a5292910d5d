"""Parallel ingest stores exactly what a one-process run stores; failures keep their file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.batch import ingest_parallel, open_mapper
from rasad.errors import UsageError
from rasad.io import read_inputs
from rasad.store import StoreWriter
from tests.batch.conftest import SPEC, stored


def _ingest(corpus: Path, db: Path, **kw):  # noqa: ANN003, ANN202
    errors: list[str] = []

    def progress(o, s) -> None:  # noqa: ANN001
        if o.error:
            errors.append(o.error)

    with StoreWriter.open(db, batch_size=7) as writer:
        summary = ingest_parallel(read_inputs([corpus]), writer=writer, spec=SPEC, progress=progress, **kw)
    return summary, errors


def test_two_workers_store_what_one_process_stores(corpus: Path, tmp_path: Path) -> None:
    one, errors_one = _ingest(corpus, tmp_path / "one.db", workers=0)
    two, errors_two = _ingest(corpus, tmp_path / "two.db", workers=2, chunk_size=3)
    assert (one.read, one.new, one.failed) == (40, 38, 2)
    assert one.events > 38
    assert two == one
    assert errors_two == errors_one
    assert len(errors_one) == 2
    assert all(f"news.jsonl:{n}: malformed JSON" in e for n, e in zip((5, 23), errors_one, strict=True))
    events, sources = stored(tmp_path / "one.db")
    assert events
    assert stored(tmp_path / "two.db") == (events, sources)


def test_ingest_again_with_workers_is_a_no_op(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _ingest(corpus, db, workers=2)
    before = stored(db)
    again, _ = _ingest(corpus, db, workers=2)
    assert (again.new, again.unchanged, again.failed, again.events) == (0, 38, 2, 0)
    assert stored(db) == before


def test_bad_engine_options_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown engine"):
        with open_mapper("spark"):
            pass
    with pytest.raises(UsageError, match="--scheduler is for the Dask engine"):
        with open_mapper("local", scheduler="tcp://127.0.0.1:8786"):
            pass


def test_a_worker_hands_the_writer_the_text_its_pipeline_normalized(corpus: Path, monkeypatch) -> None:  # noqa: ANN001
    from rasad.batch.worker import WorkerExtractor
    from rasad.model import Article
    from rasad.store.writer import ExtractTask
    from rasad.text import normalize as normalize_module

    article = next(a for a in read_inputs([corpus]) if isinstance(a, Article))
    expected = SPEC.build()(article)
    calls: list[str] = []
    real = normalize_module.normalize

    def counting(text: str):  # noqa: ANN202
        calls.append(text)
        return real(text)

    monkeypatch.setattr("rasad.pipeline.normalize", counting)
    monkeypatch.setattr("rasad.store.writer.normalized_text", lambda text: counting(text).text)
    res = ExtractTask(WorkerExtractor(SPEC))((article, False, None))
    assert [e.to_dict() for e in res.events] == [e.to_dict() for e in expected]
    assert res.norm == real(article.text).text
    assert len(calls) == 1  # the pipeline's normalization is the writer's: the text is read once


def test_events_travel_from_a_worker_as_records() -> None:
    import pickle

    from rasad.batch.worker import WorkerExtractor
    from rasad.model import Article
    from rasad.store.writer import EventRecord, ExtractTask

    article = Article(id="x", text="قصفت طائرات النظام بلدة كفرنبل أمس، ما أدى إلى مقتل ثلاثة مدنيين.")
    res = ExtractTask(WorkerExtractor(SPEC))((article, False, None))
    assert res.events and all(type(e) is EventRecord for e in res.events)
    back = pickle.loads(pickle.dumps(res))
    assert [e.to_dict() for e in back.events] == [e.to_dict() for e in SPEC.build()(article)]
    # the record's JSON, as the store writes it, is made by the producer too
    from rasad.store.rows import to_json

    assert [e.json for e in back.events] == [to_json(e.to_dict()) for e in back.events]


def _children(pid: int) -> list[int]:
    """The live (not zombie) processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_end_when_ingest_is_killed_with_sigkill(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.batch.conftest import write_corpus

    corpus = write_corpus(tmp_path / "news.jsonl", 3000)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    cmd = [
        sys.executable,
        "-m",
        "rasad",
        "ingest",
        str(corpus),
        "--db",
        str(tmp_path / "s.db"),
        "-w",
        "2",
        "-q",
    ]
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the ingest did not start its workers"
        time.sleep(2)  # (their initializer running: the pipeline loading or loaded)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = [p for p in workers if _alive(p)]
    for p in left:  # (do not leave them behind when the test fails)
        os.kill(p, signal.SIGKILL)
    assert left == [], "the workers outlived the killed ingest"
