"""Where the shared evaluation material lives (read-only, never copied into the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
CORPUS = SHARED / "corpus"
GAZETTEER = SHARED / "gazetteer"
EXAMPLES = ROOT / "examples"


def need(path: Path) -> Path:
    """Skip the calling test cleanly when a shared file or folder is absent."""
    if not path.exists():
        pytest.skip(f"{path} is not present on this machine")
    return path
