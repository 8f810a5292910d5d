"""OrderedMapper: input order, bounded submission, local jobs, cancellation."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from rasad.batch import OrderedMapper


def _slow_square(x: int) -> int:
    time.sleep(random.random() / 500)
    return x * x


class CountingSubmit:
    """An executor's submit that records how many jobs were submitted and not yet consumed."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self.pool = pool
        self.submitted_jobs = 0
        self.shipped: list[Any] = []
        self.lock = threading.Lock()

    def __call__(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        with self.lock:
            self.submitted_jobs += len(args[1])
            self.shipped.extend(args[1])
        return self.pool.submit(fn, *args)


def test_results_come_in_input_order() -> None:
    with ThreadPoolExecutor(4) as pool:
        mapper = OrderedMapper(pool.submit, chunk_size=3, max_in_flight=5)
        assert list(mapper(_slow_square, range(200))) == [x * x for x in range(200)]


def test_empty_input() -> None:
    with ThreadPoolExecutor(2) as pool:
        assert list(OrderedMapper(pool.submit)(_slow_square, [])) == []


def test_submission_is_bounded_whatever_the_input_size() -> None:
    chunk, in_flight = 4, 3
    with ThreadPoolExecutor(2) as pool:
        submit = CountingSubmit(pool)
        mapper = OrderedMapper(submit, chunk_size=chunk, max_in_flight=in_flight)
        consumed = 0
        for _ in mapper(_slow_square, iter(range(10_000))):
            consumed += 1
            # never more than the chunks in flight (plus the one being read) ahead of the consumer
            assert submit.submitted_jobs - consumed <= chunk * (in_flight + 1)
            if consumed == 100:
                break
        assert submit.submitted_jobs <= 100 + chunk * (in_flight + 1)


def test_local_jobs_are_not_shipped_and_keep_their_place() -> None:
    with ThreadPoolExecutor(2) as pool:
        submit = CountingSubmit(pool)
        mapper = OrderedMapper(submit, chunk_size=4, max_in_flight=2, local=lambda x: x % 3 == 0)
        assert list(mapper(_slow_square, range(50))) == [x * x for x in range(50)]
        assert submit.shipped and all(x % 3 for x in submit.shipped)


def test_an_error_in_a_task_reaches_the_consumer() -> None:
    def boom(x: int) -> int:
        if x == 17:
            raise ValueError("bad job 17")
        return x

    with ThreadPoolExecutor(2) as pool:
        mapper = OrderedMapper(pool.submit, chunk_size=2, max_in_flight=2)
        out: list[int] = []
        with pytest.raises(ValueError, match="bad job 17"):
            for r in mapper(boom, range(40)):
                out.append(r)
        assert out == list(range(16))


def test_stopping_early_cancels_what_has_not_started() -> None:
    gate = threading.Event()
    started: list[int] = []

    def wait(x: int) -> int:
        started.append(x)
        if x:
            gate.wait(5)  # job 1 holds the only thread until the consumer has stopped
        return x

    with ThreadPoolExecutor(1) as pool:
        mapper = OrderedMapper(pool.submit, chunk_size=1, max_in_flight=6)
        gen = mapper(wait, range(100))
        assert next(gen) == 0
        gen.close()  # the jobs queued behind job 1 (which may have started) are cancelled, never run
        gate.set()
    assert started in ([0], [0, 1])


def test_a_worker_settles_the_collector_once_its_pipeline_is_loaded() -> None:
    import gc

    from rasad.batch.worker import GC_THRESHOLD, PipelineSpec, _loaded, worker_pipeline

    before, spec = gc.get_threshold(), PipelineSpec(geo=False)
    _loaded.pipelines.pop(spec, None)
    try:
        pipeline = worker_pipeline(spec)
        assert gc.get_threshold() == GC_THRESHOLD
        assert gc.get_freeze_count() > 0  # what was loaded is out of the collector's sight
        assert worker_pipeline(spec) is pipeline  # built once per process
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
        _loaded.pipelines.pop(spec, None)
