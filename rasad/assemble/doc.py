"""The per-article working object: one ``Doc`` annotated in place by the pipeline's components."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasad.model import Article, DateValue, Mention, Place
from rasad.text.normalize import NormText


@dataclass(slots=True)
class Clause:
    index: int
    sentence: int
    start: int  # normalized offsets
    end: int
    mentions: list[Mention] = field(default_factory=list)
    toponyms: list[int] = field(default_factory=list)  # indexes into Doc.toponyms
    date: DateValue | None = None

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


@dataclass(slots=True)
class Doc:
    article: Article
    norm: NormText
    sentences: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    toponyms: list[Any] = field(default_factory=list)  # rasad.geo Toponym objects
    places: list[Place | None] = field(default_factory=list)  # resolved, parallel to toponyms
    country: str | None = None  # ISO3 the article is mostly about
    body_start: int = 0  # normalized offset where the body starts, after headline lines
    headings: set[int] = field(default_factory=set)  # sentences that are sub-headings inside the body
    warnings: list[str] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # per-article values derived once by the assemblers

    @property
    def text(self) -> str:
        return self.norm.text
