"""Recognition rows in news style: (text, expected toponyms as name/type_word/relation/anchor/known)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.geo import Gazetteer, Toponym, recognize
from rasad.text.normalize import normalize

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# (name, type_word, relation, anchor, known)
ROWS: list[tuple[str, list[tuple[str, str | None, str, str | None, bool]]]] = [
    # gazetteer names with clitics: bi-, wa-, li- + type word
    ("قصف الطيران الحربي بحلب أمس", [("حلب", None, "in", None, True)]),
    ("سقطت قذائف على إدلب وحلب", [("ادلب", None, "in", None, True), ("حلب", None, "in", None, True)]),
    ("وصلت التعزيزات لمدينة حلب صباحاً", [("حلب", "مدينه", "in", None, True)]),
    ("اشتباكات في مدينة الأتارب", [("الاتارب", "مدينه", "in", None, True)]),
    ("غارات على الأتارب", [("الاتارب", None, "in", None, True)]),
    # names the gazetteer lacks, introduced by a type word (one or two words)
    ("قتل ثلاثة مدنيين في قرية تلعادة شمال إدلب", [("تلعاده", "قريه", "in", "ادلب", False), ("ادلب", None, "north-of", "ادلب", True)]),
    ("اندلعت اشتباكات في حي الشيخ مقصود ليلاً", [("الشيخ مقصود", "حي", "in", None, False)]),
    ("سيطر الثوار على بلدة كفرحمرة بالكامل", [("كفرحمره", "بلده", "in", None, False)]),
    ("في محيط بلدة باتبو ظهر أمس", [("باتبو", "بلده", "near", None, True)]),
    # coordinated lists after a plural or dual type word
    ("أغارت الطائرات على بلدات ببابكة وخان العسل وشاميكو والمنصورة", [
        ("بابكه", "بلده", "in", None, False), ("خان العسل", "بلده", "in", None, True),
        ("شاميكو", "بلده", "in", None, False), ("المنصوره", "بلده", "in", None, True)]),
    ("قصف على حيي الصاخور والكلاسة بحلب", [
        ("الصاخور", "حي", "in", "حلب", False), ("الكلاسه", "حي", "in", "حلب", False), ("حلب", None, "in", None, True)]),
    ("على قريتي الزويك والدويركة، وأفاد مصدر", [("الزويك", "قريه", "in", None, False), ("الدويركه", "قريه", "in", None, False)]),
    # an ordinary word that reads as a clitic and a name without its article: فرقة (a division) is no ف + الرقة
    ("قتل قائد فرقة المهام الخاصة في قصف على الرقة", [("الرقه", None, "in", None, True)]),
    # the nominative dual (a subject or a topic), and a dual adjective after the names
    ("أما بلدتا خراب الشحم وغرز القريبتان من الحدود", [
        ("خراب الشحم", "بلده", "in", None, False), ("غرز", "بلده", "in", None, False)]),
    ("تعرضت قريتا الزويك والدويركة لقصف", [("الزويك", "قريه", "in", None, False), ("الدويركه", "قريه", "in", None, False)]),
    # the side of twin villages belongs to the name, and the list goes on after it; a short first word after و
    ("قصفت بلدتي الصمدانية الغربية والحميدية", [
        ("الصمدانيه الغربيه", "بلده", "in", None, False), ("الحميديه", "بلده", "in", None, False)]),
    ("على قرى الحولة وأم شرشوح وتل دهب", [
        ("الحوله", "قريه", "in", None, False), ("ام شرشوح", "قريه", "in", None, False),
        ("تل دهب", "قريه", "in", None, False)]),
    # a definite count after a type word goes on with what it counts
    ("سقطت قذائف على حي الخمس طواحين وسط المدينة", [("الخمس طواحين", "حي", "in", None, False)]),
    # the last of a list, a common word with the article, before a stop or the side of a place
    ("وتقدم المقاتلون في مناطق الحسوة وبير فضل والعلم شمال المدينة", [
        ("الحسوه", "منطقه", "in", None, False), ("بير فضل", "منطقه", "in", None, False),
        ("العلم", "منطقه", "in", None, False)]),
    ("قصفت الطائرات مناطق الحسوة وبير فضل والعلم.", [
        ("الحسوه", "منطقه", "in", None, False), ("بير فضل", "منطقه", "in", None, False),
        ("العلم", "منطقه", "in", None, False)]),
    # (not a plural of people, nor a common word that goes on)
    ("قصفت الطائرات قرى الحسوة وبير فضل والمدنيين.", [
        ("الحسوه", "قريه", "in", None, False), ("بير فضل", "قريه", "in", None, False)]),
    ("قصفت الطائرات مناطق الحسوة وبير فضل والعلم يرفرف", [
        ("الحسوه", "منطقه", "in", None, False), ("بير فضل", "منطقه", "in", None, False)]),
    # a Yemeni name's first word ذي / ذو takes the word after it (and the list goes on past it)
    ('أحرق المواطنون دبابة كانت تتمركز في قرية "ذي عنقب"', [("ذي عنقب", "قريه", "in", None, False)]),
    ("تمكنوا من تطهير قرى سيلة، وذي قحفة، ومحرف من المسلحين", [
        ("سيله", "قريه", "in", None, False), ("ذي قحفه", "قريه", "in", None, False),
        ("محرف", "قريه", "in", None, False)]),
    # a place the gazetteer lacks, introduced once by its type word, is that place where named bare as one
    ("استهدف القصف مناطق في الفوعة وكفريا، وتحاصر الفصائل بلدتي الفوعة وكفريا", [
        ("الفوعه", None, "in", None, False), ("كفريا", None, "in", None, False),
        ("الفوعه", "بلده", "in", None, False), ("كفريا", "بلده", "in", None, False)]),
    # (but not bare where no preposition makes it a place, nor a building named again)
    ("سيطر الثوار على بلدة الفوعة، وقالت الفوعة إنها صامدة", [("الفوعه", "بلده", "in", None, False)]),
    # a town or village the text introduced is that place named bare again (as an object, after a noun), or with
    # a direction from it; not where it goes on another name (تل …)
    ("تحاصر الفصائل بلدتي كفريا والفوعة. وتقصف الفصائل الفوعة ويطالب سكان كفريا بفك الحصار", [
        ("كفريا", "بلده", "in", None, False), ("الفوعه", "بلده", "in", None, False),
        ("الفوعه", None, "in", None, False), ("كفريا", None, "in", None, False)]),
    ("سيطر الثوار على قرية الحويز، واندلعت اشتباكات غرب الحويز وشمال شرق الحويز", [
        ("الحويز", "قريه", "in", None, False), ("الحويز", None, "west-of", "الحويز", False),
        ("الحويز", None, "north-east-of", "الحويز", False)]),
    ("سيطر الثوار على قرية القرقور ثم على تل القرقور", [("القرقور", "قريه", "in", None, False)]),
    # the name after the word that says what the place is called
    ("قتل ثلاثة في بلدة تدعى الخربة", [("الخربه", "بلده", "in", None, False)]),
    ("اشتباكات في منطقة تعرف باسم الجبانة", [("الجبانه", "منطقه", "in", None, False)]),
    ("اشتباكات في حي يسمى الجبانة", [("الجبانه", "حي", "in", None, False)]),
    # a comma list whose items carry و goes on even through unknown names and ordinary words (التحرير)
    ("استهدف القصف أحياء الحميدية، والنصر، والتحرير، والقصور، أدى إلى", [
        ("الحميديه", "حي", "in", None, False), ("النصر", "حي", "in", None, False),
        ("التحرير", "حي", "in", None, False), ("القصور", "حي", "in", None, False)]),
    # after a type word a definite landmark word is the name itself
    ("سقطت قذائف على حيي الميدان والجميلية", [("الميدان", "حي", "in", None, False), ("الجميليه", "حي", "in", None, False)]),
    # a quoted name after a (dual) type word, and خراب as the first word of a village name
    ('اشتباكات في معسكري «الصباحة» غرب المدينة', [("الصباحه", "معسكر", "in", None, False)]),
    ("صد هجوم على مواقعها في قرية خراب دليل", [("خراب دليل", "قريه", "in", None, False)]),
    # دار (house) heads a place name like جبل or وادي
    ("قصف على أحياء سكنية في دار سعد بمدينة عدن", [("دار سعد", None, "in", "عدن", False), ("عدن", "مدينه", "in", None, False)]),
    # a one-word village must not cut a two-word name after a type word
    ("على محاور حيي بستان القصر والسكري", [("بستان القصر", "حي", "in", None, False), ("السكري", "حي", "in", None, False)]),
    # كفر… names end like a pronoun (ها) but are villages
    ("أغارت الطائرات على بلدة كفرسجنها ما أدى إلى", [("كفرسجنها", "بلده", "in", None, False)]),
    # relative locations and anchors
    ("على محيط بلدة باتبو في ريف حلب الغربي", [
        ("باتبو", "بلده", "near", "حلب", True), ("حلب", "ريف", "countryside", "حلب", True)]),
    ("قتل ثلاثة مدنيين في قرية تلعادة (شمال إدلب)", [("تلعاده", "قريه", "in", "ادلب", False), ("ادلب", None, "north-of", "ادلب", True)]),
    ("استهدفوا منطقة عرب سلوم شمال حلب", [("عرب سلوم", "منطقه", "in", "حلب", False), ("حلب", None, "north-of", "حلب", True)]),
    ("تقدمت القوات جنوب غرب حلب", [("حلب", None, "south-west-of", "حلب", True)]),
    ("كمين على طريق حلب-إدلب", [("حلب", "طريق", "road", "ادلب", True)]),
    ("معارك بالقرب من الأتارب", [("الاتارب", "قرب", "near", None, True)]),
    ("في مطار كويرس العسكري، بريف حلب الشرقي", [("كويرس", "مطار", "in", "حلب", False), ("حلب", "ريف", "countryside", "حلب", True)]),
    ("في جبل التركمان بريف اللاذقية", [("جبل التركمان", None, "in", "اللاذقيه", False), ("اللاذقيه", "ريف", "countryside", "اللاذقيه", True)]),
    # a head word with a preposition written onto it: لجبل، بجبل، وسهل
    ("جراء قصف قوات النظام لجبل التركمان.", [("جبل التركمان", None, "in", None, False)]),
    # a head word named by another landmark word with the article: the roundabout of al-Ḥawḍ
    ("فوق سطح أحد الفنادق بجولة الحوض", [("جوله الحوض", None, "in", None, False)]),
    ("سيطرت على منطقة استراتيجية بجبل الزاوية أمس", [("جبل الزاويه", None, "in", None, False)]),
    # not places: verbs and adjectives after plural place words, NATO, and ordinary words
    ("قصفت المعارضة بلدات موالية للنظام", []),
    ("هاجموا مناطق سيطرتهم", []),
    ("قال حلف شمال الأطلسي إن", []),
    ("وأصدرت الوزارة بيانا أدى إلى وقف", []),
    ("ترافق مع قصف مدفعي على المدينة", []),
    ("سيطروا على أحياء الصابري وأعدموا", [("الصابري", "حي", "in", None, False)]),
    ("في معملي الزجاج والبيرة", []),
    # a Form X verb after a plural type word is no name; "التابعة" (belonging to) is no part of a name
    ("في إطار سلسلة مداهمات استهدفت عناصر التنظيم", []),
    ("مناطق في مدينة منبج التابعة للمحافظة", [("منبج", "مدينه", "in", None, False)]),
    # after one urban place word (حي، شارع، ساحة) a common definite word is the name: حي التحرير
    ("سقطت قذائف على حي الروضة وحي التحرير", [("الروضه", "حي", "in", None, False), ("التحرير", "حي", "in", None, False)]),
    # an official's name after his title and nationality is no place (Paolo, not Oulu); bi- + a city still is
    ("بحث مع وزير الخارجية الإيطالي باولو جينتيلوني في العاصمة روما", [("روما", None, "in", None, True)]),
    # after a verb of visiting, the known place after the official and his nationality is where he went
    ("وسيزور وزير الخارجية السعودي روما الأسبوع المقبل", [("روما", None, "in", None, True)]),
    # ... and so is a city under لل (to the) after the official and his nationality: no man's name opens so
    ("وصل وزير الخارجية الفرنسي للقاهرة صباح اليوم", [("قاهره", None, "in", None, True)]),
    ("قصف الطيران الحربي بحلب", [("حلب", None, "in", None, True)]),
    # a name right after a definite title is the person's: "اشاد الوزير روما …" (a first name like a city)
    ("واشاد الوزير روما الاصبحي بالدعم", []),
    ("والتقى نظيره روما", []),
    ("وصل الوزير إلى روما أمس", [("روما", None, "in", None, True)]),
    # a dual noun with its agreeing adjective is two things, not a village named like it (Jisrin)
    ("غارات جوية على جسرين استراتيجيين في المحافظة", []),
    ("غارات جوية على جسرين أمس", [("جسرين", None, "in", None, True)]),
    # a name ends where the word ends, whatever follows: digits glued to it, punctuation, a hyphen; a name
    # inside a longer word is none (الحلبي، حلبون), nor one after more than a clitic (ببابحلب)
    ("شمال شرق الأتارب55/كلم غرب حلب.", [("الاتارب", None, "north-east-of", "الاتارب", True), ("حلب", None, "west-of", "حلب", True)]),
    ("قصف على حلب، وإدلب؛ و(الأتارب)", [("حلب", None, "in", None, True), ("ادلب", None, "in", None, True), ("الاتارب", None, "in", None, True)]),
    ("قال الحلبي إن حلبون هادئة", []),
    ("وللأتارب نصيب", [("اتارب", None, "in", None, True)]),
    # an indefinite adjective after an indefinite type word is no name: "besieged towns", "a post belonging to"
    ("أمطرت الفصائل أربع بلدات محاصرة بالقذائف", []),
    ("هجوم على نقطة تابعة للمتمردين", []),
    ("قصفت القوات مناطق مأهولة في المدينة بالصواريخ", []),
    ("قصفت القوات أحياء مكتظة بالسكان", []),
    # a type word followed by "and X" names nothing: "areas and roads", "towns, and executed"
    ("وسيطرت القوات على مناطق وطرق شرق المدينة", []),
    # a dual promises two names, even one that reads like an adjective (…ي) or a common word (الزهراء)
    ("وقصفت القوات قريتي معرستي وماير أمس", [("معرستي", "قريه", "in", None, False), ("ماير", "قريه", "in", None, False)]),
    ("وتحاصر الفصائل بلدتي نبل والزهراء", [("نبل", "بلده", "in", None, False), ("الزهراء", "بلده", "in", None, False)]),
    # and no third: "عقبه" (after it) is no list item
    ("سقطت قذائف على بلدتي نبل والزهراء، عقبه قصف عنيف", [("نبل", "بلده", "in", None, False), ("الزهراء", "بلده", "in", None, False)]),
    # after two, a list joined by و goes on; an adjective joined by و ends it
    ("استهدف القصف معسكري لبوزة والعند وموقع الحمراء", [("لبوزه", "معسكر", "in", None, False), ("العند", "معسكر", "in", None, False), ("موقع الحمراء", "معسكر", "in", None, False)]),
    ("قذائف على بلدتي نبل والزهراء والمحاصرتين من قبل الفصائل", [("نبل", "بلده", "in", None, False), ("الزهراء", "بلده", "in", None, False)]),
    # a masculine adjective of nearness is no part of the name
    ("غارات على معسكر لبوزة المجاور", [("لبوزه", "معسكر", "in", None, False)]),
    # a dual adjective agreeing with a dual type word is no part of the second name
    ("قصف الثوار بلدتي كفريا والفوعة الشيعيتين", [("كفريا", "بلده", "in", None, False), ("الفوعه", "بلده", "in", None, False)]),
    # after a singular settlement word a common word is its name; an adjective is not
    ("سقطت قذيفة على منطقة في بلدة حضر شمال المحافظة", [("حضر", "بلده", "in", None, False)]),
    # what a port or a field is is no part of its name
    ("قصفت الطائرات مرفأ المريسة البحري", [("المريسه", "ميناء", "in", None, False)]),
    ("سقط الصاروخ على حي المغاير الشعبي", [("المغاير", "حي", "in", None, False)]),
    # a word that names a town only after a preposition of place: "من" is any word's
    ("قتل المصلين غرسة من غراس الحقد", []),
    ("قصفت قوات المعارضة بلدة الزهراء أمس", [("الزهراء", "بلده", "in", None, False)]),
    # … and so is a village the gazetteer knows by an ordinary word (the visit, the army …)
    ("استهدفت الفصائل مدفعا في بلدة الجيش شمال المحافظة", [("الجيش", "بلده", "in", None, True)]),
    ("قصفت الطائرات قرية كبيرة في الريف", []),
    # missile bases, gathering areas, no-fly zones and places in general name no place
    ("حرق مركبة تحمل مدفعا وقاعدة صواريخ", []),
    ("استهدفت الغارات مناطق تجمع للتنظيم", []),
    ("ينص الاتفاق على إقامة منطقة حظر جوي", []),
    ("ستصبح الأراضي منطقة آمنة بعد طرد التنظيم منها", []),
    ("تريد تركيا إقامة منطقة عازلة على حدودها", []),
    ("سمعت انفجارات في محيط الأماكن التي استهدفتها الطائرات", []),
    # after a singular منطقة a common definite word is a district's name, an adjective is not
    ("قتل اثنان في تفجير استهدف منطقة الشعب في العاصمة", [("الشعب", "منطقه", "in", None, False), ("العاصمه", None, "in", None, True)]),
    ("انتشرت القوات في منطقة الأمنية", []),
    # a present verb after a type word is no name
    ("الأهداف تقع في مناطق تؤكد الاستخبارات أن لا مدنيين فيها", []),
    ("قصفت الطائرات أحياء تتعرض للحصار منذ أشهر", []),
    # what areas are places of is no name: conflict, war, clashes
    ("عمل كمصور في مناطق نزاع عدة في العالم", []),
    ("انتشرت القوات في مناطق اشتباكات قرب المدينة", []),
    # li- and the article after a type word name whose it is, no place
    ("هاجم مسلحون على حاجز للجيش قرب المدينة", []),
    # a week or a month after a name ends it
    ("قصفت القوات بلدة باتبو الأسبوع الماضي", [("باتبو", "بلده", "in", None, True)]),
    ("سيطر الثوار على قرية تلمنس الشهر الماضي", [("تلمنس", "قريه", "in", None, False)]),
]  # fmt: skip


@pytest.fixture
def gaz(small_gaz: Gazetteer) -> Gazetteer:
    with small_gaz.transaction() as w:
        from rasad.geo.store import Entry

        # ordinary words that are also names of places somewhere: the guard must hold them back
        for i, word in enumerate(("بيان", "وقف", "ادى", "زارة", "الجيش", "جسرين")):
            w.add(Entry(id=f"t:{i}", name=f"Village {i}", name_ar=word, latitude=30.0, longitude=40.0), [])
        # cities abroad: one a first name's homonym (Oulu / باولو = bi- + اولو)
        for i, (word, lat, lon) in enumerate(
            (("اولو", 65.0, 25.5), ("روما", 41.9, 12.5), ("القاهرة", 30.0, 31.2))
        ):
            w.add(
                Entry(id=f"c:{i}", name=word, name_ar=word, latitude=lat, longitude=lon, population=200_000),
                [],
            )
    return small_gaz


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_rows(gaz: Gazetteer, text: str, expected: list) -> None:
    got = [(t.name, t.type_word, t.relation, t.anchor, t.known) for t in recognize(normalize(text).text, gaz)]
    assert got == expected


def test_offsets_are_into_normalized_text(gaz: Gazetteer) -> None:
    raw = "وأغارت الطائرات على بلدة ببابكة، وفي مدينةِ حَلَب سقط قتلى"
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    assert [(nt.text[t.start : t.end], t.surface, t.written) for t in tops] == [
        ("بابكه", "ببابكه", "بابكة"),
        ("حلب", "حلب", "حَلَب"),
    ]
    babka = tops[0]
    assert nt.text[babka.phrase_start : babka.phrase_end] == "بلده ببابكه"


def test_start_end_limit_the_search(gaz: Gazetteer) -> None:
    text = normalize("قصف على حلب. ثم على إدلب.").text
    cut = text.index(".")
    assert [t.name for t in recognize(text, gaz, end=cut)] == ["حلب"]
    assert [t.name for t in recognize(text, gaz, start=cut)] == ["ادلب"]


def test_list_members_share_a_group_and_anchor_is_marked_attached(gaz: Gazetteer) -> None:
    tops = recognize(normalize("على بلدتي كفرناها وباتبو في ريف حلب").text, gaz)
    assert [t.group for t in tops[:2]] == [tops[0].start, tops[0].start]
    assert tops[-1].attached and not tops[0].attached


def test_places_each_with_its_type_word_joined_by_wa_are_one_list(gaz: Gazetteer) -> None:
    tops = recognize(
        normalize("قصف على بلدة تلمنس وقرية معرشورين وقريتي الزويك والدويركة بريف إدلب").text, gaz
    )
    assert [t.name for t in tops] == ["تلمنس", "معرشورين", "الزويك", "الدويركه", "ادلب"]
    assert len({t.group for t in tops[:4]}) == 1 and tops[0].group is not None and tops[-1].group is None
    # a phrase locating the one before it is no item of a list
    tops = recognize(normalize("في حي الشيخ مقصود بمدينة حلب وحي الميدان").text, gaz)
    assert [(t.name, t.group) for t in tops if t.name != "حلب"] == [("الشيخ مقصود", None), ("الميدان", None)]


# (text, [(name, type_word, anchor)], the names that form one list) over the embedded gazetteer
LISTS_AND_HEADS: list[tuple[str, list[tuple[str, str | None, str | None]], list[str]]] = [
    # a type word after و opens a place of its own (not Medina), joined to the list; a road's word after حي
    # heads the quarter's name; past the side of twin villages the list goes on
    ("دكت المدفعية أحياء المنشية وحي طريق الجسر وقريتي الكرك والغارية ومدينة إنخل أمس", [
        ("المنشيه", "حي", None), ("طريق الجسر", "حي", None), ("الكرك", "قريه", None), ("الغاريه", "قريه", None),
        ("انخل", "مدينه", None)], ["المنشيه", "طريق الجسر", "الكرك", "الغاريه", "انخل"]),
    ("دكت المدفعية قريتي الكرك والمسيفرة الشرقية وحي طريق المطار في مدينة درعا ومدينة إنخل", [
        ("الكرك", "قريه", None), ("المسيفره", "قريه", None), ("طريق المطار", "حي", "درعا"),
        ("درعا", "مدينه", None), ("انخل", "مدينه", None)], ["الكرك", "المسيفره", "طريق المطار", "انخل"]),
    # a hill after في or bi- heads a name the index lacks (not after على: "على تل القرقور", see ROWS)
    ("دارت معارك في تل برغوث بريف حماة", [("تل برغوث", None, "حماه"), ("حماه", "ريف", "حماه")], []),
    ("قصفت المروحيات مواقع بتل الحمام غرب حلب", [("تل الحمام", None, "حلب"), ("حلب", None, "حلب")], []),
    # a definite landmark word goes on a name after a type word: the dam's opening, the spring of the bridge
    ("سيطرت القوات على قريتي المرج وفتحة السد", [("المرج", "قريه", None), ("فتحه السد", "قريه", None)],
     ["المرج", "فتحه السد"]),
    # a station is named by its place; what it serves names none
    ("قصف الطيران محطة بريقع الحرارية", [("بريقع", "محطه", None)], []),
    ("انقطعت المياه بعد قصف محطة الضخ ومحطة كهرباء في حماة", [("حماه", None, None)], []),
    # a long word in ـية right after في, before the side of a known place, names a place the index lacks
    ("انفجرت عبوة في الشيخانية بجنوب بغداد", [("الشيخانيه", None, "بغداد"), ("بغداد", None, "بغداد")], []),
    ("قتل جنديان في العملية شمال حلب", [("حلب", None, "حلب")], []),
    # a one-word name the index holds goes on with a bare word before the side of another place
    ("سقطت قذائف في دمنة حمير غرب مدينة تعز", [("دمنه حمير", None, "تعز"), ("تعز", "مدينه", "تعز")], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "listed"), LISTS_AND_HEADS, ids=[r[0][:30] for r in LISTS_AND_HEADS]
)
def test_lists_heads_and_stations(default_gaz: Gazetteer, text: str, expected: list, listed: list) -> None:
    tops = recognize(normalize(text).text, default_gaz)
    assert [(t.name, t.type_word, t.anchor) for t in tops] == expected
    groups = {t.group for t in tops if t.name in listed}
    assert not listed or (len(groups) == 1 and None not in groups)


def test_empty_gazetteer_still_finds_typed_names(empty_gaz: Gazetteer) -> None:
    assert [t.name for t in recognize("قصف على قريه تلمنس", empty_gaz)] == ["تلمنس"]


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus not present")
def test_common_words_are_not_places_in_the_corpus(default_gaz: Gazetteer) -> None:
    """Over the unannotated corpus, ordinary words that name some village abroad must not come out as
    places; and real places keep coming out."""
    banned = {
        "بيان",
        "وزاره",
        "زاره",
        "ادي",
        "وقف",
        "جروح",
        "انه",
        "العمال",
        "الخبر",
        "كبيره",
        "دون",
        "وكاله",
        "سلامه",
        "صواريخ",
        "تجمع",
        "حظر",
        "طور",
        "منزله",
        "متن",
        # a verb opening a sentence (خرج, also Al Kharj), people's names (عاصفة الحزم too is no place, but
        # مدينة الحزم، عاصمة الجوف, is)
        "خرج",
        "قاسم",
        "مبارك",
        "رشيد",
        "نعمه",
        "ابي",
    }
    names: list[str] = []
    for f in sorted(CORPUS.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            names += [t.name for t in recognize(normalize(json.loads(line)["text"]).text, default_gaz)]
    assert not banned & set(names)
    for place in ("حلب", "صنعاء", "عدن", "الموصل", "بغداد", "ادلب", "درعا"):
        assert place in names


def test_a_small_town_far_away_needs_a_preposition(small_gaz: Gazetteer) -> None:
    """هنري is a hamlet in Illinois and, far more often in Arabic news, a man's name."""
    from rasad.geo.store import Entry

    with small_gaz.transaction() as w:
        w.add(Entry(id="t:henry", name="Henry", name_ar="هنري", latitude=41.1, longitude=-89.4,
                    population=2300, country="USA"), [])  # fmt: skip
        w.add(Entry(id="t:sarmin", name="Sarmin", name_ar="سرمين", latitude=35.9, longitude=36.7,
                    population=2300, country="SYR"), [])  # fmt: skip
    names = [t.name for t in recognize(normalize("قال هنري باركي إن قصفا طال سرمين أمس").text, small_gaz)]
    assert names == ["سرمين"]
    assert [t.name for t in recognize(normalize("وصل الوفد إلى هنري أمس").text, small_gaz)] == ["هنري"]


