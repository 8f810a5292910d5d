"""A capital named as the subject of a verb of saying stands for its government ("بينما تقول بغداد إن …"): a
quarter named after it lies in the city the text is about, not in the capital."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("سيطرت القوات على مبنى المحافظة في مدينة الرمادي، وبينما تقول بغداد إن القوات تتقدم، قصف المسلحون حي الضباط",
         "Ramadi"),
        ("دارت اشتباكات في مدينة الرمادي، واتهمت بغداد المسلحين بتفخيخ الطرق قبل أن يقصفوا حي الضباط", "Ramadi"),
        # the capital named as a place stays the city a quarter named after it lies in
        ("قصفت الطائرات مواقع في مدينة الرمادي. وانفجرت عبوة في بغداد ثم في حي الضباط", "Baghdad"),
    ],
)  # fmt: skip
def test_a_quarter_after_a_capital_speaking(default_gaz: Gazetteer, text: str, city: str) -> None:
    p = resolved(default_gaz, text, "IRQ")["الضباط"]
    assert p is not None and p.name == city
