"""Counts in Arabic news: digits, number words, duals, vague quantities and day ordinals, with ACLED's rules.

All tables are written in *normalized* form (ة → ه, ى → ي, أ/إ/آ → ا), because every function here runs on the
output of :func:`rasad.text.normalize.normalize`: مئة is مئه, ثلاثة is ثلاثه, أحد عشر is احد عشر.

ACLED counts conservatively (see the coding rules in the evaluation README): the lowest stated figure; a bound
such as اكثر من 20 (akthar min ʿishrīn, "more than 20") counts as the bound; unnumbered deaths (قتلي qatlā,
عدد من القتلي) count 3; 'dozens' (عشرات ʿasharāt) of deaths count 12, 'hundreds' (مئات) 100; and 'dozens killed and
wounded' (عشرات القتلي والجرحي), where the deaths are not split out, counts 3.

Vague parts of a number take their least value: بضع/بضعه (biḍʿ, "some", three to nine) is 3 — بضعه عشر 13, بضعه
وعشرون 23, بضعه عشر الفا 13,000; نيف (nayyif, "some over", one to nine) is 1 — نيف وعشرون 21, عشرون ونيف 21,
مئه ونيف 101. Before a vague plural, "a few" takes the plural's own figure, the lowest: بضع عشرات 12, بضع مئات 100,
بضعه الاف 1000.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, count

from rasad.model import builder
from rasad.text.alternation import alternation
from rasad.text.clitics import analyses
from rasad.text.normalize import Words, last_words
from rasad.text.scan import Literals, finditer_at, letters_start

# --- cardinals -----------------------------------------------------------------------------------------------

# Units 1–9 in both genders and all cases. احد/احدي (aḥad, iḥdā) are the forms used in compounds and in
# "one of": احد عشر (11), احد المدنيين ("one of the civilians"). اثنا/اثني (ithnā, ithnay) are the construct forms
# of اثنان before عشر: اثنا عشر (12).
UNITS: dict[str, int] = {
    "واحد": 1,
    "واحده": 1,
    "احد": 1,
    "احدي": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    # some (nayyif, one to nine over a ten): the least, one — نيف وعشرون is 21, مئه ونيف 101
    "نيف": 1,
    "نيفا": 1,
}
# (نيف after the tens it is over, joined by و: عشرون ونيف, 20 ونيف — one more than the tens)
_SOME_OVER: frozenset[str] = frozenset(("نيف", "نيفا"))
# Units 3–10 with the article, after the noun they count: الجنود الثلاثه (the three soldiers), and as the first
# part of a teen: الاربعه عشر (the fourteen). Not the forms that are other words too: الست (the lady), السبع (the
# lion), العشر (the last ten days), الاثنين (Monday).
DEFINITE_UNITS: dict[str, int] = {
    "ال" + word: value
    for word, value in (*UNITS.items(), ("عشره", 10))
    if value >= 3 and word not in ("ست", "سبع")
}
# عشر/عشره is 10 alone and the "-teen" of 11–19 after a unit: ثلاثه عشر (thalāthata ʿashar, 13).
TEN: frozenset[str] = frozenset(("عشر", "عشره"))
# Tens take -ون in the nominative and -ين otherwise: عشرون / عشرين (ʿishrūn / ʿishrīn).
TENS: dict[str, int] = {
    stem + ending: value
    for stem, value in (
        ("عشر", 20),
        ("ثلاث", 30),
        ("اربع", 40),
        ("خمس", 50),
        ("ست", 60),
        ("سبع", 70),
        ("ثمان", 80),
        ("تسع", 90),
    )
    for ending in ("ون", "ين")
}
# Tens and the hundred with the article count only after a bound: قرابه الخمسين مدنيا (qurābat al-khamsīn,
# "nearly fifty civilians"), نحو المئه قتيل; bare, they name other things (زياره الاربعين, the Arbaʿīn
# pilgrimage; شارع الستين, Sixty Street; ثوره العشرين; في العشرين من, a date; في المئه, per cent).
DEFINITE_TENS: dict[str, int] = {"ال" + word: value for word, value in TENS.items()} | {
    "المئه": 100,
    "المائه": 100,
}
# مئه and the older spelling مائه (both miʾa, 100). As a multiplier after a unit, spaced or fused: ثلاث مئه,
# ثلاثمئه, ثلاثمائه (thalāthumiʾa, 300).
HUNDRED: frozenset[str] = frozenset(("مئه", "مائه"))
TWO_HUNDRED: frozenset[str] = frozenset(
    stem + ending for stem in ("مئت", "مائت") for ending in ("ان", "ين", "ا", "ي")
)
FUSED_HUNDREDS: dict[str, int] = {
    unit + hundred: value * 100
    for unit, value in (
        ("ثلاث", 3),
        ("اربع", 4),
        ("خمس", 5),
        ("ست", 6),
        ("سبع", 7),
        ("ثمان", 8),
        ("ثماني", 8),
        ("تسع", 9),
    )
    for hundred in HUNDRED
}
# Scale words: singular (الف alf), dual (الفان alfān / الفين alfayn = 2000, and الفا alfā, which is also the
# accusative singular after 11–99: عشرين الفا = 20,000), plural after 3–10 (ثلاثه الاف thalāthat ālāf = 3000).
SCALE_SINGULAR: dict[str, int] = {"الف": 1_000, "مليون": 1_000_000, "مليار": 1_000_000_000}
SCALE_DUAL: dict[str, int] = {
    stem + ending: value for stem, value in SCALE_SINGULAR.items() for ending in ("ان", "ين", "ا", "ي")
}
SCALE_PLURAL: dict[str, int] = {"الاف": 1_000, "ملايين": 1_000_000, "مليارات": 1_000_000_000}

CARDINAL_WORDS: frozenset[str] = frozenset(
    (
        *UNITS,
        *DEFINITE_UNITS,
        *DEFINITE_TENS,
        *TEN,
        *TENS,
        *HUNDRED,
        *TWO_HUNDRED,
        *FUSED_HUNDREDS,
        *SCALE_SINGULAR,
        *SCALE_DUAL,
        *SCALE_PLURAL,
    )
)

_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?"
_PARSE_TOKEN = re.compile(_DIGITS + r"|[^\W\d_]+|\S")


def _word_value(word: str) -> tuple[str, float] | None:
    """``(role, value)`` of one number word or digit string, or None."""
    if word[0].isdigit():
        number = float(word.replace(",", ""))
        return ("unit" if number < 10 else "add"), number
    if word in _SOME_OVER:
        return "some", 1
    if word in UNITS:
        return "unit", UNITS[word]
    if word in DEFINITE_UNITS:
        return ("ten", 10) if word == "العشره" else ("unit", DEFINITE_UNITS[word])
    if word in TEN:
        return "ten", 10
    if word in DEFINITE_TENS:
        return "add", DEFINITE_TENS[word]
    if word in HUNDRED:
        return "hundred", 100
    for table, role in (
        (TENS, "add"),
        (FUSED_HUNDREDS, "add"),
        (SCALE_SINGULAR, "scale"),
        (SCALE_DUAL, "scale2"),
        (SCALE_PLURAL, "scales"),
    ):
        if word in table:
            return role, table[word]
    if word in TWO_HUNDRED:
        return "add", 200
    return None


def _atoms(words: str) -> Iterator[tuple[bool, str, float] | None]:
    """``(after_conjunction, role, value)`` per number part; None for a part that is not a number."""
    conj = False
    for m in _PARSE_TOKEN.finditer(words):
        tok = m.group()
        if tok == "و":
            conj = True
            continue
        found = _word_value(tok)
        if found is None and tok.startswith("و") and len(tok) > 1:
            # وعشرون (wa-ʿishrūn): the conjunction joining the parts is written on the next word.
            found, conj = _word_value(tok[1:]), True
        if found is None:
            yield None
            return
        yield conj, found[0], found[1]
        conj = False


# (the same few counts come again and again, "3"، "خمسه"، "الف": each is parsed once)
@functools.lru_cache(maxsize=1 << 12)
def parse_cardinal(words: str) -> int | None:
    """The value of a cardinal written in digits, words or both, or None when ``words`` is not one.

    ``"خمسه وعشرون"`` → 25, ``"ثلاثمئه"`` → 300, ``"3 الاف"`` → 3000, ``"1,250"`` → 1250, ``"2.5 مليون"`` →
    2500000. Two additive parts must be joined by و (wa): ``"20 30"`` is None, not 50.
    """
    if _DIGITS_JOINED.search(words):
        return None  # «10 و15»، «5 و20»: digits joined by و are two counts, never one number
    total = 0.0
    current = 0.0
    last: str | None = None
    last_value = 0.0
    seen = False
    for atom in _atoms(words):
        if atom is None:
            return None
        conj, role, value = atom
        seen = True
        if role == "some":
            if conj and current % 10 == 0 and current % 100 != 0:
                current += 1  # "عشرون ونيف"، "20 ونيف": some over the tens, the least one more
                last, last_value = "add", value
                continue
            role = "unit"  # "نيف وعشرون"، "مئه ونيف": a unit of one
        joined = not conj and last in ("unit", "add", "hundred")
        if role == "ten" and joined and last == "unit" and 1 <= last_value <= 9:
            current += 10  # a teen: ثلاثه عشر
            role = "add"
        elif role == "hundred" and joined and last == "unit" and 1 <= last_value <= 9:
            current += last_value * 99  # ثلاث مئه: the unit already counted once
        elif role in ("unit", "add", "ten", "hundred"):
            if joined or (conj and not _joins(last, current, role, value)):
                return None
            current += value
        elif role == "scale":
            if conj and current:
                return None
            total += (current or 1) * value
            current = 0
        elif role == "scale2":
            if conj and current:
                return None
            total += (current or 2) * value
            current = 0
        else:  # plural scale: needs its count (3–10 in grammar; any stated count here)
            if conj or not current:
                return None
            total += current * value
            current = 0
        last, last_value = role, value
    result = total + current
    if not seen or result != int(result):
        return None
    return int(result)


def _joins(last: str | None, current: float, role: str, value: float) -> bool:
    """Whether و joins a part of ``value`` to the count so far (``current``) as Arabic writes one number: after
    a scale or a hundred (الف وخمسه، مئه وعشرون), or tens after a unit (خمسه وعشرون, the unit first). Not two
    counts side by side: «10 و15» (joined digits never make one number), «عشره وخمسه عشر»."""
    if current % 100 == 0:
        return True  # (nothing before, or a whole hundred or thousand)
    return last == "unit" and role == "add" and value in _TENS_VALUES and current % 100 < 10


_TENS_VALUES = frozenset(TENS.values())
_DIGITS_JOINED = re.compile(r"[0-9]\s?و\s?[0-9]")


# --- ordinals (day numbers) ----------------------------------------------------------------------------------

# Day ordinals, masculine and feminine, without the article: السادس (as-sādis, "the sixth"). اول/اولي (awwal,
# ūlā) stand alone; حادي (ḥādī) appears only in compounds: الحادي عشر (11th), الحادي والعشرين (21st).
ORDINAL_UNITS: dict[str, int] = {
    "اول": 1,
    "اولي": 1,
    "حادي": 1,
    "حاديه": 1,
    "ثاني": 2,
    "ثانيه": 2,
    "ثالث": 3,
    "ثالثه": 3,
    "رابع": 4,
    "رابعه": 4,
    "خامس": 5,
    "خامسه": 5,
    "سادس": 6,
    "سادسه": 6,
    "سابع": 7,
    "سابعه": 7,
    "ثامن": 8,
    "ثامنه": 8,
    "تاسع": 9,
    "تاسعه": 9,
    "عاشر": 10,
    "عاشره": 10,
}
ORDINAL_TENS: dict[str, int] = {"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30}


def _ordinal_word(word: str) -> tuple[bool, str]:
    """``(after_conjunction, word without و and ال)``: والعشرين (wa-l-ʿishrīn) → (True, عشرين)."""
    conj = False
    if word.startswith("و") and word[1:].removeprefix("ال") in {**ORDINAL_UNITS, **ORDINAL_TENS}:
        conj, word = True, word[1:]
    return conj, word.removeprefix("ال")


def ordinal_value(words: str) -> int | None:
    """The day number 1–31 of an ordinal, with or without ال, or None.

    ``"السادس"`` → 6, ``"الحادي عشر"`` → 11, ``"الثانيه عشره"`` → 12, ``"الحادي والثلاثين"`` → 31.
    """
    parts = [_ordinal_word(w) for w in words.split()]
    if len(parts) == 1:
        _, w = parts[0]
        if w in ORDINAL_TENS:
            return ORDINAL_TENS[w]
        if w in ORDINAL_UNITS and not w.startswith("حادي"):
            return ORDINAL_UNITS[w]
        return None
    if len(parts) == 2:
        (_, unit), (conj, second) = parts
        value = ORDINAL_UNITS.get(unit)
        if value is None or value == 10 or unit.startswith("اول"):
            return None
        if not conj and second in TEN:
            return value + 10
        if conj and second in ORDINAL_TENS:
            result = value + ORDINAL_TENS[second]
            return result if result <= 31 else None
    return None


# --- duals -----------------------------------------------------------------------------------------------------

# Nouns whose dual may be read from -ان / -ين (-ān / -ayn). Only nouns whose plural is *not* the sound -ين, because
# without vowel marks the dual and that plural are spelled alike: مدنيين is madaniyyīn ("civilians", plural) far
# more often than madaniyyayn ("two civilians"), so مدني, مسلح, مقاتل, مواطن, صحفي, ناشط are left out. شخصين
# (shakhṣayn) and عنصرين (ʿunṣurayn) are true duals ("two persons", "two members"): their plurals are اشخاص and
# عناصر. Feminine nouns take their ة back as ت before the ending: امراتين (imraʾatayn) → امراه.
DUAL_NOUNS: frozenset[str] = frozenset(
    (
        "طفل",
        "طفله",
        "امراه",
        "رجل",
        "شاب",
        "فتاه",
        "شخص",
        "عنصر",
        "جندي",
        "ضابط",
        "شقيق",
        "شقيقه",
        "ابن",
        "ابنه",
        "زوج",  # (زوجان، زوجين: a married couple)
        "حارس",  # (the plural is حراس)
        "رهينه",  # (the plural is رهائن)
        "ولد",
        "صبي",
        "شهيد",
        "قتيل",
        "جريح",
        "ضحيه",
        "جثه",
        "عامل",
        "طبيب",
        "قائد",
        "سيده",
        "غاره",
        "صاروخ",
        "قذيفه",
        "برميل",
        "طائره",
        "مروحيه",
        "انفجار",
        "هجوم",
        "عبوه",
        "لغم",
        "سياره",
        "منزل",
        "قريه",
        "بلده",
        "يوم",
    )
)


# Nouns whose sound plural ends in -ين (مدنيين، مسلحين، حوثيين): their -ين form is read as the plural, but the
# nominative dual -ان is theirs alone (the plural nominative is -ون): مدنيان، مسلحان، حوثيان ("two Houthis").
DUAL_AN_NOUNS: frozenset[str] = frozenset(
    ("مدني", "مسلح", "مقاتل", "مواطن", "صحفي", "ناشط", "حوثي", "متمرد", "ارهابي", "جهادي", "مسعف", "عسكري",
     "شرطي", "مدرس", "معلم", "موظف", "مهندس", "متشدد", "انتحاري", "مجند", "ممرض", "متطوع", "مسن", "فلاح",
     "مزارع", "سائق", "مرافق", "معتقل", "مختطف")
)  # fmt: skip


def dual(word: str, *, nouns: Collection[str] | None = None) -> tuple[str, int] | None:
    """``(singular, 2)`` when ``word`` is the dual of a known noun (``nouns``, default DUAL_NOUNS, and for the
    nominative -ان also DUAL_AN_NOUNS), else None.

    Proclitics are allowed: بغارتين (bi-ghāratayn, "with two air strikes") → ("غاره", 2).
    """
    known = DUAL_NOUNS if nouns is None else nouns
    for _, stem in analyses(word):
        for ending in ("ان", "ين"):
            if not stem.endswith(ending):
                continue
            base = stem[: -len(ending)]
            if base.endswith("ت") and base[:-1] + "ه" in known:
                return base[:-1] + "ه", 2
            if base in known or (ending == "ان" and nouns is None and base in DUAL_AN_NOUNS):
                return base, 2
    return None


# --- vague quantities ------------------------------------------------------------------------------------------

# ACLED values of quantities without a number. Keys are normalized phrases.
VAGUE: dict[str, int] = {
    "عدد من": 3,
    "عددا من": 3,  # (the accusative: «أن عددا من المدنيين سقطوا»)
    "العديد من": 3,
    # a large, another or an unknown number, many (al-kathīr min, "a lot of"): as unnumbered as عدد من — «مقتل
    # عدد كبير من المدنيين»، «وقتل الكثير من عناصر النظام»
    "عدد كبير من": 3,
    "عددا كبيرا من": 3,
    "اعداد كبيره من": 3,
    "اعدادا كبيره من": 3,
    # numbers of (aʿdād min), and huge ones: as عدد من — «سقوط أعداد من الضحايا» (victims, no count of the dead)
    "اعداد من": 3,
    "اعدادا من": 3,
    "عدد هائل من": 3,
    "عددا هائلا من": 3,
    "اعداد هائله من": 3,
    "اعدادا هائله من": 3,
    "عدد اخر من": 3,
    "عددا اخر من": 3,
    "عدد غير محدد من": 3,
    "عددا غير محدد من": 3,
    "عدد غير معروف من": 3,
    "الكثير من": 3,
    "كثير من": 3,
    "كثيرا من": 3,
    "بضعه": 3,
    "بضع": 3,
    # a few dozen (biḍʿ ʿasharāt): the dozens, not a few; so a few hundred, a few thousand (the least figure)
    "بضع عشرات": 12,
    "بضعه عشرات": 12,
    "بضع مئات": 100,
    "بضعه مئات": 100,
    "بضع الاف": 1000,
    "بضعه الاف": 1000,
    "عده": 3,
    "عشرات": 12,
    "العشرات": 12,
    "مئات": 100,
    "المئات": 100,
    "الاف": 1000,
    "الالاف": 1000,
}
# A vague quantity behind a clitic — و (and), ل (for, of), ب (with) — counts the same: «مقتل 10 جنود وعشرات
# المسلحين» (ten soldiers and dozens of gunmen), «مواكب التشييع لعشرات القتلي» (funerals for dozens of dead),
# «للعشرات» (ل before ال drops the alif). Not عده, whose clitic forms are other words (وعده "he promised him",
# بعده "after it").
_VAGUE_CLITICS: tuple[str, ...] = ("و", "ل", "ب", "ول", "وب")


def _with_clitic(clitic: str, key: str) -> str:
    if clitic.endswith("ل") and key.startswith("ال") and not key.startswith("الاف"):
        return clitic + key[1:]  # ل + العشرات = للعشرات (but ل + الاف, "thousands" without ال, is لالاف)
    return clitic + key


# VAGUE with the clitic forms of its keys, each mapped to the key it stands for
_VAGUE_KEY: dict[str, str] = {k: k for k in VAGUE}
_VAGUE_KEY.update({_with_clitic(c, k): k for k in VAGUE if not k.startswith("عده") for c in _VAGUE_CLITICS})
# … and "of them" in place of "of": «وقتل عدد منهم»، «سقط عدد كبير منهم قتلى» (a number of those told before), as many
_VAGUE_KEY.update({f + p: k for f, k in list(_VAGUE_KEY.items()) if f.endswith(" من") for p in ("هم", "هن")})
# Unnumbered deaths: سقط قتلي (saqaṭa qatlā, "deaths occurred"), سقوط شهداء → 3.
UNNUMBERED_DEATHS: dict[str, int] = {"قتلي": 3, "شهداء": 3}
# Killed and wounded together, without a split (عشرات القتلي والجرحي): the deaths are at least some, so 3.
UNSPLIT_CASUALTIES = 3
KILLED_WORDS: frozenset[str] = frozenset(("قتلي", "القتلي", "قتيل", "شهداء", "الشهداء", "شهيد"))
WOUNDED_WORDS: frozenset[str] = frozenset(("جرحي", "الجرحي", "جريح", "مصابين", "المصابين", "اصابات"))
# Bounds that count as the stated figure: اكثر من 20, ما لا يقل عن 20 (mā lā yaqillu ʿan, "no fewer than"),
# نحو / قرابه / حوالي / زهاء 20 ("about").
QUALIFIERS: tuple[str, ...] = (
    "اكثر من",
    "ما لا يقل عن",
    "لا يقل عن",
    "ما يزيد عن",
    "ما يزيد علي",
    "ما يقارب",
    "ما يقرب من",
    "ما يناهز",
    "يناهز",
    "يقارب",
    "نحو",
    "قرابه",
    "حوالي",
    "زهاء",
)

_L = r"(?<![^\W\d_])"  # no letter before
_R = r"(?![^\W\d_])"  # no letter after


def _alternation(words: Collection[str]) -> str:
    """The words as regex alternatives tried longest first (ثلاثمئه before ثلاث; a space stands for any
    whitespace), written as a trie (rasad.text.alternation)."""
    return alternation(words)


def _word_at_word_start(words: Collection[str]) -> str:
    """``_L`` and the alternation of ``words``, written to open with their first letters, each checked for no
    letter before it once taken: the engine jumps from one such letter to the next instead of trying the
    lookbehind at every position. (The words by their first letter, as the trie of ``_alternation`` has them,
    so the same word matches at the same place.)"""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    return (
        "(?:"
        + "|".join(
            f"{re.escape(c)}(?<![^\\W\\d_]{re.escape(c)}){_alternation(rest)}"
            for c, rest in sorted(rests.items())
        )
        + ")"
    )


def _first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first letters of ``words``: put before a pattern that opens with a lookbehind, it
    turns most places away with one look at one character."""
    return "(?=[" + "".join(sorted({w[0] for w in words})) + "])"


