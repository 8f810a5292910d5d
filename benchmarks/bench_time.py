"""Time-resolution throughput on the 2015 corpus in ../shared/corpus/: prints figures, asserts nothing.

For every article: normalize, find the time expressions, resolve each against the publication date, and run a
DateContext over the text's clauses. Prints articles/s, expressions/s and µs per expression, and for comparison
what ``dateparser.parse`` costs per call on the same kind of phrase.

    .venv/bin/python benchmarks/bench_time.py [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from rasad.text.normalize import normalize
from rasad.time import DateContext, find_time_expressions, resolve

SKIPPED = 3  # exit status of a benchmark that measured nothing (no corpus): see run_all.py
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CLAUSE_END = re.compile(r"[.,;:!?\n]")


def load(corpus: Path) -> list[tuple[str, dt.date | None]]:
    docs = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                pub = d.get("published")
                docs.append(
                    (normalize(d.get("text") or "").text, dt.date.fromisoformat(pub[:10]) if pub else None)
                )
    return docs


def run(docs: list[tuple[str, dt.date | None]]) -> tuple[int, int]:
    n_expr = n_resolved = 0
    for text, pub in docs:
        for e in find_time_expressions(text):
            n_expr += 1
            if resolve(e, pub) is not None:
                n_resolved += 1
        ctx = DateContext(pub)
        start = 0
        for m in CLAUSE_END.finditer(text):
            ctx.date_for(text, start, m.end())
            start = m.end()
    return n_expr, n_resolved


def bench_dateparser(n: int) -> float | None:
    try:
        import dateparser
    except ImportError:
        return None
    settings = {"RELATIVE_BASE": dt.datetime(2016, 10, 6), "PREFER_DATES_FROM": "past"}
    phrases = ["6 اكتوبر 2016", "امس", "20 يوليو", "يوم الاثنين"]
    dateparser.parse(phrases[0], languages=["ar"], settings=settings)  # load its language data first
    t0 = time.perf_counter()
    for i in range(n):
        dateparser.parse(phrases[i % len(phrases)], languages=["ar"], settings=settings)
    return (time.perf_counter() - t0) / n * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not any(args.corpus.glob("*.jsonl")):
        print(
            f"bench_time: skipped, nothing measured: no corpus (*.jsonl) in {args.corpus} (give --corpus DIR)"
        )
        return SKIPPED
    docs = load(args.corpus)
    chars = sum(len(t) for t, _ in docs)
    run(docs[:20])  # warm up
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        n_expr, n_resolved = run(docs)
    elapsed = (time.perf_counter() - t0) / args.repeat
    print(
        f"corpus: {len(docs)} articles, {chars / 1e6:.2f} M chars, {n_expr} expressions ({n_resolved} resolved)"
    )
    print(f"time (find + resolve + DateContext over clauses): {elapsed * 1e3:.1f} ms per pass")
    print(f"  {len(docs) / elapsed:,.0f} articles/s, {chars / elapsed / 1e6:.2f} M chars/s")
    print(
        f"  {n_expr / elapsed:,.0f} expressions/s, {elapsed / max(n_expr, 1) * 1e6:.1f} µs per expression (all work)"
    )
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        exprs = [(e, pub) for text, pub in docs for e in find_time_expressions(text)]
    t_find = (time.perf_counter() - t0) / args.repeat
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for e, pub in exprs:
            resolve(e, pub)
    t_res = (time.perf_counter() - t0) / args.repeat
    print(
        f"  finder alone {t_find * 1e3:.1f} ms per pass; resolve alone {t_res / max(len(exprs), 1) * 1e6:.2f} µs per expression"
    )
    dp = bench_dateparser(200)
    if dp is not None:
        print(f"dateparser.parse for comparison: {dp:.0f} µs per call (not used at run time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
