"""Leaders' bare family names, indefinite group words, Lebanon's parties and Kurdish security forces (rows of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Article
from rasad.pipeline import Pipeline
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
        # the Barzanis lead the Kurdistan Region: the family name alone is its government
        ("وقال البارزاني إن الإقليم سيجري الاستفتاء", [("البارزاني", "IRQGOV")]),
        ("واستقبل نيجيرفان بارزاني الوفد في أربيل", [("نيجيرفان بارزاني", "IRQGOV")]),
        # Houthis named by an indefinite plural or adjective
        ("وهددت قيادات حوثية بقطع المياه عن المدينة", [("قيادات حوثية", "YEMREB")]),
        ("وشن مقاتلون حوثيون هجوما على الجبل", [("مقاتلون حوثيون", "YEMREB")]),
        ("وقتل عناصر حوثية في غارة على الحي", [("عناصر حوثية", "YEMREB")]),
        # a state's forces without the article
        ("وانتشرت قوات سعودية على الحدود", [("قوات سعودية", "SAUMIL")]),
        ("ووصلت قوات أمريكية إلى القاعدة الجوية", [("قوات أمريكية", "USAMIL")]),
        ("وقصفت قوات تركية مواقع في الجبال", [("قوات تركية", "TURMIL")]),
        ("ووصلت قوات إماراتية وسودانية إلى الميناء", [("قوات إماراتية", "AREMIL")]),
        ("وأغارت طائرات أردنية على مواقع التنظيم", [("طائرات أردنية", "JORMIL")]),
        ("وقصفت طائرات إسرائيلية موقعا عسكريا", [("طائرات إسرائيلية", "ISRMIL")]),
        # Lebanon's parties: in the cabinet of 2015 the government's, outside it the opposition's
        ("وأعلن تيار المستقبل رفضه للتمديد", [("تيار المستقبل", "LBNGOV")]),
        (
            "واجتمع وفد من التيار الوطني الحر مع حركة أمل",
            [("التيار الوطني الحر", "LBNGOV"), ("حركة أمل", "LBNGOV")],
        ),
        ("ودعا الحزب التقدمي الاشتراكي إلى الحوار", [("الحزب التقدمي الاشتراكي", "LBNGOV")]),
        ("وانتقد حزب القوات اللبنانية قرار التمديد", [("حزب القوات اللبنانية", "LBNOPP")]),
        ("وزار سمير جعجع البطريرك", [("سمير جعجع", "LBNOPP")]),
    ],
)
def test_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


def _codes(text: str) -> set[str | None]:
    doc = Pipeline().make_doc(Article(id="t", text=text, published=dt.date(2015, 10, 14)))
    return {m.data["entry"].get("code") for m in doc.mentions if m.kind == "actors"}


def test_iraqi_parliament_committee() -> None:
    # a member of the Iraqi parliament's security committee, in an Iraq report
    text = (
        "وطالب عضو لجنة الأمن والدفاع النيابية الحكومة بإرسال تعزيزات إلى الرمادي في محافظة الأنبار العراقية"
    )
    assert "IRQGOV" in _codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the Asayish: the Kurdistan Region's security forces in Iraq, the YPG's police in Syria
        ("واعتقلت قوات الأسايش ثلاثة مشتبه بهم في مدينة السليمانية العراقية", "IRQMIL"),
        ("واعتقلت قوات الأسايش ثلاثة شبان في مدينة القامشلي السورية", "SYRREB"),
    ],
)
def test_asayish(text: str, code: str) -> None:
    pipe = Pipeline()
    events = pipe(Article(id="t", text=text, published=dt.date(2015, 10, 14)))
    assert any(e.actor1 is not None and e.actor1.code == code for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police of an Iraqi governorate is Iraq's
        ("وأعلنت شرطة محافظة ديالى اعتقال مطلوبين", [("شرطة محافظة ديالى", "IRQMIL")]),
        ("وقالت قيادة شرطة نينوى إن الطريق مغلق", [("شرطة نينوى", "IRQMIL")]),
        # the parties of Iraq's cabinet of 2015; the Iranian and the Syrian KDP are others
        ("وانتقد ائتلاف دولة القانون القرار", [("ائتلاف دولة القانون", "IRQGOV")]),
        ("ودعا التيار الصدري أنصاره إلى التظاهر", [("التيار الصدري", "IRQGOV")]),
        ("ورحب الاتحاد الوطني الكردستاني بالاتفاق", [("الاتحاد الوطني الكردستاني", "IRQGOV")]),
        ("وقال الحزب الديمقراطي الكردستاني إن الرئاسة باقية", [("الحزب الديمقراطي الكردستاني", "IRQGOV")]),
        (
            "وقال الحزب الديمقراطي الكردستاني الإيراني إن مقاتليه انسحبوا",
            [("الحزب الديمقراطي الكردستاني الإيراني", "IRNREB")],
        ),
        (
            "وانتقد الحزب الديمقراطي الكردستاني السوري الاعتقالات",
            [("الحزب الديمقراطي الكردستاني السوري", "SYROPP")],
        ),
        ("وصوت البرلمان اللبناني على القانون", [("البرلمان اللبناني", "LBNGOV")]),
    ],
)
def test_iraq_police_and_parties(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # distinctive family names of 2015's office holders, alone
        ("وقال بحاح إن الحكومة ستعود إلى عدن", [("بحاح", "YEMGOV"), ("الحكومة", "GOV")]),
        ("وبحث الحلقي مع الوفد الزائر", [("الحلقي", "SYRGOV")]),
        ("وأكد المشنوق أن الخطة الأمنية مستمرة", [("المشنوق", "LBNGOV")]),
        ("وهدد الخزعلي بالانسحاب من المعركة", [("الخزعلي", "IRQUAF")]),
        ("وصرحت زاخاروفا للصحفيين", [("زاخاروفا", "RUSGOV")]),
        ("والتقى كوبلر بالنواب في طبرق", [("كوبلر", "IGOUNO")]),
    ],
)
def test_family_names_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected
