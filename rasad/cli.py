"""Command line: thin commands over library calls. Every command is documented in the README."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from rasad.errors import RasadError, error_line

app = typer.Typer(
    name="rasad",
    help="rasad (رصد): Arabic news → structured, geocoded, dated conflict events with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_INPUT = 1
EXIT_USAGE = 2


class _State:
    debug = False


def _fail(msg: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"rasad: error: {msg}", err=True)
    raise typer.Exit(code)


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks on errors.")] = False,
) -> None:
    _State.debug = debug


def _published_option(value: str | None) -> str | None:
    if value is None:
        return None
    from rasad.model import parse_iso_date

    try:
        parse_iso_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    return value


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help=".txt / .jsonl / .html files, directories of them, or - for stdin")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date YYYY-MM-DD for inputs that do not carry one.",
            callback=_published_option,
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, json or table")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    evidence: Annotated[bool, typer.Option("--evidence", help="Table format: show evidence spans.")] = False,
    historical: Annotated[
        bool,
        typer.Option(
            "--historical",
            help="Keep conflict acts dated weeks before the publication date, and political acts told as dated "
            "background, (status historical) instead of leaving them out.",
        ),
    ] = False,
) -> None:
    """Extract events from Arabic news articles and print them."""
    from rasad.io import read_inputs
    from rasad.model import Article
    from rasad.output import STDOUT, format_table, writing

    if fmt not in ("jsonl", "json", "table"):
        _fail(f"unknown --format {fmt!r} (use jsonl, json or table)")
    pipeline = _pipeline(historical=historical)
    failed = 0
    records: list[dict] = []
    with writing(output or STDOUT):
        out = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            for item in read_inputs(paths, published=published):
                if not isinstance(item, Article):
                    failed += 1
                    typer.echo(f"rasad: {item}", err=True)
                    continue
                try:
                    events, warnings = pipeline.extract_with_warnings(item)
                except Exception as exc:  # one article's failure must not stop the batch
                    if _State.debug:
                        raise
                    failed += 1
                    typer.echo(f"rasad: {item.id}: extraction failed: {type(exc).__name__}: {exc}", err=True)
                    continue
                for w in warnings:
                    typer.echo(f"rasad: {item.id}: warning: {w}", err=True)
                recs = [e.to_dict() for e in events]
                if fmt == "jsonl":
                    for r in recs:
                        out.write(json.dumps(r, ensure_ascii=False) + "\n")
                elif fmt == "table":
                    out.write(format_table(item, events, evidence=evidence) + "\n")
                else:
                    records.extend(recs)
            if fmt == "json":
                out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            out.flush()
        finally:
            if output:
                out.close()
    if failed:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.txt + NAME.gold.json")],
    system: Annotated[
        Path | None, typer.Option("--system", help="System events as JSONL (default: run rasad).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score events against gold annotations (precision, recall, F1, field and date accuracy)."""
    from rasad.evaluate import evaluate_dir, format_report
    from rasad.output import writing

    extractor = None if system else _pipeline()
    report = evaluate_dir(gold_dir, system_path=system, extractor=extractor)
    with writing():
        typer.echo(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json else format_report(report)
        )


def _pipeline(*, historical: bool = False):  # noqa: ANN202
    from rasad.pipeline import Pipeline

    return Pipeline(historical=historical)


def _mount_subapps() -> None:
    try:
        from rasad.geo.cli import app as gazetteer_app
    except ImportError:
        return
    app.add_typer(gazetteer_app, name="gazetteer", help="Import, inspect and query the gazetteer index.")


_mount_subapps()

from rasad.store.cli import register as _register_store  # noqa: E402

_register_store(app)

from rasad.batch.cli import register as _register_batch  # noqa: E402

_register_batch(app)

from rasad.web.cli import register as _register_web  # noqa: E402

_register_web(app)


def main() -> None:
    debug = "--debug" in sys.argv[1:]
    try:
        app()
    except RasadError as exc:
        if debug:
            raise
        typer.echo(error_line(exc), err=True)
        sys.exit(EXIT_INPUT)
    except OSError as exc:  # a file the command could not open, where no command expected it
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"rasad: error: {where}{exc.strerror or exc}", err=True)
        sys.exit(EXIT_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
