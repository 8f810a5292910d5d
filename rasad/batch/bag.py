"""Corpora larger than memory: JSONL files cut into byte-range partitions → events → Parquet partitions.

:func:`split_jsonl` reads each file once to cut it at line boundaries every ``blocksize`` bytes, recording
the line number each partition starts at, so that a partition's articles get the same default ids and the same
``file:line`` error locations as :func:`rasad.io.read_inputs` gives them. :func:`extract_partition` (one task)
reads its byte range, runs the worker's pipeline and writes ``articles/`` + ``events/`` Parquet files
(:mod:`rasad.batch.parquet`). :func:`extract_to_parquet` runs the tasks on a Dask bag (``engine="dask"``) or a
local process pool (``engine="local"``). Workers must see the input files at the same paths (one machine, or
a shared filesystem) and write to the same output folder.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path

from rasad.batch.executor import default_workers, process_pool
from rasad.batch.parquet import ARTICLES, EVENTS, PartitionResult, write_partition
from rasad.batch.worker import PipelineSpec, WorkerExtractor
from rasad.errors import UsageError
from rasad.io import JSONL_SUFFIXES, read_jsonl_lines
from rasad.store.writer import ExtractTask

BLOCKSIZE = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Partition:
    """Lines ``first_line``… of ``path`` between byte offsets ``start`` and ``end``."""

    path: str
    file_index: int
    index: int
    start: int
    end: int
    first_line: int

    @property
    def name(self) -> str:
        return f"part-{self.file_index:05d}-{self.index:05d}"


def split_jsonl(paths: Sequence[str | Path], *, blocksize: int = BLOCKSIZE) -> list[Partition]:
    """Partitions of about ``blocksize`` bytes of whole lines, file by file, in order."""
    parts: list[Partition] = []
    for fi, p in enumerate(paths):
        path = Path(p)
        if path.suffix.lower() not in JSONL_SUFFIXES:
            raise UsageError(f"{path}: not a JSONL file", hint="batch extract reads .jsonl / .ndjson files")
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        start = pos = 0
        line = first = 1
        index = 0
        with path.open("rb") as fh:
            for raw in fh:
                pos += len(raw)
                line += 1
                if pos - start >= blocksize:
                    parts.append(Partition(str(p), fi, index, start, pos, first))
                    index, start, first = index + 1, pos, line
        if pos > start or index == 0:
            parts.append(Partition(str(p), fi, index, start, pos, first))
    return parts


def partition_lines(part: Partition) -> Iterator[bytes]:
    """The partition's lines, preceded by one empty line for each line before it: ``read_jsonl_lines`` skips
    empty lines but counts them, so line numbers (and the default ids made from them) come out as in a read of
    the whole file."""
    with open(part.path, "rb") as fh:
        fh.seek(part.start)
        data = fh.read(part.end - part.start)
    # iterating a BytesIO splits exactly as iterating the file does (on b"\n", keeping it)
    return chain(repeat(b"", part.first_line - 1), io.BytesIO(data))


def extract_partition(
    part: Partition,
    *,
    out_dir: str,
    spec: PipelineSpec = PipelineSpec(),
    published: dt.date | None = None,
    extractor: str | None = None,
) -> PartitionResult:
    """One task: read, extract and write one partition (``extractor``: the build id written with it)."""
    task = ExtractTask(WorkerExtractor(spec))
    items = read_jsonl_lines(
        partition_lines(part), name=part.path, stem=Path(part.path).stem, published=published
    )
    results = [task((item, False, None)) for item in items]
    return write_partition(Path(out_dir), part.name, results, extractor=extractor)


def _prepare_out(out_dir: Path, *, overwrite: bool) -> None:
    existing = [p for sub in (ARTICLES, EVENTS) for p in (out_dir / sub).glob("*.parquet")]
    if existing and not overwrite:
        raise UsageError(
            f"{out_dir} already holds Parquet partitions",
            hint="choose another --out folder, or pass --overwrite to replace them",
        )
    for p in existing:
        p.unlink()
    out_dir.mkdir(parents=True, exist_ok=True)


def extract_to_parquet(
    paths: Sequence[str | Path],
    out_dir: Path,
    *,
    engine: str = "dask",
    workers: int | None = None,
    scheduler: str | None = None,
    spec: PipelineSpec = PipelineSpec(),
    published: dt.date | None = None,
    blocksize: int = BLOCKSIZE,
    overwrite: bool = False,
    progress: Callable[[PartitionResult, int, int], None] | None = None,
) -> list[PartitionResult]:
    """Extract every line of the JSONL ``paths`` into Parquet partitions under ``out_dir``; the results per
    partition, in input order. ``progress(result, done, total)`` is called as partitions finish."""
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}", hint="use local or dask")
    parts = split_jsonl(paths, blocksize=blocksize)
    _prepare_out(out_dir, overwrite=overwrite)
    build = spec.extractor()  # (here, once: the workers geocode against the same index)
    out = str(out_dir.resolve())
    done: list[PartitionResult] = []

    def report(results: Iterable[PartitionResult]) -> None:
        for r in results:
            done.append(r)
            if progress is not None:
                progress(r, len(done), len(parts))

    if engine == "local":
        n = default_workers() if workers is None else max(1, workers)
        with process_pool(n, spec) as pool:
            futures = [
                pool.submit(
                    extract_partition, p, out_dir=out, spec=spec, published=published, extractor=build
                )
                for p in parts
            ]
            from concurrent.futures import as_completed

            report(f.result() for f in as_completed(futures))
    else:
        from rasad.batch.cluster import dask_client, require_distributed

        distributed = require_distributed()  # first: a clear message when Dask is not installed
        import dask.bag as db

        with dask_client(scheduler, workers=workers or default_workers(), spec=spec) as client:
            bag = db.from_sequence(parts, npartitions=max(1, len(parts)))
            tasks = bag.map(
                extract_partition, out_dir=out, spec=spec, published=published, extractor=build
            ).to_delayed()
            futures = client.compute(tasks)
            report(r for fut in distributed.as_completed(futures) for r in fut.result())
    order = {p.name: i for i, p in enumerate(parts)}
    return sorted(done, key=lambda r: order[r.name])
