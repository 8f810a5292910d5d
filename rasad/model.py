"""Value objects shared by every stage: articles in, events out.

All are frozen dataclasses. ``to_dict()`` gives the JSON record documented in the evaluation README
(``../shared/eval/README.md``) plus rasad's own extra fields (evidence roles, precision codes, ACLED codes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

# ACLED "inter" codes (actor types), as in ACLED's codebook.
INTER_STATE = 1
INTER_REBEL = 2
INTER_POLITICAL_MILITIA = 3
INTER_IDENTITY_MILITIA = 4
INTER_RIOTERS = 5
INTER_PROTESTERS = 6
INTER_CIVILIANS = 7
INTER_EXTERNAL = 8

# ACLED time_precision: 1 day, 2 week (or a few days), 3 month.
TIME_DAY = 1
TIME_WEEK = 2
TIME_MONTH = 3

# ACLED geo_precision: 1 the town itself, 2 near / part of a town or a small area, 3 a larger region.
GEO_TOWN = 1
GEO_NEAR = 2
GEO_REGION = 3


# A frozen dataclass's own __init__ sets each field through object.__setattr__ and then calls __post_init__;
# Span and Mention, made hundreds of times per article, set their slots directly through the slots' descriptors
# (which the frozen __setattr__ does not guard), called from their own __init__ with no helper in between:
# about half the time per object, with the same checks and the same objects.


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """Half-open character range ``[start, end)`` in the *raw* article text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if start < 0 or end < start:
            raise ValueError(f"invalid span [{start}, {end})")
        _SPAN_START(self, start)
        _SPAN_END(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, raw: str) -> str:
        return raw[self.start : self.end]


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A typed span found in the text: a trigger, an actor, a place, a time expression, a count …

    ``span`` is in raw offsets; ``nspan`` in offsets of the normalized text the matcher ran on;
    ``norm`` the normalized surface form; ``data`` what the lexicon or resolver attached.
    """

    kind: str
    span: Span
    norm: str
    nspan: Span
    data: Mapping[str, Any] = field(default_factory=dict)

    def __init__(
        self, kind: str, span: Span, norm: str, nspan: Span, data: Mapping[str, Any] | None = None
    ) -> None:
        _MENTION_KIND(self, kind)
        _MENTION_SPAN(self, span)
        _MENTION_NORM(self, norm)
        _MENTION_NSPAN(self, nspan)
        _MENTION_DATA(self, {} if data is None else data)


# the slots' setters: setter(obj, value) sets the slot as the generated __init__ would
_SPAN_START = Span.start.__set__  # type: ignore[attr-defined]
_SPAN_END = Span.end.__set__  # type: ignore[attr-defined]
_MENTION_KIND = Mention.kind.__set__  # type: ignore[attr-defined]
_MENTION_SPAN = Mention.span.__set__  # type: ignore[attr-defined]
_MENTION_NORM = Mention.norm.__set__  # type: ignore[attr-defined]
_MENTION_NSPAN = Mention.nspan.__set__  # type: ignore[attr-defined]
_MENTION_DATA = Mention.data.__set__  # type: ignore[attr-defined]


def unguarded(cls: type) -> type:
    """A class with the slots of the frozen slotted dataclass ``cls`` and no guard on setting them. Where many
    objects of ``cls`` are made, one is made fastest as an object of this class, its slots set by plain
    assignment, and then given ``cls`` as its class (``obj.__class__ = cls``, which Python allows between two
    classes of the same slots): the same object as ``cls``'s own ``__init__`` makes, at a fraction of the cost
    of a call of a slot's setter per field (each builds a tuple of its arguments and parses it)."""
    unguarded_cls = type(f"_Unguarded{cls.__name__}", (), {"__slots__": cls.__slots__})
    probe = object.__new__(unguarded_cls)
    probe.__class__ = cls  # (raises here, at import, if the layouts ever differ)
    return unguarded_cls


def builder(cls: type) -> Callable[..., Any]:
    """``build(*args, **kwargs)``: what ``cls(*args, **kwargs)`` makes for the frozen slotted dataclass ``cls``
    (whose ``__init__`` only sets its fields: no ``__post_init__``), made as :func:`unguarded` says. Written out
    for the fields and their defaults as dataclasses writes ``__init__``, once per class."""
    assert not hasattr(cls, "__post_init__")
    params, body = [], []
    scope: dict[str, Any] = {
        "new": object.__new__,
        "unguarded_cls": unguarded(cls),
        "cls": cls,
        "none_given": _NONE,
    }
    for f in fields(cls):
        assert f.init and not f.kw_only
        value = f.name
        if f.default_factory is not MISSING:
            params.append(f"{f.name}=none_given")
            scope[f"factory_{f.name}"] = f.default_factory
            value = f"factory_{f.name}() if {f.name} is none_given else {f.name}"
        elif f.default is not MISSING:
            params.append(f"{f.name}=default_{f.name}")
            scope[f"default_{f.name}"] = f.default
        else:
            params.append(f.name)
        body.append(f"    obj.{f.name} = {value}\n")
    source = (
        f"def build({', '.join(params)}):\n    obj = new(unguarded_cls)\n{''.join(body)}"
        "    obj.__class__ = cls\n    return obj\n"
    )
    exec(source, scope)  # noqa: S102 (the source is made of the class's field names)
    build: Callable[..., Any] = scope["build"]
    build.__qualname__ = f"build_{cls.__name__}"
    return build


