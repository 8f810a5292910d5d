"""Helpers of the dates and tagging stages in rasad.pipeline, against plain restatements."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble.doc import Clause
from rasad.pipeline import _HEADING_WORDS, _distribute, _is_heading, _line_breaks


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="اب \n", max_size=30))
def test_line_breaks_count_the_breaks_before_each_offset(text: str) -> None:
    breaks = _line_breaks(text)
    assert breaks == [i for i, ch in enumerate(text) if ch == "\n"]
    for s in range(len(text) + 1):
        assert bisect_left(breaks, s) == text.count("\n", 0, s)


def _plain_distribute(clauses: list[Clause], items: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    out: list[list[tuple[int, str]]] = [[] for _ in clauses]
    for item in sorted(items, key=lambda x: x[0]):
        for k, c in enumerate(clauses):
            if c.start <= item[0] < c.end:
                out[k].append(item)
                break
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(1, 6), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 40), st.sampled_from("abc")), max_size=12),
)
def test_distribute_puts_each_item_in_its_clause_in_key_order(
    gaps: list[int], items: list[tuple[int, str]]
) -> None:
    clauses, pos = [], 0
    for k, g in enumerate(gaps):
        clauses.append(Clause(index=k, sentence=0, start=pos + 1, end=pos + 1 + g))  # a gap of one between
        pos += 1 + g
    got: list[list[tuple[int, str]]] = [[] for _ in clauses]
    _distribute(clauses, items, key=lambda x: x[0], add=lambda c, x: got[c.index].append(x))
    assert got == _plain_distribute(clauses, items)


def _plain_is_heading(text: str, start: int, end: int) -> bool:
    line_end = text.find("\n", end)
    own_line = (start == 0 or text[start - 1] == "\n") and (
        line_end == end or end == len(text) or text[end:line_end].strip() == ""
    )
    body = text[start:end].strip()
    return own_line and not body.endswith((".", "!", "?")) and len(body.split()) <= _HEADING_WORDS


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="اب .\n", max_size=30))
def test_headings_as_the_plain_rule(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert _is_heading(text, start, end) == _plain_is_heading(text, start, end), (text, start, end)
