"""The running date of an article, clause by clause.

News reports state a date once and let the following sentences lean on it: «تواصلت المعارك … أمس … ووثق
ناشطون استشهاد …» — the second clause happened أمس too. :class:`DateContext` is fed the clauses in reading
order; a clause with its own date moves the running date, one without inherits it.

Two kinds of clause date themselves without moving the running date:

- quoted past, a flashback to an earlier event: «وكانت اشتباكات مماثلة دارت أول من أمس» (wa-kānat
  ishtibākāt … dārat awwal min ams), «كان قد …» (kāna qad), «وسبق أن …» (wa-sabaqa an);
- the future: «سيزور الوزير موسكو يوم الخميس» (sa-yazūru) — a planned visit is not where the reporting stands.
"""

from __future__ import annotations

import datetime as dt
import re

from rasad.assemble.doc import relative_pronoun_before
from rasad.model import TIME_DAY, TIME_MONTH, TIME_WEEK, DateValue
from rasad.text.scan import Literals
from rasad.time.expr import DATE, DAY, MONTH, MONTH_UNIT, RELATIVE, SAME, WEEK, WEEKDAY, YEAR, TimeExpr
from rasad.time.finder import find_time_expressions
from rasad.time.lexicon import ORDINAL_DAYS, WEEKDAYS
from rasad.time.resolve import EXPLICIT, RELATIVE_BASIS, phase_day, resolve

PUBLICATION = "publication"
INHERITED = "inherited"
UNKNOWN = "unknown"

# Pluperfect and "it had already happened" cues: «كانت قد», «كان الجيش قد», «سبق أن», «سبق وأن», and a clause
# that opens with كان/كانت («وكانت اشتباكات دارت …»).
_QUOTED_PAST = re.compile(
    r"(?<!\w)[وف]?كان(?:ت|وا|ا|تا)?\s+(?:\S+\s+){0,4}?قد(?!\w)"
    r"|(?<!\w)[وف]?سبق\s*(?:و\s*)?(?:ان|لل|ل)"
    r"|^\W*[وف]?كان(?:ت|وا|ا|تا)?(?!\w)"
)

# Future cues: سوف، من المقرر، من المتوقع، يعتزم، مسألة وقت، and the future prefix سـ on the verbs of planned events
# («سيزور», «ستعقد», «سيلتقي»). The verb stems are listed: a bare س+ي is also the start of سيارة (car) and
# سيطرة (control).
_FUTURE_STEMS = (
    "زور|سافر|عقد|لتقي|لتقون|توجه|بحث|صل|بدا|شارك|جري|جتمع|قوم|نطلق|ستضيف|ستقبل|ناقش|طرح|علن|وقع|لقي|حضر"
    "|قدم|عود|تم|كون|جتمعون|شاركون|عقدان|زوران|لتقيان|توجهون|صوت|بت|نظر|ستانف|نظم|رسل|ختتم|فتتح|غادر"
    # what a report predicts (from the corpus): «المعارك ستستمر»، «الغارات ستزيد من …»، «سيوقف الهجوم»
    "|ستمر|تواصل|وقف|نتهي|بقي|تيح|ضعف|ساعد|رضخ|زيد|توقف|تمكن|فقد|صعد|ساهم|لاحق|نقل"
    # what an agreement or a plan will let happen: «ستعمل على منع تسلل»، «سيسمح لكتيبة بالدخول»، «ستفتح القاعدة»
    "|عمل|سمح|فتح|شن|منع|ضرب|هاجم|قصف"
    # a stance or step announced (from the corpus): «سيؤيد الاعتقال الإداري»، «سنتخذ إجراءات»، «سنواصل الضربات»
    "|ؤيد|دعم|وافق|رفض|طالب|واصل|تخذ|بذل|جعل|ؤدي|حتاج|شرف|تباحث|نتصر"
)
_FUTURE = re.compile(
    r"(?<!\w)[وف]?(?:سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|المزمع|المرتقب|المرتقبه|يعتزم|تعتزم|يعتزمون|ينوي|تنوي"
    r"|مساله\s+وقت)(?!\w)"
    rf"|(?<!\w)[وف]?س[يتن](?:{_FUTURE_STEMS})(?!\w)"
)


# Whether _FUTURE matches, written to open with the letters a match can start with (so that the engine jumps
# from one to the next instead of trying the lookbehind at every position): a clitic و / ف or the first letter
# of a cue, each checked afterwards for no letter before it. It may report another match than _FUTURE (the
# alternatives are in another order), but it finds one exactly where _FUTURE does. (Every alternative opens
# with one letter, not a set of them: only then does the engine take their letters as the set to jump to.)
_AFTER_CLITIC = (
    r"سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|المزمع|المرتقب|المرتقبه|يعتزم|تعتزم|يعتزمون"
    rf"|ينوي|تنوي|مساله\s+وقت|س[يتن](?:{_FUTURE_STEMS})"
)
_FUTURE_FOUND = re.compile(
    rf"(?:و(?<!\wو)(?:{_AFTER_CLITIC})|ف(?<!\wف)(?:{_AFTER_CLITIC})"
    rf"|س(?<!\wس)(?:وف|[يتن](?:{_FUTURE_STEMS}))"
    r"|م(?<!\wم)(?:ن\s+(?:المقرر|المنتظر|المتوقع)|ساله\s+وقت)"
    r"|ا(?<!\wا)(?:لمزمع|لمرتقب|لمرتقبه)"
    r"|ي(?<!\wي)(?:عتزم|عتزمون|نوي)"
    r"|ت(?<!\wت)(?:عتزم|نوي))(?!\w)"
)


