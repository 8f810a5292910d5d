"""Counting the dead and the injured in a stretch of text, by ACLED's conservative rules.

The counted stretch is a clause or a sentence. Death words (قتلى، استشهاد، مقتل، لقي حتفه …) are paired with the
nearest count (``4 مدنيين``، ``12 قتيلا``) or a victim noun that carries its own number (``طفلان`` = 2,
``شهيد طفل`` = 1). Unnumbered deaths (``سقوط قتلى``) count 3; "dozens of dead" (``عشرات القتلى``) 12; "dozens
dead and wounded" without a split 3. A breakdown after ``بينهم``/``منهم`` (among them) is a subset, not an addition.
A count nearer to an injury word belongs to the injured (``مقتل شخص واصابه 5 اخرين``: 1 dead, 5 hurt).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from rasad.assemble.doc import held_by
from rasad.geo.lexicon import NAME_HEADS, TYPE_WORDS, UNIT_HEADS
from rasad.model import Mention
from rasad.text.numbers import NumberMention, dual, find_numbers
from rasad.text.scan import Literals
from rasad.time.lexicon import MONTHS

UNNUMBERED_DEATHS = 3
_CASUALTY_WORDS = frozenset(("ضحايا", "الضحايا"))  # victims: the dead or the hurt
# (the dead named again: "وبين القتلى عشرة أطفال" — a subset only after a count of them, see count_casualties)
_AMONG_THE_DEAD = ("بين القتلي", "بين الضحايا", "بين الشهداء")
# (the dead pointed back to: "3 من هؤلاء الضحايا قتلوا في …" is a share of the toll told before, no new one)
_THESE_DEAD = tuple(f"من {w} {d}" for w in ("هؤلاء", "هولاء") for d in ("الضحايا", "القتلي", "الشهداء"))
_SUBSET_WORDS = (
    "بينهم",
    "منهم",
    "بينهن",
    "منهن",
    "من بينهم",
    "بينهما",
    "منهما",
    *_AMONG_THE_DEAD,
    *_THESE_DEAD,
)
# the dead named again after a count of them: "عشرة من القتلى أطفال" (a share of the counted dead)
_THE_DEAD = frozenset(("القتلي", "الشهداء", "الضحايا"))
_SUBSETS = Literals(_SUBSET_WORDS)
_TOKEN_KINDS = frozenset(("cues", "triggers", "victims"))  # the kinds of mention _tokens makes a token of
_PLURAL_DEATH_WORDS = frozenset(
    [
        "قتلي",
        "القتلي",
        "شهداء",
        "الشهداء",
        "ضحايا",
        "الضحايا",
        "جثث",
        "لقوا حتفهم",
        "لقوا مصرعهم",
        "قتلوا",
        "استشهدوا",
        # deaths (plural of وفاة): "وأعداد كبيرة من الوفيات بين المدنيين" — some dead, unnumbered
        "وفيات",
        "الوفيات",
    ]
)


@dataclass(slots=True)
class Casualties:
    fatalities: int = 0
    injuries: int = 0
    detail: dict[str, int] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)  # normalized spans of the counted words
    explicit: bool = False  # some death word had a number of its own

    def add(self, other: Casualties) -> None:
        self.fatalities += other.fatalities
        self.injuries += other.injuries
        for k, v in other.detail.items():
            self.detail[k] = self.detail.get(k, 0) + v
        self.spans.extend(other.spans)
        self.explicit = self.explicit or other.explicit


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    kind: str  # kill, injure, num, victim, subset, and, word
    value: int = 0
    group: str | None = None
    number: str | None = None
    norm: str = ""
    vague: bool = False


# the force men (رجال، رجل) are of, right after them (normalized): "رجال الامن"، "رجل الشرطه"، "رجال المقاومه"
_MEN_OF_A_FORCE = re.compile(r" (?:ال)?(?:امن|شرطه|مقاومه|جيش)(?![^\W\d_])")
_CIVILIAN_GROUPS = frozenset(("child", "woman", "journalist", "aid_worker", "man"))
_GROUP_DETAIL = {
    "civilian": "civilians",
    "child": "children",
    "woman": "women",
    "journalist": "civilians",
    "aid_worker": "civilians",
    "man": "civilians",
    "combatant": "combatants",
}


def _toll_word(m: Mention) -> bool:
    """A word that :func:`count_casualties` counts from: a death or injury cue, or a victim-voice trigger."""
    entry = m.data["entry"]
    if m.kind == "cues":
        return entry.get("kind") in ("killed", "injured")
    return m.kind == "triggers" and entry.get("voice") == "victim"


def _any_toll_word(mentions: list[Mention], start: int, end: int) -> bool:
    """Some mention inside ``[start, end)`` is a toll word (:func:`_toll_word`). Asked of every clause: the
    kinds that can be one are told apart first, before the lexicon entry is read."""
    for m in mentions:
        kind = m.kind
        if (kind == "cues" or kind == "triggers") and start <= m.nspan.start and m.nspan.end <= end:
            if _toll_word(m):
                return True
    return False


def _lost_men_in(text: str, start: int, end: int) -> bool:
    """``_LOST_MEN.search(text, start, end) is not None``, asked of every clause without a toll word: every
    verb of _LOST_MEN holds فقد or خسر, looked for first (in the pass of rasad.text.scan over the article, much
    quicker than the pattern, which opens with a lookbehind tried at each position)."""
    if not _LOSING.any_within(text, start, end):
        return False
    return _LOST_MEN.search(text, start, end) is not None


_PERCENT = re.compile(r" ?(?:%|٪|بالمائه|بالمئه|بالميه|في المائه|في المئه)")


# the words a group is named after (martyrs, liberation) that are also a toll or an act
_GROUP_NAME_WORDS = ("شهداء", "شهيد", "شهيدا", "تحرير")


def in_a_units_name(text: str, m: Mention) -> bool:
    """A martyr's or liberation's word that names an armed group, known or not ("كتيبة شهداء القلمون"، "وكتائب
    الشهداء"، "جيش التحرير"): no death or taking of ground told."""
    if not m.norm.endswith(_GROUP_NAME_WORDS):
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    prev = text[text.rfind(" ", 0, word_start - 1) + 1 : word_start - 1] if word_start > 0 else ""
    prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in UNIT_HEADS else prev
    return prev in UNIT_HEADS or (prev[:1] == "ل" and prev[1:] in UNIT_HEADS)


_ATTEMPTS = frozenset(("محاوله", "محاولات", "محاولتي", "محاولتين", "محاولتا"))  # (normalized) attempts at


def _tried(text: str, m: Mention) -> bool:
    """A death word right after a word of attempting ("محاولة اغتيال"، "بمحاولة قتل"; the phrase itself when
    the lexicon holds it whole): a life attempted, no death."""
    if m.norm.startswith("محاوله "):
        return True
    end = m.nspan.start - len(m.data.get("prefix", "")) - 1
    if end <= 0 or text[end] != " ":
        return False
    return text[text.rfind(" ", 0, end) + 1 : end].lstrip("وبل") in _ATTEMPTS


def _tokens(text: str, start: int, end: int, mentions: list[Mention]) -> list[_Tok]:
    toks: list[_Tok] = []
    # words of a side's name count nobody: "لواء شهداء اليرموك" (the Yarmouk Martyrs Brigade)
    names = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors" and " " in m.norm]
    for m in mentions:
        if m.kind not in _TOKEN_KINDS:
            continue  # (no token of its own: places, sides, weapons)
        s, e = m.nspan.start, m.nspan.end
        if s < start or e > end:
            continue
        if names and m.kind in ("cues", "triggers") and held_by(s, e, names):
            continue  # (a victim noun in a name still counts: "40 من مسلحي الحوثي")
        if m.kind != "victims" and m.norm.endswith(_GROUP_NAME_WORDS) and in_a_units_name(text, m):
            continue
        entry = m.data["entry"]
        if m.kind != "victims" and _tried(text, m):
            continue  # "نجا المحافظ من محاولة اغتيال": an attempt on a life kills nobody
        if m.kind == "cues" and entry.get("kind") == "killed":
            toks.append(_Tok(s, e, "kill", norm=m.norm))
        elif m.kind == "cues" and entry.get("kind") == "injured":
            toks.append(_Tok(s, e, "injure", norm=m.norm))
        elif m.kind == "triggers" and entry.get("voice") == "victim":
            toks.append(_Tok(s, e, "kill", norm=m.norm))
        elif m.kind == "victims":
            group = entry.get("group")
            if group == "man" and _MEN_OF_A_FORCE.match(text, e, end) is not None:
                group = "combatant"  # "قتل احد رجال المقاومة"، "ثلاثة من رجال الامن": men of a force fight
            toks.append(_Tok(s, e, "victim", group=group, number=entry.get("number"), norm=m.norm))
    for n in numbers_in(text, start, end):
        kind = getattr(n, "kind", "digits")
        if kind == "ordinal" or _PERCENT.match(text, n.end):
            continue  # "99 بالمائة من الضحايا": a share, not a count
        if kind == "dual" and getattr(n, "noun", None) in _DUAL_THINGS:
            continue  # "خلال اليومين الماضيين"، "في غارتين": two days or two strikes, nobody counted
        if (
            text[n.start : n.end] in _ONE
            and _after_a_noun(text, n.start, toks)
            and not _one_of(text, n.end, toks)
        ):
            continue  # "ثمانية اشخاص من اسرة واحدة قتلوا": "one" describing a noun counts nobody
        nxt = text[n.end : n.end + 12].split()[:1]
        if nxt and nxt[0] in _MONTH_WORDS:
            continue  # "قتل في 8 يوليو": a day of the month, no count
        if text.startswith(" من ", n.end):
            month = text[n.end + 4 : n.end + 20].split()[:1]
            if month and (month[0] in _MONTH_WORDS or month[0] == "الشهر"):
                continue  # "قتل في 8 من يوليو"، "في 12 من الشهر الجاري": a day of the month too
        if nxt and nxt[0] in _DURATIONS:
            continue  # "مقتلهم خلال الـ24 ساعة الفائتة": a span of time, no count
        prev = text[max(0, n.start - 12) : n.start].split()[-1:]
        if prev and prev[0].startswith("ال") and prev[0][2:] in _SPANS:
            continue  # "خلال الشهور التسعة الماضية"، "الساعات الـ24": a span of time after its unit, no count
        toks.append(
            _Tok(
                n.start,
                n.end,
                "num",
                value=n.value,
                vague=kind == "vague",
                group=None,
                number="dual" if kind == "dual" else None,
                norm=text[n.start : n.end],
            )
        )
        if getattr(n, "noun", None) == _VICTIM:
            # "سقوط 12 ضحية"، "ضحيتان": victims told one by one by a count are the dead (not "ضحايا", dead or hurt;
            # nor "12 ضحية بين قتيل وجريح", nor a tally, "وثقت المجموعة 214 ضحية من ابناء المخيم")
            at, stop = (n.start, n.end) if kind == "dual" else (n.end + 1, n.end + 1 + len(_VICTIM))
            words = text[max(start, n.start - 30) : n.start].split()[-3:]  # (the verb, its doer between)
            if (
                (kind == "dual" or text.startswith(" " + _VICTIM, n.end))
                and not text.startswith(" بين ", stop)
                and not any(w in _TALLIED or (w[:1] == "و" and w[1:] in _TALLIED) for w in words)
            ):
                toks.append(_Tok(at, stop, "kill", norm=_VICTIM))
    if _SLAYINGS.any_within(text, start, end):
        for at, stop in _slayings_in(text, start, end):
            toks.append(_Tok(at, stop, "kill", norm=text[at:stop]))  # "واعدموهم": the dead, its object
    # every occurrence of a subset word inside the stretch (from the shared pass of rasad.text.scan, not a search
    # per word; in order of place, not of word: the sort below puts them in the same order)
    firsts, ends = _SUBSETS.spans(text)
    k = bisect_left(firsts, start)
    while k < len(firsts) and firsts[k] < end:
        i, j = firsts[k], ends[k]
        if j <= end and (i == 0 or text[i - 1] in ' ,("و') and (j >= len(text) or not text[j].isalpha()):
            toks.append(_Tok(i, j, "subset", norm=text[i:j]))
        k += 1
    # men a side lost, its own ("فقدت الكثير من عناصرها في غارة"، "خسر التنظيم 20 من مقاتليه"): its dead ("وفقد
    # 15 جنديا", with no owner, went missing)
    # (each verb of _LOST_MEN holds فقد or خسر, looked for first: see _lost_men_in)
    losing = _LOST_MEN.finditer(text, start, end) if _LOSING.any_within(text, start, end) else ()
    for lost in losing:
        if _LOST_OWN_MEN.search(text, lost.end(), min(end, lost.end() + _LOST_REACH)):
            toks.append(_Tok(lost.start(), lost.end(), "kill", norm=lost.group()))
    # "قضى ثلاثة مدنيين"، "قضى رجل": died, the verb with its counted or indefinite subject right after it (not
    # "قضت المحكمة"، "قضى الجنود ليلتهم": ruled, spent)
    died = _DIED_COUNTED.finditer(text, start, end) if _DIED.any_within(text, start, end) else ()
    for verb in died:
        at = verb.end(1) + 1
        if any(t.start == at and t.kind in ("num", "victim") for t in toks):
            toks.append(_Tok(verb.start(1), verb.end(1), "kill", norm=verb.group(1)))
    # "فارق طفل الحياة"، "وفارق ثلاثة جنود الحياة": died, its subject between the verb and الحياة
    parted = _PARTED.finditer(text, start, end) if text.find("فارق", start, end) >= 0 else ()
    for verb in parted:
        at = verb.end(1) + 1
        if any(t.start == at and t.kind in ("num", "victim") for t in toks):
            toks.append(_Tok(verb.start(1), verb.end(1), "kill", norm=verb.group(1)))
    # "أسفرت عن سقوط أكثر من 50 انقلابيا"، "سقوط 16 من الحوثيين": fell, a count of people right after it and no
    # word of how they fell (not "بين قتيل وجريح"، "جرحى"، "أسرى") — the dead
    if text.find("سق", start, end) >= 0:
        for verb in _FELL_COUNTED.finditer(text, start, end):
            if (stop := _fell_counted_end(text, verb.end() + 1, end, toks)) is not None:
                toks.append(_Tok(verb.start(), verb.end(), "kill", norm=verb.group()))
    toks.sort(key=lambda t: (t.start, -(t.end - t.start)))
    # drop tokens nested in an earlier longer one (a dual victim noun found both as number and victim: keep both
    # only when they differ in kind)
    out: list[_Tok] = []
    reach: dict[str, int] = {}  # per kind, the end of the furthest token kept so far
    pointed = -1  # the end of the dead pointed back to ("من هؤلاء الضحايا"): no death word of its own inside
    for t in toks:
        if t.start < reach.get(t.kind, -1) or t.start < pointed:
            continue  # "قتلى" inside "سقوط قتلى": one death word, not two
        reach[t.kind] = t.end
        if t.kind == "subset" and t.norm in _THESE_DEAD:
            pointed = t.end
        out.append(t)
    return out


# (normalized) fell, as the dead do: "سقوط 30 مقاتلا"، "وسقط 12 جنديا"
_FELL_COUNTED = re.compile(r"(?<!\w)[وب]?(?:سقوط|سقط)(?= )")
_HOW_THEY_FELL_REACH = 40  # characters after the people counted where a word of how they fell may stand
_CAPTIVES = re.compile(r"(?<!\w)(?:[فب]?الاسر|اسري|اسيرا|اسرى)(?!\w)")


def _fell_counted_end(text: str, at: int, end: int, toks: list[_Tok]) -> int | None:
    """Where the people counted at ``at``, right after a verb of falling, end: a number, then a victim noun
    right after it or after من ("16 من الحوثيين"), and no word of how they fell after them (dead, hurt or
    taken: "بين قتيل وجريح"، "جرحى"، "في الأسر", counted by those words); else None."""
    num = next((t for t in toks if t.start == at and t.kind == "num"), None)
    if num is None or num.vague:
        return None
    gaps = (num.end + 1, num.end + 3) if not text.startswith(" من ", num.end) else (num.end + 4, num.end + 6)
    noun = next((t for t in toks if t.kind == "victim" and t.start in gaps), None)
    if noun is None:
        return None
    lo, hi = noun.end, min(end, noun.end + _HOW_THEY_FELL_REACH)
    if text.startswith(" بين ", lo) or _CAPTIVES.search(text, lo, hi) is not None:
        return None
    for t in toks:
        if t.kind in ("kill", "injure") and lo <= t.start < hi and _gap(text, lo, t.start) <= 1:
            # (how they fell, "قتلى وجرحى"، "جرحى"; not the hurt counted apart: "وإصابة 20 آخرين")
            if not any(
                u.kind == "num" and t.end <= u.start and _gap(text, t.end, u.start) == 0 for u in toks
            ):
                return None
    return noun.end


_VICTIM = "ضحيه"  # (normalized) a victim, the singular a count is told by
_TALLIED = frozenset(("وثق", "وثقت", "سجل", "سجلت", "احصي", "احصت", "رصد", "رصدت"))  # (normalized) counted up
_ONE = frozenset(("واحد", "واحده", "واحدا"))
_TWO_AFTER = frozenset(("اثنين", "اثنان", "اثنتين", "اثنتان"))  # "two" written after the plural it counts
# duals of what is not people (rasad.text.numbers.DUAL_NOUNS reads them for other counts)
_DUAL_THINGS = frozenset(
    "غاره صاروخ قذيفه برميل طائره مروحيه انفجار هجوم عبوه لغم سياره منزل قريه بلده يوم".split()
)
_MONTH_WORDS = frozenset(k.split()[0] for k in MONTHS)  # (normalized) the first word of each month name


def _one_of(text: str, at: int, toks: list[_Tok]) -> bool:
    """The "واحد" ending at ``at`` is "وأحد" (and one of) before the men it is one of: "جندي تركي وأحد متشددي
    التنظيم"، "وأحد المسلحين" — no adjective of the noun before it."""
    if _OF_THE_MEN.match(text, at) is not None:
        return True
    # ("وأحد عناصر المقاومة"، "وأحد أفراد الشرطة": one of a plural the lexicon knows, in construct)
    return any(
        t.kind == "victim"
        and (
            t.start in (at + 1, at + 3)
            if text.startswith(" ال", at)
            else t.start == at + 1 and t.number == "plural"
        )
        for t in toks
    )


def _after_a_noun(text: str, at: int, toks: list[_Tok]) -> bool:
    """Whether the word before ``at`` is a plain word, neither a death or injury word nor a victim noun (the
    tokens found so far): "قتل واحد منهم" counts one, "من اسرة واحدة" none."""
    lo = max(0, at - 20)
    head = text[lo:at].rstrip()
    before = head.split()
    if not before or not before[-1].isalpha():
        return False
    word_start = lo + len(head) - len(before[-1])
    return not any(t.start <= word_start < t.end for t in toks)


@functools.lru_cache(maxsize=512)
def numbers_in(text: str, start: int, end: int) -> tuple[NumberMention, ...]:
    """``find_numbers(text, start, end)``, found once per stretch: a clause is counted twice (its events, then
    the aggregate-statistics check), and the check also reads every number of its clauses."""
    return tuple(find_numbers(text, start, end))


def _partitive(text: str, left: _Tok, right: _Tok) -> bool:
    """ "25 عنصرا من الجماعه المتمرده لقوا مصرعهم": a victim noun, then من and who they belonged to, then
    the death word — the number still counts the dead; so does "8 حوثيين ومن قوات صالح قتلوا" (of whom else, joined
    by و, with no count of its own: "ومن ثم" is "and then")."""
    between = text[left.end : right.start].split()
    if left.kind == "num":
        # "سبعة من مليشيا الحشد الشعبي قتلوا": a count, then من and the side (a name, no victim noun), then
        # the plural verb of their death
        return (
            not left.vague
            and right.kind == "kill"
            and right.norm.lstrip("وف") in _PLURAL_DEATH_VERBS
            and 2 <= len(between) <= 5
            and between[0] == "من"
            and between[1] not in _MONTH_WORDS
            and _PHRASE_END.search(text, left.end, right.start) is None
        )
    # (a longer name of the side before the plural verb of their death, whose subject they are: "ثمانية من
    # عناصر الحرس الجمهوري الموالي للرئيس السابق فلان الفلاني لقوا مصرعهم")
    long_side = (
        right.kind == "kill"
        and right.norm.lstrip("وف") in _PLURAL_DEATH_VERBS
        and _PHRASE_END.search(text, left.end, right.start) is None
    )
    if (
        left.kind == "victim"
        and left.number == "plural"
        and long_side
        and 0 < len(between) <= _LONG_SIDE_WORDS
    ):
        return True  # (of whom, in construct too: "عناصر الحرس الجمهوري …")
    return (
        left.kind == "victim"
        and 0 < len(between) <= 5
        and (between[0] == "من" or (between[0] == "ومن" and between[1:2] != ["ثم"]))
    )


_LONG_SIDE_WORDS = 10


_PLURAL_DEATH_VERBS = frozenset(("قتلوا", "استشهدوا", "لقوا حتفهم", "لقوا مصرعهم"))


def _gap(text: str, a: int, b: int, *, after_count: bool = False) -> int:
    """Number of words between two normalized offsets; ``after_count``: ``a`` ends a number, whose "علي
    الاقل" (at least) is part of it ("ارتفع الي 18 علي الاقل عدد قتلي النظام")."""
    if b <= a:
        return 0
    words = text[a:b].split()
    if after_count and words[:2] == ["علي", "الاقل"]:
        return len(words) - 2
    if len(words) <= 4 and words[:2] in _WHOSE_SIDE:
        return 0  # "قتل من جانب المقاومة ثمانية اشخاص": whose they were, said before the count
    if 3 <= len(words) <= 4 and words[0].lstrip("و") in _GROUPS_OF_PEOPLE and words[-2:] in _MADE_UP_OF:
        return 0  # "مقتل عائلة مكونة من خمسة اشخاص": the group, then what it is made of — the count
    if words and all(_of_a_time(words, i) for i in range(len(words))):
        return (
            0  # a time said between a death word and its count parts nothing: "قتل خلال اليومين الماضيين 30"
        )
    return len(words)


_WHOSE_SIDE = (["من", "جانب"], ["في", "صفوف"], ["من", "صفوف"], ["من", "طرف"])
# a group of people named by one noun (normalized), alone or with its owner's pronoun: "عائلة"، "اسرته"، "طاقم طبي"
_GROUPS_OF_PEOPLE = frozenset(
    "عائله العائله عائلته عائلتها عائلتهم اسره الاسره اسرته اسرتها اسرتهم طاقم الطاقم طاقمها".split()
)
_MADE_UP_OF = (
    ["مكونه", "من"],
    ["مكون", "من"],
    ["مؤلفه", "من"],
    ["مؤلف", "من"],
    ["تتكون", "من"],
    ["يتكون", "من"],
)


def _of_a_time(words: list[str], i: int) -> bool:
    """Word ``i`` says when or for how long: "خلال اليومين الماضيين"، "امس"، "خلال 24 ساعة"."""
    w = words[i]
    if w in _TIME_WORDS or w in _DURATIONS:
        return True
    return w.removeprefix("ال").isdigit() and words[i + 1 : i + 2] != [] and words[i + 1] in _DURATIONS


_DURATIONS = frozenset(
    "ساعه ساعات يوما يوم ايام اسبوع اسبوعا اسابيع شهر شهرا اشهر شهور عام عاما اعوام سنه سنوات دقيقه دقائق".split()
)
_SPANS = frozenset("ساعات ايام اسابيع اشهر شهور سنوات اعوام دقائق".split())  # (plural units, counted after)
_TIME_WORDS = frozenset(
    "خلال امس اليوم الماضي الماضيه الماضيين اليومين الساعات الاخيره الليله ليل فجر صباح مساء ظهر عصر يوم "
    "الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split()
)


# a background phrase (normalized) that tells what went on meanwhile or before: "وياتي ذلك في الوقت الذي اعلنت
# …"، "يأتي ذلك بعد …"، "وذلك بعد ان …"، "في وقت تواصل …" — the dead told after it are another act's
_MEANWHILE = Literals(("ياتي ذلك", "تاتي هذه", "وذلك بعد", "في الوقت الذي", "في وقت "))
# what follows "في وقت" as a time of the act itself: "في وقت متاخر من ليل امس"، "في وقت سابق"، "في وقت واحد"
_A_TIME_OF_DAY = frozenset("متاخر متاخره سابق لاحق مبكر مبكره واحد قصير من ما".split())


def _meanwhile_end(text: str, start: int, end: int, mentions: list[Mention]) -> int:
    """Where the dead of ``text[start:end]`` stop being told: at the first background phrase (_MEANWHILE) after a
    death or injury word of the stretch, else ``end``."""
    for at in _MEANWHILE.within(text, start, end):
        if text.startswith("في وقت ", at):
            nxt = text[at + 7 : at + 20].split()[:1]
            if not nxt or nxt[0] in _A_TIME_OF_DAY:
                continue
        if at > start and _any_toll_word(mentions, start, at):
            return at
    return end


_TO_COME = re.compile(r"(?:^|[\s(«\"])[وف]?س$")  # the future prefix on the verb: "سيقتلون"، "وسيقتل"
# (and قد before the imperfect: may, "قد يقتل في اي لحظه"; before the perfect it has been: "وقد قتل")
_TO_COME_WORDS = ("سوف ", "لن ", "ولن ", "وسوف ", "قد ", "وقد ")


def _yet_to_come(text: str, at: int) -> bool:
    """The verb of killing at ``at`` is in the future or may come: "سيقتلونهم"، "سوف يقتل"، "لن يقتلوا"، "قد يقتل"."""
    if not text.startswith(("ي", "ت", "ن"), at):
        return False
    return _TO_COME.search(text, max(0, at - 3), at) is not None or text.endswith(_TO_COME_WORDS, 0, at)


_IN_THE_ACT = re.compile(r" (?:خلال|اثناء|في|جراء|اثر|في اثناء) ")


def _in_an_act_of_their_own(text: str, start: int, verb: _Tok, mentions: list[Mention]) -> bool:
    """The dead of a subset died (``verb``: "قتلوا") in an act named right after it ("خلال اشتباكات"), and the
    stretch names no act before it: the total counted before the subset is of more than that act."""
    acts = [
        m
        for m in mentions
        if m.kind == "triggers" and m.data["entry"].get("voice") != "victim" and m.nspan.start >= start
    ]
    if any(m.nspan.start < verb.start for m in acts):
        return False
    return any(_IN_THE_ACT.fullmatch(text, verb.end, m.nspan.start) is not None for m in acts)


# the toll of the dead counted before, told risen (normalized): "، وارتفع العدد لاحقا الى"، "ثم ارتفعت الحصيله الى"
_RISEN_SINCE = re.compile(
    r"(?<![\u0621-\u064a])[ولف]?(?:ثم )?(?:ارتفع|ارتفعت|يرتفع|ترتفع) (?:\S+ )?(?:ال)?(?:عدد|حصيله|حالات)(?![\u0621-\u064a])"
)

# … to a number told bare, no noun after it (normalized, digits): "، وارتفع العدد لاحقا الى 20."
_RISEN_TO_A_NUMBER = re.compile(
    r"(?<![\u0621-\u064a])[ولف]?(?:ثم )?(?:ارتفع|ارتفعت) (?:ال)?(?:عدد|حصيله)(?: لاحقا| بعد ذلك| فيما بعد)?"
    r" (?:الي|ل) ([0-9]{1,4})(?= *(?:[.,،؛:)]|$))"
)


def count_casualties(
    text: str, start: int, end: int, mentions: list[Mention], *, counted_before: bool = False
) -> Casualties:
    """The dead and hurt in ``text[start:end]``; ``counted_before``: an earlier clause of the sentence already
    gave the number of dead, so a bare death word here restates it ("ولقي ثمانية مدنيين، … مصرعهم في قصف")."""
    # (_any_toll_word, written out: asked of every clause, most of which have no toll word)
    for m in mentions:
        kind = m.kind
        if (kind == "cues" or kind == "triggers") and start <= m.nspan.start and m.nspan.end <= end:
            entry = m.data["entry"]
            if (
                entry.get("kind") in ("killed", "injured")
                if kind == "cues"
                else entry.get("voice") == "victim"
            ):
                break
    else:
        if (
            (not _LOSING.any_within(text, start, end) or _LOST_MEN.search(text, start, end) is None)
            and not (_SLAYINGS.any_within(text, start, end) and _slayings_in(text, start, end))
            and not (_DIED.any_within(text, start, end) and _DIED_COUNTED.search(text, start, end))
            and text.find(_VICTIM[:-1], start, end) < 0  # ("12 ضحيه"، "ضحيتان": see _tokens)
            and not (text.find("فارق", start, end) >= 0 and _PARTED.search(text, start, end))
            and not (text.find("سق", start, end) >= 0 and _FELL_COUNTED.search(text, start, end))
        ):
            # no death or injury word: nothing is counted (most clauses; no number search)
            return Casualties()
    if _MEANWHILE.any_within(text, start, end):
        end = _meanwhile_end(text, start, end, mentions)
    toks = _tokens(text, start, end, mentions)
    result = Casualties()
    in_subset = False
    explicit = counted_before  # a death word has had an explicit count in this stretch
    used: set[int] = set()
    met_deaths: set[int] = set()  # مصرع/حتف after "لقي" and its subject: one death with the verb
    # unnumbered death words before the first counted one ("حصيله ضحايا الهجوم ارتفعت الي 32 قتيلا"): the
    # count that follows is their number, not more dead
    vague_before: list[tuple[int, str | None, int]] = []
    counted_at = -1  # where the first counted death word is
    # the dead among the counted who fell in an act the stretch names only for them: "ارتفع الى 5 عدد القتلى في
    # ريف دمشق بينهم 4 مقاتلين قتلوا خلال اشتباكات في الزبداني" — the act's dead are the four
    own_act: int | None = None
    among: tuple[int, int, str | None, int] | None = (
        None  # the counted dead before "بينهم" (see _counted_among)
    )
    for i, t in enumerate(toks):
        if t.kind == "subset":
            if not explicit and not in_subset and among is None:
                among = _counted_among(text, toks, i)
                if among is not None:
                    used.add(among[3])
                    continue  # "ستة مدنيين بينهم طفلان قتلوا": the six are the toll, the verb's (below)
                if _of_them(text, toks, i):
                    continue  # "سقط ثلاثة منهم قتلى": a count of those told before, the dead's own
            # (the dead named again are a subset of a count told before them: "30 قتيلا، وبين القتلى عشرة
            # اطفال"; alone they are the count: "وبين القتلى عشرة اطفال" with no number before)
            in_subset = in_subset or explicit or not t.norm.endswith(_AMONG_THE_DEAD)
            continue
        if t.kind not in ("kill", "injure"):
            continue
        if i in met_deaths:
            continue  # the death "لقي" met, counted with it
        if t.kind == "kill" and (_yet_to_come(text, t.start) or _threatened_with(text, start, t.start)):
            continue  # "وهددوا بانهم سيقتلونهم"، "لن يقتلوا": a killing threatened or to come, nobody dead yet
        if _told_of_another(text, start, t.start):
            continue  # "اعتصم الف شخص احتجاجا على قتل العقيد": the killing protested is no toll of the clause
        if t.kind == "kill" and _cause_of_a_later_act(text, start, t.start, mentions):
            continue  # "قصفت القوات البلدة بعد مقتل جندي": the death the shelling followed is none of its toll
        if t.kind == "kill" and explicit and _claimed_again(text, start, t.start):
            continue  # "قتل شرطيان في هجوم تبناه التنظيم الذي اعلن تبني مقتل شرطيين": the counted dead, claimed
        if t.kind == "kill" and t.norm in _FELLED_COMPLEMENTS and _felled_before(text, toks, i):
            continue  # "اردت مسلحين قتيلين"، "اردوه قتيلا": the complement of the felling counted with it
        if t.kind == "kill" and any(
            u.kind == "kill" and u.start < t.start and _gap(text, u.end, t.start) <= 1 and i - 1 in used
            for u in toks[i - 1 : i]
        ):
            continue  # استشهاد … شهيد repeated right after
        if t.kind == "kill" and _LOST_MEN.fullmatch(t.norm):
            # the men a side lost: the number between the verb and them ("خسر التنظيم 20 من مقاتليه"), else
            # some ("فقدت الكثير من عناصرها"); the side before the verb is no count of its own
            nums = [
                j
                for j in range(i + 1, len(toks))
                if toks[j].kind == "num" and toks[j].start - t.end <= _LOST_REACH
            ]
            count, group, span = (
                (toks[nums[0]].value, "combatant", toks[nums[0]].end) if nums else (None, None, None)
            )
            if nums:
                used.add(nums[0])
        elif among is not None and i == among[0]:
            count, group, span = among[1], among[2], None  # "ستة مدنيين بينهم طفلان قتلوا": six
        elif t.kind == "kill" and t.norm in _SLAIN_BY_PRONOUN:
            if explicit:
                continue  # "قتل مسلحون ثلاثة شبان بعدما خطفوهم واعدموهم": the counted dead, told again
            # the pronoun is the dead: ه/ها one; هما two (see _dual_death); هم those counted before it, or some
            count, group, span = _SLAIN_BY_PRONOUN[t.norm], None, None
            if t.norm.endswith("هم"):
                count, group = _pointed_back(text, toks, i) or (None, None)
        elif t.kind == "kill" and (listed := _everyone_listed(text, t.end, end)) is not None:
            # "قتل كل من احمد ومحمد وعلي": each one named after "كل من" is one dead
            count, group, span = listed[0], None, listed[1]
            used.update(j for j in range(i + 1, len(toks)) if toks[j].start < span)
        else:
            count, group, span = _count_near(text, toks, i, used, counted=explicit)
            if (
                span is not None
                and group in ("civilian", "person")
                and text[t.end : span].split()[:2] in _WHOSE_SIDE
            ):
                group = "combatant"  # "قتل من جانب المقاومة ثمانية اشخاص": a side's men, no civilians
        if (
            t.kind == "kill"
            and t.norm in _CASUALTY_WORDS
            and (_vague_before(text, toks, t) if count is not None else t.norm == "ضحايا")
            and not _wounded_too(toks, i)
            and not _hurt_also_told_next(text, end)
        ):
            # "سقوط عدد من الضحايا"، "ووقوع ضحايا": some victims, dead or hurt, is no count of the dead (ACLED:
            # 0); set against the hurt they are the dead ("سقوط عدد من الضحايا والجرحى": some dead)
            continue
        if t.kind == "kill" and count is None and explicit:
            continue  # "لقي 115 مسلحا … حتفهم": the second death word restates the counted dead
        if (
            t.kind == "kill"
            and count is None
            and t.norm == "الضحايا"
            and _DEATH_BEFORE.search(text, 0, start)
        ):
            continue  # "… مقتل سبعة اشخاص. ولم يعرف ما اذا كان الضحايا مدنيين": the dead told before, named again
        if (
            explicit
            and not in_subset
            and t.kind == "kill"
            and t.norm in _THE_DEAD
            and i > 0
            and toks[i - 1].kind == "num"
            and text[toks[i - 1].end : t.start] == " من "
            and count is not None
        ):
            _add_detail(result, group, count)  # "30 قتيلا، عشرة من القتلى اطفال": a share of the counted dead
            if group in _CIVILIAN_GROUPS:
                result.detail["civilians"] = result.detail.get("civilians", 0) + count
            result.spans.append((toks[i - 1].start, span or t.end))
            continue
        if t.kind == "kill" and t.norm in _THE_DEAD and _share_of_the_dead(text, start, t.start):
            continue  # "وقال ان غالبية القتلى من السوريين": the dead counted elsewhere, named again
        if t.kind == "kill" and _a_rate(text, t.start, span or t.end, end):
            continue  # "حيث يقتل العشرات منهم يوميا": the dead of every day, a rate, no toll of an act
        if count is None and _AVERTING.any_within(
            text, t.start - 30 if t.start - 30 > start else start, t.start
        ):
            if not _AVERT_WORDS.isdisjoint(text[max(start, t.start - 30) : t.start].split()[-4:]):
                continue  # "لتجنب تكرار حوادث الخطف والقتل": killing to be averted, nobody's death
        if count is None and t.kind == "kill" and _DENIED.search(text, max(start, t.start - 40), t.start):
            continue  # "دون سقوط ضحايا"، "ولم ترد انباء عن قتلى": no dead, denied
        if count is None and t.norm == "بحياه":
            continue  # "يطالب بحياة كريمة": a life, nobody's death (أودى … بحياة counts the dead after it)
        if (
            count is None
            and t.kind == "kill"
            and _RISING_TOLL.search(text, max(start, t.start - 16), t.start)
        ):
            continue  # "ارتفاع حصيلة القتلى جراء القصف": a rising toll whose number is told elsewhere, no dead of its own
        if count is None and t.norm.removeprefix("ال") == "حصيله":
            continue  # "وكانت حصيلة غير نهائية للتفجير …": a toll whose number is told elsewhere, no dead of its own
        if t.kind == "kill" and count is not None:
            if not explicit:
                counted_at = t.start
            explicit = result.explicit = True
        if t.kind == "kill":
            vague = count is None
            spread = False  # "بين قتيل وجريح" of an unnumbered group: some dead
            met = _death_met(text, toks, i) if t.norm in _MEETING else None
            if met is not None:
                met_deaths.add(met)
                if count is None and _dual_death(text, toks[met]):
                    count = 2  # "ولقي راكباها مصرعهما"
            if count is None and _dual_death(text, t):
                count = 2  # "قبل ان يقع التفجير ويقتلا"، "واستشهدا"، "لقيا مصرعهما": two, by the dual
            elif count is None:
                count = (
                    1
                    if t.norm not in _PLURAL_DEATH_WORDS
                    and group is None
                    and (_singular_kill(t.norm) or _his_death(text, t))
                    and not _group_after(text, t.end, end)
                    and not (t.norm in _EXECUTIONS and _executed_many(text, toks, i))
                    else (UNNUMBERED_DEATHS)
                )
                if (
                    group is not None
                    and count == UNNUMBERED_DEATHS
                    and not _plural_group_number(text, toks, i)
                    and not _whoever_after(text, t.end, end)
                ):
                    count = 1
                complement = _complement_after(text, toks, i) if t.norm.startswith(_FELLING) else None
                if complement in _COMPLEMENT_COUNTS:
                    count = _COMPLEMENT_COUNTS[complement]  # "اردوه قتيلا": one; "اردت مسلحين قتيلين": two
                if t.norm == "قتيل" and text.endswith(" بين ", 0, t.start):
                    # "سقط مدنيون بين قتيل وجريح": how the unnumbered fell, no one dead but some; the men a side
                    # lost counted just before fell so ("خسر التنظيم مقاتليه بين قتيل وجريح"): none more
                    if result.spans and t.start - result.spans[-1][1] <= _SHARED_REACH:
                        continue
                    if not any(u.kind == "victim" for u in toks[:i]):
                        continue  # "بدات تفقد قوتها بين قتيل وجريح واسير": no people told, an attrition
                    count, spread = UNNUMBERED_DEATHS, True
            if _wounded_too(toks, i):
                shared, vague_shared = _shared_count(text, toks, i) if vague else (0, False)
                if _is_dozens(toks, i):
                    count = UNNUMBERED_DEATHS  # "عشرات القتلى والجرحى": dead among them
                elif shared >= 3:
                    # "مقتل واصابه نحو 25"، "مقتل واصابه عدد من": dead among them; of three told, one at least
                    # was hurt
                    count = min(UNNUMBERED_DEATHS, shared if vague_shared else shared - 1)
                elif (
                    count > 1
                    and not spread
                    and (text.endswith(" بين ", 0, t.start) or _counted_with_hurt(text, toks, i))
                ):
                    # "سقط 20 مدنيا بين قتيل وجريح": the dead and the hurt counted together, one at least
                    # hurt ("سقط مدنيان بين قتيل وجريح" is one dead; "عشرات" read already as some dead)
                    vague_count = any(u.kind == "num" and u.vague for u in toks[max(0, i - 3) : i])
                    count = min(UNNUMBERED_DEATHS, count if vague_count else count - 1)
            joined: list[tuple[str | None, int]] = []
            if (not vague or count == 1) and not in_subset:
                more, more_end, joined = _companions(text, toks, i, span or t.end, used)
                if not more:
                    more, more_end, joined = _joined_groups(text, toks, span or t.end, used, end)
                count += more
                span = more_end or span
            if vague and not in_subset:
                vague_before.append((count, group, t.end))
            if in_subset:
                _add_detail(result, group, count)
                if (
                    not vague
                    and t.norm in _PLURAL_DEATH_VERBS
                    and _in_an_act_of_their_own(text, start, t, mentions)
                ):
                    own_act = count if own_act is None else own_act + count
            elif result.fatalities and _RISEN_SINCE.search(text, result.spans[-1][1], t.start):
                # "قتل 12 شخصا، وارتفع العدد لاحقا الى 20 قتيلا": the toll of the dead counted, risen since — the
                # new total, not more dead
                result.fatalities = max(result.fatalities, count)
            else:
                result.fatalities += count
                for g, n in [(group, count - sum(n for _, n in joined)), *joined]:
                    _add_detail(result, g, n)
                    # (kin or others of no group joined to civilians are civilians: "قتلت طفلة وشقيقها")
                    if g in _CIVILIAN_GROUPS or (
                        g is None and (group in _CIVILIAN_GROUPS or group == "civilian")
                    ):
                        result.detail["civilians"] = result.detail.get("civilians", 0) + n
            result.spans.append((t.start, span or t.end))
        else:
            if count is not None and not in_subset:
                result.injuries += count
    if result.explicit and not counted_before:
        for count, group, at in vague_before:
            if _another_time_after(text, at, counted_at):
                continue  # "مصرع جميع من كانوا فيها بعد ساعة من مصرع ثمانية": other dead, told before them
            result.fatalities -= count
            for key in {_GROUP_DETAIL.get(group or ""), "civilians" if group in _CIVILIAN_GROUPS else None}:
                if key is not None and key in result.detail:
                    result.detail[key] -= count
    if own_act is not None and 0 < own_act < result.fatalities:
        result.fatalities = own_act
    if (
        result.fatalities
        and not result.injuries  # (with the hurt counted too, the number risen may be theirs, or of both)
        and result.spans
        and (risen := _RISEN_TO_A_NUMBER.search(text, result.spans[-1][1], end))
    ):
        # "مقتل 12 شخصا، وارتفع العدد لاحقا الى 20": the toll of the dead counted, risen to a number told bare
        result.fatalities = max(result.fatalities, int(risen.group(1)))
    _breakdown(text, toks, result)
    for k in list(result.detail):
        if result.detail[k] > result.fatalities:
            result.detail[k] = result.fatalities
    return result


_OF_THEM = frozenset(("منهم", "منهن", "منهما"))


# (normalized) the verbs of death "of them" may follow: "وقتل منهم خمسة"، "وسقط منهم قتلى"
_DIED_OF_THEM = frozenset(("قتل", "استشهد", "سقط", "سقطت"))


def _of_them(text: str, toks: list[_Tok], i: int) -> bool:
    """The subset word ``toks[i]`` is "of them" right after a count or the verb of their death, with no dead
    counted before it: "وسقط ثلاثة منهم قتلى"، "ان عددا كبيرا منهم قتلوا"، "وقتل منهم خمسة"، "وسقط منهم قتلى" — those
    the story told before (the attackers, the men of a side), not a share of a toll ("قتل 20 شخصا، 5 منهم اطفال")."""
    t = toks[i]
    if t.norm not in _OF_THEM:
        return False
    before = toks[i - 1] if i else None
    if before is not None and before.kind == "num":
        # (inside the count, "عدد منهم", or right after it)
        return before.end > t.start or text[before.end : t.start] == " "
    verb = text[text.rfind(" ", 0, t.start - 1) + 1 : t.start - 1]
    return text[t.start - 1 : t.start] == " " and verb.lstrip("و") in _DIED_OF_THEM


# the counted dead, some of them named, then the plural verb of their death: "ستة مدنيين بينهم طفلان قتلوا"،
# "ثمانية عناصر من الحزب بينهم قيادي قتلوا" — the count before "بينهم" is the toll, those named a share of it
_AMONG_THEM = frozenset(("بينهم", "من بينهم", "منهم", "بينهن", "من بينهن"))
_AMONG_REACH = 8  # words from "بينهم" to the verb of their death
_SIDE_REACH = 3  # words of the side between the counted dead and "بينهم" ("من حزب الله")


def _counted_among(text: str, toks: list[_Tok], i: int) -> tuple[int, int, str | None, int] | None:
    """The subset word ``toks[i]`` ("بينهم") sits between the counted dead and the plural verb of their death:
    the verb's index, the count, its group and the count's index."""
    if i < 1 or toks[i].norm not in _AMONG_THEM:
        return None
    risen = _risen_among(text, toks, i)
    if risen is not None or i < 2:
        return risen
    noun, num = toks[i - 1], toks[i - 2]
    if (
        noun.kind != "victim"
        or num.kind != "num"
        or num.vague
        or text[num.end : noun.start] not in (" ", " من ")
        or len(text[noun.end : toks[i].start].split()) > _SIDE_REACH
        or _PHRASE_END.search(text, num.end, noun.start)
    ):
        return None
    k = _death_after_those_named(text, toks, i, _AMONG_REACH)
    if k is None or toks[k].norm not in _PLURAL_DEATH_VERBS:
        return None
    return k, num.value, noun.group, i - 2


def _death_after_those_named(text: str, toks: list[_Tok], i: int, reach: int) -> int | None:
    """The index of the death word after the subset word ``toks[i]`` and those it names (victims and their
    numbers), within ``reach`` words and the sentence."""
    k = next((k for k in range(i + 1, len(toks)) if toks[k].kind not in ("victim", "num")), None)
    if k is None or toks[k].kind != "kill":
        return None
    between = text[toks[i].end : toks[k].start]
    return k if len(between.split()) <= reach and "." not in between else None


def _risen_among(text: str, toks: list[_Tok], i: int) -> tuple[int, int, str | None, int] | None:
    """ "ارتفع الى 9 بينهم رئيس المجلس المحلي وخمسة اطفال عدد القتلى": the number a toll rose to, those named
    among them, then the toll's head — the number is the toll's (as "ستة مدنيين بينهم طفلان قتلوا")."""
    num = toks[i - 1]
    if num.kind != "num" or num.vague or text[num.end : toks[i].start] != " ":
        return None
    if _ROSE_TO.search(text, max(0, num.start - 16), num.start) is None:
        return None
    k = _death_after_those_named(text, toks, i, _RISEN_AMONG_REACH)
    if k is None or _TOLL_HEADS.search(text, max(0, toks[k].start - 12), toks[k].start) is None:
        return None
    return k, num.value, None, i - 1


_ROSE_TO = re.compile(r"(?:ارتفعت|ارتفع|وصلت|وصل|بلغت|بلغ) (?:الي )?$")
_RISEN_AMONG_REACH = 20  # words from "بينهم" to the toll's head


# what a killing is to be averted by (normalized): "لتجنب تكرار حوادث الخطف والقتل"، "لمنع تكرار القتل"
_AVERT_WORDS = frozenset("لتجنب تجنب لتفادي تفادي لمنع تكرار".split())
_AVERTING = Literals(("تجنب", "تفادي", "لمنع", "تكرار"))


# a share of the dead (normalized): "غالبية القتلى"، "معظم الضحايا"، "احد القتلى" — of dead counted elsewhere
_SHARE_WORDS = frozenset("غالبيه معظم اغلب اغلبيه جميع كل بعض نصف احد احدي".split())


def _share_of_the_dead(text: str, start: int, pos: int) -> bool:
    """The definite dead at ``pos`` follow a word of a share of them ("غالبية القتلى من الجنسية السورية")."""
    before = text[pos - 10 if pos - 10 > start else start : pos].split()
    return bool(before) and before[-1].removeprefix("و") in _SHARE_WORDS


# a death word anywhere before a stretch (normalized): the bare "الضحايا" after it are the dead told, named again
_DEATH_BEFORE = re.compile(r"قتل|قتيل|مصرع|حتف|استشهاد|شهيد|شهداء")

# the dead of every day or week, a rate: "يقتل العشرات منهم يوميا" (normalized)
_RATE = re.compile(r"(?<!\w)(?:يوميا|اسبوعيا|شهريا|سنويا|كل يوم|كل اسبوع|كل شهر|في اليوم الواحد)(?!\w)")
_RATE_REACH = 30  # characters from the counted dead to their rate
_SHARED_REACH = 30  # characters from the counted dead to "بين قتيل وجريح" telling how they fell


def _a_rate(text: str, start: int, counted_end: int, end: int) -> bool:
    """A rate word follows the death word at ``start`` and its count (ending at ``counted_end``) in their
    phrase, or stands between them ("يقتل يوميا العشرات")."""
    stop = min(end, counted_end + _RATE_REACH)
    if "يا" not in text[start:stop] and " كل " not in text[start:stop] and "الواحد" not in text[start:stop]:
        return False
    m = _RATE.search(text, start, stop)
    return m is not None and _PHRASE_END.search(text, start, m.start()) is None


# "اردى … قتيلا": felling and its complement, its object between, tell the same dead once; the complement says
# how many when it is singular or dual
_FELLED_COMPLEMENTS = frozenset(("قتيلا", "قتيلين", "قتيلان", "قتلي"))
_COMPLEMENT_COUNTS = {"قتيلا": 1, "قتيلين": 2, "قتيلان": 2}
_FELLING = ("اردي", "اردت", "اردوا", "يردي", "ارداه", "اردته", "اردوه", "اردتهم", "اردوهم")
_FELLED_REACH = 6  # words between the verb of felling and its complement (its subject and object)


def _complement_after(text: str, toks: list[_Tok], i: int) -> str | None:
    """The complement (قتيلا، قتيلين، قتلى) of felling ``i`` a few words after it, if any."""
    return next(
        (
            u.norm
            for u in toks[i + 1 : i + 5]
            if u.kind == "kill"
            and u.norm in _FELLED_COMPLEMENTS
            and len(text[toks[i].end : u.start].split()) <= _FELLED_REACH
        ),
        None,
    )


def _felled_before(text: str, toks: list[_Tok], i: int) -> bool:
    """Death word ``i`` completes a verb of felling a few words before it."""
    return any(
        u.kind == "kill"
        and u.norm.startswith(_FELLING)
        and len(text[u.end : toks[i].start].split()) <= _FELLED_REACH
        for u in toks[max(0, i - 4) : i]
    )


# what a protest is against ("احتجاجا على مقتل"، "تنديدا باغتيال"، "استنكارا لقتل"): an earlier death
_PROTESTING = frozenset(("احتجاجا", "تنديدا", "استنكارا", "رفضا", "غضبا", "احتجاج", "تنديد", "استنكار"))
# a charge: "المتهم بقتل العقيد"، "بتهمة قتل ثلاثة اشخاص" — a killing someone is accused of, not the clause's dead
_CHARGED = frozenset(("المتهم", "متهم", "المتهمين", "متهمين", "المتهمون", "متهمون", "بتهمه", "تهمه", "بتهم"))


# a demand (normalized, before the clitic ب of the death demanded: "مطالبات باعدام الجاني"، "طالبوا بقتله"; طالب
# alone is also a student, so only with the clitic)
_DEMANDS = frozenset(
    "مطالبات مطالبه المطالبه بالمطالبه مطالبا مطالبين طالب طالبت طالبوا يطالب تطالب يطالبون".split()
)


# a death sentence passed (normalized): the words before الاعدام that make it a court's, and those that say it
# was carried out ("نفذ التنظيم حكم الاعدام رميا بالرصاص": an execution); the conflict rules read them too
SENTENCING = frozenset("حكم حكمت يحكم تحكم يحكمون حكما احكام الحكم بحكم قضت قضي عقوبه بعقوبه".split())
CARRIED_OUT = frozenset("نفذ نفذت نفذوا تنفيذ بتنفيذ ينفذ تنفذ".split())


# (normalized) threatening: "هدد المسلحون بقتل الرهائن"، "توعد بذبحه" — the killing threatened, nobody dead; the
# conflict rules read them too (a threatened act is none of the day's)
THREATENING = frozenset(
    "هدد هددت هددوا يهدد تهدد يهددون مهددا مهدده توعد توعدت توعدوا يتوعد تتوعد يتوعدون متوعدا متوعده لوح لوحت لوحوا "
    "يلوح تلوح ملوحا".split()
)
_THREAT_REACH = (
    60  # characters from the threat to the death threatened with بـ (its doers, those threatened between)
)


def _threatened_with(text: str, start: int, pos: int) -> bool:
    """The death word at ``pos``, with the clitic بـ, is what a side threatens: "هدد المسلحون بقتل الرهائن"،
    "ويهدد الخاطفون ذويه باعدامه" (no comma or stop between, where a clause of its own may begin)."""
    lo = pos - _THREAT_REACH
    before = text[lo if lo > start else start : pos]
    if not before.endswith(("ب", "بال")):
        return False
    words = re.split(r"[،,؛;:.!?؟]", before)[-1].split()
    return any(w.lstrip("و") in THREATENING for w in words[:-1])


def _told_of_another(text: str, start: int, pos: int) -> bool:
    """The death word at ``pos`` is what a protest is against, what someone is charged with (المتهم بقتل), or a
    past one a record is measured by ("وهذا اسوأ هجوم منذ ان قتل 50 شخصا في عام 2013")."""
    lo = pos - 30
    words = text[lo if lo > start else start : pos].split()
    if words[-2:] == ["منذ", "ان"]:
        return True
    if "اعدام" in text[pos : pos + 8]:
        word_start = text.rfind(" ", 0, pos) + 1
        word = text[word_start : text.find("اعدام", pos) + 5].lstrip("وف")
        wider = text[max(start, word_start - 80) : word_start].split()
        sentenced = word == "بالاعدام" or (word == "الاعدام" and wider[-1:] != [] and wider[-1] in SENTENCING)
        if sentenced and CARRIED_OUT.isdisjoint(w.lstrip("و") for w in wider):
            return True  # "حكم الاعدام"، "حكمت عليه بالاعدام": a death sentence passed, nobody dead yet
    clitic = words[-1:] in (["ب"], ["بال"])
    while words and words[-1] in ("علي", "ل", "ب", "من", "بال"):
        words.pop()  # "احتجاجا على"، the clitic of "لاغتيال" / "باغتيال" when the word starts after it
    if clitic and words and words[-1].removeprefix("و") in _DEMANDS:
        return True  # "ومطالبات باعدام الجاني": a death demanded, nobody dead
    return bool(words) and (words[-1] in _PROTESTING or words[-1].removeprefix("و") in _CHARGED)


# the words a death follows as the cause of a later act (normalized; "بعد ان"، "على اثر"، "في اعقاب" end in them)
_SINCE = frozenset(("بعد", "اثر", "عقب", "اعقاب"))
# (normalized) revenge for a death ("انتقاما لمقتل"، "ثأرا لمقتل"): the death avenged is the cause of the act
_REVENGE = frozenset(("انتقاما", "ثارا", "وانتقاما", "وثارا"))
# the acts that come after the death they follow, none of them the fight it fell in (not a takeover, a
# withdrawal or the end of a battle: "سيطرت القوات على القرية بعد مقتل 30 عنصرا" are the battle's dead)
_LATER_ACTS = frozenset(
    (
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Arrests",
        "Looting/property destruction",
    )
)


def _cause_of_a_later_act(text: str, start: int, pos: int, mentions: list[Mention]) -> bool:
    """The death word at ``pos`` follows بعد / اثر / عقب (بعد ان، على اثر، في اعقاب) and an act of the kinds that
    come after it (a shelling, a strike, a protest, an arrest) is told before it in the stretch, or it is avenged
    (انتقاما ل، ثأرا ل): the death the act followed, told as its cause ("قصفت القوات البلدة بعد مقتل جندي"), is no
    toll of the act."""
    lo = pos - 16
    words = text[lo if lo > start else start : pos].split()
    if words[-1:] in (["ان"], ["ل"]):
        words.pop()
    if words[-1:] and words[-1] in _REVENGE:
        return True  # "انتقاما لمقتل طيار": the death avenged, whatever the act
    if not words or words[-1].removeprefix("و") not in _SINCE:
        return False
    return any(
        m.kind == "triggers"
        and start <= m.nspan.start < pos
        and m.data["entry"].get("sub_event_type") in _LATER_ACTS
        for m in mentions
    )


# a claim of an act (normalized): "اعلن تبني مقتل شرطيين"، "اعلنت مسؤوليتها عن قتل" — the dead it claims
_CLAIMS = frozenset(
    ("تبني", "تبنيه", "تبنت", "تبنوا", "مسؤوليه", "المسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم")
)


def _claimed_again(text: str, start: int, pos: int) -> bool:
    """The death word at ``pos`` is what a claim is of ("الذي اعلن تبني مقتل شرطيين")."""
    lo = pos - 30
    words = text[lo if lo > start else start : pos].split()
    if words[-1:] == ["عن"]:
        words.pop()
    return bool(words) and words[-1].removeprefix("و") in _CLAIMS


# the suicide attacker (or two) named among the dead right after بينهم / منهم (normalized)
_BOMBER_AMONG = re.compile(
    r" (?:ال)?(?:انتحاري(ان|ين)?|انتحاريه|منفذ (?:الهجوم|التفجير|العمليه)|المهاجم الانتحاري)(?![\u0621-\u064a])"
)


def _breakdown(text: str, toks: list[_Tok], result: Casualties) -> None:
    """ "بينهم ثلاثة أطفال وامرأتان" (among them three children and two women): a breakdown of the dead. A
    number counts the noun right after it (or after من) only: "وخمسة أطفال دون سن الـ18 وامرأة" — 18 is an age,
    the woman is one."""
    if not result.fatalities:
        return
    for i, t in enumerate(toks):
        if t.kind != "subset":
            continue
        bomber = _BOMBER_AMONG.match(text, t.end)
        if bomber is not None:
            # "قتل عشرة اشخاص بينهم الانتحاري": the attacker among the dead is not counted (ACLED)
            n = 2 if bomber.group(1) else 1
            if n < result.fatalities:
                result.fatalities -= n
            continue
        count: int | None = None
        counted_to = -1  # where the number read last ends
        for u in toks[i + 1 : i + 7]:
            if u.kind in ("kill", "injure", "subset"):
                break
            if u.kind == "num":
                count, counted_to = u.value, u.end
            elif u.kind == "victim":
                # (a dual, read as a number and as its noun at one place, has nothing between)
                if count is not None and text[counted_to : u.start].split() not in ([], ["من"]):
                    count = None
                n = (
                    count
                    if count is not None
                    else (2 if u.number == "dual" else 1 if u.number == "singular" else None)
                )
                key = _GROUP_DETAIL.get(u.group or "")
                if n is not None and key in ("children", "women") and not result.detail.get(key):
                    result.detail[key] = n
                elif n is not None and key == "combatants" and n < result.fatalities:
                    # "قتل 12 شخصا بينهم ستة مسلحين": the fighters among the dead are no civilians
                    result.detail.setdefault("combatants", n)
                    if "civilians" in result.detail:
                        result.detail["civilians"] = min(result.detail["civilians"], result.fatalities - n)
                count = None


# a definite sound plural of people (normalized), a participle (م…ين) or a relation's (…يين): "قتل المصلين"،
# "مقتل المتظاهرين"، "استهداف الصحفيين" — the plural with no number is a vague one
_WHOEVER_HEADS = frozenset(("من", "جميع", "كل"))
_DEFINITE_PLURAL = re.compile(r" ال(?:م[\u0621-\u064a]{2,}|[\u0621-\u064a]{2,}ي)ين(?![\u0621-\u064a])")


# (normalized) whoever was there, after a death word: "وقتلت من كانوا على متنها"، "مصرع جميع من فيها" — some
# people (the plural verb, or all of them), not one
_WHOEVER = re.compile(
    r" (?:(?:جميع|كل) )?من (?:كانوا|كن)(?!\w)"
    r"| (?:جميع|كل) من (?:كان|فيها|فيه|بداخلها|بداخله|عليها|عليه)(?!\w)"
    r"| من (?:فيها|بداخلها|علي متنها)(?!\w)"
)


_ANOTHER_TIME = (" بعد ", " قبل ", " عقب ")


def _another_time_after(text: str, at: int, counted_at: int) -> bool:
    """The counted death at ``counted_at`` is told as another time's, after the unnumbered dead at ``at``: "…
    بعد ساعة من مصرع ثمانية" (after the death of eight) — those dead are others, not the number of these."""
    if not at <= counted_at or not text.endswith("من ", 0, counted_at):
        return False
    between = text[at:counted_at]
    return any(w in between for w in _ANOTHER_TIME)


# "قتل وجرح اخرون": others, unnumbered, killed and hurt (ACLED: unnumbered dead)
_OTHERS_HURT_TOO = re.compile(r" و(?:جرح|اصيب) (?:اخرون|اخرين)(?![\u0621-\u064a])")


# (normalized) the words that end a list of names after "كل من": the place, time, cause or means of the deaths,
# or what else befell
_LIST_ENDS = frozenset(
    "في جراء اثر بعد خلال عند عندما برصاص بنيران علي قرب داخل اثناء امس اليوم بقصف بغاره بسبب نتيجه حين اضافه"
    " فضلا الي من وذلك واصيب واصابه وجرح وقال واضاف واكد واشار كما ما مما".split()
)
# (normalized) names that begin with و, no "and": "وليد"، "وائل"
_NAMES_WITH_WAW = frozenset(
    "وليد وائل وسيم وفاء وعد وجدي وحيد وديع وهيب وضاح وسام ولاء وهبي وداد وصفي".split()
)
_EVERYONE_OF = " كل من "
_LIST_REACH = 160  # characters of the names listed after "كل من"


def _everyone_listed(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The dead named one by one after "كل من" right after the death word ("قتل كل من احمد العلي ومحمد الحسن
    وعلي"): how many (the names joined by و), and where the list ends; None when no list of two or more."""
    if not text.startswith(_EVERYONE_OF, at) or _whoever_after(text, at, end):
        return None
    n, pos = 1, at + len(_EVERYONE_OF)
    last = pos
    for m in re.finditer(r"[^\s]+", text[pos : min(end, pos + _LIST_REACH)]):
        word = m.group().rstrip("،,")
        if not word or word[0] in ".;؛:" or word in _LIST_ENDS or "اصيب" in word:
            break
        if m.start() and word.startswith("و") and len(word) > 3 and word not in _NAMES_WITH_WAW:
            n += 1
        last = pos + m.start() + len(word)
        if word != m.group() and not text[pos + m.end() :].lstrip().startswith("و"):
            break  # a comma not followed by another name: the list is over
        if word.endswith((".", "؛", ";", ":")):
            break
    return (n, last) if n >= 2 else None


def _group_after(text: str, at: int, end: int) -> bool:
    """A group of people is named right after the death word: "مقتل عائلة بأكملها"، "مقتل افراد طاقم"، "قتل
    المصلين"، "قتلت من كانوا فيها" — some dead, how many not told (ACLED: unnumbered)."""
    nxt = text[at:end].split()[:1]
    return bool(nxt) and (
        nxt[0] in _GROUPS_OF_PEOPLE
        or _OTHERS_HURT_TOO.match(text, at, end) is not None
        or _DEFINITE_PLURAL.match(text, at, end) is not None
        or _whoever_after(text, at, end, nxt)
    )


def _whoever_after(text: str, at: int, end: int, nxt: list[str] | None = None) -> bool:
    """Whoever was there is named right after the death word ("مصرع جميع من كانوا على متنها"): some people."""
    if nxt is None:
        nxt = text[at:end].split()[:1]
    return bool(nxt) and nxt[0] in _WHOEVER_HEADS and _WHOEVER.match(text, at, end) is not None


# the dual of a death verb or of its pronoun: the imperfect's ending ("يقتلا"، "يقتلان"، "تقتلا"), the perfect's
# of the verbs whose bare form is no noun ("استشهدا"، "اغتيلا"، "توفيا"; قتلا may be a noun: "قتلا وتشريدا"),
# and "هما" on the death ("مصرعهما"، "حتفهما"، "بحياتهما")
_DUAL_PERFECTS = frozenset(("استشهد", "اغتيل", "توفي", "قضي"))
_WORD_END = re.compile(r"[^\s,،.;؛:!?؟\"«»()]*")


def _dual_death(text: str, t: _Tok) -> bool:
    """Death word ``t`` is in the dual, so two died (its word read to its end, past the mention)."""
    tail = _WORD_END.match(text, t.end).group()
    if tail.endswith("هما") or (not tail and t.norm.endswith("هما")):
        return True
    if tail not in ("ا", "ان") or " " in t.norm:
        return False
    verb = t.norm.lstrip("وف")
    return (verb[:1] in ("ي", "ت") and tail in ("ا", "ان")) or (verb in _DUAL_PERFECTS and tail == "ا")


# "لقي" (met), its subject, then the death it met: "ولقي ركاب السيارة مصرعهم" — one death told, not two
_MEETING = frozenset(("لقي", "لقيت", "لقوا", "لقيا"))
_MET_REACH = 4  # words of the subject between the verb and the death


def _death_met(text: str, toks: list[_Tok], i: int) -> int | None:
    """The index of the مصرع/حتف that the verb "لقي" at ``toks[i]`` takes a few words on, if any."""
    me = toks[i]
    for j in range(i + 1, min(i + 4, len(toks))):
        u = toks[j]
        if u.kind == "kill" and u.start > me.end:
            if (
                u.norm.startswith(("مصرع", "حتف"))
                and len(text[me.end : u.start].split()) <= _MET_REACH
                and not _PHRASE_END.search(text, me.end, u.start)
            ):
                return j
            return None
    return None


_CAUSED_DEATHS = frozenset(("مقتل", "مصرع"))  # the death a cause led to: "ما اسفر عن مقتل"، "ادي الي مصرع"


def _his_death(text: str, t: _Tok) -> bool:
    """A death led to, told with a singular pronoun: "ما اسفر عن مقتله" is one (not "مقتلهم")."""
    return (
        " " in t.norm
        and t.norm.rsplit(" ", 1)[1] in _CAUSED_DEATHS
        and _WORD_END.match(text, t.end).group() in ("ه", "ها")
    )


def _singular_kill(norm: str) -> bool:
    return norm in _ONE_KILLED or norm in _EXECUTIONS


_ONE_KILLED = frozenset(
    (
        "مقتل",
        "شهيد",
        "قتيل",
        "قتيلا",
        "مصرع",
        "لقي حتفه",
        "لقي مصرعه",
        "لقيت حتفها",
        "استشهد",
        "استشهدت",
        "جثه",
        "وفاه",
        "قتل",
        "قتلت",
        # an assassination is of one person unless a count says otherwise ("اغتيل القيادي"، "اغتيال محافظ")
        "اغتيل",
        "اغتيلت",
        "اغتال",
        "اغتالت",
        "اغتيال",
        # one who died of his wounds: "توفي شرطي"، "لفظ انفاسه"
        "توفي",
        "توفيت",
        "فارق الحياه",
        "فارقت الحياه",
        "لفظ انفاسه",
    )
)

# a verb of killing with the dead as its object pronoun ("وقتلوه"، "اغتالوها"، "اعدموهما"، "ذبحوهم"): the pronoun
# is the dead — one for ه/ها, two for هما, for هم the people counted just before it ("خطفوا ثلاثة شبان
# واعدموهم") or some. Only forms that are no noun (not قتله/قتلته, read also "his killing", "his killers")
_SLAYING_STEMS = ("قتلو", "اغتالو", "اعدمو", "ذبحو", "نحرو", "اغتال", "اغتالت", "اعدم", "اعدمت")
_OBJECT_PRONOUNS = {"ه": 1, "ها": 1, "هما": 2, "هم": None}
_SLAIN_BY_PRONOUN = {s + p: n for s in _SLAYING_STEMS for p, n in _OBJECT_PRONOUNS.items()}
_SLAYINGS = Literals(_SLAIN_BY_PRONOUN)
_WORD_BEFORE = frozenset(' \n\t("«-')
_POINTED_BACK_REACH = 90  # characters from the counted people back to the verb whose pronoun is them


def _slayings_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The verbs of killing with an object pronoun as whole words (و/ف before them) in ``text[start:end]``."""
    out = []
    firsts, ends = _SLAYINGS.spans(text)
    k = bisect_left(firsts, start)
    while k < len(firsts) and firsts[k] < end:
        at, stop = firsts[k], ends[k]
        k += 1
        if stop > end or (stop < len(text) and text[stop].isalpha()):
            continue  # (a shorter form inside a longer one: قتلوه in قتلوها)
        before = text[at - 1] if at > 0 else " "
        if before in _WORD_BEFORE or (before in "وف" and (at < 2 or text[at - 2] in _WORD_BEFORE)):
            out.append((at, stop))
    return out


def _pointed_back(text: str, toks: list[_Tok], i: int) -> tuple[int, str | None] | None:
    """The people counted just before the killing ``toks[i]`` whose object pronoun هم points back to them:
    "خطف مسلحون ثلاثة شبان واعدموهم" (not the doers: "هاجم ثلاثة مسلحين المنزل وقتلوهم")."""
    me = toks[i]
    for k in range(i - 1, 0, -1):
        t = toks[k]
        if me.start - t.end > _POINTED_BACK_REACH or t.kind in ("kill", "injure"):
            return None
        if t.kind != "victim" or t.norm.removeprefix("ال").startswith("مسلح"):
            continue
        if t.number == "dual":
            return 2, t.group
        n = toks[k - 1]
        if n.kind == "num" and not n.vague and text[n.end : t.start] in (" ", " من "):
            return n.value, t.group
    return None


# an execution by one doer, of the one named unless a count or a plural says otherwise ("اعدم التنظيم امام المسجد"،
# "اعدام الشيخ"; not "اعدم التنظيم امس مدنيين"، "عمليات اعدام")
_EXECUTIONS = frozenset(("اعدم", "اعدمت", "اعدام"))
_SERIES_OF = ("عمليات ", "حمله ", "سلسله ")  # (normalized) before a verbal noun: many acts of it


def _executed_many(text: str, toks: list[_Tok], i: int) -> bool:
    """The execution at ``toks[i]`` is of many: "عمليات اعدام"، a plural group right after it, or a number of
    people no lexicon names ("اعدم التنظيم ثلاثة من المختطفين")."""
    return (
        text.endswith(_SERIES_OF, 0, toks[i].start)
        or _plural_group_number(text, toks, i)
        or any(u.kind == "num" for u in toks[i + 1 : i + 2])
    )


# kill verbs whose unvocalized form is active only (the passive is اغتيل): the noun right after is the subject
_ACTIVE_KILLS = frozenset(("اغتال", "اغتالت", "اغتالوا"))
# verbs of killing whose object (or, passive, whose subject) may come after the doer, the place and the day:
# "قتلت نيران الهاون في منطقة دار سعد امس ثلاثة مدنيين"، "قتل في القصف على مدينة ادلب امس خمسة مدنيين"
_KILLING_VERBS = _ACTIVE_KILLS | frozenset(("قتل", "قتلت", "قتلوا"))
# a nominative plural in construct right before a noun (مسلحو، مقاتلو، منتسبو): the doers, of the group after it
_CONSTRUCT_DOER = re.compile(r"(?<![\u0621-\u064a])م[\u0621-\u064a]{2,}و (?:ال)?$")
_PLURAL_NISBA = ("يون", "يين")  # (normalized) a plural adjective of relation: حوثيون، سوريين


def _nisba_of(noun: _Tok, adj: _Tok) -> bool:
    """``adj`` is the plural nisba adjective of the plural ``noun`` (a side's, not the civilians': "مسلحون
    حوثيون", not "مسلحون مدنيين"), in its case if the noun shows one."""
    return (
        noun.kind == "victim"
        and noun.number == "plural"
        and adj.number == "plural"
        and adj.group != "civilian"
        and adj.norm.endswith("يون" if noun.norm.endswith("ون") else _PLURAL_NISBA)
    )


_OBJECT_REACH = 90  # characters from the verb to the counted dead


def _object_counted(text: str, toks: list[_Tok], i: int) -> tuple[int, int, str | None, int] | None:
    """The counted dead a verb of killing takes further on in its phrase: a number and the victims' noun
    (with من between: "عشرات من المدنيين"), before any other death, injury or punctuation. Returns the number's
    index, its value, the group and where the noun ends."""
    me = toks[i]
    for k in range(i + 1, len(toks)):
        t = toks[k]
        if t.start - me.end > _OBJECT_REACH or t.kind in ("kill", "injure", "subset"):
            return None
        if _PHRASE_END.search(text, me.end, t.start):
            return None
        if t.kind == "victim":
            if k == i + 1 and t.norm.startswith("مسلح"):
                continue  # "قتل مسلحو الحزب امس شرطيين": who killed, right after the verb
            if (
                k - 1 in (i, i + 1)
                and t.number == "plural"
                and _nisba_of(toks[k - 1], t)
                and text[toks[k - 1].end : t.start] == " "
            ):
                continue  # "قتل مسلحون حوثيون امس جنديين": the doer's nisba adjective, none of the dead
            if t.number == "dual":
                return k, 2, t.group, t.end  # "… شرطيين تركيين": a dual is its own count
            if (
                t.number == "plural"
                and k + 1 < len(toks)
                and toks[k + 1].kind == "num"
                and text[toks[k + 1].start : toks[k + 1].end] in _TWO_AFTER
                and _gap(text, t.end, toks[k + 1].start) == 0
            ):
                return k + 1, 2, t.group, toks[k + 1].end  # "قتل مسلحون مدنيين اثنين": two, after the plural
            if (
                k - 1 in (i, i + 1)
                and _CONSTRUCT_DOER.search(text, max(0, t.start - 12), t.start) is not None
            ):
                continue  # "قتل مسلحو الحوثي ثلاثة مدنيين": the group the doers are of, none of the dead
            if t.number == "singular" and t.norm.endswith("ا") and text[t.start] != "و":
                # "قتل مسلحون امس جنديا": a singular in the accusative, past the doer, is the one killed
                return k, 1, t.group, t.end
            return None  # (a noun of the dead without a count: read as the near scan reads it)
        if k + 1 == len(toks):
            return None
        noun = toks[k + 1]
        if t.kind == "num" and noun.kind == "victim" and text[t.end : noun.start].split() in ([], ["من"]):
            if _OTHERS.match(text, noun.end) is not None and text[t.start - 2 : t.start].endswith(
                ("و", "و ")
            ):
                return None  # "قتل ابو قتادة المغربي و21 مسلحا اخرين": others killed with one named (see _companions)
            return k, t.value, noun.group, noun.end
    return None


# the others killed with the one named: "و" / "برفقة" / "مع", a count or a dual, then "اخرين"
# (past an apposition set off by commas: "بمقتل ابو عبدالله الحوثي، ابن شقيق زعيم الجماعة، برفقة قياديين اخرين")
_WITH_OTHERS = re.compile(r"(?:[^.;:]{0,90}? )?(?:و|برفقه |مع |ومعه |ومعها |معه |معها )")
_WITH_THEM = re.compile(r" (?:مع|برفقه) ")
_OTHERS = re.compile(r" (?:اخرين|اخرون|اخري|اخر|اخران)(?![\u0621-\u064a])")
# "من مرافقيه"، "من عناصره"، "من حراسها": of the one named's own men, a noun with his pronoun (not ال…ه, the
# normalized ة of a definite noun: "من المدينه")
_OF_HIS_MEN = re.compile(r" من ((?!ال)[\u0621-\u064a]{2,}(?:ه|ها|هم))(?![\u0621-\u064a])")


def _companions(
    text: str, toks: list[_Tok], i: int, after: int, used: set[int]
) -> tuple[int, int | None, list[tuple[str | None, int]]]:
    """ "قتل قيادي في التنظيم وثلاثة عناصر اخرين"، "بمقتل … برفقة قياديين اخرين"، "بمقتل القيادي … مع ثلاثة من
    مرافقيه": how many others died with the dead counted at ``toks[i]`` (a number and its noun, or a dual noun,
    then "اخرين"; a number of his own men), where they end, and by group when their noun tells it."""
    for j in range(i + 1, min(len(toks), i + 4)):
        u = toks[j]
        if u.start < after:
            continue
        if u.kind not in ("num", "victim") or j in used:
            return 0, None, []
        if _WITH_OTHERS.fullmatch(text, after, u.start) is None:
            continue  # (a word of the one named: "بمقتل ابو عبدالله … الحوثي، … برفقة قياديين اخرين")
        own = (
            _OF_HIS_MEN.match(text, u.end) if u.kind == "num" and text[after : u.start] not in _AND else None
        )
        if own is not None:
            # "بمقتل القيادي … مع ثلاثة من مرافقيه": a number of his own men (a noun with his pronoun) died with
            # him (right after him, "وثلاثة من اطفالها", they are read as more dead joined: _joined_groups)
            used.add(j)
            noun = next((t for t in toks[j + 1 : j + 3] if t.kind == "victim" and t.start < own.end()), None)
            group = noun.group if noun is not None else "child" if own.group(1).startswith("اطفال") else None
            return u.value, own.end(), [] if group is None else [(group, u.value)]  # (else of his kind)
        if u.kind == "num" and _OTHERS.match(text, u.end) is not None:
            # "قتل جندي وثلاثة اخرون"، "قتل قيادي في التنظيم واثنان اخران": others with no noun, of the kind of
            # the one counted (not the hurt told right after them: "وثلاثة اخرون اصيبوا")
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "injure" and _gap(text, u.end, nxt.start) <= 1:
                return 0, None, []
            used.add(j)
            return u.value, _OTHERS.match(text, u.end).end(), []
        noun = toks[j + 1] if u.kind == "num" and j + 1 < len(toks) else u
        if noun.kind != "victim" or _OTHERS.match(text, noun.end) is None:
            return 0, None, []
        if u.kind == "num":
            used.add(j)
            return u.value, noun.end, []
        return (2, noun.end, []) if u.number == "dual" else (0, None, [])
    return 0, None, []


_AND = (" و", " و ")
# an adjective of relation (nisba) after the one counted, then و: "جندي تركي و"، "الضابط العراقي و" (one or two)
_NISBA_THEN_AND = re.compile(r" ((?:ال)?[\u0621-\u064a]{2,}ي)(?: (?:ال)?[\u0621-\u064a]{2,}ي)?(?= و)")
# the men of a group after "واحد" (and one of): a plural participle in construct, then its definite genitive —
# "وأحد متشددي التنظيم"، "وأحد مسلحي الحوثي" (not "جندي واحد في الهجوم": "one" describing the noun)
_OF_THE_MEN = re.compile(r" (م[\u0621-\u064a]{3,}ي) ال")
_VAGUE_OF_THE = (" ال", " من ال")  # between a vague quantity and its definite noun
_NAMED_BEFORE_REACH = 6  # words from the one named to the others counted after him


def _named_before_the_others(text: str, toks: list[_Tok], j: int, me: _Tok) -> int:
    """ "ان قياديا تونسيا في تنظيم داعش وخمسة متشددين اجانب اخرين قتلوا": the one (or two) named before the
    others counted at ``toks[j]``, joined to them by و, died with them — the others are others besides him."""
    if (
        j == 0
        or not text.endswith(_AND, 0, toks[j].start)
        or _OTHERS.search(text, toks[j].end, me.start) is None
    ):
        return 0
    named = toks[j - 1]
    between = text[named.end : toks[j].start]
    if (
        named.kind != "victim"
        or named.number not in ("singular", "dual")
        or _PHRASE_END.search(between)
        or len(between.split()) > _NAMED_BEFORE_REACH
    ):
        return 0
    return 2 if named.number == "dual" else 1


# a verb of falling before the dead (normalized): "سقطوا قتلى"، "سقط قتيلا"
_FELL = frozenset("سقط سقطوا سقطت سقطا سقطن وسقط وسقطوا وسقطت".split())
_LISTED_REACH = 8  # words of a group's noun and side between its count and the next count of the list


def _listed_before(text: str, toks: list[_Tok], j: int, used: set[int]) -> int:
    """ "ان 25 حوثيا و10 من رجال المقاومة سقطوا قتلى": the counts of the groups listed by و before the count
    ``toks[j]`` of the dead, who died with them (each after a noun: "بين 12 و18" is a range, no list)."""
    total = 0
    while text.endswith(_AND, 0, toks[j].start):
        k = j - 1
        while k >= 0 and toks[k].kind == "victim":
            k -= 1
        if k < 0 or k == j - 1:
            break  # (no count before, or no noun between the two counts)
        t = toks[k]
        between = text[t.end : toks[j].start]
        if (
            t.kind != "num"
            or t.vague
            or _claimed(toks, used, k)
            or _PHRASE_END.search(between)
            or len(between.split()) > _LISTED_REACH
        ):
            break
        total += t.value
        used.add(k)
        j = k
    return total


# "one" or "two" written after the noun it counts, as its adjective: "طفل واحد"، "رجلان اثنان"
# "two" after the plural it counts, joined by و: " ومسلحين اثنين" (normalized); group(1) the plural, group(2) two
_TWO_AFTER_ITS_NOUN = re.compile(
    r" و([\u0621-\u064a]{2,}(?:ين|ون|ات)) (اثنين|اثنان|اثنتين|اثنتان)(?![\u0621-\u064a])"
)
# duals of people who are not more dead: the wounded, bodies (found, counted with the dead before them)
_DUAL_NOT_DEAD = frozenset(("جريح", "جثه"))
_ONE_OR_TWO_AFTER = re.compile(r" (?:واحد|واحده|واحدا|اثنين|اثنان|اثنتين|اثنتان)(?!\w)")
# words of adding (normalized) one group of dead to another: "بالاضافه الي"، "فضلا عن"، "علاوه علي"، "الي جانب"
_ADDING = r"(?:بالاضافه|اضافه) الي |فضلا عن |علاوه علي |الي جانب "
# the side of a group counted, then و or a word of adding: " من حزب الله اللبناني و"، " من الحوثيين بالاضافه الي"
# (a few words, no punctuation)
_SIDE_THEN_AND = re.compile(
    rf"(?: [^\s.,،؛:]+){{0,5}}? ?[,،]? ?(?:و ?|{_ADDING})(?:(?:نحو|قرابه|حوالي|زهاء|اكثر من|ما يقارب) )?"
)
# … then a word of adding before a group of no number but its own: "مقتل 14 من الحوثيين علاوه علي جنديين"
_SIDE_THEN_ADDING = re.compile(rf"(?: [^\s.,،؛:]+){{0,5}}? ?[,،]? ?(?:{_ADDING})")


def _counted_plural(text: str, toks: list[_Tok], j: int, used: set[int]) -> bool:
    """``toks[j]`` is a plural victim noun with its number right after it, definite ("الجنود الثلاثه")."""
    u = toks[j]
    return (
        u.kind == "victim"
        and u.number == "plural"
        and j + 1 < len(toks)
        and toks[j + 1].kind == "num"
        and j + 1 not in used
        and toks[j + 1].start == u.end + 1
        and text.startswith(" ال", u.end)
    )


def _joined_groups(
    text: str, toks: list[_Tok], after: int, used: set[int], stop: int
) -> tuple[int, int | None, list[tuple[str | None, int]]]:
    """ "مقتل ثلاثة اطفال وامراتين"، "مقتل رجلين وامراة": more dead joined by و to those counted, each group with
    its own number (a numeral and its noun, a dual, a singular noun): how many, where they end, and by group."""
    total, end, groups = 0, None, []
    nisba = _NISBA_THEN_AND.match(text, after)
    if (
        nisba is not None
        and nisba.group(1) not in _NO_NOUNS
        and all(not (after <= u.start < nisba.end()) for u in toks)
    ):
        after = nisba.end()  # "قتل جندي تركي وأحد …": past the adjective of the one counted, to its و
    one_or_two = _ONE_OR_TWO_AFTER.match(text, after)
    if one_or_two is not None and text.startswith(" واحد", after) and _one_of(text, one_or_two.end(), toks):
        # "قتل قائد وأحد العناصر"، "وأحد متشددي التنظيم"، "وأحد عناصر المقاومة": "and one of the members",
        # another dead, no adjective of the one counted
        one_or_two = None
    if one_or_two is not None:
        after = (
            one_or_two.end()
        )  # "قتل رجلان اثنان و3 اطفال"، "مقتل طفل واحد وامراتين": past the count's adjective
    j = next((k for k, u in enumerate(toks) if u.start >= after), len(toks))
    joined_at = -1
    if (
        j < len(toks)
        and toks[j].kind == "num"
        and (
            text.startswith(" من ", toks[j].end)
            or (
                j + 1 < len(toks)
                and toks[j + 1].kind == "victim"
                and _gap(text, toks[j].end, toks[j + 1].start) == 0
            )
        )
        and _SIDE_THEN_AND.fullmatch(text, after, toks[j].start)
    ) or (
        j < len(toks)
        and (toks[j].kind, toks[j].number) in (("victim", "dual"), ("victim", "singular"), ("num", "dual"))
        and not text.startswith("ال", toks[j].start)
        and (adding := _SIDE_THEN_ADDING.fullmatch(text, after, toks[j].start)) is not None
        and (toks[j].number == "dual" or not adding.group().endswith("الي جانب "))
    ):
        # "بمقتل عنصرين من حزب الله وثلاثة من اللجان الشعبية"، "عنصران من الجيش و3 مدنيين": the first group's
        # side, then another group's count; the side may be two (" من الحوثيين وقوات صالح و8 من المقاومة"), a
        # comma may end it, a word of about may lead the count ("العشرات من عناصر التنظيم، ونحو 20 مقاتلا")
        joined_at = after = toks[j].start
    while True:
        two = _TWO_AFTER_ITS_NOUN.match(text, after, stop)
        k = next((k for k in range(j, len(toks)) if toks[k].start >= two.start(2)), len(toks)) if two else 0
        if (
            two is not None
            and k < len(toks)
            and toks[k].start == two.start(2)
            and toks[k].kind == "num"
            and k not in used
            and all(t.kind in ("victim", "num") and t.end <= two.end(1) for t in toks[j:k])
        ):
            # "مقتل جندي ومسلحين اثنين": "two" after the plural it counts, joined to those counted before
            total += 2
            groups.append((next((t.group for t in toks[j:k] if t.kind == "victim"), None), 2))
            used.add(k)
            after = end = toks[k].end
            j = k + 1
            continue
        kin = _kin_after(text, toks, j, after, stop, named=not groups)
        if kin is not None:
            # "قتل رجل وابنه"، "اغتيال محافظ عدن وزوجته"، "قتل قيادي في التنظيم ونجلاه": kin of the one
            # counted, named by his pronoun
            stem = kin.group(2)
            n = 2 if stem in _KIN_DUALS else 1
            total += n
            groups.append((_KIN_GROUPS.get(stem.rstrip("اي") if n == 2 else stem), n))
            after = end = kin.end()
            while j < len(toks) and toks[j].start < after:
                j += 1  # (a dual is a victim noun too: "وطفلاها")
            continue
        kin = _KIN_COUNTED.match(text, after) if j < len(toks) and toks[j].kind == "num" else None
        if (
            kin is not None
            and (not groups or not kin.group(1))  # (past the words of the one named only: his name)
            and kin.end() == toks[j].start
            and j not in used
            and text.startswith("ال", kin.end())
        ):
            # "قتل رجل وزوجته واطفاله الثلاثه"، "قتل مزارع وابناؤه الاربعه": his kin, their number after them
            total += toks[j].value
            groups.append(("child" if kin.group(2) == "اطفال" else None, toks[j].value))
            used.add(j)
            after = end = toks[j].end
            j += 1
            continue
        past_name = _past_the_name(text, toks, j, after, stop)
        named, after = past_name is not None, past_name or after
        if j >= len(toks) or not (
            toks[j].start == joined_at
            or text[after : toks[j].start] in _AND
            or (text[after : toks[j].start] == " " and text.startswith("و", toks[j].start))
            or (text[after : toks[j].start] == " وال" and (named or _counted_plural(text, toks, j, used)))
        ):
            break
        u = toks[j]
        if (
            u.kind == "num"
            and j not in used
            and j + 1 < len(toks)
            and toks[j + 1].kind == "victim"
            # (a dual is read as a number and as the noun it is: "وطفلين")
            and (
                toks[j + 1].start < u.end
                or _gap(text, u.end, toks[j + 1].start) == 0
                # "وأحد العناصر" (and one of the members): one, then the group he was of
                or (text[u.start : u.end] == "واحد" and text[u.end : toks[j + 1].start] == " ال")
                # "مقتل 10 جنود وعشرات المسلحين": a vague quantity of the definite plural (its ال before the
                # noun's word, as "وعدد من المسلحين" has it after من)
                or (u.vague and text[u.end : toks[j + 1].start] in _VAGUE_OF_THE)
            )
        ):
            n, noun, step = u.value, toks[j + 1], 2
        elif u.kind == "victim" and u.number in ("dual", "singular"):
            n, noun, step = (2 if u.number == "dual" else 1), u, 1
        elif (
            u.kind == "num"
            and u.number == "dual"
            and j not in used
            and (two_of := dual(text[u.start : u.end])) is not None
            and two_of[0] not in _DUAL_THINGS
            and two_of[0] not in _DUAL_NOT_DEAD
        ):
            # "قتل جندي ومسلحان"، "وحوثيان": the dual of people no lexicon knows as victims, two more dead
            n, noun, step = 2, _Tok(u.start, u.end, "victim"), 1
        elif _counted_plural(text, toks, j, used):
            # "قتل الضابط والجنود الثلاثه": a plural and its number after it (definite)
            n, step = toks[j + 1].value, 2
            noun = _Tok(u.start, toks[j + 1].end, "victim", group=u.group)
            used.add(j + 1)
        elif u.kind == "num" and j not in used and text.startswith(" من ", u.end):
            # "قتلت سيدة وثلاثة من أطفالها": a number of a group named with its pronoun (no word of the
            # lexicon), not of the wounded ("وثلاثة من الجرحى")
            word_end = text.find(" ", u.end + 4)
            word_end = len(text) if word_end == -1 else word_end
            inside = [t for t in toks[j + 1 : j + 3] if t.start < word_end]
            if any(t.kind != "victim" for t in inside) or not text[u.end + 4 : word_end].strip(".,،؛:"):
                break
            n, step = u.value, 1 + len(inside)
            word = text[u.end + 4 : word_end].rstrip(".,،؛:")
            group = inside[0].group if inside else "child" if word.startswith("اطفال") else None
            noun = _Tok(u.start, u.end + 4 + len(word), "victim", group=group)
        elif (
            u.kind == "num"
            and j not in used
            and text[u.start : u.end] == "واحد"
            and (of := _OF_THE_MEN.match(text, u.end)) is not None
        ):
            # "قتل جندي وأحد مسلحي التنظيم": one of the men of a group, whose noun no lexicon knows
            n, step = 1, 1
            noun = _Tok(u.start, of.end(1), "victim")
        elif (
            u.kind == "num"
            and j not in used
            and text[u.start : u.end] not in _ONE  # ("مدني واحد": its و is no conjunction)
            and (word_end := _plain_noun_after(text, toks, j, stop)) is not None
        ):
            # "استشهاد 12 رجل امن و3 عمال": a number of a group whose noun no lexicon knows
            n, step = u.value, 1
            noun = _Tok(u.start, word_end, "victim")
        else:
            break
        if _OTHERS.match(text, noun.end) is not None:
            break  # "… وثلاثة عناصر اخرين": the companions, told by _companions
        if u.kind == "num":
            used.add(j)
        total += n
        groups.append((noun.group, n))
        after = end = noun.end
        j += step
        joined_at = -1  # (a dual is read as its noun and its number: the join was its noun's)
    return total, end, groups


# kin of the one counted, by و and the owner's pronoun: "وابنه"، "وزوجته"، "وطفلها"، "وطفلاها" (normalized), of
# those counted too: "مقتل ثلاثة اطفال ووالدتهم"، "وامهما"; his name or side may stand between ("مقتل القيادي ابو
# محمد وابنه"، "قتل قيادي في التنظيم ونجلاه"); so the one at his side, his escort, driver or guard ("ومرافقه")
_KIN_DUALS = frozenset("طفلا طفلي طفلتا طفلتي ابنا ابني نجلا نجلي ولدا ولدي ابنتا ابنتي شقيقا شقيقي".split())
_KIN = re.compile(
    r"((?:[^\s.,،؛:]+ ){0,4}?)و(طفل|طفلت|ابن|ابنت|نجل|نجلت|ولد|شقيق|شقيقت|زوج|زوجت|والد|والدت|حفيد|حفيدت|اخت"
    r"|اخي|اخا|اخو|ام|مرافق|سائق|حارس|"
    + "|".join(sorted(_KIN_DUALS))
    + r")(?:ه|ها|هما|هم|هن)(?![\u0621-\u064a])"
)
# kin in the plural, by و and the owner's pronoun, their number right after them: " واطفاله الثلاثه"
_KIN_COUNTED = re.compile(
    r" ((?:[^\s.,،؛:]+ ){0,4}?)و(اطفال|ابناء|ابناو|ابناؤ|ابنائ|اولاد|بنات|اشقاء|اشقاؤ|اشقائ|احفاد|اخوت|اخوان|اخوه)(?:ه|ها|هما|هم|هن) "
)
_KIN_GROUPS = {"طفل": "child", "طفلت": "child", "زوجت": "woman", "والدت": "woman", "ام": "woman"}


# the name of one counted by his definite noun, up to the و of another so counted: "استشهاد الفتى سالم الخطيب
# والفتى رامي العمر"، "مقتل الطفل سالم والشاب رامي" — two dead, each by his noun and name
_NAME_THEN_AND = re.compile(r"(?: [^\s.,،؛:()«»\"]+){1,4}?(?= و)")


def _past_the_name(text: str, toks: list[_Tok], j: int, after: int, stop: int) -> int | None:
    """Past the name of the one counted at ``after`` when another one named by a definite singular (or dual) noun
    is joined to him by و (no place, time or other word of the lexicons between): where the name ends (None if
    no other one named is so joined)."""
    if j >= len(toks) or toks[j].kind != "victim" or toks[j].number not in ("singular", "dual"):
        return None
    counted = toks[j - 1] if j else None
    if counted is None or counted.kind != "victim" or counted.number != "singular" or counted.end > after:
        return None
    m = _NAME_THEN_AND.match(text, counted.end, stop)
    if (
        m is None
        or m.end() < after
        or text[counted.start - 3 : counted.start] not in (" ال", "وال")
        or text[m.end() : toks[j].start] != " وال"
        or any(w in _NO_NOUNS or w in _TIME_WORDS for w in text[counted.end : m.end()].split())
    ):
        return None
    return m.end()


def _kin_after(text: str, toks: list[_Tok], j: int, after: int, stop: int, *, named: bool) -> re.Match | None:
    """Kin joined by و at ``after`` (``toks[j]`` the first token from there on), past a few words of the one
    counted (his name, his side) when ``named``; none of them a token. Its group(2) is the word's stem."""
    if not text.startswith(" ", after):
        return None
    m = _KIN.match(text, after + 1, stop)
    if m is None or (m.group(1) and not named):
        return None
    if j < len(toks) and toks[j].start < m.start(2) - 1:
        return None  # (a word between is a count, a death or a victim: not the name of the one counted)
    return m


_PLAIN_NOUN = re.compile(r" ([\u0621-\u064a]{3,})(?![\u0621-\u064a])")
_NO_NOUNS = frozenset("في علي الي من عن منذ خلال بين حتي بعد قبل ثم او اخرين اخرون".split())


def _plain_noun_after(text: str, toks: list[_Tok], j: int, end: int) -> int | None:
    """Where the word right after the number ``toks[j]`` ends, when it is a plain noun: no word of the lexicons
    (a death or injury word, a victim noun), no particle, time or month ("و3 عمال", not "و3 اصيبوا", "و3 ايام")."""
    m = _PLAIN_NOUN.match(text, toks[j].end, end)
    if m is None:
        return None
    word = m.group(1)
    if word in _NO_NOUNS or word in _DURATIONS or word in _TIME_WORDS or word in _MONTH_WORDS:
        return None
    if j + 1 < len(toks) and toks[j + 1].start < m.end():
        return None  # (a word the lexicons know: read as such)
    return m.end()


def _plural_group_number(text: str, toks: list[_Tok], i: int) -> bool:
    for k in range(i + 1, min(i + 3, len(toks))):
        t = toks[k]
        if t.kind == "victim":
            # (not the doers: "الصحفي قتل على يد مسلحين" is one dead)
            return t.number == "plural" and _BY_HANDS.search(text[toks[k - 1].end : t.start]) is None
    return False


def _add_detail(result: Casualties, group: str | None, count: int) -> None:
    key = _GROUP_DETAIL.get(group or "")
    if key is None:
        return
    if group == "man":
        key = "civilians"
    result.detail[key] = result.detail.get(key, 0) + count


# the hurt told "also" of the act, after the victims told of it (normalized): "ادي ايضا لسقوط عدد من الجرحي"
_HURT_ALSO = re.compile(r"(?<!\S)ايضا (?:\S+ ){0,4}?(?:ال)?(?:جرحي|مصابين)(?!\S)")


def _hurt_also_told_next(text: str, end: int) -> bool:
    """The sentence after the one that ends at or after ``end`` tells the hurt of the act "also" ("سقط عدد من
    الضحايا في صفوف المدنيين … وذكر ناشطون ان القصف ادى ايضا لسقوط عدد من الجرحى"): the victims told before
    them are the dead."""
    stop = end if text[:end].rstrip().endswith(".") else text.find(".", end)  # (the sentence's end)
    if stop < 0:
        return False
    nxt = text.find(".", stop + 1)
    return _HURT_ALSO.search(text, stop, nxt if nxt > 0 else len(text)) is not None


def _wounded_too(toks: list[_Tok], i: int) -> bool:
    return any(t.kind == "injure" and abs(t.start - toks[i].end) < 12 for t in toks[i + 1 : i + 3])


_ONE_OF_THE_DEAD = frozenset(("قتيلا", "قتيل", "قتلي", "القتلي"))
_ONE_OF_THE_HURT = frozenset(("جريحا", "جريح", "جرحي", "الجرحي", "مصابا", "مصاب"))


def _counted_with_hurt(text: str, toks: list[_Tok], i: int) -> bool:
    """The number before the dead counts the hurt with them: "اكثر من 50 قتيلا وجريحا"، "20 من القتلى والجرحى"
    — the dead and the hurt told as one figure, no count of the dead."""
    t = toks[i]
    if t.norm not in _ONE_OF_THE_DEAD or i == 0 or i + 1 >= len(toks) or toks[i - 1].kind != "num":
        return False
    hurt = toks[i + 1]
    return (
        hurt.kind == "injure"
        and hurt.norm in _ONE_OF_THE_HURT
        and text[t.end : hurt.start] in (" و", " و ")
        and text[toks[i - 1].end : t.start] in (" ", " من ")
    )


def _shared_count(text: str, toks: list[_Tok], i: int) -> tuple[int, bool]:
    """The number right after "مقتل واصابه" (killed and wounded): the dead and hurt together, of whom an
    unknown number died; 0 when there is none. And whether it is vague ("عدد من")."""
    j = next((j for j in range(i + 1, min(i + 3, len(toks))) if toks[j].kind == "injure"), None)
    if j is None or j + 1 >= len(toks):
        return 0, False
    nxt = toks[j + 1]
    if nxt.kind == "num" and _gap(text, toks[j].end, nxt.start) <= 2:
        return nxt.value, nxt.vague
    return 0, False


def _is_dozens(toks: list[_Tok], i: int) -> bool:
    prev = toks[i - 1] if i > 0 else None
    return bool(prev and prev.kind == "num" and prev.vague and prev.value >= 12)


def _claimed(toks: list[_Tok], used: set[int], j: int) -> bool:
    """Token ``j``, or another read at the same place (a dual is both a number and a victim noun), has already
    given a count."""
    return j in used or any(toks[u].start == toks[j].start for u in used)


def _vague_before(text: str, toks: list[_Tok], t: _Tok) -> bool:
    """A vague quantity right before the word: "عدد من الضحايا"، "عشرات الضحايا"."""
    return any(
        x.kind == "num" and x.vague and x.end <= t.start and _gap(text, x.end, t.start) <= 1 for x in toks
    )


_PHRASE_END = re.compile(r"[,،.;؛]")
# the words that name the doers after the death ("قتل على يد مسلحين"، "برصاص جنود"، "بنيران عناصر"، "من قبل
# مسلحين"), a word at most between them and the noun ("على يد احد المسلحين"): the men named are who killed
_BY_HANDS = re.compile(
    r"(?:^|\s)(?:علي (?:يد|يدي|ايدي)|من قبل|بايدي|بيد|برصاص|برصاصه|بنيران|بنار)(?: \S+)? ?$"
)


def by_hands(text: str, start: int) -> bool:
    """The men named at ``start`` are those by whose hands or fire it was done ("قتل مدني على يد مسلحين"، "برصاص
    جنود"): the doers, not the dead."""
    return _BY_HANDS.search(text, max(0, start - 24), start) is not None


# a verb of losing, whose object is the men lost (see _tokens); control, contact and ground are lost too, so
# only the side's own fighters named right after it make it a death
# (each verb holds فقد or خسر: see _lost_men_in, which looks for them first)
_LOST_MEN = re.compile(r"(?<!\w)[وف]?(?:فقد|فقدت|فقدوا|يفقد|تفقد|خسر|خسرت|خسروا)(?!\w)")
_LOSING = Literals(("فقد", "خسر"))
# (normalized) died, the singular قضى / قضت (its plural is a cue): only with the dead counted, or a noun of them with no
# article, right after it (see _tokens)
_DIED = Literals(("قضي", "قضت"))
_PARTED = re.compile(r"(?<!\w)[وف]?(فارق|فارقت)(?= (?:\S+ ){1,3}الحياه(?!\w))")
_DIED_COUNTED = re.compile(r"(?<![\w])[وف]?(قضي|قضت) (?!ال)[\w]")
_LOST_REACH = 30  # characters from the verb to the fighters it lost ("فقدت الكثير من عناصرها")
# the side's own men, with its pronoun: "عناصرها"، "مقاتليه"، "جنودهم"
_LOST_OWN_MEN = re.compile(r"(?<!\w)(?:عناصر|مقاتلي|جنود|مسلحي|افراد)(?:ها|ه|هم)(?!\w)")


def _counted_object(text: str, toks: list[_Tok], j: int) -> bool:
    """A counted or dual noun of the dead follows ``toks[j]`` further on in its phrase (see _object_counted)."""
    found = _object_counted(text, toks, j)
    return found is not None and toks[found[0]].kind in ("num", "victim") and found[1] > 0


def _doers_object(text: str, toks: list[_Tok], j: int) -> bool:
    """The plural ``toks[j]`` right after a verb of killing is its doer: a counted, dual or accusative noun of
    the dead follows it in its phrase, not joined to it by و ("قتل متشددون امس جنديا"، "قتل جنود ثلاثة مدنيين";
    not "قتل جنود و3 مدنيين", all of them dead)."""
    found = _object_counted(text, toks, j)
    if found is None or found[1] <= 0:
        return False
    at = toks[found[0]].start
    return not (text[at] == "و" or text.endswith((" و", " و "), 0, at))


# one word (a noun in construct, not a conjunct or a preposition) between a verb of killing and a definite noun
# of a side: "قتلت ميليشيات الحوثي …"، "قتلت عناصر داعش …" (the head of the construct, ending the gap)
_CONSTRUCT_HEAD = re.compile(r" (?!و)([\u0621-\u064a]{3,}) (?:ال)?")


def _genitive_of_doers(text: str, verb_end: int, t: _Tok) -> bool:
    """The side's noun ``t`` is the genitive of a noun in construct right after the verb of killing — the
    doers, if a count of the dead follows (see _doers_object): "قتلت ميليشيات الحوثي ثلاثة مدنيين" (the
    militias killed three civilians; not one Houthi killed)."""
    if t.group == "civilian" or t.start - verb_end > 24:
        return False
    head = _CONSTRUCT_HEAD.fullmatch(text, verb_end, t.start)
    return (
        head is not None
        and head.group(1) not in _NO_NOUNS
        and (text.endswith("ال", 0, t.start) or text.startswith("ال", t.start))
    )


# the toll a death word is the head of ("حصيلة القتلى"، "عدد الضحايا"), and the number it reached further on in
# its phrase ("… بلغت"، "وصلت الى"، "ارتفعت الى")
_TOLL_HEADS = re.compile(r"(?:حصيله|عدد) $")
_REACHED = re.compile(r"[^,.،؛:]{0,70}? (?:بلغت|بلغ|وصلت|وصل|ارتفعت|ارتفع)(?: الي| نحو| حوالي)? ")
# the toll that rose, its number told elsewhere ("بارتفاع حصيلة القتلى جراء القصف"; not "بلغ عدد الضحايا … ارقاما
# قياسية", some dead told so)
# a death word denied, with no number: "دون سقوط ضحايا"، "دون ذكر لاي ضحايا"، "ولم ترد انباء عن قتلى"، "لا قتلى"
_DENIED = re.compile(
    r"(?<![^\s])(?:(?:من )?دون|بدون|و?لم (?:ترد|تقع|تسجل|يسجل|يسقط|تسقط|يسفر|تسفر)|و?لا)"
    r"(?: (?:ذكر|وقوع|سقوط|تسجيل|انباء|معلومات|عن|لاي|اي|ايه|من|ان|يسفر|تسفر))* $"
)
# nobody told hurt or dead by the act: "دون انباء عن اصابات"، "ولم ترد معلومات عن ضحايا"، "دون وقوع خسائر بشرية"
_NONE_HURT = re.compile(
    r"(?<!\w)(?:من )?(?:دون|بدون|و?لم (?:ترد|تقع|تسجل|يسجل|تسفر|يسفر))"
    r" (?:(?:انباء|معلومات|ذكر|وقوع|سقوط|تسجيل|عن|اي|لاي|ايه) ){0,3}"
    r"(?:اصابات|اصابه|ضحايا|قتلي|خسائر بشريه)(?!\w)"
)


def none_hurt(text: str, start: int, end: int) -> bool:
    """The stretch tells that the act hurt or killed nobody: "قصفت القوات مناطق في البلدة، دون انباء عن
    اصابات"."""
    return _NONE_HURT.search(text, start, end) is not None


_RISING_TOLL = re.compile(r"ارتف(?:اع|عت|ع) حصيله $")
_ROSE = re.compile(r"(?:ارتفعت|ارتفع|ارتفاع|وصلت|وصل|بلغت|بلغ) (?:\S+ )?$")  # (before the toll's head)
_RISEN_TO = re.compile(
    r"(?:[^,.،؛:]{0,60}?"
    # (or past a relative clause that says which fight: "ارتفعت حصيلة قتلى المعارك، التي تدور في مدينة درنة بين
    # … وتنظيم داعش إلى 11 شخصا")
    r"|[^,.،؛:]{0,60}?[,،]? (?:التي|الذي|الذين|اللتين|اللذين)[^.؛:]{0,200}?)"
    r" (?:الي|نحو)(?: نحو| حوالي)? "
)


def _has_object(text: str, toks: list[_Tok], j: int) -> bool:
    """Whom the side ``toks[j]`` did it to follows it closely: a victim noun or a count."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and nxt.kind in ("victim", "num") and _gap(text, toks[j].end, nxt.start) <= 2


# the doers named right after an active verb of killing: "مسلحو تنظيم داعش (في ليبيا)"، "مسلحون (مجهولون)"
_DOERS = r" (?:م[\u0621-\u064a]{2,}و(?: [\u0621-\u064a]+){1,4}|مسلحون(?: مجهولون)?)"
_DOERS_THEN_COUNT = re.compile(_DOERS + " ")
_DOERS_THEN_NOUN = re.compile(_DOERS + r" ال[\u0621-\u064a]{2,} ")  # "قتل مسلحون الرهائن الخمسه"
_OF_A_PEOPLE = re.compile(
    r" [\u0621-\u064a]{2,}(?:يا|يين|يون)(?![\u0621-\u064a])"
)  # "12 مصريا"، "ثلاثه سوريين"


def _past_the_doers(text: str, toks: list[_Tok], i: int) -> tuple[int, int, str | None, int] | None:
    """ "قتل مسلحو داعش 12 مصريا"، "قتل مسلحون الرهائن الخمسه": the dead counted after the doers the verb of
    killing ``toks[i]`` names first — a number and the people it counts, or a definite noun and its number.
    Returns the number's index, its value, the group and where the count ends."""
    me = toks[i]
    j = i + 1
    while j < len(toks) and toks[j].kind == "victim" and toks[j].start < me.end + 40:
        j += 1  # (the doers read as victims: "مسلحون")
    if j >= len(toks) or toks[j].kind != "num" or toks[j].vague:
        return None
    t = toks[j]
    if _PHRASE_END.search(text, me.end, t.start):
        return None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if text.startswith("ال", t.start):
        if _DOERS_THEN_NOUN.fullmatch(text, me.end, t.start) is None:
            return None
        return j, t.value, None, t.end
    if _DOERS_THEN_COUNT.fullmatch(text, me.end, t.start) is None:
        return None
    if nxt is not None and nxt.kind == "victim" and _gap(text, t.end, nxt.start) == 0:
        return j, t.value, nxt.group, nxt.end
    if (people := _OF_A_PEOPLE.match(text, t.end)) is not None:
        return j, t.value, None, people.end()
    return None


def _count_near(
    text: str, toks: list[_Tok], i: int, used: set[int], *, counted: bool = False
) -> tuple[int | None, str | None, int | None]:
    """The count and victim group for the death/injury word ``toks[i]``: look right, then left. ``counted``: dead
    were counted before it in the stretch (so "منهم" after it is a share of them)."""
    me = toks[i]
    count: int | None = None
    group: str | None = None
    span_end: int | None = None
    doer = -1  # the doer right after a verb of killing (and its adjective), skipped
    if (
        me.kind == "kill"
        and me.norm.lstrip("وف") in _KILLING_VERBS
        and (found := _past_the_doers(text, toks, i))
    ):
        j, count, group, span_end = found
        used.add(j)
        return count, group, span_end
    # right: "استشهاد 4 مدنيين", "مقتل طفلين", "شهيد طفل", "مقتل ثلاثه اطفال"
    j = i + 1
    while j < len(toks) and _gap(text, toks[j - 1].end, toks[j].start) <= 2:
        t = toks[j]
        if (
            t.kind == "subset"
            and j == i + 1
            and me.kind == "kill"
            and not counted
            and _of_them(text, toks, j)
        ):
            j += 1  # "وقتل منهم خمسة": the count after "of them" (not "قتل 20، قتل منهم 5 اطفال": a share)
            continue
        if t.kind in ("kill", "injure", "subset"):
            break
        if _PHRASE_END.search(text, toks[j - 1].end, t.start):
            break  # "ارتفعت الى 32 قتيلا، وان 29 شخصا …": a count after a comma is another phrase's
        if t.start > me.end and _BY_HANDS.search(text[toks[j - 1].end : t.start]) is not None:
            break  # "قتل على يد مسلحين"، "استشهد برصاص جنود الاحتلال": the doers, none of the dead
        if t.start < me.end:
            if t.kind == "num" and t.value == 2 and me.norm.endswith(("ين", "ان")):
                used.add(j)  # a dual death word is its own count: "قتيلين و24 جريحا" is two dead
                return 2, group, me.end
            j += 1  # a vague number read in the death word itself ("قتلى"): it is the word, not its count
            continue
        if (
            j == i + 1
            and t.kind == "num"
            and i > 0
            and toks[i - 1].kind in ("victim", "num")
            and _gap(text, toks[i - 1].end, me.start) == 0
            and any(w.startswith("و") for w in text[me.end : t.start].split())
        ):
            # "خمسة جنود قتلوا وان ستة اخرين اصيبوا"، "قتلوا وفقد 15 اخرون": the dead counted right before the
            # verb, the number after a conjunction another clause's (not "قتلت وشردت الالاف": the verbs' object)
            break
        if t.kind == "num" and count is None and _WITH_THEM.fullmatch(text, me.end, t.start) is not None:
            # "العجلاني قتل مع ثلاثة عناصر اخرين": the one the verb tells of, and the others with him
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "victim" and _OTHERS.match(text, nxt.end) is not None:
                used.add(j)
                return t.value + 1, nxt.group, nxt.end
        if t.kind == "num" and count is None:
            if (
                me.kind == "kill"
                and j + 1 < len(toks)
                and toks[j + 1].kind == "injure"
                and _gap(text, t.end, toks[j + 1].start) == 0
            ):
                break  # "25 شهيدا واكثر من 70 جريحا": the number before the wounded word is theirs
            if (
                text[me.end : t.start] == " من "
                and j + 1 < len(toks)
                and toks[j + 1].kind == "num"
                and text[t.end : toks[j + 1].start] == " الي "
                and _ROSE.search(text, max(0, me.start - 24), me.start) is not None
            ):
                used.add(j)
                j += 1  # "ارتفعت حصيلة القتلى من 31 الى 32": the toll it rose to
                t = toks[j]
            count = t.value
            used.add(j)
            span_end = t.end
        elif (
            t.kind == "victim"
            and t.norm.startswith("مسلح")
            and (
                me.norm in _ACTIVE_KILLS
                or (text.startswith(" مجهول", t.end) and _has_object(text, toks, j))
                # "قتل مسلحون من الحزب في كمين امس جنديين": a count later in the phrase is whom they killed
                or (me.norm.lstrip("وف") in _KILLING_VERBS and _counted_object(text, toks, j))
            )
        ) or (
            t.kind == "victim"
            and j == i + 1
            and (t.number == "plural" or _genitive_of_doers(text, me.end, t))
            and me.norm.lstrip("وف") in _KILLING_VERBS
            and _doers_object(text, toks, j)
        ):
            # "اغتال مسلحون مجهولون القيادي": the gunmen right after the active verb are its subject; so are
            # unknown gunmen after قتل ("قتل مسلحون مجهولون مدنيين اثنين": who killed, not who died)
            doer = j
        elif (
            t.kind == "victim"
            and (j == i + 1 or j - 1 == doer)
            and me.norm.lstrip("وف") in _KILLING_VERBS
            and _CONSTRUCT_DOER.search(text, max(0, t.start - 12), t.start) is not None
        ):
            doer = j  # "قتل مسلحو الحوثي ثلاثة مدنيين": the group the doers are of, none of the dead
        elif (
            t.kind == "victim"
            and j - 1 == doer
            and _nisba_of(toks[j - 1], t)
            and text[toks[j - 1].end : t.start] == " "
        ):
            doer = j  # "قتل مسلحون حوثيون امس جنديين": the doer's nisba adjective, none of the dead
        elif t.kind == "victim":
            group = t.group
            if count is None and t.number == "dual":
                count = 2
                used.add(j)
            elif count is None and t.number == "singular" and me.kind == "kill":
                count = 1
                while (
                    j + 1 < len(toks)
                    and toks[j + 1].kind == "victim"
                    and toks[j + 1].number == "singular"
                    and text[t.end : toks[j + 1].start] == " "
                ):
                    j += 1  # "قتل قائد عسكري ومدني": a victim noun as the one's adjective, then those joined
                    t = toks[j]
            span_end = t.end
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if (
                count is None
                and nxt is not None
                and nxt.kind == "num"
                and (text.startswith("ال", nxt.start) or text[nxt.start : nxt.end] in _TWO_AFTER)
                and _gap(text, t.end, nxt.start) == 0
            ):
                # "قتل الجنود الاربعه عشر": the definite number follows the noun it counts; so does "two"
                # ("قتلوا مدنيين اثنين")
                count, span_end = nxt.value, nxt.end
                used.add(j + 1)
            elif t.number == "dual":
                # "لقي مدنيان اثنان مصرعهما": the dual's "two" is its adjective, no second count (past the
                # dual read as a number too)
                k = j + 1
                while k < len(toks) and toks[k].start < t.end:
                    k += 1
                two = toks[k] if k < len(toks) else None
                if (
                    two is not None
                    and two.kind == "num"
                    and text[two.start : two.end] in _TWO_AFTER
                    and _gap(text, t.end, two.start) == 0
                ):
                    span_end = two.end
                    used.add(k)
            break
        j += 1
    if count is None and group is None and me.kind == "kill" and me.norm.lstrip("وف") in _KILLING_VERBS:
        found = _object_counted(text, toks, i)
        if found is not None:
            j, count, group, span_end = found
            used.add(j)
    if count is None and me.kind == "kill" and _TOLL_HEADS.search(text, max(0, me.start - 12), me.start):
        # "حصيلة القتلى في صفوف مقاتلي المعارضة بلغت 42 الفا و384 شخصا": the toll and the number it reached
        for j in range(i + 1, len(toks)):
            t = toks[j]
            if t.kind in ("kill", "injure", "subset"):
                break
            if t.kind == "num":
                if (
                    _REACHED.fullmatch(text, me.end, t.start)
                    # ("ارتفع عدد قتلى الحوثيين وميليشيات صالح الى 18": the rise told before the toll's head)
                    or (
                        _ROSE.search(text, max(0, me.start - 24), me.start) is not None
                        and _RISEN_TO.fullmatch(text, me.end, t.start) is not None
                    )
                ) and not _claimed(toks, used, j):
                    count, span_end = t.value, t.end
                    used.add(j)
                break
    if count is not None:
        return count, group, span_end
    # left: "12 قتيلا", "4 شهداء", "طفلان استشهدا", "ستة قتلى من السكان" (the group named after) — only when
    # the number is not claimed by an injury word
    j = i - 1
    # "سقطوا قتلى": the verb of falling is no word between the dead and their count
    fell = me.kind == "kill" and text[text.rfind(" ", 0, max(0, me.start - 1)) + 1 : me.start - 1] in _FELL
    while j >= 0 and (
        _gap(text, toks[j].end, toks[j + 1].start, after_count=toks[j].kind == "num") - (fell and j + 1 == i)
        <= 2
        or _partitive(text, toks[j], toks[j + 1])
        # (a victim noun in the side's name between: "40 من مسلحي الحوثي قتلوا" — the count, of the side)
        or (toks[j].kind == "num" and toks[j + 1].kind == "victim" and _partitive(text, toks[j], me))
    ):
        t = toks[j]
        if t.kind == "subset" and _of_them(text, toks, j):
            j -= 1  # "وسقط اربعه منهم قتلي": the count of them before it
            continue
        if t.kind in ("kill", "injure", "subset"):
            break
        if t.kind == "num" and not _claimed(toks, used, j):
            if t.vague and t.value >= 12 and _wounded_too(toks, i):
                return UNNUMBERED_DEATHS, group, span_end
            listed = _listed_before(text, toks, j, used) if fell or me.norm in _PLURAL_DEATH_WORDS else 0
            return t.value + _named_before_the_others(text, toks, j, me) + listed, group, span_end
        if t.kind == "victim" and group is None:
            group = t.group
            # a dual already counted (as a number or a noun at the same place) is not counted again: "لقي
            # شخصان حتفهما" is two dead, not four
            if t.number == "dual" and not _claimed(toks, used, j):
                return 2, group, span_end
        j -= 1
    return None, group, span_end


# (normalized) what a count told at a place after the first may carry: the dead's nouns ("و5 قتلى في مدينة X")
_DEAD_AT_A_PLACE = frozenset("قتيل قتيلا قتلي شهيد شهيدا شهداء اخرين اخرون اخري".split())
_AMONG = frozenset(("بينهم", "منهم", "بينهن", "منهن"))  # "6 قتلى بينهم 4 أطفال": a share of the count before
_ABOUT = frozenset(("نحو", "قرابه", "حوالي", "زهاء"))  # "و نحو 5 في …": the count of the next place, about
# the first count's noun, then the act that killed them and the place it hit: "اشخاص في قصف جوي علي" (normalized)
_AT_THE_ACT_ON = re.compile(
    r"[\u0621-\u064a]+ (?:في|ب|جراء) [\u0621-\u064a]+(?: [\u0621-\u064a]+)? (?:علي|في|استهدف)"
)
_FIRST_NOUN_WORDS = 5  # words between the first count and its place ("6 قتلى بينهم 4 أطفال في بلدة X")
_JOIN_WORDS = 3  # words between a place and the next count of the list ("في قرية X بريف Y، و5 في …")


def tolls_by_place(
    text: str, start: int, end: int, places: list[tuple[int, int, int]]
) -> list[tuple[int, Casualties]]:
    """ "قتل 3 مدنيين في قرية X و5 في قرية Y": counts told each at a place of its own, joined by و — (place,
    its dead) for each, the first first; [] where ``text[start:end]`` tells no such list. ``places`` are the
    clause's toponyms as (index, phrase start, end), in order."""
    nums = [n for n in numbers_in(text, start, end) if n.kind != "ordinal"]
    parts: list[tuple[int, Casualties]] = []
    noun: set[str] = set()
    last_end = -1
    for idx, at, place_end in places:
        before = [n for n in nums if n.end <= at and n.start > last_end]
        while before and (text[: before[-1].start].rsplit(None, 1) or [""])[-1] in _AMONG:
            before.pop()  # (the share told among the dead: the count before it is theirs)
        if not before:
            continue
        n = before[-1]
        words = text[n.end : at].split()
        if len(before) >= 2 and len(words) == 1 and words[0] in _ONE_OF_THE_HURT | {"مصابين"}:
            # "3 قتلى و10 جرحى بقرية X": the hurt told after the dead; the count of the dead is the one before
            w = text[before[-2].end : n.start].split()
            if len(w) == 2 and w[0] in _DEAD_AT_A_PLACE and w[1] == "و":
                n = before[-2]
                words = [w[0]]
        head = text[at : at + 20].split()[:1]
        # ("5 قتلى بقرية X"، "ببلدة X"، "بتل X": ب on the type word of the place, as في before it — not "بلدة X")
        if words and head and head[0][:1] == "ب" and (head[0][1:] in TYPE_WORDS or head[0][1:] in NAME_HEADS):
            words = [*words, "في"]
        if not parts and _AT_THE_ACT_ON.fullmatch(" ".join(words)):
            # "قتل 10 اشخاص في قصف جوي علي مدينه X و5 في مدينه Y": the first count, the act that killed them,
            # then the place it hit
            words = words[:1]
        elif not words or words[-1] != "في":
            continue
        else:
            words = words[:-1]
        if not parts:
            if len(words) > _FIRST_NOUN_WORDS or any(w in ("و", "في") for w in words):
                continue
            noun = set(words[:1])
        else:
            join = text[last_end : n.start].replace(",", " ").split()
            if (
                len(join) > _JOIN_WORDS
                or not join
                or not (join[-1] == "و" or (join[-1][1:] in _ABOUT and join[-1][0] == "و"))
            ):
                return []
            if len(words) > 2 or not set(words) <= _DEAD_AT_A_PLACE | noun:
                return []
        parts.append((idx, Casualties(fatalities=n.value, spans=[(n.start, at)], explicit=True)))
        last_end = place_end
    return parts if len({i for i, _ in parts}) == len(parts) >= 2 else []