_QUALIFIER_BEFORE = re.compile(_L + "(?:" + _alternation(QUALIFIERS) + r")\s$")
_DEFINITE_TENS_IN = re.compile("|".join(DEFINITE_TENS))
_QUALIFIER_AT = re.compile(r"\s*(?:" + _alternation(QUALIFIERS) + r")\s+")
_KILLED_AND_WOUNDED = re.compile(
    r"\s*(?:من\s)?(?:" + _alternation(KILLED_WORDS) + r")\s?و\s?(?:" + _alternation(WOUNDED_WORDS) + ")" + _R
)


def killed_and_wounded(phrase: str, pos: int = 0) -> int:
    """Length of an unsplit "killed and wounded" (القتلي والجرحي) at ``phrase[pos:]``, after an optional من; 0 if
    there is none."""
    m = _KILLED_AND_WOUNDED.match(phrase, pos)
    return m.end() - pos if m else 0


def vague_value(phrase: str) -> int | None:
    """ACLED's count for a vague or bounded quantity, or None.

    ``"عدد من القتلي"`` → 3, ``"عشرات"`` → 12, ``"المئات"`` → 100, ``"عشرات القتلي والجرحي"`` → 3,
    ``"عشرات الالاف"`` → 12000 (the dozens rule times the thousands), ``"اكثر من 20"`` → 20.
    """
    text = " ".join(phrase.split())
    m = _QUALIFIER_AT.match(text)
    if m:
        rest = text[m.end() :]
        value = parse_cardinal(rest)
        return value if value is not None else vague_value(rest)
    if text in UNNUMBERED_DEATHS:
        return UNNUMBERED_DEATHS[text]
    if killed_and_wounded(text) == len(text) and text:
        return UNSPLIT_CASUALTIES
    for key in sorted(VAGUE, key=len, reverse=True):
        if text == key or text.startswith(key + " "):
            rest = text[len(key) :]
            if rest and killed_and_wounded(rest) == len(rest):
                return UNSPLIT_CASUALTIES
            if rest.strip() in ("الاف", "الالاف") and key not in ("الاف", "الالاف"):
                return VAGUE[key] * 1000
            return VAGUE[key]
    return None


