"""Where a name ends and whether a bare word is one, on the embedded default gazetteer: a time word after a typed
name is no part of it (قرية X الليل); the name after a word that says what a place is called is read whole, its
first word even when it is a place word (قرية تسمى فوج …); a bare word that reads as و and a verb of the lexicon
(ودان: and condemned) is that verb, not a town, unless a type word or a preposition introduces it."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize


def _names(gaz: Gazetteer, text: str) -> list[str]:
    return [t.name for t in recognize(normalize(text), gaz)]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات قرية شملان الليل الماضي",
        "قصفت الطائرات قرية شملان الليل قبل الماضي",
        "قصفت الطائرات قرية شملان البارحة",
        "قصفت الطائرات قرية شملان الليلة الماضية",
        "قصفت الطائرات قرية شملان صباح اليوم",
        "قصفت الطائرات قرية شملان يوم الأحد",
    ],
)
def test_a_time_word_ends_a_typed_name(default_gaz: Gazetteer, text: str) -> None:
    assert _names(default_gaz, text) == ["شملان"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت الطائرات قرية تسمى فوج الحميدية", "فوج الحميديه"),
        ("دارت اشتباكات في بلدة تدعى كتيبة الوادي", "كتيبه الوادي"),
        ("قصفت الطائرات منطقة تعرف باسم الجبانة", "الجبانه"),
    ],
)
def test_the_name_after_a_naming_verb_is_read_whole(default_gaz: Gazetteer, text: str, name: str) -> None:
    assert _names(default_gaz, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم الحكومة ودان الهجوم على المدنيين",
        "وعقد الوزير مؤتمرا صحفيا ودان فيه التفجير",
    ],
)
def test_and_a_verb_is_no_bare_place(default_gaz: Gazetteer, text: str) -> None:
    assert "ودان" not in _names(default_gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات مدينة ودان في ليبيا",
        "دارت اشتباكات عنيفة في ودان",
    ],
)
def test_the_town_is_read_when_introduced(default_gaz: Gazetteer, text: str) -> None:
    assert "ودان" in _names(default_gaz, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb whose preposition carries the place's pronoun: a clause about the place, no name
        ("قصفت الطائرات منطقة سيطر عليها التنظيم قرب حلب", "سيطر"),
        ("قصفت الطائرات بلدة انسحب منها الجيش", "انسحب"),
        ("قصفت الطائرات قرية لجأ إليها النازحون", "لجا اليها"),
        # like: an example of the place word follows
        ("قصفت الطائرات مدينة مثل حلب", "مثل"),
    ],
)
def test_no_name_after_the_type_word(default_gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in _names(default_gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name's first word goes on with a genitive on -ى (not the adjective it looks like once normalized)
        ("قصف المسلحون حي باب موسى في المدينة", "باب موسي"),
        ("قصفت الطائرات قرية أبو عيسى", "ابو عيسي"),
    ],
)
def test_a_names_first_word_goes_on_with_a_genitive_on_i(
    default_gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in _names(default_gaz, text)


def test_li_and_an_armed_group_is_no_name(default_gaz: Gazetteer) -> None:
    # a checkpoint of the front: li- and the group whose it is
    assert _names(default_gaz, "هاجم المسلحون حاجز لجبهة النصرة في الريف") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت الطائرات ناحية خان بني سعد", "خان بني سعد"),
        ("دارت اشتباكات في قرية تل ابو حمام", "تل ابو حمام"),
        ("سقطت قذائف على بلدة دير ام زيد", "دير ام زيد"),
    ],
)
def test_a_word_that_needs_the_next_does_not_end_the_name(
    default_gaz: Gazetteer, text: str, name: str
) -> None:
    assert _names(default_gaz, text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "دارت اشتباكات في منطقة سيطرته",
        "تقدم التنظيم في مناطق نفوذه",
    ],
)
def test_a_noun_with_its_pronoun_after_a_type_word_is_no_name(default_gaz: Gazetteer, text: str) -> None:
    assert _names(default_gaz, text) == []


def test_a_definite_word_takes_no_pronoun(default_gaz: Gazetteer) -> None:
    assert _names(default_gaz, "سقطت قذائف على مبان في محيط الحديقة العامة بمدينة حمص")[0] == "الحديقه العامه"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل رجل في حي باب شرقي بدمشق", "باب شرقي"),
        ("سقطت قذيفة في منطقة باب شرقي", "باب شرقي"),
        ("اشتباكات في مدينة الباب شرقي حلب", "الباب"),
    ],
)
def test_a_bare_side_after_bab_is_the_gate_s_name(default_gaz: Gazetteer, text: str, name: str) -> None:
    assert _names(default_gaz, text)[0] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a type word, a peak's word (قرن) heads a name: its definite genitive on ـية is no adjective of it
        ("حاصر المقاتلون عناصر من الميليشيا في منطقة قرن الزهيرية وقتلوا عشرة", ["قرن الزهيريه"]),
        ("سيطرت القبائل على منطقة قرن السوداء شرق المدينة", ["قرن السوداء"]),
        # … bare, قرن is a century or a horn, no place
        ("خلال نصف قرن مضى لم تشهد المنطقة مثل هذا القتال", []),
        ("وتعهد القائد بأن يقطع قرن المتمردين في الجنوب", []),
    ],
)
def test_a_peak_heads_a_name_after_a_type_word(default_gaz: Gazetteer, text: str, names: list[str]) -> None:
    assert _names(default_gaz, text) == names
