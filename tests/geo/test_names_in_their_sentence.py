"""Names read in their sentence, on the embedded default gazetteer: an ordinary word with a pronoun on it is no
place even after a preposition (في بيانه: his statement, not Baena in Spain)."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize

# (text, a word that must not be read as a name)
PRONOUN_ROWS = [
    ("ودعا وزير الخارجية في بيانه إلى وقف القتال في المدينة", "بيانه"),
    ("وقال المتحدث في بيانه الصادر أمس إن القصف مستمر", "بيانه"),
]


@pytest.mark.parametrize(("text", "word"), PRONOUN_ROWS)
def test_an_ordinary_word_with_a_pronoun_is_no_place(default_gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in [t.name for t in recognize(normalize(text), default_gaz)]


def test_the_name_written_with_its_ta_marbuta_is_still_read(default_gaz: Gazetteer) -> None:
    assert "بيانه" in [t.name for t in recognize(normalize("وصل الوفد إلى بيانة في إسبانيا"), default_gaz)]


def test_a_city_whose_name_ends_like_a_pronoun_is_still_read(default_gaz: Gazetteer) -> None:
    # أبها is no آب (August) with ها on it
    assert "ابها" in [t.name for t in recognize(normalize("وقع الانفجار في أبها صباح اليوم"), default_gaz)]
