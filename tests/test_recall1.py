"""Recall of acts told by less frequent verbs: sniping (قنصت), pounding (دكت), stoning (رجم) and stabbing (طعنا)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    ("text", "sub_event_type", "victims"),
    [
        # a sniper's shot at a child: an attack on a civilian
        ("وقنصت قوات النظام طفلا في حي الوعر بمدينة حمص أمس.", "Attack", "SYRCVL"),
        # guns pounding positions: shelling
        ("ودكت مدفعية الجيش مواقع المسلحين في بلدة كفرنبل أمس.", "Shelling/artillery/missile attack", None),
        # stoning to death, an execution by an armed group
        ("وأقدم عناصر التنظيم على رجم امرأة في ساحة مدينة الرقة أمس.", "Attack", "SYRCVL"),
        ("ورجم عناصر التنظيم رجلا حتى الموت في بلدة الميادين أمس.", "Attack", "SYRCVL"),
        # a knife attack on a civilian
        ("وأصيب شاب بجروح طعنا بسكين على يد مجهول في سوق مدينة الخليل أمس.", "Attack", "PSECVL"),
    ],
)
def test_act_is_coded(pipeline: Pipeline, text: str, sub_event_type: str, victims: str | None) -> None:
    events = _conflict(pipeline, text)
    assert [e.sub_event_type for e in events] == [sub_event_type]
    if victims:
        assert events[0].actor2 is not None and events[0].actor2.code == victims


@pytest.mark.parametrize(
    "text",
    [
        # an appeal in court is no stabbing
        "وقال المحامي إنه طعن في الحكم أمام المحكمة في دمشق أمس.",
        # stabbings feared, not told
        "وتخشى السلطات من تنفيذ عمليات طعن في مدينة القدس خلال الأعياد.",
    ],
)
def test_no_conflict_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # civilians named by trade, the displaced and journalists in the accusative are the civilians struck
        ("وقتل سبعة صيادين في غارة جوية على قارب قبالة ساحل مدينة الحديدة أمس.", "YEMCVL"),
        ("وقتل ثلاثة مزارعين بانفجار لغم في أرض زراعية قرب بلدة مورك أمس.", "SYRCVL"),
        ("وقتل أربعة نازحين في قصف استهدف مخيما قرب مدينة إدلب أمس.", "SYRCVL"),
        ("واغتال مسلحون مجهولون صحفيا أمام منزله في مدينة درعا أمس.", "SYRCVL"),
    ],
)
def test_civilian_victims_named(pipeline: Pipeline, text: str, victims: str) -> None:
    events = _conflict(pipeline, text)
    assert len(events) == 1
    assert events[0].actor2 is not None and events[0].actor2.code == victims


def test_farms_and_workers_party_are_no_victims(pipeline: Pipeline) -> None:
    # مزارع is also farms, and العمال is in the name of a party
    for text in (
        "وقصفت الطائرات مزارع بلدة مورك أمس.",
        "وشن مسلحو حزب العمال الكردستاني هجوما على مخفر في بلدة مديات أمس.",
    ):
        events = _conflict(pipeline, text)
        assert len(events) == 1
        assert events[0].actor2 is None or events[0].actor2.code not in ("SYRCVL", "TURCVL")
