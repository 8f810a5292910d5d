"""Tokens of normalized text."""

from __future__ import annotations

import pytest

from rasad.text.normalize import normalize_key
from rasad.text.tokenize import Token, tokenize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قُتل ٢٠ مدنياً", [("قتل", "word"), ("20", "number"), ("مدنيا", "word")]),
        ("نزوح 1,000 عائلة", [("نزوح", "word"), ("1,000", "number"), ("عائله", "word")]),
        ("3.5 مليون", [("3.5", "number"), ("مليون", "word")]),
        ("بـ20 غارة،", [("ب", "word"), ("20", "number"), ("غاره", "word"), (",", "punct")]),
        ("«داعش»", [('"', "punct"), ("داعش", "word"), ('"', "punct")]),
        ("5،6", [("5", "number"), (",", "punct"), ("6", "number")]),
        ("وكالة SANA.", [("وكاله", "word"), ("sana", "word"), (".", "punct")]),
        (
            "15/3/2024",
            [("15", "number"), ("/", "punct"), ("3", "number"), ("/", "punct"), ("2024", "number")],
        ),
    ],
)
def test_tokenize(raw: str, expected: list[tuple[str, str]]) -> None:
    text = normalize_key(raw)
    tokens = tokenize(text)
    assert [(t.text, t.kind) for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokenize_range_keeps_text_offsets() -> None:
    text = "قصف عنيف علي حلب"
    assert tokenize(text, 4, 8) == [Token(4, 8, "عنيف", "word")]
