"""Words after a place's head or a name's first word that say what the thing is for (سوق للخضار، دار للأيتام: li-
and the article) are no name: the phrase names no place; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import resolved

# (text, the article's country, the toponyms expected, in order)
FOR_WHAT_ROWS = [
    ("سقطت قذيفة قرب سوق للخضار وسط البلدة صباح اليوم", "SYR", []),
    ("استهدف القصف دار للأيتام في مدينة حمص", "SYR", ["حمص"]),
    # a name that goes on with its genitive is still one
    ("سقطت قذيفة قرب سوق الخضار في مدينة حمص", "SYR", ["سوق الخضار", "حمص"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "names"), FOR_WHAT_ROWS)
def test_what_a_thing_is_for_is_no_name(
    default_gaz: Gazetteer, text: str, country: str, names: list[str]
) -> None:
    assert list(resolved(default_gaz, text, country)) == names


# Cizre, the Turkish border town the Arabic press also calls الجزيرة, in a report on Turkey; not Syria's Jazira
# region, nor the channel
CIZRE_ROWS = [
    ("قتل جنديان في هجوم على ثكنة في بلدة الجزيرة بولاية شرناق", "TUR", "الجزيره", "TUR", "Cizre"),
    ("سيطرت الوحدات الكردية على قرى في منطقة الجزيرة شمال شرق سوريا", "SYR", "الجزيره", "SYR", "Syria"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "iso3", "expected"), CIZRE_ROWS)
def test_cizre_is_al_jazira_of_turkey(
    default_gaz: Gazetteer, text: str, country: str, name: str, iso3: str, expected: str
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and (p.country, p.name) == (iso3, expected)


def test_the_channel_is_no_place(default_gaz: Gazetteer) -> None:
    assert "الجزيره" not in resolved(default_gaz, "وقال مراسل قناة الجزيرة إن الطيران قصف البلدة", "TUR")
