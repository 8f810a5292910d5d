"""Fast paths of the ninth speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble import political
from rasad.assemble.political import PoliticalAssembler
from rasad.geo import resolve
from rasad.lexicons.load import load_lexicon
from rasad.model import Article
from rasad.pipeline import Pipeline

_piece = st.sampled_from(
    ["علي", '"علي', "«", "»", '"', " ", "  ", "\n", "، ", "وقال", "الحكومه", "و", "ف", "ا"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, min_size=0, max_size=12).map("".join), st.integers(0, 40), st.integers(0, 60))
def test_first_word_of_a_stretch(text: str, start: int, end: int) -> None:
    """The first word searched in the text between two offsets is the first word of the copy of that stretch,
    at the same place (its end counted in the text)."""
    old = list(islice(re.finditer(r"\S+", text[start:end]), 1))
    new = political._NONSPACE.search(text, start, end)
    if not old:
        assert new is None
    else:
        assert new is not None and new.group() == old[0].group() and new.end() == start + old[0].end()


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, min_size=0, max_size=12).map("".join))
def test_commas_and_quotes_removed(text: str) -> None:
    assert political._QUOTE_OR_COMMA.sub(" ", text) == re.sub(r'[،,"«»]', " ", text)


def _old_quoted_obligation(self: PoliticalAssembler, c):  # the code before this pass, to compare with
    words = list(islice(re.finditer(r"\S+", self.text[c.start : c.end]), 1))
    if not words or words[0].group().lstrip('"') != "علي":
        return ()
    at = c.start + words[0].end() - 3
    s, _ = self.doc.sentences[c.sentence]
    if words[0].group()[0] != '"' and self.text[s : c.start].count('"') % 2 == 0:
        return ()
    entry = next((e for e in load_lexicon("triggers") if e.id == "obligation"), None)
    return None if entry is None else at  # (what follows depends on ``at`` alone)


_SENTENCES = [
    'قال الوزير: "على الحكومة وقف القصف فورا"',
    "قال المبعوث «أوجه نداء الى الطرفين، على الجيش الانسحاب من المدينة»",
    "سيطرت القوات، امس، على التلال المحيطة بالبلدة",
    "واعلن وزير الخارجية الفرنسي الثلاثاء ان بلاده ستستضيف المؤتمر",
    "وقال المتحدث باسم الحكومة ان المحادثات ستستمر",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_quoted_obligation_and_speaker_as_before(text: str) -> None:
    p = Pipeline()
    doc = p.make_doc(Article(id="t", text=text, published=dt.date(2015, 10, 14)))
    a = PoliticalAssembler(doc)
    said = []
    for c in doc.clauses:
        new = a._quoted_obligation(c)
        old = _old_quoted_obligation(a, c)
        if old == () or old is None:
            assert new == ()
        else:
            assert new and new[0].nspan.start == old
            said.append(old)
        # the speaker read at the sentence's opening: the same running actor as the plain first-word split
        b = PoliticalAssembler(doc)
        b._speaker_opens(c)
        first = list(islice(re.finditer(r"\S+", doc.text[c.start : c.end]), 1))
        opens = (
            bool(first) and first[0].group().removeprefix("و").removeprefix("ف") in political._SAYING_VERBS
        )
        if not opens:
            assert b._running_actor is None
    # (the quoted obligations are found where there is one)
    assert bool(said) == ("على" in text and ("«" in text or '"' in text))


_text_piece = st.sampled_from(
    ["حلب", "قرية", " ", "  ", ".", "..", "!", "?", "\n", "\n\n", ". ", " .\n", "، ", "5"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_text_piece, min_size=0, max_size=25).map("".join), st.integers(0, 120))
def test_sentences_back_start_as_the_search_up_to_the_place(text: str, at: int) -> None:
    """The start of the sentences just before a place, read from the sentence ends of the whole text found once,
    is what the search for the ends up to that place gives (also at a place inside a run of ends)."""
    at = min(at, len(text))
    ends = [m.end() for m in resolve._SENTENCE_ENDS.finditer(text, 0, at)]
    old = ends[-resolve._SENTENCES_BACK - 1] if len(ends) > resolve._SENTENCES_BACK else 0
    assert resolve._sentences_back_start(text, at) == old
    # (asked again of another text with the same characters: the answer is that text's)
    assert resolve._sentences_back_start("".join(list(text)), at) == old
