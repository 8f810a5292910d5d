"""`rasad ingest --workers/--engine`, `rasad batch extract` and `rasad load` from the command line, with the
real pipeline (embedded gazetteer built once in a temporary RASAD_HOME)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.cli import app
from tests.batch.conftest import stored, write_corpus


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from rasad.geo import Gazetteer

    h = tmp_path_factory.mktemp("home")
    Gazetteer.open(home=h).close()
    return h


@pytest.fixture
def runner(home: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("RASAD_HOME", str(home))
    return CliRunner()


def test_ingest_with_two_workers_stores_what_zero_workers_store(runner: CliRunner, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", 24, bad_lines=(6,))
    results = {}
    for w in ("0", "2"):
        db = tmp_path / f"w{w}.db"
        r = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", w])
        assert r.exit_code == 1, r.output  # one bad line
        err = r.stderr
        assert f"{corpus}:6: malformed JSON" in err
        assert "ingest: 24/24 articles (100%)" in err and "done in" in err  # the final progress line
        assert "read 24, new 23, replaced 0, unchanged 0, failed 1" in err
        results[w] = stored(db)
    assert results["0"][0] and results["0"] == results["2"]


def test_quiet_ingest_prints_only_errors_and_the_summary(runner: CliRunner, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", 6)
    r = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "s.db"), "-w", "1", "--quiet"])
    assert r.exit_code == 0, r.output
    assert r.stderr.splitlines()[-1].startswith("rasad: read 6, new 6")
    assert "ingest:" not in r.stderr


def test_scheduler_without_dask_engine_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", 2)
    r = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(tmp_path / "s.db"), "--scheduler", "tcp://h:1"]
    )
    assert r.exit_code != 0
    assert "--scheduler is for the Dask engine" in str(r.exception) + r.stderr


def test_batch_extract_then_load_equals_ingest(runner: CliRunner, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", 20)
    out = tmp_path / "parts"
    r = runner.invoke(
        app,
        [
            "batch",
            "extract",
            str(corpus),
            "--out",
            str(out),
            "--engine",
            "local",
            "-w",
            "2",
            "--blocksize",
            "3000",
        ],
    )
    assert r.exit_code == 0, r.output
    assert "20 inputs, 0 failed" in r.stderr and (out / "events").is_dir()
    r = runner.invoke(app, ["load", str(out), "--db", str(tmp_path / "loaded.db"), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "read 20, new 20" in r.stderr
    r = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "ingested.db"), "-w", "0", "-q"])
    assert r.exit_code == 0, r.output
    assert stored(tmp_path / "loaded.db") == stored(tmp_path / "ingested.db")
    # the store knows the build that extracted what it loaded: ingesting the same articles with it changes nothing
    r = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "loaded.db"), "-w", "0", "-q"])
    assert r.exit_code == 0, r.output
    assert "new 0, replaced 0, unchanged 20" in r.stderr


def test_batch_extract_historical_keeps_acts_dated_weeks_before(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "old.jsonl"
    line = (
        '{"id": "old-1", "published": "2015-07-30", "text": "قصفت قوات النظام يوم 3 يونيو حي جوبر في دمشق."}'
    )
    corpus.write_text(line + "\n", encoding="utf-8")
    statuses = {}
    for flag in ((), ("--historical",)):
        out, db = tmp_path / f"parts{len(flag)}", tmp_path / f"s{len(flag)}.db"
        r = runner.invoke(
            app, ["batch", "extract", str(corpus), "--out", str(out), "--engine", "local", "-w", "0", *flag]
        )
        assert r.exit_code == 0, r.output
        r = runner.invoke(app, ["load", str(out), "--db", str(db), "--quiet"])
        assert r.exit_code == 0, r.output
        r = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl"])
        statuses[flag] = [json.loads(x)["status"] for x in r.stdout.splitlines()]
    assert statuses == {(): [], ("--historical",): ["historical"]}
