"""An area (منطقة) the index lacks, with the governorate the text puts it in right after it, lies there: not in a
city of another governorate the text named before ("مدينة درعا … منطقة X التي يسيطر عليها التنظيم في ريف الحسكة")."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("تعرضت مدينة درعا لقصف عنيف. وقصفت الطائرات منطقة الزعيترات التي يسيطر عليها التنظيم في ريف الحسكة الشمالي",
         "Al-Hasakeh"),
        ("دارت معارك في مدينة عدن. واشتبك المسلحون في منطقة الزعيترات الواقعة بين محافظتي أبين وشبوة", "Abyan"),
        # with no governorate after it, the area lies in the city the text was about
        ("تعرضت مدينة درعا لقصف عنيف. وقصفت الطائرات منطقة الزعيترات", "Dar'a"),
    ],
)  # fmt: skip
def test_an_area_lies_in_the_governorate_after_it(default_gaz: Gazetteer, text: str, admin1: str) -> None:
    p = resolved(default_gaz, text, None)["الزعيترات"]
    assert p is not None and p.admin1 == admin1, p
