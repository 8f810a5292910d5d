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
        assert (back.json, back.values, back.columns) == (made.json, made.values, made.columns)
        assert back.made and back.to_dict() == rec


def test_the_evidence_travels_once() -> None:
    e = _tricky_evidence_events()[1]
    made = EventRecord.of(e)
    evidence = made.columns[EVIDENCE]
    assert len(evidence) > 50
    # the column is a part of the JSON, sent once
    assert pickle.dumps(made).count(evidence[1:-1].encode()) == 1
