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


def arabic_form(name: str) -> str:
    """The normalized Arabic spelling with single spaces: what the recognizer matches against text."""
    s = normalize_key(name)
    s = re.sub(r"[\-_]+", " ", s)
    s = re.sub(r"[^\u0621-\u064a0-9 ]+", "", s)
    return " ".join(s.split())


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