def is_quoted_past(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the clause ``text[start:end]`` reports an earlier event in passing (كان قد، سبق أن)."""
    clause = text[start:end]
    if "كان" not in clause and "سبق" not in clause:
        return False  # what every alternative of the pattern holds (most clauses: no regex run at all)
    return _QUOTED_PAST.search(clause) is not None


def is_future(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the clause ``text[start:end]`` is about the future (سوف، من المقرر، سيزور)."""
    stop = len(text) if end is None else end
    # the pattern is tried only on a clause that holds one of the cues' cores whole (most hold none)
    if not _FUTURE_CUES.any_within(text, start, stop):
        return False
    return _FUTURE_FOUND.search(text, start, stop) is not None


# What every match of _FUTURE_FOUND holds: a cue word without its clitic and its first letter when only that
# letter varies (يعتزم، تعتزم → عتزم), or the future prefix with a listed verb stem (سيزور، ستعقد).
_FUTURE_CUES = Literals(
    ["سوف", "المقرر", "المنتظر", "المتوقع", "لمزمع", "لمرتقب", "عتزم", "نوي", "مساله"]
    + ["س" + person + stem for person in "يتن" for stem in _FUTURE_STEMS.split("|")]
)


_QUOTE_OPENS = ("«", "“")  # (and the straight '"', which opens and closes alike: counted)
_QUOTE_CLOSES = ("»", "”")


def _today_quoted(text: str, start: int, e: TimeExpr) -> bool:
    """``e`` is a bare اليوم, or a part of it («صباح اليوم»، «منذ مساء اليوم»), inside a quotation opened in its
    clause: «الجيش اليوم احرز تقدما»."""
    if e.kind != RELATIVE or e.offset != 0 or e.unit != "day":
        return False
    words = e.text.split()
    if not words or words[-1] != "اليوم" or (len(words) > 1 and e.part is None):
        return False
    before = text[start : e.start]
    if before.count('"') % 2 == 1:
        return True
    return max(before.rfind(q) for q in _QUOTE_OPENS) > max(before.rfind(q) for q in _QUOTE_CLOSES)


# what a protest protests, before the date of it: «نفذ ألف شخص اعتصاما احتجاجا على قتل العقيد ليل السادس من
# أغسطس»، «تظاهر المئات تنديدا بمقتل … يوم الاثنين» — the day of the cause, not of the protest the clause tells.
# (Not «ردا على» and its like: the act answered is often itself told as an act of the clause, with its day.)
_CAUSE_BEFORE = re.compile(r"(?<!\w)(?:احتجاجا|تنديدا)\s+(?:علي|ب|ل)?[^.,،؛:]*$")
_CAUSE_REACH = 150  # characters looked back from the date
_CAUSE_CUES = ("احتجاج", "تنديد")


def _of_the_cause(text: str, start: int, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` without the dates of what the clause's protest protests (:data:`_CAUSE_BEFORE`)."""
    lo = max(start, exprs[0].start - _CAUSE_REACH)
    head = text[lo : exprs[-1].start]
    if not any(cue in head for cue in _CAUSE_CUES):
        return exprs  # (most dated clauses answer nothing)
    return [
        e for e in exprs if _CAUSE_BEFORE.search(text, max(start, e.start - _CAUSE_REACH), e.start) is None
    ]


def _of_a_relative_clause(text: str, start: int, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` without the days told in a relative clause after a day the clause names for its own act, not
    for a telling: «تبنى المسلحون أمس قتل شرطيين ردا على الهجوم الذي نسب الاثنين الماضي إلى التنظيم» — Monday is
    the day of the attack the relative clause tells of, the claim is of أمس."""
    if len(exprs) < 2:
        return exprs
    own = next((e for e in exprs if e.specificity <= 3), None)
    if own is None or own is exprs[-1] or _told_before(text, start, own):
        return exprs
    if relative_pronoun_before(text, start, own.start) is not None:
        return exprs  # (the first day is itself a relative clause's)
    return [e for e in exprs if e.start < own.end or relative_pronoun_before(text, own.end, e.start) is None]


_IN_MONTH = re.compile(r"(?<!\w)[وف]?(?:في|خلال)\s+(?:شهر\s+)?$")


def _month_of_the_act(text: str, start: int, e: TimeExpr) -> bool:
    """``e`` is a month named with «في» (or «خلال») before it, the time of the clause's act: «وفي الهدنة الأولى
    في مارس 2015، منع المسلحون …» — the sentences after it that have no date of their own are of that month."""
    return e.kind == MONTH and _IN_MONTH.search(text, max(start, e.start - 12), e.start) is not None


def _best(exprs: list[TimeExpr]) -> TimeExpr | None:
    # most specific first; among equals the first in reading order
    return min(exprs, key=lambda e: e.specificity) if exprs else None


# «منذ» (mundhu, since) a few words before a date: «منذ 11 يوليو»، «منذ بدء المعركة في الثالث من يوليو»; no
# full stop or comma between. The word opens the pattern, its look-behind after it: a pattern that opens with a
# literal word is tried only where the word is (one that opens with a look-behind is tried at every place)
_SINCE_BEFORE = re.compile(r"منذ(?<!\wمنذ)(?:\s+[^\s.,،؛:]+){0,5}\s+(?:في\s+)?$")
_SINCE_REACH = 60  # characters looked back from the date for منذ

# verbs of telling (normalized, without و/ف): «قال بيان للقيادة اليوم الجمعة إن …»
_TELLING = frozenset(
    "قال قالت اكد اكدت ذكر ذكرت افاد افادت اضاف اضافت اعلن اعلنت اوضح اوضحت اشار اشارت نقل نقلت تابع تابعت "
    "كشف كشفت اورد اوردت صرح صرحت"
    # what a statement holds, and a source followed: «وجاء في البيان الذي صدر أمس أن …»، «وبحسب البيان الصادر
    # أمس فإن …»
    " جاء بحسب حسب".split()
)
_THAT = frozenset(("ان", "انه", "انها", "بان", "بانه", "بانها", "فان", "فانه", "فانها"))


# a verb of beginning (normalized) a few words before «قبل» and a span: «اندلعت الاشتباكات قبل أربعة أيام»، «المعارك
# التي اندلعت قبل أسبوع» — when the fighting began, told with the toll it has reached since
_BEGAN_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:بدات|بدا|اندلعت|اندلع|تفجرت|تفجر|انطلقت|انطلق|اشتعلت|اشتعل)(?:\s+[^\s.,،؛:]+){0,4}\s+$"
)


def _since(text: str, start: int, e: TimeExpr) -> bool:
    """``e`` opens a span that runs to the report: «منذ ثلاثة أيام» (for three days), «منذ 11 يوليو»، «منذ
    بدء المعركة في الثالث من يوليو»، «اندلعت الاشتباكات قبل أربعة أيام» (two days or more) — when something
    began, not the day the text is at."""
    if e.text.startswith("منذ"):
        return True
    lo = max(start, e.start - _SINCE_REACH)
    if e.text.startswith("قبل") and not (e.unit == "day" and e.offset is not None and e.offset > -2):
        return _BEGAN_BEFORE.search(text, lo, e.start) is not None
    return _SINCE_BEFORE.search(text, lo, e.start) is not None


_ABOUT_REACH = (
    3  # words from the telling's date to «عن»: «أفاد المرصد الثلاثاء عن مقتل …»، «أعلن الاثنين الجيش عن …»
)


def tells_what_follows(words: list[str]) -> bool:
    """``words`` (those after a telling's date) lead to what is told: an «إن» among them, or «عن» within
    :data:`_ABOUT_REACH` words («أفاد المرصد الثلاثاء عن مقتل سبعة أشخاص الاثنين»، what a verb of telling
    reports about)."""
    return any(w in _THAT for w in words) or "عن" in words[:_ABOUT_REACH]


def _telling_date(text: str, start: int, e: TimeExpr, act: TimeExpr) -> bool:
    """``e`` dates the telling of what ``act`` dates: a verb of telling before it, «إن» (or «عن») between the
    two («قال بيان للقيادة اليوم الجمعة إن الطائرات نفذت أمس الخميس 41 ضربة»، «أفاد المرصد الثلاثاء عن مقتل
    سبعة أشخاص الاثنين»)."""
    if e.end > act.start:
        return False
    if not _told_before(text, start, e):
        return False
    return tells_what_follows(text[e.end : act.start].split())


def _told_before(text: str, start: int, e: TimeExpr) -> bool:
    """A verb of telling (:data:`_TELLING`, its و / ف aside) stands in ``text[start:e.start]``."""
    head = text[start : e.start].split()
    return any(w[1:] in _TELLING if w[:1] in ("و", "ف") else w in _TELLING for w in head)


# the nouns of a statement (normalized): «في بيان صدر الليلة قبل الماضية»، «في أعقاب إعلان القوات أمس الأول»
_STATEMENT_NOUNS = frozenset("بيان البيان اعلان الاعلان تصريح تصريحات التصريحات تقرير التقرير".split())


def statement_before(text: str, start: int, pos: int) -> bool:
    """``text[start:pos]`` holds a verb of telling or the noun of a statement (its و / ف / ب / ل aside): the
    date after it may be the day of what a source told."""
    for w in text[start:pos].split():
        for k in range(3):
            if k and w[k - 1 : k] not in ("و", "ف", "ب", "ل"):
                break
            if w[k:] in _TELLING or w[k:] in _STATEMENT_NOUNS:
                return True
    return False


def opens_with_telling(text: str, at: int) -> bool:
    """The words at ``at`` open with a verb of telling, its و / ف aside: «وقال المبعوث إن …»، «ونقل التلفزيون
    عن مصدر قوله …»."""
    m = _FIRST_WORD.match(text, at)
    if m is None:
        return False
    w = m.group()
    return (w[1:] if w[:1] in ("و", "ف") else w) in _TELLING


_FIRST_WORD = re.compile(r"\S+")


# a source named after what it told, with the day it told it: «…، حسبما أفاد الأحد المرصد» (as the Observatory
# reported on Sunday) — the day of the report, not of what the text goes on telling
_AS_TOLD = re.compile(r"(?<!\w)[وف]?(?:حسبما|بحسب\s+ما|وفق\s+ما|وفقا\s+لما|طبقا\s+لما|كما)\s+(\S+)\s+$")
_AS_TOLD_REACH = 30  # characters looked back from the date


def _as_told(text: str, start: int, e: TimeExpr) -> bool:
    """``e`` dates a report the clause attributes what it told to: a verb of telling right before it, after
    «حسبما» (as) and its like: «حسبما أفاد الأحد المرصد»."""
    if "ما" not in text[max(start, e.start - _AS_TOLD_REACH) : e.start]:
        return False  # (every cue but كما holds ما)
    m = _AS_TOLD.search(text, max(start, e.start - _AS_TOLD_REACH), e.start)
    return m is not None and m.group(1) in _TELLING


# a warning of attacks, or their possibility, before the date they are feared on: «حذرت السفارة من احتمال هجمات
# يومي 22 يونيو و3 يوليو»، «تحذيرات من وقوع هجمات خلال عيد الفطر» — acts that may come, not the day reported
_WARNED = re.compile(
    r"(?<!\w)[وف]?(?:احتمال|احتماليه|امكانيه|تحذير|تحذيرات|حذر|حذرت|حذروا|يحذر|تحذر|محذرا|محذره)\s+"
    # (who would carry them out may stand between: «احتمال تنفيذ مسلحي التنظيم هجمات»)
    r"(?:من\s+)?(?:احتمال\s+|امكانيه\s+)?(?:(?:وقوع|شن|تنفيذ)\s+(?:[^\s.,،؛:]+\s+){0,3}?)?"
    r"(?:هجوم|هجمات|هجوما|اعتداء|اعتداءات|تفجير|تفجيرات|عمليات|عمليه)(?!\w)[^.,،؛:]*$"
)
_WARNED_REACH = 90  # characters looked back from the date


def _warned(text: str, start: int, e: TimeExpr) -> bool:
    """``e`` dates attacks warned of or deemed possible (:data:`_WARNED`): no day the text is at."""
    lo = max(start, e.start - _WARNED_REACH)
    if (
        "حذر" not in text[lo : e.start]
        and "احتمال" not in text[lo : e.start]
        and "امكانيه" not in text[lo : e.start]
    ):
        return False  # (what every cue holds; most dated clauses hold none)
    return _WARNED.search(text, lo, e.start) is not None


def _future_told_after(text: str, start: int, end: int, e: TimeExpr) -> bool:
    """The clause's future cues all stand after ``e``, in what an «أن» after it tells: «أعلنت أنها قتلت مساء
    الثلاثاء رجلا مؤكدة أنها ستقوم بمحاسبة …»، «قال الوزير الخميس إن المحادثات ستعقد …» — the future is of
    what is told, not of the day ``e`` names (a past act, or the telling)."""
    if _FUTURE_FOUND.search(text, start, e.start) is not None:
        return False
    m = _FUTURE_FOUND.search(text, e.end, end)
    return m is not None and any(w in _THAT for w in text[e.end : m.start()].split())


def _past_verb_governs(text: str, start: int, end: int, e: TimeExpr, past: tuple[int, ...]) -> bool:
    """The clause's future cues all stand after ``e`` and a verb in the past (at one of the offsets ``past``)
    comes before the first of them: «وقصفت الطائرات يوم الاثنين مواقع … وستواصل عملياتها» — the past verb
    governs the day, the last Monday; what is to come is another verb's."""
    if not past or _FUTURE_FOUND.search(text, start, e.start) is not None:
        return False
    m = _FUTURE_FOUND.search(text, e.end, end)
    return m is not None and any(start <= p < m.start() for p in past)


_SPAN_OF_A_SUMMARY_DAYS = 31  # a span begun this long before the report is a summary's (see _mover)


def _since_the_report_day(e: TimeExpr) -> bool:
    """``e`` is the day a span began that is the report's own, today or yesterday, named after منذ: «تتواصل
    المعارك منذ صباح أمس»، «منذ فجر اليوم» — what the report goes on with is of that day (not «منذ يومين», a
    count of days that opens a state that lasts)."""
    return e.kind == RELATIVE and e.unit == DAY and e.offset in (0, -1) and not e.text.startswith("منذ")


def _mover(
    text: str,
    span: tuple[int, int],
    exprs: list[TimeExpr],
    best: TimeExpr,
    fut: tuple[bool, bool],
    ctx: DateContext,
) -> tuple[TimeExpr, DateValue] | None:
    """The expression the running date moves to, and its date: the clause's best, but

    - not a recent one that opens a span (:func:`_since`): «انقطاع المياه منذ ثلاثة أيام» (for three days), «منذ
      بدء المعركة في الثالث من يوليو» — what comes next is not of that day. (A span begun over a month before
      the report still moves it: «منذ 23 سبتمبر 2014 وحتى فجر اليوم» opens a summary whose undated tallies
      that follow are of the span, not news of the day.)
    - not the telling's date when the act told has a day of its own (:func:`_telling_date`).

    None: the running date stays. ``span`` is the clause's; ``fut`` whether it is of the future, and whether
    the caller said so (see :meth:`DateContext._future_of`)."""
    start, end = span

    def date(e: TimeExpr) -> DateValue:
        return ctx._resolve(e, ctx._future_of(text, start, end, e, *fut))

    def since(e: TimeExpr) -> bool:
        if not _since(text, start, e) or _since_the_report_day(e):
            return False
        dv = date(e)
        pub = ctx.published
        return dv.date is None or pub is None or (pub - dv.date).days <= _SPAN_OF_A_SUMMARY_DAYS

    own = [e for e in exprs if not since(e)]
    if len(own) > 1:
        first, act = own[0], next((e for e in own[1:] if e.specificity <= 3), None)
        if act is not None and _telling_date(text, start, first, act):
            told, dv = date(first), date(act)
            if dv.date is not None and told.date is not None and dv.date <= told.date:
                return act, dv
    mover = best if best in own else _best(own)
    return None if mover is None else (mover, date(mover))


# the next day of a narrative, told without a date of its own: «وفي اليوم التالي تقدمت القوات», «صباح اليوم
# التالي», «في الليلة التالية» — the day after the running date (not «اليوم التالي للانتخابات», the day after a
# thing named: a لـ after it, where لم and لن are no لـ)
_NEXT_DAY = re.compile(
    r"(?<!\w)(?:[وف]?[بل]?)(?:اليوم|الليله)\s+(?:التالي|التاليه|الموالي|المواليه)(?!\w)(?!\s+ل(?![من]\s))"
)


# a day word written with the weekday it names: «أمس الأحد»، «اليوم الاثنين»، «أمس (الجمعة)» (normalized)
_PAIRED_DAY = re.compile(
    r"(امس|اليوم)\s+\(?\s*(الاحد|الاثنين|الثلاثاء|الاربعاء|الاربعا|الخميس|الجمعه|السبت)(?!\w)(?!\s+(?:الماضي|المقبل|القادم))"
)
_PAIRED_WORDS = ("امس", "اليوم")
_DAY_BEFORE = ("اول ", "اول من ")  # «أول أمس السبت»: two days back


def resolve_written(
    expr: TimeExpr, published: dt.date | None, reference: dt.date | None, *, future: bool = False
) -> DateValue | None:
    """:func:`rasad.time.resolve.resolve`, its relative days counted from the day the article was written
    (``reference``, see :func:`reference_day`) when that is not its publication day: «أمس» in a report written
    the day before its publication."""
    if reference is not None and expr.kind == RELATIVE and expr.unit == DAY:
        published = reference
    return resolve(expr, published, future=future)


def reference_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day an article was written when that is the day before its publication date: every «أمس» or
    «اليوم» it writes with a weekday (:data:`_PAIRED_DAY`) names the day before publication as its today — «أمس
    الأحد» in a report published on a Tuesday (so written on the Monday). Its bare «أمس»، «اليوم»، «قبل يومين»
    then count from that day: the Sunday of «أمس الأحد», not the Monday. None when there is no such pair, when
    any agrees with the publication date, or when they disagree among themselves."""
    if published is None:
        return None
    refs: set[dt.date] = set()
    for word in _PAIRED_WORDS:
        i = text.find(word)
        while i != -1:
            m = _PAIRED_DAY.match(text, i)
            at = -1 if m is None else _word_start(text, i)
            if m is not None and at != -1 and not text[max(0, at - 8) : at].endswith(_DAY_BEFORE):
                # the weekday named: the latest such day on or before publication, as a weekday alone
                named = published - dt.timedelta(days=(published.weekday() - WEEKDAYS[m.group(2)]) % 7)
                refs.add(named + dt.timedelta(days=1 if m.group(1) == "امس" else 0))
            i = text.find(word, i + len(word))
    day_before = published - dt.timedelta(days=1)
    return day_before if refs == {day_before} else None


def _word_start(text: str, i: int) -> int:
    """Where the word holding ``text[i:]`` starts when that is ``i`` or its clitic و / ف right before it; else
    -1."""
    if i == 0 or not text[i - 1].isalnum():
        return i
    return i - 1 if text[i - 1] in "وف" and (i == 1 or not text[i - 2].isalnum()) else -1


# a year written alone, not part of a date the finder reads: «في 2011»، «عام 2014» — what «في العام نفسه» may
# take after it
_BARE_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")


def same_date(e: TimeExpr, named: DateValue, published: dt.date | None, future: bool) -> DateValue | None:
    """The date of ``e`` (kind SAME: «في اليوم نفسه»، «في الشهر ذاته»، «في 12 من الشهر نفسه») when the date
    named before it is ``named``: that date at ``e``'s unit — the day of a day (or what was named, when it was
    no day), the week of a week, the month of a month (its 15th, or the day or phase told with it), a year's
    at a month (ACLED has no coarser precision); «في التاريخ نفسه» the date as named."""
    d = named.date
    if d is None:
        return None
    basis = named.basis if named.basis in (EXPLICIT, RELATIVE_BASIS) else RELATIVE_BASIS
    if e.unit == WEEK:
        return DateValue(d, max(named.precision, TIME_WEEK), basis)
    if e.unit == YEAR:
        return DateValue(d, max(named.precision, TIME_MONTH), basis)
    if e.unit != MONTH_UNIT:
        return DateValue(d, named.precision, basis)
    if e.day is not None:
        try:
            return DateValue(d.replace(day=e.day), TIME_DAY, basis)
        except ValueError:
            return None  # «31 من الشهر نفسه» of a month of 30
    day, precision = (phase_day(e.phase), TIME_WEEK) if e.phase else (15, TIME_MONTH)
    out = d.replace(day=day)
    if (
        not future
        and published is not None
        and out > published
        and (out.year, out.month)
        == (
            published.year,
            published.month,
        )
    ):
        out = published  # (as «منتصف الشهر الجاري» read on the 3rd: not later than publication)
    return DateValue(out, max(named.precision, precision), basis)


class DateContext:
    """The running date of one article.

    ``DateContext(published)`` starts at the publication date (basis ``publication``), or at an unknown date
    when there is none (basis ``unknown``: relative expressions then stay unresolved; the machine's clock is
    never used). ``published_basis`` records how the publication date was obtained (given, metadata,
    inferred); it is kept for the caller's output and does not change the arithmetic. ``reference`` is the
    day the article was written when it is not its publication day (:func:`reference_day`): its relative days
    (أمس، اليوم، قبل يومين) count from it.
    """

    __slots__ = (
        "published",
        "published_basis",
        "reference",
        "_running",
        "_inherits",
        "_named_day",
        "_before_month",
        "_past",
        "_named",
        "_same",
    )

    def __init__(
        self,
        published: dt.date | None,
        *,
        published_basis: str | None = None,
        reference: dt.date | None = None,
    ) -> None:
        self.published = published
        self.published_basis = published_basis
        self.reference = reference
        self._running = DateValue(published, TIME_DAY, PUBLICATION if published else UNKNOWN)
        self._named_day = False  # the running date was set by a weekday or date named, or a telling's day
        self._before_month: DateValue | None = None  # the running date before a month named moved it
        self._past: tuple[int, ...] = ()  # offsets of the verbs in the past of the clause being dated
        # (running date, what a clause inherits from it): most clauses inherit, from the same running date
        self._inherits: tuple[DateValue, DateValue] | None = None
        # the date named last in the text and where it ends, what «في اليوم نفسه» takes (see _anaphora)
        self._named: tuple[DateValue, str, int] | None = None
        self._same: dict[TimeExpr, DateValue] = {}  # the dates of the clause's «اليوم نفسه» and its like

    @property
    def running(self) -> DateValue:
        """The date a clause without its own date gets now."""
        return self._running

    def restore(self, running: DateValue) -> None:
        """Put the running date back: the caller found the clause's date to be background (a relative
        clause's own date, "الهدنه التي اعلنتها القياده امس الاول"), not the day being reported."""
        self._running = running

    def inherited(self) -> DateValue:
        """What a clause without its own date gets now."""
        r = self._running
        if r.basis in (PUBLICATION, UNKNOWN):
            return r
        last = self._inherits
        if last is None or last[0] is not r:
            last = self._inherits = (r, DateValue(r.date, r.precision, INHERITED))
        return last[1]

    def _resolve(self, expr: TimeExpr, future: bool) -> DateValue:
        if expr.kind == SAME:
            return self._same.get(expr) or DateValue(None, TIME_DAY, UNKNOWN)
        dv = resolve_written(expr, self.published, self.reference, future=future)
        return dv if dv is not None else DateValue(None, TIME_DAY, UNKNOWN)

    def _classify(self, text: str, start: int, end: int, future: bool) -> tuple[bool, bool]:
        return future or is_future(text, start, end), is_quoted_past(text, start, end)

    def _future_of(self, text: str, start: int, end: int, e: TimeExpr, fut: bool, future: bool) -> bool:
        """Whether ``e`` is of the future: the clause is (``fut``), the caller did not say so (``future``),
        its cues are not all in what an «أن» after ``e`` tells (:func:`_future_told_after`) and no verb in
        the past governs ``e`` before them (:func:`_past_verb_governs`)."""
        return fut and (
            future
            or not (
                _future_told_after(text, start, end, e) or _past_verb_governs(text, start, end, e, self._past)
            )
        )

    def _anaphora(
        self, text: str, start: int, end: int, exprs: list[TimeExpr], fut: bool, future: bool
    ) -> list[TimeExpr]:
        """Date the clause's «في اليوم نفسه»، «في الشهر ذاته» (kind SAME) by the date named last before each, in
        the clause or before it in the text, and note the clause's last date for those that follow. A SAME with
        no date named before it is left out of ``exprs`` (the clause then inherits, as without it)."""
        self._same = {}
        out: list[TimeExpr] = []
        for e in exprs:
            if e.kind == SAME:
                named = self._named
                dv = None
                if named is not None:
                    ref = named[0]
                    if e.unit == YEAR:
                        # (the years written since it: in the text it was named in, after it)
                        years = _BARE_YEAR.findall(text, named[2] if named[1] is text else start, e.start)
                        if years and ref.date is not None and int(years[-1]) != ref.date.year:
                            ref = DateValue(dt.date(int(years[-1]), 7, 1), TIME_MONTH, EXPLICIT)
                    dv = same_date(e, ref, self.published, self._future_of(text, start, end, e, fut, future))
                if dv is None:
                    continue
                self._same[e] = dv
            else:
                dv = self._resolve(e, self._future_of(text, start, end, e, fut, future))
            out.append(e)
            if dv.date is not None:
                self._named = (dv, text, e.end)
        return out

    def _advance(self, dv: DateValue, future: bool, quoted: bool, *, month: bool = False) -> None:
        # Only a day moves the running date: a week or month in a clause is usually background («بعد انهيار
        # الهدنة الشهر الماضي», after the truce collapsed last month), and the next clause goes back to the day
        # being reported. ``month``: a month named as the clause's own time (:func:`_month_of_the_act`) moves
        # it too, at its precision.
        if dv.date is None or future or quoted:
            return
        if dv.precision == TIME_DAY:
            self._running, self._before_month = dv, None
        elif month and dv.precision == TIME_MONTH:
            if self._before_month is None:
                self._before_month = self._running
            self._running = dv

    def close_month(self) -> None:
        """Put back the running date a month named moved (:meth:`_advance`): its episode is over — a new
        paragraph, or «قبل أن» telling what came after it («… في مارس، قبل أن تستعيدها القوات»)."""
        if self._before_month is not None and self._running.precision == TIME_MONTH:
            self._running = self._before_month
        self._before_month = None

    def _next_day(self, text: str, start: int, end: int, future: bool) -> DateValue:
        """The date of a clause without a time expression: the day after the running date when it tells of
        «اليوم التالي» (the next day), which it moves the running date to; else the inherited date."""
        r = self._running
        if r.date is None or r.basis == PUBLICATION or text.find("التالي", start, end) == -1:
            return self.inherited()  # (no day told yet, or no cue: most clauses have none)
        if _NEXT_DAY.search(text, start, end) is None:
            return self.inherited()
        fut, quoted = self._classify(text, start, end, future)
        dv = DateValue(r.date + dt.timedelta(days=1), TIME_DAY, r.basis)
        self._advance(dv, fut, quoted)
        return dv

    def date_for(
        self,
        text: str,
        start: int,
        end: int,
        *,
        future: bool = False,
        past: tuple[int, ...] = (),
        act_undated: bool = False,
    ) -> DateValue:
        """The date of the clause ``text[start:end]`` (normalized text), then advance the running date.

        The clause's most specific expression wins (a weekday over a bare اليوم). ``future`` says the clause
        is about the future; future cues in the clause itself (سيزور، من المقرر) count too, but not for a day
        a verb in the past before them governs (``past``: the offsets of the clause's verbs in the past, see
        :func:`_past_verb_governs`). ``act_undated``: the act the clause goes on with was told without a day
        of its own (no clause before it in its sentence set one) — the day of the source it is told after
        («قتل أربعون شخصا في اشتباكات، بحسب ما أفاد أمس الأربعاء مسؤول محلي») is then the act's, the day
        the story runs at.
        """
        self._past = past
        exprs = find_time_expressions(text, start, end)
        if exprs:
            fut, quoted = self._classify(text, start, end, future)
            exprs = self._anaphora(text, start, end, exprs, fut, future)
        if exprs:
            exprs = _of_a_relative_clause(text, start, _of_the_cause(text, start, exprs))
        best = _best(exprs)
        if best is None:
            return self._next_day(text, start, end, future)
        if self._named_day and _today_quoted(text, start, best):
            # «الجيش اليوم أحرز تقدما» told after "يوم الخميس": the speaker's today is the day the text named
            return self.inherited()
        dv = self._resolve(best, self._future_of(text, start, end, best, fut, future))
        before = self._running
        moving = (
            _mover(text, (start, end), exprs, best, (fut, future), self)
            if len(exprs) > 1 or _since(text, start, best)
            else (best, dv)
        )
        if (
            moving is not None
            and (act_undated or not _as_told(text, start, moving[0]))
            and not _warned(text, start, moving[0])
        ):
            fut_moving = self._future_of(text, start, end, moving[0], fut, future)
            self._advance(
                moving[1] if moving[0] is not best else dv,
                fut_moving,
                quoted,
                month=len(exprs) == 1 and _month_of_the_act(text, start, moving[0]),
            )
        if self._running is not before:
            # (a day named, or the day of a telling: «وقال القائد أمس: "قواتنا سيطرت اليوم …"» — the speaker's
            # today is the day he spoke)
            self._named_day = moving is not None and (
                moving[0].kind in (WEEKDAY, DATE) or _told_before(text, start, moving[0])
            )
        return dv

    def dates_in(
        self, text: str, start: int, end: int, *, future: bool = False, past: tuple[int, ...] = ()
    ) -> list[tuple[TimeExpr, DateValue]]:
        """Every dated expression of a clause with its date, in reading order, for clauses that carry
        several: «سيزور موسكو يوم الخميس السادس من أكتوبر وواشنطن يوم الجمعة السابع من أكتوبر». The running
        date moves as with :meth:`date_for`; a clause without expressions gives an empty list."""
        self._past = past
        exprs = find_time_expressions(text, start, end)
        if not exprs:
            return []
        fut, quoted = self._classify(text, start, end, future)
        exprs = self._anaphora(text, start, end, exprs, fut, future)
        if not exprs:
            return []
        futs = [self._future_of(text, start, end, e, fut, future) for e in exprs]
        out = [(e, self._resolve(e, f)) for e, f in zip(exprs, futs, strict=True)]
        best = _best(exprs)
        assert best is not None
        moving = _mover(text, (start, end), exprs, best, (fut, future), self)
        if moving is not None and not _warned(text, start, moving[0]):
            i = next(i for i, (e, _) in enumerate(out) if e is moving[0])
            self._advance(moving[1], futs[i], quoted)
        return out


# «لليوم الثاني على التوالي» (for the second day running), «ولليلة الثالثة»: the day of a run of days an act
# has gone on for (normalized; the ordinal as a day of a month is written, «الثاني»، «الحادي عشر»)
_DAY_OF_A_RUN = re.compile(r"(?<!\w)[وف]?لل(?:يوم|يله)\s+(ال\S+(?:\s+عشره?)?)")


def day_of_a_run(text: str, start: int, end: int) -> int | None:
    """The day of a run of days ``text[start:end]`` tells its act on, from the second on: «شنت الشرطة لليوم
    الثاني على التوالي حملة اعتقالات» → 2; None when it tells none."""
    if "لل" not in text[start:end]:
        return None  # (what the pattern holds; most clauses do not)
    for m in _DAY_OF_A_RUN.finditer(text, start, end):
        word = m.group(1)
        # (of a night, the feminine: «الثالثه»، «الحاديه عشره»)
        n = ORDINAL_DAYS.get(word) or ORDINAL_DAYS.get(re.sub(r"ه(?=\s|$)", "", word))
        if n is not None and n >= 2:
            return n
    return None


_TELLING_THAT_REACH = 4  # words from the telling's date to «إن»: «قال الجيش في بيان صباح اليوم إن …»


def telling_date_only(text: str, start: int, end: int) -> TimeExpr | None:
    """The one time expression of the clause ``text[start:end]`` when it dates the telling of what follows
    «إن» and the act told has no date of its own: «وقال الجيش في بيان صباح اليوم إن طائراته قصفت مواقع …» (a
    verb of telling before the date, «إن» within a few words after it); else None."""
    exprs = find_time_expressions(text, start, end)
    if len(exprs) != 1:
        return None
    e = exprs[0]
    if e.kind not in (RELATIVE, WEEKDAY) or _since(text, start, e):
        return None
    if not _told_before(text, start, e):
        return None
    after = text[e.end : end].split()[: _TELLING_THAT_REACH + 1]
    # (the act told follows «إن»: a word after it)
    return e if any(w in _THAT for w in after[: len(after) - 1]) else None
