""" "العاصمة" (the capital): the capital of the country a report is about, or of the country its nisba or name
says ("العاصمة اليمنية"، "عاصمة اليمن"، "عاصمة البلاد"). The recognizer reads such a mention as a toponym
whose name starts with العاصمه / عاصمه (see :func:`capital_word`); the resolver turns it into the capital
(:func:`capital_reference`, the tables in :mod:`rasad.geo.tables`).
"""

from __future__ import annotations

from functools import lru_cache

from rasad.geo.keys import name_key
from rasad.geo.tables import CAPITAL_NISBAS, CAPITALS, COUNTRY_AR

DEFINITE = "العاصمه"
CONSTRUCT = "عاصمه"  # the construct state: عاصمة البلاد، عاصمة اليمن
CAPITAL_WORDS = (DEFINITE, CONSTRUCT)  # what a toponym naming the capital by the word starts with
_CLITICS = ("وب", "فب", "ول", "فل", "و", "ف", "ب", "ل", "")
_LIL = ("ولل", "فلل", "لل")  # li- + al-, the alef elided: للعاصمة
# a country's own name, by its key → ISO2 ("عاصمة اليمن")
COUNTRY_KEYS: dict[str, str] = {name_key(n): iso2 for iso2, names in COUNTRY_AR.items() for n in names}
# what follows العاصمة and makes it some other capital than the seat of government: "العاصمة المؤقتة"، and any
# definite adjective of kind that is no nisba ("العاصمة الاقتصادية"، "العاصمة الفعلية للخلافة")
_OTHER_CAPITALS = frozenset(("المؤقته",))

__all__ = [
    "CAPITAL_WORDS",
    "CAPITALS",
    "CONSTRUCT",
    "COUNTRY_KEYS",
    "DEFINITE",
    "capital_reference",
    "capital_word",
    "other_kind",
]


@lru_cache(maxsize=1 << 12)
def capital_word(word: str) -> tuple[int, bool] | None:
    """``(clitic length, definite)`` when ``word`` is العاصمة (بالعاصمة، والعاصمة، للعاصمة) or the construct
    عاصمة (وعاصمة، بعاصمة), else None."""
    for p in _LIL:
        if word == p + CONSTRUCT:
            return len(p), True
    for p in _CLITICS:
        if word.startswith(p):
            rest = word[len(p) :]
            if rest == DEFINITE:
                return len(p), True
            if rest == CONSTRUCT:
                return len(p), False
    return None


def other_kind(word: str) -> bool:
    """ "العاصمة الاقتصادية": a definite adjective after العاصمة that names another kind of capital (a nisba
    names the country)."""
    return word not in CAPITAL_NISBAS and (
        word in _OTHER_CAPITALS or (word.startswith("ال") and word.endswith("يه"))
    )


@lru_cache(maxsize=1 << 12)  # (asked of every toponym, several times; the names recur)
def capital_reference(name: str) -> tuple[str, str] | None:
    """What a capital mention refers to, by the name the toponym holds: ``("article", "")`` for العاصمة alone or
    عاصمة البلاد (the capital of the report's country), ``("iso3", ISO3)`` for a nisba (العاصمه اليمنيه),
    ``("iso2", ISO2)`` for a country's name (عاصمه اليمن); None for any other name."""
    words = name.split()
    if not words or words[0] not in (DEFINITE, CONSTRUCT) or len(words) > 2:
        return None
    if len(words) == 1:
        return ("article", "")
    second = words[1]
    if second == "البلاد":
        return ("article", "")
    if second in CAPITAL_NISBAS:
        return ("iso3", CAPITAL_NISBAS[second])
    iso2 = COUNTRY_KEYS.get(name_key(second))
    return ("iso2", iso2) if iso2 else None
