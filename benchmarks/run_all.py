"""Run every benchmark (``make bench``): ``bench_batch.py`` first, then the other ``bench_*.py`` present.

Each runs in its own process with its default arguments; one that fails is reported and the others still run.
Figures are printed, never asserted. Exit status 1 when any benchmark failed.

    .venv/bin/python benchmarks/run_all.py [NAME ...]     # e.g. batch geo: only bench_batch.py, bench_geo.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = "bench_batch.py"


def benchmarks(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"), key=lambda p: (p.name != FIRST, p.name))
    if names:
        wanted = {f"bench_{n.removeprefix('bench_').removesuffix('.py')}.py" for n in names}
        found = [p for p in found if p.name in wanted]
    return found


def main(argv: list[str]) -> int:
    failed: list[str] = []
    for path in benchmarks(argv):
        print(f"\n=== {path.name} ===", flush=True)
        t = time.perf_counter()
        try:
            code = subprocess.call([sys.executable, str(path)], cwd=HERE.parent)
        except OSError as exc:
            print(f"{path.name}: could not run: {exc}")
            code = -1
        print(
            f"=== {path.name}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {time.perf_counter() - t:.0f} s"
        )
        if code != 0:
            failed.append(path.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
