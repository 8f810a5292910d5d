"""Resolution (helper places9): a name reaches the same place wherever the article names it, the governorate a
village is checked against is the one the text has gone on to, and a quarter lies close to its city."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from rasad.model import GEO_NEAR, GEO_TOWN
from tests.geo.resolving import resolved

# (text, the name, the English name of the place its last mention reaches, the precision): a village of the index
# named after the text has gone on from the governorate it last named as such to a town of another one ("… في ريف
# اللاذقية. وفي حلب …") is checked against that other one, as its fallback would be — not refused for lying outside
# the first and then put at the centroid of the second
GONE_ON_ROWS = [
    ("قصفت قوات النظام بلدة سلمى في ريف اللاذقية. وفي حلب، قتل مدنيان في قصف بالبراميل على حريتان.",
     "حريتان", "Ḩuraytān", GEO_TOWN),
    ("تواصلت المعارك في ريف درعا الشرقي. وفي حلب اندلعت اشتباكات عنيفة، ورد التنظيم بقصف مدفعي على مارع.",
     "مارع", "Māri‘", GEO_TOWN),
]  # fmt: skip

# the same: a known name placed once as a town of the index is that town when named again with nothing of its own
# to place it, in a sentence about another governorate (one name, one place in an article)
SAME_NAME_ROWS = [
    ("سيطرت المعارضة على مدينة مارع. وفي ريف إدلب قصف الطيران بلدة سراقب، فيما رد التنظيم بقصف مدفعي على مارع.",
     "مارع", "Māri‘", GEO_TOWN),
    ("وصلت تعزيزات إلى بلدة حريتان. وفي ريف درعا قصف الطيران بلدة الحراك، كما سقطت قذائف على حريتان.",
     "حريتان", "Ḩuraytān", GEO_TOWN),
]  # fmt: skip

# a quarter put in a city ("حي X بمدينة حلب") is no village of its name 25 km off: it lies in its city (near it)
QUARTER_ROWS = [
    ("قتل ثلاثة مدنيين في قصف على حي الحاضر بمدينة حلب.", "الحاضر", "Aleppo", GEO_NEAR),
]  # fmt: skip


@pytest.mark.parametrize("row", GONE_ON_ROWS + SAME_NAME_ROWS + QUARTER_ROWS)
def test_where_a_name_is_placed(default_gaz: Gazetteer, row: tuple) -> None:
    text, name, en, precision = row
    place = resolved(default_gaz, text, "SYR")[name]
    assert place is not None
    assert (place.name, place.precision) == (en, precision)


# (text, the name): a name the text places elsewhere itself (a countryside it is put in) keeps that place, whatever
# town of its name another mention reached
TOLD_APART_ROWS = [
    ("سيطرت المعارضة على مدينة مارع. وفي ريف إدلب قصف الطيران قرية مارع بريف إدلب الجنوبي.", "مارع"),
]  # fmt: skip


@pytest.mark.parametrize("row", TOLD_APART_ROWS)
def test_a_name_told_apart_keeps_its_own_place(default_gaz: Gazetteer, row: tuple) -> None:
    text, name = row
    place = resolved(default_gaz, text, "SYR")[name]
    assert place is not None and place.admin1 == "Idleb"


# (text, the article's country, the name, the English name of the place it reaches): a name the Arabic index lacks
# is the one town the index holds only by Latin names whose consonants are the name's, near the town the text puts
# it by (or in the governorate it falls back to) — a village east of Kilis, a quarter of Istanbul
LATIN_ROWS = [
    ("اشتبك جنود أتراك مع مسلحين في قرية البيلي إلى الشرق من مدينة كلس التركية.", "TUR", "البيلي", "Elbeyli"),
    ("فتح مسلحون النار على مركز للشرطة في حي سلطان غازي في إسطنبول فجر اليوم.", "TUR", "سلطان غازي", "Sultangazi"),
    # a province's seat of its name the Arabic index knows only as the province: the city, named as one or bare
    ("اعتقلت الشرطة التركية عشرين مشتبها بهم في مدينة مانيسا غرب البلاد.", "TUR", "مانيسا", "Manisa"),
    ("داهمت الشرطة منازل في مانيسا واعتقلت خمسة أشخاص.", "TUR", "مانيسا", "Manisa"),
]  # fmt: skip

# … and never a town of those consonants far from where the text puts the place (an Elbeyli 170 km from Adana)
NOT_LATIN_ROWS = [
    ("قتل مسلح في اشتباك مع الشرطة في قرية البيلي قرب مدينة أضنة التركية.", "TUR", "البيلي", "Elbeyli"),
]  # fmt: skip


@pytest.mark.parametrize("row", LATIN_ROWS)
def test_a_name_found_by_its_latin_namesake(default_gaz: Gazetteer, row: tuple) -> None:
    text, country, name, en = row
    place = resolved(default_gaz, text, country)[name]
    assert place is not None and (place.name, place.precision) == (en, GEO_TOWN)


@pytest.mark.parametrize("row", NOT_LATIN_ROWS)
def test_no_latin_namesake_far_off(default_gaz: Gazetteer, row: tuple) -> None:
    text, country, name, en = row
    place = resolved(default_gaz, text, country)[name]
    assert place is None or place.name != en
