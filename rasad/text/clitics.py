"""Arabic clitics on normalized words: the proclitics glued before a word and the pronouns glued after it.

Arabic writes conjunctions, one-letter prepositions and the article as part of the next word:
وبالمدينه (wa-bi-l-madīna, "and in the city") is و + ب + ال + مدينه. Matchers look words up by their stem, so they
need every way a surface word can be split. Proclitics come in a fixed order — conjunction (و wa, ف fa),
preposition (ب bi, ل li, ك ka), article (ال al) — each optional. Nothing here checks a lexicon: ``analyses``
returns every grammatical split and the caller keeps the ones whose stem it knows.
"""

from __future__ import annotations

from itertools import product

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
ARTICLE = "ال"


def _nominal_prefixes() -> frozenset[str]:
    out: set[str] = set()
    for conj, prep, art in product(CONJUNCTIONS, PREPOSITIONS, ("", ARTICLE)):
        if prep == "ل" and art:
            # ل + ال is written لل, never لال: للثوار (li-th-thuwwār, "for the rebels").
            out.add(conj + "لل")
        else:
            out.add(conj + prep + art)
    return frozenset(out)


NOMINAL_PROCLITICS: frozenset[str] = _nominal_prefixes()
# Before verbs: the future marker س (sa-) after an optional conjunction: وسيزور (wa-sa-yazūru, "and will visit").
VERBAL_PROCLITICS: frozenset[str] = frozenset(conj + "س" for conj in CONJUNCTIONS) | frozenset(CONJUNCTIONS)
_MAX_PREFIX = max(len(p) for p in NOMINAL_PROCLITICS | VERBAL_PROCLITICS)

# Attached object/possessive pronouns, longest first so a caller scanning in order meets هما before ها.
SUFFIX_PRONOUNS: tuple[str, ...] = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي")

MIN_STEM = 2


def is_proclitic(prefix: str, *, verbal: bool = False) -> bool:
    """True when ``prefix`` is a valid (possibly empty) chain of proclitics; ``verbal`` also admits future س."""
    return prefix in NOMINAL_PROCLITICS or (verbal and prefix in VERBAL_PROCLITICS)


def strip_article(word: str) -> tuple[bool, str]:
    """``(True, rest)`` when ``word`` starts with the article ال and ``rest`` keeps at least two letters.

    الي (ilā, "to") and الف (alf, "thousand") are not article + stem: their remainders are one letter.
    """
    if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= MIN_STEM:
        return True, word[len(ARTICLE) :]
    return False, word


def analyses(word: str, *, verbal: bool = False) -> list[tuple[str, str]]:
    """Every ``(prefix, stem)`` split of ``word`` with a valid proclitic chain and a stem of two letters or more.

    The unsplit reading comes first and the longest prefix last: ببابكه (bi-Bābka) gives
    ``[("", "ببابكه"), ("ب", "بابكه")]``; both are kept because a place may itself start with ب (بنش, Binnish).
    """
    out: list[tuple[str, str]] = []
    for n in range(min(_MAX_PREFIX, len(word) - MIN_STEM) + 1):
        prefix = word[:n]
        if is_proclitic(prefix, verbal=verbal):
            out.append((prefix, word[n:]))
    return out


def strip_suffix(word: str) -> list[tuple[str, str]]:
    """Every ``(stem, pronoun)`` split of ``word``: the unsplit reading first, the longest pronoun last.

    A feminine noun shows its ة as ت before a pronoun: قريتها (qaryatu-hā, "her village") is قريه + ها, so a
    stem ending in ت (but not the plural ات) is also offered with ت → ه. A final ه is ambiguous with the
    normalized ة: طفله is both ṭifla ("girl") and ṭifluhu ("his child"), so both readings come back.
    """
    out: list[tuple[str, str]] = [(word, "")]
    for suffix in sorted(SUFFIX_PRONOUNS, key=len):
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < MIN_STEM:
            continue
        out.append((stem, suffix))
        if stem.endswith("ت") and not stem.endswith("ات") and len(stem) > MIN_STEM:
            out.append((stem[:-1] + "ه", suffix))
    return out
