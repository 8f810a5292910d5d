"""Cross-article deduplication: reports of one event by several articles become one event with several sources.

A *report* is one event as one article's extraction gave it (a row of ``event_sources``). Two reports **link**
when they come from different articles and

- have the same category, event type (conflict) or PLOVER type (political), and status;
- are dated within :data:`MAX_DAYS` (one day) of each other;
- are at the same place: the same gazetteer id, or points within :data:`MAX_KM` km, or — when neither is
  geocoded — the same normalized place name. Places known only to a region or a country (ACLED geo precision 3:
  "ريف حلب", "سوريا") never link, nor do reports without a place: two strikes "in rural Aleppo" on one day
  are as likely two events as one, and merging them would lose one;
- have compatible actors: each actor code equal or unknown on one side, in the same roles or swapped
  (one outlet's "clashes between A and B" is another's "between B and A") when a known actor shows it. A
  battle's two sides have no fixed order: a side named in the other role is enough (A/B and B/?: B fought A),
  but A/? and B/? stay apart (A and B may have fought each other, or side by side: "the army and the
  resistance entered the town"). In the other types the roles say who did what to whom, and they are swapped
  only between two reports that name both sides (A/B and B/A): "?/civilians" and "?/rebels" are two attacks
  on two targets, not one whose perpetrators were civilians, and "rebels shelled" is not "the army struck the
  rebels".

**Clustering is a function of the set of reports, never of their arrival order.** Links join reports into
connected components; each component is clustered greedily in a canonical order (event date, then the report's
key ``<text hash>:<index>``): a report joins the first cluster all of whose members it links to, that holds
no other report of its article, and whose actors it fits, else it starts a new cluster. A cluster's actors are
those its members have made known so far, in the roles of its first report: once a member gave actor2 A, a
report whose actor2 is B cannot join (unless its roles are swapped and fit that way). With the link rules
above, reports that link pair by pair always fit together; the cluster's actors also hold the reports of one
stored event, which are not compared pair by pair again, to the rules (an event stored by an older rule with
two targets is split). So re-ingesting, resuming after a kill, or reading the same articles in another order gives
the same events with the same ids (an event's id is derived from the key of its first report).

**Merged values.** The *primary* report, the most specific one (geocoded first, then the finest geo precision,
then the most known actors, then one dated as most reports are, then one that gives a toll, then confidence,
then canonical order), gives the event's fields (its date among them); its unknown actors are filled from the
other reports, each read in its roles relative to the primary (a report whose roles are swapped gives its
actor1 as the event's actor2).
Fatalities follow ACLED's conservative rule: when reports disagree, the **lowest non-zero figure** is kept (a
report with no toll does not mean nobody died, and the sum would count the same dead several times); 0 only
when no report gives a figure. Injuries follow the same rule. Each report keeps a ``merge_note`` that says
which report it was merged with and why (``rasad events --id X``).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from rasad.store.norm import normalized_text
from rasad.store.rows import ACTOR1_COLUMNS, ACTOR2_COLUMNS, FATALITIES, FATALITIES_DETAIL, INJURIES

MAX_DAYS = 1
MAX_KM = 5.0
REGION_PRECISION = 3  # ACLED geo_precision of a region; these places never link
SYMMETRIC_TYPES = frozenset({"conflict:Battles"})  # types whose two sides may be told in either order
_DEG_LAT_KM = 111.0

REPORT_COLUMNS = (
    "s.rid, s.key, s.article_pk, a.id, s.idx, s.event_id, s.category, s.type_key, s.status, s.event_date, "
    "s.day, s.latitude, s.longitude, s.geo_precision, s.gazetteer_id, s.place_key, s.actor1_code, s.actor2_code, "
    "s.fatalities, s.injuries, s.confidence"
)
_FROM = "FROM event_sources s JOIN articles a ON a.pk = s.article_pk"
INSERT_SOURCE = (
    "INSERT INTO event_sources (key, article_pk, idx, category, type_key, status, event_date, day, latitude, "
    "longitude, geo_precision, gazetteer_id, place_key, actor1_code, actor2_code, fatalities, injuries, "
    "confidence, event_id, merge_note, record) VALUES (" + ", ".join("?" * 20) + ", CAST(? AS TEXT))"
)  # the record may come as the UTF-8 of its JSON (rasad.store.writer.EventRecord), stored as that text


class Report(NamedTuple):
    """One article's report of an event: the values deduplication compares (the full record stays in the
    store's ``event_sources.record`` and is read only to merge). A named tuple: the writer makes one for every
    candidate row it reads, and a row becomes a report in one C call (:meth:`from_row`)."""

    rid: int
    key: str
    article_pk: int
    article_id: str
    idx: int
    event_id: str | None
    category: str
    type_key: str
    status: str
    event_date: str | None
    day: int | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    gazetteer_id: str | None
    place_key: str | None
    actor1: str | None
    actor2: str | None
    fatalities: int
    injuries: int | None
    confidence: float | None

    @classmethod
    def from_row(cls, r: Iterable[Any]) -> Report:
        """A report from a row of :data:`REPORT_COLUMNS`."""
        return _make_report(cls, r)

    @classmethod
    def new(cls, key: str, article_pk: int, article_id: str, idx: int, values: Sequence[Any]) -> Report:
        """A report not stored yet (``rid`` 0, no event), from the :func:`comparison_values` of its record."""
        return _make_report(cls, (0, key, article_pk, article_id, idx, None, *values))

    @property
    def order(self) -> tuple[int, str]:
        """The canonical clustering order: date, then key (undated reports last)."""
        return _order(self)

    @property
    def geocoded(self) -> bool:
        return self.latitude is not None and self.longitude is not None


_make_report = tuple.__new__
_UNDATED = 10**9


def _order(r: Report) -> tuple[int, str]:
    day = r.day
    return (_UNDATED if day is None else day, r.key)


def comparison_values(rec: Mapping[str, Any]) -> tuple[Any, ...]:
    """The columns of ``event_sources`` that deduplication compares, from one event record, in the order of
    :class:`Report`'s fields from ``category`` on."""
    loc = rec.get("location") or {}
    date = rec.get("event_date")
    day = None
    if isinstance(date, str) and len(date) == 10:
        day = dt.date.fromisoformat(date).toordinal()
    name = loc.get("name_ar")
    return (
        rec["category"],
        f"{rec['category']}:{rec.get('event_type') or rec.get('plover_type') or ''}",
        rec.get("status") or "occurred",
        date,
        day,
        loc.get("latitude"),
        loc.get("longitude"),
        loc.get("geo_precision"),
        loc.get("gazetteer_id"),
        normalized_text(name).strip() if name else None,  # rasad.text.normalize.normalize_key, faster
        (rec.get("actor1") or {}).get("code"),
        (rec.get("actor2") or {}).get("code"),
        int(rec.get("fatalities") or 0),
        rec.get("injuries"),
        rec.get("confidence"),
    )


