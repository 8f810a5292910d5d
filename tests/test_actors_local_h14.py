"""Sides of our own sentences the actor lexicon missed: the bare opposition of a Syria report, a state's governors,
mayors and district heads, and a minister whose portfolio opens with a noun of no article."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline


def _sides(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    events = pipeline(Article(id="t", text=text, published=dt.date(2015, 8, 3)))
    out = []
    for e in events:
        d = e.to_dict()
        kind = d.get("event_type") or d.get("plover_type")
        out.append((kind, (d.get("actor1") or {}).get("code"), (d.get("actor2") or {}).get("code")))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare المعارضة in a Syria report is the armed opposition, as fighter or as target
        (
            "وقصفت المعارضة مواقع للجيش السوري في ريف حماة",
            [("Explosions/Remote violence", "SYRREB", "SYRMIL")],
        ),
        (
            "وقتل أربعة من عناصر المعارضة في اشتباكات مع قوات النظام في ريف إدلب",
            [("Battles", "SYRMIL", "SYRREB")],
        ),
        # a governor, a mayor, a district head: the state's government of the report's country
        (
            "واتهم محافظ لحج الحوثيين باختطاف عشرات المدنيين في المحافظة",
            [("Violence against civilians", "YEMREB", "YEMCVL"), ("ACCUSE", "YEMGOV", "YEMREB")],
        ),
        (
            "واختطف مسلحون مجهولون قائمقام قضاء بلد في محافظة صلاح الدين",
            [("Violence against civilians", None, "IRQGOV")],
        ),
        # a minister of human rights: the portfolio opens with a noun in construct
        (
            "واتهم وزير حقوق الإنسان اليمني الحوثيين بقتل المدنيين في إب",
            [("ACCUSE", "YEMGOV", "YEMREB")],
        ),
        # forces that support the government or the regime are the state's forces
        (
            "وقصفت القوات المؤيدة للحكومة مواقع داعش في ريف الحسكة",
            [("Explosions/Remote violence", "SYRMIL", "SYRREB")],
        ),
        (
            "واشتبكت قوات موالية للنظام مع مسلحي داعش قرب تدمر",
            [("Battles", "SYRMIL", "SYRREB")],
        ),
    ],
)
def test_sides_named_in_a_report(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _sides(pipeline, text) == expected


def test_the_conservative_is_no_governor(pipeline: Pipeline) -> None:
    text = "وقال الرئيس التركي المحافظ إن بلاده لن تسمح بقيام دولة كردية"
    doc = pipeline.make_doc(Article(id="t", text=text, published=dt.date(2015, 8, 3)))
    assert all(m.data["entry"].id != "generic-government" for m in doc.mentions if m.kind == "actors")
