"""Where events are placed (helper places6): a town told as the landmark a border area faces is over the border;
a city under li- after an official's title and nationality is where he went."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events, resolved, sole_place

# (text, admin1, country, the precisions allowed): "عبر الحدود قبالة بلدة X"، "المنطقة الحدودية المقابلة لمدينة X":
# the town is the landmark the border area faces; the act lies over the border, in the nearest first-level
# division of the other country (at a region's precision), not in the town nor in its country. The town itself
# where nothing says it is faced over a border: an attack on a post in it, a port or a building it is off, a town
# told as facing another.
FACED_ROWS = [
    ("قال مسؤول إن المقاتلات ضربت أهدافا للتنظيم في منطقة عبر الحدود قبالة بلدة كلس التركية.", "Aleppo", "SYR", {3}),
    ("قصفت طائرات حربية تركية مواقع للمتشددين في المنطقة الحدودية المقابلة لمدينة كلس.", "Aleppo", "SYR", {3}),
    ("قصفت المدفعية التركية مواقع للمسلحين عبر الحدود مقابل بلدة الريحانية.", "Idleb", "SYR", {3}),
    ("قصفت طائرات حربية مواقع للمسلحين عبر الحدود قبالة مدينة زاخو العراقية.", "Sirnak", "TUR", {3}),
    ("فتح مسلحون النار من سوريا على مركز حدودي للجيش التركي في كلس مما أدى إلى مقتل جندي.", "Kilis", "TUR", {1, 2}),
    ("قصفت طائرات حربية زورقا للمسلحين قبالة ميناء مدينة درنة ما أدى إلى مقتل ثلاثة منهم.", "Darnah", "LBY", {1, 2}),
    ("انفجرت سيارة مفخخة قبالة مبنى البلدية في مدينة كلس ما أدى إلى مقتل ثلاثة أشخاص.", "Kilis", "TUR", {1, 2}),
    ("قتل عشرة أشخاص في انفجار في سروج الواقعة قبالة مدينة كوباني السورية.", "Sanliurfa", "TUR", {1, 2}),
]  # fmt: skip


@pytest.mark.parametrize("row", FACED_ROWS)
def test_a_landmark_faced_across_the_border_puts_the_act_over_it(default_gaz: Gazetteer, row: tuple) -> None:
    text, admin1, country, precisions = row
    place = sole_place(default_gaz, text)
    assert (place.admin1, place.country) == (admin1, country)
    assert place.precision in precisions


# (text, the name read, whether it is a place): a town under li- after an official's title and nationality is
# where the visit went, not the man's name; a country under it is the one the office is for, and a name whose
# li- is its own letter stays the man's
UNDER_LI_ROWS = [
    ("وصل وزير الخارجية الإيراني لبغداد أمس في زيارة رسمية.", "بغداد", True),
    ("وصل المبعوث الأممي لصنعاء أمس لبحث وقف إطلاق النار.", "صنعاء", True),
    ("عاد وزير الدفاع التركي لأنقرة بعد جولة خليجية.", "انقره", True),
    ("قال المبعوث الأممي لسوريا إن المحادثات ستستأنف.", "سوريا", False),
    ("قال وزير الخارجية الروسي لافروف إن بلاده ترفض.", "افروف", False),
]  # fmt: skip


@pytest.mark.parametrize("row", UNDER_LI_ROWS)
def test_a_town_under_li_after_an_officials_nationality(default_gaz: Gazetteer, row: tuple) -> None:
    text, name, placed = row
    assert (resolved(default_gaz, text, None).get(name) is not None) is placed


# (text, the event's place name, its precision): an act placed at a governorate named as such, whose report goes on
# in the next sentence (مشيرا، وأضاف) with the one town of that governorate where it hit, is at that town — not
# where that sentence tells of no such place (a town of another governorate, a town people fled to)
TOLD_NEXT_ROWS = [
    ("شنت طائرات التحالف غارات في محافظة حجة، ودمرت ثلاثة مواقع. مشيرا إلى استهداف منازل يتحصن فيها المسلحون بمدينة حرض.",
     "حرض", 1),
    ("شنت طائرات التحالف غارات على مواقع المتمردين في محافظة حجة. وأضاف المصدر أن الغارات دمرت مخازن في حرض.",
     "حرض", 1),
    ("قصفت مدفعية الحوثيين قرى في محافظة تعز. وأضاف المصدر أن سكان مدينة حرض يعانون من الحصار.", "تعز", 3),
    ("قصفت طائرات التحالف مواقع في محافظة حجة. وأضاف المصدر أن المسلحين فروا إلى مدينة حرض.", "حجة", 3),
    ("قصفت طائرات التحالف مواقع في محافظة حجة. وسيطر المسلحون على مدينة حرض بعد اشتباكات.", "حجة", 3),
    # (nor the governorate's seat by its own name, the governorate told again)
    ("قتل ثلاثة مسلحين في مواجهات في محافظة إب. وقالت مصادر إن مسلحين في إب هاجموا مديريات المحافظة.", "إب", 3),
]  # fmt: skip


@pytest.mark.parametrize("row", TOLD_NEXT_ROWS)
def test_a_governorate_act_goes_to_the_town_its_report_goes_on_with(
    default_gaz: Gazetteer, row: tuple
) -> None:
    text, name, precision = row
    events = conflict_events(default_gaz, text)
    first = min(events, key=lambda e: e.evidence[0].start if e.evidence else 0)
    assert first.place is not None
    assert (first.place.name_ar, first.place.precision) == (name, precision)


# (text, the country, how far north and east of the country's own point the side lies at least, in degrees): a side
# of a country ("في شمال العراق"، "غربي العراق"، "في جنوب شرق تركيا") is the country still, at a region's precision,
# but at the divisions lying furthest that way — not at the country's middle (Iraq's by Baghdad)
SIDE_ROWS = [
    ("شنت مقاتلات غارات على مواقع للمتمردين في جبال شمال العراق.", "IRQ", (1.5, None)),
    ("قتل سبعة مسلحين بانفجار عجلة مفخخة في غربي العراق.", "IRQ", (None, -1.5)),
    ("قتل جنديان في هجوم للمتمردين في جنوب شرق تركيا.", "TUR", (None, 5.0)),
    ("قصفت طائرات حربية مواقع للمسلحين في شمال سوريا.", "SYR", (0.8, None)),
]  # fmt: skip


@pytest.mark.parametrize("row", SIDE_ROWS)
def test_a_side_of_a_country_lies_that_way(default_gaz: Gazetteer, row: tuple) -> None:
    text, country, (north, east) = row
    place = sole_place(default_gaz, text)
    whole = next(p for n, p in resolved(default_gaz, "في " + place.name_ar, None).items() if p is not None)
    assert (place.country, place.precision, place.admin1) == (country, 3, None)
    moved = (place.latitude - whole.latitude, place.longitude - whole.longitude)
    assert north is None or (moved[0] >= north if north > 0 else moved[0] <= north)
    assert east is None or (moved[1] >= east if east > 0 else moved[1] <= east)


@pytest.mark.parametrize("kilis", ["كلس", "كيليس"])  # (the town, and the province of its name)
def test_the_country_named_with_the_landmark_it_faces_lies_by_it(default_gaz: Gazetteer, kilis: str) -> None:
    """ "في المنطقة الحدودية في سوريا المقابلة لمدينة كلس": Syria still, at a region's precision, but at the point of
    its division Kilis faces (Aleppo's), not at the country's middle."""
    text = f"قصفت طائرات حربية تركية مواقع للمتشددين في المنطقة الحدودية في سوريا المقابلة لمدينة {kilis}."
    place = sole_place(default_gaz, text)
    aleppo = resolved(default_gaz, "في محافظة حلب", "SYR")["حلب"]
    assert aleppo is not None
    assert (place.country, place.precision, place.admin1) == ("SYR", 3, None)
    assert (place.latitude, place.longitude) == (aleppo.latitude, aleppo.longitude)


def test_a_place_put_in_a_side_of_a_country_lies_at_that_side(default_gaz: Gazetteer) -> None:
    """ "في جبال كارا شمال العراق": a place the index lacks, put in the north of a country, lies where that side
    does (north of the country's middle), at a region's precision."""
    place = sole_place(default_gaz, "قصفت طائرات حربية معاقل المتمردين في جبال كارا شمال العراق.")
    whole = resolved(default_gaz, "في العراق", None)["العراق"]
    assert whole is not None
    assert (place.country, place.precision) == ("IRQ", 3)
    assert place.latitude - whole.latitude >= 1.5