def source_row(r: Report) -> tuple[Any, ...]:
    """The first 18 values of :data:`INSERT_SOURCE` (``event_id``, ``merge_note`` and ``record`` follow)."""
    return (
        r.key, r.article_pk, r.idx, r.category, r.type_key, r.status, r.event_date, r.day, r.latitude,
        r.longitude, r.geo_precision, r.gazetteer_id, r.place_key, r.actor1, r.actor2, r.fatalities, r.injuries,
        r.confidence,
    )  # fmt: skip


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _local(r: Report) -> bool:
    """Whether the report's place is precise enough to identify an event (a town or part of one)."""
    if r.geocoded:
        return r.geo_precision is not None and r.geo_precision < REGION_PRECISION
    return r.place_key is not None


def _place_match(a: Report, b: Report) -> str | float | None:
    """How the places of ``a`` and ``b`` are the same: ``"gazetteer"``, ``"name"``, the distance in km of two
    points, or ``None`` when they are not."""
    if not (_local(a) and _local(b)):
        return None
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return "gazetteer"
    if a.geocoded and b.geocoded:
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        return km if km <= MAX_KM else None
    if not a.geocoded and not b.geocoded and a.place_key and a.place_key == b.place_key:
        return "name"
    return None


def _fit(type_key: str, a1: str | None, a2: str | None, b1: str | None, b2: str | None) -> str | None:
    """How actors ``b1``/``b2`` fit ``a1``/``a2`` (codes, None when unknown): ``"same"`` roles, ``"swapped"``
    roles, or None. Roles are swapped only when a known actor shows it: in a battle (:data:`SYMMETRIC_TYPES`)
    one side named in the other role is enough (A/B and B/?), in the other types both must be (A/B and B/A).
    When both fit (A/? and ?/A in a battle), the roles that match more known actors are taken: A once, not A
    against A."""
    straight = _same(a1, b1) and _same(a2, b2)
    crossed = (a1 is not None and a1 == b2) + (a2 is not None and a2 == b1)
    if type_key not in SYMMETRIC_TYPES:
        return "same" if straight else "swapped" if crossed == 2 else None
    if crossed and _same(a1, b2) and _same(a2, b1):
        matched = (a1 is not None and a1 == b1) + (a2 is not None and a2 == b2)
        if not straight or crossed > matched:
            return "swapped"
    return "same" if straight else None


