"""Actor mentions → :class:`rasad.model.Actor`, with the country filled in from the article where the
lexicon leaves it open (jihadist groups active in several countries, plain "civilians")."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from typing import Any

from rasad.match.names import ARTICLE_LAM, state_of_nationality, state_of_nationality_word
from rasad.model import INTER_EXTERNAL, INTER_STATE, Actor, Mention, builder
from rasad.text.normalize import normalize_key

ROLE_NAMES = {
    "MIL": "Military Forces of {c}",
    "GOV": "Government of {c}",
    "REB": "Rebel/insurgent groups ({c})",
    "UAF": "Militias ({c})",
    "CVL": "Civilians ({c})",
    "OPP": "Opposition ({c})",
}
ROLE_INTER = {"MIL": 1, "GOV": 1, "REB": 2, "UAF": 3, "CVL": 7, "OPP": 6}

COUNTRY_NAMES = {
    "SYR": "Syria",
    "IRQ": "Iraq",
    "YEM": "Yemen",
    "LBY": "Libya",
    "LBN": "Lebanon",
    "PSE": "Palestine",
    "ISR": "Israel",
    "SDN": "Sudan",
    "SSD": "South Sudan",
    "SOM": "Somalia",
    "EGY": "Egypt",
    "JOR": "Jordan",
    "SAU": "Saudi Arabia",
    "ARE": "United Arab Emirates",
    "QAT": "Qatar",
    "KWT": "Kuwait",
    "BHR": "Bahrain",
    "OMN": "Oman",
    "TUR": "Turkey",
    "IRN": "Iran",
    "RUS": "Russia",
    "USA": "United States",
    "FRA": "France",
    "GBR": "United Kingdom",
    "DEU": "Germany",
    "TUN": "Tunisia",
    "DZA": "Algeria",
    "MAR": "Morocco",
    "AFG": "Afghanistan",
    "PAK": "Pakistan",
    "NGA": "Nigeria",
    "NER": "Niger",
    "TCD": "Chad",
    "CMR": "Cameroon",
    "MLI": "Mali",
    "CHN": "China",
}


def actor_from_mention(
    m: Mention, *, raw: str, country: str | None, event_country: str | None = None
) -> Actor:
    """The actor a lexicon mention names; ``country`` completes country-less codes (``REB`` → ``SYRREB``)."""
    e = m.data["entry"]
    code = e.get("code")
    name = e.get("name")
    inter = e.get("inter")
    ctry = e.get("country")
    if code == "CVL":
        # civilians named with their nationality are that state's wherever they are: "مدنيين عراقيين" in Istanbul
        country = nationality_after(raw, m.span.end) or country
    if code is not None and len(code) == 3 and not code.startswith("IGO") and code != "INT":
        # a role without a country: the group is coded to the country where the event happens
        role = (e.get("by_country") or {}).get(country or "")
        if role:
            code = role
            name = ROLE_NAMES.get(role, name or "{c}")
            inter = ROLE_INTER.get(role, inter)
        if country:
            cname = COUNTRY_NAMES.get(country, country)
            if code == "CVL":
                name = f"Civilians ({cname})"
            elif name and "{c}" in name:
                name = name.format(c=cname)
            elif name and not name.endswith(")"):
                name = f"{name} ({cname})"
            code = country + code
            ctry = country
        else:
            code = None  # a role without a known country is no code (the name still says who)
    if (
        inter == INTER_STATE
        and ctry
        and event_country
        and ctry != event_country
        and code is not None
        and code.endswith("MIL")
    ):
        inter = INTER_EXTERNAL  # state forces acting outside their country: ACLED's external forces
    return _new_actor(
        code=code, name=name, name_ar=name_as_written(m, raw), inter=inter, country=ctry, span=m.span
    )


_NEXT_WORD = re.compile(r" ([\u0621-\u064a]+)(?![\u0621-\u064a])")


def nationality_after(raw: str, end: int) -> str | None:
    """The state whose nationality the adjective right after a noun names (in any of its forms: "مدنيين عراقيين"،
    "المواطنين الاتراك"، "مواطنتين تركيتين"), or None."""
    if raw[end : end + 1] != " ":
        return None  # ("مدنيين، عراقيين": no adjective of theirs after a mark)
    m = _NEXT_WORD.match(" " + normalize_key(raw[end : end + 24]))
    return state_of_nationality_word(m.group(1)) if m else None


def name_as_written(m: Mention, raw: str) -> str:
    """The side's name as the text writes it, with its article where the clitic li- took in its lam and dropped
    its alif: "للنظام السوري" names "النظام السوري" (matched without its article), "للمعارضة" names "المعارضة"
    (a mention that opens with the lam that stands for the article)."""
    text = m.span.text(raw)
    if m.data.get(ARTICLE_LAM):
        return "ا" + text
    if m.data.get("prefix", "").endswith("لل") and not m.norm.startswith("ال"):
        return "ال" + text
    return text


_new_actor = builder(Actor)  # (Actor(...) as rasad.model.builder makes it: the actors named, ten an article)


def _recast(actor: Actor, role: str, new_role: str, name: str, inter: int | None) -> Actor:
    code = actor.code or ""
    if len(code) != 6 or not code.endswith(role) or not actor.country:
        return actor
    cname = COUNTRY_NAMES.get(actor.country, actor.country)
    return dataclasses.replace(actor, code=code[:3] + new_role, name=name.format(c=cname), inter=inter)


def as_armed(actor: Actor) -> Actor:
    """The political opposition named as a fighting side is its armed wing: SYROPP → SYRREB."""
    return _recast(actor, "OPP", "REB", "Rebels ({c})", 2)


def as_military(actor: Actor) -> Actor:
    """A government named as the agent of violence acts through its forces: RUSGOV → RUSMIL."""
    return _recast(actor, "GOV", "MIL", "Military Forces of {c}", actor.inter)


def as_police(actor: Actor) -> Actor:
    """A government named as the one who arrests acts through its police (ACLED's "Police Forces of …", a
    state force): TURGOV → TURMIL."""
    return _recast(actor, "GOV", "MIL", "Police Forces of {c}", actor.inter)


def relocate(actor: Actor, country: str) -> Actor:
    """``actor`` coded to another country (its role kept): ``IRQREB`` → ``SYRREB``. A state's own forces or
    government, named as that state's ("Military Forces of Turkey": الطيران التركي, أنقرة as the one who
    strikes), stay that state's wherever they act: Turkish jets over Erbil are TURMIL, never IRQMIL. Only a
    side whose country was filled in from where it acted ("Military Forces (Turkey)" for a bare الجيش, "Islamic
    State (Iraq)") moves."""
    old = COUNTRY_NAMES.get(actor.country or "", actor.country or "")
    if (
        actor.code
        and actor.code.endswith(("MIL", "GOV"))
        and actor.name
        and (f" of {old}" in actor.name or f" of the {old}" in actor.name)
    ):
        return actor
    new = COUNTRY_NAMES.get(country, country)
    name = actor.name.replace(f"({old})", f"({new})") if actor.name and old else actor.name
    code = country + actor.code[3:] if actor.code else None
    return dataclasses.replace(actor, code=code, name=name, country=country)


def insurgents_of_the_foe(side: Actor | None, m: Mention | None, foe: Actor | None, raw: str) -> Actor | None:
    """``side``, a group of no country the lexicon says shelters across a border (its ``foe_home``), coded to the
    state whose forces ``foe`` fight it there: "قصفت مقاتلات تركية أهدافا للمسلحين الأكراد في شمال العراق" — the
    Kurdish gunmen Turkish jets strike in Iraq are Turkey's insurgents (the PKK, TURREB), not Iraq's; elsewhere,
    or fought by anyone else (the Peshmerga's Kurdish fighters against the Islamic State), ``side`` as it was."""
    if side is None or m is None or foe is None or m.kind != "actors" or not side.country:
        return side
    homes = (m.data["entry"].get("foe_home") or {}).get(side.country)
    state = foe.country
    if (
        not homes
        or state not in homes
        or state == side.country
        or not (foe.code or "").endswith(("MIL", "GOV"))
        or not (foe.code or "").startswith(state)
    ):
        return side
    return actor_from_mention(m, raw=raw, country=state)


def _of_country(country: str | None, role: str, label: str, inter: int) -> Actor:
    """ACLED's "Label (Country)" actor with the role's code (SYRCVL, Civilians (Syria)); no code without a
    country."""
    cname = COUNTRY_NAMES.get(country or "", country or "")
    return Actor(
        code=f"{country}{role}" if country else None,
        name=f"{label} ({cname})" if country else label,
        inter=inter,
        country=country,
    )


def civilians(country: str | None) -> Actor:
    return _of_country(country, "CVL", "Civilians", 7)


def protesters(country: str | None) -> Actor:
    """ACLED's Protesters (Country): an unarmed crowd, coded with the opposition role (OPP)."""
    return _of_country(country, "OPP", "Protesters", 6)


def rioters(country: str | None) -> Actor:
    """ACLED's Rioters (Country): a crowd that fights the forces or does violence, coded with the role of a crowd
    (OPP), as protesters are."""
    return _of_country(country, "OPP", "Rioters", 5)


def _forces_of(country: str, label: str) -> Actor:
    """ACLED's "Label of Country", a state force coded with the state's military (SYRMIL)."""
    return Actor(
        code=f"{country}MIL",
        name=f"{label} of {COUNTRY_NAMES.get(country, country)}",
        inter=1,
        country=country,
    )


def police_forces(country: str) -> Actor:
    """The state's police (ACLED's "Police Forces of …", a state force coded with its military: TURMIL)."""
    return _forces_of(country, "Police Forces")


def state_forces(country: str) -> Actor:
    """The state's military forces of ``country`` (SYRMIL, Military Forces of Syria)."""
    return _forces_of(country, "Military Forces")


def army_named_before(doc: Any, m: Mention) -> str | None:
    """The country of the army named with its country just before ``m``, the army of no country ("الجيش"،
    "قوات الجيش"), which goes on about it: "ونفى ضابط ان الجيش الاسرائيلي قام …، واوضح ان الجيش اخطا" in a
    report whose country is Syria. The army named last, in the paragraph and at most ``_ARMY_REACH`` characters
    before, decides; a bare army named there in turn goes on about the one before it. (Only an army:
    "القوات الحكومية" after "طائرات التحالف" are not the coalition's.)"""
    if "جيش" not in m.norm:
        if "حكوم" in m.norm or m.data["entry"].get("code") != "MIL":
            return None  # ("القوات الحكومية": what others call a state's forces)
        return _told_by_its_media(doc.text, m.nspan.start) or _told_by_its_state(doc, m)
    armies = doc.memo.get("armies_named")
    if armies is None:
        # (end, country or None for a bare army) of every army named, in order
        armies = doc.memo["armies_named"] = [
            (x.nspan.end, x.data["entry"].get("country"))
            for x in doc.mentions
            if x.kind == "actors" and "جيش" in x.norm and (x.data["entry"].get("code") or "").endswith("MIL")
        ]
    text = doc.text
    at = m.nspan.start
    for end, country in reversed(armies):
        if end > at:
            continue
        if at - end > _ARMY_REACH or "\n" in text[end:at]:
            break
        if country:
            return country
        at = end  # a bare army: the one before it
    return _told_by_its_media(text, m.nspan.start) or _told_by_its_state(doc, m)


# a state's own media, named with its nationality, telling of "the army" in the sentence: "ذكرت الوكالة الوطنية
# للاعلام اللبنانية ان دورية من مخابرات الجيش اوقفت …"، "افادت وسائل اعلام اسرائيلية بان الجيش قصف …"، or the
# source it quotes: "نقل التلفزيون السوري الرسمي عن مصدر عسكري قوله: «ان وحدة من الجيش …»" (normalized; not a news
# agency of a state, which reports on every war: وكالة الانباء الفرنسية)
_MEDIA_TELLING = re.compile(
    r"(?:وسائل (?:ال)?اعلام|الاعلام|التلفزيون|التلفزه|الاذاعه|الوكاله الوطنيه للاعلام)"
    r"(?: (?:ال)?رسمي(?:ه)?)? (ال[\u0621-\u064a]{3,}ي(?:ه)?|[\u0621-\u064a]{3,}يه)(?: (?:ال)?رسمي(?:ه)?)?"
    r"(?: (?:نقلا )?عن (?:مصدر|مصادر)(?: [\u0621-\u064a]+){0,2}? قول(?:ه|ها|هم):?)?"
    r" [\"«]?(?:ان|انه|بان|بانه)(?![\u0621-\u064a])"
)
_MEDIA_REACH = 60  # characters from the word of saying to the army it tells of


def _told_by_its_media(text: str, at: int) -> str | None:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - 200)
    country = None
    for g in _MEDIA_TELLING.finditer(text, start, at):
        if at - g.end() <= _MEDIA_REACH:
            adjective = g.group(1)
            country = state_of_nationality(adjective if adjective.startswith("ال") else "ال" + adjective)
    return country


