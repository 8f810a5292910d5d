"""``rasad ingest``, ``rasad events`` and ``rasad export``: thin commands over :mod:`rasad.store`.

Registered on the main app by :func:`register` (called from ``rasad/cli.py``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rasad.batch.cli import EngineOpt, HistoricalOpt, SchedulerOpt, WorkersOpt
from rasad.build import extractor_id
from rasad.errors import RasadError
from rasad.store.writer import BATCH_SIZE

EXIT_INPUT = 1
EXIT_USAGE = 2

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Store file (default: $RASAD_HOME/rasad.db, ~/.local/share/rasad)."),
]


BatchSizeOpt = Annotated[int, typer.Option("--batch-size", help="Articles per transaction.", min=1)]
SummaryOnlyOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors and the summary.")]


def _fail(msg: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"rasad: error: {msg}", err=True)
    raise typer.Exit(code)


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a date (expected YYYY-MM-DD): {value!r}") from None
    return value


def _extractor(historical: bool) -> str:
    """The build id the events of this run are stored under: this build's, with the fingerprint of the
    gazetteer index the workers geocode against (built here on first use, as they would build it)."""
    from rasad.geo import Gazetteer

    with Gazetteer.open() as gazetteer:
        return extractor_id(historical=historical, places=gazetteer.fingerprint())


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help=".txt / .jsonl / .html files, directories of them, or -")
    ],
    db: DbOption = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published", help="Publication date YYYY-MM-DD for inputs without one.", callback=_date
        ),
    ] = None,
    batch_size: BatchSizeOpt = BATCH_SIZE,
    quiet: SummaryOnlyOpt = False,
    workers: WorkersOpt = None,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    historical: HistoricalOpt = False,
) -> None:
    """Extract events from articles and store them (idempotent, resumable, deduplicated across articles)."""
    from rasad.batch.cli import ingest_display
    from rasad.io import read_inputs
    from rasad.output import writing
    from rasad.store import StoreWriter
    from rasad.store.schema import default_db_path

    progress = ingest_display(paths, quiet=quiet)
    with writing(db or default_db_path()):
        writer = StoreWriter.open(db, batch_size=batch_size, extractor=_extractor(historical))
    with writer:
        summary, total = _extract_into(
            writer, read_inputs(paths, published=published), progress, engine, workers, scheduler, historical
        )
        stale = writer.stale_articles()
    progress.finish()
    typer.echo(f"rasad: {summary.line()} ({total} distinct events in the store)", err=True)
    if stale:
        again = "rasad refresh --historical" if historical else "rasad refresh"
        typer.echo(
            f"rasad: {stale} stored article(s) keep the events another build of rasad or other options "
            f"made; `{again}` extracts them again from the stored texts",
            err=True,
        )
    if summary.failed:
        raise typer.Exit(EXIT_INPUT)


def _extract_into(
    writer: Any,
    items: Any,
    progress: Any,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    historical: bool,
) -> tuple[Any, int]:
    """Extract ``items`` on the engine asked for and store them through ``writer`` (`ingest`, `refresh`): the
    run's summary and the number of distinct events in the store after it."""
    from rasad.batch import PipelineSpec, ingest_parallel

    summary = ingest_parallel(
        items, writer=writer, engine=engine, workers=workers, scheduler=scheduler, progress=progress,
        spec=PipelineSpec(historical=historical),
    )  # fmt: skip
    return summary, writer.con.execute("SELECT COUNT(*) FROM events").fetchone()[0]


