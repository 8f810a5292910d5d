"""What :func:`~rasad.evaluation.scoring.score` returns: counts, ratios, per-article detail; JSON and text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CATEGORIES = ("conflict", "political")
FIELDS = ("sub_event_type", "actor1", "actor2", "fatalities", "geocoded", "within_10km")
HEADLINE_LINES = 12


def _ratio(numerator: float, denominator: float) -> float:
    # 0/0 is 0.0 everywhere (P, R, F1, accuracies): nothing to find and nothing found scores nothing, and
    # every figure stays a number in the JSON; the counts beside it show when it is empty.
    return numerator / denominator if denominator else 0.0


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}

    def __str__(self) -> str:
        return f"{self.accuracy:.3f} ({self.correct}/{self.total})"


@dataclass(slots=True)
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class FalsePositive:
    index: int  # position among the article's system events, from 0
    category: str | None
    type: str | None  # event_type (conflict) or plover_type (political)
    place: str | None  # location.name_ar as given
    date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Match:
    gold_id: str
    system_index: int
    required: bool
    agreement: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ArticleResult:
    id: str
    system_events: int = 0
    matches: list[Match] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # ids of required gold events left unmatched
    false_positives: list[FalsePositive] = field(default_factory=list)
    gold_fatalities: int = 0
    system_fatalities: int = 0
    error: str | None = None  # the extractor failed on this article (scored as no events)

    @property
    def fatality_error(self) -> int:
        return abs(self.gold_fatalities - self.system_fatalities)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "system_events": self.system_events,
            "missed": list(self.missed),
            "false_positives": [fp.to_dict() for fp in self.false_positives],
            "matches": [m.to_dict() for m in self.matches],
            "fatalities": {"gold": self.gold_fatalities, "system": self.system_fatalities},
            "error": self.error,
        }


def _by_category() -> dict[str, Ratio]:
    return {c: Ratio() for c in CATEGORIES}


@dataclass(slots=True)
class Report:
    conflict: CategoryScore = field(default_factory=CategoryScore)
    political: CategoryScore = field(default_factory=CategoryScore)
    # field name → category → ratio; a field's overall figure is the sum over categories
    fields: dict[str, dict[str, Ratio]] = field(default_factory=lambda: {f: _by_category() for f in FIELDS})
    date: Ratio = field(default_factory=Ratio)
    articles: list[ArticleResult] = field(default_factory=list)
    unknown_article_ids: list[str] = field(default_factory=list)  # system article ids not in the gold
    gold_required: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    gold_optional: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))

    def category(self, name: str) -> CategoryScore:
        return self.conflict if name == "conflict" else self.political

    def field_total(self, name: str) -> Ratio:
        parts = self.fields[name].values()
        return Ratio(sum(r.correct for r in parts), sum(r.total for r in parts))

    @property
    def fatality_mae(self) -> float:
        return _ratio(sum(a.fatality_error for a in self.articles), len(self.articles))

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for name in FIELDS:
            fields[name] = self.field_total(name).to_dict()
            fields[name]["by_category"] = {c: r.to_dict() for c, r in self.fields[name].items()}
        return {
            "conflict": self.conflict.to_dict(),
            "political": self.political.to_dict(),
            "fields": fields,
            "date_accuracy": self.date.to_dict(),
            "fatalities": {
                "mean_absolute_error": self.fatality_mae,
                "gold_total": sum(a.gold_fatalities for a in self.articles),
                "system_total": sum(a.system_fatalities for a in self.articles),
                "articles": [
                    {
                        "id": a.id,
                        "gold": a.gold_fatalities,
                        "system": a.system_fatalities,
                        "error": a.fatality_error,
                    }
                    for a in self.articles
                ],
            },
            "gold_events": {"required": dict(self.gold_required), "optional": dict(self.gold_optional)},
            "articles": [a.to_dict() for a in self.articles],
            "unknown_article_ids": list(self.unknown_article_ids),
        }


def format_report(report: Report) -> str:
    """A text report: per-article misses and false positives, then exactly ``HEADLINE_LINES`` lines of
    headline figures at the end (a hook shows only the tail)."""
    lines: list[str] = []
    for a in report.articles:
        if not (a.missed or a.false_positives or a.error):
            continue
        lines.append(f"{a.id}: {len(a.missed)} missed, {len(a.false_positives)} false positive(s)")
        if a.error:
            lines.append(f"  extractor failed: {a.error}")
        if a.missed:
            lines.append("  missed: " + " ".join(a.missed))
        for fp in a.false_positives:
            lines.append(f"  FP #{fp.index} {fp.category} {fp.type} @ {fp.place} {fp.date}")
    if report.unknown_article_ids:
        lines.append(
            "system events for articles not in the gold (not scored): " + " ".join(report.unknown_article_ids)
        )

    c, p = report.conflict, report.political
    system_events = sum(a.system_events for a in report.articles)
    headline = [
        "── rasad evaluation ──",
        f"{len(report.articles)} articles; required gold events: conflict {report.gold_required['conflict']}, "
        f"political {report.gold_required['political']}; system events: {system_events}",
    ]
    for name, s in (("conflict", c), ("political", p)):
        headline.append(
            f"{name:<10} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    for name in FIELDS:
        headline.append(f"{name:<15} {report.field_total(name)}")
    headline.append(f"{'date accuracy':<15} {report.date}")
    headline.append(
        f"{'fatality total':<15} mean abs error {report.fatality_mae:.2f} per article "
        f"(gold {sum(a.gold_fatalities for a in report.articles)}, "
        f"system {sum(a.system_fatalities for a in report.articles)})"
    )
    return "\n".join(lines + headline)
