"""``rasad evaluate``: score system events against the gold of ``../shared/eval/`` by its README's rules.

>>> report = evaluate_dir(Path("../shared/eval/dev"), system_path=Path("out.jsonl"))  # doctest: +SKIP
>>> print(format_report(report))  # doctest: +SKIP

The rules and the readings of the README where it leaves a choice are in :mod:`rasad.evaluation.scoring`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rasad.errors import UsageError
from rasad.evaluation.gold import GoldArticle, GoldEvent, load_gold_dir
from rasad.evaluation.places import place_key
from rasad.evaluation.report import ArticleResult, CategoryScore, FalsePositive, Ratio, Report, format_report
from rasad.evaluation.scoring import score
from rasad.evaluation.system import read_system_jsonl
from rasad.model import Article, Event

__all__ = [
    "ArticleResult",
    "CategoryScore",
    "FalsePositive",
    "GoldArticle",
    "GoldEvent",
    "Ratio",
    "Report",
    "evaluate_dir",
    "format_report",
    "load_gold_dir",
    "place_key",
    "read_system_jsonl",
    "score",
]


def evaluate_dir(
    gold_dir: Path,
    *,
    system_path: Path | None = None,
    extractor: Callable[[Article], list[Event]] | None = None,
) -> Report:
    """Score ``system_path`` (JSONL) against the gold of ``gold_dir``; without it, run ``extractor`` on each
    gold article's text and score what it returns.

    An extractor that fails on one article does not stop the run: that article is scored as having no
    events and the failure is recorded in its ``error`` (shown by :func:`format_report`).
    """
    gold = load_gold_dir(Path(gold_dir))
    if system_path is not None:
        return score(gold, read_system_jsonl(Path(system_path)))
    if extractor is None:
        raise UsageError(
            "nothing to evaluate", hint="give a system output file (--system FILE.jsonl) or an extractor"
        )
    system: dict[str, list[dict]] = {}
    errors: dict[str, str] = {}
    for article in gold:
        try:
            events = extractor(Article(id=article.id, text=article.text, published=article.published))
            system[article.id] = [e.to_dict() for e in events]
        except Exception as e:  # noqa: BLE001 - one article's failure is reported, the others are scored
            errors[article.id] = f"{type(e).__name__}: {e}"
    report = score(gold, system)
    for result in report.articles:
        result.error = errors.get(result.id)
    return report
