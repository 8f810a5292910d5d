"""Ministers named by their portfolio and nationality ("وزير النقل اليمني") are their state's government, with
no lexicon entry of their own (rasad.match.names.official_mentions)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import official_mentions
from rasad.model import Article
from rasad.pipeline import Pipeline, _governments
from rasad.text.normalize import normalize
from tests.test_extraction import WED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال وزير النقل اليمني إن السفن وصلت", [("وزير النقل اليمني", "YEMGOV")]),
        ("وأكد وزير الإعلام الأردني أن", [("وزير الإعلام الأردني", "JORGOV")]),
        # a portfolio of two words joined by و; a woman minister; a clitic on the office; a deputy
        ("وقال وزير الثقافة والسياحة التركي إن", [("وزير الثقافة والسياحة التركي", "TURGOV")]),
        ("وقالت وزيرة الثقافة الإسرائيلية إن", [("وزيرة الثقافة الإسرائيلية", "ISRGOV")]),
        ("ورحب الرئيس ووزير النفط العراقي بالقرار", [("وزير النفط العراقي", "IRQGOV")]),
        ("وقال نائب وزير الشؤون الخارجية الصيني إن", [("وزير الشؤون الخارجية الصيني", "CHNGOV")]),
        # another office between the minister and the adjective, a former minister, a director: none
        ("والتقى وزير الخارجية والسفير الأمريكي", []),
        ("وقال وزير الخارجية اليمني السابق إن", []),
        ("وقال مدير المرصد السوري إن", []),
        # a masculine minister with a feminine adjective is the adjective of something else
        ("وقال وزير الداخلية التركية إن", []),
    ],
)
def test_minister_by_portfolio_and_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    known = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    found = official_mentions(norm, known, _governments())
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "plover", "code"),
    [
        ("وأدان وزير الإعلام الأردني الهجوم الإرهابي على المسجد.", "ACCUSE", "JORGOV"),
        ("وطالب وزير النقل اليمني الأمم المتحدة بإرسال سفن الإغاثة إلى عدن.", "REQUEST", "YEMGOV"),
    ],
)
def test_minister_is_the_actor(pipeline: Pipeline, text: str, plover: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "political"]
    assert [(e.plover_type, e.actor1.code if e.actor1 else None) for e in events] == [(plover, code)]
