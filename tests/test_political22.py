"""Political (PLOVER) events: non-governmental organisations (CAMEO NGO codes) and named civil bodies speak
(demands, accusations, condemnations) but are no fighting side; the participle of holding responsible (محملا);
a speaker before a colon; bare النظام as the side held or asked in a report on Syria; and a statement that
inherits the date of a background act. Each row is a short report written for the project and names the rule it
checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import political_triples as _political
from tests.test_extraction import WED, _extract

ROWS = [
    pytest.param(
        "وقال رئيس الاتحاد الدولي للصحفيين إننا نطالب الحكومة العراقية بحماية الصحفيين.",
        [("REQUEST", "NGOMED", "IRQGOV")],
        id="an NGO's head speaks: a demand of the NGO",
    ),
    pytest.param(
        "ودانت منظمة هيومن رايتس ووتش قصف المتمردين للأحياء السكنية في عدن.",
        [("ACCUSE", "NGOHRI", "YEMREB")],
        id="a human-rights organisation condemns",
    ),
    pytest.param(
        "وقال مؤيد اللامي نقيب الصحفيين العراقيين: إن النقابة تطالب الجهات المعنية بحماية الصحفيين.",
        [("REQUEST", "IRQCVL", None)],
        id="a named civil body speaks: its demand",
    ),
    pytest.param(
        "وطالب المدنيون في المدينة الحكومة بتوفير الخبز.",
        [],
        id="the civilians are no named body",
    ),
    pytest.param(
        "وزارت منظمة أطباء بلا حدود المستشفى الميداني في تعز.",
        [],
        id="an NGO's visit is no diplomacy",
    ),
    pytest.param(
        "وقال وزير الإعلام العراقي إننا نقف مع الصحفيين في بلد يعتبر فيه العمل الميداني تهديدا مستمرا للحياة.",
        [],
        id="is held to be (يعتبر فيه): by no one named, no accusation",
    ),
    pytest.param(
        "وأدانت الحكومة اليمنية الهجوم محملة جماعة الحوثي المسؤولية الكاملة.",
        [("ACCUSE", "YEMGOV", "YEMREB")],
        id="the feminine participle of holding responsible",
    ),
    pytest.param(
        "وأكد وزير الدفاع العراقي مقتل خمسة جنود في الهجوم محملا تنظيم داعش المسؤولية.",
        [("ACCUSE", "IRQGOV", "IRQREB")],
        id="the participle محملا after what the minister said",
    ),
    pytest.param(
        "وصلت قافلة محملة بالأدوية إلى المدينة وحملت الأمم المتحدة الحكومة المسؤولية عن الحصار.",
        [("ACCUSE", "IGOUNO", None)],
        id="loaded with medicine is no holding responsible",
    ),
    pytest.param(
        "وزير الداخلية العراقي: تنظيم داعش يقف وراء تفجير بغداد",
        [("ACCUSE", "IRQGOV", "IRQREB")],
        id="a headline's speaker before the colon: who is behind is his accusation",
    ),
    pytest.param(
        "مصدر أمني: تنظيم داعش يقف وراء تفجير بغداد",
        [],
        id="no side before the colon: no accuser",
    ),
    pytest.param(
        "وحملت المعارضة السورية النظام مسؤولية المجزرة في دوما.",
        [("ACCUSE", "SYROPP", "SYRGOV")],
        id="bare النظام held responsible in a Syria report",
    ),
    pytest.param(
        "وطالب الائتلاف الوطني السوري النظام بالإفراج عن المعتقلين في دمشق.",
        [("REQUEST", "SYROPP", "SYRGOV")],
        id="bare النظام asked in a Syria report",
    ),
    pytest.param(
        "وطالبت الأمم المتحدة النظام الدولي بالتحرك لإنقاذ المدنيين في حلب.",
        [("REQUEST", "IGOUNO", None)],
        id="the international order is no regime",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_22(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


def test_ngo_named_near_a_killing_is_no_fighting_side(pipeline: Pipeline) -> None:
    text = "طالب الاتحاد الدولي للصحفيين بحماية المراسلين بعد مقتل المصور الصحفي في مدينة الموصل على يد تنظيم داعش."
    conflict = [e for e in _extract(pipeline, text, WED) if e.category == "conflict"]
    assert conflict
    assert all(not (e.actor1 and (e.actor1.code or "").startswith("NGO")) for e in conflict)


def test_statement_after_a_background_date(pipeline: Pipeline) -> None:
    # the kidnapping's date (weeks before the killing) is no date of the statement that follows
    text = (
        "قتل مسلحون المصور الصحفي في مدينة الموصل يوم 5 أكتوبر الجاري. "
        "وكان المسلحون قد خطفوا المصور من بيته يوم 2 سبتمبر الماضي، وأعدموه يوم 5 أكتوبر. "
        "وقال رئيس الاتحاد الدولي للصحفيين: إننا نطالب الحكومة العراقية بحماية الصحفيين."
    )
    events = [e for e in _extract(pipeline, text, WED) if e.category == "political"]
    assert [(e.plover_type, e.actor1.code if e.actor1 else None) for e in events] == [("REQUEST", "NGOMED")]
    assert events[0].date.date is not None and events[0].date.date >= dt.date(2015, 10, 1)
