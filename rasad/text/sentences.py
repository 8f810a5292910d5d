"""Sentences and clauses of the normalized text, as ``(start, end)`` offset ranges.

Events are assembled per clause: a trigger takes the nearest compatible arguments inside its clause, so the
split decides which count belongs to which strike. Arabic news chains events with و (wa, "and") and with
connectives (فيما fīmā, "while"; مما ادي mimmā addā, "which led to"), often without any punctuation, so a clause
boundary is found from punctuation, from a short list of connectives and from the shape of a و-word that opens a
new verbal clause (وقالت wa-qālat, "and she said") as opposed to a coordinated noun (وميليشيات wa-mīlīshiyāt,
"and militias").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from rasad.text.normalize import normalize_key
from rasad.text.scan import Literals, finditer_at

# A sentence ends at . ! ? ; (with any run of them and the closing quotes or brackets that follow) or at a line
# break. (Written to open with one character set, \n|[.!?;]+["')\]]* as one: a pattern that opens with one set
# jumps from candidate to candidate, one that opens with alternatives tries them at every position.)
_SENTENCE_END = re.compile(r"[\n.!?;](?:(?<!\n)[.!?;]*[\"')\]]*)?")
_SENTENCE_ENDS = "\n.!?;"  # (the characters it opens with)
# Not at a decimal point (3.5), and not after a one-letter abbreviation standing alone: د. (duktūr, "Dr."),
# م. (muhandis, "Eng."), ا. (ustādh, "Prof."). The letter must follow a space, the start of the text or an
# opening bracket or quote, so 2023م. ("2023 AD.") still ends its sentence.
_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(\"']))[^\W\d_]$")

_WS = " \n\t"


def _places_of(text: str, chars: str, start: int, end: int) -> list[int]:
    """Where ``chars`` occur in ``text[start:end]``, in order: the places a pattern that opens with one of them can
    match at. (``str.find`` runs through the text at a fraction of what the engine costs to test every character
    against a set, which it does for a pattern that opens with one: see rasad.text.scan.)"""
    out: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch, start, end)
        while i != -1:
            out.append(i)
            i = find(ch, i + 1, end)
    if len(chars) > 1:
        out.sort()
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _WS:
        start += 1
    while end > start and text[end - 1] in _WS:
        end -= 1
    return (start, end) if end > start else None


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if m.group() != ".":
        return True
    a, b = m.span()
    if 0 < a and b < len(text) and text[a - 1].isdigit() and text[b].isdigit():
        return False
    return _ABBREVIATION.search(text, a - 2 if a > 2 else 0, a) is None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of ``text``, each keeping its final punctuation, trimmed of whitespace, never empty."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in finditer_at(_SENTENCE_END, text, _places_of(text, _SENTENCE_ENDS, 0, len(text))):
        if not _is_boundary(text, m):
            continue
        span = _trimmed(text, pos, m.end())
        if span is not None:
            out.append(span)
        pos = m.end()
    span = _trimmed(text, pos, len(text))
    if span is not None:
        out.append(span)
    return out


# Connectives that open a new clause, written in normalized form. ما ادي / ما اسفر (mā addā / mā asfara, "which
# led to / resulted in") carry the casualties of the strike before them, but as their own clause, so that the
# count is attached to the right trigger by the assembler.
CLAUSE_OPENERS: tuple[str, ...] = tuple(
    normalize_key(w)
    for w in (
        "فيما",
        "كما",
        "حيث",
        "بينما",
        "في حين",
        # "…، في الوقت الذي أعلنت فيه …" / "في وقت قتل فيه …" (while, at a time when): what went on meanwhile,
        # told as a clause of its own (not "في وقت سابق / متأخر / لاحق", the time of the act itself: _OPENER)
        "في الوقت الذي",
        "في وقت",
        "ما أدى",
        "مما أدى",
        "ما أسفر",
        "مما أسفر",
        # not وسط: "amid" opens a circumstance (وسط قصف) but as often means "in the centre of" a place
        # (قصفت الطائرات حيا سكنيا وسط مدينة عربين); after a comma it is cut anyway
        "فضلا عن",
        "ثم",
        "لكن",
        "إلا أن",
        "غير أن",
    )
)

# Common news verbs after و, normalized, as the lead words of a new clause: وقال (wa-qāla, "and he said"), ووثق
# (wa-wathhaqa, "and documented"), واغار (wa-aghāra, "and raided"), وقد (wa-qad, particle before a verb).
CLAUSE_VERBS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in (
        "قال",
        "قالت",
        "قالوا",
        "أكد",
        "أضاف",
        "أفاد",
        "أشار",
        "ذكر",
        "أوضح",
        "تابع",
        "وثق",
        "قتل",
        "أصيب",
        "سقط",
        "شن",
        "قصف",
        "استهدف",
        "أغار",
        "اندلع",
        "دار",
        "تمكن",
        "لقي",
        "وقع",
        "كان",
        "قد",
        "لقد",
        "جاء",
        # "…، ويأتي ذلك بعد …": what came before set against its background, a statement of its own
        "يأتي",
        "تأتي",
        "أعلن",
        "نفذ",
        "هاجم",
        "اقتحم",
        "سيطر",
        "انسحب",
        "أسفر",
        "أدى",
        "خرج",
        "تظاهر",
        "نفى",
        "اعتقل",
        "اختطف",
        "فجر",
        "انفجر",
        "استمر",
        "تواصل",
        "يقول",
        "تقول",
        "يذكر",
        "يشار",
        "أسقط",
        "دمر",
        "أطلق",
        "تقدم",
        "استعاد",
        # a visit or a statement told next: "…، وقام وزير الدفاع بزيارة"، "ودعا الامين العام"
        "قام",
        "زار",
        "التقى",
        "دعا",
        "أدان",
        "ندد",
    )
)

# verbs that, after a comma and و, open a clause with a subject of their own more often than they go on with
# the last one ("…، وأحرق مسلحو الجماعة منشأة"); without the comma they may share it ("فتح النار وأصاب شخصين")
_COMMA_CLAUSE_VERBS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("أحرق", "أعدم", "اغتال", "داهم", "حاصر", "اشتبك", "ألقى", "أصاب", "طالب", "انتقد", "اعتبر")
)

# Nouns ending in ت that are not verbs in -at ("she did"): ووقت (wa-waqt, "and the time"), وبيت (wa-bayt,
# "and house", also in بيت لحم Bethlehem).
_NOUNS_IN_T: frozenset[str] = frozenset(
    ("وقت", "بيت", "صوت", "موت", "سبت", "بنت", "اخت", "زيت", "تحت", "فوت", "ثبت", "كويت", "حضرموت", "صمت")
)

# A mark not between two digits (3,5 is a number). Each pattern starts with the character it looks for and
# checks what stands before it afterwards (a lookbehind that also covers that character): a pattern that
# opens with a lookbehind is tried at every position, one that opens with a character jumps to it.
_CLAUSE_PUNCT = re.compile(r"[,;:](?:(?<![0-9][,;:])|(?![0-9]))")
_COMMAS = ",،"  # (what _DATE_ASIDE, _HAVING_ASIDE and _LOCATED_ASIDE open with)
_WORD = re.compile(r"[^\W\d_]+")
# two words: a letter, what is not one, a letter (each run taken whole: no backtracking into it)
_TWO_WORDS = re.compile(r"[^\W\d_]++[\W\d_]++[^\W\d_]")
_WAW_WORD = re.compile(r"و(?<![^\W\d_]و)[^\W\d_]+")  # the words that may open a verbal clause
# "في وقت" opens a clause before a verb ("في وقت اعلنت فيه"), not before the word that makes it the time of the
# act (normalized): an adjective or a noun (سابق، لاحق، متاخر، مبكر، الظهيره), "ما", "واحد"
_AT_A_TIME = normalize_key("في وقت")
_TIME_NOT_VERB = r"(?= (?!ال|م|سابق|لاحق|قريب|قياسي|قصير|طويل|واحد|اخر|كاف)[^\W\d_]{2})"
_OPENER = re.compile(
    r"(?<![^\W\d_])(?:و|ف)?(?:"
    + "|".join(
        re.escape(o) + (_TIME_NOT_VERB if o == _AT_A_TIME else "")
        for o in sorted(CLAUSE_OPENERS, key=len, reverse=True)
    )
    + r")(?![^\W\d_])"
)


# Every opener match holds an opener as written; three sentences in four hold none, which one Aho-Corasick
# pass over the article tells before the opener pattern is tried at every position.
_OPENER_WORDS = Literals(CLAUSE_OPENERS)


def _openers(text: str, start: int, end: int) -> list[int]:
    """Where the clause openers in ``text[start:end]`` start (with their و or ف)."""
    firsts, ends = _OPENER_WORDS.spans(text)
    i = bisect_left(firsts, start)
    while i < len(firsts) and firsts[i] < end and ends[i] > end:
        i += 1
    if i == len(firsts) or firsts[i] >= end:
        return []  # no opener as written inside the range
    # _OPENER.finditer(text, start, end), tried only where a match can start: at an opener as written or at
    # the و / ف right before it (the pattern opens with a lookbehind, which the engine tries at every position)
    i = bisect_left(firsts, start)
    candidates = sorted(
        {c for f in firsts[i : bisect_left(firsts, end, i)] for c in (f - 1, f) if c >= start}
    )
    out: list[int] = []
    pos = start
    for c in candidates:
        if c >= pos and (m := _OPENER.match(text, c, end)) is not None:
            out.append(c)
            pos = m.end()
    return out


@functools.lru_cache(maxsize=1 << 14)
def opens_verbal_clause(word: str) -> bool:
    """True when a و-prefixed ``word`` reads as و + a verb that starts a new clause.

    Accepted: a known verb (CLAUSE_VERBS, also with the plural -وا); a 3rd-person feminine past in -ت of three
    letters or more that is not a plural -ات: وشنت (wa-shannat), واغارت (wa-aghārat); a Form V/VI or X present
    يت/تت/يست/تست: ويتعرض (wa-yataʿarraḍu), وتستهدف (wa-tastahdifu). Rejected: anything with a noun shape —
    a plural -ات, the article, a nominal م- prefix (وميليشيات), place names (وخان العسل, وشاميكو).
    """
    if not word.startswith("و") or len(word) < 3 or word in _WAW_ROOT_VERBS or word in _WAW_ROOT_NOUNS:
        return False
    stem = word[1:]
    if stem in CLAUSE_VERBS or (stem.endswith("وا") and stem[:-2] in CLAUSE_VERBS):
        return True
    if stem.startswith(("ال", "م")) or stem in _NOUNS_IN_T:
        return False
    if stem.endswith("ت") and not stem.endswith(("ات", "يت", "وت")) and len(stem) >= 3:
        return True
    return stem.startswith(("يت", "تت", "يست", "تست")) and len(stem) >= 5


# verbs whose و is their first root letter, not "and": وقعت (waqaʿat, "took place"), وصلت (waṣalat, "arrived")
_WAW_ROOT_VERBS = frozenset(
    normalize_key(w)
    for w in (
        "وقعت",
        "وصلت",
        "وجدت",
        "وضعت",
        "وجهت",
        "وردت",
        "وقفت",
        "ولدت",
        "وزعت",
        "وعدت",
        "وافقت",
        "واصلت",
    )
)


# nouns whose و is their first root letter and whose rest spells a clause verb: وادي (wādī, "valley": و + ادى
# "led to"), in place names told mid-clause ("في وادي خبش بمديرية المطمة")
_WAW_ROOT_NOUNS = frozenset((normalize_key("وادي"),))


def _list_comma(text: str, after: int, end: int) -> bool:
    """A comma inside a coordinated list of nouns: "احياء الضباب، وجبل صبر، وشارع الاربعين" (the neighbourhoods
    of al-Ḍabāb, and Jabal Ṣabir, and Shāriʿ al-Arbaʿīn) is one clause; "، وقالت" opens a new one."""
    m = _WORD.search(text, after, end)
    if m is None or text[after : m.start()].strip():
        return False
    word = m.group()
    if word in _APPOSITION:
        return (
            text[after - 1] == ","
        )  # "مقتل صالح الطائي، احد قاده داعش": who was named, no clause of its own
    if word in _HAVING or word in _LOCATED:
        # "بلدتي الفوعه وكفريا، ذات الغالبيه الشيعيه": what the noun before is like; "، ذات يوم": when;
        # "بلده صرين، الواقعه في ريف حلب": where the place before lies
        return text[after - 1] == "," and _WORD.search(text, m.end(), end) is not None
    if word == "وسط":
        # "…، وسط قصف عنيف": amid a circumstance, told in a phrase of its own; "…، وسط اليمن", "، وسط مدينه
        # دوما": the centre of a place, which goes on with the clause
        nxt = _WORD.search(text, m.end(), end)
        at_place = nxt is not None and (nxt.group().startswith("ال") or nxt.group() in _PLACE_NOUNS)
        return text[after - 1] == "," and at_place
    return (
        text[after - 1] == ","
        and word.startswith("و")
        and word[1:] not in _PREPOSITIONS  # "…، وفي شارع الاربعين …": a phrase of its own, no list item
        and word[1:] not in _DEMONSTRATIVES  # "…، وذلك بعد تفجير …": a statement of its own
        and not opens_verbal_clause(word)
        and word[1:] not in _COMMA_CLAUSE_VERBS
        and not (word.endswith("وا") and word[1:-2] in _COMMA_CLAUSE_VERBS)
        and _OPENER.match(text, m.start()) is None
    )


# the words that open an apposition after a comma (normalized): "…، احد قاده داعش"، "…، ابرز قياديي الجماعه"
_APPOSITION = frozenset(("احد", "احدي", "ابرز"))

# ذات / ذو / ذي (dhāt / dhū / dhī, "having, of") after a comma describe the noun before them (ذات الغالبيه
# الكرديه, "with a Kurdish majority"; ذو الاصول التركيه) or tell a time (ذات يوم, "one day"): no clause of their own
_HAVING = frozenset(("ذات", "ذو", "ذي"))
# such a description closed by a second comma within a few words, then a phrase with a preposition: the clause
# goes on after it ("استهدفت بلده نبل، ذات الغالبيه الشيعيه، بالصواريخ"); "، واحرقوا" or an opener still cuts
_HAVING_ASIDE = re.compile(
    r"[,،] *(?:ذات|ذو|ذي) [^\W\d_]+(?: [^\W\d_]+){0,3} *([,،]) *(?=[بل][^\W\d_]|(?:في|علي|الي|من) )"
)


# a definite participle of location (normalized) after a comma tells where the place before it lies: "مديريه
# الزاهر، التابعه لمحافظه البيضاء"، "بلده صرين، الواقعه في ريف حلب"، "القريبه من الحدود"، "المطله علي البحر"
_LOCATED = frozenset(
    normalize_key(w)
    for w in (
        "الواقعة",
        "الواقع",
        "التابعة",
        "التابع",
        "المحاذية",
        "المحاذي",
        "المجاورة",
        "المجاور",
        "القريبة",
        "القريب",
        "المطلة",
        "المطل",
    )
)
# such a description closed by a second comma within a few words: the clause goes on after it with what it
# still lacks — a preposition ("، بالبراميل"), its object ("شهدت مديريه الزاهر، التابعه لمحافظه البيضاء،
# مقتل …") or, after a place told first, its verb ("وفي محافظه الجوف، الواقعه الي الشمال من العاصمه، سيطرت
# …"). A و-word (a و-verb cuts on its own, a و-noun goes on as a list), an opener, أن, or a circumstantial
# participle in -ا (مشيرا، مؤكدا: what a speaker added) still cut.
_LOCATED_ASIDE = re.compile(
    r"[,،] *(?:"
    + "|".join(sorted(_LOCATED, key=len, reverse=True))
    + r") [^\W\d_]+(?: [^\W\d_]+){0,5} *([,،])"
    r" *(?!و)(?=[^\W\d_])"
)
# what follows a closed description and starts a statement of its own (normalized): "، ان …"، "، انه …"
_TOLD = frozenset(("ان", "بان", "انه", "انها"))


def _having_asides(text: str, start: int, end: int) -> set[int]:
    """The offsets of the commas that close a description set off inside a clause (see _HAVING_ASIDE and
    _LOCATED_ASIDE)."""
    commas = _places_of(text, _COMMAS, start, end)
    if not commas:
        return set()
    out = {
        m.start(1)
        for m in finditer_at(_HAVING_ASIDE, text, commas, end)
        if _OPENER.match(text, m.end()) is None
    }
    for m in finditer_at(_LOCATED_ASIDE, text, commas, end):
        nxt = _WORD.match(text, m.end())
        word = nxt.group() if nxt is not None else ""
        circumstantial = word.startswith("م") and word.endswith("ا") and len(word) >= 4
        if _OPENER.match(text, m.end()) is None and word not in _TOLD and not circumstantial:
            out.add(m.start(1))
    return out


# nouns of a place whose centre وسط names (normalized): "…، وسط مدينه دوما"
_PLACE_NOUNS = frozenset(("مدينه", "بلده", "قريه", "حي", "محافظه", "منطقه", "سوق", "ساحه", "العاصمه"))


# a demonstrative after "، و" opens a statement about what came before, no noun of a list (not a pronoun: "،
# وهي تدعو …" goes on with what the clause told of)
_DEMONSTRATIVES = frozenset(("ذلك", "هذا", "هذه"))

# a و + preposition after a comma starts a new phrase (وفي، وعلى، ومن), it does not go on with a list of nouns
_PREPOSITIONS = frozenset(("في", "علي", "من", "الي", "عند", "قرب", "داخل"))


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut points inside ``[start, end)`` as (cut_before, resume_at): punctuation is dropped, openers kept."""
    asides = _date_asides(text, start, end) | _having_asides(text, start, end)
    cuts: list[tuple[int, int]] = [
        (m.start(), m.end())
        for m in finditer_at(_CLAUSE_PUNCT, text, _places_of(text, ",;:", start, end), end)
        if not _list_comma(text, m.end(), end) and m.start() not in asides
    ]
    cuts += [(i, i) for i in _openers(text, start, end)]
    for m in _WAW_WORD.finditer(text, start, end):
        if opens_verbal_clause(m.group()):
            cuts.append((m.start(), m.start()))
    return sorted(cuts)


