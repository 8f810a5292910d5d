"""Cross-article deduplication: the link rules, ACLED's fatality rule, explanations, order independence."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasad.store import StoreWriter, connect, export, get_event, ingest
from rasad.store.dedup import conservative
from tests.store.fake import article, corpus, extract, spec

BASE = spec("air", "2015-07-20", 36.2000, 37.1000, "SYRMIL", "SYRCVL", 4)


def _store(tmp_path: Path, *arts, name: str = "s.db"):  # noqa: ANN001, ANN202
    db = tmp_path / name
    with StoreWriter.open(db) as w:
        ingest(arts, extract, writer=w)
    return connect(db, readonly=True)


@pytest.mark.parametrize(
    ("other", "merged"),
    [
        (spec("air", "2015-07-20", 36.2000, 37.1000, "SYRMIL", "SYRCVL", 4), True),
        (spec("air", "2015-07-21", 36.2100, 37.1000, "SYRMIL", "SYRCVL", 4), True),  # 1 day, 1.1 km
        (spec("air", "2015-07-20", 36.2, 37.1, "-", "SYRCVL", 4), True),  # unknown actor1 is compatible
        (spec("air", "2015-07-20", 36.2, 37.1, "SYRCVL", "SYRMIL", 4), True),  # roles swapped
        (
            spec("shell", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 4),
            True,
        ),  # same event type, other sub-type
        (spec("clash", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 4), False),  # another event type
        (spec("air", "2015-07-22", 36.2, 37.1, "SYRMIL", "SYRCVL", 4), False),  # two days apart
        (spec("air", "2015-07-20", 36.3, 37.1, "SYRMIL", "SYRCVL", 4), False),  # 11 km away
        (spec("air", "2015-07-20", 36.2, 37.1, "RUSMIL", "SYRCVL", 4), False),  # another actor1
        # in a one-sided type, roles are swapped only when both reports name both sides: the army struck in
        # one report is not the army striking in the other, nor is a strike by civilians one on them
        (spec("air", "2015-07-20", 36.2, 37.1, "-", "SYRMIL", 4), False),
        (spec("air", "2015-07-20", 36.2, 37.1, "SYRCVL", "-", 4), False),
        (spec("air", "2015-07-20", None, None, "SYRMIL", "SYRCVL", 4), False),  # no coordinates to compare
    ],
)
def test_link_rules(tmp_path: Path, other: str, merged: bool) -> None:
    con = _store(tmp_path, article("a", BASE, outlet="A"), article("b", other, outlet="B"))
    n = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert n == (1 if merged else 2)


@pytest.mark.parametrize(
    ("one", "other", "merged"),
    [
        (("SYRMIL", "SYRREB"), ("SYRREB", "SYRMIL"), True),  # a battle's sides come in either order
        (("SYRMIL", "SYRREB"), ("SYRREB", "-"), True),  # the rebels fought (the army)
        (("SYRMIL", "-"), ("-", "SYRMIL"), True),  # roles told both ways, the other side unknown
        (("SYRMIL", "SYRREB"), ("RUSMIL", "-"), False),  # a third side
        # two sides each without the other: foes or allies ("the army and the resistance entered the town")
        (("YEMMIL", "-"), ("YEMUAF", "-"), False),
        (("-", "SYRCVL"), ("-", "SYRREB"), False),
    ],
)
def test_battle_sides_in_either_order(tmp_path: Path, one: tuple, other: tuple, merged: bool) -> None:
    con = _outlets(tmp_path, "clash", ("2015-07-20", *one, 2), ("2015-07-20", *other, 2))
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == (1 if merged else 2)


def _outlets(tmp_path: Path, kind: str, *reports: tuple):  # noqa: ANN202
    """A store of one report (date, actor1, actor2, toll) of ``kind`` at one place by each of a few outlets."""
    arts = [
        article(chr(97 + i), spec(kind, date, 36.2, 37.1, a1, a2, fat), outlet=chr(65 + i), extra=str(i))
        for i, (date, a1, a2, fat) in enumerate(reports)
    ]
    return _store(tmp_path, *arts)


def _events(con) -> list[tuple]:  # noqa: ANN001
    """Each event's actor codes and the articles of its reports."""
    out = []
    for (eid,) in con.execute("SELECT id FROM events"):
        ev = get_event(con, eid)
        assert ev is not None
        codes = tuple((ev[a] or {}).get("code") for a in ("actor1", "actor2"))
        out.append((codes, sorted(s["article_id"] for s in ev["sources"])))
    return sorted(out, key=lambda e: e[1])


