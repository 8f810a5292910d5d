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

    .venv/bin/python benchmarks/bench_batch.py [--replicas 20] [--skip-dask]
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
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

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
STAGES = {
    "Segmenter": "segment",
    "LexiconTagger": "match",
    "Toponymizer": "toponyms+geocode",
    "DateResolver": "dates",
}


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.jsonl"))


def replicate(files: list[Path], out: Path, copies: int) -> Path:
    """The corpus ``copies`` times, each copy with ids suffixed ``~rN`` and a last line ``[rN]`` (a distinct
    text, so that the store does not skip it as already stored)."""
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
    t = time.perf_counter()
    for a in arts:
        for _ in automaton.iter(normalize(a.text).text):
            pass
    floor = time.perf_counter() - t
    print(
        f"floor (normalize + one Aho-Corasick scan): {floor:.2f} s, {len(arts) / floor:.0f} articles/s; "
        f"whole pipeline / floor = {pipe_seconds / floor:.1f}×"
    )


# -- ingest runs ------------------------------------------------------------------------------------------


class RssSampler:
    """Peak RSS of this process's children (the workers), sampled every 50 ms."""

    def __init__(self) -> None:
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            for child in me.children(recursive=True):
                try:
                    rss = child.memory_info().rss / 1e6
                    cmd = " ".join(child.cmdline())
                except psutil.Error:
                    continue
                if "resource_tracker" in cmd or "forkserver" in cmd:
                    continue
                self.peak[child.pid] = max(self.peak.get(child.pid, 0.0), rss)

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


def bench_ingest(label: str, path: Path, n: int, size: float, tmp: Path, **kwargs: Any) -> Iterator[Any]:
    db = tmp / f"{label.replace(' ', '-')}.db"
    with RssSampler() as rss:
        t = time.perf_counter()
        with StoreWriter.open(db) as writer:
            summary = ingest_parallel(read_inputs([path]), writer=writer, spec=PipelineSpec(), **kwargs)
        secs = time.perf_counter() - t
    workers = sorted(rss.peak.values(), reverse=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per = ", ".join(f"{w:.0f}" for w in workers) if workers else f"{own:.0f} (in-process)"
    print(
        f"  {label:18} {n / secs:7.1f} articles/s  {size / secs:5.2f} MB/s  {secs:6.1f} s  "
        f"peak RSS per worker MB: {per}  ({summary.new} stored, {summary.failed} failed, {summary.events} events)"
    )
    yield n / secs
    yield stored_events(db)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--replicas", type=int, default=20)
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()
    files = corpus_files()
    if not files:
        print(f"bench_batch: skipped, no corpus at {CORPUS}")
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        arts = articles(files)
        print(
            f"corpus: {len(arts)} articles, {mb(arts):.2f} MB of UTF-8 text ({', '.join(f.name for f in files)})"
        )
        pipe = bench_stages(arts, tmp / "stages.db")
        bench_floor(arts, pipe)
        big = replicate(files, tmp / "corpus-x.jsonl", args.replicas)
        big_arts = articles([big])
        n, size = len(big_arts), mb(big_arts)
        del big_arts
        print(f"\ningest into a fresh store, corpus ×{args.replicas}: {n} articles, {size:.1f} MB")
        runs: list[tuple[str, dict[str, Any]]] = [
            ("in-process", {"workers": 0}),
            ("local, 1 worker", {"workers": 1}),
            ("local, 2 workers", {"workers": 2}),
        ]
        if not args.skip_dask:
            try:
                import distributed  # noqa: F401

                runs.append(("dask, 2 workers", {"engine": "dask", "workers": 2}))
            except ImportError:
                print("  dask: skipped (pip install 'rasad[dask]')")
        rates: dict[str, float] = {}
        tables: dict[str, list[tuple[Any, ...]]] = {}
        for label, kw in runs:
            it = bench_ingest(label, big, n, size, tmp, **kw)
            rates[label] = next(it)
            tables[label] = next(it)
        base = rates["local, 1 worker"]
        print(f"  2 workers / 1 worker: {rates['local, 2 workers'] / base:.2f}×")
        if "dask, 2 workers" in rates:
            print(f"  dask / local (2 workers): {rates['dask, 2 workers'] / rates['local, 2 workers']:.2f}×")
        first = next(iter(tables.values()))
        same = all(t == first for t in tables.values())
        print(f"  same stored events in every run: {'yes' if same else 'NO'} ({len(first)} events)")


if __name__ == "__main__":
    main()
