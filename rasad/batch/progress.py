"""Progress of a long run, as numbers and as text; the CLI decides where the text goes (the library never
prints).

:class:`Progress` is the callback :func:`rasad.store.ingest` calls once per input; it keeps the counts, the rate
(articles/s) and the ETA, and hands a :class:`ProgressState` to ``render`` at most every ``interval`` seconds
(and once at the end, from :meth:`Progress.finish`). :func:`format_bar` and :func:`format_line` turn a state
into a terminal bar or a log line. :func:`count_inputs` gives the total for the ETA without reading the
articles (newlines of JSONL files, one per other file).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rasad.io import ALL_SUFFIXES, JSONL_SUFFIXES
from rasad.store.writer import IngestSummary, Outcome


@dataclass(frozen=True, slots=True)
class ProgressState:
    done: int
    total: int | None
    elapsed: float
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    final: bool = False
    refreshed: int = 0  # stored articles extracted again (`rasad refresh`)

    @property
    def rate(self) -> float:
        """Inputs per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far; ``None`` when the total or the rate is unknown."""
        if self.total is None or self.rate <= 0:
            return None
        return max(0, self.total - self.done) / self.rate


class Progress:
    """``progress(outcome, summary)`` for :func:`rasad.store.ingest`; calls ``render(state)`` now and then."""

    def __init__(
        self,
        render: Callable[[ProgressState], None],
        *,
        total: int | None = None,
        interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.render = render
        self.total = total
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self._last = self.started
        self._summary = IngestSummary()

    def state(self, *, final: bool = False) -> ProgressState:
        s = self._summary
        return ProgressState(
            done=s.read,
            total=self.total,
            elapsed=self.clock() - self.started,
            new=s.new + s.replaced,
            unchanged=s.unchanged,
            failed=s.failed,
            events=s.events,
            final=final,
            refreshed=s.refreshed,
        )

    def __call__(self, outcome: Outcome, summary: IngestSummary) -> None:
        self._summary = summary
        now = self.clock()
        if now - self._last >= self.interval:
            self._last = now
            self.render(self.state())

    def finish(self) -> None:
        self.render(self.state(final=True))


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def _counts(st: ProgressState) -> str:
    refreshed = f"{st.refreshed} refreshed, " if st.refreshed else ""
    return f"{st.new} new, {refreshed}{st.unchanged} unchanged, {st.failed} failed, {st.events} events"


def format_bar(st: ProgressState, *, width: int = 30) -> str:
    """``[#####-----]  42% 1200/2850 · 230.5 articles/s · ETA 00:07 · 1100 new, …`` (one terminal line)."""
    if st.total:
        frac = min(1.0, st.done / st.total)
        filled = int(frac * width)
        head = f"[{'#' * filled}{'-' * (width - filled)}] {frac * 100:3.0f}% {st.done}/{st.total}"
    else:
        head = f"{st.done}"
    tail = f"elapsed {format_duration(st.elapsed)}" if st.final else f"ETA {format_duration(st.eta)}"
    return f"{head} · {st.rate:.1f} articles/s · {tail} · {_counts(st)}"


def format_line(st: ProgressState) -> str:
    """A log line for non-terminals: ``ingest: 1200/2850 articles (42%), 230.5 articles/s, ETA 00:07, …``."""
    of = f"/{st.total}" if st.total else ""
    pct = f" ({min(1.0, st.done / st.total) * 100:.0f}%)" if st.total else ""
    tail = f"done in {format_duration(st.elapsed)}" if st.final else f"ETA {format_duration(st.eta)}"
    return f"ingest: {st.done}{of} articles{pct}, {st.rate:.1f} articles/s, {tail}, {_counts(st)}"


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many inputs ``read_inputs(paths)`` will yield, counted cheaply (non-empty lines of JSONL files, one
    per other file); ``None`` when unknowable without reading them all (stdin)."""
    total = 0
    for p in paths:
        if str(p) == "-":
            return None
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in ALL_SUFFIXES)
            total += sum(_count_file(f) for f in files if not f.name.endswith(".gold.json"))
        elif path.exists():
            total += _count_file(path)
        else:
            total += 1  # reported as one error
    return total


def _count_file(path: Path) -> int:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    n = 0
    try:
        with path.open("rb") as fh:
            for line in fh:
                if line.strip():
                    n += 1
    except OSError:
        return 1
    return n
