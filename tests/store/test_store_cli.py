"""`rasad ingest`, `rasad events`, `rasad export`: the commands, their output, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.cli import app
from tests.paths import CORPUS, EXAMPLES, ROOT, need

runner = CliRunner()
EXAMPLE = EXAMPLES / "idlib-hama-report.txt"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    res = runner.invoke(
        app, ["ingest", str(EXAMPLE), "--db", str(tmp_path / "s.db"), "--published", "2015-10-14"]
    )
    assert res.exit_code == 0, res.output
    return tmp_path / "s.db"


def test_ingest_summary_and_second_run(db: Path) -> None:
    res = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db), "--published", "2015-10-14"])
    assert res.exit_code == 0
    assert "read 1, new 0, replaced 0, unchanged 1, failed 0, events 0" in res.stderr


def test_ingest_reports_bad_lines_and_exits_1(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        json.dumps({"id": "good", "text": text, "published": "2015-10-14"}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"id": "notext"})
        + "\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["ingest", str(jsonl), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 1
    assert f"{jsonl}:2: malformed JSON" in res.stderr
    assert f"{jsonl}:3: line has no 'text' field" in res.stderr
    assert "read 3, new 1, replaced 0, unchanged 0, failed 2" in res.stderr
    assert "Traceback" not in res.stderr


def test_events_table_jsonl_and_detail(db: Path) -> None:
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--limit", "3"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert 0 < len(recs) <= 3 and all(r["article_id"] == "idlib-hama-report" for r in recs)
    table = runner.invoke(app, ["events", "--db", str(db), "--text", "معرة النعمان"])
    assert table.exit_code == 0 and "events" in table.stdout.splitlines()[-1]
    detail = runner.invoke(app, ["events", "--db", str(db), "--id", recs[0]["id"]])
    assert detail.exit_code == 0
    assert f"event {recs[0]['id']}" in detail.stdout and "primary report" in detail.stdout
    missing = runner.invoke(app, ["events", "--db", str(db), "--id", "nope"])
    assert missing.exit_code == 1 and "no event 'nope'" in missing.stderr


def test_events_near_lat_lon_and_bad_values(db: Path) -> None:
    res = runner.invoke(app, ["events", "--db", str(db), "--near", "35.64,36.67", "--km", "5", "-f", "jsonl"])
    assert res.exit_code == 0
    assert all(r["location"]["latitude"] is not None for r in map(json.loads, res.stdout.splitlines()))
    bad = runner.invoke(app, ["events", "--db", str(db), "--since", "yesterday"])
    assert bad.exit_code == 2
    none = runner.invoke(app, ["events", "--db", str(db.parent / "none.db")])
    assert none.exit_code == 2 and "no event store here" in none.stderr


def test_export_to_stdout_and_file(db: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "acled-csv", "-o", "-"])
    assert res.exit_code == 0
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert len(rows[0]) == 31 and len(rows) > 1
    out = tmp_path / "e.geojson"
    res = runner.invoke(
        app, ["export", "--db", str(db), "-f", "geojson", "-o", str(out), "--type", "Battles"]
    )
    assert res.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    bad = runner.invoke(app, ["export", "--db", str(db), "-f", "xml", "-o", "-"])
    assert bad.exit_code == 2


def test_store_commands_are_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("rasad ingest", "rasad events", "rasad export"):
        assert f"`{command} " in readme, f"{command} is missing from the README's Commands table"


def test_corpus_ingested_twice_gives_the_same_events(tmp_path: Path) -> None:
    corpus = need(CORPUS)
    files = sorted(corpus.glob("*.jsonl"))[:1]
    db = str(tmp_path / "c.db")
    first = runner.invoke(app, ["ingest", *map(str, files), "--db", db, "-q"])
    assert first.exit_code == 0, first.stderr
    export1 = runner.invoke(app, ["export", "--db", db, "-f", "jsonl", "-o", "-"]).stdout
    second = runner.invoke(app, ["ingest", *map(str, files), "--db", db, "-q"])
    assert "new 0, replaced 0" in second.stderr
    assert runner.invoke(app, ["export", "--db", db, "-f", "jsonl", "-o", "-"]).stdout == export1


def test_export_and_events_that_cannot_write_say_so_in_one_line(db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "e.csv"
    res = runner.invoke(app, ["export", "--db", str(db), "-f", "acled-csv", "-o", str(missing)])
    assert res.exit_code == 1
    assert f"rasad: error: {missing}: cannot write (No such file or directory)" in res.stderr
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    res = runner.invoke(
        app, ["ingest", str(EXAMPLE), "--db", str(a_file / "s.db"), "--published", "2015-10-14"]
    )
    assert res.exit_code == 1
    assert f"rasad: error: {a_file / 's.db'}: cannot write (" in res.stderr
    if not Path("/dev/full").exists():
        return
    with open("/dev/full", "w") as full:
        for args in (["events"], ["events", "-f", "jsonl"], ["export", "-f", "jsonl", "-o", "-"]):
            proc = subprocess.run(
                [sys.executable, "-m", "rasad", *args, "--db", str(db)],
                stdout=full, stderr=subprocess.PIPE, check=False,
            )  # fmt: skip
            err = proc.stderr.decode()
            assert proc.returncode == 1, err
            assert "cannot write (No space left on device)" in err and "Traceback" not in err


def test_export_to_a_pipe_closed_downstream_ends_quietly(db: Path) -> None:
    for fmt in ("jsonl", "parquet"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "rasad", "export", "-f", fmt, "-o", "-", "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # `| head` gone before the first byte
        err = proc.stderr.read().decode()
        proc.wait(timeout=120)
        assert proc.returncode == 1
        assert err == "", err


def test_events_table_gives_political_events_their_status_and_no_toll(tmp_path: Path) -> None:
    art = tmp_path / "visit.txt"
    art.write_text(
        "وصل وزير الخارجية الروسي إلى دمشق أمس والتقى الرئيس السوري بشار الأسد.\n", encoding="utf-8"
    )
    db = tmp_path / "p.db"
    res = runner.invoke(app, ["ingest", str(art), "--db", str(db), "--published", "2015-07-30", "-w", "0"])
    assert res.exit_code == 0, res.output
    recs = [
        json.loads(x)
        for x in runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl"]).stdout.splitlines()
    ]
    assert recs and all(r["category"] == "political" for r in recs)
    rows = runner.invoke(app, ["events", "--db", str(db)]).stdout.splitlines()[1:-1]
    assert len(rows) == len(recs)
    for row, r in zip(rows, recs, strict=True):
        assert f"{r['plover_type']} ({r['status']})" in row and row.split()[-2] == "-", row


def test_ingest_historical_stores_acts_dated_weeks_before(tmp_path: Path) -> None:
    art = tmp_path / "old.txt"
    art.write_text("قصفت قوات النظام يوم 3 يونيو حي جوبر في دمشق.\n", encoding="utf-8")
    db = tmp_path / "h.db"
    res = runner.invoke(
        app, ["ingest", str(art), "--db", str(db), "--published", "2015-07-30", "-w", "0", "--historical"]
    )
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl"])
    assert [json.loads(line)["status"] for line in res.stdout.splitlines()] == ["historical"]


def test_event_types_in_any_case_and_unknown_ones_refused(db: Path) -> None:
    exact = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl", "--type", "Battles"])
    assert exact.exit_code == 0 and exact.stdout.strip()
    for spelling in ("battles", "BATTLES", " battles "):
        res = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl", "--type", spelling])
        assert res.exit_code == 0 and res.stdout == exact.stdout
    sub = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl", "--sub-type", "air/drone strike"])
    assert sub.exit_code == 0 and sub.stdout.strip()
    for args in (["events", "--type", "Foo"], ["export", "-f", "jsonl", "-o", "-", "--type", "Foo"]):
        res = runner.invoke(app, [*args, "--db", str(db)])
        assert res.exit_code == 2
        assert "'Foo' is none of: Battles" in _unboxed(res.stderr) and "CONSULT" in res.stderr
    bad_sub = runner.invoke(app, ["events", "--db", str(db), "--sub-type", "airstrike"])
    assert bad_sub.exit_code == 2 and "Air/drone strike" in _unboxed(bad_sub.stderr)


def _unboxed(message: str) -> str:
    """A usage error's text without the frame and line breaks the terminal renderer may put around it."""
    return " ".join(message.replace("│", " ").split())
