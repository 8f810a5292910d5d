"""The matcher's overlap rule (rasad.match.matcher.Matcher._resolve_overlaps), against a plain restatement."""

from __future__ import annotations

from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.match.matcher import Matcher
from rasad.text.normalize import normalize

_TEXT = normalize("قصف جوي علي بلده كفرنبل قتل خمسه مدنيين")
_MATCHES = st.lists(
    st.tuples(
        st.integers(0, 12),
        st.integers(1, 5),
        st.sampled_from(["triggers", "actors", "victims"]),
        st.sampled_from(["e1", "e2", "e3"]),
        st.sampled_from(["", "و", "ب"]),
    ),
    max_size=14,
)


def _plain(found: list[tuple]) -> list[tuple]:
    """Per kind the longest of overlapping matches, then text order with the longer first (stable sorts)."""
    kept: list[tuple] = []
    for _, group in groupby(sorted(found, key=lambda f: (f[2], f[0], f[0] - f[1])), key=lambda f: f[2]):
        reach = -1  # the end of the last match kept of this kind
        for f in group:
            if f[0] >= reach:
                kept.append(f)
                reach = f[1]
    return sorted(kept, key=lambda f: (f[0], f[0] - f[1]))


@settings(max_examples=400, deadline=None)
@given(_MATCHES)
def test_overlaps_resolve_as_the_plain_rule(matches: list[tuple[int, int, str, str, str]]) -> None:
    found = [(s, s + n, kind, entry, prefix, "") for s, n, kind, entry, prefix in matches]
    got = [
        (m.nspan.start, m.nspan.end, m.kind, m.data["entry"], m.data["prefix"], m.data["suffix"])
        for m in Matcher._resolve_overlaps(_TEXT, list(found))
    ]
    assert got == _plain(found)


def test_word_char_set_is_the_word_pattern() -> None:
    """scan and _matches_at walk words with _WORD_CHAR_SET; the lexicon tests use is_word_char; _matches_at takes a
    word's ending with _WORD_TAIL."""
    from rasad.match.matcher import _WORD_CHAR_SET, _WORD_TAIL, is_word_char

    for c in map(chr, range(0x10000)):
        assert (c in _WORD_CHAR_SET) == is_word_char(c) == (_WORD_TAIL.match(c).end() == 1), hex(ord(c))