# --- finding counts in running text ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A count in the normalized text ``[start, end)``.

    ``kind`` is ``digits`` (any digit in it), ``words``, ``dual``, ``vague`` or ``ordinal``; ``value`` is the
    ACLED count (the bound for a bounded figure); ``noun`` is the counted noun — the singular for a dual
    (طفلان → طفل), else the next word as written (after an optional من); ``approximate`` is set when a
    qualifier such as اكثر من is part of the span.
    """

    start: int
    end: int
    value: int
    kind: str
    noun: str | None = None
    approximate: bool = False


_new_number = builder(NumberMention)  # (NumberMention(...) as rasad.model.builder makes it)


_NUMBER_ATOM = (
    _L
    + r"(?:و\s?)?(?:"
    + _alternation(CARDINAL_WORDS)
    + ")"
    + _R
    # (a digit or its و looked at first: inside a word the lookbehind passes, and the optional و is a repeat the
    # engine would enter at every such place)
    + r"|(?=[و0-9])(?<![0-9.,])(?:و\s?)?(?:"
    + _DIGITS
    + ")"
)
# what a number atom may start with: the و joining it, a digit or the first letter of a number word. Checked
# first, it turns most places away at once (the atom's lookbehinds pass at most places inside words).
_ATOM_FIRST = _first_letters([*CARDINAL_WORDS, "و", *"0123456789"])
_CARDINAL_RUN = re.compile(f"{_ATOM_FIRST}(?:{_NUMBER_ATOM})(?: (?:{_NUMBER_ATOM}))*")
_ATOM = re.compile(_NUMBER_ATOM)
_VAGUE_HEAD = re.compile(_word_at_word_start(_VAGUE_KEY) + _R)
# عشرات الالاف (ʿasharāt al-ālāf, "tens of thousands"): the vague head times a thousand, as one mention.
_THOUSANDS_AFTER = re.compile(r"\s(?:ال)?الاف" + _R)
_DEATHS = re.compile(_word_at_word_start(UNNUMBERED_DEATHS) + _R)
# بضعه عشر (biḍʿata ʿashar, "some over ten", 13–19): the vague head and the ten after it, as one mention
_TEN_AFTER = re.compile(r"\sعشره?" + _R)
# … and a thousand counted by that teen (بضعه عشر الفا, 13,000), or the tens it is joined to (بضعه وعشرون, 23)
_THOUSAND_AFTER_TEEN = re.compile(r"\sالفا?" + _R)
_TENS_JOINED_AFTER = re.compile(r"\sو(" + "|".join(sorted(TENS, key=len, reverse=True)) + ")" + _R)
# عدد قتلي التنظيم (ʿadad qatlā, "the number of the group's dead") names a toll, it does not report deaths.
_DEATHS_COUNTED_BEFORE = re.compile(_L + r"(?:عدد|اعداد|حصيله)\s$")
# a word of five letters or more ending in ان or ين (taken whole at once, then its ending looked at)
_DUAL_CANDIDATE = re.compile(_L + r"[^\W\d_]{5,}+(?<=ان|ين)" + _R)
# (ال first, then no letter before it: the engine jumps from one ال to the next)
_ORDINAL = re.compile(
    r"ال(?<![^\W\d_]ال)(?:(?:"
    + _alternation(ORDINAL_UNITS)
    + r")(?:\s(?:ال)?عشره?|\sو(?:ال)?(?:عشرين|ثلاثين))?"
    + _R
    + r"|(?:عشرين|ثلاثين)"
    + _R
    + ")"
)
# A day ordinal is a date only where a date can stand: after a day word (اليوم الحادي عشر, "the 11th day"), or
# after a preposition of time and before من (في السادس من ايار, "on the 6th of May"). Not after a noun it
# agrees with (الساعات الاولي من الفجر, "the first hours of dawn"; المرحله الثانيه من, "the second stage of") and
# not before من العمر ("of age": في العشرين من العمر, "in his twenties").
_ORDINAL_DAY_BEFORE = re.compile(_L + r"(?:يوم|اليوم|ليله|الليله)\s$")
_ORDINAL_TIME_BEFORE = re.compile(_L + r"[وف]?(?:في|منذ|حتي|الي|قبل|بعد|مطلع|صباح|مساء|ليل|فجر|ظهر|عصر)\s$")
_ORDINAL_OF = re.compile(r"\sمن\s(?!العمر|عمر)")
# The counted noun follows the number, possibly through من (خمسه من المدنيين) and, after digits, with no space
# (و100جريح). A preposition or particle there is not a noun.
_NOUN_AFTER = re.compile(r"\s?(?:من\s)?([^\W\d_]+)")
_NOT_NOUNS: frozenset[str] = frozenset(
    ("في", "علي", "الي", "عن", "منذ", "حتي", "من", "ما", "و", "او", "ثم", "قد", "لا", "ان", "الف", "مليون")
)
# Digits that belong to a date or a time are not counts: 15/3/2024, 10:30; neither is a percentage in any
# spelling: 40%, مئه في المئه (miʾa fi-l-miʾa, "a hundred per cent").
_PERCENT_AFTER = re.compile(r"\s?%|\sفي\s(?:ال)?(?:مئه|مائه)" + _R)
_NOT_A_COUNT_AFTER = re.compile(r"[/:\-][0-9]")
_NOT_A_COUNT_BEFORE = re.compile(r"[0-9][/:\-]$")
_YEAR_BEFORE = re.compile(_L + r"(?:عام|العام|لعام|سنه|منذ)\s$")


def _noun_after(text: str, end: int, stop: int) -> tuple[str | None, int]:
    m = _NOUN_AFTER.match(text, end, stop)
    if m is None or m.group(1) in _NOT_NOUNS:
        return None, end
    return m.group(1), m.start(1)


def _qualified_start(text: str, start: int, lo: int) -> int:
    at = start - 16
    m = _QUALIFIER_BEFORE.search(text, at if at > lo else lo, start)
    return m.start() if m else start


def _cardinals(
    text: str, lo: int, hi: int, starts: list[int] | None = None
) -> Iterator[tuple[int, int, int, str]]:
    """Maximal parseable cardinals ``(start, end, value, kind)`` inside the runs of number atoms (the runs tried
    at ``starts`` alone when given: see :func:`_match_starts`)."""
    runs = (
        _CARDINAL_RUN.finditer(text, lo, hi)
        if starts is None
        else finditer_at(_CARDINAL_RUN, text, starts, hi)
    )
    for run in runs:
        atoms = [(m.start(), m.end()) for m in _ATOM.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(atoms):
            for j in range(len(atoms), i, -1):
                a, b = atoms[i][0], atoms[j - 1][1]
                value = parse_cardinal(text[a:b])
                if value is not None:
                    break
            else:
                i += 1
                continue
            first_end = atoms[i][1]
            if text[a] == "و" and text[a:first_end] not in CARDINAL_WORDS:
                a += 2 if text[a + 1] == " " else 1  # the joining و (wa-) is not part of the number
            kind = "digits" if any(c.isdigit() for c in text[a:b]) else "words"
            if _PERCENT_AFTER.match(text, b) is None and (
                kind == "words" or not _is_date_part(text, a, b, lo)
            ):
                yield a, b, value, kind
            i = j


# "15-20 مدنيا": two small figures joined by a hyphen, the higher after and a word next, are a range — its first,
# the lower, is the count (ACLED: the lowest figure); the second is no count of its own
_RANGE_AFTER = re.compile(r"-([0-9]{1,3}) (?=[^\W\d_])")


def _is_date_part(text: str, a: int, b: int, lo: int) -> bool:
    if _NOT_A_COUNT_BEFORE.search(text, a - 2 if a - 2 > lo else lo, a):
        return True
    if _NOT_A_COUNT_AFTER.match(text, b):
        upper = _RANGE_AFTER.match(text, b) if text[b] == "-" and b - a <= 3 else None
        return upper is None or not text[a:b].isdigit() or int(text[a:b]) >= int(upper.group(1))
    return b - a == 4 and text[a:b].isdigit() and _YEAR_BEFORE.search(text, max(lo, a - 6), a) is not None


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, dual_nouns: Collection[str] | None = None
) -> list[NumberMention]:
    """Every count expression in ``text[start:end]``, in order, without overlaps.

    Cardinals (``"3 الاف"``, ``"خمسه وعشرون"``) with a leading bound (اكثر من) in their span; duals of known nouns
    (``dual_nouns``, default DUAL_NOUNS); vague quantities with their ACLED value; unnumbered deaths (قتلي) not
    already counted by a number before them; and day ordinals in a date position.
    """
    hi = len(text) if end is None else end
    found: list[NumberMention] = []
    counted_nouns: set[int] = set()

    def add(a: int, b: int, value: int, kind: str) -> None:
        noun, noun_pos = _noun_after(text, b, hi)
        if noun is not None:
            counted_nouns.add(noun_pos)
        q = _qualified_start(text, a, start) if kind != "ordinal" else a
        if q == a and kind == "words" and _DEFINITE_TENS_IN.search(text, a, b) is not None:
            return  # (see DEFINITE_TENS: unbounded, no count)
        found.append(_new_number(q, b, value, kind, noun, approximate=q != a))

    at = _match_starts(text, start, hi)
    if at is _NO_STARTS and dual_nouns is None:  # (most stretches: their duals alone)
        found = [
            NumberMention(m.start(), m.end(), 2, "dual", d[0])
            for m in _dual_candidates(text, start, hi)
            if (d := dual(m.group())) is not None
        ]
        return _without_overlaps(found) if len(found) > 1 else found
    if at is None or at[0]:
        for a, b, value, kind in _cardinals(text, start, hi, None if at is None else at[0]):
            add(a, b, value, kind)
    heads = _VAGUE_HEAD.finditer(text, start, hi) if at is None else finditer_at(_VAGUE_HEAD, text, at[1], hi)
    for m in heads:
        b = m.end()
        key = _VAGUE_KEY[" ".join(m.group().split())]
        value = VAGUE[key]
        thousands = _THOUSANDS_AFTER.match(text, b, hi)
        if thousands and value < 1000:
            b, value = thousands.end(), value * 1000
        elif key.startswith("بضع") and (teen := _TEN_AFTER.match(text, b, hi)) is not None:
            b, value = teen.end(), value + 10  # "بضعه عشر" (some over ten): the least, 13
            if (thousand := _THOUSAND_AFTER_TEEN.match(text, b, hi)) is not None:
                b, value = thousand.end(), value * 1000  # "بضعه عشر الفا": 13,000
        elif key.startswith("بضع") and (tens := _TENS_JOINED_AFTER.match(text, b, hi)) is not None:
            b, value = tens.end(), value + TENS[tens.group(1)]  # "بضعه وعشرون" (some and twenty): 23
        kw = killed_and_wounded(text, b)
        if kw and b + kw <= hi:
            found.append(NumberMention(m.start(), b + kw, UNSPLIT_CASUALTIES, "vague", None))
            continue
        add(m.start(), b, value, "vague")
    deaths = _DEATHS.finditer(text, start, hi) if at is None else finditer_at(_DEATHS, text, at[2], hi)
    for m in deaths:
        if m.start() in counted_nouns or _DEATHS_COUNTED_BEFORE.search(
            text, max(start, m.start() - 7), m.start()
        ):
            continue
        kw = killed_and_wounded(text, m.start())
        b = m.start() + kw if kw and m.start() + kw <= hi else m.end()
        found.append(NumberMention(m.start(), b, UNNUMBERED_DEATHS[m.group()], "vague", m.group()))
    duals = (
        _dual_candidates(text, start, hi) if dual_nouns is None else _DUAL_CANDIDATE.finditer(text, start, hi)
    )
    for m in duals:
        d = dual(m.group(), nouns=dual_nouns)
        if d is not None:
            found.append(NumberMention(m.start(), m.end(), 2, "dual", d[0]))
    ordinals = _ORDINAL.finditer(text, start, hi) if at is None else finditer_at(_ORDINAL, text, at[3], hi)
    for m in ordinals:
        lo = max(start, m.start() - 10)
        if _ORDINAL_DAY_BEFORE.search(text, lo, m.start()) or (
            _ORDINAL_OF.match(text, m.end(), hi)
            and (m.start() == start or _ORDINAL_TIME_BEFORE.search(text, lo, m.start()))
        ):
            value = ordinal_value(m.group())
            if value is not None:
                found.append(NumberMention(m.start(), m.end(), value, "ordinal"))
    return _ranges(text, start, _without_overlaps(found)) if len(found) > 1 else found


# A range of two figures is one count, the lower (ACLED's conservative rule): «ما بين 10 و15 مدنيا» (mā bayna
# ʿashara wa-khamsata ʿashar, "between 10 and 15 civilians"), «بين 20 او 30», «اربعه او خمسه اشخاص». (Not
# «ارتفعت من 31 الي 32»: a toll that rose, whose last figure stands; a bare «10 و15» is two counts.)
_RANGE_BETWEEN = re.compile(_L + r"(?:ما\s)?بين\s$")
_RANGE_JOIN_AFTER_BETWEEN = re.compile(r"\s?(?:و|او|الي)\s?")
_RANGE_JOIN = re.compile(r"\s(?:او)\s")
_RANGE_KINDS = frozenset(("digits", "words"))
_RANGE_TO = re.compile(r"\sالي\s")
_RISE_FROM = re.compile(_L + r"من\s$")


def _ranges(text: str, lo: int, found: list[NumberMention]) -> list[NumberMention]:
    out: list[NumberMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.kind in _RANGE_KINDS and b.kind in _RANGE_KINDS:
            between = _RANGE_BETWEEN.search(text, max(lo, a.start - 7), a.start) is not None
            join = _RANGE_JOIN_AFTER_BETWEEN if between else _RANGE_JOIN
            if join.fullmatch(text, a.end, b.start) is not None or (
                # "35 الي 40 شخصا": two figures, the higher after الي, with no من of a rise before them
                a.value < b.value
                and _RANGE_TO.fullmatch(text, a.end, b.start) is not None
                and _RISE_FROM.search(text, max(lo, a.start - 4), a.start) is None
            ):
                out.append(
                    _new_number(a.start, b.end, min(a.value, b.value), b.kind, b.noun, approximate=True)
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# Where the matches of _CARDINAL_RUN, _VAGUE_HEAD, _DEATHS and _ORDINAL can start, read off the words of the text
# (rasad.text.normalize.Words: runs of [\u0621-\u064a], of [0-9], of [a-z]) instead of the engine trying each
# pattern at every place of every stretch (some 600 instructions a character for the runs of number atoms): each of
# those patterns opens with an Arabic letter that has no letter before it and, unless the match goes on past
# whitespace, ends where no letter follows (or at the end of the stretch), and every character of that range is a
# letter, so a match opens a word of the split and its first word is the whole split word — or, at the end of
# the stretch, the part of the last word before it. Besides: a run of digits opens a word; and the و joining
# digits (و100، و 100) may close a word (ابو5).
_CARDINAL_AT, _VAGUE_AT, _DEATHS_AT, _ORDINAL_AT = 1, 2, 4, 8
_FIRST_WORDS: dict[str, int] = {}
for _bit, _words in (
    (_CARDINAL_AT, (*CARDINAL_WORDS, *("و" + w for w in CARDINAL_WORDS), "و")),
    (_VAGUE_AT, [k.split()[0] for k in _VAGUE_KEY]),
    (_DEATHS_AT, UNNUMBERED_DEATHS),
    (_ORDINAL_AT, ["ال" + w for w in (*ORDINAL_UNITS, "عشرين", "ثلاثين")]),
):
    for _w in _words:
        _FIRST_WORDS[_w] = _FIRST_WORDS.get(_w, 0) | _bit
del _bit, _words, _w


_NO_STARTS: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])  # (never added to)

# the words last asked of by _number_words, and the indexes it gave (replaced whole: safe to share between threads)
_last_number_words: tuple[Words | None, list[int]] = (None, [])


def _number_words(ws: Words) -> list[int]:
    """The indexes, in order, of the words of ``ws`` that are in _FIRST_WORDS or are digits (digits sort before
    letters, and ":" after "9"): a count may start at them. Found once for the text's words, as _match_starts is
    asked some twenty stretches of one article (the article's third of its words are read by each)."""
    global _last_number_words
    last = _last_number_words
    if last[0] is ws:
        return last[1]
    words = ws.words
    # (counted and picked in C: a word of digits is one of digits alone, the split's words being runs of Arabic
    # letters, of digits or of Latin letters)
    found = sorted(
        (
            *compress(count(), map(_FIRST_WORDS.__contains__, words)),
            *compress(count(), map(str.isdigit, words)),
        )
    )
    _last_number_words = (ws, found)
    return found


def _match_starts(text: str, lo: int, hi: int) -> tuple[list[int], list[int], list[int], list[int]] | None:
    """The places in ``[lo, hi)`` where a match of _CARDINAL_RUN, _VAGUE_HEAD, _DEATHS and _ORDINAL may start
    (more places than they match at, never fewer), from the words of ``text`` when they were split last (by
    rasad.text.normalize.words_of, as the pipeline does for the article); None when they were not."""
    ws = last_words(text)
    if ws is None or not 0 <= lo < hi <= len(text):
        return None
    starts = ws.starts
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, i)
    if i == j:
        return _NO_STARTS
    first = _FIRST_WORDS
    words = ws.words
    # the stretch's words that are in _FIRST_WORDS or are digits: cut from those of the whole text, found once
    at = _number_words(ws)
    hits = [(words[m], starts[m]) for m in at[bisect_left(at, i) : bisect_left(at, j)]]
    if ws.ends[j - 1] > hi:  # the last word goes on past the stretch: it ends at hi for the patterns
        s = starts[j - 1]
        if (w := text[s:hi]) in first or w < ":":
            hits.append((w, s))
    if not hits:
        return _NO_STARTS
    out: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    cardinal = out[0]
    for w, s in hits:
        if w < ":":  # digits, and the و joining them (ابو5، و100، و 100)
            if s - 1 >= lo and text[s - 1] == "و":
                p = s - 1
            elif s - 2 >= lo and text[s - 2] == "و" and text[s - 1].isspace():
                p = s - 2
            else:
                p = s
            if p < s and (not cardinal or cardinal[-1] < p):
                cardinal.append(p)
            if not cardinal or cardinal[-1] < s:
                cardinal.append(s)
            continue
        bits = first[w]
        for bit, places in zip((_CARDINAL_AT, _VAGUE_AT, _DEATHS_AT, _ORDINAL_AT), out, strict=True):
            if bits & bit and (not places or places[-1] < s):
                places.append(s)
    return out


