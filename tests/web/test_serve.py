"""``rasad serve`` as a user runs it: a process answering on the port it was given, stopped by a signal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_localhost(db_path: Path, tmp_path: Path) -> None:
    port = _free_port()
    env = os.environ | {"RASAD_HOME": str(tmp_path)}  # no user gazetteer is read
    cmd = [sys.executable, "-m", "rasad", "serve", "--db", str(db_path), "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "rasad serve did not start"
                time.sleep(0.2)
        assert r.status_code == 200
        assert r.json()["events"] == 6
        assert httpx.get(f"http://127.0.0.1:{port}/").text.startswith("<!doctype html>")
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err


def test_serve_refuses_a_store_that_is_not_there(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rasad.cli import app

    typo = tmp_path / "typo.db"
    res = CliRunner().invoke(app, ["serve", "--db", str(typo), "--port", str(_free_port())])
    assert res.exit_code == 2
    assert f"rasad: error: {typo}: no event store here" in res.stderr
    assert not typo.exists()
    events = CliRunner().invoke(app, ["events", "--db", str(typo)])
    assert events.exit_code == res.exit_code and f"{typo}: no event store here" in events.stderr
