"""Resolution on the small gazetteer of conftest.py: homonyms, fallbacks, precision codes."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.geo.polygons import haversine_km
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN, Place
from rasad.text.normalize import normalize

ALEPPO = (36.20, 37.16)


def resolve_all(gaz: Gazetteer, raw: str, country: str | None = "SYR") -> dict[str, Place | None]:
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    return {
        t.name: p for t, p in zip(tops, Geocoder(gaz).resolve(tops, country=country, text=nt), strict=True)
    }


def km(p: Place | None, lat: float, lon: float) -> float:
    assert p is not None and p.latitude is not None and p.longitude is not None
    return haversine_km(p.latitude, p.longitude, lat, lon)


def test_listed_villages_keep_together_and_refuse_a_far_homonym(small_gaz: Gazetteer) -> None:
    got = resolve_all(
        small_gaz, "قصف جوي على محيط بلدة باتبو في ريف حلب الغربي، كما أغارت على بلدات خان العسل والمنصورة"
    )
    assert got["باتبو"].name == "Batabo" and got["باتبو"].precision == GEO_NEAR
    assert got["خان العسل"].name == "Khan al-Asal" and got["خان العسل"].precision == GEO_TOWN
    # the only المنصورة of the gazetteer is Raqqa's, 150 km east: fall back to the governorate the text names
    mansura = got["المنصوره"]
    assert mansura.name == "Aleppo" and mansura.precision == GEO_REGION and mansura.name_ar == "المنصورة"
    assert mansura.admin1 == "Aleppo"


def test_neighbourhood_falls_back_to_its_city_not_a_homonym(small_gaz: Gazetteer) -> None:
    got = resolve_all(small_gaz, "تواصلت المعارك في مدينة حلب على محاور حيي بستان الباشا والشيخ مقصود")
    for name in ("بستان الباشا", "الشيخ مقصود"):
        p = got[name]
        assert p.precision == GEO_NEAR and km(p, *ALEPPO) < 5, name
    assert got["بستان الباشا"].name_ar == "بستان الباشا"


@pytest.mark.parametrize(
    ("text", "name", "precision", "admin1", "near"),
    [
        ("غارات على ريف حلب الغربي", "حلب", GEO_REGION, "Aleppo", None),
        ("اشتباكات شمال حلب", "حلب", GEO_NEAR, "Aleppo", ALEPPO),
        ("قصف على منطقة عرب سلوم شمال حلب", "عرب سلوم", GEO_NEAR, "Aleppo", ALEPPO),
        ("قصف على محافظة إدلب", "ادلب", GEO_REGION, "Idleb", None),
        ("سقطت قذائف على مدينة الأتارب", "الاتارب", GEO_TOWN, "Aleppo", (36.14, 36.83)),
        ("معارك عنيفة في اللاذقية", "اللاذقيه", GEO_TOWN, "Lattakia", (35.52, 35.79)),
    ],
)  # fmt: skip
def test_precision_and_containing_area(small_gaz, text, name, precision, admin1, near) -> None:
    p = resolve_all(small_gaz, text)[name]
    assert p is not None and p.precision == precision and p.admin1 == admin1 and p.country == "SYR"
    if near:
        assert km(p, *near) < 5


def test_homonyms_ranked_by_the_other_places_of_the_article(small_gaz: Gazetteer) -> None:
    # two villages called الكرامة: the one near the other places of the article wins
    near_aleppo = resolve_all(small_gaz, "قصف على بلدتي خان العسل والكرامة")
    assert near_aleppo["الكرامه"].name == "Karama (Aleppo)"
    near_latakia = resolve_all(small_gaz, "قصف على اللاذقية وقرية الكرامة")
    assert near_latakia["الكرامه"].name == "Karama (Latakia)"


def test_unknown_place_without_context_stays_unresolved(small_gaz: Gazetteer) -> None:
    assert resolve_all(small_gaz, "اشتباكات في قرية تلعادة")["تلعاده"] is None


@pytest.fixture
def two_hamdaniyas(empty_gaz: Gazetteer, tmp_path) -> Gazetteer:
    """One name, a town in Iraq and a smaller one in Syria."""
    csv = tmp_path / "two.csv"
    csv.write_text(
        "name_ar,name_en,latitude,longitude,population,country\n"
        "الحمدانية,Hamdaniya (Iraq),36.27,43.37,50000,IRQ\n"
        "الحمدانية,Hamdaniya (Syria),36.18,37.12,20000,SYR\n",
        encoding="utf-8",
    )
    from rasad.geo import import_file

    import_file(empty_gaz, csv)
    return empty_gaz


def test_country_of_the_article_ranks_candidates(two_hamdaniyas: Gazetteer) -> None:
    for country, found in (("SYR", "SYR"), ("IQ", "IRQ")):
        got = resolve_all(two_hamdaniyas, "انفجار في الحمدانية", country=country)["الحمدانيه"]
        assert got is not None and got.country == found


def test_one_geocoder_answers_each_country_afresh(two_hamdaniyas: Gazetteer) -> None:
    """The geocoder remembers its last answer (the pipeline asks twice per article): asking again for the same
    toponyms in another country must not return it."""
    geo = Geocoder(two_hamdaniyas)
    tops = recognize(normalize("انفجار في الحمدانية").text, two_hamdaniyas)
    answers = [geo.resolve(tops, country=c)[0].country for c in ("SYR", "IRQ", None, "SYR", "SYR")]
    assert answers == ["SYR", "IRQ", "IRQ", "SYR", "SYR"]


def test_resolve_without_text_uses_the_given_toponyms(small_gaz: Gazetteer) -> None:
    tops = recognize(normalize("قصف على بلدتي خان العسل والكرامة").text, small_gaz)
    places = Geocoder(small_gaz).resolve(tops)
    assert [p.name for p in places] == ["Khan al-Asal", "Karama (Aleppo)"]
    assert Geocoder(small_gaz).resolve([]) == []


def test_a_typed_quarter_is_not_a_big_city_abroad(empty_gaz: Gazetteer, tmp_path) -> None:
    csv = tmp_path / "far.csv"
    csv.write_text(
        "name_ar,name_en,latitude,longitude,population,country\n"
        "الميدان,Medan,3.58,98.67,1400000,IDN\n"
        "حلب,Aleppo,36.20,37.16,2000000,SYR\n",
        encoding="utf-8",
    )
    from rasad.geo import import_file

    import_file(empty_gaz, csv)
    got = resolve_all(empty_gaz, "سقطت قذائف في مدينة حلب على حي الميدان", country="SYR")
    assert got["الميدان"].country == "SYR" and got["الميدان"].precision == GEO_NEAR
    # with no country given: the city named right after the quarter is where it lies (a big city's namesake
    # abroad is no quarter of it)
    got = resolve_all(empty_gaz, "سقطت قذائف على حي الميدان بمدينة حلب")
    assert got["الميدان"].country == "SYR" and got["الميدان"].precision == GEO_NEAR


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("قصف في ريف اللاذقية على قرية الكرامة ثم في ريف حلب", "Lattakia"),
        ("قصف في ريف حلب ثم في ريف اللاذقية على قرية الكرامة", "Lattakia"),
        ("قصف في ريف اللاذقية ثم في ريف حلب على قرية الكرامة", "Aleppo"),
    ],
)
def test_a_village_lies_in_the_last_governorate_named_before_it(small_gaz, text, admin1) -> None:
    """The governorates of the article are read once (Geocoder._context); each village takes the last one named
    before it, never one named after it."""
    assert resolve_all(small_gaz, text)["الكرامه"].admin1 == admin1


def test_a_place_named_twice_is_context_for_itself_from_its_other_mention(small_gaz: Gazetteer) -> None:
    """The seeds are measured once per place (_Context.seed_places), leaving out only the toponym's own
    position: the same places, and the same scores, as measuring every seed."""
    for text in ("قصف على اللاذقية وقرية الكرامة ثم على اللاذقية", "قصف على حلب وعلى الكرامة ثم على حلب"):
        geo = Geocoder(small_gaz)
        tops = recognize(normalize(text).text, small_gaz)
        ctx = geo._context(tops, "SYR")
        for t in tops:
            points, region, _ = geo._anchor_points(t, ctx)
            every = points or [e for s, e in ctx.seeds if s != t.start]
            once = geo._others(t, ctx, points)
            assert every and {e.id for e in once} == {e.id for e in every}, (text, t.name)
            for c in geo.candidates(t):
                assert geo._score(c, t, ctx, once, region) == geo._score(c, t, ctx, every, region)


class _OneHeadGazetteer:
    """No name by key; صبر by name (what جبل صبر falls back to, its head word dropped)."""

    def __init__(self) -> None:
        from rasad.geo.store import Entry

        self.sabir = Entry(
            id="p:1", name="Sabir", latitude=13.5, longitude=44.0, name_ar="صبر", country="YEM"
        )

    def lookup_key(self, key: str) -> tuple:
        return ()

    def lookup(self, name: str) -> tuple:
        return (self.sabir,) if name == "صبر" else ()


def test_seeds_are_weighed_once_per_name_not_per_key() -> None:
    """_context weighs a name the article repeats once; two names with one key (جبل صبر، صبر) are two names:
    only the first falls back to its head-less name."""
    from rasad.geo.recognize import Toponym

    gaz = _OneHeadGazetteer()
    tops = [
        Toponym(start=s, end=s + len(n), name=n, surface=n, phrase_start=s, phrase_end=s + len(n), key="صبر")
        for s, n in ((0, "جبل صبر"), (20, "صبر"), (40, "جبل صبر"))
    ]
    ctx = Geocoder(gaz)._context(tops, None)  # type: ignore[arg-type]
    assert [(s, e.id) for s, e in ctx.seeds] == [(0, "p:1"), (40, "p:1")]


@pytest.mark.parametrize(
    "text",
    [
        "قصف في ريف حلب ثم مواجهات في جبل صبيرة المطل على محافظة اللاذقية",
        "قصف في ريف حلب ثم مواجهات في جبل صبيرة المشرف على محافظة اللاذقية",
    ],
)
def test_a_place_the_gazetteer_lacks_lies_in_the_governorate_named_right_after_it(small_gaz, text) -> None:
    """Not in the one the text was about before (a ريف X after it would start a phrase of its own: see the test
    above)."""
    got = resolve_all(small_gaz, text)["جبل صبيره"]
    assert (got.admin1, got.precision) == ("Lattakia", GEO_REGION)


def test_a_final_a_written_the_other_way_is_the_same_place(small_gaz: Gazetteer) -> None:
    # أريحة for أريحا, كفرنبودا for كفرنبودة: the final -a is written with ة or with ا
    p = resolve_all(small_gaz, "قصف على مدينة الرقا")["الرقا"]
    assert p is not None and p.name == "Raqqa" and p.precision == GEO_TOWN


def test_a_village_lies_off_the_city_named_with_a_direction_after_it(small_gaz: Gazetteer) -> None:
    """ "في دمنة خدير شرق مدينة تعز": the city a direction names right after a village says where the village
    is, whatever governorate the text was last about."""
    got = resolve_all(small_gaz, "قصف في ريف اللاذقية، ثم قصف على خان العسل جنوب غرب مدينة حلب")
    assert got["خان العسل"].admin1 == "Aleppo" and got["خان العسل"].precision == GEO_TOWN
    assert km(got["خان العسل"], 36.17, 37.04) < 1


def test_a_city_a_distance_is_measured_from_is_no_anchor(small_gaz: Gazetteer) -> None:
    """ "سنجار 120 كم شمال غرب الموصل": the place is that far from the city, not beside it."""
    alone = resolve_all(small_gaz, "قصف في ريف اللاذقية، ثم قصف على خان العسل")["خان العسل"]
    far = resolve_all(small_gaz, "قصف في ريف اللاذقية، ثم قصف على خان العسل 90 كم جنوب غرب مدينة حلب")
    assert far["خان العسل"] == alone


def _far_namesakes(empty_gaz: Gazetteer, tmp_path) -> None:
    csv = tmp_path / "namesakes.csv"
    csv.write_text(
        "name_ar,name_en,latitude,longitude,population,country\n"
        "الزاوية,Zawiya,32.75,12.73,200000,LBY\n"
        "العلم,Al-Alam,34.71,43.70,25000,IRQ\n"
        "عدن,Aden,12.78,45.04,550000,YEM\n"
        "إدلب,Idlib,35.93,36.63,165000,SYR\n",
        encoding="utf-8",
    )
    from rasad.geo import import_file

    import_file(empty_gaz, csv)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # a mountain of the article's country is not the town of its name abroad
        ("قصف الطيران بلدات في جبل الزاوية بريف إدلب", "SYR", "جبل الزاويه"),
        ("تقدم المقاتلون في جبل الزاوية قرب إدلب", None, "جبل الزاويه"),
        ("سيطرت المقاومة على مثلث العلم في عدن", "YEM", "مثلث العلم"),
    ],
)
def test_a_landform_or_landmark_is_no_town_of_its_name_abroad(
    empty_gaz, tmp_path, text, country, name
) -> None:
    """جبل الزاوية found as الزاوية (the head word left out) finds Zawiya in Libya: a landform or landmark lies
    where the article is, and a name found only without its head word does not vote for the article's country."""
    _far_namesakes(empty_gaz, tmp_path)
    got = resolve_all(empty_gaz, text, country=country)
    assert got[name] is None or got[name].country != "LBY" and got[name].country != "IRQ"


