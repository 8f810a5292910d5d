"""Names read in their sentence, on the embedded default gazetteer: an ordinary word with a pronoun on it is no
place even after a preposition (في بيانه: his statement, not Baena in Spain); the place in an armed group's name
is none (لواء شهداء اليرموك); a name's first word (أم، أبو) goes on with a definite place word (أم القرى)."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize

# (text, a word that must not be read as a name)
NO_NAME_ROWS = [
    ("ودعا وزير الخارجية في بيانه إلى وقف القتال في المدينة", "بيانه"),
    ("وقال المتحدث في بيانه الصادر أمس إن القصف مستمر", "بيانه"),
    # the place in an armed group's name
    ("هاجم مقاتلو لواء شهداء اليرموك بلدة في ريف درعا", "اليرموك"),
    ("واشتبكت الفصائل مع كتيبة شهداء اليرموك في ريف درعا", "اليرموك"),
]


@pytest.mark.parametrize(("text", "word"), NO_NAME_ROWS)
def test_an_ordinary_word_or_a_groups_name_is_no_place(default_gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in [t.name for t in recognize(normalize(text), default_gaz)]


def test_the_name_written_with_its_ta_marbuta_is_still_read(default_gaz: Gazetteer) -> None:
    assert "بيانه" in [t.name for t in recognize(normalize("وصل الوفد إلى بيانة في إسبانيا"), default_gaz)]


def test_a_city_whose_name_ends_like_a_pronoun_is_still_read(default_gaz: Gazetteer) -> None:
    # أبها is no آب (August) with ها on it
    assert "ابها" in [t.name for t in recognize(normalize("وقع الانفجار في أبها صباح اليوم"), default_gaz)]


def test_a_place_named_like_a_unit_is_still_read_on_its_own(default_gaz: Gazetteer) -> None:
    text = "واشتبك مقاتلو لواء شهداء اليرموك مع الفصائل قرب اليرموك"
    assert [t.name for t in recognize(normalize(text), default_gaz)] == ["اليرموك"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقصفت الطائرات حي أم القرى في مدينة درعا", "ام القري"),
        ("وقصفت الطائرات قرية أبو القرى", "ابو القري"),
    ],
)
def test_a_names_first_word_goes_on_with_a_place_word(default_gaz: Gazetteer, text: str, name: str) -> None:
    assert name in [t.name for t in recognize(normalize(text), default_gaz)]


# a type word followed by a clause about the place (a verb, a relative pronoun) names no place there
CLAUSE_ROWS = [
    ("انفجرت سيارة مفخخة في حي يغلب المسيحيون على سكانه في حلب", "يغلب المسيحيون"),
    ("انفجرت سيارة مفخخة في حي يغلب المسيحيون على سكانه في حلب", "يغلب"),
    ("قصفت الطائرات معسكر يقع قرب الحدود", "يقع"),
    ("سقطت قذيفة على حي يقطنه الأكراد في حلب", "يقطنه"),
    ("سقطت قذيفة على حي تقطنه غالبية كردية في حلب", "تقطنه"),
    ("دارت اشتباكات في حي سكنه التركمان في حلب", "سكنه التركمان"),
    ("دارت اشتباكات في مدينة تعد معقلا للتنظيم", "تعد"),
    ("دارت اشتباكات في قرية شهدت معارك عنيفة قرب حلب", "شهدت"),
    ("هاجم المسلحون مطار يستخدمه التحالف", "يستخدمه التحالف"),
]


@pytest.mark.parametrize(("text", "word"), CLAUSE_ROWS)
def test_a_clause_after_a_type_word_is_no_name(default_gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in [t.name for t in recognize(normalize(text), default_gaz)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت الطائرات بلدة يلدا جنوب دمشق", "يلدا"),
        ("اشتباكات في قرية يحمول", "يحمول"),
        ("في قرية تبه مسعود", "تبه مسعود"),
    ],
)
def test_a_name_on_ya_or_ta_after_a_type_word_is_still_read(
    default_gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in [t.name for t in recognize(normalize(text), default_gaz)]
