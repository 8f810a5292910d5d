"""A lead placed at a district ("اشتباكات … في مديرية X") and the act named again with the article in the next
sentence at a village the gazetteer lacks ("وأوضحت المصادر أن الاشتباكات وقعت في قرية Y") are one act: at the
village, with the lead's toll. Another act told at the village (its own toll, other sides, not pointed back to)
stays apart."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

_LEAD = "قتل أربعة من المسلحين الحوثيين الأحد في اشتباكات مع رجال القبائل في مديرية {}. "

CASES = [
    # (the detail, the events as (place, toll, actor1, actor2))
    (
        "وأوضحت المصادر أن الاشتباكات وقعت في قرية بيت الغربي بعد مهاجمة الحوثيين لها.",
        [("بيت الغربي", 4, "YEMUAF", "YEMREB")],
    ),
    (
        "وقالت المصادر إن الاشتباكات اندلعت في قرية بيت الصياد وقرية المعقاب بعد مهاجمة الحوثيين لهما.",
        [("بيت الصياد", 4, "YEMUAF", "YEMREB"), ("المعقاب", 0, "YEMUAF", "YEMREB")],
    ),
    (
        "كما اندلعت اشتباكات أخرى في قرية بيت الغربي أسفرت عن مقتل اثنين.",
        [("{}", 4, "YEMUAF", "YEMREB"), ("بيت الغربي", 2, "YEMUAF", "YEMREB")],
    ),
    (
        "واندلعت الاشتباكات بين الجيش والحوثيين في قرية بيت الغربي.",
        [("{}", 4, "YEMUAF", "YEMREB"), ("بيت الغربي", 0, "YEMMIL", "YEMREB")],
    ),
]


@pytest.mark.parametrize("district", ["صرواح", "بني حشيش"])
@pytest.mark.parametrize(("detail", "expected"), CASES)
def test_district_lead_and_its_village(
    pipeline: Pipeline, district: str, detail: str, expected: list
) -> None:
    events = _conflict(pipeline, _LEAD.format(district) + detail)
    got = [
        (e.place and e.place.name_ar, e.fatalities, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code)
        for e in events
    ]
    assert got == [(p.format(district), f, a1, a2) for p, f, a1, a2 in expected]