def _actors_match(a: Report, b: Report) -> str | None:
    """``"same"`` or ``"swapped"`` when the actors are compatible, in the same roles or swapped, else None."""
    return _fit(a.type_key, a.actor1, a.actor2, b.actor1, b.actor2)


def links(a: Report, b: Report) -> bool:
    """Whether ``a`` and ``b`` report the same event (:func:`link_reason` says why, for the merge notes).

    The writer asks this for every pair it compares, so it is :func:`_place_match` and :func:`_actors_match`
    as one test, the cheap ones first: what it says is ``_place_match(a, b) is not None and
    _actors_match(a, b) is not None`` for two dated reports of one kind from different articles."""
    if a.article_pk == b.article_pk or a.type_key != b.type_key or a.status != b.status:
        return False
    da, db = a.day, b.day
    if da is None or db is None or abs(da - db) > MAX_DAYS:
        return False
    a1, a2, b1, b2 = a.actor1, a.actor2, b.actor1, b.actor2
    same = (a1 is None or b1 is None or a1 == b1) and (a2 is None or b2 is None or a2 == b2)
    if not same and (
        not ((a1 is None or b2 is None or a1 == b2) and (a2 is None or b1 is None or a2 == b1))
        or not ((a1 is not None and a1 == b2) or (a2 is not None and a2 == b1))
        if a.type_key in SYMMETRIC_TYPES
        else (a1 is None or a2 is None or a1 != b2 or a2 != b1)
    ):  # _fit, inline
        return False
    # both places local (_local), then the same gazetteer place, points within MAX_KM or the same name
    lat_a, lon_a, lat_b, lon_b = a.latitude, a.longitude, b.latitude, b.longitude
    geo_a = lat_a is not None and lon_a is not None
    geo_b = lat_b is not None and lon_b is not None
    if geo_a:
        if a.geo_precision is None or a.geo_precision >= REGION_PRECISION:
            return False
    elif a.place_key is None:
        return False
    if geo_b:
        if b.geo_precision is None or b.geo_precision >= REGION_PRECISION:
            return False
    elif b.place_key is None:
        return False
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True
    if geo_a and geo_b:
        return haversine_km(lat_a, lon_a, lat_b, lon_b) <= MAX_KM  # type: ignore[arg-type]
    return not geo_a and not geo_b and bool(a.place_key) and a.place_key == b.place_key


def link_reason(a: Report, b: Report) -> str | None:
    """Why ``a`` and ``b`` report the same event, or ``None`` when they do not link."""
    if not links(a, b):
        return None
    match = _place_match(a, b)
    if match == "gazetteer":
        place = f"same gazetteer place {a.gazetteer_id}"
    elif match == "name":
        place = f"same place name {a.place_key}"
    else:
        place = f"places {match:.1f} km apart"
    actors = "actors compatible" if _actors_match(a, b) == "same" else "actors compatible (roles swapped)"
    days = "same date" if a.day == b.day else "dates one day apart"
    kind = a.type_key.split(":", 1)[1] or a.category
    return f"{kind}, {days}, {place}, {actors} ({a.actor1 or '?'}/{a.actor2 or '?'})"


