"""A known place after a front word (جبهة، محور) is the front of that place, read as the place; an armed group's
name after the word stays no place; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved

# (text, the article's country, the toponyms expected, in order)
FRONT_ROWS = [
    ("قصفت الطائرات مواقع المسلحين في جبهة الجفينة جنوب مأرب", "YEM", ["الجفينه", "مارب"]),
    ("تقدمت القوات على محور صرواح صباح اليوم", "YEM", ["صرواح"]),
    ("اشتدت المعارك بجبهة صرواح خلال الليل", "YEM", ["صرواح"]),
    # an armed group's name after the word is no place
    ("قتل ثلاثة من جبهة النصرة في قصف على بلدة سرمين", "SYR", ["سرمين"]),
    ("وقالت الجبهة الجنوبية إن مقاتليها صدوا هجوما", "SYR", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "names"), FRONT_ROWS)
def test_a_place_after_a_front_word(
    default_gaz: Gazetteer, text: str, country: str, names: list[str]
) -> None:
    assert list(resolved(default_gaz, text, country)) == names


# "محصنة" (fortified) after a base or a position is what the place is, not the village of that name
def test_a_fortified_base_names_no_village(default_gaz: Gazetteer) -> None:
    assert list(resolved(default_gaz, "حول الجيش المدرسة إلى قاعدة محصنة في مدينة درعا", "SYR")) == ["درعا"]
