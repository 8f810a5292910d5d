"""Find time expressions in normalized Arabic text.

A handful of compiled regular expressions, built from the tables in :mod:`rasad.time.lexicon`, each for one
family of expression; every match is turned into a :class:`TimeExpr` by a small builder that validates it
(day 1–31, an ambiguous month name only in a date context). Overlapping matches are settled leftmost-longest:
«يوم الخميس السادس من أكتوبر» is one DATE with its weekday, not a WEEKDAY followed by a DATE.

Clitics: a word may carry و/ف (wa-, fa-, "and") and then ب/ل/ك (bi-, li-, ka-); ل before the article is
written لل: «وبالأمس» (wa-bi-l-ams), «وليوم الإثنين», «للخميس». The span starts after the clitics.

Measured against ``dateparser.parse(..., languages=["ar"])``: dateparser takes ≈ 0.75 ms per call and misses
ظهر أمس، يوم الإثنين، أول أمس، السادس من أكتوبر، 15 تموز، منذ ثلاثة أيام; these tables find and resolve an
expression in a few microseconds (``benchmarks/bench_time.py`` prints both), so dateparser is not on the
run-time path.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ahocorasick

from rasad.model import builder
from rasad.text.alternation import alternation
from rasad.text.scan import Literals, span_within
from rasad.time.expr import (
    CURRENT,
    DATE,
    DAY,
    MONTH,
    MONTH_UNIT,
    PAST,
    PERIOD,
    RELATIVE,
    SAME,
    SOME_DAYS,
    WEEK,
    WEEKDAY,
    YEAR,
    TimeExpr,
)
from rasad.time.lexicon import (
    AMBIGUOUS_MONTHS,
    COUNTS,
    DIRECTIONS,
    GREGORIAN,
    HIJRI,
    MONTHS,
    ORDINAL_DAYS,
    PARTS_OF_DAY,
    PHASES,
    UNITS,
    WEEKDAYS,
)


def _alt(words: Iterable[str]) -> str:
    # longest first, so «كانون الثاني» is tried before a shorter name and «الحادي والعشرين» before «الحادي»; a
    # space stands for a run of whitespace (written as a trie: rasad.text.alternation)
    return alternation(words, space=r"\s+")


# A word boundary, then optional clitics; group 1 of every pattern is the expression itself.
_PRE = r"(?<!\w)(?:[وف]?[بلك]?)"
_POST = r"(?!\w)"
_ART = r"(?:ال|لل)"
_WD = _alt(w[2:] for w in WEEKDAYS)  # stems without ال: خميس، جمعه …
_MON = _alt(MONTHS)
_DIR = _alt(DIRECTIONS)
_PART = _alt(PARTS_OF_DAY)
_PHASE = _alt(PHASES)
_YEAR = (
    r"(?:\s*,?\s*(?:من\s+)?(?:(?:ال)?عام\s+|(?:ال)?سنه\s+)?(?P<y>(?:19|20|13|14)\d\d)(?!\d)"
    r"(?:\s*(?P<era>م|ه|هجري|هجريه|ميلادي|ميلاديه|للميلاد|للهجره)(?!\w))?)?"
)
# the weeks of a month (normalized) as its parts: «الأسبوع الأول من» early, «الأخير» late
_MONTH_WEEKS = {"اول": "early", "ثاني": "mid", "ثالث": "mid", "رابع": "late", "اخير": "late"}
# «تموز (يوليو)», «آذار/مارس», «حزيران - يونيو»; the second name of a pair may be a Levantine name cut short,
# its ordinal left out: «أكتوبر/ تشرين الماضي»
_MON_PAIR = rf"(?P<mon>{_MON})(?:\s*[/(-]\s*(?:{_MON}|تشرين|كانون)\s*\)?)?"

# أمس-like words: normalized phrase → day offset. Words that need a part of the day before them (الغد alone is
# also the name of a party and a newspaper) are in _NEEDS_PART.
_RELATIVE_DAYS = {
    "اليوم": 0,
    "يوم اليوم": 0,
    "هذا اليوم": 0,
    "امس": -1,
    "يوم امس": -1,
    "الامس": -1,
    "البارحه": -1,
    "البارحه الاولي": -2,  # «البارحة الأولى» (the night before last): as أمس الأول
    "اول امس": -2,
    "اول من امس": -2,
    "امس الاول": -2,
    "يوم امس الاول": -2,
    "يوم اول امس": -2,
    "غدا": 1,
    "يوم غد": 1,
    "يوم الغد": 1,
    "غد": 1,
    "الغد": 1,
    "بعد غد": 2,
    "بعد غدا": 2,
    "يوم بعد غد": 2,
}
_NEEDS_PART = frozenset({"غد", "الغد"})
# Nights: «الليلة الماضية» (al-layla al-māḍiya, last night) is dated by its evening, the day before publication.
_NIGHTS = {
    "الليله": 0,
    "هذه الليله": 0,
    "الليله الماضيه": -1,
    "ليله البارحه": -1,
    "الليله قبل الماضيه": -2,
    "الليله ما قبل الماضيه": -2,
    "الليله قبل البارحه": -2,
    # (masculine: «الليل الماضي»، «الليل قبل الماضي»)
    "الليل الماضي": -1,
    "الليل قبل الماضي": -2,
    "الليل ما قبل الماضي": -2,
    # (the other words for "past": «الليلة الفائتة»، «الليلة المنصرمة»)
    **{
        f"{night} {before}{past}": -2 if before else -1
        for night, ending in (("الليله", "ه"), ("الليل", ""))
        for past in (f"الفائت{ending}", f"المنصرم{ending}")
        for before in ("", "قبل ", "ما قبل ")
    },
    "هذا الصباح": 0,
}
# اليوم followed by one of these is "the day" of a narrative or a name, not today: «في اليوم التالي» (the next
# day), «اليوم العالمي» (World Day), «اليوم السابع» (a newspaper), «اليوم الذي» (the day when).
_NOT_TODAY = (
    "التالي|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|العالمي|الوطني"
    "|الدولي|الذي|نفسه|ذاته|الموالي|السابق|الاخر|المشهود|الموعود|المفتوح|الاسود|الثالث عشر"
)
_NOT_TODAY_ELSE = "|".join(w for w in _NOT_TODAY.split("|") if w not in ("نفسه", "ذاته"))

_RE_RELATIVE = re.compile(
    _PRE
    + rf"((?:(?P<part>{_PART})\s+(?:من\s+)?)?(?P<rel>{_alt(_RELATIVE_DAYS)})"
    # «أمس (الأول)»: الأول in parentheses, the day before yesterday as «أمس الأول»
    + r"(?P<first>\s*\(\s*الاول\s*\))?"
    # (after أمس or البارحة, نفسه is the object of the verb before it, "فجر انتحاري أمس نفسه": no day of a
    # narrative follows those, only اليوم may be «the same day»)
    + rf"(?!(?<!امس)(?<!البارحه)\s+(?:نفسه|ذاته)(?!\w))(?!\s+(?:{_NOT_TODAY_ELSE})(?!\w)))"
    + _POST
)
_RE_NIGHT = re.compile(_PRE + rf"((?P<after>بعد\s+منتصف\s+)?(?P<night>{_alt(_NIGHTS)}))" + _POST)
# ليل الأحد الإثنين / ليلة السبت - الأحد / ليل الجمعة على السبت: the night between two days
_RE_NIGHT_SPAN = re.compile(
    _PRE
    + rf"((?P<after>بعد\s+)?(?:منتصف\s+)?ليل[هي]?\s+ال(?P<wd>{_WD})\s*(?:-|/|الي|علي|و)?\s*ال(?P<wd2>{_WD}))"
    + _POST
)
_RE_WEEKDAY = re.compile(
    r"(?<!بين )(?<!كلا )"
    + _PRE
    + rf"((?:(?P<part>{_PART})\s+(?:من\s+)?)?(?:(?P<rel>يوم\s+امس|اليوم|امس|يوم\s+غد|غدا|يوم|نهار)\s+)?{_ART}(?P<wd>{_WD})"
    # «الأحد قبل الماضي» (the Sunday before last): قبل only with the direction after it
    rf"(?:\s+(?P<before>(?:ما\s+)?قبل)(?=\s+(?:{_DIR})(?!\w)))?(?:\s+(?P<dir>{_DIR}))?)" + _POST
)
_RE_DATE = re.compile(
    _PRE + rf"((?:(?P<part>{_PART})\s+)?(?:(?P<rel>يوم\s+امس|اليوم|امس|يوم)\s*\(?\s*)?"
    rf"(?:{_ART}(?P<wd>{_WD})\s*[,(-]?\s*(?:(?:الموافق|المصادف|الواقع\s+في)\s+)?)?"
    rf"(?:(?:ال\s?)?(?P<d>[0-3]?\d)|(?P<od>{_alt(ORDINAL_DAYS)}))\s+(?:من\s+)?(?:شهر\s+)?{_MON_PAIR}"
    + _YEAR
    + rf"(?:\s+(?P<dir>{_DIR}))?)"
    + _POST
)
# (?P<a>\d{1,4}) written \d\d{0,3}: a pattern that opens with a digit jumps from digit to digit
_RE_NUMERIC = re.compile(r"((?P<a>\d\d{0,3})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{1,2}))")
# the same with a space at a separator, «12 - 10 - 2015»، «12 / 10 / 2015» (not the dot: «في 2015. 10 …» ends a
# sentence); a span the plain pattern finds too is kept once
_RE_NUMERIC_SPACED = re.compile(
    r"((?P<a>\d\d{0,3})\s?(?P<sep>[/-])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?(?P<c>\d{4}|\d{1,2}))"
)
_RE_MONTH = re.compile(
    _PRE
    # a phase, or a week of the month: «الأسبوع الأخير من حزيران»
    + rf"((?:(?P<phase>{_PHASE})\s+|(?:ال)?اسبوع\s+(?:ال)?(?P<wk>{_alt(_MONTH_WEEKS)})\s+من\s+)?"
    + rf"(?P<shahr>شهر\s+)?{_MON_PAIR}"
    + _YEAR
    + rf"(?:\s+(?P<dir>{_DIR}))?)"
    + _POST
)
_RE_PERIOD = re.compile(
    # (a week of the month as its part, as with a month named: «الأسبوع الأول من الشهر الجاري»)
    _PRE
    + rf"((?:(?P<phase>{_PHASE})\s+|(?:ال)?اسبوع\s+(?:ال)?(?P<wk>{_alt(_MONTH_WEEKS)})\s+من\s+)?(?P<this>هذا\s+)?(?P<per>الاسبوع|الشهر|العام|السنه)"
    rf"(?:\s+(?P<before>(?:ما\s+)?قبل))?(?:\s+(?P<dir>{_DIR}))?)" + _POST
)
# a day of the previous or current month: «في 25 الشهر الماضي»، «العاشر من الشهر الجاري»، «يوم 3 من هذا الشهر»,
# and the current month told by «الجاري» / «الحالي» alone: «في 5 الجاري»، «العاشر من الحالي»
_RE_DAY_OF_MONTH = re.compile(
    _PRE + rf"((?:يوم\s+)?(?:(?:ال\s?)?(?P<d>[0-3]?\d)|(?P<od>{_alt(ORDINAL_DAYS)}))\s+(?P<min>من\s+)?"
    rf"(?:(?P<this>هذا\s+)?الشهر(?:\s+(?P<dir>{_DIR}))?|(?P<cur>الجاري|الحالي)))" + _POST
)
# a day of the two feasts, dated by the Hijri calendar: «في أول أيام عيد الفطر» (1 Shawwal), «ثاني أيام عيد
# الأضحى» (11 Dhu al-Hijja), «يوم عيد الفطر»; the feast alone («بمناسبة عيد الفطر») is no day told. «عشية عيد
# الأضحى»، «ليلة عيد الفطر» (its eve) is the day before; «أول أيام رمضان» a day of the month of fasting; «ثاني
# أيام العيد» (the feast not named) a day of the latest feast (resolve); «ليلة القدر» the night of 27 Ramadan,
# dated by its evening, the 26th
_FEASTS = {"الفطر": (10, 1), "الاضحي": (12, 10)}  # (Hijri month, first day)
_RAMADAN = 9
_FEAST_DAYS = {"اول": 0, "ثاني": 1, "ثالث": 2, "رابع": 3}
_EVES = frozenset(("عشيه", "ليله"))
_RE_FEAST = re.compile(
    _PRE
    + rf"((?:(?P<part>{_PART})\s+)?(?:(?P<nth>{_alt(_FEAST_DAYS)})\s+ايام\s+|(?P<yawm>يوم)\s+)?"
    + rf"(?:(?:ال)?عيد\s+(?P<feast>{_alt(_FEASTS)})|(?:شهر\s+)?(?P<ramadan>رمضان)|(?P<eid>العيد)"
    + r"|(?P<qadr>(?<=ليله\s)القدر)))"
    + _POST
)
# a word of approximation between قبل and the span (normalized): «قبل نحو أسبوع»، «قبل حوالى ثلاثة أيام»، «قبل
# أكثر من شهر» — the same span ago (after منذ it opens a span that runs on: «منذ أكثر من عامين», left alone)
_ABOUT = r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:عن|علي))"
_RE_AGO = re.compile(
    _PRE
    + rf"((?:منذ|قبل(?:\s+{_ABOUT})?)\s+(?:(?P<n>\d{{1,3}})\s+|(?P<nw>{_alt(COUNTS)})\s+|(?P<some>بضعه|عده)\s+)?"
    + rf"(?P<unit>{_alt(UNITS)})"
    # «في الأيام القليلة الماضية»، «خلال الأيام الأخيرة» (the last few days): some days ago, as «قبل أيام»
    + r"|(?P<past_days>الايام\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه))"
    # «خلال الأسبوعين الماضيين» (the last two weeks): the week between, as «قبل أسبوع» («في الأسابيع الأخيرة» is
    # left alone: a span the news is set in, «أرسلت تعزيزات في الأسابيع الأخيرة», no day of what the clause tells)
    + r"|(?P<two_weeks>الاسبوعين\s+(?:الماضيين|الاخيرين|السابقين|المنصرمين)))"
    + r"(?!\w)(?!\s+من\s)"  # «قبل يومين من الانتخابات»: two days before the vote, not before publication
    + r"(?!\s*\d)"  # «قبل عام 2011»: before the year 2011, not a year ago
)
# the hours written out (normalized): «الأربع والعشرين ساعة»، «الثماني والأربعين ساعة»، «الاثنتين والسبعين ساعة»
_HOURS_WORDS = r"ال(?:اربع|ثماني|ثمان|اثنتين|اثنين)\s+وال(?:عشرين|اربعين|سبعين)"
_RE_HOURS = re.compile(
    _PRE
    + r"((?:ال)?ساعات\s+(?:ال\s?)?(?P<h>\d{1,3})\s+(?:ساعه\s+)?(?:الماضيه|الاخيره)"
    + rf"|(?:ال\s?(?P<h2>\d{{1,3}})|{_HOURS_WORDS})\s+ساعه\s+(?:الماضيه|الاخيره)"
    # «خلال اليومين الماضيين» (the last two days): as the last 48 hours
    + r"|اليومين\s+(?:الماضيين|الاخيرين|السابقين|المنصرمين)"
    # «في الساعات الأخيرة»، «خلال الساعات القليلة الماضية»: the last hours, told without their number (not «الساعات
    # الأخيرة من يوم الجمعة», the last hours of a day named)
    + r"|الساعات\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه)(?!\s+(?:من|ل)\s)"
    # «خلال الـ48 ساعة»: the hours before the report (not «خلال الـ48 ساعة المقبلة»)
    + rf"|خلال\s+(?:ال\s?(?P<h3>\d{{1,3}})|{_HOURS_WORDS})\s+ساعه(?!\s+(?:المقبله|القادمه|التاليه)))"
    + _POST
)

# the unit of the date named before, taken again (normalized): «في اليوم نفسه»، «في نفس الشهر»، «خلال الشهر ذاته»،
# «في العام نفسه»، «في الليلة ذاتها»، «في التاريخ نفسه» (the date, at the precision it was named), a day of that
# month «في الـ12 من الشهر نفسه», a phase of it «أواخر الشهر ذاته». Not «اليوم نفسه لدخول …» (the day of a thing
# named after it: لـ and a verbal noun) nor «في الوقت نفسه» (meanwhile)
_SAME_UNITS = {
    "اليوم": DAY,
    "الليله": DAY,
    "الاسبوع": WEEK,
    "الشهر": MONTH_UNIT,
    "العام": YEAR,
    "السنه": YEAR,
    "التاريخ": None,
}
_RE_SAME = re.compile(
    _PRE
    + rf"((?:(?:(?:ال\s?)?(?P<d>[0-3]?\d)|(?P<od>{_alt(ORDINAL_DAYS)}))\s+(?:من\s+)?|(?P<phase>{_PHASE})\s+)?"
    + rf"(?:(?:نفس|ذات)\s+(?P<u1>{_alt(_SAME_UNITS)})|(?P<u2>{_alt(_SAME_UNITS)})\s+(?:نفسه|ذاته|نفسها|ذاتها)))"
    + _POST
    + r"(?!\s+ل(?!قي|قوا|قيت)\w)"
)


def _same(m: re.Match[str]) -> TimeExpr | None:
    unit = _SAME_UNITS[m.group("u1") or m.group("u2")]
    day = int(m.group("d")) if m.group("d") else ORDINAL_DAYS[_key(m.group("od"))] if m.group("od") else None
    phase = m.group("phase")
    if (day is not None or phase) and unit != MONTH_UNIT:
        return None  # (a day or a phase of a month only)
    if day is not None and not 1 <= day <= 31:  # type: ignore[operator]
        return None
    night = (m.group("u1") or m.group("u2")) == "الليله"
    return _mk(
        m,
        SAME,
        unit=unit,
        day=day,
        phase=PHASES[_key(phase)] if phase else None,
        part="night" if night else None,
    )


_SPACES = re.compile(r"\s+")


def _key(s: str) -> str:
    return _SPACES.sub(" ", s)


def _mk(m: re.Match[str], kind: str, **fields: object) -> TimeExpr:
    return _new_time_expr(start=m.start(1), end=m.end(1), kind=kind, text=m.group(1), **fields)


_new_time_expr = builder(TimeExpr)  # (TimeExpr(...) as rasad.model.builder makes it)


# the relative word written with a weekday or date: «اليوم الخميس», «أمس الخميس»; a bare يوم adds nothing
_WITH_WEEKDAY = {"اليوم": 0, "امس": -1, "يوم امس": -1, "غدا": 1, "يوم غد": 1}


def _rel_offset(rel: str | None) -> int | None:
    return _WITH_WEEKDAY.get(_key(rel)) if rel else None


def _direction(m: re.Match[str]) -> str | None:
    d = m.group("dir")
    return DIRECTIONS[d] if d else None  # type: ignore[return-value]


# the word before a relative day or night that makes it the day told before: «في ذات اليوم»، «في نفس الليلة» (the
# same day) — not today
_SAME = re.compile(r"(?<!\w)[وفبل]?(?:ذات|نفس)\s+$")
# the word before a date that makes it a name (normalized): «شارع 26 سبتمبر» (a street), «ثورة 14 أكتوبر»
_NAMED_AFTER_A_DATE = frozenset(
    "شارع ميدان ساحه جسر بوابه دوار جوله تقاطع ثوره حركه مدرسه مستشفي جامعه مجمع ملعب معسكر لواء كتيبه فندق نادي".split()
)


def _named_after_a_date(text: str, i: int) -> bool:
    """The word before offset ``i`` (its clitics و/ف and ب/ل aside) is one a date names: «بشارع 26 سبتمبر»."""
    head = text[max(0, i - 20) : i].split()
    w = head[-1] if head else ""
    return any(
        w[k:] in _NAMED_AFTER_A_DATE for k in range(min(3, len(w))) if all(ch in "وفبل" for ch in w[:k])
    )


_AFTER_MIDNIGHT = "بعد منتصف "
# what makes «بعد منتصف الليل» the end of what ran through the evening before (normalized): «استمرت الاشتباكات
# إلى ما بعد منتصف ليل أمس»، «حتى بعد منتصف الليلة الماضية» — of the day the night began, not of the next
_UNTIL = re.compile(r"(?<!\w)(?:الي|حتي|لما)(?:\s+ما)?\s+$")


def _after_midnight(text: str, at: int) -> bool:
    """The «بعد» at ``at`` opens "after midnight", the next day, not "until after midnight" (:data:`_UNTIL`)."""
    return _UNTIL.search(text, max(0, at - 12), at) is None


# a dateline of the newspaper «عين اليوم» (its name, a dash, the city): «عين اليوم – صنعاء»
_NEWSPAPER_DATELINE = re.compile(r"عين اليوم\s*[-–—]")


def _relative(m: re.Match[str]) -> TimeExpr | None:
    rel = _key(m.group("rel"))
    part = m.group("part")
    if rel in _NEEDS_PART and part is None:
        return None
    if rel == "اليوم" and part is None and _SAME.search(m.string, max(0, m.start(1) - 12), m.start(1)):
        return None  # «وقتل في ذات اليوم ثلاثة»: the day told before
    if rel == "اليوم" and part is None and _NEWSPAPER_DATELINE.match(m.string, max(0, m.start(1) - 4)):
        return None  # «عين اليوم – واشنطن»: a newspaper's name in the dateline, no day
    offset = _RELATIVE_DAYS[rel]
    if m.group("first") and offset == -1:
        offset = -2  # «أمس (الأول)» (not «اليوم (الأول)», which stays today)
    if (
        part
        and _key(part).startswith("منتصف")
        and m.string[max(0, m.start() - 5) : m.start()].endswith("بعد ")
    ):
        if _after_midnight(m.string, m.start() - 4):
            offset += 1  # «بعد منتصف ليل أمس» (after midnight last night): already the next day
    elif (
        rel.startswith("البارحه")
        and m.string.endswith(_AFTER_MIDNIGHT, 0, m.start(1))
        and _after_midnight(m.string, m.start(1) - len(_AFTER_MIDNIGHT))
    ):
        offset += 1  # «بعد منتصف البارحة» (after midnight last night, البارحة a night): the next day too
    return _mk(m, RELATIVE, offset=offset, unit=DAY, part=PARTS_OF_DAY[_key(part)] if part else None)


_NEXT_NIGHT = re.compile(r"\s+(?:التاليه|المواليه)(?!\w)")


def _night(m: re.Match[str]) -> TimeExpr | None:
    key = _key(m.group("night"))
    if key == "الليله" and _SAME.search(m.string, max(0, m.start(1) - 12), m.start(1)):
        return None  # «في ذات الليلة»: the night told before
    if key == "الليله" and _NEXT_NIGHT.match(m.string, m.end(1)):
        return None  # «في الليلة التالية»: the night after the one told before, not tonight
    # «بعد منتصف الليلة الماضية» (after midnight last night): already the next day
    offset = _NIGHTS[key] + (1 if m.group("after") and _after_midnight(m.string, m.start("after")) else 0)
    return _mk(m, RELATIVE, offset=offset, unit=DAY, part="morning" if "صباح" in key else "night")


def _night_span(m: re.Match[str]) -> TimeExpr | None:
    wd, wd2 = WEEKDAYS["ال" + m.group("wd")], WEEKDAYS["ال" + m.group("wd2")]
    if (wd + 1) % 7 != wd2:  # «ليل الأحد الإثنين»: the two days must follow each other
        return None
    if m.group("after") and _after_midnight(m.string, m.start("after")):
        # «بعد منتصف ليل الأحد - الإثنين» (after midnight of Sunday night): already Monday
        return _mk(m, WEEKDAY, weekday=wd2, part="night")
    return _mk(m, WEEKDAY, weekday=wd, part="night")


# «عشية» (ʿashiyyat, the eve of) before a weekday: the evening before it — «عشية الأحد» is Saturday evening
_EVE = "عشيه"


def _weekday(m: re.Match[str]) -> TimeExpr | None:
    part = m.group("part")
    before = m.group("before") is not None and _direction(m) == PAST
    eve = part is not None and _key(part) == _EVE
    # «بعد منتصف ليل الأربعاء» (after midnight of Wednesday night): already the Thursday, as «بعد منتصف ليل أمس»
    # and «بعد منتصف ليل الأربعاء - الخميس»
    after = (
        part is not None
        and part.startswith("منتصف")
        and m.string[max(0, m.start(1) - 5) : m.start(1)].endswith("بعد ")
        and _after_midnight(m.string, m.start(1) - 4)
    )
    return _mk(
        m,
        WEEKDAY,
        weekday=WEEKDAYS["ال" + m.group("wd")],
        # «الأحد قبل الماضي»: a week before last Sunday (unit WEEK: the weeks back from the weekday named);
        # «عشية الأحد»: a day before it, «بعد منتصف ليل الأحد» a day after it (unit DAY)
        offset=-1 if before or eve else 1 if after else _rel_offset(m.group("rel")),
        unit=WEEK if before else DAY if eve or after else None,
        part=PARTS_OF_DAY[_key(part)] if part else None,
        direction=_direction(m),
    )


def _year(m: re.Match[str], calendar: str) -> tuple[int | None, str] | None:
    """The written year and the calendar it implies; None when they contradict each other."""
    y = m.group("y")
    if y is None:
        return None, calendar
    year = int(y)
    hijri_year = year < 1600 or m.group("era") in ("ه", "هجري", "هجريه", "للهجره")
    if hijri_year and calendar == GREGORIAN and year < 1600:
        return None  # «15 تموز 1436»: a Gregorian month with a Hijri year; not a date we trust
    if not hijri_year and calendar == HIJRI:
        return None
    return year, calendar


def _date(m: re.Match[str]) -> TimeExpr | None:
    if _named_after_a_date(m.string, m.start(1)):
        return None  # «في شارع 26 سبتمبر»: a street named after a date
    day = int(m.group("d")) if m.group("d") else ORDINAL_DAYS[_key(m.group("od"))]
    if not 1 <= day <= 31:  # type: ignore[operator]
        return None
    calendar, month = MONTHS[_key(m.group("mon"))]
    if calendar == HIJRI and day > 30:  # type: ignore[operator]
        return None
    yc = _year(m, calendar)
    if yc is None:
        return None
    wd = m.group("wd")
    part = m.group("part")
    return _mk(
        m,
        DATE,
        day=day,
        month=month,
        year=yc[0],
        calendar=calendar,
        weekday=WEEKDAYS["ال" + wd] if wd else None,
        offset=_rel_offset(m.group("rel")),
        part=PARTS_OF_DAY[_key(part)] if part else None,
        direction=_direction(m),
    )


def _numeric(m: re.Match[str]) -> TimeExpr | None:
    text, i, j = m.string, m.start(1), m.end(1)
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "/.-"):
        return None  # part of a longer number: 1.12.5.2016, a phone or file number
    if j < len(text) and (text[j].isalnum() or (text[j] in "/.-" and text[j + 1 : j + 2].isdigit())):
        return None
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4 and len(c) <= 2:  # 2016-10-06, 2016/10/6
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:  # 6/10/2016, 06.10.2016: day first, as Arabic news writes it
        day, month, year = int(a), int(b), int(c)
    else:
        return None  # 6/10/16 or 12.5.3: too ambiguous (a score, a decimal, a section number)
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    return _mk(m, DATE, day=day, month=month, year=year)


_DAY_BEFORE = re.compile(r"(?:\d{1,2}|ال\s?\d{1,2})\s+(?:من\s+)?$")


def _month(m: re.Match[str]) -> TimeExpr | None:
    key = _key(m.group("mon"))
    day = _DAY_BEFORE.search(m.string, max(0, m.start(1) - 12), m.start(1))
    if day is not None and _named_after_a_date(m.string, day.start()):
        return None  # «شارع 26 سبتمبر»: the month of a street's name
    calendar, month = MONTHS[key]
    phase, shahr, y, d = m.group("phase"), m.group("shahr"), m.group("y"), m.group("dir")
    if m.group("wk"):
        # «الأسبوع الأخير من حزيران»: the week as the month's early, middle or late part (precision 2)
        return _month_expr(m, month, calendar, _MONTH_WEEKS[m.group("wk")])
    if key in AMBIGUOUS_MONTHS and not (phase or shahr or y or d):
        return None  # «مارس ضغوطا» (he exerted pressure), «رجب طيب أردوغان»
    return _month_expr(m, month, calendar, PHASES[_key(phase)] if phase else None)


def _month_expr(m: re.Match[str], month: int, calendar: str, phase: str | None) -> TimeExpr | None:
    yc = _year(m, calendar)
    if yc is None:
        return None
    return _mk(m, MONTH, month=month, year=yc[0], calendar=calendar, phase=phase, direction=_direction(m))


_YEAR_WORDS = frozenset(("العام", "السنه"))


def _period(m: re.Match[str]) -> TimeExpr | None:
    phase, this, before = m.group("phase"), m.group("this"), m.group("before")
    direction = _direction(m)
    wk = m.group("wk")
    if wk and m.group("per") != "الشهر":
        return None  # «الأسبوع الأول من العام»: no week of a year is dated here
    if before and direction != PAST:
        return None
    if not (phase or this or direction):
        return None  # «الشهر» alone is usually «الشهر الفضيل» or a count, not a date
    per = m.group("per")
    if per in _YEAR_WORDS and not (phase and (direction in (PAST, CURRENT) or this)):
        return None  # a year is dated only by its part: «مطلع العام الماضي» (January), not «العام الماضي»
    offset = {PAST: -1, CURRENT: 0, None: 0}.get(direction, 1)
    if before:
        offset = -2  # «الأسبوع قبل الماضي»: the week before last
    return _mk(
        m,
        PERIOD,
        offset=offset,
        unit=WEEK if per == "الاسبوع" else YEAR if per in _YEAR_WORDS else MONTH_UNIT,
        phase=_MONTH_WEEKS[wk] if wk else PHASES[_key(phase)] if phase else None,
        direction=direction or CURRENT,
    )


def _feast(m: re.Match[str]) -> TimeExpr | None:
    nth, part = m.group("nth"), m.group("part")
    part_key = _key(part) if part else None
    if m.group("qadr"):
        return _mk(m, DATE, day=27, month=_RAMADAN, calendar=HIJRI, offset=-1, unit=DAY, part="night")
    if m.group("ramadan") or m.group("eid"):
        if nth is None:
            return None  # «في رمضان»، «يوم العيد»: a month, or a feast not told
        k = _FEAST_DAYS[nth]
        # (the feast not named: month None, its day counted from the feast's first, see resolve)
        month, day = (_RAMADAN, 1 + k) if m.group("ramadan") else (None, 1 + k)
    else:
        if nth is None and m.group("yawm") is None and part_key is None:
            return None  # «عيد الفطر» alone, the feast and no day of it («صباح عيد الفطر» is its first)
        month, first = _FEASTS[m.group("feast")]
        day = first + (_FEAST_DAYS[nth] if nth else 0)
    eve = part_key in _EVES and nth is None and m.group("yawm") is None
    return _mk(
        m,
        DATE,
        day=day,
        month=month,
        calendar=HIJRI,
        offset=-1 if eve else None,
        unit=DAY if eve else None,
        part=PARTS_OF_DAY[part_key] if part_key else None,
    )


# the words a day number of «الشهر الماضي» follows without من: «في 25 الشهر الماضي»، «منذ 3 الشهر الجاري»
_DAY_NUMBER_AFTER = frozenset(("في", "بتاريخ", "منذ"))
# a week's ordinal is no day: «الأسبوع الأول من الشهر الجاري»
_WEEK_WORDS = frozenset(("اسبوع", "الاسبوع"))


def _day_of_month(m: re.Match[str]) -> TimeExpr | None:
    day = int(m.group("d")) if m.group("d") else ORDINAL_DAYS[_key(m.group("od"))]
    if not 1 <= day <= 31:  # type: ignore[operator]
        return None
    direction = CURRENT if m.group("cur") else _direction(m)
    if direction not in (PAST, CURRENT) and not (m.group("this") and direction is None):
        return None  # «الشهر المقبل», or الشهر alone (a count: «25 الشهر» is no date)
    before = m.string[max(0, m.start(1) - 12) : m.start(1)].split()[-1:]
    word = before[0].removeprefix("و") if before else ""
    if word in _WEEK_WORDS:
        return None
    if not (m.group("min") or m.group(1).startswith("يوم") or word in _DAY_NUMBER_AFTER):
        return None  # «قتل 25 الشهر الماضي»: a count, then the month
    return _mk(m, DATE, day=day, offset=-1 if direction == PAST else 0, unit=MONTH_UNIT, direction=direction)


# what a bare يوم is the day of when it is followed by one of these: «قبل يوم الجمعة» (before Friday), «منذ يوم
# الانتخابات» (since election day), «قبل يوم امس» — not "a day ago"
_DAY_OF = re.compile(r"\s+(?:ال|لل|امس|غد|\d)")


_SOME_DAYS_BACK = 3  # the day «قبل أيام» (some days ago) is dated on, to a week


def _ago(m: re.Match[str]) -> TimeExpr | None:
    if m.group("past_days"):
        return _mk(m, RELATIVE, offset=-_SOME_DAYS_BACK, unit=DAY, part=SOME_DAYS, direction=PAST)
    if m.group("two_weeks"):
        return _mk(m, RELATIVE, offset=-1, unit=WEEK, direction=PAST)
    unit, implied = UNITS[_key(m.group("unit"))]  # type: ignore[misc]
    if m.group("unit") == "يوم" and _DAY_OF.match(m.string, m.end(1)):
        return None
    n_digits, n_word = m.group("n"), m.group("nw")
    if n_digits or n_word:
        if implied is not None and implied != 1:
            return None  # «منذ ثلاثة يومين» is not Arabic
        n = int(n_digits) if n_digits else COUNTS[_key(n_word)]
    elif implied is not None:
        n = implied  # «قبل يومين» (qabla yawmayn): the dual is the count
    elif unit == DAY and m.group(1).startswith("قبل"):
        # «قبل أيام»، «قبل بضعة أيام» (some days ago): no day, a week — a few days before the report, which
        # moves no running date
        return _mk(m, RELATIVE, offset=-_SOME_DAYS_BACK, unit=DAY, part=SOME_DAYS, direction=PAST)
    else:
        # «منذ أيام» (for days): no usable offset. «قبل أسابيع» (some weeks ago) neither: a flashback the news
        # recalls («الأماكن التي وقعت بها ضربة جوية قبل أسابيع»), whose week would split it off as an event
        return None
    return _mk(m, RELATIVE, offset=-n, unit=unit, direction=PAST)  # type: ignore[arg-type]


def _hours(m: re.Match[str]) -> TimeExpr | None:
    # «خلال الساعات الـ48 الماضية»: a report written on the publication day about the hours before it; like a
    # coder, date it on the day before publication (the last full day), not the day it was published
    return _mk(m, RELATIVE, offset=-1, unit=DAY, part="hours")


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], TimeExpr | None]


_RULES: tuple[_Rule, ...] = (
    _Rule(_RE_DATE, _date),
    _Rule(_RE_NIGHT_SPAN, _night_span),
    _Rule(_RE_WEEKDAY, _weekday),
    _Rule(_RE_RELATIVE, _relative),
    _Rule(_RE_NIGHT, _night),
    _Rule(_RE_AGO, _ago),
    _Rule(_RE_HOURS, _hours),
    _Rule(_RE_MONTH, _month),
    _Rule(_RE_PERIOD, _period),
    _Rule(_RE_DAY_OF_MONTH, _day_of_month),
    _Rule(_RE_FEAST, _feast),
    _Rule(_RE_SAME, _same),
)


def _anchor_automaton() -> ahocorasick.Automaton:
    """Every expression but a numeric date contains one of these words: a relative-day word, a weekday or
    month name, a period word, a plural or dual of يوم. One Aho-Corasick pass finds them; then only the rules
    an anchor can start run, and only in a window around it. Measured on the 2015 corpus: running the ten
    rules over whole texts cost ≈ 0.5 µs per character, as each starts with optional clitic and part-of-day
    groups tried at every position; windows with only their own rules cut that by an order of magnitude."""
    relative = (_RE_RELATIVE, _RE_WEEKDAY, _RE_DATE)  # أمس الخميس، اليوم الخميس 6 أكتوبر
    table: dict[str, tuple[re.Pattern[str], ...]] = {}
    for w in ("امس", "البارحه", "غد", "اليوم"):
        table[w] = relative
    for w in ("ليل", "صباح"):
        table[w] = (_RE_NIGHT, _RE_NIGHT_SPAN, *relative)
    for w in ("اسبوع", "اسابيع", "شهر", "شهور"):
        # «شهر رمضان», «السادس من شهر أكتوبر», «في 25 الشهر الماضي»
        table[w] = (_RE_PERIOD, _RE_AGO, _RE_MONTH, _RE_DATE, _RE_DAY_OF_MONTH)
    for w in ("الجاري", "الحالي"):
        table[w] = (_RE_DAY_OF_MONTH,)  # «في 5 الجاري» (the month's name left out)
    for w in ("ايام", "يومين", "يومان", "يوما", "يوم", "سنتين", "سنتان", "سنوات"):
        table[w] = (_RE_AGO,)
    # «خلال اليومين الماضيين»: as the last 48 hours (اليومين written whole: the longest anchor, not اليوم)
    table["اليومين"] = (_RE_HOURS,)
    for w in ("عام", "سنه"):
        table[w] = (_RE_AGO, _RE_PERIOD)  # (عام also holds عامين، عاما، اعوام); «مطلع العام الماضي»
    table["ساع"] = (_RE_HOURS,)
    for w in _FEASTS:
        table[w] = (_RE_FEAST,)
    table["القدر"] = (_RE_FEAST,)
    for w in WEEKDAYS:
        table[w[2:]] = (_RE_WEEKDAY, _RE_NIGHT_SPAN, _RE_DATE)
    for w in MONTHS:
        table[w] = (_RE_DATE, _RE_MONTH)
    table["رمضان"] = (_RE_DATE, _RE_MONTH, _RE_FEAST)  # «أول أيام رمضان»
    table["ايام"] = (_RE_AGO, _RE_FEAST)  # «ثاني أيام العيد»
    # the unit of the date named before: «في اليوم نفسه»، «في نفس الشهر»، «في التاريخ ذاته»
    for w in ("اليوم", "ليل", "اسبوع", "شهر", "عام", "سنه"):
        table[w] = (*table[w], _RE_SAME)
    table["تاريخ"] = (_RE_SAME,)
    automaton = ahocorasick.Automaton()
    for w, patterns in table.items():
        mask = sum(1 << i for i, rule in enumerate(_RULES) if rule.pattern in patterns)
        automaton.add_word(w, (len(w), mask))
    automaton.make_automaton()
    return automaton


_ANCHORS = _anchor_automaton()  # built once, never modified
# the anchors as words alone, for _hints: found in the pass over the whole text that finds every Literals set
_ANCHOR_WORDS = Literals(_ANCHORS.keys())

# A numeric date has a digit, a separator and a digit (6/10/2016, 2016-10-06); a count (قتل 5 اشخاص) has not.
_NUMERIC_HINT = re.compile(r"\d[/.-]\d")
# How far an expression reaches around an anchor: «منتصف ليلة أمس» starts 10 characters before ليل, «فجر يوم
# الخميس الموافق» 20 before 20; «الحادي والعشرين من كانون الثاني (يناير) من العام 2016 ميلادي» ends 60 after
# كانون. Neighbouring anchors merge their windows.
_BEFORE = 30
_AFTER = 70
# An anchor counts when it is a word of its own, give or take clitics and the article before it (وبالامس) and
# a short ending after it (غدا، ليلة، ساعات): غد inside بغداد or ليل inside تحليل is no anchor.
_ANCHOR_PREFIX = frozenset("وفبلكا")
_ANCHOR_SUFFIX = frozenset("اهينتو")


def _is_word(text: str, first: int, after: int) -> bool:
    k = first
    while k > 0 and text[k - 1].isalpha():
        if text[k - 1] not in _ANCHOR_PREFIX or first - k >= 4:
            return False
        k -= 1
    k = after
    n = len(text)
    while k < n and text[k].isalpha():
        if text[k] not in _ANCHOR_SUFFIX or k - after >= 3:
            return False
        k += 1
    return True


def _windows(text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
    """Merged windows ``(a, b, mask)`` around anchors; ``mask`` has bit i set when rule i may match there."""
    out: list[tuple[int, int, int]] = []
    if stop <= start:
        return out
    for last, (length, mask) in _ANCHORS.iter_long(text, start, stop):
        first = last + 1 - length
        if not _is_word(text, first, last + 1):
            continue
        a = first - _BEFORE
        a = a if a > start else start
        b = last + 1 + _AFTER
        b = b if b < stop else stop
        if out and a <= out[-1][1]:
            pa, _, pm = out[-1]
            out[-1] = (pa, b, pm | mask)
        else:
            out.append((a, b, mask))
    return out


def find_time_expressions(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """Time expressions in ``text[start:end]`` (normalized text), in reading order, without overlaps."""
    return list(_find(text, start, len(text) if end is None else end))


@functools.lru_cache(maxsize=512)
def _find(text: str, start: int, stop: int) -> tuple[TimeExpr, ...]:
    # the dates stage reads every clause and the assemblers read some again: each stretch is read once
    if not _may_hold(text, start, stop):
        return ()
    return tuple(_find_uncached(text, start, stop))


def _may_hold(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` has what a numeric date starts with or an anchor word: most clauses have
    neither, and every expression needs one (see :func:`_anchor_automaton`)."""
    numeric, firsts, ends = _hints(text)
    # a numeric hint, as _numeric_hint_in finds it (written out: one look-up of the hints, no call per clause)
    i = bisect_left(numeric, start)
    if i < len(numeric) and numeric[i] + _NUMERIC_HINT_LENGTH <= stop:
        return True
    return span_within(firsts, ends, start, stop)


