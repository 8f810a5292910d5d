"""Where events are placed (helper places8): a district told after its governorate, a source's town written with
bi-, two fields named by a dual, a place lying beside a town, a place in a province (ولاية), a place measured
from a town, a second place after وفي, and «على لسان»."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_NEAR, GEO_REGION
from rasad.text.normalize import normalize
from tests.geo.resolving import conflict_events, resolved

# (text, the place names its events must have, the names none may have)
EVENT_PLACE_ROWS = [
    # a district told after its governorate ("بمحافظة X مديرية Y") is where the act was
    ("شن طيران التحالف غارة جوية أمس على مقر اللواء 21 بمحافظة شبوة مديرية بيحان ما أسفر عن مقتل 12 مسلحا.",
     {"بيحان"}, {"شبوة"}),
    # where the sources are, written with bi- on the town ("قالت مصادر طبية بعدن إن …"), is not where the act was
    ("وقالت مصادر طبية بعدن إن ثمانية أشخاص قتلوا في قصف تعرض له منزلهم في منطقة الشيخ عثمان.", {"الشيخ عثمان"},
     {"عدن"}),
    # two fields named by a dual type word ("حقلي X وY") are the places, not the countryside after them
    ("وتستمر الاشتباكات بين قوات النظام وعناصر تنظيم داعش في محيط حقلي شاعر وجزل بريف حمص الشرقي.",
     {"شاعر", "جزل"}, {"حمص"}),
    # an act told only as some kilometres from a town is placed by that town
    ("ووقع التفجير أمس على بعد 15 كلم من بلدة زارا بولاية سيواس ما أدى إلى مقتل جندي.", {"زارا"}, {"سيواس"}),
    # a second place after وفي is read as the first one is
    ("واندلعت اشتباكات عنيفة أمس بين المقاومة والحوثيين في المنصورة وفي التواهي بعدن.", {"المنصورة", "التواهي"},
     set()),
]  # fmt: skip


@pytest.mark.parametrize("row", EVENT_PLACE_ROWS)
def test_where_the_act_was_told(default_gaz: Gazetteer, row: tuple) -> None:
    text, names, not_there = row
    events = conflict_events(default_gaz, text)
    got = {e.place.name_ar for e in events if e.place is not None}
    assert names <= got, got
    assert not got & not_there, got


# (text, place name, its admin1, its precision): a bare name after ولاية is the province (at its seat, at a
# region's precision), not the city at city precision; a town some kilometres from which the act was is near it
PRECISION_ROWS = [
    ("قتل جندي تركي أمس في هجوم نفذه مسلحون بولاية سيواس.", "سيواس", "Sivas", GEO_REGION),
    ("انفجرت عبوة ناسفة أمس على بعد 20 كيلومترا من مدينة سيواس ما أدى إلى مقتل جندي.", "سيواس", "Sivas", GEO_NEAR),
    # a place "قريبة من" / "على مقربة من" a town, told by an indefinite noun or an adverb, is near it
    ("أضرم مستوطنون النار أمس في منزل بقرية قريبة من مدينة نابلس ما أدى إلى مقتل رضيع.", "نابلس", "West Bank",
     GEO_NEAR),
    ("قتل جنديان أمس في هجوم على مقربة من مدينة إدلب.", "إدلب", "Idleb", GEO_NEAR),
    # a place the index lacks put in a governorate named as such is in it, not at its seat's town a few words on
    ("استهدفت غارات التحالف أمس ميناء رأس عيسى في محافظة الحديدة.", "رأس عيسى", "Al Hudaydah", GEO_REGION),
]  # fmt: skip


@pytest.mark.parametrize("row", PRECISION_ROWS)
def test_a_place_is_no_more_precise_than_told(default_gaz: Gazetteer, row: tuple) -> None:
    text, name, admin1, precision = row
    events = conflict_events(default_gaz, text)
    assert events
    place = events[0].place
    assert place is not None
    assert (place.name_ar, place.admin1, place.precision) == (name, admin1, precision)


def test_what_a_town_between_lies_from_is_no_place_of_the_act(default_gaz: Gazetteer) -> None:
    # "الانفجار في البلدة التي تقع على بعد …": the distance tells where the town lies, not the blast
    text = (
        "قتل 20 شخصا في انفجار هز بلدة سروج التركية اليوم. ولم يتضح سبب الانفجار في البلدة التي تقع على بعد "
        "نحو عشرة كيلومترات من بلدة كوباني السورية."
    )
    names = {e.place.name_ar for e in conflict_events(default_gaz, text) if e.place is not None}
    assert "كوباني" not in names


# (text, the name of the place that lies beside a town, the town): "X الواقعة في امتداد/بجوار بلدة Y" lies near Y
BESIDE_ROWS = [
    ("وتمكنت الفصائل من التقدم في منطقة الصواغية الواقعة في امتداد مدينة إدلب.", "الصواغيه", "ادلب"),
    ("وسيطر المقاتلون على قرية الحميرة الواقعة بجوار مدينة حماة.", "الحميره", "حماه"),
]  # fmt: skip


@pytest.mark.parametrize("row", BESIDE_ROWS)
def test_a_place_lying_beside_a_town_is_near_it(default_gaz: Gazetteer, row: tuple) -> None:
    text, name, town = row
    tops = {t.name: t for t in recognize(normalize(text), default_gaz)}
    assert (tops[name].anchor, tops[name].anchor_relation) == (town, "near")
    assert tops[town].attached


def test_a_district_after_its_governorate_is_the_place(default_gaz: Gazetteer) -> None:
    places = resolved(default_gaz, "قصف الطيران مواقع المسلحين في محافظة شبوة مديرية بيحان", "YEM")
    assert places["بيحان"] is not None and places["بيحان"].name == "Bayḩān"
    tops = {t.name: t for t in recognize(normalize("في محافظة شبوة مديرية بيحان"), default_gaz)}
    assert tops["شبوه"].attached and not tops["بيحان"].attached


# «على لسان» (in the words of) holds no place «سان»
def test_in_the_words_of_names_no_place(default_gaz: Gazetteer) -> None:
    text = "ونقلت الوكالة على لسان قائد ميداني أن القوات قصفت مواقع المسلحين."
    assert "سان" not in {t.name for t in recognize(normalize(text), default_gaz)}


# (text, the name of a village the index lacks, its governorate): known only by its governorate, it is placed at
# the governorate's seat (ACLED's way), at a region's precision — not the governorate's middle, far off in its
# desert or mountains
SEAT_ROWS = [
    ("شن الطيران غارات على مدينة درعا أمس. كما دارت اشتباكات عنيفة بين قوات النظام والفصائل في محيط بلدة عتمان.",
     "عتمان", "Dar'a"),
    ("قصفت قوات النظام أمس بلدة الكحيل في محافظة درعا.", "الكحيل", "Dar'a"),
]  # fmt: skip


@pytest.mark.parametrize("row", SEAT_ROWS)
def test_a_village_known_only_by_its_governorate_is_at_the_seat(default_gaz: Gazetteer, row: tuple) -> None:
    text, name, admin1 = row
    place = next(e.place for e in conflict_events(default_gaz, text) if e.place and e.place.name_ar == name)
    seat = next(c for c in default_gaz.lookup("درعا") if c.feature_class == "P")
    assert (place.admin1, place.precision) == (admin1, GEO_REGION)
    assert abs(place.latitude - seat.latitude) < 0.01 and abs(place.longitude - seat.longitude) < 0.01
