"""Drafts → frozen :class:`rasad.model.Event` records: places, evidence in raw offsets, in-article merging."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from typing import Any

from rasad.assemble.actors import relocate
from rasad.assemble.conflict import (
    BOMBINGS,
    PRECEDENCE,
    STATIONED,
    TERRITORY,
    Draft,
    allied_actors,
    bare_blast,
    countries_named_in,
    country_places_named_in,
    opens_new_topic,
    start_announced,
    told_as_a_result,
    told_throughout,
    town_told_next,
)
from rasad.assemble.doc import Doc
from rasad.assemble.fatalities import Casualties, numbers_in
from rasad.assemble.political import participle, told_apart
from rasad.geo.capitals import CAPITAL_WORDS
from rasad.geo.polygons import haversine_km
from rasad.geo.recognize import lands_country, settlement_country
from rasad.geo.resolve import building_of_no_name
from rasad.model import DateValue, Event, Evidence, Place, builder
from rasad.text.normalize import CONTROLS, normalize_key
from rasad.text.numbers import VAGUE
from rasad.time import find_time_expressions
from rasad.time.context import opens_with_telling, statement_before, telling_date_only

_SOURCE_VERBS = frozenset(("افاد", "افادت", "ذكر", "ذكرت", "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت"))
_SOURCE_STOP = ("ان", "انه", "انها", "بان", "الي", "عن", "في", "من", ",", "ل")


# the quotes around a part of a name, and the invisible marks inside it (bidi embeddings, zero-width joiners)
_QUOTES = str.maketrans("", "", '"«»“”„‘’' + CONTROLS)


def _place_for(doc: Doc, d: Draft) -> Place | None:
    i = d.place_index if d.place_index is not None else _country_it_was_in(doc, d)
    if i is None:
        return None
    place = doc.places[i]
    top = doc.toponyms[i]
    span = doc.norm.raw_span(top.start, top.end)
    # (as written, less the quotes around a part of it: تلة "جورة الماء" is تلة جورة الماء; and its invisible marks)
    name_ar = " ".join(span.text(doc.norm.raw).translate(_QUOTES).split())
    if place is None:
        return Place(name_ar=name_ar, country=doc.country, span=span)
    if place.name_ar and (
        top.name.startswith(CAPITAL_WORDS)
        or building_of_no_name(top)
        or lands_country(top.name) is not None
        or settlement_country(top) is not None  # ("في بلدة تركية أخرى": Turkey, by its name)
        or top.nisba  # ("15 خياطا موصليا": the city, الموصل)
    ):
        # "في العاصمة اليمنية": the capital, by its own name (صنعاء); "مبنى المحكمة في مدينة دوما": the town the
        # building stands in, by its name (a coder writes the place, not the building); its words are the span
        name_ar = place.name_ar
    return _new_place(
        name_ar=name_ar,
        name=place.name,
        gazetteer_id=place.gazetteer_id,
        latitude=place.latitude,
        longitude=place.longitude,
        admin1=place.admin1,
        admin2=place.admin2,
        country=place.country,
        precision=place.precision,
        span=span,
    )


def _country_it_was_in(doc: Doc, d: Draft) -> int | None:
    """An act of no finer place that its clause tells in one country ("قصفت المدفعية مواقع في شمال العراق"،
    "غارات على مواقع التنظيم في سوريا") is at least in that country: its name, the country's coarse place."""
    if d.category != "conflict":
        return None
    named = _country_places(doc, d)
    if not named or len({doc.places[i].country for i in named}) != 1:  # type: ignore[union-attr]
        return None
    return named[0]


def _source(doc: Doc, d: Draft) -> str | None:
    """The words after the first cue of sources in ``d``'s sentence, as written (what folds compare)."""
    span = _source_span(doc, d)
    return None if span is None else doc.norm.raw_text(span[0], span[1]).strip(" .,،")


def _source_named(doc: Doc, d: Draft) -> str | None:
    """The source the event cites, for its record: the words after the cue up to the day or the news told
    ("المرصد السوري لحقوق الإنسان أمس بمقتل …" → "المرصد السوري لحقوق الإنسان"), and a source taken up again by
    its first word alone ("وأشارت الشبكة"، "وقال المرصد") by the name it was given in full before ("شبكة شام
    الإخبارية"); the generic sources (المصدر، المصادر، البيان) stay as written."""
    span = _source_span(doc, d)
    if span is None:
        return None
    start, end, _ = span
    kept = _name_words(doc.text[start : end + 1])
    if len(kept) == 1 and kept[0].startswith("ال") and kept[0][2:] not in _GENERIC_SOURCES:
        for s, e, _ in _sources_before(doc, start):
            named = _name_words(doc.text[s : e + 1])
            if len(named) > 1 and named[0].strip('«»"“”').removeprefix("ال") == kept[0][2:]:
                start, end, kept = s, e, named
                break
    if not kept:
        return None
    start = doc.text.find(kept[0], start)
    end = doc.text.find(kept[-1], start) + len(kept[-1])
    name = doc.norm.raw_text(start, end).translate(_QUOTES).strip(" .,،:()")
    return name or None


def _source_span(doc: Doc, d: Draft) -> tuple[int, int, list[str]] | None:
    text = doc.text
    for s, e in doc.sentences:
        if s <= d.clause.start < e:
            break
    else:
        return None
    for m in _source_cues(doc).get(d.clause.sentence, ()):
        span = _source_after(text, m, e)
        if span is not None:
            return span
    return None


def _source_after(text: str, m: Any, end: int) -> tuple[int, int, list[str]] | None:
    """The source a cue of sources names after it in its sentence ("وقالت شبكة شام الإخبارية إن …"): its
    normalized span and words, or None."""
    words = []
    for w in text[m.nspan.end : end].split(None, 8)[:8]:
        w = w.strip(',".')
        if not words and w in ("ما", "ان"):
            continue  # "بحسب ما افاد المرصد": the source comes after the second verb
        if not words and w in _SOURCE_VERBS:
            continue
        if w in _SOURCE_STOP or not w:
            break
        words.append(w)
    if not words:
        return None
    start = text.find(words[0], m.nspan.end)
    return start, text.find(words[-1], start) + len(words[-1]), words


def _name_words(chunk: str) -> list[str]:
    """The words of a source's name at the start of ``chunk`` (the normalized words its cue is followed by): up
    to a day, the news it told (بمقتل، بتقدم), whom it told (لوكالة، لـ«الشرق»), a relative pronoun, a mark that
    ends it (, : ») or a quotation that opens after it ("امام الصحافيين «انني …»")."""
    kept: list[str] = []
    words = chunk.split()
    for k, w in enumerate(words):
        cut = min((w.find(c) for c in ",:»”;" if c in w[:-1]), default=-1)
        if cut >= 0:  # (a mark inside the word: "المرصد,“ما"، "الاسلام”,")
            w = w[: cut + 1]
        bare = w.strip("«»“”\"'(),.:;")
        if not kept and bare in ("فيه", "فيها"):
            continue  # "في بيان قالت فيه المقاومة": the source comes after
        opens = w[:1] in '«"“' and not any(c in x for x in [w[1:], *words[k + 1 : k + 3]] for c in '»"”')
        if not kept and opens:
            return []  # ("قالت فيه «استهداف …»": what it said, no name)
        if kept and (
            opens
            or bare in _DAY_WORDS
            or bare in _TOLD_WHOM
            or bare in _NEWS_TOLD
            or bare in ("التي", "الذي", "الذين", "اللذين", "اللتين")
            or (bare.startswith("ب") and bare[1:] in _NEWS_TOLD)
            or (w.startswith("ل") and w[1:2] in ("«", '"', "“"))
        ):
            break
        if bare:
            kept.append(bare if w[:1] not in '«"“' and w[-1:] not in '»"”' else w)
        if cut >= 0 or w.endswith((",", ":", "»", "”", ";")):
            break
    return kept


def _sources_before(doc: Doc, before: int) -> list[tuple[int, int, list[str]]]:
    """The sources named after cues that end before ``before``, the last first."""
    found = []
    for si, cues in _source_cues(doc).items():
        e = doc.sentences[si][1]
        for m in cues:
            if m.nspan.end >= before:
                return found[::-1]
            span = _source_after(doc.text, m, e)
            if span is not None:
                found.append(span)
    return found[::-1]


# the sources named by their kind, taken up again as "the source" (normalized, without ال): not a name
_GENERIC_SOURCES = frozenset("مصدر مصادر بيان مسؤول مسؤولون متحدث ناطق شهود سكان ناشطون ناشط معلومات".split())
# words that end a source's name (normalized): its day and time, what it told, and to whom
_DAY_WORDS = frozenset(
    "امس اليوم يوم صباح مساء فجر ظهر ليل ليله مساءا بعد قبل منذ خلال الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split()
)
_TOLD_WHOM = frozenset(
    (
        "لوكاله لوكالات للصحفيين للصحافيين لقناه لصحيفه لموقع لشبكه لمراسل لرويترز لفرانس للاناضول للجزيره للعربيه"
    ).split()
)
_NEWS_TOLD = frozenset("مقتل استشهاد سقوط مصرع تقدم وقوع ان انه انها اندلاع تجدد سيطره تعرض".split())


def _source_cues(doc: Doc) -> dict[int, list[Any]]:
    """Sentence → its cues of a source, in text order (once per article: each event of a sentence asks)."""
    cues = doc.memo.get("source_cues")
    if cues is None:
        cues = doc.memo["source_cues"] = {}
        for c in doc.clauses:
            for m in c.of("cues"):
                if m.data["entry"].get("kind") == "source":
                    cues.setdefault(c.sentence, []).append(m)
    return cues


# an Event and its Evidence made as rasad.model.builder makes them (every field given; some forty pieces of
# evidence an article)
_new_evidence = builder(Evidence)
_new_event = builder(Event)
_new_place = builder(Place)


def to_event(doc: Doc, d: Draft) -> Event:
    ev = [_new_evidence(*_raw(doc, d.clause.start, d.clause.end), role="event")]
    for role, s, e in d.spans:
        ev.append(_new_evidence(*_raw(doc, s, e), role=role))
    for s, e in d.casualties.spans:
        ev.append(_new_evidence(*_raw(doc, s, e), role="fatalities"))
    confidence = (
        0.5
        + 0.15 * (d.actor1 is not None)
        + 0.15 * (d.place_index is not None)
        + 0.1 * (d.date is not None and d.date.basis in ("explicit", "relative"))
    )
    detail = {k: v for k, v in d.casualties.detail.items() if v}
    return _new_event(
        article_id=doc.article.id,
        category=d.category,
        event_type=d.event_type,
        sub_event_type=d.sub_event_type,
        plover_type=d.plover_type if d.category == "political" else None,
        status=d.status,
        date=d.date or DateValue(None, basis="unknown"),
        actor1=d.actor1,
        actor2=d.actor2,
        assoc_actors=tuple(d.assoc),
        place=_place_for(doc, d),
        fatalities=d.casualties.fatalities if d.category == "conflict" else 0,
        fatalities_detail=detail if d.category == "conflict" else {},
        injuries=d.casualties.injuries or None,
        weapons=tuple(dict.fromkeys(w for w in d.weapons if w)),
        source=_source_named(doc, d),
        evidence=tuple(ev),
        confidence=0.95 if 0.95 < confidence else confidence,  # (min(confidence, 0.95) without the builtin)
    )


def _raw(doc: Doc, s: int, e: int) -> tuple[int, int, str]:
    span = doc.norm.raw_span(s, e)
    return span.start, span.end, span.text(doc.norm.raw)


def _place_key(doc: Doc, d: Draft) -> str | None:
    """Events at differently named places stay apart even when both fall back to the same area."""
    if d.place_index is None:
        return None
    # (the key of each place, worked out once: the merges compare the drafts' keys pair by pair)
    keys: dict[int, str] | None = doc.memo.get("place_keys")
    if keys is None:
        keys = doc.memo["place_keys"] = {}
    key = keys.get(d.place_index)
    if key is not None:
        return key
    t = doc.toponyms[d.place_index]
    key = doc.text[t.start : t.end].strip()  # already the normalized text
    if t.name.startswith(CAPITAL_WORDS) or building_of_no_name(t):
        place = doc.places[d.place_index]
        if place is not None and place.name_ar:
            # "العاصمة" is the capital named by its name (صنعاء); a building of no name is its town (see _place_for)
            key = normalize_key(place.name_ar)
    keys[d.place_index] = key
    return key


def _one_town_two_names(doc: Doc, o: Draft, d: Draft) -> bool:
    """The two drafts are at one town the gazetteer holds under both the names written ("عين العرب"،
    "كوباني"), not at areas they fall back to."""
    if o.place_index is None or d.place_index is None:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    return (
        a is not None
        and b is not None
        and a.precision == b.precision == 1
        and a.gazetteer_id is not None
        and a.gazetteer_id == b.gazetteer_id
    )


_HILL_WORDS = ("تل ", "تله ")  # (normalized) a hill named after the village beside it: "تل وقرية القرقور"


def _bare_name(key: str) -> str:
    for word in _HILL_WORDS:
        key = key.removeprefix(word)
    return key.removeprefix("ال")


def _one_place_two_forms(doc: Doc, o: Draft, d: Draft) -> bool:
    """The two drafts are at one place written with and without the article ("القرقور"، "قرقور"), or as the
    village and the hill named after it ("تل القرقور"), placed alike (at one place, at one area they fell back to,
    or at none), or the one at the place, the other fallen back to its area."""
    if o.place_index is None or d.place_index is None:
        return False
    a, b = _place_key(doc, o), _place_key(doc, d)
    if a is None or b is None or _bare_name(a) != _bare_name(b) or len(_bare_name(a)) < 3:
        return False
    x, y = doc.places[o.place_index], doc.places[d.place_index]
    if x is None or y is None:
        return x is y
    if x.gazetteer_id == y.gazetteer_id and x.precision == y.precision:
        return True
    # (or the one form the gazetteer holds, the other fallen back to the area around it)
    return (
        x.admin1 == y.admin1
        and x.country == y.country
        and any(
            p.precision == 3 and (p.gazetteer_id or "").startswith(_AREAS) and q.precision in (1, 2)
            for p, q in ((x, y), (y, x))
        )
    )


_AREAS = ("admin1:", "area:")  # the gazetteer ids of areas a place it lacks falls back to


def _held_form(doc: Doc, target: Draft, d: Draft) -> bool:
    """``d`` names the place of ``target`` in the form the gazetteer holds, ``target``'s form having fallen back
    to the area around it: where both were."""
    if target.place_index is None or d.place_index is None or target.place_index == d.place_index:
        return False
    x, y = doc.places[target.place_index], doc.places[d.place_index]
    return (
        x is not None
        and y is not None
        and x.precision == 3
        and y.precision in (1, 2)
        and _place_key(doc, target) != _place_key(doc, d)
        and _one_place_two_forms(doc, target, d)
    )


# the forces leading a coalition (INTMIL): "طائرات التحالف العربي" (SAUMIL) and bare "طائرات التحالف" (INTMIL) in
# one Yemen report are the same aircraft, as the US-led coalition's are in Syria and Iraq
_COALITION_LEADS = frozenset(("SAUMIL", "USAMIL"))


def _compatible(a, b, *, sides: bool = False) -> bool:  # noqa: ANN001 - two Actor | None
    if a is None or b is None or a.code is None or b.code is None:
        return True
    if a.code == b.code:
        return not (sides and _apart(a, b))  # (a battle's sides: groups of one code that fight each other)
    return {a.code, b.code} - _COALITION_LEADS == {"INTMIL"}


# the names (ACLED's) of groups that share their code with others they fight: the Islamic State and the other
# rebels of its country (SYRREB both), though militants told unnamed may be it; two tribes or communal militias
# named apart (Tebu and Tuareg, LBYUAF both), of which the tribes told unnamed ("بين القبيلتين") may be either
_LONE_SIDE = "Islamic State"
_ANY_JIHADIST = "Rebel or jihadist groups"  # ("المتشددين": the Islamic State or any other)
_COMMUNAL = ("Ethnic Militia", "Tribal Militia", "Communal Militia")
_ANY_TRIBE = "Tribal Militias"


def _communal(name: str) -> bool:
    return any(w in name for w in _COMMUNAL)


def _apart(a: Any, b: Any) -> bool:  # two Actor
    """Two actors of one code that cannot be one side told twice, by the names they carry."""
    x, y = a.name or "", b.name or ""
    if not x or not y or x == y:
        return False
    if x.startswith(_LONE_SIDE) or y.startswith(_LONE_SIDE):
        return not (x.startswith(_ANY_JIHADIST) or y.startswith(_ANY_JIHADIST))
    return _communal(x) and _communal(y) and not (x.startswith(_ANY_TRIBE) or y.startswith(_ANY_TRIBE))


def _one_side(a: Any, b: Any) -> bool:  # two Actor | None
    """The side already held, told again: its code and, where groups that fight each other share one, its name
    (the tribes told unnamed are not the one tribe named: "اشتباكات بين قبيلتين" then "قتل … من الطوارق")."""
    if a is None or b is None or a.code != b.code:
        return False
    x, y = a.name or "", b.name or ""
    return not x or not y or x == y or not (_apart(a, b) or (_communal(x) and _communal(y)))


def _own_date(d: Draft) -> bool:
    return d.date is not None and d.date.basis in ("explicit", "relative")


def _act_dated_over_its_telling(doc: Doc, target: Draft, d: Draft) -> bool:
    """``target`` is dated only by the day its act was told ("اكد البنتاغون الاثنين ان الطائرات نفذت غارة") and
    ``d``, the same act told again, by a day of its own ("وقال ان هذه الغارة نفذت الجمعة"): the act's own day
    wins over its announcement's."""
    if not (_own_date(d) and _own_date(target)) or d.date == target.date:
        return False
    c, t = target.clause, d.clause
    return (
        telling_date_only(doc.text, c.start, c.end) is not None
        and telling_date_only(doc.text, t.start, t.end) is None
    )


def _victim_only(d: Draft) -> bool:
    return d.trigger.data["entry"].get("voice") == "victim"


# event types that kill nobody themselves: dead told at the same place and day are another act's
_NO_DEAD_OF_ITS_OWN = frozenset(("Strategic developments", "Protests"))
_ONE_CROWD = frozenset(("Riots", "Protests"))


def _same_conflict(doc: Doc, o: Draft, d: Draft) -> bool:
    key = _place_key(doc, d)
    if key is None or (
        key != _place_key(doc, o)
        and not _one_town_two_names(doc, o, d)
        and not _one_place_two_forms(doc, o, d)
    ):
        return False
    # a crowd that protested and fought the forces, or was broken up, at that place and day: one demonstration
    # (ACLED: violent demonstrators riot, whatever the forces did)
    crowd = {o.event_type, d.event_type} == _ONE_CROWD
    if o.event_type != d.event_type and not (_victim_only(o) or _victim_only(d) or crowd):
        return False
    if o.event_type != d.event_type and _NO_DEAD_OF_ITS_OWN & {o.event_type, d.event_type} and not crowd:
        return False  # the dead told near an arrest or a protest were killed by something else
    if _bomb_and_strike(o, d) and not (_victim_only(o) or _victim_only(d)):
        return False
    if (
        o.sub_event_type != d.sub_event_type
        and "Peaceful protest" in (o.sub_event_type, d.sub_event_type)
        and not o.event_type == d.event_type == "Protests"
        and not crowd
    ):
        # the dead told near a peaceful protest are another act's (ACLED: it has none); the same crowd broken up
        # ("مواجهات بين قوات الأمن ومتظاهرين" then "استخدم الأمن القنابل المسيلة للدموع") is one protest
        return False
    if _same_day(o, d):
        return True
    if _had_done_that_day(doc, d) and not _own_date(o) and not _same_dead(o, d):
        return False  # "وكان المسلحون قد اطلقوا مساء الاربعاء صواريخ … ما اسفر ايضا عن …": an earlier act
    if not _own_date(d):
        # a later mention without a date of its own is the same report retold ("… بعد الهجوم"); not a toll of
        # several acts told on another day ("لقي 12 مسلحا مصرعهم بكمائن في X وضربات في Y"): a summary of its own;
        # nor an act of the other day its sentence names
        return not _toll_of_acts_told_anew(doc, d) and not _of_the_day_its_sentence_names(doc, o, d)
    if _within_the_week(o, d) or _within_the_week(d, o):
        return True  # "ادت في مطلع يوليو الى مقتل زعيم …" then "قتل في 8 يوليو قرب سرمدا": its day told
    if o.event_type != d.event_type:
        # the dead of another type told on a day of their own are another act's, unless the first had no
        # day but the publication's: "… وهاجمت طائرة حربية مواقع" then "هاجموا يوم الجمعة نقطة تفتيش فقتلوا
        # خمسة جنود"
        return o.date is None or o.date.basis == "publication"
    # (not an act dated only to a week or a month: "وفي الاسبوع الماضي استعادت قوات المقاومة جانبا كبيرا من عدن" is
    # an earlier act, not the day's fight the lead told at the same place)
    return not _own_date(o) and (d.date is None or d.date.precision == 1)