def stretches_may_hold(text: str, stretches: Iterable[tuple[int, int]]) -> list[bool]:
    """``[_may_hold(text, start, stop) for start, stop in stretches]``, the text's hints looked up once: the
    dates stage asks it of every clause of an article (most clauses hold no expression, and their date is the
    one they inherit without a look for expressions)."""
    numeric, firsts, ends = _hints(text)
    n = len(numeric)
    out: list[bool] = []
    for start, stop in stretches:
        i = bisect_left(numeric, start)
        out.append(
            (i < n and numeric[i] + _NUMERIC_HINT_LENGTH <= stop) or span_within(firsts, ends, start, stop)
        )
    return out


# where each numeric hint starts, overlapping ones too (1/2/3 holds two): the first one at or after a stretch's
# start is inside the stretch when any is. It takes the separator, one character before the hint's start (the
# engine jumps from separator to separator, rarer than digits and quicker to test), and looks around it.
# (a spaced one, «12 - 10» or «12 -10» or «12- 10», is told by the separator and a character either side too).
# The separator opens the pattern outside the alternatives: an alternation of sets would be tried at every place.
_NUMERIC_HINT_AT = re.compile(r"[/.-](?:(?<=\d.)(?=\d)|(?<=\d[/-])(?=\s\d)|(?<=\d\s[/-])(?=\s?\d))")
_NUMERIC_HINT_LENGTH = 3


