"""Progress: rate, ETA, throttled rendering, the bar and the log line, and counting inputs."""

from __future__ import annotations

import io
from pathlib import Path

from rasad.batch import Progress, ProgressState, count_inputs, format_bar, format_line
from rasad.batch.cli import ProgressDisplay
from rasad.store import IngestSummary, Outcome
from tests.batch.conftest import write_corpus


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _feed(progress: Progress, clock: Clock, n: int, *, step: float) -> None:
    s = IngestSummary()
    for i in range(n):
        clock.now += step
        o = Outcome(
            "failed" if i % 10 == 9 else "new", f"a{i}", events=2, error="x:1: bad" if i % 10 == 9 else None
        )
        s.count(o)
        progress(o, s)


def test_rate_and_eta() -> None:
    st = ProgressState(done=50, total=200, elapsed=10.0)
    assert st.rate == 5.0
    assert st.eta == 30.0
    assert ProgressState(done=0, total=200, elapsed=0.0).eta is None
    assert ProgressState(done=5, total=None, elapsed=1.0).eta is None


def test_renders_at_most_every_interval_and_once_at_the_end() -> None:
    clock = Clock()
    seen: list[ProgressState] = []
    progress = Progress(seen.append, total=100, interval=1.0, clock=clock)
    _feed(progress, clock, 100, step=0.1)  # 10 s in all
    assert 9 <= len(seen) <= 10
    progress.finish()
    last = seen[-1]
    assert last.final and last.done == 100 and last.failed == 10 and last.new == 90 and last.events == 200
    assert abs(last.rate - 10.0) < 1e-9


def test_bar_and_line_texts() -> None:
    st = ProgressState(done=1200, total=2850, elapsed=6.0, new=1100, unchanged=90, failed=10, events=5000)
    bar = format_bar(st, width=10)
    assert bar.startswith("[####------]  42% 1200/2850")
    assert "200.0 articles/s" in bar and "ETA 00:08" in bar
    line = format_line(st)
    assert line.startswith("ingest: 1200/2850 articles (42%), 200.0 articles/s, ETA 00:08")
    assert "1100 new, 90 unchanged, 10 failed, 5000 events" in line
    done = format_line(ProgressState(done=10, total=None, elapsed=3700.0, final=True))
    assert "done in 1:01:40" in done


def test_display_to_a_log_prints_lines_and_errors() -> None:
    out = io.StringIO()
    display = ProgressDisplay(out, total=30)
    clock = Clock()
    display.progress.clock = clock
    display.progress.started = display.progress._last = clock.now
    s = IngestSummary()
    for i in range(30):
        clock.now += 1.0
        o = (
            Outcome("failed", None, error=f"news.jsonl:{i + 1}: malformed JSON")
            if i == 3
            else Outcome("new", f"a{i}")
        )
        s.count(o)
        display(o, s)
    display.finish()
    lines = out.getvalue().splitlines()
    assert "rasad: news.jsonl:4: malformed JSON" in lines
    progress_lines = [ln for ln in lines if ln.startswith("ingest: ")]
    assert len(progress_lines) == 30 // 5 + 1  # every 5 s, and the final line
    assert (
        progress_lines[-1].startswith("ingest: 30/30 articles (100%)")
        and "done in 00:30" in progress_lines[-1]
    )


def test_quiet_display_prints_only_errors() -> None:
    out = io.StringIO()
    display = ProgressDisplay(out, quiet=True)
    s = IngestSummary()
    for o in (Outcome("new", "a"), Outcome("failed", None, error="f:2: bad")):
        s.count(o)
        display(o, s)
    display.finish()
    assert out.getvalue() == "rasad: f:2: bad\n"


def test_count_inputs(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a.jsonl", 12, bad_lines=(3,))
    (tmp_path / "sub").mkdir()
    write_corpus(tmp_path / "sub" / "b.jsonl", 5)
    (tmp_path / "sub" / "c.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "sub" / "d.gold.json").write_text("{}", encoding="utf-8")
    with (tmp_path / "a.jsonl").open("a") as fh:
        fh.write("\n\n")  # empty lines are not inputs
    assert count_inputs([tmp_path]) == 12 + 5 + 1
    assert count_inputs([tmp_path / "a.jsonl", tmp_path / "missing.jsonl"]) == 13
    assert count_inputs(["-"]) is None