def refresh(
    db: DbOption = None,
    every: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Extract every stored article again, not only those another build or gazetteer made.",
        ),
    ] = False,
    batch_size: BatchSizeOpt = BATCH_SIZE,
    quiet: SummaryOnlyOpt = False,
    workers: WorkersOpt = None,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    historical: HistoricalOpt = False,
) -> None:
    """Extract again, from the texts in the store, the articles another build of rasad extracted (after an
    upgrade) or geocoded against other places (after a gazetteer import), and re-deduplicate their events;
    resumable like `rasad ingest`."""
    from rasad.batch.cli import ProgressDisplay
    from rasad.errors import StoreError
    from rasad.output import writing
    from rasad.store import StoreWriter
    from rasad.store.schema import default_db_path
    from rasad.store.writer import REFRESH_ALL, REFRESH_STALE, stored_articles

    target = _extractor(historical)
    path = Path(db) if db is not None else default_db_path()
    if not path.exists():  # a missing store is an error, not a new empty one
        raise StoreError(
            "no event store here", where=str(path), hint="run `rasad ingest` first, or pass --db"
        )
    with writing(path):
        writer = StoreWriter.open(
            path, batch_size=batch_size, extractor=target, refresh=REFRESH_ALL if every else REFRESH_STALE
        )
    with writer:
        stored = writer.con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        todo = stored if every else writer.stale_articles()
        progress = ProgressDisplay(sys.stderr, quiet=quiet, total=todo)
        summary, total = _extract_into(
            writer, stored_articles(writer, every=every), progress, engine, workers, scheduler, historical
        )
    progress.finish()
    typer.echo(
        f"rasad: {stored} stored articles, {todo} to extract again; {summary.line()} "
        f"({total} distinct events in the store)",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(EXIT_INPUT)


def _lookup_place(name: str) -> tuple[float, float] | None:
    """The most populous gazetteer place of that name, when the gazetteer is available."""
    try:
        from rasad.geo.store import Gazetteer
    except ImportError:
        return None
    with Gazetteer.open() as gz:
        hits = gz.lookup(name)
    return (hits[0].latitude, hits[0].longitude) if hits else None


def _filters(
    since: str | None,
    until: str | None,
    event_type: str | None,
    sub_event_type: str | None,
    actor: str | None,
    country: str | None,
    admin1: str | None,
    near: str | None,
    km: float,
    text: str | None,
) -> Any:
    from rasad.lexicons.schema import PLOVER_TYPES
    from rasad.store import EventFilter, parse_near

    plover_type = event_type if event_type in PLOVER_TYPES else None
    return EventFilter(
        plover_type=plover_type,
        since=dt.date.fromisoformat(since) if since else None,
        until=dt.date.fromisoformat(until) if until else None,
        event_type=None if plover_type else event_type,
        sub_event_type=sub_event_type,
        actor=actor,
        country=country,
        admin1=admin1,
        near=parse_near(near, km=km, lookup=_lookup_place) if near else None,
        text=text,
    )


def _one_of(value: str | None, choices: list[str]) -> str | None:
    """``value`` spelled as one of ``choices`` (any case, spaces around ignored); a usage error naming them all
    when it is none of them."""
    if value is None:
        return None
    found = {c.lower(): c for c in choices}.get(" ".join(value.split()).lower())
    if found is None:
        raise typer.BadParameter(f"{value!r} is none of: {', '.join(choices)}")
    return found


def _event_type(value: str | None) -> str | None:
    from rasad.lexicons.schema import ACLED_TYPES, PLOVER_TYPES

    return _one_of(value, [*ACLED_TYPES, *PLOVER_TYPES])


def _sub_event_type(value: str | None) -> str | None:
    from rasad.lexicons.schema import ACLED_TYPES

    return _one_of(value, [s for subs in ACLED_TYPES.values() for s in subs])


Since = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).", callback=_date)]
Until = Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.", callback=_date)]
TypeOpt = Annotated[
    str | None,
    typer.Option(
        "--type", help='ACLED event type, e.g. "Battles", or PLOVER type, e.g. CONSULT (any case).',
        callback=_event_type,
    ),
]  # fmt: skip
SubType = Annotated[
    str | None,
    typer.Option(
        "--sub-type",
        help='ACLED sub-event type, e.g. "Air/drone strike" (any case).',
        callback=_sub_event_type,
    ),
]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Actor code (actor1 or actor2), e.g. SYRMIL.")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="ISO3 country code of the place.")]
Admin1Opt = Annotated[str | None, typer.Option("--admin1", help="First-level division, e.g. Aleppo.")]
NearOpt = Annotated[str | None, typer.Option("--near", help="LAT,LON or a place name (gazetteer).")]
KmOpt = Annotated[float, typer.Option("--km", help="Radius for --near, in km.", min=0.0)]
TextOpt = Annotated[
    str | None, typer.Option("--text", help="Words in the source articles (Arabic, normalized).")
]


def events(
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    sub_event_type: SubType = None,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    near: NearOpt = None,
    km: KmOpt = 25.0,
    text: TextOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl")] = "table",
    event_id: Annotated[
        str | None, typer.Option("--id", help="Show one event, its sources and why they merged.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many events.", min=1)] = 50,
) -> None:
    """Query stored events (newest first)."""
    from rasad.output import writing
    from rasad.store import connect, count_events, get_event, query_events

    if fmt not in ("table", "jsonl"):
        _fail(f"unknown --format {fmt!r} (use table or jsonl)")
    try:
        con = connect(db, readonly=True)
        if event_id is not None:
            rec = get_event(con, event_id)
            if rec is None:
                _fail(f"no event {event_id!r} in the store", EXIT_INPUT)
            assert rec is not None
            with writing():
                typer.echo(
                    json.dumps(rec, ensure_ascii=False) if fmt == "jsonl" else format_event_detail(rec)
                )
            return
        filters = _filters(since, until, event_type, sub_event_type, actor, country, admin1, near, km, text)
        recs = query_events(con, filters, limit=limit)
        with writing():
            if fmt == "jsonl":
                for r in recs:
                    typer.echo(json.dumps(r, ensure_ascii=False))
            else:
                typer.echo(format_events_table(recs, total=count_events(con, filters)))
    except RasadError as exc:
        _fail(str(exc))


