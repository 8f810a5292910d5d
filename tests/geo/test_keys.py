import pytest

from rasad.geo.keys import arabic_form, name_key


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
