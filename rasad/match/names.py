"""People named again by their family name: "قال الدكتور عبد اللطيف الزياني …" then "واكد الزياني …".

Arabic news introduces a person once with title, full name and role, then calls them by the family name
alone. When the lexicon knows the full name, the family name later in the same article is the same actor.
A matched name counts as a person's only when a title stands before it (الدكتور، الرئيس، الوزير …) or a role
after it (الامين العام، وزير …), and it does not itself begin with the article (institutions do: الجيش
السوري، الامين العام لمجلس التعاون); the family name must be a distinctive word: ال + at least three
letters, or five letters without it.
"""

from __future__ import annotations

import re

from rasad.model import Mention, Span
from rasad.text.normalize import NormText

# normalized forms (أ→ا، ة→ه، ى→ي)
TITLES = frozenset(
    (
        "الدكتور",
        "الدكتوره",
        "د.",
        "الرئيس",
        "الوزير",
        "الوزيره",
        "السفير",
        "الشيخ",
        "الامير",
        "الملك",
        "السيد",
        "السيده",
        "النائب",
        "المبعوث",
        "الجنرال",
        "القائد",
        "العميد",
        "اللواء",
        "العقيد",
        "المقدم",
        "الفريق",
        "العماد",
        "المشير",
        "البروفيسور",
        "المستشار",
        "المتحدث",
    )
)
ROLES = frozenset(
    (
        "الامين",
        "وزير",
        "رئيس",
        "المتحدث",
        "سفير",
        "مبعوث",
        "المبعوث",
        "قائد",
        "زعيم",
        "مستشار",
        "نائب",
        "ممثل",
        "مساعد",
        "امين",
    )
)
# clitics a family name takes in running text: و، ف، ب and ل (ل + ال = لل)
_CLITICS = ("", "و", "ف", "ب", "وب", "فب")
_WORD = re.compile(r"[\u0621-\u064a]+")


def _family_name(words: list[str]) -> str | None:
    last = words[-1]
    if last.startswith("ال") and len(last) >= 5:
        return last
    if not last.startswith("ال") and len(last) >= 5 and len(words) >= 2:
        return last
    return None


def _is_person(text: str, m: Mention) -> bool:
    words = m.norm.split()
    if len(words) < 2 or words[0].startswith("ال"):
        return False
    before = text[max(0, m.nspan.start - 20) : m.nspan.start].split()[-1:]
    after = text[m.nspan.end : m.nspan.end + 20].split()[:1]
    return bool((before and _in(before[0], TITLES)) or (after and _in(after[0], ROLES)))


def _in(word: str, words: frozenset[str]) -> bool:
    return word in words or (word[:1] == "و" and word[1:] in words)


def family_name_mentions(norm: NormText, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the family names of the people the lexicon found, where no actor mention already is."""
    text = norm.text
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.kind != "actors" or not _is_person(text, m):
            continue
        family = _family_name(m.norm.split())
        if family is not None and family not in names:
            names[family] = m
    if not names:
        return []
    taken = [(m.nspan.start, m.nspan.end) for m in mentions if m.kind == "actors"]
    out: list[Mention] = []
    for w in _WORD.finditer(text):
        word, start, end = w.group(), w.start(), w.end()
        for clitic in _CLITICS:
            if not word.startswith(clitic):
                continue
            rest = word[len(clitic) :]
            family = rest if rest in names else None
            if family is None and clitic in ("", "و", "ف") and rest.startswith("لل"):
                family = "ا" + rest[1:] if ("ا" + rest[1:]) in names else None  # للزياني → الزياني
            if family is None:
                continue
            if any(s < end and start < e for s, e in taken):
                break
            src = names[family]
            nstart = start + len(clitic)
            out.append(
                Mention(
                    kind="actors",
                    span=norm.raw_span(nstart, end),
                    norm=text[nstart:end],
                    nspan=Span(nstart, end),
                    data={**src.data, "prefix": clitic, "suffix": "", "family_name_of": src.norm},
                )
            )
            break
    return out
