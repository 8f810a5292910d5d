"""Victims named by a rank or by their nationality (rows of our own): the lower ranks of an army are the state's
forces where the act was, counted one by one; people counted by their nationality alone are civilians."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, int]]:
    events = pipeline(Article(id="t", text=text, published=dt.date(2015, 8, 3)))
    out = []
    for e in events:
        d = e.to_dict()
        if d.get("event_type"):
            out.append(
                ((d.get("actor1") or {}).get("code"), (d.get("actor2") or {}).get("code"), d["fatalities"])
            )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a non-commissioned officer, a corporal, a sergeant, a lieutenant, a conscript: one of the state's forces
        ("قتل ضابط صف في هجوم مسلح على نقطة تفتيش في مدينة بعقوبة العراقية", [(None, "IRQMIL", 1)]),
        ("قتل عريف في هجوم مسلح على نقطة تفتيش في مدينة بعقوبة العراقية", [(None, "IRQMIL", 1)]),
        ("قتل رقيب في هجوم مسلح على نقطة تفتيش في مدينة بعقوبة العراقية", [(None, "IRQMIL", 1)]),
        ("قتل ملازم في هجوم مسلح على نقطة تفتيش في مدينة بعقوبة العراقية", [(None, "IRQMIL", 1)]),
        ("قتل مجند في هجوم مسلح على نقطة تفتيش في مدينة بعقوبة العراقية", [(None, "IRQMIL", 1)]),
        # people counted by their nationality alone are civilians, as many as counted
        ("قتل ستة عراقيين بانفجار عبوة ناسفة في سوق شعبي بمدينة الحلة العراقية", [(None, "IRQCVL", 6)]),
        ("قتل 11 يمنيا بانفجار عبوة ناسفة في سوق شعبي بمدينة عدن اليمنية", [(None, "YEMCVL", 11)]),
    ],
)
def test_ranks_and_nationals_killed(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("قتل ستة عراقيين في الانفجار", ["عراقيين"]),
        ("قتل عشرات السوريين في الغارات", ["سوريين"]),
        # after another noun, the nationality is its adjective: no one of its own
        ("وقال ناشطون سوريون إن القصف استمر", []),
        ("وتجمع شبان أتراك أمام المركز", ["شبان"]),
        ("قتل خمسة مدنيين عراقيين في الانفجار", ["مدنيين"]),
    ],
)
def test_a_nationality_is_a_victim_only_counted(text: str, victims: list[str]) -> None:
    norm = normalize(text)
    found = [m for m in Matcher.default().scan(norm) if m.kind == "victims"]
    assert [norm.raw_text(m.nspan.start, m.nspan.end) for m in found] == victims
