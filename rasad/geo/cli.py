"""``rasad gazetteer …``: import, info, lookup, download. Parses arguments and prints; the work is in the library."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasad.errors import GazetteerError, error_line
from rasad.geo.importers import GEONAMES_URL, download, import_files
from rasad.geo.keys import is_arabic, name_key
from rasad.geo.recognize import _clitic_readings, _takes
from rasad.geo.store import Entry, Gazetteer, default_home, index_path
from rasad.output import writing

app = typer.Typer(
    help="Build and query the gazetteer index ($RASAD_HOME/gazetteer.sqlite).", no_args_is_help=True
)

HomeOption = typer.Option(
    None, "--home", help="Folder of the index (default: $RASAD_HOME or ~/.local/share/rasad)."
)


def _fail(e: GazetteerError) -> None:
    typer.echo(error_line(e), err=True)
    raise typer.Exit(1)


def _open(home: Path | None, *, writable: bool = False) -> Gazetteer:
    """The index; one that cannot be created where it should be is a failed write, told as such."""
    with writing(index_path(home=home)):
        return Gazetteer.open(home=home, writable=writable)


def _echo(line: str) -> None:
    with writing():
        typer.echo(line)


@app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(
        ...,
        help="GeoNames dumps (SY.zip, SY.txt, allCountries.zip, "
        "alternateNamesV2.zip, admin1CodesASCII.txt), CSV, admin-boundary GeoJSON.",
    ),
    home: Path | None = HomeOption,
) -> None:
    """Import gazetteer files (format detected; each file all-or-nothing; re-importing is a no-op)."""
    try:
        with _open(home, writable=True) as gaz:
            for r in import_files(gaz, files):
                _echo(f"{r.path}: {r.kind}, {'already imported' if r.skipped else f'{r.rows} rows'}")
    except GazetteerError as e:
        _fail(e)


@app.command()
def info(home: Path | None = HomeOption) -> None:
    """Show what the index holds."""
    try:
        with _open(home) as gaz:
            i = gaz.info()
    except GazetteerError as e:
        _fail(e)
    with writing():
        typer.echo(f"index: {i.path}")
        typer.echo(f"places: {i.places}  names: {i.names}  admin polygons: {i.areas}")
        for name, kind, rows in i.sources:
            typer.echo(f"source: {name} ({kind}, {rows} rows)")
        typer.echo("countries: " + ", ".join(f"{c} {n}" for c, n in i.countries))


@app.command()
def lookup(
    name: str = typer.Argument(..., help="A place name, Arabic or Latin (حلب, Aleppo)."),
    home: Path | None = HomeOption,
    as_json: bool = typer.Option(False, "--json", help="One JSON record per line."),
    limit: int = typer.Option(20, help="At most this many places."),
) -> None:
    """List the places called NAME, most populous first."""
    try:
        with _open(home) as gaz:
            found = lookup_with_clitics(gaz, name)[:limit]
    except GazetteerError as e:
        _fail(e)
    if not found:
        typer.echo(f"no place called {name!r}", err=True)
        raise typer.Exit(1)
    with writing():
        _print_places(found, as_json=as_json)


def _print_places(found: tuple[Entry, ...], *, as_json: bool) -> None:
    for e in found:
        if as_json:
            typer.echo(json.dumps({f: getattr(e, f) for f in e.__slots__}, ensure_ascii=False))
        else:
            where = ", ".join(x for x in (e.admin2, e.admin1, e.country) if x)
            typer.echo(f"{e.id}\t{e.name_ar or ''}\t{e.name}\t{e.latitude:.4f},{e.longitude:.4f}\t"
                       f"{e.feature_class}.{e.feature_code}\tpop {e.population}\t{where}")  # fmt: skip


def lookup_with_clitics(gaz: Gazetteer, name: str) -> tuple[Entry, ...]:
    """The places called ``name``; when there is none, those of the name without the clitics written onto it
    (بكفرنبل، وبحلب، للمنصورة), read as recognition in a text reads them (the first reading that finds any)."""
    found = gaz.lookup(name)
    if found or not is_arabic(name):
        return found
    for prefix, stem in _clitic_readings(name.strip())[1:]:
        key = name_key(stem)
        hits = tuple(
            e for e in gaz.lookup_key(key) if _takes(prefix, (key, 0, (e.name_ar or "").startswith("ال")))
        )
        if hits:
            return hits
    return ()


@app.command("download")
def download_cmd(
    countries: list[str] = typer.Argument(..., help="Two-letter country codes: SY IQ YE …"),
    home: Path | None = HomeOption,
    base_url: str = typer.Option(GEONAMES_URL, "--base-url", help="Where the GeoNames dumps are served."),
    no_import: bool = typer.Option(False, "--no-import", help="Only download, into HOME/downloads."),
) -> None:
    """Download GeoNames country dumps ({CC}.zip) and import them."""
    folder = index_path(home=home).parent if home else default_home()
    try:
        paths = []
        for cc in countries:
            with writing(folder / "downloads"):
                p = download(cc, folder / "downloads", base_url=base_url)
            _echo(f"downloaded {p}")
            paths.append(p)
        if not no_import:
            with _open(home, writable=True) as gaz:
                for r in import_files(gaz, paths):
                    _echo(f"{r.path}: {r.kind}, {'already imported' if r.skipped else f'{r.rows} rows'}")
    except GazetteerError as e:
        _fail(e)
