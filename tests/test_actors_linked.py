"""A militia joined to a state's forces and linked to them by a pronoun ("قوات النظام والميليشيات التابعة له"):
that state's pro-government militia; none without a state's forces right before it."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

# (the publication day is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import WED


def _codes(pipeline: Pipeline, text: str) -> list[str | None]:
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    return [m.data["entry"].get("code") for m in doc.mentions if m.kind == "actors"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("وقصفت قوات الأسد والمليشيات المسلحة التابعة له قرية في ريف حماة.", ["SYRMIL", "SYRUAF"]),
        ("وتقدمت قوات النظام والميليشيات المسلحة التابعة لها نحو التلال.", ["SYRMIL", "SYRUAF"]),
        ("وهاجم الجيش العراقي وميليشيات تابعة له بلدة في الأنبار.", ["IRQMIL", "IRQUAF"]),
    ],
)
def test_militia_linked_to_state_forces(pipeline: Pipeline, text: str, codes: list[str]) -> None:
    assert _codes(pipeline, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # no state's forces before the pronoun: the militia is nobody the text names
        "وقال الشيخ إن الميليشيات التابعة له لن تشارك في القتال.",
    ],
)
def test_militia_linked_to_no_state(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c and c.endswith("UAF")]
