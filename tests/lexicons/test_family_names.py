"""A person the lexicon knows by full name, called again by the family name (rasad.match.names)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import (
    family_name_mentions,
    forces_mentions,
    group_anaphora_mentions,
    latter_mentions,
    local_alias_mentions,
)
from rasad.text.normalize import normalize


def _again(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    found = family_name_mentions(norm, Matcher.default().scan(norm))
    return [(norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the full name, then the family name with و / لل (bare الأسد is the lexicon's own alias)
        ("قال الوزير وليد المعلم إن … وأضاف المعلم أن …", [("المعلم", "SYRGOV")]),
        ("قال الوزير وليد المعلم إن … ونسب للمعلم قوله", [("للمعلم", "SYRGOV")]),
        # a role after the full name
        ("وقال عبد اللطيف الزياني الأمين العام للمجلس … وأكد الزياني", [("الزياني", "IGOGCC")]),
        # an institution is no person: its last word is not a name
        ("وقال الأمين العام لمجلس التعاون … وتعزيز التعاون", []),
        # without title or role, a matched name is not taken as a person's
        ("وليد المعلم … المعلم", []),
        # a family name after another of the family's first name is not the one titled (سليمان الأسد)
        ("قال الرئيس بشار الأسد إن … وقتل سليمان الأسد عقيدا", []),
        # a family name two sides share is the person named last before it; before either, neither's
        (
            "قال رئيس الوزراء التركي أحمد داود أوغلو إن … وبحث أوغلو الأزمة. وقال كمال كليتشدار أوغلو زعيم حزب الشعب"
            " الجمهوري إن … ورفض أوغلو العرض",
            [("أوغلو", "TURGOV"), ("أوغلو", "TUROPP")],
        ),
        (
            "بحث أوغلو الأزمة. وقال كمال كليتشدار أوغلو زعيم حزب الشعب الجمهوري … وأكد الرئيس أحمد داود أوغلو",
            [],
        ),
    ],
)
def test_family_name_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _again(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person the lexicon does not know, introduced with a state role and the country served
        (
            "التقى الأمين العام أمس مع عز الدين الأصبحي وزير حقوق الإنسان في اليمن. وأشاد الأصبحي بالدعم.",
            [("الاصبحي", "YEMGOV"), ("الاصبحي", "YEMGOV")],
        ),
        # the role names an organisation before the country: the person is the organisation's
        ("وحضر السفير سعد العريفي رئيس بعثة مجلس التعاون في اليمن.", [("العريفي", "IGOGCC")]),
        # a role without a state or organisation links nobody
        ("وقال خالد العمري رئيس الجمعية إن الوضع صعب.", []),
        # a role after another one that links nobody; the words are read only around the roles
        (
            "وقال رئيس الجمعية إن عز الدين الأصبحي وزير حقوق الإنسان في اليمن زار عدن.",
            [("الاصبحي", "YEMGOV")],
        ),
        # the role must be a word of its own, right after the name: not الوزير, not after a comma, not first
        ("التقى عز الدين الأصبحي الوزير في اليمن.", []),
        ("التقى عز الدين الأصبحي، وزير حقوق الإنسان في اليمن.", []),
        ("وزير حقوق الإنسان في اليمن", []),
    ],
)
def test_people_introduced_with_a_state_role(text: str, expected: list[tuple[str, str]]) -> None:
    import datetime as dt

    from rasad.model import Article
    from rasad.pipeline import Pipeline

    doc = Pipeline().make_doc(Article(id="t", text=text, published=dt.date(2015, 7, 27)))
    got = [(m.norm, m.data["entry"].get("code")) for m in doc.mentions if m.data.get("person_of_role")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office and a nationality: that state's government, for every government of the lexicon
        ("وقال المصدر إن الوزير الإيراني سيقوم بزيارة العراق", [("الوزير الإيراني", "IRNGOV")]),
        ("والتقى السفير الأمريكي أمس رئيس الوزراء العراقي", [("رئيس الوزراء العراقي", "IRQGOV")]),
        ("وقالت السفيرة الفرنسية إن", []),  # the feminine adjective: an office the pattern leaves alone
        ("واستقبل المبعوث الروسي الوفد", [("المبعوث الروسي", "RUSGOV")]),
        ("وبحث القنصل التركي مع المسؤولين", [("القنصل التركي", "TURGOV")]),
        # a former president is no government; a nationality the lexicon has no government for names none
        ("واتهم الرئيس اليمني السابق علي عبدالله صالح", []),
        ("وقال الوزير الأممي", []),
    ],
)  # fmt: skip
def test_officials_by_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    from rasad.match.names import official_mentions
    from rasad.pipeline import _governments

    norm = normalize(text)
    known = [
        m for m in Matcher.default().scan(norm) if m.kind == "actors" and m.norm != "رئيس الوزراء العراقي"
    ]
    found = official_mentions(norm, known, _governments())
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


def test_an_office_the_lexicon_knows_is_left_to_it() -> None:
    from rasad.match.names import official_mentions
    from rasad.pipeline import _governments

    norm = normalize("ودعا الرئيس الإيراني حسن روحاني إلى الحوار")
    known = Matcher.default().scan(norm)
    assert official_mentions(norm, known, _governments()) == []


def _group_again(text: str) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    found = group_anaphora_mentions(norm, Matcher.default().scan(norm))
    return [(norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head noun of a group's name, alone, names the last group named with it
        ("سيطر تنظيم داعش على القرية. وقال التنظيم في بيان", [("التنظيم", "REB")]),
        # an alias without the head noun still belongs to an entry named with it (داعش ← تنظيم داعش)
        ("فجر داعش سيارة مفخخة، وقتل 5 من عناصر التنظيم", [("التنظيم", "REB")]),
        # with clitics: و، ب، لل (whose lam stands for the article)
        (
            "هاجمت حركة أحرار الشام الحاجز، وأعلنت الحركة … واتهم الجيش بالحركة … رتلا للحركة",
            [("الحركة", "SYRREB"), ("بالحركة"[1:], "SYRREB"), ("لحركة", "SYRREB")],
        ),
        # the nearest group named with that noun is the one meant
        ("تنظيم القاعدة … تنظيم داعش … عناصر التنظيم", [("التنظيم", "REB")]),
        # an epithet keeps the reference; another definite word makes a name of its own
        ("تنظيم داعش … التنظيم المتشدد", [("التنظيم", "REB")]),
        ("حزب الله … الحزب الحاكم", []),
        # the Front named again; the front line (على الجبهة، بالجبهة) is no group
        ("قصفت الطائرات مواقع لجبهة النصرة. وشنت الجبهة هجوما", [("الجبهة", "SYRREB")]),
        ("قاتلت جبهة النصرة طويلا. وقتل خمسة على الجبهة وجرح اثنان بالجبهة", []),
        # li- after what a group holds is the Front's ("مواقع للجبهة"); else the front line ("تعزيزات للجبهة")
        ("قاتلت جبهة النصرة طويلا. وقصفت الطائرات مواقع للجبهة", [("لجبهة", "SYRREB")]),
        ("قاتلت جبهة النصرة طويلا. ووصلت تعزيزات للجبهة", []),
        # no group named with the noun before it: nobody
        ("قال التنظيم في بيان … ثم تنظيم داعش", []),
        ("قصف الجيش السوري مواقع المعارضة … وقال الحزب", []),
        # the opposition named again from anywhere in its name (فصائل المعارضة، المعارضة السورية); bare, nobody
        ("قصفت الطائرات مواقع فصائل المعارضة، فردت المعارضة", [("المعارضة", "REB")]),
        (
            "وقال الائتلاف الوطني السوري … وطالبت المعارضة السورية … ثم رفضت المعارضة",
            [("المعارضة", "SYROPP")],
        ),
        ("قصفت الطائرات البلدة، فردت المعارضة", []),
    ],
)
def test_a_group_named_again_by_its_head_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _group_again(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # bare المقاومة is the Popular Resistance in a Yemen report, with clitics (و، ب، لل)
        ("اشتباكات بين المقاومة والمتمردين", "YEM", [("المقاومة", "YEMUAF")]),
        ("تقدم للمقاومة وسيطرة بالمقاومة", "YEM", [("لمقاومة", "YEMUAF"), ("المقاومة", "YEMUAF")]),
        # the longer name the lexicon knows is left to it; another adjective makes another name
        ("المقاومة الشعبية الجنوبية", "YEM", []),
        # المقاومة الشعبية is theirs only there too, with who backs it after it ("المسنودة"), not in the West Bank
        ("المقاومة الشعبية المسنودة بالجيش", "YEM", [("المقاومة الشعبية", "YEMUAF")]),
        ("تفعيل المقاومة الشعبية في الضفة", "PSE", []),
        ("المقاومة اللبنانية", "YEM", []),
        # elsewhere it names nobody: a Lebanese report's "resistance" is someone else
        ("قال إن المقاومة ستواصل القتال", "LBN", []),
        ("قال إن المقاومة ستواصل القتال", None, []),
    ],
)
def test_a_name_that_is_an_actors_only_in_its_country(
    text: str, country: str | None, expected: list[tuple[str, str]]
) -> None:
    norm = normalize(text)
    found = local_alias_mentions(norm, Matcher.default().scan(norm), country)
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the latter" as a noun of its own stands for the side named last
        ("اشتباكات بين الحوثيين وقوات المقاومة الشعبية عقب دخول الأخيرة إلى الحوطة", [("الأخيرة", "YEMUAF")]),
        ("وقصف نظام بشار الأسد المدينة، وقال الأخير إن", [("الأخير", "SYRGOV")]),
        # after a definite noun or one with a pronoun it is an adjective
        ("قصف الجيش السوري المدينة خلال الفترة الأخيرة", []),
        ("قصف الجيش السوري المدينة في أيامه الأخيرة", []),
        # nobody named before: nobody
        ("عقب دخول الأخيرة إلى المدينة", []),
    ],
)
def test_the_latter(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    found = latter_mentions(norm, Matcher.default().scan(norm))
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms and a nationality name that state's forces, definite or not, feminine or masculine
        ("قصفت دبابات تركية مواقع التنظيم", [("دبابات تركية", "TURMIL", None)]),
        ("وقصفت المقاتلات الأردنية مواقع في ريف الرقة", [("المقاتلات الأردنية", "JORMIL", "air")]),
        ("استهدفت طائرة إسرائيلية سيارة", [("طائرة إسرائيلية", "ISRMIL", "air")]),
        # the aircraft's model between them
        ("شنت طائرات اف-16 تركية غارات جديدة", [("طائرات اف-16 تركية", "TURMIL", "air")]),
        ("وقصفت مقاتلات (إف 16) التركية المواقع", [("مقاتلات (إف 16) التركية", "TURMIL", "air")]),
        ("قصفت طائرات سوخوي روسية البلدة", [("طائرات سوخوي روسية", "RUSMIL", "air")]),
        # the acts themselves named by whose they were, a clitic written onto them
        ("وقتل قيادي بغارة جوية أمريكية", [("غارة جوية أمريكية", "USAMIL", "air")]),
        ("وقتل اثنان في قصف تركي على القرية", [("قصف تركي", "TURMIL", None)]),
        ("وتواصلت الضربات الروسية", [("الضربات الروسية", "RUSMIL", None)]),
        # a name the lexicon knows is left to it; a word that is no nationality names nobody
        ("وقصفت القوات السورية المدينة", []),
        ("وقصفت دبابات حديثة المدينة", []),
        ("والجيش يقصف تركيا", []),  # a verb is no act named
    ],
)
def test_forces_named_by_arms_and_nationality(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    from rasad.pipeline import _governments, _militaries

    norm = normalize(text)
    found = forces_mentions(norm, Matcher.default().scan(norm), _governments(), _militaries())
    got = [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code"), m.data.get("means"))
        for m in found
    ]
    assert got == expected


def test_the_words_around_a_role_are_those_of_the_whole_text() -> None:
    # role_person_mentions reads a window around each role; the word before it and the phrase after it must be
    # those a read of the whole text gives, wherever the role is and however long the words at the window's edge
    from bisect import bisect_left

    from rasad.match.names import _ROLE_REACH, _ROLE_WORD, _WORD_OR_MARK, _words_around

    texts = [
        "قال عز الدين الاصبحي وزير حقوق الانسان في اليمن إن …",
        "كلام " * 300 + "وقال الاصبحي وزير حقوق الانسان في اليمن",
        "وكان " + "ب" * 70 + " الاصبحيون وزير حقوق الانسان، " + "كلام " * 5,
        "كلام " * 50 + "ا" * 63 + " وزير " + "ب" * 250,
        "وزير الخارجية",
    ]
    for raw in texts:
        text = normalize(raw).text
        whole = list(_WORD_OR_MARK.finditer(text))
        starts = [w.start() for w in whole]
        for r in (m.start() for m in _ROLE_WORD.finditer(text)):
            words, k = _words_around(text, r)
            j = bisect_left(starts, r)
            assert k == 0 or (words[k - 1].span(), words[k - 1].group()) == (
                whole[j - 1].span(),
                whole[j - 1].group(),
            )
            assert (k == 0) == (j == 0)
            near = [(w.span(), w.group()) for w in words[k : k + _ROLE_REACH + 1]]
            assert near == [(w.span(), w.group()) for w in whole[j : j + _ROLE_REACH + 1]]