_ARMY_REACH = 400  # characters from an army named to the bare army that goes on about it

# the word that hands what follows to the one who says it: "اعلنت الوزاره ان …"، "وافادت بان …" (normalized)
_THAT = re.compile(r"(?<![\u0621-\u064a])(?:ان|انه|بان|بانه)(?![\u0621-\u064a])")
# the words before a state that make it a place, not a sayer: "قال مسؤول في تركيا ان …"
_BEFORE_A_PLACE = frozenset(("في", "الي", "من", "علي", "عن", "داخل", "نحو", "مع", "ضد", "حول", "قرب", "عبر"))
# a word of telling at most three words before the one who tells: "اعلنت المنسقيه العامه لرئاسه الوزراء التركيه"
_TELLS_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:اعلن|قال|افاد|ذكر|اكد|اوضح|اشار|صرح|اضاف)(?:ت)?"
    r"(?: [\u0621-\u064a]+){0,3}$"
)


def _tells(text: str, x: Mention) -> bool:
    """The state ``x`` is named as the one who tells, not as a place ("في تركيا"، "بتركيا")."""
    prefix = x.data.get("prefix") or ""
    if prefix.endswith("ب"):
        return False
    before = text[max(0, x.nspan.start - len(prefix) - 50) : x.nspan.start - len(prefix)].rstrip()
    return before.rsplit(" ", 1)[-1] not in _BEFORE_A_PLACE and _TELLS_BEFORE.search(before) is not None


