"""Ordered, bounded mapping over any executor, and the local process pool.

``ProcessPoolExecutor.map`` submits its whole input before yielding the first result, so a corpus of millions
of articles would sit in memory at once. :class:`OrderedMapper` keeps at most ``max_in_flight`` chunks of
``chunk_size`` jobs submitted, and yields results in input order — so the single writer sees exactly the
sequence a plain loop would give, whatever the number of workers. It needs only ``submit(fn, *args) ->
future``, which ``concurrent.futures`` executors and Dask's ``Client.get_executor()`` both provide.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any, Protocol, TypeVar

from rasad.batch.worker import PipelineSpec, init_worker

J = TypeVar("J")
R = TypeVar("R")


class Submitter(Protocol):
    def __call__(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]: ...


def run_chunk(fn: Callable[[J], R], jobs: Sequence[J]) -> list[R]:
    """One task: ``fn`` over a chunk of jobs (chunks amortize the per-task cost of pickling and scheduling)."""
    return [fn(job) for job in jobs]


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class OrderedMapper:
    """``mapper(fn, jobs)``: ``fn(job)`` for every job, in order, computed through ``submit``.

    Jobs for which ``local(job)`` is true (say, articles already stored, or unreadable inputs) are computed in
    the calling process and never shipped to a worker. At most ``max_in_flight`` chunks are submitted at any
    time; when the consumer stops early, the chunks not yet started are cancelled."""

    def __init__(
        self,
        submit: Submitter,
        *,
        chunk_size: int = 8,
        max_in_flight: int = 8,
        local: Callable[[Any], bool] | None = None,
    ) -> None:
        self.submit = submit
        self.chunk_size = max(1, chunk_size)
        self.max_in_flight = max(1, max_in_flight)
        self.local = local

    def __call__(self, fn: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        # each entry: the future of the chunk's remote jobs (or None) and, per job, its local result or a marker
        pending: deque[tuple[Future[list[R]] | None, list[tuple[bool, Any]]]] = deque()
        it = iter(jobs)
        try:
            while True:
                chunk = list(islice(it, self.chunk_size))
                if chunk:
                    slots: list[tuple[bool, Any]] = []
                    remote: list[J] = []
                    for job in chunk:
                        if self.local is not None and self.local(job):
                            slots.append((True, fn(job)))
                        else:
                            slots.append((False, None))
                            remote.append(job)
                    fut = self.submit(run_chunk, fn, remote) if remote else None
                    pending.append((fut, slots))
                if not pending:
                    return
                if chunk and len(pending) < self.max_in_flight:
                    continue
                fut, slots = pending.popleft()
                results = iter(fut.result() if fut is not None else ())
                for is_local, value in slots:
                    yield value if is_local else next(results)
        finally:
            for fut, _ in pending:
                if fut is not None:
                    fut.cancel()


@contextmanager
def process_pool(
    workers: int, spec: PipelineSpec, *, mp_context: str | None = None
) -> Iterator[ProcessPoolExecutor]:
    """``workers`` processes, each with one pipeline loaded by the initializer before its first task."""
    spec.prepare()
    ctx = multiprocessing.get_context(mp_context) if mp_context else None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker, initargs=(spec,))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
