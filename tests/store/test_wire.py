"""What a producer sends the writer: the same values, made with less work and fewer bytes."""

from __future__ import annotations

import dataclasses
import pickle

from rasad.model import Evidence
from rasad.store.rows import EVIDENCE, record_columns, to_json
from rasad.store.writer import EventRecord
from tests.store.fake import article, corpus, extract, spec


def _tricky_evidence_events() -> list:
    """Events whose evidence quotes the keys the evidence is found between, and events with none."""
    ev = extract(article("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "SYRCVL", 3)))[0]
    quoted = Evidence(text='قال "evidence": [] و, "fatalities": 3', start=0, end=5, role="event")
    return [
        ev,
        dataclasses.replace(ev, evidence=(quoted, *ev.evidence)),
        dataclasses.replace(ev, evidence=()),
    ]


def test_an_events_record_is_encoded_once_with_its_evidence_column_inside() -> None:
    events = [e for a in corpus(20, seed=2) for e in extract(a)] + _tricky_evidence_events()
    for e in events:
        rec = e.to_dict()
        made = EventRecord.of(e)
        assert made.json == to_json(rec)
        assert made.columns == record_columns(rec)
        back = pickle.loads(pickle.dumps(made))
        assert (back.json, back.values) == (made.json, made.values)
        assert back.made and back.to_dict() == rec
        # the JSON and the evidence column come as their UTF-8, which the writer binds as text
        assert back.stored_json == made.json.encode()
        assert isinstance(back.columns[EVIDENCE], bytes)
        decoded = tuple(c.decode() if isinstance(c, bytes) else c for c in back.columns)
        assert decoded == made.columns


def test_the_evidence_travels_once() -> None:
    e = _tricky_evidence_events()[1]
    made = EventRecord.of(e)
    evidence = made.columns[EVIDENCE]
    assert len(evidence) > 50
    # the column is a part of the JSON, sent once
    assert pickle.dumps(made).count(evidence[1:-1].encode()) == 1
    again = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(made))))
    assert again.columns[EVIDENCE] == evidence.encode() and again.json == made.json


def _fts_hits(db, words: list[str]) -> list[list[str]]:  # noqa: ANN001
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return [
            [
                r[0]
                for r in con.execute(
                    "SELECT a.id FROM article_fts f JOIN articles a ON a.pk = f.rowid "
                    "WHERE article_fts MATCH ? ORDER BY a.id",
                    (f'"{w}"',),
                )
            ]
            for w in words
        ]
    finally:
        con.close()


def test_full_text_entries_written_at_the_commit_are_those_written_one_by_one(tmp_path) -> None:  # noqa: ANN001
    """The full-text entries of a batch are written at its commit; an article replaced within the batch has its
    entry deleted after it was written, as one by one."""
    from rasad.store import StoreWriter

    a = article("a", spec("air", "2015-07-20", 36.2, 37.1), extra="حلب الشهباء")
    b = article("b", spec("air", "2015-07-20", 36.2, 37.1), extra="ادلب الخضراء")
    a2 = article("a", spec("clash", "2015-07-25", 35.0, 36.0), extra="حماة العاصي")
    words = ["الشهباء", "الخضراء", "العاصي", "الطائرات"]
    hits = []
    for name, batch in (("one", 1), ("all", 100)):
        db = tmp_path / f"{name}.db"
        with StoreWriter.open(db, batch_size=batch) as w:
            for art in (a, b, a2):
                w.add(art, extract(art))
        hits.append(_fts_hits(db, words))
    assert hits[0] == hits[1] == [[], ["b"], ["a"], ["a", "b"]]


def test_records_bound_as_their_utf8_are_stored_as_text(tmp_path) -> None:  # noqa: ANN001
    """The JSON a producer sends as UTF-8 is stored as the very text the writer stores from an event."""
    import sqlite3

    from rasad.store import StoreWriter, store_result
    from rasad.store.writer import ExtractTask

    arts = corpus(25, seed=4)
    task = ExtractTask(extract)
    dumps = []
    for name, results in (
        ("events", None),
        ("wire", [pickle.loads(pickle.dumps(task((a, False, None)))) for a in arts]),
    ):
        db = tmp_path / f"{name}.db"
        with StoreWriter.open(db) as w:
            if results is None:
                for a in arts:
                    w.add(a, extract(a))
            else:
                for res in results:
                    store_result(w, res)
        con = sqlite3.connect(db)
        dumps.append(
            [
                con.execute("SELECT *, typeof(evidence) FROM events ORDER BY id").fetchall(),
                con.execute("SELECT *, typeof(record) FROM event_sources ORDER BY rid").fetchall(),
            ]
        )
        con.close()
    assert dumps[0] == dumps[1]
    assert {r[-1] for r in dumps[1][0]} == {r[-1] for r in dumps[1][1]} == {"text"}


def test_an_event_of_one_report_is_merged_as_the_rules_merge_it() -> None:
    """merge() takes a shortcut for a cluster of one report: what the general rules give, whatever its toll."""
    from rasad.store import dedup

    for fat, inj in ((0, None), (3, 0), (0, 2), (-1, -2), (5, None)):
        e = extract(article("a", spec("air", "2015-07-20", 36.2, 37.1, "SYRMIL", "-", fat)))[0]
        e = dataclasses.replace(e, fatalities=fat, injuries=inj)
        made = EventRecord.of(e)
        r = dedup.Report.new("k:0", 1, "a", 0, made.values)
        alone = dedup.merge([r], {"k:0": made.columns})
        # the general rules, with a second report that links to nothing and is dropped from what they give
        twin = r._replace(key="k:1", fatalities=fat, injuries=inj)
        row, notes = dedup.merge([r, twin], {"k:0": made.columns, "k:1": made.columns})
        assert alone[0][:-1] == row[:-1] and alone[0][-1] == 1
        assert alone[1] == {"k:0": "primary report"} and notes["k:0"] == "primary report of 2"