def test_words_and_gaps_come_from_one_split() -> None:
    """The words are runs of letters, digits or Latin letters with their offsets, and the gaps the text between
    them, as a scan of every word would give them; also inside a window of the text."""
    import re

    from rasad.geo.recognize import _Words

    text = normalize('«قصف» على حلب-ادلب 12 كم, وfoo2 "الصباحه"  ').text
    word = re.compile(r"[\u0621-\u064a]+|[0-9]+|[a-z]+")
    for start, end in ((0, len(text)), (3, 20), (5, 5)):
        ws = _Words.of(text, start, end)
        spans = [(m.start(), m.end(), m.group()) for m in word.finditer(text, start, end)]
        assert list(zip(ws.starts, ws.ends, ws.words, strict=True)) == spans
        bounds = [start, *(x for s, e, _ in spans for x in (s, e)), end]
        assert ws.gaps == [text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]


def test_word_memo_forgets_when_full() -> None:
    from rasad.geo.recognize import _WordMemo

    calls: list[str] = []
    memo = _WordMemo(lambda w: calls.append(w) or len(w), size=2)
    assert [memo["ab"], memo["ab"], memo["abc"], memo["abcd"], memo["ab"]] == [2, 2, 3, 4, 2]
    assert calls == ["ab", "abc", "abcd", "ab"]  # full at the third word: cleared, so ab is computed again
    assert len(memo) <= 2


