"""Word lists as regular-expression alternatives, written as tries.

A list of literal words tried longest first (``ثلاثمئه|ثلاثين|ثلاثه|ثلاث``) is tried word after word at every
place the engine reaches; the same words as a trie (``ثلاث(?:مئه|ين|ه)?``) look at each letter once. Two
literal words that match at one place are a word and a longer one it starts, and the trie also tries the longer
first (its continuations before the end of the shorter word), so both forms match the same text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, space: str = r"\s") -> str:
    """The words as one regex (no group of its own around it), longest first; a space in a word stands for
    ``space`` (any whitespace character, or ``\\s+`` for a run of it)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _pattern(trie, space)


def _pattern(node: dict[str, dict], space: str) -> str:
    branches = [
        (space if ch == " " else re.escape(ch)) + _pattern(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # the longer words first, then the word that ends here
