"""Towns, quarters and bases of the 2015 wars outside Syria that the embedded gazetteer lacked or knew by a Latin
name only (rasad.geo.tables EXTRA_AR, LANDMARKS, ADMIN1): where they are, in their country and governorate, at
the precision of what they are; and the ordinary words among their names still name no place."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN
from tests.geo.resolving import resolved

# (text, the article's country, the name as recognized, (English name, country, admin1, precision))
ROWS = [
    # Iraq: the quarters of Baghdad and the towns round it, of Babil, Diyala and Salah al-Din
    ("انفجرت سيارة مفخخة قرب سوق شعبي في الكاظمية شمالي بغداد", "IRQ", "الكاظميه",
     ("Al Kadhimiya", "IRQ", "Baghdad", GEO_TOWN)),
    ("اعتقلت القوات الأمنية مشتبها به في الأعظمية", "IRQ", "الاعظميه", ("Al Adhamiya", "IRQ", "Baghdad", GEO_TOWN)),
    ("سقطت قذائف صاروخية على معسكر في التاجي دون إصابات", "IRQ", "التاجي", ("At Taji", "IRQ", "Baghdad", GEO_TOWN)),
    ("قتل مزارع بانفجار عبوة ناسفة في اليوسفية جنوب العاصمة", "IRQ", "اليوسفيه",
     ("Al Yusufiya", "IRQ", "Baghdad", GEO_TOWN)),
    ("فجر انتحاري نفسه عند مدخل ناحية المدائن", "IRQ", "المدائن",
     ("Al Mada'in (Salman Pak)", "IRQ", "Baghdad", GEO_TOWN)),
    ("عادت العائلات النازحة إلى جرف الصخر في محافظة بابل", "IRQ", "جرف الصخر",
     ("Jurf al-Sakhar", "IRQ", "Babil", GEO_TOWN)),
    ("صدت القوات هجوما على جرف النصر", "IRQ", "جرف النصر", ("Jurf al-Sakhar", "IRQ", "Babil", GEO_TOWN)),
    ("تقدمت قوات البيشمركة نحو جلولاء", "IRQ", "جلولاء", ("Jalawla", "IRQ", "Diyala", GEO_TOWN)),
    ("كسرت القوات الحصار عن بلدة آمرلي", "IRQ", "امرلي", ("Amerli", "IRQ", "Salah al-Din", GEO_TOWN)),
    ("دارت مواجهات عنيفة في قضاء الدجيل", "IRQ", "الدجيل", ("Ad Dujayl", "IRQ", "Salah al-Din", GEO_TOWN)),
    # Yemen: Seiyun of the Hadramawt valley, Mualla of Aden, Shuqra of Abyan; Arhab and the strait's shore as the
    # regions they are; the camp of Labuza, not the governorate the text named last
    ("حلقت طائرة بدون طيار فوق مدينة سيئون", "YEM", "سيئون", ("Seiyun", "YEM", "Hadramawt", GEO_TOWN)),
    ("اشتبكت المقاومة مع المسلحين في مديرية المعلا", "YEM", "المعلا", ("Al Ma‘allā’", "YEM", "Aden", GEO_TOWN)),
    ("رست سفينة محملة بالمساعدات قبالة مدينة شقرة", "YEM", "شقره", ("Shuqrah", "YEM", "Abyan", GEO_TOWN)),
    ("قصفت الطائرات مواقع للمسلحين في أرحب", "YEM", "ارحب", ("Arhab", "YEM", "Sanaa", GEO_REGION)),
    ("وصلت تعزيزات عسكرية إلى مضيق باب المندب", "YEM", "باب المندب",
     ("Bab al-Mandab", "YEM", "Taizz", GEO_REGION)),
    ("اندلعت اشتباكات في تعز. وقصف الطيران معسكر لبوزة", "YEM", "لبوزه", ("Labuza", "YEM", "Lahij", GEO_REGION)),
    # Libya: the oil terminals and Benghazi's airport
    ("اندلع حريق في خزانات النفط بميناء راس لانوف", "LBY", "راس لانوف", ("Ras Lanuf", "LBY", "Surt", GEO_TOWN)),
    ("توقف التصدير من ميناء السدرة", "LBY", "السدره", ("Es Sider", "LBY", "Surt", GEO_TOWN)),
    ("دارت اشتباكات في محيط مطار بنينا", "LBY", "بنينا", ("Benina", "LBY", "Benghazi", GEO_NEAR)),
    # Sudan and Somalia
    ("هاجم متمردون حقل النفط في هجليج", "SDN", "هجليج", ("Heglig", "SDN", "West Kordofan", GEO_TOWN)),
    ("انسحبت القوات من مدينة بلدوين", "SOM", "بلدوين", ("Beledweyne", "SOM", "Hiraan", GEO_TOWN)),
    ("قتل جنديان في هجوم على مدينة أفجوي", "SOM", "افجوي", ("Afgooye", "SOM", "Lower Shabelle", GEO_TOWN)),
    ("وقع تفجير في سوق مدينة جالكعيو", "SOM", "جالكعيو", ("Gaalkacyo", "SOM", "Mudug", GEO_TOWN)),
    # Lebanon: the quarters of Beirut's suburb and of Tripoli, the camp by Sidon
    ("هز انفجار مزدوج منطقة برج البراجنة", "LBN", "برج البراجنه",
     ("Burj al-Barajneh", "LBN", "Mount Lebanon", GEO_TOWN)),
    ("تجدد القنص بين باب التبانة وجبل محسن", "LBN", "باب التبانه", ("Bab al-Tabbaneh", "LBN", "North", GEO_TOWN)),
    ("تجدد القنص بين باب التبانة وجبل محسن", "LBN", "جبل محسن", ("Jabal Mohsen", "LBN", "North", GEO_TOWN)),
    ("اغتيل مسؤول في مخيم عين الحلوة", "LBN", "عين الحلوه", ("Ain al-Hilweh", "LBN", "South", GEO_TOWN)),
    # Egypt: the peninsula, and its governorates, which its towns now lie in
    ("شن الجيش حملة على المسلحين في سيناء", "EGY", "سيناء", ("Sinai Peninsula", "EGY", None, GEO_REGION)),
    ("قتل ثلاثة جنود في محافظة شمال سيناء", "EGY", "شمال سيناء", ("North Sinai", "EGY", "North Sinai", GEO_REGION)),
    ("استهدف هجوم كمينا للجيش في مدينة العريش", "EGY", "العريش", ("Arīsh", "EGY", "North Sinai", GEO_TOWN)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "want"), ROWS)
def test_a_place_of_the_wars_outside_syria_is_where_it_is(
    default_gaz: Gazetteer, text: str, country: str, name: str, want: tuple
) -> None:
    place = resolved(default_gaz, text, country)[name]
    assert place is not None
    assert (place.name, place.country, place.admin1, place.precision) == want


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # أرحب is "wider" after a noun, التاجي a family name, السدرة the lote tree: no place
        ("تسعى الحكومة إلى آفاق أرحب للتعاون بين البلدين", "YEM"),
        ("قال الكاتب محمد التاجي إن المفاوضات مستمرة", "IRQ"),
        ("زرع الأهالي شجرة السدرة أمام المسجد", "LBY"),
    ],
)
def test_ordinary_words_among_the_new_names_name_no_place(
    default_gaz: Gazetteer, text: str, country: str
) -> None:
    assert resolved(default_gaz, text, country) == {}


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # north of the governorate of Babil, not of Babol in Iran (the city of that name the country lacks)
        ("قتل خمسة مدنيين بانفجار شمال بابل", "بابل", ("Babil", "IRQ", "Babil", GEO_REGION)),
        (
            "عادت العائلات النازحة إلى جرف الصخر شمال بابل",
            "جرف الصخر",
            ("Jurf al-Sakhar", "IRQ", "Babil", GEO_TOWN),
        ),
        ("وقع هجوم في المسيب شمال بابل", "المسيب", ("Al-Musayab", "IRQ", "Babil", GEO_TOWN)),
    ],
)
def test_a_place_off_a_governorate_of_the_reports_country_is_not_off_a_city_abroad(
    default_gaz: Gazetteer, text: str, name: str, want: tuple
) -> None:
    place = resolved(default_gaz, text, "IRQ")[name]
    assert place is not None
    assert (place.name, place.country, place.admin1, place.precision) == want


@pytest.mark.parametrize(
    ("text", "country", "name", "want"),
    [
        # a division whose name starts with a direction is that division with a clitic on it too (بشمال سيناء as
        # في شمال سيناء), not the direction from the rest of its name (Sinai, Lebanon)
        (
            "قتل ثلاثة جنود بشمال سيناء",
            "EGY",
            "شمال سيناء",
            ("North Sinai", "EGY", "North Sinai", GEO_REGION),
        ),
        ("سقطت قذائف بجنوب لبنان", "LBN", "جنوب لبنان", ("South", "LBN", "South", GEO_REGION)),
    ],
)
def test_a_division_named_by_a_direction_with_a_clitic(
    default_gaz: Gazetteer, text: str, country: str, name: str, want: tuple
) -> None:
    place = resolved(default_gaz, text, country)[name]
    assert place is not None
    assert (place.name, place.country, place.admin1, place.precision) == want
