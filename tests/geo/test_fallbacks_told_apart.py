"""The governorate fallback made careful, road landmarks, the country a text puts a place in, "the two villages",
clitics that leave a short name abroad, an office's title; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import GEO_NEAR, GEO_REGION
from rasad.text.normalize import normalize
from tests.geo.resolving import conflict_events, resolved

# (text, the article's country, the name read): no governorate of the city named before — a country or another
# governorate named since, the city only where supplies come from; no place for a word whose namesake abroad a
# clitic left (and shed, they took refuge, a deputy of the governorate)
NO_PLACE_ROWS = [
    ("قتل القيادي في ضربة جوية في مدينة حلب. وقال البيان إنه قتل في سوريا بينما كان يتنقل قرب بلدة أطمة",
     "SYR", "اطمه"),
    ("قتل ثلاثة في قصف على مدينة حلب. وقال التحالف إنه نفذ ضربات في العراق قرب بلدة القصيبة", "SYR", "القصيبه"),
    # a village the index lacks at home is no namesake 100 km off across the border, though near a town the text
    # is sure of (a Jordanian الطيبة, of a report on the Damascus countryside)
    ("قصفت الطائرات مدينة دمشق. وقصفت قوات النظام مخيم خان الشيح ثم قصفت بلدة الطيبة", "SYR", "الطيبه"),
    ("قصفت الطائرات مدينة الزبداني، آخر مدينة في المنطقة الحدودية مع لبنان. وقال المرصد إن الفصائل "
     "استهدفت بلدة الفوعة", "SYR",
     "الفوعه"),
    ("يهدف الهجوم إلى قطع الإمدادات عن الحوثيين من صنعاء. وفي جبل الأغبرة قال سكان إن القصف استمر", "YEM",
     "جبل الاغبره"),
    ("سيطر التنظيم على أجزاء من المدينة. وسلط تفجير الاثنين الضوء على الحرب في البلاد", "TUR", "سلط"),
    ("يعيش آلاف النازحين في درعا، إضافة إلى مدنيين لجأوا إليها بعد المعارك", "SYR", "جاوا"),
    ("وشغل البكري قبل ذلك منصب وكيل محافظة عدن لشؤون المديريات", "YEM", "كيل"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name"), NO_PLACE_ROWS)
def test_no_place(default_gaz: Gazetteer, text: str, country: str, name: str) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got and got[name] is None


# (text, country, name, where it is: English name, country, precision)
PLACE_ROWS = [
    # the governorate of the city named just before, in the sentence before (kept)
    ("واصلت المقاومة هجماتها على مواقع الحوثيين في تعز. كما نصب الثوار كمينين للحوثيين في نقيل الإبل", "YEM",
     "نقيل الابل", ("Taizz", "YEM", GEO_REGION)),
    # "في صنعاء" is where it happened, not where things came from
    ("اندلعت اشتباكات عنيفة في صنعاء. وفي جبل نقم قال سكان إن القصف استمر", "YEM", "جبل نقم",
     ("Amanat al Asimah", "YEM", GEO_REGION)),
    # a road's landmark: the junction of its name in the district the text gives, not Mafraq in Jordan
    ("قتل ثلاثة حوثيين بالقرب من مفرق حبيش بمديرية المخادر", "YEM", "مفرق حبيش", ("Al Makhādir", "YEM", GEO_NEAR)),
    # the gate of a city, near it
    ("قتل 42 من عناصر التنظيم بالقرب من بوابة الموصل", "IRQ", "بوابه الموصل", ("Mosul", "IRQ", GEO_NEAR)),
    # the country named right after a place the gazetteer lacks, not the governorate named long before
    ("قصفت المدفعية مواقع في محافظة ماردين. وقال المسؤول إن الغارات أرغمت قيادة الحزب على الانفصال، واحدة بقيت "
     "في جبال قنديل في العراق", "TUR", "جبال قنديل", ("Iraq", "IRQ", GEO_REGION)),
    ("قصفت المدفعية التركية مواقع التنظيم، وأفادت الوكالة أن الأهداف حددت حول بلدة حوار في سوريا", "TUR",
     "حوار", ("Syria", "SYR", GEO_REGION)),
    # a junction named after a city is no mention of that city: the area lies off the city named after it
    ("صد التنظيم تقدما للجيش من مفرق سامراء على الطريق السريع الذي يربط الفلوجة وسامراء والرمادي. وقتل ستة في "
     "منطقة المضيق القريبة من قاعدة الحبانية الجوية شرق الرمادي", "IRQ", "المضيق", ("Ramadi", "IRQ", GEO_NEAR)),
    # a place told as nearby with nothing after the word ("القريبة"، "المجاورة") is near the place named before it:
    # a village the index lacks, or holds only far off, at that place's point
    ("هاجم التنظيم مدينة مارع بعد السيطرة على قرية أم حوش القريبة", "SYR", "ام حوش", ("Māri‘", "SYR", GEO_NEAR)),
    ("عادوا من اجتماع في مدينة اعزاز إلى مقرهم في قرية المالكية القريبة", "SYR", "المالكيه",
     ("I‘zāz", "SYR", GEO_NEAR)),
    ("قتل ثمانية من القبيلة في سبها وفي قرية الطيوري المجاورة", "LBY", "الطيوري", ("Sabha", "LBY", GEO_NEAR)),
    # a village the index lacks, named as where the act was a word or two after the town it is told near, is near
    # that town (not somewhere in its governorate)
    ("قتل خمسة مدنيين في غارة قرب مدينة إدلب على قرية كفرعويد", "SYR", "كفرعويد", ("Idlib", "SYR", GEO_NEAR)),
    ("قتل خمسة مدنيين في غارة قرب مدينة إدلب استهدفت قرية الشيخ مصطفى", "SYR", "الشيخ مصطفي",
     ("Idlib", "SYR", GEO_NEAR)),
    # what overlooks a town (المطل على) is near it: a mountain the index lacks at the town's point, the town itself
    # no closer than near
    ("سيطرت المقاومة على جبل العروس المطل على مدينة تعز", "YEM", "جبل العروس", ("Taiz", "YEM", GEO_NEAR)),
    ("قصفت الميليشيات مواقع في التلال المطلة على مدينة تعز", "YEM", "تعز", ("Taiz", "YEM", GEO_NEAR)),
    ("اشتباكات في مدينة تعز. وقتل ثلاثة في قرية الشقب المطلة على المدينة", "YEM", "الشقب",
     ("Taiz", "YEM", GEO_NEAR)),
    # a short name after و is still a large city of the region, a capital, or the next of a list
    ("قصفت الطائرات مدينة حلب، وغزة تشهد تظاهرات", "SYR", "غزه", ("Gaza", "PSE", 1)),
    ("قصفت الطائرات مدينة اعزاز وكلس", "SYR", "كلس", ("Kilis", "TUR", 1)),
    ("قصفت الطائرات مدينة درعا، والرمثا تستقبل الجرحى", "SYR", "الرمثا", ("Ar Ramthā", "JOR", 1)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), PLACE_ROWS)
def test_the_place(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str, int]
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and (p.name, p.country, p.precision) == expected


# words no name is read in: "in addition to" after a plural type word; "the two villages" right after two places
# named together
NOT_READ_ROWS = [
    ("نفذت قوات التحالف ضربات جوية قرب ثماني مدن إضافة إلى وحدات تكتيكية", "اضافه"),
    ("اشتبك الثوار مع قوات النظام في مورك وصوران، وسيطروا على القريتين بعد ساعات", "القريتين"),
]


@pytest.mark.parametrize(("text", "name"), NOT_READ_ROWS)
def test_no_name_is_read(default_gaz: Gazetteer, text: str, name: str) -> None:
    assert name not in [t.name for t in recognize(normalize(text), default_gaz)]


# … while the town Al-Qaryatayn stays itself: named bare with no pair before, or named as a town before
TOWN_ROWS = [
    "قصفت الطائرات حلب. وسيطر التنظيم على القريتين",
    "سيطر التنظيم على مدينة القريتين بمحافظة حمص، وقصف مهين وصدد ثم دخل القريتين",
]


@pytest.mark.parametrize("text", TOWN_ROWS)
def test_the_town_of_that_name(default_gaz: Gazetteer, text: str) -> None:
    nt = normalize(text)
    tops = recognize(nt, default_gaz)
    places = Geocoder(default_gaz).resolve(tops, country="SYR", text=nt)
    last = [p for t, p in zip(tops, places, strict=True) if t.name == "القريتين"][-1]
    assert last is not None and last.name == "Al Qaryatayn"


# (text, name, where it is placed: governorate, precision, the city whose point it takes or None for the
# governorate's own): a village the index lacks, known only to lie in a city's countryside, is placed in that
# governorate at the city's point (ACLED's seat of the governorate), not at the governorate's middle, which may lie
# far in its desert (so is the countryside itself); a countryside that is a governorate of its own (ريف دمشق) keeps
# the governorate's point, and a division named right after the village with في holds it too
COUNTRYSIDE_ROWS = [
    ("قصفت قوات النظام قرية الزعفرانة بريف حماة الشمالي", "الزعفرانه", ("Hama", GEO_REGION, "حماة")),
    ("قصف الطيران قرية الزعفرانة في ريف حمص الشمالي", "الزعفرانه", ("Homs", GEO_REGION, "حمص")),
    ("قصفت قوات النظام بلدة الزعفرانة بريف دمشق الغربي", "الزعفرانه", ("Rural Damascus", GEO_REGION, None)),
    ("قصفت قوات النظام بلدة الزعفرانة في ريف دمشق", "الزعفرانه", ("Rural Damascus", GEO_REGION, None)),
    # … so is a place listed before the village put there
    (
        "دارت اشتباكات في محيط حاجز الطاحونة ومحيط بلدة عقرب بريف حماة الجنوبي",
        "الطاحونه",
        ("Hama", GEO_REGION, "حماة"),
    ),
    # … and so is the countryside itself
    ("قصفت قوات النظام بلدات في ريف حمص الشمالي", "حمص", ("Homs", GEO_REGION, "حمص")),
    ("قصفت قوات النظام بلدات في ريف دمشق", "ريف دمشق", ("Rural Damascus", GEO_REGION, None)),
]


@pytest.mark.parametrize(("text", "name", "expected"), COUNTRYSIDE_ROWS)
def test_a_village_in_a_citys_countryside_takes_the_citys_point(
    default_gaz: Gazetteer, text: str, name: str, expected: tuple
) -> None:
    admin1, precision, city = expected
    p = resolved(default_gaz, text, "SYR")[name]
    assert p is not None and (p.admin1, p.precision) == (admin1, precision)
    if city is None:
        assert (p.gazetteer_id or "").startswith("admin1:")
        return
    seat = resolved(default_gaz, "في مدينة " + city, "SYR")[normalize(city).text]
    assert seat is not None and (p.latitude, p.longitude) == (seat.latitude, seat.longitude)


def test_a_village_of_a_list_is_not_placed_at_the_town_listed_with_it(default_gaz: Gazetteer) -> None:
    """ "قريتي X وY ومدينة Z": Z is one more place of the list, its own event; the villages the index lacks lie in
    Z's governorate, not at Z (which would make their events Z's)."""
    events = conflict_events(default_gaz, "دكت مدفعية النظام قريتي العلانية والشقرانية ومدينة نوى.")
    got = [(e.place.name_ar, e.place.admin1, e.place.precision) for e in events if e.place is not None]
    assert got == [("العلانية", "Dar'a", GEO_REGION), ("الشقرانية", "Dar'a", GEO_REGION), ("نوى", "Dar'a", 1)]


def test_a_quarter_named_after_a_camp_lies_in_the_camps_town(default_gaz: Gazetteer) -> None:
    """ "قصفت القوات مخيم درعا … وحي طريق السد": the quarter the index lacks lies in the town the camp of the same
    sentence is named after, not in the city of the news told before."""
    text = (
        "سقط صاروخ على حي الكلاسة في مدينة حلب. وفي الجنوب، قصفت قوات النظام مخيم درعا للاجئين "
        "وحي طريق المطار المجاور له."
    )
    place = resolved(default_gaz, text, "SYR")["طريق المطار"]
    assert place is not None and (place.admin1, place.precision) == ("Dar'a", GEO_NEAR)
