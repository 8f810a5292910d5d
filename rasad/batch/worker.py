"""The worker side: one :class:`~rasad.pipeline.Pipeline` per worker process, built once and reused.

A :class:`PipelineSpec` says how to build the pipeline (which gazetteer index); it is small and picklable, so it
travels to worker processes — local ones (``ProcessPoolExecutor(initializer=init_worker, ...)``) or Dask
workers on other machines — instead of the loaded lexicons and gazetteer. :class:`WorkerExtractor` is the
picklable extractor the store's :class:`~rasad.store.ExtractTask` calls: it runs the pipeline of the process it
lands in.

The loaded pipelines are per-process state by nature (that is the point: load once per process); they are kept
per *thread* so that a Dask worker running several threads never shares one pipeline between two running
tasks (a pipeline is reusable but not thread-safe).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rasad.model import Article, Event

if TYPE_CHECKING:
    from rasad.assemble.doc import Doc
    from rasad.pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """How a worker builds its pipeline. ``gazetteer``: the index file or folder (``None``: the worker's own
    default, ``$RASAD_HOME/gazetteer.sqlite``); ``geo=False`` runs without geocoding; ``historical``: see
    :class:`~rasad.pipeline.Pipeline`."""

    gazetteer: str | None = None
    geo: bool = True
    historical: bool = False

    def build(self) -> Pipeline:
        from rasad.pipeline import Pipeline, default_geo

        if not self.geo:
            return Pipeline(geo=None, historical=self.historical)
        geo = default_geo(Path(self.gazetteer) if self.gazetteer else None)
        return Pipeline(geo=geo, historical=self.historical)

    def prepare(self) -> None:
        """Build the gazetteer index once, in the calling process, when it does not exist yet — so that
        workers starting together do not all try to build it."""
        if not self.geo:
            return
        from rasad.geo import Gazetteer

        Gazetteer.open(Path(self.gazetteer) if self.gazetteer else None).close()

    def extractor(self) -> str:
        """The build id of the events this spec's pipeline makes (:func:`rasad.build.extractor_id`: this build,
        with the fingerprint of the gazetteer index it geocodes against, built here on first use as the workers
        would build it) — what the store records with them."""
        from rasad.build import extractor_id

        if not self.geo:
            return extractor_id(historical=self.historical)
        from rasad.geo import Gazetteer

        with Gazetteer.open(Path(self.gazetteer) if self.gazetteer else None) as gazetteer:
            return extractor_id(historical=self.historical, places=gazetteer.fingerprint())

    def index_state(self) -> tuple[int, int] | None:
        """The gazetteer index file's modification time and size (``None`` without geocoding or an index):
        an import into the index changes them."""
        if not self.geo:
            return None
        from rasad.geo import index_path

        try:
            st = index_path(Path(self.gazetteer) if self.gazetteer else None).stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size


class _Loaded(threading.local):
    def __init__(self) -> None:
        self.pipelines: dict[PipelineSpec, tuple[Pipeline, tuple[int, int] | None]] = {}


_loaded = _Loaded()


def worker_pipeline(spec: PipelineSpec) -> Pipeline:
    """This process's (and thread's) pipeline for ``spec``, built on first use, and built again when places
    were imported into its gazetteer index since (its lookups and caches would keep the old places)."""
    state = spec.index_state()
    loaded = _loaded.pipelines.get(spec)
    if loaded is not None and loaded[1] == state:
        return loaded[0]
    pipeline = spec.build()
    _loaded.pipelines[spec] = (pipeline, spec.index_state())  # (building may have refreshed the index)
    settle_gc()
    return pipeline


# The pipeline allocates many small, short-lived objects per article and makes next to no reference cycles;
# with the default threshold (700) the collector runs every few hundred allocations and walks the loaded
# lexicons and gazetteer caches each time: about 7 % of a worker's time.
GC_THRESHOLD = (50_000, 50, 100)


def settle_gc() -> None:
    """Move what is loaded so far (lexicons, gazetteer index, caches) out of the collector's sight and let the
    first generation grow larger before it is collected. Cycles are still collected, only less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def init_worker(spec: PipelineSpec) -> None:
    """``ProcessPoolExecutor`` initializer: load the pipeline before the first article arrives (and, in a child
    process, end it when its parent dies: see :func:`exit_with_parent`)."""
    exit_with_parent()
    worker_pipeline(spec)


PARENT_CHECK_SECONDS = 1.0
_watching = threading.Event()


def exit_with_parent(interval: float = PARENT_CHECK_SECONDS) -> None:
    """In a child process, a daemon thread that ends the process as soon as its parent is gone (re-parented:
    ``os.getppid()`` changed). A worker of a ``rasad ingest`` killed with ``kill -9`` would otherwise wait on
    its task queue for ever, holding its loaded pipeline (about 100 MB). Nothing in the main process."""
    if multiprocessing.parent_process() is None or _watching.is_set():
        return
    _watching.set()
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)  # (no clean-up to run: the parent that would collect the results is gone)

    threading.Thread(target=watch, name="rasad-exit-with-parent", daemon=True).start()


@dataclass(frozen=True, slots=True)
class WorkerExtractor:
    """``extractor(article) -> events`` with the pipeline of the process it runs in (picklable)."""

    spec: PipelineSpec = PipelineSpec()

    def __call__(self, article: Article) -> Sequence[Event]:
        return worker_pipeline(self.spec)(article)

    # the two halves of a call, so that the store's task keeps the text the pipeline normalized (see
    # rasad.store.writer.ExtractTask) instead of normalizing it a second time for the writer
    def make_doc(self, article: Article) -> Doc:
        return worker_pipeline(self.spec).make_doc(article)

    def extract_doc(self, doc: Doc) -> list[Event]:
        return worker_pipeline(self.spec).extract_doc(doc)
