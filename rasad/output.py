"""Human-readable renderings of events (the CLI's table format)."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.model import Article, Event


def _cell(value: object, width: int) -> str:
    s = "-" if value in (None, "") else str(value)
    return s if len(s) <= width else s[: width - 1] + "…"


def format_table(article: Article, events: Sequence[Event], *, evidence: bool = False) -> str:
    """One line per event: date, type, actors, place, fatalities; with ``evidence``, the spans under it."""
    head = f"# {article.id}  published {article.published or 'unknown'}  {len(events)} event(s)"
    cols = [
        ("date", 10),
        ("type", 34),
        ("actor1", 8),
        ("actor2", 8),
        ("place", 18),
        ("lat,lon", 16),
        ("deaths", 6),
    ]
    lines = [head, "  ".join(name.ljust(w) for name, w in cols)]
    for e in events:
        kind = e.sub_event_type if e.category == "conflict" else f"{e.plover_type} ({e.status})"
        place = e.place
        coords = f"{place.latitude:.3f},{place.longitude:.3f}" if place and place.geocoded else None
        row = [
            e.event_date,
            kind,
            e.actor1.code if e.actor1 else None,
            e.actor2.code if e.actor2 else None,
            place.name_ar if place else None,
            coords,
            e.fatalities if e.category == "conflict" else None,
        ]
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, cols, strict=True)))
        if evidence:
            for ev in e.evidence:
                lines.append(f"    {ev.role:<10} [{ev.start}:{ev.end}] {ev.text}")
    return "\n".join(lines)
