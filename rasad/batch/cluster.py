"""The Dask engine: the same extraction on Dask distributed — a local cluster of worker processes, or a real
cluster of machines given its scheduler address.

Dask is an optional extra (``pip install 'rasad[dask]'``) and is imported only here, only when asked for.
Every worker builds its own pipeline from a :class:`~rasad.batch.worker.PipelineSpec`, so every machine needs
the same rasad version and the same gazetteer index; :func:`dask_client` checks the versions on connecting.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rasad.batch.worker import PipelineSpec, init_worker
from rasad.errors import UsageError

INSTALL_HINT = "pip install 'rasad[dask]'"


def require_distributed() -> Any:
    """The ``distributed`` module, or a :class:`UsageError` that says how to install it."""
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "the Dask engine needs the optional Dask dependencies, which are not installed",
            hint=f"install them with: {INSTALL_HINT}",
        ) from None
    return distributed


def rasad_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rasad")
    except PackageNotFoundError:
        return "unknown"


@contextmanager
def dask_client(
    scheduler: str | None = None,
    *,
    workers: int | None = None,
    spec: PipelineSpec | None = None,
    connect_timeout: float = 30.0,
) -> Iterator[Any]:
    """A ``distributed.Client``: connected to ``scheduler`` (``tcp://HOST:PORT``), or to a new
    ``LocalCluster`` of ``workers`` single-threaded processes (closed on exit). With ``spec``, every worker
    loads its pipeline before the first article (and a worker that cannot fails here, not mid-run)."""
    distributed = require_distributed()
    cluster = None
    if scheduler is None:
        if spec is not None:
            spec.prepare()
        cluster = distributed.LocalCluster(
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # (no dashboard, but the scheduler still serves its health pages: on a free port, not Dask's 8787,
            # which another cluster may hold — else a warning that the port is in use)
            scheduler_kwargs={"dashboard_address": ":0"},
            silence_logs=logging.ERROR,
        )
        client = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(scheduler, timeout=connect_timeout)
        except OSError as exc:
            raise UsageError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                hint="start one with `dask scheduler` and pass the address it prints",
            ) from None
    try:
        _check_versions(client)
        if spec is not None:
            warm_up(client, spec)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _check_versions(client: Any) -> None:
    mine = rasad_version()
    theirs = client.run(rasad_version)
    odd = {addr: v for addr, v in theirs.items() if v != mine}
    if odd:
        listed = ", ".join(f"{a} has {v}" for a, v in sorted(odd.items()))
        raise UsageError(
            f"Dask workers run another rasad version than this client ({mine}): {listed}",
            hint="install the same rasad version on every worker machine",
        )


def warm_up(client: Any, spec: PipelineSpec) -> None:
    """Load the pipeline on every worker now: one task per worker thread, pinned to the worker (a thread
    that the scheduler happens not to give one of them loads its pipeline with its first article)."""
    futures = []
    for addr, nthreads in client.nthreads().items():
        for _ in range(nthreads):
            futures.append(client.submit(init_worker, spec, workers=[addr], pure=False))
    client.gather(futures)


def total_threads(client: Any) -> int:
    return max(1, sum(client.nthreads().values()))
