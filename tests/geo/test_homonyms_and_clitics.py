"""What keeps a place from its far homonyms: a nisba of a country after the name, a governorate's name meaning its
seat when the text says no country; and what is no place at all: a
name read after a bare fa-, the name of a news agency; and where an event is not: the venue of a meeting a statement
was made after; on the embedded default gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.model import GEO_REGION, GEO_TOWN, Article
from rasad.pipeline import GazetteerGeo, Pipeline
from rasad.text.normalize import normalize
from tests.geo.test_places_told_by_the_text import place_of

# (text, the article's country or None, the name recognized, (English name, country, precision) or None)
NISBA_ROWS = [
    # the feminine nisba of a country after a place (or after a word of kind there) keeps only that country's
    # namesakes, else falls back to that country
    ("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر السورية", "IRQ", "الحضر", ("Syria", "SYR", GEO_REGION)),
    ("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر السورية", "SYR", "الحضر", ("Syria", "SYR", GEO_REGION)),
    ("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر السورية", None, "الحضر", ("Syria", "SYR", GEO_REGION)),
    ("اشتبك مسلحون مع الجيش في مدينة طرابلس اللبنانية", "LBY", "طرابلس", ("Tripoli", "LBN", GEO_TOWN)),
    ("سقطت قذائف على بلدة عرسال الحدودية اللبنانية", "SYR", "عرسال", ("Aarsâl", "LBN", GEO_TOWN)),
    # … past the place's other name in quotes or brackets (not the governorate the report was about)
    ("قتل عشرة في تفجير في بعقوبة بمحافظة ديالى. وفخخ التنظيم سيارات في مدينة عين العرب \"كوباني\" السورية",
     "IRQ", "عين العرب", ("‘Ayn al ‘Arab", "SYR", GEO_TOWN)),
    ("قتل عشرة في تفجير في بعقوبة بمحافظة ديالى. وفخخ التنظيم سيارات في مدينة عين العرب (كوباني) السورية",
     "IRQ", "عين العرب", ("‘Ayn al ‘Arab", "SYR", GEO_TOWN)),
    # a nisba of the place's own country changes nothing; a word of kind alone is no nisba
    ("قصفت الطائرات مدينة الموصل العراقية", "IRQ", "الموصل", ("Mosul", "IRQ", GEO_TOWN)),
    ("قصفت الطائرات مدينة طرابلس الساحلية", "LBY", "طرابلس", ("Tripoli", "LBY", GEO_TOWN)),
]  # fmt: skip


# a name a governorate bears is its seat when nothing else says the country, over a larger namesake abroad; the
# article's country and the places named with it still rule
SEAT_ROWS = [
    ("استهدفت ضربة جوية سيارة في القنيطرة وقتلت عنصرين من حزب الله", None, "القنيطره",
     ("Al Qunayţirah", "SYR", GEO_TOWN)),
    ("وصل وفد الوزارة إلى القنيطرة لتفقد المشاريع", "MAR", "القنيطره", ("Kenitra", "MAR", GEO_TOWN)),
    ("اشتبكت قوات الجيش مع مسلحين في بنغازي ودرنة والبيضاء", None, "البيضاء", ("Al Bayḑā’", "LBY", GEO_TOWN)),
    # a name towns of two news countries bear gives way to a name only one country has, whichever comes first
    ("قتل أربعة مدنيين بقصف على بلدة أريحا. وفي حلب قتل اثنان بغارة", None, "اريحا", ("Arīḩā", "SYR", GEO_TOWN)),
    ("سقطت قذائف على أريحا وجرح ثلاثة، كما قصفت الطائرات معرة النعمان", None, "اريحا",
     ("Arīḩā", "SYR", GEO_TOWN)),
    ("اعتقلت القوات ثلاثة شبان في أريحا ونابلس", None, "اريحا", ("Jericho", "PSE", GEO_TOWN)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), NISBA_ROWS + SEAT_ROWS)
def test_what_the_text_says_of_the_country(
    default_gaz: Gazetteer, text: str, country: str | None, name: str, expected: tuple[str, str, int] | None
) -> None:
    p = place_of(default_gaz, text, country, name)
    if expected is None:
        assert p is None
    else:
        assert p is not None and (p.name, p.country, p.precision) == expected


# (text, the name that must not be read as a toponym, a name that still is or None)
NOT_A_PLACE_ROWS = [
    # fa- alone before a name without its article is the first letter of another word, or a misspelt one
    ("قتل ثلاثة مسلحين في غارة جوية حسب وكالة الأنباء فرانية", "رانيه", None),
    ("قتل ثلاثة مسلحين في غارة جوية، وقال قائد الشرطة فرانية إن الحصيلة أولية", "رانيه", None),
    ("أقيمت فعالية ثقافية في مدينة حلب رغم القصف", "عاليه", "حلب"),
    ("قالت الناشطة فاتن إن القصف استهدف بلدة كفرنبل", "اتن", "كفرنبل"),
    ("اشتبكت القوات في مدينة سبها، فزان كلها تشهد معارك منذ أشهر", "زان", "سبها"),
    # the name right after وكالة (الأنباء) is an agency's
    ("قتل جنديان في هجوم على حاجز بمدينة تعز، حسب وكالة الأنباء السعودية", "السعوديه", "تعز"),
    ("ونقلت وكالة قدس برس عن مصدر أمني أن الانفجار وقع في مدينة الخليل", "قدس", "الخليل"),
    ("وقال مصدر أمني لوكالة الأنباء الأردنية بترا إن الاشتباك وقع قرب الرمثا", "بترا", "الرمثا"),
]  # fmt: skip

# what fa- still reads: a name with its article, a large city
KEPT_AFTER_FA_ROWS = [
    ("أما في سوريا فالرقة تتعرض لقصف يومي", "الرقه"),
    ("عاد الوفد من حلب فدمشق", "دمشق"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "not_a_place", "still"), NOT_A_PLACE_ROWS)
def test_no_place_after_a_bare_fa_or_an_agency(
    default_gaz: Gazetteer, text: str, not_a_place: str, still: str | None
) -> None:
    names = [t.name for t in recognize(normalize(text), default_gaz)]
    assert not_a_place not in names
    if still is not None:
        assert any(still in n for n in names), names


@pytest.mark.parametrize(("text", "name"), KEPT_AFTER_FA_ROWS)
def test_a_name_with_its_article_or_a_large_city_after_fa(
    default_gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in [t.name for t in recognize(normalize(text), default_gaz)]


# (text, the event's place name as written or None): a meeting or a visit a statement was made after or during is
# no place of the act it tells; a meeting where the act was is
MEETING_ROWS = [
    ("وقال الوزير عقب لقائه بنظيره الإيطالي في روما إن غارات التحالف قتلت عشرات المدنيين", None),
    ("وأكد الوزير خلال اجتماع مع نظيره الروسي في موسكو أن الطيران قصف مواقع المعارضة", None),
    ("انفجرت عبوة ناسفة خلال اجتماع لوجهاء العشائر في الرمادي ما أدى إلى مقتل خمسة أشخاص", "الرمادي"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "where"), MEETING_ROWS)
def test_the_venue_of_a_meeting_is_not_where_the_act_was(
    default_gaz: Gazetteer, text: str, where: str | None
) -> None:
    pipeline = Pipeline(geo=GazetteerGeo(default_gaz))
    article = Article(id="t", text=text, published=dt.date(2015, 10, 14))
    events = [e for e in pipeline(article) if e.category == "conflict"]
    assert events
    assert all((e.place.name_ar if e.place is not None else None) == where for e in events)
