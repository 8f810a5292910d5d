"""Whole-pipeline throughput and memory, printed and never asserted (issue 7).

On ``../shared/corpus/*.jsonl`` and on the same corpus replicated ×20 (each copy with its own ids and a
distinct last line, so the store really stores and deduplicates it):

- the time split by stage (normalize, segment, match, toponyms+geocode, dates, assemble, store), in one
  process, with the pipeline's own components wrapped by timers (they are not changed);
- the floor of this design — normalization plus one bare Aho-Corasick scan of the same text — and the
  ratio of the whole pipeline to it;
- ``rasad ingest`` throughput into a fresh store (articles/s, MB/s of UTF-8 text) in-process, with 1 and 2
  worker processes and with the Dask engine on a local cluster, wall time including start-up; peak RSS of
  each worker process (psutil) and of the writer; whether every run stored the same events.

    .venv/bin/python benchmarks/bench_batch.py [--corpus DIR] [--replicas 20] [--skip-dask]

Without a corpus (no ``*.jsonl`` in ``--corpus``, default ``../shared/corpus``) it measures nothing, says so
and exits with status 3 (:data:`SKIPPED`), which ``run_all.py`` (``make bench``) reports as a skip, not a success.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

from rasad.assemble.doc import Doc
from rasad.batch import PipelineSpec, ingest_parallel
from rasad.io import read_inputs
from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.store import StoreWriter
from rasad.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SYRIA = (SHARED / "gazetteer" / "syria-places.csv", SHARED / "gazetteer" / "syr_admin1.geojson")
STAGES = {
    "Segmenter": "segment",
    "LexiconTagger": "match",
    "Toponymizer": "toponyms+geocode",
    "DateResolver": "dates",
}


def gazetteer_home(home: Path) -> str:
    """A ``$RASAD_HOME`` whose index holds the embedded default plus the shared Syria gazetteer when present
    (what the memory target is stated for); workers inherit it through the environment."""
    from rasad.geo import Gazetteer, import_files

    with Gazetteer.open(home=home, writable=True) as gaz:
        present = [f for f in SYRIA if f.exists()]
        if present:
            import_files(gaz, present)
    return "embedded default" + (" + " + " + ".join(f.name for f in present) if present else "")


SKIPPED = 3  # exit status of a benchmark that measured nothing (no corpus): see run_all.py


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted(corpus.glob("*.jsonl"))


def _years_later(published: str, years: int) -> str:
    d = dt.date.fromisoformat(published[:10])
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:  # 29 February
        return (d + dt.timedelta(days=365 * years)).isoformat()


def replicate(files: list[Path], out: Path, copies: int) -> Path:
    """The corpus ``copies`` times, each copy with ids suffixed ``~rN``, a last line ``[rN]`` (a distinct
    text, so that the store does not skip it as already stored) and published N years later, so that the
    copies read as news of other days: otherwise every event would have 19 exact duplicates for the store to
    merge, which is no corpus's shape (explicit dates with a year still give some)."""
    with out.open("w", encoding="utf-8") as fh:
        for r in range(copies):
            for f in files:
                for line in f.read_text(encoding="utf-8").splitlines():
                    if not line.strip():
                        continue
                    obj = json.loads(line)
                    if r:
                        obj["id"] = f"{obj.get('id', 'article')}~r{r}"
                        obj["text"] = obj["text"] + f"\n[r{r}]"
                        if obj.get("published"):
                            obj["published"] = _years_later(obj["published"], r)
                    fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return out


def articles(paths: list[Path]) -> list[Article]:
    return [a for a in read_inputs(paths) if isinstance(a, Article)]


def mb(arts: list[Article]) -> float:
    return sum(len(a.text.encode("utf-8")) for a in arts) / 1e6


# -- stage split ------------------------------------------------------------------------------------------


