"""geo17: a tour (جولة) that takes in countries is no roundabout named after them, each country after تشمل/تضم
is a place; Egypt named bare is a place (مصر is also the participle "insisting" before على)."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize

# (text, the names recognized, in order)
ROWS = [
    # a clause after the head word جولة (a tour that takes in, that leads him to): each country is a place
    ("بدأ وزير الخارجية جولة تشمل الكويت والأردن", ["الكويت", "الاردن"]),
    ("يقوم الرئيس بجولة تضم قطر والبحرين", ["قطر", "البحرين"]),
    ("في ختام جولة تشمل كلا من الكويت وعمان", ["الكويت", "عمان"]),
    ("اختتم الأمير جولة تقوده إلى الأردن والمغرب", ["الاردن", "المغرب"]),
    # (a roundabout named by a definite word stays one)
    ("انفجرت عبوة ناسفة قرب جولة الحوض", ["جوله الحوض"]),
    # Egypt named bare, alone or in a list
    ("وصل وفد الحكومة إلى مصر مساء اليوم", ["مصر"]),
    ("بدأ الوزير جولة عربية تشمل مصر والسودان", ["مصر", "السودان"]),
    # (but not the participle before على)
    ("قال المتحدث إن الوفد مصر على موقفه", []),
    # an oil or gas field is named by the place after حقل, not the word itself (nor by what the field holds)
    ("هاجم المسلحون حقل رميم النفطي شرق المدينة", ["رميم"]),
    ("اندلعت اشتباكات قرب حقل الكوم للغاز", ["الكوم"]),
    ("انفجر لغم في حقل ألغام", []),
    ("سيطروا على حقل النفط", []),
]


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_places_of_a_tour_and_egypt(default_gaz: Gazetteer, text: str, names: list[str]) -> None:
    got = [t.name for t in recognize(normalize(text), default_gaz)]
    assert got == names
