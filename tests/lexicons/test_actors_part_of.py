"""An office of no state (وزارة الدفاع، هيئة الأركان) named as part of a side is that side's
(rasad.match.names.offices_of_their_side, run by the matcher): the Syrian opposition's interim government is no
part of the regime, and "الحكومة المؤقتة" alone is the opposition's in Syria, the government's elsewhere."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from tests.test_extraction import WED


def _codes(text: str) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    return [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code"))
        for m in Matcher.default().scan(norm)
        if m.kind == "actors"
    ]


@pytest.mark.parametrize(
    ("text", "office", "code"),
    [
        # the interim government's ministry and staff, joined by و
        ("طالبت وزارة الدفاع وهيئة الأركان في الحكومة السورية المؤقتة بالتحرك", "وزارة الدفاع", "SYROPP"),
        ("طالبت وزارة الدفاع وهيئة الأركان في الحكومة السورية المؤقتة بالتحرك", "هيئة الأركان", "SYROPP"),
        # a state's ministry of defence speaks for its forces; another ministry is its government
        ("وأعلنت وزارة الدفاع التابعة للحكومة الليبية أنها قصفت مواقع المتشددين", "وزارة الدفاع", "LBYMIL"),
        ("وقالت وزارة الداخلية في الحكومة اليمنية إن", "وزارة الداخلية", "YEMGOV"),
        ("وقالت وزارة الخارجية بالحكومة اليمنية إن", "وزارة الخارجية", "YEMGOV"),
        # no side right after: the office keeps its country-less code
        ("وقالت وزارة الدفاع في بيان إن", "وزارة الدفاع", "MIL"),
        ("وقالت وزارة الداخلية إن الحكومة اليمنية", "وزارة الداخلية", "GOV"),
        # a capital or country after في is where the office sits: the Yemeni government sat in Riyadh in 2015
        ("وقالت وزارة الخارجية في الرياض إن الوفد سيعود إلى عدن", "وزارة الخارجية", "GOV"),
        # a side that is no state nor armed group (the UN): no owner of a ministry
        ("وقالت وزارة الخارجية في الأمم المتحدة إن", "وزارة الخارجية", "GOV"),
        # a ministry and its state's nationality adjective: that state's government, its forces for defence
        ("وأدانت وزارة الخارجية الإسبانية الهجوم", "وزارة الخارجية", "ESPGOV"),
        ("وقالت وزارة الدفاع الأردنية إن طائراتها عادت", "وزارة الدفاع", "JORMIL"),
        ("وقالت وزارة الداخلية اليوم إن", "وزارة الداخلية", "GOV"),
    ],
)
def test_office_of_a_side(text: str, office: str, code: str) -> None:
    assert (office, code) in _codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "طالبت وزارة الدفاع وهيئة الأركان في الحكومة السورية المؤقتة الأمم المتحدة بالتحرك في حلب.",
            "SYROPP",
        ),
        ("طالبت وزارة الدفاع في الحكومة المؤقتة مجلس الأمن بفرض منطقة حظر جوي فوق حلب.", "SYROPP"),
        ("وطالبت الحكومة المؤقتة في ليبيا الأمم المتحدة برفع حظر السلاح عن الجيش في بنغازي.", "LBYGOV"),
    ],
)
def test_interim_government_asks(pipeline: Pipeline, text: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "political"]
    assert [(e.plover_type, e.actor1.code if e.actor1 else None) for e in events] == [("REQUEST", code)]
