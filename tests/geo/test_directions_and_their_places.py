"""Directions read after a bare direction word, and the places they put; on the embedded default gazetteer: a
direction word that is also a hamlet's name is the direction before a city or a governorate, a place off a
governorate lies in that governorate, and a city named with its side after في is the city the text is in; the dual
and plural of ريف (ريفي حمص وحماة، أرياف حلب) are the countryside of each place named after them."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN, Place
from rasad.text.normalize import normalize


def resolved(gaz: Gazetteer, raw: str, country: str | None) -> dict[str, tuple[str, Place | None]]:
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    places = Geocoder(gaz).resolve(tops, country=country, text=nt)
    return {t.name: (t.relation, p) for t, p in zip(tops, places, strict=True)}


# (text, country, the name recognized, its relation, (English name of the place, precision))
ROWS = [
    # غرب is a hamlet's name too: before a city it is the direction
    ("قصفت الطائرات مواقع المسلحين غرب بغداد", "IRQ", "بغداد", "west-of", ("Baghdad", GEO_NEAR)),
    # a governorate after a bare direction is read, and the village named before it lies in that governorate
    ("سقطت قذائف الهاون على قرية الدواليب غرب ديالى", "IRQ", "ديالي", "west-of", ("Diyala", GEO_REGION)),
    ("سقطت قذائف الهاون على قرية الدواليب غرب ديالى", "IRQ", "الدواليب", "in", ("Diyala", GEO_REGION)),
    # "في غرب بغداد": in the city, which the area named next falls back to
    ("انفجرت سيارة مفخخة في غرب بغداد. وقتل خمسة في هجوم على منطقة الدواليب", "IRQ", "الدواليب", "in",
     ("Baghdad", GEO_NEAR)),
    # a subdistrict the index lacks, off the capital, may lie a hundred kilometres away: roughly there; off another
    # city, near it; a district is a region of its own
    ("سيطر المسلحون على ناحية الدواليب شمال شرق بغداد", "IRQ", "الدواليب", "in", ("Baghdad", GEO_REGION)),
    ("قصف المسلحون ناحية الدواليب شمال غربي الفلوجة", "IRQ", "الدواليب", "in", ("Al Fallūjah", GEO_NEAR)),
    ("قصف المسلحون قضاء الدواليب شرق الموصل", "IRQ", "الدواليب", "in", ("Mosul", GEO_REGION)),
    # a name's first word قره goes on with a landmark word (Qara Tapa, the black hill)
    ("سيطر المسلحون على ناحية قره تبه شمال شرق بغداد", "IRQ", "قره تبه", "in", ("Baghdad", GEO_REGION)),
    # "شمال العاصمة صنعاء": the capital's own name after the word is what the direction is of
    ("اندلعت اشتباكات في مديرية الدواليب شمال العاصمة صنعاء", "YEM", "صنعاء", "north-of", ("Sanaa", GEO_NEAR)),
    ("اندلعت اشتباكات في مديرية الدواليب شمال العاصمة صنعاء", "YEM", "الدواليب", "in", ("Sanaa", GEO_REGION)),
    ("اشتباكات في ريف العاصمة السورية دمشق", "SYR", "دمشق", "countryside", ("Rural Damascus", GEO_REGION)),
    # a city named with a direction says which governorate the text is about for a village named next
    ("اندلعت اشتباكات في مديرية الدواليب شمال العاصمة صنعاء. وقال السكان إن الحوثيين هاجموا قرية المراويح", "YEM",
     "المراويح", "in", ("Amanat al Asimah", GEO_REGION)),
    # the press rounds a direction: Manbij, "north of Aleppo", lies some 63° east of north from it
    ("قصفت الطائرات مدينة منبج شمال حلب", "SYR", "منبج", "in", ("Manbij", GEO_TOWN)),
    # the dual (ريفي) and the plural (أرياف) of ريف: the countryside of each place named after it
    ("قتل خمسة مدنيين في غارات على ريفي حمص وحماة", "SYR", "حمص", "countryside", ("Homs", GEO_REGION)),
    ("قتل خمسة مدنيين في غارات على ريفي حمص وحماة", "SYR", "حماه", "countryside", ("Hama", GEO_REGION)),
    ("قصفت الطائرات مواقع في أرياف حلب وإدلب", "SYR", "ادلب", "countryside", ("Idleb", GEO_REGION)),
    ("قصفت الطائرات مواقع في أرياف حلب", "SYR", "حلب", "countryside", ("Aleppo", GEO_REGION)),
]  # fmt: skip


# no fallback to a city a distance is measured from
def test_no_governorate_of_a_city_a_distance_is_measured_from(default_gaz: Gazetteer) -> None:
    text = (
        "قال المسؤول من سبها الواقعة على مسافة 700 كيلومتر جنوب طرابلس إن القتال مستمر. وقتل ثمانية في قرية "
        "المراويح المجاورة"
    )
    assert resolved(default_gaz, text, "LBY")["المراويح"][1] is None


@pytest.mark.parametrize(("text", "country", "name", "relation", "expected"), ROWS)
def test_a_direction_and_its_place(
    default_gaz: Gazetteer, text: str, country: str, name: str, relation: str, expected: tuple[str, int]
) -> None:
    got = resolved(default_gaz, text, country)
    assert name in got, list(got)
    rel, p = got[name]
    assert rel == relation
    assert p is not None and (p.name, p.precision) == expected


# "التابعة لـ": the place a village belongs to is where it lies (its anchor), and it falls back where that one does
# (no nearer); a hamlet abroad named like the anchor is no city of the report's
ANCHOR_ROWS = [
    ("قتل مسلحون في قرية الدواليب التابعة لناحية المراويح شمال شرق بغداد", "IRQ", "الدواليب", "المراويح",
     ("Baghdad", GEO_REGION)),
    ("سقطت قذائف على منطقة الدواليب التابعة لعدن", "YEM", "الدواليب", "عدن", ("Aden", GEO_NEAR)),
    ("عثرت الشرطة على جثة في حي الدواليب التابع لمنطقة الدورة جنوبي بغداد", "IRQ", "الدواليب", "الدوره",
     ("Baghdad", GEO_NEAR)),
    # a country named with a direction: somewhere in that country, not a village abroad called so
    ("أوقفت دورية مهاجرين في منطقة الدواليب جنوب ليبيا", "LBY", "الدواليب", "ليبيا", ("Libya", GEO_REGION)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "anchor", "expected"), ANCHOR_ROWS)
def test_the_place_a_village_belongs_to(
    default_gaz: Gazetteer, text: str, country: str, name: str, anchor: str, expected: tuple[str, int]
) -> None:
    nt = normalize(text)
    tops = {t.name: t for t in recognize(nt, default_gaz)}
    assert tops[name].anchor == anchor
    p = resolved(default_gaz, text, country)[name][1]
    assert p is not None and (p.name, p.precision) == expected


# ordinary words after a type or relation word are no names; a landmark's name in the construct state goes on with
# its genitive, not with an adjective; quotes are no part of the name as written
READ_ROWS = [
    ("تراقب الحكومة تقدم المقاتلين على قاعدة عدم السماح بقيام كيان على حدودها", []),
    ("أطلقت الفصائل صاروخين باتجاه المستوطنات في محيط القطاع المحاصر", []),
    ("سيطر المقاتلون على حاجز مطل على بلدة الدواليب", [("الدواليب", "الدواليب")]),
    ("اشتباكات عنيفة في جبل صبر المطل على المدينة", [("جبل صبر", "جبل صبر")]),
    ("سيطر المقاتلون على تلة جورة الماء في الريف الشمالي", [("تله جوره الماء", "تلة جورة الماء")]),
    ("اشتباكات في محيط منطقة تل جورة الماء", [("تل جوره الماء", "تل جورة الماء")]),
    ('سيطر المقاتلون على تلة "جورة الماء" في الريف الشمالي', [('تله "جوره الماء', "تلة جورة الماء")]),
    # the list after ريفي goes on with the places the index holds only, not with the verb after it
    ("وقصفت الفصائل بلدات بريفي إدلب وحلب وسيطر مقاتلون على حاجز", [("ادلب", "إدلب"), ("حلب", "حلب")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READ_ROWS)
def test_what_is_read_as_a_name(default_gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.name, t.written) for t in recognize(normalize(text), default_gaz)] == expected


def test_a_participle_with_its_preposition_is_no_part_of_a_name(default_gaz: Gazetteer) -> None:
    text = "دارت اشتباكات في تلة جورة المشرفة على البلدة"
    assert [t.name for t in recognize(normalize(text), default_gaz)] == ["تله جوره"]


# a town abroad in the country its sentence named last before it
COUNTRY_ROWS = [
    ("شن التحالف غارات قرب الموصل، وست غارات في سورية بينها أربع قرب مدينة كوباني", "IRQ", "كوباني",
     ("‘Ayn al ‘Arab", "SYR", GEO_NEAR)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name", "expected"), COUNTRY_ROWS)
def test_the_country_or_city_the_text_puts_it_in(
    default_gaz: Gazetteer, text: str, country: str, name: str, expected: tuple[str, str, int]
) -> None:
    p = resolved(default_gaz, text, country)[name][1]
    assert p is not None and (p.name, p.country, p.precision) == expected


def test_a_town_abroad_named_after_another_country_stays_refused(default_gaz: Gazetteer) -> None:
    # (the country named last in the sentence is Iraq: كوباني stays the small town abroad it is for this report)
    text = "شن التحالف غارات في سورية وفي العراق بينها أربع قرب مدينة كوباني"
    assert resolved(default_gaz, text, "IRQ")["كوباني"][1] is None


def test_a_town_in_a_plain_lies_where_the_plain_does(default_gaz: Gazetteer) -> None:
    # a plain or a mountain range after في or bi- is where the town lies: Hama's countryside, not the namesake
    # in Raqqa's
    text = "تدور اشتباكات في أطراف بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي"
    tops = {t.name: t for t in recognize(normalize(text), default_gaz)}
    assert tops["المنصوره"].anchor == "سهل الغاب"
    p = resolved(default_gaz, text, "SYR")["المنصوره"][1]
    assert p is not None and (p.admin1, p.precision) == ("Hama", GEO_REGION)