def _numeric_hint_in(text: str, start: int, stop: int) -> bool:
    """``_NUMERIC_HINT.search(text, start, stop) is not None``, from the hints of the whole text (or a spaced
    hint's three characters, «2 -», «- 1» or « - », in the stretch: see :data:`_NUMERIC_HINT_AT`)."""
    numeric = _hints(text)[0]
    i = bisect_left(numeric, start)
    return i < len(numeric) and numeric[i] + _NUMERIC_HINT_LENGTH <= stop


@functools.lru_cache(maxsize=4)
def _hints(text: str) -> tuple[list[int], list[int], list[int]]:
    """One scan per article for what :func:`_may_hold` asks of every clause: where the numeric hints start, and
    every anchor occurrence in the whole text that is a word of its own (first offset, end), by first offset.
    An anchor inside another word (غد in بغداد, ليل in تحليل) opens no window in :func:`_windows`, which looks
    at fewer occurrences (the longest), each with the same test."""
    numeric = [m.start() - 1 for m in _NUMERIC_HINT_AT.finditer(text)]
    firsts, ends = _ANCHOR_WORDS.spans(text)
    spans = [(a, b) for a, b in zip(firsts, ends, strict=True) if _is_word(text, a, b)]
    return numeric, [a for a, _ in spans], [b for _, b in spans]