def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    """Greedy complete-linkage clustering in canonical order (see the module docstring).

    Clusters are created in date order and a report links only to reports at most :data:`MAX_DAYS` before
    it, so a cluster whose first report is older than that can take no more: only the clusters from the
    first still open one on are tried (linear in the reports of a long chain of days, not quadratic)."""
    clusters: list[list[Report]] = []
    actors: list[tuple[str | None, str | None]] = []  # each cluster's known actors, its first report's roles
    open_from = 0
    for r in sorted(reports, key=_order):
        day = r.day
        if day is None:  # undated reports link to nothing
            clusters.append([r])
            actors.append((r.actor1, r.actor2))
            continue
        while open_from < len(clusters) and clusters[open_from][0].day < day - MAX_DAYS:  # type: ignore[operator]
            open_from += 1
        eid = r.event_id
        for i in range(open_from, len(clusters)):
            c = clusters[i]
            fit = _fit(r.type_key, *actors[i], r.actor1, r.actor2)
            if fit is None:
                continue
            # reports of one stored event are known to link (it was clustered with complete linkage)
            for m in c:
                if (eid is None or m.event_id != eid) and not links(m, r):
                    break
            else:
                c.append(r)
                actors[i] = _joined(actors[i], r, fit)
                break
        else:
            clusters.append([r])
            actors.append((r.actor1, r.actor2))
    return clusters


def _joined(known: tuple[str | None, str | None], r: Report, fit: str) -> tuple[str | None, str | None]:
    """A cluster's known actors once ``r`` joined it, its roles as :func:`_fit` found them."""
    one, two = (r.actor1, r.actor2) if fit == "same" else (r.actor2, r.actor1)
    return (known[0] or one, known[1] or two)


def _roles(members: list[Report]) -> dict[str, bool]:
    """Whether each member's roles are swapped relative to the cluster's first report (by key), as
    :func:`cluster` found them taking the members in canonical order."""
    first = members[0]
    known: tuple[str | None, str | None] = (first.actor1, first.actor2)
    swapped = {first.key: False}
    for m in members[1:]:
        fit = _fit(m.type_key, *known, m.actor1, m.actor2) or "same"
        known = _joined(known, m, fit)
        swapped[m.key] = fit == "swapped"
    return swapped


def event_id(members: list[Report]) -> str:
    """Stable id of a cluster: from the key of its first report in canonical order."""
    return _key_id(min(members, key=_order).key)


@functools.lru_cache(maxsize=1 << 16)
def _key_id(key: str) -> str:
    # remembered: the writer asks for the ids of the same few clusters many times, and each new hash object
    # costs a look-up in OpenSSL's provider tables several times the hashing of a short key
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _primary(members: list[Report]) -> Report:
    days = Counter(m.day for m in members)

    def rank(r: Report) -> tuple[Any, ...]:
        unknown = (r.actor1 is None) + (r.actor2 is None)
        return (
            not r.geocoded, r.geo_precision or 9, unknown, r.actor1 is None, -days[r.day], r.fatalities <= 0,
            -(r.confidence or 0.0), r.order,
        )  # fmt: skip

    return min(members, key=rank)


def conservative(values: Iterable[int | None]) -> int | None:
    """ACLED's figure across reports: the lowest non-zero one; 0 if all are 0; None if none is given."""
    given = [v for v in values if v is not None]
    nonzero = [v for v in given if v > 0]
    if nonzero:
        return min(nonzero)
    return 0 if given else None


def merge(
    members: list[Report], columns: Mapping[str, Sequence[Any]]
) -> tuple[tuple[Any, ...], dict[str, str]]:
    """The merged event of one cluster, as its row of the ``events`` table, and a note per report key;
    ``columns`` gives each member's :func:`~rasad.store.rows.record_columns` by key."""
    if len(members) == 1:  # most events have one report: what the rules below make of it, made directly
        (m,) = members
        row = list(columns[m.key])
        row[FATALITIES] = conservative((m.fatalities,)) or 0
        row[INJURIES] = conservative((m.injuries,))
        return (_key_id(m.key), *row, m.article_id, 1), {m.key: "primary report"}
    members = sorted(members, key=_order)
    primary = _primary(members)
    row = list(columns[primary.key])
    swapped = _roles(members)
    for actor, counterpart in ((ACTOR1_COLUMNS, ACTOR2_COLUMNS), (ACTOR2_COLUMNS, ACTOR1_COLUMNS)):
        if not row[actor.start]:  # an unknown actor is filled from the other reports, in the primary's roles
            for m in members:
                same = swapped[m.key] == swapped[primary.key]
                other = columns[m.key]
                given = actor if same else counterpart
                if other[given.start]:
                    row[actor] = other[given]
                    break
    fat = conservative(m.fatalities for m in members) or 0
    row[FATALITIES] = fat
    giver = next((m for m in members if m.fatalities == fat), primary)
    row[FATALITIES_DETAIL] = columns[giver.key][FATALITIES_DETAIL]
    row[INJURIES] = conservative(m.injuries for m in members)
    notes: dict[str, str] = {}
    for m in members:
        if m.key == primary.key:
            notes[m.key] = "primary report" + (f" of {len(members)}" if len(members) > 1 else "")
            continue
        # complete linkage: every member links to every other, so to the primary too
        why = f"merged with {primary.article_id}#{primary.idx}: {link_reason(primary, m)}"
        if m.fatalities != fat:
            why += f"; its toll {m.fatalities} → {fat} (lowest non-zero report)"
        notes[m.key] = why
    return (event_id(members), *row, primary.article_id, len(members)), notes


