"""Well-known bases, airfields, regions and towns the cities of GeoNames lack (rasad.geo.tables.LANDMARKS), and
a mountain named after a people; on the embedded default gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN
from rasad.text.normalize import normalize
from tests.geo.resolving import conflict_events as _conflict_events
from tests.geo.resolving import resolved

# (text, the article's country, the name, (admin1, precision, latitude, longitude) of the place)
BASE_ROWS = [
    # the air base of Lahij, not the governorate the text was last about (nor no place at all)
    ("اشتبكت المقاومة مع الحوثيين في عدن، ثم شنت طائرات التحالف غارات على قاعدة العند الجوية", "YEM", "العند",
     ("Lahij", GEO_TOWN, 13.18, 44.77)),
    ("قصفت الطائرات مواقع في تعز. وسيطرت المقاومة على قاعدة العند الجوية", "YEM", "العند",
     ("Lahij", GEO_TOWN, 13.18, 44.77)),
    ("سيطر مقاتلو المعارضة على قرى في ريف دمشق، وحاصروا مطار كويرس العسكري", "SYR", "كويرس",
     ("Aleppo", GEO_TOWN, 36.19, 37.58)),
    ("قصفت الطائرات مواقع في محافظة حمص ومطار التيفور العسكري", "SYR", "التيفور", ("Homs", GEO_TOWN, 34.52, 37.63)),
    # the Ghab plain of Hama, not the governorate the text named before (Deir ez-Zor, 300 km east)
    ("قصفت الطائرات مدينة دير الزور. وتقدمت قوات النظام في سهل الغاب", "SYR", "سهل الغاب",
     ("Hama", GEO_REGION, 35.65, 36.35)),
    # a region: Fezzan, in the south-west of Libya, at the region's precision
    ("اندلعت اشتباكات قبلية في منطقة فزان جنوب ليبيا", "LBY", "فزان", (None, GEO_REGION, 26.5, 14.0)),
    # a mountain: what is on it is near its point (no town, nor the whole governorate), wherever the text was before
    ("اندلعت اشتباكات في مدينة مأرب. وتقدمت المقاومة في جبل صبر وقتل ثلاثة مسلحين", "YEM", "جبل صبر",
     ("Taizz", GEO_NEAR, 13.52, 44.03)),
    # towns of the war news GeoNames' cities lack: where they are, not the governorate's centre (nor no place)
    ("اعتقلت دورية مسلحين في سرمدا قرب الحدود التركية", "SYR", "سرمدا", ("Idleb", GEO_TOWN, 36.18, 36.72)),
    ("قصف الطيران مخيم خان الشيح بالبراميل المتفجرة", "SYR", "خان الشيح", ("Rural Damascus", GEO_TOWN, 33.38, 36.09)),
    ("اشتبكت المقاومة مع الحوثيين في حي دار سعد شمال عدن", "YEM", "دار سعد", ("Aden", GEO_TOWN, 12.87, 44.99)),
    # the air base by Adana, however the press spells it: not the country, nor the Turkish province named before
    ("اعتقلت الشرطة مشتبهين في شرناق. وسمحت أنقرة باستخدام قاعدة انجرليك الجوية", "TUR", "انجرليك",
     ("Adana", GEO_REGION, 37.0, 35.43)),
    ("نشرت الولايات المتحدة مقاتلات في قاعدة إنغرليك جنوب تركيا", "TUR", "انغرليك", ("Adana", GEO_REGION, 37.0, 35.43)),
    ("وصلت طائرات أمريكية إلى قاعدة إنجيرليك التركية", "TUR", "انجيرليك", ("Adana", GEO_REGION, 37.0, 35.43)),
    # towns of Anbar: al-Karma of Fallujah, not the village of Hama GeoNames gives its Arabic name, nor the
    # governorate the text was last about; Saqlawiya, Habbaniya and Nukhaib where they are
    ("اشتبك الجيش مع المسلحين في ديالى. وواصلت القوات تطهير ناحية الكرمة والقرى المحيطة بها", "IRQ", "الكرمه",
     ("Al Anbar", GEO_TOWN, 33.40, 43.91)),
    ("سقطت قذائف هاون على ثكنة للجيش في ناحية الصقلاوية", "IRQ", "الصقلاويه", ("Al Anbar", GEO_TOWN, 33.40, 43.68)),
    ("تعرضت قاعدة الحبانية الجوية لقصف صاروخي", "IRQ", "الحبانيه", ("Al Anbar", GEO_TOWN, 33.37, 43.57)),
    ("منع المسلحون في تكريت العائلات من النزوح إلى بلدة النخيب", "IRQ", "النخيب", ("Al Anbar", GEO_TOWN, 32.04, 42.26)),
    # Libya's: the oil and gas complex west of Tripoli, not Tripoli; the oasis by the Egyptian border, not the country
    ("خطف مسلحون عمالا أجانب في منطقة مليتة غرب العاصمة طرابلس", "LBY", "مليته",
     ("An Nuqat al Khams", GEO_TOWN, 32.87, 12.25)),
    ("ضبطت دورية شاحنة تقل مهاجرين في واحة الجغبوب", "LBY", "الجغبوب", ("Al Butnan", GEO_TOWN, 29.75, 24.52)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "want"), BASE_ROWS)
def test_a_well_known_base_or_region_is_where_it_is(
    default_gaz: Gazetteer, text: str, country: str, name: str, want: tuple
) -> None:
    place = resolved(default_gaz, text, country)[name]
    assert place is not None
    assert (place.admin1, place.precision, place.latitude, place.longitude) == want


def test_a_mountain_named_after_a_people(default_gaz: Gazetteer) -> None:
    # جبل الأكراد (the Kurds' mountain) is read as one name, though الأكراد alone names nothing
    got = resolved(default_gaz, "قصفت الطائرات الحربية قرى في جبل الأكراد بريف اللاذقية", "SYR")
    assert "جبل الاكراد" in got
    place = got["جبل الاكراد"]
    assert place is not None and (place.admin1, place.precision) == ("Lattakia", GEO_REGION)
    # a village the text puts in such a region lies there, at the region's precision (no town there to be near)
    got = resolved(
        default_gaz, "قصفت الطائرات مدينة حماة. وسقطت قذائف على قرية الكبانة في جبل الأكراد", "SYR"
    )
    place = got["الكبانه"]
    assert place is not None and (place.admin1, place.precision) == ("Lattakia", GEO_REGION)
    assert (place.latitude, place.longitude) == (35.72, 36.13)
    assert not recognize(normalize("قتل عشرات الأكراد في المدينة"), default_gaz)


def test_an_event_at_a_base(default_gaz: Gazetteer) -> None:
    text = "شنت طائرات التحالف غارات على قاعدة العند الجوية في محافظة لحج وقتلت عشرة من المسلحين الحوثيين"
    events = _conflict_events(default_gaz, text, dt.date(2015, 7, 20))
    assert events
    assert all(e.place is not None and e.place.name_ar == "العند" for e in events)
    assert all(e.place.precision == GEO_TOWN and e.place.admin1 == "Lahij" for e in events if e.place)


def test_a_strike_flown_from_a_base_abroad_stays_where_it_hit(default_gaz: Gazetteer) -> None:
    # the base abroad the planes took off from does not vote the report into Turkey
    text = "وشنت طائرات أمريكية انطلقت من قاعدة إنغرليك غارات على مواقع داعش في مدينة الرقة"
    events = _conflict_events(default_gaz, text, dt.date(2015, 8, 12))
    assert events
    assert all(e.place is not None and e.place.country == "SYR" for e in events)


def test_a_place_named_again_is_where_it_was_put(default_gaz: Gazetteer) -> None:
    # a village the index lacks, put by Hama the first time, is still by Hama when the text comes back to it after
    # a sentence about Aleppo (not Aleppo's governorate)
    text = (
        "سيطرت الفصائل على قرية الزعيبية شمال غرب مدينة حماة. وقصفت الطائرات الحربية أحياء في مدينة حلب. "
        "وتجددت الاشتباكات مساء أمس في قرية الزعيبية"
    )
    nt = normalize(text)
    tops = recognize(nt, default_gaz)
    places = Geocoder(default_gaz).resolve(tops, country="SYR", text=nt)
    again = [p for t, p in zip(tops, places, strict=True) if t.name == "الزعيبيه"]
    assert len(again) == 2
    assert all(p is not None and (p.admin1, p.name) == ("Hama", "Ḩamāh") for p in again)


def test_the_region_a_relative_clause_puts_a_place_in(default_gaz: Gazetteer) -> None:
    # "X التي … في ريف Y": the countryside the clause of X ends in, not the governorate the text named before
    got = resolved(
        default_gaz,
        "قصفت الطائرات مدينة درعا. واستعادت القوات قرية الزعيبية التي خسرتها قبل أسبوع في ريف حماة الشمالي",
        "SYR",
    )
    place = got["الزعيبيه"]
    assert place is not None and (place.admin1, place.precision) == ("Hama", GEO_REGION)
    # (a clause that goes elsewhere says nothing of where X is)
    got = resolved(default_gaz, "سيطر المقاتلون على قرية الزعيبية التي انسحبوا منها إلى ريف حماة", "SYR")
    assert got["الزعيبيه"] is None


# governorates named with the dual of محافظة are two regions, each its governorate, not the seat of the first
DUAL_GOVERNORATE_ROWS = [
    ("دارت أمس اشتباكات عنيفة بين الجيش والمسلحين في محافظتي درعا والقنيطرة", {("درعا", "Dar'a"), ("القنيطرة", "Quneitra")}),
    ("شهدت محافظتا حماة وإدلب معارك عنيفة بين قوات النظام وفصائل المعارضة", {("حماة", "Hama"), ("إدلب", "Idleb")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DUAL_GOVERNORATE_ROWS)
def test_governorates_named_with_the_dual_are_regions(default_gaz: Gazetteer, text: str, want: set) -> None:
    events = _conflict_events(default_gaz, text)
    assert {(e.place.name_ar, e.place.admin1) for e in events if e.place is not None} == want
    assert all(e.place is not None and e.place.precision == GEO_REGION for e in events)
