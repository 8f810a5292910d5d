"""Normalization: the matching key and the offset map back to the raw text."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text import normalize as normalize_module
from rasad.text.normalize import IGNORABLE, normalize, normalize_key

# (raw, normalized text) — written for these tests, in the register of Syrian and Iraqi news copy.
CASES = [
    # diacritics and tatweel
    ("قُتِلَ مَدَنِيٌّ", "قتل مدني"),
    ("الطـــائرات الحربيـة", "الطائرات الحربيه"),
    ("ٱلْمَرْصَدُ", "المرصد"),
    ("رحمٰن", "رحمن"),  # dagger alef U+0670
    # hamza-carrying alefs, alef maqsura, teh marbuta
    ("أعلنت إدارة آمرلي", "اعلنت اداره امرلي"),
    ("مستشفى على الطريق", "مستشفي علي الطريق"),
    ("طفلة وامرأة", "طفله وامراه"),
    (
        "مؤسسة وبئر",
        "مؤسسه وبئر",
    ),  # ؤ and ئ keep their hamza: they are different letters, not spellings of و/ي
    # digits
    ("قتل ٢٥ مدنياً", "قتل 25 مدنيا"),
    ("۱۲ غارة", "12 غاره"),
    ("٣٫٥ مليون و١٬٠٠٠", "3.5 مليون و1,000"),
    # punctuation
    ("قال، ثم أضاف؛ هل؟", "قال, ثم اضاف; هل?"),
    ("«الجيش الحر»", '"الجيش الحر"'),
    ("نسبة ٤٠٪", "نسبه 40%"),
    ("2011–2012", "2011-2012"),
    # zero-width and bidi marks
    ("حلب\u200f", "حلب"),
    ("\u202bدير الزور\u202c", "دير الزور"),
    ("ريف\u200c دمشق", "ريف دمشق"),
    ("قتل \u200f 5", "قتل 5"),  # an RLM between two spaces: still one gap
    ("\ufeffادلب", "ادلب"),
    # presentation forms
    ("ﻻ", "لا"),
    ("ﻹدلب", "لادلب"),  # ﻹ is lam-alef with hamza below: لإدلب (li-Idlib, "to Idlib")
    ("ﷲ", "الله"),
    ("ﷺ", "صلي الله عليه وسلم"),  # a phrase ligature keeps its word gaps
    # whitespace
    ("قصف   عنيف", "قصف عنيف"),
    ("سطر\r\n\r\nثان", "سطر\nثان"),
    ("سطر \n\t ثان", "سطر\nثان"),
    ("فقرة\u2029أخرى", "فقره\nاخري"),
    ("قصف\u00a0عنيف", "قصف عنيف"),
    # Latin
    ("SANA و ACLED", "sana و acled"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "norm_range", "raw_text"),
    [
        # the trailing diacritics of the last letter belong to the raw span
        ("قُتِلَ مَدَنِيٌّ أمس", (4, 8), "مَدَنِيٌّ"),
        ("في إدلبَ", (3, 7), "إدلبَ"),
        ("ﻻ شيء", (0, 2), "ﻻ"),
        ("قصف   عنيف", (3, 4), " "),
        ("قصف   عنيف", (4, 8), "عنيف"),
        ("\u200fحلب", (0, 3), "حلب"),
    ],
)
def test_raw_span(raw: str, norm_range: tuple[int, int], raw_text: str) -> None:
    n = normalize(raw)
    assert n.raw_text(*norm_range) == raw_text


def test_norm_offset_inverts_starts() -> None:
    n = normalize("قُتِلَ ٥ مدنيين")
    for i in range(len(n.text)):
        assert n.norm_offset(n.starts[i]) == i


@pytest.mark.parametrize(
    ("raw", "key"), [("  مَدِينَة حَلَب  ", "مدينه حلب"), ("إعزاز", "اعزاز"), ("\u200fالرقة\n", "الرقه")]
)
def test_normalize_key(raw: str, key: str) -> None:
    assert normalize_key(raw) == key


# Arbitrary Unicode, with Arabic letters, marks, controls, presentation forms and whitespace made likely.
_ARABIC_HEAVY = st.sampled_from(
    list("اأإآٱبةتىيؤئ٠٩،؛؟«»\u064b\u064e\u0651\u0670\u0640 \n\r\t\u00a0\u2029")
    + list("\u200b\u200e\u200f\u202b\u2068\ufeff\u00adﻻﻹﷲﷺﹰﹶٵٶ")
)
_RAW = st.text(alphabet=st.one_of(st.characters(), _ARABIC_HEAVY), max_size=60)


def _contributes_nothing(c: str) -> bool:
    if c in IGNORABLE or c.isspace():
        return True
    # presentation forms of bare vowel marks (ﹰ U+FE70 → " ً") vanish entirely
    return all(x.isspace() or x in IGNORABLE or x == "\u0674" for x in unicodedata.normalize("NFKC", c))


@settings(max_examples=400, deadline=None)
@given(_RAW)
def test_offset_map_round_trips(raw: str) -> None:
    n = normalize(raw)
    text, starts = n.text, n.starts
    assert len(starts) == len(text) + 1
    assert starts[-1] == len(raw)
    assert all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for i, ch in enumerate(text):
        source = raw[starts[i]]
        if ch in " \n" and source.isspace():
            continue
        assert ch in normalize(source).text, (i, ch, source)
    covered = set(starts[:-1])
    for j, c in enumerate(raw):
        if j not in covered:
            assert _contributes_nothing(c), (j, c)
    for s in range(len(text) + 1):
        for e in range(s, min(len(text), s + 5) + 1):
            span = n.raw_span(s, e)
            assert 0 <= span.start <= span.end <= len(raw)
            if e > s:
                assert span.start == starts[s] and span.end > starts[e - 1]


# Words separated by gaps mixing whitespace with marks and controls, as pasted from web pages.
_GAPPY = st.lists(
    st.tuples(
        st.text(alphabet="قتلمدنيحب5", min_size=1, max_size=4),
        st.text(alphabet=" \n\t\u00a0\u200f\u200e\u202b\u064e\u0640", min_size=1, max_size=5),
    ),
    max_size=8,
).map(lambda parts: "".join(w + gap for w, gap in parts))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_RAW, _GAPPY))
def test_whitespace_runs_collapse(raw: str) -> None:
    text = normalize(raw).text
    assert "  " not in text and "\n\n" not in text and " \n" not in text and "\n " not in text


_IGN = re.escape("".join(sorted(IGNORABLE)))
# the runs normalize() rewrites, as plain alternatives tried in order (the module's pattern is written for speed)
_RUNS = re.compile(
    "[" + _IGN + "]+" + r"|\s[\s" + _IGN + r"]*\s|[^\S ]" + "|[\ufb50-\ufdff\ufe70-\ufefc\u0675-\u0678]"
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_RAW, _GAPPY))
def test_special_runs_are_the_plain_alternatives(raw: str) -> None:
    found = [m.span() for m in normalize_module._SPECIAL.finditer(raw)]
    assert found == [m.span() for m in _RUNS.finditer(raw)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(_RAW, st.text(alphabet="ABZaz٠٩۰۹أإآٱىة،؛؟«»“”–—ؤئا ه", max_size=40)))
def test_translate_is_the_character_map(raw: str) -> None:
    assert normalize_module._translate(raw) == raw.translate(normalize_module._TRANSLATE)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_RAW, _GAPPY))
def test_the_key_is_the_normalized_text_stripped(raw: str) -> None:
    # normalize_key builds the text without the offset map: it must be the very same text
    assert normalize_key(raw) == normalize(raw).text.strip()
