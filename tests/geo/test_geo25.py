"""Where an act was (helper geo25): words of an idiom read as no place (بحجة أن: under the pretext; القائم
بالأعمال: the chargé d'affaires; جسر عبور: a bridge to cross); acts told across the country; a placeless report of
another kind is no summary."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize
from tests.geo.resolving import conflict_events

# (text, the names of the places it names)
IDIOM_ROWS = [
    ("احتجزت الشرطة صحفيين في مدينة البصرة بحجة التعاون مع جهات أجنبية", ["البصرة"]),
    ("اعتقلت الميليشيا طلابا في كربلاء بحجة أنهم ينتمون إلى حزب محظور", ["كربلاء"]),
    ("أغارت طائرات التحالف على مواقع للمسلحين بحجة، شمال غرب اليمن", ["حجة", "اليمن"]),
    ("قصفت الطائرات مخازن للسلاح بحجة الحدودية", ["حجة"]),
    ("سلمت الخارجية القائم بالأعمال الإيراني مذكرة احتجاج", []),
    ("استدعت الحكومة القائم بأعمال السفارة الروسية", []),
    ("قتل جنديان في هجوم على القائم بمحافظة الأنبار", ["القائم", "الأنبار"]),
    ("يرى الخبراء أن البلدة أصبحت جسر عبور للأسلحة نحو الجنوب", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), IDIOM_ROWS)
def test_words_of_an_idiom_name_no_place(default_gaz: Gazetteer, text: str, names: list[str]) -> None:
    norm = normalize(text)
    assert [t.name for t in recognize(norm, default_gaz)] == [normalize(n).text for n in names]


def _conflict_events(gaz: Gazetteer, text: str) -> list:
    return conflict_events(gaz, text, dt.date(2015, 10, 14))


# (text, the (sub-event type, place name) of each conflict event, in order): a shelling by guns is no summary of
# a strike by aircraft; an act told across the country is at the country, not at the town named before, and a
# toll told across the country still sums up the blasts told after it at their places
ACROSS_ROWS = [
    ("قصفت المدفعية التركية أمس مواقع للمسلحين في شمال العراق. وقالت مصادر أمنية إن مقاتلات تركية قصفت أهدافا"
     " للمسلحين في زاخو.",
     [("Shelling/artillery/missile attack", "العراق"), ("Air/drone strike", "زاخو")]),
    ("اشتبكت قوات الأمن مع مسلحين في مدينة أضنة جنوب تركيا. وأعلنت الحكومة أن الشرطة التركية اعتقلت 300 شخص في"
     " حملة في كل أنحاء البلاد.",
     [("Armed clash", "أضنة"), ("Arrests", "تركيا")]),
    ("اشتبك الجيش مع المسلحين في مدينة الفلوجة. وقصفت طائرات التحالف مواقع للتنظيم في أنحاء العراق.",
     [("Armed clash", "الفلوجة"), ("Air/drone strike", "العراق")]),
    ("قتل 20 شخصا في تفجيرات في أنحاء العراق. وانفجرت سيارة مفخخة في سوق ببلدة الخالص فقتلت 12 شخصا، وقتل 8 في"
     " انفجار عبوة في بعقوبة.",
     [("Remote explosive/landmine/IED", "الخالص"), ("Remote explosive/landmine/IED", "بعقوبة")]),
    ("اشتبك الجيش مع المسلحين في مدينة الرمادي. واعتقلت الشرطة عشرات المطلوبين في أرجاء المدينة.",
     [("Armed clash", "الرمادي"), ("Arrests", "الرمادي")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "events"), ACROSS_ROWS)
def test_where_acts_across_the_country_were(default_gaz: Gazetteer, text: str, events: list) -> None:
    got = [
        (e.sub_event_type, e.place.name_ar if e.place else None) for e in _conflict_events(default_gaz, text)
    ]
    assert got == events


# a town across the border from the country named before it ("في سوريا المقابلة لمدينة كيليس") is a landmark
FACING_ROWS = [
    ("قصفت مقاتلات تركية مواقع للتنظيم في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس.", "سوريا"),
    ("قصفت مقاتلات تركية مواقع للتنظيم في الشريط الحدودي في سورية قبالة بلدة كيليس.", "سورية"),
    # not a town facing a town named before (the first is where it was)
    ("قصفت طائرات تركية مواقع في بلدة جرابلس المقابلة لمدينة كيليس.", "جرابلس"),
]


@pytest.mark.parametrize(("text", "name"), FACING_ROWS)
def test_a_town_facing_the_country_is_a_landmark(default_gaz: Gazetteer, text: str, name: str) -> None:
    assert [e.place.name_ar if e.place else None for e in _conflict_events(default_gaz, text)] == [name]
