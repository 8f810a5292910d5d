"""Sides the actor lexicon missed (rows of our own): the state's security men named without the article, forces
loyal to a president or a government, Iran's state bodies and Yemen's General People's Congress."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a security force or man named without the article is the state's, of whatever country the event is in
        ("وداهمت قوة أمنية منزلا في الحي", [("قوة أمنية", "MIL")]),
        ("وانتشرت قوات أمنية في محيط السوق", [("قوات أمنية", "MIL")]),
        ("وأصيب عنصر أمني بجروح", [("عنصر أمني", "MIL")]),
        ("واعتقل عناصر الأمن شابين", [("عناصر الأمن", "MIL")]),
        ("وقال قائد شرطة المحافظة إن", [("قائد شرطة", "MIL")]),
        # Iran's atomic energy organization and security council, and a name written without its space
        ("وقال رئيس منظمة الطاقة الذرية الإيرانية إن", [("منظمة الطاقة الذرية الإيرانية", "IRNGOV")]),
        ("واجتمع المجلس الأعلى للأمن القومي الإيراني", [("المجلس الأعلى للأمن القومي الإيراني", "IRNGOV")]),
        ("وأكد أمير عبداللهيان أن", [("أمير عبداللهيان", "IRNGOV")]),
        # Hezbollah's deputy leader and Iraq's vice president of 2015
        ("وقال نعيم قاسم إن الحزب", [("نعيم قاسم", "LBNUAF")]),
        ("وقال نائب الأمين العام لحزب الله إن", [("نائب الأمين العام لحزب الله", "LBNUAF")]),
        ("واستقبل أسامة النجيفي الوفد", [("أسامة النجيفي", "IRQGOV")]),
        # the atomic energy agency is of the UN's family
        ("ودعت الوكالة الدولية للطاقة الذرية إلى", [("الوكالة الدولية للطاقة الذرية", "IGOUNO")]),
        # Saleh's party is an unarmed political side of Yemen, not his forces
        ("ورفض حزب المؤتمر الشعبي العام المبادرة", [("حزب المؤتمر الشعبي العام", "YEMOPP")]),
        ("وقال قيادي في حزب صالح إن", [("حزب صالح", "YEMOPP")]),
    ],
)
def test_sides_the_lexicon_missed(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    found = [m for m in Matcher.default().scan(norm) if m.kind == "actors"]
    assert [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _sides(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    events = pipeline(Article(id="t", text=text, published=dt.date(2015, 8, 3)))
    out = []
    for e in events:
        d = e.to_dict()
        if d.get("event_type"):
            out.append(((d.get("actor1") or {}).get("code"), (d.get("actor2") or {}).get("code")))
    return out


def test_a_security_force_in_iraq_is_iraqs(pipeline: Pipeline) -> None:
    text = "وقتلت قوة أمنية خمسة من مسلحي داعش في ديالى"
    assert _sides(pipeline, text) == [("IRQMIL", "IRQREB")]


def test_the_bare_popular_congress_is_saleh_party_only_in_yemen() -> None:
    norm = normalize("وقال حزب المؤتمر الشعبي في الخرطوم إن")
    assert not [m for m in Matcher.default().scan(norm) if m.data["entry"].id == "yemen-gpc"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces and men loyal to Hadi are his army taking ground, not his government taken from
        ("وسيطرت قوات عسكرية موالية للرئيس اليمني على مدينة زنجبار", [("YEMMIL", None)]),
        ("ودخل الموالون للرئيس هادي مبنى المحافظة في عدن", [("YEMMIL", None)]),
        # Saleh's remnants are his forces
        ("وهاجمت فلول صالح مواقع المقاومة في لحج", [("YEMMIL", "YEMUAF")]),
    ],
)
def test_forces_loyal_to_a_president(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _sides(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهاجمت قوات حكومية البلدة", [("قوات حكومية", "MIL")]),
        ("وتقدمت القوات الموالية للحكومة نحو المدينة", [("القوات الموالية للحكومة", "MIL")]),
        (
            "واشتبكت قوات موالية للحكومة المعترف بها دوليا مع مسلحين",
            [("قوات موالية للحكومة المعترف بها دوليا", "MIL")],
        ),
    ],
)
def test_forces_loyal_to_the_government_are_no_government(text: str, expected: list[tuple[str, str]]) -> None:
    norm = normalize(text)
    found = [
        m for m in Matcher.default().scan(norm) if m.kind == "actors" and m.data["entry"].get("code") != "REB"
    ]
    assert [(norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found][
        :1
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of where the militias stand or are held does not make another name of the bare noun
        (
            "وقال إن عناصر الميليشيات المحاصرين في المبنى أطلقوا النار على مدني في تعز فأردوه قتيلا",
            [("YEMREB", "YEMCVL")],
        ),
        ("وقتل مدني برصاص الميليشيات المتمركزة في جبل صبر بمدينة تعز", [("YEMREB", "YEMCVL")]),
    ],
)
def test_the_bare_militias_where_they_stand(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _sides(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Kurdish security forces are no state forces of Syria: the Asayish there, the region's forces in Iraq
        ("واعتقلت قوات الأمن الكردية عشرة شبان في مدينة القامشلي", [("SYRREB", None)]),
        ("واعتقلت قوات الأمن الكردية عشرة شبان في مدينة أربيل", [("IRQMIL", None)]),
        # Kurdish forces and Shia fighters without the article
        ("وسيطرت قوات كردية على قرية قرب تل أبيض", [("SYRREB", None)]),
        ("وهاجم مقاتلون شيعة قرية قرب سامراء", [("IRQUAF", None)]),
    ],
)
def test_kurdish_and_shia_forces(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _sides(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officers and military men named by their nationality are their state's forces
        ("وقتل ضباط إيرانيون في المعارك", [("ضباط إيرانيون", "IRNMIL")]),
        ("وعثر على ضابط إيراني مصاب", [("ضابط إيراني", "IRNMIL")]),
        ("وتدرب المقاتلون بقيادة عسكريين أميركيين", [("عسكريين أميركيين", "USAMIL")]),
        # not one who defected or served before
        ("وقتل ضابط سوري منشق", []),
        ("وقاد ضابط عراقي سابق الهجوم", []),
    ],
)
def test_officers_by_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    doc = Pipeline().make_doc(Article(id="t", text=text, published=dt.date(2015, 8, 3)))
    found = [m for m in doc.mentions if m.kind == "actors"]
    assert [
        (doc.norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code")) for m in found
    ] == expected
