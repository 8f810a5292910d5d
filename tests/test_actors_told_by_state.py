"""A state force named without its country ("القوات المسلحة"، "سلاح الجو"، "الجيش") in what a state's government
tells, in the sentence or the one before: that state's own forces — never those of a state only named as a place."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

# (the publication day is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import WED


def _actor1s(pipeline: Pipeline, text: str) -> list[str | None]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [e.actor1.code if e.actor1 else None for e in events if e.event_type]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "أعلنت رئاسة الوزراء التركية، أن القوات المسلحة قصفت أمس مواقع لتنظيم داعش في شمال سوريا.",
            "TURMIL",
        ),
        (
            "أعلنت وزارة الدفاع الأردنية، في بيان أمس. وأفادت الوزارة أن سلاح الجو قصف مخازن لتنظيم داعش في سوريا.",
            "JORMIL",
        ),
        ("أعلنت تركيا أن الجيش قصف أمس مواقع لتنظيم داعش في شمال العراق.", "TURMIL"),
    ],
)
def test_a_bare_state_force_a_state_tells_of_is_its_own(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert actor1 in _actor1s(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # Turkey only named as a place
        "وصل وفد حكومي إلى تركيا أمس. وقال مسؤول إن القوات المسلحة قصفت مواقع لتنظيم داعش في محافظة الرقة.",
        "وصل وفد حكومي بتركيا أمس. وقال مسؤول إن سلاح الجو قصف مواقع لتنظيم داعش في محافظة الرقة.",
        # two states in the sentence before
        "التقى وزير الدفاع التركي نظيره العراقي أمس. وقال مسؤول إن القوات المسلحة قصفت مواقع لتنظيم داعش في الأنبار.",
    ],
)
def test_a_state_named_otherwise_does_not_own_the_force(pipeline: Pipeline, text: str) -> None:
    assert not any(a and a.startswith("TUR") for a in _actor1s(pipeline, text))
