"""A chargé d'affaires named with his state's adjective (القائم بالأعمال التركي) is an official of that state."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استدعت وزارة الخارجية العراقية القائم بالأعمال التركي في بغداد أمس.",
            [("SANCTION", "IRQGOV", "TURGOV")],
        ),
        (
            "وبحث وزير الخارجية اليمني مع القائم بالأعمال الأمريكي في الرياض أمس الأوضاع في عدن.",
            [("CONSULT", "YEMGOV", "USAGOV")],
        ),
    ],
)
def test_a_charge_d_affaires_is_of_the_state_named_after_him(
    pipeline: Pipeline, text: str, expected: list[tuple]
) -> None:
    assert political_triples(pipeline, text) == expected
