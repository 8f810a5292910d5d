"""``rasad serve``: the HTTP API and the map page over a store. Registered on the main app by :func:`register`."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer


def serve(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Store file (default: $RASAD_HOME/rasad.db, ~/.local/share/rasad)."),
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (localhost only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)] = 8000,
    tile_url: Annotated[
        str | None,
        typer.Option(
            "--tile-url",
            help="Map tile template for online use, e.g. https://tile.example.org/{z}/{x}/{y}.png "
            "(default: none — admin outlines from the gazetteer, no outside request).",
        ),
    ] = None,
    create: Annotated[
        bool,
        typer.Option("--create", help="Create an empty store when there is none at --db (else refused)."),
    ] = False,
) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the analyst's map page (/)."""
    from rasad.errors import StoreError
    from rasad.store.schema import default_db_path
    from rasad.web import create_app
    from rasad.web.server import serve as run

    path = db or default_db_path()
    if not create and str(path) != ":memory:" and not path.exists():
        # (a mistyped --db must not be served as an empty store: the same answer as `rasad events`)
        err = StoreError(
            "no event store here", where=str(path), hint="run `rasad ingest` first, pass --db, or --create"
        )
        typer.echo(f"rasad: error: {err}", err=True)
        raise typer.Exit(2)
    app = create_app(path, tile_url=tile_url)
    if not _is_loopback(host):
        typer.echo(f"rasad: warning: listening on {host}: the API has no authentication", err=True)
    typer.echo(f"rasad: serving {path} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run(app, host=host, port=port)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the main ``rasad`` app."""
    app.command("serve")(serve)
