"""Where a place the embedded index lacks, or one it shares a name with far away, lies in a report on Yemen, Iraq
or Libya: by the places named round it, not by where fighters or supplies come from."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_REGION, GEO_TOWN
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved

# (text, the article's country, the name recognized, (English name, country, precision) or None: no place)
ROWS = [
    # a district the index lacks lies in the governorate of the city the sentence is about, not in that of the
    # capital the fighters' supplies come from
    ("سيطرت المقاومة على مواقع في تعز وقطعت الإمدادات القادمة من صنعاء فيما دارت اشتباكات في مديرية الصراهم",
     "YEM", "الصراهم", ("Taizz", "YEM", GEO_REGION)),
    # a district named after the one town of its name the country has is that town's, whatever governorate the text
    # was last about; and so is the town when named again on its own
    ("قصفت الطائرات مواقع في محافظة لحج. وفي مديرية لودر نصب المسلحون كمينا لقافلة", "YEM", "لودر",
     ("Lawdar", "YEM", GEO_TOWN)),
    ("قصفت الطائرات مواقع في محافظة لحج. وفي مديرية لودر نصب المسلحون كمينا. وانسحب القادة إلى لودر بعد المعركة",
     "YEM", "لودر", ("Lawdar", "YEM", GEO_TOWN)),
    # a bare name whose namesakes are small towns abroad, far from the places the article is sure of, is a place of
    # the report's country the index lacks: in the governorate the text is about, else nowhere (not Khalidiya in
    # Jordan, Amria in Algeria, Kitim in Jordan) …
    ("شنت القوات العراقية هجوما في محافظة الأنبار وقتل خمسة مسلحين في الخالدية", "IRQ", "الخالديه",
     ("Al Anbar", "IRQ", GEO_REGION)),
    ("تواصلت المعارك في الرمادي وقتل جنديان في العامرية", "IRQ", "العامريه", None),
    # the towns of the Iraqi, Libyan and Sudanese wars in the press's spelling (كتم is Kutum of North Darfur)
    ("تجددت الاشتباكات في ولاية شمال دارفور وقتل عشرة في كتم", "SDN", "كتم", ("Kutum", "SDN", GEO_TOWN)),
    ("اندلعت اشتباكات عنيفة بين كتائب مسلحة في ترهونة", "LBY", "ترهونه", ("Tarhuna", "LBY", GEO_TOWN)),
    ("هاجم مسلحو التنظيم مواقع الجيش في عانة غرب الأنبار", "IRQ", "عانه", ("‘Anah", "IRQ", GEO_TOWN)),
    # … unless the text is about that country
    ("وفي الأردن قتل شرطي في الخالدية", "SYR", "الخالديه", ("Al Khālidīyah", "JOR", GEO_TOWN)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), ROWS)
def test_where_a_place_lies(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str, int] | None
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got, list(got)
    p = got[name]
    if expected is None:
        assert p is None
    else:
        assert p is not None and (p.name, p.country, p.precision) == expected


# (text, a word that names no place there: no toponym is read at it)
NO_PLACE_ROWS = [
    # a name's first word alone is the common noun it is: "a popular market", not the Yemeni village السوق
    ("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة حلب", "سوق"),
    ("أصيب مدنيون بقذيفة سقطت قرب سوق شعبي في مدينة تعز", "سوق"),
]


@pytest.mark.parametrize(("text", "word"), NO_PLACE_ROWS)
def test_words_that_name_no_place(default_gaz: Gazetteer, text: str, word: str) -> None:
    tops = recognize(normalize(text), default_gaz)
    assert word not in [t.name for t in tops]
