"""An army of no state named as part of a side is that side's (rasad.match.names.forces_of_their_side)."""

from __future__ import annotations

import pytest

from tests.lexicons.test_actors_part_of import _codes

# (a side after ل is given as written without its article: للجيش الحر → جيش الحر)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a formation named by an ordinal, of the rebels named after it
        (
            "وأعلن الجيش الثاني التابع للجيش الحر السيطرة على التلة",
            [("الجيش", "SYRREB"), ("جيش الحر", "SYRREB")],
        ),
        (
            "وقصفت قوات الجيش التابعة للجيش الحر مواقع النظام",
            [("قوات الجيش", "SYRREB"), ("جيش الحر", "SYRREB")],
        ),
        # forces of a government: that state's forces
        (
            "وتقدمت قوات الجيش التابعة للحكومة الليبية نحو المدينة",
            [("قوات الجيش", "LBYMIL"), ("حكومة الليبية", "LBYGOV")],
        ),
        # no word of belonging between them: each is itself
        ("وقال الجيش إن الجيش الحر انسحب", [("الجيش", "MIL"), ("الجيش الحر", "SYRREB")]),
        # an office of no state's named with a nationality is that state's
        ("وقال بيان صادر عن قيادة الجيش اللبناني إن …", [("قيادة الجيش", "LBNMIL")]),
        # a head of state named as whose relative someone is, is not the one acting; a commander's son may lead
        # his father's forces
        ("وأقدم نجل ابن عم بشار الأسد على قتل عقيد في الجيش", [("الجيش", "MIL")]),
        ("وقصف اللواء التابع لنجل المخلوع صالح الأحياء", [("المخلوع صالح", "YEMMIL")]),
        # an ordinal alone is no side
        ("وأعلن الجيش الأول السيطرة على التلة", [("الجيش", "MIL")]),
    ],
)
def test_an_army_named_as_part_of_a_side(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _codes(text) == expected


# (text, expected actor1 code of its conflict event)
TOLD_ROWS = [
    # the bare army a state's own media tell of, in a report whose country is another
    ("ذكرت وسائل إعلام إسرائيلية أن الجيش قصف موقعا قرب بلدة خان أرنبة في القنيطرة أمس.", "ISRMIL"),
    (
        "وأفادت وسائل الإعلام الإسرائيلية بأن الجيش أغار على موقع قرب بلدة خان أرنبة في القنيطرة أمس.",
        "ISRMIL",
    ),
    # a news agency of a state reports on every war: the army stays the report's
    ("ذكرت وكالة الأنباء الفرنسية أن الجيش قصف موقعا قرب بلدة خان أرنبة في القنيطرة أمس.", "SYRMIL"),
]


@pytest.mark.parametrize(("text", "code"), TOLD_ROWS, ids=[f"{i}-{r[1]}" for i, r in enumerate(TOLD_ROWS)])
def test_the_army_its_own_state_tells_of(pipeline, text: str, code: str) -> None:  # noqa: ANN001
    from rasad.model import Article
    from tests.test_extraction import WED

    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    # (the last event is the one the army's sentence reports)
    assert events[-1].actor1 is not None and events[-1].actor1.code == code