# What some rules' matches must hold, looked for in a window before the rule is tried there (the rules open with
# look-behinds and optional groups, tried at every place): a date has its day, a digit or an ordinal day (whose
# first word is written out in the pattern: السادس من ايار); a weekday and a night between two days have a
# weekday's name (ال or لل and its stem). Most windows opened by أمس, اليوم or a weekday have no day number.
_DATE_BIT = 1 << next(i for i, rule in enumerate(_RULES) if rule.pattern is _RE_DATE)
_WEEKDAY_BITS = sum(1 << i for i, rule in enumerate(_RULES) if rule.pattern in (_RE_WEEKDAY, _RE_NIGHT_SPAN))
_DIGIT = re.compile(r"\d")
_ORDINAL_DAY_HEADS = Literals({w.split()[0] for w in ORDINAL_DAYS})
_WEEKDAY_STEMS = Literals({w[2:] for w in WEEKDAYS})


def _bit(pattern: re.Pattern[str]) -> int:
    return 1 << next(i for i, rule in enumerate(_RULES) if rule.pattern is pattern)


# The words that the other rules' matches hold, written as they are in every match (a month's name of two words
# may be written with any whitespace between them: its first word), by the rule's bit. A window opened by an
# anchor is tried with every rule of that anchor (صباح opens the nights and the relative days, شهر the periods,
# the months and "ago"), and one rule in two finds there nothing of what it needs.
_RELATIVE_CUES = ("اليوم", "امس", "البارحه", "غد")
_NIGHT_CUES = ("ليل", "صباح")  # (ليله، and the masculine ليل)
assert all(any(c in w for c in _RELATIVE_CUES) for w in _RELATIVE_DAYS)
assert all(any(c in w for c in _NIGHT_CUES) for w in _NIGHTS)
_RULE_CUES: tuple[tuple[int, Literals], ...] = (
    (_bit(_RE_RELATIVE), Literals(_RELATIVE_CUES)),
    (_bit(_RE_NIGHT), Literals(_NIGHT_CUES)),
    (_bit(_RE_NIGHT_SPAN), Literals(("ليل",))),  # (and a weekday: see _WEEKDAY_BITS)
    (_bit(_RE_AGO), Literals(("منذ", "قبل", "الايام", "الاسبوعين"))),
    (_bit(_RE_HOURS), Literals(("ساع", "يومين"))),  # ساعات، ساعه; اليومين الماضيين
    (_bit(_RE_MONTH), Literals({w.split()[0] for w in MONTHS})),
    (_bit(_RE_PERIOD), Literals(("الاسبوع", "الشهر", "العام", "السنه"))),
    (_bit(_RE_DAY_OF_MONTH), Literals(("الشهر", "الجاري", "الحالي"))),
    (_bit(_RE_FEAST), Literals(("عيد", "رمضان", "القدر"))),
    (_bit(_RE_SAME), Literals(("نفس", "ذات"))),
)


