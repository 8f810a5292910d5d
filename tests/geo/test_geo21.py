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


# after في, a place and و with one definite word that ends the clause: the second of a pair the index lacks; not an
# ordinary noun or a word of the trigger lexicon
PAIR_ROWS = [
    ("نصب المقاتلون كمينين في نقيل الإبل والهجرة.", "YEM", ["نقيل الابل", "الهجره"]),
    ("دارت اشتباكات في جبل صبر والحوبان، وقتل خمسة", "YEM", ["جبل صبر", "الحوبان"]),
    ("تواصلت الاشتباكات في تعز والحكومة صامتة.", "YEM", ["تعز"]),
    ("تواصلت الاشتباكات في مأرب والهجوم.", "YEM", ["مارب"]),
    ("سقطت قذائف في بلدة سرمين والمحيط.", "SYR", ["سرمين"]),
    # a village the index holds, named bare after a known name of two words and و
    ("دارت اشتباكات عنيفة في دار سعد وجعولة.", "YEM", ["دار سعد", "جعوله"]),
    # (or right before the side of a known place that locates the two)
    ("شنت الطائرات غارات على مواقع المسلحين في منطقة الصوان والعبر شمال غرب صنعاء", "YEM",
     ["الصوان", "العبر", "صنعاء"]),
    ("تواصلت الاشتباكات في مديرية صرواح والمخدرة غربي مأرب.", "YEM", ["صرواح", "المخدره", "مارب"]),
    ("اشتباكات في الجفينة والمناطق جنوب مأرب", "YEM", ["الجفينه", "مارب"]),
    ("قتل جنديان في بلدة المسيفرة والهجوم شرق درعا", "SYR", ["المسيفره", "درعا"]),
    # the last of a list after في, and a name ending as a plural does (ـين) before the side of a known place …
    ("شنت القوات هجمات على جيوب المسلحين في دار سعد وجعولة والبساتين بشمال عدن", "YEM",
     ["دار سعد", "جعوله", "البساتين", "عدن"]),
    # … not a people's plural nor a participle's, nor one that ends the clause
    ("دارت المعارك بين المقاومة في دار سعد والحوثيين شمال عدن", "YEM", ["دار سعد", "عدن"]),
    ("دارت المعارك في دار سعد والمسلحين شمال عدن", "YEM", ["دار سعد", "عدن"]),
    ("دارت اشتباكات في دار سعد وجعولة والبساتين.", "YEM", ["دار سعد", "جعوله"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "names"), PAIR_ROWS)
def test_the_second_of_a_pair_after_in(
    default_gaz: Gazetteer, text: str, country: str, names: list[str]
) -> None:
    assert list(resolved(default_gaz, text, country)) == names


def test_the_second_of_a_pair_is_no_far_village(default_gaz: Gazetteer) -> None:
    # a name the index lacks by its words, listed with one placed by nothing, is no namesake village far off
    p = resolved(default_gaz, "نصب المقاتلون كمينين في نقيل الإبل والهجرة.", "YEM")["الهجره"]
    assert p is None or p.admin1 != "Sa'dah"
