"""The web app: the JSON API, the analyst's map page and its static files, the OpenAPI docs — all local.

``create_app(db_path)`` returns an ASGI app for uvicorn (``rasad serve``) or FastAPI's TestClient. Nothing it
serves makes the browser ask another host: Leaflet comes from the ``xstatic-leaflet`` package, the docs page is
rendered here, and map tiles are used only when a tile URL is configured.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from rasad.model import Article, Event
from rasad.web.api import Extractor, make_router
from rasad.web.data import Store, admin_outlines
from rasad.web.docs import render_docs

STATIC_DIR = Path(__file__).parent / "static"


def leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


class _NearLookup:
    """``near=NAME`` through the gazetteer index, opened on first use and only if it exists (the web server
    never builds one)."""

    def __init__(self, index: Path) -> None:
        self.index = index
        self._gaz: Any = None
        self._lock = threading.Lock()

    def __call__(self, name: str) -> tuple[float, float] | None:
        with self._lock:
            if self._gaz is None:
                if not self.index.exists():
                    return None
                from rasad.geo import Gazetteer

                self._gaz = Gazetteer.open(self.index)
            hits = self._gaz.lookup(name)
        return (hits[0].latitude, hits[0].longitude) if hits else None


def create_app(
    db_path: str | Path,
    *,
    max_body: int = 5_000_000,
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    gazetteer: Path | None = None,
    pipeline: Callable[[], Callable[[Article], list[Event]]] | None = None,
) -> FastAPI:
    """The app over the store at ``db_path`` (created empty if missing).

    ``max_body``: request bodies over this many bytes get 413. ``tile_url``: an ``{z}/{x}/{y}`` tile template
    for online use; without it the map draws the gazetteer's admin outlines (or a graticule). ``gazetteer``:
    the index file for outlines and ``near=NAME`` (default: the user's). ``pipeline``: a factory of the
    extractor behind ``POST /api/extract`` (default: :class:`rasad.pipeline.Pipeline`)."""
    from rasad.geo import index_path

    if "max_body_size" not in inspect.signature(FastAPI).parameters:
        # older FastAPI would accept the argument silently and enforce nothing
        raise RuntimeError(
            "rasad.web needs a FastAPI with request body limits (max_body_size): upgrade fastapi"
        )
    store = Store(Path(db_path))
    store.ensure()
    index = index_path(gazetteer)
    app = FastAPI(
        title="rasad",
        version=_version(),
        description="Conflict events extracted from Arabic news, with evidence spans into the articles.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        max_body_size=max_body,
    )
    app.include_router(make_router(store, extractor=Extractor(pipeline), near_lookup=_NearLookup(index)))

    outlines: dict[str, Any] = {}
    outlines_lock = threading.Lock()

    def cached_outlines() -> dict[str, Any]:
        with outlines_lock:
            if not outlines:
                outlines.update(admin_outlines(index))
        return outlines

    @app.get("/api/config", summary="Settings the page needs: tile URL, whether outlines exist")
    def config() -> dict[str, Any]:
        return {
            "tile_url": tile_url,
            "tile_attribution": tile_attribution,
            "outlines": len(cached_outlines()["features"]),
        }

    @app.get("/api/outlines", summary="Admin outlines of the gazetteer as GeoJSON (simplified)")
    def get_outlines() -> dict[str, Any]:
        return cached_outlines()

    csp = {"Content-Security-Policy": content_security_policy(tile_url)}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render_docs(app.openapi()), headers=csp)

    @app.get("/", include_in_schema=False)
    def index_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8", headers=csp)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static/leaflet", StaticFiles(directory=leaflet_dir()), name="leaflet")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def content_security_policy(tile_url: str | None) -> str:
    """The browser itself refuses any request to another host: scripts, styles, fetches and images come from
    this server (and images from the tile server, when one is configured). Leaflet positions its elements
    with inline styles, hence ``'unsafe-inline'`` for styles only."""
    img = "'self' data:"
    origin = _tile_origin(tile_url)
    if origin:
        img += f" {origin}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def _tile_origin(tile_url: str | None) -> str | None:
    """``https://{s}.tile.example.org/{z}/{x}/{y}.png`` → ``https://*.tile.example.org``."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "x-subdomain"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc.replace('x-subdomain', '*')}"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rasad")
    except PackageNotFoundError:
        return "0"
