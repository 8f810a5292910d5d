"""The governorate a place lands in when the words after it say where it lies: across the side of twin villages
("بلدة X الشرقي بريف درعا"), through the place it is put in ("قرية X الواقعة في منطقة Y بريف حماة"); and the
governorate the text has gone on to since it last named one; on the embedded default gazetteer."""

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
    # a place the index lacks lies in the governorate of the town the text went on to, not in the one it named
    # sentences before …
    ("دارت اشتباكات في ريف السويداء الشمالي. وقصف الطيران مدينة الزبداني بالبراميل. وسقطت قذائف على بلدة بقين",
     "SYR", "بقين", "Rural Damascus"),
    # … unless it still names towns of that governorate
    ("قصفت الطائرات مواقع في محافظة لحج. وامتدت الاشتباكات من لحج إلى أطراف عدن. وسيطرت المقاومة على منطقة الفيوش",
     "YEM", "الفيوش", "Lahij"),
    # … nor does a base, which lies away from the towns named with it
    ("قصفت الطائرات مواقع في محافظة لحج. وتقدمت المقاومة في مدينة عدن. واستهدفت الغارات قاعدة العند الجوية", "YEM",
     "العند", "Lahij"),
    # a place the index lacks that the text ties to a governorate only later lies there where it was first named
    # with nothing of its own (every mention of the name is checked)
    ("قصف الطيران مواقع قرب بلدة الصواغية. وسيطرت الفصائل على حاجز في بلدة الصواغية التي تقع في ريف إدلب الشرقي",
     "SYR", "الصواغيه", "Idleb"),
    ("اشتبك المقاتلون مع القوات الحكومية على أطراف قرية المشيرفة. وكانت قرية المشيرفة بريف حماة الشمالي قد تعرضت "
     "لقصف", "SYR", "المشيرفه", "Hama"),
    # a place the index lacks told after a list of governorates ("بريفي إدلب وحلب") lies in none the text says:
    # the country, not the last of the list
    ("سيطرت الفصائل على نقاط في مدينة الزبداني. وقصفت الفصائل بلدات بريفي إدلب وحلب واستولى مقاتلون على حاجز قرب "
     "بلدة بلودان", "SYR", "بلودان", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "admin1"), ADMIN1_ROWS)
def test_the_governorate_the_words_after_a_place_give(
    default_gaz: Gazetteer, text: str, country: str, name: str, admin1: str | None
) -> None:
    nt = normalize(text)
    tops = recognize(nt, default_gaz)
    places = Geocoder(default_gaz).resolve(tops, country=country, text=nt)
    got = [p for t, p in zip(tops, places, strict=True) if t.name == name]
    assert got, [t.name for t in tops]
    for p in got:
        assert p is not None and (p.country, p.admin1) == (country, admin1)
