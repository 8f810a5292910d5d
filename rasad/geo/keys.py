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


# -- consonant skeletons: an Arabic name against a gazetteer's Latin one ----------------------------------------------
# Both scripts are reduced to the consonants they share, each letter to one class: the emphatics and their plain
# letters are one (ص and س are s, ط and ت are t), k, q and g are one (ك، ق، غ: Turkish and Kurdish g is written ك or
# ق), the interdentals are their sibilants (ث is s, ذ is z, as "th" and "dh" are), ش is c (sh, ş), خ is x (kh) and ج is
# j (j, Turkish c and ç). Vowels, the semivowels و and ي (w, y), alef, hamza and ع are dropped, and so is the ه (h) that
# ends a word (ة: -a, -ah, -eh), as any doubled consonant is written once: البيلي and Elbeyli are both "lbl".
_AR_SKELETON = str.maketrans(
    {
        "ب": "b", "ت": "t", "ث": "s", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "س": "s",
        "ش": "c", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "k", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
        "ن": "n", "ه": "h", "ا": None, "و": None, "ي": None, "ى": None, "ء": None, "ئ": None, "ؤ": None, "ع": None,
    }
)  # fmt: skip
_LATIN_DIGRAPHS = re.compile(r"sh|kh|gh|th|dh|ch|ph")
# (the classes of the digraphs in capitals, which the letters' table leaves as they are)
_DIGRAPH = {"sh": "C", "kh": "X", "gh": "K", "th": "S", "dh": "Z", "ch": "C", "ph": "F"}
_LATIN_SKELETON = str.maketrans(
    {
        "b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "c": "j", "ç": "j", "ş": "c", "h": "h", "x": "x",
        "r": "r", "z": "z", "s": "s", "f": "f", "v": "f", "k": "k", "q": "k", "g": "k", "l": "l", "m": "m", "n": "n",
    }
)  # fmt: skip
_LATIN_VOWELS = re.compile(
    r"[^bcdfhjklmnrstxzCFKSXZ]+"
)  # (after the classes: every other letter or mark is dropped)
_DOUBLED = re.compile(r"(.)\1+")
# (the letters normalization leaves as they are: not آ أ إ ؤ ئ ة ى)
_PLAIN_ARABIC = re.compile(r"[\u0621\u0627\u0628\u062a-\u063a\u0641-\u0648\u064a ]+")
# a skeleton this short (consonants) names too many places to match by
_SKELETON_MIN = 3


def _skeleton_words(words: list[str]) -> str:
    return _DOUBLED.sub(r"\1", "".join(w[:-1] if w.endswith("h") else w for w in words))


@lru_cache(maxsize=1 << 14)
def arabic_skeletons(name: str) -> tuple[str, ...]:
    """The consonant skeletons of an Arabic name (see _AR_SKELETON): with its words' article ال read as "l" (البيلي,
    Elbeyli), and without it (الشيخ مقصود, Sheikh Maqsoud); none shorter than three consonants."""
    # (a toponym's name is normalized already: only a name with other characters is normalized again)
    words = name.split() if _PLAIN_ARABIC.fullmatch(name) else arabic_form(name).split()
    if not words:
        return ()
    whole = _skeleton_words([w.translate(_AR_SKELETON) for w in words])
    bare = _skeleton_words([strip_article(w).translate(_AR_SKELETON) for w in words])
    return tuple(dict.fromkeys(s for s in (whole, bare) if len(s) >= _SKELETON_MIN))


def latin_skeletons(name: str) -> tuple[str, ...]:
    """The consonant skeletons of a Latin name, with and without a leading article set off by a hyphen or a space
    (Al-Bab, Bab); Turkish ş and ç are read as they sound (sh, ch ~ j), other letters lose their marks. (ş is also
    read as s: GeoNames writes ص so, "Maqşūd".)"""
    s = name.lower().replace("ş", "\x01").replace("ç", "\x02")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\x02", "ç")
    forms = [s.replace("\x01", "ş")] + ([s.replace("\x01", "s")] if "\x01" in s else [])
    out = []
    for text in [f for form in forms for f in (form, _LATIN_ARTICLE.sub("", form))]:
        words = []
        for w in re.split(r"[\s\-_'‘’`ʿʾ\".,()\[\]/]+", text):
            w = _LATIN_DIGRAPHS.sub(lambda m: _DIGRAPH[m.group(0)], w)
            w = _LATIN_VOWELS.sub("", w.translate(_LATIN_SKELETON)).lower()
            if w:
                words.append(w)
        sk = _skeleton_words(words)
        if len(sk) >= _SKELETON_MIN:
            out.append(sk)
    return tuple(dict.fromkeys(out))