def _of_the_day_its_sentence_names(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d`` has the day a clause before it in its sentence names ("استأنفت الفصائل اليوم استهداف البلدة، بينما
    نفذ الطيران أربع غارات"), another than the day ``o`` has of its own (the shelling of the day before): the act
    of that day, not ``o`` told again."""
    a, b = o.date, d.date
    if not _own_date(o) or a is None or b is None or a.date is None or b.date is None or a.date == b.date:
        return False
    if a.precision != 1 or b.precision != 1:
        return False
    c = d.clause
    return any(
        x.sentence == c.sentence
        and x.date is not None
        and x.date.basis in ("explicit", "relative")
        and x.date.date == b.date
        and _names_the_day_of_an_act(doc.text, x.start, x.end)
        for x in doc.clauses[: c.index]
    )


_THAT_WORD = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|فان)(?!\w)")


def _names_the_day_of_an_act(text: str, start: int, end: int) -> bool:
    """A date of ``text[start:end]`` is an act's, not a statement's: no verb of telling nor a statement's noun
    between it and the clause's start or the «أن» before it ("أن الفصائل استأنفت اليوم"; not "وفي بيان نشره
    اليوم")."""
    for e in find_time_expressions(text, start, end):
        that = [m.end() for m in _THAT_WORD.finditer(text, start, e.start)]
        if not statement_before(text, that[-1] if that else start, e.start):
            return True
    return False


# (normalized) كان opening a clause told as what had been done before: "وكان المسلحون قد اطلقوا …"
_HAD = frozenset(("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"))
_HAD_REACH = 6  # words from كان to the قد before the act's verb (its subject between), both counted


def _had_done_that_day(doc: Doc, d: Draft) -> bool:
    """``d`` is told as done before, on a day of its own ("وكان عناصر التنظيم قد اطلقوا مساء الاربعاء صواريخ"):
    a verb after قد, its clause opened by كان."""
    if not _own_date(d):
        return False
    words = [w.strip('"«»') for w in doc.text[d.clause.start : d.trigger.nspan.start].split()]
    return 2 <= len(words) <= _HAD_REACH and words[0] in _HAD and words[-1] == "قد"


def _toll_of_acts_told_anew(doc: Doc, d: Draft) -> bool:
    """``d`` counts dead of acts of two kinds named together, one and the other ("بكمائن للمقاومة وضربات
    للتحالف"): several acts summed up, not one told before."""
    if d.casualties.fatalities <= 0 or _definite(d, doc) or _pointed_back(doc, d):
        return False
    return any(
        m is not d.trigger
        and (e := m.data["entry"]).get("category") == "conflict"
        and e.get("pos") == "noun"  # (the act's name: not the dead's "مصرعهم", nor "شنت" of "شنت غارات")
        and e.get("voice") != "victim"
        and e.get("sub_event_type") not in (d.sub_event_type, None)
        and _joined(m, d.trigger)
        for m in d.clause.of("triggers")
    )


_JOIN_REACH = 40  # the most text between two act nouns told as one and the other ("بكمائن بقيفة رداع وضربات")


def _joined(a: Any, b: Any) -> bool:  # two Mention
    """The later of two act nouns is joined to the earlier by "و" (its prefix), a few words after it."""
    first, second = (a, b) if a.nspan.start < b.nspan.start else (b, a)
    gap = second.nspan.start - len(second.data.get("prefix", "")) - first.nspan.end
    return second.data.get("prefix", "").startswith("و") and 0 <= gap <= _JOIN_REACH


def _broad_and_day(o: Draft, d: Draft, precision: int) -> tuple[dt.date, dt.date] | None:
    """The dates of ``o``, dated by its own words at ``precision`` (a week, a month), and of ``d``, dated to a day;
    None when they are not so dated."""
    a, b = o.date, d.date
    if a is None or b is None or a.date is None or b.date is None:
        return None
    if a.precision != precision or b.precision != 1 or not _own_date(o):
        return None
    return a.date, b.date


def _within_the_week(o: Draft, d: Draft) -> bool:
    """``o`` is dated to a week (مطلع يوليو، الاسبوع الماضي) and ``d`` to a day within it."""
    dates = _broad_and_day(o, d, 2)
    return dates is not None and _own_date(d) and abs((dates[1] - dates[0]).days) <= _WEEK_REACH


_WEEK_REACH = 6  # days from a week's date (its middle or start) to a day told within it


def _actors_compatible(o: Draft, d: Draft) -> bool:
    sides = o.event_type == d.event_type == "Battles"
    if _compatible(o.actor1, d.actor1, sides=sides) and _compatible(o.actor2, d.actor2, sides=sides):
        return True
    # the two sides of a battle, or a crowd and the forces facing it, may be named in either order
    return (
        o.event_type in ("Battles", "Protests", "Riots")
        and _compatible(o.actor1, d.actor2, sides=sides)
        and _compatible(o.actor2, d.actor1, sides=sides)
    )


def _same_political(doc: Doc, o: Draft, d: Draft) -> bool:
    if o.plover_type != d.plover_type:
        return False
    if not _same_day(o, d):
        return False
    if o.clause.sentence == d.clause.sentence and participle(d.trigger.norm):
        return False  # "اعرب … عن امله في ان …، داعيا منظمات الاغاثة الى …": a second act told with the first
    if told_apart(doc, o, d):
        return False  # "دعا … جميع الهيئات الى …" then "وطالب الهيئات الدولية بـ…": two requests
    return bool(o.actor1 and d.actor1 and o.actor1.code == d.actor1.code)


# a battle's own air or artillery support stays part of that Battles event (ACLED); a bomb or grenade does not
_BATTLE_SUPPORT = frozenset(("Air/drone strike", "Shelling/artillery/missile attack"))


def _bomb_and_strike(o: Draft, d: Draft) -> bool:
    """A bomber's blast and shells or air strikes are two acts, whatever the place and day they share; so are
    a bomb ("سيارة مفخخة انفجرت عند مرور رتل") and strikes told in sentences of their own (told in one, the
    car bombs and shells of one assault are one act: "تفجير ثلاث عربات مفخخة … بالتزامن مع قصف مكثف")."""
    subs = {o.sub_event_type, d.sub_event_type}
    if _BATTLE_SUPPORT.isdisjoint(subs):
        return False
    return "Suicide bomb" in subs or (
        o.clause.sentence != d.clause.sentence
        and any(
            x.trigger.data["entry"].id in _BOMBS or (x.means == "ied" and _DEVICE in x.weapons)
            for x in (o, d)
        )
    )


_BOMBS = frozenset(("ied", "landmine", "car_bomb"))  # the devices that name a bombing (trigger entries)
_DEVICE = "explosive device"  # (the weapon the devices are told as: "تفجير قنبلة مزروعة")


def _codes(d: Draft) -> set[str]:
    return {a.code for a in (d.actor1, d.actor2) if a is not None and a.code}


def _locator_of(doc: Doc, o: Draft, place_index: int) -> bool:
    """The place is named after ``o``'s in ``o``'s sentence, to say where that one lies ("في شارع استقلال، أهم
    شارع في مدينة إسطنبول"): a report that carries it over goes on from ``o`` (a place of another event told
    there is met first, going back)."""
    end = doc.sentences[o.clause.sentence][1]
    return (
        o.place_index is not None and doc.toponyms[o.place_index].end <= doc.toponyms[place_index].start < end
    )


def _retold(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d`` names no place of its own and tells more about ``o``: its sides are among ``o``'s (or it names
    none). "واوضحت المقاومة ان مقاتليها استهدفوا دورية …" elaborates the ambush already reported."""
    if not d.inherited_place or o.category != "conflict" or d.category != "conflict":
        return False
    if _in_another_country(doc, d, o):
        return False  # "… غارات على مواقع داعش قرب سوروج. كما شنت غارات … في العراق": another act
    if _place_in_own_sentence(doc, d):
        return False  # its own sentence names the place: "لقي 4 … في محافظة اب، مصرعهم، امس، في مواجهات …"
    if (
        d.place_index is not None
        and o.place_index is not None
        and _place_key(doc, o) != _place_key(doc, d)
        and not _locator_of(doc, o, d.place_index)
    ):
        return False  # the place it goes on from is another one's: it tells more about the event there
    if d.place_index is None and o.place_index is None and _told_as_another(doc, d):
        # "وشنت الطائرات غارات أخرى" with no place told: other strikes, elsewhere for all it says
        return False
    support = (
        o.event_type == "Battles"
        and d.sub_event_type in _BATTLE_SUPPORT
        and _supports_the_fight(doc, o, d)
        and not _strike_told_with_a_fight(d)
    )
    # the dead told first only by the month ("ان فلانا قتل هذا الشهر قرب بلدة X") were the victims of the act
    # told next on a day of it ("ان الغارة استهدفته … في الثامن من الشهر الجاري")
    month_dead = _victim_only(o) and _within_the_month(o, d)
    if o.event_type != d.event_type and not (_victim_only(d) or support or month_dead):
        return False
    if _bomb_and_strike(o, d) or _shells_and_strikes(o, d):
        return False  # ("شنت المقاتلات غارات …" then "واطلقت دبابات عدة قذائف": a shelling of its own)
    if not (_same_day(o, d) or month_dead):
        return False
    dc = _codes(d)
    return not dc or dc <= _codes(o)


def _supports_the_fight(doc: Doc, o: Draft, d: Draft) -> bool:
    """Shells or strikes told after a fight at its place are its support when told in the fight's sentence
    ("اشتباكات … ترافقت مع قصف") or by one of its sides ("وقصفت قوات النظام مواقع المعارضة"); fire told in a
    sentence of its own with no side named ("واطلقت دبابات عدة قذائف") is another act (a reply on the
    attackers' positions): one event per type. Fire from where its doer is told to stand ("وكثفت قوات النظام
    المتمركزة في التلال قصفها لمواقع المعارضة") is told in a sentence of its own as a bombardment from afar, not
    as the fight's support: a remote act of its own."""
    if o.clause.sentence != d.clause.sentence and _fired_from_where_it_stands(doc, d):
        return False
    return o.clause.sentence == d.clause.sentence or bool(_codes(d))


def _fired_from_where_it_stands(doc: Doc, d: Draft) -> bool:
    """The doer of ``d`` is told where it stands: "قوات النظام المتمركزة في X"، "الميليشيات المرابطة في X"."""
    end = next((e for role, _, e in d.spans if role == "actor1"), None)
    words = [] if end is None else doc.text[end : end + 40].split()[:2]
    return len(words) == 2 and words[1] == "في" and words[0] in STATIONED


def _strike_told_with_a_fight(d: Draft) -> bool:
    """An air strike told in a clause that tells a ground fight too is an act beside that fight, of another
    type, not one more telling of a fight told before (a fight's own word: not a verb or noun of attack whose
    object decides what it was, "نفذ الطيران غارات", nor one named as an aim, "للتحالف الدولي لمواجهة التنظيم")
    ("حاولوا من خلال القصف بالبراميل المتفجرة والقصف الجوي اقتحام المدينة، إلا أن الثوار صدوا الهجمات": the
    assault and the air strike)."""
    return d.sub_event_type == "Air/drone strike" and any(
        m.data["entry"].get("event_type") == "Battles"
        and m.data["entry"].id not in _ATTACK_WORDS
        and not m.data.get("prefix", "").lstrip("وف").startswith("ل")
        for m in d.clause.of("triggers")
    )


def _within_the_month(o: Draft, d: Draft) -> bool:
    """``o`` is dated by its own words to a month ("قتل هذا الشهر") and ``d`` to a day of it ("في الثامن من
    الشهر الجاري")."""
    dates = _broad_and_day(o, d, 3)
    return dates is not None and (dates[0].year, dates[0].month) == (dates[1].year, dates[1].month)


def _definite(d: Draft, doc: Doc | None = None) -> bool:
    """الهجوم الانتحاري، التفجير، الغارة: a trigger with the article points back to an event already told; so
    does one in construct with its place's name (اعتداء سوروتش)."""
    prefix = d.trigger.data.get("prefix", "")
    return d.trigger.data["entry"].get("pos") == "noun" and (
        prefix.endswith(("ال", "لل"))
        or d.trigger.norm.startswith("ال")  # بـ + "الهجوم الانتحاري"
        or (doc is not None and _named_by_its_place(doc, d))
    )


def _anaphora(doc: Doc, o: Draft, d: Draft) -> bool:
    if o.category != "conflict" or d.category != "conflict":
        return False
    if not (_definite(d, doc) or _done_it(d)):
        return _the_aircraft_again(doc, o, d)
    if o.sub_event_type != d.sub_event_type:
        if (
            d.trigger.data["entry"].id in _GENERIC_ATTACKS | _NAMED_BY_PLACE
            and _named_by_its_place(doc, d)
            and not _own_date(d)
            and _place_key(doc, o) == _place_key(doc, d)
        ):
            return True  # "ولم تتبن اي جهة حتى الان اعتداء سوروتش": the attack of that place, told before
        if (
            d.trigger.data["entry"].id in _BLAST_WORDS
            and not d.weapons
            and o.event_type == d.event_type == "Explosions/Remote violence"
            and _same_day(o, d)
            and o.place_index is not None
            and _place_key(doc, o) == _place_key(doc, d)
        ):
            return True  # "هجوم انتحاري استهدف مدينة سوروتش" then "ووقع الانفجار … في سوروتش": that bombing
        if (
            d.trigger.data["entry"].id == "shelling_noun"
            and d.means is None
            and not d.weapons
            and o.sub_event_type == "Air/drone strike"
            and 0 < d.clause.sentence - o.clause.sentence <= 2
            and (
                d.actor1 is None
                or not d.actor1.code
                or _one_side(o.actor1, d.actor1)
                or _allied(o.actor1, d.actor1)
            )
            and _same_day(o, d)
            and o.place_index is not None
            and (d.inherited_place or _place_key(doc, o) == _place_key(doc, d))
        ):
            return (
                True  # "شنت طائرات التحالف غارات على مأرب" then "وأكد المركز أن القصف دمر كثيرا من آلياتهم"
            )
        if (
            d.sub_event_type == "Armed clash"
            and (d.trigger.data["entry"].id in _GENERIC_ATTACKS or _done_it(d))
            and not d.weapons
            and o.event_type == "Explosions/Remote violence"
            and _same_day(o, d)
            and o.place_index is not None
            and (_place_key(doc, o) == _place_key(doc, d) or _near(doc, o, d))
        ):
            # "تفجير سوروج …. يبدو ان هذا الهجوم نفذه داعش": the blast told before, by its doer; at its city
            # too ("قصف … في دار سعد" then "الهجمات التي وقعت في 19 يوليو" on عدن)
            return True
        # الهجوم (the attack) names where an act told without a place was: "هاجم انتحاريان حمام سباحة … في
        # شمال العراق. واسفر الهجوم الذي وقع في بلدة طوز خورماتو …"
        return (
            d.sub_event_type == "Armed clash"
            and d.trigger.data["entry"].id in _GENERIC_ATTACKS
            and not d.inherited_place
            and o.place_index is None
            and _same_day(o, d)
        )
    if (
        _one_strike_placed_finer(doc, o, d)
        or _one_attack_placed_finer(doc, o, d)
        or _toll_lead_placed_finer(doc, o, d)
        or _district_lead_placed_finer(doc, o, d)
        or _village_near_the_city_named(doc, o, d)
    ):
        return True
    if (
        _pointed_back(doc, d)
        and _within_a_day(o, d)
        and o.place_index is not None
        and _place_key(doc, o) == _place_key(doc, d)
    ):
        # "اندلعت مواجهات مساء الخميس في منطقة X، واستمرت تلك الاشتباكات حتى صباح الجمعة": the fight told, on
        # into the next day
        return True
    # its place is its own and the same, or came from an earlier sentence (not from its own sentence)
    if d.inherited_place:
        return not _place_in_own_sentence(doc, d)
    if o.place_index is None and _same_day(o, d):
        return (
            True  # "مقتل اثنين … في غارة جوية" then "الغارة الجوية التي استهدفت محافظة الحسكة": where it was
        )
    return _place_key(doc, o) == _place_key(doc, d) or _in_the_city_named(doc, o, d)


# (normalized) a settlement of no name, told by the city it lies by: "بقرية قريبة من مدينة X"، "في بلدة قرب X"
_UNNAMED_BY_THE_CITY = re.compile(
    r"(?<!\S)[بف]?(?:في )?(?:قريه|بلده|بلدات|قري) (?:قريبه من|قرب|بالقرب من|مجاوره ل|علي مقربه من)"
    r"(?: مدينه)? ?$"
)
_NAMED_VILLAGE_KM = 30.0  # the most from that city to the village the act is told at again by name
_NAMED_VILLAGE_REACH = 4  # sentences from the act to its telling again by the village's name


def _village_near_the_city_named(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` was at a village of no name told by the city it lies by ("اضرموا النيران في منزل بقرية قريبة من
    مدينة نابلس") and ``d``, the act told again with the article a few sentences on, by what it did and with no
    doer, at a village named ("وأدت النيران إلى إلحاق الدمار بالمنزل الواقع في كفر دوما") near that city: the
    act, at that village."""
    if (
        o.place_index is None
        or d.place_index is None
        or d.inherited_place
        or o.sub_event_type != d.sub_event_type
        or not 0 < d.clause.sentence - o.clause.sentence <= _NAMED_VILLAGE_REACH
        or not _same_day(o, d)
        or not _definite(d, doc)
        or (d.actor1 is not None and d.actor1.code and not d.carried_actor)  # (no doer of its own)
    ):
        return False
    t = doc.toponyms[o.place_index]
    if _UNNAMED_BY_THE_CITY.search(doc.text, max(0, t.start - 40), t.start) is None:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    return (
        a is not None
        and b is not None
        and b.precision == 1
        and a.country == b.country
        and _within(a, b, _NAMED_VILLAGE_KM)
    )


def _by_the_aircraft(doc: Doc, d: Draft) -> bool:
    """The act's verb has the aircraft told before as its doer, in the singular with the article ("وقصفت الطائرة
    السيارة"): the one aircraft of the strike told before."""
    return d.trigger.data["entry"].get("pos") != "noun" and doc.text.startswith(
        " الطائره ", d.trigger.nspan.end
    )


def _the_aircraft_again(doc: Doc, o: Draft, d: Draft) -> bool:
    """ "ضربة جوية نفذتها طائرة بلا طيار استهدفت سيارة في X" then "وقصفت الطائرة السيارة عند مشارف قرية Y": the
    strike told before, told again by its aircraft in the next sentence, the same day and doer — one strike, where
    the detail says it was if the gazetteer holds that place (a strike of another doer, or days apart, stays)."""
    return (
        o.sub_event_type == d.sub_event_type == "Air/drone strike"
        and _by_the_aircraft(doc, d)
        and d.clause.sentence - o.clause.sentence == 1
        and _same_day(o, d)
        and _compatible(o.actor1, d.actor1)
        and d.casualties.fatalities in (0, o.casualties.fatalities)
    )


def _held_finer(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d``'s place is one the gazetteer holds (not fallen back to a governorate or country), in ``o``'s country
    and no coarser than ``o``'s."""
    if o.place_index is None or d.place_index is None:
        return d.place_index is not None
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    return (
        a is not None
        and b is not None
        and a.country == b.country
        and not (b.gazetteer_id or "admin1:").startswith(("admin1:", "country:"))
        and b.precision <= a.precision
    )


# (normalized) a building or site named with the article, noun and adjective: "في المركز الثقافي"
_THE_SITE = re.compile(r"(?<!\S)(?:في|داخل|امام|قرب) ال(\S{3,}) ال(\S{3,})(?!\S)")


def _site_told_before(doc: Doc, d: Draft) -> str | None:
    """The site ``d``'s sentence tells it at, before its place, as one named before without the article ("تجمعا
    في مركز ثقافي بمدينة X" then "اجتمعوا في المركز الثقافي قبل رحلة الى Y"): that site's words, as told first."""
    if d.place_index is None:
        return None
    start = doc.sentences[d.clause.sentence][0]
    t = doc.toponyms[d.place_index]
    for g in _THE_SITE.finditer(doc.text, start, t.start):
        if t.phrase_start - g.end() <= 2:
            return None  # (the site of that town: "في المركز الثقافي بمدينة Y")
        words = f"{g.group(1)} {g.group(2)}"
        if re.search(rf"(?<!\S)\S?{words}(?!\S)", doc.text[:start]):
            return words
    return None


def _at_the_site_told(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d`` is a blast told again at the site named since ``o``'s sentence ("انفجار … خارج مبنى مركز ثقافي
    في البلدة" then "وذكرت أن الانفجار وقع فيما اجتمع شباب في المركز الثقافي قبل رحلة مقررة لبلدة Y"): the blast
    told before, not another at the town the sentence names after the site (where those gathered meant to go).
    Of one kind of act, the same day, by no other doer."""
    if o.event_type != d.event_type or o.event_type != "Explosions/Remote violence" or not _same_day(o, d):
        return False
    if o.place_index is None or o.clause.sentence >= d.clause.sentence or not _compatible(o.actor1, d.actor1):
        return False
    words = _site_told_before(doc, d)
    if words is None:
        return False
    # (the site named since ``o``'s sentence: the latest blast told before it is the one there)
    s, e = doc.sentences[o.clause.sentence][0], doc.sentences[d.clause.sentence][0]
    return re.search(rf"(?<!\S)\S?{words}(?!\S)", doc.text[s:e]) is not None


_POINTING = frozenset(("تلك", "هذه", "هذا", "ذلك"))  # (normalized) demonstratives before an act's noun


def _pointed_back(doc: Doc, d: Draft) -> bool:
    """The act's noun follows a demonstrative ("تلك الاشتباكات"، "هذه المعارك"): the act told before."""
    start = d.trigger.nspan.start - len(d.trigger.data.get("prefix", ""))
    before = doc.text[max(0, start - 6) : start].split()
    return bool(before) and before[-1] in _POINTING and d.trigger.data["entry"].get("pos") == "noun"


_ONE_STRIKE = frozenset(("غاره", "ضربه"))  # (normalized, without the article) the strike, in the singular


def _one_strike_placed_finer(doc: Doc, o: Draft, d: Draft) -> bool:
    """ "أدت غارة … في محافظة مأرب الى مقتل أربعة" then "وأشار شهود الى ان الغارة استهدفت سيارة … في مديرية
    المحفد": the one strike, named again in the next sentence by the singular with the article, at a finer place
    than the governorate told first (by the side that struck it, if it names one)."""
    if (
        d.trigger.norm.removeprefix("ال") not in _ONE_STRIKE
        or d.clause.sentence - o.clause.sentence != 1
        or o.place_index is None
        or d.place_index is None
        or not _same_day(o, d)
    ):
        return False
    if d.actor1 is not None and o.actor1 is not None and d.actor1.code != o.actor1.code:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    return (
        a is not None
        and b is not None
        and a.country == b.country
        and (a.gazetteer_id or "").startswith("admin1:")
        # (a district the gazetteer places only by the governorate it lies in is within it)
        and (
            b.gazetteer_id == a.gazetteer_id
            or not (b.gazetteer_id or "admin1:").startswith(("admin1:", "country:"))
        )
    )


def _one_attack_placed_finer(doc: Doc, o: Draft, d: Draft) -> bool:
    """ "مقتل طفل في هجوم على منزله بالضفة الغربية" then "وقتل الطفل … في الهجوم على منزلين في قرية دوما": the
    attack, named again in the singular with the article, of the same kind and day, at a town of the region the
    one told first was placed at only: that attack, at the town."""
    if d.trigger.norm.removeprefix("ال") != "هجوم" or not _definite(d):
        return False
    if o.sub_event_type != d.sub_event_type or not _same_day(o, d) or o.place_index is None:
        return False
    if d.place_index is None or d.inherited_place:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    if a is None or b is None or a.country != b.country or not (a.gazetteer_id or "").startswith("admin1:"):
        return False
    if b.precision not in (1, 2) or b.admin1 != a.admin1:
        return False
    dc = _codes(d)
    return not dc or dc <= _codes(o)


_TOLD_TWICE_TYPES = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))


def _one_act_told_twice(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d``, in the sentence after ``o``, tells an act by the same side against the same side on the same day
    with the same count of dead, at a place of ``o``'s town ("لقي أربعة حوثيين حتفهم جراء كمين نصبته المقاومة
    … بمدينة الحديدة" then "إن المقاومة … شنت هجوما بصاروخ … على نقطة تفتيش … بشارع الخمسين، ما أسفر عن مقتل
    أربعة"): one act, told again with its street and weapon — not one more (unless told as another)."""
    if (
        d.clause.sentence - o.clause.sentence != 1
        or o.category != "conflict"
        or d.category != "conflict"
        or o.event_type not in _TOLD_TWICE_TYPES
        or d.event_type not in _TOLD_TWICE_TYPES
        or not _same_day(o, d)
    ):
        return False
    sides = (o.actor1, o.actor2, d.actor1, d.actor2)
    if any(a is None or not a.code for a in sides):
        return False
    if o.actor1.code != d.actor1.code or o.actor2.code != d.actor2.code:  # type: ignore[union-attr]
        return False
    a, b = o.casualties, d.casualties
    if not (a.explicit and b.explicit) or a.fatalities == 0 or a.fatalities != b.fatalities:
        return False
    if a.fatalities in _VAGUE_COUNTS or not _ANOTHER.isdisjoint(
        doc.text[d.clause.start : d.trigger.nspan.end + 24].split()
    ):
        return False  # ("شنت هجوما آخر بقذيفة": told as another)
    if _near(doc, o, d):
        return True
    # (or at a place the gazetteer lacks, in a sentence that names the town told first: "بشارع صنعاء في الحديدة")
    key = _place_key(doc, o)
    return (
        d.place_index is not None
        and doc.places[d.place_index] is None
        and key is not None
        and any(
            doc.text[doc.toponyms[i].start : doc.toponyms[i].end].strip() == key
            for i in _sentence_toponyms(doc).get(d.clause.sentence, ())
        )
    )


# (normalized) died of wounds: "توفي شرطي ومدني متاثرين باصاباتهما"، "متاثرا بجراحه"
_OF_WOUNDS = ("متاثرا", "متاثرين", "متاثره", "متاثرتين", "متاثرون")
_PLUPERFECT = ("وكان", "كان", "وكانت", "كانت")


def _wounds_of_the_act_told_next(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` is the act its dead died of the wounds of, told on the day they died ("وصباح امس، توفي شرطي ومدني
    متاثرين باصاباتهما اثر تعرضهما لاطلاق نار"), and ``d``, by the same means, the sentence after it, opening on
    كان, tells that act with its own day ("وكان الشرطي جالسا الاربعاء امام مقهى … حين اطلق مسلحون النار عليه"):
    one act, on its own day and at its place, with the dead of the wounds."""
    if (
        d.clause.sentence - o.clause.sentence != 1
        or o.category != "conflict"
        or d.category != "conflict"
        or o.trigger.data["entry"].id != d.trigger.data["entry"].id
        or not _own_date(d)
    ):
        return False
    if not any(w in _OF_WOUNDS for w in doc.text[o.clause.start : o.trigger.nspan.start].split()):
        return False
    start = doc.sentences[d.clause.sentence][0]
    return doc.text[start : start + 8].split()[:1] in ([w] for w in _PLUPERFECT)


# places told only as several (normalized): "شهدت عدة احياء في المدينة واطرافها اشتباكات"، "في مناطق عدة"
_SEVERAL_PLACES = re.compile(
    r"(?<!\S)(?:(?:عده|عدد من|بعض|مختلف|العديد من) (?:ال)?(?:احياء|مناطق|قري|شوارع|محاور)"
    r"|(?:ال)?(?:احياء|مناطق|قري) (?:عده|متفرقه|مختلفه))(?!\w)"
)


def _scene_of_the_fight_told_next(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` a fight told only as the scene of several places, no side nor dead named ("كما شهدت عدة احياء في
    المدينة واطرافها اشتباكات عنيفة"), and ``d``, in the next sentence, the fight of that day told with its sides
    or dead ("وافادت مصادر بمقتل 18 … في اشتباكات عنيفة في مدينة تعز"): one fight, the scene its summary."""
    if (
        o.event_type != "Battles"
        or d.event_type != "Battles"
        or d.clause.sentence - o.clause.sentence != 1
        or any(a is not None and a.code for a in (o.actor1, o.actor2))
        or o.casualties.fatalities
    ):
        return False
    if not any(a is not None and a.code for a in (d.actor1, d.actor2)) and not d.casualties.fatalities:
        return False
    if not _same_day(o, d):
        # (a scene dated by no words of its own takes the day its detail tells, a few days before the report's)
        if find_time_expressions(doc.text, *doc.sentences[o.clause.sentence]):
            return False
        a, b = o.date, d.date
        if (
            a is None
            or b is None
            or a.date is None
            or b.date is None
            or abs((a.date - b.date).days) > _SCENE_DAYS
        ):
            return False
    return _SEVERAL_PLACES.search(doc.text, o.clause.start, o.trigger.nspan.start) is not None


_SCENE_DAYS = 3  # days at most from the report's day a scene is dated on to the day its detail tells
_GROUND_RETOLD_DAYS = 7  # days at most between two tellings of one side taking one place
_OBJECT_REACH = 60  # characters from a verb of taking to the place it took (its subject between)


def _fire_on_the_civilians_fought(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` a fight told between civilians and one armed side ("اندلعت اشتباكات بين مواطنين ونقطة مسلحة تابعة
    للحوثيين في شارع الستين"), ``d``, in its sentence or the next, that side's attack on civilians at its place that
    day ("ان النقطة التابعة للحوثيين اطلقت الرصاص على المواطنين"): one incident, the fire on the civilians."""
    if o.sub_event_type != "Armed clash" or d.sub_event_type != "Attack":
        return False
    if not 0 <= d.clause.sentence - o.clause.sentence <= 1 or not _same_day(o, d):
        return False
    sides = [a for a in (o.actor1, o.actor2) if a is not None and a.code]
    civilians = [a for a in sides if a.code.endswith("CVL")]
    armed = [a for a in sides if not a.code.endswith("CVL")]
    if len(civilians) != 1 or len(armed) != 1:
        return False
    if (
        d.actor1 is None
        or d.actor2 is None
        or d.actor1.code != armed[0].code
        or d.actor2.code != civilians[0].code
    ):
        return False
    return _place_key(doc, o) == _place_key(doc, d)


def _ground_taken_again(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d`` tells the same side taking the place ``o`` was placed at, named in ``d``'s own clause, within the week
    ("أحكمت المقاومة سيطرتها على مثلث العند" in the lead, then "وفي لحج سيطرت المقاومة على مثلث العند"): the one
    change of hands told again (with the region it lies in put first), not another."""
    if o.sub_event_type not in TERRITORY or d.sub_event_type not in TERRITORY or o.event_type != d.event_type:
        return False
    if d.clause.sentence == o.clause.sentence:
        return False  # ("سيطرتهم على بلدتي الوهط وصبر": two places taken, told at once)
    if o.actor1 is None or d.actor1 is None or not o.actor1.code or o.actor1.code != d.actor1.code:
        return False
    if o.date is not None and d.date is not None and o.date.date is not None and d.date.date is not None:
        if abs((o.date.date - d.date.date).days) > _GROUND_RETOLD_DAYS:
            return False
    # (the place taken, named as its object: "سيطرت المقاومة على مثلث العند" — not the town a quarter taken lies
    # in, "استولت على حي صبر في شمال عدن")
    key = _place_key(doc, o)
    at = d.trigger.nspan.end
    return key is not None and (
        re.search(rf"(?<!\S)علي (?:\S+ )?{re.escape(key)}(?!\w)", doc.text[at : at + _OBJECT_REACH])
        is not None
    )


def _toll_lead_placed_finer(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` is a lead telling the toll of an act at a city ("افادت مصادر بارتفاع حصيلة القتلى جراء قصف … لاحياء
    سكنية شمال مدينة X") and ``d``, in the next sentence, the act named again with the article, of the same kind
    and day, at a place of the city's quarters or outskirts ("جراء القصف الذي استهدف منطقة Y شمال المدينة"): one
    act, at the place of its detail."""
    if (
        o.sub_event_type != d.sub_event_type
        or d.clause.sentence - o.clause.sentence != 1
        or o.place_index is None
        or d.place_index is None
        or d.inherited_place
        or not _same_day(o, d)
        or not _definite(d, doc)
    ):
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    if a is None or b is None or b.precision != 1 or a.gazetteer_id == b.gazetteer_id or not _near(doc, o, d):
        return False
    start = o.trigger.nspan.start - len(o.trigger.data.get("prefix", ""))
    before = doc.text[max(0, start - 40) : start].split()[-4:]
    if not any(w.removeprefix("ب").removeprefix("ال") in _TOLL_OF for w in before):
        return False
    # (by the same doer, if both name one; the detail may add whom it hit)
    return o.actor1 is None or d.actor1 is None or o.actor1.code == d.actor1.code


_DISTRICT_WORDS = frozenset(("مديريه", "قضاء", "ناحيه"))  # (normalized) the type words of a district


def _district_lead_placed_finer(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` is a lead placed at a district ("اشتباكات … في مديرية X") and ``d``, in its sentence or the next, the
    act named again with the article, of the same kind, day and sides, at a town or village the gazetteer lacks
    ("وأوضحت المصادر أن الاشتباكات وقعت في قرية Y"): one act, at the village (the lead's toll, unless the detail
    tells another)."""
    if (
        o.sub_event_type != d.sub_event_type
        or not 0 <= d.clause.sentence - o.clause.sentence <= 1
        or d.clause.start <= o.clause.start
        or o.place_index is None
        or d.place_index is None
        or d.inherited_place
        or not _same_day(o, d)
        or not _definite(d, doc)
        or d.casualties.fatalities not in (0, o.casualties.fatalities)
    ):
        return False
    if getattr(doc.toponyms[o.place_index], "type_word", None) not in _DISTRICT_WORDS:
        return False
    if getattr(doc.toponyms[d.place_index], "type_word", None) not in _SETTLEMENT_WORDS:
        return False
    # (a village the gazetteer lacks, placed at most by its governorate: nothing says it lies outside the district)
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    if a is not None and b is not None and (b.precision != 3 or a.country != b.country):
        return False
    if a is None and b is not None:
        return False
    dc = _codes(d)
    return not dc or dc <= _codes(o)


def _named(doc: Doc, d: Draft) -> str:
    """The name the draft's place is given (a building of no name: its town's)."""
    place = doc.places[d.place_index] if d.place_index is not None else None
    return (place.name_ar if place is not None else None) or ""


_PLACED_BY_REACH = 2  # sentences from an act to the act told again at a place located by the first one's


def _placed_by_the_place_told(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` is an act at a place ("غارات … على تجمع لهم بمدينة الحديدة") and ``d``, in a sentence shortly after,
    an act of the same kind, day and sides at a place its sentence locates by that place ("استهدف بغارتين مبنى
    … بمدينة حيس جنوب الحديدة"): one act, told first by the better known place near it, then where it was."""
    if (
        o.category != "conflict"
        or d.category != "conflict"
        or o.sub_event_type != d.sub_event_type
        or not 0 < d.clause.sentence - o.clause.sentence <= _PLACED_BY_REACH
        or o.place_index is None
        or d.place_index is None
        or d.inherited_place
        or o.inherited_place
        or not _same_day(o, d)
    ):
        return False
    if doc.toponyms[o.place_index].relation != "in":
        return False  # (o told by a side of its place, "في شمالي تعز": a part of it, not the town it names)
    # d's place, or the town its building of no name stands in ("مبنى … بمدينة حيس جنوب الحديدة"), told on one
    # side of o's place (not near it: "قرب" may be of a place apart)
    key = normalize_key(_place_key(doc, o) or "")
    at = doc.toponyms[d.place_index].start
    if not any(
        (t := doc.toponyms[i]).anchor is not None
        and t.start >= at
        and (t.anchor_relation or "").endswith("-of")
        and normalize_key(t.anchor) == key
        and (i == d.place_index or normalize_key(_named(doc, d)) == normalize_key(t.name))
        for i in d.clause.toponyms
    ):
        return False
    # (both name their doer, and it is one; whom it hit, if both name it, too)
    if o.actor1 is None or d.actor1 is None or o.actor1.code != d.actor1.code or not o.actor1.code:
        return False
    return o.actor2 is None or d.actor2 is None or o.actor2.code == d.actor2.code


def _near(doc: Doc, o: Draft, d: Draft) -> bool:
    """The two drafts' places are a town and its outskirts or quarters (within a few km, in one country: not
    سروج and عين العرب across the border)."""
    if o.place_index is None or d.place_index is None:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    return a is not None and b is not None and a.country == b.country and _within(a, b, _OUTSKIRTS_KM)


def _done_it(d: Draft) -> bool:
    """The trigger is a verb of carrying out with the act as its object pronoun ("نفذه"، "شنها"): the act was
    named before."""
    t = d.trigger
    return t.data["entry"].id == "launch_verb" and (
        bool(t.data.get("suffix")) or t.norm.endswith(_OBJECT_PRONOUNS)
    )


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # (a verb's: no ة is normalized to its ه)


def _in_the_city_named(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` was at a place in the town ``d`` names ("هز انفجار مبنى نقابة المهندسين في مدينة اللاذقية" then
    "الانفجار ناتج عن صاروخ على مدينة اللاذقية"): the place the act told first is in is where it is told again.
    Not a place beside another in the town (both then stand for the town, and neither names it), and only for a
    blast told again (الانفجار، التفجير): strikes and battles come many to a town."""
    if o.place_index is None or d.place_index is None or d.trigger.data["entry"].id not in _NAMED_BY_PLACE:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    return (
        a is not None
        and b is not None
        and a.gazetteer_id is not None
        and a.gazetteer_id == b.gazetteer_id
        and (a.precision or 0) > 1
        and b.precision == 1
    )


_GENERIC_ATTACKS = frozenset(("attack_noun",))
_NAMED_BY_PLACE = frozenset(("assault", "explosion", "bombing"))  # acts named "X of <place>" once known
_BLAST_WORDS = frozenset(("explosion", "bombing"))  # الانفجار، التفجير: whatever blast was told at the place


def _named_by_its_place(doc: Doc, d: Draft) -> bool:
    """The act's noun is in construct with its place's name ("اعتداء سوروتش"، "تفجير سروج"): a name for an act
    the reader knows."""
    if d.place_index is None:
        return False
    t = doc.toponyms[d.place_index]
    gap = doc.text[d.trigger.nspan.end : getattr(t, "phrase_start", t.start)]
    return gap == " " and getattr(t, "type_word", None) is None


def _place_in_own_sentence(doc: Doc, d: Draft) -> bool:
    return d.place_index is not None and d.place_index in _sentence_toponyms(doc).get(d.clause.sentence, ())


def _sentence_toponyms(doc: Doc) -> dict[int, set[int]]:
    """Sentence → the toponyms its clauses name (once per article: merging asks it of every pair of drafts)."""
    done = doc.memo.get("sentence_toponyms")
    if done is None:
        done = doc.memo["sentence_toponyms"] = {}
        for c in doc.clauses:
            done.setdefault(c.sentence, set()).update(c.toponyms)
    return done


def fold_city_into_quarters(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A strike "on the city of Aleppo" and the same day's strikes on its named quarters are one report told
    twice (a lead and its detail): the city-wide mention folds into the first quarter of that type and day. So
    does a city-wide toll told again at a place of the city's outskirts the gazetteer holds on its own ("قتل 43
    مدنيا … على احياء سكنية في عدن" then "قصفوا … منطقة دار سعد ما ادى الى سقوط 43 قتيلا")."""
    out = list(drafts)
    for d in drafts:
        place = doc.places[d.place_index] if d.place_index is not None else None
        if d.category != "conflict" or place is None or not place.gazetteer_id:
            continue
        if place.precision != 1 and not (place.precision == 2 and _part_of_the_city_named(doc, place)):
            continue
        if d.casualties.fatalities and (_attacks_in_sum(doc, d) or _summed_by_the_acts_after(doc, d, out)):
            continue  # attacks on the city told in sum, then each at its quarter (see fold_summed_tolls)
        toll = d.casualties.fatalities
        # (an unnamed part of the city, "احد احياء شمال المدينة", is no quarter of its own: a named one its
        # outskirts hold told that day is where it was; a vague toll, "عشرات القتلى والجرحى", retells its dead)
        vague = _vague_toll(doc, d)
        quarters = [
            o for o in out
            if o is not d and o.category == "conflict" and o.sub_event_type == d.sub_event_type
            and o.place_index is not None and (q := doc.places[o.place_index]) is not None
            and (
                (
                    q.gazetteer_id == place.gazetteer_id and q.precision == 2
                    and (place.precision == 1 or (vague and o.casualties.fatalities > toll))
                    and not _told_near_the_city(doc, o.place_index)
                )
                or (
                    q.precision == 1 and toll > 0
                    and (o.casualties.fatalities == toll or (vague and o.casualties.fatalities > toll))
                    and q.gazetteer_id != place.gazetteer_id and q.country == place.country
                    and _within(q, place, _OUTSKIRTS_KM)  # (not a town across the border: سروج، عين العرب)
                )
            )
            # (or the same dead told of days one apart: the lead by the report's day, its detail by the night
            # the fighting began, "اندلعت مساء السبت واستمرت حتى وقت مبكر من امس"; so the dead of one side the
            # quarter's toll already counts)
            and (
                _same_day(o, d)
                or _same_dead(o, d)
                or (_counted_in(o, d) and _within_a_day(o, d))
            )
            # (the lead and its detail are one act of one doer: the army's shelling of a quarter is no detail of the
            # militants' shelling of the city's forces told the same day; the lead may name the targets otherwise,
            # "مواقع الحوثيين وقوات صالح" then "معسكرات الحرس الجمهوري")
            and (_actors_compatible(o, d) or _compatible(o.actor1, d.actor1))
            and not (place.precision == 1 and _fewer_dead_told_after(o, d))
        ]  # fmt: skip
        if quarters:
            # "مقتل 23 شخصا في تفجيرين" on the city, then each blast at its quarter with its own dead (19 and 4): a
            # sum already split, whose toll is no quarter's (unsplit, it goes to the first: ACLED's rule)
            split = _names_several(d) and sum(1 for q in quarters if q.casualties.fatalities > 0) >= 2
            part = _part_of_sum(doc, quarters[0], d)
            if part and not _victim_only(d):
                # "مواجهات بمدينة تعز قتل فيها 25 من الحوثيين و8 من المقاومة" then, at a quarter, "ومقتل 8 من
                # المقاومة": the city's battle counts the quarter's dead already, no other side's dead to add
                quarters[0].casualties = d.casualties
            # (a bare toll of the city, "مقتل 11 من عناصر داعش و10 مدنيين" in a wave of violence, then 11
            # militants killed at one of its villages: the sum of several acts, the village's its own part)
            _absorb(quarters[0], d, toll=not split and not part and not _counted_in(quarters[0], d))
            out.remove(d)
    return out


# (normalized) right after a place's name: it lies near the city named next, "منطقة غرز قرب مدينة X"
_NEAR_THE_CITY = re.compile(
    r"^[ ,،]*(?:(?:ب|علي )?(?:ال)?قرب من|قرب|(?:في|علي) (?:محيط|اطراف|مشارف|تخوم|ضواحي)) "
)


def _told_near_the_city(doc: Doc, place_index: int) -> bool:
    """The place is told as lying near its city ("منطقة غرز قرب مدينة درعا"، "بالقرب من"، "على اطراف"): a site
    of its own that the gazetteer places only by the city, not one of the city's quarters (so a strike on the
    city is no lead of the strike on it)."""
    end = doc.toponyms[place_index].end
    return _NEAR_THE_CITY.match(doc.text[end : end + 30]) is not None


def _fewer_dead_told_after(q: Draft, d: Draft) -> bool:
    """The act at the city is told in a later sentence than the act at its quarter, with fewer dead of its own
    counted ("قتل 16 … في منطقة X وسط العاصمة" then "كما شهدت صنعاء هجوما … اسفر عن مقتل اثنين"، "قتل العشرات
    … في اشتباكات شرق المدينة"): no lead of the quarter's act (a lead tells its sum first), another act whose
    named site the gazetteer lacks."""
    return (
        d.clause.sentence > q.clause.sentence
        and d.casualties.explicit
        and q.casualties.explicit
        and 0 < d.casualties.fatalities < q.casualties.fatalities
    )


def _part_of_the_city_named(doc: Doc, place: Place) -> bool:
    """The place is an unnamed part of a city the text names ("احد احياء شمال عدن"): the city's own name, placed
    near or in it, where the city itself is placed in the article too (not a named quarter the gazetteer places
    only by its city: "شارع عشرين")."""
    key = normalize_key(place.name_ar or "")
    return any(
        p is not None and p.precision == 1 and p.gazetteer_id == place.gazetteer_id
        and normalize_key(p.name_ar or "") == key
        for p in doc.places
    )  # fmt: skip


_VAGUE_REACH = 16  # a vague quantity this far before the death word counts it ("عشرات القتلى والجرحى")


def _vague_toll(doc: Doc, d: Draft) -> bool:
    """The draft's dead are counted by no number the text told, only vague ones ("سقوط قتلى"، "عشرات القتلى
    والجرحى"، "مقتل العشرات"): ACLED's conservative figures (3, 12), not a count to tell two acts apart by. The
    vagueness is read from the kind of the numbers at the counted words."""
    cas = d.casualties
    if cas.fatalities <= 0:
        return False
    kinds = [n.kind for s, e in cas.spans for n in numbers_in(doc.text, max(0, s - _VAGUE_REACH), e)]
    return bool(kinds) and all(k == "vague" for k in kinds)


def _part_of_sum(doc: Doc, q: Draft, d: Draft) -> bool:
    """The quarter's toll is one of the counts the city's toll sums ("مقتل 25 من الحوثيين و8 من المقاومة" then
    "ومقتل 8"), or its counts of the sides are each at most one of them ("سقوط 16 من الحوثيين ومقتل 8")."""
    toll, cas = q.casualties.fatalities, d.casualties
    if toll <= 0 or toll >= cas.fatalities or len(cas.spans) != 1 or not q.casualties.spans:
        return False
    counts = [n.value for n in numbers_in(doc.text, *cas.spans[0])]
    if len(counts) < 2 or sum(counts) != cas.fatalities:
        return False
    if len(q.casualties.spans) == 1:
        return toll in counts
    # (the quarter's own counts of the sides, none above the city's: "سقوط 16 من الحوثيين ومقتل 8 من المقاومة")
    mine = sorted((n.value for s, e in q.casualties.spans for n in numbers_in(doc.text, s, e)), reverse=True)
    return (
        sum(mine) == toll
        and len(mine) <= len(counts)
        and all(a <= b for a, b in zip(mine, sorted(counts, reverse=True), strict=False))
    )


def _counted_in(q: Draft, d: Draft) -> bool:
    """The city's toll ``d`` is one already counted in the quarter's sum of both sides' dead ("بمقتل 18 حوثيا في
    مدينة X" then, at its quarter, "مقتل 18 حوثيا" and "اربعة قتلى في صفوف المقاومة"): not to be added again."""
    if q.first_side is None or not d.casualties.explicit:
        return False
    toll, first = d.casualties.fatalities, q.first_side[1]
    return toll in (first, q.casualties.fatalities - first)


def _names_several(d: Draft) -> bool:
    """The act's word is a dual or a plural ("تفجيرين"، "تفجيرات"، "هجمات"): several acts told together."""
    word = d.trigger.norm.split()[0]
    return len(word) > 5 and word.endswith(("ين", "ان", "ات"))


_OUTSKIRTS_KM = 15.0  # a place this near a city is of its quarters or outskirts


def _within(a: Place, b: Place, km: float) -> bool:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


def fold_attacks_into_their_bombs(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "نفذت المقاومة الشعبية بإقليم تهامة هجوما مسلحا على عناصر التمرد" then "مسلحين … هاجما بقنبلة يدوية
    تجمعا للميليشيات": an attack named without its weapon (a clash by default), with no dead of its own, that the
    next sentences tell as a bombing by the same side at the same place and day is that bombing. So is an attack
    told with its dead, whatever its target, that later sentences tell the nature of, naming it again ("قتل خمسة
    أشخاص في هجوم استهدف منطقة X" then "إن الهجوم نفذه انتحاريان" and "إن الهجوم كان سيارة مفخخة"): the accounts
    are of one act, a bombing, with the attack's dead."""
    out = list(drafts)
    for d in drafts:
        told = [o for o in out if _what_the_attack_was(doc, d, o)]
        if told:
            _absorb(told[0], d, toll=True)
            out.remove(d)
            for other in told[1:]:  # (another source's account of what it was: the same act)
                _absorb(told[0], other, toll=True)
                out.remove(other)
            continue
        blast = _blast_the_fire_followed(doc, d, out)
        if blast is not None:
            _absorb(blast, d, toll=False)
            out.remove(d)
            continue
        if (
            d.category != "conflict"
            or d.sub_event_type != "Armed clash"
            or d.trigger.data["entry"].id not in _ATTACK_WORDS | _ASSAULT
            or d.weapons
            or d.casualties.fatalities
        ):
            continue
        # (an attack told with no side at all, "ان هجوما ارهابيا وقع في مدينة X", is the bombing told there that
        # day, before it or after)
        sideless = d.actor1 is None and d.actor2 is None
        code = d.actor1.code if d.actor1 is not None else None
        if not sideless and not code:
            continue
        bomb = next(
            (
                o
                for o in out
                if o is not d
                and (
                    o.sub_event_type in BOMBINGS
                    # (an assault on no side named, "الاعتداء الذي نفذه مستوطنون في قرية X …"، that its
                    # sentence or the next tells as the side's attack on people there, or any assault whose
                    # sentence tells it led to such an attack: that attack)
                    or (
                        o.sub_event_type == "Attack"
                        and not sideless
                        and (
                            d.actor2 is None
                            # (whatever side it is said to be on: what it led to, "…، واسفر عن حرق الطفل")
                            or (
                                o.clause.sentence == d.clause.sentence
                                and o.clause.index > d.clause.index
                                and told_as_a_result(doc, o.clause)
                            )
                        )
                    )
                )
                and (
                    sideless
                    or (
                        0 <= o.clause.sentence - d.clause.sentence <= 2
                        and o.actor1 is not None
                        and o.actor1.code == code
                    )
                )
                and _same_day(o, d)
                and _place_key(doc, o) == _place_key(doc, d)
            ),
            None,
        )
        if bomb is not None:
            _absorb(bomb, d, toll=False)
            out.remove(d)
    return out


# (normalized) what tells an act as done next, after the one told before: "فتحوا بعد ذلك النار على السيارة"
_THEN = frozenset(("ثم", "بعدها", "بعد ذلك", "عقب ذلك", "اثر ذلك"))
_THEN_REACH = 3  # words from the act's trigger to its "then", either side


def _blast_the_fire_followed(doc: Doc, d: Draft, out: list[Draft]) -> Draft | None:
    """``d`` is a fight with no dead of its own that its doer is told to have waged next ("وأضاف البيان أن
    المقاتلين فتحوا بعد ذلك النار على السيارة العسكرية"), right after a bombing by that doer at its place and
    day ("قتلوا اثنين من جنوده في تفجير قنبلة مزروعة على طريق"): the ambush that blast opened, one act."""
    if (
        d.category != "conflict"
        or d.event_type != "Battles"
        or d.casualties.fatalities
        or d.actor1 is None
        or not d.actor1.code
    ):
        return None
    start, end = d.trigger.nspan.start, d.trigger.nspan.end
    before = doc.text[max(d.clause.start, start - 40) : start].split()[-_THEN_REACH:]
    after = doc.text[end : min(d.clause.end, end + 40)].split()[:_THEN_REACH]
    words = before + after
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    if _THEN.isdisjoint(words) and _THEN.isdisjoint(pairs):
        return None
    return next(
        (
            o
            for o in out
            if o is not d
            and o.sub_event_type in BOMBINGS
            and 0 <= d.clause.sentence - o.clause.sentence <= 1
            and o.clause.start < d.clause.start
            and o.actor1 is not None
            and o.actor1.code == d.actor1.code
            and _compatible(o.actor2, d.actor2)
            and _same_day(o, d)
            and _place_key(doc, o) == _place_key(doc, d)
        ),
        None,
    )


_ATTACK_WORDS = frozenset(("attack_noun", "attack_verb", "launch_verb"))  # (نفذ هجوما: its verb)
_ASSAULT = frozenset(("assault",))  # (اعتداء: an attack of no said kind either)
_THAT_WORDS = frozenset(("ان", "بان", "وان"))  # (normalized) what opens a clause told of its subject
_NATURE_REACH = (
    3  # words from the attack named again to the act it is told to have been ("الهجوم نفذه انتحاريان")
)


def _what_the_attack_was(doc: Doc, attack: Draft, d: Draft) -> bool:
    """``attack`` is told by the noun of an attack of no said kind and with no doer, and ``d``, a bombing at its
    place and day told in a later sentence, names that attack again as the subject of what it says it was ("إن
    الهجوم نفذه انتحاريان", "إن الهجوم كان سيارة مفخخة"): one act, its nature told. Not a blast told after it
    ("وبعد الهجوم انفجرت سيارة مفخخة")."""
    if (
        attack.category != "conflict"
        or d is attack
        or d.category != "conflict"
        or attack.trigger.data["entry"].id not in _GENERIC_ATTACKS
        or (attack.actor1 is not None and attack.actor1.code)
        or d.sub_event_type not in BOMBINGS
        or d.clause.sentence <= attack.clause.sentence
        or not _same_day(attack, d)
        or d.place_index is None
        or _place_key(doc, attack) != _place_key(doc, d)
    ):
        return False
    for m in d.clause.of("triggers"):
        if m.data["entry"].id not in _GENERIC_ATTACKS or m.nspan.start >= d.trigger.nspan.start:
            continue
        start = m.nspan.start - len(m.data.get("prefix", ""))
        named = doc.text[start : m.nspan.end]
        before = doc.text[d.clause.start : start].split()
        between = doc.text[m.nspan.end : d.trigger.nspan.start].split()
        if (
            named.startswith("ال")
            and (not before or before[-1] in _THAT_WORDS)
            and len(between) <= _NATURE_REACH
        ):
            return True
    return False


# the toll words before an act named again (normalized): "حصيلة الهجوم"، "ضحايا التفجير"
_TOLL_OF = frozenset(("حصيله", "ضحايا", "قتلي"))


def fold_tolls_into_the_act_told(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "ان انتحاريا فجر نفسه الاثنين في سروج" then, the next day, "قال الوزير في شانلي اورفا ان حصيلة الهجوم
    ارتفعت الى 32 قتيلا": the attack whose toll is told (definite, after a toll word) is the first bombing or
    attack the article told in the days before, though told on another day and where the telling was."""
    out = list(drafts)
    for d in drafts:
        if (
            d.category != "conflict"
            or d.trigger.data["entry"].id not in _GENERIC_ATTACKS
            or not _definite(d, doc)
        ):
            continue
        start = d.trigger.nspan.start - len(d.trigger.data.get("prefix", ""))
        if doc.text[max(0, start - 12) : start].split()[-1:] not in ([w] for w in _TOLL_OF):
            continue
        act = next(
            (
                o
                for o in out
                if o is not d
                and o.category == "conflict"
                and o.event_type in ("Explosions/Remote violence", "Violence against civilians")
                and o.clause.start < d.clause.start
                and o.date is not None
                and d.date is not None
                and o.date.date is not None
                and d.date.date is not None
                and 0 <= (d.date.date - o.date.date).days <= 7
            ),
            None,
        )
        if act is not None:
            d.place_index = None  # (where it was told is not where it was)
            _keep_the_sides_it_names(doc, d)
            _absorb(act, d, toll=True)
            out.remove(d)
    return out


def _keep_the_sides_it_names(doc: Doc, d: Draft) -> None:
    """The toll of an act named again ("حصيلة الهجوم ارتفعت الى 32 قتيلا") gives the act it names only the sides
    told in its own clause ("حصيلة الهجومين اللذين تبناهما تنظيم داعش"): those reports folded into it from other
    sentences brought ("واطلق مقاتلو الحزب النار على قوات الامن" told later, of no place) are of another act."""
    told = doc.norm.raw_span(d.clause.start, d.clause.end)
    for role in ("actor1", "actor2"):
        side = getattr(d, role)
        if side is not None and side.span is not None and not told.start <= side.span.start < told.end:
            setattr(d, role, None)


def fold_car_bombs_into_their_bombers(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "بتفجير سيارتين مفخختين استهدفتا ثكنات عسكرية في منطقة الثرثار" then "سيارتين يقودهما انتحاريان فجرا
    نفسيهما … في حي الطراح في منطقة الثرثار": the bombs a lead tells, which the next sentences tell as blown up by
    the men driving them, are that suicide bombing (same day, the same or a nearby place, sides that agree)."""
    out = list(drafts)
    for d in drafts:
        if d.category != "conflict" or d.sub_event_type != "Remote explosive/landmine/IED":
            continue
        bomb = next(
            (
                o
                for o in out
                if o is not d
                and o.sub_event_type == "Suicide bomb"
                and abs(o.clause.sentence - d.clause.sentence) <= 2
                and _same_day(o, d)
                and _actors_compatible(o, d)
                and (_place_key(doc, o) == _place_key(doc, d) or _near(doc, o, d))
            ),
            None,
        )
        if bomb is not None:
            _absorb(bomb, d, toll=True)
            out.remove(d)
    return out


def fold_summed_tolls(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "مقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة" before "عبوة ناسفة … ما أدى إلى مقتل ستة مدنيين" and
    "مقتل 18 مدنيا … جراء سقوط قذائف هاون": a bare toll (no act of its own) that the acts told right after it
    add up to exactly is their sum, no act more."""
    out = list(drafts)
    for d in drafts:
        if _summed_by_the_acts_after(doc, d, out):
            out.remove(d)
    for d in out:
        if _vague_sum_of_acts_told_after(doc, d, out):
            d.casualties = dataclasses.replace(d.casualties, fatalities=0, spans=[], explicit=False)
        else:
            _numbered_sum_of_acts_told_after(doc, d, out)
    _take_parts_out(doc, out)
    _take_places_parts_out(doc, out)
    _these_dead_at_their_place(doc, out)
    _rest_of_separate_incidents(doc, out)
    _more_dead_told_after(doc, out)
    _vague_toll_told_again(doc, out)
    return out


_MORE_OF = "مزيد من "  # (normalized) "سقط مزيد من القتلى": more dead, the day's toll told on
_MORE_REACH = 12  # characters from "مزيد من" to the dead it counts
_PARTS_KM = 50.0  # a numbered toll this near the place of "more dead" may be one of them


def _more_dead_told_after(doc: Doc, drafts: list[Draft]) -> None:
    """ "سقط مزيد من القتلى من القوات العراقية وتنظيم داعش في المعارك الجارية بأطراف مدينتي الرمادي والفلوجة",
    then "وقتل جندي عراقي … قرب ناحية الصقلاوية"، "قتلت 23 عنصرا … في منطقة حصيبة": more dead of no number, told
    in sum before the acts told after it with their numbered dead nearby the same day, are those dead — none
    more of their own (ACLED: no double counting; a vague toll is the estimate only when nothing numbers it)."""
    text = doc.text
    for d in drafts:
        cas = d.casualties
        if d.category != "conflict" or cas.explicit or cas.fatalities == 0 or len(cas.spans) != 1:
            continue
        s, _e = cas.spans[0]
        if text.find(_MORE_OF, max(0, s - _MORE_REACH), s) < 0 or d.place_index is None:
            continue
        here = doc.places[d.place_index]
        if here is None or any(
            o.clause.sentence == d.clause.sentence and o.casualties.explicit for o in drafts if o is not d
        ):
            continue
        parts = [
            o
            for o in drafts
            if o.category == "conflict"
            and 0 < o.clause.sentence - d.clause.sentence <= _SUM_REACH
            and o.casualties.explicit
            and o.casualties.fatalities > 0
            and _same_day(o, d)
            and o.place_index is not None
            and (there := doc.places[o.place_index]) is not None
            and _within(here, there, _PARTS_KM)
        ]
        if parts:
            d.casualties = dataclasses.replace(cas, fatalities=0, detail={}, spans=[], explicit=False)


# a toll told of two incidents apart (normalized): "لقي ثلاثة اشخاص مصرعهم في حادثين امنيين منفصلين"
_SEPARATE_INCIDENTS = re.compile(
    r"(?<!\S)[بف]?(?:حادثين|حادثتين|هجومين|تفجيرين|انفجارين|اعتداءين) (?:امنيين )?(?:منفصلين|متفرقين)(?!\S)"
)


def _rest_of_separate_incidents(doc: Doc, drafts: list[Draft]) -> None:
    """ "لقي ثلاثة اشخاص مصرعهم في حادثين امنيين منفصلين غرب وشمال بغداد" then "قتل اثنان … في قضاء ابو غريب"
    and "تفجيرا مماثلا في منطقة X شمالي بغداد ادى الى مقتل شخص واحد": the total is of the incidents told after
    it; what those told apart from it count is theirs, and the total keeps only the rest — the other incident, told
    at its place (or folded into it) — so the dead are counted once."""
    text = doc.text
    for d in drafts:
        total = d.casualties.fatalities
        if d.category != "conflict" or not d.casualties.explicit or total < 2:
            continue
        s, e = doc.sentences[d.clause.sentence] if d.clause.sentence < len(doc.sentences) else (0, 0)
        if _SEPARATE_INCIDENTS.search(text, s, e) is None:
            continue
        parts = [
            o
            for o in drafts
            if o is not d
            and o.category == "conflict"
            and 0 < o.clause.sentence - d.clause.sentence <= _SUM_REACH
            and o.casualties.fatalities > 0
            and _within_a_day(o, d)
        ]
        told = sum(o.casualties.fatalities for o in parts)
        if len(parts) == 1 and told < total:
            d.casualties.fatalities = total - told
            d.casualties.detail = {k: min(v, total - told) for k, v in d.casualties.detail.items()}


# the dead of a toll told before, pointed back to and told killed in an act of their own (normalized): "وذكرت
# مصادر ان 3 من هؤلاء الضحايا المدنيين قتلوا جراء سقوط قذيفة على …"
_THESE_DEAD_KILLED = re.compile(
    r"(?<!\S)(\S+) من (?:هؤلاء|هولاء) (?:الضحايا|القتلي|الشهداء)(?: \S+)? (?:قد )?(?:قتلوا|استشهدوا|لقوا|سقطوا)"
    r"(?!\S)"
)


def _these_dead_at_their_place(doc: Doc, drafts: list[Draft]) -> None:
    """ "قتل أربعة مدنيين في قصف عشوائي على الأحياء السكنية" then "ان 3 من هؤلاء الضحايا قتلوا جراء سقوط قذيفة
    … في حي X": the three are of the four, killed in the act told at X — X's act has them, and the act told
    first keeps the rest (counted once: ACLED's split of a total its parts are told of)."""
    text = doc.text
    for i, d in enumerate(drafts):
        if d.category != "conflict" or d.casualties.fatalities or d.clause.sentence >= len(doc.sentences):
            continue
        s, e = doc.sentences[d.clause.sentence]
        if text.find(" من هؤلاء ", s, e) == -1 and text.find(" من هولاء ", s, e) == -1:
            continue  # (what every match holds: most sentences, no search)
        m = _THESE_DEAD_KILLED.search(text, s, e)
        if m is None:
            continue
        counted = numbers_in(text, m.start(1), m.end(1))
        if len(counted) != 1 or counted[0].kind in ("vague", "ordinal"):
            continue
        n = counted[0].value
        whole = next(
            (
                o
                for o in reversed(drafts[:i])
                if o.category == "conflict"
                and o.casualties.explicit
                and o.casualties.fatalities > 0
                and 0 < d.clause.sentence - o.clause.sentence <= 1
            ),
            None,
        )
        if (
            whole is None
            or whole.casualties.fatalities <= n
            or _place_key(doc, whole) == _place_key(doc, d)
            or not _within_a_day(whole, d)
            or not _compatible(whole.actor2, d.actor2)
        ):
            continue
        rest = whole.casualties.fatalities - n
        d.casualties.fatalities = n
        d.casualties.detail = {k: min(v, n) for k, v in whole.casualties.detail.items()}
        d.casualties.explicit = True
        whole.casualties.fatalities = rest
        whole.casualties.detail = {k: min(v, rest) for k, v in whole.casualties.detail.items()}


_TOLD_AGAIN_REACH = 2  # sentences within which a vague toll told again in the same words is the same dead
_DEATH_NOUNS = ("مقتل", "مصرع", "سقوط", "استشهاد")  # (normalized) a toll told as a noun: "ومقتل العشرات من …"
_WHOSE_DEAD_WORDS = 2  # words after a vague toll that say whose dead they are ("… من عناصر تنظيم داعش")


def _vague_toll_told_again(doc: Doc, out: list[Draft]) -> None:
    """A toll of no number told as a noun again in the same words, with the same words of whose dead, in a
    statement a sentence or two after the statement that told it first, the same day ("واعلن قائد الشرطة … ومقتل العشرات من عناصر تنظيم داعش" then "وقال قائد الشرطة ان القوات
    تتقدم … ومقتل العشرات من عناصر تنظيم داعش"): the same dead, told by the same account — counted once, with
    the act told first (ACLED: no double counting)."""
    starts = [a for a, _b in doc.sentences]
    seen: list[tuple[int, str, Draft]] = []  # (the sentence a toll is told in, its words, its act)
    for d in out:
        cas = d.casualties
        if d.category != "conflict" or cas.fatalities not in _VAGUE_COUNTS or len(cas.spans) != 1:
            continue
        s, e = cas.spans[0]
        if any(n.kind != "vague" for n in numbers_in(doc.text, s, e)) or not numbers_in(doc.text, s, e):
            continue
        told_in = bisect_right(starts, s) - 1
        if not doc.text.startswith(_DEATH_NOUNS, s) or not opens_with_telling(doc.text, starts[told_in]):
            continue  # (told as an act of its own, "وقتل عدد من المدنيين في قصف على …": another act's dead)
        key = " ".join(doc.text[s:].split()[: len(doc.text[s:e].split()) + _WHOSE_DEAD_WORDS])
        if any(
            k == key
            and o.casualties.fatalities == cas.fatalities
            and 0 < told_in - at <= _TOLD_AGAIN_REACH
            and _same_day(o, d)
            for at, k, o in seen
        ):
            d.casualties = dataclasses.replace(cas, fatalities=0, detail={}, spans=[], explicit=False)
            continue
        seen.append((told_in, key, d))


def _numbered_sum_of_acts_told_after(doc: Doc, d: Draft, out: list[Draft]) -> None:
    """``d`` counts the dead of acts of two kinds named together ("لقي 12 مسلحا مصرعهم في استهدافهم بكمائن في X
    وضربات للتحالف في Y"), and the acts of those kinds told right after it count dead of their own ("مصرع ثمانية
    في كمين …"، "قتلت من كانوا على متنها"): the dead are counted once (ACLED) — the parts keep the dead they
    number, their unnumbered dead are of the total, and the total keeps what the parts leave of it."""
    total = d.casualties.fatalities
    if (
        d.category != "conflict"
        or not d.casualties.explicit
        or total < 2
        or not _toll_of_acts_told_anew(doc, d)
    ):
        return
    kinds = {
        m.data["entry"].get("sub_event_type")
        for m in d.clause.of("triggers")
        if m.data["entry"].get("category") == "conflict" and m.data["entry"].get("voice") != "victim"
    } - {None}
    parts = [
        o
        for o in out
        if o is not d
        and o.category == "conflict"
        and o.sub_event_type in kinds
        and 0 < o.clause.sentence - d.clause.sentence <= _SUM_REACH
        and o.casualties.fatalities > 0
        and _within_a_day(o, d)
    ]
    numbered = [(o, min(o.casualties.fatalities, _numbered_dead(doc, o.casualties))) for o in parts]
    told = sum(n for _, n in numbered)
    if not parts or told > total:
        return  # (the parts count more than the total: not its parts)
    for o, n in numbered:
        o.casualties.fatalities = n
        o.casualties.detail = {k: min(v, n) for k, v in o.casualties.detail.items()}
    d.casualties.fatalities = total - told
    d.casualties.detail = {k: min(v, total - told) for k, v in d.casualties.detail.items()}


def _numbered_dead(doc: Doc, cas: Casualties) -> int:
    """The dead the toll's words count by a number told (not by ACLED's estimate of unnumbered or vague ones)."""
    return sum(
        n.value
        for s, e in cas.spans
        for n in numbers_in(doc.text, s, e)
        if n.kind not in ("vague", "ordinal")
    )


def _summed_by_the_acts_after(doc: Doc, d: Draft, out: list[Draft]) -> bool:
    """``d`` is a bare toll, attacks told in sum, or an act's toll its own sentence splits, that the acts told
    right after it (at least two) add up to exactly."""
    if d.category != "conflict" or d.casualties.fatalities < 2:
        return False
    # (or attacks told in sum: "قتل 21 شخصا في هجمات استهدفت مناطق … في بغداد", then each bombing's dead;
    # an earlier day's acts told between, as background, are passed over)
    attacks = _attacks_in_sum(doc, d)
    # (or an act's toll whose parts its own sentence goes on to tell, each at a place of its own: "مقتل تسعة
    # مدنيين جراء قصف جوي على حي بمدينة X وقرية بريف Y، حيث قتل اربعة … في حي Z … فيما قتل خمسة … في قرية W")
    own = not (_victim_only(d) or attacks)
    total, parts = 0, 0
    for o in out:
        if o.category != "conflict" or o.clause.index <= d.clause.index:
            continue
        if own and (o.clause.sentence != d.clause.sentence or _place_key(doc, o) == _place_key(doc, d)):
            break
        if attacks and not _same_day(o, d):
            continue
        # (a part of the sum may be of the night before: "مقتل 18 مدنيا … جراء سقوط قذائف هاون الليلة قبل
        # الماضية" after "افادت المصادر امس بمقتل 24 مدنيا")
        if not (_same_day(o, d) or (not attacks and _within_a_day(o, d))) or o.casualties.fatalities == 0:
            break
        if _told_apart(doc, o, d):
            break
        total, parts = total + o.casualties.fatalities, parts + 1
        if total >= d.casualties.fatalities:
            break
    return parts >= 2 and total == d.casualties.fatalities


_SUM_REACH = 2  # sentences after a summary within which the acts it sums are told one by one


def _vague_sum_of_acts_told_after(doc: Doc, d: Draft, out: list[Draft]) -> bool:
    """``d`` tells a toll by no number ("لقي عدد من المسلحين مصرعهم في استهدافهم بكمائن … وضربات للتحالف") of
    acts of two kinds named together, and the act of the other kind is told right after with dead of its own
    ("ان المقاومة نفذت كمائن … ومصرع ثمانية"): the dead of the sum are the parts', none the more of ``d``'s."""
    if d.category != "conflict" or d.casualties.fatalities not in _VAGUE_COUNTS or not d.casualties.spans:
        return False
    s, e = d.casualties.spans[0]
    told = f" {doc.text[s:e]} "
    if not any(f" {k} " in told for k in VAGUE):
        return False
    others = {
        m.data["entry"].get("sub_event_type")
        for m in d.clause.of("triggers")
        if m is not d.trigger and m.data["entry"].get("category") == "conflict"
    } - {d.sub_event_type, None}
    if not others:
        return False
    return any(
        o is not d
        and o.category == "conflict"
        and o.sub_event_type in others
        and 0 < o.clause.sentence - d.clause.sentence <= _SUM_REACH
        and o.casualties.fatalities > 0
        and _same_day(o, d)
        for o in out
    )


_APART_KM = 60.0  # places this far apart, in two provinces, are no parts of one toll told at one of them


def _told_apart(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` is an act of another day (each told its own) at a place named apart from the toll's own ("مقتل شرطيين
    الاربعاء في مدينة X" and "الخميس ايضا قتل شرطي … في مدينة Y"): no part of that toll, whatever its dead."""
    if not (_own_date(o) and _own_date(d)) or _same_day(o, d):
        return False
    if o.place_index is None or d.place_index is None:
        return False
    a, b = doc.places[o.place_index], doc.places[d.place_index]
    if a is None or b is None or _place_key(doc, o) == _place_key(doc, d):
        return False
    if a.admin1 and b.admin1 and a.admin1 == b.admin1:
        return False
    return a.latitude is not None and b.latitude is not None and not _within(a, b, _APART_KM)


_OF_THEM = frozenset(("منهم", "منهن", "منهما"))  # "وقتل 25 منهم": a part of the dead counted before


def _take_parts_out(doc: Doc, drafts: list[Draft]) -> None:
    """ "قتل 40 من عناصر داعش خلال يومين في غارات … في حلب وإدلب، وقتل 25 منهم في غارات قرب منبج": the 25 are
    of the 40, told at a place of their own; the whole keeps the rest (15), so the dead are counted once."""
    text = doc.text
    gone: list[Draft] = []
    for i, d in enumerate(drafts):
        if d.category != "conflict" or not d.casualties.explicit or d.casualties.fatalities == 0:
            continue
        if any(d is g for g in gone):
            continue
        if not any((text[e : e + 8].split() or [""])[0] in _OF_THEM for _s, e in d.casualties.spans):
            continue
        # (the nearest toll before it larger than the part: another act's smaller toll may stand between, "قتل 51
        # … وقتل 11 في غارة على الميادين … وقتل 29 منهم قرب الكرين")
        whole = next(
            (
                o
                for o in reversed(drafts[:i])
                if o.category == "conflict"
                and o.casualties.fatalities > d.casualties.fatalities
                and o.casualties.explicit
                and d.clause.sentence - o.clause.sentence <= 1
            ),
            None,
        )
        if (
            whole is None
            or whole.casualties.fatalities <= d.casualties.fatalities
            or d.clause.sentence - whole.clause.sentence > 1
            or not _within_a_day(whole, d)
            or not _compatible(whole.actor2, d.actor2)
        ):
            continue
        # (the tolls told between the whole and this part, of the same dead at places of their own, are parts too:
        # "قتل 51 … في دير الزور والحسكة والرقة … وقتل 11 في الميادين، بينما قتل 29 منهم قرب الكرين" — the
        # whole keeps the rest, 11, so the places never sum above the total told)
        w = drafts.index(whole)
        between = [
            o
            for o in drafts[w + 1 : i]
            if o.category == "conflict"
            and o.casualties.explicit
            and o.casualties.fatalities > 0
            and o.place_index != whole.place_index
            and _within_a_day(whole, o)
            # (naming the whole's side hit again, "مقتل 11 من داعش": a toll of no side named may be another act's,
            # "وقتل خمسة في غارة على مدينة الباب")
            and whole.actor2 is not None
            and o.actor2 is not None
            and bool(o.actor2.code)
            and o.actor2.code == whole.actor2.code
        ]
        parts = d.casualties.fatalities + sum(o.casualties.fatalities for o in between)
        rest = whole.casualties.fatalities - (
            parts if parts < whole.casualties.fatalities else d.casualties.fatalities
        )
        whole.casualties.fatalities = rest
        whole.casualties.detail = {k: min(v, rest) for k, v in whole.casualties.detail.items()}
        where = _rest_told_at(doc, whole, d.clause.sentence) if rest > 0 else None
        if where is not None:
            # (the whole keeps the rest, at the place the rest is told of: the act told there, if any, is it)
            whole.place_index, whole.inherited_place = where, False
            told = [
                o
                for o in drafts
                if o is not whole and o.place_index == where and o.event_type == whole.event_type
            ]
            for o in told:
                _absorb(whole, o, toll=False)
            gone.extend(told)
    if gone:
        drafts[:] = [o for o in drafts if not any(o is g for g in gone)]


# (normalized) the rest of the dead of a total, told after its parts: "ولفت الى مقتل البقية جراء استهداف …"
_REST = re.compile(r"(?<!\S)(?:البقيه|الباقين|الباقون|(?:بقيه|باقي) (?:القتلي|الضحايا|العناصر))(?!\S)")


def _rest_told_at(doc: Doc, whole: Draft, sentence: int) -> int | None:
    """The toponym where the rest of ``whole``'s dead were killed, told after its parts (up to ``sentence``):
    "قتل 51 … في دير الزور والحسكة والرقة" … "ولفت إلى مقتل البقية جراء استهداف مواقع … بريف الحسكة" — the one of
    the places the total named that the sentence of the rest names, other than the total's own place."""
    text, named = doc.text, _sentence_toponyms(doc)
    listed = {
        text[doc.toponyms[t].start : doc.toponyms[t].end].strip()
        for t in named.get(whole.clause.sentence, ())
    }
    listed.discard(_place_key(doc, whole) or "")
    for n in range(sentence, min(sentence + _SUM_REACH, len(doc.sentences) - 1) + 1):
        s, e = doc.sentences[n]
        rest = _REST.search(text, s, e)
        if rest is None:
            continue
        after = sorted(
            (t for t in named.get(n, ()) if doc.toponyms[t].start > rest.end()),
            key=lambda t: doc.toponyms[t].start,
        )
        return next(
            (t for t in after if text[doc.toponyms[t].start : doc.toponyms[t].end].strip() in listed), None
        )
    return None


_NOT_AND = frozenset(("وسط", "وراء"))  # (normalized) words of a place's side opening with و: "X وسط المدينة"


def _take_places_parts_out(doc: Doc, drafts: list[Draft]) -> None:
    """ "مقتل 18 من الحوثيين و4 من المقاومة في اشتباكات في مدينة تعز وقرى منطقة صبر السبت" then "وقالت مصادر في
    قرى منطقة صبر إن 8 حوثيين قتلوا فيما قتل أحد رجال المقاومة": the dead told at one of the places a total told
    the same day joins to its own ("X وY", not "X جنوب Y" nor "X بY") are of that total; the whole keeps the rest,
    so the dead are counted once."""
    named = _sentence_toponyms(doc)
    text = doc.text

    def keys(sentence: int) -> set[str]:
        return {text[doc.toponyms[t].start : doc.toponyms[t].end].strip() for t in named.get(sentence, ())}

    def joined(whole: Draft, mine: set[str]) -> bool:
        ts = sorted((doc.toponyms[t] for t in named.get(whole.clause.sentence, ())), key=lambda t: t.start)
        own = _place_key(doc, whole)
        for a, b in zip(ts, ts[1:], strict=False):
            ka, kb = text[a.start : a.end].strip(), text[b.start : b.end].strip()
            gap = text[a.end : b.start].split()
            if (
                {ka, kb} & {own}
                and ({ka, kb} - {own}) & mine
                and 0 < len(gap) <= 4
                and gap[0].startswith("و")
                and gap[0] not in _NOT_AND
            ):
                return True
        return False

    for i, d in enumerate(drafts):
        if d.category != "conflict" or not d.casualties.explicit or d.casualties.fatalities == 0:
            continue
        if _others_too(doc, d):
            continue  # ("وقتل خمسة آخرون في قرى صبر"): others besides those of the total
        mine = keys(d.clause.sentence)
        whole = next(
            (
                o
                for o in reversed(drafts[:i])
                if o.category == "conflict"
                and o.event_type == d.event_type
                and o.casualties.explicit
                and 0 < d.clause.sentence - o.clause.sentence <= 2
            ),
            None,
        )
        if (
            whole is None
            or whole.casualties.fatalities <= d.casualties.fatalities
            or not _same_day(whole, d)
            or not joined(whole, mine)
        ):
            continue
        rest = whole.casualties.fatalities - d.casualties.fatalities
        whole.casualties.fatalities = rest
        whole.casualties.detail = {k: min(v, rest) for k, v in whole.casualties.detail.items()}


def _attacks_in_sum(doc: Doc, d: Draft) -> bool:
    """The draft tells attacks (the generic noun, several) with no side: a sum of acts told one by one after."""
    return (
        d.trigger.data["entry"].id in _GENERIC_ATTACKS
        and d.sub_event_type == "Armed clash"
        and d.actor1 is None
        and not _one_act(doc, d)
    )


def fold_governorate_into_the_town_told_next(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "وتمكنت في محافظة حجة من تصفية …" … "نفذ طيران التحالف غارات في محافظة حجة. مشيرا إلى استهداف منازل …
    بمدينة حرض": an act placed at a governorate named as such, one of whose sentences the report goes on telling
    with the one town of that governorate it was at, is at that town (see :func:`town_told_next`)."""
    for d in drafts:
        if d.category != "conflict" or d.place_index is None:
            continue
        here, named = doc.places[d.place_index], doc.toponyms[d.place_index]
        if named.type_word != "محافظه" or here is None or here.precision != 3 or not here.admin1:
            continue
        ends = [e for _, e in doc.sentences]
        told = sorted({bisect_left(ends, s) for role, s, _ in d.spans if role == "trigger"}, reverse=True)
        town = next((i for n in told if (i := town_told_next(doc, n, here, named.name)) is not None), None)
        if town is not None:
            d.place_index = town
    return drafts


def fold_region_into_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "قتل 28 مدنيا في قصف على محافظة حلب" before the strikes on منبج and دير حافر of the same day: a
    governorate-wide report of the type the article also reports at named places inside it sums those up."""
    out = list(drafts)
    for d in drafts:
        region = doc.places[d.place_index] if d.place_index is not None else None
        if d.category == "conflict" and (act := _act_whose_dead_at_its_region(doc, d, out)) is not None:
            _fold(doc, act, d)
            out.remove(d)
            continue
        if d.category != "conflict" or region is None or not region.admin1:
            continue
        named = doc.toponyms[d.place_index]
        # "قتل 22 مسلحا في معارك شمال شرقي بعقوبة" then "اشتبكت القوات … في قرى الهديدة والفسلوج": a lead placed
        # only by the way it lies from a city, told next at named places of its governorate
        lead = (
            region.precision == 2
            and (getattr(named, "relation", None) or "").endswith("-of")
            and d.casualties.fatalities > 0
        )
        region_wide = lead or (
            region.precision == 3
            and (
                getattr(named, "type_word", None) == "محافظه"
                or getattr(named, "relation", None) == "countryside"
            )
        )
        if not region_wide:
            # only "محافظة X" / "ريف X" name a region; a village that fell back to one is a place, and a town is
            # one too, unless a later report of the act is told at a finer place located by it
            inside = [o for o in out if _detail_told_within(doc, d, o)]
            if any(o.casualties.fatalities not in (0, d.casualties.fatalities) for o in inside):
                continue  # (dead told apart: "قتل 10 في غارات على الرقة" then "وقتل 3 في غارة على الطبقة")
        else:
            inside = _places_inside(doc, d, out, region, lead)
        inside.sort(key=lambda o: o.sub_event_type != d.sub_event_type)  # (the same kind first)
        if lead:
            # (the detail that tells the lead's dead again first, then the first place named)
            inside.sort(key=lambda o: (o.casualties.fatalities != d.casualties.fatalities, o.clause.start))
        # (not the acts told as others, "كما تصدت المقاومة لهجمات أخرى … بجبهة صرواح": no detail of the region's)
        inside = [o for o in inside if not _told_as_another(doc, o, _OBJECT_WORDS)]
        if inside:
            # (the one place named, with no toll of its own: the lead's toll is its ("قتل 12 شخصا في غارات على
            # قرية في محافظة حلب" then "القى الطيران براميل على قرية قصر البريج"))
            # (unless another report counts those dead already: "قتل 28 … اثر اشتباكات وتفجيرين انتحاريين" then
            # "وتسببت الاشتباكات والتفجيران بمقتل عشرة … و18 …")
            # (of several places, none counting dead, the first: "لقي 20 متمردا مصرعهم خلال اشتباكات في مناطق
            # مختلفة بمحافظة مأرب" then "مواجهات … في منطقتي الجفينة وتبة الدفاع" — the dead told of several
            # places without a split go to the first named)
            one = not any(o.casualties.fatalities for o in inside) and not any(
                o is not d and o not in inside and _same_dead(o, d) for o in out
            )
            if _other_sides_dead(doc, d, inside[0]):
                # (the lead counts one side's dead, its place the other's: "مقتل ثلاثة جنود … في محافظة X" then
                # "كمين … في منطقة Y في ولاية X … وان «ارهابيا» قتل": both, at the place)
                _absorb(d, inside[0], toll=True, more=True, doc=doc)
                d.place_index, d.inherited_place = inside[0].place_index, inside[0].inherited_place
                out.remove(inside[0])
                continue
            _absorb(inside[0], d, toll=one)
            if _own_date(d) and not _own_date(inside[0]):
                inside[0].date = d.date  # (the lead's own day: "… ليل الاحد الاثنين")
            out.remove(d)
    return out


def _act_whose_dead_at_its_region(doc: Doc, d: Draft, out: list[Draft]) -> Draft | None:
    """``d`` counts dead of no act and no doer at a region ("اعلنت سلطات اقليم كردستان السبت عن ستة قتلى من
    السكان"), and one act of that day killed the same victims at a place its sentence locates in that region
    ("غارات استهدفت قرية X شمال اربيل في اقليم كردستان"): its dead, another account of them."""
    if not _victim_only(d) or (d.actor1 is not None and d.actor1.code) or d.place_index is None:
        return None
    region, key = doc.places[d.place_index], _place_key(doc, d)
    if region is None or region.precision < 3 or key is None or d.casualties.fatalities <= 0:
        return None
    acts = [
        o for o in out
        if o is not d and o.category == "conflict" and not _victim_only(o)
        and o.place_index is not None and o.place_index != d.place_index
        and _same_day(o, d) and o.actor2 is not None and d.actor2 is not None and o.actor2.code == d.actor2.code
        and _located_in(doc, o, key)
    ]  # fmt: skip
    return (
        acts[0] if len(acts) == 1 else None
    )  # (of several acts in the region, the dead may be all of theirs)


def _located_in(doc: Doc, o: Draft, key: str) -> bool:
    """A sentence of ``o`` names, after its place, the region ``key`` as where that place lies ("قرية X … في
    اقليم كردستان")."""
    t = doc.toponyms[o.place_index]
    s = next((i for i, (a, b) in enumerate(doc.sentences) if a <= t.start < b), None)
    if s is None:
        return False
    end = doc.sentences[s][1]
    return any(
        t.end <= u.start < end and u.relation == "in" and doc.text[u.start : u.end].strip() == key
        for u in doc.toponyms
    )


_OBJECT_WORDS = 4  # words after an act's verb to the "other" of its object: "تصدت المقاومة لهجمات أخرى"


def _places_inside(doc: Doc, d: Draft, out: list[Draft], region: Place, lead: bool) -> list[Draft]:
    """The reports of ``d``'s kind and day at places named inside its region (see fold_region_into_places)."""
    return [
            o for o in out
            if o is not d and o.category == "conflict"
            # (of the same kind, or a battle told at the region then at its place as the ground it won: "قتل
            # التنظيم 37 مسلحا في هجوم على قرية بمحافظة حلب" then "وسيطر مسلحو التنظيم على القرية")
            and (
                o.sub_event_type == d.sub_event_type
                or (o.event_type == d.event_type == "Battles" and 0 < o.clause.sentence - d.clause.sentence <= 2)
            )
            and o.place_index is not None and doc.places[o.place_index] is not None
            and (
                doc.places[o.place_index].precision in (1, 2)
                or _settlement_fallen_back(doc, o)
                # (or an area it lacks, told after the region as where it was: "في منطقة اكتشاي في ولاية شرناق")
                or (_area_fallen_back(doc, o, region) and o.clause.sentence > d.clause.sentence)
                # (or the ground a battle told at the region won, named of its own: "تلة جورة الماء")
                or (o.sub_event_type in TERRITORY and _landmark(doc.places[o.place_index]))
            )
            and doc.places[o.place_index].admin1 == region.admin1
            and (_same_day(o, d) or (_same_dead(o, d) and _actors_compatible(o, d)))
            # (a lead's detail: told next, with no toll of its own or the same dead, by the same sides)
            and (
                not lead
                or (
                    0 <= o.clause.sentence - d.clause.sentence <= 2
                    and o.clause.start > d.clause.start
                    and o.casualties.fatalities in (0, d.casualties.fatalities)
                    and o.place_index != d.place_index
                    and _actors_compatible(o, d)
                )
            )
    ]  # fmt: skip


_WITHIN = frozenset(("province", "in"))  # how a place lies in the one it is located by: inside it


def _landmark(place: Place) -> bool:
    """A place the gazetteer names of its own (a mountain, a camp, a plain), not one fallen back to its region."""
    return (place.gazetteer_id or "").startswith("landmark:")


def _detail_told_within(doc: Doc, d: Draft, o: Draft) -> bool:
    """``o``, told in a later sentence, is ``d``'s act at a finer place its sentence locates by ``d``'s ("غارات على
    معاقل المتمردين في مأرب" then "أغار طيران التحالف مرتين على مواقع … في منطقة صرواح غربي محافظة مأرب"; "قصف
    الطيران مواقع … بمدينة لحج" then "إن القصف استهدف معسكري لبوزه والعند … في لحج"): of its kind and doer, a day
    apart at most, in its governorate. Not a place of the countryside of the city the lead named ("بريف حلب")."""
    if (
        o is d
        or o.category != "conflict"
        or o.sub_event_type != d.sub_event_type
        or o.place_index is None
        or o.place_index == d.place_index
        or o.clause.sentence <= d.clause.sentence
        or o.actor1 is None
        or d.actor1 is None
        or not _compatible(o.actor1, d.actor1)
        or not _compatible(o.actor2, d.actor2)
        or not _within_a_day(o, d)
        or (_own_date(o) and _own_date(d) and not _same_day(o, d))
    ):
        return False
    a, b = doc.places[d.place_index], doc.places[o.place_index]
    # (a lead told near a town, "سيطر … على مواقع قرب بلدة X": its detail may lie by the town too, "في Y شرقي X")
    around = getattr(doc.toponyms[d.place_index], "relation", None) == "near"
    if a is None or b is None or a.admin1 != b.admin1 or a.country != b.country:
        return False
    if a.precision == 2 and not around:
        return False  # (a town or a governorate: a quarter's detail is fold_city_into_quarters')
    key, t = _place_key(doc, d), doc.toponyms[o.place_index]
    if key is None or _place_key(doc, o) == key:
        return False
    if (
        o.clause.sentence - d.clause.sentence == 1
        and b.precision == 3
        and (b.gazetteer_id or "").startswith("admin1:")
        and _told_as_the_governorate(doc, d)
    ):
        # "وسيطرت المقاومة في مأرب على مواقع … غرب المحافظة" then "وقال مصدر: نفذت المقاومة هجوما على مواقع في منطقة
        # X" (a place the gazetteer lacks, placed at that governorate): the lead's ground, told next
        return True
    if t.anchor == key:
        # (not its countryside, nor near it: "القريبة من درعا")
        return t.anchor_relation in _WITHIN or (around and _by_the_town(t.anchor_relation))
    if any(u.anchor == key and u.anchor_relation in _WITHIN for u in _places_told_before(doc, o)):
        return True  # (told first at a place located by d's, "بقرية قريبة من مدينة نابلس بالضفة", then named)
    end = doc.sentences[o.clause.sentence][1]
    return any(
        t.start < u.start < end
        and u.name == key
        and u.group is None  # (the frame of the places told, not one more of them: "X وY وZ في لحج")
        and (
            (
                u.relation == "in"
                and u.anchor is None
                and (u.surface.startswith("ب") or doc.text[: u.phrase_start].endswith("في "))
            )  # (not "القريبة من X")
            or (around and _by_the_town(u.relation) and u.phrase_start - t.end <= 2)
        )
        for u in doc.toponyms
    )


def _places_told_before(doc: Doc, o: Draft) -> list[Any]:
    """The toponyms ``o`` was told at before it took the place it has (the places of the reports merged into
    it)."""
    here = doc.toponyms[o.place_index] if o.place_index is not None else None
    return [t for role, s, e in o.spans if role == "place" for t in doc.toponyms_at(s, e) if t is not here]


# (normalized) a side of the governorate the lead's place was told as: "غرب المحافظة"، "جنوب غربي المحافظة"
_SIDE_OF_THE_GOVERNORATE = re.compile(r"(?<!\S)(?:(?:شمال|جنوب)ي? )?(?:غرب|شرق|شمال|جنوب)ي? المحافظه(?!\w)")


def _told_as_the_governorate(doc: Doc, d: Draft) -> bool:
    """``d``'s sentence tells, after its place, the side of the governorate it was in ("في مأرب … غرب المحافظة"):
    the place named is the governorate."""
    t = doc.toponyms[d.place_index]
    return _SIDE_OF_THE_GOVERNORATE.search(doc.text, t.end, doc.sentences[d.clause.sentence][1]) is not None


def _by_the_town(relation: str | None) -> bool:
    """How a place lies by a town, not in it: near it or on one side of it ("قرب X"، "شرقي X")."""
    return relation is not None and (relation == "near" or relation.endswith("-of"))


_SETTLEMENT_WORDS = frozenset(("قريه", "بلده", "مدينه", "بلدات", "قري"))


def _settlement_fallen_back(doc: Doc, d: Draft) -> bool:
    """The draft's place is a town or village named as such ("قرية قصر البريج") the gazetteer lacks, placed at
    its governorate."""
    return (
        d.place_index is not None
        and getattr(doc.toponyms[d.place_index], "type_word", None) in _SETTLEMENT_WORDS
        and (place := doc.places[d.place_index]) is not None
        and place.precision == 3
    )


def _area_fallen_back(doc: Doc, d: Draft, region: Place) -> bool:
    """The draft's place is an area named as such ("منطقة اكتشاي في ولاية شرناق") the gazetteer lacks, placed at
    (a point of) its governorate: a site inside the region, not the region named again."""
    return (
        d.place_index is not None
        and getattr(doc.toponyms[d.place_index], "type_word", None) == "منطقه"
        and (place := doc.places[d.place_index]) is not None
        and place.precision == 3
        and normalize_key(place.name_ar or "") != normalize_key(region.name_ar or "")
    )


def _same_dead(o: Draft, d: Draft) -> bool:
    """The same explicit toll, of dead enough not to be a coincidence, told of days at most one apart (a lead
    dated by the night, its detail by the report's day: "قتل 13 مسلحا … ليل الاحد الاثنين، غربي محافظة مأرب"
    then "اشتباكات … في منطقة الجفينة غربي مأرب خلفت 13 قتيلا")."""
    toll = d.casualties.fatalities
    if toll < _RETOLD_TOLL or toll != o.casualties.fatalities or toll in _VAGUE_COUNTS:
        return False  # ("العشرات" twice is 12 twice, not the same dead)
    return d.casualties.explicit and o.casualties.explicit and _within_a_day(o, d)


def _within_a_day(o: Draft, d: Draft) -> bool:
    """Both are dated, at most one day apart."""
    if o.date is None or d.date is None or o.date.date is None or d.date.date is None:
        return False
    return abs((o.date.date - d.date.date).days) <= 1


def _other_states(o: Draft, d: Draft) -> bool:
    """The two are done by the forces of two different states (Turkish jets are not the regime's): neither sums
    up the other. (One side under two names, "طيران التحالف" and "طيران التحالف العربي", may.)"""
    a, b = o.actor1, d.actor1
    if a is None or b is None or not a.code or not b.code:
        return False
    return (
        a.code[3:] == b.code[3:] == "MIL"
        and a.code[:3] != b.code[:3]
        and "INT" not in (a.code[:3], b.code[:3])
    )


def _in_another_country(doc: Doc, d: Draft, o: Draft) -> bool:
    """``d`` names the country it was in ("كما شنت غارات … في العراق"), and ``o`` is in another: neither sums up
    or details the other."""
    named = countries_named_in(doc, d.clause, d.trigger)
    there = doc.places[o.place_index] if o.place_index is not None else None
    return bool(named) and there is not None and there.country not in named


def _countries_named(doc: Doc, d: Draft) -> set[str]:
    """The countries a clause of ``d`` names as where it was ("غارات على مواقع التنظيم في سوريا"), or the country
    its sentence opens with as the frame of what it tells ("وفي العراق أصابت الغارات أهدافا عدة …")."""
    named = {p.country for i in _country_places(doc, d) if (p := doc.places[i]) and p.country}
    if named:
        return named
    frame = _country_framing(doc, d.clause.sentence)
    country = doc.places[frame].country if frame is not None else None  # type: ignore[union-attr]
    return {country} if country else set()


def _country_framing(doc: Doc, sentence: int) -> int | None:
    """The toponym of the country a sentence opens with, "(و)في X", as the frame of what it tells."""
    # (asked of every pair of drafts merging: once per sentence)
    frames: dict[int, int | None] = doc.memo.setdefault("country_framing", {})
    if sentence not in frames:
        frames[sentence] = None
        start, end = doc.sentences[sentence]
        head = doc.text[start:end].lstrip()
        if head.startswith(("في ", "وفي ")):
            at = start + (end - start - len(head)) + head.index(" ") + 1  # (the word after في)
            for i in _sentence_toponyms(doc).get(sentence, ()):
                t, p = doc.toponyms[i], doc.places[i]
                if (
                    t.start == at
                    and p is not None
                    and p.country
                    and (p.gazetteer_id or "").startswith("country:")
                ):
                    frames[sentence] = i
                    break
    return frames[sentence]


def _carried_from_another_country(doc: Doc, d: Draft) -> int | None:
    """``d``'s place was carried over from a report in another country than the one its own words name ("وفي
    العراق أصابت الغارات أهدافا عدة" after strikes near الحسكة): that country's toponym, where it was."""
    if not d.inherited_place or d.place_index is None:
        return None
    there = doc.places[d.place_index]
    named = _countries_named(doc, d)
    if there is None or not there.country or not named or there.country in named:
        return None
    own = _country_places(doc, d)
    return own[0] if own else _country_framing(doc, d.clause.sentence)


def _country_places(doc: Doc, d: Draft) -> list[int]:
    """The toponyms of the countries ``d``'s clause names as where it was (:func:`country_places_named_in`),
    after its trigger or, when that names none, after those of the reports merged into it ("شنت مقاتلات تركية،
    غارات جوية على مواقع في سوريا": two told as one, of which the first is kept)."""
    told = tuple((s, e) for role, s, e in d.spans if role == "trigger")
    # (asked of every pair of drafts merging: once per draft and the reports merged into it)
    done: dict[tuple, list[int]] = doc.memo.setdefault("country_places", {})
    key = (d.clause.index, d.trigger.nspan.start, told)
    if key in done:
        return done[key]
    named = list(country_places_named_in(doc, d.clause, d.trigger))
    if not named:
        triggers = doc.memo.get("triggers_at")
        if triggers is None:
            triggers = doc.memo["triggers_at"] = {
                (m.nspan.start, m.nspan.end): (c, m) for c in doc.clauses for m in c.of("triggers")
            }
        for span in told:
            if span in triggers:
                c, m = triggers[span]
                named += [i for i in country_places_named_in(doc, c, m) if i not in named]
    done[key] = named
    return named


def _other_countries(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d`` names the country it was in, and ``o`` was in another one, by its place (its own or carried over)
    or the country its clause names (strikes on the PKK in Iraq, then "وأدت الغارات التركية على مواقع للتنظيم
    في سوريا إلى مقتل تسعة"): never one event, whatever their sides and day. (Only the later report's own
    words count: a place carried over to it, or a town it was told to be for, may be another country's.)"""
    named = _countries_named(doc, d)
    if not named:
        return False
    place = doc.places[o.place_index] if o.place_index is not None else None
    if place is not None and place.country and not o.inherited_place:
        there = {place.country}
    else:
        there = (
            _countries_named(doc, o)
            or _countries_later_in_its_clause(doc, o)
            or ({place.country} if place is not None and place.country else set())
        )
    return bool(there) and there.isdisjoint(named)


def _countries_later_in_its_clause(doc: Doc, d: Draft) -> set[str]:
    """The countries named after ``d``'s trigger in its phrase, a little further than as where it was ("قصفت …
    سبعة أهداف لحزب العمال الكردستاني في قواعده الخلفية بشمال العراق"): where an act told before was, as far as
    a later report that names its own country can tell (not past a comma: "قصفت … أهدافا لداعش، والثانية …
    في الأراضي التركية" is another matter)."""
    out = set()
    end = d.trigger.nspan.end
    for i in d.clause.toponyms:
        p, t = doc.places[i], doc.toponyms[i]
        if (
            p is not None
            and p.country
            and (p.gazetteer_id or "").startswith("country:")
            and 0 < t.start - end <= _PHRASE_REACH
            and not _PHRASE_BREAK.intersection(doc.text[end : t.start])
        ):
            out.add(p.country)
    return out


_PHRASE_REACH = 120  # characters from an act to the country its phrase goes on to name
_PHRASE_BREAK = frozenset("،,.؛;:")


def fold_placeless_summaries(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "قتل 30 شخصا في سلسلة تفجيرات في العراق" before the report of each blast: a report with no place of its
    own, whose type the article reports at named places, sums those up; it is not one more event (and its
    toll is not added to theirs)."""
    placed = [d for d in drafts if d.category == "conflict" and d.place_index is not None]
    # an act told across a country, at the country, sums up those told after at their places as one of no place
    # does ("قتل 32 شخصا في تفجيرات في أنحاء العراق", then each blast)
    throughout = {
        id(d) for d in placed if d.casualties.fatalities > 0 and _told_throughout_the_country(doc, d)
    }
    if throughout:
        placed = [d for d in placed if id(d) not in throughout]
    out = []
    for d in drafts:
        # the summary comes before what it sums up, and not after a turn to another story
        apart = opens_new_topic(doc, d.clause.sentence)
        twins = [
            o
            for o in placed
            # (a seizure of people told by its lead, "باعتقالها قائد …", sums up the abduction told at its place)
            if (o.event_type == d.event_type or {o.sub_event_type, d.sub_event_type} <= _SEIZURES)
            and (not apart or o.clause.start > d.clause.start)
            and not _other_states(o, d)
            and not _bomb_and_strike(o, d)
            and not _in_another_country(doc, d, o)
            and not _other_countries(doc, o, d)
            and not _told_of_another_day(o, d)
            # (what an act across the country sums up is told at places of the country, not at the country)
            and not (id(d) in throughout and _at_a_country(doc, o))
        ]
        # of its own kind first: "قتل عشرات المدنيين في قصف جوي" sums up the air strikes told later, not the
        # shelling told between; a shelling by guns sums up no strike by aircraft, nor the other way
        twin = next(
            (o for o in twins if o.sub_event_type == d.sub_event_type),
            next(
                (o for o in twins if {o.sub_event_type, d.sub_event_type} <= _SEIZURES),
                twins[0] if twins and not _shells_and_strikes(twins[0], d) else None,
            ),
        )
        if d.casualties.fatalities > 0:
            # … unless one of them has its toll already (the first place of the act it told the dead of): that one
            twin = next((o for o in twins if o.casualties.fatalities == d.casualties.fatalities), twin)
        if d.category == "conflict" and (d.place_index is None or id(d) in throughout) and twin is not None:
            if twin.casualties.fatalities == 0 and _one_act(doc, d):
                # "بعد تفجير انتحاري قتل 32 شخصا" and later "تفجير الاثنين الماضي في بلدة سروج": one act
                # told first with its toll, then with its place; no sum to keep apart from a detail
                _fold(doc, twin, d)
            elif _lead_of_one_fight(d, twin, twins):
                # "قتل 5 أشخاص … خلال اشتباكات في شرق ليبيا" then "واندلع القتال … في بلدة أجدابيا": the one
                # fight told next at its place, with no toll of its own, has the lead's dead
                _absorb(twin, d, toll=True)
                if _own_date(d):
                    twin.date = d.date  # (the day of the dead: "قتل 5 أشخاص أمس الأحد")
            else:
                _absorb(twin, d, toll=False)  # (its sides fill those the detail lacks)
                _share_the_doer(d, twin, twins)
                if _whole_toll_of_one_act(doc, d, twin, twins):
                    # "هاجمت الجبهة مقرا للفرقة، تلته اشتباكات تسببت بمقتل 11 شخصا" then "وقتل خمسة عناصر من
                    # الجبهة ومقاتلون موالون لها وستة مقاتلين …": the one act's whole toll, told first
                    twin.casualties.fatalities = d.casualties.fatalities
                    twin.casualties.detail = dict(d.casualties.detail)
            continue
        detail = _elaborated(doc, d, placed)
        if detail is not None:
            _absorb(detail, d, toll=False)
            continue
        out.append(d)
    return out


def _told_of_another_day(o: Draft, d: Draft) -> bool:
    """``d`` is told for a day of its own ("شن سلاح الجو ليلة أول من أمس سلسلة غارات") and ``o`` is dated to
    another day by the running date of what was told after it ("… فجر أمس. وفي وقت لاحق قصفت مقاتلات … أهدافا
    في بلدة"), or by a day of its own more than a day off: another day's act, neither sums up the other. (Two
    days of their own a day apart may tell one act, "قتل 5 أمس الأحد خلال اشتباكات" then "واندلع القتال أول أمس
    السبت في بلدة"; and so may the same dead counted twice.)"""
    a, b = o.date, d.date
    if not _own_date(d) or a is None or a.date is None or b.date is None or a.date == b.date:
        return False
    if a.precision != 1 or b.precision != 1:
        return False  # (a day within the week or month told is no other day)
    if _own_date(o) and _within_a_day(o, d):
        return False
    return not (d.casualties.fatalities > 0 and d.casualties.fatalities == o.casualties.fatalities)


_SHELLS_OR_STRIKES = frozenset(("Shelling/artillery/missile attack", "Air/drone strike"))


def _at_a_country(doc: Doc, d: Draft) -> bool:
    place = doc.places[d.place_index] if d.place_index is not None else None
    return place is not None and (place.gazetteer_id or "").startswith("country:")


def _told_throughout_the_country(doc: Doc, d: Draft) -> bool:
    return _at_a_country(doc, d) and told_throughout(doc, d.clause, d.trigger) is not None


def _shells_and_strikes(o: Draft, d: Draft) -> bool:
    """One is a shelling, the other an air strike, each told by its means ("قصفت المدفعية"، "قصفت المقاتلات"):
    two acts of two sub-event types, not a summary and its detail, even when the one told first counts dead
    ("قتل عشرات بغارات … في أنحاء العراق" sums up no shelling by rocket launchers told after). A bare "القصف"
    may sum up the strike told before."""
    return (
        {o.sub_event_type, d.sub_event_type} == _SHELLS_OR_STRIKES
        and o.means is not None
        and d.means is not None
        and o.means != d.means
    )


def _lead_of_one_fight(d: Draft, twin: Draft, twins: list[Draft]) -> bool:
    """A placeless lead counting the dead of a fight (a number told), then the one fight of its kind at a named
    place in the next sentence, a day apart at most, with no dead of its own."""
    return (
        d.event_type == twin.event_type == "Battles"
        and d.casualties.explicit
        and d.casualties.fatalities > 0
        and twin.casualties.fatalities == 0
        and 0 < twin.clause.sentence - d.clause.sentence <= 1
        and _within_a_day(twin, d)
        and sum(1 for o in twins if o.event_type == "Battles" and o.clause.sentence == twin.clause.sentence)
        == 1
    )


def _share_the_doer(d: Draft, twin: Draft, twins: list[Draft]) -> None:
    """The summary's doer is also that of the reports at the other places told with ``twin`` in its sentence
    that name none: "امطرت الفصائل اربع بلدات بالقذائف" then "قذائف سقطت على بلدتي الفوعة وكفريا" — both
    towns' shelling is the factions'."""
    if d.actor1 is None or not d.actor1.code:
        return
    for o in twins:
        if (
            o is not twin
            and (o.actor1 is None or not o.actor1.code)
            and o.clause.sentence == twin.clause.sentence
            and o.sub_event_type == twin.sub_event_type
            and _same_day(o, twin)
            and not (o.actor2 is not None and o.actor2.code == d.actor1.code)
        ):
            o.actor1 = d.actor1
            o.spans.extend(span for span in d.spans if span[0] == "actor1")


def _whole_toll_of_one_act(doc: Doc, d: Draft, twin: Draft, twins: list[Draft]) -> bool:
    """The summary ``d`` tells one act with an explicit toll higher than that of ``twin``, the only report of
    its kind and day at a named place: its toll is that act's whole toll, which the detail counts in part."""
    if not (d.casualties.explicit and twin.casualties.explicit):
        return False
    # (well above it: two accounts of the same dead differ a little, "نحو 30" and "28 على الاقل", and then the
    # lower stands)
    if 2 * d.casualties.fatalities < 3 * twin.casualties.fatalities or not _one_act(doc, d):
        return False
    return sum(1 for o in twins if o.sub_event_type == twin.sub_event_type and _same_day(o, twin)) == 1


# words before an act that make it many ("سلسلة تفجيرات"، "موجة غارات"), normalized
_SERIES = frozenset(("سلسله", "موجه", "عده", "عدد", "جمله"))


def _one_act(doc: Doc, d: Draft) -> bool:
    """Whether the trigger of ``d`` names one act ("تفجير انتحاري"), not several ("تفجيرات"، "سلسلة هجمات"،
    "15 غارة")."""
    words = d.trigger.norm.split()
    if not words or words[0].endswith("ات") or words[0] in _SERIES:
        return False  # (the series may be the trigger's own first word: "شن سلسلة غارات")
    start = d.trigger.nspan.start
    before = doc.text[max(0, start - 12) : start].split()
    if before and before[-1].lstrip("و") in _SERIES:
        return False
    return not any(
        0 <= start - n.end <= 1 and n.value > 1 for n in numbers_in(doc.text, max(0, start - 24), start)
    )


def _elaborated(doc: Doc, d: Draft, placed: list[Draft]) -> Draft | None:
    """ "شن حمله قصف عشوائي على الاحياء السكنيه. حيث استهدف القصف احياء كلابه، والموشكي …": a report whose
    place was only carried over, followed by a sentence opened with حيث that names where; the detail is it."""
    if d.category != "conflict" or not d.inherited_place:
        return None
    nxt = d.clause.sentence + 1
    if nxt >= len(doc.sentences) or not doc.text[doc.sentences[nxt][0] :].lstrip().startswith(("حيث", "اذ ")):
        return None
    return next(
        (
            o
            for o in placed
            if o is not d
            and o.clause.sentence == nxt
            and not o.inherited_place
            and o.sub_event_type == d.sub_event_type
        ),
        None,
    )


def merge_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One event per place, day, actor pair and type: fold repeated reports within the article."""
    out: list[Draft] = []
    told_on: list[tuple[Draft, Draft]] = []
    for i, d in enumerate(drafts):
        if d.category == "conflict" and (other := _carried_from_another_country(doc, d)) is not None:
            d.place_index, d.inherited_place = other, False  # (where its own words say it was)
        if out and _other_sides_dead_told_meanwhile(doc, out[-1], d):
            out[-1].casualties.add(
                d.casualties
            )  # (the toll alone: the sides guessed for a bare count are not)
            continue
        if _blasts_dead_unnumbered_again(doc, out, d):
            d.casualties = Casualties(injuries=d.casualties.injuries)
        if d.inherited_place and _across_the_fronts(doc, d):
            # (not the place the sentence before told: all of them)
            d.place_index, d.inherited_place = None, False
        seized = _seized_before(doc, drafts[i - 1], d) if i and out and out[-1] is drafts[i - 1] else None
        if seized is not None:
            _killed_of_the_seized(seized, d)
            out[-1] = d
            continue
        retold = (
            next(
                (
                    o
                    for o in reversed(out)
                    if not _other_countries(doc, o, d)
                    and (
                        _retold(doc, o, d)
                        or _anaphora(doc, o, d)
                        or _same_toll(o, d)
                        or _at_the_site_told(doc, o, d)
                    )
                ),
                None,
            )
            if _may_retell(d, doc)
            else None
        )
        if retold is not None and (d.place_index is None or d.inherited_place):
            retold = _first_of_its_list(out, retold)
        if retold is not None:
            retold = _fight_whose_dead_both_sides(doc, out, retold, d) or retold
        if retold is not None:
            # a retelling adds sides and numbers, not a new date; of its type only what ACLED ranks first: a
            # battle where ground changed hands ("المعارك كانت الاعنف في عويجه؛ حيث تمكنت قوات الاسد من
            # السيطره …") is the territory change, told by the side that took it
            if _victim_only(retold) and not _victim_only(d):
                # "قتل عشرة جنود … وقال … ان خمسة جنود قتلوا عندما تعرضوا لهجوم": the act that killed them, told
                # later, is what the dead told first were the victims of (a later act of another type is another
                # event, not one more thing the dead could have been)
                _takes_the_act(doc, retold, d)
            unplaced = retold.place_index is None
            if (
                _one_strike_placed_finer(doc, retold, d)
                or _one_attack_placed_finer(doc, retold, d)
                or _toll_lead_placed_finer(doc, retold, d)
                or _district_lead_placed_finer(doc, retold, d)
                or _village_near_the_city_named(doc, retold, d)
                or (_the_aircraft_again(doc, retold, d) and _held_finer(doc, retold, d))
            ):
                retold.place_index = d.place_index  # (where the strike told again says it was)
            if d.sub_event_type in TERRITORY and retold.sub_event_type == "Armed clash":
                retold.sub_event_type = d.sub_event_type
                if d.actor1 is not None and d.actor1.code:
                    retold.actor1, retold.actor2 = d.actor1, d.actor2
            _absorb(
                retold,
                _in_country_of(doc, retold, d),
                toll=True,
                more=_others_too(doc, d)
                or _each_sides_own(doc, retold, d)
                or _other_sides_dead(doc, retold, d),
                accounts=_two_accounts(doc, retold, d),
                doc=doc,
            )
            if unplaced and retold.place_index is not None:
                _deaths_told_before(doc, out, retold)
            if _act_dated_over_its_telling(doc, retold, d):
                retold.date = d.date
            continue
        target, kind, kept = None, None, None
        for o in out:
            if o.category != d.category or (d.category == "conflict" and _other_countries(doc, o, d)):
                continue
            same = (
                (_same_conflict(doc, o, d) or _one_unplaced_act(doc, o, d))
                if d.category == "conflict"
                else _same_political(doc, o, d)
            )
            if _progress_told_by_its_ground(doc, o, d):
                o.place_index = d.place_index  # (the ground taken is where the progress was)
                target = o
                break
            if _ground_given_up_in_the_fight(doc, o, d):
                target = o
                break
            if _placed_by_the_place_told(doc, o, d):
                o.place_index = d.place_index  # (the finer place, located by the one told first)
                target = o
                break
            if _scene_of_the_fight_told_next(doc, o, d):
                # (the fight told with its sides, where it says: the scene takes all of it)
                o.place_index, o.inherited_place = d.place_index, d.inherited_place
                o.event_type, o.sub_event_type, o.actor1, o.actor2 = (
                    d.event_type,
                    d.sub_event_type,
                    d.actor1,
                    d.actor2,
                )
                target = o
                break
            if _fire_on_the_civilians_fought(doc, o, d):
                target = o  # (the fire on them is the act: ranked over the fight, its type and sides)
                break
            if _ground_taken_again(doc, o, d):
                kept = (o.place_index, o.date)  # (the place and day it was told at first)
                target = o
                break
            if _wounds_of_the_act_told_next(doc, o, d):
                # (the act the dead were wounded in, told next with its day and place: theirs)
                kind, kept = (d.event_type, d.sub_event_type), (d.place_index, d.date)
                o.actor1, o.actor2 = d.actor1 or o.actor1, d.actor2
                target = o
                break
            if _one_act_told_twice(doc, o, d):
                o.place_index = d.place_index  # (the place of the town its second telling names)
                kind = (o.event_type, o.sub_event_type)  # (the act told first keeps its kind: the second
                # names the arms of a part of it, "هجوما بصاروخ تبعه هجوم بأسلحة رشاشة" of the ambush)
                target = o
                break
            if same and (
                _actors_compatible(o, d)
                or _one_strike_two_hit(doc, o, d)
                or _fight_that_took_ground(o, d)
                or _allies_one_act(o, d)
                or _one_group_unplaced(doc, o, d)
            ):
                target = o
                break
        if target is None and _may_count_again(d):
            target = next((o for o in reversed(out) if _toll_told_again(doc, o, d)), None)
            if target is not None and _source_goes_on(doc, target, d):
                told_on.append((target, d))  # (where and when: once all is merged, so later reports of the
                # first place still find it)
        if target is None:
            out.append(d)
            continue
        if _held_form(doc, target, d):
            target.place_index = (
                d.place_index
            )  # ("تل سراقب" fallen back to its governorate, then "بلدة سراقب")
        if (
            _one_group_unplaced(doc, target, d)
            and _country_it_was_in(doc, target) is None
            and _country_it_was_in(doc, d) is not None
        ):
            # (the report that names the country the act was in tells it: its group is of that country)
            out[next(i for i, o in enumerate(out) if o is target)] = d
            target, d = d, target
        _fold(doc, target, d)
        if kind is not None:
            target.event_type, target.sub_event_type = kind
        if kept is not None:
            target.place_index, target.date = kept
    for target, d in told_on:
        _where_and_when_told(doc, target, d)
    # the start of a campaign announced ("اعلنت الفصائل بدء معارك في ريف اللاذقية") lends its side and place to the
    # fighting told with it; left apart, with no dead or act of its own, beside the fighting of its sides the report
    # tells, it is no second event (alone, it is the fighting it started)
    announced = [d for d in out if _start_announced_alone(doc, d)]
    return [d for d in out if d not in announced or not _fighting_of_its_sides(d, out, announced)]


def _start_announced_alone(doc: Doc, d: Draft) -> bool:
    """``d`` is a battle told only by the start of a campaign announced ("اعلن … بدء معركة كفريا والفوعة"): no
    dead of its own, no act folded into it (its trigger is all it tells)."""
    return (
        d.category == "conflict"
        and d.event_type == "Battles"
        and not d.casualties.fatalities
        and all(s == d.trigger.nspan.start for role, s, _ in d.spans if role == "trigger")
        and start_announced(doc, d.clause, d.trigger)
    )


def _fighting_of_its_sides(d: Draft, out: list[Draft], announced: list[Draft]) -> bool:
    """The report tells fighting (a battle, a strike or shelling) of the side that started ``d`` (of any, when
    ``d`` names none), besides the campaigns announced."""
    mine = {d.actor1.code} if d.actor1 is not None and d.actor1.code else set()
    return any(
        o.category == "conflict"
        and o.event_type in ("Battles", "Explosions/Remote violence")
        and all(o is not a for a in announced)
        and (not mine or bool(mine & _codes(o)))
        for o in out
    )


def _blasts_dead_unnumbered_again(doc: Doc, out: list[Draft], d: Draft) -> bool:
    """ "هجوم انتحاري اوقع 30 قتيلا …" then "وتظهر الصور … كوما من الجثث … بفعل الانفجار": the blast told again
    (with the article, no weapon, no day of its own) with dead of no number after a blast of that day whose dead
    were counted: the same dead, not more (wherever its sentence seems to place it)."""
    if d.category != "conflict" or d.casualties.explicit or d.casualties.fatalities not in _VAGUE_COUNTS:
        return False  # (not "قبل ان يقع التفجير ويقتلا": two, the dual's)
    if d.trigger.data["entry"].id not in _BLAST_WORDS or d.weapons or _own_date(d) or not _definite(d):
        return False
    return any(
        o.event_type == "Explosions/Remote violence"
        and o.casualties.explicit
        and o.casualties.fatalities > 0
        and _same_day(o, d)
        for o in out
    )


def _fight_whose_dead_both_sides(doc: Doc, out: list[Draft], act: Draft, d: Draft) -> Draft | None:
    """ "قتل عشرات المقاتلين من الطرفين خلال القتال في مدينة X، حيث فجر انتحاريون انفسهم في سيارات مفخخة" then
    "قتل 20 مقاتلا من الفصائل وسبعة من التنظيم في الهجوم على X": the attack told again with fighters' dead in
    several counts (the sides' own) is the battle of two armed sides told there that day, not the bombing told
    within it."""
    if act.event_type != "Explosions/Remote violence" or d.trigger.data["entry"].id not in _GENERIC_ATTACKS:
        return None
    cas = d.casualties
    if len(cas.spans) != 1 or cas.fatalities < 2 or cas.detail.get("combatants") != cas.fatalities:
        return None
    counts = [n for n in numbers_in(doc.text, *doc.sentences[d.clause.sentence]) if n.kind != "ordinal"]
    if len(counts) < 2 or sum(n.value for n in counts) != cas.fatalities:
        return None
    # (of the battles there, the fight before any change of hands told with it)
    fights = [
        o
        for o in reversed(out)
        if o is not act
        and o.event_type == "Battles"
        and _lost_by_side(o.actor1)
        and _lost_by_side(o.actor2)
        and _same_day(o, d)
        and o.place_index is not None
        and _place_key(doc, o) == _place_key(doc, d)
    ]
    return next((o for o in fights if o.sub_event_type == "Armed clash"), fights[0] if fights else None)


# (normalized) an act told over all fronts: "على قواطع العمليات كافة"، "في جميع المحاور"، "على مختلف الجبهات"
_FRONTS = r"(?:ال)?(?:جبهات|محاور|قواطع(?: العمليات)?|قطاعات)"
_ALL_FRONTS = re.compile(
    rf"(?<!\S)[وف]?(?:في|علي) (?:(?:كل|كافه|جميع|مختلف|سائر) {_FRONTS}|{_FRONTS} (?:كافه|جميعها|كلها))(?!\w)"
)


def _across_the_fronts(doc: Doc, d: Draft) -> bool:
    """The act is told, after its trigger in its clause, over all the fronts ("نفذ طيران التحالف 15 طلعة على قواطع
    العمليات كافة"): a sum of acts at many places, not one more report of the act at the place the sentence before
    told (its toll is not that act's)."""
    return _ALL_FRONTS.search(doc.text, d.trigger.nspan.end, d.clause.end) is not None


def _first_of_its_list(out: list[Draft], o: Draft) -> Draft:
    """``o`` is one of the acts one trigger told at a list of places ("اشتباكات في أحياء X وY وZ"): a toll told
    after it with no place of its own is the list's and goes to the first place named (ACLED), not the last."""
    return next(
        (
            x
            for x in out
            if x.trigger.nspan == o.trigger.nspan
            and x.sub_event_type == o.sub_event_type
            and x.place_index is not None
            and x.clause.start == o.clause.start
        ),
        o,
    )


# (normalized) what opens the dead of the other side told meanwhile: "في حين قتل سبعة …"
_MEANWHILE_OPENERS = (["فيما"], ["بينما"], ["في", "حين"], ["وفيما"], ["وبينما"], ["وفي", "حين"])


def _other_sides_dead_told_meanwhile(doc: Doc, battle: Draft, d: Draft) -> bool:
    """``d`` is a bare count of dead told meanwhile ("مقتل 22 من الحوثيين، في حين قتل سبعة وجرح 42 من المقاومة
    في مناطق متفرقة من المدينة"): the verb of dying right after the opener, its count right after it, no doer —
    the dead of the battle told just before (the other side's), at its place or around it."""
    if battle.category != "conflict" or battle.event_type != "Battles" or d.category != "conflict":
        return False
    if d.trigger.data["entry"].id != "kill_verb" or not d.casualties.explicit or d.casualties.fatalities <= 0:
        return False
    text, t = doc.text, d.trigger.nspan
    if text[d.clause.start : t.start].split() not in _MEANWHILE_OPENERS:
        return False
    count = next(iter(numbers_in(text, t.end, min(t.end + _COUNT_REACH, d.clause.end))), None)
    if count is None or text[t.end : count.start].strip():
        return False  # (a doer named first, "فيما قتل الجيش سبعة", is an act of its own)
    if not (0 <= d.clause.sentence - battle.clause.sentence <= 1 and _within_a_day(battle, d)):
        return False
    if d.inherited_place or _place_key(doc, d) == _place_key(doc, battle) or _near(doc, battle, d):
        return True
    # (or told of the province around it: "في مناطق متفرقة من تعز", of a battle at a place of Taiz)
    a = doc.places[battle.place_index] if battle.place_index is not None else None
    b = doc.places[d.place_index] if d.place_index is not None else None
    return (
        a is not None and b is not None and bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country
    )


_COUNT_REACH = 12  # characters after the verb the count of its dead may take ("سبعة"، "ثلاثة عشر")


def _deaths_told_before(doc: Doc, out: list[Draft], act: Draft) -> None:
    """``act`` placed only by its retelling ("غارة ادت في مطلع الشهر الى مقتل قيادي" … "قتل في 8 يوليو قرب
    البلدة" … "الغارة" at the town): a death told at its place before, by no act of its own, within its week, by
    the same doer and of the side it hit (or of civilians only presumed), is its own — the day told stands."""
    for o in [o for o in out if o is not act and o.category == "conflict" and _victim_only(o)]:
        if (
            o.casualties.fatalities
            and o.casualties.fatalities <= act.casualties.fatalities
            and _same_conflict(doc, act, o)
            and _compatible(act.actor1, o.actor1)
            and (_compatible(act.actor2, o.actor2) or _presumed_civilians(o.actor2))
        ):
            _fold(doc, act, o)
            out[:] = [x for x in out if x is not o]


def _presumed_civilians(a: Any) -> bool:  # Actor | None
    """Civilians no word named: the side of a death told alone, presumed."""
    return a is not None and bool(a.code) and a.code.endswith("CVL") and not a.name_ar


_SEIZURES = frozenset(("Arrests", "Abduction/forced disappearance"))


def _seized_before(doc: Doc, o: Draft, d: Draft) -> Draft | None:
    """``d`` kills "N منهم" right after ``o`` seized them ("اعتقل المسلحون 20 شابا … وأعدموا خمسة منهم"): the
    killing of those seized is an act of its own (not one more of a killing told before at the place), and the
    seizure is part of it."""
    if d.category != "conflict" or o.category != "conflict" or o.sub_event_type not in _SEIZURES:
        return None
    if not d.casualties.explicit or not d.casualties.fatalities or d.event_type == o.event_type:
        return None
    if not 0 <= d.clause.sentence - o.clause.sentence <= 1:
        return None
    text = doc.text
    if not any(
        (text[e : e + 8].split() or [""])[0].rstrip('.,،؛»"') in _OF_THEM for _s, e in d.casualties.spans
    ):
        return None
    return o if _compatible(o.actor1, d.actor1) else None


def _killed_of_the_seized(seized: Draft, d: Draft) -> None:
    """The killing ``d`` of some of those ``seized`` takes the seizure's doer and day where it tells none."""
    if d.actor1 is None or not d.actor1.code:
        d.actor1 = seized.actor1
    if not _own_date(d) and seized.date is not None:
        d.date = seized.date
    if d.place_index is None:
        d.place_index, d.inherited_place = seized.place_index, seized.inherited_place


def _allies_one_act(o: Draft, d: Draft) -> bool:
    """One attack at one place on one day told once by one ally and once by the other ("قصفت ميليشيات الحوثي
    وصالح الخزانات" then "وتعرضت المنطقة لقصف من قبل قوات صالح"), or aimed once at one and once at the other
    ("غارات استهدفت قوات صالح في الجفينة" then "غارات على مواقع الحوثيين في الجفينة"): one act on their camp,
    not two. Only an attack of one kind on that day: allies' acts of other kinds or days are their own (an air
    strike and an ally's shelling; a battle, whose sides allies are not told apart in). A battle told twice with
    one side the same and, facing it, allies named apart ("جيش النظام" then "حزب الله" against the rebels, in
    either order) is the one battle of their camp, unless each counts dead of its own."""
    # (ground taken is one type whichever ally is named as taking it: the state's forces regain it, their allied
    # militia overtakes it — "استعادت المقاومة والجيش الحي" then "تمكن الجيش والمقاومة من دخول الحي")
    kind = o.sub_event_type == d.sub_event_type or (
        o.sub_event_type in TERRITORY and d.sub_event_type in TERRITORY
    )
    if (
        o.event_type == d.event_type == "Battles"
        and kind
        and _same_day(o, d)
        and not (o.casualties.fatalities and d.casualties.fatalities)
        and any(
            (_one_side(o.actor1, a) and _allied(o.actor2, b))
            or (_one_side(o.actor2, b) and _allied(o.actor1, a))
            for a, b in ((d.actor1, d.actor2), (d.actor2, d.actor1))
        )
    ):
        return True
    return (
        (o.event_type != "Battles" or _one_side_unnamed(o, d))
        and kind
        and o.date is not None
        and _same_day(o, d)
        and (_allied(o.actor1, d.actor1) or _allied(o.actor2, d.actor2))
        and (_compatible(o.actor1, d.actor1) or _allied(o.actor1, d.actor1))
        and (_compatible(o.actor2, d.actor2) or _allied(o.actor2, d.actor2))
    )


def _one_side_unnamed(o: Draft, d: Draft) -> bool:
    """Of two battles at one place on one day, one tells a single side and no dead ("واستمرت المواجهات التي
    تخوضها المقاومة في المنطقة"): its foe not told, it is the other's battle, fought by an ally. (Dead of their
    own, "قتل سبعة من المقاومة في مناطق متفرقة", are not to be lost in the other's count: they stay apart.)"""
    return any((x.actor2 is None or not x.actor2.code) and not x.casualties.fatalities for x in (o, d))


def _one_strike_two_hit(doc: Doc, o: Draft, d: Draft) -> bool:
    """Two strikes, shellings or blasts of one kind, at one place on one day, by one doer (or one unnamed), one
    telling the civilians it hit and the other the armed side of their country it was aimed at ("ألقى الطيران
    براميل على المدينة فأوقع قتلى بين المدنيين" then "وأضاف أن سلاح الجو قصف مناطق في المدينة وأن المعارضة
    ردت"): one act told twice, not one on each, unless the second is told as another ("غارة أخرى") or each
    counts dead of its own."""
    if o.event_type != "Explosions/Remote violence" or o.sub_event_type != d.sub_event_type:
        return False
    if not _same_day(o, d) or not _compatible(o.actor1, d.actor1) or o.actor2 is None or d.actor2 is None:
        return False
    if o.casualties.fatalities and d.casualties.fatalities:
        return False  # (the civilians killed and the fighters killed are two acts' dead)
    x, y = o.actor2.code or "", d.actor2.code or ""
    if len(x) < 6 or len(y) < 6:
        return False
    if x[3:] == y[3:] == "CVL":
        pass  # (civilians of two countries at one place: refugees among the people of their camp or town)
    elif x[:3] != y[:3] or {x[3:], y[3:]} not in _CIVILIANS_AND_ARMED:
        return False
    after = doc.text[d.trigger.nspan.end : d.trigger.nspan.end + 24].split()[:2]
    return _ANOTHER.isdisjoint(after) and not _others_too(doc, d)


_CIVILIANS_AND_ARMED = ({"CVL", "REB"}, {"CVL", "MIL"}, {"CVL", "UAF"})


def _fight_that_took_ground(o: Draft, d: Draft) -> bool:
    """A fight and a change of hands at one place on one day, between the same sides or their allies ("اندلعت
    اشتباكات بين المقاومة والحوثيين في مدينة X" then "وتمكنت قوات الجيش من استعادة السيطرة على X"): one fight,
    coded by the ground it changed (ACLED: the more specific sub-event), with the fight's dead."""
    if {o.sub_event_type, d.sub_event_type} not in ({"Armed clash", t} for t in TERRITORY):
        return False
    if not _same_day(o, d):
        return False

    def side(a: Any, b: Any) -> bool | None:  # True: one side (or allies); None: one not named; False: apart
        if a is None or b is None or not a.code or not b.code:
            return None
        return (a.code == b.code and not _apart(a, b)) or _allied(a, b)

    for a, b in ((o.actor1, o.actor2), (o.actor2, o.actor1)):
        pair = (side(a, d.actor1), side(b, d.actor2))
        if False not in pair and True in pair:
            return True
    return False


_GIVEN_UP = "Non-violent transfer of territory"


def _ground_given_up_in_the_fight(doc: Doc, o: Draft, d: Draft) -> bool:
    """A side's withdrawal from a place ("إن الثوار انسحبوا، الأحد، من تل أعور") and a battle at that place on that
    day in which it fought ("اشتباكات بين المعارضة وقوات الأسد في تل أعور"): the loser's telling of that battle,
    not a handover of its own (ACLED: one event; the battle, of higher precedence, stands)."""
    pair = {o.sub_event_type, d.sub_event_type}
    if _GIVEN_UP not in pair or len(pair) != 2:
        return False
    given, fight = (o, d) if o.sub_event_type == _GIVEN_UP else (d, o)
    if fight.event_type != "Battles" or not _same_day(o, d):
        return False
    key = _place_key(doc, given)
    if key is None or (key != _place_key(doc, fight) and not _one_town_two_names(doc, given, fight)):
        return False
    codes = _codes(fight)
    return given.actor1 is None or not given.actor1.code or not codes or given.actor1.code in codes


# words after an act that tell it from one told before (normalized): "غارة اخرى"، "هجوم ثان"، "ضربة جديدة"
_ANOTHER = frozenset(("اخري", "اخر", "ثانيه", "ثان", "ثاني", "جديده", "جديد", "مماثله", "مماثل"))


def _one_unplaced_act(doc: Doc, o: Draft, d: Draft) -> bool:
    """Two reports with no place, of one type and sub-type, by one doer named both times, on one day, that
    nothing tells apart (another act, "غارة اخرى"; another country named): one act told twice ("نفذت الولايات
    المتحدة اول غارة جوية لها في سوريا" then "ما دفع الولايات المتحدة الى توجيه ضربات جوية الى مواقع …")."""
    if o.place_index is not None or d.place_index is not None:
        return False
    if not (_same_day(o, d) or _within_the_week(o, d) or _within_the_week(d, o) or _day_told_stands(o, d)):
        return False
    if o.sub_event_type in _SHELLS_OR_STRIKES and _doerless_fight_of(o, d):
        pass  # ("قتل القيادي في غارة أميركية" … "العملية التي جرت في 11 يوليو أدت إلى مقتله": the strike's)
    elif o.sub_event_type != d.sub_event_type and not _bare_shelling_of_a_strike(o, d):
        return False
    elif o.actor1 is None or d.actor1 is None or not o.actor1.code or o.actor1.code != d.actor1.code:
        return False
    if _told_as_another(doc, d) or _others_too(doc, d):
        return False
    a, b = countries_named_in(doc, o.clause, o.trigger), countries_named_in(doc, d.clause, d.trigger)
    return not (a and b and a.isdisjoint(b))


def _told_as_another(doc: Doc, d: Draft, words: int = 2) -> bool:
    """The act's noun is followed by "another" ("غارات أخرى"، "هجوم ثان"): not the one told before. (With more
    ``words``, its verb's object too: "تصدت المقاومة لهجمات أخرى".)"""
    after = doc.text[d.trigger.nspan.end : d.trigger.nspan.end + 12 * words].split()[:words]
    return not _ANOTHER.isdisjoint(after)


def _one_group_unplaced(doc: Doc, o: Draft, d: Draft) -> bool:
    """Two reports of one act with no place (see _one_unplaced_act), by one doer, against one group named both
    times that the two codes place in two countries ("Islamic State (Turkey)" told beside Turkey's strikes,
    "Islamic State (Syria)" told in Syria): one group, one act."""
    if not _one_unplaced_act(doc, o, d) or not _compatible(o.actor1, d.actor1):
        return False
    a, b = o.actor2, d.actor2
    if a is None or b is None or not a.code or not b.code or a.code[3:] != b.code[3:]:
        return False
    x, y = (a.name or "").partition(" (")[0], (b.name or "").partition(" (")[0]
    return bool(x) and x == y


_PROGRESS_MADE = frozenset(
    ("احرز", "احرزت", "احرزوا", "حقق", "حققت", "حققوا")
)  # (normalized) "made" progress


def _progress_told_by_its_ground(doc: Doc, o: Draft, d: Draft) -> bool:
    """``o`` is progress made on a front ("أحرزت القوات تقدما في المعارك الدائرة في منطقة X") and ``d``, in the same
    sentence, the ground the same side took ("… أسفرت عن سيطرتها على قرية Y"): one change of hands, at the ground
    taken. (An advance told as the act itself, "تقدمت القوات في X وسيطرت على Y", is not progress made.)"""
    if o.sub_event_type not in TERRITORY or d.sub_event_type != o.sub_event_type:
        return False
    if o.trigger.data["entry"].id != "advance" or d.trigger.data["entry"].id == "advance":
        return False
    if d.clause.sentence != o.clause.sentence or d.clause.start <= o.clause.start or not _same_day(o, d):
        return False
    if o.place_index is None or d.place_index is None or d.inherited_place:
        return False
    if o.actor1 is None or d.actor1 is None or not o.actor1.code or o.actor1.code != d.actor1.code:
        return False
    start = o.trigger.nspan.start - len(o.trigger.data.get("prefix", ""))
    # (the verb of making, maybe before its subject: "وأحرزت المقاومة الشعبية تقدما")
    words = doc.text[max(o.clause.start, start - 64) : start].split()[-6:] + o.trigger.norm.split()[:1]
    return not _PROGRESS_MADE.isdisjoint(w.removeprefix("و") for w in words)


def _day_told_stands(o: Draft, d: Draft) -> bool:
    """``o`` has a day of its own and ``d``, told later, none (only the running date): a retelling of the act on
    the day told first ("… هذه الغارة نفذت الجمعة" then "ما دفع الولايات المتحدة الى توجيه ضربات جوية")."""
    return _own_date(o) and not _own_date(d) and d.date is not None and d.date.basis == "inherited"


def _bare_shelling_of_a_strike(o: Draft, d: Draft) -> bool:
    """A strike and a bare shelling ("قصف أميركي": no shells, guns nor means told) that killed: the strike told
    again, not the tanks' or the guns' fire of their own ("أطلقت الدبابات قذائف")."""
    if {o.sub_event_type, d.sub_event_type} != _SHELLS_OR_STRIKES:
        return False
    shelling = o if o.sub_event_type == "Shelling/artillery/missile attack" else d
    return shelling.means is None and not shelling.weapons and shelling.casualties.fatalities > 0


def _doerless_fight_of(o: Draft, d: Draft) -> bool:
    """``d`` a fight with no doer named, told of the side ``o`` hit (an operation that killed them)."""
    return (
        d.event_type == "Battles"
        and (d.actor1 is None or not d.actor1.code)
        and o.actor2 is not None
        and d.actor2 is not None
        and bool(o.actor2.code)
        and o.actor2.code == d.actor2.code
    )


# the verbs a source goes on with ("وقال المصدر إن …", "وأضافت المصادر أن …"), normalized
_GOES_ON = _SOURCE_VERBS | frozenset(("اضاف", "اضافت", "اوضح", "اوضحت", "تابع", "تابعت"))


def _may_count_again(d: Draft) -> bool:
    """Whether ``d`` counts dead enough to be the same dead told again (see _toll_told_again): the others skip
    the look back."""
    return d.category == "conflict" and d.casualties.explicit and d.casualties.fatalities >= _RETOLD_TOLL


def _toll_told_again(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d`` counts the same dead of the same side as ``o``, a day apart at most: at the same place or one near
    it, or told on by the source of the sentence before ("أفاد مصدر أمني بمقتل 15 مسلحا شمال تكريت. وقال المصدر
    إن قوة من الجيش تمكنت من قتل 15 مسلحا في قرية …"): one act, its dead counted once (ACLED). Not the dead
    counted as others ("وقتل 13 آخرون"), nor the same count at a place of its own in a report of its own."""
    if o.category != "conflict" or not _same_dead(o, d):
        return False
    if not _compatible(o.actor2, d.actor2):
        return False  # (a side hit not named again is the one named: "… مقر لتنظيم داعش")
    if o.clause.sentence == d.clause.sentence or _other_states(o, d) or _others_too(doc, d):
        return False  # (one sentence's dead at the places it names are split among them elsewhere)
    return _one_town_two_names(doc, o, d) or _source_goes_on(doc, o, d)


def _source_goes_on(doc: Doc, o: Draft, d: Draft) -> bool:
    """``d``'s sentence, next to ``o``'s, opens with the source going on ("وقال المصدر إن …")."""
    if d.clause.sentence - o.clause.sentence != 1:
        return False
    start, end = doc.sentences[d.clause.sentence]
    first = (doc.text[start : min(end, start + 16)].split() or [""])[0]
    return first[1:] in _GOES_ON if first.startswith("و") else first in _GOES_ON


def _where_and_when_told(doc: Doc, target: Draft, d: Draft) -> None:
    """The source going on tells where and when the dead it counted fell ("أفاد مصدر أمس بمقتل 15 مسلحا شمال
    تكريت. وقال المصدر إن قوة … قتلت 15 مسلحا في قرية البوعجيل"): its own place, unless the first named a
    place within it ("بوابة الموصل" then "الموصل"), and its own day stand."""
    key, first = _place_key(doc, d), _place_key(doc, target)
    if key is not None and not d.inherited_place and (first is None or key not in first):
        target.place_index, target.inherited_place = d.place_index, False
    if _own_date(d):
        target.date = d.date


def _in_country_of(doc: Doc, target: Draft, d: Draft) -> Draft:
    """``d`` told again in ``target`` at a place of another country: a group of no country it coded by its own
    place is of ``target``'s ("الهجوم الانتحاري من تنفيذ داعش" after the car bomb in كوباني told, retelling the
    bombing in سوروتش: the Islamic State in Turkey)."""
    if target.place_index is None or d.place_index is None:
        return d
    home, there = doc.places[target.place_index], doc.places[d.place_index]
    if home is None or there is None or not home.country or home.country == there.country:
        return d
    moved = {
        role: relocate(a, home.country)
        for role, a in (("actor1", d.actor1), ("actor2", d.actor2))
        if a is not None and a.code and a.code.endswith("REB") and a.code[:3] == there.country
    }
    return dataclasses.replace(d, **moved) if moved else d


def _may_retell(d: Draft, doc: Doc) -> bool:
    """Whether ``d`` can retell any draft (see _retold and _anaphora): only a conflict draft with a carried-over
    place or a definite trigger can; the others skip the look back over every draft kept."""
    return d.category == "conflict" and (
        d.inherited_place
        or _definite(d, doc)
        or _done_it(d)
        or _by_the_aircraft(doc, d)
        or _site_told_before(doc, d) is not None
    )


def _takes_the_act(doc: Doc, target: Draft, d: Draft) -> None:
    """The dead told first (``target``, a toll only) were the victims of the act ``d`` tells: its type, and its
    day when its sentence gives one ("… قتل اول من امس، خلال احدى المعارك")."""
    target.trigger, target.event_type, target.sub_event_type = d.trigger, d.event_type, d.sub_event_type
    dated = _own_date(d) or any(
        c.sentence == d.clause.sentence and c.date is not None and c.date.basis in ("explicit", "relative")
        for c in doc.clauses
    )
    if dated and (not _own_date(target) or _within_the_month(target, d)):
        target.date = d.date  # (and the day within the month told first)


def _precedence(d: Draft) -> int:
    """What ACLED ranks first when two reports of one act are folded; a blast no bomb is named for is what the
    strikes or shells told with it did, not a bombing of its own."""
    if bare_blast(d):
        return PRECEDENCE["Shelling/artillery/missile attack"] - 1
    return PRECEDENCE.get(d.sub_event_type or "", 0)


def _background_of(act: Draft, d: Draft) -> bool:
    """``d``, told in the sentence of ``act`` without dead of its own, is what ``act`` (the one with the dead, its
    main verb) is told against ("قتل 18 مسلحا في كمين …، وذلك غداة هجمات واسعة"): a merge keeps the act's day."""
    return (
        act.clause.sentence == d.clause.sentence
        and act.casualties.explicit
        and act.casualties.fatalities > 0
        and not d.casualties.explicit
        and not _victim_only(act)
    )


def _aircraft_of_a_later_summary(target: Draft, d: Draft) -> bool:
    """``target`` is a shelling told by its own ground fire (قذائف الهاون، الصواريخ) and ``d`` an air strike told
    in a later sentence with no day of its own ("وثقت … ضحايا المخيم، قضى معظمهم في القصف بالبراميل"): the
    aircraft of what went before, not the means of the shelling of the day."""
    return (
        target.sub_event_type == "Shelling/artillery/missile attack"
        and target.means == "artillery"
        and bool(target.weapons)
        and d.sub_event_type == "Air/drone strike"
        and d.clause.sentence != target.clause.sentence
        and not _own_date(d)
    )


def _fold(doc: Doc, target: Draft, d: Draft) -> None:
    if _victim_only(target) and not _victim_only(d):
        _takes_the_act(doc, target, d)
    elif (
        not _victim_only(d)
        and _precedence(d) > _precedence(target)
        and not _aircraft_of_a_later_summary(target, d)
    ):
        # the more specific report says who did what: a territory change names who took it
        target.event_type, target.sub_event_type = d.event_type, d.sub_event_type
        if d.actor1 is not None and d.actor1.code:
            target.actor1, target.actor2 = d.actor1, d.actor2 or target.actor2
            if target.actor2 is not None and target.actor2.code == d.actor1.code:
                # (a battle's two sides may share a code: "هاجم داعش مواقع المعارضة" then "وسيطر داعش على …")
                if target.event_type != "Battles" or _one_side(target.actor2, d.actor1):
                    target.actor2 = None
    if _background_of(target, d):
        pass  # the act keeps its own day, not the one of the acts its sentence tells it after ("غداة هجمات")
    elif _own_date(d) and (
        not _own_date(target) or _within_the_week(target, d) or _act_dated_over_its_telling(doc, target, d)
    ):
        target.date = d.date  # (and the day within the week told first)
    more = _others_too(doc, d) or _each_sides_own(doc, target, d) or _other_sides_dead(doc, target, d)
    _absorb(target, d, toll=True, more=more, accounts=_two_accounts(doc, target, d), doc=doc)


# a toll updated or first told as preliminary, not another account: the later stands
_RISE = ("ارتفع", "ارتفعت", "ارتفاع", "حصيله جديده", "اوليه", "غير نهائيه")
_MORE_THAN = ("اكثر من", "يزيد عن", "يزيد علي")


def _two_accounts(doc: Doc, target: Draft, d: Draft) -> bool:
    """Two sentences count the dead of one act a little apart ("31 شخصا قتلوا" then "قال سكان إن 27 شخصا على
    الاقل قتلوا"): two accounts of the same dead, of which the lower stands (ACLED) — unless the later tells the
    toll risen."""
    a, b = target.casualties, d.casualties
    if not (a.explicit and b.explicit) or len(b.spans) != 1 or target.clause.sentence == d.clause.sentence:
        return False
    # two sources, each named telling its own count ("قالت مصادر طبية إن 33 …" then "وقال التلفزيون إن الجيش قتل
    # 50 …") of one side's dead, give two accounts however far apart — of a toll summed of several counts too,
    # when the later counts as many or more
    # (of the same side's dead; or of the same civilians: "قال المرصد إن عشرة مدنيين قتلوا" then "وأشارت مصادر
    # أخرى إلى مقتل ستة مدنيين")
    apart = _same_victims(target, d) and (_sources_differ(doc, target, d) or _another_source(doc, d))
    if len(a.spans) != 1 and not (apart and b.fatalities >= a.fatalities):
        return False  # (a toll summed of several counts, "13 من الحوثيين … و4 من المقاومة", is no account)
    low, high = sorted((a.fatalities, b.fatalities))
    if low <= 0 or low == high or (3 * low < 2 * high and not apart):
        return False
    if low == 1 and _one_named(doc, a if a.fatalities == low else b):
        return False  # "مقتل قيادي" then "ثمانية عناصر … بينهم": the one named is among them, no account of his own
    if high in _VAGUE_COUNTS or low in _VAGUE_COUNTS:
        return False  # ("العشرات" is 12: no account of its own)
    s, e = (a if a.fatalities == low else b).spans[0]
    if any(w in doc.text[max(0, s - 30) : e] for w in _MORE_THAN):
        return False  # "أكثر من 20 قتيلا": a bound, no account of its own
    told = (doc.sentences[x.clause.sentence] for x in (target, d))
    return not any(w in doc.text[start:end] for start, end in told for w in _RISE)


def _one_named(doc: Doc, cas: Casualties) -> bool:
    """The one dead is counted by his noun alone ("مقتل قيادي"), with no number: one named, no count."""
    return len(cas.spans) == 1 and not numbers_in(doc.text, *cas.spans[0])


def _sources_differ(doc: Doc, target: Draft, d: Draft) -> bool:
    """Each sentence names the source that tells it, and the two are not the same ("المرصد" then "تنظيم داعش")."""
    first, second = _source(doc, target), _source(doc, d)
    if first is None or second is None:
        return False
    first, second = normalize_key(first), normalize_key(second)
    # ("وقال المصدر"، "واضاف البيان": the source named before, going on)
    return first != second and (second.split() or [""])[0] not in _THE_SOURCE_AGAIN


# the last word of a counted toll (normalized) that says whose dead they were: the state's forces, or the armed
# men they fight ("قتل 3 جنود" … "وقتل ارهابي")
_STATE_DEAD = frozenset("جندي جنديا جنديان جنديين جنود الجنود شرطي شرطيا شرطيين شرطيان".split())
_MILITANT_DEAD = frozenset(
    "ارهابي ارهابيا ارهابيين الارهابيين متشدد متشددا متشددين متشددون مسلح مسلحا مسلحين مسلحون متمرد متمردا "
    "متمردين انقلابي انقلابيا انقلابيين تكفيري تكفيريا تكفيريين داعشي داعشيا دواعش".split()
)


def _whose_dead(doc: Doc, d: Draft) -> str | None:
    """ "state" or "militant": whose dead the one count of ``d`` names by its last word, else None."""
    if len(d.casualties.spans) != 1:
        return None
    s, e = d.casualties.spans[0]
    words = doc.text[s:e].split()
    word = (words or [""])[-1].strip('"«»')
    if len(words) == 1 and word not in _STATE_DEAD and word not in _MILITANT_DEAD:
        # "ان «ارهابيا» قتل": the one dead told before the verb that counts him
        word = (doc.text[max(0, s - 20) : s].split() or [""])[-1].strip('"«»')
    return "state" if word in _STATE_DEAD else "militant" if word in _MILITANT_DEAD else None


def _other_sides_dead(doc: Doc, target: Draft, d: Draft) -> bool:
    """A battle's two counts name the dead of its two sides ("قتل 3 جنود في كمين … وقتل ارهابي"): both are
    its dead, added."""
    if not (target.event_type == d.event_type == "Battles" and target.casualties.explicit):
        return False
    if d.casualties.fatalities <= 0 or target.casualties.fatalities <= 0:
        return False
    mine, theirs = _whose_dead(doc, target), _whose_dead(doc, d)
    # (one dead named by his noun alone is counted too: "مشيرا الى ان «ارهابيا» قتل")
    told = d.casualties.explicit or (d.casualties.fatalities == 1 and len(d.casualties.spans) == 1)
    return told and mine is not None and theirs is not None and mine != theirs


# the source named again by a definite common noun (normalized): "المصدر"، "المصادر"، "البيان"
_THE_SOURCE_AGAIN = frozenset("المصدر المصادر البيان المسؤول المتحدث الناطق الخليه الوكاله".split())


def _each_sides_own(doc: Doc, target: Draft, d: Draft) -> bool:
    """Two sources of a battle each count dead of their own ("قتل 29 من الطوارق، بحسب مصدر طوارقي" then "وقال
    مصدر من التبو إن 8 من مقاتليهم قتلوا"): the side whose dead the first counted is not named in the second's
    sentence — other dead, added, no second account of the same."""
    a, b = target.casualties, d.casualties
    if not (target.event_type == d.event_type == "Battles" and a.explicit and b.explicit):
        return False
    if len(a.spans) != 1 or len(b.spans) != 1 or target.clause.sentence == d.clause.sentence:
        return False
    side = target.actor2
    if side is None or not side.name_ar or a.fatalities <= 0 or b.fatalities in (0, a.fatalities):
        return False  # (the same count twice is the same dead told again)
    name = normalize_key(side.name_ar)
    if name in doc.text[a.spans[0][0] : a.spans[0][1]] or not _sources_differ(doc, target, d):
        return False  # (a side named by the dead's own noun, "قتل ضابطا شرطة", is named again by another)
    if doc.text.endswith(" بين ", 0, b.spans[0][0]):
        return False  # "ومن بين قتلى المعارضة ثلاثة قادة": a share of dead told, no more
    start, end = doc.sentences[d.clause.sentence]
    told = doc.text[start:end]
    # (of the side's name, its stem: "للطوارق"; or each of its words, "عناصر حزب الله" named again as "ثمانية
    # عناصر من حزب الله")
    return name.removeprefix("ال") not in told and not all(
        w.removeprefix("ال") in told for w in name.split() if w != "من"
    )


# what says the dead counted are more than those told before (normalized): "وقتل جنديان آخران"
_OTHERS = frozenset(("اخر", "اخري", "اخران", "اخرين", "اخرون", "اخريات", "اخرتان", "اخرتين"))


def _others_too(doc: Doc, d: Draft) -> bool:
    """The dead of ``d`` are counted as others, besides those told before: "وقتل جنديان آخران"."""
    text = doc.text
    return d.casualties.explicit and any(
        (text[e : e + 10].split() or [""])[0] in _OTHERS for _s, e in d.casualties.spans
    )


def _absorb(
    target: Draft, d: Draft, *, toll: bool, more: bool = False, accounts: bool = False, doc: Doc | None = None
) -> None:
    """``d`` is told again in ``target``: it fills the sides ``target`` lacks, gives its evidence and, with
    ``toll``, its higher death toll (a summary's toll is not its detail's, so folds of summaries pass False) —
    or, in a battle where each tells the dead of the other side, the two tolls together; and so when ``more``
    says the dead of ``d`` are others besides those told ("وقتل جنديان آخران"). With ``doc``, the side whose dead a
    toll summed of both sides' counted first is kept, so a lower account of them told later stands."""
    other_side = (
        toll
        and target.event_type == d.event_type == "Battles"
        and target.casualties.explicit
        and d.casualties.explicit
        and target.casualties.fatalities > 0
        and d.casualties.fatalities > 0
        and d.casualties.fatalities != target.casualties.fatalities  # (the same dead told again)
        and _two_sides_lost(doc, target, d)
    )
    if (
        target.sub_event_type
        == d.sub_event_type
        == "Armed clash"  # (who took ground leads a change of hands)
        and target.carried_actor
        and not d.carried_actor
        and d.actor1 is not None
        and target.actor2 is not None
        and d.actor1.code == target.actor2.code
    ):
        # "واستمرت الاشتباكات" (its sides carried from the battles told before) then "حيث لم تستطع ميليشيا حزب
        # الله وجيش النظام التقدم": the side named doing it leads the battle
        target.actor1, target.actor2 = target.actor2, target.actor1
        target.carried_actor = False
    if (
        target.event_type == "Battles"
        and not (target.actor1 and target.actor1.code)
        and target.actor2 is not None
        and d.actor1 is not None
        and d.actor1.code == target.actor2.code
        and d.actor2 is not None
        and d.actor2.code
    ):
        # "مقتل 18 حوثيا خلال تلك المواجهات" (the side that lost men) then "انهم صدوا محاولة الحوثيين": the side
        # told doing it leads the battle, the other faces it (not one side on both ends)
        target.actor2 = d.actor2
    if not (
        target.event_type == "Battles"
        and not (target.actor1 and target.actor1.code)
        and not (d.actor2 and d.actor2.code)
        and target.actor2 is not None
        and d.actor1 is not None
        and d.actor1.code == target.actor2.code
        and not _apart(d.actor1, target.actor2)
    ):
        # (not the side that lost men, told first, named again fighting: "قتل عشرة من عناصر الحزب في كمين" then
        # "وخاض عناصر الحزب معارك": one side on both ends; whom it fought is not told)
        target.actor1 = target.actor1 if target.actor1 and target.actor1.code else d.actor1
    if not (target.actor2 and target.actor2.code):
        # (a battle's sides told the other way round: "هجمات داعش" then "اشتباكات بين الجيش التركي وداعش")
        same = _one_side(d.actor2, target.actor1)
        target.actor2 = d.actor1 if same and target.event_type == "Battles" else d.actor2
        if (
            target.event_type != "Battles"
            and target.actor2 is not None
            and target.actor1 is not None
            and (target.actor2.code == target.actor1.code or _allied(target.actor1, target.actor2))
            and not _target_of_the_doers_code(target, d)
        ):
            # a strike's side told twice, or with its allies ("الولايات المتحدة" … "التحالف"), is not its target
            target.actor2 = None
    if (
        target.event_type == "Battles"
        and (target.actor1 is None or not target.actor1.code)
        and d.actor2 is not None
        and (d.actor2.code or "")[3:] in ("MIL", "REB", "UAF")
        and target.actor2 is not None
        and d.actor2.code != target.actor2.code
    ):
        # "قتل 25 مقاتلا من المعارضة …" then "مقتل تسعة من قوات النظام في الاشتباكات": each told the side
        # that lost men; a battle's two sides are both
        target.actor1 = d.actor2
    if target.event_type == "Battles" and _allied(target.actor1, target.actor2):
        # "القوات الموالية لهادي" told with the coalition: sides that fight together are no two sides of it
        target.assoc.append(target.actor2)
        target.actor2 = None
        target.spans = [("assoc_actor" if r == "actor2" else r, s, e) for r, s, e in target.spans]
    if target.place_index is None and d.place_index is not None:
        target.place_index, target.inherited_place = (
            d.place_index,
            d.inherited_place,
        )  # where it was, told later
    lower_side = doc is not None and toll and _first_sides_lower_account(doc, target, d)
    if doc is not None and toll and not more and _one_and_others(doc, target, d):
        more = True  # "اعدم التنظيم الشيخ فلان … واعتقل 15 خياطا … واعدم اربعة منهم": five dead
        if not target.casualties.explicit:
            target.casualties.explicit = True  # (so the one is kept and the others added)
    if doc is not None and toll and (more or other_side) and target.casualties.explicit:
        side = _whose_count(doc, target)
        if side is not None and target.event_type == "Battles":
            target.first_side = (side, target.casualties.fatalities, target.casualties.spans[0])
    if toll and more and target.casualties.explicit:
        target.casualties.add(d.casualties)  # "فقتلوا خمسة جنود. وقتل جنديان آخران": seven
    elif other_side:
        # "قتل 25 مقاتلا من المعارضة …" then "مقتل تسعة من قوات النظام في الاشتباكات": both sides' dead (an
        # armed side's, fighters even when the count names no noun)
        detail = target.casualties.detail
        target.casualties.add(d.casualties)
        if not ("combatants" in d.casualties.detail or "civilians" in d.casualties.detail):
            detail["combatants"] = detail.get("combatants", 0) + d.casualties.fatalities
    elif toll and accounts:
        if d.casualties.fatalities < target.casualties.fatalities:
            target.casualties = d.casualties  # (the lower of two accounts of the same dead stands: ACLED)
    elif toll and lower_side:
        # "أفادت المعارضة بمقتل 50 عنصرا لقوات النظام" + "قتل 25 مقاتلا من المعارضة" then "كما أفاد المرصد عن
        # مقتل تسعة من قوات النظام": of the regime's dead the lower account stands, the rebels' stay: 9 + 25
        side, count, span = target.first_side
        cas, lower = target.casualties, d.casualties.fatalities
        cas.fatalities -= count - lower
        if cas.detail.get("combatants", 0) >= count:
            cas.detail["combatants"] -= count - lower
        cas.spans = [d.casualties.spans[0] if s == span else s for s in cas.spans]
        target.first_side = (side, lower, d.casualties.spans[0])
    elif (
        toll
        and doc is not None
        and target.casualties.explicit
        and d.casualties.explicit
        and target.first_side
        is None  # (not a toll summing both sides' dead: each side's account is kept apart)
        and not _SHARE_OF_THE_DEAD.search(
            doc.text, max(0, d.casualties.spans[0][0] - 40), d.casualties.spans[0][0]
        )
        and _doers_claim(doc, target) != _doers_claim(doc, d)
    ):
        # one toll is the doer's own claim of the dead it made ("وقال التنظيم في بيان ان مقاتليه … وقتلوا 50
        # مقاتلا"), the other another source's account of the same act: the lower stands (ACLED), not the higher
        if d.casualties.fatalities < target.casualties.fatalities:
            target.casualties = d.casualties
    elif (
        toll
        and d.casualties.fatalities > target.casualties.fatalities
        and not _count_over_estimate(target, d)
    ):
        target.casualties = d.casualties
    target.spans.extend(d.spans)


def _target_of_the_doers_code(target: Draft, d: Draft) -> bool:
    """``d`` tells the doer of ``target`` again and, apart from it, a target of its code under another name ("فجر
    تنظيم داعش سيارتين" then "فجروا سيارتين استهدفتا حاجزين لوحدات حماية الشعب"): a group hit, not the doer."""
    a1, a2 = d.actor1, d.actor2
    return (
        a1 is not None
        and a2 is not None
        and target.actor1 is not None
        and a1.code == a2.code == target.actor1.code
        and bool(a1.name and a2.name)
        and a1.name == target.actor1.name
        and a2.name != a1.name
    )


# (normalized) a share of the dead counted after it: "من بين قتلى قوات النظام سبعة ضباط" — no count of them all
_SHARE_OF_THE_DEAD = re.compile(r"(?<!\w)(?:من )?بين (?:ال)?(?:قتلي|القتلي|الضحايا|الشهداء)(?!\w)")
_CLAIMANT_REACH = 30  # characters from the verb of saying to the side that says it ("قال تنظيم داعش")


def _doers_claim(doc: Doc, d: Draft) -> bool:
    """The toll of ``d`` is told by its doer: the side that says it in the sentence that counts the dead (the
    subject of its verb of saying, "وقال تنظيم داعش في بيان ان مقاتليه … وقتلوا 50 مقاتلا") is the one whose act
    it is — a fighting side's claim of the dead it made, not an account by others."""
    cas = d.casualties
    if d.actor1 is None or d.actor1.span is None or not cas.spans:
        return False
    counted_at = cas.spans[0][0]
    sentence = next((i for i, (s, e) in enumerate(doc.sentences) if s <= counted_at < e), None)
    if sentence is None:
        return False
    doer = next(
        (
            m.data["entry"].id
            for m in doc.mentions
            if m.kind == "actors" and doc.norm.raw_span(m.nspan.start, m.nspan.end) == d.actor1.span
        ),
        None,
    )
    if doer is None:
        return False
    actors = [a for c in doc.clauses if c.sentence == sentence for a in c.of("actors")]
    text = doc.text
    for m in _source_cues(doc).get(sentence, ()):
        if m.norm.removeprefix("و") not in _SOURCE_VERBS or m.nspan.start > counted_at:
            continue
        said_by = next(
            (a for a in actors if m.nspan.end <= a.nspan.start <= m.nspan.end + _CLAIMANT_REACH), None
        )
        if said_by is not None and text[m.nspan.end : said_by.nspan.start].split()[:2] in ([], ["تنظيم"]):
            return said_by.data["entry"].id == doer
    return False


def _count_over_estimate(target: Draft, d: Draft) -> bool:
    """``target`` counts its dead by a number told ("عثر على جثتي عنصرين") and ``d`` only by ACLED's estimate for
    dead told with no number of their own ("قتل وأصيب سبعة"، "سقط قتلى": 3): the count told stands."""
    return target.casualties.explicit and target.casualties.fatalities > 0 and not d.casualties.explicit


def _one_and_others(doc: Doc, target: Draft, d: Draft) -> bool:
    """One draft counts the death of one, told with no number ("اعدم التنظيم الشيخ فلان"), the other a number
    of a group ("واعدم اربعة منهم", of the men named before them): other dead than the one, added."""
    one, part = (target, d) if not target.casualties.explicit else (d, target)
    if one.casualties.explicit or one.casualties.fatalities != 1 or not part.casualties.explicit:
        return False
    if len(part.casualties.spans) != 1 or part.casualties.fatalities < 2:
        return False
    e = part.casualties.spans[0][1]
    return (doc.text[e : e + 8].split() or [""])[0].rstrip('».,،"') in _OF_THEM


def _two_sides_lost(doc: Doc | None, target: Draft, d: Draft) -> bool:
    """The two drafts count the dead of two armed sides: each its side hit, or with ``doc`` the side named right
    after its count ("عن مقتل 26 عنصرا من التنظيم", its sides not told in that clause)."""
    mine = _lost_by(target) if doc is None else _whose_count(doc, target)
    if mine is None:
        return False
    theirs = _lost_by(d) if doc is None else _whose_count(doc, d)
    return theirs is not None and theirs != mine


def _whose_count(doc: Doc, d: Draft) -> str | None:
    """The armed side whose dead the one count of ``d`` counts: the side named right after it ("مقتل تسعة من
    قوات النظام"، "50 عنصرا لقوات النظام"), else the side it hit."""
    if len(d.casualties.spans) != 1:
        return None
    end, text = d.casualties.spans[0][1], doc.text
    for r, s, e in d.spans:
        if r not in ("actor1", "actor2") or not end <= s <= end + 16:
            continue
        words = text[end:s].split()
        if words[-1:] == ["من"] or (words and words[-1].startswith("ل")):
            # (of the sides, the one named there: the roles its evidence was noted under may have turned since)
            for a in (d.actor1, d.actor2):
                if _lost_by_side(a) and normalize_key(a.name_ar or "") == text[s:e]:
                    return a.code
            if (d.actor1 is None) != (d.actor2 is None):
                # ("عن مقتل 20 عنصرا من التنظيم", its one side named before by its full name): that side
                a = d.actor1 or d.actor2
                if _lost_by_side(a):
                    return a.code
    return _lost_by(d)


def _first_sides_lower_account(doc: Doc, target: Draft, d: Draft) -> bool:
    """``d``, told by another source in a sentence of its own, counts fewer dead of the side whose dead
    ``target``'s summed toll counted first: another account of the same dead, not more of them ("وقتل جنديان
    آخران", "ومن بين القتلى") nor a bound ("أكثر من")."""
    first, b = target.first_side, d.casualties
    if first is None or not b.explicit or len(b.spans) != 1 or not 0 < b.fatalities < first[1]:
        return False
    if _whose_count(doc, d) != first[0] or target.clause.sentence == d.clause.sentence or _others_too(doc, d):
        return False
    s, e = b.spans[0]
    before = doc.text[max(0, s - 30) : s]
    if " بين " in before or " منهم" in before or any(w in before for w in _MORE_THAN):
        return False
    start, end = doc.sentences[d.clause.sentence]
    return _sources_differ(doc, target, d) and not any(w in doc.text[start:end] for w in _RISE)


def _allied(a: Any, b: Any) -> bool:  # two Actor | None
    """Sides that fought together in the wars of the day (conflict._BLOCS, by their code and name: Saleh's forces
    and forces of no side named are YEMMIL too, under other names than Hadi's army)."""
    return a is not None and b is not None and allied_actors(a, b)


def _lost_by(d: Draft) -> str | None:
    """The armed side whose dead the draft counts: its target (the side hit), when coded."""
    return d.actor2.code if _lost_by_side(d.actor2) else None


def _another_source(doc: Doc, d: Draft) -> bool:
    """``d``'s source is told as another than the one before ("وأشارت مصادر أخرى"، "وقال مصدر آخر")."""
    span = _source_span(doc, d)
    return span is not None and any(w in _ANOTHER for w in span[2][1:3])


_ANOTHER = frozenset(("اخري", "اخر", "اخرون", "اخرين"))


def _same_victims(target: Draft, d: Draft) -> bool:
    """Both count the dead of one side: the same armed side, or the civilians of one country."""
    if _lost_by(target) is not None:
        return _lost_by(target) == _lost_by(d)
    a, b = target.actor2, d.actor2
    return a is not None and b is not None and a.code == b.code and (a.code or "").endswith("CVL")


def _lost_by_side(a: Any) -> bool:  # Actor | None
    """An armed side, coded: one whose men fall in battle."""
    return a is not None and bool(a.code) and a.code[3:] in ("MIL", "REB", "UAF")


_VAGUE_COUNTS = frozenset(VAGUE.values())
_RETOLD_TOLL = 5  # dead enough that two acts of one kind with the same toll are one act told twice


def _same_toll(o: Draft, d: Draft) -> bool:
    """``d`` names no place of its own and counts the same dead as an act of its kind told a day apart: the
    same act told again ("… الهجوم الانتحاري الاثنين … واوقع 32 قتيلا" then "وكان الاقليم نفسه قد شهد تفجيرا
    انتحاريا امس الاول اسفر عن مقتل 32 شخصا")."""
    if not d.inherited_place or o.category != "conflict" or o.sub_event_type != d.sub_event_type:
        return False
    if not _actors_compatible(o, d):
        return False
    if d.casualties.fatalities == 0 and d.sub_event_type == "Suicide bomb":
        # a suicide bombing named again with no dead of its own ("صور تفجير انتحاري وقع قبل يومين") is that one
        return _within_a_day(o, d)
    return _same_dead(o, d)


def _same_day(o: Draft, d: Draft) -> bool:
    return (o.date.iso() if o.date else None) == (d.date.iso() if d.date else None)
