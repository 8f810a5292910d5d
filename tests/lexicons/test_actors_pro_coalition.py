"""Fighters on the ground named as the coalition's supporters are the local side it backs, not the coalition:
in Yemen the army loyal to Hadi. Each row is a short report written for the project."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.test_extraction import WED

# (text, role, expected code)
ROWS = [
    (
        "وقال سكان إن قوات يمنية مؤيدة للتحالف اشتبكت مع المتمردين الحوثيين قرب مدينة الحوطة في لحج أمس.",
        "actor1",
        "YEMMIL",
    ),
    ("وسيطرت عناصر موالية للتحالف على مدينة الحوطة في محافظة لحج اليمنية أمس.", "actor1", "YEMMIL"),
    ("وتقدمت القوات الموالية للتحالف نحو مدينة الحوطة في لحج بعد معارك مع الحوثيين أمس.", "actor1", "YEMMIL"),
]


@pytest.mark.parametrize(("text", "role", "code"), ROWS, ids=[f"{i}-{r[2]}" for i, r in enumerate(ROWS)])
def test_pro_coalition_forces_are_coded(pipeline: Pipeline, text: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got