def test_an_unknown_landmark_lies_in_the_city_named_before_it(empty_gaz: Gazetteer, tmp_path) -> None:
    _far_namesakes(empty_gaz, tmp_path)
    got = resolve_all(
        empty_gaz, "وفي عدن، استعاد المقاتلون مثلث العلم الواقع شمال شرق المدينة", country="YEM"
    )
    assert got["مثلث العلم"] is not None
    assert (got["مثلث العلم"].name, got["مثلث العلم"].precision) == ("Aden", GEO_NEAR)
    # (a landform is not: a mountain may lie well outside the town named before it)
    got = resolve_all(empty_gaz, "وفي عدن، سيطر المقاتلون على جبل النوبة", country="YEM")
    assert got["جبل النوبه"] is None or got["جبل النوبه"].precision != GEO_NEAR


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # the governorate, not the town of that name in Erbil governorate
        ("وقتل خمسة في هجوم شمال صلاح الدين", "Salah al-Din", GEO_REGION),
        ("وتقدمت القوات في صلاح الدين", "Salah al-Din", GEO_REGION),
        # a city inside the governorate of its name stays the city
        ("وقتل خمسة في هجوم في حلب", "Aleppo", GEO_TOWN),
    ],
)
def test_a_name_shared_by_a_governorate_and_a_town_outside_it_names_the_governorate(
    default_gaz: Gazetteer, text: str, name: str, precision: int
) -> None:
    (place,) = resolve_all(default_gaz, text, country="IRQ" if "صلاح" in text else "SYR").values()
    assert place is not None and (place.name, place.precision) == (name, precision)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town put in a governorate named as such lies anywhere in it, not near the governorate's seat
        ("قصفت الطائرات مدينة تدمر في محافظة حمص", "Tadmur"),
        ("قصفت الطائرات مدينة منبج في محافظة حلب", "Manbij"),
        ("سيطر التنظيم على مدينة القريتين بمحافظة حمص", "Al Qaryatayn"),
    ],
)
def test_a_town_in_a_governorate_named_as_such(default_gaz: Gazetteer, text: str, name: str) -> None:
    place = resolve_all(default_gaz, text)[text.split("مدينة ")[1].split()[0]]
    assert place is not None and (place.name, place.precision) == (name, GEO_TOWN)


