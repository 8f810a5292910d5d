"""The reference article: every required event found, with its fatalities (issue 3's first target)."""

from __future__ import annotations

import shutil
from pathlib import Path

from rasad.evaluate import evaluate_dir
from rasad.pipeline import Pipeline
from tests.paths import DEV, need


def test_seed_article_all_required_events_with_exact_fatalities(tmp_path: Path) -> None:
    for name in ("seed-aleppo.txt", "seed-aleppo.gold.json"):
        shutil.copy(need(DEV / name), tmp_path / name)  # read-only input, scored from a scratch folder
    report = evaluate_dir(tmp_path, extractor=Pipeline()).to_dict()
    assert report["conflict"]["recall"] == 1.0
    assert report["political"]["recall"] == 1.0
    assert report["conflict"]["fp"] == 0 and report["political"]["fp"] == 0
    fields = report["fields"]
    assert fields["fatalities"]["correct"] == fields["fatalities"]["total"] == 9
    assert report["date_accuracy"]["accuracy"] == 1.0
