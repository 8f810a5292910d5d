"""The conflict events the pipeline finds in a short report: the helper the extraction tests share."""

from __future__ import annotations

import datetime as dt

from rasad.model import Article, Event
from rasad.pipeline import Pipeline

WED = dt.date(
    2015, 10, 14
)  # the publication day of the tests' reports, a Wednesday: أمس = Tuesday 2015-10-13


def conflict_events(pipeline: Pipeline, text: str, published: dt.date = WED) -> list[Event]:
    """The conflict events of ``text`` published on ``published``."""
    return [e for e in pipeline(Article(id="t", text=text, published=published)) if e.category == "conflict"]


def political_triples(pipeline: Pipeline, text: str, published: dt.date = WED) -> list[tuple]:
    """The political events of ``text`` as (PLOVER type, actor1 code, actor2 code)."""
    return [
        (e.plover_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in pipeline(Article(id="t", text=text, published=published))
        if e.category == "political"
    ]
