"""Toponym recognition on normalized Arabic text.

Three sources of place mentions, read left to right in one pass over the words:

- gazetteer names, looked up word by word in an index of every Arabic name by its first word, clitic-aware:
  ``بحلب`` (bi-Ḥalab), ``وحلب``, ``والمنصورة``, ``للمنصورة`` (li-l-Manṣūra, the alef of ال elided);
- names introduced by a place-type word even when the gazetteer lacks them: ``بلدة X``, ``حي X``, and lists
  after a plural or dual type word: ``على بلدات ببابكة وخان العسل وشاميكو`` gives three toponyms;
- relative locations: ``شمال حلب``, ``ريف حلب الغربي``, ``محيط بلدة X``, ``على طريق X-Y``; a relative phrase
  right after a toponym becomes its anchor (``باتبو في ريف حلب الغربي``: anchor حلب, countryside, west).

Offsets are into the normalized text (``normalize(raw).text``); pass the :class:`NormText` itself to also get
each name as written in the raw text.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import compress
from typing import NamedTuple

from rasad.geo.capitals import CAPITAL_WORDS, COUNTRY_KEYS, capital_word, other_kind
from rasad.geo.keys import name_key
from rasad.geo.lexicon import (
    ADJECTIVE_NAMES,
    ADJECTIVES,
    COMMON_WORDS,
    DIRECTION_ADJECTIVES,
    DIRECTIONS,
    DUAL_TYPE_WORDS,
    FUNCTION_WORDS,
    NAME_HEADS,
    NAME_PREFIXES,
    PRONOUN_NAMES,
    RELATIONS,
    STOP_WORDS,
    TYPE_WORDS,
    UNIT_HEADS,
)
from rasad.geo.store import Gazetteer
from rasad.geo.tables import CAPITAL_NISBAS
from rasad.lexicons.load import load_lexicon
from rasad.model import builder
from rasad.text.normalize import QUOTES_TO_SPACES, WORD_SPLIT, NormText, Words, normalize, words_of

_WORD_SPLIT = WORD_SPLIT  # (the words: see rasad.text.normalize.Words)
_LETTER = re.compile(r"[\u0621-\u064a]")
# what may stand before a name inside its word: wa-/fa- + bi-/li-/ka- (بحلب، وحلب). No ال: a name written
# without the article in the gazetteer is not that name with it (السورية is an adjective, not Syria), and
# names that have it are indexed with it; li-l- (للمنصورة) only before a name that had its ال.
_NOT_LETTER = re.compile(r"[^\u0621-\u064a]")
# (not ka-, "like": كحلب is rare in news, while names that begin with ك are many: وكباني is wa-Kabani, not
# wa-ka-Bani → Albany)
_PREFIXES = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_LIL_PREFIXES = ("لل", "ولل", "فلل")
_NAME_PREFIXES = _PREFIXES + _LIL_PREFIXES
_COMPOUND = ("كفر", "دير", "تل", "عين", "بيت", "ابو", "ام", "بني", "خربه", "بير", "راس")
_COMMON_KEYS = frozenset(name_key(w) for w in COMMON_WORDS)
# the words of a peak (قرن، horn) that head a name after a type word only: bare, قرن is also a century
_PEAK_HEADS = frozenset(("قرن",))
# a name's word that cannot end it: the word after it is its genitive (خان بني سعد، تل ابو حمام; a prophet's
# name after his title: تل النبي أيوب، النبي يونس)
_BOUND_FIRST = frozenset(("بني", "ابو", "بن", "ام", "عبد", "النبي"))
# the sides a gate is named after, bare after باب (باب شرقي، باب توما is a name, not a direction)
_GATE_SIDES = frozenset(("شرقي", "غربي", "شمالي", "جنوبي"))
# a common-word name stands on its own only when this many people live there
_LARGE = 500_000
# smaller single-word places need a type word or a preposition before them
_TOWN = 1_000
# و and a verbal noun of the derived forms: مفاعلة/مفعلة (ومتابعة، ومساندة، ومراقبة) or تفعيل (وتحليل، وتقييم)
_AND_A_VERBAL_NOUN = re.compile(r"و(?:م[\u0621-\u064a]{3,5}ه|ت[\u0621-\u064a]{2}ي[\u0621-\u064a])")
_CITY = 100_000
# verbs of visiting: the known place after an official's title and nationality is where he went, not his name
# the operations a man's name after them names (غرفة عمليات عمر المختار، عملية …)
_OPERATIONS = frozenset(("عمليات", "عمليه"))
# what a field (حقل) holds, which names no field: "حقل النفط"، "حقل ألغام" (a minefield)
_WHAT_FIELDS_HOLD = frozenset("النفط نفط الغاز غاز الغام الالغام".split())
# what a station (محطة) serves, which names no station: "محطة ضخ المياه"، "محطة الوقود"، "محطة كهرباء"
_WHAT_STATIONS_SERVE = frozenset(
    form
    for w in "ضخ مياه كهرباء وقود محروقات بنزين قطار قطارات تلفزيون اذاعه تحويل توليد معالجه تنقيه ارسال بث رادار "
    "غاز نفط حافلات باصات ركاب تكرير تحليه رصد".split()
    for form in (w, "ال" + w)
)
# names spelled as an active participle that takes على: "النظام مصر على الحل العسكري" (insists on), not Egypt
_INSISTENT = frozenset(("مصر",))
_VISITS = frozenset("زار زارت زاروا يزور تزور سيزور ستزور يزوران".split())
_INTRODUCERS = frozenset("في من الي علي نحو باتجاه قرب عند حتي داخل بين تجاه اطراف".split())
_IN_A_PLACE = frozenset(("في", "داخل", "قرب", "علي"))  # the prepositions that put what follows in a place
_IN_A_PLACE_OR_TO = _IN_A_PLACE | {"الي"}
# the front words: "في جبهة صرواح"، "على محور الجفينة" is the front of the place named after the word, which
# stands there as a preposition would (a group's name after it is no place: جبهة النصرة is no known place)
_FRONT_WORDS = frozenset(("جبهه", "محور", "جبهات", "محاور"))
# the front words and the word of a province abroad ("في ولاية دياربكر"، "بولاية بكتيكا"): after a preposition, or
# with bi- on them, they stand as the preposition would before a name of one word (no type word of their own: a
# name after ولاية is most often the province's town, and the whole of "ولاية الجلفة" is a known name)
_PLACING_HEADS = _FRONT_WORDS | {"ولايه"}
# area words that make a following toponym the anchor of the one before it (حي X بمدينة حلب)
_AREA_TYPES = frozenset(("مدينه", "محافظه", "ناحيه", "ريف", "مديريه", "قضاء"))
# the words that with من after them say the place after is near ("قريبة من"، "على مقربة من"; normalized)
_NEAR_WORDS = frozenset(("قريبه", "قريب", "مقربه"))
# the divisions of a governorate, which a city stands in or near but does not hold
_DISTRICT_TYPES = frozenset(("ناحيه", "قضاء", "مديريه"))
_AREA_HEADS = frozenset(("جبل", "جبال", "سهل", "جرود", "مرتفعات"))


def _anchor_relation(b: Toponym) -> str | None:
    """How a place lies in the place ``b`` named after it: in a governorate named as such ("مدينة تدمر في
    محافظة حمص": the province, not its seat far away), else as ``b`` is written (in, ريف …)."""
    return "province" if b.type_word == "محافظه" else b.relation


MATCHER_MEMO = "geo.recognize.matcher"
LAST_MEMO = "geo.recognize.last"


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place mention. ``start``/``end``: the name alone in the normalized text (no clitic, type word or
    relation word); ``phrase_start``/``phrase_end``: the whole phrase (``محيط بلدة باتبو``)."""

    start: int
    end: int
    name: str  # normalized, as written: 'بابكه' from 'ببابكه'
    surface: str  # the word(s) with their clitics: 'ببابكه'
    phrase_start: int
    phrase_end: int
    key: str
    type_word: str | None = None  # canonical: حي، بلده، قريه، مدينه، منطقه، ريف، محيط، مطار …
    relation: str = "in"  # in | near | countryside | road | north-of | south-west-of …
    direction: str | None = None  # ريف حلب الغربي → west
    anchor: str | None = None  # the place this one is located by: حلب in 'ريف حلب', 'X شمال حلب'
    anchor_relation: str | None = None
    known: bool = False  # the name is in the gazetteer
    attached: bool = False  # this phrase only locates the toponym before it (… في ريف حلب)
    group: int | None = None  # coordinated list: the start of its first member
    written: str | None = None  # the name as written in the raw text, when a NormText was given
    # named by its people's adjective ("15 خياطا موصليا"): where they are from; ``written`` is then the city's name
    nisba: bool = False


# A Toponym made from the values of its fields, in their order, or another with some fields changed
# (dataclasses.replace), as rasad.model.builder makes them: the generated __init__ sets each field by name through
# object.__setattr__ (frozen), at about five times the cost, and the reader makes some thirty toponyms an
# article. (It does nothing else: no __post_init__.)
_TOPONYM_FIELDS = tuple(f.name for f in dataclasses.fields(Toponym))
_toponym_values = operator.attrgetter(*_TOPONYM_FIELDS)
_new_toponym = builder(Toponym)


def _replace(t: Toponym, **changes: object) -> Toponym:
    """``dataclasses.replace(t, **changes)``, faster (see _new_toponym)."""
    new = _new_toponym(*_toponym_values(t))
    for name, value in changes.items():
        getattr(Toponym, name).__set__(new, value)
    return new


_Words = Words


class _WordMemo(dict):
    """A per-word answer remembered by the word, looked up with ``memo[word]`` (a plain dict lookup for a word
    seen before). Cleared when full, so that an endless stream of new words cannot grow it without bound."""

    def __init__(self, compute: Callable[[str], object], size: int = 1 << 16) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, word: str) -> object:
        if len(self) >= self.size:
            self.clear()
        value = self[word] = self.compute(word)
        return value


class _Known(NamedTuple):
    """A gazetteer name found in the text (a named tuple: find makes one per name-holding word, and a tuple
    is made in C)."""

    start: int  # after the clitics
    end: int
    key: str
    population: int


# a _Known from the tuple of its fields, made in C (the class's own __new__ is a function of Python, and find makes
# one for every name-holding word)
_new_known = functools.partial(tuple.__new__, _Known)


class Matcher:
    """The gazetteer's Arabic names as a trie of words; built once per open gazetteer (see :func:`matcher`).
    Names are looked up word by word: a word, or the word without its clitics (بحلب → حلب), opens the names
    that start with it, and each further word of a name must follow one character after the one before."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        best: dict[str, tuple[str, int, bool]] = {}
        for form, key, pop in gazetteer.arabic_forms():
            for variant in _variants(form):
                if len(variant) < 2 or _NOT_LETTER.search(variant.replace(" ", "")):
                    continue  # too short, or numbered ("سقز 1"): names are runs of letters
                old = best.get(variant)
                lost_article = variant != form and form.startswith("ال")
                if old is None or pop > old[1]:
                    best[variant] = (key, pop, lost_article)
        # word → node; a node maps the next word to its node, and _END to the name ending there
        trie: dict[str, dict] = {}
        for variant, payload in best.items():
            node = trie
            for word in variant.split(" "):
                node = node.setdefault(word, {})
            node[_END] = payload
        self._trie = trie
        # a city's nisba, each of its forms → the city's form (see _nisbas)
        self.nisbas = _nisbas(gazetteer, best)
        # every stem at which a name or a phrase may start (see _hot_word)
        self._stems_of_note = frozenset(trie) | _PHRASE_STEMS
        # word → what it opens (see _opening); most words open nothing: ()
        self._openers = _WordMemo(self._opening)
        # word → whether the name it holds alone is refused without a type word (see _Reader.refused_alone)
        self.refused = _WordMemo(self._refused_alone)
        # word → (what it opens, whether a phrase may start at it) when a name or a phrase may start at it, else
        # None: the one lookup per word that find and read need (see hot)
        self._hot = _WordMemo(self._hot_word)

    def _opening(self, word: str) -> _Opening | tuple[()]:
        """What a word opens, by its clitic readings whose stem starts a name: the name that is the word alone
        (clitic length, key, population), and the readings whose names may go on to the next words."""
        alone = None
        longer = []
        for prefix, stem in _clitic_readings(word):
            node = self._trie.get(stem)
            if node is None:
                continue
            payload = node.get(_END)
            # fa- alone before a name without its article is rarely the conjunction on a place (places take bi-,
            # li-, wa-; fa- goes before في، قد، ان): most often the first letter of another word or a misspelt one
            # ("وكالة الأنباء فرانية" is no فـ + Ranya); only a large city's name is read so (فدمشق)
            bare_fa = prefix == "ف" and not stem.startswith("ال")
            if (
                payload is not None
                and _takes(prefix, payload)
                and (alone is None or len(prefix) < alone[0])
                and not (bare_fa and payload[1] < _LARGE)
            ):
                alone = (len(prefix), payload[0], payload[1])
            if len(node) > (payload is not None) and not bare_fa:
                longer.append((prefix, node))
        return (alone, tuple(longer)) if alone is not None or longer else ()

    def _refused_alone(self, word: str) -> bool:
        clitic, key, population = self._openers[word][0]  # (asked only of words that hold a name alone)
        return _refused(word[clitic:], word, key, population)

    def _hot_word(self, word: str) -> _Hot | None:
        # Most words are cold: no reading of theirs is the first word of a name nor a word that opens a phrase.
        # Every clitic the readings strip (_clitic_readings, _stems, capital_word) is up to three of the letters
        # و ف ب ل, so a word none of whose stems after such a run is of note is told cold by a few set lookups,
        # without the readings themselves (a new word costs ten times as much otherwise; the answer is the same).
        notable, k = self._stems_of_note, 0
        while word[k:] not in notable:
            if k == 3 or word[k : k + 1] not in _CLITIC_LETTERS:
                return None
            k += 1
        opening, phrase = self._openers[word], _OPENS_PHRASE[word]
        return (opening, phrase) if opening or phrase else None

    def hot(self, ws: _Words) -> list[tuple[int, _Hot]]:
        """The words at which a name or a phrase may start, by index, with what the word opens (see
        :meth:`_opening`) and whether a phrase may start at it (_OPENS_PHRASE): all that :meth:`find` and
        :meth:`_Reader.read` look at, found in one pass over the words for both. (One lookup per word: the
        tables of every word seen are too large to stay in the processor's caches, and each further lookup of
        the same word in another of them costs about as much as the first.)"""
        infos = list(map(self._hot.__getitem__, ws.words))  # (dict.__getitem__, __missing__ for a new word)
        # the words whose answer is not None (a pair, never falsy), by index: counted and kept in C
        return list(compress(enumerate(infos), infos))

    def find(self, ws: _Words, hot: list[tuple[int, _Hot]] | None = None) -> dict[int, _Known]:
        """Gazetteer names among the words ``ws``, by the index of the word holding them: the longest name,
        and at equal ends the one starting first (the bare word over a clitic reading). ``hot``: the words
        :meth:`hot` gives, when the caller has them."""
        found: dict[int, _Known] = {}
        words, starts, ends, gaps = ws.words, ws.starts, ws.ends, ws.gaps
        n = len(words)
        for i, (opening, _) in self.hot(ws) if hot is None else hot:
            if not opening:
                continue  # (a phrase may start there, no name)
            alone, longer = opening
            best = None if alone is None else _new_known((starts[i] + alone[0], ends[i], alone[1], alone[2]))
            for prefix, node in longer:
                s = starts[i] + len(prefix)
                j = i + 1
                # the next word of a name follows after one character
                while j < n and len(gaps[j]) == 1 and (node := node.get(words[j])) is not None:
                    payload = node.get(_END)
                    if payload is not None and _takes(prefix, payload):
                        e = ends[j]
                        if best is None or e > best.end or (e == best.end and s < best.start):
                            best = _new_known((s, e, payload[0], payload[1]))
                    j += 1
            if best is not None:
                found[i] = best
        return found


def _takes(prefix: str, payload: tuple[str, int, bool]) -> bool:
    """A name may be read after the clitic ``prefix`` when its key is not too short, and li-l- (للمنصورة) only
    when the name had its article."""
    key, _, lost_article = payload
    return not prefix or (len(key) >= 3 and (lost_article or prefix not in _LIL_PREFIXES))


_END = ""  # the trie's key for "a name ends here" (no word is empty)
# what a word opens: the name that is the word alone (clitic length, key, population), and the clitic readings
# (clitic, trie node) whose names go on to the next words
_Opening = tuple[tuple[int, str, int] | None, tuple[tuple[str, dict], ...]]
# what Matcher.hot gives for a word: what it opens (or ()), and whether a phrase may start at it
_Hot = tuple[_Opening | tuple[()], bool]


def _clitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """``(prefix, stem)`` ways a word may hold a name: whole, after wa-/fa- + bi-/li-/ka- (بحلب، وحلب), or
    after li-l- (للمنصورة) for a name that had its article."""
    return (("", word),) + tuple(
        (p, word[len(p) :]) for p in _NAME_PREFIXES if word.startswith(p) and len(word) > len(p)
    )


def _variants(form: str) -> Iterator[str]:
    yield form
    words = form.split()
    if words[0].startswith("ال") and len(words[0]) >= 4:
        yield form[2:]
    # كفر ناها is also written كفرناها, and كفرنبل also كفر نبل
    if len(words) >= 2 and words[0] in _COMPOUND:
        yield " ".join([words[0] + words[1], *words[2:]])
    elif len(words) == 1 and form.startswith(_COMPOUND):
        for p in _COMPOUND:
            if form.startswith(p) and len(form) >= len(p) + 3:
                yield f"{p} {form[len(p) :]}"


def _adjective_like(w: str) -> bool:
    """Indefinite adjectives and pronoun-suffixed words that follow plural place words (بلدات شيعية،
    مناطق سيطرتهم) are not names."""
    if "ال" + w in ADJECTIVES:
        return (
            True  # the indefinite of a listed adjective after an indefinite plural: بلدات محاصرة، قرى مجاورة
        )
    if w.startswith("ال") and w.endswith(("يتين", "يتان")) and len(w) > 6:
        return True  # "بلدتي كفريا والفوعة الشيعيتين": a dual adjective agreeing with the dual type word
    if w.startswith("ال") and w.endswith(("تين", "تان")) and len(w) >= 9:
        return (
            True  # "بلدتا خراب الشحم وغرز القريبتان"، "المحاصرتين" (a name so long in -تان is rare: البستان)
        )
    if (
        len(w) >= 5
        and w.endswith("ه")
        and not w.startswith("ال")  # (no pronoun on a definite word: "الحديقة العامة" is no العام + -ه)
        and (w[:-1] in STOP_WORDS or (w[-2] == "ت" and w[:-2] + "ه" in STOP_WORDS))
    ):
        return True  # "منطقة سيطرته"، "مناطق نفوذه": a noun the names' list stops at, with the pronoun -ه
    if w.startswith("ال") or (w.startswith(_COMPOUND) and len(w) > 4):
        return False  # كفرناها (Kafr Nāhā) ends like a pronoun but is a village: the كفر of a name
    return w.endswith(("يه", "يتين", "ها", "هم", "هما", "ات")) or (w.endswith("ي") and len(w) > 3)


def _genitive_on_i(w1: str, w2: str) -> bool:
    """After a name's first word (باب، ابو، ام، عبد …) a word on -ي (-ى, normalized) is its genitive, a name
    like موسى or عيسى, not an adjective: "باب موسى" (not al-Bab), "ابو عيسى"."""
    return (
        w1 in NAME_PREFIXES and w2.endswith("ي") and not w2.startswith("ال") and "ال" + w2 not in ADJECTIVES
    )


# the words after a type word that say what the place is called ("قرية تسمى …"), and those that do with باسم
_CALLED = frozenset("تسمي يسمي تدعي يدعي المسماه المسمي المدعوه المدعو".split())
_KNOWN_AS = frozenset("تعرف يعرف المعروفه المعروف".split())

# a singular settlement type word (see TYPE_WORDS): "بلدة"، "قرية"، "مدينة"
# the definite counts, three to ten, which name a place with the noun they count (حي السبع بحرات)
_DEFINITE_COUNTS = frozenset("الثلاث الاربع الخمس الست السبع الثماني التسع العشر".split())
# the marks that end a list of names (see _Reader.name_at)
_LIST_STOPS = frozenset(".,:;!?\n")
_ONE_SETTLEMENT = frozenset((("بلده", False), ("قريه", False), ("مدينه", False)))


def _verb_like(w: str) -> bool:
    """A word after و in a list that reads as a verb (وتمكن، واستهدفت، ويمر) ends the list."""
    # أفعل past tense (وأعدم، وأكد، وأطلق) has the shape of a four-letter word on alef
    form_iv = len(w) == 4 and w.startswith("ا")
    return w.startswith(("است", "ي")) or w.endswith(("ت", "وا", "وه")) or len(w) < 3 or form_iv


# what a clause after a place-type word opens with, saying what the place is (a relative pronoun, a verb of
# lying, holding, being inhabited or seeing): "في حي يغلب الشيعة على سكانه"، "قرية تقع شمال المدينة"، "بلدة
# شهدت معارك": the place has no name there
_PLACE_CLAUSE_WORDS = frozenset(
    "الذي التي الذين اللذين اللتين اللواتي "
    "تقع تعد تعتبر تضم تشهد تخضع تسيطر تمتد تطل تبعد تحيط تحتضن تعرف تسكن تقطن تغلب تعيش تاوي "
    # what a tour (جولة) takes in or where it leads: "جولة تشمل الكويت"، "جولة تقوده إلى قطر"
    "تشمل يشمل شملت تقود قادت "
    "كان كانت باتت بات اصبح اصبحت ظل ظلت شهد شهدت ضم ضمت سكن سكنه سكنها قطنه قطنها يغلب".split()
)
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")

# a preposition with the pronoun of the place before it ("منطقة سيطر عليها …": an area that … took over)
_BACK_TO_THE_PLACE = frozenset("عليها منها اليها فيها بها لها عنها عليه منه اليه فيه به".split())


def _opens_a_clause(w: str) -> bool:
    """``w`` after a type word opens a clause about the place rather than its name: a listed word, or a present
    verb of the third person (يفعل: يقع، يغلب، يقطنه; Form X يستخدم، تستخدمه), with its object pronoun. (A name
    on ي of that short shape ends in a long vowel: يلدا.)"""
    if w in _PLACE_CLAUSE_WORDS:
        return True
    if not w.startswith(("ي", "ت")) or len(w) < 3:
        return False
    if w.startswith(("يست", "تست")) and len(w) >= 5:
        return True
    core = w
    for p in _OBJECT_PRONOUNS:
        if w.endswith(p) and len(w) - len(p) >= 3:
            core = w[: -len(p)]
            break
    if core in _PLACE_CLAUSE_WORDS:
        return True
    # ي: a verb of three or four letters (يقع، يضم، يغلب), or any with an object pronoun other than a bare ه
    # (يقطنها); ت: a feminine one only with ها/هم (تقطنها), since تله، تبه end in their ta marbuta
    if core.startswith("ي") and len(core) <= 4 and not core.endswith(("ا", "ي", "و")):
        return True
    if core is w:
        return False
    if core.startswith("ي"):
        return not w.endswith("ه") or len(core) <= 4
    return w.endswith(("ها", "هم")) and len(core) <= 5


# The countries whose towns' people are named by an Arabic nisba in the news (موصلي، حلبي، عدني), and the size of
# a town whose nisba is read as a place: a city's, the one people are told apart by.
_NISBA_COUNTRIES = frozenset("SYR IRQ YEM LBY LBN PSE JOR EGY SAU".split())
# the endings of a nisba as an adjective (normalized: ة→ه): sing. m./f., accusative, plurals, dual
_NISBA_ENDINGS = ("يا", "يين", "يون", "يات", "يان", "يتين", "يتان")
# nisbas of a city's name that are ordinary words more often than its people: "دعم عيني" (in kind), "سني"
# (Sunni), "بحري" (naval), "قدسي" (holy), "مدني" (civil)
_NOT_A_CITYS_PEOPLE = frozenset(
    "عيني سني بحري قدسي مدني عربي وطني ديني كوتي سيبي منصوري حلي رياضي سويسي صوري حلاوي جديدي جميلي خمسي اماني "
    "بابي رشيدي خبري".split()
)


def _nisba_stems(stem: str) -> tuple[str, ...]:
    """The stems of a city's nisba: حلب → حلبي; a name on ه، ا (الرقة، درعا، حماة) → رقاوي، درعاوي، حماوي; on اء
    (صنعاء) → صنعاني."""
    if stem.endswith("اء"):
        return (stem[:-2] + "اني",)
    if stem.endswith("اه"):
        return (stem[:-2] + "وي", stem[:-1] + "وي")  # حماه → حموي، حماوي
    if stem.endswith(("ه", "ا")):
        return (stem[:-1] + "اوي",)
    if stem.endswith(("ي", "و")):
        return ()
    return (stem + "ي",)


def _nisbas(
    gazetteer: Gazetteer, best: Mapping[str, tuple[str, int, bool]]
) -> dict[str, tuple[str, str, str]]:
    """Every form of the nisba of a one-word city of the region (population at least _CITY) → the city's name,
    key and Arabic name as written (الرقة). Only the forms of an adjective that cannot be a family name (موصليا، حلبيين، عدنيون; not حلبي, as
    in "محمد حلبي") are read (see _nisba_places)."""
    out: dict[str, tuple[str, str, str]] = {}
    for variant, (key, pop, _lost) in best.items():
        if pop < _CITY or " " in variant or not variant.startswith("ال") and "ال" + variant in best:
            continue
        entries = gazetteer.lookup_key(key)
        if not entries or entries[0].feature_class != "P" or entries[0].country not in _NISBA_COUNTRIES:
            continue
        stem = variant[2:] if variant.startswith("ال") else variant
        if len(stem) < 3:
            continue
        for base in _nisba_stems(stem):
            if base in _NOT_A_CITYS_PEOPLE or name_key(base) in _COMMON_KEYS or "ال" + base in ADJECTIVES:
                continue
            for ending in _NISBA_ENDINGS:
                out.setdefault(base[:-1] + ending, (variant, key, entries[0].name_ar or variant))
    return out


def matcher(gazetteer: Gazetteer) -> Matcher:
    return gazetteer.memo(MATCHER_MEMO, lambda: Matcher(gazetteer))


def recognize(
    text: str | NormText, gazetteer: Gazetteer, *, start: int = 0, end: int | None = None
) -> list[Toponym]:
    """Toponyms of the normalized ``text`` (or of ``text.text`` for a :class:`NormText`) in ``[start, end)``."""
    norm = text if isinstance(text, NormText) else None
    s = norm.text if norm is not None else text
    hi = len(s) if end is None else min(end, len(s))
    # the pipeline reads each article twice (its toponyms, then the geocoder's context): remember the last
    # answer per open gazetteer. The cache holds the NormText itself, so an identity test is safe.
    last: dict[str, tuple[object, int, int, list[Toponym]]] = gazetteer.memo(LAST_MEMO, dict)
    hit = last.get("last")
    if (
        hit is not None
        and hit[1] == start
        and hit[2] == hi
        and (hit[0] is text or (norm is None and hit[0] == s))
    ):
        return list(hit[3])
    out = _recognize(s, norm, start, hi, gazetteer)
    last["last"] = (text, start, hi, out)
    return list(out)


_NUMBER_OR_NOUN = re.compile(r"[\u0621-\u064a]{3,}|[0-9]+")


def _nisba_places(ws: Words, nisbas: dict, tops: list[Toponym]) -> list[Toponym]:
    """ "اعدم التنظيم 15 خياطا موصليا"، "مقتل ثلاثة مدنيين حلبيين": a city's nisba right after an indefinite noun
    says where the people are from — a toponym of that city, marked ``nisba`` (it places an act only where
    nothing else does: see rasad.assemble.conflict). Not after a definite noun or a name ("ابو بكر البغدادي":
    the nisba with its article is a family name, and is not read)."""
    words = ws.words
    if nisbas.keys().isdisjoint(words):
        return tops  # (most texts)
    taken = [(t.phrase_start, t.phrase_end) for t in tops]
    found = []
    for k in range(1, len(words)):
        hit = nisbas.get(words[k])
        if hit is None or ws.gaps[k] != " ":
            continue
        noun = words[k - 1]
        if (
            noun.startswith("ال")
            or not _NUMBER_OR_NOUN.fullmatch(noun)
            or noun in FUNCTION_WORDS
            or noun in STOP_WORDS
            or noun in nisbas
            or any(a < ws.ends[k] and ws.starts[k - 1] < b for a, b in taken)
        ):
            continue
        start, end = ws.starts[k], ws.ends[k]
        name, key, written = hit  # (written: the city's name, which the place is told by)
        found.append(
            _new_toponym(start, end, name, words[k], start, end, key, None, "in", None, None, None, True, False,
                         None, written, True)
        )  # fmt: skip
    if not found:
        return tops
    return sorted(tops + found, key=operator.attrgetter("start"))


# the marks of an indefinite ending (tanwīn): a word written with one is an ordinary noun, adjective or adverb,
# never a place's name ("باكرًا" early, not Accra; "دومًا" always, not Douma; "وفدًا" a delegation)
_TANWIN = re.compile("[\u064b-\u064d]")


def _has_tanwin(raw: str) -> bool:
    """``_TANWIN.search(raw) is not None``, at a fiftieth of the cost (a search for each mark runs through the
    text in C; the pattern's set is tried at every place)."""
    return "\u064b" in raw or "\u064c" in raw or "\u064d" in raw


def _recognize(s: str, norm: NormText | None, start: int, hi: int, gazetteer: Gazetteer) -> list[Toponym]:
    # the whole article's words are those the lexicon matcher read (split once, see words_of)
    ws = words_of(norm) if norm is not None and start == 0 and hi == len(s) else Words.of(s, start, hi)
    m = matcher(gazetteer)
    hot = m.hot(ws)
    read = _Reader(s, ws, m.find(ws, hot), norm, refused=m.refused).read(hot)
    if norm is not None and _has_tanwin(norm.raw):
        read = [t for t in read if t.written is None or _TANWIN.search(t.written) is None]
    # (the pattern holds وكاله: where the 40 characters before a phrase do not, as before most, it is not tried)
    read = [
        t
        for t in read
        if s.find("وكاله", t.phrase_start - 40 if t.phrase_start > 40 else 0, t.phrase_start) == -1
        or not _AN_AGENCY.search(s, max(0, t.phrase_start - 40), t.phrase_start)
    ]
    tops = _attach(s, _of_a_place(s, read, start))
    if "علي بعد" in s:
        tops = _measured_from(s, tops)
    tops = _named_again(s, norm, _join_lists(s, _named_by_direction(s, norm, tops)), start, hi)
    tops = _second_of_a_pair(s, norm, _named_with_its_side(s, norm, tops, start, hi), hi)
    if " وال" in s:
        tops = _and_the_second(s, norm, tops)
    if any(t.name in _THE_TWO for t in tops):
        tops = _without_the_two_named_before(s, tops)
    return _nisba_places(ws, m.nisbas, tops)


# a distance from a place right before it (normalized): "على بعد 10 كلم من بلدة X"، "على بعد نحو 20 كيلومترا عن Y"
_A_DISTANCE_FROM = re.compile(
    r"علي بعد [^.,،]{0,24}?(?:كلم|كم|كيلومتر[\u0621-\u064a]*|كيلو متر[\u0621-\u064a]*|ميلا|اميال)"
    r"(?: (?:ال)?(?:شمال|جنوب|شرق|غرب)[\u0621-\u064a]*)*(?: (?:من|عن))? $"
)


def _measured_from(text: str, tops: list[Toponym]) -> list[Toponym]:
    """A place some kilometres from which something lies ("وقع الانفجار على بعد 10 كلم من بلدة X") is near what
    the text tells, not where it is."""
    return [
        _replace(t, relation="near")
        if t.relation == "in" and _A_DISTANCE_FROM.search(text, max(0, t.phrase_start - 60), t.phrase_start)
        else t
        for t in tops
    ]


# "وكالة الأناضول"، "وكالة الأنباء السعودية"، "لوكالة أنباء فارس"، "وكالة قدس برس"، "وكالة الأنباء الأردنية بترا": the
# name right after وكالة (and الأنباء, and the agency's nisba) is an agency's, no place where anything happens
_AN_AGENCY = re.compile(r"(?<![\u0621-\u064a])[وبل]{0,2}وكاله(?: (?:ال)?انباء)?(?: ال[\u0621-\u064a]+يه)? $")


# the dual of a settlement's type word with the article, which is also some town's name (القريتين, Homs)
_THE_TWO = frozenset(("القريتين", "البلدتين", "المدينتين", "الحيين", "المنطقتين"))
_THE_TWO_AFTER = 200  # how far after a pair of places "the two villages" still means them


def _without_the_two_named_before(text: str, tops: list[Toponym]) -> list[Toponym]:
    """ "انسحب الثوار من تل أعور والفريكة … وقصف قوات الأسد القريتين": the two villages (towns, quarters) with the
    article, no type word before, right after two places named together in the same sentence are those two,
    no town of that name — unless the text has named the town as such (مدينة القريتين)."""
    out: list[Toponym] = []
    for n, t in enumerate(tops):
        if (
            t.name in _THE_TWO
            and t.type_word is None
            and t.phrase_start == t.start - (len(t.surface) - len(t.name))
            and not any(u.name == t.name and u.type_word is not None for u in tops[:n])
            and _a_pair_before(text, tops[:n], t)
        ):
            continue
        out.append(t)
    return out


def _a_pair_before(text: str, before: list[Toponym], t: Toponym) -> bool:
    """The last two places before ``t`` are named together ("تل أعور والفريكة", "قريتي X وY"), within
    ``_THE_TWO_AFTER`` characters of ``t`` and in its sentence."""
    if len(before) < 2:
        return False
    a, b = before[-2], before[-1]
    if t.phrase_start - b.phrase_end > _THE_TWO_AFTER or any(
        ch in ".!?\n" for ch in text[b.phrase_end : t.start]
    ):
        return False
    joined = (a.group is not None and a.group == b.group) or (
        text[b.phrase_start : b.phrase_start + 1] == "و"
        and not text[a.phrase_end : b.phrase_start].strip(" ,،")
    )
    return joined


# "في الريف الغربي لحماة"، "الريف الشمالي الشرقي لمحافظة حلب"، "الضواحي الجنوبية للعاصمة": a relation word with the
# article and the side it is on, then li- and the place: the place's countryside (or outskirts), as "ريف حماة الغربي"
_OF_A_PLACE = re.compile(
    r"(?:^|\s)[وفب]?(?:ال)(ريف|ضواحي|اطراف|مشارف|مداخل|تخوم)((?: ال[\u0621-\u064a]+){1,2}) $"
)
_OF_A_PLACE_TYPES = frozenset((None, "مدينه", "محافظه"))


def _of_a_place(text: str, tops: list[Toponym], start: int) -> list[Toponym]:
    out = tops
    for n, t in enumerate(tops):
        ps = t.phrase_start
        if (
            text[ps : ps + 1] != "ل"
            or t.relation != "in"
            or t.type_word not in _OF_A_PLACE_TYPES
            or (t.start == ps and t.type_word is None)  # (لبنان: no li- of its own)
        ):
            continue  # (most toponyms)
        m = _OF_A_PLACE.search(text, max(start, ps - 40), ps)
        if m is None:
            continue
        sides = m.group(2).split()
        if not all(w in DIRECTION_ADJECTIVES for w in sides):
            continue  # "الريف الحلبي"، "الاطراف المحررة": no side
        relation = RELATIONS[m.group(1)]
        direction = "-".join(DIRECTION_ADJECTIVES[w] for w in sides)
        countryside = relation == "countryside"
        if out is tops:
            out = list(tops)
        out[n] = _replace(
            t,
            relation=relation,
            direction=direction,
            type_word=t.type_word or m.group(1),
            anchor=t.name if countryside else None,
            anchor_relation=relation if countryside else None,
            phrase_start=m.start(1) - 2,
        )
    return out


# 'معسكري "الصباحه" في المدخل الغربي للعاصمه, و"سواد حزيز"': the second name a dual type word promises, quoted,
# after the first one's location
_QUOTED_SECOND = re.compile(r'[^.!?\n]{0,80}?, ?و ?"([\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2})"')


_LETTERS = re.compile(r"[\u0621-\u064a]+")


def _add_second(
    norm: NormText | None,
    tops: list[Toponym],
    n: int,
    s: int,
    e: int,
    name: str,
    surface: str,
    found: list[Toponym],
) -> None:
    """Add to ``found`` the second member ``name`` (at ``s``:``e``) of a pair whose first is ``tops[n]``, of its
    type, grouped with it — unless a toponym read already stands there."""
    if any(u.phrase_start < e and s < u.phrase_end for u in tops):
        return
    t, written = tops[n], None
    if norm is not None:
        written = norm.raw_text(s, e)
    tops[n] = _replace(t, group=t.start)
    # the fields in their order (see _new_toponym)
    found.append(
        _new_toponym(s, e, name, surface, s - 1, e, name_key(name), t.type_word, "in", None, None, None, False,
                     False, t.start, written)
    )  # fmt: skip


def _second_of_a_pair(text: str, norm: NormText | None, tops: list[Toponym], hi: int) -> list[Toponym]:
    found: list[Toponym] = []
    for n, t in enumerate(tops):
        if t.group is not None or t.type_word is None or t.attached:
            continue
        words = _LETTERS.findall(text, t.phrase_start, t.start)
        if not words or DUAL_TYPE_WORDS.isdisjoint(st for _, st in _stems(words[-1])):
            continue  # (most toponyms: no dual type word before the name)
        m = _QUOTED_SECOND.match(text, t.phrase_end, hi)
        if m is None or not all(_name_word(w) for w in m.group(1).split()):
            continue
        _add_second(norm, tops, n, m.start(1), m.end(1), m.group(1), m.group(1), found)
    if not found:
        return tops
    return sorted(tops + found, key=lambda t: t.start)


# "في نقيل الابل والهجره.": after في, a place the index knows or one read with its head or type word, then و and
# one word with the article that ends the clause, is a list of two: the second a place the index lacks (not an
# ordinary noun: "في تعز والحكومه"، nor a word of the trigger lexicon: "في مارب والهجوم")
_AND_THE_SECOND = re.compile(r" و(ال[\u0621-\u064a]{3,})(?= ?(?:[.,:;!?\n]|$))")
# "في منطقة الجفينة والبلق جنوب غرب مأرب": so is such a word right before the side of a known place that locates
# the two (the side ends the pair as a full stop would)
_AND_THE_SECOND_WORD = re.compile(r" و(ال[\u0621-\u064a]{3,}) ")


def _and_the_second(text: str, norm: NormText | None, tops: list[Toponym]) -> list[Toponym]:
    found: list[Toponym] = []
    for n, t in enumerate(tops):
        if (
            t.group is not None
            or t.attached
            or t.relation != "in"
            or text[t.phrase_end : t.phrase_end + 4] != " وال"
            or not (t.known or t.type_word is not None or t.name.split(" ", 1)[0] in NAME_HEADS)
            or not _a_list_after_fi(text, tops, n)
        ):
            continue
        m = _AND_THE_SECOND.match(text, t.phrase_end)
        side = False
        if m is None and n + 1 < len(tops):
            m = _AND_THE_SECOND_WORD.match(text, t.phrase_end)
            u = tops[n + 1]
            side = m is not None and u.known and u.relation.endswith("-of") and u.phrase_start == m.end()
            if not side:
                m = None
        if m is None:
            continue
        w = m.group(1)
        # (a plural's ending, ـين, is a name's too before the side of a known place: "في دار سعد وجعولة والبساتين
        # بشمال عدن" — not at the end of a clause: "في تعز والمسلحين.")
        if not _unknown_name(w, plural=side) or w in _lexicon_verbs() or w[2:] in _lexicon_verbs():
            continue
        _add_second(norm, tops, n, m.start(1), m.end(1), w, "و" + w, found)
    if not found:
        return tops
    return sorted(tops + found, key=lambda t: t.start)


def _a_list_after_fi(text: str, tops: list[Toponym], n: int) -> bool:
    """``tops[n]`` is named right after في, or is the last of places joined by و right after it ("في دار سعد
    وجعولة")."""
    while True:
        t = tops[n]
        if text[max(0, t.phrase_start - 3) : t.phrase_start] == "في ":
            return True
        if (
            n == 0
            or text[t.phrase_start : t.phrase_start + 1] != "و"
            or text[tops[n - 1].phrase_end : t.phrase_start] != " "
            or tops[n - 1].relation != "in"
            or tops[n - 1].attached
        ):
            return False
        n -= 1


# "في القلمون الشرقي": a word with the article after a locative preposition, then which side of it, names a
# region the index may lack (not a part of something: الجانب الشرقي، القطاع الغربي)
_SIDES = tuple(" " + a for a in DIRECTION_ADJECTIVES)
_PARTS_OF_A_WHOLE = frozenset(
    "الجانب الجزء القطاع الطرف الشطر القسم الخط المدخل الحي الاتجاه المحور الجناح الشق النصف الباب الحزام "
    "الضفه الشاطئ الاطراف الحدود المنفذ المعبر الطريق المنطقه البلد العالم الاقليم"
    # and the places of a kind, many: "في الاحياء الشماليه من المدينه"
    " الاحياء القري المدن الضواحي الارياف الاراضي الاجزاء الاقسام الجبهات المحاور الجهات المواقع المعاقل"
    " الشوارع الاسواق المخيمات".split()
)


def _named_with_its_side(
    text: str, norm: NormText | None, tops: list[Toponym], start: int, hi: int
) -> list[Toponym]:
    found: list[Toponym] = []
    for side in _SIDES:
        i = text.find(side, start, hi)
        while i != -1:
            e = i + len(side)
            if e >= hi or not _is_letter(text[e]):
                w0 = text.rfind(" ", start, i) + 1
                w = text[w0:i]
                # (the word itself first: most words before a side are no name of a region, and are told so
                # without reading the word before them)
                if (
                    w.startswith("ال")
                    and len(w) >= 6
                    and w not in _PARTS_OF_A_WHOLE
                    and (before := text[max(start, w0 - 5) : w0].split()[-1:])
                    and before[0] in ("في", "قرب", "علي")
                    and (_unknown_name(w) or (w.endswith("ون") and _unknown_name(w[:-2])))  # القلمون
                    and not any(t.phrase_start < e and w0 < t.phrase_end for t in tops)
                ):
                    written = None
                    if norm is not None:
                        written = norm.raw_text(w0, e)
                    name = text[w0:e]
                    # the fields in their order (see _new_toponym)
                    found.append(
                        _new_toponym(w0, e, name, name, w0, e, name_key(name), None, "in", None, None, None,
                                     False, False, None, written)
                    )  # fmt: skip
            i = text.find(side, e, hi)
    if not found:
        return tops
    return sorted(tops + found, key=lambda t: t.start)


# the words before a bare name that make it a place: a locative preposition (في الفوعة، قرب كفريا)
_PLACE_BEFORE = frozenset(("في", "علي", "الي", "من", "قرب", "بين", "حول", "داخل", "نحو", "باتجاه", "محيط"))
_AGAIN_CLITIC_SET = frozenset(("", "وب", "ول", "و", "ب", "ل", "ف"))
# a name that opens with a word for a building or a kind of place says too little to be found bare again
# the type words of what the text may name bare once it introduced it: a town, a village
_BARE_AGAIN_TYPES = frozenset(("بلده", "قريه", "مدينه"))
_GENERIC_HEADS = frozenset(("مركز", "مبني", "مقر", "مكتب", "مستشفي", "مدرسه", "جامعه", "معمل", "مصنع", "سوق"))


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _direction_before(text: str, start: int, w0: int, word: str) -> tuple[str | None, int]:
    """(direction, start of its words) of the direction word ``word`` that ends right before ``w0`` (غرب، بشمال,
    and a north or south before an east or west: شمال غرب), else (None, w0)."""
    ws = w0 - 1 - len(word)
    if text[ws : w0 - 1] != word or text[w0 - 1] != " ":
        return None, w0
    stems = [st for st in _relation_stems(word) if st in DIRECTIONS]
    if not stems:
        return None, w0
    d = DIRECTIONS[stems[0]]
    if d in ("east", "west") and ws - 1 > start and text[ws - 1] == " ":
        prev = text[max(start, ws - 12) : ws - 1].split()[-1:]
        if prev and text[ws - 1 - len(prev[0]) : ws - 1] == prev[0]:
            ns = [st for st in _relation_stems(prev[0]) if st in DIRECTIONS]
            if ns and DIRECTIONS[ns[0]] in ("north", "south"):
                return f"{DIRECTIONS[ns[0]]}-{d}", ws - 1 - len(prev[0])
    return d, ws


def _named_again(text: str, norm: NormText | None, tops: list[Toponym], start: int, hi: int) -> list[Toponym]:
    """A place the gazetteer lacks, introduced once by its type word (بلدتي الفوعة وكفريا), is the same place
    where the article names it bare as a place — after a locative preposition (مناطق في الفوعة), or with و
    right after such a mention (في الفوعة وكفريا)."""
    names = {t.name: t for t in tops if t.type_word and not t.known and not t.attached and t.relation == "in"}
    # (a short name introduced twice may name two places, "منطقة صبر بلحج" and "منطقة صبر المطلة على تعز")
    typed = Counter(t.name for t in tops if t.type_word is not None)
    twice = {n for n in names if typed[n] > 1}
    names = {
        n: t
        for n, t in names.items()
        if (len(n) >= 4 or (len(n) == 3 and n not in twice))
        and n not in STOP_WORDS
        and n not in FUNCTION_WORDS
        and name_key(n) not in _COMMON_KEYS
        and n.split()[0].removeprefix("ال") not in _GENERIC_HEADS
    }
    if not names:
        return tops  # (most articles: every place the text names is in the gazetteer)
    taken = sorted((t.phrase_start, t.phrase_end) for t in tops)
    found: list[Toponym] = []
    for name, model in names.items():
        s = text.find(name, start, hi)
        while s != -1:
            e = s + len(name)
            # the whole word, with a clitic or two written onto it (وكفريا، بالفوعه)
            w0 = s
            while w0 > start and _is_letter(text[w0 - 1]):
                w0 -= 1
            clitic = text[w0:s]
            ok = (
                (e >= len(text) or not _is_letter(text[e]))
                and clitic in _AGAIN_CLITIC_SET
                and not any(a < e and s < b for a, b in taken)
            )
            relation, direction, p0 = "in", None, s
            if ok and len(name) == 3:
                # a name of three letters ("منطقة صبر") is often an ordinary word too (patience): named again only
                # bare right after a preposition of place ("في صبر")
                before = text[max(0, w0 - 12) : w0].split()[-1:]
                ok = not clitic and bool(before) and before[0].removeprefix("و") in _PLACE_BEFORE
            elif ok:
                before = text[max(0, w0 - 12) : w0].split()[-1:]
                listed = clitic.startswith("و") and any(0 <= w0 - f.end <= 1 for f in found)
                ok = clitic[-1:] in ("ب", "ل") or (bool(before) and before[0] in _PLACE_BEFORE) or listed
                if not ok and before and not clitic and w0 - len(before[0]) - 1 >= start:
                    # "غرب الفوعة"، "وشمال كفريا"، "شمال غرب الفوعة": a direction from the place the text introduced
                    direction, p0 = _direction_before(text, start, w0, before[0])
                    if direction is not None:
                        ok, relation = True, f"{direction}-of"
                # a town or village the text introduced ("بلدتي كفريا والفوعة") is that place wherever it names it
                # again, bare ("تحاصر الفصائل الفوعة"، "سكان الفوعة"); a quarter, a building or an area may be named
                # by an ordinary word (حي الاتصالات، منطقة الملعب), which is not bare
                # (not where it goes on another name: "تل القرقور" is the hill, not the village القرقور; nor right after
                # a verb, whose subject it is: "وقالت الفوعة إنها صامدة")
                if not ok and model.type_word in _BARE_AGAIN_TYPES:
                    bw = before[0].strip('"«»“”(') if before else ""
                    ok = not (
                        bw in NAME_HEADS or bw in NAME_PREFIXES or (bw and _verb_like(bw.removeprefix("و")))
                    )
            if ok:
                written = None
                if norm is not None:
                    written = norm.raw_text(s, e)
                anchor = name if direction is not None else None
                # the fields in their order (see _new_toponym)
                found.append(
                    _new_toponym(s, e, name, text[w0:e], p0, e, model.key, None, relation, direction, anchor, None,
                                 False, False, None, written)
                )  # fmt: skip
                taken.append((s, e))
            s = text.find(name, e, hi)
    if not found:
        return tops
    return sorted(tops + found, key=lambda t: t.start)


# "في الجفينة جنوبي غرب مأرب"، "في المخدرة غربي مأرب"، "في الجفينة، جنوب محافظة مأرب": a word with the article
# right after في / قرب or its type word ("في منطقة القاعدة شرقي تعز"), then where it lies from a known place,
# is a place the index lacks (the front word between, "بالجبهة", is no part of it)
_BY_DIRECTION = re.compile(
    r"(?:^|\s)(?:في|قرب) (?:(?:منطقه|بلده|قريه|مدينه|حي) )?(ال[\u0621-\u064a]{3,})(?: ب[\u0621-\u064a]+)?[ ,،]*$"
)
# "قصفت اهدافا في هاكورك شمال العراق"، "في زبدين في ريف حلب": a bare word (no article) right after في, then a
# side of a known place or its countryside, is a place the index lacks too — when it is no word of the trigger
# lexicon, no plural and no noun with a pronoun ("في قصف شمال العراق"، "في معقله شمال العراق")
_BY_AREA_BARE = re.compile(r"(?:^|\s)في ([\u0621-\u064a]{4,})(?: في)? ?$")
# nouns of a stretch of ground, no name: "مواقع عسكرية في مثلث جنوب دمشق"، "في محور شمال حلب"
_STRETCH_NOUNS = frozenset(("مثلث", "محور", "قطاع", "خط", "شريط", "عمق", "وسط", "قلب", "جيب", "معقل", "طرف"))


def _named_by_direction(text: str, norm: NormText | None, tops: list[Toponym]) -> list[Toponym]:
    out: list[Toponym] = []
    for t in tops:
        if not (
            t.known
            and not t.attached
            and (
                t.relation.endswith("-of")
                or t.relation == "countryside"
                # a region named as a side of a country: "جنوب لبنان"
                or (t.relation == "in" and t.type_word is None and t.name.split(" ", 1)[0] in DIRECTIONS)
            )
        ):
            out.append(t)  # (most toponyms: no direction from a known place)
            continue
        lo = t.phrase_start - 40 if t.phrase_start > 40 else 0
        m = _BY_DIRECTION.search(text, lo, t.phrase_start) if t.relation.endswith("-of") else None
        if m is None:
            m = _BY_AREA_BARE.search(text, lo, t.phrase_start)
            if m is not None and (
                not _bare_place_word(m.group(1))
                # "قرية كفرموس في شحشبو بريف ادلب": the word after a place and في is where that place lies
                or (out and 0 <= m.start() - out[-1].end <= 1)
            ):
                m = None
        w = m.group(1) if m else None
        # (a definite word in ـية right after في and before the side of a known place is a place's name too: "في
        # الزعفرانية بجنوب بغداد" — an adjective of kind needs a noun before it, which في has not)
        if (
            w is None
            or not _unknown_name(w, nisba=w.startswith("ال") and t.relation.endswith("-of"))
            or (out and out[-1].end > m.start(1))
        ):
            out.append(t)
            continue
        s, e = m.start(1), m.end(1)
        written = None
        if norm is not None:
            written = norm.raw_text(s, e)
            if '"' in text[s:e]:
                # تلة "جورة الماء": the quotes around the name of a landmark's head are no part of its name
                written = " ".join(written.translate(QUOTES_TO_SPACES).split())
        # the fields in their order (see _new_toponym)
        out.append(
            _new_toponym(
                s,
                e,
                w,
                w,
                s,
                e,
                name_key(w),
                None,
                "in",
                None,
                t.name,
                t.relation,
                False,
                False,
                None,
                written,
            )
        )
        out.append(_replace(t, attached=True))
    return out


def _bare_place_word(w: str) -> bool:
    """A word without the article that can name a place the index lacks (see _BY_AREA_BARE): no word of the
    trigger lexicon (قصف، انفجار، هجوم), no verb, no noun ending in a pronoun or the feminine ending (معقله،
    مواقعها: read alike after normalizing) and no plural (اهداف، مواقع — and the nouns of _unknown_name)."""
    return (
        not w.startswith("ال")
        and w not in _lexicon_verbs()
        and not w.endswith(("ه", "ها", "هم", "نا", "ي", "ات"))
        and not _verb_like(w)
        and _type_of(w) is None
        and w not in _STRETCH_NOUNS
    )


def _unknown_name(w: str, *, nisba: bool = False, plural: bool = False) -> bool:
    """A word that can name a place the index lacks: no ordinary, function, time or place-type word; ``nisba``:
    the ending ـية is no adjective's there — on a stem of four letters or more, as places are named after a man or
    a plant (الحميدية، الزعفرانية), not on a short noun's (العملية، القضية); ``plural``: nor the ending ـين, where
    the words around say a place is named (البساتين، الجبلين)."""
    plain = (
        w.endswith("يه") and nisba and len(w) >= 8 and w not in ADJECTIVES and w not in _NOUNS_IN_IYA
    ) or (
        plural
        and w.endswith("ين")
        and len(w) >= 6
        # (not a people's plural: الحوثيين، السوريين; nor a participle's: المسلحين، النازحين)
        and not w.endswith("يين")
        and not w.startswith("الم")
        and w[3] != "ا"
    )
    return (
        w not in STOP_WORDS
        and w not in FUNCTION_WORDS
        and w not in ADJECTIVES
        and name_key(w) not in _COMMON_KEYS
        and _type_of(w) is None
        and not _relation_stems(w)
        and w[2:] not in DIRECTIONS
        and (
            plain or not w.endswith(("يه", "ات", "ين", "ون"))
        )  # an adjective of kind or a plural: "في الاراضي السورية"
    )


# long nouns in ـية that name no place: "في الاتفاقية"، "في الاستراتيجية"
_NOUNS_IN_IYA = frozenset("الاتفاقيه الاستراتيجيه الديمقراطيه الديموقراطيه الامبراطوريه البرلمانيه".split())


def _join_lists(text: str, tops: list[Toponym]) -> list[Toponym]:
    """ "بلدة دير حافر وقرية عيشة": places each with its own type word, the next one joined by و right after
    the one before, are named as one list (one group). A phrase that locates the one before it (بمدينة حلب)
    is no item of a list, nor is one after a relation (ريف) — but places each around which (محيط قريتي X وY
    وأطراف بلدة Z) are."""
    out = list(tops)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if (
            prev.attached
            and k >= 2
            and out[k - 2].group is not None
            and not out[k - 2].attached
            and cur.type_word == prev.type_word
            and cur.type_word in _NISBA_SETTLEMENTS
            and cur.relation == prev.relation == "in"
            and text[cur.phrase_start : cur.phrase_start + 1] == "و"
            and not text[prev.phrase_end : cur.phrase_start].strip()
        ):
            # "على بلدتي X وY في مدينة Z ومدينة W": a town named as the one that locates the list, joined to it by
            # و, is one more place of the list (not where the list lies)
            out[k] = _replace(cur, group=out[k - 2].group)
            continue
        if (
            cur.type_word is None
            or text[cur.phrase_start : cur.phrase_start + 1] != "و"
            # (past the side of twin villages a known name leaves out: "بلدتي X وY الغربية وحي Z")
            or any(w not in DIRECTION_ADJECTIVES for w in text[prev.phrase_end : cur.phrase_start].split())
            or not (cur.relation == prev.relation and prev.relation in ("in", "near"))
            or prev.attached
        ):
            continue
        word = text[cur.phrase_start : text.find(" ", cur.phrase_start)]
        # the head of the list before: it opened with its own bare type word
        head = next((t for t in out if t.group is not None and t.group == prev.group), prev)
        opener = text[head.phrase_start : text.find(" ", head.phrase_start)]
        if cur.relation == "near":
            # "في محيط قريتي X وY وأطراف بلدة Z": the next place around which, its own word of around before its
            # type word, is one more of the list
            # (a settlement named as such: not "ومحيط الكلية الجوية", a landmark read short)
            if (
                RELATIONS.get(word[1:]) != "near"
                or RELATIONS.get(opener.lstrip("وب")) != "near"
                or cur.type_word not in _NISBA_SETTLEMENTS
            ):
                continue
        elif word[1:] not in TYPE_WORDS or not (
            opener in TYPE_WORDS or (opener[:1] == "و" and opener[1:] in TYPE_WORDS)
        ):
            continue
        group = prev.group if prev.group is not None else prev.start
        out[k - 1] = _replace(prev, group=group)
        own = cur.group  # the list the joined phrase holds itself (وقريتي X وY), all of it joins
        for n in range(k, len(out)):
            if n > k and (own is None or out[n].group != own):
                break
            out[n] = _replace(out[n], group=group)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _stems(word: str) -> tuple[tuple[str, str], ...]:
    """``(clitic, stem)`` readings of a word, the bare word first: بريف → ('', 'بريف'), ('ب', 'ريف')."""
    return (("", word),) + tuple(
        (p, word[len(p) :]) for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 2
    )


# the dual and plural of a relation word, as its singular (the type word the phrase is told by): ريفي، ارياف → ريف
_ONE_RELATION_WORD = {"ريفي": "ريف", "ارياف": "ريف"}


@functools.lru_cache(maxsize=1 << 16)
def _relation_stems(word: str) -> tuple[str, ...]:
    """The stems of a word that :meth:`_Reader.relation_at` looks at (relation, direction or القرب), in order."""
    return tuple(
        st
        for _, st in _stems(word)
        if st in RELATIONS or st in DIRECTIONS or st == "القرب" or st in _NEAR_WORDS
    )


@functools.lru_cache(maxsize=1 << 16)
def _type_of(word: str) -> tuple[str, bool] | None:
    for clitic, stem in _stems(word):
        if stem in TYPE_WORDS:
            if stem in _STATIONS and clitic.endswith("ال"):
                # "محيط المحطة الحرارية بمنطقة X": the station with the article is the landmark itself, which its
                # kind names, no word before its place's name (محطة X)
                return None
            return TYPE_WORDS[stem]
    return None


_OFFICIALS = frozenset(
    ("وزير", "رئيس", "نظير", "نظيره", "سفير", "مبعوث", "المبعوث", "الرئيس", "الوزير", "السفير")
)


# definite titles a person's name follows (a place after them takes a preposition: السفير الروسي في دمشق)
_TITLES = frozenset(
    ("الوزير", "الرئيس", "السفير", "المبعوث", "نظيره", "نظيرها", "الدكتور", "الامير", "الملك")
)

# the heads of a road's places, ordinary nouns that some index also holds as a town (مفرق: Mafraq)
_ROAD_HEADS = frozenset(("مفرق", "تقاطع", "مدخل", "بوابه", "جوله", "مثلث", "دوار", "جسر"))
# (those that head no name but a road's place: "مثلث العلم" is one, "مدخل حمام السباحة" none)
_NEW_ROAD_HEADS = frozenset(("مفرق", "تقاطع", "مدخل", "بوابه"))
_URBAN_WORDS = frozenset(("حي", "شارع", "ساحه", "دوار", "جوله", "ميدان", "منطقه"))
_AREA_WORD = frozenset(("منطقه",))
_SETTLEMENT_WORDS = frozenset(("بلده", "قريه"))
# the word a quarter built by a housing cooperative is named with, after حي: "حي جمعية الزهراء"
_COOPERATIVE = frozenset(("جمعيه",))
_QUARTER_WORDS = frozenset(("حي", "احياء"))
_STATIONS = frozenset(("محطه", "محطتي", "محطات"))
# the singular words of a facility (see TYPE_WORDS), which a road or a square may be named after
_FACILITIES = frozenset(("مطار", "معسكر", "قاعده", "فوج", "معمل", "ميناء", "مرفا", "محطه", "ثكنه", "حاجز"))
# adjectives a settlement is described with, which no list of adjectives holds in their bare form
_PLAIN_ADJECTIVES = frozenset(("كبيره", "صغيره", "جديده", "قديمه", "واحده", "اخري", "بعيده", "كامله"))


# the singular type words whose adjective ends in ـية (منطقة سكنية): an indefinite word on ـي after one is no
# adjective of it but its name ("بلدة مندلي"، "قرية زراكلي")
_FEMININE_PLACE_WORDS = frozenset(("منطقه", "بلده", "قريه", "ضاحيه", "ناحيه"))
# the titles of a person a place is named after with the person's name: السيدة زينب، الشيخ مقصود، الست زبيدة
_PERSON_TITLES = frozenset(("السيده", "السيد", "الشيخ", "الست", "الامام", "الحاج"))
# the kinds of a quarter said with a long nisba, after the masculine حي ("حي عشوائي"، "حي فلسطيني")
_QUARTER_KINDS = frozenset(("عشوائي", "فلسطيني", "تركماني", "ارستقراطي", "استيطاني", "نموذجي", "جامعي"))


def _name_on_i(before: str, w: str) -> bool:
    """An indefinite word on ـي right after a singular type word (``before``) is the place's name, not its
    adjective: after a feminine one, whose adjective would end in ـية ("منطقة اكتشاي"، "بلدة مندلي"), and
    after حي a long word no kind of quarter is ("حي كاديكوي", not "حي سكني"، "حي شعبي"); ``before`` empty:
    the word goes on an indefinite name, its genitive ("حي سلطان غازي")."""
    if not (w.endswith("ي") and len(w) >= 4 and not w.startswith("ال")):
        return False
    if (
        "ال" + w in ADJECTIVES
        or "ال" + w + "ه" in ADJECTIVES
        or "ال" + w + "ه" in CAPITAL_NISBAS
        or name_key(w) in _COMMON_KEYS
        or name_key(w[:-1]) in _COMMON_KEYS
        or w in STOP_WORDS
        or w in FUNCTION_WORDS
        or w in DIRECTION_ADJECTIVES
        or w in _QUARTER_KINDS
    ):
        return False
    return (
        before == "" or _one_of(before, _FEMININE_PLACE_WORDS) or (_one_of(before, ("حي",)) and len(w) >= 6)
    )


def _one_of(word: str, words: frozenset[str]) -> bool:
    """``word`` is one of ``words``, bare or with a leading و / ف / ب / ل: وحي، بشارع، ووزير."""
    return word in words or any(
        word.startswith(p) and word[len(p) :] in words for p in ("وب", "فب", "ول", "و", "ف", "ب", "ل")
    )


# "داخل الأراضي السورية"، "في الأراضي التركية": the lands of a country named by its nisba are that country
LANDS = "الاراضي"
_LANDS_FORMS = frozenset(
    (*(p + LANDS for p in ("", "و", "ف", "ب", "وب", "فب")), *(p + LANDS[2:] for p in ("لل", "ولل", "فلل")))
)


# "في بلدة تركية أخرى"، "قرية سورية حدودية"، "مدينة عراقية": a settlement the text leaves unnamed, told only by its
# country's nisba (indefinite), lies in that country
_NISBA_SETTLEMENTS = frozenset(("مدينه", "بلده", "قريه"))


def settlement_country(t: Toponym) -> str | None:
    """The ISO3 of the country whose nisba alone names a settlement toponym ("بلدة تركية": TUR), if it is one."""
    if t.type_word not in _NISBA_SETTLEMENTS or " " in t.name:
        return None
    return CAPITAL_NISBAS.get("ال" + t.name)


def lands_country(name: str) -> str | None:
    """The ISO3 of the country a toponym "الاراضي" + a country's nisba (:meth:`_Reader.lands_at`) names."""
    first, _, nisba = name.partition(" ")
    return CAPITAL_NISBAS.get(nisba) if first in (LANDS, LANDS[2:]) else None


def _inert(word: str) -> bool:
    """A word that cannot open a phrase unless a gazetteer name starts there: no relation word (بريف، شمال),
    no place-type word (بلدة), no name head (جبل, a hill: تل، بتل) — :meth:`_Reader.phrase` would find nothing at
    it."""
    return (
        _head_reading(word) is None
        and _hill_clitic(word) is None
        and not _relation_stems(word)
        and _type_of(word) is None
        and capital_word(word) is None
        and word not in _LANDS_FORMS
    )


@functools.lru_cache(maxsize=1 << 16)
def _head_reading(word: str) -> tuple[str, str] | None:
    """``(clitic, head)`` when the word is a name head, bare or with its clitics: جبل، بجبل، لجبل، وجبل."""
    return next(((p, st) for p, st in _stems(word) if st in NAME_HEADS), None)


# a hill's word: the first of a name (تل حمكي) that stands bare as a place where a preposition of place puts it
# ("في تل X"، "بتل X"), not elsewhere ("على تل القرية": the village's hill)
_HILL = "تل"
_HILL_CLITICS = ("", "ب", "وب", "و")


def _hill_clitic(word: str) -> str | None:
    """The clitic on a hill's word (تل، بتل، وبتل، وتل), or None for another word."""
    return next((p for p in _HILL_CLITICS if len(word) == len(p) + 2 and word == p + _HILL), None)


_OPENS_PHRASE = _WordMemo(lambda w: not _inert(w))
# the stems at which :func:`_inert` sees a phrase open: relation, direction, type, head and capital words
_PHRASE_STEMS = frozenset(
    (
        *NAME_HEADS,
        *RELATIONS,
        *DIRECTIONS,
        "القرب",
        *_NEAR_WORDS,
        *TYPE_WORDS,
        *CAPITAL_WORDS,
        LANDS,
        LANDS[2:],
        _HILL,
    )
)
# the letters the clitics are made of (see Matcher._hot_word); a one-letter string: "" is no clitic letter
_CLITIC_LETTERS = frozenset("وفبل")


# a people a mountain or a plain is named after, though the word alone is no name (a stop word): جبل الأكراد
# (the Kurds' mountain of Latakia), جبل الدروز
_PEOPLE_WORDS = frozenset("الاكراد الدروز".split())


def _definite_place_word(w: str) -> bool:
    """ "القرى" in "أم القرى": a place word with the article, the second word of a name after its first (أم، أبو)."""
    return w.startswith("ال") and w[2:] in TYPE_WORDS


@functools.lru_cache(maxsize=1 << 16)
def _name_word(w: str) -> bool:
    if len(w) < 2 or _LETTER.match(w) is None or w in STOP_WORDS or w in DIRECTION_ADJECTIVES or w == "ال":
        return False  # (the article alone, of a number: "شارع الـ 30")
    bare = w[2:] if w.startswith("ال") else w
    if bare in _STATIONS and bare != w:
        return True  # "المحطة الحرارية": the station itself, a landmark (see _type_of)
    if bare in TYPE_WORDS or bare in NAME_HEADS:
        return False  # البلدات، التله: the place word itself, not a name
    return not any(
        st in FUNCTION_WORDS or st in TYPE_WORDS or st in RELATIONS or st in DIRECTIONS for _, st in _stems(w)
    )


# the points of the compass as definite nouns (the adjectives, الجنوبي …, are DIRECTION_ADJECTIVES)
# the clitics that put a preposition on a word: ب, و and ب (see _Reader.accept_known)
_BI_CLITICS = frozenset(("ب", "وب"))
_COMPASS_NOUNS = frozenset(("الجنوب", "الشمال", "الشرق", "الغرب"))
# names normalization makes ordinary words of, known as places only as written: Ibb (إب), not August (آب)
_TOLD_APART_AS_WRITTEN = {"اب": "إب"}
# towns whose name holds its article, and whose name without it is an ordinary word: "باب التبانة"، "اغلقت
# القوات باب المدينة" (a gate, not al-Bab), "ميادين المدينة" (squares, not al-Mayadin), "قصير" (short); "يمن"
# (he bestows: "وأن يمن على الجرحى بالشفاء"), never Yemen, which the news writes اليمن
_ONLY_WITH_THE_ARTICLE = frozenset(("باب", "ميادين", "قصير", "سفيره", "يمن"))
# the martyrs a group is named after, after one of UNIT_HEADS: "لواء شهداء اليرموك" (not so "حركة أحرار الزبداني":
# the rebels of a town fight there, and the town places what they do)
_UNIT_NAMED_AFTER = frozenset(("شهداء",))
# the pronouns a noun takes (his, her, their, your, our): see _Reader.noun_with_pronoun
_POSSESSIVES = ("هما", "هم", "ها", "ه", "كم", "نا")
# "بحجة أن"، "بحجة التعاون" (under the pretext of): the noun حجة with bi- on it, not bi-Hajjah ("in Hajjah"),
# which a comma, a direction, a time word, an adjective of the place or the next item of a list follows
_PRETEXT = "حجه"
_PRETEXT_CLITICS = frozenset(("ب", "وب", "فب"))
# "القائم بالأعمال" (the chargé d'affaires): the participle with its complement, not al-Qaim
_IN_CHARGE = "القائم"
_IN_CHARGE_OF = frozenset(("بالاعمال", "باعمال"))
# the road heads that take an ordinary word as their name only with the article: "جسر عبور للمقاتلين" (a bridge
# for the fighters to cross) names no bridge, "دوار النور" does
_BARE_COMMON_HEADS = frozenset(("جسر", "دوار", "جوله", "مثلث"))

# a building or an institution in the construct state before the name of its town (مبنى محكمة بيحان: the court of
# Bayhan), after a type or relation word: the town is the place
_BUILDINGS = frozenset("محكمه مجمع مستشفي مشفي مستوصف مدرسه جامعه مصنع معمل سوق سجن فندق ملعب".split())


class _Reader:
    def __init__(
        self,
        text: str,
        ws: _Words,
        known: dict[int, _Known],
        norm: NormText | None,
        *,
        refused: Mapping[str, bool] | None = None,
    ) -> None:
        self.text = text
        self.norm = norm  # to give each toponym its name as written
        self.words, self.starts, self.ends, self.gaps = ws.words, ws.starts, ws.ends, ws.gaps
        self.known = known  # by word index
        # word → refused_alone of the name the word holds alone, remembered (Matcher.refused)
        self.refused = refused
        # the last word of each bare name read so far as a place, by index (see listed_after_a_place)
        self.read_at: set[int] = set()

    def adjacent(self, i: int) -> bool:
        """Words i and i+1 exist and only spaces separate them — or quotes: معسكري "الصباحه" names the camp."""
        return i + 1 < len(self.words) and not self.gaps[i + 1].strip(' "')

    def read(self, hot: list[tuple[int, _Hot]] | None = None) -> list[Toponym]:
        """The toponyms of the words; ``hot``: the words :meth:`Matcher.hot` gives, when the caller has them."""
        out: list[Toponym] = []
        words, known = self.words, self.known
        if hot is None:
            hot = [(i, ((), _OPENS_PHRASE[w])) for i, w in enumerate(words)]
        nxt = 0
        starts, ends, refused = self.starts, self.ends, self.refused
        for i, (_, opens) in hot:
            if i < nxt:
                continue  # inside the phrase just read
            if not opens:
                # most words: no phrase can start there (see _inert), unless a gazetteer name does
                k = known.get(i)
                if k is None:
                    continue
                if refused is not None and k.end == ends[i]:
                    skip = refused[words[i]]  # the name the word holds alone: the answer is the word's
                else:
                    skip = self.refused_alone(k, i)
                if skip and not (k.end - k.start == 2 and self.written_apart(k)):
                    # the name is all the phrase could be, and no word around it would make it one (ان، الي،
                    # بيان): most gazetteer hits in a text, skipped before reading a phrase for them
                    continue
                # the phrase is the name alone: no relation or type word opens it (see phrase, which would find
                # none at this word), so it is read as phrase reads a name with nothing before it
                first = self.name_at(i, introduced=False)
                if first is not None:
                    s, e, key, known_name, after = first
                    out.append(self.toponym(i, s, e, key, known_name, starts[i], e, None, "in", None, None))
                    nxt = after
                    self.read_at.add(after - 1)
                continue
            found, after = self.phrase(i)
            if found:
                out.extend(found)
                nxt = after
        return out

    # -- the pieces of a phrase ----------------------------------------------------------------------

    def relation_at(self, i: int) -> tuple[str, str | None, str, int] | None:
        """(relation, direction, word, next index) for a relation word at word i: بريف، شمال، بالقرب من."""
        k = self.known_at(i, bare=True)
        if k is not None and (k.end > self.ends[i] or k.population >= _CITY):
            # a place whose name starts like a relation word (غرب دارفور) is the place; not a hamlet named by the
            # word alone: "غرب بغداد" is west of Baghdad
            return None
        for stem in _relation_stems(self.words[i]):
            if stem in RELATIONS:
                return RELATIONS[stem], None, _ONE_RELATION_WORD.get(stem, stem), i + 1
            if stem == "القرب" and self.adjacent(i) and self.words[i + 1] == "من":
                return "near", None, "قرب", i + 2
            if (
                stem in _NEAR_WORDS
                and self.adjacent(i)
                and self.words[i + 1] == "من"
                and not (i > 0 and self.words[i - 1].startswith("ال"))
            ):
                # "بقرية قريبة من مدينة نابلس"، "على مقربة من بلدة X": near the place, not in it (an adjective of
                # an indefinite noun; not a predicate, "الاشتباكات قريبة من قرية X", which tells where they were)
                return "near", None, "قرب", i + 2
            if stem in DIRECTIONS:
                k = self.known.get(i)
                if k is not None and k.end > self.ends[i]:
                    # so is one with a clitic on it: "بشمال سيناء" is North Sinai, not north of Sinai (a relation
                    # word keeps its place: "بريف دمشق" puts the village before it in Rural Damascus)
                    return None
                d = DIRECTIONS[stem]
                j = i + 1
                if (
                    self.adjacent(i)
                    and self.words[j] in DIRECTIONS
                    and DIRECTIONS[self.words[j]] in ("east", "west")
                ):
                    d = f"{d}-{DIRECTIONS[self.words[j]]}"
                    j += 1
                return f"{d}-of", d, stem, j
        return None

    def type_at(self, i: int) -> tuple[str, bool] | None:
        return _type_of(self.words[i])

    def known_at(self, i: int, *, bare: bool = False) -> _Known | None:
        k = self.known.get(i)
        if k is None or (bare and k.start != self.starts[i]):
            return None
        return k

    def phrase(self, i: int) -> tuple[list[Toponym], int]:
        words, starts, ends, n = self.words, self.starts, self.ends, len(self.words)
        p0 = starts[i]
        relation, direction, type_word, plural = "in", None, None, False
        j = i
        rel = self.relation_at(j)
        if rel:
            relation, direction, word, j = rel
            if relation in ("near", "countryside", "road"):
                type_word = word
            # "ريفي حلب وإدلب"، "أرياف حلب وإدلب": the countryside of each place of the list after the word
            plural = not _ONE_RELATION_WORD.keys().isdisjoint(_relation_stems(words[i]))
            if j >= n or not self.adjacent(j - 1):
                return [], i + 1
        t = self.type_at(j) if j < n else None
        while t:
            # احياء مدينة حلب: the last of consecutive type words is the one that names
            type_word, plural = t
            if not self.adjacent(j):
                return [], i + 1
            j += 1
            t = self.type_at(j)
        called = False
        if type_word is not None and j + 1 < n and self.adjacent(j):
            # "قرية تسمى فوج الميلبية"، "بلدة تدعى الخربة"، "منطقة تعرف باسم الجبانة": the name after the word that
            # says what the place is called
            if words[j] in _CALLED:
                j += 1
                called = True
            elif words[j] in _KNOWN_AS and words[j + 1] == "باسم" and j + 2 < n and self.adjacent(j + 1):
                j += 2
                called = True
        if (
            j > i
            and j + 1 < n
            and words[j] in _BUILDINGS
            and self.adjacent(j)
            and self.known_at(j + 1, bare=True) is not None
            and not words[j + 1].startswith("ال")
        ):
            # "مبنى محكمة بيحان"، "قرب مجمع مليتة": the building of a town, named by the town (not one named by the
            # article's name of a governorate: "مبنى جامعة الأنبار" stands in Ramadi)
            j += 1
        # after a bare direction word only a known place counts: حلف شمال الأطلسي is NATO
        introduced = j > i and not (direction and type_word is None)
        # a dual (قريتي، بلدتي) promises two names: what follows is one even when it reads like an adjective
        # or a common word (قريتي معرستي وماير، بلدتي نبل والزهراء)
        dual = introduced and not DUAL_TYPE_WORDS.isdisjoint([st for _, st in _stems(words[j - 1])])
        # a bare direction places the known name after it as a preposition would: "غرب ديالى"
        first = self.called_at(j) if called else None
        if (
            first is None
            and introduced
            and not dual
            and not plural
            and relation == "in"
            and type_word in _NISBA_SETTLEMENTS
            and "ال" + words[j] in CAPITAL_NISBAS
        ):
            # "في بلدة تركية أخرى": no name, the country's nisba (see settlement_country)
            first = starts[j], ends[j], name_key(words[j]), True, j + 1
        if first is None:
            first = self.name_at(
                j, introduced=introduced, dual=dual, oriented=direction is not None and j > i
            )
        if first is None and j > i and relation != "in" and self.adjacent(j) and capital_word(words[j]):
            # "شمال العاصمة صنعاء"، "ريف العاصمة السورية دمشق": the capital's own name after the word is the anchor
            k = j + 1
            if words[k].startswith("ال") and words[k].endswith("يه") and self.adjacent(k):
                k += 1  # (its nisba)
            first = self.name_at(k, introduced=False, oriented=True)
        if first is None:
            return [], i + 1
        if introduced and relation == "in":
            first = self.with_side(first)
        name_s, name_e, key, known, nxt = first
        if j == i and not _OPENS_PHRASE[words[i]]:
            # a name read bare where no phrase opens, as read() remembers one (see listed_after_a_place)
            self.read_at.add(nxt - 1)
        phrase_end = name_e
        if relation == "countryside" and nxt < n and self.adjacent(nxt - 1):
            adj = words[nxt]
            if adj in DIRECTION_ADJECTIVES:
                direction = DIRECTION_ADJECTIVES[adj]
                phrase_end = ends[nxt]
                nxt += 1
                if nxt < n and self.adjacent(nxt - 1) and words[nxt] in DIRECTION_ADJECTIVES:
                    direction = f"{direction}-{DIRECTION_ADJECTIVES[words[nxt]]}"
                    phrase_end = ends[nxt]
                    nxt += 1
        anchor = self.text[name_s:name_e] if relation not in ("in", "near") else None
        out = [
            self.toponym(
                j, name_s, name_e, key, known, p0, phrase_end, type_word, relation, direction, anchor
            )
        ]
        if relation == "road" and not first[3] and type_word == "طريق":
            return [], i + 1  # خارطة طريق لمرحلة …: a road needs a known place
        if relation == "road" and nxt < n and self.gaps[nxt].strip() == "-":
            other = self.name_at(nxt, introduced=True)
            if other:
                out[0] = _replace(out[0], anchor=self.text[other[0] : other[1]], anchor_relation="road",
                                             phrase_end=other[1])  # fmt: skip
                nxt = other[4]
        if plural:
            group = out[0].start
            # a dual names two: "…، عقبه قصف" is no third (but "معسكري لبوزه والعند وموقع الحمراء" goes on)
            while nxt < n and not (dual and len(out) == 2 and self.gaps[nxt].strip() == ","):
                gap = self.list_gap(nxt)
                if gap is None and not (
                    # (a short word list_gap passes by: وحي)
                    not self.gaps[nxt].strip()
                    and words[nxt][0] == "و"
                    and _type_of(words[nxt]) == ("حي", False)
                ):
                    break
                # "احياء كلابه، والموشكي، والروضه": a comma and و carry on the list even for unknown names
                comma_only = gap == "," and not words[nxt].startswith("و")
                at, item_type = nxt, type_word
                if (
                    not dual
                    and words[nxt].startswith("و")
                    and nxt + 1 < n
                    and self.adjacent(nxt)
                    and (own := _type_of(words[nxt])) is not None
                    and not own[1]
                    and own[0] in _URBAN_WORDS
                ):
                    # "احياء الملعب والاسكان وحي الاندلس والعزيزية": a member named with its own type word (وحي،
                    # وشارع) stays in the list, and the list goes on after it
                    at, item_type = nxt + 1, own[0]
                    item = self.name_at(at, introduced=True)
                else:
                    item = self.name_at(
                        nxt,
                        introduced=True,
                        conj=True,
                        # (after ريفي، أرياف: the places the gazetteer holds, not "… وسيطر مقاتلون")
                        known_only=comma_only or relation == "countryside",
                        dual=dual and len(out) == 1,
                    )
                if item is None:
                    break
                s_, e_, k_, kn_, n2 = self.with_side(item) if relation == "in" else item
                out.append(
                    self.toponym(at, s_, e_, k_, kn_, starts[nxt], e_, item_type, relation, None, None)
                )
                nxt = n2
            if len(out) > 1:
                out = [_replace(t, group=group) for t in out]
        return out, nxt

    def with_side(self, item: tuple[int, int, str, bool, int]) -> tuple[int, int, str, bool, int]:
        """A name goes on with the side of twin villages that follows it: "بلدتي الصمدانية الغربية والحميدية"
        (so the list goes on after it). A name the gazetteer lacks takes the side into it; a known one (read
        whole already, the side being no part of its entry) keeps its entry and only passes the side by."""
        s, e, key, known, nxt = item
        if (
            nxt >= len(self.words)
            or not self.adjacent(nxt - 1)
            or self.words[nxt] not in DIRECTION_ADJECTIVES
        ):
            return item
        if known:
            return s, e, key, known, nxt + 1
        e = self.ends[nxt]
        return s, e, name_key(self.text[s:e]), False, nxt + 1

    def list_gap(self, j: int) -> str | None:
        """How word j continues a coordinated list: '' for وX right after, ',' for ', X'; None: it does not."""
        if j == 0 or j >= len(self.words):
            return None
        gap = self.gaps[j].strip()
        w = self.words[j]
        if w in FUNCTION_WORDS or w in STOP_WORDS:
            return None
        if gap == "" and w.startswith("و") and (len(w) > 3 or w[1:] in NAME_PREFIXES):
            return ""  # (a short name's first word too: "وتل الشيخ"، "وعين …")
        return "," if gap == "," else None

    def called_at(self, j: int) -> tuple[int, int, str, bool, int] | None:
        """The name after a word that says what a place is called ("قرية تسمى فوج الميلبية"): read whole, its
        first word even when it is a place word (فوج) or a common one, and the definite words that go on with it
        (a nisba too), up to three words; a name the gazetteer knows is read as the index holds it."""
        words, starts, ends, n = self.words, self.starts, self.ends, len(self.words)
        k = self.known.get(j)
        if k is not None and k.start == starts[j] and (k.end != ends[j] or not self.adjacent(j)):
            nxt = j
            while nxt < n and starts[nxt] < k.end:
                nxt += 1
            return k.start, k.end, k.key, True, nxt
        w1 = words[j]
        if len(w1) < 2 or _LETTER.match(w1) is None or w1 in FUNCTION_WORDS or w1 in STOP_WORDS:
            return None
        if w1 in DIRECTION_ADJECTIVES or w1 in DIRECTIONS:
            return None
        nxt = j + 1
        while nxt < n and nxt < j + 3 and self.adjacent(nxt - 1):
            w = words[nxt]
            if not (w.startswith("ال") or words[nxt - 1] in NAME_PREFIXES):
                break
            if (
                w in ADJECTIVES
                or w in DIRECTION_ADJECTIVES
                or not (self.name_word(w) or _definite_place_word(w) or w[2:] in NAME_HEADS)
            ):
                break
            nxt += 1
        if nxt == j + 1 and k is not None and k.start == starts[j]:
            return k.start, k.end, k.key, True, nxt
        end = ends[nxt - 1]
        return starts[j], end, name_key(self.text[starts[j] : end]), False, nxt

    def name_at(
        self, j: int, *, introduced: bool, conj: bool = False, known_only: bool = False, dual: bool = False,
        oriented: bool = False,
    ) -> tuple[int, int, str, bool, int] | None:  # fmt: skip
        """(start, end, key, known, next word) of a name at word j; ``conj``: j may carry the و of a list;
        ``dual``: a dual type word promised this name; ``oriented``: a direction word stands before it."""
        words, starts, ends, n = self.words, self.starts, self.ends, len(self.words)
        if j >= n:
            return None
        if words[j] in _WHAT_FIELDS_HOLD and j > 0 and words[j - 1] in ("حقل", "حقلي", "حقلين"):
            return None
        if words[j] in _WHAT_STATIONS_SERVE and j > 0 and _one_of(words[j - 1], _STATIONS):
            return None
        if conj and words[j][:1] == "و" and words[j][1:] in TYPE_WORDS:
            # "بلدتي X وY ومدينة Z": a type word after و opens the next place of its own (its phrase, joined to the
            # list after), no name of the list (not Medina)
            return None
        capital = capital_word(words[j])
        if capital is not None:
            return self.capital_at(j, *capital)
        if words[j] in _LANDS_FORMS:
            return self.lands_at(j)
        k = self.known.get(j)
        if (
            k is not None
            and (conj or k.start == starts[j] or not introduced)
            and (dual or self.accept_known(k, j, introduced=introduced, oriented=oriented))
        ):
            single = " " not in self.text[k.start : k.end]
            adjacent = self.adjacent(j)
            nxt_word = words[j + 1] if adjacent else ""
            # منطقة دير الزغب: a village called دير must not cut the name the gazetteer lacks; nor must a
            # one-word village cut a two-word name after a type word (حي بستان الباشا, not Latakia's بستان)
            # a definite word that may go on a name: "بستان الباشا"، "ميدان التحرير"
            goes_on = (
                single
                and k.end == ends[j]
                and nxt_word.startswith("ال")
                and self.name_word(nxt_word)
                and nxt_word not in ADJECTIVES
                and not _adjective_like(nxt_word)
                and not nxt_word.endswith("يه")
            )
            cut = (
                (
                    introduced
                    and single
                    and adjacent
                    and (
                        (
                            self.text[k.start : k.end] in NAME_PREFIXES
                            and (
                                self.name_word(nxt_word)
                                or _definite_place_word(nxt_word)
                                or nxt_word in NAME_HEADS
                                or (nxt_word.startswith("ال") and nxt_word[2:] in NAME_HEADS)  # عين الجسر
                            )
                        )
                        or (
                            goes_on
                            # "مجلس محافظة الأنبار الحكومة": a governorate the index knows is named whole
                            and _type_of(words[j - 1]) != ("محافظه", False)
                        )
                    )
                )
                or (
                    # "بميدان التحرير"، "في ساحة الحرية": a landmark's head word names no place of its own before its
                    # name (not Medan), whatever the index holds under the head word alone; nor does an ordinary
                    # noun of a road before a name of any kind ("مفرق حبيش": a junction, not Mafraq)
                    self.text[k.start : k.end] in NAME_HEADS
                    and (goes_on or self._heads_a_name(j, k, nxt_word))
                )
                or (
                    # "بقطاع ظهران الجنوب": a town's name goes on with a definite compass noun (the southern Dhahran,
                    # not the Dhahran of the Eastern Province), which makes another place than the index's
                    single and k.end == ends[j] and nxt_word in _COMPASS_NOUNS
                )
            )
            if not cut:
                nxt = j
                while nxt < n and starts[nxt] < k.end:
                    nxt += 1
                if single and nxt == j + 1 and self.second_word_before_a_side(j):
                    # "في دمنة خدير شرق مدينة تعز": the place's name goes on with a bare word before the side of
                    # another place; the index's entry for its first word stays (the same locality, named short)
                    return k.start, ends[j + 1], k.key, True, j + 2
                return k.start, k.end, k.key, True, nxt
        if known_only:
            return None
        # a name the gazetteer lacks needs a type word before it, or a head word inside it (جبل التركمان)
        w1 = words[j]
        s1 = starts[j]
        if conj and w1.startswith("و"):
            w1, s1 = w1[1:], s1 + 1
            if _verb_like(w1) and w1 not in NAME_PREFIXES:  # (a short first word of a name: وتل الشيخ)
                return None
        elif w1.startswith("و") and w1 not in NAME_PREFIXES and _head_reading(w1) is None:
            return None  # "مناطق وطرق", "بلدات واعدم": a type word followed by and-X has no name of its own
        elif w1.startswith("است") and _verb_like(w1):
            return None  # "مداهمات استهدفت …": a Form X verb (istafʿala) after a plural type word, not a name
        elif w1.startswith(("تؤ", "يؤ", "تو", "يو", "تت", "يت")) and len(w1) >= 4 and introduced:
            # "في مناطق تؤكد الاستخبارات …"، "مناطق تتعرض للقصف": a present verb (تؤ، يت…) after a type word
            return None
        if introduced and not conj and _opens_a_clause(w1):
            return None
        if introduced and not conj and self.adjacent(j) and words[j + 1] in _BACK_TO_THE_PLACE:
            # "منطقة سيطر عليها التنظيم"، "بلدة انسحب منها الجيش": a verb whose preposition carries the pronoun of
            # the place opens a clause about it (a relative clause with no relative pronoun), no name
            return None  # "في حي يغلب الشيعة على سكانه"، "معسكر يقع تحت سيطرتهم": what the place is, not its name
        if introduced and w1.startswith("لل"):
            return None
        if introduced and w1.startswith("ل") and w1[1:] in UNIT_HEADS:
            return None  # "حاجز لجبهة النصرة"، "مقر لكتائب …": li- and the armed group whose it is, no place's name  # "حاجز للجيش"، "مقر للتنظيم": li- and the article name whose it is, no place's name
        if introduced and w1.startswith("بب"):
            # بلدات ببابكة: bi-Bābka, a preposition written onto a name the gazetteer lacks
            w1, s1 = w1[1:], s1 + 1
        clitic_head = _head_reading(w1)
        if clitic_head is not None and clitic_head[0]:
            # "جراء قصف قوات النظام لجبل التركمان", "بجبل التركمان": the head carries a preposition
            w1, s1 = clitic_head[1], s1 + len(clitic_head[0])
        # "حي طريق السد": after the word of a quarter, a road's word is the first of its name (no road to a place)
        head = (
            w1 in NAME_HEADS
            or (w1 == "طريق" and introduced and j > 0 and _one_of(words[j - 1], _QUARTER_WORDS))
            # "منطقة قرن الصابحية": after a type word, a peak's word heads a name (not a century: "نصف قرن مضى")
            or (w1 in _PEAK_HEADS and introduced)
        )
        if not introduced and not conj and (hill := _hill_clitic(words[j])) is not None and j + 1 < n:
            # "في تل حمكي"، "بتل الخضر"، 'على "تل الخطاب"': a hill after a preposition of place, or opening a quoted
            # name, heads a name the gazetteer lacks
            if "ب" in hill or (
                hill == "" and j > 0 and (words[j - 1] in ("في", "وفي") or '"' in self.gaps[j])
            ):
                head, w1, s1 = True, _HILL, starts[j] + len(hill)
        # after a type word a definite landmark word is itself the name: حي الميدان (the Maidan quarter)
        landmark = introduced and w1.startswith("ال") and w1[2:] in NAME_HEADS
        if landmark:
            return s1, ends[j], name_key(w1), False, j + 1
        # "حي جمعية الزهراء": a quarter named for the housing cooperative that built it, its name the word after
        cooperative = w1 in _COOPERATIVE and introduced and j > 0 and _one_of(words[j - 1], _QUARTER_WORDS)
        if (
            not (introduced or head)
            or not (head or self.name_word(w1))
            or (
                _adjective_like(w1)
                # ("قرية ساقية نجم": a name's first word that reads like an adjective opens a name all the same)
                and w1 not in NAME_PREFIXES
                and not (dual or cooperative or (introduced and self.ends_on_i(j, w1)))
            )
        ):
            return None
        if conj and w1 in ADJECTIVES:
            return None  # "بلدتي نبل والزهراء والمحاصرتين": an adjective after و ends the list
        # (or the last of a list, ended by a stop or by the side of a place: "مناطق جعولة وبير أحمد والعلم شمال
        # عدن" — a common word with the article there names a place, as the list's names before it do)
        listed = conj and (
            self.gaps[j].strip() == ","
            or (
                w1.startswith("ال")
                and w1 not in ADJECTIVES
                and (j + 1 >= n or self.gaps[j + 1].strip()[:1] in _LIST_STOPS or words[j + 1] in DIRECTIONS)
            )
        )
        # حي التحرير، شارع الثوره، ساحه الحريه: after one urban place word a common definite word names it
        # (a singular منطقة too: منطقة الشعب، منطقة التحرير; but not before an adjective: منطقة الامنية)
        urban = (
            introduced
            and j > 0
            and w1.startswith("ال")
            and _one_of(words[j - 1], _URBAN_WORDS)
            and not (w1.endswith(("يه", "ي")) and _one_of(words[j - 1], _AREA_WORD))
        )
        # "بلدة حضر"، "بلدة الزهراء": after a singular type word of a settlement a common word is its name, not an
        # adjective (one of kind, "قرية الحدودية", is none)
        settled = (
            introduced
            and j > 0
            and _one_of(words[j - 1], _SETTLEMENT_WORDS)
            and w1 not in _PLAIN_ADJECTIVES
            and not (w1.startswith("ال") and (w1 in ADJECTIVES or w1.endswith(("يه", "ي"))))
        )
        # "حي سلطان غازي": an indefinite common word after a type word, its genitive a name on ـي after it
        construct = (
            introduced
            and not w1.startswith("ال")
            and self.adjacent(j)
            and _LETTER.match(w1) is not None
            and _name_on_i("", words[j + 1])
        )
        if (
            name_key(w1) in _COMMON_KEYS
            and w1 not in NAME_PREFIXES
            and not (head or listed or urban or dual or settled or cooperative or construct)
        ):
            return None  # مناطق النظام، طيران التحالف (but "احياء كلابه، والتحرير، …" lists a district)
        end, nxt = ends[j], j + 1
        if self.adjacent(j):
            w2 = words[j + 1]
            definite = w2.startswith("ال") and (not w2.endswith("يه") or w1.startswith("ال"))
            # ("حي السبع بحرات"، "ساحة الخمس طرق": a definite count after a type word goes on with what it counts)
            counted = introduced and w1 in _DEFINITE_COUNTS
            # "منطقة السيدة زينب"، "حي الشيخ مقصود": a person's title after a type word goes on with the person's name
            titled = (
                introduced
                and w1 in _PERSON_TITLES
                and not w2.startswith(("ال", "و"))
                and name_key(w2) not in _COMMON_KEYS  # (not "منطقة الشيخ قتلى")
            )
            takes = (
                w1 in NAME_PREFIXES or head or definite or cooperative or counted or construct or titled
            ) and not (w1 == "وادي" and not w2.startswith("ال"))
            # وX after a name is the next item of a list, except after a word that cannot stand alone (تل واسط)
            coord = w2.startswith("و") and w1 not in NAME_PREFIXES
            # after a head word, another landmark word with the article is its name: جولة الحوض، شارع الميدان
            # (so after a type word: "قرية فتحة السد", the dam's opening; and a facility's word after a head: "دوار
            # المطار"، "طريق المطار")
            landmark_name = w2.startswith("ال") and (
                ((head or introduced) and w2[2:] in NAME_HEADS) or (head and w2[2:] in _FACILITIES)
            )
            # "حي أم القرى": a name's first word (أم، أبو) goes on even with a definite place word, or a landmark
            # word ("ناحية قرة تبه": Qara Tapa, the black hill)
            prefixed = w1 in NAME_PREFIXES and (_definite_place_word(w2) or w2 in NAME_HEADS)
            if (
                takes
                # (a road's head before an ordinary word is no landmark: "مدخل حمام السباحة"، "بوابة الوسط")
                and not (name_key(w2) in _COMMON_KEYS and (w1 in _NEW_ROAD_HEADS or self.bare_common(w1, w2)))
                and (self.name_word(w2) or landmark_name or prefixed or (head and w2 in _PEOPLE_WORDS))
                and w2 not in ADJECTIVES
                and not coord
                # "سوق للخضار"، "مستودع للأسلحة": li- and the article on the next word, what the thing is for
                and not w2.startswith("لل")
                # "محطة الزارة الحرارية": what a station is, no part of its place's name
                and not (w2.endswith("يه") and _one_of(words[j - 1], _STATIONS))
                and (
                    not _adjective_like(w2)
                    or _genitive_on_i(w1, w2)
                    or counted
                    or (introduced and not w1.startswith("ال") and _name_on_i("", w2))
                )
                # "جولة تشمل الكويت" (a tour that takes in Kuwait): a clause after the head word, not its name
                and not (head and _opens_a_clause(w2))
            ) or (w1 == "باب" and w2 in _GATE_SIDES):
                # ("حي باب شرقي": the gate's side is its name, not a direction of al-Bab)
                end, nxt = ends[j + 1], j + 2
        if (
            (head or w1 in NAME_PREFIXES)
            and nxt == j + 2
            and not words[j + 1].startswith("ال")
            and self.adjacent(j + 1)
            and j + 2 < n
        ):
            # "تلة جورة الماء"، "تل جورة الماء"، "جبل زين العابدين": a name in the construct state after a landmark's
            # head or a name's first word goes on with its definite genitive (not an adjective: "جبل صبر الشرقي")
            w3 = words[j + 2]
            if (
                w3.startswith("ال")
                and self.name_word(w3)
                and w3 not in ADJECTIVES
                and not _adjective_like(w3)
                and not w3.endswith(("يه", "ي"))
                # (nor a participle with its preposition: "جبل صبيرة المشرف على …")
                and not (j + 3 < n and words[j + 3] == "علي")
            ):
                end, nxt = ends[j + 2], j + 3
        if nxt == j + 2 and words[j + 1] in _BOUND_FIRST and self.adjacent(j + 1) and j + 2 < n:
            # "ناحية خان بني سعد": a name's last word that needs the one after it (بني، أبو، بن) takes it
            w3 = words[j + 2]
            if not w3.startswith(("ال", "و")) and self.name_word(w3) and w3 not in ADJECTIVES:
                end, nxt = ends[j + 2], j + 3
        if (head or cooperative) and nxt == j + 1:
            return None
        if (
            nxt == j + 1
            and w1 in NAME_PREFIXES
            and name_key(w1) in _COMMON_KEYS
            and not (listed or urban or dual or settled)
        ):
            return None  # "قرب سوق شعبي": a name's first word alone is the common noun it is (a market), no place
        name = self.text[s1:end]
        return s1, end, name_key(name), False, nxt

    def name_word(self, w: str) -> bool:
        return _name_word(w)

    def ends_on_i(self, j: int, w: str) -> bool:
        """Word j, on ـي after a type word, is a name (see _name_on_i) that ends there: not when a bare word that
        may go on a name follows it ("منطقة غازي عثمان باشا": a name longer than what is read, not غازي)."""
        if not _name_on_i(self.words[j - 1], w):
            return False
        if not self.adjacent(j):
            return True
        nxt = self.words[j + 1]
        return (
            nxt.startswith("ال")
            or nxt[:1] in ("ب", "ل", "و", "ف")  # (a preposition or و on the next word: "بولاية سيواس")
            or not self.name_word(nxt)
            or nxt in DIRECTIONS
            or _type_of(nxt) is not None
            or _head_reading(nxt) is not None
        )

    def second_word_before_a_side(self, j: int) -> bool:
        """Word j, right after في, holds a one-word name that the bare word after it goes on, a side of another
        place after that: "في دمنة خدير شرق مدينة تعز" (no known name, ordinary word, adjective or verb)."""
        words, n = self.words, len(self.words)
        if not (
            0 < j
            and j + 2 < n
            and words[j - 1] in ("في", "وفي")
            and self.adjacent(j)
            and self.adjacent(j + 1)
        ):
            return False
        w2 = words[j + 1]
        return (
            w2[:1] != "و"
            # (nor a word with the article, a preposition on it or not: "في الجفينة بالجبهة الشرقية")
            and not w2.startswith(("ال", "بال", "لل", "كال", "فال"))
            and j + 1 not in self.known
            and self.name_word(w2)
            and w2 not in ADJECTIVES
            and not _adjective_like(w2)
            and not _verb_like(w2)
            and name_key(w2) not in _COMMON_KEYS
            and any(st in DIRECTIONS for _, st in _stems(words[j + 2]))
        )

    def _heads_a_name(self, j: int, k: _Known, nxt_word: str) -> bool:
        """The one-word head ``k`` at word j (a junction, a gate) goes on with the bare name right after it."""
        return (
            k.end == self.ends[j]
            and self.text[k.start : k.end] in _ROAD_HEADS
            and nxt_word != ""
            and not nxt_word.startswith("و")
            and self.name_word(nxt_word)
            and nxt_word not in ADJECTIVES
            and not _adjective_like(nxt_word)
            and not _verb_like(nxt_word)
            and name_key(nxt_word) not in _COMMON_KEYS
        )

    def capital_at(self, j: int, clitic: int, definite: bool) -> tuple[int, int, str, bool, int] | None:
        """ "في العاصمة"، "غربي العاصمة"، "العاصمة اليمنية"، "عاصمة البلاد"، "عاصمة اليمن": the capital, named by
        the word (see rasad.geo.capitals); not where the capital's own name follows (العاصمة صنعاء، العاصمة
        اليمنية صنعاء: that name is the toponym), nor another kind of capital (العاصمة الاقتصادية)."""
        words, starts, ends = self.words, self.starts, self.ends
        if clitic == 0 and j > 0 and self.adjacent(j - 1) and self.names_a_place(j - 1):
            return None  # "صنعاء العاصمة": the capital's own name before it is the toponym
        s, end, nxt = starts[j] + clitic, ends[j], j + 1
        after = words[nxt] if self.adjacent(j) else ""
        if definite:
            if after and other_kind(after):
                return None
            if after.startswith("ال") and after.endswith("يه"):  # a nisba: العاصمة اليمنية
                end, nxt = ends[nxt], nxt + 1
            if self.named_at(nxt, after=nxt - 1):
                return None
        elif after == "البلاد" or name_key(after) in COUNTRY_KEYS:
            end, nxt = ends[nxt], nxt + 1  # عاصمة البلاد، عاصمة اليمن
        else:
            return None  # عاصمة الخلافة، عاصمة المحافظة: the capital of something else
        name = self.text[s:end]
        return s, end, name_key(name), True, nxt

    def lands_at(self, j: int) -> tuple[int, int, str, bool, int] | None:
        """ "داخل الأراضي السورية"، "بالأراضي التركية": the lands and a country's nisba right after them, a toponym
        "الاراضي السوريه" naming that country (see :func:`lands_country`); none when where in them follows ("في
        الأراضي السورية شمال حلب": the place north of Aleppo is finer)."""
        if not self.adjacent(j) or self.words[j + 1] not in CAPITAL_NISBAS:
            return None
        if j + 2 < len(self.words) and self.adjacent(j + 1) and _relation_stems(self.words[j + 2]):
            return None
        w = self.words[j]
        s = self.starts[j] + len(w) - (len(LANDS) if w.endswith(LANDS) else len(LANDS) - 2)  # (للاراضي)
        end = self.ends[j + 1]
        return s, end, name_key(self.text[s:end]), True, j + 2

    def named_at(self, i: int, *, after: int) -> bool:
        """A known place's name starts word i, right after word ``after`` (a name in apposition: العاصمة
        صنعاء)."""
        return i < len(self.words) and self.adjacent(after) and self.names_a_place(i, ending=False)

    def names_a_place(self, i: int, *, ending: bool = True) -> bool:
        """A known place's name, one that may stand on its own (not الي, nor an ordinary word), starts word i
        (``ending``: and ends with it)."""
        k = self.known_at(i, bare=True)
        return k is not None and (not ending or k.end == self.ends[i]) and not self.refused_alone(k, i)

    def persons_name(self, j: int, k: _Known) -> bool:
        """ "وزير الخارجيه الايطالي باولو جينتيلوني": after an official's title and nationality comes his name
        (Paolo, not Oulu); "اشاد الوزير عز الدين الاصبحي": so it does right after a definite title."""
        if j < 1:
            return False
        prev = self.words[j - 1]
        if prev in _TITLES and self.adjacent(j - 1) and k.start == self.starts[j]:
            return not self._visited(j)
        if j < 2 or (k.start != self.starts[j] and self.words[j].startswith("لل")):
            return False  # "وصل وزير الخارجية الامريكي للقاهرة": a name under لل (to the) is nobody's own
        if k.start == self.starts[j] + 1 and self.words[j].startswith("ل") and k.key not in COUNTRY_KEYS:
            # "وصل وزير الخارجية الإيراني لبغداد": nor is a town's under li- (to), where the visit went (a country
            # under it is the one the office is for: "المبعوث الأممي لسوريا")
            return False
        if not (prev.startswith("ال") and prev.endswith("ي") and len(prev) >= 5):
            return False
        return any(
            _one_of(self.words[i], _OFFICIALS) for i in range(max(0, j - 4), j - 1)
        ) and not self._visited(j)

    def with_a_surname(self, k: _Known, stem: str) -> bool:
        """ "قال صلاح الدين دمرداش زعيم الحزب": a name shaped as a man's compound given name (X الدين، X الله،
        عبد X) and an indefinite name word right after it, his family name, is the man, not the place so named
        (a verb, a direction or a time word after it leaves the place: "نازحي صلاح الدين حاولوا …")."""
        if not (stem.endswith((" الدين", " الله")) or stem.startswith("عبد ")) or stem.count(" ") != 1:
            return False
        m = bisect_left(self.starts, k.end)
        if m >= len(self.words) or not self.adjacent(m - 1):
            return False
        w = self.words[m]
        return (
            len(w) >= 3
            and not w.startswith(("ال", "و"))
            and self.known_at(m) is None
            and self.name_word(w)
            and name_key(w) not in _COMMON_KEYS
            and "ال" + w not in ADJECTIVES
            and not _verb_like(w)
        )

    def _visited(self, j: int) -> bool:
        """ "وزار الوزير موسكو"، "سيزور وزير الخارجية السعودي موسكو": a verb of visiting before the official makes
        the name after him where the visit goes."""
        return any(_one_of(self.words[i], _VISITS) for i in range(max(0, j - 6), j - 1))

    def in_a_units_name(self, j: int, k: _Known) -> bool:
        """ "لواء شهداء اليرموك": a unit's head word and the martyrs it is named after make the name that follows
        part of an armed group's name, no place."""
        return (
            k.start == self.starts[j]
            and j >= 2
            and self.words[j - 1] in _UNIT_NAMED_AFTER  # (first: most words are no martyrs)
            and self.adjacent(j - 1)
            and self.adjacent(j - 2)
            and any(
                self.words[j - 2][c:] in UNIT_HEADS for c in (0, 1) if c == 0 or self.words[j - 2][0] in "وبل"
            )
        )

    def dual_noun(self, k: _Known, stem: str) -> bool:
        """ "غارات على جسرين استراتيجيين": a dual or plural noun with its agreeing adjective after it (two
        strategic bridges), not the village Jisrin."""
        if " " in stem or stem.startswith("ال") or not stem.endswith(("ين", "ان")):
            return False
        after = self.text[k.end : k.end + 20].split()[:1]
        return (
            bool(after)
            and not after[0].startswith("ال")
            and after[0].endswith(("يين", "يتين", "يان", "يتان"))
        )

    @staticmethod
    def bare_common(w1: str, w2: str) -> bool:
        """ "جسر عبور" (a bridge to cross): a bridge, a roundabout … before an ordinary word without the article."""
        return w1 in _BARE_COMMON_HEADS and w2[:2] != "ال"

    def an_idiom(self, k: _Known, j: int, stem: str) -> bool:
        """The name is a word of an idiom: "بحجة أن" (under the pretext), "القائم بالأعمال" (chargé d'affaires)."""
        if stem != _PRETEXT and stem != _IN_CHARGE:
            return False
        after = self.words[j + 1] if self.adjacent(j) and k.end == self.ends[j] else ""
        if stem == _IN_CHARGE:
            return after in _IN_CHARGE_OF
        if self.text[self.starts[j] : k.start] not in _PRETEXT_CLITICS or not after:
            return False
        return not (
            after[0] == "و"
            or after in DIRECTIONS
            or after in ADJECTIVES
            or after in STOP_WORDS
            or (after in FUNCTION_WORDS and not after.startswith("ان"))
            or after.endswith(("يه", "ي"))
        )

    def accept_known(self, k: _Known, j: int, *, introduced: bool, oriented: bool = False) -> bool:
        """Guard against ordinary words that are also village names: وزارة is not wa-Zāra, بيان not Bayān."""
        stem = self.text[k.start : k.end]
        if stem in _TOLD_APART_AS_WRITTEN:
            return self.written_apart(k)
        if stem in _ONLY_WITH_THE_ARTICLE and self.text[self.starts[j] : k.start] not in _LIL_PREFIXES:
            return False  # (li-l- keeps the article, its alef elided: "دعم لليمن"، "وللقصير")
        if stem in FUNCTION_WORDS or stem in STOP_WORDS:
            return False
        if self.dual_noun(k, stem) or self.persons_name(j, k) or self.in_a_units_name(j, k):
            return False
        if self.an_idiom(k, j, stem):
            return False
        if introduced:
            # مناطق وقف إطلاق النار: after a type word an ordinary word still needs a real town behind it — not
            # after one settlement named as such, which a name follows ("بلدة الزيارة": Ziyara, not the visit)
            if j > 0 and _type_of(self.words[j - 1]) in _ONE_SETTLEMENT:
                return True
            return k.key not in _COMMON_KEYS or k.population >= _CITY
        # (the name the word holds alone is refused or not as the word is: see read)
        refused = (
            self.refused[self.words[j]]
            if self.refused is not None and k.end == self.ends[j]
            else self.refused_alone(k, j)
        )
        if refused or self.noun_with_pronoun(k, stem) or self.with_a_surname(k, stem):
            return False
        if (
            stem in _INSISTENT
            and k.start == self.starts[j]
            and self.adjacent(j)
            and self.words[j + 1] == "علي"
        ):
            return False
        if (
            k.population < _CITY
            and " " in stem
            and j > 0
            and self.words[j - 1] in _OPERATIONS
            and self.adjacent(j - 1)
            and k.start == self.starts[j]
            and name_key(stem.split(" ", 1)[0]) in _COMMON_KEYS
        ):
            # "غرفة عمليات عمر المختار": a man's name (its first word a common given name: عمر، خالد) an operation
            # or its command room is named after, not the village named after him (a place after the word is the
            # operations' area: قيادة عمليات الأنبار)
            return False
        if (
            k.population < _LARGE
            and _and_a_verb(self.text[self.starts[j] : k.end])
            and not (j > 0 and self.words[j - 1] in _IN_A_PLACE and self.adjacent(j - 1))
        ):
            # "والحكومة ودان الهجوم": a bare word that reads as و and a verb of the lexicon is that verb (and
            # condemned), not Waddan, unless a type word or a preposition introduces it (مدينة ودان، في ودان)
            return False
        if (
            k.population < _CITY
            and k.start == self.starts[j]
            and k.end == self.ends[j]
            and self.adjacent(j)
            and j + 1 not in self.known
            and _AND_A_VERBAL_NOUN.fullmatch(self.words[j + 1])
        ):
            # "في رصد ومتابعة"، "على دعم ومساندة": a bare word paired by و with a verbal noun no place bears is
            # that noun's like (monitoring and following up), not the village of its name
            return False
        if " " in stem and stem.split(" ", 1)[0] in FUNCTION_WORDS:
            # "وقالت مصادر ان صالح يقوم …": that (ان) and a man's name, not In Salah; "في ان صالح" would be
            return j > 0 and self.words[j - 1] in _INTRODUCERS and self.adjacent(j - 1)
        if k.start == self.starts[j] and (stem in ADJECTIVE_NAMES or stem in PRONOUN_NAMES):
            # "ذخائر حديثة"، "دعم مالي": bare, the word is what it says; "في حديثة" names the town (not every
            # preposition does: "غرسة من غراس" is a seedling, "الى جنان الخلد" paradise)
            return (
                stem in ADJECTIVE_NAMES
                and j > 0
                and self.words[j - 1] in _IN_A_PLACE
                and self.adjacent(j - 1)
            )
        if k.key in _COMMON_KEYS:
            return True  # a large city (refused_alone)
        if " " in stem or k.population >= _TOWN:
            return True
        # a village of one word with no type word: only after a preposition (سيطروا على كفرناها) or a direction
        # (غرب ديالى), or joined by و to the place named right before it ("في تعز ولحج وأبين")
        # … or with a ب on it and a direction right after it ("مواقع بالحبانية شرق الرمادي")
        return (
            (oriented and k.start == self.starts[j])
            or self.placed(j, listed=k.start > self.starts[j])
            or self.listed_before_a_town(j)
            or (
                self.text[self.starts[j] : k.start] in _BI_CLITICS
                and self.adjacent(j)
                and self.words[j + 1] in DIRECTIONS
            )
        )

    def placed(self, j: int, *, listed: bool) -> bool:
        """Word j follows a preposition, or (``listed``: its و is a clitic) the place named right before it."""
        return (
            j > 0
            and self.adjacent(j - 1)
            and (
                self.words[j - 1] in _INTRODUCERS
                # "في المنصورة وفي التواهي": a preposition with its و (or ف) puts the next place as well
                or (self.words[j - 1][:1] in "وف" and self.words[j - 1][1:] in _IN_A_PLACE_OR_TO)
                or (listed and self.words[j][0] == "و" and self.listed_after_a_place(j - 1))
                or self.at_a_front(j - 1)
            )
        )

    def at_a_front(self, i: int) -> bool:
        """Word i is a front word (or ولاية) after a preposition ("في جبهة"، "على محور"، "في ولاية") or with bi- on
        it ("بجبهة"، "بولاية")."""
        w = self.words[i]
        if w in _PLACING_HEADS:
            return i > 0 and self.adjacent(i - 1) and self.words[i - 1] in _INTRODUCERS
        return w[:1] == "ب" and w[1:] in _PLACING_HEADS

    def listed_before_a_town(self, j: int) -> bool:
        """Word j, a name alone, is joined by و to a town named bare right after it, which the index holds as one
        ("قصفت الفصائل كفريا والفوعة"): the first of a pair of places."""
        if not self.adjacent(j) or self.words[j + 1][:1] != "و":
            return False
        k = self.known.get(j + 1)
        return (
            k is not None
            and k.start == self.starts[j + 1] + 1
            and k.end == self.ends[j + 1]
            and k.population >= _TOWN
            and not self.refused_alone(k, j + 1)
        )

    def listed_after_a_place(self, i: int) -> bool:
        """Word i holds a known place named as one: after a preposition, or itself listed after one — or read as a
        place of its own, a town named bare ("قصفت قوات النظام نبل وبيانون")."""
        if i in self.read_at:
            return True
        # (the last word of a known name of two or three words: "في دار سعد وجعولة")
        i = next(
            (
                x
                for x in (i - 1, i - 2)
                if x >= 0 and (k := self.known.get(x)) is not None and k.end == self.ends[i]
            ),
            i,
        )
        if self.known_at(i, bare=True) is None and not (
            self.words[i][0] == "و" and self.known.get(i) is not None
        ):
            # (or a name the index lacks right after في, the first of the list: "في البساتين وجعولة")
            return (
                i > 0
                and self.adjacent(i - 1)
                and self.words[i - 1] in _IN_A_PLACE
                and self.words[i].startswith("ال")
                and _name_word(self.words[i])
                and _unknown_name(self.words[i], plural=True)
            )
        return self.placed(i, listed=True)

    def noun_with_pronoun(self, k: _Known, stem: str) -> bool:
        """ "وطالب الوزير في بيانه" (in his statement): an ordinary word (COMMON_WORDS) with a pronoun on it is
        that word, not the place the gazetteer spells so (بيانة, Baena in Spain), even after a preposition. The
        pronoun ه must be written so: a name's ة normalizes to it ("في حمامة" may name a village); a word of two
        letters before the pronoun is too short to tell (أبها is no آب with ها), and a city stays one."""
        if k.population >= _CITY:
            return False
        for suffix in _POSSESSIVES:
            if (
                stem.endswith(suffix)
                and len(stem) - len(suffix) >= 3
                and stem[: -len(suffix)] in COMMON_WORDS
            ):
                if suffix != "ه":
                    return True
                if self.norm is not None:
                    return self.norm.raw[self.norm.starts[k.end - 1]] == "ه"
        return False

    def written_apart(self, k: _Known) -> bool:
        """The name is one normalization makes an ordinary word of, written as the place: "على إب" (the hamza
        tells the town from the month آب)."""
        form = _TOLD_APART_AS_WRITTEN.get(self.text[k.start : k.end])
        if form is None or self.norm is None:
            return False
        raw = self.norm.raw_span(k.start, k.end)
        return self.norm.raw[raw.start : raw.end] == form

    def refused_alone(self, k: _Known, j: int) -> bool:
        """The known name ``k`` at word j is refused without a type word before it, whatever the words around
        it: a function word, an ordinary word (a common one only names a large city), a type word."""
        return _refused(self.text[k.start : k.end], self.text[self.starts[j] : k.end], k.key, k.population)

    def toponym(
        self, j: int, s: int, e: int, key: str, known: bool, p0: int, p1: int, type_word: str | None,
        relation: str, direction: str | None, anchor: str | None,
    ) -> Toponym:  # fmt: skip
        text, norm = self.text, self.norm
        if norm is None:
            written = None
        else:
            written = norm.raw_text(s, e)
            if '"' in text[s:e]:
                # تلة "جورة الماء": the quotes around the name of a landmark's head are no part of its name
                written = " ".join(written.translate(QUOTES_TO_SPACES).split())
        # the fields in their order (see _new_toponym; conditionals, not min() and max(), which cost several
        # times as much in this interpreter)
        word_start = self.starts[j]
        return _new_toponym(
            s, e, text[s:e], text[word_start if word_start < s else s : e], p0, p1 if p1 > e else e, key, type_word,
            relation, direction,
            anchor, relation if anchor else None, known, False, None, written,
        )  # fmt: skip


# an adverb of place with a pronoun on it: "بداخله" (inside it, not Dakhla), "خارجه عن" (outside, not Kharga), "امامهم"
_AROUND_IT = frozenset(
    a + p
    for a in ("داخل", "خارج", "فوق", "تحت", "امام", "خلف", "وسط", "عند", "حول", "قرب", "جانب", "ضمن")
    for p in ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا")
)


@functools.cache
def _lexicon_verbs() -> frozenset[str]:
    """The one-word forms of the trigger lexicon's verbs, normalized, with the masculine past of each feminine
    one (دانت → دان، ادانت → ادان، نددت → ندد)."""
    out: set[str] = set()
    for e in load_lexicon("triggers"):
        for f in e.forms:
            w = normalize(f).text
            if " " in w:
                continue
            out.add(w)
            if w.endswith("ت") and len(w) >= 4:
                out.add(w[:-1])
    return frozenset(out)


def _and_a_verb(whole: str) -> bool:
    """``whole`` reads as و and a verb of the lexicon: "ودان" (and condemned), not Waddan."""
    return len(whole) >= 4 and whole[0] == "و" and whole[1:] in _lexicon_verbs()


def _refused(stem: str, whole: str, key: str, population: int) -> bool:
    """See :meth:`_Reader.refused_alone`: ``stem`` is the name as written, ``whole`` with its clitics."""
    return (
        stem in FUNCTION_WORDS
        or stem in _AROUND_IT
        or stem in STOP_WORDS
        or name_key(whole) in _COMMON_KEYS
        or len(key) < 3
        or stem in TYPE_WORDS
        or (key in _COMMON_KEYS and population < _LARGE)
    )


_GAP_PARTS = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+")


def _gap_word(text: str, start: int, end: int, *, sides: bool = False) -> str | None:
    """The one word (or run of punctuation) between two phrases but the adjectives of the first, "" when there is
    none, None when there are more: the only gaps across which a phrase locates the one before (read only up to
    a second word: the next place may be paragraphs on). With ``sides``, the side of twin villages is one of those
    adjectives: "بلدة الكرك الشرقي بريف درعا" lies in Daraa's countryside (before a city it is rather part of the
    name of a quarter: "منطقة الساحل الشرقي في مدينة درنة")."""
    word = ""
    for m in _GAP_PARTS.finditer(text, start, end):
        w = m.group()
        if w in ADJECTIVES or (sides and w in DIRECTION_ADJECTIVES):
            continue
        if word:
            return None
        word = w
    return word


# "الواقعة في"، "التابعة لـ" (of a village, its subdistrict: "قرية X التابعة لناحية Y"), with و after an adjective
_LYING_IN = re.compile(
    r"(?<!\w)و?ال(?:واقع|تابع)(?:ه|تين|ين)?(?: في| ?ل)?(?: (?:امتداد|بامتداد|جوار|بجوار))?\s*$"
)
# what lies beside a place rather than in it: "الواقعة في امتداد بلدة الفوعة"، "الواقعة بجوار بلدة X"
_LYING_BESIDE = frozenset(("امتداد", "بامتداد", "جوار", "بجوار"))
# what stands between a place and the province it lies in (normalized; the reader leaves ولاية out of the name)
_IN_A_PROVINCE = frozenset(("في ولايه", "بولايه", ", في ولايه", ", بولايه"))
_LYING_GAP = 40  # characters from a place to the words that say where it lies
# "محافظة الجوف، الواقعة الى الشمال من العاصمة صنعاء": the place told from is no place of the text (normalized)
_LYING_TOWARD = re.compile(
    r"(?<!\w)ال(?:واقع|تابع)(?:ه|تين|ين)? (?:الي )?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?: ال(?:شرقي|غربي))?"
    r"(?: من| ل)?(?: (?:العاصمه|مدينه|محافظه))?\s*$"
)


def _attach(text: str, tops: list[Toponym]) -> list[Toponym]:
    """A phrase that locates the toponym right before it becomes that toponym's anchor:
    ``بلدة باتبو في ريف حلب الغربي``, ``حي الشيخ فارس بمدينة حلب``, ``منطقة عرب سلوم شمال حلب``."""
    out = list(tops)
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        if (
            a.anchor is not None
            and a.relation not in ("in", "near")
            or a.group is not None
            and a.group == b.group
        ):
            continue
        # a bi- written onto the name or its type word (بحلب، ببلدة …), not the ب that opens بلدة itself
        clitic_b = (
            text[b.phrase_start : b.phrase_start + 1] == "ب"
            and b.phrase_start < b.start
            and (not b.type_word or text.startswith(b.type_word[:2], b.phrase_start + 1))
        )
        area = (
            b.relation not in ("in", "near", "road")
            or b.type_word in _AREA_TYPES
            # a mountain range or a plain is an area too: "قرية X في جبل الأكراد"، "بلدات في سهل الغاب"
            or (b.type_word is None and b.name.split(" ", 1)[0] in _AREA_HEADS)
        )
        bi_known = clitic_b and b.known and b.relation == "in"
        # "مديرية مشرعة وحدنان الواقعة في جبل صبر": what follows "lying in" locates the place before, whatever
        # it is (the rest of a name the index splits may stand before it)
        # (the pattern is tried only where its word stands: rarely)
        lying = (
            b.phrase_start - a.phrase_end < _LYING_GAP
            and (
                text.find("الواقع", a.phrase_end, b.phrase_start) != -1
                or text.find("التابع", a.phrase_end, b.phrase_start) != -1
            )
            and _LYING_IN.search(text, a.phrase_end, b.phrase_start)
        )
        if (
            not lying
            and b.phrase_start - a.phrase_end < _LYING_GAP
            and text.find("الواقع", a.phrase_end, b.phrase_start) != -1
        ):
            if _LYING_TOWARD.search(text, a.phrase_end, b.phrase_start):
                out[n] = _replace(b, attached=True)  # (where a lies is told from b: a's own place stands)
                continue
        if lying:
            members = [m for m in range(n) if out[m].group is not None and out[m].group == a.group] or [n - 1]
            beside = text[a.phrase_end : b.phrase_start].split()[-1:]
            relation = "near" if beside and beside[0] in _LYING_BESIDE else _anchor_relation(b)
            for m in members:
                out[m] = _replace(out[m], anchor=b.name, anchor_relation=relation)
            out[n] = _replace(b, attached=True)
            continue
        if (
            b.type_word is None
            and b.relation == "in"
            and b.phrase_start - a.phrase_end <= 12
            and text[a.phrase_end : b.phrase_start].strip() in _IN_A_PROVINCE
        ):
            # "منطقة اكتشاي في ولاية شرناق"، "بلدة كماه بولاية أرزينجان": the province the place lies in
            members = [m for m in range(n) if out[m].group is not None and out[m].group == a.group] or [n - 1]
            for m in members:
                out[m] = _replace(out[m], anchor=b.name, anchor_relation="province")
            out[n] = _replace(b, attached=True)
            continue
        if not (area or bi_known):
            continue  # (most pairs: what stands between them does not matter)
        if b.start > b.phrase_start and text[b.phrase_start] == "و":
            # "مدينة حلب وريف إدلب": a phrase joined by and is the next place, not where the one before lies
            space = text.find(" ", b.phrase_start, b.start)
            w = text[b.phrase_start + 1 : space if space != -1 else b.start]
            if _type_of(w) is not None or _relation_stems(w):
                continue
        # adjectives of the first place may stand between: مطار كويرس العسكري في ريف حلب
        gap = _gap_word(
            text, a.phrase_end, b.phrase_start, sides=b.relation == "countryside" or b.type_word == "محافظه"
        )
        # حي الصاخور بحلب: a known place written with bi- right after locates the one before
        # "ناحية المشيرفة (جنوب الموصل)": a bracket holds the place's location
        if (area and gap in ("", "في", ",", "(")) or (gap == "" and bi_known):
            if a.type_word == "محافظه" and b.type_word in _DISTRICT_TYPES and b.group is None:
                # "بمحافظة شبوة مديرية بيحان"، "في محافظة ديالى قضاء الخالص": the district told after its
                # governorate is where the act was, the governorate where the district lies
                out[n] = _replace(b, anchor=a.name, anchor_relation="province")
                out[n - 1] = _replace(a, attached=True)
                continue
            members = [m for m in range(n) if out[m].group is not None and out[m].group == a.group] or [n - 1]
            for m in members:
                out[m] = _replace(out[m], anchor=b.name, anchor_relation=_anchor_relation(b))
            out[n] = _replace(b, attached=True)
    return out
