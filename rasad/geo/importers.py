"""Importers: GeoNames dumps, alternate names, admin1 codes, CSV, admin-boundary GeoJSON; and ``download``.

``import_files(gazetteer, paths)`` detects each file's format from its content, runs every file in its own
transaction (a file that fails leaves the index as it was, and the error names the file and line) and is
idempotent: a file already imported with the same content is skipped, one imported before with other content
replaces its earlier rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rasad.errors import GazetteerError
from rasad.geo.embedded import arabic_alternates
from rasad.geo.polygons import centroid
from rasad.geo.store import Entry, Gazetteer, Writer

GEONAMES_URL = "https://download.geonames.org/export/dump"

# import order inside one command: places before the names and codes that refer to them, polygons last
_ORDER = {"geonames": 0, "csv": 1, "alternate-names": 2, "admin1-codes": 3, "geojson": 4}
_GEONAMES_COLUMNS = 19
_CSV_REQUIRED = ("name_ar", "name_en", "latitude", "longitude")


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    kind: str
    rows: int
    skipped: bool = False  # the same content had been imported before


def detect(path: Path) -> str:
    """The format of ``path``: ``geonames``, ``alternate-names``, ``admin1-codes``, ``csv`` or ``geojson``."""
    if not path.is_file():
        raise GazetteerError("no such file", where=str(path))
    with path.open("rb") as f:
        head = f.read(4096)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as z:
                inner = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
                if not inner:
                    raise GazetteerError("zip without a GeoNames .txt file", where=str(path))
                with z.open(inner[0]) as member:
                    first = member.readline().decode("utf-8", "replace")
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as e:
            raise GazetteerError(f"corrupt or truncated zip file: {e}", where=str(path),
                                 hint="download it again") from None  # fmt: skip
        return _detect_text(first, path)
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "geojson"
    first = text.splitlines()[0] if text else ""
    if "\t" in first:
        return _detect_text(first, path)
    header = [h.strip().lower() for h in first.split(",")]
    if all(c in header for c in _CSV_REQUIRED):
        return "csv"
    raise GazetteerError(
        "unknown gazetteer format",
        where=str(path),
        hint="expected a GeoNames dump (SY.zip, SY.txt, allCountries.zip), alternateNames, admin1CodesASCII.txt, "
        "a CSV with the header name_ar,name_en,latitude,longitude or an admin-boundary GeoJSON",
    )


def _detect_text(first: str, path: Path) -> str:
    cols = first.rstrip("\r\n").split("\t")
    if len(cols) == _GEONAMES_COLUMNS and cols[0].isdigit():
        return "geonames"
    if 4 <= len(cols) <= 10 and cols[0].isdigit() and cols[1].isdigit():
        return "alternate-names"
    if len(cols) == 4 and "." in cols[0] and cols[3].strip().isdigit():
        return "admin1-codes"
    raise GazetteerError("tab-separated file of an unknown layout", where=str(path),
                         hint=f"a GeoNames dump has {_GEONAMES_COLUMNS} columns; this one has {len(cols)}")  # fmt: skip


def import_files(gazetteer: Gazetteer, paths: Iterable[Path]) -> list[ImportResult]:
    """Import every file (format detected); raises :class:`GazetteerError` on the first bad one, after the
    files before it were committed."""
    typed = [(detect(Path(p)), Path(p)) for p in paths]
    typed.sort(key=lambda t: _ORDER[t[0]])
    return [import_file(gazetteer, p, kind=k) for k, p in typed]


def import_file(gazetteer: Gazetteer, path: Path, *, kind: str | None = None) -> ImportResult:
    path = Path(path)
    kind = kind or detect(path)
    digest = _sha256(path)
    source = path.name
    with gazetteer.transaction() as w:
        if w.has_source(source, digest):
            return ImportResult(path, kind, 0, skipped=True)
        w.forget_source(source)
        try:
            rows = _IMPORTERS[kind](w, path, source)
        except (zipfile.BadZipFile, EOFError, zlib.error, UnicodeDecodeError) as e:
            raise GazetteerError(f"corrupt or truncated file: {e}", where=str(path)) from None
        w.record_source(source, kind, digest, rows)
    return ImportResult(path, kind, rows)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Lines of a text file or of the GeoNames ``.txt`` inside a zip, with 1-based line numbers."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            inner = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            with z.open(inner[0]) as raw:
                yield from enumerate(io.TextIOWrapper(raw, encoding="utf-8"), 1)
    else:
        with path.open(encoding="utf-8") as f:
            yield from enumerate(f, 1)


def _float(value: str, what: str, where: str, lo: float, hi: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise GazetteerError(f"{what} is not a number: {value!r}", where=where) from None
    if not lo <= x <= hi:
        raise GazetteerError(f"{what} out of range: {x}", where=where)
    return x


def _import_geonames(w: Writer, path: Path, source: str) -> int:
    n = 0
    for lineno, line in _lines(path):
        cols = line.rstrip("\r\n").split("\t")
        where = f"{path}:{lineno}"
        if len(cols) != _GEONAMES_COLUMNS:
            raise GazetteerError(f"expected {_GEONAMES_COLUMNS} tab-separated columns, found {len(cols)}",
                                 where=where, hint="the file is truncated or not a GeoNames dump")  # fmt: skip
        gid, name, ascii_name, alts = cols[0], cols[1], cols[2], cols[3]
        lat = _float(cols[4], "latitude", where, -90, 90)
        lon = _float(cols[5], "longitude", where, -180, 180)
        cc, a1, a2 = cols[8], cols[10], cols[11]
        names = [n for n in alts.split(",") if n] if alts else []
        ar = arabic_alternates(names)
        a1_code = f"{cc}.{a1}" if cc and a1 else None
        a1_en, a1_ar = w.admin1_names(a1_code)
        w.add(
            Entry(
                id=f"geonames:{gid}", name=name, name_ar=ar[0] if ar else None, latitude=lat, longitude=lon,
                feature_class=cols[6] or "P", feature_code=cols[7] or "", population=int(cols[14] or 0),
                country=w.iso3(cc), country2=cc or None, admin1_code=a1_code, admin1=a1_en, admin1_ar=a1_ar,
                admin2_code=f"{a1_code}.{a2}" if a1_code and a2 else None, source=source,
            ),
            [ascii_name, *names],
        )  # fmt: skip
        n += 1
    return n


def _import_alternate_names(w: Writer, path: Path, source: str) -> int:
    known = w.place_ids("geonames:")
    n = 0
    for lineno, line in _lines(path):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 4 or not cols[1].isdigit():
            raise GazetteerError("not an alternate-names row", where=f"{path}:{lineno}")
        # only Arabic spellings (and untagged ones written in Arabic script): the rest is noise for us
        lang, name = cols[2], cols[3]
        pid = f"geonames:{cols[1]}"
        if pid in known and (lang == "ar" or (not lang and arabic_alternates([name]))):
            w.add_names(pid, [name])
            n += 1
    return n


def _import_admin1_codes(w: Writer, path: Path, source: str) -> int:
    n = 0
    for lineno, line in _lines(path):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) != 4 or "." not in cols[0]:
            raise GazetteerError("not an admin1CodesASCII row", where=f"{path}:{lineno}")
        n += w.set_admin1_name(cols[0], cols[1])
    return n


def _import_csv(w: Writer, path: Path, source: str) -> int:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return _csv_rows(w, f, path, source)


def _csv_rows(w: Writer, f: IO[str], path: Path, source: str) -> int:
    reader = csv.DictReader(f, strict=True)
    try:
        return _csv_entries(w, reader, path, source)
    except csv.Error as e:  # (a quote left open: a file cut inside a quoted field)
        raise GazetteerError(
            f"malformed CSV: {e}", where=f"{path}:{reader.line_num}", hint="is the file truncated?"
        ) from None


def _csv_entries(w: Writer, reader: csv.DictReader, path: Path, source: str) -> int:
    fields = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in _CSV_REQUIRED if c not in fields]
    if missing:
        raise GazetteerError(f"CSV without the column(s) {', '.join(missing)}", where=str(path))
    reader.fieldnames = fields
    n = 0
    for row in reader:
        where = f"{path}:{reader.line_num}"
        if None in row or None in row.values():  # (more fields than the header, or fewer: a row cut short)
            raise GazetteerError(
                "row with the wrong number of fields "
                f"({len(fields) + len(row.get(None) or ()) - list(row.values()).count(None)}, the header has "
                f"{len(fields)})",
                where=where,
                hint="is the file truncated?",
            )
        name_ar, name_en = row["name_ar"].strip(), row["name_en"].strip()
        if not name_ar and not name_en:
            raise GazetteerError("row without a name", where=where)
        lat = _float(row["latitude"], "latitude", where, -90, 90)
        lon = _float(row["longitude"], "longitude", where, -180, 180)
        ident = (row.get("id") or "").strip() or hashlib.sha1(
            f"{name_ar}|{name_en}|{lat:.5f}|{lon:.5f}".encode()
        ).hexdigest()[:12]
        country = (row.get("country") or "").strip().upper() or None
        if country and len(country) == 2:
            country = w.iso3(country)
        pop = (row.get("population") or "").strip()
        feature = (row.get("feature") or "").strip().upper() or "PPL"
        admin1 = (row.get("admin1") or "").strip() or None
        # the division as the index spells it ("Idlib" → Idleb, «حلب» → Aleppo), so that the resolver sees the
        # place inside the governorate a text names; a division it does not know stays as the file has it
        known = w.admin1_named(admin1, country) if admin1 else None
        w.add(
            Entry(
                id=f"csv:{source}:{ident}", name=name_en or name_ar, name_ar=name_ar or None, latitude=lat,
                longitude=lon, feature_class="A" if feature.startswith("ADM") else "P", feature_code=feature,
                population=int(float(pop)) if pop else 0, country=country or w.nearest_country(lat, lon),
                admin1_code=known[0] if known else None, admin1=known[1] or admin1 if known else admin1,
                admin1_ar=known[2] if known else None, admin2=(row.get("admin2") or "").strip() or None,
                source=source,
            ),
            [],
        )  # fmt: skip
        n += 1
    return n


def _prop(props: dict[str, Any], *names: str) -> str | None:
    for n in names:
        for k in (n, n.lower()):
            v = props.get(k)
            if v not in (None, ""):
                return str(v)
    return None


def _import_geojson(w: Writer, path: Path, source: str) -> int:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise GazetteerError(f"invalid JSON at line {e.lineno}: {e.msg}", where=str(path),
                             hint="the file is truncated or not GeoJSON") from None  # fmt: skip
    feats = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(feats, list) or not feats:
        raise GazetteerError("GeoJSON without features", where=str(path), hint="expected a FeatureCollection")
    n = 0
    boxes = []
    for i, feat in enumerate(feats):
        where = f"{path}: feature {i}"
        props = feat.get("properties") or {}
        level = (
            2 if _prop(props, "ADM2_PCODE", "ADM2_EN") else 1 if _prop(props, "ADM1_PCODE", "ADM1_EN") else 0
        )
        if not level:
            raise GazetteerError("feature without ADM1_*/ADM2_* properties", where=where,
                                 hint="expected OCHA COD admin boundaries (ADM1_EN, ADM1_AR, ADM1_PCODE)")  # fmt: skip
        pre = f"ADM{level}_"
        pcode = _prop(props, pre + "PCODE")
        en, ar = _prop(props, pre + "EN", pre + "REF"), _prop(props, pre + "AR")
        cc2 = _prop(props, "ADM0_PCODE")
        cc3 = w.iso3(cc2[:2]) if cc2 else None
        geometry = feat.get("geometry") or {}
        try:
            area = w.add_area(
                f"area:{pcode or en}", level, geometry, pcode=pcode, name_en=en, name_ar=ar, country=cc3,
                parent_pcode=_prop(props, "ADM1_PCODE") if level == 2 else None, source=source,
            )  # fmt: skip
            lat, lon = centroid(geometry)
        except (ValueError, TypeError, KeyError, IndexError) as e:
            raise GazetteerError(f"bad geometry: {e}", where=where) from None
        boxes.append(area.shape.bbox)
        names = [x for x in (en, ar) if x]
        if ar:
            names.append(f"محافظة {ar}" if level == 1 else f"منطقة {ar}")
        w.add(
            Entry(
                id=f"area:{pcode or en}", name=en or ar or "", name_ar=ar, latitude=lat, longitude=lon,
                feature_class="A", feature_code=f"ADM{level}", country=cc3, country2=cc2[:2] if cc2 else None,
                **{f"admin{level}": en, f"admin{level}_ar": ar, f"admin{level}_code": pcode},
                source=source,
            ),
            names,
        )  # fmt: skip
        n += 1
    bbox = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    w.reassign_admin(bbox)
    return n


_IMPORTERS = {
    "geonames": _import_geonames,
    "alternate-names": _import_alternate_names,
    "admin1-codes": _import_admin1_codes,
    "csv": _import_csv,
    "geojson": _import_geojson,
}


def download(cc: str, dest: Path, *, base_url: str = GEONAMES_URL, timeout: float = 60.0) -> Path:
    """Fetch the GeoNames dump ``{base_url}/{CC}.zip`` into the folder ``dest``; returns the file written.
    The file appears only once complete and checked to be a zip."""
    cc = cc.strip().upper()
    if not (cc.isalpha() and len(cc) == 2) and cc != "ALLCOUNTRIES":
        raise GazetteerError(f"not a two-letter country code: {cc!r}", hint="for example SY, IQ, YE")
    name = "allCountries.zip" if cc == "ALLCOUNTRIES" else f"{cc}.zip"
    url = f"{base_url.rstrip('/')}/{name}"
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / name
    fd, tmp = tempfile.mkstemp(prefix=name + ".", suffix=".part", dir=dest)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as resp:
            while chunk := resp.read(1 << 16):
                out.write(chunk)
        if not zipfile.is_zipfile(tmp):
            raise GazetteerError("the download is not a zip file", where=url)
        os.replace(tmp, target)
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        raise GazetteerError(f"download failed: {e}", where=url,
                             hint="check the connection, or fetch the file by hand and use `import`") from None  # fmt: skip
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