def test_the_city_a_place_is_put_in_rules_out_its_namesake_abroad(default_gaz: Gazetteer) -> None:
    # همدان of Iran is no place "بمدينة الحزم" in Yemen's al-Jawf: the city it is put in stands for it
    got = resolve_all(default_gaz, "وقصف أهدافا أخرى في همدان بمدينة الحزم عاصمة الجوف", country="YEM")
    assert got["همدان"] is not None and got["همدان"].country == "YEM"
    assert (got["همدان"].name, got["همدان"].precision) == ("Al Ḩazm", GEO_NEAR)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a country's name with a direction is the country, never a town abroad that bears it
        ("قتل جنديان في غارة على درعا، وأوقف الجيش 23 شخصا شرق لبنان", "لبنان", ("Lebanon", "LBN")),
        # a governorate of another country, named whole (head word and all), is that governorate — and an area
        # is no village the governorate the text was about rules out
        (
            "قتل جنديان في ريف درعا، ثم أحيلت الموقوفة إلى مخابرات جبل لبنان",
            "جبل لبنان",
            ("Mount Lebanon", "LBN"),
        ),
        ("قتل جنديان في ريف درعا، وأوقف الجيش اللبناني شخصين في شمال لبنان", "شمال لبنان", ("North", "LBN")),
    ],
)
def test_a_country_or_its_governorate_is_not_read_away(default_gaz, text: str, name: str, expected) -> None:
    place = resolve_all(default_gaz, text)[name]
    assert place is not None and (place.name, place.country) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the countryside of the capital is a governorate of its own
        ("قصفت قوات النظام مدينة الزبداني بريف دمشق", "الزبداني", ("Az Zabadānī", GEO_TOWN)),
        ("قصفت قوات النظام مدينة الزبداني بريف دمشق", "دمشق", ("Rural Damascus", GEO_REGION)),
        ("قصفت قوات النظام بلدات في ريف حلب الغربي", "حلب", ("Aleppo", GEO_REGION)),
        # a camp named after a town lies at that town, not in the city named next
        ("قصفت قوات النظام مخيم درعا للاجئين، كما قصفت حي جوبر في دمشق", "درعا", ("Dar‘ā", GEO_TOWN)),
    ],
)
def test_the_countryside_and_the_camp_of_a_town(
    default_gaz: Gazetteer, text: str, name: str, expected
) -> None:
    place = resolve_all(default_gaz, text)[name]
    assert place is not None and (place.name, place.precision) == expected


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # Turkish towns in the provinces ACLED names (the border provinces the news of the wars names most)
        ("قتل 32 شخصا في تفجير انتحاري في بلدة سروج", "سروج", "Sanliurfa"),
        ("قتل شرطيان في هجوم في مدينة ديار بكر", "ديار بكر", "Diyarbakir"),
        ("قصفت الدبابات مواقع قرب مدينة كلس", "كلس", "Kilis"),
        ("انفجر لغم بقافلة عسكرية في مدينة مديات", "مديات", "Mardin"),
    ],
)
def test_turkish_towns_lie_in_their_provinces(
    default_gaz: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = resolve_all(default_gaz, text, country="TUR")[name]
    assert place is not None and place.country == "TUR" and place.admin1 == admin1


def test_the_governorate_named_before_is_left_when_the_text_moves_to_another_country(
    default_gaz: Gazetteer,
) -> None:
    text = (
        "قتل 12 شخصا في غارات على قرية في محافظة حلب. وفي العراق، قتل 21 شخصا في هجمات في بغداد، غداة تعرض "
        "مناطق مماثلة في العاصمة لتفجيرين تبناهما التنظيم بحسب مصادر أمنية وطبية. وقال ضابط في الشرطة إن 16 "
        "شخصا قتلوا في تفجير سيارة مفخخة في شارع تجاري. وأكد مصدر في وزارة الداخلية ومصادر طبية حصيلة التفجير. "
        "وتأتي الهجمات في وقت تشهد فيه العاصمة تصعيدا أمنيا منذ أسابيع بحسب ما ذكرت مصادر متطابقة للصحفيين. "
        "إلى ذلك، قتل خمسة أشخاص وجرح 16 في هجوم استهدف منطقة الشعب"
    )
    place = resolve_all(default_gaz, text, country="IRQ")["الشعب"]
    assert place is None or place.country == "IRQ"


def test_a_city_named_in_the_next_sentence_is_not_the_city_of_an_area(default_gaz: Gazetteer) -> None:
    # the area is not in the city the next sentence opens with (it may be anywhere: no place rather than Aleppo)
    got = resolve_all(
        default_gaz, "دارت اشتباكات عنيفة في منطقة الرهوة. وفي حلب قصفت الطائرات الأحياء الشرقية"
    )
    assert got["الرهوه"] is None or got["الرهوه"].admin1 != "Aleppo"
    # right after it in the same sentence, the city is its city
    got = resolve_all(default_gaz, "دارت اشتباكات عنيفة في حي الرهوة في حلب")
    assert got["الرهوه"] is not None and got["الرهوه"].admin1 == "Aleppo"
