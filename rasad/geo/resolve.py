"""Resolution: toponyms → :class:`rasad.model.Place`, ranked by the article's context.

Candidates come from the index by name key. They are ranked by the anchor the text gives (ريف حلب → Aleppo
governorate), the other places of the article — first those listed together with it, which lie together —
the article's country, the feature type and the population. A candidate far (> ``max_km``) from the context the
text points to is refused: the Aleppo-west المنصورة is not Raqqa's. A toponym with no acceptable candidate
falls back to the containing area the text honestly supports — the city of a neighbourhood (precision 2), the
governorate of ``ريف X`` (precision 3) — keeping its name as written.
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from rasad.geo.capitals import COUNTRY_KEYS, capital_reference
from rasad.geo.keys import arabic_skeletons, name_key
from rasad.geo.lexicon import DIRECTION_ADJECTIVES, FUNCTION_WORDS, NAME_HEADS, RELATIONS, TYPE_WORDS
from rasad.geo.polygons import haversine_km as _haversine_km
from rasad.geo.recognize import (
    _DISTRICT_TYPES,
    _PARTS_OF_A_WHOLE,
    Toponym,
    lands_country,
    recognize,
    settlement_country,
)
from rasad.geo.store import NEWS_REGION, Entry, Gazetteer
from rasad.geo.tables import CAPITAL_NISBAS, CAPITALS, COUNTRY_AR, LANDMARK_PREFIX
from rasad.model import GEO_NEAR, GEO_REGION, GEO_TOWN, Place
from rasad.text.normalize import NormText

# the same pairs of places are measured again and again (every candidate against every anchor of the article)
_km = lru_cache(maxsize=1 << 16)(_haversine_km)

# candidates of one name all this close are one place (the same town from two sources)
_SAME_PLACE_KM = 30.0
# how far from the centre of its city a quarter or suburb may lie (السيدة زينب, some 8 km from Damascus)
_QUARTER_KM = 15.0
# a city big enough to be the city of a neighbourhood named without one
_CITY_POPULATION = 100_000
# a town abroad this large stays itself whatever namesake the news region has (see _far_off); a smaller one gives
# way to the namesake by this much of the score (the weight of a population 2,000 times the other's)
_FAR_OFF_CITY = 1_000_000
_FAR_OFF_WEIGHT = 1.0
# the new or the old part of a city, its name's last word (بغداد الجديدة، حلب القديمة)
_NEW_OR_OLD = frozenset(("الجديده", "القديمه"))
_SEED_POPULATION = 1_000
# below this, a place is a village whose name likely recurs elsewhere
_VILLAGE = 10_000
# how many sentences before a place's own the text may have named the town it is then about (see _gone_on_from)
_SENTENCES_BACK = 3
NEIGHBOURHOOD_TYPES = frozenset(("حي", "ضاحيه", "مخيم"))
# areas that, unresolved, most likely belong to the city just named (منطقة عويجة after مدينة حلب)
_URBAN_TYPES = frozenset(("منطقه", "شارع", "دوار", "ساحه", "مبني", "معمل", "ثكنه"))
# the same for a landmark named by its head word: "مثلث العلم"، "جولة الحوض"، "شارع الاربعين"
_URBAN_HEADS = frozenset(("شارع", "دوار", "ميدان", "ساحه", "جوله", "مثلث", "جسر"))
# how far back in the text a city mention still gives an unresolved area its city
_CITY_WINDOW = 300
_REGION_TYPES = frozenset(("محافظه", "ريف"))
_DISTANCE_BEFORE = (
    24  # characters before a direction in which a distance from the city is told (120 كم شمال …)
)
# military sites, which lie away from the towns a text names with them
_AWAY_FROM_TOWNS = frozenset(("قاعده", "معسكر"))
# how close after a neighbourhood its city must be named to be taken as its city (في دمشق، بمدينة حلب)
_RIGHT_AFTER = 16
# how far after a place the place it is put in may be named ("… الواقعة في منطقة سهل الغاب")
_LYING_REACH = 60
# how close after a place a governorate must be named to be taken as its governorate (المطل على محافظة تعز)
_REGION_RIGHT_AFTER = 30
# "X التي يسيطر عليها التنظيم في ريف Y"، "X الواقعة بريف Y": a relative clause of X with the region it is in, no
# comma nor sentence end within
_WHICH_LIES_REACH = 60
# (or an adjective of the place with its complement, past the other place listed with it: "بلدتي الفوعة وكفرية
# المواليتين للنظام بريف إدلب")
_WHICH_LIES = re.compile(
    r"(?: و[\u0621-\u064a]+)? (?:التي|الذي|الواقعه|الواقع|ال[\u0621-\u064a]{3,}(?:ه|تين|تان))(?: [^\s,،.؟!]+)*? (?:في |ب)(?:ريف |محافظه )?$"
)
# how close after a typed place the city it lies at may be named ("… في المدخل الغربي للعاصمة صنعاء")
_CITY_AT = 40
_COUNTRYSIDE_AFTER = 80  # characters from a place to the countryside its sentence puts it in (see _fallback)
_SENTENCE_END = re.compile(r"[.!?\n]")
# a place told as lying on a border ("منطقة X على الحدود اليمنية السعودية"، "قرية X قرب الحدود مع تركيا"): the border
# says where it is, not the place the text named before (a border hundreds of km off the governorate told of)
_ON_A_BORDER = re.compile(
    r",? ?(?:الواقعه |الواقع |التي تقع |الذي يقع )?(?:علي|عند|قرب|بمحاذاه|بالقرب من) ال?حدود"
)
# a place told as the landmark a border area faces ("عبر الحدود قبالة بلدة كلس التركية"، "المنطقة الحدودية في سوريا
# المقابلة لمدينة كلس"، "على الجانب الآخر من الحدود مقابل X"): what faces it lies over the border, not in it
_FACED_ACROSS_THE_BORDER = re.compile(
    r"(?:(?:عبر|خلف|من) الحدود|الحدودي|الحدوديه)(?: [^\s,،.؟!]+){0,3} (?:قباله|المقابله|المقابل|مقابل) ل?$"
)
# how far the division over the border may lie from the landmark it faces (its point: a division is large)
_ACROSS_DIVISION_KM = 150.0
# the side a place lies on, told by an adverb with no place after it: "في منطقة الشعب شرقا"
_SIDEWARD = re.compile(r" (?:شرقا|غربا|شمالا|جنوبا)(?![\u0621-\u064a])")
# a place told as nearby, with no place after it to say what it is near ("قرية X القريبة"، "بقرية Y المجاورة"): near
# the place the text named last before it (see Geocoder._place_it_lies_by)
_NEARBY = re.compile(
    r" (?:ال)?(?:قريبه|مجاوره|قريب|مجاور)(?![\u0621-\u064a])(?! ?(?:من|منه|منها|ل[\u0621-\u064a]))"
)
# what overlooks a place ("التلال المطلة على مدينة تعز"، "جبل X المطل على مدينة Y") is near it, not in it: the words
# right before that place's phrase, and between the two
_OVERLOOKING_BEFORE = re.compile(r"(?:^|\s)(?:ال)?مطل(?:ه|ين|ان|تين)? علي $")
_OVERLOOKING = re.compile(r" (?:ال)?مطل(?:ه|ين|ان|تين)? علي $")
_OVERLOOKING_THE_CITY = re.compile(r" (?:ال)?مطل(?:ه|ين|ان|تين)? علي المدينه(?![\u0621-\u064a])")
_NEARBY_REACH = 300
# a settlement's type words, and how far before such a place the town it is told near may end (see
# Geocoder._town_told_near_before): "قرب مدينة إدلب على قرية X"
_VILLAGE_TYPES = frozenset(("مدينه", "بلده", "قريه"))
_NEAR_BEFORE = 24  # characters back from such a place to the place it is near
_SENTENCE_ENDS = re.compile(r"[.!?\n][.!?\n\s]*")  # (a full stop and a new line are one end)
# the last text whose sentence ends _sentence_ends found: (text, where each end starts, where it ends)
_last_sentence_ends: tuple[str | None, list[int], list[int]] = (None, [], [])


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where each match of _SENTENCE_ENDS in ``text`` starts and ends, found once per text (replaced whole: safe to
    share between threads; the text held is the very string, so the identity test is safe)."""
    global _last_sentence_ends
    last = _last_sentence_ends
    if last[0] is not text:
        starts: list[int] = []
        ends: list[int] = []
        for m in _SENTENCE_ENDS.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        last = _last_sentence_ends = (text, starts, ends)
    return last[1], last[2]


# the last text whose sentence-end characters _end_marks found: (text, where each stands)
_last_end_marks: tuple[str | None, list[int]] = (None, [])


def _end_marks(text: str) -> list[int]:
    """Where each character of _SENTENCE_END stands in ``text``, in order, found once per text (replaced whole: safe
    to share between threads; the text held is the very string, so the identity test is safe)."""
    global _last_end_marks
    last = _last_end_marks
    if last[0] is not text:
        last = _last_end_marks = (text, [m.start() for m in _SENTENCE_END.finditer(text)])
    return last[1]


def _an_end_between(text: str, start: int, end: int) -> bool:
    """``_SENTENCE_END.search(text, start, end) is not None`` (a sentence ends in ``[start, end)``), by bisection
    in :func:`_end_marks`: the resolver asks it of most toponyms, and the search runs through every character
    between (often the hundreds since the governorate the text last named)."""
    marks = _end_marks(text)
    k = bisect_left(marks, start)
    return k < len(marks) and marks[k] < end


def _sentences_back_start(text: str, at: int) -> int:
    """Where the ``_SENTENCES_BACK`` sentences before offset ``at`` start (0 when there are not as many): the end
    of the sentence end before them, as ``[m.end() for m in _SENTENCE_ENDS.finditer(text, 0, at)]`` lists them.
    (Those ends are the ends of the text's matches that start before ``at``, but the last, cut at ``at``: it is
    never the one read.)"""
    starts, ends = _sentence_ends(text)
    k = bisect_left(starts, at)  # the sentence ends that start before ``at``
    return ends[k - _SENTENCES_BACK - 1] if k > _SENTENCES_BACK else 0


_OFF_A_CITY = (
    24  # "دمنة خدير شرق مدينة تعز": a word and the direction between a place and the city it lies off
)
# "العاصمه الاردنيه " right before a name
_AFTER_A_NISBA = re.compile(r"العاصمه (ال[\u0621-\u064a]+يه) $")
# "احياء "، "مناطق " (the plurals of حي and منطقة), with their clitics, right before a name (see
# Geocoder._quarters_of_a_city)
_QUARTERS_OF = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:احياء|مناطق) $")
# "زحلة (شرق لبنان)"، "سوروتش جنوب تركيا": the side of a country a few words after a place (see
# Geocoder._country_put_in); group 1 is the country's name
_SIDE_OF_A_COUNTRY = re.compile(
    r"[^.!?\n()]{0,30}?\(? ?(?<![\u0621-\u064a])[وب]?(?:شمال|جنوب|شرق|غرب)ي?(?: (?:شرق|غرب)ي?)? ([\u0621-\u064a]+)"
)


def _a_side_named(after: str) -> bool:
    """Whether ``after`` holds a side's word (شمال، جنوب، شرق، غرب), as every match of _SIDE_OF_A_COUNTRY in it
    does: most places have none after them, and the pattern, which opens with up to 30 characters taken lazily,
    is tried at each of those (it took some 8 % of the time of resolving the places of an article)."""
    return "شمال" in after or "جنوب" in after or "شرق" in after or "غرب" in after


# "جبال قنديل في العراق"، "بلدة حوار في سوريا"، "… بالعراق": a country named right after a place, as where it is
_IN_A_COUNTRY = re.compile(r" (?:في |ب)([\u0621-\u064a]+)(?![\u0621-\u064a])")
# "قرية الحضر السورية"، "مدينة تل أبيض الحدودية السورية": the feminine nisba of a country right after a place, or
# after a word of kind there, says the country it lies in (see Geocoder._nisba_country); groups 1 and 2: the two
# words. (Past the place's other name in quotes or brackets: "مدينة عين العرب "كوباني" السورية".)
_NISBA_AFTER = re.compile(
    r'(?: ["(][\u0621-\u064a]+(?: [\u0621-\u064a]+)?[")])? (ال[\u0621-\u064a]+يه)(?: (ال[\u0621-\u064a]+يه))?'
    r"(?![\u0621-\u064a])"
)
# "وكيل محافظة عدن"، "محافظ محافظة": a word in construct with a governorate named as such is an office's title (a
# deputy, not Kiel), whatever the governorate then anchors
_TITLE_OF_AN_AREA = re.compile(r" (?:محافظه|مديريه) ")
# a name this short (its key's letters) left by a clitic is likelier the rest of an ordinary word
_SHORT_NAME = 4
# what a building or an institution is called by (مبنى محكمة، مركز الملاريا، قيادة اللواء، سور المجمع): a name that
# opens with one of these, or follows مبنى, names no place of its own but a building of the town it stands in
_FACILITY_NOUNS = frozenset(
    "محكمه قياده مجمع مركز مقر مكتب مستشفي مشفي مستوصف مدرسه جامعه كليه معهد مصنع معمل بنك مصرف سور جمعيه "
    "فرع مستودع مستودعات صوامع فندق ملعب محطه سجن دائره مديريه وزاره".split()
)
# between such a building and the town named as the one it stands in: a few words of its description (الجوية
# الثامنة، الطبي، اليمني), then في / داخل / الواقع في / الذي يقع في (and a ولاية the reader leaves out of the
# town's phrase), or a ب on the town's phrase (بمدينة البيضاء، بزوارة)
_HOUSED_IN = re.compile(
    r"(?P<words>(?: [\u0621-\u064a0-9]+){0,3}?)"
    r"(?P<link>(?: (?:الذي|التي) [يت]قع)?(?: ال?واقع[ه]?)?(?: (?:في|داخل)))?(?: (?:ولايه|اقليم))? ?"
)
_HOUSED_REACH = 48  # characters from the building's name to the town's phrase
_BIG_CITY = 250_000
_FAR_OFF_KM = 500  # how far from the city it is oriented by a town named with a direction may lie
# the prepositions that make a bare word after them a place (see Geocoder._a_word_abroad)
_PUT_AT = frozenset(("في", "بين", "قرب", "داخل"))
# "… شمال المدينة": a direction off the city the text is about, named by the word (not Medina: المدينة المنورة)
_OFF_THE_CITY = re.compile(
    r"[^.!?\n\d]*?(?<![\u0621-\u064a])[وب]?((?:شمال|جنوب|شرق|غرب)ي?(?: (?:شرق|غرب)ي?)?) المدينه"
    r"(?![\u0621-\u064a])(?! المنوره)"
)
# what stands between the members of a list of places: "الضالع ولحج وتعز"، "عدن، لحج"
_LIST_GAP = re.compile(r"[ ,،\-]*")
# the words right before a place that make it where a road or a move leads, not where things happen (see _on_the_way)
_TOWARDS = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:ال)?(?:مؤدي|مؤديه|موصل|موصله|واصل|واصله|رابط|رابطه) (?:الي|بين)|[يت]ربط(?: بين)?"
    r"|باتجاه|نحو|صوب) $"
)
# "من صنعاء" (from Sanaa) right before a city: where people or supplies come from (not "بالقرب من", "كل من")
_FROM = re.compile(r"(?<![\u0621-\u064a])(?<!القرب )(?<!قرب )(?<!قريب )(?<!القريبه )(?<!مقربه )(?<!كل )من $")
# the gazetteer's memos of the answers that depend on the index alone (see Geocoder._answers): the entries of the
# countries (Geocoder._country), the seeds of names (_context), their cities (_city) and governorates (_region)
COUNTRIES_MEMO = "geo.resolve.countries"
SEEDS_MEMO = "geo.resolve.seeds"
_SEED_START = operator.itemgetter(0)  # (a seed's text position)
CITIES_MEMO = "geo.resolve.cities"
VOTES_MEMO = "geo.resolve.votes"  # key → the country a name votes for (see Geocoder._vote_country)
REGIONS_MEMO = "geo.resolve.regions"
_ANSWERS_MAX = 1 << 14  # answers a memo holds at most
# Places made remembered by each Geocoder, at most (see Geocoder._place)
_PLACES_MAX = 1 << 14