def _texts() -> list[str]:
    texts = [normalize(text).text for text, _ in ROWS]
    if CORPUS.exists():
        for f in sorted(CORPUS.glob("*.jsonl")):
            texts += [normalize(json.loads(line)["text"]).text for line in f.open(encoding="utf-8")]
    return texts


def test_matcher_finds_what_a_plain_scan_of_every_reading_finds(default_gaz: Gazetteer) -> None:
    """Matcher.find splits each word's readings into the name that is the word alone and the names that go on
    (remembered per word): the same names as walking every clitic reading of every word through the trie."""
    from rasad.geo.recognize import _END, _LARGE, _LIL_PREFIXES, _clitic_readings, _Words, matcher

    m = matcher(default_gaz)

    def plain(ws: _Words) -> dict[int, tuple[int, int, str, int]]:
        found = {}
        for i, word in enumerate(ws.words):
            best = None
            for prefix, stem in _clitic_readings(word):
                node, j = m._trie.get(stem), i
                while node is not None:
                    if _END in node:
                        key, pop, lost = node[_END]
                        ok = not prefix or (len(key) >= 3 and (lost or prefix not in _LIL_PREFIXES))
                        # (fa- alone before a name without its article: only a large city's name, alone)
                        if prefix == "ف" and not stem.startswith("ال") and (j > i or pop < _LARGE):
                            ok = False
                        cand = (ws.starts[i] + len(prefix), ws.ends[j], key, pop)
                        if ok and (best is None or (cand[1], -cand[0]) > (best[1], -best[0])):
                            best = cand
                    j += 1
                    node = node.get(ws.words[j]) if j < len(ws.words) and len(ws.gaps[j]) == 1 else None
            if best is not None:
                found[i] = best
        return found

    for text in _texts():
        ws = _Words.of(text, 0, len(text))
        got = {i: (k.start, k.end, k.key, k.population) for i, k in m.find(ws).items()}
        assert got == plain(ws)


