"""Political (PLOVER) events: a verb carrying its object's pronoun right after a side ("مقاتلون تدعمهم
السعودية") has the side after it as its subject and the side before as its object; a denial that one rejected
something is no rejection; a charge, demand or condemnation aimed at another body of the doer's own state keeps
that body as its counterpart; the pluperfect (وكان … قد) recalls a statement of the news unless it is dated
long before; a demand, a call or a condemnation is also told by its noun with the possessor's pronoun
("جددت مطالبتها"); the side a verb takes is sought past a comma after its subject, the sides named with
it and a quoted name's adjective; the side a visit told as the act's setting takes ("بعد زيارته دمشق") is no
counterpart of the act; the speaker's state named by its pronoun (ان بلاده ترفض) is the subject of the act; sanctions announced for the future (ستفرض عقوبات) are a threat; the future س on an imperfect verb the lexicon lists
among nouns (سيدعم، ستؤيد) plans the act; a minister or ambassador of any state the lexicon has a government for
is named by its nationality adjective; a threat against an aggression named by its state's adjective (اي عدوان
امريكي) is made against that state; an act in the present dated to a day to come (وفي اليوم نفسه يلتقي) is
planned; the place of a visit told as what comes before or after the act (بعد زيارته دمشق) is not the act's; the
act a condition is answered with (اذا … فان موسكو ستدعم) is hypothetical, but for sanctions (a threat); his
counterpart right after a verb (يلتقي نظيره المصري) is not its subject. Each row is a short report written for the project and names the rule it checks; the rows are
(text, expected [(PLOVER type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "وهاجم الحوثيون مدينة عدن اليمنية. وسيطر على المدينة مسلحون قبليون تدعمهم السعودية.",
        [("SUPPORT", "SAUGOV", "YEMUAF")],
        id="a side described by a verb with its pronoun is the object, the side after it the supporter",
    ),
    pytest.param(
        "وهاجم الحوثيون مدينة عدن اليمنية. وهاجم المدينة مسلحون قبليون تتهمهم الحكومة بالولاء للحوثيين.",
        [("ACCUSE", "YEMGOV", "YEMUAF")],
        id="the side a charge with the object's pronoun describes is the one charged",
    ),
    pytest.param(
        "وأكدت قطر دعمها المعارضة السورية.",
        [("SUPPORT", "QATGOV", "SYROPP")],
        id="a verbal noun with its possessor's pronoun keeps the side before as the doer",
    ),
    pytest.param(
        "ونفى المتحدث باسم وزارة الدفاع الأمريكية أن يكون قد رفض طلب المقاتلين.",
        [],
        id="denying having rejected something rejects nothing",
    ),
    pytest.param(
        "ونفت الحكومة اليمنية رفضها المبادرة الأممية.",
        [],
        id="denying one's rejection, told by its noun, rejects nothing",
    ),
    pytest.param(
        "ونفى المتحدث باسم الحوثيين على حسابه في تويتر أمس ما نقل عن زعيم الجماعة بشأن رفضه الهدنة.",
        [],
        id="denying a report of one's rejection rejects nothing",
    ),
    pytest.param(
        "ونفى المتحدث باسم الحوثيين الأنباء عن مقتل قائدهم ورفض الهدنة.",
        [("REJECT", "YEMREB", None)],
        id="a rejection told as a second act after a denial is no content of the denial",
    ),
    pytest.param(
        "ونفى الجيش الأمريكي قصف المستشفى.",
        [("REJECT", "USAMIL", None)],
        id="a denial of an attack stays the denial",
    ),
    pytest.param(
        "وأدانت الحكومة الليبية المعترف بها دوليا حكومة طرابلس.",
        [("ACCUSE", "LBYGOV", "LBYGOV")],
        id="a condemnation of a rival body of the same state keeps its counterpart",
    ),
    pytest.param(
        "وندد رئيس الوزراء العراقي بتصريحات رئيس البرلمان العراقي.",
        [("ACCUSE", "IRQGOV", "IRQGOV")],
        id="a condemnation of another office of the same state, named right after what is condemned",
    ),
    pytest.param(
        "وطالب مجلس محافظة الأنبار الحكومة العراقية بوقف القصف.",
        [("REQUEST", "IRQGOV", "IRQGOV")],
        id="a demand of a local council to its own state's government",
    ),
    pytest.param(
        "وأدان وزير الخارجية السعودي عادل الجبير الهجوم.",
        [("ACCUSE", "SAUGOV", None)],
        id="the doer named again by his name is no counterpart",
    ),
    pytest.param(
        "وندد الأمين العام للأمم المتحدة بان كي مون بالهجوم.",
        [("ACCUSE", "IGOUNO", None)],
        id="an international body's head named after his title is no counterpart",
    ),
    pytest.param(
        "وأدانت الخارجية السعودية الهجوم، مؤكدة وقوف المملكة مع لبنان.",
        [("ACCUSE", "SAUGOV", None)],
        id="the doer's state named further on in what it says is no counterpart",
    ),
    pytest.param(
        "واتهمت الحكومة الليبية وقوات الجيش، المتشددين بخرق الهدنة.",
        [("ACCUSE", "LBYGOV", "LBYREB")],
        id="the side charged past a comma after the subject and a side named with it",
    ),
    pytest.param(
        "واتهمت «وحدات حماية الشعب» الكردية، التي تقاتل تنظيم داعش، تركيا بقصف مواقعها.",
        [("ACCUSE", "SYRREB", "TURGOV")],
        id="the side charged past a quoted subject's adjective, a comma and a relative clause",
    ),
    pytest.param(
        "وقالت المصادر إن المبعوث الأممي سيلتقي بعد زيارته دمشق قيادات في المعارضة السورية.",
        [("CONSULT", "IGOUNO", "SYROPP")],
        id="the place a visit told as the setting takes is no counterpart of the meeting",
    ),
    pytest.param(
        "وقال وزير الخارجية القطري إن بلاده ترفض التدخل الإيراني في شؤون المنطقة.",
        [("REJECT", "QATGOV", "IRNGOV")],
        id="the speaker's state named by its pronoun rejects",
    ),
    pytest.param(
        "وقال وزير الخارجية الفرنسي إن حكومته تطالب روسيا بوقف الغارات.",
        [("REQUEST", "FRAGOV", "RUSGOV")],
        id="the speaker's government named by its pronoun is the subject, the side after it is asked",
    ),
    pytest.param(
        "وكان البيت الأبيض قد هدد بفرض عقوبات جديدة على إيران.",
        [("THREATEN", "USAGOV", "IRNGOV")],
        id="a threat recalled in the pluperfect with no date of its own is told",
    ),
    pytest.param(
        "وكانت الخارجية الأمريكية قد هددت إيران بعقوبات.",
        [("THREATEN", "USAGOV", "IRNGOV")],
        id="the subject between كان and قد is the doer, the side after the verb its object",
    ),
    pytest.param(
        "وكانت الحكومة اليمنية اتهمت جماعة الحوثيين باستهداف مكتب الاتصالات.",
        [("ACCUSE", "YEMGOV", "YEMREB")],
        id="a charge recalled by كان and the perfect, without قد",
    ),
    pytest.param(
        "وكانت الحكومة اليمنية اتهمت في أبريل الماضي الحوثيين باستهداف المدنيين.",
        [],
        id="a charge recalled by كان and the perfect, dated months back, is background",
    ),
    pytest.param(
        "وكان البيت الأبيض قد قال إنه سيفرض عقوبات جديدة على إيران.",
        [("THREATEN", "USAGOV", "IRNGOV")],
        id="sanctions a side says it will impose are its threat",
    ),
    pytest.param(
        "وستفرض الولايات المتحدة عقوبات جديدة على إيران.",
        [("THREATEN", "USAGOV", "IRNGOV")],
        id="sanctions announced in the future are a threat, not sanctions imposed",
    ),
    pytest.param(
        "وفرضت الولايات المتحدة عقوبات جديدة على إيران.",
        [("SANCTION", "USAGOV", "IRNGOV")],
        id="sanctions imposed stay a sanction",
    ),
    pytest.param(
        "وكان الرئيس الأمريكي قد هدد في مايو الماضي بفرض عقوبات على روسيا.",
        [],
        id="a pluperfect threat dated months back is background",
    ),
    pytest.param(
        "وكان وزير الخارجية الأردني قد التقى نظيره المصري.",
        [],
        id="an undated pluperfect meeting is background",
    ),
    pytest.param(
        "وجددت السعودية مطالبتها لمجلس الأمن الدولي بالتحرك لوقف القتل.",
        [("REQUEST", "SAUGOV", "IGOUNO")],
        id="a demand renewed, its noun with the possessor's pronoun",
    ),
    pytest.param(
        "وأكدت الإمارات إدانتها الشديدة للهجوم الإرهابي.",
        [("ACCUSE", "AREGOV", None)],
        id="a condemnation affirmed, its noun with the possessor's pronoun",
    ),
    pytest.param(
        "وجدد الأمين العام للجامعة العربية دعوته الأطراف الليبية إلى الحوار.",
        [("REQUEST", "IGOARL", None)],
        id="a call renewed, its noun with the possessor's pronoun",
    ),
    pytest.param(
        "وانضم الاتحاد الدولي للصحفيين إلى نقابة الصحفيين العراقيين في مطالبتها بحماية الصحفيين يوم الأحد.",
        [],
        id="a demand named after في (in its demand) is a stance joined, no act told",
    ),
    pytest.param(
        "وسبق أن هددت واشنطن بفرض عقوبات على إيران.",
        [],
        id="سبق أن recalls what was done before",
    ),
    pytest.param(
        "وقال المتحدث إن الاتحاد الأوروبي سيدعم الحكومة اليمنية في المرحلة المقبلة.",
        [("SUPPORT", "IGOEUR", "YEMGOV")],
        id="the future of an imperfect verb listed among nouns (سيدعم) is the act",
    ),
    pytest.param(
        "وستؤيد فرنسا المبادرة المصرية.",
        [("SUPPORT", "FRAGOV", "EGYGOV")],
        id="the future with a conjunction (وستؤيد)",
    ),
    pytest.param(
        "والتقى وزير الخارجية الأسترالي نظيره الإيراني في طهران.",
        [("CONSULT", "AUSGOV", "IRNGOV")],
        id="a minister of a state named by its nationality adjective, beyond the region",
    ),
    pytest.param(
        "واستقبل وزير الخارجية المصري السفير الهندي في القاهرة.",
        [("CONSULT", "EGYGOV", "INDGOV")],
        id="an ambassador named by his state's adjective",
    ),
    pytest.param(
        "وأعلنت الخارجية الروسية أن لافروف يصل إلى القاهرة الخميس المقبل، وفي اليوم نفسه يلتقي نظيره المصري.",
        [("CONSULT", "RUSGOV", "EGYGOV")],
        id="his counterpart right after the verb is whom the subject told before meets, not the subject",
    ),
    pytest.param(
        "وتوعد قائد الحرس الثوري بالرد بقوة على أي عدوان أمريكي.",
        [("THREATEN", "IRNMIL", "USAGOV")],
        id="a threat against an aggression named by its state's adjective",
    ),
    pytest.param(
        "وحذرت الحكومة السورية من أي تدخل عسكري تركي في أراضيها.",
        [("THREATEN", "SYRGOV", "TURGOV")],
        id="a warning against an intervention named by its state's adjective",
    ),
    pytest.param(
        "وإذا وافقت المعارضة على الحوار فإن الوزير الروسي سيزور دمشق.",
        [],
        id="the act a condition is answered with (اذا … فان) is hypothetical",
    ),
    pytest.param(
        "ولو قبلت الحكومة السورية المبادرة فسيلتقي المبعوث الأممي الرئيس السوري.",
        [],
        id="the act a condition is answered with by فـ on the verb is hypothetical",
    ),
    pytest.param(
        "وقال المتحدث إنه في حال فشل المفاوضات، فإن واشنطن ستفرض عقوبات على موسكو.",
        [("THREATEN", "USAGOV", "RUSGOV")],
        id="sanctions a condition is answered with are a threat made",
    ),
    pytest.param(
        "وإذا وافقت المعارضة على الحوار فإن موسكو ستدعم المفاوضات.",
        [],
        id="support a condition is answered with, in the future of an imperfect listed among nouns",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_27(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


# (text, expected [(PLOVER type, status, date, place)] of the political events, published on WED 2015-10-14)
STATUS_PLACE_ROWS = [
    pytest.param(
        "وسيرفض البرلمان العراقي الاتفاق الأمني في جلسته المقبلة.",
        [("REJECT", "planned", "2015-10-14", None)],
        id="a rejection announced with the future س on an imperfect listed among nouns is planned",
    ),
    pytest.param(
        "وأعلنت الخارجية الروسية أن لافروف يصل إلى القاهرة الخميس المقبل، وفي اليوم نفسه يلتقي نظيره المصري.",
        [("CONSULT", "planned", "2015-10-15", None)],
        id="an act in the present on the same day as a day to come is planned on that day",
    ),
    pytest.param(
        "وقالت المصادر إن المبعوث الأممي سيلتقي بعد زيارته بغداد قادة الأحزاب الكردية في أربيل.",
        [("CONSULT", "planned", "2015-10-14", "أربيل")],
        id="the place of a visit told as what comes before the meeting is not the meeting's",
    ),
    pytest.param(
        "والتقى وزير الدفاع البريطاني أمس في أربيل رئيس إقليم كردستان. وجاءت زيارته لأربيل بعد يوم من زيارة"
        " لبغداد التقى خلالها رئيس الوزراء العراقي.",
        [("CONSULT", "occurred", "2015-10-13", "أربيل"), ("CONSULT", "occurred", "2015-10-12", "بغداد")],
        id="a meeting within a visit a day before (بعد يوم من زيارة … التقى خلالها) is dated a day back",
    ),
    pytest.param(
        "والتقى وزير الخارجية الفرنسي أمس في الرياض ولي العهد السعودي، عقب زيارته إلى عمان حيث التقى العاهل"
        " الأردني.",
        [("CONSULT", "occurred", "2015-10-13", "الرياض")],
        id="a meeting within a visit before it, undated (عقب زيارته … حيث التقى): background, not the day's",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUS_PLACE_ROWS)
def test_political_status_place_27(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.status, str(e.event_date), e.place.name_ar if e.place else None)
        for e in pipeline(Article(id="t", text=text, published=WED))
        if e.category == "political"
    ]
    assert got == expected