def test_one_strike_on_two_targets_is_two_events(tmp_path: Path) -> None:
    """Each report agrees with a vague one (no actors); the two that name the target disagree on it."""
    con = _outlets(
        tmp_path,
        "air",
        ("2015-07-20", "-", "-", 0),
        ("2015-07-20", "-", "SYRCVL", 0),
        ("2015-07-20", "-", "SYRREB", 3),
    )
    events = _events(con)
    assert len(events) == 2
    assert {codes[1] for codes, _ in events} == {"SYRCVL", "SYRREB"}


def test_an_event_stored_with_conflicting_actors_is_split_when_clustered_again() -> None:
    """Reports of one stored event are not compared again pair by pair; the actors its members made known
    still decide: an event whose reports name two targets (stored by an older rule) becomes two events."""
    from rasad.store.dedup import Report, cluster

    def rep(pk: int, actor2: str | None) -> Report:
        return Report(
            rid=pk, key=f"k{pk}", article_pk=pk, article_id=f"a{pk}", idx=0, event_id="old", category="conflict",
            type_key="conflict:Explosions/Remote violence", status="occurred", event_date="2015-07-20", day=1,
            latitude=36.2, longitude=37.1, geo_precision=1, gazetteer_id=None, place_key=None, actor1=None,
            actor2=actor2, fatalities=0, injuries=None, confidence=0.5,
        )  # fmt: skip

    clusters = cluster([rep(1, None), rep(2, "SYRCVL"), rep(3, "SYRREB"), rep(4, "SYRCVL")])
    assert [[m.key for m in c] for c in clusters] == [["k1", "k2", "k4"], ["k3"]]


def test_unknown_actor_is_filled_in_the_primary_roles() -> None:
    """The army, actor1 of the primary report of a battle (the finer place) and actor2 of the other, fought
    the rebels: the rebels are the event's actor2, not the army again."""
    from rasad.store.dedup import Report, comparison_values, merge
    from rasad.store.rows import EVENT_COLUMNS, record_columns

    def rec(a1: str | None, a2: str | None, precision: int) -> dict:
        return {
            "category": "conflict", "event_type": "Battles", "event_date": "2015-07-20",
            "actor1": {"code": a1, "name": a1} if a1 else None, "actor2": {"code": a2, "name": a2} if a2 else None,
            "location": {"name_ar": "بلدة", "latitude": 36.2, "longitude": 37.1, "geo_precision": precision},
        }  # fmt: skip

    recs = {"a": rec("SYRMIL", None, 1), "b": rec("SYRREB", "SYRMIL", 2)}
    reports = [Report.new(f"k{a}", pk, a, 0, comparison_values(r)) for pk, (a, r) in enumerate(recs.items())]
    row, notes = merge(reports, {f"k{a}": record_columns(r) for a, r in recs.items()})
    event = dict(zip(EVENT_COLUMNS, row, strict=True))
    assert notes["ka"] == "primary report of 2"
    assert (event["actor1_code"], event["actor2_code"]) == ("SYRMIL", "SYRREB")
    assert event["actor2_name"] == "SYRREB"


def test_a_battle_side_named_in_either_role_is_one_side(tmp_path: Path) -> None:
    """ "The army clashed at X" and "clashes with the army at X": the army once, the other side unknown."""
    con = _outlets(tmp_path, "clash", ("2015-07-20", "SYRMIL", "-", 5), ("2015-07-20", "-", "SYRMIL", 0))
    assert _events(con) == [(("SYRMIL", None), ["a", "b"])]


def test_primary_is_the_most_complete_report(tmp_path: Path) -> None:
    """Of two reports as precise and with as many actors, the one that gives a toll gives the event."""
    con = _outlets(
        tmp_path, "air", ("2015-07-20", "SYRMIL", "SYRCVL", 0), ("2015-07-21", "SYRMIL", "SYRCVL", 4)
    )
    (eid,) = con.execute("SELECT id FROM events").fetchone()
    ev = get_event(con, eid)
    assert ev is not None
    notes = {s["article_id"]: s["merge_note"] for s in ev["sources"]}
    assert notes["b"] == "primary report of 2" and notes["a"].startswith("merged with b#0")