def test_reading_only_where_a_phrase_may_open_reads_what_every_word_gives(default_gaz: Gazetteer) -> None:
    """_Reader.read tries a phrase only at a word that may open one (_inert) or holds a known name that
    refused_alone does not rule out: the same toponyms as trying a phrase at every word."""
    from rasad.geo.recognize import _OPENS_PHRASE, _Reader, _Words, matcher

    skipped = 0
    for text in _texts():
        ws = _Words.of(text, 0, len(text))
        reader = _Reader(text, ws, matcher(default_gaz).find(ws), None)
        plain, i = [], 0
        while i < len(ws.words):
            found, nxt = reader.phrase(i)
            plain += found
            i = nxt if found else i + 1
        assert reader.read() == plain
        skipped += sum(
            not _OPENS_PHRASE[ws.words[i]] and reader.refused_alone(k, i) for i, k in reader.known.items()
        )
    assert skipped  # the corpus has such names (ان، الي): the skip was tried


def test_refused_by_the_word_is_refused_alone(default_gaz: Gazetteer) -> None:
    """Matcher.refused answers refused_alone by the word for a name the word holds alone; a name that goes on
    to the next words is still asked of the reader. Both readers read the same toponyms."""
    from rasad.geo.recognize import _Reader, _Words, matcher

    m = matcher(default_gaz)
    by_word = 0
    for text in _texts():
        ws = _Words.of(text, 0, len(text))
        known = m.find(ws)
        reader = _Reader(text, ws, known, None)
        for i, k in known.items():
            if k.end == ws.ends[i]:
                assert m.refused[ws.words[i]] == reader.refused_alone(k, i), (text, ws.words[i])
                by_word += 1
        assert _Reader(text, ws, known, None, refused=m.refused).read() == reader.read()
    assert by_word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="حلب بريف 12ab-،,.\n\u064e", max_size=40))
