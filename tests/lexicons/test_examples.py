"""Every lexicon entry's example phrases, run through the real matcher, must produce a mention of that entry.

This is what keeps a lexicon entry honest: a form that the clitic and suffix rules can never match in real text
(or an example that does not contain it) fails here, per entry."""

from __future__ import annotations

import pytest

from rasad.lexicons.load import load_lexicon
from rasad.match.matcher import LEXICON_KINDS, Matcher
from rasad.text.normalize import normalize

CASES = [(kind, e) for kind in LEXICON_KINDS for e in load_lexicon(kind)]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


@pytest.mark.parametrize(("kind", "entry"), CASES, ids=[f"{k}:{e.id}" for k, e in CASES])
def test_every_example_is_matched(matcher: Matcher, kind: str, entry) -> None:  # noqa: ANN001
    for example in entry.examples:
        found = {(m.kind, m.data["entry"].id) for m in matcher.scan(normalize(example))}
        # the longest match wins within a kind: an example may show a longer form of a neighbouring entry
        # (قصف جوي for قصف), so it is enough that this entry, or a longer one of its kind, covers the form
        assert (kind, entry.id) in found, f"{kind} '{entry.id}' not found in {example!r}: {sorted(found)}"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # a nisba's feminine is the adjective of a thing when the entry's words are mostly adjectives
        ("وأفادت الخلية الإعلامية بأن الطيران نفذ غارات", None),
        ("ونقلت مصادر صحفية أن الاشتباكات تجددت", None),
        ("مقتل إعلامي بقصف على المدينة", "journalist"),
        # … and names the side of the thing for the others ("السيارة العسكرية": a military target)
        ("فتح النار على السيارة العسكرية", "combatant"),
    ],
)
def test_the_feminine_of_an_adjective_word(matcher: Matcher, text: str, victim: str | None) -> None:
    found = [m.data["entry"].id for m in matcher.scan(normalize(text)) if m.kind == "victims"]
    assert found == ([victim] if victim else [])
