"""The writer's own shortcuts give what the long way gives."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.store.writer import normalized_text, text_hash
from rasad.text.normalize import normalize
from tests.store.fake import FILLER

# Arbitrary Unicode with Arabic letters, marks, controls, presentation forms and whitespace made likely.
_SPECIALS = st.sampled_from(
    list("اأإآٱبةتىيؤئ٠٩۵،؛؟«»“—AZ\u064b\u064e\u0651\u0670\u0640 \n\r\t\u00a0\u2028\u2029\x0b\x85")
    + list("\u200b\u200e\u200f\u202b\u2068\ufeff\u00ad\u2060ﻻﻹﷲﷺﹰﹶٵٶٷﺎ")
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), _SPECIALS), max_size=80))
def test_normalized_text_is_the_text_of_normalize(raw: str) -> None:
    assert normalized_text(raw) == normalize(raw).text


def test_text_hash_is_of_the_stripped_normalized_text() -> None:
    raw = f"  \u200f{FILLER} ﻻ  ٣\n\n"
    assert text_hash(raw) == hashlib.sha256(normalize(raw).text.strip().encode()).hexdigest()