def _dual_endings() -> Literals:
    """How the dual of every known noun ends (see :func:`dual`): the noun with ان or ين, a noun in ه also with
    ت before them, and the nouns of DUAL_AN_NOUNS with ان. A word that ends otherwise is the dual of none."""
    endings = {n + e for n in DUAL_NOUNS for e in ("ان", "ين")}
    endings |= {n[:-1] + "ت" + e for n in DUAL_NOUNS if n.endswith("ه") for e in ("ان", "ين")}
    endings |= {n + "ان" for n in DUAL_AN_NOUNS}
    return Literals(endings)


_DUAL_ENDINGS = _dual_endings()


def _dual_candidates(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """The matches of ``_DUAL_CANDIDATE.finditer(text, start, stop)`` that may be the dual of a known noun: the
    words that end in a dual ending (most stretches have none: the pattern, which opens with a look-behind, is
    tried at every position, and only at the start of such a word here)."""
    words = set()
    for first in _DUAL_ENDINGS.within(text, start, stop):
        if (ws := letters_start(text, first)) >= start:
            words.add(ws)  # (a word that starts before the stretch is no match in it: see _L)
    return finditer_at(_DUAL_CANDIDATE, text, sorted(words), stop) if words else []


def _without_overlaps(found: list[NumberMention]) -> list[NumberMention]:
    """Keep the earliest mention, the longest at one start: ثلاثه الاف is one count, not 3000 and 'thousands'."""
    out: list[NumberMention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
