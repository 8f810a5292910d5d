"""Political (PLOVER) events: a verb carrying its object's pronoun right after a side ("مقاتلون تدعمهم
السعودية") has the side after it as its subject and the side before as its object; a denial that one rejected
something is no rejection; a charge, demand or condemnation aimed at another body of the doer's own state keeps
that body as its counterpart; the pluperfect (وكان … قد) recalls a statement of the news unless it is dated
long before; a demand, a call or a condemnation is also told by its noun with the possessor's pronoun
("جددت مطالبتها"); the side a verb takes is sought past a comma after its subject, the sides named with
it and a quoted name's adjective; the side a visit told as the act's setting takes ("بعد زيارته دمشق") is no
counterpart of the act; the speaker's state named by its pronoun (ان بلاده ترفض) is the subject of the act; sanctions announced for the future (ستفرض عقوبات) are a threat; a minister or ambassador of any state the lexicon
has a government for is named by its nationality adjective. Each row is a short report written for the project and names the rule it checks; the rows are
(text, expected [(PLOVER type, actor1, actor2)] of the political events).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
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
        "والتقى وزير الخارجية الأسترالي نظيره الإيراني في طهران.",
        [("CONSULT", "AUSGOV", "IRNGOV")],
        id="a minister of a state named by its nationality adjective, beyond the region",
    ),
    pytest.param(
        "واستقبل وزير الخارجية المصري السفير الهندي في القاهرة.",
        [("CONSULT", "EGYGOV", "INDGOV")],
        id="an ambassador named by his state's adjective",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_27(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected
