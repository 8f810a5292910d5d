"""Forces named by a branch and a nationality, and actors a careful coder would not miss (rows of our own)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import forces_mentions
from rasad.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a branch's adjective between the forces and their nationality: that state's forces, also where the
        # lexicon knows the branch alone as the forces of whatever country the event is in
        ("وانتشرت القوات الخاصة الإماراتية في المدينة", [("القوات الخاصة الإماراتية", "AREMIL")]),
        ("وتقدمت القوات البرية الأردنية نحو الحدود", [("القوات البرية الأردنية", "JORMIL")]),
        ("وأطلقت القوات البحرية المصرية صواريخ", [("القوات البحرية المصرية", "EGYMIL")]),
        # without a nationality they are nobody's in particular here
        ("وانتشرت القوات الخاصة في المدينة", []),
        # a drone's nationality after "without a pilot", as after a model or a branch
        (
            "وقتل ثلاثة من عناصر القاعدة بغارة لطائرة بدون طيار أمريكية",
            [("طائرة بدون طيار أمريكية", "USAMIL")],
        ),
        ("وأسقطت المضادات طائرة من دون طيار تركية قرب الحدود", [("طائرة من دون طيار تركية", "TURMIL")]),
        ("وحلقت الطائرات دون طيار الروسية فوق المدينة", [("الطائرات دون طيار الروسية", "RUSMIL")]),
    ],
)
def test_forces_named_by_branch_and_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    from rasad.pipeline import _governments, _militaries

    norm = normalize(text)
    found = forces_mentions(norm, Matcher.default().scan(norm), _governments(), _militaries())
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of no state named as part of a coalition of states are the coalition's, and its air force strikes
        # from the air
        (
            "وقصف سلاح الجو التابع للتحالف مواقع التنظيم",
            [("سلاح الجو", "INTMIL", "air"), ("تحالف", "INTMIL", None)],
        ),
        (
            "وانتشرت القوات الخاصة التابعة للتحالف في المطار",
            [("القوات الخاصة", "INTMIL", None), ("تحالف", "INTMIL", None)],
        ),
    ],
)
def test_forces_named_as_part_of_a_coalition(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    from rasad.assemble.actors import means_of

    norm = normalize(text)
    found = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code"), means_of(m)) for m in found
    ] == (expected)


def test_a_coalition_air_force_strikes_from_the_air(pipeline) -> None:  # noqa: ANN001
    import datetime as dt

    from rasad.model import Article

    text = "قصف سلاح الجو التابع للتحالف مواقع المسلحين قرب مدينة الحسكة أمس."
    events = pipeline(Article(id="t", text=text, published=dt.date(2015, 8, 3)))
    assert [(e.sub_event_type, e.actor1.code if e.actor1 else None) for e in events] == [
        ("Air/drone strike", "INTMIL")
    ]
