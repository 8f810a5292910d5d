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
