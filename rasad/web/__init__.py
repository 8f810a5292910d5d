"""HTTP API and the analyst's map page: ``create_app(db_path)``, served by ``rasad serve``."""

from rasad.web.app import create_app

__all__ = ["create_app"]
