import pytest

from rasad.geo import Gazetteer
from rasad.geo.keys import arabic_form, arabic_skeletons, latin_skeletons, name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الشيخ فارس", "شيخ فارس"),  # the article ال is not part of the key
        ("كفر ناها", "كفرناها"),  # spaces: both spellings are in use
        ("دير الزور", "دير-الزور"),
        ("إدلب", "ادلب"),  # hamza forms
        ("حماة", "حماه"),  # teh marbuta
        ("المنصورة", "منصوره"),
        ("Deir ez-Zor", "deir ezzor"),
        ("Al-Hasakah", "Hasakah"),
        ("Ḩamāh", "Hamah"),
    ],
)
def test_same_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("حلب", "حلبا"), ("الرقة", "الرقي"), ("Raqqa", "Riqqa")])
def test_different_key(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_short_word_keeps_its_alef_lam() -> None:
    # الا is not al + ا: only words of four letters or more lose a leading ال
    assert name_key("الا") == "الا"


def test_arabic_form_keeps_spaces_and_drops_marks() -> None:
    assert arabic_form("خَانُ  العَسَلِ") == "خان العسل"
    assert arabic_form("دير-الزور") == "دير الزور"


def test_arabic_forms_of_many_names_are_each_names_form() -> None:
    """arabic_forms normalizes the names joined in one string: the same forms as one name at a time, also for
    names with marks, dashes, odd whitespace or presentation forms at their ends, empty names and a name that
    holds the joining character itself."""
    from rasad.geo.keys import arabic_forms

    names = [
        "خَانُ  العَسَلِ", "دير-الزور", " \u200fحلب\n", "\t-ادلب_", "ﻻذقية", "", "  ", "الـــرقة", "Deir ez-Zor",
        "كفر\u064e", "\u064eكفر", "تل  \n رفعت", "حي-_-الميدان", "ﷺ", "٢٠١٥ حلب", "\u200b", "-",
    ]  # fmt: skip
    assert arabic_forms(names) == [arabic_form(n) for n in names]
    assert arabic_forms([]) == []
    with_join = [*names[:3], "حلب\x00ادلب", *names[3:]]
    assert arabic_forms(with_join) == [arabic_form(n) for n in with_join]


def test_arabic_forms_of_the_embedded_gazetteer(default_gaz: Gazetteer) -> None:
    from rasad.geo.keys import arabic_forms

    names = [n for (n,) in default_gaz._con.execute("SELECT name FROM names")]
    assert len(names) > 10_000
    assert arabic_forms(names) == [arabic_form(n) for n in names]


# an Arabic name and a Latin one share a consonant skeleton when they are one name (its article read or not)
@pytest.mark.parametrize(
    ("ar", "latin"),
    [
        ("البيلي", "Elbeyli"),
        ("اقجة قلعة", "Akçakale"),
        ("جيلان بينار", "Ceylanpınar"),
        ("نصيبين", "Nusaybin"),
        ("الشيخ مقصود", "Ash Shaykh Maqşūd"),
        ("حريتان", "Ḩuraytān"),
    ],
)
def test_same_skeleton(ar: str, latin: str) -> None:
    assert set(arabic_skeletons(ar)) & set(latin_skeletons(latin))


@pytest.mark.parametrize(
    ("ar", "latin"), [("البيلي", "Elbistan"), ("كلس", "Kalas Koy"), ("نصيبين", "Nusratbin")]
)
def test_other_skeleton(ar: str, latin: str) -> None:
    assert not set(arabic_skeletons(ar)) & set(latin_skeletons(latin))


def test_a_skeleton_of_two_consonants_is_none() -> None:
    # (حوار، Hawar: too few consonants to tell a place by)
    assert arabic_skeletons("حوار") == () and latin_skeletons("Hawar") == ()