@dataclass(slots=True)
class _Context:
    country: str | None
    seeds: tuple[tuple[int, Entry], ...]  # (text position, confidently resolved place)
    toponyms: tuple[Toponym, ...]
    # the seeds' places once each, with the positions they were read at: a place named five times is measured
    # once against each candidate
    seed_places: tuple[tuple[Entry, frozenset[int]], ...]
    # (position, governorate) of each ``ريف X`` / ``محافظة X`` whose governorate is known, in text order
    regions: tuple[tuple[int, Entry], ...]
    # the article's city mentions, found when a toponym first asks for its city (see Geocoder._cities)
    cities: list[tuple[int, Toponym]] | None = None
    text: str = ""  # the normalized article, when given
    # where each toponym starts, in order (the toponyms are in text order): what a toponym asks of the ones
    # after it starts at the first of them, not at the article's first toponym
    starts: tuple[int, ...] = ()
    provinces: frozenset[int] = frozenset()  # where the toponyms a محافظة introduces start
    # the seeds' places (as seed_places has them), and where a place is named that is named nowhere else: what
    # a toponym is measured against when the text puts it nowhere (see Geocoder._others)
    seed_entries: tuple[Entry, ...] = ()
    named_once: frozenset[int] = frozenset()


_SETTLEMENT_TYPES = frozenset(("مدينه", "بلده"))
_FINAL_VOWELS = {"ه": "ا", "ا": "ه"}  # a name's final -a, as the matching key writes ة and ا
# anchors that name a region the place lies in (ريف حلب، محافظة حمص), not a city it lies at
_IN_A_REGION = frozenset(("countryside", "province"))
_BORDER_KM = 150  # how far across a border a town may lie from a place the article is sure of
# … and a small town named as one (بلدة) that the article's country has no place of: one just across the border
# from them, not a namesake 100 km off in the next country (a Jordanian الطيبة for "بلدة الطيبة" of a report on
# the Damascus countryside, which the index lacks); a city (مدينة كيليس of a report from Aleppo) lies as far as
# _BORDER_KM
_ACROSS_KM = 50
# the type words of an area that may be a first-level division (see Geocoder._a_division_across_the_border)
_DIVISION_WORDS = frozenset(("منطقه", "ولايه", "اقليم"))
# how far from the article's country's own point a division of another country it names so may lie
_NEAR_DIVISION_KM = 600


def _near_a_seed(c: Entry, ctx: _Context, km: float = _BORDER_KM) -> bool:
    return any(
        s.id.startswith("geonames:") and _km(c.latitude, c.longitude, s.latitude, s.longitude) <= km
        for s, _ in ctx.seed_places
    )