def timed(fn: Callable[[Any], Any], name: str, acc: dict[str, float]) -> Callable[[Any], Any]:
    def run(x: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(x)
        finally:
            acc[name] += time.perf_counter() - t

    return run


def bench_stages(arts: list[Article], db: Path) -> float:
    """Print the time per stage; return the whole pipeline's seconds (without the store)."""
    pipeline = Pipeline()
    acc: dict[str, float] = defaultdict(float)
    norm = timed(normalize, "normalize", acc)
    comps = [timed(c, STAGES.get(type(c).__name__, type(c).__name__), acc) for c in pipeline.components]
    assemble = timed(pipeline.extract_doc, "assemble", acc)
    results = []
    for a in arts[:20]:  # warm caches outside the measurement
        pipeline(a)
    for a in arts:
        doc = Doc(article=a, norm=norm(a.text))
        for c in comps:
            doc = c(doc)
        results.append((a, assemble(doc)))
    if [e.to_dict() for e in results[0][1]] != [e.to_dict() for e in pipeline(arts[0])]:
        print("  warning: the timed stages gave other events than Pipeline()(article)")
    with StoreWriter.open(db) as writer:
        add = timed(lambda r: writer.add(*r), "store", acc)
        for r in results:
            add(r)
    total = sum(acc.values())
    pipe = total - acc["store"]
    print(f"time by stage over {len(arts)} articles ({total:.2f} s in one process):")
    for name, secs in sorted(acc.items(), key=lambda kv: -kv[1]):
        print(
            f"  {name:18} {secs:7.2f} s  {secs / total * 100:5.1f} %  {secs / len(arts) * 1000:6.2f} ms/article"
        )
    return pipe


def bench_floor(arts: list[Article], pipe_seconds: float) -> None:
    automaton = Pipeline(geo=None).components[1].matcher._automaton  # the pipeline's own automaton
    floor = float("inf")
    for _ in range(3):  # the best of three: the floor is short and easily disturbed
        t = time.perf_counter()
        for a in arts:
            for _ in automaton.iter(normalize(a.text).text):
                pass
        floor = min(floor, time.perf_counter() - t)
    print(
        f"floor (normalize + one Aho-Corasick scan): {floor:.2f} s, {len(arts) / floor:.0f} articles/s; "
        f"whole pipeline / floor = {pipe_seconds / floor:.1f}×"
    )


# -- ingest runs ------------------------------------------------------------------------------------------


class RssSampler:
    """Peak RSS and USS of this process's children (the workers), sampled every 50 ms. RSS counts the pages a
    forked worker shares with its parent; USS only the worker's own."""

    def __init__(self) -> None:
        self.peak: dict[int, float] = {}
        self.peak_uss: dict[int, float] = {}
        self.own = 0.0  # this process (ru_maxrss would count what the process was before its exec)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            self.own = max(self.own, me.memory_info().rss / 1e6)
            for child in me.children(recursive=True):
                try:
                    cmd = " ".join(child.cmdline())
                    if "resource_tracker" in cmd or "forkserver" in cmd:
                        continue
                    mem = child.memory_full_info()
                except psutil.Error:
                    continue
                self.peak[child.pid] = max(self.peak.get(child.pid, 0.0), mem.rss / 1e6)
                self.peak_uss[child.pid] = max(self.peak_uss.get(child.pid, 0.0), mem.uss / 1e6)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def stored_events(db: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM events ORDER BY id").fetchall()
    finally:
        con.close()


def ingest_once(path: Path, db: Path, engine: str, workers: int) -> dict[str, Any]:
    """One ``rasad ingest`` run in this process (a fresh one per configuration, so that the memory figures are
    those of a real run): seconds, the summary, peak RSS/USS of each worker and of this (the writer's) process."""
    with RssSampler() as rss:
        t = time.perf_counter()
        with StoreWriter.open(db) as writer:
            summary = ingest_parallel(
                read_inputs([path]), writer=writer, engine=engine, workers=workers, spec=PipelineSpec()
            )
        secs = time.perf_counter() - t
    return {
        "secs": secs,
        "summary": [summary.new, summary.failed, summary.events],
        "workers": [[rss.peak[p], rss.peak_uss[p]] for p in sorted(rss.peak, key=lambda p: -rss.peak[p])],
        "writer_rss": rss.own,
    }


def freeze_code(dest: Path) -> dict[str, str]:
    """A copy of the ``rasad`` package this benchmark imported, and the environment that makes the runs (and
    their Dask workers, which inherit it) import that copy: every run measures the same code even when the
    working tree changes meanwhile."""
    import rasad

    shutil.copytree(Path(rasad.__file__).parent, dest / "rasad", ignore=shutil.ignore_patterns("__pycache__"))
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(dest), os.environ.get("PYTHONPATH")])),
    }


