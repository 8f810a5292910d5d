"""Fast paths of the seventh speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble.doc import Doc
from rasad.model import Article
from rasad.pipeline import DateResolver, Segmenter
from rasad.text.normalize import normalize
from rasad.text.scan import Literals

_PIECES = ["ق", "قت", "قتل", "تل", "ل", "ال", "الي", "امس", "مس", "س", " ", "، ", "5"]

# sets whose words overlap, nest and end where others end: a text's occurrences come by end from the automaton,
# and a set's first offsets may then go down (قتل ends after ت, which starts later)
_SETS = (
    Literals(("قتل", "ت", "تل", "ل")),
    Literals(("ال", "الي", "ي")),
    Literals(("امس", "مس", "س ال")),
    Literals(("ق", "قت")),
    Literals(("غائب",)),
)


def _plain_spans(words: frozenset[str], text: str) -> tuple[list[int], list[int]]:
    """Every occurrence of the words, overlapping ones too, by first offset then end: found letter by letter."""
    spans = sorted(
        (i, i + len(w)) for w in words for i in range(len(text) - len(w) + 1) if text.startswith(w, i)
    )
    return [a for a, _ in spans], [b for _, b in spans]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_literals_spans_are_every_occurrence_in_order(pieces: list[str]) -> None:
    """The one pass over the text gives each set its occurrences sorted (by first offset, then end) as a plain
    search of every word at every place does, also when the pass gives them out of that order."""
    text = "".join(pieces)
    for literals in _SETS:
        assert literals.spans(text) == _plain_spans(literals.words, text)


def test_literals_spans_out_of_order_are_sorted() -> None:
    # (قتل ends after ت, which starts after it: the pass gives them by end)
    text = "قتل قتلت"
    assert _SETS[0].spans(text) == _plain_spans(_SETS[0].words, text)
    assert _SETS[0].spans(text)[0] == [0, 1, 1, 2, 4, 5, 5, 6, 7]


def test_literals_a_set_without_occurrences_has_empty_lists() -> None:
    assert _SETS[4].spans("قتل امس") == ([], [])


def _clause_dates(text: str) -> list[tuple[str, object, str]]:
    article = Article(id="t", text=text, published=dt.date(2015, 10, 14), published_basis="given")
    doc = Doc(article=article, norm=normalize(text))
    DateResolver()(Segmenter()(doc))
    return [(doc.text[c.start : c.end], c.date.date, c.date.basis) for c in doc.clauses]


def test_clauses_without_a_date_inherit_the_running_one_in_turn() -> None:
    """Undated clauses in a row take the date the running one gives them then: the day of the last dated
    clause (asked once for the run of them), the report's day before any."""
    dates = _clause_dates(
        "اجتمع الوزراء في العاصمة. ناقشوا الوضع. قصفت الطائرات امس مواقع المسلحين. وقتل خمسة. "
        "وجرح عشرة. وهاجم مسلحون يوم الاثنين نقطة تفتيش. وفر المهاجمون."
    )
    days = [(d, b) for _, d, b in dates]
    yesterday, monday = dt.date(2015, 10, 13), dt.date(2015, 10, 12)
    assert days == [
        (yesterday, "inherited"),  # (the article's frame: its most frequent recent day)
        (yesterday, "inherited"),
        (yesterday, "relative"),
        (yesterday, "inherited"),
        (yesterday, "inherited"),
        (monday, "relative"),
        (monday, "inherited"),
    ]


_FILLER = " بعيد" * 14  # (a long text: the sets it lacks know it, see Literals.lacks)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20), st.lists(st.sampled_from(_PIECES), max_size=6))
def test_literals_lacking_are_the_sets_without_an_occurrence(pieces: list[str], short: list[str]) -> None:
    """The sets that know they lack the last long text are those of which it holds no word (each set made
    before its pass is one or the other), and a short text asked of between does not put them out."""
    text = "".join(pieces) + _FILLER
    _SETS[0].spans(text)
    "".join(short) and _SETS[1].spans("".join(short))
    for literals in Literals._sets:
        assert (literals.lacks is text) is not bool(literals.spans(text)[0]), literals.words
