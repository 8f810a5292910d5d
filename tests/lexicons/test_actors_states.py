"""State forces and governments: every state's forces are coded with its military (xxxMIL), never with its
government, and a state's own side keeps its country wherever it acts."""

from __future__ import annotations

import pytest

from rasad.assemble.actors import relocate
from rasad.model import Actor, Article
from rasad.pipeline import Pipeline
from tests.test_extraction import WED

# (text, role, expected code)
ROWS = [
    # an army of a state of no war theatre: its forces, not its government
    ("وقتل خمسة من عناصر القوات الأفغانية في هجوم انتحاري على حاجز في ولاية هلمند أمس.", "actor2", "AFGMIL"),
    ("وشن الجيش الباكستاني هجوما على مواقع حركة طالبان باكستان في شمال وزيرستان أمس.", "actor1", "PAKMIL"),
    # the nationality of aircraft of a coalition member with no army of its own in the lexicon before
    ("وقصفت طائرات مغربية مواقع الحوثيين في محافظة صعدة أمس.", "actor1", "MARMIL"),
    ("وقصفت طائرات كويتية مواقع الحوثيين في محافظة صعدة أمس.", "actor1", "KWTMIL"),
]


@pytest.mark.parametrize(("text", "role", "code"), ROWS, ids=[f"{i}-{r[2]}" for i, r in enumerate(ROWS)])
def test_state_forces_are_coded_as_forces(pipeline: Pipeline, text: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got


@pytest.mark.parametrize(
    ("actor", "country", "code"),
    [
        # a state's forces or government named as that state's stay its own abroad
        (Actor(code="TURMIL", name="Military Forces of Turkey", country="TUR"), "IRQ", "TURMIL"),
        (Actor(code="SYRMIL", name="Military Forces of Syria (2000-)", country="SYR"), "LBN", "SYRMIL"),
        (Actor(code="USAMIL", name="Military Forces of the United States", country="USA"), "SYR", "USAMIL"),
        (Actor(code="RUSGOV", name="Government of Russia", country="RUS"), "SYR", "RUSGOV"),
        # a side whose country was filled in from where it acted moves with it
        (Actor(code="IRQREB", name="Islamic State (Iraq)", country="IRQ"), "SYR", "SYRREB"),
        (Actor(code="TURMIL", name="Military Forces (Turkey)", country="TUR"), "IRQ", "IRQMIL"),
        (Actor(code="SYRCVL", name="Civilians (Syria)", country="SYR"), "LBN", "LBNCVL"),
    ],
)
def test_relocate_keeps_a_states_own_side(actor: Actor, country: str, code: str) -> None:
    assert relocate(actor, country).code == code
