"""People named again by their family name: "قال الدكتور عبد اللطيف الزياني …" then "واكد الزياني …".

Arabic news introduces a person once with title, full name and role, then calls them by the family name
alone. When the lexicon knows the full name, the family name later in the same article is the same actor.
A matched name counts as a person's only when a title stands before it (الدكتور، الرئيس، الوزير …) or a role
after it (الامين العام، وزير …), and it does not itself begin with the article (institutions do: الجيش
السوري، الامين العام لمجلس التعاون); the family name must be a distinctive word: ال + at least three
letters, or five letters without it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from rasad.lexicons.load import load_lexicon
from rasad.model import Mention, Span
from rasad.text.alternation import alternation
from rasad.text.normalize import NormText, normalize_key
from rasad.text.scan import Literals, finditer_at, literal_heads

# normalized forms (أ→ا، ة→ه، ى→ي)
TITLES = frozenset(
    (
        "الدكتور",
        "الدكتوره",
        "د.",
        "الرئيس",
        "الوزير",
        "الوزيره",
        "السفير",
        "الشيخ",
        "الامير",
        "الملك",
        "السيد",
        "السيده",
        "النائب",
        "المبعوث",
        "الجنرال",
        "القائد",
        "العميد",
        "اللواء",
        "العقيد",
        "المقدم",
        "الفريق",
        "العماد",
        "المشير",
        "البروفيسور",
        "المستشار",
        "المتحدث",
    )
)
ROLES = frozenset(
    (
        "الامين",
        "وزير",
        "رئيس",
        "المتحدث",
        "سفير",
        "مبعوث",
        "المبعوث",
        "قائد",
        "زعيم",
        "مستشار",
        "نائب",
        "ممثل",
        "مساعد",
        "امين",
    )
)
# particles that make a phrase of an office, not a person's name ("المبعوث الخاص الي سوريا")
_PARTICLES = frozenset(("الي", "في", "لدي", "عن", "من", "علي", "مع", "ل", "و"))
# clitics a family name takes in running text: و، ف، ب and ل (ل + ال = لل)
_CLITICS = ("", "و", "ف", "ب", "وب", "فب")
_WORD = re.compile(r"[\u0621-\u064a]+")
_WORD_OR_MARK = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+")


def _family_name(words: list[str]) -> str | None:
    last = words[-1]
    if last.startswith("ال") and len(last) >= 5:
        return last
    if not last.startswith("ال") and len(last) >= 5 and len(words) >= 2:
        return last
    return None


def _is_person(text: str, m: Mention, offices: Mapping[int, str] | None = None) -> bool:
    """A name of two words or more with a title before it or a role after it, or one the lexicon gives with its
    title; or right after an office of its state the lexicon names (``offices``: the end of each actor mention → its
    code): "رئيس الوزراء العراقي حيدر العبادي"، "وزير الدفاع العراقي خالد العبيدي"."""
    words = m.norm.split()
    if (
        len(words) >= 3
        and words[0] in TITLES
        and not any(w.startswith("ال") for w in words[1:-1])
        and not any(w in _PARTICLES for w in words)
    ):
        return True  # a name the lexicon gives with its title: "العميد احمد عسيري" (not "المبعوث الاممي الي سوريا")
    if len(words) < 2 or words[0].startswith("ال"):
        return False
    at = m.nspan.start
    before = text[at - 20 if at > 20 else 0 : at].split()[-1:]
    after = text[m.nspan.end : m.nspan.end + 20].split()[:1]
    if (before and _in(before[0], TITLES)) or (after and _in(after[0], ROLES)):
        return True
    code = m.data["entry"].get("code") or ""
    return (
        offices is not None
        and len(code) == 6
        and text[at - 1 : at] == " "
        and not m.data.get("prefix")
        and offices.get(at - 1) == code
    )


# a person's lineage after a first name: "هادي بن علي اليامي"، "هادي ابن …" (normalized; إبن is ابن)
_LINEAGE = (" بن ", " ابن ")


def opens_a_lineage(text: str, m: Mention) -> bool:
    """A one-word actor name followed by بن / ابن is the first name of another person, whose lineage follows:
    "الدكتور هادي بن علي اليامي" is not President Hadi. (A name of two words or more is the person's own, "الملك
    سلمان بن عبدالعزيز"; a name written with a pronoun or another ending after it is no first name.)"""
    return (
        m.kind == "actors"
        and " " not in m.norm
        and not m.data.get("suffix")
        and text.startswith(_LINEAGE, m.nspan.end)
    )


def _in(word: str, words: frozenset[str]) -> bool:
    return word in words or (word[:1] == "و" and word[1:] in words)


def family_name_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the family names of the people the lexicon found, where no actor mention already is."""
    text = norm.text
    names: dict[str, Mention] = {}
    offices: dict[int, str] | None = None
    for m in mentions:
        if m.kind != "actors":
            continue
        short = _SHORT_NAMES.get(m.norm)
        if short is not None:
            names.setdefault(short[0], m)
            continue
        # (a name of letters alone is one word: no person's name, which _is_person finds in two or more)
        if m.norm.isalpha():
            continue
        if offices is None:
            offices = {x.nspan.end: x.data["entry"].get("code") or "" for x in mentions if x.kind == "actors"}
        if not _is_person(text, m, offices):
            continue
        family = _family_name(m.norm.split())
        if family is not None and family not in names:
            names[family] = m
    if not names:
        return []
    datas = {k: {**m.data, "family_name_of": m.norm} for k, m in names.items()}
    found = _occurrences(norm, datas, [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"])
    holders = _holders(mentions, names)
    return [
        m
        for m in (
            _nearest_holder(m, holders)
            for m in found
            if _short_name_fits(text, m) and not _not_the_one(text, m) and not _after_a_given_name(text, m)
        )
        if m is not None
    ]


# the first words of names of groups and forces, not of people ("قوات بشار الاسد" ends with a person's name)
_GROUP_NOUNS = frozenset(
    ("قوات", "جيش", "طائرات", "طيران", "مقاتلات", "مروحيات", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات")
    + ("عصابات", "شبيحه", "عناصر", "جنود", "نظام", "حكومه", "حزب", "جبهه", "كتائب", "لواء", "اداره")
)


def _holders(mentions: list[Mention], names: dict[str, Mention]) -> dict[str, list[Mention]]:
    """The people of each family name that two sides share (احمد داود اوغلو the Turkish premier and كمال
    كليتشدار اوغلو the opposition leader): every actor name of two words or more, not an institution's or a
    force's, that ends with it; only the names whose holders are of more than one code."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.norm.split()
        if m.kind != "actors" or len(words) < 2 or words[0].startswith("ال") or words[0] in _GROUP_NOUNS:
            continue
        if words[-1] in names:
            out.setdefault(words[-1], []).append(m)
    return {k: v for k, v in out.items() if len({m.data["entry"].get("code") for m in v}) > 1}


def _nearest_holder(m: Mention, holders: dict[str, list[Mention]]) -> Mention | None:
    """A family name two people of the article share is the one named last before it ("… رئيس الوزراء احمد داود
    اوغلو … اوضح مكتبه ان اوغلو بحث": the premier, though the opposition leader كمال كليتشدار اوغلو comes later);
    before either is named, it is neither's."""
    named = holders.get(m.norm)
    if named is None:
        return m
    before = [h for h in named if h.nspan.end <= m.nspan.start]
    if not before:
        return None
    last = max(before, key=lambda h: h.nspan.start)
    return Mention(m.kind, m.span, m.norm, m.nspan, {**m.data, **last.data, "family_name_of": last.norm})


# people the press calls by a name the rule of _family_name does not give (normalized): a family name written
# first (بان كي مون: بان), or one of four letters (برناردينو ليون: ليون); wherever the article names them in full,
# with or without a title, the short name is them. A short name that is also a common word holds only in the
# company it keeps: بان is also بأن ("that", normalized), which is followed by the clause it opens, and وبان is "it
# became clear"; Ban is followed by what follows a speaker (ان، عن، الي …), with no clitic
# a verb of saying or urging right after بان is his too ("بان أكد"، "وقال … إن بان دعا"): بأن opens a clause of a
# subject, not of a verb. The secretary-general named by his office stands for his name as his full name does
_BAN_AFTER = frozenset(("ان", "انه", "عن", "الي", "خلال", "امام", "،", ",", ".", ":")) | frozenset(
    "اكد قال دعا حث شدد ندد دان طالب اشار اعلن اوضح اضاف اعرب حذر رحب عبر".split()
)
_SHORT_NAMES: dict[str, tuple[str, frozenset[str] | None]] = {
    "بان كي مون": ("بان", _BAN_AFTER),
    "الامين العام للامم المتحده": ("بان", _BAN_AFTER),
    "الامين العام للمنظمه الدوليه": ("بان", _BAN_AFTER),
    "برناردينو ليون": ("ليون", None),
}
_SHORT_NAME_OF = {short: after for short, after in _SHORT_NAMES.values()}


def _short_name_fits(text: str, m: Mention) -> bool:
    after = _SHORT_NAME_OF.get(m.norm)
    if after is None:
        return True
    if m.data["prefix"]:
        return False
    follows = _WORD_OR_MARK.search(text, m.nspan.end)
    return follows is not None and follows.group() in after


def _actor_mention(norm: NormText, start: int, end: int, data: dict[str, Any]) -> Mention:
    return Mention(
        kind="actors",
        span=norm.raw_span(start, end),
        norm=norm.text[start:end],
        nspan=Span(start, end),
        data=data,
    )


def _occurrences(norm: NormText, names: dict[str, dict], taken: list[tuple[int, int]]) -> list[Mention]:
    """Actor mentions of each name in ``names`` (a family name → the mention data to give it), wherever it is
    written with or without clitics and no actor mention already is."""
    text = norm.text
    out: list[Mention] = []
    for start, end in _words_ending_with(text, {name[1:] for name in names}):
        word = text[start:end]
        for clitic in _CLITICS:
            if not word.startswith(clitic):
                continue
            rest = word[len(clitic) :]
            family = rest if rest in names else None
            if family is None and clitic in ("", "و", "ف") and rest.startswith("لل"):
                family = "ا" + rest[1:] if ("ا" + rest[1:]) in names else None  # للزياني → الزياني
            if family is None:
                continue
            if any(s < end and start < e for s, e in taken):
                break
            nstart = start + len(clitic)
            out.append(_actor_mention(norm, nstart, end, {**names[family], "prefix": clitic, "suffix": ""}))
            break
    return out


def _words_ending_with(text: str, tails: set[str]) -> list[tuple[int, int]]:
    """The spans of the words ``_WORD.finditer(text)`` gives that end with one of ``tails``, in text order. A
    name is found with a clitic (وب + الزياني) or with its article absorbed (لل + زياني): either way its word
    ends with all of it but its first letter. The few names' endings are looked for with ``str.find``,
    rather than every word of the text tried against every clitic (a tenth of the cost)."""
    if any(not _WORD.fullmatch(t) for t in tails):  # (a name of other characters than letters: in no word)
        return [w.span() for w in _WORD.finditer(text) if w.group().endswith(tuple(tails))]
    n = len(text)
    spans: set[tuple[int, int]] = set()
    for tail in tails:
        i = text.find(tail)
        while i != -1:
            end = i + len(tail)
            if end == n or not "\u0621" <= text[end] <= "\u064a":
                start = i
                while start and "\u0621" <= text[start - 1] <= "\u064a":
                    start -= 1
                spans.add((start, end))
            i = text.find(tail, i + 1)
    return sorted(spans)


# a role whose holder belongs to a state: "عز الدين الاصبحي وزير حقوق الانسان في اليمن"
STATE_ROLES = frozenset(("وزير", "رئيس", "سفير", "مبعوث", "ممثل", "نائب", "مستشار", "المتحدث"))
_ROLES = Literals(STATE_ROLES)  # where _ROLE_WORD is tried (see rasad.text.scan)
_ROLE_REACH = 6
# a role written as a word of its own, as _WORD_OR_MARK cuts the text
_ROLE_WORD = re.compile(
    r"(?<![\u0621-\u064a])(?:"
    + "|".join(sorted(STATE_ROLES, key=len, reverse=True))
    + r")(?![\u0621-\u064a])"
)
# definite words that stand before a role without being anyone's name: "في نهايه الامر رئيس …"
_NOT_NAMES = (
    TITLES
    | {"ال" + r for r in ("وزير", "رئيس", "سفير", "مبعوث", "ممثل", "نائب", "مستشار")}
    | frozenset(
        ("الامر", "العام", "الاول", "الاخير", "الجديد", "السابق", "الحالي", "الاسبق", "المقبل", "الماضي")
    )
    # the day or time of the act told before the role: "استقبل الملك اليوم وزير الخارجية"، "امس الاحد وزير"
    | frozenset(
        "اليوم الليله الصباح المساء الظهر الفجر الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split()
    )
)  # words from the role to the country it serves


def role_person_mentions(
    norm: NormText,
    mentions: list[Mention],
    toponyms: list[Any],
    places: list[Any],
    governments: Mapping[str, Any],
) -> list[Mention]:
    """People the lexicon does not know, introduced with a state role: "مع عز الدين الاصبحي وزير حقوق الانسان في
    اليمن" makes الاصبحي (here and later, "اشاد الوزير عز الدين الاصبحي") an actor of the Yemeni government.

    The family name is the word right before the role (ال + at least three letters); the state is a country
    named within a few words after the role, or a government the lexicon matched there ("وزير الخارجيه
    اليمني"). ``governments`` maps a code (YEMGOV) to its lexicon entry."""
    text = norm.text
    # most articles name no role: one search over the text, and the words only around a role when there is one
    roles = [m.start() for m in finditer_at(_ROLE_WORD, text, _ROLES.starts(text))]
    if not roles:
        return []
    actors = [m for m in mentions if m.kind == "actors"]
    taken = [(m.nspan.start, m.nspan.end) for m in actors]
    names: dict[str, dict] = {}
    for r in roles:
        words, k = _words_around(text, r)
        if k == 0 or not _WORD.fullmatch(words[k - 1].group()):
            continue
        family = words[k - 1].group()
        if not (family.startswith("ال") and len(family) >= 5) or family in names or family in _NOT_NAMES:
            continue
        fs, fe = words[k - 1].span()
        if text[fe : words[k].start()].strip() or any(s < fe and fs < e for s, e in taken):
            continue
        if any(t.start < fe and fs < t.end for t in toponyms):
            continue
        entry = _state_after(text, words, k, actors, toponyms, places, governments)
        if entry is not None:
            names[family] = {"entry": entry, "person_of_role": text[words[k].start() : words[k].end()]}
    return _occurrences(norm, names, taken) if names else []


_AROUND_BEFORE, _AROUND_AFTER = 64, 240  # characters read around a role (a word before it, a phrase after)


def _words_around(text: str, r: int) -> tuple[list[re.Match[str]], int]:
    """The words (and marks) around the role that starts at ``r``, and the role's index among them: those
    a read of the whole text gives there (the window is widened to the whole text when a word it needs might
    be cut at its edge)."""
    lo, hi = max(0, r - _AROUND_BEFORE), min(len(text), r + _AROUND_AFTER)
    before = list(_WORD_OR_MARK.finditer(text, lo, r))
    after = list(_WORD_OR_MARK.finditer(text, r, hi))
    cut_before = lo > 0 and bool(before) and before[-1].start() == lo
    cut_after = hi < len(text) and len(after) <= _ROLE_REACH + 1
    if cut_before or cut_after:
        words = list(_WORD_OR_MARK.finditer(text))
        return words, bisect_left([w.start() for w in words], r)  # a role is a whole word: it starts one
    return [*before, *after], len(before)


def _state_after(text, words, k, actors, toponyms, places, governments):  # noqa: ANN001, ANN202
    span_end = words[k].end()
    for j in range(k + 1, min(len(words), k + 1 + _ROLE_REACH)):
        if not _WORD.fullmatch(words[j].group()):
            break  # a comma or full stop ends the role phrase
        span_end = words[j].end()
    lo = words[k].start()
    for m in actors:
        code = m.data["entry"].get("code") or ""
        if lo <= m.nspan.start < span_end and len(code) == 6 and not code.endswith("CVL"):
            # "وزير الخارجيه اليمني" (a government); "رئيس بعثه مجلس التعاون في اليمن" (the organisation)
            return m.data["entry"]
    for t, p in zip(toponyms, places, strict=False):
        if lo <= t.start < span_end and p is not None and p.country and p.admin1 is None:
            return governments.get(f"{p.country}GOV")
    return None


def _at_word_start(words: tuple[str, ...]) -> str:
    """The words as alternatives that open with their first letters, each checked for no letter before it once
    taken (``وزير`` → ``و(?<![ء-ي]و)زير``): the engine jumps from one such letter to the next instead of trying a
    look-behind at every position. Each first letter's words are tried longest first, as ``"|".join(sorted(words,
    key=len, reverse=True))`` tries them, so the same word matches at the same place."""
    rests: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    return (
        "(?:"
        + "|".join(
            f"{re.escape(c)}(?<![\u0621-\u064a]{re.escape(c)})(?:{'|'.join(r)})" for c, r in rests.items()
        )
        + ")"
    )


# officials named by their office and nationality: "الوزير الايراني"، "السفير الامريكي"، "رئيس الوزراء التركي"
_OFFICES = (
    "رئيس الوزراء",
    "الوزير",
    "الوزيره",
    "السفير",
    "السفيره",
    "المبعوث",
    "الرئيس",
    "رئيس الحكومه",
    "القنصل",
    "الدبلوماسي",
    "القائم بالاعمال",  # (a chargé d'affaires: "استدعت الخارجية القائم بالاعمال التركي")
    # a state's delegation, parliament and monarch: "الوفد الروسي"، "البرلمان التركي"، "العاهل الاردني"
    "الوفد",
    "البرلمان",
    "العاهل",
    "الملك",
    # a counterpart and nationality: "بحث الوزير مع نظيره العراقي"
    "نظيره",
    "نظيرته",
    "نظيرها",
    "نظيريه",
    "نظرائه",
)
_OFFICIAL = re.compile(
    _at_word_start(_OFFICES) + r" (ال[\u0621-\u064a]{3,}ي)"
    r"(?![\u0621-\u064a])(?! (?:السابق|المخلوع|الاسبق|الراحل))"  # a former president is no government
)


# (an office starts with one of these, where the pattern is tried: see rasad.text.scan)
_OFFICE_HEADS = Literals(literal_heads(_OFFICES))
# an office written with a clitic (ونظيره الامريكي، بنظيره التركي، والسفير الايراني) or a counterpart of hers with
# the adjective in the feminine (نظيرته الالمانيه): what _OFFICIAL, which wants a word of its own and a masculine
# adjective, leaves; tried where an office's word holds letters before it, or where a counterpart of hers is named
_OFFICE_CLITICS = frozenset(("و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"))
_HER_COUNTERPART = ("نظيرته", "نظيرتها")
_OFFICIAL_MORE = re.compile(
    "(" + "|".join(sorted(_OFFICES, key=len, reverse=True)) + r") (ال[\u0621-\u064a]{3,}ي)(ه)?"
    r"(?![\u0621-\u064a])(?! (?:السابق|السابقه|المخلوع|الاسبق|الراحل))"
)


# a minister named by his portfolio and nationality: "وزير النقل اليمني"، "وزير الثقافة والسياحة التركي"، "وزيرة
# الثقافة الاسرائيلية"، "ووزير الداخلية العراقي" (one to three definite words of the portfolio, joined by و or not)
_MINISTER_CLITICS = frozenset(("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"))
_PORTFOLIO_WORDS = 3
_FORMER = frozenset(("السابق", "السابقه", "المخلوع", "الاسبق", "الراحل"))
# definite words that are no portfolio but another office or person ("وزير الخارجية والسفير الامريكي")
_NOT_PORTFOLIO = TITLES | frozenset(("الامين", "المندوب", "الممثل", "القنصل", "الوفد", "نظيره"))


# nouns in construct that open a portfolio of no article (normalized): حقوق الانسان، شؤون المغتربين
_PORTFOLIO_CONSTRUCTS = frozenset(("حقوق", "شؤون", "شئون"))


def _ministers(text: str, nationality: Mapping[str, str]) -> list[tuple[tuple[int, int], str, str]]:
    """(span, nationality, clitic) of each minister named by portfolio and nationality: the first word after the
    portfolio that is a nationality adjective (masculine; feminine too after وزيرة) ends it."""
    out = []
    i = text.find("وزير")
    while i != -1:
        ws = _word_start(text, i)
        clitic = text[ws:i]
        words = _WORD.finditer(text, i, min(len(text), i + 160))
        office = next(words)
        if clitic in _MINISTER_CLITICS and office.group() in ("وزير", "وزيره"):
            prev = office
            for k, w in enumerate(words):
                if text[prev.end() : w.start()] != " " or k > _PORTFOLIO_WORDS:
                    break
                word = w.group()
                adjective = word[:-1] if office.group() == "وزيره" and word.endswith("يه") else word
                if k > 0 and adjective in nationality:
                    after = _WORD_OR_MARK.search(text, w.end())
                    if after is None or after.group() not in _FORMER:
                        out.append(((i, w.end()), adjective, clitic))
                    break
                bare = word[1:] if word.startswith("و") else word
                # (a portfolio may open with a noun in construct: "وزير حقوق الانسان اليمني"، "وزير شؤون المغتربين")
                if (not bare.startswith("ال") and not (k == 0 and word in _PORTFOLIO_CONSTRUCTS)) or (
                    bare in _NOT_PORTFOLIO
                ):
                    break
                prev = w
        i = text.find("وزير", i + 4)
    return out


# a diplomat not named, with a nationality: "قال دبلوماسي اميركي"، "ونقلت عن دبلوماسيين اتراك كبار" (the state's
# government), the adjective indefinite, singular or plural. Not a bare "official" (مسؤول تركي): in a report of
# war he is who announces the toll ("اعلن مسؤول تركي عن مقتل شرطيين"), and the event's side is someone else
_UNNAMED_DIPLOMAT = re.compile(
    r"(و?[فبل]?)(دبلوماسي(?:ون|ين)?)(?: (?:كبير|كبار|رفيع|بارز|بارزون|بارزين|رفيع المستوي))?"
    r" ([\u0621-\u064a]{3,}ي(?=ون|ين|[^\u0621-\u064a]|$)|اتراك|روس|امريكان|امركان)(?:ون|ين)?(?![\u0621-\u064a])"
    r"(?! (?:سابق|السابق))"
)
# one who asks not to be named is a source of the report, not a side of it: "قال دبلوماسي تركي رفض الكشف عن
# هويته"، "دبلوماسيون امريكيون اشترطوا عدم نشر اسمائهم" (within a few words after him)
_ANONYMOUS = re.compile(
    r"[^.:\n]{0,40}?(?<![\u0621-\u064a])(?:هويته|هويتهم|هويتها|اسمه|اسمها|اسمهم|اسمائهم)(?![\u0621-\u064a])"
)


def _unnamed_diplomats(text: str, nationality: Mapping[str, str]) -> list[tuple[tuple[int, int], str, str]]:
    """(span, nationality, clitic) of each diplomat named by no name but his state's adjective."""
    starts = []
    i = text.find("دبلوماسي")
    while i != -1:
        starts.append(_word_start(text, i))
        i = text.find("دبلوماسي", i + 8)
    out = []
    for m in finditer_at(_UNNAMED_DIPLOMAT, text, starts):
        adjective = "ال" + _BROKEN_PLURALS.get(m.group(3), m.group(3))
        if adjective in nationality and _ANONYMOUS.match(text, m.end()) is None:
            out.append(((m.start(2), m.end()), adjective, m.group(1)))
    return out


# two states' bodies named with one noun and two adjectives: "الحكومتان الباكستانية والتركية"، "الجيشين العراقي
# والسوري" (a dual: each adjective a body of its own), "القوات الافغانية والباكستانية" (the noun of the first named
# with it: the second adjective is the other state's body of the same kind)
_DUAL_BODIES = {
    "الحكومتان": "GOV", "الحكومتين": "GOV", "النظامان": "GOV", "النظامين": "GOV", "الطرفان": "GOV",
    "الطرفين": "GOV", "الجانبان": "GOV", "الجانبين": "GOV", "الرئيسان": "GOV", "الرئيسين": "GOV",
    "الوزيران": "GOV", "الوزيرين": "GOV", "الوفدان": "GOV", "الوفدين": "GOV", "البرلمانان": "GOV",
    "البرلمانين": "GOV", "الجيشان": "MIL", "الجيشين": "MIL",
}  # fmt: skip
_DUAL_STEMS = tuple(sorted({w[2:-2] for w in _DUAL_BODIES}))
# (group 1 the clitic with the article: ال, بال, وال, or لل whose ل drops the article's alif: "للنظامين السوري")
_DUAL_PAIR = re.compile(
    r"(و?(?:[بل]?ال|لل))(" + "|".join(w[2:] for w in _DUAL_BODIES) + r") (ال[\u0621-\u064a]{3,}ي)(?:ه)?"
    r"(?= و(ال[\u0621-\u064a]{3,}ي)(?:ه)?(?![\u0621-\u064a]))"
)
_AND_ADJECTIVE = re.compile(r" و(ال[\u0621-\u064a]{3,}ي)(ه)?(?![\u0621-\u064a])")


def _body_of(country: str | None, role: str) -> Any:
    if not country:
        return None
    return state_militaries().get(country) if role == "MIL" else state_governments().get(country + "GOV")


def elliptic_pair_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    """The bodies of two states named with one noun ("الحكومتان الباكستانية والتركية"): each state's government
    or army, the second named by its adjective after و; spans an actor mention already holds are left."""
    text = norm.text
    found: list[tuple[int, int, Any, str]] = []  # (start, end, entry, clitic)
    if any(stem in text for stem in _DUAL_STEMS):
        starts = sorted(
            {_word_start(text, i) for stem in _DUAL_STEMS for i in _places_of(text, stem) if i >= 2}
        )
        for m in finditer_at(_DUAL_PAIR, text, starts):
            role = _DUAL_BODIES["ال" + m.group(2)]
            first = _body_of(state_of_nationality(m.group(3)), role)
            if first is not None:
                # (the span holds the article where it is written: "الجيشين العراقي", "لل" + "نظامين السوري")
                clitic = m.group(1)
                start = m.start(2) if clitic.endswith("لل") else m.start(2) - 2
                found.append((start, m.end(), first, clitic if clitic.endswith("لل") else clitic[:-2]))
    for x in mentions:
        if x.kind != "actors" or not text.startswith(" و", x.nspan.end):
            continue
        code = x.data["entry"].get("code") or ""
        words = x.norm.split()
        if len(code) != 6 or code[3:] not in ("GOV", "MIL") or len(words) < 2:
            continue
        if state_of_nationality(words[-1]) != code[:3]:
            continue  # (the name does not end with its state's adjective: "قوات الامن" …)
        found.append((-1, x.nspan.end, None, code[3:]))
    out: list[Mention] = []
    if not found:
        return out
    taken = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"]
    for s, e, entry, clitic in found:
        role = clitic if entry is None else (entry.get("code") or "")[3:]
        second = _AND_ADJECTIVE.match(text, e)
        other = _body_of(state_of_nationality(second.group(1)), role) if second else None
        if other is None:
            continue
        pairs = [] if entry is None else [(s, e, entry, clitic)]
        pairs.append((second.start(1), second.end(), other, "و"))
        for a, b, ent, cl in pairs:
            if not any(x < b and a < y for x, y in taken):
                out.append(_actor_mention(norm, a, b, {"entry": ent, "prefix": cl, "suffix": ""}))
                taken.append((a, b))
    return out


def official_mentions(
    norm: NormText, mentions: list[Mention], governments: Mapping[str, Any]
) -> list[Mention]:
    """The bodies of states named by office and nationality (``_office_mentions``), then the second state's of a
    pair named with one noun (``elliptic_pair_mentions``)."""
    out = _office_mentions(norm, mentions, governments)
    return out + elliptic_pair_mentions(norm, mentions + out)


def _office_mentions(
    norm: NormText, mentions: list[Mention], governments: Mapping[str, Any]
) -> list[Mention]:
    """An office and a nationality adjective the lexicon does not list together ("سيقوم الوزير الايراني بزياره
    …") name that state's government. The adjective is read off the government's own aliases (الحكومه الايرانيه
    → الايراني), so every government of the lexicon is covered; spans an actor mention already holds are left."""
    text = norm.text
    heads = _OFFICE_HEADS.starts(text)
    nationality = _nationalities(tuple(sorted(governments)))
    ministers = _ministers(text, nationality) if "وزير" in text else []
    unnamed = _unnamed_diplomats(text, nationality) if "دبلوماسي" in text else []
    if not heads and not ministers and not unnamed:
        return []
    # (office, nationality, clitic) by span: the plain ones, then those with a clitic or a feminine adjective
    found = [(m.span(), m.group(1), "") for m in finditer_at(_OFFICIAL, text, heads)]
    found += ministers
    for s in heads:
        ws = _word_start(text, s)
        clitic = text[ws:s]
        if clitic not in _OFFICE_CLITICS and not (not clitic and text.startswith(_HER_COUNTERPART, s)):
            continue
        m = _OFFICIAL_MORE.match(text, s)
        if (
            m is None
            or (m.group(3) and m.group(1) not in _HER_COUNTERPART)
            or (not clitic and not m.group(3))
        ):
            continue  # (a feminine adjective only after "his counterpart" (f.); no clitic: _OFFICIAL's own)
        found.append((m.span(), m.group(2), clitic))
    found += unnamed
    if not found:
        return []
    taken = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"]
    out: list[Mention] = []
    for (s, e), adjective, clitic in sorted(found):
        entry = governments.get(nationality.get(adjective, ""))
        if entry is None or any(a < e and s < b for a, b in taken):
            continue
        data = {"entry": entry, "prefix": clitic, "suffix": "", "office_of": adjective}
        out.append(_actor_mention(norm, s, e, data))
    return out


@functools.cache
def _nationalities(codes: tuple[str, ...]) -> dict[str, str]:
    """Masculine nationality adjective (الايراني) → government code (IRNGOV), from the aliases "الحكومه X"."""
    out: dict[str, str] = {}
    for entry in load_lexicon("actors"):
        code = entry.get("code") or ""
        if code not in codes:
            continue
        for key in entry.keys:
            words = key.split()
            if len(words) == 2 and words[0] == "الحكومه" and words[1].endswith("يه"):
                out.setdefault(words[1][:-1], code)  # الايرانيه → الايراني
    return out


# an organisation named again by its head noun: "تنظيم داعش" … "عناصر التنظيم"، "حركة احرار الشام" … "وقالت الحركة"
# (normalized forms; the noun without its article → the spellings an alias may begin with)
_GROUP_HEADS: dict[str, tuple[str, ...]] = {
    "التنظيم": ("تنظيم",),
    "الحركه": ("حركه",),
    "الجماعه": ("جماعه",),
    "الحزب": ("حزب",),
    "الجبهه": ("جبهه",),  # "جبهة النصرة … وشنت الجبهة هجوما"; not "على الجبهة" (the front): see _FRONT_WORDS
    # "فصائل المعارضة … وردت المعارضة باستهداف …": the opposition named before, wherever the word stands in
    # its name (see _NAMED_ANYWHERE); bare, with no such antecedent, it names no side
    "المعارضه": ("المعارضه",),
}  # not الميليشيات: in a report of allied militias ("ميليشيات الحوثي وصالح") it is both, not the last named
# adjectives that describe the group named before without making another name ("التنظيم المتشدد"); any other
# definite word after the head makes a name of its own ("الحركه القوميه", "الحزب الحاكم")
_GROUP_EPITHETS = frozenset(
    ("المتشدد", "المتطرف", "الارهابي", "الجهادي", "المسلح", "المتمرد", "المتشدده", "المتطرفه", "الارهابيه",
     "الجهاديه", "المسلحه", "المتمرده", "الانقلابيه", "الحوثيه", "المجرم", "المجرمه", "التكفيري", "التكفيريه",
     "الاجرامي", "الاجراميه",
     # who backs it: "المقاومة الشعبية المسنودة بقوات الجيش"، "الحركة المدعومة من ايران"
     "المسنوده", "المسنود", "المسنودين", "المدعومه", "المدعوم", "المدعومين", "المواليه", "الموالي", "الموالين",
     "المؤيده", "المؤيد", "المؤيدين",
     # where it stands or is held: "الميليشيات المتمركزة في التلال"، "عناصر الميليشيات المحاصرين في المبنى"
     "المتمركزه", "المتمركز", "المتمركزين", "المنتشره", "المنتشر", "المنتشرين", "المتحصنه", "المتحصن",
     "المتحصنين", "المحاصره", "المحاصر", "المحاصرين")
)  # fmt: skip
# words written with ال that are no definite word of a name: إلى، the relative pronouns, الآن، إلا ("المقاومة
# إلى …"، "الحركة التي …" name the side as the bare noun does)
_NOT_DEFINITE = frozenset(("الي", "التي", "الذي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي",
                           "الان", "الا"))  # fmt: skip


def _another_name_after(text: str, end: int) -> bool:
    """A definite word after a side's noun that is no epithet makes another name of it ("الحركه القوميه"); the
    word is its letters, without the mark written onto it ("تبناهما التنظيم المتطرف، واستهدفا")."""
    after = text[end : end + 24].split()[:1]
    word = _WORD.match(after[0]) if after else None
    return (
        word is not None
        and word.group().startswith("ال")
        and word.group() not in _GROUP_EPITHETS
        and word.group() not in _NOT_DEFINITE
    )


# words before الجبهة that make it the front line (على الجبهة، في الجبهة، الى الجبهة)
# what a group has (normalized), before li- and the group: "مواقع للجبهة" (the Front's positions)
_HELD_BY_A_GROUP = frozenset(("مواقع", "موقع", "مقرات", "مقر", "مقرا", "عناصر", "مقاتلين", "قياديا", "معاقل"))
_FRONT_WORDS = (["علي"], ["في"], ["الي"], ["من"], ["عند"], ["نحو"], ["باتجاه"], ["خط"], ["خطوط"])
_GROUP_STEMS = tuple(sorted({h[2:] for h in _GROUP_HEADS}))
_GROUP_STEM_WORDS = Literals(_GROUP_STEMS)  # (see rasad.text.scan)
_GROUP_WORD = re.compile(
    r"(?<![\u0621-\u064a])(?:(و?[فبك]?)ال|(و?ل)ل)("  # "التنظيم", "والتنظيم", "بالتنظيم"; "للتنظيم"
    + "|".join(sorted({h[2:] for h in _GROUP_HEADS}, key=len, reverse=True))
    + r")(?![\u0621-\u064a])"
)


def _word_start(text: str, i: int) -> int:
    """Where the word of Arabic letters that holds offset ``i`` starts."""
    while i and "\u0621" <= text[i - 1] <= "\u064a":
        i -= 1
    return i


def group_anaphora_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    """An organisation named again by its head noun alone is the last one named before it with that noun:
    "تبنى تنظيم داعش الهجوم … وقال التنظيم في بيان"، "سيطرت حركة احرار الشام … واعلنت الحركة". An entry
    qualifies when one of its aliases begins with the noun (داعش is the entry of "تنظيم داعش", so "داعش" then
    "التنظيم" links too). Without such an antecedent before it, the noun names nobody."""
    text = norm.text
    # a match starts where the word that holds one of the nouns starts (its clitics and article are letters)
    found = finditer_at(_GROUP_WORD, text, [_word_start(text, i) for i in _GROUP_STEM_WORDS.starts(text)])
    if not found:
        return _linked_militia_mentions(norm, mentions)
    actors = [m for m in mentions if m.kind == "actors" and not m.data["entry"].get("generic")]
    actors.sort(key=lambda m: m.nspan.start)
    taken = [(m.nspan.start, m.nspan.end) for m in actors]
    out: list[Mention] = []
    for g in found:
        prefix = g.group(1) if g.group(1) is not None else g.group(2)
        s, e = g.start() + len(prefix), g.end()  # "التنظيم"; in "للتنظيم" the lam that stands for its article
        if any(a < e and s < b for a, b in taken):
            continue  # part of a name the lexicon matched ("الحزب الديمقراطي الكردستاني")
        if _another_name_after(text, e):
            continue
        before = text[max(0, g.start() - 12) : g.start()].split()[-1:]
        if g.group(3) == "جبهه" and (
            any(c in prefix for c in "بك")
            or ("ل" in prefix and not (before and before[0].lstrip("و") in _HELD_BY_A_GROUP))
            or before in _FRONT_WORDS
        ):
            continue  # "على الجبهة"، "بالجبهة"، "للجبهة": the front line, not the Front named before
        nouns = _GROUP_HEADS["ال" + g.group(3)]
        antecedent = next(
            (m for m in reversed(actors) if m.nspan.end <= s and _headed_by(m.data["entry"], nouns)), None
        )
        if antecedent is not None:
            again = _told_again(norm, s, e, prefix, antecedent)
            if g.group(1) is None:
                again.data[ARTICLE_LAM] = True  # ("للتنظيم": the lam of the article opens the mention)
            out.append(again)
    return out + _linked_militia_mentions(norm, mentions)


# a militia joined to a state's forces and linked to them by a pronoun: "قوات الاسد والمليشيات المسلحه التابعه
# له"، "الجيش العراقي وميليشيات تابعه له" is that state's pro-government militia (the entry's id by country)
_LINKED_MILITIA = re.compile(
    r" و((?:ال)?مي?ليشي(?:ات|ا)(?: (?:ال)?مسلحه)? (?:ال)?(?:تابعه|مواليه) (?:له|لها|لهم))(?![\u0621-\u064a])"
)
_STATE_MILITIA = {"SYR": "syria-ndf", "IRQ": "iraq-pmf"}


def _linked_militia_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    text = norm.text
    if "ليشي" not in text:
        return []
    out: list[Mention] = []
    taken = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"]
    for x in mentions:
        if x.kind != "actors" or not text.startswith(" و", x.nspan.end):
            continue
        code = x.data["entry"].get("code") or ""
        if len(code) != 6 or code[3:] not in ("MIL", "GOV") or code[:3] not in _STATE_MILITIA:
            continue
        m = _LINKED_MILITIA.match(text, x.nspan.end)
        if m is None or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        entry = _entry_by_id(_STATE_MILITIA[code[:3]])
        if entry is not None:
            out.append(
                _actor_mention(norm, m.start(1), m.end(1), {"entry": entry, "prefix": "و", "suffix": ""})
            )
    return out


# A Security Council resolution named by its number (normalized): "القرار 2216"، "بالقرار الاممي رقم 2216"،
# "للقرار الدولي 2254"، "قرار مجلس الامن رقم 2216" — the council's, as قرار مجلس الامن is (a number of three or four
# digits: the council's numbers; "القرار رقم 5" of a ministry is no resolution of it)
_RESOLUTION = re.compile(
    r"(?<![\u0621-\u064a])(?:(و?[فبك]?)(القرار)|(و?ف?ل)(لقرار))"
    r"(?: (?:الاممي|الدولي|الاممي الدولي))?(?: رقم)? ([1-9][0-9]{2,3})(?![0-9])"
)


def resolution_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    """A resolution named by its number ("رحب الوزير بالقرار 2216") names the Security Council: its side in what
    is said of it (welcomed, rejected, carried out). Spans an actor mention already holds are left."""
    text = norm.text
    if "لقرار" not in text:
        return []
    entry = _entry_by_id("un-security-council")
    taken = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"]
    out: list[Mention] = []
    for g in _RESOLUTION.finditer(text):
        if g.group(2) is not None:
            clitic, s, lam = g.group(1), g.start(2), False
        else:  # للقرار: the mention holds the lam that stands for the article
            clitic, s, lam = g.group(3), g.start(4), True
        end = g.end()
        if any(a < end and s < b for a, b in taken):
            continue
        out.append(_clitic_mention(norm, s, end, entry, clitic, lam=lam))
    return out


def _clitic_mention(norm: NormText, start: int, end: int, entry: Any, clitic: str, *, lam: bool) -> Mention:
    """A mention of ``entry`` after ``clitic``; ``lam``: its first letter is the lam of the article whose alif
    the clitic li- dropped (see ARTICLE_LAM)."""
    data = {"entry": entry, "prefix": clitic, "suffix": ""}
    if lam:
        data[ARTICLE_LAM] = True
    return _actor_mention(norm, start, end, data)


@functools.cache
def _entry_by_id(entry_id: str) -> Any:
    return next((e for e in load_lexicon("actors") if e.id == entry_id), None)


def _told_again(norm: NormText, start: int, end: int, prefix: str, antecedent: Mention) -> Mention:
    """A mention of the side ``antecedent`` named again at ``start:end`` (its entry, and what it stands for)."""
    data = {**antecedent.data, "prefix": prefix, "suffix": "", "antecedent": antecedent.norm}
    data.pop(ARTICLE_LAM, None)
    return _actor_mention(norm, start, end, data)


@functools.cache
def _alias_heads(entry_id: str) -> frozenset[str]:
    """The first words of an actor entry's aliases of more than one word (تنظيم، حركه، جماعه …)."""
    for entry in load_lexicon("actors"):
        if entry.id == entry_id:
            return frozenset(k.split()[0] for k in entry.keys if " " in k)
    return frozenset()


# (entry's id, nouns) → (entry, whether it is headed by them): asked of every actor named before a group's noun, back
# to the one it stands for, and an entry of many aliases takes long to read; an entry is kept with its answer, so
# that its id stands for it as long as the answer is kept
_HEADED: dict[tuple[int, tuple[str, ...]], tuple[Any, bool]] = {}
_HEADED_MAX = 1 << 12


def _headed_by(entry: Any, nouns: tuple[str, ...]) -> bool:
    key = (id(entry), nouns)
    known = _HEADED.get(key)
    if known is not None and known[0] is entry:
        return known[1]
    headed = _headed_by_uncached(entry, nouns)
    if len(_HEADED) >= _HEADED_MAX:
        _HEADED.clear()
    _HEADED[key] = (entry, headed)
    return headed


def _headed_by_uncached(entry: Any, nouns: tuple[str, ...]) -> bool:
    if not entry.get("code"):
        return False
    if _NAMED_ANYWHERE.issuperset(nouns):
        return any(not _NAMED_ANYWHERE.isdisjoint(k.split()) for k in entry.keys if " " in k)
    return not _alias_heads(entry.id).isdisjoint(nouns)


# words that name a side again from any place in its name, not only its head: "قوات المعارضة"، "المعارضة السورية"
_NAMED_ANYWHERE = frozenset(("المعارضه",))


# -- names that are an actor's only in a report about its country --------------------------------------------


@functools.cache
def _local_aliases() -> dict[str, tuple[dict[str, Any], re.Pattern[str]]]:
    """Country (ISO3) → (normalized local alias → the entry it names there, a pattern that finds them with
    their clitics: و، ف، ب، ك and ل, which drops the alif of the article: للمقاومه)."""
    names: dict[str, dict[str, Any]] = {}
    for entry in load_lexicon("actors"):
        for alias in entry.get("local_aliases") or ():
            for country in (entry.get("country") or "", *(entry.get("local_countries") or ())):
                names.setdefault(country, {})[normalize_key(alias)] = entry
    out = {}
    for country, table in names.items():
        alts = "|".join(sorted((re.escape(a) for a in table), key=len, reverse=True))
        lam = "|".join(sorted((re.escape(a[1:]) for a in table if a.startswith("ال")), key=len, reverse=True))
        pattern = rf"(?<![\u0621-\u064a])(?:(و?[فبك]?|ف)({alts})" + (rf"|(و?ف?)ل({lam})" if lam else "") + ")"
        out[country] = (table, re.compile(pattern + r"(?![\u0621-\u064a])"))
    return out


def local_alias_mentions(norm: NormText, mentions: list[Mention], country: str | None) -> list[Mention]:
    """Names the lexicon gives an actor only in a report about its country: in a Yemen report "اشتباكات بين
    المقاومة والمتمردين" names the Popular Resistance. A definite word after a one-word name that is no epithet
    makes another name ("المقاومة اللبنانية"); spans an actor mention already holds are left."""
    local = _local_aliases().get(country or "")
    found = _local_alias_found(norm, mentions, local) if local is not None else []
    if country == "SYR" and "نظام" in norm.text:
        found += _regime_mentions(norm, mentions + found)
    return found


def _local_alias_found(
    norm: NormText, mentions: list[Mention], local: tuple[dict[str, Any], re.Pattern[str]]
) -> list[Mention]:
    names, pattern = local
    text = norm.text
    # every form of an alias holds its letters from the third on (للمقاومه, بالمقاومه), the two letters before
    # them in the word the match opens: the pattern, which opens with a look-behind, is tried where those words
    # start, not at every place of the text (see rasad.text.scan)
    starts = {_word_start(text, i - 1) for k in names for i in _places_of(text, k[2:]) if i}
    if not starts:
        return []
    found = finditer_at(pattern, text, sorted(starts))
    if not found:
        return []
    taken = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"]
    out: list[Mention] = []
    for g in found:
        lam = False
        if g.group(2) is not None:
            clitic, key, s = g.group(1), g.group(2), g.start(2)
        else:  # للمقاومه: the mention holds the lam that stands for the article
            clitic, key, s = g.group(3) + "ل", "ا" + g.group(4), g.start(4)
            lam = True
        end = g.end()
        # (a definite word after a name of two words or more is what follows it: "لجان المقاومة الشعبية الحوثيين")
        if any(a < end and s < b for a, b in taken) or (
            " " not in key and _another_name_after(text, end) and not _REGIME_NEXT.match(text, end)
        ):
            continue
        out.append(_clitic_mention(norm, s, end, names[key], clitic, lam=lam))
    return out


# bare النظام right after a one-word local name makes no name of the two: "اتهمت المعارضة النظام بـ…"
_REGIME_NEXT = re.compile(r" [وبل]?النظام(?![\u0621-\u064a])")

# the key of a mention's data that says its first letter is the lam of the article, whose alif the clitic li-
# dropped ("للمقاومه" → "لمقاومه", "للتنظيم" → "لتنظيم"): the name as written is "ا" + the mention
ARTICLE_LAM = "article_lam"

# Bare النظام in a report on Syria names the regime's forces where it owns what is hit or belongs to: "مواقع
# للنظام"، "رتلا للنظام"، "مقرات النظام"، "الطائرات الحربية التابعة للنظام"; and its government where a side
# holds it responsible for an act or accuses it of one ("حملت المعارضة النظام مسؤولية المجزرة"، "اتهمت المعارضة
# النظام بقصف …"). Elsewhere it is the regime of politics ("اسقاط النظام") or another system (النظام العام).
_REGIME_WORD = re.compile(r"(?<![\u0621-\u064a])(?:(و?[فبك]?)(النظام)|(و?ف?ل)(لنظام))(?![\u0621-\u064a])")
# what the regime's forces hold or are (normalized): before النظام or للنظام, a definite adjective between at most
_HELD_BY_THE_REGIME = frozenset(
    "مواقع موقع المواقع الموقع نقاط نقطه النقاط النقطه حاجز حواجز الحاجز الحواجز رتل رتلا ارتال الرتل تجمعات "
    "تجمع التجمعات مقرات مقر مقرا المقرات المقر ثكنه ثكنات الثكنه معاقل معقل مستودعات مستودع مخازن مخزن اليه "
    "اليات الاليات الاليه دبابه دبابات الدبابه الدبابات عربه عربات مدرعه مدرعات طائره طائرات الطائره الطائرات "
    "مروحيه مروحيات المروحيه المروحيات مقاتله مقاتلات عناصر عنصرا عنصرين جنود جنديا جنديين ضباط ضابطا ضابطين "
    "قوه كتيبه تحصينات خطوط دفاعات مربع المربع مطار".split()
)
# the words of belonging before للنظام: "التابعة للنظام"
_BELONGING_TO = frozenset("تابعه التابعه تابع التابع تابعين التابعين التابعون".split())
# verbs of holding responsible and accusing (normalized), before their subject and the regime accused
_ACCUSING = frozenset("حمل حملت حملوا يحمل تحمل محملا محمله اتهم اتهمت اتهموا يتهم تتهم متهما متهمه".split())
_REGIME_OTHER = frozenset(
    "السوري الايراني العراقي الليبي المصري التركي الدولي العالمي الاقليمي الداخلي الاساسي القضائي الجديد العام".split()
)


def _regime_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    text = norm.text
    starts = {_word_start(text, i) for i in _places_of(text, "لنظام")}
    found = finditer_at(_REGIME_WORD, text, sorted(starts))
    if not found:
        return []
    actors = [m for m in mentions if m.kind == "actors"]
    out: list[Mention] = []
    for g in found:
        if g.group(2) is not None:
            clitic, s, lam = g.group(1), g.start(2), False
        else:
            clitic, s, lam = g.group(3), g.start(4), True
        end = g.end()
        if any(m.nspan.start < end and s < m.nspan.end for m in actors):
            continue  # (a name the lexicon knows: "قوات النظام"، "النظام السوري")
        after = text[end : end + 20].split()[:1]
        if after and (after[0] in _REGIME_OTHER or _another_name_after(text, end)):
            continue  # "النظام العام"، "النظام الدولي"
        word_start = s - len(clitic)  # (for للنظام the clitic holds the first lam)
        before = text[max(0, word_start - 40) : word_start].split()[-2:]
        entry_id = None
        if clitic.lstrip("وف") in ("", "ل") and before:
            last = before[-1]
            owned = last in _HELD_BY_THE_REGIME or (
                len(before) == 2 and last.startswith("ال") and before[0].lstrip("و") in _HELD_BY_THE_REGIME
            )
            if owned or (lam and last in _BELONGING_TO):
                entry_id = "syria-military"
            elif not lam and not clitic and _accused(text, word_start, actors):
                entry_id = "syria-government"
            elif not lam and not clitic and _regime_acts(text, word_start, actors):
                entry_id = "syria-military"
        entry = _entry_by_id(entry_id) if entry_id else None
        if entry is None:
            continue
        out.append(_clitic_mention(norm, s, end, entry, clitic, lam=lam))
    return out


def _regime_acts(text: str, at: int, actors: list[Mention]) -> bool:
    """النظام at ``at`` is the subject of a verb of violence right before it that opens its clause: "قصف النظام
    بلدة …"، "وشن النظام غارات …"، "المجازر التي ارتكبها النظام". A side named right before the verb is its
    subject and النظام its object ("الجيش الحر يهاجم النظام")."""
    verb = text[max(0, at - 20) : at].split()[-1:]
    if not verb or verb[0].endswith(("،", ",", ".", ":")):
        return False
    word = verb[0]
    if word not in _REGIME_ACTS:
        word = word[1:] if word[:1] in "وف" else word
        if word not in _REGIME_ACTS and _REGIME_ACT_OBJECT.sub("", word) not in _REGIME_ACTS:
            return False
    verb_start = at - 1 - len(verb[0])
    return not any(0 <= verb_start - m.nspan.end <= 1 for m in actors)


# verbs of violence whose subject right after them is the regime's forces (normalized, masculine: "قصفت النظام"
# has another subject)
_REGIME_ACTS = frozenset(
    "قصف يقصف شن يشن استهدف يستهدف اغار القي يلقي ارتكب يرتكب هاجم يهاجم اقتحم يقتحم دمر يدمر اعدم يعدم "
    "اعتقل يعتقل حاصر يحاصر".split()
)
# a pronoun of the object on the verb: "المجازر التي ارتكبها النظام"
_REGIME_ACT_OBJECT = re.compile(r"(?:ها|هما|هم)$")


def _accused(text: str, at: int, actors: list[Mention]) -> bool:
    """النظام at ``at`` is the object of a verb of accusing or holding responsible, right after the verb or after
    its subject: "اتهمت المعارضة السورية النظام بـ…"، "حملت النظام مسؤولية …"."""
    nxt = text[at : at + 40].split(maxsplit=2)[1:2]
    if not nxt or not (nxt[0].startswith("ب") or nxt[0] in ("مسؤوليه", "المسؤوليه")):
        return False
    subject = next((m for m in actors if 0 < at - m.nspan.end <= 1), None)
    verb_end = subject.nspan.start - len(subject.data.get("prefix", "")) if subject is not None else at
    # (or a subject of a word or two no side's name holds: "اتهمت المعارضة النظام"، "اتهم ناشطون النظام")
    words = text[max(0, verb_end - 40) : verb_end].split()[-1 if subject is not None else -3 :]
    return any(w.lstrip("و") in _ACCUSING for w in words) and not any(
        w.endswith(("،", ",", ".")) for w in words
    )


def _places_of(text: str, part: str) -> list[int]:
    """Where ``part`` occurs in ``text``, overlapping occurrences too."""
    out = []
    i = text.find(part)
    while i != -1:
        out.append(i)
        i = text.find(part, i + 1)
    return out


# "the latter" (normalized), standing for the side named last: "… والمقاومة الشعبية … عقب دخول الاخيرة الى الحوطة"
_LATTER = re.compile(r"(?<![\u0621-\u064a])(و?[بلف]?)(الاخيره|الاخير)(?![\u0621-\u064a])")
_LATTER_REACH = 300  # characters back to the side it stands for


def latter_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    """ "الاخيرة"، "الاخير" as a noun of its own ("عقب دخول الاخيرة"، "وقالت الاخيرة") stand for the side named
    last before them. After a definite noun or one with a pronoun ("الايام الاخيرة"، "ايامه الاخيرة") the word
    is an adjective and stands for nobody."""
    text = norm.text
    if "الاخير" not in text:
        return []
    actors: list[Mention] | None = None  # (read only for a noun: most are adjectives)
    out: list[Mention] = []
    # a match opens the word that holds الاخير (its clitics are letters): the pattern, which opens with a
    # look-behind, is tried where those words start, not at every place of the text (see rasad.text.scan)
    starts = sorted({_word_start(text, i) for i in _places_of(text, "الاخير")})
    for g in finditer_at(_LATTER, text, starts):
        before = text[max(0, g.start() - 30) : g.start()].split()[-1:]
        if not before or before[0].startswith("ال") or before[0].endswith(("ه", "ها", "هم", "هما")):
            continue  # an adjective: "الفتره الاخيره"، "ايامه الاخيره" (ه: also the ة of any noun)
        if actors is None:
            actors = [m for m in mentions if m.kind == "actors" and not m.data["entry"].get("generic")]
            actors.sort(key=lambda m: m.nspan.end)
        s = g.start(2)
        last = next(
            (
                m
                for m in reversed(actors)
                if m.nspan.end <= g.start() and g.start() - m.nspan.end <= _LATTER_REACH
            ),
            None,
        )
        if last is not None:
            out.append(_told_again(norm, s, g.end(), g.group(1), last))
    return out


# -- forces named by their arms and nationality: "قصفت دبابات تركية"، "المدفعية الروسية" ---------------------------

_ARMS = (
    "دبابات", "الدبابات", "دبابه", "مدفعيه", "المدفعيه", "مدافع", "بوارج", "البوارج", "سفن حربيه", "زوارق",
    "طائرات", "الطائرات", "طائره", "مقاتلات", "المقاتلات", "مروحيات", "المروحيات", "قوات", "القوات", "جنود",
    "الجنود", "وحدات", "الوحدات", "قاذفات", "القاذفات", "صواريخ", "قطع بحريه", "مقاتله", "المقاتله", "مروحيه",
    "المروحيه", "الطائره", "قاذفه", "القاذفه", "بارجه", "البارجه",
    # the air force: "الطيران الاماراتي"، "سلاح الجو الملكي الاردني"
    "الطيران", "طيران", "سلاح الجو",
    # the acts themselves, named by whose they were: "غارة امريكية"، "قصف تركي"، "الضربات الجوية الروسية"
    "غاره", "الغاره", "غارات", "الغارات", "ضربه", "الضربه", "ضربات", "الضربات", "قصف", "القصف",
    # one soldier or two, the adjective agreeing in case: "جنديا تركيا"، "جنديان تركيان"، "الجندي التركي"
    "جندي", "جنديا", "جنديان", "جنديين", "الجندي", "الجنديين",
    # and policemen: "شرطيين تركيين"، "الشرطي التركي"
    "شرطي", "شرطيا", "شرطيان", "شرطيين", "الشرطي", "الشرطيين",
    # and officers and military men: "ضباط ايرانيون"، "ضابطا روسيا"، "عسكريين امريكيين" (not one who defected or
    # served before: "ضابط سوري منشق"، "ضابط عراقي سابق", see _arms_pattern)
    "ضابط", "ضابطا", "ضابطان", "ضابطين", "الضابط", "الضابطين", "ضباط", "الضباط",
    "عسكريين", "العسكريين", "عسكريون",
)  # fmt: skip
_RAIDS = frozenset(("غاره", "الغاره", "غارات", "الغارات"))


_ARMS_WORDS = Literals(_ARMS)  # every arm as written, found in one pass


@functools.cache
def _arms_pattern(adjectives: tuple[str, ...]) -> re.Pattern[str]:
    arms, nat = (
        alternation(_ARMS, space=" "),
        alternation(adjectives, space=" "),
    )  # as tries: each letter once
    # the adjective agrees: indefinite (دبابات تركية) or definite (الدبابات التركية), feminine or masculine
    # no look-behind first, so that the engine jumps from one first letter of an arm to the next; the word
    # boundary before it is checked on each hit (see forces_mentions)
    # an adjective of arms or of a branch may stand between: "طائرة حربية سورية"، "الطائرات الحربية الروسية"،
    # "القوات الخاصة الاماراتية"، "القوات البرية السعودية"; so may the
    # aircraft's model: "طائرات اف-16 تركية"، "طائرات (اف 16) التركية"، "مقاتلات من طراز اف-16 تركية"; and so may
    # "without a pilot": "طائرة بدون طيار امريكية"، "الطائرات من دون طيار الامريكية"
    return re.compile(
        rf"({arms}) (?:(?:من )?(?:بدون|دون|بلا) طيار )?"
        r"(?:(?:ال)?(?:حربيه|حربي|عسكريه|مقاتله|مروحيه|جويه|جوي|صاروخي|صاروخيه|مدفعي|خاصه|بريه|بحريه|ملكي) )?"
        rf"(?:{_MODEL} )?(?:ال)?({nat})"
        r"(ه|ين|ون|ان|ا)?(?![\u0621-\u064a])(?! (?:ال)?(?:منشق|سابق|متقاعد))"
    )


# an aircraft's model after its noun (normalized): "اف-16"، "(اف 16)"، "من طراز اف-16"، "f-16"، "سوخوي"، "ميغ 29"
_MODEL = r"(?:من طراز )?(?:\(?(?:اف|f|ميغ|ميج|سو|mig|su) ?-? ?\d{1,2}\)?|سوخوي|تورنيدو|اباتشي|بلاك هوك)"


_AIRCRAFT = frozenset(
    ("طائرات", "الطائرات", "طائره", "الطائره", "مقاتلات", "المقاتلات", "مقاتله", "المقاتله", "مروحيات",
     "المروحيات", "مروحيه", "المروحيه", "قاذفات", "القاذفات", "قاذفه", "القاذفه", "الطيران", "طيران", "سلاح الجو")
)  # fmt: skip


# plural nationality adjectives that are no adjective + ين/ون (normalized), to their singular
_BROKEN_PLURALS = {"اتراك": "تركي", "روس": "روسي", "امريكان": "امريكي", "امركان": "امريكي"}


@functools.cache
def _force_adjectives(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The nationality adjectives of the governments of ``codes`` without their article (الايراني → ايراني), and
    the broken plurals of those: "جنود اتراك"، "الجنود الروس"."""
    adjectives = tuple(a[2:] for a in _nationalities(codes))
    if not adjectives:
        return ()
    return adjectives + tuple(p for p, one in _BROKEN_PLURALS.items() if one in adjectives)


def forces_mentions(
    norm: NormText, mentions: list[Mention], governments: Mapping[str, Any], militaries: Mapping[str, Any]
) -> list[Mention]:
    """Arms and a nationality the lexicon does not list together name that state's forces: "قصفت دبابات
    تركية مواقع للتنظيم"، "الطائرات الروسية" (the adjective is read off the government's aliases, as for
    :func:`official_mentions`; ``militaries`` maps a government code's country to its forces' entry)."""
    text = norm.text
    codes = tuple(sorted(governments))
    adjectives = _force_adjectives(codes)
    if not adjectives:
        return []
    # the pattern tried only where an arm is written (it opens with the arm: see rasad.text.scan); most articles
    # name no forces so, and the actors they name are not looked at
    found = finditer_at(_arms_pattern(adjectives), text, _ARMS_WORDS.starts(text))
    if not found:
        return []
    nationality = _nationalities(codes)
    taken = [
        (m.nspan.start, m.nspan.end)
        for m in mentions
        # (a country-less force the nationality qualifies gives way: "القوات الخاصة الاماراتية")
        if m.kind == "actors" and not m.data["entry"].get("generic") and m.data["entry"].get("country")
    ]
    out: list[Mention] = []
    for g in found:
        s = g.start()
        if g.group(3) in ("ا", "ان") and not g.group(1).endswith(g.group(3)):
            continue  # the case endings agree ("جنديا تركيا"); "قصف تركيا" is the shelling of Turkey
        # a word boundary before the arm, or clitics written onto it: و / ف, ب / ل ("بغارة امريكية")
        lead = text[max(0, s - 3) : s]
        k = len(lead)
        while k and lead[k - 1] in "وفبل" and len(lead) - k < 2:
            k -= 1
        if lead[k - 1 : k].isalpha():
            continue
        code = nationality.get("ال" + _BROKEN_PLURALS.get(g.group(2), g.group(2)), "")
        entry = militaries.get(code[:3])
        # (the country read in the adjective alone gives way: "جنديا تركيا" is no soldier and Turkey)
        nat_start = g.start(2) - (2 if text.startswith("ال", g.start(2) - 2) else 0)
        if entry is None or any(a < g.end() and s < b and not nat_start <= a for a, b in taken):
            continue
        data = {"entry": entry, "prefix": "", "suffix": "", "forces_of": g.group(2)}
        if g.group(1) in _AIRCRAFT or g.group(1) in _RAIDS or "جوي" in g.group():
            data["means"] = "air"  # "طائرة اسرائيلية"، "غارة امريكية": the act is an air strike
        out.append(_actor_mention(norm, s, g.end(), data))
    return out


# offices of a state named without its state (normalized): ministries, the general staff, the cabinet, the presidency
_OFFICE_NAMES = (
    "وزاره ",
    "هيئه الاركان",
    "رئاسه الاركان",
    "قياده الجيش",
    "مجلس الوزراء",
    "رئاسه الجمهوريه",
    "رئاسه الوزراء",
)
_SIDE_ROLES = ("GOV", "OPP", "REB", "UAF")


def _is_office(m: Mention) -> bool:
    entry = m.data["entry"]
    return (
        m.kind == "actors"
        and entry.get("country") is None
        and entry.get("code") in ("GOV", "MIL")
        and m.norm.startswith(_OFFICE_NAMES)
    )


@functools.cache
def state_militaries() -> dict[str, Any]:
    """Country (ISO3) → the actors-lexicon entry of its army (``<country>-military``, else its first MIL entry)."""
    out: dict[str, Any] = {}
    for e in load_lexicon("actors"):
        code = e.get("code") or ""
        if code.endswith("MIL") and len(code) == 6 and e.get("country") and not e.get("generic"):
            if code[:3] not in out or (
                e.id.endswith("-military") and not out[code[:3]].id.endswith("-military")
            ):
                out[code[:3]] = e
    return out


@functools.cache
def state_governments() -> dict[str, Any]:
    """Government code (ESPGOV) → the first actors-lexicon entry of that state's government."""
    out: dict[str, Any] = {}
    for e in load_lexicon("actors"):
        code = e.get("code") or ""
        if code.endswith("GOV") and len(code) == 6 and e.get("country"):
            out.setdefault(code, e)
    return out


_ADJECTIVE_AFTER = re.compile(r" (ال[\u0621-\u064a]{3,}ي)(ه)?(?![\u0621-\u064a])")


def _office_of_nationality(text: str, m: Mention) -> Any:
    """The entry of the state whose nationality adjective follows an office the lexicon gives no state
    ("وزارة الخارجية الاسبانية"، "وزارة الدفاع الاردنية": the Jordanian forces; "قيادة الجيش اللبناني"), or None."""
    g = _ADJECTIVE_AFTER.match(text, m.nspan.end)
    if g is None:
        return None
    governments = state_governments()
    code = _nationalities(tuple(sorted(governments))).get(g.group(1))
    if code is None:
        return None
    if m.data["entry"].get("code") == "MIL":
        return state_militaries().get(code[:3])
    return governments[code]


def offices_of_their_side(text: str, mentions: list[Mention]) -> list[Mention]:
    """An office of no state (وزارة الدفاع، هيئة الأركان) named as part of a side is that side's: "طالبت وزارة
    الدفاع وهيئة الأركان في الحكومة السورية المؤقتة …" is the opposition's interim government, not the regime
    of the country the report is about; "وزارة الدفاع التابعة لحكومة طبرق" is Libya's army (a ministry of defence
    speaks for the forces, as the lexicon codes it). The side is a government, an opposition or an armed group
    named right after في or التابعة لـ (after the offices joined by و); the mentions given are in text order."""
    out: list[Mention] | None = None
    i, n = 0, len(mentions)
    while i < n:
        if not _is_office(mentions[i]):
            i += 1
            continue
        entry = _office_of_nationality(text, mentions[i])
        if entry is not None:
            # "وزارة الخارجية الاسبانية": the state the adjective after it names
            m = mentions[i]
            out = list(mentions) if out is None else out
            out[i] = Mention(
                m.kind, m.span, m.norm, m.nspan, {**m.data, "entry": entry, "office_of": entry.id}
            )
            i += 1
            continue
        group = [i]
        j = i + 1
        while j < n and mentions[j].kind != "actors":
            j += 1
        # the offices joined to it by و: "وزارة الدفاع وهيئة الأركان"
        while (
            j < n
            and _is_office(mentions[j])
            and mentions[j].data.get("prefix") == "و"
            and text[mentions[group[-1]].nspan.end : mentions[j].nspan.start] == " و"
        ):
            group.append(j)
            j += 1
            while j < n and mentions[j].kind != "actors":
                j += 1
        side = mentions[j] if j < n else None
        i = j
        if side is None:
            continue
        prefix = side.data.get("prefix") or ""
        gap = text[mentions[group[-1]].nspan.end : side.nspan.start - len(prefix)]
        if not (
            (gap == " في " and not prefix)
            or (gap in (" التابعه ", " التابع ") and prefix.startswith("ل"))
            or (gap == " " and prefix == "ب")
        ):
            continue
        if " " not in side.norm and not gap.startswith(" التابع"):
            continue  # "وزارة الدفاع في الرياض": a country or capital after في is where the office is, not whose
        owner = side.data["entry"]
        code = owner.get("code") or ""
        if not code.endswith(_SIDE_ROLES) or not (
            (len(code) == 6 and owner.get("country")) or owner.get("by_country")
        ):
            continue  # (a side of no country but one whose role a country decides: الحكومة المؤقتة)
        for k in group:
            m = mentions[k]
            entry = owner
            if len(code) == 6 and code.endswith("GOV") and m.data["entry"].get("code") == "MIL":
                entry = state_militaries().get(code[:3])  # a state's ministry of defence: its forces
                if entry is None:
                    continue
            if out is None:
                out = list(mentions)
            out[k] = Mention(
                m.kind, m.span, m.norm, m.nspan, {**m.data, "entry": entry, "part_of": side.norm}
            )
    return mentions if out is None else out


# the ordinal that names one formation of a side's ("الجيش الاول"، "الفيلق الثاني"), normalized
_ORDINALS = frozenset("الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split())
_PART_OF = frozenset(("التابع", "التابعه", "المنضوي", "المنضويه"))


def forces_of_their_side(text: str, mentions: list[Mention]) -> list[Mention]:
    """An army or forces of no state (الجيش، قوات الجيش، القوات الخاصة) named, with an ordinal or not, as part of a
    side right after it are that side's: "الجيش الاول التابع للجيش الحر" is a rebel formation, not the regime's
    army; "قوات الجيش التابعة للحكومة الشرعية" are the forces of the state whose government is named. The side is
    the next actor, named after التابع(ة) / المنضوي(ة) with ل; the mentions given are in text order."""
    out: list[Mention] | None = None
    actors = [k for k, m in enumerate(mentions) if m.kind == "actors"]
    for a, b in zip(actors, actors[1:], strict=False):
        m, side = mentions[a], mentions[b]
        entry = m.data["entry"]
        if entry.get("country") is not None or entry.get("code") != "MIL":
            continue
        prefix = side.data.get("prefix") or ""
        if not prefix.startswith("ل"):
            continue
        gap = text[m.nspan.end : side.nspan.start - len(prefix)].split()
        if not (gap and gap[-1] in _PART_OF and (len(gap) == 1 or (len(gap) == 2 and gap[0] in _ORDINALS))):
            continue
        owner = side.data["entry"]
        code = owner.get("code") or ""
        # (a coalition of states is a side of no one country: "سلاح الجو التابع للتحالف")
        if len(code) != 6 or not (owner.get("country") or code == "INTMIL"):
            continue
        if code.endswith("GOV"):
            owner = state_militaries().get(code[:3])
        elif not code.endswith(("REB", "UAF", "MIL")):
            continue
        if owner is None:
            continue
        out = list(mentions) if out is None else out
        data = {**m.data, "entry": owner, "part_of": side.norm}
        if entry.get("means") and not data.get("means"):
            data["means"] = entry.get(
                "means"
            )  # (the air force of the side: "سلاح الجو التابع للتحالف" strikes from the air)
        out[a] = Mention(m.kind, m.span, m.norm, m.nspan, data)
    return mentions if out is None else out


def state_of_nationality(adjective: str) -> str | None:
    """The state (ISO3) a nationality adjective names, masculine or feminine, normalized ("اللبنانيه" → LBN)."""
    governments = state_governments()
    code = _nationalities(tuple(sorted(governments))).get(adjective.removesuffix("ه"))
    return code[:3] if code else None


# the endings of a nisba adjective past its ي (normalized), longest first: plural and dual, masculine and feminine,
# and the accusative alif ("مدنيين عراقيين"، "لاجئون سوريون"، "مواطنتين تركيتين"، "مدنيا عراقيا"، "مواطنة عراقية")
_NISBA_ENDINGS = ("تين", "تان", "ين", "ون", "ان", "ات", "ه", "ا")
# nationalities written as broken plurals (normalized, without ال; an accusative alif may follow): "جنودا اتراك"
_BROKEN_NATIONALITIES = {"اتراك": "TUR", "افغان": "AFG", "روس": "RUS", "المان": "DEU"}


def state_of_nationality_word(word: str) -> str | None:
    """The state (ISO3) a nationality adjective names in any of its forms, definite or not, normalized: masculine,
    feminine, dual and plural ("عراقيين"، "العراقيون"، "تركيتين"، "سوريا" as an accusative adjective), or a broken
    plural ("اتراك"، "الافغان"). A word that is no nationality of a state gives None."""
    # (with its article or without: "الماني" is German, not ال + ماني)
    for bare in (word, word[2:]) if word.startswith("ال") and len(word) > 4 else (word,):
        broken = _BROKEN_NATIONALITIES.get(bare) or _BROKEN_NATIONALITIES.get(bare.removesuffix("ا"))
        if broken:
            return broken
        for ending in ("", *_NISBA_ENDINGS):
            stem = bare.removesuffix(ending) if ending else bare
            if (not ending or stem != bare) and stem.endswith("ي") and len(stem) >= 4:
                if country := state_of_nationality("ال" + stem):
                    return country
    return None


# a relative named by the person (normalized): "نجل ابن عم بشار الاسد"، "احد اقرباء الرئيس السوري"
_KIN = frozenset(
    "نجل ابن ابنه بنت شقيق شقيقه زوج زوجه عم خال والد والده صهر حفيد اقرباء اقارب ابناء نجلي ابني".split()
)


# a family name the lexicon gives alone, for the one of the family who is a side: bare الاسد is Bashar al-Assad
# ("ضروره تنحي الاسد"، "استبعد اي تحالف مع الاسد") — in an article that names the Syrian state otherwise
_FAMILY_ALONE = {"الاسد": "SYR"}
# given names (normalized), and the second words of compound ones (عبد الله، نور الدين): a family name written after
# one is another person's ("المصور الصحفي جلاء العبادي" in a report that names the premier حيدر العبادي). Not علي
# (على, "on", normalized alike), مني ("from me"), امل ("hope") nor بشار (the president himself, see below)
GIVEN_NAMES = frozenset(
    """
    محمد احمد محمود مصطفي حسن حسين عمر عثمان خالد سعد سعيد ابراهيم يوسف يحيي زكريا صالح سالم سليم سليمان هلال
    جلاء جلال كمال جمال فيصل فهد ناصر منصور عادل عماد حيدر جعفر باقر كاظم رضا مهدي عباس قاسم طارق زياد وليد نبيل
    رياض رامي سامي هاني وائل ماهر رفعت باسل حافظ فواز نزار نضال فراس غسان عدنان عصام هشام حسام بسام سمير منير نادر
    جابر عامر عمار ياسر انس مالك ثامر حمد راشد سلطان نايف بندر مشعل عبدالله عبدالرحمن عبدالعزيز عبدالكريم
    عبدالرزاق عبدالقادر عبدالحميد عبدالسلام عبدالملك عبدالرحيم عبداللطيف عبدالناصر عبدالمجيد عبدالوهاب ايمن اياد
    مازن معاذ مراد موسي عيسي هارون داود نوح ادريس اسماعيل اسحاق يونس لؤي قصي صهيب بلال حمزه زيد اسامه عدي صدام
    قصي نوري فؤاد شاكر ثائر ضياء علاء بهاء صلاح فلاح نجاح رعد حامد ماجد مجيد رشيد وحيد فريد شريف لطيف توفيق
    حيدر مرتضي منتظر مقتدي عمار اثيل نجم شهاب حازم جاسم كريم عبد غازي فوزي مهند محسن رائد مؤيد ايهاب
    فاطمه زينب مريم عائشه خديجه سلمي هدي رنا ريم لينا سعاد نجلاء سناء اسماء هيفاء رزان سميره
    الله الرحمن الرحيم الكريم العزيز الحميد المجيد الرزاق الوهاب اللطيف القادر الجبار السلام الناصر الحليم الحكيم
    الفتاح المنعم الرب الدين
    """.split()
)
# first names of others of the Assad family (his kin of the news of 2015: سليمان الاسد، هلال الاسد، ماهر الاسد، رفعت
# الاسد; the dead: حافظ الاسد his father, باسل his brother) and a kunya (ابو الاسد)
_OTHER_FIRST_NAMES = GIVEN_NAMES | frozenset("بشري اسماء انيسه جميل منذر نمير دريد ريبال مضر ابو ام".split())
# the words before such a name that make it someone or something else's: another of the family, the family
# itself (عائله الاسد، ال الاسد), and the places and things named after him or the lion (قاعده عين الاسد in Anbar,
# جبل الاسد، بحيره الاسد، ضاحيه الاسد، مستشفي الاسد، حصه الاسد: the lion's share)
_OTHERS_OF_THE_NAME = _OTHER_FIRST_NAMES | frozenset(
    "عائله اسره ال بيت عين جبل بحيره سد ضاحيه مشفي مستشفي اكاديميه كليه مدرسه ملعب مدينه دوار ساحه شارع جسر حي"
    " قاعده مطار جامعه عرين حصه راس تمثال".split()
)
_OTHER_AFTER = ("الاب", "الراحل", "الكبير")  # "الاسد الاب": Hafez, not the president of 2015
_NAMED_BEFORE_REACH = 4  # words before a full name where a kin word makes it a point of reference


def _alone(m: Mention) -> str | None:
    """The family name of _FAMILY_ALONE ``m`` is, with its article (للاسد is matched as لل + اسد), or None."""
    name = m.norm if m.norm.startswith("ال") else "ال" + m.norm
    return name if name in _FAMILY_ALONE else None


def _word_before(text: str, at: int) -> str | None:
    """The word right before ``at`` (one space between), without a clitic و ف ب ل when the rest is a word of
    _OTHERS_OF_THE_NAME."""
    if text[at - 1 : at] != " ":
        return None
    before = text[max(0, at - 16) : at].split()[-1:]
    if not before:
        return None
    word = before[0]
    return word[1:] if word[:1] in "وفبل" and word[1:] in _OTHERS_OF_THE_NAME else word


def _of_another(text: str, start: int, end: int) -> bool:
    """The name at ``start``–``end`` follows a first name, a family's or a place's noun, or precedes الاب."""
    word = _word_before(text, start)
    if word is not None and word in _OTHERS_OF_THE_NAME:
        return True
    after = text[end : end + 12].split()[:1]
    return bool(after) and after[0] in _OTHER_AFTER


def _another_named_before(text: str, name: str, start: int) -> bool:
    """The last of the family named in full before ``start`` is another ("اقدم سليمان الاسد على قتل …؛ وكان الاسد
    اقدم …": Suleiman, though the president is named between as whose relative he is, "احد اقرباء الرئيس السوري
    بشار الاسد"); the name alone goes on about him."""
    at = text.rfind(name, 0, start)
    while at != -1:
        word = _word_before(text, at)
        if word is not None and word in _OTHER_FIRST_NAMES:
            return True
        if word is not None and word in ("بشار", "الرئيس"):
            lead = at - len(word) - 1
            around = text[max(0, lead - 48) : lead].split()[-_NAMED_BEFORE_REACH:]
            if not any(w in _KIN for w in around):
                return False  # the president named in full, not as someone's point of reference
        at = text.rfind(name, 0, at)
    return False


def _after_a_given_name(text: str, m: Mention) -> bool:
    """A family name written right after a given name is another person's ("جلاء العبادي")."""
    if m.data.get("prefix"):
        return False
    word = _word_before(text, m.nspan.start)
    return word is not None and word in GIVEN_NAMES


def _not_the_one(text: str, m: Mention) -> bool:
    """A family name alone (_FAMILY_ALONE) that names another of the family or a place: "سليمان الاسد"،
    "قاعده عين الاسد"، or "الاسد" after another of the family was named."""
    name = _alone(m)
    if name is None:
        return False
    start = m.nspan.start - len(m.data.get("prefix") or "")
    return _of_another(text, start, m.nspan.end) or _another_named_before(text, name, start)


# one-word names of a side's leader that are also common given names (normalized): "هادي" is President Hadi, but
# "اللواء هادي رزيج" is Anbar's police chief, "ابو هادي العبود" a commander, "الاعلامي هادي الشيباني" a journalist
_GIVEN_NAME_ALIASES = frozenset(("هادي",))
# the titles, ranks and trades of others before such a name (not the president's own: الرئيس، المشير)
_OTHERS_TITLES = frozenset(
    "اللواء العميد العقيد المقدم الرائد النقيب الملازم الفريق الشيخ الدكتور د. المهندس الاعلامي الصحفي الناشط"
    " الحاج السيد الاستاذ الكاتب المحلل القيادي المصور المراسل الشاب الطفل المواطن ابو ام".split()
)


def _another_of_the_given_name(text: str, m: Mention) -> bool:
    if m.norm not in _GIVEN_NAME_ALIASES or m.data.get("prefix"):
        return False
    word = _word_before(text, m.nspan.start)
    return word is not None and word.removeprefix("و") in _OTHERS_TITLES


def _the_conservative(text: str, m: Mention) -> bool:
    """ "المحافظ" right after a definite word is the adjective, conservative ("الرئيس التركي الاسلامي المحافظ"،
    "التيار المحافظ"), not the governor ("وقال المحافظ"، "والمحافظ شوقي هائل")."""
    ws = m.nspan.start - 2  # (the mention's span leaves out its article)
    if m.norm != "محافظ" or m.data.get("prefix") != "ال" or text[ws - 1 : ws] != " ":
        return False
    before = text[max(0, ws - 20) : ws - 1].split()[-1:]
    return bool(before) and before[0].startswith("ال")


# a number right before a word (normalized): digits, or a number word of three to ten, the tens, or a vague count
_COUNT_BEFORE = re.compile(
    r"(?:[0-9\u0660-\u0669]+|(?<![\u0621-\u064a])(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)(?:ه|ة)?"
    r"|(?<![\u0621-\u064a])(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين)|(?<![\u0621-\u064a])عشرات) $"
)


def _counted_nationals(text: str, m: Mention) -> bool:
    """People named by their nationality alone are victims only counted ("سبعه عراقيين"، "21 مصريا"): after
    another noun the word is its adjective ("ناشطون سوريون"، "شباب اتراك"), no one of its own."""
    start = m.nspan.start - len(m.data.get("prefix", ""))
    return _COUNT_BEFORE.search(text, max(0, start - 16), start) is not None


# nouns of a thing, a body or an office a journalist's word after them is the adjective of (normalized, without
# their article or li-/bi-): "مؤتمر صحفي"، "المكتب الاعلامي"، "المسؤول الاعلامي للحزب"، "مصدر اعلامي" — no journalist
_OF_THE_PRESS = frozenset(
    """
    مؤتمر بيان تصريح تصريحات لقاء مقابله حديث خطاب تقرير تعتيم اعلان ايجاز
    مصدر مصادر مكتب مركز مسؤول مسئول ناطق متحدث جناح منسق مستشار فريق جهاز
    """.split()
)
# nouns of an act a fighter's word after them is the adjective of: "عمل ارهابي"، "الهجوم الارهابي" — no fighter
_OF_AN_ACT = frozenset("عمل هجوم اعتداء تفجير حادث تهديد مخطط فعل عملا هجوما تفجيرا حادثا مخططا فعلا".split())
_ADJECTIVES_OF_ACTS = frozenset(("ارهابي", "جهادي", "ارهابيا", "جهاديا"))


def _adjective_of(text: str, m: Mention, nouns: frozenset[str]) -> bool:
    """The victim's word is the adjective of the noun right before it, one of ``nouns`` ("في مؤتمر صحفي"، "وقال
    الناطق الاعلامي"، "عمل «ارهابي»"): no one of its own (not after و: "قتل مصور واعلامي")."""
    prefix = m.data.get("prefix") or ""
    if prefix not in ("", "ال"):
        return False
    start = m.nspan.start - len(prefix)
    if text[start - 1 : start] not in (" ", '"', "«", "“"):
        return False
    before = text[max(0, start - 24) : start].rstrip('"«“ ').split()
    if not before or before[-1][-1:] in '"»”':
        return False  # (a name in quotes before: "«داعش» الارهابي" — no noun of its kind)
    word = before[-1].lstrip('"«“')
    for clitic in ("", "وبال", "ولل", "وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if word.startswith(clitic) and word[len(clitic) :] in nouns:
            # (the adjective agrees with its noun: not the journalist a report is of, "تقرير الصحفي فلان")
            return (prefix == "ال") == clitic.endswith(("ال", "لل"))
    return False


# what right after "العناصر" makes them the elements of an inquiry, no men: "العناصر الاولى للتحقيق تفيد بان …"،
# "العناصر الاوليه للتحقيق" (normalized)
_FINDINGS = re.compile(r" (?:الاولي|الاوليه|الاساسيه|للتحقيق|التحقيق)(?![\u0621-\u064a])")


def _elements_of_an_inquiry(text: str, m: Mention) -> bool:
    return m.norm == "عناصر" and _FINDINGS.match(text, m.nspan.end) is not None


def relatives_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """A head of state or minister named as whose relative someone is, is not the one acting: "اقدم نجل ابن عم
    بشار الاسد على قتل عقيد" is not the Syrian government's act. Only a government's people: a commander's son
    may lead his father's forces ("اللواء التابع لنجل المخلوع"). Nor is a family name alone that names another of
    the family or a place ("سليمان الاسد"، "قاعده عين الاسد"), or one in an article that names its state no other
    way; nor a leader's name that is also a given name, after another's title ("اللواء هادي رزيج")."""
    out = None
    countries: set[str | None] | None = None
    for k, m in enumerate(mentions):
        if m.kind == "victims" and (
            (m.data["entry"].id == "nationals" and not _counted_nationals(text, m))
            or (m.data["entry"].get("group") == "journalist" and _adjective_of(text, m, _OF_THE_PRESS))
            or (m.norm in _ADJECTIVES_OF_ACTS and _adjective_of(text, m, _OF_AN_ACT))
            or _elements_of_an_inquiry(text, m)
        ):
            out = list(mentions) if out is None else out
            out[k] = None
            continue
        if m.kind != "actors":
            continue
        if _alone(m) is not None:
            if countries is None:
                countries = {
                    x.data["entry"].get("country")
                    for x in mentions
                    if x.kind == "actors" and _alone(x) is None
                }
            if _FAMILY_ALONE[_alone(m)] not in countries or _not_the_one(text, m):
                out = list(mentions) if out is None else out
                out[k] = None
                continue
        if _another_of_the_given_name(text, m) or _the_conservative(text, m):
            out = list(mentions) if out is None else out
            out[k] = None
            continue
        if m.data.get("prefix"):
            continue
        code = m.data["entry"].get("code") or ""
        if len(code) != 6 or not code.endswith("GOV"):
            continue
        before = text[max(0, m.nspan.start - 12) : m.nspan.start].split()
        if before and text[m.nspan.start - 1 : m.nspan.start] == " " and before[-1] in _KIN:
            out = list(mentions) if out is None else out
            out[k] = None
    return mentions if out is None else [m for m in out if m is not None]
