"""Sides named by no name of their own: a diplomat by his state's adjective alone ("قال دبلوماسي أميركي"), the
UN secretary-general by his family name, and the names a side bears only in a report about its country."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

# (the publication day is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import WED


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """(the words as written, the code of the entry) of every actor mention of the report."""
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    return [(m.span.text(text), m.data["entry"].get("code")) for m in doc.mentions if m.kind == "actors"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "وقال دبلوماسي أميركي إن المحادثات حول الملف النووي ستستأنف الأسبوع المقبل.",
            "دبلوماسي أميركي",
            "USAGOV",
        ),
        ("وأكد دبلوماسي روسي كبير أن بلاده لن تغير موقفها من الأزمة.", "دبلوماسي روسي", "RUSGOV"),
        ("ونقلت الصحيفة عن دبلوماسيين إيرانيين أن الاتفاق سيوقع قريبا.", "دبلوماسيين إيرانيين", "IRNGOV"),
        ("وقال دبلوماسيون أتراك إن الحدود ستبقى مغلقة.", "دبلوماسيون أتراك", "TURGOV"),
        ("وأضاف الدبلوماسي الروسي أن موسكو تدعم الحوار.", "الدبلوماسي الروسي", "RUSGOV"),
    ],
)
def test_a_diplomat_named_by_his_state_s_adjective(
    pipeline: Pipeline, text: str, name: str, code: str
) -> None:
    assert (name, code) in _actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # who asks not to be named is the report's source, not a side of it
        "وصرح دبلوماسي تركي رفض الكشف عن هويته بأن المحادثات مستمرة.",
        "وقال دبلوماسيون أميركيون اشترطوا عدم نشر أسمائهم إن الخطة جاهزة.",
        # a former diplomat is no government
        "وقال دبلوماسي أمريكي سابق إن الخطة فشلت.",
        # an adjective of no state
        "وقال دبلوماسي غربي إن المحادثات متعثرة.",
        # an official who announces a toll is no side of it (the side is who killed)
        "أعلن مسؤول تركي عن مقتل جنديين في هجوم على مركز حدودي.",
    ],
)
def test_an_official_who_is_no_side(pipeline: Pipeline, text: str) -> None:
    assert not [a for a in _actors(pipeline, text) if a[0].startswith(("مسؤول", "دبلوماسي"))]


@pytest.mark.parametrize(
    "text",
    [
        # the secretary-general named by his office, then by his family name
        "وحذر الأمين العام للأمم المتحدة من تفاقم الأزمة الإنسانية. وقال بان إن الحل يجب أن يكون سياسيا.",
        # his family name before a verb of saying
        'واتصل بان كي مون برئيس الوزراء، وقال المكتب إن "بان أكد دعمه للحكومة".',
    ],
)
def test_ban_named_alone(pipeline: Pipeline, text: str) -> None:
    assert ("بان", "IGOUNO") in _actors(pipeline, text)


def test_ban_is_that_in_a_report_of_no_secretary_general(pipeline: Pipeline) -> None:
    assert not [a for a in _actors(pipeline, "وأفاد المرصد بأن أكد مصدر طبي وقوع إصابات.") if a[0] == "بأن"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # in Yemen the popular resistance and its committees are the Popular Resistance, backed by whom it may be
        (
            "وتمكنت المقاومة الشعبية المسنودة بقوات الجيش من طرد الحوثيين من حي كريتر في عدن.",
            "المقاومة الشعبية",
            "YEMUAF",
        ),
        ("وهاجمت لجان المقاومة الشعبية مواقع الحوثيين في مدينة عدن.", "لجان المقاومة الشعبية", "YEMUAF"),
        # in Gaza the committees are a Palestinian armed group
        (
            "وأطلقت لجان المقاومة الشعبية صاروخا من قطاع غزة على مستوطنة إسرائيلية.",
            "لجان المقاومة الشعبية",
            "PSEREB",
        ),
    ],
)
def test_a_resistance_named_as_in_its_country(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    assert (name, code) in _actors(pipeline, text)


def test_the_popular_resistance_of_the_west_bank_is_no_yemeni_side(pipeline: Pipeline) -> None:
    text = "ودعا الرئيس الفلسطيني محمود عباس إلى تفعيل المقاومة الشعبية في الضفة الغربية ضد الاستيطان الإسرائيلي."
    assert not [a for a in _actors(pipeline, text) if a[1] == "YEMUAF"]