def test_primary_is_dated_as_most_reports(tmp_path: Path) -> None:
    """Two outlets date the strike the 21st, one the 20th: the event is dated the 21st (its toll still the
    lowest non-zero one given)."""
    tolls = {"2015-07-20": 4, "2015-07-21": 0}
    days = ("2015-07-20", "2015-07-21", "2015-07-21")
    con = _outlets(tmp_path, "air", *((day, "SYRMIL", "SYRCVL", tolls[day]) for day in days))
    assert con.execute("SELECT event_date, fatalities, n_sources FROM events").fetchall() == [
        ("2015-07-21", 4, 3)
    ]


def test_reports_of_one_article_are_never_merged(tmp_path: Path) -> None:
    con = _store(tmp_path, article("a", BASE, spec("air", "2015-07-20", 36.201, 37.1, "SYRMIL", "SYRCVL", 2)))
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2


def test_region_level_places_do_not_link(tmp_path: Path) -> None:
    from rasad.store.dedup import Report, link_reason

    def rep(pk: int, precision: int) -> Report:
        return Report(
            rid=pk, key=f"k{pk}", article_pk=pk, article_id=f"a{pk}", idx=0, event_id=None, category="conflict",
            type_key="conflict:Battles", status="occurred", event_date="2015-07-20", day=1, latitude=36.2,
            longitude=37.1, geo_precision=precision, gazetteer_id="country:SY", place_key="سوريا", actor1=None,
            actor2=None, fatalities=0, injuries=None, confidence=0.5,
        )  # fmt: skip

    assert link_reason(rep(1, 3), rep(2, 3)) is None
    assert link_reason(rep(1, 1), rep(2, 1)) == (
        "Battles, same date, same gazetteer place country:SY, actors compatible (?/?)"
    )


@pytest.mark.parametrize(
    ("values", "expected"),
    [([5, 3, 0], 3), ([0, 0], 0), ([12, 7, 9], 7), ([None, 4], 4), ([None, None], None)],
)
def test_conservative_figure_is_the_lowest_non_zero_report(values: list, expected: int | None) -> None:
    assert conservative(values) == expected


