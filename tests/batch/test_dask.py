"""The Dask engine (a local cluster) stores the same events as the local engine; a clear error without Dask."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasad.batch import extract_to_parquet, ingest_parallel
from rasad.batch.cluster import require_distributed
from rasad.errors import UsageError
from rasad.io import read_inputs
from rasad.store import StoreWriter
from tests.batch.conftest import SPEC, stored, write_corpus


def test_without_dask_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    with pytest.raises(UsageError) as err:
        require_distributed()
    assert "pip install 'rasad[dask]'" in str(err.value)


@pytest.fixture(scope="module")
def dask_available() -> None:
    pytest.importorskip("distributed")


def test_dask_engine_stores_what_the_local_engine_stores(dask_available: None, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", 30, bad_lines=(4,))
    with StoreWriter.open(tmp_path / "local.db") as w:
        local = ingest_parallel(read_inputs([corpus]), writer=w, spec=SPEC, workers=0)
    with StoreWriter.open(tmp_path / "dask.db") as w:
        on_dask = ingest_parallel(read_inputs([corpus]), writer=w, spec=SPEC, engine="dask", workers=2)
    assert on_dask == local and local.failed == 1
    assert stored(tmp_path / "dask.db") == stored(tmp_path / "local.db")


def test_dask_bag_writes_the_partitions_the_local_engine_writes(dask_available: None, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", 30, bad_lines=(4,))
    kw = {"spec": SPEC, "blocksize": 2000, "workers": 2}
    on_dask = extract_to_parquet([corpus], tmp_path / "dask", engine="dask", **kw)
    local = extract_to_parquet([corpus], tmp_path / "local", engine="local", **kw)
    assert on_dask == local and len(local) > 2
    for sub in ("articles", "events"):
        assert pq.read_table(tmp_path / "dask" / sub).equals(pq.read_table(tmp_path / "local" / sub))


def test_an_unreachable_scheduler_is_a_usage_error(dask_available: None) -> None:
    from rasad.batch.cluster import dask_client

    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        with dask_client("tcp://127.0.0.1:9", connect_timeout=1):
            pass


def test_a_local_cluster_takes_no_fixed_port_for_its_web_pages(dask_available: None) -> None:
    import socket
    import warnings

    from rasad.batch.cluster import dask_client

    with socket.socket() as taken:  # another cluster's dashboard, say, on Dask's default port
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            taken.bind(("", 8787))
            taken.listen()
        except OSError:
            pass  # something holds it already: just as good
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with dask_client(workers=1) as client:
                assert client.submit(sum, [1, 2]).result() == 3
    assert not [w for w in caught if "already in use" in str(w.message)]
