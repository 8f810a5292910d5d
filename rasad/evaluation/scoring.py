"""The matching and scores of the evaluation README (``../shared/eval/README.md``, "Matching and scores").

Readings of the README where it leaves a choice, fixed here so that every run means the same:

- Dates: a month-level gold date ``YYYY-MM`` accepts a system date starting ``YYYY-MM-`` (any day) or the
  bare ``YYYY-MM``; a day-level gold date needs the very same string.
- Actors: a system code is acceptable when it is in the gold list; a system event without a code (absent,
  ``null``, empty) is acceptable only when the list holds ``null``. An empty gold actor1 list accepts nothing.
- Agreement (greedy order) counts sub-event type and fatalities only where the gold has them (conflict
  events), actor2 only where the gold actor2 list is non-empty.
- A system event whose category is neither conflict nor political matches nothing and is listed among the
  article's false positives, but counts in neither category's precision.
- Field accuracy is over matched *required* events where the field applies: sub-event type and fatalities
  for conflict events; actor1 and geocoded for all; actor2 where the gold actor2 list is non-empty; within
  10 km where the gold has coordinates (a system event without coordinates fails it). The JSON also gives
  each field by category.
- Date accuracy: required gold conflict events for which the article has a system *conflict* event of the
  same event type and place (any date, matched or not); correct when one of those has the right date.
- Fatality totals per article: the gold counts required *and* optional conflict events (optional ones are
  still deaths the article reports: vague or background events), the system counts all its conflict events;
  the error is the mean over gold articles of |gold − system|.
- System events under article ids that are not in the gold are not scored; the report lists those ids.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from rasad.evaluation.gold import GoldArticle, GoldEvent
from rasad.evaluation.report import ArticleResult, FalsePositive, Match, Report
from rasad.evaluation.system import SystemEvent

WITHIN_KM = 10.0
_EARTH_RADIUS_KM = 6371.0088


def date_matches(gold_date: str, system_date: str | None) -> bool:
    if system_date is None:
        return False
    if system_date == gold_date:
        return True
    return len(gold_date) == 7 and system_date.startswith(gold_date + "-")


def place_matches(gold: GoldEvent, system: SystemEvent) -> bool:
    return bool(system.place_key) and system.place_key in gold.place_keys


def is_match(gold: GoldEvent, system: SystemEvent) -> bool:
    if system.category != gold.category or not date_matches(gold.event_date, system.event_date):
        return False
    if gold.category == "conflict":
        return system.event_type == gold.event_type and place_matches(gold, system)
    return system.plover_type in gold.plover_types and (
        system.actor1 in gold.actor1 or place_matches(gold, system)
    )


def agreement(gold: GoldEvent, system: SystemEvent) -> int:
    return (
        int(gold.sub_event_types is not None and system.sub_event_type in gold.sub_event_types)
        + int(system.actor1 in gold.actor1)
        + int(bool(gold.actor2) and system.actor2 in gold.actor2)
        + int(gold.fatalities is not None and system.fatalities == gold.fatalities)
    )


def match_events(gold: Sequence[GoldEvent], system: Sequence[SystemEvent]) -> list[Match]:
    """Greedy one-to-one matching: highest agreement first, then system position, then gold position."""
    candidates = sorted(
        (-agreement(g, s), si, gi)
        for si, s in enumerate(system)
        for gi, g in enumerate(gold)
        if is_match(g, s)
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matches: list[Match] = []
    for neg_agreement, si, gi in candidates:
        if si in used_system or gi in used_gold:
            continue
        used_system.add(si)
        used_gold.add(gi)
        g = gold[gi]
        matches.append(Match(g.id, system[si].index, g.required, -neg_agreement))
    return matches


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def score(gold: list[GoldArticle], system: Mapping[str, list[dict]]) -> Report:
    """Score system records (grouped by article id, in output order) against gold articles."""
    report = Report()
    gold_ids = {a.id for a in gold}
    report.unknown_article_ids = sorted(k for k in system if k not in gold_ids)
    for article in gold:
        records = system.get(article.id) or []
        events = [SystemEvent.from_record(r, i) for i, r in enumerate(records) if isinstance(r, Mapping)]
        report.articles.append(_score_article(report, article, events))
    return report


def _score_article(report: Report, article: GoldArticle, events: list[SystemEvent]) -> ArticleResult:
    result = ArticleResult(id=article.id, system_events=len(events))
    gold_by_id = {g.id: g for g in article.events}
    result.matches = match_events(article.events, events)
    matched_gold = {m.gold_id for m in result.matches}
    matched_system = {m.system_index for m in result.matches}

    for g in article.events:
        counts = report.gold_required if g.required else report.gold_optional
        counts[g.category] += 1
        if g.required and g.id not in matched_gold:
            result.missed.append(g.id)
            report.category(g.category).fn += 1
        if g.category == "conflict":
            result.gold_fatalities += g.fatalities or 0
            if g.required:
                _date_accuracy(report, g, events)

    by_index = {s.index: s for s in events}
    for m in result.matches:
        if m.required:
            report.category(gold_by_id[m.gold_id].category).tp += 1
            _field_accuracy(report, gold_by_id[m.gold_id], by_index[m.system_index])
    for s in events:
        if s.category == "conflict":
            result.system_fatalities += s.fatalities
        if s.index in matched_system:
            continue
        result.false_positives.append(
            FalsePositive(s.index, s.category, s.type_label, s.place_name, s.event_date)
        )
        if s.category in ("conflict", "political"):
            report.category(s.category).fp += 1
    return result


def _field_accuracy(report: Report, g: GoldEvent, s: SystemEvent) -> None:
    fields = report.fields
    cat = g.category
    if g.sub_event_types is not None:
        fields["sub_event_type"][cat].add(s.sub_event_type in g.sub_event_types)
    fields["actor1"][cat].add(s.actor1 in g.actor1)
    if g.actor2:
        fields["actor2"][cat].add(s.actor2 in g.actor2)
    if g.fatalities is not None and cat == "conflict":
        fields["fatalities"][cat].add(s.fatalities == g.fatalities)
    fields["geocoded"][cat].add(s.geocoded)
    if g.latitude is not None and g.longitude is not None:
        near = (
            s.latitude is not None
            and s.longitude is not None
            and haversine_km(g.latitude, g.longitude, s.latitude, s.longitude) <= WITHIN_KM
        )
        fields["within_10km"][cat].add(near)


def _date_accuracy(report: Report, g: GoldEvent, events: list[SystemEvent]) -> None:
    same = [
        s for s in events if s.category == "conflict" and s.event_type == g.event_type and place_matches(g, s)
    ]
    if same:
        report.date.add(any(date_matches(g.event_date, s.event_date) for s in same))
