"""The assemblers' shortcuts give the answers of the slow forms they stand for.

Per-article lookups (toponym spans), per-clause results worked out once, and set tests standing for loops over
words are checked here against the plain computation they replace.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from rasad.assemble import conflict
from rasad.assemble.doc import Doc, span_cover
from rasad.model import Article
from rasad.pipeline import Pipeline

TEXT = (
    "قصفت قوات النظام بقذائف الهاون حي جوبر في دمشق أمس، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفلان. "
    "وشنت الطائرات الروسية غارات على مدينة حلب وريف إدلب، فيما اندلعت اشتباكات بين الجيش الحر وتنظيم داعش "
    "في بلدة مارع. وقال المرصد السوري إن الغارات لم تتوقف منذ الصباح."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Pipeline().make_doc(Article(id="t", text=TEXT, published=dt.date(2015, 10, 14)))


def test_span_cover_is_any_span_holding() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [
            (a, a + rng.randrange(0, 12)) for a in (rng.randrange(0, 60) for _ in range(rng.randrange(0, 8)))
        ]
        covers = span_cover(spans)
        for s in range(0, 70, 3):
            for e in range(s, s + 15, 2):
                assert covers(s, e) == any(a <= s and e <= b for a, b in spans), (spans, s, e)


def test_toponym_lookups_are_the_scans_they_replace(doc: Doc) -> None:
    assert doc.toponyms, "the text names places"
    probes = [(m.nspan.start, m.nspan.end) for m in doc.mentions]
    probes += [(t.start, t.end) for t in doc.toponyms] + [
        (s, s + n) for s in range(len(doc.text)) for n in (0, 3)
    ]
    for s, e in probes:
        assert doc.in_toponym(s, e) == any(t.start <= s and e <= t.end for t in doc.toponyms)
        assert doc.toponyms_at(s, e) == [t for t in doc.toponyms if t.start == s and t.end == e]


@pytest.mark.parametrize(
    "word", ["وقف", "ووقف", "و", "", "وو", "استمرار", "واستمرار", "ووقفت", "الذي", "والذي"]
)
def test_word_sets_with_and(word: str) -> None:
    for words, with_and in (
        (conflict._GOVERNORS, conflict._GOVERNORS_AND),
        (conflict._HEADWAY, conflict._HEADWAY_AND),
        (conflict._RELATIVE, conflict._RELATIVE_AND),
    ):
        assert (word in with_and) == (word in words or (word[:1] == "و" and word[1:] in words))


def test_usable_places_once_per_clause(doc: Doc) -> None:
    doc.memo.clear()
    asm = conflict.ConflictAssembler(doc)
    for c in doc.clauses:
        slow = [
            i
            for i in c.toponyms
            if not getattr(doc.toponyms[i], "attached", False)
            and not asm._between_places(c, i)
            and not asm._country_wide(i)
            and not asm._names_an_actor(c, i)
            and not asm._destination(i)
        ]
        assert asm._usable_places(c) == slow
        assert asm._usable_places(c) == slow  # the second answer is the remembered one