# a day or a week set off by commas inside a clause: "شنت مقاتلات التحالف، امس، غارات"، "فقد دارت، الاسبوع
# الماضي، اشتباكات" (normalized text). The two commas are no clause boundaries: the clause goes on around them.
_DATE_ASIDE = re.compile(
    r"[,،] *(?:(?:صباح|مساء|ظهر|فجر|ليل|عصر|يوم) )?(?:امس|اول امس|اول من امس|امس الاول|اليوم|الليله الماضيه"
    r"|الاسبوع الماضي|الشهر الماضي|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)"
    r"(?: (?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الماضي))? *[,،]"
)


def _date_asides(text: str, start: int, end: int) -> frozenset[int]:
    """The offsets of the commas around a date set off inside a clause (see _DATE_ASIDE)."""
    commas = _places_of(text, _COMMAS, start, end)
    if not commas:
        return frozenset()
    out: set[int] = set()
    for m in finditer_at(_DATE_ASIDE, text, commas, end):
        if text[max(start, m.start() - 4) : m.start()].endswith("منذ"):
            continue  # "اشتباكات عنيفة منذ، صباح امس، ترافقت …": a stray comma inside "since", kept as it was
        if text.startswith(("ان ", "بان "), m.end() + (text[m.end() : m.end() + 1] == " ")):
            continue  # "وذكرت مصادر في عدن، امس، ان …": the date of the telling; what was told is a clause
        out.add(m.start())
        out.add(m.end() - 1)
    return frozenset(out)


