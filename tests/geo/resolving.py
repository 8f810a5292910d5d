"""What the geocoder makes of the places a text names, and the conflict events a short report gives with a
gazetteer: the helpers the geo tests share."""

from __future__ import annotations

import datetime as dt

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import Article, Event, Place
from rasad.pipeline import GazetteerGeo, Pipeline
from rasad.text.normalize import normalize


def resolved(gaz: Gazetteer, raw: str, country: str | None) -> dict[str, Place | None]:
    """Each toponym recognized in ``raw`` (by its normalized name) with the place it resolves to, the article's
    country being ``country``."""
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    return dict(
        zip([t.name for t in tops], Geocoder(gaz).resolve(tops, country=country, text=nt), strict=True)
    )


def conflict_events(gaz: Gazetteer, text: str, published: dt.date = dt.date(2015, 8, 12)) -> list[Event]:
    """The conflict events of ``text`` published on ``published``, its places resolved against ``gaz``."""
    pipeline = Pipeline(geo=GazetteerGeo(gaz))
    return [e for e in pipeline(Article(id="t", text=text, published=published)) if e.category == "conflict"]


def sole_place(gaz: Gazetteer, text: str) -> Place:
    """The place of the one conflict event of ``text`` (which must have one, and a place)."""
    events = conflict_events(gaz, text)
    assert len(events) == 1
    place = events[0].place
    assert place is not None
    return place


def place_of_the_dead(gaz: Gazetteer, text: str, published: dt.date, toll: int) -> Place:
    """The place of the one conflict event of ``text`` with ``toll`` dead (which must have one, and a place)."""
    hit = [e for e in conflict_events(gaz, text, published) if e.fatalities == toll]
    assert len(hit) == 1, [(e.fatalities, e.place) for e in hit]
    place = hit[0].place
    assert place is not None
    return place
