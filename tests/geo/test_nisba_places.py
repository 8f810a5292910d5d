"""On the embedded default gazetteer: a city's nisba right after an indefinite or counted noun ("12 نجارا
موصليا"، "مدنيين حلبيين") names the city its people are from, and places an act where nothing else in its clause
does; a family name (أبو بكر البغدادي), a singular nisba that may be one (محمد حلبي) and a nisba that is an
ordinary word (دعما عينيا) name none; nor is the people's city where the text goes on to tell of other acts."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_NEAR, GEO_TOWN
from rasad.text.normalize import normalize
from tests.geo.resolving import conflict_events

# (text, the city the nisba names, or None)
NISBA_ROWS = [
    ("أعدم التنظيم 12 نجارا موصليا بتهمة التعاون", "الموصل"),
    ("قتل خمسة مدنيين حمصيين برصاص قناص", "حمص"),
    ("اعتقلت الميليشيات عشرة شبان عدنيين عند الحاجز", "عدن"),
    ("أصيب ثلاثة عمال بصراويين في الانفجار", "البصره"),
    ("قتل أربعة شبان رقاويين بقصف", "الرقه"),
    ("وجه أبو بكر البغدادي رسالة إلى مسلحي التنظيم", None),  # a family name, with its article
    ("قال التاجر محمد حلبي إن الأسعار ارتفعت", None),  # a singular nisba may be a family name
    ("قدمت المنظمة دعما عينيا للنازحين", None),  # in kind, not of العين
    ("نشر المسلحون تسجيلا مصورا للإعدام", None),
]


@pytest.mark.parametrize(("text", "city"), NISBA_ROWS)
def test_a_citys_nisba_names_its_people(default_gaz: Gazetteer, text: str, city: str | None) -> None:
    got = [t.name for t in recognize(normalize(text), default_gaz) if t.nisba]
    assert got == ([city] if city else [])


# (text, the place of its one conflict event, its precision): the people's city is where the act was at or
# about (GEO_NEAR: no closer than the city)
PLACE_ROWS = [
    ("أعدم تنظيم داعش أمس 12 نجارا موصليا بتهمة التعاون مع الحكومة", "الموصل", GEO_NEAR),
    ("قتل مسلحون مجهولون أمس سبعة مدنيين حلبيين رميا بالرصاص", "حلب", GEO_NEAR),
    # a place the clause names is where the act was, not the people's city
    ("قتل مسلحون مجهولون أمس سبعة مدنيين حلبيين في مدينة حماة", "حماة", GEO_TOWN),
]


@pytest.mark.parametrize(("text", "name", "precision"), PLACE_ROWS)
def test_a_citys_nisba_places_an_act_named_nowhere_else(
    default_gaz: Gazetteer, text: str, name: str, precision: int
) -> None:
    events = conflict_events(default_gaz, text)
    assert len(events) == 1 and events[0].place is not None
    assert (events[0].place.name_ar, events[0].place.precision) == (name, precision)
    assert events[0].place.latitude is not None


# (text): the last act, told with no place, stays at the town the text was at (سراقب), not at the people's city
# told between, with an act of its own or none
KEPT_ROWS = [
    "قصفت قوات النظام بلدة سراقب بالمدفعية أمس. وكان 40 نجارا حمصيين قد نزحوا إليها. وقتل ثلاثة مدنيين في غارة "
    "جوية أمس.",
    "قصفت قوات النظام بلدة سراقب بالمدفعية أمس. وأعدم مسلحو التنظيم أمس 12 نجارا حمصيين. وقتل ثلاثة مدنيين في "
    "غارة جوية أمس.",
]


@pytest.mark.parametrize("text", KEPT_ROWS)
def test_a_citys_nisba_is_not_where_the_text_goes_on(default_gaz: Gazetteer, text: str) -> None:
    events = conflict_events(default_gaz, text)
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strike) == 1 and strike[0].place is not None and strike[0].place.name_ar == "سراقب"