# a sub-heading that lost its line break, run into the sentence after it: "معارك اللاذقيه وفي ريف اللاذقيه
# تواصلت الاشتباكات …" (normalized) — two or three words, none a function word or a و-word, then وفي / وعلي
# opening what the body tells. (A sentence does not open with a bare noun phrase and go on with و + في.)
_RUN_IN_HEADING = re.compile(
    r"(?!(?:من|في|علي|الي|عن|مع|بعد|قبل|منذ|اما|ان|انه|كما|ثم|هذا|هذه|ذلك|تلك|حيث|قد|لقد|لم|لن)\b)"
    r"[^\W\d_و][^\W_]*(?: [^\W\d_][^\W_]*){1,2} ((?:وفي|وعلي) )"
)


def split_clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Clause ranges inside ``text[start:end]`` (usually one sentence), trimmed, never empty.

    A و-verb does not split a clause holding a single word so far: قتل وجرح 5 مدنيين (qutila wa-juriḥa, "5
    civilians were killed and wounded") keeps its two verbs with their shared count.
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    cuts = _boundaries(text, start, stop)
    # (a heading match holds " وفي " or " وعلي ": most sentences hold neither, found without trying the pattern)
    head = (
        _RUN_IN_HEADING.match(text, start, stop)
        if text.find(" وفي ", start, stop) != -1 or text.find(" وعلي ", start, stop) != -1
        else None
    )
    if head is not None:
        cuts = sorted([*cuts, (head.start(1), head.start(1))])
    for cut, resume in cuts:
        if cut < pos:
            continue
        if cut == resume and _TWO_WORDS.search(text, pos, cut) is None and _OPENER.match(text, cut) is None:
            continue
        span = _trimmed(text, pos, cut)
        if span is not None:
            out.append(span)
        pos = resume
    span = _trimmed(text, pos, stop)
    if span is not None:
        out.append(span)
    return out
