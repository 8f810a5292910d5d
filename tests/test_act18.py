"""Conflict acts told in the past in a clause that goes on to what is to come: the act told as done is an event
(conflict trigger filters)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.assemble.conflict import conflict_triggers
from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

WED = dt.date(2015, 10, 14)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an act claimed in the past, then what the side says it will do
        ("أعلنت جماعة مسلحة أنها قتلت أمس في مدينة حلب رجلا مؤكدة أنها ستواصل القتال.", "Attack"),
        ("أعلنت جماعة مسلحة أنها قتلت أمس في مدينة حلب رجلا مؤكدة أنها ستواصل عملياتها.", "Attack"),
    ],
)
def test_done_before_what_is_to_come(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        # what is to come only
        "وقال قائد الفصيل إن قواته ستواصل القتال في مدينة حلب حتى النصر.",
        "من المقرر أن يزور الوزير غدا مدينة حلب.",
        "وأكد القائد أن الجيش سيقصف غدا مواقع المسلحين في مدينة حلب.",
    ],
)
def test_nothing_done(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a killing claimed in a relative clause, after a campaign told before and before the act it answered
        "واستهدفت الحملة أيضا عناصر من الجماعة التي أعلنت تبني مقتل جنديين الأربعاء في بلدة القائم، ردا على قصف القرية.",
        "واستهدفت العملية أيضا عناصر من الجماعة التي أعلنت تبني مقتل جنديين الأربعاء في بلدة القائم.",
        "وقتل مسلحون جنديين الأربعاء في بلدة القائم، ردا على قصف القرية.",
    ],
)
def test_killing_told_before_the_act_answered(pipeline: Pipeline, text: str) -> None:
    assert 2 in [e.fatalities for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # the dual and other conjugations of the acts the lexicon lists
        ("وقال المرصد إن سيارتين مفخختين انفجرتا أمس عند مدخل مدينة الرمادي.", "انفجرتا"),
        ("هز تفجيران أمس سوقا شعبيا في مدينة الرمادي.", "تفجيران"),
        ("وأفاد المرصد أن قذيفتين استهدفتا أمس حيا سكنيا في مدينة حلب.", "استهدفتا"),
        ("وألقى الطيران المروحي أمس برميلين على بلدة داريا.", "برميلين"),
        ("وقال المرصد إن البلدتين قصفتا أمس بعشرات القذائف في ريف حلب.", "قصفتا"),
        ("وقال مصدر إن الجيش والعشائر استعادا أمس بلدة البغدادي.", "استعادا"),
        ("وأضاف أن عناصر من المقاومة دهموا أمس منزلا في حي المنصورة بمدينة عدن.", "دهموا"),
        ("وقال الناشطون إن عناصر الأمن أوقفوا أمس ثلاثة شبان في حي المنصورة بمدينة عدن.", "اوقفوا"),
        ("وسقط قتيلان أمس في اشتباكات بين فصيلين في مدينة بنغازي.", "قتيلان"),
    ],
)
def test_conjugations_matched(pipeline: Pipeline, text: str, form: str) -> None:
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    assert form in [t.norm for c in doc.clauses for t in conflict_triggers(doc, c)]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # بعد naming an hour is the time of the act, not an act it came after
        (
            "ودارت بعد منتصف ليل أمس اشتباكات عنيفة بين الجيش ومسلحي التنظيم في حي الصناعة بمدينة دير الزور.",
            "Armed clash",
        ),
        (
            "وأفاد ناشطون بعد ظهر أمس بسيطرة مقاتلي المعارضة على بلدة كفرنبودة.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_after_an_hour(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e.sub_event_type for e in _conflict(pipeline, text)]
