"""Fixtures shared by the test modules that run whole short reports through the pipeline."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """One pipeline per module: the lexicons and the gazetteer are loaded once for its rows."""
    return Pipeline()