def test_word_split_is_the_plain_split(text: str) -> None:
    from rasad.geo.recognize import _WORD_SPLIT

    assert _WORD_SPLIT.split(text) == re.split(r"([\u0621-\u064a]+|[0-9]+|[a-z]+)", text)


def test_the_hot_words_serve_find_and_read(default_gaz: Gazetteer) -> None:
    """Matcher.hot (the words where a name or a phrase may start, in one pass) gives find and read what their
    own passes over every word give."""
    from rasad.geo.recognize import _Reader, _Words, matcher

    m = matcher(default_gaz)
    for text in _texts():
        ws = _Words.of(text, 0, len(text))
        hot = m.hot(ws)
        known = m.find(ws)
        assert m.find(ws, hot) == known
        assert _Reader(text, ws, known, None).read(hot) == _Reader(text, ws, known, None).read()


def test_toponyms_made_by_their_slots_are_toponyms() -> None:
    """_new_toponym and _replace make, without the generated __init__, the toponyms Toponym(...) and
    dataclasses.replace make: equal, of one hash and repr, and as frozen."""
    import dataclasses

    from rasad.geo.recognize import _TOPONYM_FIELDS, _new_toponym, _replace

    values = tuple(f"v{i}" for i in range(len(_TOPONYM_FIELDS)))
    t = _new_toponym(*values)
    plain = Toponym(*values)
    assert (t, hash(t), repr(t)) == (plain, hash(plain), repr(plain))
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.start = 3  # type: ignore[misc]
    for name in _TOPONYM_FIELDS:
        assert _replace(t, **{name: 7}) == dataclasses.replace(plain, **{name: 7})
    assert _replace(t, group=1, anchor="a") == dataclasses.replace(plain, group=1, anchor="a")
    assert t == plain  # (unchanged)


