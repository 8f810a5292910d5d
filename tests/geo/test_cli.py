"""The gazetteer CLI and download(), against a local HTTP server serving a zip the test builds."""

from __future__ import annotations

import functools
import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.errors import GazetteerError
from rasad.geo import Gazetteer, download
from rasad.geo.cli import app

ROW = ["9000010", "Marea", "Marea", "Mare',مارع", "36.48", "37.21", "P", "PPL", "SY", "", "09", "", "", "",
       "17000", "", "450", "Asia/Damascus", "2020-01-01"]  # fmt: skip


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "www"
    root.mkdir()
    with zipfile.ZipFile(root / "SY.zip", "w") as z:
        z.writestr("SY.txt", "\t".join(ROW) + "\n")
    (root / "IQ.zip").write_text("<html>not a zip</html>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download(server: str, tmp_path: Path) -> None:
    p = download("sy", tmp_path / "dl", base_url=server)
    assert p == tmp_path / "dl" / "SY.zip" and zipfile.is_zipfile(p)
    with pytest.raises(GazetteerError, match="not a zip"):
        download("IQ", tmp_path / "dl", base_url=server)
    with pytest.raises(GazetteerError, match="download failed"):
        download("YE", tmp_path / "dl", base_url=server)  # 404
    with pytest.raises(GazetteerError, match="two-letter"):
        download("SYR", tmp_path / "dl", base_url=server)
    assert sorted(x.name for x in (tmp_path / "dl").iterdir()) == ["SY.zip"]  # no partial files left


def empty_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    Gazetteer.open(home=home, embedded=False).close()
    return home


def test_cli_download_import_info_lookup(server: str, tmp_path: Path, places_csv: Path) -> None:
    runner = CliRunner()
    home = empty_home(tmp_path)
    r = runner.invoke(app, ["download", "SY", "--home", str(home), "--base-url", server])
    assert r.exit_code == 0, r.output
    assert "geonames, 1 rows" in r.output
    r = runner.invoke(app, ["import", str(places_csv), "--home", str(home)])
    assert r.exit_code == 0 and "csv" in r.output
    r = runner.invoke(app, ["import", str(places_csv), "--home", str(home)])
    assert "already imported" in r.output
    r = runner.invoke(app, ["info", "--home", str(home)])
    assert r.exit_code == 0 and "SY.zip" in r.output and "places: 13" in r.output
    r = runner.invoke(app, ["lookup", "مارع", "--home", str(home)])
    assert r.exit_code == 0 and "geonames:9000010" in r.output and "Marea" in r.output
    r = runner.invoke(app, ["lookup", "Khan al-Asal", "--home", str(home), "--json"])
    assert r.exit_code == 0 and '"name_ar": "خان العسل"' in r.output


def test_cli_errors_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    home = empty_home(tmp_path)
    monkeypatch.setenv("RASAD_HOME", str(home))
    bad = tmp_path / "bad.txt"
    bad.write_text("nothing here\n")
    r = runner.invoke(app, ["import", str(bad)])
    assert r.exit_code == 1 and "E400" in r.output
    # one line in the same form as every other command's errors: what, where, and the stable code last
    line = r.output.strip().splitlines()[-1]
    assert line.startswith(f"rasad: error: {bad}") and line.endswith("[E400]"), line
    r = runner.invoke(app, ["lookup", "لا مكان"])
    assert r.exit_code == 1 and "no place" in r.output


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("بكفر ناها", "Kafr Naha"),  # a clitic written onto the name, as in a text
        ("وبحلب", "Aleppo"),
        ("للمنصورة", "Mansura, Raqqa"),  # li-l- before a name that has its article
        ("باتبو", "Batabo"),  # a name that starts with a clitic's letter is itself first
        ("وباتبو", "Batabo"),
    ],
)
def test_lookup_reads_clitics_as_recognition_does(
    tmp_path: Path, places_csv: Path, name: str, found: str
) -> None:
    runner = CliRunner()
    home = empty_home(tmp_path)
    assert runner.invoke(app, ["import", str(places_csv), "--home", str(home)]).exit_code == 0
    r = runner.invoke(app, ["lookup", name, "--home", str(home)])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].split("\t")[2] == found
