"""Sides of wars the lexicon had few names for, and names it read as another side; leaders' bare family names,
indefinite group words, Lebanon's parties and Kurdish security forces (rows of our own)."""

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