def test_merged_event_keeps_the_lowest_non_zero_toll_and_explains_itself(tmp_path: Path) -> None:
    con = _store(
        tmp_path,
        article("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 9), outlet="A"),
        article("b", spec("air", "2015-07-21", 36.205, 37.1, "-", "SYRCVL", 0), outlet="B"),
        article("c", spec("air", "2015-07-20", 36.2, 37.104, "SYRMIL", "-", 6), outlet="C"),
    )
    (eid,) = con.execute("SELECT id FROM events").fetchone()
    ev = get_event(con, eid)
    assert ev is not None
    assert ev["fatalities"] == 6 and ev["n_sources"] == 3
    assert ev["actor1"]["code"] == "SYRMIL" and ev["actor2"]["code"] == "SYRCVL"
    assert sorted(s["article_id"] for s in ev["sources"]) == ["a", "b", "c"]
    notes = {s["article_id"]: s["merge_note"] for s in ev["sources"]}
    assert notes["a"] == "primary report of 3"
    assert notes["b"].startswith(
        "merged with a#0: Explosions/Remote violence, dates one day apart, places 0.6 km"
    )
    assert "its toll 9" not in notes["b"] and "its toll 0 → 6" in notes["b"]
    assert "same date" in notes["c"] and "its toll 6" not in notes["c"]


def _canonical(con) -> str:  # noqa: ANN001
    out = io.StringIO()
    export(con, "jsonl", out)
    return out.getvalue()


def test_arrival_order_does_not_change_the_events(tmp_path: Path) -> None:
    arts = corpus(40, seed=11)
    shuffled = arts[:]
    random.Random(5).shuffle(shuffled)
    one = _canonical(_store(tmp_path, *arts, name="one.db"))
    two = _canonical(_store(tmp_path, *reversed(arts), name="two.db"))
    three = _canonical(_store(tmp_path, *shuffled, name="three.db"))
    assert one == two == three
    con = connect(tmp_path / "one.db", readonly=True)
    assert con.execute("SELECT MAX(n_sources) FROM events").fetchone()[0] > 1, (
        "the corpus must hold duplicates"
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(list(range(10))))
def test_any_order_gives_the_same_events(tmp_path_factory: pytest.TempPathFactory, order: list[int]) -> None:
    arts = corpus(10, seed=2)
    tmp = tmp_path_factory.mktemp("perm")
    reference = _canonical(_store(tmp, *arts, name="ref.db"))
    assert _canonical(_store(tmp, *[arts[i] for i in order], name="perm.db")) == reference


def _reference_cluster(reports: list) -> list[list]:
    """The clustering rule as the module docstring states it: every cluster is tried, in creation order; a report
    joins when it links to every member and fits the actors the members made known (in the first one's roles)."""
    from rasad.store.dedup import _fit, link_reason

    clusters: list[list] = []
    sides: list[list] = []
    for r in sorted(reports, key=lambda x: x.order):
        for c, known in zip(clusters, sides, strict=True):
            fit = _fit(r.type_key, known[0], known[1], r.actor1, r.actor2)
            if fit and all(link_reason(m, r) is not None for m in c):
                c.append(r)
                mine = [r.actor1, r.actor2] if fit == "same" else [r.actor2, r.actor1]
                known[:] = [k or v for k, v in zip(known, mine, strict=True)]
                break
        else:
            clusters.append([r])
            sides.append([r.actor1, r.actor2])
    return clusters


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6),
            st.one_of(st.none(), st.integers(0, 8)),
            st.integers(0, 2),
            st.sampled_from("ABC-"),
            st.sampled_from("AB--"),
            st.booleans(),
        ),
        max_size=40,
    )
)
def test_clustering_skips_closed_clusters_without_changing_them(specs: list) -> None:
    from rasad.store.dedup import Report, cluster

    reports = [
        Report(
            rid=i,
            key=f"k{i:03d}",
            article_pk=pk,
            article_id=f"a{pk}",
            idx=i,
            event_id=None,
            category="conflict",
            type_key="conflict:Battles" if battle else "conflict:Explosions/Remote violence",
            status="occurred",
            event_date=None,
            day=day,
            latitude=36.2 + 0.01 * near,
            longitude=37.1,
            geo_precision=1,
            gazetteer_id=None,
            place_key=None,
            actor1=None if actor == "-" else actor,
            actor2=None if actor2 == "-" else actor2,
            fatalities=0,
            injuries=None,
            confidence=0.5,
        )  # fmt: skip
        for i, (pk, day, near, actor, actor2, battle) in enumerate(specs)
    ]
    reference = [[m.key for m in c] for c in _reference_cluster(reports)]
    assert [[m.key for m in c] for c in cluster(reports)] == reference
    # reports already stored carry their event: one event's reports are not compared again, same clusters
    stored = reports[: len(reports) // 2]
    events = {m.key: f"e{i}" for i, c in enumerate(cluster(stored)) for m in c}
    again = [r._replace(event_id=events.get(r.key)) for r in reports]
    assert [[m.key for m in c] for c in cluster(again)] == reference


def _many_duplicates(n: int) -> list:
    """``n`` outlets reporting one strike, and a chain of clashes at one place, three a day for ``n // 3`` days."""
    strike = [
        article(f"s{i}", spec("air", "2015-07-20", 36.2 + (i % 7) * 0.001, 37.1, "SYRMIL", "-", i % 5),
                outlet=f"o{i}", extra=str(i))
        for i in range(n)
    ]  # fmt: skip
    chain = [
        article(f"c{i}", spec("clash", f"2015-08-{1 + i // 3:02d}", 36.2, 37.1, "-", "-", 1), extra=f"c{i}")
        for i in range(n)
    ]
    return strike + chain


def test_many_duplicates_in_one_batch_or_many_and_in_any_order(tmp_path: Path) -> None:
    arts = _many_duplicates(60)
    shuffled = arts[:]
    random.Random(9).shuffle(shuffled)
    runs = []
    for name, items, batch in (("one", arts, 1000), ("each", arts, 1), ("shuffled", shuffled, 7)):
        db = tmp_path / f"{name}.db"
        with StoreWriter.open(db, batch_size=batch) as w:
            ingest(items, extract, writer=w)
        con = connect(db, readonly=True)
        runs.append(
            (
                con.execute("SELECT * FROM events ORDER BY id").fetchall(),
                con.execute(
                    "SELECT key, event_id, merge_note, record FROM event_sources ORDER BY key"
                ).fetchall(),
            )
        )
    assert runs[0] == runs[1] == runs[2]
    sizes = sorted(
        n for (n,) in connect(tmp_path / "one.db", readonly=True).execute("SELECT n_sources FROM events")
    )
    assert sizes[-1] == 60 and len(sizes) > 10, "one strike of 60 sources, the chain split into many events"
