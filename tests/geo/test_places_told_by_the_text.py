"""Where the words around a name put the place: a large city named as one abroad, the quarters of a city, a side
of another country, the countryside of a place after li-, the city a direction is off, a bare word whose only
namesakes are small places far away; on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN, Place
from rasad.text.normalize import normalize


def place_of(gaz: Gazetteer, raw: str, country: str | None, name: str) -> Place | None:
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    got = dict(
        zip([t.name for t in tops], Geocoder(gaz).resolve(tops, country=country, text=nt), strict=True)
    )
    assert name in got, [t.name for t in tops]
    return got[name]


# (text, the article's country, the name recognized, what it is: see test_where_the_words_around_a_name_put_it)
PLACE_ROWS = [
    # a large city named as a city is where the text says, abroad too …
    ("قصفت الطائرات مدينة حلب. وقتلت ناشطة في اشتباك مع الشرطة في مدينة إسطنبول", "SYR", "اسطنبول",
     ("Istanbul", "TUR", GEO_TOWN)),
    ("شنت المقاتلات التركية غارات على مواقع التنظيم في مدينة الرقة", "TUR", "الرقه", ("Ar Raqqah", "SYR", GEO_TOWN)),
    # … and the plural أحياء before a large city names that city's quarters
    ("قصفت قوات النظام مدينة حلب. وقتل رجل في أحد أحياء إسطنبول", "SYR", "اسطنبول", ("Istanbul", "TUR", GEO_NEAR)),
    ("قصفت الطائرات أحياء حلب الشرقية بالبراميل", "SYR", "حلب", ("Aleppo", "SYR", GEO_NEAR)),
    ("قتل مدنيون في قصف عشوائي على أحياء تعز", "YEM", "تعز", ("Taiz", "YEM", GEO_NEAR)),
    # a side of another country a few words on puts the place in that country: near the town named with it, else
    # in the country
    ("قصفت قوات النظام ريف إدلب. وأوقف الجيش رجلين في محلة الفيضة - زحلة (شرق لبنان)", "SYR", "الفيضه",
     ("Zahlé", "LBN", GEO_NEAR)),
    ("قصفت قوات النظام ريف إدلب. وانفجرت عبوة في بلدة سوروتش جنوب تركيا", "SYR", "سوروتش", ("Suruç", "TUR", GEO_TOWN)),
    # the press's spellings of Turkish towns: فان is Van (not Vannes, not Van in Texas), تشينار is Çınar
    ("اندلعت اشتباكات مع الشرطة في مدينة فان شرق تركيا", "TUR", "فان", ("Van", "TUR", GEO_TOWN)),
    ("اندلعت اشتباكات مع الشرطة في مدينة فان شرق تركيا", None, "فان", ("Van", "TUR", GEO_TOWN)),
    ("قتل شرطي برصاص مسلحين في مدينة تشينار جنوب شرق تركيا", "TUR", "تشينار", ("Çınar", "TUR", GEO_TOWN)),
    ("قصفت قوات النظام ريف إدلب. وقصفت المقاتلات التركية قرية كورتكان شمال العراق", "SYR", "كورتكان", ("Iraq", "IRQ", GEO_REGION)),
    # "الريف الغربي لـX": the countryside of X; "الضواحي الجنوبية لـX": near it
    ("حافظت المعارك على سخونتها في الريف الغربي للعاصمة السورية", "SYR", "عاصمه السوريه", ("Rural Damascus", "SYR", GEO_REGION)),
    ("قصفت الطائرات بلدات في الريف الشمالي الشرقي لحماة", "SYR", "حماه", ("Hama", "SYR", GEO_REGION)),
    ("يشهد الريف الشمالي للرقة منذ أسابيع اشتباكات عنيفة", "SYR", "رقه", ("Ar-Raqqa", "SYR", GEO_REGION)),
    ("شهدت الأطراف الغربية لمدينة حلب اشتباكات عنيفة", "SYR", "حلب", ("Aleppo", "SYR", GEO_NEAR)),
    # "شمال المدينة": off the city the text last named
    ("دارت معارك في مدينة تعز. وتقدمت المقاومة في نقيل الإبل شمال المدينة", "YEM", "نقيل الابل", ("Taiz", "YEM", GEO_NEAR)),
    ("دارت معارك في مدينة حلب. واستهدفت الغارات بلدة خان العسل غربي المدينة", "SYR", "خان العسل", ("Aleppo", "SYR", GEO_NEAR)),
    # a place coordinated with a countryside (and ريف X) is no place of that countryside
    ("قصفت قوات النظام مدينة حلب وريف إدلب", "SYR", "حلب", ("Aleppo", "SYR", GEO_TOWN)),
    ("شنت الطائرات غارات في درعا وإدلب وحلب وريف حمص", "SYR", "حلب", ("Aleppo", "SYR", GEO_TOWN)),
    # a place abroad the text put by a city of its country is there when named again, not in the governorate the
    # report was about (the last mention wins the dict: that one is read)
    ("قتل عشرون من عناصر التنظيم في غارات بريف الحسكة. وأطلق التنظيم صواريخ على قضاء مخمور شرق الموصل. وكان "
     "التنظيم قد قصف قوات البيشمركة في قضاء مخمور أمس", "SYR", "مخمور", ("Mosul", "IRQ", GEO_NEAR)),
    # a known town is in the governorate its own sentence names after it, not in one of an earlier sentence …
    ("وقصفت الطائرات مواقع المسلحين في محافظة الحديدة. وشنت غارات على معسكر في منطقة ذباب وعلى تجمعات "
     "للمسلحين في الساحل الغربي في محافظة تعز.", "YEM", "ذباب", ("Dhubāb", "YEM", GEO_TOWN)),
    ("وقصفت المدفعية مواقع في محافظة حلب. كما استهدفت الغارات بلدة سراقب ومحيطها في محافظة إدلب.", "SYR",
     "سراقب", ("Saraqib", "SYR", GEO_TOWN)),
    # … and in the governorate the text named, in a report mostly about another country
    ("قتل 12 مدنيا في غارة على مدينة الرطبة غرب الأنبار. وقصفت الطائرات جسرا في محافظة دير الزور. وقال "
     "المرصد إن الجسر يصل بين مدينة البوكمال وقرية الباغوز.", "IRQ", "البوكمال", ("Ālbū Kamāl", "SYR", GEO_TOWN)),
    # an area the index lacks told by the side it lies on (شرقا) lies on that side of the city of its sentence
    ("قتل عشرون شخصا في تفجير في حي المنصور غربي بغداد، كما قتل آخرون في انفجار في منطقة الشعلة شمالا.", "IRQ",
     "الشعله", ("Baghdad", "IRQ", GEO_NEAR)),
    ("وفي الموصل، اندلعت اشتباكات في منطقة الزهور شرقا.", "IRQ", "الزهور", ("Mosul", "IRQ", GEO_NEAR)),
    # a governorate the index knows is named whole: the ordinary word after it is no part of its name
    ("وطالب مجلس محافظة الأنبار الحكومة المركزية بالتدخل", "IRQ", "الانبار", ("Al Anbar", "IRQ", GEO_REGION)),
]  # fmt: skip


# what these rules leave alone: a quarter named after a city abroad, a small town abroad named as a city, a list of
# quarter names, a city's part named by its own second word (بغداد الجديدة)
KEPT_ROWS = [
    ("قصفت قوات النظام مدينة حلب. وسقطت قذيفة على حي إسطنبول", "SYR", "اسطنبول", ("Aleppo", "SYR", GEO_NEAR)),
    ("قصفت الطائرات مدينة حلب ومحيط بلدة الأتارب. وسقطت قذائف على مدينة فدا", "SYR", "فدا", None),
    ("قصفت الطائرات في مدينة حلب أحياء كلاسة والمشهد", "SYR", "كلاسه", ("Aleppo", "SYR", GEO_NEAR)),
    ("انفجرت سيارة مفخخة في منطقة بغداد الجديدة شرقي العاصمة", "IRQ", "بغداد الجديده", ("Baghdad", "IRQ", GEO_NEAR)),
    ("قصفت قوات النظام ريف إدلب. وانفجرت عبوة في بلدة الدانا شمال سوريا", "SYR", "الدانا", ("Ad Dānā", "SYR", GEO_TOWN)),
    # real capitals and large cities named bare stay where they are
    ("قصفت الطائرات ريف إدلب. وقالت واشنطن إنها لم تنسق مع موسكو", "SYR", "واشنطن", ("Washington", "USA", GEO_TOWN)),
    ("قصفت الطائرات ريف إدلب. وقالت واشنطن إنها لم تنسق مع موسكو", "SYR", "موسكو", ("Moscow", "RUS", GEO_TOWN)),
    ("قصفت الطائرات ريف حلب. وصل الوفد إلى أنقرة", "SYR", "انقره", ("Ankara", "TUR", GEO_TOWN)),
]  # fmt: skip


# a bare word whose only namesakes are small places far abroad is an ordinary word: it never falls back to the
# governorate the report is about
WORD_ROWS = [
    ("قصفت قوات النظام ريف إدلب، ما اضطر المعارضة إلى سحب قواتها", "SYR", "سحب", None),
    ("قصفت الطائرات ريف حلب. وقال عضو في مجلس الشيوخ الأمريكي إن الضربات لا تكفي", "SYR", "الشيوخ", None),
    ("سيطرت المقاومة على مواقع في محافظة لحج، وقالت إن الحوثيين تحصنوا بأحد الجبال المطلة على الطريق", "YEM",
     "المطله", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), PLACE_ROWS + KEPT_ROWS + WORD_ROWS)
def test_where_the_words_around_a_name_put_it(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str, int] | None
) -> None:
    """``expected``: the place's English name, country and precision; None: no place of the report's country."""
    p = place_of(default_gaz, text, country, name)
    if expected is None:
        assert p is None or p.country != country
    else:
        assert p is not None and (p.name, p.country, p.precision) == expected
