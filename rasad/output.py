"""Human-readable renderings of events (the CLI's table format), and how the CLI reports a failed write."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

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


STDOUT = "<stdout>"


@contextmanager
def writing(where: str | os.PathLike[str] = STDOUT) -> Iterator[None]:
    """Report a write that fails inside the block as one line, ``rasad: error: WHERE: cannot write (reason)``,
    and exit 1 (no traceback). A pipe closed downstream (``rasad events | head``) ends the command quietly,
    as a Unix filter does: nothing more on stderr, exit 1."""
    try:
        yield
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(1) from None
    except OSError as exc:
        where = os.fspath(where)
        if where in (STDOUT, "-"):
            _silence_stdout()  # what is left in its buffer would fail again at exit
        sys.stderr.write(f"rasad: error: {where}: cannot write ({exc.strerror or exc})\n")
        raise SystemExit(1) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # a test runner's in-memory stream: nothing to flush
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)
