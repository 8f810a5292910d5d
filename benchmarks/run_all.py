"""Run every benchmark (``make bench``): ``bench_batch.py`` first, then the other ``bench_*.py`` present.

Each runs in its own process with its default arguments (and ``--corpus DIR`` for those that read the corpus);
one that fails is reported and the others still run. Figures are printed, never asserted. A benchmark that
finds no corpus measures nothing and exits with status 3: it is reported as SKIPPED, and the run ends with
status 1 unless ``--allow-skips`` says that is fine — so ``make bench`` on a machine without the corpus does not
look like a run that measured. Exit status 1 when any benchmark failed (or was skipped without
``--allow-skips``).

    .venv/bin/python benchmarks/run_all.py [--corpus DIR] [--allow-skips] [NAME ...]   # NAME: batch geo …
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = "bench_batch.py"
SKIPPED = 3  # the exit status of a benchmark that measured nothing
TAKES_CORPUS = {"bench_batch.py", "bench_time.py"}


def benchmarks(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"), key=lambda p: (p.name != FIRST, p.name))
    if names:
        wanted = {f"bench_{n.removeprefix('bench_').removesuffix('.py')}.py" for n in names}
        found = [p for p in found if p.name in wanted]
    return found


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="Folder of JSONL articles for the benchmarks that read one.")
    ap.add_argument(
        "--allow-skips", action="store_true", help="A benchmark skipped for want of a corpus is fine."
    )
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    failed: list[str] = []
    skipped: list[str] = []
    for path in benchmarks(args.names):
        print(f"\n=== {path.name} ===", flush=True)
        t = time.perf_counter()
        cmd = [sys.executable, str(path)]
        if args.corpus is not None and path.name in TAKES_CORPUS:
            cmd += ["--corpus", str(args.corpus)]
        try:
            code = subprocess.call(cmd, cwd=HERE.parent)
        except OSError as exc:
            print(f"{path.name}: could not run: {exc}")
            code = -1
        state = (
            "ok"
            if code == 0
            else "SKIPPED (nothing measured)"
            if code == SKIPPED
            else f"FAILED (exit {code})"
        )
        print(f"=== {path.name}: {state} in {time.perf_counter() - t:.0f} s")
        if code == SKIPPED:
            skipped.append(path.name)
        elif code != 0:
            failed.append(path.name)
    if skipped:
        print(
            f"\nskipped, nothing measured: {', '.join(skipped)}"
            + ("" if args.allow_skips else " (--allow-skips if that is fine)")
        )
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed or (skipped and not args.allow_skips) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