# -- finding components in the store ---------------------------------------------------------------------


_GROUP = 500  # reports whose candidates one query looks up (well under SQLite's limit of parameters)


def _candidates_sql(type_key: str, group: list[Report]) -> tuple[str, list[Any]]:
    """One query for the stored reports that may link to any of ``group`` (local, dated reports of one type):
    ±1 day around their days, near their points, at their gazetteer places or under their place names."""
    days = [r.day for r in group if r.day is not None]
    sql = f"SELECT {REPORT_COLUMNS} {_FROM} WHERE s.type_key = ? AND s.day BETWEEN ? AND ?"
    params: list[Any] = [type_key, min(days) - MAX_DAYS, max(days) + MAX_DAYS]
    place: list[str] = []
    gazetteer = sorted({r.gazetteer_id for r in group if r.gazetteer_id})
    if gazetteer:
        place.append(f"s.gazetteer_id IN ({', '.join('?' * len(gazetteer))})")
        params += gazetteer
    points = [(r.latitude, r.longitude) for r in group if r.geocoded]
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        dlat = MAX_KM / _DEG_LAT_KM
        dlon = dlat / max(0.01, math.cos(math.radians(max(abs(x) for x in lats))))  # type: ignore[arg-type]
        place.append("(s.latitude BETWEEN ? AND ? AND s.longitude BETWEEN ? AND ? AND s.geo_precision < 3)")
        params += [min(lats) - dlat, max(lats) + dlat, min(lons) - dlon, max(lons) + dlon]  # type: ignore[operator]
    names = sorted({r.place_key for r in group if not r.geocoded and r.place_key})
    if names:
        place.append(f"(s.latitude IS NULL AND s.place_key IN ({', '.join('?' * len(names))}))")
        params += names
    return sql + " AND (" + " OR ".join(place) + ")", params


def reports_where(con: sqlite3.Connection, column: str, value: Any) -> list[Report]:
    """Reports by ``article_pk`` or ``event_id`` (the column name is one of these two constants)."""
    if column not in ("article_pk", "event_id"):
        raise ValueError(f"not a report lookup column: {column}")
    return [
        Report.from_row(r)
        for r in con.execute(f"SELECT {REPORT_COLUMNS} {_FROM} WHERE s.{column} = ?", (value,))
    ]


def component(con: sqlite3.Connection, seeds: Iterable[Report]) -> dict[str, Report]:
    """Every stored report connected to ``seeds`` by links (the seeds included), by key.

    Breadth first, one query per step for the whole frontier of a type (not one per report): a report many
    others duplicate is read once per step, not once for each of them."""
    found = {r.key: r for r in seeds}
    frontier = list(found.values())
    while frontier:
        by_type: dict[str, list[Report]] = {}
        for r in frontier:
            if r.day is not None and _local(r):
                by_type.setdefault(r.type_key, []).append(r)
        frontier = []
        for type_key, reports in sorted(by_type.items()):
            for i in range(0, len(reports), _GROUP):
                group = reports[i : i + _GROUP]
                for row in con.execute(*_candidates_sql(type_key, group)):
                    if row[1] in found:  # the key: known already, no need to build it
                        continue
                    c = _make_report(Report, row)
                    for r in group:
                        if links(r, c):
                            found[c.key] = c
                            frontier.append(c)
                            break
    return found