_NONE = object()  # (what a builder's parameter of a field with a default factory is when no value is given)
_UnguardedSpan = unguarded(Span)
_UnguardedMention = unguarded(Mention)
_build_span = builder(Span)


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)``, made as :func:`builder` says (raw spans, some hundred an article)."""
    if start < 0 or end < start:
        raise ValueError(f"invalid span [{start}, {end})")
    return _build_span(start, end)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    # how the publication date was obtained: "given", "metadata", "inferred" or None when unknown
    published_basis: str | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, default_id: str | None = None) -> Article:
        pub = d.get("published")
        published = parse_iso_date(pub) if pub else None
        return cls(
            id=str(d.get("id") or default_id or ""),
            text=d["text"],
            published=published,
            title=d.get("title"),
            outlet=d.get("outlet"),
            url=d.get("url"),
            published_basis="given" if published else None,
        )


def parse_iso_date(value: str | dt.date) -> dt.date:
    """Parse ``YYYY-MM-DD`` (also accepts a full ISO timestamp); raise ``ValueError`` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"not a date (expected YYYY-MM-DD): {value!r}") from None


@dataclass(frozen=True, slots=True)
class Actor:
    code: str | None  # CAMEO-style: SYRMIL, RUSMIL, SYRREB, IGOUNO …; None when unattributed
    name: str | None  # ACLED-style English name: "Military Forces of Syria"
    name_ar: str | None = None  # as written in the text
    inter: int | None = None  # ACLED actor type
    country: str | None = None  # ISO3 of the actor's country
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "name": self.name}
        if self.name_ar is not None:
            d["name_ar"] = self.name_ar
        d["inter"] = self.inter
        d["country"] = self.country
        return d


@dataclass(frozen=True, slots=True)
class Place:
    name_ar: str | None  # as written, without type words or clitics
    name: str | None = None  # English / GeoNames name
    gazetteer_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None  # ISO3
    precision: int | None = None  # ACLED geo_precision
    span: Span | None = None

    @property
    def geocoded(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name_ar": self.name_ar,
            "name": self.name,
            "gazetteer_id": self.gazetteer_id,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "country": self.country,
            "geo_precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date. ``precision`` is ACLED's time_precision; ``basis`` says where it came from:
    ``explicit`` (a date written in full), ``relative`` (أمس، يوم الإثنين), ``inherited`` (the running
    date of the article), ``publication`` (nothing better than the publication date)."""

    date: dt.date | None
    precision: int = TIME_DAY
    basis: str = "publication"

    def iso(self) -> str | None:
        return self.date.isoformat() if self.date else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A raw-offset span of the article supporting an event, with the role it plays."""

    start: int
    end: int
    text: str
    role: str = "event"  # event (the clause), trigger, actor1, actor2, assoc_actor, place, date, fatalities, weapon, source

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    article_id: str
    category: str  # "conflict" | "political"
    event_type: str | None = None  # ACLED event type (conflict)
    sub_event_type: str | None = None
    plover_type: str | None = None
    status: str = "occurred"  # occurred | planned | ongoing | historical | denied
    date: DateValue = field(default_factory=DateValue)
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: tuple[Actor, ...] = ()
    place: Place | None = None
    fatalities: int = 0
    fatalities_detail: Mapping[str, int] = field(default_factory=dict)
    injuries: int | None = None
    weapons: tuple[str, ...] = ()
    source: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5

    @property
    def event_date(self) -> str | None:
        return self.date.iso()

    def to_dict(self) -> dict[str, Any]:
        a1 = self.actor1.to_dict() if self.actor1 else {"code": None, "name": None}
        a2 = self.actor2.to_dict() if self.actor2 else {"code": None, "name": None}
        return {
            "article_id": self.article_id,
            "category": self.category,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover_type": self.plover_type,
            "status": self.status,
            "event_date": self.event_date,
            "time_precision": self.date.precision,
            "date_basis": self.date.basis,
            "actor1": a1,
            "actor2": a2,
            "assoc_actor_1": [a.to_dict() for a in self.assoc_actors],
            "inter1": self.actor1.inter if self.actor1 else None,
            "inter2": self.actor2.inter if self.actor2 else None,
            "location": (self.place or Place(None)).to_dict(),
            "geo_precision": self.place.precision if self.place else None,
            "fatalities": self.fatalities,
            "fatalities_detail": dict(self.fatalities_detail),
            "injuries": self.injuries,
            "weapons": list(self.weapons),
            "source": self.source,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }
