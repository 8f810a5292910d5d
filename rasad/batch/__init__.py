"""Parallel and distributed runs over corpora.

- :func:`ingest_parallel` / :func:`open_mapper` — the store's ingest loop fed by worker processes
  (``engine="local"``) or Dask distributed (``engine="dask"``), bounded and in input order;
- :class:`OrderedMapper` — ordered, bounded ``map`` over any executor's ``submit``;
- :class:`PipelineSpec`, :class:`WorkerExtractor` — one pipeline per worker process, loaded once;
- :func:`extract_to_parquet`, :func:`load_dir` — JSONL partitions → Parquet partitions → the store, for
  corpora larger than memory;
- :class:`Progress` — rate and ETA for a progress display.

Dask is optional (``pip install 'rasad[dask]'``) and imported only when the Dask engine is used.
"""

from __future__ import annotations

from rasad.batch.bag import Partition, extract_partition, extract_to_parquet, split_jsonl
from rasad.batch.executor import OrderedMapper, default_workers, process_pool
from rasad.batch.ingest import ENGINES, ingest_parallel, open_mapper
from rasad.batch.parquet import articles_schema, events_schema, load_dir
from rasad.batch.progress import Progress, ProgressState, count_inputs, format_bar, format_line
from rasad.batch.worker import PipelineSpec, WorkerExtractor, init_worker, worker_pipeline

__all__ = [
    "ENGINES",
    "OrderedMapper",
    "Partition",
    "PipelineSpec",
    "Progress",
    "ProgressState",
    "WorkerExtractor",
    "articles_schema",
    "count_inputs",
    "default_workers",
    "events_schema",
    "extract_partition",
    "extract_to_parquet",
    "format_bar",
    "format_line",
    "ingest_parallel",
    "init_worker",
    "load_dir",
    "open_mapper",
    "process_pool",
    "split_jsonl",
    "worker_pipeline",
]
