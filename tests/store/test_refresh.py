"""Extracting stored articles again after an upgrade: which build made an article's events is kept, and
`rasad refresh` replaces the events of the articles another build made, from the texts in the store."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.build import extraction_files, extractor_id, fingerprint
from rasad.cli import app
from rasad.model import Article, Event
from rasad.store import StoreWriter, ingest
from rasad.store.schema import MIGRATIONS, SCHEMA_VERSION, connect
from rasad.store.writer import REFRESH_ALL, REFRESH_STALE, REFRESHED, UNCHANGED, stored_articles
from tests.batch.conftest import stored
from tests.store.fake import article, extract, spec

# -- the build's id ------------------------------------------------------------------------------------------


def test_the_fingerprint_follows_the_extraction_code_and_data_only(tmp_path: Path) -> None:
    pkg = tmp_path / "rasad"
    shutil.copytree(
        Path(__file__).resolve().parents[2] / "rasad", pkg, ignore=shutil.ignore_patterns("__pycache__")
    )
    names = {p.relative_to(pkg).as_posix() for p in extraction_files(pkg)}
    assert {"pipeline.py", "assemble/conflict.py", "lexicons/ar/triggers.yaml", "time/resolve.py"} <= names
    assert not any(n.startswith(("store/", "web/", "batch/")) or n == "cli.py" for n in names)
    before = fingerprint(pkg)
    (pkg / "store" / "writer.py").write_text("# the store does not make events\n", encoding="utf-8")
    (pkg / "web" / "static" / "app.css").write_text("body {}\n", encoding="utf-8")
    assert fingerprint(pkg) == before
    lexicon = pkg / "lexicons" / "ar" / "triggers.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    assert fingerprint(pkg) != before


def test_the_extractor_id_names_the_version_and_the_options() -> None:
    plain, kept = extractor_id(), extractor_id(historical=True)
    assert plain.startswith("rasad ") and kept == plain + " historical"
    assert extractor_id(historical=True, places="9c1e") == plain + " places 9c1e historical"


# -- the writer ------------------------------------------------------------------------------------------


def _one(aid: str, *specs: str) -> Article:
    return article(aid, *specs)


def _events(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT article_id, sub_event_type FROM events ORDER BY article_id, id").fetchall()
    finally:
        con.close()


def _relabel(kind: str):  # noqa: ANN202
    """A 'newer build' of the fake extractor: every event it finds is of another kind."""

    def newer(a: Article) -> list[Event]:
        return extract(
            Article(id=a.id, text=a.text.replace("evt:air:", f"evt:{kind}:"), published=a.published)
        )

    return newer


def test_a_refreshing_writer_replaces_the_events_another_build_made(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    a = _one("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 2))
    b = _one("b", spec("air", "2015-07-19", 35.9, 36.6, "RUSMIL", "-", 0))
    with StoreWriter.open(db, extractor="build 1") as w:
        ingest([a, b], extract, writer=w)
        assert w.stale_articles() == 0
    assert [t for _, t in _events(db)] == ["Air/drone strike"] * 2
    newer = _relabel("shell")
    with StoreWriter.open(db, extractor="build 2") as w:  # no refresh: a stored text is left as it is
        assert w.stale_articles() == 2
        assert w.add(a, newer(a)) == UNCHANGED
    assert [t for _, t in _events(db)] == ["Air/drone strike"] * 2
    with StoreWriter.open(db, extractor="build 2", refresh=REFRESH_STALE) as w:
        assert w.add(a, newer(a)) == REFRESHED
        # the same text under another id is not this article: it stays as stored
        assert w.add(Article(id="copy", text=b.text, published=b.published), newer(b)) == UNCHANGED
        assert w.stale_articles() == 1
    assert _events(db) == [("a", "Shelling/artillery/missile attack"), ("b", "Air/drone strike")]
    with StoreWriter.open(db, extractor="build 2", refresh=REFRESH_STALE) as w:
        assert w.add(a, newer(a)) == UNCHANGED  # build 2 made it already
    with StoreWriter.open(db, extractor="build 2", refresh=REFRESH_ALL) as w:
        assert w.add(a, extract(a)) == REFRESHED  # every article, whoever made it
    assert _events(db)[0] == ("a", "Air/drone strike")
    with pytest.raises(ValueError, match="refresh must be"):
        StoreWriter.open(db, refresh="yes")


def test_refreshed_articles_end_as_a_fresh_store_of_the_new_build(tmp_path: Path) -> None:
    arts = [
        _one(
            f"r{i}",
            spec("air", f"2015-07-{10 + i % 3}", 36.0 + (i % 4) / 100, 37.0, "SYRMIL", "SYRCVL", i % 3),
        )
        for i in range(12)
    ]
    newer = _relabel("shell")
    old, fresh = tmp_path / "old.db", tmp_path / "fresh.db"
    with StoreWriter.open(old, extractor="build 1") as w:
        ingest(arts, extract, writer=w)
    with StoreWriter.open(fresh, extractor="build 2") as w:
        ingest(arts, newer, writer=w)
    with StoreWriter.open(old, extractor="build 2", refresh=REFRESH_STALE) as w:
        read = list(stored_articles(w))
        assert [(r.id, r.text, r.published) for r in read] == [(a.id, a.text, a.published) for a in arts]
        summary = ingest(stored_articles(w), newer, writer=w)
    assert (summary.read, summary.refreshed, summary.unchanged) == (12, 12, 0)
    assert "refreshed 12" in summary.line()
    assert stored(old)[0] == stored(fresh)[0]  # the same events, merged the same way
    with StoreWriter.open(old, extractor="build 2", refresh=REFRESH_ALL) as w:
        # every article once: those stored again during the pass are not read again
        assert len(list(stored_articles(w, every=True))) == 12
        assert ingest(stored_articles(w, every=True), newer, writer=w).refreshed == 12
        assert list(stored_articles(w)) == []


def test_a_version_3_store_gains_the_extractor_column_as_unknown(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "v3.db", isolation_level=None)
    for statement in MIGRATIONS[0] + MIGRATIONS[1] + MIGRATIONS[2]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 3")
    old.execute(
        "INSERT INTO articles (id, text, text_hash, raw_hash, ingested_at, published) "
        "VALUES ('x', 'نص', 'h', 'r', 0, '2015-07-01')"
    )
    old.close()
    con = connect(tmp_path / "v3.db")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
    assert con.execute("SELECT id, extractor FROM articles").fetchall() == [("x", None)]
    con.close()
    with StoreWriter.open(tmp_path / "v3.db", extractor="now") as w:
        assert w.stale_articles() == 1
        assert [(a.id, a.published) for a in stored_articles(w)] == [("x", dt.date(2015, 7, 1))]


# -- the command ----------------------------------------------------------------------------------------------


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    from rasad.geo import Gazetteer

    home = tmp_path / "home"
    Gazetteer.open(home=home).close()
    monkeypatch.setenv("RASAD_HOME", str(home))
    return CliRunner()


_TEXTS = (
    "قصفت طائرات النظام الحربية بلدة كفرنبل في ريف إدلب أمس، ما أدى إلى مقتل ثلاثة مدنيين.",
    "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في حي جوبر بدمشق اليوم.",
)


def test_refresh_extracts_again_what_another_build_stored(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, text in enumerate(_TEXTS):
        (src / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    db, clean = tmp_path / "s.db", tmp_path / "clean.db"
    for path in (db, clean):
        r = runner.invoke(
            app, ["ingest", str(src), "--db", str(path), "--published", "2015-07-30", "-w", "0"]
        )
        assert r.exit_code == 0, r.output
    # the store as an older build left it: another id, one event lost, one changed
    con = sqlite3.connect(db)
    con.execute("UPDATE articles SET extractor = 'rasad 0.0.1 0000' WHERE id = 'a0'")
    con.execute("DELETE FROM events WHERE article_id = 'a0'")
    con.execute("UPDATE events SET fatalities = 99")
    con.commit()
    con.close()
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--published", "2015-07-30", "-w", "0"])
    assert again.exit_code == 0 and "unchanged 2" in again.stderr
    assert (
        "1 stored article(s) keep the events another build" in again.stderr
        and "`rasad refresh`" in again.stderr
    )
    r = runner.invoke(app, ["refresh", "--db", str(db), "-w", "0"])
    assert r.exit_code == 0, r.output
    assert "2 stored articles, 1 to extract again; read 1, new 0, replaced 0, refreshed 1" in r.stderr
    assert _events(db)[0][0] == "a0" and _events(db)[:1] == _events(clean)[:1]
    r = runner.invoke(app, ["refresh", "--db", str(db), "-w", "0", "--all"])
    assert r.exit_code == 0 and "2 to extract again" in r.stderr and "refreshed 2" in r.stderr
    assert stored(db) == stored(clean)
    r = runner.invoke(app, ["refresh", "--db", str(db), "-w", "0"])
    assert r.exit_code == 0 and "0 to extract again" in r.stderr


def test_importing_places_makes_the_stored_articles_stale(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a0.txt").write_text(
        "قصفت طائرات النظام الحربية قرية تل المشمش أمس، ما أدى إلى مقتل ثلاثة مدنيين.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    args = ["ingest", str(src), "--db", str(db), "--published", "2015-07-30", "-w", "0"]
    assert runner.invoke(app, args).exit_code == 0
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "keep the events another build" not in again.stderr
    places = tmp_path / "villages.csv"
    places.write_text(
        "name_ar,name_en,latitude,longitude,country\nتل المشمش,Tall al-Mishmish,35.81,36.55,SY\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["gazetteer", "import", str(places)])
    assert r.exit_code == 0, r.output
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "1 stored article(s) keep the events another build" in again.stderr
    r = runner.invoke(app, ["refresh", "--db", str(db), "-w", "0"])
    assert r.exit_code == 0 and "1 to extract again" in r.stderr and "refreshed 1" in r.stderr, r.stderr
    con = sqlite3.connect(db)
    try:
        (lat,) = con.execute("SELECT latitude FROM events").fetchone()
    finally:
        con.close()
    assert lat == pytest.approx(35.81)  # geocoded against the village imported
    assert "0 to extract again" in runner.invoke(app, ["refresh", "--db", str(db), "-w", "0"]).stderr


def test_refresh_of_a_missing_store_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    proc = subprocess.run(
        [sys.executable, "-m", "rasad", "refresh", "--db", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and not missing.exists()
    assert proc.stderr.strip() == (
        f"rasad: error: {missing}: no event store here (run `rasad ingest` first, or pass --db) [E500]"
    )
