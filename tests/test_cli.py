"""The `rasad` command: inputs, formats, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.cli import app
from rasad.lexicons.schema import ACLED_TYPES
from tests.paths import CORPUS, DEV, EXAMPLES, need

RECORD_FIELDS = {
    "article_id",
    "category",
    "event_type",
    "sub_event_type",
    "plover_type",
    "status",
    "event_date",
    "actor1",
    "actor2",
    "location",
    "fatalities",
    "fatalities_detail",
    "evidence",
}
LOCATION_FIELDS = {"name_ar", "name", "latitude", "longitude", "admin1", "geo_precision"}

runner = CliRunner()


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_example_jsonl_has_every_documented_field() -> None:
    res = runner.invoke(
        app, ["extract", str(EXAMPLES / "idlib-hama-report.txt"), "--published", "2015-10-14"]
    )
    assert res.exit_code == 0, res.output
    recs = _records(res.stdout)
    assert recs, "the example article reports several events"
    raw = (EXAMPLES / "idlib-hama-report.txt").read_text(encoding="utf-8")
    for r in recs:
        assert RECORD_FIELDS <= set(r)
        assert LOCATION_FIELDS <= set(r["location"])
        assert {"code", "name"} <= set(r["actor1"])
        for ev in r["evidence"]:
            assert raw[ev["start"] : ev["end"]] == ev["text"]


def test_extract_seed_prints_records() -> None:
    seed = need(DEV / "seed-aleppo.txt")
    res = runner.invoke(app, ["extract", str(seed), "--published", "2016-10-06", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    recs = _records(res.stdout)
    assert {r["category"] for r in recs} == {"conflict", "political"}
    assert all(RECORD_FIELDS <= set(r) for r in recs)


def test_bad_inputs_beside_a_good_one(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLES / "idlib-hama-report.txt").read_text(encoding="utf-8"), encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.txt"
    res = runner.invoke(app, ["extract", str(binary), str(missing), str(good), "--published", "2015-10-14"])
    assert res.exit_code == 1
    assert "image.txt: binary file" in res.stderr
    assert "missing.txt: no such file" in res.stderr
    assert "Traceback" not in res.stderr
    recs = _records(res.stdout)
    assert recs and {r["article_id"] for r in recs} == {"good"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\xfa not utf8", "not UTF-8"),
        (b"", "empty text"),
        (b"This is an English text about nothing in particular, long enough.", "no Arabic text"),
        # a few Arabic words in a long English text: under a third of the letters
        (
            ("Reuters reported clashes near the city today; " * 6 + "قصف الطيران مدينة حلب اليوم").encode(),
            "no Arabic text",
        ),
    ],
)
def test_unreadable_text_files(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1
    assert message in res.stderr and "bad.txt" in res.stderr


def test_arabic_mixed_with_digits_and_latin_names_is_read() -> None:
    from rasad.errors import InputError
    from rasad.io import check_text

    check_text(
        "قتل 12 شخصا في غارة على حلب (AFP) 2015-10-14، وقال مسؤول في UNICEF إن بينهم أطفالا", where="x"
    )
    # a long English page with an Arabic report further down: judged on its first 20,000 characters
    english = "Reuters reported heavy clashes in the north of the country today. " * 40
    arabic = "قصفت الطائرات الحربية مدينة حلب أمس ما أدى إلى مقتل عشرة مدنيين. " * 400
    check_text(english + arabic, where="x")
    with pytest.raises(InputError, match="no Arabic text"):
        check_text(english * 10 + arabic, where="x")


def test_jsonl_lines_errors_name_the_line(tmp_path: Path) -> None:
    text = (EXAMPLES / "idlib-hama-report.txt").read_text(encoding="utf-8")
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "a1", "text": text, "published": "2015-10-14"}, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"id": "a3", "title": "no text"})
        + "\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1
    assert "batch.jsonl:2: malformed JSON" in res.stderr
    assert "batch.jsonl:3: line has no 'text'" in res.stderr
    assert {r["article_id"] for r in _records(res.stdout)} == {"a1"}


def test_empty_directory_and_usage_errors(tmp_path: Path) -> None:
    res = runner.invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 1 and "no readable article" in res.stderr
    res = runner.invoke(app, ["extract", str(EXAMPLES), "--published", "yesterday"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["extract", str(EXAMPLES), "--format", "xml"])
    assert res.exit_code == 2


def test_a_malformed_gold_file_is_one_error_line_with_its_code(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("قصفت الطائرات بلدة.\n", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{broken\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "rasad", "evaluate", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    line = proc.stderr.strip().splitlines()[-1]
    assert line.startswith(f"rasad: error: {tmp_path / 'a.gold.json'}:1:") and line.endswith("[E300]"), line


def test_table_and_json_formats(tmp_path: Path) -> None:
    ex = str(EXAMPLES / "idlib-hama-report.txt")
    res = runner.invoke(app, ["extract", ex, "--published", "2015-10-14", "--format", "table", "--evidence"])
    assert res.exit_code == 0 and "idlib-hama-report" in res.stdout and "trigger" in res.stdout
    out = tmp_path / "e.json"
    res = runner.invoke(app, ["extract", ex, "--published", "2015-10-14", "--format", "json", "-o", str(out)])
    assert res.exit_code == 0
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)


def test_stdin_and_python_dash_m() -> None:
    text = (EXAMPLES / "idlib-hama-report.txt").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "rasad", "extract", "-", "--published", "2015-10-14"],
        input=text,
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert {r["article_id"] for r in _records(proc.stdout.decode())} == {"stdin"}


def test_whole_conflict_corpus_runs_without_a_crash(tmp_path: Path) -> None:
    corpus = need(CORPUS / "saudinewsnet-conflict-2015.jsonl")
    out = tmp_path / "events.jsonl"
    res = runner.invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert res.exit_code == 0, res.stderr[-2000:]
    recs = _records(out.read_text(encoding="utf-8"))
    assert len({r["article_id"] for r in recs}) > 100
    # every conflict event's sub-event type is one of its event type's (reports of one act merged keep them so)
    mixed = [
        (r["article_id"], r["event_type"], r["sub_event_type"])
        for r in recs
        if r["category"] == "conflict" and r["sub_event_type"] not in ACLED_TYPES[r["event_type"]]
    ]
    assert mixed == []


def test_evaluate_json_on_dev() -> None:
    dev = need(DEV)
    res = runner.invoke(app, ["evaluate", str(dev), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    for cat in ("conflict", "political"):
        assert {"precision", "recall", "f1"} <= set(scores[cat])


def test_readme_worked_example_matches_the_output() -> None:
    """The README shows the first event of the bundled example: it must stay what rasad prints."""
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    res = runner.invoke(
        app, ["extract", str(EXAMPLES / "idlib-hama-report.txt"), "--published", "2015-10-14"]
    )
    first = _records(res.stdout)[0]
    shown = {
        "event_date": "2015-10-13",
        "sub_event_type": "Air/drone strike",
        "fatalities": 7,
    }
    for key, value in shown.items():
        assert first[key] == value
        assert f'"{key}": {json.dumps(value)}' in readme
    assert first["actor1"]["code"] == "SYRMIL" and first["actor2"]["code"] == "SYRCVL"
    assert first["location"]["name_ar"] == "معرة النعمان"
    assert first["fatalities_detail"] == {"civilians": 7, "children": 3}
    raw = (EXAMPLES / "idlib-hama-report.txt").read_text(encoding="utf-8")
    trigger = next(e for e in first["evidence"] if e["role"] == "trigger")
    assert f'"start": {trigger["start"]}, "end": {trigger["end"]}' in readme
    assert raw[trigger["start"] : trigger["end"]] == trigger["text"]


def test_html_input_takes_its_publication_date_from_metadata(tmp_path: Path) -> None:
    body = (EXAMPLES / "idlib-hama-report.txt").read_text(encoding="utf-8")
    page = tmp_path / "report.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2015-10-14T08:00:00+03:00">'
        f"<title>تقرير</title></head><body><article><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["extract", str(page)])
    assert res.exit_code == 0, res.stderr
    recs = _records(res.stdout)
    assert recs and recs[0]["event_date"] == "2015-10-13"


def test_missing_publication_date_is_a_warning_not_the_clock(tmp_path: Path) -> None:
    f = tmp_path / "undated.txt"
    f.write_text((EXAMPLES / "idlib-hama-report.txt").read_text(encoding="utf-8"), encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 0
    assert "no publication date" in res.stderr
    assert all(r["event_date"] is None or r["date_basis"] == "explicit" for r in _records(res.stdout))


# -- output that cannot be written: one error line, never a traceback; a pipe closed downstream ends quietly


def _run_to(stdout: object, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rasad", *args], stdout=stdout, stderr=subprocess.PIPE, check=False
    )


def test_an_output_file_that_cannot_be_written_is_one_error_line(tmp_path: Path) -> None:
    ex = str(EXAMPLES / "idlib-hama-report.txt")
    missing = tmp_path / "no-such-dir" / "out.jsonl"
    res = runner.invoke(app, ["extract", ex, "--published", "2015-10-14", "-o", str(missing)])
    assert res.exit_code == 1
    assert f"rasad: error: {missing}: cannot write (No such file or directory)" in res.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_stdout_is_one_error_line_for_every_command(tmp_path: Path) -> None:
    from tests.test_evaluate import write_gold

    ex = str(EXAMPLES / "idlib-hama-report.txt")
    gold = write_gold(tmp_path / "gold", [])
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    commands = [
        ["extract", ex, "--published", "2015-10-14"],
        ["extract", ex, "--published", "2015-10-14", "--format", "json"],
        ["evaluate", str(gold), "--system", str(empty), "--json"],
        ["evaluate", str(gold), "--system", str(empty)],
        ["gazetteer", "lookup", "حلب", "--home", str(tmp_path / "home")],
    ]
    with open("/dev/full", "w") as full:
        for args in commands:
            proc = _run_to(full, *args)
            err = proc.stderr.decode()
            assert proc.returncode == 1, (args, err)
            assert (
                err.strip().splitlines()[-1]
                == "rasad: error: <stdout>: cannot write (No space left on device)"
            )
            assert "Traceback" not in err and "Exception ignored" not in err


def test_a_pipe_closed_downstream_ends_quietly() -> None:
    ex = str(EXAMPLES / "idlib-hama-report.txt")
    proc = subprocess.Popen(
        [sys.executable, "-m", "rasad", "extract", ex, ex, ex, "--published", "2015-10-14"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head` that has read what it wanted, before rasad writes
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert proc.returncode == 1
    assert err == "", err


def test_extract_historical_keeps_what_the_default_leaves_out_with_a_warning(tmp_path: Path) -> None:
    art = tmp_path / "old.txt"
    art.write_text("قصفت قوات النظام يوم 3 يونيو حي جوبر في دمشق.\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(art), "--published", "2015-07-30"])
    assert res.exit_code == 0 and _records(res.stdout) == []
    assert "old: warning: 1 conflict act(s) dated weeks before the publication date" in res.stderr
    res = runner.invoke(app, ["extract", str(art), "--published", "2015-07-30", "--historical"])
    assert res.exit_code == 0 and "warning" not in res.stderr
    assert [(r["status"], r["event_date"]) for r in _records(res.stdout)] == [("historical", "2015-06-03")]