def format_events_table(recs: list[dict[str, Any]], *, total: int) -> str:
    lines = [f"{'id':16}  {'date':10}  {'type':28}  {'actors':24}  {'place':24}  {'fat':>4}  src"]
    for r in recs:
        if (
            r["category"] == "political"
        ):  # as `rasad extract --format table`: the type with its status, no toll
            kind, fat = f"{r['plover_type']} ({r['status']})", "-"
        else:
            kind, fat = r["sub_event_type"] or r["event_type"] or r["category"], r["fatalities"]
        actors = f"{r['actor1'].get('code') or '?'}/{r['actor2'].get('code') or '-'}"
        loc = r["location"]
        place = loc.get("name") or loc.get("name_ar") or ""
        if loc.get("admin1"):
            place += f" ({loc['admin1']})"
        line = f"{r['id']:16}  {r['event_date'] or '':10}  {kind[:28]:28}  {actors[:24]:24}  {place[:24]:24}"
        lines.append(f"{line}  {fat:>4}  {r['n_sources']}")
    lines.append(f"{len(recs)} of {total} events")
    return "\n".join(lines)


def format_event_detail(rec: dict[str, Any]) -> str:
    loc = rec["location"]
    out = [
        f"event {rec['id']}: {rec['event_type'] or rec['plover_type']} / {rec['sub_event_type'] or '-'}"
        f" ({rec['category']}, {rec['status']})",
        f"  date        {rec['event_date']} (precision {rec['time_precision']})",
        f"  actor1      {rec['actor1'].get('code')} {rec['actor1'].get('name') or ''}",
        f"  actor2      {rec['actor2'].get('code')} {rec['actor2'].get('name') or ''}",
        f"  place       {loc.get('name_ar') or ''} {loc.get('name') or ''} {loc.get('admin1') or ''} "
        f"{loc.get('country') or ''} ({loc.get('latitude')}, {loc.get('longitude')}) precision {loc.get('geo_precision')}",
        f"  fatalities  {rec['fatalities']} {rec['fatalities_detail'] or ''}",
        f"  sources     {len(rec['sources'])}",
    ]
    for s in rec["sources"]:
        out.append(
            f"    - {s['article_id']}#{s['report']} [{s['outlet'] or '?'}] {s['event_date']} "
            f"{s['actor1'] or '?'}/{s['actor2'] or '-'} fatalities {s['fatalities']}"
        )
        out.append(f"      {s['merge_note']}")
        ev = [e for e in s["record"].get("evidence", []) if e.get("role") == "event"]
        if ev:
            out.append(f"      «{ev[0]['text']}»")
    return "\n".join(out)


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="acled-csv, jsonl, geojson or parquet")],
    output: Annotated[str, typer.Option("-o", "--output", help="File to write, or - for stdout.")],
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    sub_event_type: SubType = None,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    near: NearOpt = None,
    km: KmOpt = 25.0,
    text: TextOpt = None,
) -> None:
    """Export stored events as ACLED CSV, JSONL, GeoJSON or Parquet."""
    from rasad.output import writing
    from rasad.store import FORMATS, connect
    from rasad.store import export as run_export

    if fmt not in FORMATS:
        _fail(f"unknown --format {fmt!r} (use {', '.join(FORMATS)})")
    try:
        con = connect(db, readonly=True)
        filters = _filters(since, until, event_type, sub_event_type, actor, country, admin1, near, km, text)
    except RasadError as exc:
        _fail(str(exc))
    binary = fmt == "parquet"
    with writing(output):
        if output == "-":
            out: Any = sys.stdout.buffer if binary else sys.stdout
            n = run_export(con, fmt, out, filters)
            out.flush()
        else:
            with open(
                output, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})
            ) as out:
                n = run_export(con, fmt, out, filters)
    typer.echo(f"rasad: exported {n} events ({fmt})", err=True)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the main ``rasad`` app."""
    app.command("ingest")(ingest)
    app.command("refresh")(refresh)
    app.command("events")(events)
    app.command("export")(export)