def _rules_that_may_match(text: str, a: int, b: int, mask: int) -> int:
    """``mask`` less the rules that cannot match in ``text[a:b]`` for want of what their matches hold."""
    if (
        mask & _DATE_BIT
        and _DIGIT.search(text, a, b) is None
        and not _ORDINAL_DAY_HEADS.any_within(text, a, b)
    ):
        mask &= ~_DATE_BIT
    if mask & _WEEKDAY_BITS and not _WEEKDAY_STEMS.any_within(text, a, b):
        mask &= ~_WEEKDAY_BITS
    for bit, cues in _RULE_CUES:
        if mask & bit and not cues.any_within(text, a, b):
            mask &= ~bit
    return mask


@functools.lru_cache(maxsize=1 << len(_RULES))
def _rules_of(mask: int) -> tuple[_Rule, ...]:
    """The rules whose bits ``mask`` sets, in order."""
    return tuple(rule for i, rule in enumerate(_RULES) if mask >> i & 1)


def _find_uncached(text: str, start: int, stop: int) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    if _numeric_hint_in(text, start, stop):  # (every numeric date holds a hint: most stretches have none)
        for m in _RE_NUMERIC.finditer(text, start, stop):
            expr = _numeric(m)
            if expr is not None:
                found.append(expr)
        for m in _RE_NUMERIC_SPACED.finditer(text, start, stop):
            if " " in m.group(1) or "\n" in m.group(1):
                expr = _numeric(m)
                if expr is not None:
                    found.append(expr)
    for a, b, mask in _windows(text, start, stop):
        for rule in _rules_of(_rules_that_may_match(text, a, b, mask)):
            for m in rule.pattern.finditer(text, a, b):
                expr = rule.build(m)
                if expr is not None:
                    found.append(expr)
    if len(found) < 2:
        return found
    # leftmost-longest; at equal spans the earlier rule (more specific kind) wins, sort is stable
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[TimeExpr] = []
    last_end = -1
    for e in found:
        if e.start >= last_end:
            out.append(e)
            last_end = e.end
    return out