def test_the_ba_that_opens_balda_is_no_preposition(default_gaz: Gazetteer) -> None:
    """A town written right after a known place ("مقاتلة سورية بلدة أريحا") does not locate it: the ب of بلدة
    is the type word's own letter, not bi- (ببلدة would be)."""
    tops = recognize(normalize("قصفت مقاتلة سورية بلدة أريحا أمس").text, default_gaz)
    assert [(t.name, t.attached) for t in tops] == [("سوريه", False), ("اريحا", False)]


def test_ka_is_no_clitic_of_a_name(default_gaz: Gazetteer) -> None:
    """وكباني is wa-Kabani (a village the index lacks), not wa-ka- + a name of Albany."""
    tops = recognize(normalize("قصفت القوات منطقتي سلمى وكباني في ريف اللاذقية").text, default_gaz)
    assert "كباني" in [t.name for t in tops] and "باني" not in [t.name for t in tops]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات مخابئ وذخائر حديثة وتقليدية", []),  # modern munitions
        ("ووصلت دبابات حديثة وكاسحات ألغام", []),
        ("تلقت الجماعة دعم مالي من الخارج", []),  # financial support, not Mali
        ("بدأت حركة احتجاجية سلمية ضد النظام", []),  # peaceful, not Salamiyah
        ("وانهارت عمارة ضخمة وسط الحي", []),  # a building, not al-Amarah
        ("سيطر التنظيم على حديثة أمس", ["حديثه"]),
        ("قتل خمسة في قضاء حديثة", ["حديثه"]),
        ("من الرمادي والفلوجة وحديثة", ["الرمادي", "الفلوجه", "حديثه"]),
        ("قصفت الطائرات مدينة العمارة", ["العماره"]),
        ("اشتعلت النيران من حوله", []),  # around him, not al-Houla
        ("وهذا ما حدث فعلا في مدينة حلب", ["حلب"]),  # indeed (fa-), not fa- + al-Ula
        ("ما قاله الوزير عن الحولة", ["الحوله"]),
        ("اللهم انتقم منهم ومكّن منهم يا حي يا قيوم", []),  # a prayer: no neighbourhood called يا, no town
        # a name that opens with a function word: "that Saleh", not In Salah (Algeria)
        ("وقالت مصادر إن صالح يقوم بعمليات تجنيد", []),
        ("وصل الوفد إلى إن صالح في الجزائر", ["ان صالح", "الجزائر"]),
        # a guard (حارس), also a village's name: bare, the word is the man; after في it names the village
        ("وقتل حارس في هجوم على مقر الحزب", []),
        ("وأصيب حارس المبنى بجروح", []),
        ("اقتحمت القوات قرية حارس غرب سلفيت", ["حارس", "سلفيت"]),
        # a hill named after a prophet: the prophet's name goes with his title
        ("سقط جرحى بتل النبي يوسف ودمار في المنازل", ["تل النبي يوسف"]),
        ("ودارت اشتباكات في تل النبي هارون بريف اللاذقية", ["تل النبي هارون", "اللاذقيه"]),
    ],
)
def test_a_bare_adjective_names_its_town_only_after_a_preposition(
    default_gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [t.name for t in recognize(normalize(text).text, default_gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن طيران التحالف غارات على إب وسط اليمن", ["اب", "اليمن"]),  # Ibb, written with its hamza
        ("وقتل خمسة بانفجار في إب أمس", ["اب"]),
        ("وقتل خمسة في آب الماضي", []),  # August
        ("وقتل خمسة في اب الماضي", []),  # either, written bare: not named as a place
    ],
)
def test_a_name_normalization_makes_a_common_word_is_a_place_as_written(
    default_gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [t.name for t in recognize(normalize(text), default_gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governorate or village named bare, joined by و to the places listed after a preposition
        ("يقصفون المدنيين في تعز ولحج وأبين والضالع", ["تعز", "لحج", "ابين", "الضالع"]),
        ("وقصفت الطائرات مواقع في تعز وأبين", ["تعز", "ابين"]),
        ("وشهدت أبين مواجهات", []),  # bare, with nothing to make it a place
    ],
)
def test_a_place_listed_after_places_is_a_place(
    default_gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [t.name for t in recognize(normalize(text), default_gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village named bare, joined by و to a town read bare as a place of its own (no preposition before
        # it), after it or before it: a pair of places
        ("قصفت قوات النظام الأتارب وباتبو بعشرات القذائف", ["الاتارب", "باتبو"]),
        ("قصفت قوات النظام باتبو والأتارب بعشرات القذائف", ["باتبو", "الاتارب"]),
        # (alone, with nothing to make it a place, the village is still no place)
        ("قصفت قوات النظام باتبو بعشرات القذائف", []),
    ],
)
def test_a_village_paired_with_a_town_named_bare_is_a_place(
    small_gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [t.name for t in recognize(normalize(text), small_gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region the index lacks, named with its side after a preposition
        ("واندلعت اشتباكات في القلمون الشرقي امس", ["القلمون الشرقي"]),
        ("وقصفت الطائرات مواقع قرب الجبل الغربي", ["الجبل الغربي"]),
        # a part of something, not a region
        ("وتقدمت القوات في الجانب الشرقي من المدينة", []),
        ("وسيطر المقاتلون على القطاع الشمالي", []),
        ("وصدت محاولات التقدم في الأحياء الشمالية من المدينة", []),
    ],
)
def test_a_name_with_its_side_after_a_preposition_is_a_region(
    default_gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [t.name for t in recognize(normalize(text), default_gaz)] == expected


def test_what_a_place_lies_in_locates_it(default_gaz: Gazetteer) -> None:
    """ "الواقعة في" (lying in) makes the place after it the locator of the one before, whatever its kind."""
    text = "تمكن المقاتلون في مديرية مشرعة وحدنان الواقعة في جبل صبر من اقتحام معقل"
    tops = recognize(normalize(text).text, default_gaz)
    assert [(t.name, t.attached) for t in tops] == [("مشرعه", False), ("جبل صبر", True)]
    assert tops[0].anchor == "جبل صبر"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word with the article after في, then where it lies from a known place: a place the index lacks
        ("اندلعت اشتباكات في المخدرة بالجبهة جنوبي غرب مأرب", [("المخدره", False, "مارب", False), ("مارب", True, "مارب", True)]),
        ("شنت الطائرات غارات على مواقع في المخدرة، جنوب محافظة مأرب", [("المخدره", False, "مارب", False), ("مارب", True, "مارب", True)]),
        # not a plural, an adjective of kind, or a known place (that one is already read)
        ("انتشرت القوات في الاراضي السورية شمال حلب", [("حلب", True, "حلب", False)]),
        ("قتل في المقدادية، شمال بغداد", [("المقداديه", True, "بغداد", False), ("بغداد", True, "بغداد", True)]),
    ],
)  # fmt: skip
def test_a_place_named_by_where_it_lies_from_a_known_one(
    default_gaz: Gazetteer, text: str, expected: list[tuple]
) -> None:
    tops = recognize(normalize(text).text, default_gaz)
    assert [(t.name, t.known, t.anchor, t.attached) for t in tops] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town whose name holds its article is no ordinary word without it: a gate, squares
        ("وأغلقت القوات باب المدينة", []),
        ("وتحولت ميادين المدينة إلى ساحات حرب", []),
        ("قصفت الطائرات الباب والميادين", ["الباب", "الميادين"]),
        # li-l- keeps the article (its alef elided): the name is written with it
        ("تعهد المانحون بتقديم مليار دولار لليمن", ["يمن"]),
        ("وصلت الشحنة إلى عدن، ولليمن حاجة إلى المزيد", ["عدن", "يمن"]),
        ("أرسل الحزب تعزيزات للقصير المحاصرة", ["قصير"]),
        # a locality (محلة) is a type word, not a place of that name
        ("قتل شخصان في محلة باب التبانة", ["باب التبانه"]),
    ],
)
def test_a_name_without_its_article_or_after_a_locality_word(
    default_gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [t.name for t in recognize(normalize(text), default_gaz)] == expected


def test_places_each_around_which_joined_by_wa_are_one_list(gaz: Gazetteer) -> None:
    tops = recognize(normalize("اشتباكات في محيط بلدة كفرنبل وأطراف بلدة حيش").text, gaz)
    assert [t.name for t in tops] == ["كفرنبل", "حيش"]
    assert tops[0].group is not None and tops[1].group == tops[0].group
    # not a place in one after one around which: "في محيط بلدة X وبلدة Y" is no list of places around
    tops = recognize(normalize("اشتباكات في محيط بلدة كفرنبل وبلدة حيش").text, gaz)
    assert tops[0].group is None or tops[1].group != tops[0].group
