"""Event store figures (issue 6), printed, never asserted:

1. ingesting ``../shared/corpus/`` twice gives the same events (second run: all unchanged);
2. ingest throughput (extraction + store) against bare extraction of the same articles, and the store's share:
   in one process (extraction then store, one after the other), and as ``rasad ingest --workers 1`` runs it
   (the pipeline in a worker process, the single writer beside it) on the corpus ×5;
3. a query by date range + event type + bounding box over N generated events (default 1,000,000), with
   ``query_events`` (first page of 100) and ``count_events``.

``python benchmarks/bench_store.py [--events N] [--corpus DIR]``
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasad.batch import ingest_parallel  # noqa: E402
from rasad.io import read_inputs  # noqa: E402
from rasad.model import Article  # noqa: E402
from rasad.pipeline import Pipeline  # noqa: E402
from rasad.store import EventFilter, StoreWriter, connect, count_events, export, ingest, query_events  # noqa: E402
from rasad.store.rows import INSERT_EVENT, event_to_row  # noqa: E402

TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
)


def _digest(db: Path) -> str:
    out = io.StringIO()
    export(connect(db, readonly=True), "jsonl", out)
    return hashlib.sha256(out.getvalue().encode()).hexdigest()[:16]


def bench_corpus(corpus: Path, tmp: Path) -> None:
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    mb = sum(len(a.text.encode()) for a in articles) / 1e6
    pipeline = Pipeline()
    pipeline(articles[0])  # load lexicons and gazetteer outside the timings

    t = time.perf_counter()
    for a in articles:
        pipeline(a)
    bare = time.perf_counter() - t

    db = tmp / "corpus.db"
    t = time.perf_counter()
    with StoreWriter.open(db) as w:
        first = ingest(articles, pipeline, writer=w)
    full = time.perf_counter() - t
    d1 = _digest(db)
    t = time.perf_counter()
    with StoreWriter.open(db) as w:
        second = ingest(articles, pipeline, writer=w)
    again = time.perf_counter() - t
    d2 = _digest(db)
    n = len(articles)
    print(f"corpus: {n} articles, {mb:.2f} MB, {first.events} reports → "
          f"{count_events(connect(db, readonly=True))} events")  # fmt: skip
    print(f"  bare extraction     {n / bare:8.1f} articles/s  {mb / bare:.3f} MB/s")
    print(f"  ingest (extract+store) {n / full:5.1f} articles/s  {mb / full:.3f} MB/s  "
          f"→ {100 * (full - bare) / bare:+.1f} % time over bare extraction (target ≤ 10 %)")  # fmt: skip
    print(f"  store (ingest − bare extraction): {1000 * (full - bare) / n:.2f} ms/article")
    # as `rasad ingest --workers 1` runs: the pipeline in one worker process, the writer beside it; on the
    # corpus ×5 (distinct texts, published r years later: news of other days, as bench_batch.py does — five
    # same-day copies of every event would measure five-way deduplication instead) so that the worker's
    # start-up (≈ 1 s) does not stand for the store
    copies = [
        dataclasses.replace(a, id=f"{a.id}~{r}", text=f"{a.text}\n[{r}]", published=_later(a.published, r))
        for r in range(5)
        for a in articles
    ]
    t = time.perf_counter()
    for a in copies:
        pipeline(a)
    bare5 = time.perf_counter() - t
    t = time.perf_counter()
    with StoreWriter.open(tmp / "worker.db") as w:
        ingest_parallel(copies, writer=w, workers=1)
    one = time.perf_counter() - t
    print(f"  corpus ×5, bare extraction in one process {len(copies) / bare5:5.1f} articles/s; "
          f"ingest with 1 worker process + the writer {len(copies) / one:5.1f} articles/s "
          f"→ {100 * (one - bare5) / bare5:+.1f} % time (start-up included)")  # fmt: skip
    print(f"  second ingest: {second.unchanged} unchanged, {second.new} new, in {again:.2f} s; "
          f"events identical: {d1 == d2} ({d1})")  # fmt: skip


def _later(day: dt.date | None, years: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day + dt.timedelta(days=365 * years)


def generate(db: Path, n: int, *, seed: int = 1) -> None:
    rnd = random.Random(seed)
    start = dt.date(2012, 1, 1).toordinal()
    con = connect(db)
    con.execute("BEGIN")
    rows = []
    for i in range(n):
        etype, sub = TYPES[rnd.randrange(len(TYPES))]
        day = dt.date.fromordinal(start + rnd.randrange(5 * 365)).isoformat()
        lat, lon = rnd.uniform(12.0, 37.5), rnd.uniform(9.0, 60.0)
        rec = {
            "id": f"{i:016x}", "category": "conflict", "event_type": etype, "sub_event_type": sub,
            "status": "occurred", "event_date": day, "time_precision": 1,
            "actor1": {"code": rnd.choice(("SYRMIL", "RUSMIL", "SYRREB", "IRQMIL", "YEMREB")), "name": "x"},
            "actor2": {"code": rnd.choice(("SYRCVL", None)), "name": None},
            "location": {"name_ar": "مكان", "latitude": lat, "longitude": lon, "admin1": f"A{rnd.randrange(60)}",
                         "country": rnd.choice(("SYR", "IRQ", "YEM", "LBY")), "geo_precision": 1},
            "fatalities": rnd.choice((0, 0, 1, 2, 5)), "article_id": f"art-{i}", "n_sources": 1,
        }  # fmt: skip
        rows.append(event_to_row(rec))
        if len(rows) == 50_000:
            con.executemany(INSERT_EVENT, rows)
            rows = []
    con.executemany(INSERT_EVENT, rows)
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def bench_query(n: int, tmp: Path) -> None:
    db = tmp / "big.db"
    t = time.perf_counter()
    generate(db, n)
    print(f"generated {n:,} events in {time.perf_counter() - t:.1f} s")
    con = connect(db, readonly=True)
    f = EventFilter(
        since=dt.date(2014, 3, 1), until=dt.date(2014, 8, 31), event_type="Explosions/Remote violence",
        bbox=(32.0, 35.0, 37.5, 42.5),
    )  # fmt: skip
    for name, fn in (("query_events (100)", lambda: query_events(con, f, limit=100)),
                     ("count_events", lambda: count_events(con, f))):  # fmt: skip
        times = []
        for _ in range(7):
            t = time.perf_counter()
            res = fn()
            times.append((time.perf_counter() - t) * 1000)
        size = len(res) if isinstance(res, list) else res
        print(f"  date range + type + bbox, {name:18}: median {statistics.median(times):6.1f} ms, "
              f"max {max(times):6.1f} ms ({size} results; target < 100 ms)")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.corpus.exists():
            bench_corpus(args.corpus, tmp)
        else:
            print(f"{args.corpus} is absent: corpus figures skipped")
        bench_query(args.events, tmp)


if __name__ == "__main__":
    main()
