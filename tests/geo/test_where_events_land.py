"""The governorate a place lands in when the words after it say where it lies: across the side of twin villages
("بلدة X الشرقي بريف درعا"), through the place it is put in ("قرية X الواقعة في منطقة Y بريف حماة"); on the
embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.text.normalize import normalize

# (text, the article's country, the name recognized, the governorate it lands in)
ADMIN1_ROWS = [
    # the side of twin villages stands between a place and the countryside it lies in
    ("قصفت قوات النظام ريف إدلب. وألقى الطيران المروحي براميل على بلدة الكرك الشرقي بريف درعا", "SYR", "الكرك",
     "Dar'a"),
    ("تعرضت مناطق في بلدة الشيخ مسكين. وقتل مدنيون في قصف على بلدة الغارية الغربية في ريف درعا الشرقي", "SYR",
     "الغاريه", "Dar'a"),
    # a place the index lacks, put in another it lacks, lies where that one does
    ("هاجمت الفصائل منطقة حوض اليرموك بريف درعا، وسيطرت على قرية المنارة الواقعة في منطقة سهل الغاب بريف حماة",
     "SYR", "المناره", "Hama"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "admin1"), ADMIN1_ROWS)
def test_the_governorate_the_words_after_a_place_give(
    default_gaz: Gazetteer, text: str, country: str, name: str, admin1: str
) -> None:
    nt = normalize(text)
    tops = recognize(nt, default_gaz)
    got = dict(
        zip(
            [t.name for t in tops], Geocoder(default_gaz).resolve(tops, country=country, text=nt), strict=True
        )
    )
    assert name in got, [t.name for t in tops]
    p = got[name]
    assert p is not None and (p.country, p.admin1) == (country, admin1)