def bench_ingest(
    label: str, path: Path, n: int, size: float, db: Path, engine: str, workers: int, env: dict[str, str]
) -> float:
    cmd = [sys.executable, __file__, "--ingest", str(path), "--db", str(db), "--engine", engine]
    proc = subprocess.run([*cmd, "--workers", str(workers)], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        print(f"  {label:18} FAILED: {proc.stderr.strip().splitlines()[-1:]}")
        return 0.0
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    secs = r["secs"]
    per = (
        ", ".join(f"{rss:.0f} (USS {uss:.0f})" for rss, uss in r["workers"])
        or "none: in the writer's process"
    )
    new, failed, events = r["summary"]
    print(
        f"  {label:18} {n / secs:7.1f} articles/s  {size / secs:5.2f} MB/s  {secs:6.1f} s  "
        f"peak RSS per worker, MB: {per}; writer {r['writer_rss']:.0f}  ({new} stored, {failed} failed, {events} events)"
    )
    return n / secs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="Folder of JSONL articles (*.jsonl).")
    ap.add_argument("--replicas", type=int, default=20)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--ingest", type=Path, help=argparse.SUPPRESS)  # one run, in a fresh process
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.ingest:
        print(json.dumps(ingest_once(args.ingest, args.db, args.engine, args.workers)))
        return 0
    files = corpus_files(args.corpus)
    if not files:
        print(
            f"bench_batch: skipped, nothing measured: no corpus (*.jsonl) in {args.corpus} (give --corpus DIR)"
        )
        return SKIPPED
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        os.environ["RASAD_HOME"] = str(tmp / "home")
        print(f"gazetteer: {gazetteer_home(tmp / 'home')}")
        arts = articles(files)
        load = ", ".join(f"{x:.1f}" for x in psutil.getloadavg())
        print(f"machine: {psutil.cpu_count()} cores, load average {load} before the run")
        print(
            f"corpus: {len(arts)} articles, {mb(arts):.2f} MB of UTF-8 text ({', '.join(f.name for f in files)})"
        )
        pipe = bench_stages(arts, tmp / "stages.db")
        bench_floor(arts, pipe)
        big = replicate(files, tmp / "corpus-x.jsonl", args.replicas)
        big_arts = articles([big])
        n, size = len(big_arts), mb(big_arts)
        del big_arts
        env = freeze_code(tmp / "code")
        print(f"\ningest into a fresh store, corpus ×{args.replicas}: {n} articles, {size:.1f} MB")
        runs: list[tuple[str, str, int]] = [
            ("in-process", "local", 0),
            ("local, 1 worker", "local", 1),
            ("local, 2 workers", "local", 2),
        ]
        if not args.skip_dask:
            try:
                import distributed  # noqa: F401

                runs.append(("dask, 2 workers", "dask", 2))
            except ImportError:
                print("  dask: skipped (pip install 'rasad[dask]')")
        rates: dict[str, float] = {}
        tables: dict[str, list[tuple[Any, ...]]] = {}
        for label, engine, workers in runs:
            db = tmp / f"{engine}-{workers}.db"
            rates[label] = bench_ingest(label, big, n, size, db, engine, workers, env)
            if db.exists():
                tables[label] = stored_events(db)
        base = rates["local, 1 worker"]
        print(f"  2 workers / 1 worker: {rates['local, 2 workers'] / base:.2f}×")
        if "dask, 2 workers" in rates:
            print(f"  dask / local (2 workers): {rates['dask, 2 workers'] / rates['local, 2 workers']:.2f}×")
        first = next(iter(tables.values()))
        same = all(t == first for t in tables.values())
        print(f"  same stored events in every run: {'yes' if same else 'NO'} ({len(first)} events)")
        if not same:
            print("  (different events from the same code: a bug to report)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
