"""``rasad batch extract`` and ``rasad load``, and the progress display of ``rasad ingest``: thin commands over
:mod:`rasad.batch`. Registered on the main app by :func:`register`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from rasad.batch.progress import Progress, ProgressState, count_inputs, format_bar, format_line
from rasad.errors import RasadError
from rasad.output import writing
from rasad.store.writer import BATCH_SIZE, IngestSummary, Outcome

EXIT_INPUT = 1
EXIT_USAGE = 2

# a terminal redraws its bar often; a log (CI, a file) gets a line every few seconds
BAR_INTERVAL = 0.2
LINE_INTERVAL = 5.0

WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w", help="Worker processes (default: one per core; 0: no worker processes).", min=0
    ),
]
EngineOpt = Annotated[
    str,
    typer.Option(
        "--engine", help="local (process pool) or dask (Dask distributed: pip install 'rasad\\[dask]')."
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="Dask scheduler address tcp://HOST:PORT (default: a local Dask cluster)."
    ),
]
HistoricalOpt = Annotated[
    bool,
    typer.Option(
        "--historical",
        help="Keep conflict acts dated weeks before the publication date and dated political background (status historical).",
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress; only errors and the summary.")]
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Store file (default: $RASAD_HOME/rasad.db, ~/.local/share/rasad)."),
]


class ProgressDisplay:
    """Renders :class:`~rasad.batch.progress.Progress` on ``stream``: a bar redrawn in place on a terminal,
    a line every few seconds otherwise, nothing when quiet. Errors are always printed, one per line."""

    def __init__(self, stream: TextIO, *, quiet: bool = False, total: int | None = None) -> None:
        self.stream = stream
        self.quiet = quiet
        self.tty = stream.isatty()
        self._drawn = 0
        self.progress = Progress(
            self._render, total=total, interval=BAR_INTERVAL if self.tty else LINE_INTERVAL
        )

    def __call__(self, outcome: Outcome, summary: IngestSummary) -> None:
        if outcome.error:
            self._clear()
            self.stream.write(f"rasad: {outcome.error}\n")
        self.progress(outcome, summary)

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self._drawn = 0

    def _render(self, st: ProgressState) -> None:
        if self.quiet:
            return
        if self.tty:
            text = format_bar(st)
            self.stream.write("\r" + text.ljust(self._drawn))
            self._drawn = len(text)
            if st.final:
                self.stream.write("\n")
                self._drawn = 0
        else:
            self.stream.write(format_line(st) + "\n")
        self.stream.flush()

    def finish(self) -> None:
        self.progress.finish()


def ingest_display(paths: list[str], *, quiet: bool, stream: TextIO | None = None) -> ProgressDisplay:
    """The progress callback for ``rasad ingest PATHS``: with a total for the ETA unless quiet."""
    stream = stream or sys.stderr
    total = None if quiet else count_inputs(paths)
    return ProgressDisplay(stream, quiet=quiet, total=total)


def _fail(msg: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"rasad: error: {msg}", err=True)
    raise typer.Exit(code)


batch_app = typer.Typer(
    help="Corpora larger than memory: JSONL → events as Parquet partitions (then `rasad load`).",
    no_args_is_help=True,
)


@batch_app.command("extract")
def batch_extract(
    paths: Annotated[list[Path], typer.Argument(help="JSONL files (one article per line).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the Parquet partitions.")],
    engine: EngineOpt = "dask",
    scheduler: SchedulerOpt = None,
    workers: WorkersOpt = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for lines without one.")
    ] = None,
    blocksize: Annotated[
        int, typer.Option("--blocksize", help="Bytes of input per partition (about).", min=1)
    ] = 16 * 1024 * 1024,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace partitions already in --out.")
    ] = False,
    quiet: QuietOpt = False,
    historical: HistoricalOpt = False,
) -> None:
    """Extract events from JSONL files into Parquet partitions under --out (articles/ and events/)."""
    from rasad.batch.bag import extract_to_parquet
    from rasad.batch.parquet import PartitionResult
    from rasad.batch.worker import PipelineSpec
    from rasad.model import parse_iso_date

    def progress(r: PartitionResult, done: int, total: int) -> None:
        if not quiet:
            typer.echo(
                f"rasad: partition {r.name} ({done}/{total}): {r.articles} articles, {r.events} events, "
                f"{r.failed} failed",
                err=True,
            )

    try:
        pub = parse_iso_date(published) if published else None
        with writing(out):
            results = extract_to_parquet(
                paths, out, engine=engine, workers=workers, scheduler=scheduler, published=pub,
                blocksize=blocksize, overwrite=overwrite, progress=progress,
                spec=PipelineSpec(historical=historical),
            )  # fmt: skip
    except (RasadError, ValueError) as exc:
        _fail(str(exc))
        return
    n, failed, ev = (sum(getattr(r, k) for r in results) for k in ("articles", "failed", "events"))
    typer.echo(
        f"rasad: {len(results)} partitions, {n} inputs, {failed} failed, {ev} events → {out}", err=True
    )
    if failed:
        raise typer.Exit(EXIT_INPUT)


def load(
    parquet_dir: Annotated[Path, typer.Argument(help="The --out folder of `rasad batch extract`.")],
    db: DbOption = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", help="Articles per transaction.", min=1)
    ] = BATCH_SIZE,
    quiet: QuietOpt = False,
) -> None:
    """Store the Parquet partitions written by `rasad batch extract` (idempotent, like `rasad ingest`)."""
    from rasad.batch.parquet import load_dir, partitions_extractor
    from rasad.store import StoreWriter
    from rasad.store.schema import default_db_path

    display = ProgressDisplay(sys.stderr, quiet=quiet)
    try:
        build = partitions_extractor(parquet_dir)  # (the build that extracted them, kept with the articles)
        with writing(db or default_db_path()):
            writer = StoreWriter.open(db, batch_size=batch_size, extractor=build)
        with writer:
            summary = load_dir(parquet_dir, writer=writer, progress=display)
    except RasadError as exc:
        _fail(str(exc))
        return
    display.finish()
    typer.echo(f"rasad: {summary.line()}", err=True)
    if summary.failed:
        raise typer.Exit(EXIT_INPUT)


def register(app: typer.Typer) -> None:
    """Add ``rasad batch …`` and ``rasad load`` to the main app."""
    app.add_typer(batch_app, name="batch")
    app.command("load")(load)
