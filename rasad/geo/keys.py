"""Name keys: how a place name becomes the string the index is keyed by.

A key is ``normalize_key(name)`` with the Arabic article ال dropped from the start of every word and spaces,
hyphens, dots, quotes and apostrophes removed, so that الشيخ فارس, شيخ فارس and الشيخ-فارس share one key, and so
do كفر ناها and كفرناها. Latin names are folded to ASCII and lose a leading article (Al-Hasakah → hasakah).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rasad.text.normalize import normalize_key

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|az|ed|en|er|es|et|ez)[\s\-'‘’`]+")
_DROP = re.compile(r"[\s\-_'‘’`ʿʾ\".,()\[\]/]+")


def is_arabic(s: str) -> bool:
    return _ARABIC_LETTER.search(s) is not None


def strip_article(word: str) -> str:
    """``الرقه`` → ``رقه``; short words keep it (``الا`` is not al + ا)."""
    if word.startswith("ال") and len(word) >= 4:
        return word[2:]
    return word


_DASHES = re.compile(r"[\-_]+")
_NOT_FORM = re.compile(r"[^\u0621-\u064a0-9 ]+")
# what arabic_forms joins the names with: a character that normalization neither makes nor touches (no mark, no
# space, no presentation form), so that the normalized join is the join of the normalized names
_JOIN = "\x00"
_NOT_FORM_OR_JOIN = re.compile(r"[^\u0621-\u064a0-9 \x00]+")


def arabic_form(name: str) -> str:
    """The normalized Arabic spelling with single spaces: what the recognizer matches against text."""
    s = normalize_key(name)
    s = _DASHES.sub(" ", s)
    s = _NOT_FORM.sub("", s)
    return " ".join(s.split())


def arabic_forms(names: list[str]) -> list[str]:
    """``[arabic_form(n) for n in names]``, normalized in one pass over all of them (the recognizer's tens of
    thousands of names, when it starts). Each step works within a name: a run that normalization rewrites is
    marks or whitespace, the dashes are replaced run by run, the other characters one by one; and the spaces
    that ``normalize_key`` strips from a name's ends are those the last step drops."""
    joined = _JOIN.join(names)
    if joined.count(_JOIN) != len(names) - 1:
        return [arabic_form(n) for n in names]  # a name holds the joining character itself
    s = _NOT_FORM_OR_JOIN.sub("", _DASHES.sub(" ", normalize_key(joined)))
    return [" ".join(p.split()) for p in s.split(_JOIN)]


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Index key of a name, Arabic or Latin (empty when nothing is left). Memoized: the same names (admin
    areas, the places of a region) are keyed again and again while resolving."""
    if is_arabic(name):
        words = arabic_form(name).split()
        return "".join(strip_article(w) for w in words)
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = _LATIN_ARTICLE.sub("", s)
    return _DROP.sub("", s)
