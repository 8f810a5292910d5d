"""geo18: a place the index lacks is put in the governorate its own sentence names after it when the governorate
the text named before lies in an earlier sentence (a roundup's sentence on another governorate says nothing of
where it lies); on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved

# (text, the article's country, the name read, the governorate it is put in)
ROWS = [
    # a governorate of the sentence before gives way to the one named later in the place's own sentence
    ("قتل خمسة مدنيين في قصف على مدينة القامشلي في محافظة الحسكة. وتعرضت مناطق شرقي مطار خلخلة لقصف جوي، "
     "كما قصف التنظيم قرية شقا في ريف السويداء الشمالي", "SYR", "خلخله", "As-Sweida"),
    ("قصفت الطائرات بلدة المسيفرة في ريف درعا الشرقي.\nونفذ الطيران غارات على قرى الزويك والدويركة ومناطق "
     "أخرى في جبل التركمان، بريف اللاذقية الشمالي", "SYR", "الزويك", "Lattakia"),
    # (also when the text named no governorate before: only a city)
    ("دارت اشتباكات في مدينة درعا. كما قصفت المدفعية محيط حاجز الطاحونة ومحيط بلدة عقرب بريف حماة الجنوبي",
     "SYR", "الطاحونه", "Hama"),
    # a governorate named before in the place's own sentence stays its governorate
    ("قصفت الطائرات مناطق في ريف حلب الشمالي وفي منطقة الكسارات، ثم قصفت بلدات في ريف إدلب", "SYR",
     "الكسارات", "Aleppo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "region"), ROWS)
def test_the_governorate_of_the_sentence(
    default_gaz: Gazetteer, text: str, country: str, name: str, region: str
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and p.admin1 == region