class Geocoder:
    """``Geocoder(gazetteer).resolve(toponyms, country=..., text=...)``; one per process is enough."""

    def __init__(self, gazetteer: Gazetteer, *, max_km: float = 50.0) -> None:
        self.gazetteer = gazetteer
        self.max_km = max_km
        self._last: tuple[tuple[object, ...], list[Place | None]] | None = None
        # (name as written, entry id, precision) → (entry, its Place): most places come again under the same
        # name (حلب in most Syria reports), and a Place is a value that may be shared (see _place)
        self._places: dict[tuple[str, str, int], tuple[Entry, Place]] = {}
        # ISO3 → the capital's entry (or None), looked up once
        self._capitals: dict[str, Entry | None] = {}
        self._states: dict[str, Entry | None] = {}  # ISO3 → the country's entry (see _country_of_iso3)
        self._kept: dict[str, dict[Any, Any]] = {}  # see _answers
        self._near: dict[tuple[float, float, float], tuple[Entry, ...]] = {}  # see _divisions_near

    # -- public ---------------------------------------------------------------------------------------

    def resolve(
        self,
        toponyms: Sequence[Toponym],
        *,
        country: str | None = None,
        text: str | NormText | None = None,
        words: str | None = None,
    ) -> list[Place | None]:
        """One :class:`Place` (or None when nothing honest can be said) per toponym, in order. ``country``:
        the article's country (ISO2 or ISO3); ``text``: the article (normalized, raw or NormText), whose other
        toponyms then serve as context; ``words``: the normalized article the toponyms' offsets point into,
        read only for what stands between them (as ``text`` is when given)."""
        ctx_tops = list(toponyms)
        if text is not None:
            seen = {(t.start, t.name) for t in ctx_tops}
            ctx_tops += [t for t in recognize(text, self.gazetteer) if (t.start, t.name) not in seen]
        ctx_tops.sort(key=lambda t: t.start)
        iso3 = self._iso3(country) or self._vote_country(ctx_tops)
        # the pipeline reads an article's places first on their own, then in the light of the country it
        # settles on: when that is the country the places already voted for, the answer is the same
        key = (tuple(toponyms), tuple(ctx_tops), iso3)
        if self._last is not None and self._last[0] == key:
            return list(self._last[1])
        ctx = self._context(ctx_tops, iso3)
        if words is not None or text is not None:
            ctx.text = words if words is not None else text.text if isinstance(text, NormText) else text
        places = [self._resolve_one(t, ctx) for t in toponyms]
        self._once_placed(toponyms, places, ctx)
        self._placed_as_itself(toponyms, places, ctx)
        self._last = (key, places)
        return list(places)

    def _once_placed(self, toponyms: list[Toponym], places: list[Place | None], ctx: _Context) -> None:
        """A place the index lacks, put by a city the text names ("الجفينة جنوبي غرب مأرب"), is that place when the
        article names it again with no city of its own ("… منطقة الجفينة جنوب غرب المدينة" after a paragraph about
        Aden): not the city the text went on to. (Not a quarter or a camp, whose names many cities share.) So is a
        known place refused as a namesake abroad, put by a city of its country ("قضاء مخمور شرق الموصل" of a Syria
        report), when named again with nothing to place it but the governorate the report was about.
        A place the index lacks that the text ties to a governorate once ("الفوعة التي تقع في ريف إدلب") lies
        there too where the text named it before with nothing of its own ("مواقع قرب بلدة الفوعة")."""
        tied = self._tied_places(toponyms, places, ctx)
        first: dict[str, Place] = {}
        for n, (t, place) in enumerate(zip(toponyms, places, strict=True)):
            if t.type_word in NEIGHBOURHOOD_TYPES:
                continue
            if t.anchor is not None:
                if place is not None and place.gazetteer_id and t.key not in first:
                    first[t.key] = place
                continue
            was = first.get(t.key)
            if was is None and not t.known and (later := tied.get(t.key)) is not None and later[0] > t.start:
                if place is None or (
                    place.precision >= GEO_REGION and place.gazetteer_id != later[1].gazetteer_id
                ):
                    e = self.gazetteer.get(later[1].gazetteer_id) if later[1].gazetteer_id else None
                    if e is not None:
                        places[n] = self._place(t, e, later[1].precision)
                continue
            if was is None:
                if (
                    t.known
                    and t.type_word in _DISTRICT_TYPES
                    and place is not None
                    and any(c.id == place.gazetteer_id for c in self.candidates(t))
                ):
                    first[t.key] = (
                        place  # (so is a district's town, placed as itself: "مديرية لودر" … "إلى لودر")
                    )
                continue
            if t.known and place is not None and any(c.id == place.gazetteer_id for c in self.candidates(t)):
                continue  # (a known name placed as itself stays so: only its fallback gives way)
            e = self.gazetteer.get(was.gazetteer_id) if was.gazetteer_id else None
            if e is not None and (place is None or place.gazetteer_id != was.gazetteer_id):
                places[n] = self._place(t, e, was.precision)

    def _placed_as_itself(self, toponyms: list[Toponym], places: list[Place | None], ctx: _Context) -> None:
        """A name the article places once as a town of the index ("مدينة مارع"), and nowhere as another, is that town
        where it names it again with nothing of its own to say where (no anchor, no governorate right after it) and
        a mention falls back to a governorate or another place ("… قصف مدفعي على مارع" in a paragraph the text began
        on another governorate): one name, one place in an article. (Not a quarter's or a camp's name, which many
        cities share; nor a countryside or a province, which names the governorate.)"""
        named: dict[str, list[int]] = {}
        for n, t in enumerate(toponyms):
            named.setdefault(t.key, []).append(n)
        for ns in named.values():
            # (most names come once, or reach one place every time: a country, a city)
            if len(ns) < 2 or len({places[n].gazetteer_id if places[n] else None for n in ns}) < 2:
                continue
            own = {
                place.gazetteer_id
                for n in ns
                if (t := toponyms[n]).known
                and (place := places[n]) is not None
                and place.precision in (GEO_TOWN, GEO_NEAR)
                and t.type_word not in NEIGHBOURHOOD_TYPES
                and t.relation != "countryside"
                and place.gazetteer_id
                and any(c.id == place.gazetteer_id and not c.is_admin for c in self.candidates(t))
            }
            if len(own) != 1:
                continue  # (none, or several towns of the name: the text tells them apart)
            (was,) = own
            for n in ns:
                t, place = toponyms[n], places[n]
                if (
                    place is None
                    or place.gazetteer_id == was
                    or t.anchor is not None
                    or t.type_word in NEIGHBOURHOOD_TYPES
                    or t.type_word == "محافظه"
                    or t.relation == "countryside"
                    or any(c.id == place.gazetteer_id for c in self.candidates(t))
                    or self._region_right_after(t, ctx) is not None
                ):
                    continue
                e = self.gazetteer.get(was)
                if e is not None:
                    places[n] = self._place(t, e, GEO_TOWN if t.relation == "in" else GEO_NEAR)

    def _tied_places(
        self, toponyms: list[Toponym], places: list[Place | None], ctx: _Context
    ) -> dict[str, tuple[int, Place]]:
        """Where each place the index lacks is first placed by what the text says of it: a governorate or city
        it is put in or by (its anchor), or a governorate named right after it ("… التي تقع في ريف إدلب")."""
        tied: dict[str, tuple[int, Place]] = {}
        for t, place in zip(toponyms, places, strict=True):
            if (
                t.known
                or t.key in tied
                or t.type_word in NEIGHBOURHOOD_TYPES
                or place is None
                or not place.gazetteer_id
            ):
                continue
            if t.anchor is not None or self._region_right_after(t, ctx) is not None:
                tied[t.key] = (t.start, place)
        return tied

    def candidates(self, toponym: Toponym) -> tuple[Entry, ...]:
        """The gazetteer's entries for the toponym's name, else for its name without a head word (جبل، سد)."""
        found = self.gazetteer.lookup_key(toponym.key)
        if found:
            return found
        words = toponym.name.split()
        if len(words) > 1 and words[0] in NAME_HEADS:
            # جبل صبر → صبر, سد كوكب → كوكب: the head word is often left out of the gazetteer's name
            found = self.gazetteer.lookup(" ".join(words[1:]))
        return found

    def _other_final(self, t: Toponym, ctx: _Context) -> tuple[Entry, ...]:
        """The places of the article's country whose name ends in -a written the other way (ة or ا): "بلدة
        أريحة" is أريحا, "كفرنبودا" is كفرنبودة. (Only there: a common noun taken for a name, التلة, would
        find a namesake anywhere.)"""
        key = t.key
        if ctx.country is None or len(key) < 3 or key[-1] not in _FINAL_VOWELS:
            return ()
        found = self.gazetteer.lookup_key(key[:-1] + _FINAL_VOWELS[key[-1]])
        return tuple(c for c in found if c.country == ctx.country)

    # -- context --------------------------------------------------------------------------------------

    def _iso3(self, country: str | None) -> str | None:
        if not country:
            return None
        c = country.strip().upper()
        if len(c) == 3:
            return c
        row = self._country(c)
        return row.country if row else None

    def _vote_country(self, tops: list[Toponym]) -> str | None:
        """The country most of the toponyms' first candidates lie in."""
        votes: Counter[str] = Counter()
        # the country a name votes for depends on its candidates alone: a name is weighed once
        vote_of: dict[str, tuple[str | None, float]] = self._answers(VOTES_MEMO)
        for t in tops:
            if t.type_word in NEIGHBOURHOOD_TYPES:
                continue  # a quarter's name is found in many cities: حي الميدان is no vote for Medan's country
            vote = vote_of.get(t.key)
            if vote is None:
                # (a name found only without its head word, جبل الزاوية as الزاوية, is too loose a clue to vote)
                vote = vote_of[t.key] = self._vote_of(self.gazetteer.lookup_key(t.key))
            if vote[0]:
                votes[vote[0]] += vote[1]
        return votes.most_common(1)[0][0] if votes else None

    @staticmethod
    def _vote_of(cands: tuple[Entry, ...]) -> tuple[str | None, float]:
        """The country a name with these candidates votes for, and how much: half a vote for a name that towns of
        several countries of the news region bear (أريحا: Ariha in Idlib, Jericho in the West Bank), which gives way
        to a name only one of them has ("بلدة أريحا … وفي حلب": Syria)."""
        if not cands:
            return None, 0.0
        first = _seat_of_a_division(cands) or _first_of_the_news(cands)
        shared = any(c.country != first.country and c.country in NEWS_REGION for c in cands)
        return first.country, 0.5 if shared else 1.0

    def _context(self, tops: list[Toponym], iso3: str | None) -> _Context:
        seeds: list[tuple[int, Entry]] = []
        # the seed a name gives depends on its candidates and the country alone: a name is weighed once
        seed_of: dict[tuple[str, str, str | None], Entry | None] = self._answers(SEEDS_MEMO)
        for t in tops:
            name = (t.key, t.name, iso3)
            seed = seed_of.get(name, False)
            if seed is False:
                seed = seed_of[name] = self._seed(self.candidates(t), iso3)
            if seed is not None:
                seeds.append((t.start, seed))
        at: dict[str, tuple[Entry, set[int]]] = {}
        for start, e in seeds:
            at.setdefault(e.id, (e, set()))[1].add(start)
        regions = []
        for u in tops:
            if u.relation == "countryside" or u.type_word == "محافظه":
                area = self._region(u.name, u.key, countryside=u.relation == "countryside", country=iso3)
                if area is not None:
                    regions.append((u.start, area))
        return _Context(
            country=iso3,
            seeds=tuple(seeds),
            toponyms=tuple(tops),
            seed_places=tuple((e, frozenset(starts)) for e, starts in at.values()),
            seed_entries=tuple(e for e, _ in at.values()),
            named_once=frozenset(s for _, starts in at.values() if len(starts) == 1 for s in starts),
            regions=tuple(regions),
            starts=tuple(u.start for u in tops),
            provinces=frozenset(u.start for u in tops if u.type_word == "محافظه"),
        )

    @staticmethod
    def _seed(cands: tuple[Entry, ...], iso3: str | None) -> Entry | None:
        """The place a toponym with these candidates anchors the rest of the article at, if any: one place
        (all candidates in the country within a few km of each other) that is not a hamlet with namesakes
        abroad."""
        cands = _without_homonyms_of_a_region(cands)
        local = [c for c in cands if c.country == iso3] if iso3 else list(cands)
        foreign = len(local) < len(cands)
        places = [c for c in local if not c.is_admin]
        if not places or any(
            _km(places[0].latitude, places[0].longitude, c.latitude, c.longitude) >= _SAME_PLACE_KM
            for c in places
        ):
            return None
        # a hamlet with namesakes abroad is no anchor for the rest of the article
        if not foreign or max(c.population for c in places) >= _SEED_POPULATION:
            return places[0]
        return None

    def _admin_area(self, name_or_key: str, *, key: bool = False) -> Entry | None:
        """The first-level division called ``name`` (or containing the city called so): ريف حلب → Aleppo."""
        cands = self.gazetteer.lookup_key(name_or_key) if key else self.gazetteer.lookup(name_or_key)
        areas = [c for c in cands if c.feature_code == "ADM1"]
        if areas:
            # polygons (imported boundaries) before the built-in table: their names match the places' admin1
            return sorted(areas, key=lambda a: not a.id.startswith("area:"))[0]
        places = [c for c in cands if not c.is_admin]
        if places and places[0].admin1:
            for c in self.gazetteer.lookup(places[0].admin1):
                if c.feature_code == "ADM1":
                    return c
            for c in self.gazetteer.lookup(places[0].admin1_ar or ""):
                if c.feature_code == "ADM1":
                    return c
        return None

    def _answers(self, memo: str) -> dict[Any, Any]:
        """The index's memo ``memo`` of answers that depend on the index and the question alone (a name's seed,
        city, governorate: most names come again in article after article), emptied when it grows past
        _ANSWERS_MAX (and by an import, which changes the index)."""
        remember = getattr(self.gazetteer, "memo", None)
        # (an index that keeps no memo, as a stand-in may not, has them kept here)
        answers: dict[Any, Any] = remember(memo, dict) if remember else self._kept.setdefault(memo, {})
        if len(answers) >= _ANSWERS_MAX:
            answers.clear()
        return answers

    def _region(
        self, name: str, key: str | None, *, countryside: bool, country: str | None = None
    ) -> Entry | None:
        """The first-level division a ``ريف X`` or ``محافظة X`` names: the countryside's own division where there
        is one (ريف دمشق is Rural Damascus, not the capital's governorate), else X's (ريف حلب → Aleppo); X may
        be "العاصمة", the capital of ``country`` (ريف العاصمة)."""
        answers = self._answers(REGIONS_MEMO)
        ask = (name, key, countryside, country)
        found = answers.get(ask, False)
        if found is False:
            found = answers[ask] = self._division(name, key, countryside=countryside, country=country)
        return found

    def _division(
        self, name: str, key: str | None, *, countryside: bool, country: str | None
    ) -> Entry | None:
        if capital_reference(name) is not None:
            name, key = CAPITALS.get(self._capital_country(name, country) or "", ""), None
            if not name:
                return None
        if countryside:
            areas = [c for c in self.gazetteer.lookup("ريف " + name) if c.feature_code == "ADM1"]
            if areas:
                return sorted(areas, key=lambda a: not a.id.startswith("area:"))[0]
        return self._admin_area(key, key=True) if key is not None else self._admin_area(name)

    def _city(self, name_or_key: str, *, key: bool = False, country: str | None = None) -> Entry | None:
        """The most populous place of that name (in ``country`` when given): the city a text names; for
        "العاصمة" (not a key) the capital of ``country`` or of the country the words name."""
        answers = self._answers(CITIES_MEMO)
        ask = (name_or_key, key, country)
        found = answers.get(ask, False)
        if found is False:
            found = answers[ask] = self._most_populous(name_or_key, key=key, country=country)
        return found

    def _most_populous(self, name_or_key: str, *, key: bool, country: str | None) -> Entry | None:
        if not key and capital_reference(name_or_key) is not None:
            return self._capital(name_or_key, country)
        cands = self.gazetteer.lookup_key(name_or_key) if key else self.gazetteer.lookup(name_or_key)
        cands = _without_homonyms_of_a_region(cands)
        places = [c for c in cands if not c.is_admin and country in (None, c.country)]
        states = {c.country for c in cands if c.is_admin and c.admin_level == 0}
        if states:
            # a name a country bears names that country's own town if any (الكويت), never a town abroad: the
            # "لبنان" of "شرق لبنان" is no Lebanon in Tennessee
            places = [c for c in places if c.country in states]
        return places[0] if places else None

    def _capital_country(self, name: str, country: str | None) -> str | None:
        """The ISO3 of the country whose capital ``name`` (العاصمة …) means; ``country``: the report's."""
        ref = capital_reference(name)
        if ref is None:
            return None
        kind, code = ref
        if kind == "article":
            return country
        return code if kind == "iso3" else self._iso3(code)

    def _capital(self, name: str, country: str | None) -> Entry | None:
        """The city "العاصمة" names (see rasad.geo.capitals), the most populous of the capital's name in its
        country."""
        iso3 = self._capital_country(name, country)
        if iso3 is None or iso3 not in CAPITALS:
            return None
        found = self._capitals.get(iso3, False)
        if found is False:
            cands = [c for c in self.gazetteer.lookup(CAPITALS[iso3]) if c.country == iso3 and not c.is_admin]
            found = self._capitals[iso3] = max(cands, key=lambda c: c.population, default=None)
        return found

    def _city_of(self, u: Toponym, country: str | None) -> Entry | None:
        """The city a toponym the text names as one is (see _cities)."""
        if u.known and capital_reference(u.name) is not None:
            return self._capital(u.name, country)
        return self._city(u.key, key=True, country=country)

    def _city_before(self, t: Toponym, ctx: _Context, *, window: int | None = None) -> Entry | None:
        """The city the text last named before ``t`` (مدينة حلب … حي الشيخ فارس), else the next one;
        with ``window``, only one named at most that many characters before."""
        cities = self._cities(ctx)  # (none at t itself: each of these lists leaves its position out)
        text = ctx.text or ""
        # (not one named as where people or supplies come from: "وصلت تعزيزات من صنعاء إلى منطقة …")
        before = [
            u
            for s, u in cities
            if s < t.start and (window is None or t.start - s <= window) and not _from_there(text, u)
        ]
        # "قصفت مخيم درعا … وحي طريق السد المجاور": a camp named after its town, in the sentence of the quarter
        # and after the last city, places the quarter in that town (not in a city of the news before)
        last = max((s for s, u in cities if before and u is before[-1]), default=-1)
        camp = next(
            (
                u
                for u in reversed(ctx.toponyms[: bisect_left(ctx.starts, t.start)])
                if u.known and u.type_word == "مخيم" and u.start > last
                and not _an_end_between(text, u.end, t.start)
            ),
            None,
        )  # fmt: skip
        if camp is not None:
            before.append(camp)
        after = [u for s, u in cities if s > t.start] if window is None else []
        # "حي جوبر في دمشق", "حي الكلاسه بحلب": a city named right after the neighbourhood is its city
        right_after = [
            u
            for s, u in cities
            if 0 < s - t.end <= _RIGHT_AFTER and not _an_end_between(ctx.text or "", t.end, s)
        ]
        if not right_after:
            # "على أطراف حي الخالدية وعلى محاور دوار شيحان شمال حلب": so is a city the text orients the
            # quarter by a few words on (not one named before it, in another city's news)
            right_after = [
                u for s, u in self._cities_off(t, ctx) if not _an_end_between(ctx.text or "", t.end, s)
            ]
        if not right_after:
            # "في ضاحية السيدة زينب قرب دمشق": so is a city it is told near right after it (past a word at most,
            # of a name read short)
            right_after = [
                u
                for u in ctx.toponyms[bisect_right(ctx.starts, t.end) :][:1]
                if u.known
                and u.relation == "near"
                and 0 < u.start - t.end <= _RIGHT_AFTER
                and len(gap := ctx.text[t.end : u.phrase_start].split()) <= 1
                and not any(c in "".join(gap) for c in ".،,؛:")
                and (u.type_word == "مدينه" or self._population(u, ctx.country) >= _CITY_POPULATION)
            ]
        for u in right_after[:1] + ([before[-1]] if before else []) + after[:1]:
            city = self._city_of(u, ctx.country)
            if city is not None:
                return city
        return None

    def _town_told_near_before(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The town a village or town ``t`` the index lacks is told near a few words before it, in its clause ("في
        غارة قرب مدينة إدلب على قرية X"، "قصف الطيران قرب بلدة Y قرية X"), else None."""
        if t.type_word not in _VILLAGE_TYPES:
            return None
        n = bisect_left(ctx.starts, t.start) - 1
        if n < 0:
            return None
        u = ctx.toponyms[n]
        gap = (ctx.text or "")[u.phrase_end : t.phrase_start]
        if (
            not u.known
            # (not the next of a list of places near: "قرب مدن الحسكة وحلب وعين عيسى")
            or (u.group is not None and u.group == t.group)
            or not gap.strip()
            or gap.strip().startswith("و")
            or u.relation != "near"
            or u.type_word not in _VILLAGE_TYPES
            or len(gap) > _NEAR_BEFORE
            or any(ch in gap for ch in ".,،؛:!?\n")
            or len(gap.split()) > 2
        ):
            return None
        return self._city_of(u, ctx.country)

    def _place_it_overlooks(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The town of the known place told right after ``t`` as what it overlooks ("جبل X المطل على مدينة Y"),
        else None."""
        text = ctx.text or ""
        if _OVERLOOKING_THE_CITY.match(text, t.phrase_end):
            # "منطقة صبر المطلة على المدينة": the city the text named last
            return self._city_before(t, ctx, window=_CITY_WINDOW)
        n = bisect_right(ctx.starts, t.start)
        if n >= len(ctx.toponyms) or not text:
            return None
        u = ctx.toponyms[n]
        # (a town, not a governorate: "جبل صبيرة المطل على محافظة اللاذقية" lies in it, wherever)
        if not u.known or u.phrase_start - t.phrase_end > 16 or u.type_word not in (None, *_VILLAGE_TYPES):
            return None
        if _OVERLOOKING.fullmatch(text, t.phrase_end, u.phrase_start) is None:
            return None
        return self._city_of(u, ctx.country)

    @staticmethod
    def _place_it_lies_by(t: Toponym, ctx: _Context) -> Entry | None:
        """The place ``t`` is told to be near with no place after the word ("في قرية المالكية القريبة"، "بقرية
        الطيوري المجاورة"): the town or village its sentence surely placed last before it as where something is (not
        a division or a country, nor a city a direction or a distance is told from: "جنوب طرابلس"); None when not
        told so."""
        text = ctx.text or ""
        if not text or _NEARBY.match(text, t.phrase_end) is None:
            return None
        for start, e in reversed(ctx.seeds):
            if start >= t.start:
                continue
            if t.start - start > _NEARBY_REACH or _an_end_between(text, start, t.start):
                return None
            k = bisect_left(ctx.starts, start)
            u = ctx.toponyms[k] if k < len(ctx.toponyms) else None
            if (
                u is not None
                and u.relation in ("in", "near")
                and not e.is_admin
                and e.feature_class == "P"
                and not any(
                    ch.isdigit() for ch in text[max(0, u.phrase_start - _DISTANCE_BEFORE) : u.phrase_start]
                )
            ):
                return e
        return None

    def _city_of_its_sentence(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The city named last before ``t`` in its sentence, as where a place is or as what it lies off ("في حي X
        جنوب غربي بغداد"), else the city the text last named before it."""
        text = ctx.text or ""
        for u in reversed(ctx.toponyms[: bisect_left(ctx.starts, t.start)]):
            if _an_end_between(text, u.end, t.start):
                break
            if (
                u.known
                and (u.relation == "in" or (u.relation or "").endswith("-of"))
                and self._population(u, ctx.country) >= _CITY_POPULATION
                and (city := self._city_of(u, ctx.country)) is not None
            ):
                return city
        return self._city_before(t, ctx)

    def _cities(self, ctx: _Context) -> list[tuple[int, Toponym]]:
        """(position, toponym) of the known places the article names as cities: by the type word مدينة or
        by their size; read once per article."""
        if ctx.cities is None:
            ctx.cities = [
                (u.start, u) for n, u in enumerate(ctx.toponyms)
                if u.known and (u.relation == "in" or _in_a_side_of(ctx.text, u))
                and (
                    u.type_word == "مدينه"
                    or self._population(u, ctx.country) >= _CITY_POPULATION
                    or capital_reference(u.name) is not None
                )
                and not _on_the_way(ctx, n)
                and not _a_city_speaking(ctx.text, u)
            ]  # fmt: skip
        return ctx.cities

    def _cities_off(self, t: Toponym, ctx: _Context) -> list[tuple[int, Toponym]]:
        """(position, toponym) of the cities named with a direction ("شرق الرمادي") within ``_CITY_AT`` after ``t``."""
        out = []
        for u in ctx.toponyms[bisect_right(ctx.starts, t.end) :]:
            if u.start - t.end > _CITY_AT or u.start in ctx.provinces:
                break  # (not past a governorate: "بلدتي الوهط وصبر التابعتين لمحافظة لحج شمال عدن")
            if (
                u.known
                and (u.relation or "").endswith("-of")
                and self._population(u, ctx.country) >= _CITY_POPULATION
            ):
                out.append((u.start, u))
        return out

    def _population(self, t: Toponym, country: str | None) -> int:
        cands = self.gazetteer.lookup_key(t.key)
        return max(
            (c.population for c in cands if not c.is_admin and country in (None, c.country)), default=0
        )

    @staticmethod
    def _region_right_after(t: Toponym, ctx: _Context) -> Entry | None:
        """The governorate named as such right after ``t``: "جبل صبر المطل على محافظة تعز"، "… في محافظة تعز"
        (a ``ريف X`` after it starts a phrase of its own: "قرية الكرامة ثم في ريف حلب")."""
        for start, area in ctx.regions:
            if 0 < start - t.end <= _REGION_RIGHT_AFTER and start in ctx.provinces:
                return area
            if (
                0 < start - t.end <= _WHICH_LIES_REACH
                and ctx.text
                and _WHICH_LIES.match(ctx.text, t.end, start)
            ):
                # "منطقة الشدادي التي يسيطر عليها التنظيم في ريف الحسكة الجنوبي": a relative clause of the place
                # ending in the governorate or countryside it is in
                return area
        return None

    def _region_before(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The governorate of the last ``ريف X`` / ``محافظة X`` before ``t`` — unless the text has since named a
        place of another country ("… في محافظة حلب … وفي العراق، قتل 21 شخصا … في بغداد … منطقة الشعب"): it is
        no longer about that governorate."""
        for start, area in reversed(ctx.regions):
            if start < t.start:
                # (the seeds are in text order: those between the governorate and t, not every seed, are read)
                seeds = ctx.seeds
                for k in range(bisect_right(seeds, start, key=_SEED_START), len(seeds)):
                    s, e = seeds[k]
                    if s >= t.start:
                        break
                    if e.country and area.country and e.country != area.country:
                        return None
                return area
        return None

    def _country_of_several_regions(self, t: Toponym, ctx: _Context, found: Entry | None) -> Entry | None:
        """``found``, the governorate the text was about at ``t`` — or the country, when that is the one named
        last before ``t`` as one of several ("بريفي إدلب وحلب"): a place the index lacks lies in one of them or
        elsewhere, the text does not say (no governorate at all is better than a wrong one)."""
        start, area = next(((s, e) for s, e in reversed(ctx.regions) if s < t.start), (-1, None))
        if (
            found is None
            or area is None
            or not area.country
            or not _same_admin1(found, area)
            or not self._one_of_several_regions(start, area, ctx)
        ):
            return found
        return self._country_of_iso3(area.country)

    @staticmethod
    def _one_of_several_regions(start: int, area: Entry, ctx: _Context) -> bool:
        """The governorate named at ``start`` is one of a list of several ("بريفي إدلب وحلب"): the text was about
        them all, and says nothing of which one a place named after the list lies in."""
        group = ctx.toponyms[bisect_left(ctx.starts, start)].group
        if group is None:
            return False
        return any(
            s != start
            and ctx.toponyms[bisect_left(ctx.starts, s)].group == group
            and not _same_admin1(e, area)
            for s, e in ctx.regions
        )

    @staticmethod
    def _region_later_in_the_sentence(t: Toponym, ctx: _Context) -> Entry | None:
        """The governorate the sentence of ``t`` names as such after it ("بريف اللاذقية الشمالي"), when the text
        named the one before ``t``, if any, in an earlier sentence (or only a city there): a roundup's sentence on
        another governorate says nothing of where a place the index lacks lies ("… في ريف الحسكة. وتعرضت مناطق
        شرقي مطار خلخلة لقصف، كما استهدف التنظيم قرية شقا في ريف السويداء")."""
        text = ctx.text
        if not text or not ctx.regions:
            return None
        before = next((s for s, _ in reversed(ctx.regions) if s < t.start), None)
        if before is not None and not _an_end_between(text, before, t.start):
            return None  # (named in the sentence of t: it stays)
        start, area = next(((s, e) for s, e in ctx.regions if s > t.end), (-1, None))
        if area is None or _an_end_between(text, t.end, start):
            return None
        # (a governorate the sentence names as where things are, "في ريف X"، "بريف X": not where fighters went,
        # "انسحبوا منها إلى ريف حماة")
        u = ctx.toponyms[bisect_left(ctx.starts, start)]
        where = text[u.phrase_start : u.start].lstrip("و").startswith("ب") or text.endswith(
            "في ", 0, u.phrase_start
        )
        return area if where else None

    def _gone_on_from(self, t: Toponym, ctx: _Context, recent: Entry | None) -> Entry | None:
        """The governorate the text is about at ``t`` when it has gone on from ``recent``, the one it last named as
        such: that of the town of some size it named last since, in the sentences just before ``t``, when those
        sentences name no town of ``recent`` ("… في ريف السويداء. … مدينة الزبداني … وبلدة بقين")."""
        text = ctx.text
        if recent is None or not text or t.type_word in _AWAY_FROM_TOWNS:
            return recent  # (a base or a camp lies away from the towns named with it: "قاعدة العند")
        lo = _sentences_back_start(text, t.start)
        # (past the governorate named last, which is ``recent``: its own name, read as its seat too, is no town)
        named = {s for s, _ in ctx.regions}
        since = max([-1] + [s for s in named if s < t.start])
        last = None
        for s, e in ctx.seeds:
            if s >= t.start:
                break
            if (
                s >= lo
                and s not in named
                and e.country == recent.country
                and not e.is_admin
                and e.admin1
                and e.population >= _VILLAGE
            ):
                if _same_admin1(e, recent):
                    return recent  # (the text is still about that governorate, among others)
                if s > since:
                    last = e
        if last is None:
            return recent
        return self._admin_area(last.admin1) or recent

    # -- one toponym ----------------------------------------------------------------------------------

    def _anchor_points(self, t: Toponym, ctx: _Context) -> tuple[list[Entry], Entry | None, Entry | None]:
        """What the text says about where ``t`` lies: places it lies with (its city, the other members of its
        list), the governorate it is put in (ريف X right after it), and the governorate the text was last
        about (a weaker hint, for villages only)."""
        points: list[Entry] = []
        region = off = None
        if t.anchor and t.anchor_relation in _IN_A_REGION:
            region = self._region(
                t.anchor, None, countryside=t.anchor_relation == "countryside", country=ctx.country
            )
        elif t.anchor:
            city = self._anchor_city(t, ctx)
            if city is not None:
                points.append(city)
                if (t.anchor_relation or "").endswith("-of"):
                    off = city  # "قرية تلعادة شمال ادلب"
            else:
                # "بلدة الحديد غرب ديالى": a governorate the place lies off is the region it lies in
                region = self._region_of_the_anchor(t, ctx) or self._admin_area(t.anchor)
        if t.type_word in NEIGHBOURHOOD_TYPES and not self._camp_of_a_town(t, ctx):
            city = self._city_before(t, ctx)
            if city is not None:
                points.append(city)
        if not points:
            off = self._city_it_lies_off(t, ctx) or self._place_it_lies_by(t, ctx)
            if off is not None:
                points.append(off)
        # (a city the place lies off says where it is: the governorate the text was last about says no more)
        # (nor, for one told as lying on a border, the governorate the text was last about: see _ON_A_BORDER)
        recent = (
            None
            if region is not None or off is not None or _ON_A_BORDER.match(ctx.text or "", t.phrase_end)
            else self._region_before(t, ctx)
        )
        if recent is not None and (later := self._region_later_in_the_sentence(t, ctx)) is not None:
            # (a governorate its own sentence names after it says more than one of an earlier sentence: "وقصف
            # الطيران محافظة حجة. وشن غارات على معسكر في منطقة ذباب … في محافظة تعز")
            recent = later
        if t.group is not None:
            members = {u.start for u in ctx.toponyms if u.group == t.group and u.start != t.start}
            if len(members) == 1 and not t.known:
                # (in a pair of names the index lacks by their words, the other's namesake is no evidence: "في
                # نقيل الابل والهجره" does not put the pass by whichever Hijra the index holds)
                members = {s for s in members if any(u.start == s and u.known for u in ctx.toponyms)}
            area = region or recent
            # a member is evidence only when it agrees with the governorate the text is about
            near = [e for s, e in ctx.seeds if s in members and (area is None or _same_admin1(e, area))]
            if not near and not t.known and region is None and recent is not None:
                # (but a place the index lacks, listed with towns it holds all in one other governorate than the
                # one an earlier sentence was about, lies with them: "… بلدتي الفوعة وكفريا في محافظة ادلب.
                # واستهدفت الفصائل معسكري نبل والزهراء")
                theirs = [e for s, e in ctx.seeds if s in members]
                since = next((s for s, _ in reversed(ctx.regions) if s < t.start), t.start)
                if (
                    theirs
                    and all(_same_admin1(e, theirs[0]) for e in theirs[1:])
                    and _an_end_between(ctx.text or "", since, t.start)
                ):
                    near, recent = theirs, None
            # (but towns named as cities, "قرب مدن الحسكة وحلب وعين عيسى", or members of several governorates,
            # lie each where it is: the list spans the country, it does not put them together)
            if t.type_word != "مدينه" and not any(not _same_admin1(e, near[0]) for e in near[1:]):
                points += near
        return points, region, recent

    def _region_of_the_anchor(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The governorate the place ``t`` is put in lies in, when the index lacks that place: "قرية القرقور
        الواقعة في منطقة سهل الغاب بريف حماة" lies in Hama's countryside, as سهل الغاب does."""
        for u in ctx.toponyms[bisect_right(ctx.starts, t.end) :]:
            if u.start - t.end > _LYING_REACH:
                break
            if u.attached and u.name == t.anchor:
                if u.anchor is not None and u.anchor_relation in _IN_A_REGION:
                    return self._region(
                        u.anchor, None, countryside=u.anchor_relation == "countryside", country=ctx.country
                    )
                return None
        return None

    def _camp_of_a_town(self, t: Toponym, ctx: _Context) -> bool:
        """ "مخيم درعا للاجئين": a camp named after a town of the article's country lies at that town, not in the
        city the text named before or after it (a quarter's name, حي الميدان، is found in many cities)."""
        return t.type_word == "مخيم" and self._city(t.key, key=True, country=ctx.country) is not None

    def _city_it_lies_off(self, t: Toponym, ctx: _Context) -> Entry | None:
        """ "في دمنة خدير شرق مدينة تعز": the city named with a direction a word or two after ``t`` is where
        ``t`` lies, wherever the text was before (not one a distance is measured from: "سنجار 120 كم شمال غرب
        الموصل")."""
        # (the toponyms starting at or before the end of ``t`` are neither that city nor past it; most often the
        # next one starts past the reach already)
        tops, n = ctx.toponyms, bisect_right(ctx.starts, t.end)
        while n < len(tops) and (u := tops[n]).start <= t.end + _OFF_A_CITY:
            if 0 < u.start - t.end and (u.relation or "").endswith("-of"):
                gap = ctx.text[t.end : u.start]
                if any(ch.isdigit() for ch in gap):
                    return None
                last = ctx.text[t.end : u.phrase_start].rsplit(maxsplit=1)[-1:]
                if last and last[0][:1] == "و" and last[0][1:] in TYPE_WORDS:
                    # "في بيجي شمال صلاح الدين، ومناطق شرق الرمادي": the direction locates the places joined by
                    # and that it follows (the areas east of Ramadi), not the one before them (but "معسكر لبوزة
                    # ومنطقة المسيمير شمال لحج": both named places lie north of Lahij)
                    return None
                return self._city(u.name, country=ctx.country)
            n += 1
        if ctx.text and ctx.text.find("مدينه", t.end, t.end + _OFF_A_CITY + 16) != -1:
            # "نقيل الإبل وعقاقة شمال المدينة": the city, named by the word, is the one the text last named
            m = _OFF_THE_CITY.match(ctx.text, t.end, t.end + _OFF_A_CITY + 16)
            if (
                m is not None
                and m.start(1) - t.end <= _OFF_A_CITY
                # (not off a place named between: "زنجبار عاصمة محافظة أبين شرقي المدينة")
                and bisect_right(ctx.starts, t.end) == bisect_right(ctx.starts, m.start(1))
            ):
                before = [u for s, u in self._cities(ctx) if s < t.start]
                if before:
                    return self._city_of(before[-1], ctx.country)
        return None

    def _others(self, t: Toponym, ctx: _Context, points: list[Entry]) -> list[Entry]:
        """What the candidates of ``t`` are measured against: the places it lies with (its anchor points), else
        the seeds read anywhere but at ``t`` itself, each place once (the nearest is all that counts)."""
        if points:
            return points
        if t.start not in ctx.named_once:
            return list(ctx.seed_entries)  # (most toponyms: no seed place is named at t alone)
        return [e for e, at in ctx.seed_places if len(at) > 1 or t.start not in at]

    def _score(
        self,
        c: Entry,
        t: Toponym,
        ctx: _Context,
        others: list[Entry],
        region: Entry | None,
        *,
        news: bool = False,
    ) -> float:
        """How well candidate ``c`` fits ``t``; ``news``: the name has a namesake in the region the news is about,
        which a far-off town of its name gives way to (see :func:`_far_off`)."""
        score = 0.0
        if ctx.country:
            score += 2.0 if c.country == ctx.country else -2.0
        if region is not None:
            score += 3.0 if _same_admin1(c, region) else -3.0
        if others:
            # the distance to the nearest (a loop, not min() of a generator: several times the cost in this
            # interpreter, for each candidate)
            lat, lon = c.latitude, c.longitude
            d = _km(lat, lon, others[0].latitude, others[0].longitude)
            for e in others[1:]:
                km = _km(lat, lon, e.latitude, e.longitude)
                if km < d:
                    d = km
            score += 3.0 if d < 25 else 2.0 if d < 50 else 1.0 if d < 100 else 0.0 if d < 250 else -1.0
        score += 0.3 * math.log10(c.population + 1)
        if news and _far_off(c):
            score -= _FAR_OFF_WEIGHT
        wants_region = t.type_word in _REGION_TYPES or t.relation == "countryside"
        if c.feature_code == "ADM1":
            score += 2.0 if wants_region else -1.0
        elif c.feature_code.startswith("PCL"):
            score += 0.0 if t.type_word else 0.5
        elif c.feature_class == "P":
            score += 0.5
        if c.id.startswith("area:"):
            score += 0.1  # the boundary file's own entry over the built-in centroid
        return score

    def _resolve_one(self, t: Toponym, ctx: _Context) -> Place | None:
        building = building_of_no_name(t)
        if building:
            # "مبنى البنك المركزي في منطقة التحرير"، "سور المجمع الحكومي بمدينة البيضاء": the town it stands in, by
            # that town's name (near it, when the building is only near: "قرب مجمع مليتة النفطي بزوارة")
            town = self._town_it_stands_in(t, ctx)
            place = self._resolve_one(town, ctx) if town is not None else None
            if place is not None:
                if t.relation != "in" and place.precision == GEO_TOWN:
                    place = replace(place, precision=GEO_NEAR)
                return place
        place = self._resolve_name(t, ctx)
        if (over := self._division_it_faces(t, ctx, place)) is not None:
            return self._place(t, over, GEO_REGION, name=over.name_ar or None)
        if place is not None and t.anchor is not None and (place.gazetteer_id or "").startswith("country:"):
            # "في المنطقة الحدودية في سوريا المقابلة لمدينة كلس": the country still (at a region's precision), at
            # the point of its division the landmark faces over the border
            u = next((u for u in ctx.toponyms[bisect_right(ctx.starts, t.start) :] if u.start >= t.end), None)
            landmark = u is not None and u.attached and u.name == t.anchor
            over = self._division_it_faces(u, ctx, self._resolve_name(u, ctx)) if landmark else None
            if over is not None and over.country == place.country:
                return replace(place, latitude=round(over.latitude, 5), longitude=round(over.longitude, 5))
        if (
            place is not None
            and place.precision == GEO_TOWN
            and ctx.text
            and _OVERLOOKING_BEFORE.search(ctx.text, max(0, t.phrase_start - 14), t.phrase_start)
        ):
            # "في التلال المطلة على مدينة تعز": what overlooks the town is near it
            return replace(place, precision=GEO_NEAR)
        if place is not None and t.nisba and place.precision == GEO_TOWN:
            # "15 خياطا موصليا": where the people are from says the act was at or about their city, no closer
            return replace(place, precision=GEO_NEAR)
        if place is not None and building and place.name_ar == (t.written or t.name):
            # "مبنى الاتصالات" of a Taiz report is a building of Taiz: the place is the town (or the governorate)
            # it falls back to, by that one's name, not the building's
            e = self.gazetteer.get(place.gazetteer_id) if place.gazetteer_id else None
            if e is not None and e.name_ar and not (e.is_admin and e.admin_level == 0):
                place = self._place(t, e, place.precision, name=e.name_ar)
        return place

    def _division_it_faces(self, t: Toponym, ctx: _Context, place: Place | None) -> Entry | None:
        """ "قصفت المقاتلات مواقع عبر الحدود قبالة بلدة كلس التركية"، "في المنطقة الحدودية في سوريا المقابلة لمدينة
        كلس": the town is the landmark a border area faces; what is told there lies over the border, in the
        nearest first-level division of another country (of the country the sentence named before it, if any) —
        not in the town, nor in its country. (A landmark refused as a place abroad is its most populous namesake:
        the town faced is one of the other country.)"""
        text = ctx.text
        if (
            not text
            or _FACED_ACROSS_THE_BORDER.search(text, max(0, t.phrase_start - 60), t.phrase_start) is None
        ):
            return None
        near = self._divisions_near if hasattr(self.gazetteer, "divisions_near") else None
        if near is None:
            return None
        if place is not None and place.latitude is not None and place.longitude is not None and place.country:
            lat, lon, land = place.latitude, place.longitude, place.country
        else:
            found = [c for c in self.candidates(t) if c.country]
            cands = [c for c in found if not c.is_admin] or found  # (or the province of its name: كيليس)
            if not cands:
                return None
            lat, lon, land = cands[0].latitude, cands[0].longitude, cands[0].country
        named = self._country_named_before(t, ctx)
        over = sorted(
            (
                c
                for c in near(lat, lon)
                if c.country != land and (named is None or named == land or c.country == named)
            ),
            # (polygons, imported boundaries, before the built-in table's points: see _admin_area)
            key=lambda c: (round(_km(lat, lon, c.latitude, c.longitude) / 25), not c.id.startswith("area:")),
        )
        if not over or _km(lat, lon, over[0].latitude, over[0].longitude) > _ACROSS_DIVISION_KM:
            return None
        return over[0]

    @staticmethod
    def _town_it_stands_in(t: Toponym, ctx: _Context) -> Toponym | None:
        """The toponym right after the building ``t`` that names the town it stands in: "في ولاية ديار بكر"،
        "بمدينة حيس"، "الواقع في حي X" (not a place a few words on that says nothing of it: "مبنى البريد والتقدم
        نحو …"; nor a governorate, which says less than the building's own fallback: "مبنى … بمحافظة شبوة")."""
        text = ctx.text
        if not text:
            return None
        for u in ctx.toponyms[bisect_right(ctx.starts, t.start) :]:
            if u.phrase_start < t.phrase_end:
                continue
            if (
                u.phrase_start - t.phrase_end > _HOUSED_REACH
                or u.type_word == "محافظه"
                or u.relation == "countryside"
            ):
                return None
            m = _HOUSED_IN.fullmatch(text, t.phrase_end, u.phrase_start)
            if m is None or any(w in FUNCTION_WORDS or w.startswith("و") for w in m.group("words").split()):
                return None
            first = text[u.phrase_start : u.phrase_end].split(maxsplit=1)[0]
            # a ب on the town's phrase: on its type word (بمدينة، بمحافظة) or on its name (بزوارة)
            bi = first.startswith("ب") and (
                first[1:] in TYPE_WORDS or (u.phrase_start == u.start - 1 and u.surface.startswith("ب"))
            )
            return u if m.group("link") or bi else None
        return None

    def _a_buildings_town(self, t: Toponym, ctx: _Context) -> bool:
        """``t`` names the town the building named right before it stands in (see _town_it_stands_in)."""
        k = bisect_left(ctx.starts, t.start) - 1
        if k < 0:
            return False
        u = ctx.toponyms[k]
        return building_of_no_name(u) and self._town_it_stands_in(u, ctx) is t

    def _resolve_name(self, t: Toponym, ctx: _Context) -> Place | None:
        if t.known and capital_reference(t.name) is not None:
            return self._capital_place(t, ctx)
        if t.known and (iso3 := lands_country(t.name) or settlement_country(t)) is not None:
            # "داخل الأراضي السورية": the country its nisba names, by its own name
            land = self._country_of_iso3(iso3)
            if land is None:
                return None
            return self._place(t, land, GEO_REGION, name=COUNTRY_AR[land.id.partition(":")[2]][0])
        if (
            t.known
            and t.start >= 2
            and ctx.text[t.start - 2 : t.start] == "ه "
            and t.relation != "countryside"
        ):
            # "العاصمة الأردنية عمان": the capital's name after العاصمة and its nisba is that capital (Amman, not
            # Oman)
            m = _AFTER_A_NISBA.search(ctx.text, max(0, t.start - 40), t.start)
            iso3 = CAPITAL_NISBAS.get(m.group(1)) if m else None
            if iso3 is not None and name_key(CAPITALS.get(iso3, "")) == t.key:
                city = self._capital("العاصمه", iso3)
                if city is not None:
                    return self._place(t, city, GEO_TOWN if t.relation == "in" else GEO_NEAR)
        # (the nisba after the name, read once: where the text puts the place, and which candidates it keeps)
        # (a country's own name lies in no other country: "حذرت إيران السعودية" is Iran warning Saudi Arabia)
        own = t.type_word is None and t.key in COUNTRY_KEYS
        told = None if own else self._nisba_country(t, ctx)
        put = None if own else self._country_put_in(t, ctx, told)
        if put is not None:
            # "في محلتي تعنايل - زحلة (شرق لبنان)" of a Syria report: the place lies in the country the text puts
            # it in, and the governorates the report is about say nothing of it
            ctx = replace(
                ctx,
                country=put[0].country,
                regions=tuple(r for r in ctx.regions if r[1].country == put[0].country),
                cities=None,
            )
        cands = self.candidates(t) or self._other_final(t, ctx)
        if own and t.key == _AMMAN and _JORDAN_TOLD.search(ctx.text) and not _OMAN_TOLD.search(ctx.text):
            # "قال مسؤول اردني في عمان": the capital of Jordan (the same word as Oman), in a report on Jordan
            city = self._capital("العاصمه", "JOR")
            if city is not None:
                return self._place(t, city, GEO_TOWN if t.relation == "in" else GEO_NEAR)
        if own and (land := next((c for c in cands if c.id.startswith("country:")), None)) is not None:
            # a country's name alone is that country, whatever other country the text names ("فرضت الولايات
            # المتحدة عقوبات على إيران": Iran, not Iraan in Texas)
            return self._side_of_the_country(t, land, self._place(t, land, GEO_REGION))
        if told is not None:
            # "قرية الحضر السورية": only a place of the country its nisba names (else the honest fallback there)
            cands = tuple(c for c in cands if c.country == told[0].country)
        if t.relation == "countryside" or t.type_word == "محافظه":
            area = self._region(t.name, t.key, countryside=t.relation == "countryside")
            if area is not None:
                place = self._place(t, area, GEO_REGION)
                # "غارات على ريف حمص": the countryside at its city's point (see _at_the_seat)
                return self._at_the_seat(place, t.name, area, ctx) if t.relation == "countryside" else place
        if (
            t.type_word is None
            and t.relation == "in"
            and ctx.text.startswith("ولايه ", t.phrase_start - 6)
            and _A_PROVINCE_BEFORE.search(ctx.text, max(0, t.phrase_start - 16), t.phrase_start)
            and not self._a_buildings_town(t, ctx)
        ):
            # "في ولاية شرناق"، "بولاية أرزينجان": the province, not its seat of the same name (placed at its seat,
            # at a region's precision) — but for a building in it, its town ("قاعدة القيادة الجوية في ولاية ديار بكر")
            area = self._region(t.name, t.key, countryside=False)
            if area is not None:
                seat = self._city(t.name, country=area.country)
                if seat is not None and seat.population >= _VILLAGE and _same_admin1(seat, area):
                    return self._place(t, seat, GEO_REGION)  # (ACLED's way: the province at its seat)
                return self._place(t, area, GEO_REGION)
        if cands and put is None and self._a_word_abroad(t, cands, ctx):
            # no place: neither a namesake far abroad nor the governorate the report is about (the assembler
            # then takes the word for no location at all)
            return None
        # (what the text says of where it lies, read only now: a country's own name, a governorate and a word
        # abroad, a third of the toponyms, are answered without it)
        points, region, recent = self._anchor_points(t, ctx)
        if cands:
            if len(cands) == 1:
                best = cands[0]  # (most names: nothing to rank)
            else:
                others = self._others(t, ctx, points)
                cands = _without_homonyms_of_a_region(cands)
                news = any(c.country in NEWS_REGION for c in cands)
                # the first of the best scored (what a stable sort by the score, highest first, puts first)
                best, top = cands[0], self._score(cands[0], t, ctx, others, region, news=news)
                for c in cands[1:]:
                    score = self._score(c, t, ctx, others, region, news=news)
                    if score > top:
                        best, top = c, score
                great = _the_great_city(cands, t)
                if (
                    great is not None
                    and best is not great
                    and (region is None or not _same_admin1(best, region))
                    and not any(
                        _km(best.latitude, best.longitude, e.latitude, e.longitude) < 100 for e in others
                    )
                ):
                    # "وفي موسكو" of a report on Washington: a capital or a city of millions is itself, not a
                    # town a twentieth its size in the report's country that no place of the text is near
                    best = great
            # a quarter or village the text introduces by its type word lies in the article's country: حي
            # الميدان of an Aleppo report is not Medan in Sumatra
            # so does a mountain, dam or valley (جبل الزاوية of an Idlib report is not Zawiya in Libya)
            # (the country first: most places lie in the article's country, and the rest is not read then)
            abroad = (
                ctx.country is not None
                and best.country not in (None, ctx.country)
                # (a base or region of LANDMARKS has no namesake: "قاعدة إنجرليك" is in Turkey whatever the report)
                and not best.id.startswith(LANDMARK_PREFIX)
                and (
                    (
                        bool(t.type_word) and t.type_word not in RELATIONS
                    )  # "قرب الموصل": near a city, no type word
                    or (
                        t.name.split(maxsplit=1)[0] in NAME_HEADS
                        and best not in self.gazetteer.lookup_key(t.key)
                    )
                    # "في الخالدية" of a report on Anbar: a bare name whose best namesake is a small town abroad, far
                    # from every place the article is sure of, is a place of the report's country the index lacks
                    # (not Khalidiya in Jordan, Amria in Algeria)
                    or (
                        t.type_word is None
                        and t.relation == "in"
                        and not best.is_admin  # (a division: "في شمال لبنان")
                        and best.population < _CITY_POPULATION
                        and not _near_a_seed(best, ctx)
                    )
                )
            )
            if (
                abroad
                and t.type_word in _SETTLEMENT_TYPES
                and _near_a_seed(best, ctx, _BORDER_KM if t.type_word == "مدينه" else _ACROSS_KM)
            ):
                # "مدينة عين العرب" in a report from Suruç across the border: a town near the places the
                # article is sure of lies where they do, whichever side of a border
                abroad = False
            if abroad and self._the_city_abroad(t, best, cands, ctx):
                abroad = False
            if abroad and (area := region or recent) is not None and _same_admin1(best, area):
                # "جسرين في محافظة دير الزور … بين مدينة البوكمال وقرية الباغوز" of a report on Iraq: a place of
                # the governorate the text is about lies there, whatever country the report is mostly about
                abroad = False
            if abroad and (division := self._a_division_across_the_border(t, cands, ctx)) is not None:
                best, abroad = division, False
            if abroad and self._country_named_before(t, ctx) == best.country:
                # "ست غارات شنت في سورية بينها أربع قرب مدينة كوباني" of a report about Iraq: the place lies in
                # the country its sentence named last before it
                abroad = False
            if self._quarters_of_a_city(t, best, cands, ctx):
                # "في أحد أحياء إسطنبول"، "أحياء حلب الشرقية": the quarters of the city the name is
                return self._place(t, best, GEO_NEAR)
            if not abroad and (
                city := self._an_area_of_the_city_before(best, t, ctx, points, region or recent)
            ):
                return self._place(t, city, GEO_NEAR)
            if t.type_word in _DISTRICT_TYPES and len(cands) == 1 and best.country == ctx.country:
                # "وفي مديرية لودر" after a paragraph on Lahij: a district named after the one town of its name the
                # country has is that town's (a district bears its seat's name), whatever governorate the text was
                # last about
                recent = None
            if not abroad and (
                self._plausible(best, points, region, recent, t)
                or self._plausible_where_the_text_went_on(best, t, ctx, points, region, recent)
                or self._the_way_it_lies(best, t, ctx, region)
            ):
                if best.feature_code == "ADM1" and (seat := self._seat_in_latin(t, best)) is not None:
                    # "بمدينة مانيسا": the province's seat of its name, a city the index holds in Latin only
                    return self._place(t, seat, GEO_TOWN if t.relation == "in" else GEO_NEAR)
                if best.is_admin or best.feature_class == "L":
                    precision = GEO_REGION  # (a division, or a region: منطقة فزان)
                elif t.relation != "in":
                    precision = GEO_NEAR
                else:
                    precision = GEO_TOWN
                return self._place(t, best, precision)
        if not cands and (city := self._new_or_old_part(t, ctx)) is not None:
            return self._place(t, city, GEO_NEAR)
        # a place the gazetteer lacks (or refused) is put in the governorate named right after it, else in the
        # one the text was last about
        place = self._fallback(
            t,
            ctx,
            points,
            region
            or self._region_right_after(t, ctx)
            or self._region_later_in_the_sentence(t, ctx)
            or self._country_of_several_regions(t, ctx, self._gone_on_from(t, ctx, recent)),
            put or told,
        )
        if place is not None and (town := self._latin_namesake(t, place)) is not None:
            return self._place(t, town, GEO_TOWN if t.relation == "in" else GEO_NEAR)
        return place

    def _latin_towns(self, t: Toponym) -> list[Entry]:
        """The towns the index holds by Latin names only whose consonants are those of the name of ``t``."""
        return [c for sk in arabic_skeletons(t.name) for c in self.gazetteer.latin_only(sk)]

    def _seat_in_latin(self, t: Toponym, area: Entry) -> Entry | None:
        """The one town of province ``area`` the index holds by Latin names only whose consonants are those of
        the province's name ``t``, when the text names a city ("بمدينة مانيسا": Manisa, the seat, not the
        province's middle) or, the name bare, when it is a city of its own (``_CITY_POPULATION``): a province's seat
        of its name the Arabic index lacks. (Not under a word of a region: "ولاية مانيسا", "محافظة X".)"""
        if (
            t.type_word not in (None, "مدينه")
            or t.relation == "countryside"
            or not hasattr(self.gazetteer, "latin_only")
        ):
            return None
        found = {
            c.id: c
            for c in self._latin_towns(t)
            if c.country == area.country
            and _same_admin1(c, area)
            and (t.type_word is not None or c.population >= _CITY_POPULATION)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _latin_namesake(self, t: Toponym, place: Place) -> Entry | None:
        """The one town the index holds by Latin names only whose consonants are those of the name of ``t`` (a name
        the Arabic index lacks), in the governorate ``t`` falls back to (``place``) or within ``max_km`` of the town
        it falls back to: "قرية البيلي الى الشرق من بلدة كلس" is Elbeyli of Kilis province, not Kilis; a quarter
        ("حي سلطان غازي في إسطنبول") within ``_QUARTER_KM`` of the city it falls back to. (Never a namesake
        elsewhere, nor by a country alone, nor a building's name: a skeleton of a few consonants recurs.)"""
        if (
            t.known
            or not place.gazetteer_id
            or building_of_no_name(t)
            or not hasattr(self.gazetteer, "latin_only")
        ):
            return None
        cands = self._latin_towns(t)
        if not cands:
            return None  # (most names)
        around = self.gazetteer.get(place.gazetteer_id)
        quarter = t.type_word in NEIGHBOURHOOD_TYPES
        if (
            around is None
            or around.admin_level == 0
            or (around.is_admin and (quarter or around.feature_code != "ADM1"))
        ):
            return None
        reach = _QUARTER_KM if quarter else self.max_km
        found = {
            c.id: c
            for c in cands
            if c.country == around.country
            and (
                _same_admin1(c, around)
                if around.is_admin
                else _km(c.latitude, c.longitude, around.latitude, around.longitude) <= reach
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _plausible_where_the_text_went_on(
        self,
        c: Entry,
        t: Toponym,
        ctx: _Context,
        points: list[Entry],
        region: Entry | None,
        recent: Entry | None,
    ) -> bool:
        """``c`` is plausible in the governorate the text has gone on to since ``recent`` (see _gone_on_from), the one
        a place refused would fall back to: "… في ريف اللاذقية. وفي حلب … قصف مدفعي على مارع" is Mare' of Aleppo,
        not a village refused for lying outside Latakia and then put at Aleppo's centroid."""
        if recent is None or region is not None:
            return False
        about = self._gone_on_from(t, ctx, recent)
        return about is not recent and about is not None and self._plausible(c, points, region, about, t)

    def _divisions_near(self, lat: float, lon: float, *, within_deg: float = 2.0) -> tuple[Entry, ...]:
        """The gazetteer's divisions near a point, remembered per point: a side of a country ("شمال سوريا") comes in
        most reports that name one, and the look-up reads every division of the index."""
        key = (lat, lon, within_deg)
        kept = self._near.get(key)
        if kept is None:
            kept = self._near[key] = self.gazetteer.divisions_near(lat, lon, within_deg=within_deg)
        return kept

    def _side_of_the_country(self, t: Toponym, land: Entry, place: Place) -> Place:
        """ "غارات ضد مواقع في جبال شمال العراق"، "في جنوب شرق تركيا": a side of a country is the country still (at a
        region's precision, by no division of its own), at the point of the divisions that lie furthest that way (the
        north of Iraq about Duhok and Erbil, not the country's middle by Baghdad)."""
        parts = [_COMPASS[p] for p in t.relation.removesuffix("-of").split("-") if p in _COMPASS]
        near = self._divisions_near if hasattr(self.gazetteer, "divisions_near") else None
        if not t.relation.endswith("-of") or not parts or near is None:
            return place
        divisions = [
            c for c in near(land.latitude, land.longitude, within_deg=12.0) if c.country == land.country
        ]
        drawn = [c for c in divisions if c.id.startswith("area:")] or divisions  # (polygons before the table)
        if len(drawn) < 3:
            return place
        # (lat, lon) → a plane about the divisions' middle, east and north in km-like units
        lat0 = sum(c.latitude for c in drawn) / len(drawn)
        lon0 = sum(c.longitude for c in drawn) / len(drawn)
        scale = math.cos(math.radians(lat0))
        way = (
            sum(math.sin(math.radians(a)) for a in parts),  # east
            sum(math.cos(math.radians(a)) for a in parts),  # north
        )
        reach = [((c.longitude - lon0) * scale * way[0] + (c.latitude - lat0) * way[1], c) for c in drawn]
        top = max(r for r, _ in reach)
        if top <= 0:
            return place
        side = [c for r, c in reach if r >= top * 2 / 3]
        # (the point of the division among them nearest the rest, the one nearer the country's middle of two: an
        # island far off, Socotra of "جنوب اليمن", does not draw the side into the sea)
        mid = min(
            side,
            key=lambda c: (
                sum(_km(c.latitude, c.longitude, o.latitude, o.longitude) for o in side),
                _km(c.latitude, c.longitude, lat0, lon0),
            ),
        )
        return replace(place, latitude=round(mid.latitude, 5), longitude=round(mid.longitude, 5))

    def _new_or_old_part(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The city of a name the index lacks that is a city's name and new or old ("منطقة بغداد الجديدة"، "حلب
        القديمة"): a part of that city."""
        head, _, last = t.name.rpartition(" ")
        if last not in _NEW_OR_OLD or not head:
            return None
        city = self._city(name_key(head), key=True, country=ctx.country)
        return city if city is not None and city.population >= _CITY_POPULATION else None

    def _country_named_before(self, t: Toponym, ctx: _Context) -> str | None:
        """The ISO3 of the country the sentence of ``t`` named last before it ("… في سورية بينها أربع قرب مدينة
        كوباني"), if any."""
        text = ctx.text or ""
        for u in reversed(ctx.toponyms[: bisect_left(ctx.starts, t.start)]):
            if _an_end_between(text, u.end, t.start):
                return None
            iso2 = COUNTRY_KEYS.get(u.key) if u.known else None
            # (a country named as a place, after في or bi-: not the nisba of "الداخلية السعودية")
            clitics = u.surface[: len(u.surface) - len(u.name)]
            if iso2 is not None and (text.endswith("في ", 0, u.phrase_start) or clitics.endswith("ب")):
                state = self._country(iso2)
                return state.country if state is not None else None
        return None

    def _the_city_abroad(self, t: Toponym, best: Entry, cands: tuple[Entry, ...], ctx: _Context) -> bool:
        """ "في مدينة إسطنبول" in a Syria report: a city the text names as one (مدينة) is where it says when it is
        a large city — of its own size (``_CITY_POPULATION``) and the largest place of that name — and the
        article's country has no place of that name (a quarter or village homonym abroad stays refused)."""
        if t.type_word != "مدينه" or best.is_admin or best.population < _CITY_POPULATION:
            return False
        return all(c.country != ctx.country and c.population <= best.population for c in cands)

    def _a_division_across_the_border(
        self, t: Toponym, cands: tuple[Entry, ...], ctx: _Context
    ) -> Entry | None:
        """ "منطقة جازان" of a Yemen report: an area the text names as one (منطقة، ولاية، إقليم) by the very name of
        a first-level division of a country near the article's own is that division, when the article's country has
        no place of that name (not a village the index lacks, put in the governorate the text was about: the
        Saudi region over the border is no part of Sa'dah). A division far off stays refused ("منطقة المرج" of a
        Syria report is no Libyan shabiya)."""
        if t.type_word not in _DIVISION_WORDS or ctx.country is None:
            return None
        if any(c.country == ctx.country for c in cands):
            return None
        home = self._country_of_iso3(ctx.country)
        if home is None:
            return None
        own = self.gazetteer.lookup_key(t.key)  # (its own name, not one found without a head word)
        for c in own:
            if (
                c.feature_code == "ADM1"
                and _km(home.latitude, home.longitude, c.latitude, c.longitude) <= _NEAR_DIVISION_KM
            ):
                return c
        return None

    def _a_word_abroad(self, t: Toponym, cands: tuple[Entry, ...], ctx: _Context) -> bool:
        """A bare word (no type word, relation or anchor, nor a preposition of place before it: في البوكمال)
        whose every candidate is a small place abroad, far from the places the article is sure of, is most
        likely an ordinary word read as a name: "سحب" (withdrawing), "وفدا" (a delegation, not Fada in Chad),
        "إبادة" (extermination, not Abadeh in Iran). It gets no place: not its namesake abroad, nor the
        governorate the article is about. (A capital or a city of its size named bare — واشنطن، موسكو — is none
        of these.)

        Read after the conjunction و or ف alone, a word is such a word even when its namesake is a large city,
        unless that city lies in the region the news names bare (``NEWS_REGION``), is a capital of the tables, or
        is listed right after another place: "وكيل" (a deputy, not Kiel), "فزان" (Fezzan, not Ulsan); not so
        "وأنقرة"، "وإزمير"، "السنغال ومالي وبنين" (nor "بجنيف": a preposition puts a large city where it is)."""
        if (
            t.type_word is not None
            or t.relation != "in"
            or (t.anchor is not None and not _TITLE_OF_AN_AREA.match(ctx.text, t.end))
            or t.group is not None
            or ctx.country is None
            or " " in t.name
        ):
            return False
        clitic = t.surface != t.name
        # (the clitic itself, the name's ال aside: "والعراق" has و)
        conj = clitic and t.surface[: len(t.surface) - len(t.name)] in ("و", "ف")
        # what a clitic leaves of a word is a short name by chance: "وسلط" (and shed: not As Salt), "لجأوا" (they
        # took refuge: not Jawa); a name with its article is a name ("والرمثا")
        short = clitic and len(t.key) <= _SHORT_NAME and not t.name.startswith("ال")
        for c in cands:
            if c.country == ctx.country or c.is_admin:
                return False
            if short:
                # (only a large city of the news region, a capital or a place listed after another stays one)
                if (
                    (c.population >= _BIG_CITY and c.country in NEWS_REGION)
                    or name_key(CAPITALS.get(c.country or "", "")) == t.key
                    or self._listed_after_a_place(t, ctx)
                ):
                    return False
                continue
            if _near_a_seed(c, ctx):
                return False
            if c.population >= _CITY_POPULATION and (
                not conj
                or c.country in NEWS_REGION
                or name_key(CAPITALS.get(c.country or "", "")) == t.key
                or self._listed_after_a_place(t, ctx)
            ):
                return False
        if clitic:
            return True  # (a clitic on it: "وفدا"، "لإبادة")
        before = ctx.text[max(0, t.start - 6) : t.start].split()[-1:]
        return not (before and before[0] in _PUT_AT)

    @staticmethod
    def _listed_after_a_place(t: Toponym, ctx: _Context) -> bool:
        """ "ومالي وبنين": ``t`` is joined by its و to the toponym right before it (a comma may stand between)."""
        n = bisect_left(ctx.starts, t.start)
        if n == 0 or not t.surface.startswith("و") or not ctx.text:
            return False
        return not ctx.text[ctx.toponyms[n - 1].phrase_end : t.phrase_start].strip(" ,،")

    def _quarters_of_a_city(self, t: Toponym, best: Entry, cands: tuple[Entry, ...], ctx: _Context) -> bool:
        """ "أحياء حلب الشرقية"، "في أحد أحياء إسطنبول"، "في مناطق إسطنبول": the plural أحياء or مناطق before one
        known name (no list of names: "أحياء كلاسة والمشهد") that is a large city names that city's quarters."""
        if t.type_word not in ("حي", "منطقه") or t.group is not None or not t.known or best.is_admin:
            return False
        if not _QUARTERS_OF.search(ctx.text, max(0, t.phrase_start - 1), t.start):
            return False
        if best.country != ctx.country and not (
            ctx.country is None or all(c.country != ctx.country for c in cands)
        ):
            return False
        return best.population >= _CITY_POPULATION and all(c.population <= best.population for c in cands)

    def _capital_place(self, t: Toponym, ctx: _Context) -> Place | None:
        """ "في العاصمة" (the town), "شمال العاصمة" (near it), "ريف العاصمة" (its governorate's countryside: ريف
        دمشق), named by the capital's own name."""
        city = self._capital(t.name, ctx.country)
        if city is None:
            return None
        iso3 = self._capital_country(t.name, ctx.country) or ""
        name = CAPITALS.get(iso3)
        if t.relation == "countryside" or t.type_word == "محافظه":
            area = self._region(name or "", None, countryside=t.relation == "countryside")
            return self._place(t, area, GEO_REGION, name=name) if area is not None else None
        return self._place(t, city, GEO_TOWN if t.relation == "in" else GEO_NEAR, name=name)

    def _the_way_it_lies(self, c: Entry, t: Toponym, ctx: _Context, region: Entry | None) -> bool:
        """ "قضاء البعاج شمال غرب بغداد"، "بمدينة حيس جنوب الحديدة": a town of the article's country named with the
        direction it lies in from a city is where the text says, however far from that city, when it lies that way
        (the press orients far towns by the capital or a large city); a namesake the other way is refused still."""
        if c.is_admin or c.country != ctx.country or (region is not None and not _same_admin1(c, region)):
            return False
        tops, n = ctx.toponyms, bisect_right(ctx.starts, t.end)
        while n < len(tops) and (u := tops[n]).start <= t.end + _OFF_A_CITY:
            if 0 < u.start - t.end and u.direction and (u.relation or "").endswith("-of"):
                if any(ch.isdigit() for ch in ctx.text[t.end : u.start]):
                    return (
                        False  # (a distance says how far: "سنجار 120 كم شمال غرب الموصل" is read by the city)
                    )
                city = self._city(u.name, country=ctx.country)
                if city is None or city.country != c.country or city.population < _CITY_POPULATION:
                    return False
                km = _km(city.latitude, city.longitude, c.latitude, c.longitude)
                if not self.max_km < km <= _FAR_OFF_KM:
                    return False
                return _bearing_agrees(city, c, u.direction)
            n += 1
        return False

    def _plausible(
        self,
        c: Entry,
        points: list[Entry],
        region: Entry | None,
        recent: Entry | None,
        t: Toponym | None = None,
    ) -> bool:
        """Refuse a homonym far from where the text places it. The governorate the text was last about only
        rules out villages (homonyms abound); a town of some size named on its own is trusted."""
        if c.is_admin and c.admin_level == 0:
            return True  # (a country)
        if c.id.startswith(LANDMARK_PREFIX):
            # a base or region of LANDMARKS has no namesake to refuse; a town of theirs has none but the one the
            # city the text puts it in stands for ("في همدان بمدينة الحزم" is a quarter of al-Hazm, not the district
            # by Sanaa)
            return c.feature_class != "P" or not (
                points
                and t is not None
                and t.anchor
                and min(_km(c.latitude, c.longitude, e.latitude, e.longitude) for e in points) > self.max_km
            )
        if region is not None and not _same_admin1(c, region):
            return False
        if (
            t is not None
            and not t.known
            and t.group is not None
            and t.type_word is None
            and not points
            and recent is None
            and not c.is_admin
            and c.population < _VILLAGE
        ):
            # "في نقيل الابل والهجره": a name the index lacks by its words, listed with a place the text places
            # by nothing, in no governorate the text is about, with no type word (بلدات وقرى …) to say it is a
            # village, is no village of its name wherever the index holds one
            return False
        if (
            recent is not None
            and not c.is_admin  # (an area is no village: "جبل لبنان"، "شمال لبنان" have no population)
            and not _same_admin1(c, recent)
            and c.population < _VILLAGE
            and not (t is not None and t.type_word == "مدينه")
            # (a quarter by the city the text puts it in lies there: "في ضاحية السيدة زينب قرب دمشق")
            and not (
                t is not None
                and t.type_word in NEIGHBOURHOOD_TYPES
                and points
                and min(_km(c.latitude, c.longitude, e.latitude, e.longitude) for e in points) <= _QUARTER_KM
            )
        ):
            return (
                False  # a village elsewhere than the governorate the text is about; a city is named as such
            )
        if (
            points
            and t is not None
            and t.anchor
            and all(e.country not in (None, c.country) for e in points)
            and min(_km(c.latitude, c.longitude, e.latitude, e.longitude) for e in points) > _BORDER_KM
        ):
            return False  # "في همدان بمدينة الحزم": the city the text puts it in rules out a namesake abroad
        if (
            points
            and t is not None
            and c.is_admin
            and t.type_word in (None, "محافظه")
            and (t.anchor_relation or "").endswith("-of")
            and _bearing_agrees(points[0], c, t.anchor_relation[:-3])
        ):
            # "في ديالى شمال شرق بغداد": a governorate oriented by the city it lies that way from is itself, far
            # as its centre is from the city (the press orients a province by the capital)
            return True
        if points and (
            c.population < _CITY_POPULATION or (t is not None and t.type_word in NEIGHBOURHOOD_TYPES)
        ):
            # villages listed together lie together, and a quarter lies in its city (within _QUARTER_KM: "حي الخالدية
            # بحلب" is no village of that name 40 km off); a city of its own size named for itself is trusted (not
            # so a quarter's name: حي الميدان بمدينة حلب is no Medan)
            reach = _QUARTER_KM if t is not None and t.type_word in NEIGHBOURHOOD_TYPES else self.max_km
            return min(_km(c.latitude, c.longitude, e.latitude, e.longitude) for e in points) <= reach
        return True

    def _country_put_in(
        self, t: Toponym, ctx: _Context, told: tuple[Entry, int] | None
    ) -> tuple[Entry, int] | None:
        """(the entry, where its name ends) of the country other than the report's that the text puts ``t`` in: the
        side of it a few words on ("تعنايل - زحلة (شرق لبنان)"، "سوروتش جنوب تركيا"), its name as the anchor
        ("مدينة إسطنبول بتركيا"), or its nisba after it (``told``: :meth:`_nisba_country` of ``t``)."""
        iso2 = None
        end = t.end
        if t.anchor is not None and t.anchor_relation == "in":
            iso2 = COUNTRY_KEYS.get(name_key(t.anchor))
        if iso2 is None and ctx.text:
            m = (
                _SIDE_OF_A_COUNTRY.match(ctx.text, t.end, t.end + 60)
                if _a_side_named(ctx.text[t.end : t.end + 60])
                else None
            ) or _IN_A_COUNTRY.match(ctx.text, t.end, t.end + 30)
            if m is not None:
                iso2, end = COUNTRY_KEYS.get(name_key(m.group(1))), m.end(1)
        state = self._country(iso2) if iso2 is not None else None
        if state is None and told is not None:
            state, end = told
        return (state, end) if state is not None and state.country != ctx.country else None

    def _nisba_country(self, t: Toponym, ctx: _Context) -> tuple[Entry, int] | None:
        """(the country's entry, where its nisba ends) of the feminine nisba of a country right after ``t`` or
        after a word of kind there ("قرية الحضر السورية"، "مدينة تل أبيض الحدودية السورية"): the place lies in that
        country, whatever its namesakes abroad."""
        if not ctx.text:
            return None
        m = _NISBA_AFTER.match(ctx.text, t.end)
        if m is None:
            return None
        iso3 = CAPITAL_NISBAS.get(m.group(1))
        end = m.end(1)
        if iso3 is None and m.group(2) is not None:
            iso3, end = CAPITAL_NISBAS.get(m.group(2)), m.end(2)
        state = self._country_of_iso3(iso3) if iso3 is not None else None
        return (state, end) if state is not None else None

    def _country_of_iso3(self, iso3: str) -> Entry | None:
        """The index's entry of the country of that ISO3 code, among the countries of the tables (COUNTRY_AR)."""
        found = self._states.get(iso3, False)
        if found is False:
            states = (self._country(iso2) for iso2 in COUNTRY_AR)
            found = self._states[iso3] = next(
                (e for e in states if e is not None and e.country == iso3), None
            )
        return found

    def _country(self, iso2: str) -> Entry | None:
        """The index's entry of the country of that ISO2 code, read once (a place put in Turkey is put there again
        and again; see _answers)."""
        countries: dict[str, Entry | None] = self._answers(COUNTRIES_MEMO)
        found = countries.get(iso2, False)
        if found is False:
            found = countries[iso2] = self.gazetteer.get(f"country:{iso2}")
        return found

    def _fallback(
        self,
        t: Toponym,
        ctx: _Context,
        points: list[Entry],
        region: Entry | None,
        put: tuple[Entry, int] | None = None,
    ) -> Place | None:
        if t.anchor and t.anchor_relation not in _IN_A_REGION:
            city = self._anchor_city(t, ctx)
            if city is not None:
                oriented = (t.anchor_relation or "").endswith("-of")
                return self._place(t, city, self._off_precision(t, city) if oriented else GEO_NEAR)
            place = self._where_the_anchor_falls_back(t, ctx)
            if place is not None:
                return place
        if not t.known and not points and _ON_A_BORDER.match(ctx.text or "", t.phrase_end):
            # "منطقة الطوال على الحدود اليمنية السعودية": not by a town the text named before (the border may lie
            # hundreds of km off it), only in a governorate the text puts it in
            return self._place(t, region, GEO_REGION) if region is not None else None
        off = self._city_it_lies_off(t, ctx)
        if off is not None:
            # "في ضلاع همدان غربي العاصمة": near the city it lies off
            return self._place(t, off, self._off_precision(t, off))
        if t.type_word in NEIGHBOURHOOD_TYPES:
            city = self._city_before(t, ctx)
            if city is not None:
                return self._place(t, city, GEO_NEAR)
        near = self._town_told_near_before(t, ctx)
        if near is not None:
            # "في غارة قرب مدينة إدلب على قرية X": the village the act was at, near that town
            return self._place(t, near, GEO_NEAR)
        over = self._place_it_overlooks(t, ctx)
        if over is not None:
            # "جبل العروس المطل على مدينة تعز": near the town it overlooks
            return self._place(t, over, GEO_NEAR)
        by = self._place_it_lies_by(t, ctx)
        if by is not None:
            # "السيطرة على قرية أم حوش القريبة" after مدينة مارع: near the place it is told to be near
            return self._place(t, by, GEO_NEAR)
        if _SIDEWARD.match(ctx.text or "", t.phrase_end) and (city := self._city_of_its_sentence(t, ctx)):
            # "في حي البياع جنوب غربي بغداد، … في منطقة الشعب شرقا": an area told by the side it lies on, with no
            # place named, lies on that side of the city its sentence is about
            return self._place(t, city, GEO_NEAR)
        if t.type_word in _URBAN_TYPES or t.name.split(maxsplit=1)[0] in _URBAN_HEADS:
            city = self._city_before(t, ctx, window=_CITY_WINDOW)
            # (not a city of another governorate than the one the text puts the area in right after it: "مدينة
            # درعا … منطقة الشدادي التي يسيطر عليها التنظيم في ريف الحسكة الجنوبي" is in Hasakah)
            if city is not None and (
                (after := self._region_right_after(t, ctx)) is None or _same_admin1(city, after)
            ):
                return self._place(t, city, GEO_NEAR)
        if t.type_word and t.type_word not in _REGION_TYPES:
            # "معسكري الصباحة في المدخل الغربي للعاصمة صنعاء": a camp, a base, a village named with the city it
            # lies at a few words on is there, not in the governorate the text was about before
            # (or the city it lies off: "منطقة المضيق القريبة من قاعدة الحبانية الجوية شرق الرمادي")
            for s, u in self._cities(ctx) + self._cities_off(t, ctx):
                if t.group is not None and u.group == t.group:
                    continue  # (another place of its list, not where it lies: "بلدتي X وY ومدينة Z")
                if u.type_word == "محافظه":
                    continue  # (a governorate of a city's name: "ميناء رأس عيسى في محافظة الحديدة", not the city)
                if 0 < s - t.end <= _CITY_AT and not _an_end_between(ctx.text or "", t.end, s):
                    city = self._city_of(u, ctx.country)
                    if city is not None:
                        return self._place(t, city, GEO_NEAR)
        if put is not None and region is None and not points:
            # a place put in another country lies near the town of that country named with it ("تعنايل - زحلة
            # (شرق لبنان)"), else somewhere in that country
            for u in ctx.toponyms[bisect_right(ctx.starts, t.end) :]:
                if u.start >= put[1]:
                    break
                town = self._city(u.key, key=True, country=put[0].country) if u.known else None
                if town is not None:
                    return self._place(t, town, GEO_NEAR)
            return self._place(t, put[0], GEO_REGION)
        if region is None and points and points[0].admin1:
            region = self._admin_area(points[0].admin1)
        if region is None and not points and put is None and t.type_word is not None:
            region = self._division_right_after(t, ctx)
        if (
            region is None
            and not points
            and put is None
            and not t.known
            and t.type_word not in _AWAY_FROM_TOWNS
        ):
            # a place the gazetteer lacks (not a refused homonym: "مدينة فدا" is no town of the report's country) told
            # before the text names any governorate: the governorate of the place it named just before ("…
            # في تعز … في نقيل الإبل والهجرة"); not a base or a camp, which lie away from the towns ("قاعدة العند"
            # 60 km from Aden, "قاعدة إنجرليك" of a report from Ankara)
            city = self._city_in_the_paragraph(t, ctx)
            if city is not None and city.admin1:
                region = self._admin_area(city.admin1)
        if region is not None:
            place = self._place(t, region, GEO_REGION)
            if t.anchor and t.anchor_relation == "countryside":
                # "قرية X بريف حماة": a village the index lacks, known only to lie in a city's countryside
                return self._at_the_seat(place, t.anchor, region, ctx)
            side = self._countryside_after(t, ctx, region)
            if side is not None:
                # "في محيط حاجز X ومحيط بلدة Y بريف حماة": so is a place listed before the village put there
                return self._at_the_seat(place, side, region, ctx)
            # a place the index lacks, known only by its governorate, at the governorate's seat when a city of its
            # name is that (ACLED's way; the governorate's middle may lie far in its desert or mountains)
            return self._at_the_seat(place, region.name_ar, region, ctx) if region.name_ar else place
        return None

    @staticmethod
    def _countryside_after(t: Toponym, ctx: _Context, region: Entry) -> str | None:
        """The city whose countryside (ريف X, of ``region``) the sentence of ``t`` names a few words after it."""
        text = ctx.text or ""
        for u in ctx.toponyms[bisect_right(ctx.starts, t.start) :]:
            if u.start - t.end > _COUNTRYSIDE_AFTER or _an_end_between(text, t.end, u.start):
                return None
            if u.relation == "countryside" and u.known:
                area = dict(ctx.regions).get(u.start)
                return text[u.start : u.end] if area is not None and _same_admin1(area, region) else None
        return None

    def _at_the_seat(self, place: Place, name: str, region: Entry, ctx: _Context) -> Place:
        """``place``, told only by the governorate ``region`` as the countryside of the city ``name`` (ريف حماة), at
        that city's point, as ACLED places what it knows only by its governorate at the governorate's seat (the
        governorate's middle may lie far in its desert) — not so a countryside that is a governorate of its own
        (ريف دمشق), whose city lies outside it."""
        city = self._city(name, country=ctx.country)
        if city is None or city.population < _VILLAGE or not _same_admin1(city, region):
            return place
        return replace(place, latitude=round(city.latitude, 5), longitude=round(city.longitude, 5))

    def _division_right_after(self, t: Toponym, ctx: _Context) -> Entry | None:
        """A first-level division the index holds by a name of its own, named right after ``t`` with في or bi-
        ("بلدة X في ريف دمشق"، "قرية X بريف دمشق"): where a place the index lacks, told by its type word, lies
        (not a bare word: "قال الوزير في كلمة في أنقرة")."""
        for u in ctx.toponyms[bisect_right(ctx.starts, t.end) :]:
            if u.start > t.end + 6 or (ctx.text or "")[t.end : u.start].strip() not in ("في", "ب"):
                return None
            areas = [c for c in self.gazetteer.lookup_key(u.key) if c.feature_code == "ADM1"]
            return sorted(areas, key=lambda a: not a.id.startswith("area:"))[0] if areas else None
        return None

    def _anchor_city(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The city ``t`` is put in or by (its anchor): of the article's country, else a city abroad of some size or
        near the places the article is sure of ("حي عرب جبور التابع لمنطقة الدورة جنوبي بغداد": no hamlet of the
        Sahara called so)."""
        city = self._city(t.anchor, country=ctx.country)
        if city is None:
            city = self._city(t.anchor)
            if (
                city is not None
                and ctx.country is not None
                and (
                    (city.population < _CITY_POPULATION and not _near_a_seed(city, ctx))
                    # "شمال بابل" of a report on Iraq: north of the governorate of that name, not of Babol in
                    # Iran (a governorate the place lies off is the region it lies in: _anchor_points)
                    or any(
                        c.feature_code == "ADM1" and c.country == ctx.country
                        for c in self.gazetteer.lookup(t.anchor)
                    )
                )
            ):
                return None
        return city

    def _where_the_anchor_falls_back(self, t: Toponym, ctx: _Context) -> Place | None:
        """ "ولاية جبال حمرين التابعة لناحية قرة تبه شمال شرق بغداد": a place put in another the index lacks lies
        where that one falls back to (no nearer than it)."""
        for u in ctx.toponyms[bisect_right(ctx.starts, t.end) :]:
            if u.start - t.end > _LYING_REACH:
                break
            if u.attached and u.name == t.anchor:
                place = self._resolve_one(u, ctx)
                e = self.gazetteer.get(place.gazetteer_id) if place and place.gazetteer_id else None
                if place is None or e is None:
                    return None
                there = self._place(t, e, max(place.precision, GEO_NEAR))
                if (place.latitude, place.longitude) != (there.latitude, there.longitude):
                    # "جبال قنديل شمال العراق": at the side of the country the anchor is (see _side_of_the_country)
                    there = replace(there, latitude=place.latitude, longitude=place.longitude)
                return there
        return None

    def _off_precision(self, t: Toponym, city: Entry) -> int:
        """How near the city it is put off by a direction a place the index lacks lies (one it refused, a namesake
        the other way from the city, is put near it, as the text would have it): a district is no part of
        it (قضاء، مديرية: a region of its own), nor is a subdistrict off the capital, by which the press puts places
        a hundred kilometres away ("ناحية قرة تبه شمال شرق بغداد"); a village or a quarter is near it."""
        if (
            not t.known
            and t.type_word in _DISTRICT_TYPES
            and (t.type_word != "ناحيه" or self._capital("العاصمه", city.country) is city)
        ):
            return GEO_REGION
        return GEO_NEAR

    def _an_area_of_the_city_before(
        self, c: Entry, t: Toponym, ctx: _Context, points: list[Entry], region: Entry | None
    ) -> Entry | None:
        """ "… الاطراف الشمالية لعدن. … مخزن أسلحة في منطقة الرباط": an area (منطقة) whose best namesake is a
        hamlet of another governorate, far from the city the text has just named, is an area of that city (the
        city returned), when nothing else places it."""
        if (
            t.type_word != "منطقه"
            or points
            or region is not None
            or c.is_admin
            or c.population >= _VILLAGE
            or c.id.startswith(LANDMARK_PREFIX)
        ):
            return None
        n = bisect_left(ctx.starts, t.start)
        # (the place named last before it, a city of some size: "لعدن" however it was named, "في عدن"، "اطراف عدن")
        u = ctx.toponyms[n - 1] if n else None
        if u is None or not u.known or t.start - u.start > _CITY_WINDOW:
            return None
        city = self._city_of(u, ctx.country)
        if (
            city is not None
            and city.country == c.country
            and city.population >= _CITY_POPULATION
            and not _same_admin1(c, city)
            and _km(c.latitude, c.longitude, city.latitude, city.longitude) > self.max_km
            # (not when the text names the hamlet's governorate: "منطقة دمنة خدير … جنوب شرق محافظة تعز")
            and not any(_same_admin1(e, c) for _, e in ctx.seeds)
            and not any(_same_admin1(e, c) for _, e in ctx.regions)
        ):
            return city
        return None

    def _city_in_the_paragraph(self, t: Toponym, ctx: _Context) -> Entry | None:
        """The place of the article's country the text named last before ``t``: the places it is sure of in the
        same sentence when they lie in one governorate ("في مديرية مشرعة وحدنان بجبل صبر"), else a city named in
        that sentence or the one before (see _cities) when the places named since lie in that city's governorate. (None after a list of places of several governorates: "تحرير عدن والحوطة ولودر
        وزنجبار وقاعدة العند".)"""
        text = ctx.text or ""
        known = [
            (s, e)
            for s, e in ctx.seeds
            if s < t.start and e.country == ctx.country and not e.is_admin and e.admin1
        ]  # fmt: skip
        # (after the last sentence end before t: _SENTENCE_END is one character of these)
        end = max(text.rfind(ch, 0, t.start) for ch in ".!?\n") + 1
        # (not where fighters or supplies come from: "… في تعز … عن الحوثيين من صنعاء فيما دارت اشتباكات في مديرية
        # صبر الموادم" is about Taiz)
        told = [
            (s, e)
            for s, e in known
            if s >= end and not _from_there(text, ctx.toponyms[bisect_left(ctx.starts, s)])
        ]  # fmt: skip
        if told:
            s, last = told[-1]
            if all(_same_admin1(e, last) for _, e in told) and not self._another_area_between(
                ctx, s, t, last
            ):
                return last
            return None
        # (a city named with a direction says which governorate the text is about too: "في مديرية أرحب شمال العاصمة
        # صنعاء. … في قرية الجنادبة")
        oriented = [
            (u.start, u)
            for u in ctx.toponyms[: bisect_left(ctx.starts, t.start)]
            if u.known
            and u.relation.endswith("-of")
            and not _in_a_side_of(text, u)
            # (not one a distance is measured from: "سبها الواقعة على مسافة 700 كيلومتر جنوب طرابلس")
            and not any(
                ch.isdigit() for ch in text[max(0, u.phrase_start - _DISTANCE_BEFORE) : u.phrase_start]
            )
            and self._population(u, ctx.country) >= _CITY_POPULATION
        ]
        for s, u in sorted(self._cities(ctx) + oriented, key=operator.itemgetter(0), reverse=True):
            if s < t.start:
                if len(_SENTENCE_ENDS.findall(text, s, t.start)) > 1:
                    return None  # (named before the sentence before)
                if _from_there(text, u):
                    continue  # "قطع الإمدادات عن الحوثيين من صنعاء": where they come from, not where the text is
                city = self._city_of(u, ctx.country)
                if city is None:
                    continue
                if all(_same_admin1(e, city) for p, e in known if p > s) and not self._another_area_between(
                    ctx, s, t, city
                ):
                    return city
                return None
        return None

    def _another_area_between(self, ctx: _Context, lo: int, t: Toponym, place: Entry) -> bool:
        """Between ``lo`` and ``t`` the text names a country (any: "… في سوريا بينما كان قرب بلدة سرمدا", "الحدودية مع
        لبنان") or a governorate other than ``place``'s ("العميد … في شرطة نينوى"): it is no longer about the city
        named at ``lo``."""
        for u in ctx.toponyms[bisect_right(ctx.starts, lo) : bisect_left(ctx.starts, t.start)]:
            if not u.known or u.attached or (u.relation or "").endswith("-of"):
                continue  # (what only locates the place before it: "في تعز جنوبي اليمن")
            if _from_there(ctx.text or "", u):
                continue  # (nor where fighters or supplies come from: "الإمدادات القادمة من صنعاء")
            cands = self.gazetteer.lookup_key(u.key)
            if any(c.is_admin and c.admin_level == 0 for c in cands):
                return True
            if any(c.feature_code == "ADM1" for c in cands) and not any(
                _same_admin1(c, place) for c in cands
            ):
                return True
        return False

    def _place(self, t: Toponym, e: Entry, precision: int, *, name: str | None = None) -> Place:
        """The name stays as written (also for a fallback; ``name``: the name the text means, for a capital
        named as such); the entry says what was located."""
        name = name or t.written or t.name
        if e.feature_class == "L":
            # a region (سهل الغاب، جبل الزاوية) is no town: what lies in it or by it is told at the region's precision
            precision = max(precision, GEO_REGION)
        elif e.feature_class == "T":
            precision = max(precision, GEO_NEAR)  # (a mountain: what is on it is near its point, جبل صبر)
        key = (name, e.id, precision)
        known = self._places.get(key)
        if known is not None and known[0] is e:  # (the entry the index gives while it is cached)
            return known[1]
        if len(self._places) >= _PLACES_MAX:
            self._places.clear()
        place = Place(
            name_ar=name,
            name=e.name,
            gazetteer_id=e.id,
            latitude=round(e.latitude, 5),
            longitude=round(e.longitude, 5),
            admin1=e.admin1,
            admin2=e.admin2,
            country=e.country,
            precision=precision,
        )
        self._places[key] = (e, place)
        return place


_COMPASS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}
# degrees either side of the direction the text gives (the press rounds: منبج, "شمال حلب", lies at 63°)
_BEARING_SLACK = 67.5


def _in_a_side_of(text: str, u: Toponym) -> bool:
    """ "في غرب العاصمة": a side of the place named after في, which is in that place (not off it)."""
    return u.relation.endswith("-of") and text.endswith("في ", 0, u.phrase_start)


# (normalized) the word of a province right before a name: "في ولاية شرناق"، "بولاية سيواس"
_A_PROVINCE_BEFORE = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:في |ب)?ولايه $")
_AMMAN = name_key("عمان")  # Amman, and Oman: the same letters
_JORDAN_TOLD = re.compile(r"(?<!\w)(?:ال|و|في|ب|لل)?اردن")  # (normalized) Jordan or Jordanian named
_OMAN_TOLD = re.compile(r"سلطنه|مسقط|(?<!\w)(?:ال)?عماني")  # the sultanate, its capital or its nisba


def _bearing_agrees(a: Entry, b: Entry, direction: str) -> bool:
    """``b`` lies from ``a`` in ``direction`` ("north", "south-west" …), give or take ``_BEARING_SLACK``."""
    parts = [_COMPASS[p] for p in direction.split("-") if p in _COMPASS]
    if not parts:
        return False
    if len(parts) == 2:
        x, y = parts
        want = (x + y) / 2 if abs(x - y) <= 180 else ((x + y + 360) / 2) % 360
    else:
        want = parts[0]
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlon = math.radians(b.longitude - a.longitude)
    got = math.degrees(
        math.atan2(
            math.sin(dlon) * math.cos(lat2),
            math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon),
        )
    )
    return abs((got - want + 180) % 360 - 180) <= _BEARING_SLACK


def building_of_no_name(t: Toponym) -> bool:
    """ "مبنى الاتصالات"، "قاعدة القيادة الجوية"، "مركز الملاريا": a name the index lacks that is a building's or an
    institution's."""
    return not t.known and (
        t.type_word == "مبني"
        or (
            t.name.split(maxsplit=1)[0].removeprefix("ال") in _FACILITY_NOUNS
            # (a quarter named for the housing cooperative that built it is no building: "حي جمعية الزهراء")
            and not (t.type_word == "حي" and t.name.startswith("جمعيه "))
        )
    )


def _from_there(text: str, u: Toponym) -> bool:
    """``u`` is named as where people or supplies come from ("الإمدادات من صنعاء"), not as the whole a part is
    of ("الطرف الشمالي الشرقي من الرمادي"، "الأحياء الغربية من المدينة")."""
    m = _FROM.search(text, max(0, u.phrase_start - 16), u.phrase_start)
    if m is None:
        return False
    before = text[max(0, m.start() - 16) : m.start()].split()[-1:]
    return not before or (before[0] not in DIRECTION_ADJECTIVES and before[0] not in _PARTS_OF_A_WHOLE)


# the verbs of saying whose subject a capital stands for its government ("بينما تقول بغداد إن …"، "واتهمت دمشق")
_SAYING = frozenset(
    "تقول يقول قالت قال تؤكد يؤكد اكدت اكد تعلن اعلنت تري يري تتهم اتهمت تنفي نفت ترفض رفضت تطالب طالبت تحذر "
    "حذرت تزعم زعمت".split()
)


def _a_city_speaking(text: str | None, u: Toponym) -> bool:
    """``u`` is a city named bare as the subject of a verb of saying ("بينما تقول بغداد إن الجامعة …"): its
    government, not a city the text is about, which a quarter named later would lie in."""
    if not text or u.type_word is not None or u.relation != "in" or u.surface != u.name:
        return False
    before = text[max(0, u.phrase_start - 12) : u.phrase_start].split()[-1:]
    if not before:
        return False
    w = before[0]
    return w in _SAYING or (w[:1] in ("و", "ف") and w[1:] in _SAYING)


def _on_the_way(ctx: _Context, n: int) -> bool:
    """The toponym ``n`` is named in passing, as where a road or a move leads ("الطريق المؤدي إلى الضالع ولحج
    وتعز"، "يربط بين عدن ولحج"، "تقدموا باتجاه تعز"), itself or with the list it closes: no city the text is then
    about, which the places it names next would lie in."""
    if not ctx.text:
        return False
    tops = ctx.toponyms
    while n > 0 and _LIST_GAP.fullmatch(ctx.text, tops[n - 1].phrase_end, tops[n].phrase_start):
        n -= 1  # (back to the first of a list)
    p = tops[n].phrase_start
    return _TOWARDS.search(ctx.text, max(0, p - 24), p) is not None


def _without_homonyms_of_a_region(cands: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """A name shared by a first-level division and a town of the same country outside it names the division:
    "صلاح الدين" of Iraqi news is the governorate, not the town of that name in Erbil (a town inside the
    division of its name, حلب in Aleppo governorate, stays a candidate; so does a city, صنعاء, the capital
    outside the governorate of its name)."""
    regions = [c for c in cands if c.feature_code == "ADM1"]
    if not regions:
        return cands
    kept = tuple(
        c
        for c in cands
        if not (
            c.feature_class == "P"
            and c.population < _CITY_POPULATION  # (a city of its own size is named for itself: صنعاء)
            and any(r.country == c.country and not _same_admin1(c, r) for r in regions)
            and not any(r.country == c.country and _same_admin1(c, r) for r in regions)
        )
    )
    return kept or cands


def _far_off(c: Entry) -> bool:
    """A town outside the region the news is about (``NEWS_REGION``) and under a million people: when its name
    has a namesake in the region, the news means that one ("مدينة زنجبار" is Zinjibar in Abyan, not Zanzibar).
    (A city of a million or more, or a name with no namesake in the region — باريس، جنيف — stays itself.)"""
    return (
        c.country is not None
        and c.country not in NEWS_REGION
        and not c.is_admin
        and c.population < _FAR_OFF_CITY
    )


def _the_great_city(cands: tuple[Entry, ...], t: Toponym) -> Entry | None:
    """The candidate that is a city of a million or more, or a country's capital (:data:`CAPITALS`), twenty times
    the size of every other candidate, if any, for a name with no type word or a city's (not "قرية القاهرة")."""
    if t.type_word not in (None, "مدينه"):
        return None
    great = max(cands, key=lambda c: c.population)
    if great.is_admin or not (
        great.population >= _FAR_OFF_CITY or name_key(CAPITALS.get(great.country or "", "")) == t.key
    ):
        return None
    if any(c is not great and c.population * 20 > great.population for c in cands):
        return None
    return great


def _first_of_the_news(cands: tuple[Entry, ...]) -> Entry:
    """The first candidate, unless it is a far-off town (:func:`_far_off`) and another lies in the news region."""
    if not _far_off(cands[0]):
        return cands[0]
    for c in cands[1:]:
        if c.country in NEWS_REGION:
            return c
    return cands[0]


def _seat_of_a_division(cands: tuple[Entry, ...]) -> Entry | None:
    """The town of a name a first-level division also bears, lying in that division (القنيطرة: Quneitra, the seat
    of Syria's Quneitra governorate), when the name has namesakes in other countries: a governorate of the
    news's countries and its seat are what the news means by the name (not Kenitra in Morocco, for all its
    size) unless the text says another country."""
    if len({c.country for c in cands}) < 2:
        return None
    for r in cands:
        if r.feature_code == "ADM1":
            for c in cands:
                if c.feature_class == "P" and c.country == r.country and _same_admin1(c, r):
                    return c
    return None


def _same_admin1(c: Entry, area: Entry) -> bool:
    if c.id == area.id:
        return True
    return not _admin1_keys(c.admin1, c.admin1_ar).isdisjoint(
        _admin1_keys(area.admin1, area.admin1_ar, area.name, area.name_ar)
    )


@lru_cache(maxsize=1 << 14)
def _admin1_keys(*names: str | None) -> frozenset[str]:
    return frozenset(name_key(x) for x in names if x)
