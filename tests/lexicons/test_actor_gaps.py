"""Sides the lexicon and the person linker (rasad.match.names) missed or mis-coded: counterparts written with a
clitic, people the press calls by a short name, a first name that opens another person's lineage, sides named
again by a bare noun before إلى or a relative pronoun, and descriptions of known sides."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import (
    family_name_mentions,
    group_anaphora_mentions,
    local_alias_mentions,
    official_mentions,
    opens_a_lineage,
    state_of_nationality_word,
)
from rasad.model import Article
from rasad.pipeline import Pipeline, _governments
from rasad.text.normalize import normalize


def _found(norm, found) -> list[tuple[str, str | None]]:  # noqa: ANN001
    return [(norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart written with a clitic: و، ب، وب، ل
        ("وبحث وزير الخارجية ونظيره الأمريكي الأزمة", [("نظيره الأمريكي", "USAGOV")]),
        ("والتقى وزير الدفاع بنظيره التركي في أنقرة", [("نظيره التركي", "TURGOV")]),
        ("ثم اجتمع الوزير وبنظيره الإيراني", [("نظيره الإيراني", "IRNGOV")]),
        ("ونقل الوزير رسالة لنظيره الروسي", [("نظيره الروسي", "RUSGOV")]),
        # any office with a clitic: "والسفير الإيراني"، "بالوزير التركي"
        ("والتقى الوزير والسفير الإيراني", [("السفير الإيراني", "IRNGOV")]),
        ("وأشاد الوزير بالوزير التركي", [("الوزير التركي", "TURGOV")]),
        # his counterpart who is a woman, with the adjective in the feminine
        ("وبحث الرئيس الفرنسي مع نظيرته الألمانية الأزمة", [("نظيرته الألمانية", "DEUGOV")]),
        ("وبحث الرئيس مع بنظيرته الألمانية", [("نظيرته الألمانية", "DEUGOV")]),
        # a feminine adjective after another office, a clitic that is no clitic, a former office: none
        ("والتقى الوزير بالسفيرة الفرنسية", []),
        ("وقال إن الكنظيره الأمريكي", []),
        ("والتقى الوزير بالرئيس الإيراني السابق", []),
    ],
)  # fmt: skip
def test_offices_with_a_clitic_and_her_counterpart(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    known = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    assert _found(norm, official_mentions(norm, known, _governments())) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name written in full, then its short name: Ban Ki-moon is بان, Bernardino León ليون
        ("وطالب بان كي مون بهدنة. وقال بان إن الحل سياسي", [("بان", "IGOUNO")]),
        ("ودعا بان كي مون الأطراف إلى الحوار. وأضاف بان، في بيان، أن", [("بان", "IGOUNO")]),
        ("وقال برناردينو ليون إن المحادثات ستستأنف. وأدان ليون الهجوم", [("ليون", "IGOUNO")]),
        # بأن (that) is written بان: the clause it opens follows it, and وبان is "it became clear"
        ("وطالب بان كي مون بهدنة. وأكد بأن الحل سياسي وطالب بأن يتم الإفراج عنهم", []),
        ("وطالب بان كي مون بهدنة. وبان أن الطرفين لم يلتزما", []),
        # without the full name before, the short name is nobody
        ("وقال بأن الحل سياسي. وقال ليون إن", []),
    ],
)
def test_short_names(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    assert _found(norm, family_name_mentions(norm, Matcher.default().scan(norm))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name before بن / ابن is another person's first name (after another's title, الدكتور هادي،
        # الشيخ هادي, the matcher drops it already: see tests/test_actors_names.py)
        ("وقال عضو اللجنة هادي بن علي إن اللجنة ستحقق", [("هادي", True)]),
        ("وقال وجيه القبيلة هادي ابن محمد إن القبيلة محايدة", [("هادي", True)]),
        # the president himself, and a name with an ending, are no lineage's opening
        ("وقال الرئيس هادي إن الوضع صعب", [("الرئيس هادي", False)]),
        ("وقال هادي بنفسه إن الوضع صعب", [("هادي", False)]),
    ],
)
def test_a_first_name_that_opens_a_lineage(text: str, expected: list[tuple[str, bool]]) -> None:
    norm = normalize(text)
    actors = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), opens_a_lineage(norm.text, m)) for m in actors
    ] == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # إلى and a relative pronoun are written with ال and make no other name of a bare side
        ("وتقدمت المقاومة إلى مواقع المتمردين", "YEM", [("المقاومة", "YEMUAF")]),
        ("وقصفت المقاومة التي تحاصر المدينة مواقع المتمردين", "YEM", [("المقاومة", "YEMUAF")]),
        # the largest Kurdish party, in a Turkey report: the HDP
        ("ودعا أكبر حزب كردي إلى تجمع", "TUR", [("أكبر حزب كردي", "TUROPP")]),
        ("ودعا أكبر حزب كردي إلى تجمع", "IRQ", []),
        # the ruling party and the CHP named without حزب (حزبي «العدالة والتنمية» و«الشعب الجمهوري»)
        (
            "وفدا العدالة والتنمية والشعب الجمهوري",
            "TUR",
            [("العدالة والتنمية", "TURGOV"), ("الشعب الجمهوري", "TUROPP")],
        ),
        ("وفاز العدالة والتنمية في الانتخابات", "MAR", []),
        # the separatist organisation of the Turkish government's words: the PKK, in a Turkey report only
        ("وقتل جنديان في هجوم نفذته المنظمة الانفصالية", "TUR", [("المنظمة الانفصالية", "TURREB")]),
        ("وقتل جنديان في هجوم نفذته المنظمة الانفصالية", "ESP", []),
    ],
)
def test_a_local_name_before_ila_or_a_relative_pronoun(
    text: str, country: str, expected: list[tuple[str, str]]
) -> None:
    norm = normalize(text)
    assert _found(norm, local_alias_mentions(norm, Matcher.default().scan(norm), country)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سيطر تنظيم داعش على القرية. وأرسل التنظيم إلى المدينة انتحاريين", [("التنظيم", "REB")]),
        ("هاجمت حركة أحرار الشام الحاجز. وقالت الحركة التي تقاتل في إدلب", [("الحركة", "SYRREB")]),
    ],
)
def test_a_group_named_again_before_ila_or_a_relative_pronoun(text: str, expected: list) -> None:
    norm = normalize(text)
    assert _found(norm, group_anaphora_mentions(norm, Matcher.default().scan(norm))) == expected


_DAY = dt.date(2015, 8, 5)


@pytest.mark.parametrize(
    ("text", "category", "role", "code"),
    [
        # the deposed president named with his state's adjective is Saleh's side, not Hadi's government
        ("وجمدت تركيا أموال الرئيس اليمني المخلوع علي عبدالله صالح أمس.", "political", "actor2", "YEMMIL"),
        # Taiz's military council of the resistance
        ("وأدان المجلس العسكري في تعز قصف الأحياء السكنية وحمل الحوثيين المسؤولية أمس.", "political", "actor1",
         "YEMUAF"),
        ("وهاجم المجلس العسكري بتعز مواقع الحوثيين في جبل صبر أمس.", "conflict", "actor1", "YEMUAF"),
        # the US presidential envoy for the coalition against the Islamic State
        ("ودعا المبعوث الرئاسي الخاص للتحالف الدولي الحكومة العراقية إلى تسليح العشائر أمس.", "political",
         "actor1", "USAGOV"),
        # Turkey's largest Kurdish party is the opposition, not the government
        ("ودعا أكبر حزب كردي في تركيا إلى تجمع في إسطنبول أمس.", "political", "actor1", "TUROPP"),
        ("ودعا أكبر حزب كردي إلى تجمع في إسطنبول أمس.", "political", "actor1", "TUROPP"),
        # the Secretary-General named by title and short name
        ("ودعا الأمين العام بان الأطراف اليمنية إلى وقف القتال أمس.", "political", "actor1", "IGOUNO"),
        # Jewish extremists who attack Palestinians in the West Bank: the settlers' militia
        ("وأحرق متطرفون يهود منزلا في قرية قرب نابلس أمس.", "conflict", "actor1", "ISRUAF"),
        ("وهاجم إسرائيليون متطرفون مزارعين فلسطينيين قرب نابلس أمس.", "conflict", "actor1", "ISRUAF"),
        # the counterpart with a clitic is the other side of the talks
        ("والتقى وزير الخارجية التركي بنظيره الإيراني في أنقرة أمس.", "political", "actor2", "IRNGOV"),
        # the PKK named by the Turkish government's words; two tribes fighting; Libya's recognised prime minister
        ("وقتل ثلاثة جنود في هجوم نفذته المنظمة الانفصالية الإرهابية في ولاية هكاري جنوب شرق تركيا أمس.", "conflict",
         "actor1", "TURREB"),
        ("وقتل العشرات في اشتباكات بين قبيلتين في مدينة سبها أمس.", "conflict", "actor1", "LBYUAF"),
        ("وانتقل رئيس الوزراء المعترف به دوليا إلى مدينة البيضاء شرق ليبيا ودعا الأطراف إلى الحوار أمس.",
         "political", "actor1", "LBYGOV"),
        # a bare side before إلى (a Yemen report)
        ("وتقدمت المقاومة إلى مواقع الحوثيين في مديرية الوازعية بمحافظة تعز أمس.", "conflict", "actor1",
         "YEMUAF"),
    ],
)  # fmt: skip
def test_the_side_is_coded(pipeline: Pipeline, text: str, category: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=_DAY)) if e.category == category]
    assert events, f"no {category} event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # a nisba adjective in every form, definite or not: masculine and feminine, dual and plural, accusative
        ("عراقيين", "IRQ"), ("العراقيون", "IRQ"), ("عراقيه", "IRQ"), ("عراقيا", "IRQ"), ("سوريات", "SYR"),
        ("تركيان", "TUR"), ("تركيتين", "TUR"), ("اليمنيين", "YEM"),
        # broken plurals, with their accusative alif or article
        ("اتراك", "TUR"), ("اتراكا", "TUR"), ("الاتراك", "TUR"), ("افغان", "AFG"), ("الروس", "RUS"),
        # an adjective whose letters begin like the article: German
        ("الماني", "DEU"), ("الالمان", "DEU"),
        # no state's nationality: a people, a direction, a side, a noun
        ("كرديا", None), ("شرقي", None), ("حوثيين", None), ("مدنيين", None), ("في", None),
    ],
)  # fmt: skip
def test_the_state_of_a_nationality_word(word: str, expected: str | None) -> None:
    assert state_of_nationality_word(word) == expected
