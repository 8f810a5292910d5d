"""`make bench` without a corpus: the benchmarks that need one say they measured nothing, and the run says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

SKIPPED = 3


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
    )


def test_bench_batch_takes_a_corpus_folder_and_skips_loudly_without_one(tmp_path: Path) -> None:
    proc = _run("benchmarks/bench_batch.py", "--corpus", str(tmp_path))
    assert proc.returncode == SKIPPED, proc.stderr
    assert f"skipped, nothing measured: no corpus (*.jsonl) in {tmp_path}" in proc.stdout


def test_run_all_does_not_pass_a_run_that_measured_nothing(tmp_path: Path) -> None:
    proc = _run("benchmarks/run_all.py", "--corpus", str(tmp_path), "batch", "time")
    assert proc.returncode == 1
    assert "bench_batch.py: SKIPPED (nothing measured)" in proc.stdout
    assert "bench_time.py: SKIPPED (nothing measured)" in proc.stdout
    allowed = _run("benchmarks/run_all.py", "--corpus", str(tmp_path), "--allow-skips", "batch", "time")
    assert allowed.returncode == 0
    assert "skipped, nothing measured: bench_batch.py, bench_time.py" in allowed.stdout
