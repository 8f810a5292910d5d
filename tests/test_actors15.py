"""Sides of wars the lexicon had few names for, and names it read as another side (rows of our own)."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.match.names import forces_mentions
from rasad.text.normalize import normalize


def _actors(text: str) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    return [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code"))
        for m in Matcher.default().scan(norm)
        if m.kind == "actors"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Darfur's and Kordofan's rebels, not the government of Sudan whose name their own holds
        (
            "وهاجمت حركة العدل والمساواة حامية الجيش في نيالا",
            [("حركة العدل والمساواة", "SDNREB"), ("الجيش", "MIL")],
        ),
        (
            "واشتبكت قوات حركة تحرير السودان مع الجيش شرق الفاشر",
            [("قوات حركة تحرير السودان", "SDNREB"), ("الجيش", "MIL")],
        ),
        ("وقصفت الحركة الشعبية قطاع الشمال مدينة كادقلي", [("الحركة الشعبية قطاع الشمال", "SDNREB")]),
        ("وأعلنت الجبهة الثورية السودانية وقفا لإطلاق النار", [("الجبهة الثورية السودانية", "SDNREB")]),
        # the state's paramilitary and air force, the militias it armed
        ("وتقدمت قوات الدعم السريع نحو جبل مرة", [("قوات الدعم السريع", "SDNMIL")]),
        ("وقصف الطيران السوداني قرى في جنوب كردفان", [("الطيران السوداني", "SDNMIL")]),
        ("وأحرقت ميليشيات الجنجويد قرية غرب الجنينة", [("ميليشيات الجنجويد", "SDNUAF")]),
        ("وتجددت الاشتباكات بين قبيلتي الرزيقات والمعاليا", [("الرزيقات", "SDNUAF"), ("المعاليا", "SDNUAF")]),
        # the unarmed opposition and the ruling party
        ("وقاطع حزب الأمة القومي الحوار الوطني", [("حزب الأمة القومي", "SDNOPP")]),
        ("ورحب حزب المؤتمر الوطني الحاكم بالاتفاق", [("حزب المؤتمر الوطني الحاكم", "SDNGOV")]),
        # South Sudan is not Sudan
        (
            "واتهم رئيس جنوب السودان سلفا كير قوات مشار بخرق الهدنة",
            [("رئيس جنوب السودان", "SSDGOV"), ("سلفا كير", "SSDGOV"), ("قوات مشار", "SSDREB")],
        ),
        ("واستعاد جيش جنوب السودان مدينة ملكال", [("جيش جنوب السودان", "SSDMIL")]),
        # the peacekeepers of Darfur
        ("وتعرضت دورية لبعثة يوناميد لإطلاق نار", [("بعثة يوناميد", "IGOUNO")]),
    ],
)
def test_sudan_sides(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drone's nationality after "without a pilot", as after a model or a branch
        (
            "وقتل ثلاثة من عناصر القاعدة بغارة لطائرة بدون طيار أمريكية",
            [("طائرة بدون طيار أمريكية", "USAMIL")],
        ),
        ("وأسقطت المضادات طائرة من دون طيار تركية قرب الحدود", [("طائرة من دون طيار تركية", "TURMIL")]),
        ("وحلقت الطائرات دون طيار الروسية فوق المدينة", [("الطائرات دون طيار الروسية", "RUSMIL")]),
    ],
)
def test_a_drone_by_its_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    from rasad.pipeline import _governments, _militaries

    norm = normalize(text)
    found = forces_mentions(norm, Matcher.default().scan(norm), _governments(), _militaries())
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Arab coalition as the Houthis' media name it
        ("وشن طيران العدوان السعودي غارات على قرى في صعدة", [("طيران العدوان السعودي", "SAUMIL")]),
        ("واستهدف العدوان السعودي الأمريكي سوقا شعبية", [("العدوان السعودي الأمريكي", "SAUMIL")]),
        # a president's guard is a state's force wherever the event is
        (
            "واشتبكت قوات الحماية الرئاسية مع الحوثيين قرب القصر",
            [("قوات الحماية الرئاسية", "MIL"), ("الحوثيين", "YEMREB")],
        ),
        # a Qalamoun rebel group and the Libyan army's special forces commander
        ("وتبنت سرايا أهل الشام الهجوم على حاجز في الجرود", [("سرايا أهل الشام", "SYRREB")]),
        ("وقال ونيس بوخمادة إن قواته تقدمت في حي الليثي", [("ونيس بوخمادة", "LBYMIL")]),
    ],
)
def test_more_named_sides(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Syrian opposition's figures and councils; هادي in a Syrian's name is not Yemen's president
        ("وقال هادي البحرة إن المعارضة لن تفاوض على مصير المعتقلين", [("هادي البحرة", "SYROPP")]),
        ("ورفض المجلس الوطني الكردي المشاركة في الإدارة الذاتية", [("المجلس الوطني الكردي", "SYROPP")]),
        (
            "والتقى رياض حجاب وفدا من الخارجية الفرنسية",
            [("رياض حجاب", "SYROPP"), ("الخارجية الفرنسية", "FRAGOV")],
        ),
    ],
)
def test_syrian_opposition_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected
