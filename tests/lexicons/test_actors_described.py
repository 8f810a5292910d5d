"""Insurgents the press names by what they are, with no group's name: the rebels of the event's country. Each row
is a short report written for the project."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.test_extraction import WED

# (text, role, expected code)
ROWS = [
    ("قتل شخصان في اشتباكات وسط مدينة بنغازي بين قوات الحكومة ومقاتلين متطرفين أمس.", "actor2", "LBYREB"),
    ("وهاجم مسلحون متطرفون حاجزا للجيش قرب مدينة درنة أمس.", "actor1", "LBYREB"),
    # Jewish extremists keep their own, longer name
    ("وهاجم متطرفون يهود منزلا في قرية دوما بالضفة الغربية أمس.", "actor1", "ISRUAF"),
]


@pytest.mark.parametrize(("text", "role", "code"), ROWS, ids=[f"{i}-{r[2]}" for i, r in enumerate(ROWS)])
def test_described_insurgents_are_coded(pipeline: Pipeline, text: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got
