"""A strike told, then told again in the next sentence by its aircraft in the singular with the article ("وقصفت
الطائرة السيارة عند …"): one strike, at the detail's place when the gazetteer holds it. Aircraft in the plural, of
another doer, stay another strike."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

LEAD = "قالت مصادر إن ضربة جوية نفذتها طائرة بلا طيار استهدفت سيارة في مدينة درعا أمس وقتلت ثلاثة مسلحين. "

CASES = [
    (LEAD + "وقصفت الطائرة السيارة عند مدخل بلدة طفس.", [("طفس", 3)]),
    (LEAD + "وقصفت الطائرة السيارة عند مدخل قرية العالية.", [("درعا", 3)]),  # (a village the gazetteer lacks)
    (LEAD + "وقصفت الطائرات الحربية الروسية مواقع في بلدة طفس.", [("درعا", 3), ("طفس", 0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_strike_told_again_by_its_aircraft(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text)
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == expected