def _told_by_its_state(doc: Any, m: Mention) -> str | None:
    """ "اعلنت رئاسة الوزراء التركية ان القوات المسلحة قصفت …"، "اعلنت وزارة الدفاع الاردنية … . وافادت الوزارة ان
    سلاح الجو قصف …": the bare forces a state's government (named with its state) tells of, in the sentence or
    the one before, are that state's own. Not a state named as a place ("في تركيا"، "بتركيا"), nor a foreign
    ministry (which speaks of other states' forces); an army or a ministry of defence named with its state tells
    of its own forces as well; in the sentence before only if the sentence names no
    other side of a state before the forces. The state is the one who tells: a word of telling stands at most
    three words before it ("اعلنت المنسقية العامة لرئاسة الوزراء التركية")."""
    sayers = doc.memo.get("states_telling")
    if sayers is None:
        sayers = doc.memo["states_telling"] = [
            (x.nspan.start, x.nspan.end, x.data["entry"].get("country"))
            for x in doc.mentions
            if x.kind == "actors"
            and (x.data["entry"].get("code") or "").endswith(("GOV", "MIL"))
            and x.data["entry"].get("country")
            and "خارجيه" not in x.norm
            and _tells(doc.text, x)
        ]
    if not sayers:
        return None
    at = m.nspan.start
    starts = doc.memo.get("sentence_starts")
    if starts is None:
        starts = doc.memo["sentence_starts"] = [a for a, _ in doc.sentences]
    k = bisect_right(starts, at) - 1
    here = starts[k] if k >= 0 else 0
    before = starts[k - 1] if k >= 1 else here
    text = doc.text
    if not _THAT.search(text, here, at):
        return None  # (the forces are not in what is told)
    for start, end, country in reversed(sayers):
        if end > at:
            continue
        if start < before:
            break
        if start < here and len({c for a, _, c in sayers if before <= a < here}) > 1:
            return None  # (two states in the sentence before: "التقى وزير الدفاع التركي نظيره العراقي")
        if start < here and any(
            here <= x.nspan.start < at and len(x.data["entry"].get("code") or "") == 6
            for x in doc.mentions
            if x.kind == "actors"
        ):
            return None  # (another side of a state named in the sentence before the forces)
        if _THAT.search(text, end, at):
            return country
        return None
    return None


def is_generic(m: Mention) -> bool:
    return bool(m.data["entry"].get("generic")) or m.data["entry"].get("code") is None


def means_of(m: Mention) -> str | None:
    """The means the mention names (aircraft: "air"): its own ("طائرات تركية") or its entry's."""
    return m.data.get("means") or m.data["entry"].get("means")
