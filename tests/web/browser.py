"""Debian's Chromium driven by the ``playwright`` Python package (never ``playwright install``): how to find it,
launch it with a fresh profile, and record every request a page makes."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path(os.environ.get("RASAD_TEST_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def why_no_browser() -> str | None:
    """None when the browser tests can run, else the reason they cannot."""
    if not CHROMIUM.exists():
        return (
            f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install -y chromium); .ci/run does"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


def launch(playwright: Any, profile: Path) -> Any:
    """A persistent context on a fresh user-data dir: nothing carried over between runs."""
    if profile.exists():
        shutil.rmtree(profile)
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=str(CHROMIUM),
        headless=True,
        args=ARGS,
        viewport={"width": 1400, "height": 950},
        service_workers="block",
    )


@dataclass
class Traffic:
    """Every request of a page, the failed ones, and the page's own errors."""

    base: str
    urls: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("request", lambda r: self.urls.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url}: HTTP {r.status}"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))

    def outside(self) -> list[str]:
        """Requests that would leave this machine's server (data: URLs never do)."""
        return [u for u in self.urls if not (u.startswith(self.base + "/") or u.startswith("data:"))]
