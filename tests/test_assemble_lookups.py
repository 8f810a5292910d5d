"""The assemblers' shortcuts give the answers of the slow forms they stand for.

Per-article lookups (toponym spans), per-clause results worked out once, and set tests standing for loops over
words are checked here against the plain computation they replace.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from rasad.assemble import conflict
from rasad.assemble.doc import Doc, span_cover
from rasad.lexicons.load import Entry
from rasad.model import Article, Mention, Span
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.text.scan import Literals

TEXT = (
    "قصفت قوات النظام بقذائف الهاون حي جوبر في دمشق أمس، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفلان. "
    "وشنت الطائرات الروسية غارات على مدينة حلب وريف إدلب، فيما اندلعت اشتباكات بين الجيش الحر وتنظيم داعش "
    "في بلدة مارع. وقال المرصد السوري إن الغارات لم تتوقف منذ الصباح."
)


_NOUN = Entry("t", ("t",), ("t",), {"pos": "noun", "category": "conflict"}, ("t",))


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Pipeline().make_doc(Article(id="t", text=TEXT, published=dt.date(2015, 10, 14)))


def test_span_cover_is_any_span_holding() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [
            (a, a + rng.randrange(0, 12)) for a in (rng.randrange(0, 60) for _ in range(rng.randrange(0, 8)))
        ]
        covers = span_cover(spans)
        for s in range(0, 70, 3):
            for e in range(s, s + 15, 2):
                assert covers(s, e) == any(a <= s and e <= b for a, b in spans), (spans, s, e)


def test_toponym_lookups_are_the_scans_they_replace(doc: Doc) -> None:
    assert doc.toponyms, "the text names places"
    probes = [(m.nspan.start, m.nspan.end) for m in doc.mentions]
    probes += [(t.start, t.end) for t in doc.toponyms] + [
        (s, s + n) for s in range(len(doc.text)) for n in (0, 3)
    ]
    for s, e in probes:
        assert doc.in_toponym(s, e) == any(t.start <= s and e <= t.end for t in doc.toponyms)
        assert doc.toponyms_at(s, e) == [t for t in doc.toponyms if t.start == s and t.end == e]


@pytest.mark.parametrize(
    "word", ["وقف", "ووقف", "و", "", "وو", "استمرار", "واستمرار", "ووقفت", "الذي", "والذي"]
)
def test_word_sets_with_and(word: str) -> None:
    for words, with_and in (
        (conflict._GOVERNORS, conflict._GOVERNORS_AND),
        (conflict._HEADWAY, conflict._HEADWAY_AND),
        (conflict._RELATIVE, conflict._RELATIVE_AND),
    ):
        assert (word in with_and) == (word in words or (word[:1] == "و" and word[1:] in words))


def test_usable_places_once_per_clause(doc: Doc) -> None:
    doc.memo.clear()
    asm = conflict.ConflictAssembler(doc)
    for c in doc.clauses:
        slow = [
            i
            for i in c.toponyms
            if not getattr(doc.toponyms[i], "attached", False)
            and not asm._between_places(c, i)
            and not asm._country_wide(i)
            and not asm._names_an_actor(c, i)
            and not asm._destination(i)
        ]
        assert asm._usable_places(c) == slow
        assert asm._usable_places(c) == slow  # the second answer is the remembered one


def test_only_drafts_that_may_retell_retell(doc: Doc) -> None:
    from rasad.assemble import finalize

    doc.memo.clear()
    drafts = conflict.ConflictAssembler(doc).run()
    assert len(drafts) >= 2
    for d in drafts:
        if not finalize._may_retell(d, doc):
            assert not any(finalize._retold(doc, o, d) or finalize._anaphora(doc, o, d) for o in drafts)


_OLD_THOUSANDS = re.compile(r"\d{4}|\d[,.،٬]\d{3}|الف|الاف|الفا|مليون|ملايين|مليار")


@pytest.mark.parametrize(
    "text",
    [
        "قتل 1200 شخص",
        "قتل 1,200 شخص",
        "قتل 12 شخصا",
        "الفصائل",
        "ملايين",
        "مليار",
        "مليين",
        "ملاي",
        "١٢٣٤",
        "123",
    ],
)
def test_thousands_written_finds_what_the_plain_pattern_finds(text: str) -> None:
    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            plain = [x.group() for x in _OLD_THOUSANDS.finditer(text, s, e)]
            assert conflict._thousands_written(text, s, e) is not all(map(conflict._YEAR.fullmatch, plain))


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at | outside parentheses and classes)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _closing(pattern: str) -> int:
    """Offset of the parenthesis that closes the one the pattern opens with."""
    depth = 0
    for i, ch in enumerate(pattern):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    raise ValueError(pattern)


def test_every_period_opens_with_an_opener() -> None:
    """_statistic runs _PERIOD only where _PERIOD_OPENERS finds a word: each alternative must begin with one."""
    openers = conflict._PERIOD_OPENERS.words
    for alt in _alternatives(conflict._PERIOD.pattern):
        # an alternative opening with a group opens with one of the group's alternatives
        firsts = _alternatives(alt[3 : _closing(alt)]) if alt.startswith("(?:") else [alt]
        for first in firsts:
            assert any(first.startswith(o) for o in openers), first


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [(conflict._LIES_AT, ("بعد",)), (conflict._HUNDREDS_OF_PLACES, ("مئات", "الاف"))],
)
def test_every_match_holds_a_literal_looked_for_first(pattern: re.Pattern[str], literals: tuple[str]) -> None:
    """_locates_another and _statistic look for these literals before the pattern: the group each pattern
    opens with must hold one in each of its alternatives."""
    for alt in _alternatives(pattern.pattern[3 : _closing(pattern.pattern)]):
        assert any(lit in alt for lit in literals), alt


@pytest.mark.parametrize(
    ("hint", "words"),
    [
        (conflict._MAY_HINT, conflict._MAY),
        (conflict._HEADWAY_HINT, conflict._HEADWAY_AND),
        (conflict._ITEM_HINT, ("الاول", "الاولي", "احدهما", "اولهما")),
        (conflict._AFTER_HINT, ("بعد", "وبعد")),
        (conflict._TIME_PHRASE_HINT, conflict._AFTER_WORDS | {"قبل"}),
        (conflict._COMES_HINT, ("ياتي", "تاتي")),
        (conflict._TO_BE_HINT, ("يكون", "تكون")),
        (conflict._ANSWER_HINT, ("رد", "ردا")),
        (conflict._RELATIVE_HINT, conflict._RELATIVE_AND),
        (conflict._PRETEXT_HINT, conflict._PRETEXTS),
        (conflict._GOES_ON_HINT, conflict._GOES_ON),
        (conflict._GOVERNING_WORDS, conflict._GOVERNORS_AND | conflict._DEMANDED),
        (conflict._ROLE_HINT, conflict._WAGING_NOW | conflict._TAKING_PART_NOW),
        (conflict._OPTION_HINT, conflict._OPTIONS),
        (conflict._REMEMBERED_HINT, {*conflict._REMEMBRANCE, "منذ", *conflict._REPORTS}),
        (conflict._TAKE_PART_HINT, conflict._TO_TAKE_PART | conflict._PARTAKING),
        (conflict._FEAR_HINT, conflict._FEAR),
        (conflict._UNDERGOES_HINT, conflict._UNDERGOES),
        (conflict._USUALLY_HINT, conflict._USUALLY),
        (conflict._NOT_SO_HINT, conflict._NOT_SO),
        (conflict._BEHIND_HINT, conflict._BEHIND | conflict._BEHIND_TOO),
        (conflict._KNOWN_AFTER_HINT, ("بعد", "وبعد", "عقب", "اثر", "منذ", "ومنذ")),
        (conflict._BROUGHT_ABOUT_HINT, conflict._BROUGHT_ABOUT),
        (conflict._STORES_HINT, conflict._STORES),
        (conflict._BEFORE_HINT, ("قبل", "وقبل")),
        (conflict._CLAIM_HINT, conflict._CLAIMS_ACT),
    ],
)
def test_hints_find_every_word_they_stand_for(hint: Literals, words: frozenset[str]) -> None:
    """The quick looks before reading words (_in_reach, _enumerated, _governed) may only turn away what has none
    of them (the checks name their words here as they did before the looks were added)."""
    for w in words:
        assert hint.any_within(w, 0, len(w)), w


def test_trigger_checks_agree_with_their_plain_forms(doc: Doc) -> None:
    def speculative(text, m):  # noqa: ANN001, ANN202
        before = conflict._words_between(text, max(0, m.nspan.start - 40), m.nspan.start)[-4:]
        if any(a == "ان" and b in ("يكون", "تكون") for a, b in zip(before, before[1:], strict=False)):
            return True
        return any(w.lstrip("و") in conflict._MAY for w in conflict._words_before(text, m, 8, chars=70))

    def headway(text, m):  # noqa: ANN001, ANN202
        if conflict._entry(m).get("pos") != "noun":
            return False
        before = conflict._words_before(text, m, conflict._HEADWAY_REACH, chars=40)
        return any(w in conflict._HEADWAY or (w[:1] == "و" and w[1:] in conflict._HEADWAY) for w in before)

    def days_after(text, m):  # noqa: ANN001, ANN202
        before = conflict._words_before(text, m, 4, chars=40)
        return (
            len(before) >= 2
            and before[-1] in ("علي", "من")
            and any(w in ("بعد", "وبعد") for w in before[:-1])
            and any(w in conflict._TIME_UNITS for w in before[:-1])
        )

    def after(text, m):  # noqa: ANN001, ANN202
        before = conflict._words_before(text, m, conflict._AFTER_REACH, chars=40)
        if before[-1:] == ["قبل"]:
            return True
        if any(w in ("بعد", "وبعد", "عقب") for w in before):
            return True
        if "منذ" in before:
            # منذ a time ("منذ صباح امس اشتباكات") governs the time, not the act
            rest = before[before.index("منذ") + 1 :]
            if not any(w in conflict._TIMES_SINCE for w in rest):
                return True
        if before[-2:-1] == ["قبل"] and before[-1] in conflict._STARTS:
            return True
        wider = conflict._words_before(text, m, conflict._SINCE_THAT_REACH, chars=60)
        if any(a.lstrip("و") == "منذ" and b == "ان" for a, b in zip(wider, wider[1:], strict=False)):
            return True
        if not m.data["prefix"].startswith("و") or conflict._entry(m).get("pos") != "noun":
            return False
        word_start = m.nspan.start - len(m.data["prefix"])
        window = text[max(0, word_start - conflict._AFTER_PHRASE_CHARS) : word_start]
        at = max(window.rfind("بعد "), window.rfind("عقب "))
        return (
            at >= 0 and (at == 0 or window[at - 1] in " و") and not conflict._PHRASE_BREAK.search(window, at)
        )

    def comes(text, m):  # noqa: ANN001, ANN202
        before = conflict._words_before(text, m, 2, chars=16)
        if before[-1:] and before[-1] in ("هذه", "هذا", "تلك", "ذلك"):
            before = before[:-1]
        return bool(before) and before[-1].lstrip("و") in ("ياتي", "تاتي")

    def frequent(text, m):  # noqa: ANN001, ANN202
        return (
            conflict._FREQUENCY.match(text, m.nspan.end + 1) is not None
            or conflict._FREQUENCY.search(text, max(0, m.nspan.start - 14), m.nspan.start) is not None
            or conflict._EVERY_TIME.search(text, max(0, m.nspan.start - 40), m.nspan.start) is not None
            or conflict._EVERY_TIME.match(text, m.nspan.end + 1) is not None
            or conflict._REPEATED.match(text, m.nspan.end) is not None
        )

    def words_before(text, m, k, chars):  # noqa: ANN001, ANN202
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        window = text[max(0, word_start - chars) : word_start]
        cut = max(window.rfind("."), window.rfind("\n"), window.rfind("!"), window.rfind("?"))
        return window[cut + 1 :].replace('"', " ").split()[-k:]

    texts = [
        doc.text,
        'بغارات شبه يوميه على "المواقع" وتقصف بشكل يومي! واعمال عنف متزايده? في كل مره كلما قصفت\nفي الاونه '
        "الاخيره هجمات. والحادث هو الاخير في سلسله من ال",
        "بين الحين والاخر غارات اسبوعيا بشكل شبه دوري والمتكرره ضمن موجه هجمات، هي الاحدث ضمن سلسه ال",
        "وبعد اربعة ايام على هجوم. وياتي القصف بعد ساعات من التفجير قبل المعارك ومنذ الاشتباكات وتاتي هذه الغارات",
        "منذ ان بسطت جماعة منافسة سيطرتها. بعد الالتحام الجزئي لمقاومة اب مع مقاومة تعز وتحرير المنطقة",
        "يستريح جنود قبل استئناف القتال ضد التنظيم",
        "ربما يؤدي الى هجوم على المدينة. وقال ان الاحتمال ان يكون الامر هجوما انتحاريا",
        "تسجل قوى المعارضة مزيدا من التقدم. ويحققون التقدم في المعارك",
    ]
    for text in texts:
        for start in range(len(text)):
            for prefix in ("", "ال", "وب"):
                m = Mention(
                    kind="triggers",
                    span=Span(start, start + 1),
                    norm=text[start : start + 1],
                    nspan=Span(start + len(prefix), start + len(prefix) + 1),
                    data={"entry": _NOUN, "prefix": prefix},
                )
                if m.nspan.end > len(text):
                    continue
                assert conflict._speculative(text, m) == speculative(text, m)
                assert conflict._making_headway(text, m) == headway(text, m)
                assert conflict._days_after(text, m) == days_after(text, m)
                assert conflict._after(text, m) == after(text, m)
                assert conflict._comes(text, m) == comes(text, m)
                assert conflict._frequent(text, m) == frequent(text, m)
                for k, chars in ((1, 12), (3, 30), (8, 70), (11, 90)):
                    assert conflict._words_before(text, m, k, chars=chars) == words_before(text, m, k, chars)


def test_official_pattern_is_the_plain_one() -> None:
    """_OFFICIAL opens with the offices' first letters (names._at_word_start): same matches as the pattern that
    opens with a look-behind for a letter."""
    from rasad.match import names

    plain = re.compile(
        r"(?<![\u0621-\u064a])(?:"
        + "|".join(sorted(names._OFFICES, key=len, reverse=True))
        + r") (ال[\u0621-\u064a]{3,}ي)"
        r"(?![\u0621-\u064a])(?! (?:السابق|المخلوع|الاسبق|الراحل))"
    )
    pieces = [
        *names._OFFICES,
        " الايراني",
        " التركي",
        " السابق",
        "الايراني",
        "و",
        "ب",
        "ال",
        "ي",
        " ",
        "،",
        ".",
    ]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        assert [(m.span(), m.groups()) for m in names._OFFICIAL.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text


def test_in_reach_precheck_agrees_with_the_full_look() -> None:
    """_in_reach turns a hint away at once when the article holds none of its words: what the look through the
    stretch before each word answers, for every hint, at every word of a text that holds some of them."""
    text = normalize(
        "قال مسؤول محلي إن قوات الأمن داهمت أمس منزلا في البلدة بحثا عن مطلوبين، واعتقلت ثلاثة منهم، "
        "فيما أعلنت الشرطة قبل يومين أن التحقيق جار في الحادث الذي يشتبه بأن مسلحين يقفون وراءه."
    ).text
    hints = {id(v): v for v in vars(conflict).values() if isinstance(v, Literals)}.values()
    assert any(h.spans(text)[0] for h in hints)
    assert any(h.lacks is text for h in hints)
    for start in [i for i in range(len(text)) if i == 0 or text[i - 1] == " "]:
        for prefix in ("", "و"[: text.startswith("و", start)]):
            m = Mention("trigger", Span(start, start + 1), text[start], Span(start + len(prefix), start + 2))
            m = Mention("trigger", m.span, m.norm, m.nspan, {"prefix": prefix} if prefix else None)
            word = start
            for hint in hints:
                for chars in (14, 40, 70):
                    plain = hint.any_within(text, max(0, word - chars), word)
                    assert conflict._in_reach(hint, text, m, chars=chars) is plain, (hint.words, start, chars)
