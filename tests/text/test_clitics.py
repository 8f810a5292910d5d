"""Proclitics and attached pronouns on normalized words."""

from __future__ import annotations

import pytest

from rasad.text.clitics import SUFFIX_PRONOUNS, analyses, is_proclitic, strip_article, strip_suffix


@pytest.mark.parametrize(
    ("prefix", "verbal", "expected"),
    [
        ("", False, True),
        ("و", False, True),
        ("ف", False, True),
        ("ب", False, True),
        ("ال", False, True),
        ("لل", False, True),  # للثوار: li-th-thuwwār
        ("ولل", False, True),  # وللمدنيين: wa-li-l-madaniyyīn
        ("وبال", False, True),  # وبالقرب: wa-bi-l-qurb
        ("فال", False, True),
        ("كال", False, True),
        ("وكال", False, True),
        ("لال", False, False),  # ل + ال is always written لل
        ("بو", False, False),  # the conjunction comes first
        ("الو", False, False),
        ("س", False, False),
        ("وس", True, True),  # وسيزور: wa-sa-yazūru
        ("فس", True, True),
        ("سو", True, False),
        ("بس", True, False),
    ],
)
def test_is_proclitic(prefix: str, verbal: bool, expected: bool) -> None:
    assert is_proclitic(prefix, verbal=verbal) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الثوار", (True, "ثوار")),
        ("الرقه", (True, "رقه")),
        ("الي", (False, "الي")),  # ilā, "to": one letter would remain
        ("الف", (False, "الف")),  # alf, "thousand"
        ("ادلب", (False, "ادلب")),
    ],
)
def test_strip_article(word: str, expected: tuple[bool, str]) -> None:
    assert strip_article(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ببابكه", [("", "ببابكه"), ("ب", "بابكه")]),
        ("وبستان", [("", "وبستان"), ("و", "بستان"), ("وب", "ستان")]),
        ("للثوار", [("", "للثوار"), ("ل", "لثوار"), ("لل", "ثوار")]),
        ("وبالمدينه", [("", "وبالمدينه"), ("و", "بالمدينه"), ("وب", "المدينه"), ("وبال", "مدينه")]),
        ("كالعاده", [("", "كالعاده"), ("ك", "العاده"), ("كال", "عاده")]),
        ("فيما", [("", "فيما"), ("ف", "يما")]),
        ("حلب", [("", "حلب")]),
        ("بر", [("", "بر")]),  # a stem keeps two letters at least
    ],
)
def test_analyses(word: str, expected: list[tuple[str, str]]) -> None:
    assert analyses(word) == expected


def test_analyses_verbal_admits_future() -> None:
    assert ("وس", "يزور") in analyses("وسيزور", verbal=True)
    assert ("وس", "يزور") not in analyses("وسيزور")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("غاراتها", [("غاراتها", ""), ("غارات", "ها")]),
        ("قواتهم", [("قواتهم", ""), ("قوات", "هم")]),
        ("قريتها", [("قريتها", ""), ("قريت", "ها"), ("قريه", "ها")]),  # qaryatu-hā: ة shows as ت
        ("طفله", [("طفله", ""), ("طفل", "ه")]),  # ṭifla "girl" or ṭifluhu "his child"
        ("منازلنا", [("منازلنا", ""), ("منازل", "نا")]),
        ("هم", [("هم", "")]),
    ],
)
def test_strip_suffix(word: str, expected: list[tuple[str, str]]) -> None:
    assert strip_suffix(word) == expected


def test_suffix_pronouns() -> None:
    assert set(SUFFIX_PRONOUNS) == {"ها", "هم", "هما", "هن", "ه", "ي", "نا", "كم"}
