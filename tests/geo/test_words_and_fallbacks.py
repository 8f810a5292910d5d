"""Ordinary words read as names, and the fallbacks of places the gazetteer lacks; on the embedded default gazetteer:
a bare word or a conjunction's word whose namesakes are far abroad gets no place (nor an event location), a word
written with tanwīn or a pronoun is no name, a landmark's head word is no place of its own, a place named on the
way somewhere gives the places named next no city, and a place told before any governorate falls back to the
governorate of the place named just before it."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.geo.embedded import arabic_alternates
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN, Article
from rasad.pipeline import GazetteerGeo, Pipeline
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved

# (text, the article's country, the name recognized): an ordinary word, no place at all
NO_PLACE_ROWS = [
    ("قصفت قوات النظام ريف إدلب، ما اضطر المعارضة إلى سحب قواتها", "SYR", "سحب"),
    ("قصفت الطائرات ريف حلب. وقال عضو في مجلس الشيوخ الأمريكي إن الضربات لا تكفي", "SYR", "الشيوخ"),
    ("سيطرت المقاومة على مواقع في محافظة لحج، وقالت إن الحوثيين تحصنوا بأحد الجبال المطلة على الطريق", "YEM",
     "المطله"),
    # after the conjunction و, a large city far abroad is no likelier: a deputy, not Kiel (after a bare ف a name
    # without its article is not even read: see test_homonyms_and_clitics)
    ("قصفت الطائرات مواقع في محافظة عدن، وقال وكيل المحافظة إن القصف استمر", "YEM", "كيل"),
    ("قصفت الطائرات مدينة حلب. وأمر رئيس الوزراء نائبه بالإضافة إلى وزيري الداخلية والعمل بالتوجه إليها", "SYR", "زيري"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name"), NO_PLACE_ROWS)
def test_an_ordinary_word_is_read_but_not_placed(
    default_gaz: Gazetteer, text: str, country: str, name: str
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got and got[name] is None


# what stays a place: a real city named bare, with و in a list, after a preposition; the conjunction's words
# of the region and the capitals
KEPT_ROWS = [
    ("قصفت الطائرات ريف إدلب. وقالت واشنطن إنها لم تنسق مع موسكو", "SYR", "واشنطن", ("Washington", "USA")),
    ("قصفت الطائرات ريف حلب. وأنقرة تنفي أي تنسيق", "SYR", "انقره", ("Ankara", "TUR")),
    ("قصفت الطائرات ريف حلب. وإزمير شهدت تظاهرات", "SYR", "ازمير", ("İzmir", "TUR")),
    ("قصفت الطائرات ريف حلب. وبغداد تنفي أي تنسيق", "SYR", "بغداد", ("Baghdad", "IRQ")),
    ("قتل ثلاثة مدنيين بقصف على مدينة إدلب، فحلب تشهد معارك", "SYR", "حلب", ("Aleppo", "SYR")),
    ("قتل ثلاثة مدنيين بقصف على مدينة إدلب، وسقطت قذائف بدمشق", "SYR", "دمشق", ("Damascus", "SYR")),
    ("وصل مهاجرون من مالي إلى ليبيا. وجاؤوا من السنغال وبنين", "LBY", "بنين", ("Benin City", "NGA")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), KEPT_ROWS)
def test_a_real_place_stays(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str]
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and (p.name, p.country) == expected


def test_a_word_abroad_is_no_event_location(default_gaz: Gazetteer) -> None:
    """End to end: the word gets no place and no event is located at it (the fighting is Aleppo's); a capital
    abroad named as where an attack was stays that place."""
    pipeline = Pipeline(geo=GazetteerGeo(default_gaz))
    day = dt.date(2015, 10, 14)
    text = "قصفت قوات النظام مدينة حلب أمس. واشتبكت قوات النظام اليوم مع مسلحين من العشائر وشيوخ القبائل"
    events = [e for e in pipeline(Article(id="t", text=text, published=day)) if e.category == "conflict"]
    assert events
    assert all(e.place is not None and e.place.name_ar != "شيوخ" for e in events)
    text = "انفجرت سيارة مفخخة اليوم في أنقرة وقتلت ثلاثة مدنيين بينهم اثنان من شيوخ العشائر"
    (event,) = [e for e in pipeline(Article(id="t", text=text, published=day)) if e.category == "conflict"]
    assert event.place is not None and event.place.name == "Ankara"


# words no name is read in: tanwīn, a pronoun on an adverb of place, a landmark's head word before its name, a
# town's name going on with a compass noun
NOT_READ_ROWS = [
    ("اقتحم انتحاري بجرار مفخخ باكرًا صباح الأحد مركزا للشرطة", "اكرا"),
    ("دأبوا دومًا على امتداح الأكراد", "دوما"),
    ("كانت مفاوضات عسيرة جمعت وفدًا من الحركة", "فدا"),
    ("دمرت القوات مخبأ ضخما بداخله سيارات مفخخة", "داخله"),
    ("ضد ميليشيات مارقة عن الشرعية وخارجه عن النظام", "خارجه"),
    ("وقتل متظاهران بميدان التحرير في القاهرة", "ميدان"),
    ("قتل اثنان من حرس الحدود في مركز المسيال بقطاع ظهران الجنوب", "ظهران"),
]


@pytest.mark.parametrize(("text", "name"), NOT_READ_ROWS)
def test_no_name_is_read_in_the_word(default_gaz: Gazetteer, text: str, name: str) -> None:
    assert name not in [t.name for t in recognize(normalize(text), default_gaz)]


# … while the same words read as places where they are: a landmark's name, Douma, a known Dhahran
READ_ROWS = [
    ("وقتل متظاهران بميدان التحرير في القاهرة", "EGY", "ميدان التحرير", ("Cairo", "EGY", GEO_NEAR)),
    ("واحتشد المتظاهرون في ميدان التحرير وسط القاهرة", "EGY", "ميدان التحرير", ("Cairo", "EGY", GEO_NEAR)),
    ("قصفت الطائرات مدينة دوما في ريف دمشق", "SYR", "دوما", ("Dūmā", "SYR", GEO_TOWN)),
    ("وصل الوزير إلى الظهران شرق المملكة", "SAU", "الظهران", ("Dhahran", "SAU", GEO_TOWN)),
    # an area named as one (منطقة) by the name of a first-level division of a neighbouring country: that division,
    # not a village the index lacks put in the governorate the text was about …
    ("شنت الطائرات غارات على مواقع المسلحين في محافظة صعدة، وسقطت قذائف على منطقة جازان", "YEM", "جازان",
     ("Jazan", "SAU", GEO_REGION)),
    ("قتل خمسة مسلحين في محافظة صعدة. وسقطت قذائف على قرى في منطقة جازان", "YEM", "جازان",
     ("Jazan", "SAU", GEO_REGION)),
    # … while a division of a country far off (Sudan's Red Sea state, across the sea) stays refused
    ("قتل خمسة مسلحين في محافظة صعدة. وقتل جندي في منطقة البحر الأحمر", "YEM", "البحر الاحمر",
     ("Sa'dah", "YEM", GEO_REGION)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), READ_ROWS)
def test_the_place_is_read_where_it_is_one(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str, int]
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and (p.name, p.country, p.precision) == expected


ADEN = "قتل 43 مدنيا في قصف عشوائي للحوثيين على احياء سكنية في عدن"
# (text, country, the unknown place, the English name of where it falls back to, precision)
FALLBACK_ROWS = [
    # a city named as where a road or a move leads is no city the text is about …
    (ADEN + "، وهو الطريق المؤدي إلى الضالع ولحج وتعز. وذكر شهود ان الحوثيين قصفوا بشكل عنيف منطقة كابوتا",
     "YEM", "كابوتا", "Aden", GEO_NEAR),
    (ADEN + "، وتقدمت المقاومة باتجاه تعز. وذكر شهود ان الحوثيين قصفوا بشكل عنيف منطقة كابوتا",
     "YEM", "كابوتا", "Aden", GEO_NEAR),
    (ADEN + "، على الطريق الذي يربط بين لحج وتعز. وقصف الحوثيون منطقة كابوتا", "YEM", "كابوتا", "Aden",
     GEO_NEAR),
    # … where things happen is: the city named last, after في
    ("سيطرت المقاومة على مثلث العند. وقتل 43 مدنيا في قصف على احياء سكنية في عدن. وذكر شهود ان الحوثيين قصفوا "
     "منطقة كابوتا", "YEM", "كابوتا", "Aden", GEO_NEAR),
    # a place told before any governorate: the governorate of the city named just before it
    ("واصلت المقاومة هجماتها على مواقع الحوثيين في تعز. كما نصب الثوار كمينين للحوثيين في نقيل الإبل", "YEM",
     "نقيل الابل", "Taizz", GEO_REGION),
    # or of the place the text is sure of in the same sentence
    ("قال المتحدث ان ما حدث في مديرية مشرعة وحدنان بجبل الأغبرة يؤكد تقدم المقاومة", "YEM", "جبل الاغبره", "Taizz",
     GEO_REGION),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "place", "precision"), FALLBACK_ROWS)
def test_the_fallback_of_a_place_the_gazetteer_lacks(
    default_gaz: Gazetteer, text: str, country: str, name: str, place: str, precision: int
) -> None:
    p = resolved(default_gaz, text, country)[name]
    assert p is not None and (p.name, p.precision) == (place, precision)


# no fallback: a base away from the city, a list of places of several governorates before it
NO_FALLBACK_ROWS = [
    # (a base the index lacks: العند, which it knows, is the air base in Lahij — test_bases_and_regions)
    ("قصفت الطائرات مواقع في تعز. وسيطرت المقاومة على قاعدة الديلمي الجوية", "YEM", "الديلمي"),
    ("بعد تحرير عدن والحوطة، ولودر، وزنجبار وسيطرت المقاومة على قرية الفيوش", "YEM", "الفيوش"),
]


@pytest.mark.parametrize(("text", "country", "name"), NO_FALLBACK_ROWS)
def test_no_fallback_to_the_city_named_before(
    default_gaz: Gazetteer, text: str, country: str, name: str
) -> None:
    assert resolved(default_gaz, text, country)[name] is None


# an alternate name in another language's letters is not Arabic spelling (سډني is Sydney in Pashto, which would
# read سني); Arabic's own variant letters are read as the letter they stand for
ALTERNATE_ROWS = [
    (["سډني", "سيدني"], ["سيدني"]),
    (["کابل", "كابول"], ["كابول"]),
    (["دۇبائى", "دبي"], ["دبي"]),
    (["ٲبو عريش"], ["أبو عريش"]),
    (["حومۃ السوق"], ["حومة السوق"]),
]


@pytest.mark.parametrize(("names", "kept"), ALTERNATE_ROWS)
def test_arabic_alternates(names: list[str], kept: list[str]) -> None:
    assert arabic_alternates(names) == kept


def test_no_key_from_another_languages_letters(default_gaz: Gazetteer) -> None:
    assert [c.name for c in default_gaz.lookup("سني")] == []
    assert [c.name for c in default_gaz.lookup("أبو عريش")] == ["Abū ‘Arīsh"]
