"""Iraqi tribal villages: البو and the next word are one name, never البو alone (Bo in Sierra Leone)."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved


# the names a type word introduces: البو goes on with the next word
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("طردت القوات مسلحي التنظيم من قرية البو سلمان قرب المدينة", "البو سلمان"),
        ("قصفت الطائرات تجمعات للمسلحين في منطقة البو حمدان", "البو حمدان"),
        ("انسحب المسلحون من ناحية البو كريم بعد اشتباكات", "البو كريم"),
    ],
)
def test_a_tribal_village_is_named_whole(default_gaz: Gazetteer, text: str, name: str) -> None:
    names = [t.name for t in recognize(normalize(text), default_gaz)]
    assert name in names, names
    assert "البو" not in names, names


def test_a_tribal_village_is_never_bo(default_gaz: Gazetteer) -> None:
    got = resolved(default_gaz, "وطرد الجيش مسلحي التنظيم من قرية البو سلمان", None)
    assert all(p is None or p.country != "SLE" for p in got.values()), got
