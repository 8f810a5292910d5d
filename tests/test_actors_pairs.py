"""Two states' bodies named with one noun and two nationality adjectives ("الحكومتان الباكستانية والتركية"): each
state's government or army."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

# (the publication day is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import WED


def _codes(pipeline: Pipeline, text: str) -> list[str | None]:
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    return [m.data["entry"].get("code") for m in doc.mentions if m.kind == "actors"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a dual: each adjective a body of its own
        ("وأكدت الحكومتان الباكستانية والتركية دعمهما للحل السياسي.", ["PAKGOV", "TURGOV"]),
        ("وبحث الرئيسان الروسي والإيراني الأزمة في اتصال هاتفي.", ["RUSGOV", "IRNGOV"]),
        ("وفشلت المفاوضات بين الجانبين التركي والأمريكي بشأن القاعدة.", ["TURGOV", "USAGOV"]),
        ("وقال إن الخطة تشمل الجيشين العراقي والسوري في الحرب على التنظيم.", ["IRQMIL", "SYRMIL"]),
        # with the clitic ل, which drops the article's alif, and with ب
        ("وحمل البيان المسؤولية للنظامين السوري والإيراني عن المجزرة.", ["SYRGOV", "IRNGOV"]),
        ("وأشاد الوزير بالجيشين العراقي والسوري في المعركة.", ["IRQMIL", "SYRMIL"]),
        ("وقدمت الدولة دعما للجيشين الأفغاني والباكستاني.", ["AFGMIL", "PAKMIL"]),
        # the first named with its noun, the second by its adjective alone
        ("واتفقت الحكومة الباكستانية والتركية على تعزيز التعاون.", ["PAKGOV", "TURGOV"]),
        ("وشنت القوات الأفغانية والباكستانية حملة على المسلحين.", ["AFGMIL", "PAKMIL"]),
    ],
)
def test_two_states_named_with_one_noun(pipeline: Pipeline, text: str, codes: list[str]) -> None:
    assert [c for c in _codes(pipeline, text) if c in codes] == codes


@pytest.mark.parametrize(
    "text",
    [
        # the lands of two states are no side
        "وانسحب المسلحون من الأراضي العراقية والسورية.",
        # a body not named with its state's adjective takes no second one
        "وقصفت قوات الأمن المواقع الجبلية والساحلية.",
    ],
)
def test_two_adjectives_of_no_state_body(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c and c[3:] in ("GOV", "MIL")]
