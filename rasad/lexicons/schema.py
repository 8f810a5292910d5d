"""Schemas of the lexicon data files in ``rasad/lexicons/ar/``.

Each file is a YAML list of entries (mappings). Every entry has a unique ``id``, a list of surface ``forms``
(or ``aliases`` for actors) written as in the news, and at least one real Arabic ``example`` phrase in which
one of its forms occurs: the tests run every example through the matcher. Forms are normalized at load time
(``rasad.text.normalize.normalize_key``), so they may be written with hamza and ة as in print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Arrests",
        "Looting/property destruction",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Change to group/activity",
        "Agreement",
        "Other",
    ),
}

PLOVER_TYPES = (
    "CONSULT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "AGREE",
    "SUPPORT",
    "AID",
    "SANCTION",
    "MOBILIZE",
    "CONCEDE",
    "COOPERATE",
    "RETREAT",
    "DISAPPROVE",
    "ASSAULT",
    "COERCE",
)

ACTOR_ROLES = ("MIL", "GOV", "REB", "UAF", "CVL", "OPP", "IGO", "PTY", "MED", "JUD")


@dataclass(frozen=True)
class Field:
    type: type | tuple[type, ...]
    required: bool = False
    choices: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class Schema:
    name: str
    forms_key: str  # the key holding the surface forms
    fields: dict[str, Field] = field(default_factory=dict)


_COMMON = {
    "id": Field(str, required=True),
    "example": Field((str, list), required=True),
    "note": Field(str),
}

SCHEMAS: dict[str, Schema] = {
    "triggers": Schema(
        "triggers",
        "forms",
        {
            **_COMMON,
            "forms": Field(list, required=True),
            "category": Field(str, required=True, choices=("conflict", "political")),
            "event_type": Field(str, choices=tuple(ACLED_TYPES)),
            "sub_event_type": Field(str),
            "plover_type": Field(str, choices=PLOVER_TYPES),
            # verbal forms accept the future سـ (سيزور) and attached object pronouns
            "pos": Field(str, required=True, choices=("verb", "noun")),
            # trigger needs a nearby actor or victim to count (e.g. استهدف alone is too vague)
            "weak": Field(bool),
            # counts only with a weapon named within a few words after it: أطلقت الميليشيات قذائف (not أطلق
            # سراح، تطلق على نفسها، أطلق مبادرة); or with a charge named after its object: اعتبرت الهجوم
            # انتهاكا (not اعتبر أن …)
            "needs": Field(str, choices=("weapon", "charge")),
            # passive / victim-first verbs: قتل (qutila), استشهد — the grammatical subject is the victim
            "voice": Field(str, choices=("active", "passive", "victim")),
            # the trigger also implies an instrument: air, artillery, ied, suicide …
            "means": Field(str),
            "status": Field(str, choices=("occurred", "planned", "ongoing", "historical", "denied")),
        },
    ),
    "actors": Schema(
        "actors",
        "aliases",
        {
            **_COMMON,
            "aliases": Field(list, required=True),
            "code": Field((str, type(None)), required=True),
            "name": Field(str, required=True),
            "inter": Field(int, required=True, choices=(1, 2, 3, 4, 5, 6, 7, 8)),
            "country": Field((str, type(None)), required=True),
            "means": Field(str, choices=("air", "ground", "naval")),
            # a generic agent (الطائرات الحربية) that stays unattributed unless the context attributes it
            "generic": Field(bool),
            # for a country-less code: the role it takes in some countries ({YEM: UAF})
            "by_country": Field(dict),
            # for a country-less code: in the countries named, a side the forces of one of the states listed fight
            # is that state's insurgency sheltering across its border ({IRQ: [TUR, IRN]}: Kurdish gunmen Turkish
            # jets strike in northern Iraq are the PKK, Turkey's rebels)
            "foe_home": Field(dict),
            # names that are this actor's only in an article about its country: bare المقاومة is Yemen's Popular
            # Resistance in a Yemen report, Hezbollah in a Lebanese one
            "local_aliases": Field(list),
            # the other countries whose reports name it by its local aliases too: a group of one home fighting
            # across a border (bare حركة الشباب is Al-Shabaab in a Kenyan report as in a Somali one)
            "local_countries": Field(list),
        },
    ),
    "victims": Schema(
        "victims",
        "forms",
        {
            **_COMMON,
            "forms": Field(list, required=True),
            "group": Field(
                str,
                required=True,
                choices=(
                    "civilian",
                    "child",
                    "woman",
                    "man",
                    "person",
                    "combatant",
                    "journalist",
                    "aid_worker",
                ),
            ),
            "number": Field(str, required=True, choices=("singular", "dual", "plural")),
            # the side such a victim belongs to (an actors-lexicon id): "ثمانية حوثيين" are Houthis
            "side": Field(str),
            # the forms are also adjectives of things, whose feminine (ة) is the adjective and no victim: "الخلية
            # الإعلامية"، "مصادر صحفية" (not so عسكرية: "السيارة العسكرية" says whose the target was)
            "adjective": Field(bool),
        },
    ),
    "weapons": Schema(
        "weapons",
        "forms",
        {
            **_COMMON,
            "forms": Field(list, required=True),
            "weapon": Field(str, required=True),
            "means": Field(
                str,
                required=True,
                choices=("air", "artillery", "ied", "suicide", "grenade", "chemical", "small_arms", "drone"),
            ),
        },
    ),
    "place_types": Schema(
        "place_types",
        "forms",
        {
            **_COMMON,
            "forms": Field(list, required=True),
            "kind": Field(
                str,
                required=True,
                choices=(
                    "settlement",
                    "district",
                    "region",
                    "area",
                    "direction",
                    "facility",
                    "front",
                    "country",
                ),
            ),
            "plural": Field(bool),
        },
    ),
    "cues": Schema(
        "cues",
        "forms",
        {
            **_COMMON,
            "forms": Field(list, required=True),
            "kind": Field(
                str,
                required=True,
                choices=(
                    "source",
                    "planned",
                    "denied",
                    "historical",
                    "killed",
                    "injured",
                    "casualties",
                    "result",
                    "negation",
                    "statistic",
                ),
            ),
        },
    ),
}
