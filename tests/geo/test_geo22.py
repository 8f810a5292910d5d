"""Where an act was: not the place a shelling was fired from ("قصفت المدفعية من ولاية X مواقع في Y"), and a quarter
named for the housing cooperative that built it ("حي جمعية X") is a place; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events as _conflict_events
from tests.geo.resolving import resolved

# (text, the place names the events may be at: none of them the one fired from)
FIRED_FROM_ROWS = [
    # (where it hit: no finer place than the country the clause names, see test_geo23)
    ("قصفت المدفعية التركية من ولاية هكاري مواقع لمسلحين أكراد في شمال العراق", ("العراق",)),
    ("قصفت القوات التركية من بلدة جيلان بينار مواقع للمسلحين في مدينة تل أبيض", ("تل أبيض",)),
    # the place named in the clause after the act's, a launch verb between: no place at all
    ("انطلق قصف المدفعية التركية فجر أمس، من مدينة كلس واستهدف أهدافا قرب الحدود", ()),
    # the place fired from as such, a shelling of the places of a region still where it hit
    ("قصف الطيران الروسي بلدات من ريف حلب الشمالي", ("حلب",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), FIRED_FROM_ROWS)
def test_a_shelling_is_not_where_it_was_fired_from(
    default_gaz: Gazetteer, text: str, names: tuple[str, ...]
) -> None:
    events = _conflict_events(default_gaz, text)
    assert events
    assert sorted({e.place.name_ar for e in events if e.place is not None}) == sorted(names)


# (text, the article's country, the toponyms expected, in order)
COOPERATIVE_ROWS = [
    ("قتل ثلاثة مدنيين في قصف على حي جمعية المهندسين في مدينة حلب", "SYR", ["جمعيه المهندسين", "حلب"]),
    ("دارت اشتباكات عنيفة على أطراف حي جمعية الزهراء", "SYR", ["جمعيه الزهراء"]),
    # the word alone, or an association elsewhere, is no place
    ("قصفت الطائرات مقر جمعية الهلال في حي الجمعية", "SYR", ["الجمعيه"]),
    ("وزعت جمعية خيرية المساعدات في مدينة حمص", "SYR", ["حمص"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "names"), COOPERATIVE_ROWS)
def test_a_quarter_named_for_a_cooperative(
    default_gaz: Gazetteer, text: str, country: str, names: list[str]
) -> None:
    assert list(resolved(default_gaz, text, country)) == names


def test_a_cooperatives_quarter_is_the_event_place(default_gaz: Gazetteer) -> None:
    events = _conflict_events(default_gaz, "قتل ثلاثة مدنيين في قصف على حي جمعية الزهراء في مدينة حلب")
    assert events
    assert all(e.place is not None and e.place.name_ar == "جمعية الزهراء" for e in events)
    assert all(e.place.country == "SYR" and e.place.admin1 == "Aleppo" for e in events if e.place)


# a base aircraft set out from, or one opened to them, is not where the text goes on to be
BASE_ROWS = [
    "وأكدت تركيا أنها فتحت قاعدة إنجرليك الجوية للطائرات الأمريكية. وقال وزير الداخلية إن الشرطة اعتقلت نحو مئتي "
    "شخص يشتبه في انتمائهم لتنظيم داعش.",
    "وسمحت أنقرة بانطلاق طائرات مقاتلة أمريكية من قاعدة إنجرليك قرب الحدود السورية. وقال وزير الداخلية إن الشرطة "
    "اعتقلت نحو مئتي شخص يشتبه في انتمائهم لتنظيم داعش.",
]


@pytest.mark.parametrize("text", BASE_ROWS)
def test_an_act_after_a_base_aircraft_use_is_not_at_the_base(default_gaz: Gazetteer, text: str) -> None:
    events = _conflict_events(default_gaz, text)
    assert events
    assert all(e.place is None or "إنجرليك" not in e.place.name_ar for e in events)
