"""Political (PLOVER) events: a word of bi- after في, خلال or عبر (في بيانه، عبر بيانها) is where a demand was
made, not the verbal noun of what is asked — the side after it is the one asked; a perfect with و opening the
clause right after a pluperfect that recalls a past act (وكان الوزير قد زار دمشق الشهر الماضي والتقى …) is
background with it; a delegation of a side (وفد من الحوثيين) right after the verb is that side as its subject, and
travels as diplomacy; a meeting a statement was made during (خلال لقائه نظيره الألماني، خلال استقباله السفير)
is held that day with the side after it, who neither makes the statement nor is asked by it; a state letting another state or its forces do something
(سمحت X لـY باستخدام …) agrees to it; a stance expressed (أعرب عن دعم بلاده، معربا عن إدانته) is stated as one affirmed (أكد دعم …); a call named with its article and held between two sides
(المكالمة الهاتفية التي جرت بين …) is talks between them; the noun of an act right after a verb of intending and
its subject (تعتزم روسيا استضافة محادثات، تنوي الحكومة إرسال مساعدات) is that act, planned. Each row is a short report written
for the project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the
political events).
"""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.extracting import WED
from tests.extracting import political_triples as _political

ROWS = [
    pytest.param(
        "وطالب الجيش الحر في بيانه الحوثيين بالإفراج عن الأسرى.",
        [("REQUEST", "SYRREB", "YEMREB")],
        id="the side after في بيانه is the one asked, past the bi- of the statement's noun",
    ),
    pytest.param(
        'وطالبت الفرقة 13 في بيانها "الإخوة في جبهة النصرة بإطلاق" المقاتلين المخطوفين بأقصى سرعة.',
        [("REQUEST", "SYRREB", "SYRREB")],
        id="a quoted addressee after في بيانها is asked, another armed group of the same code",
    ),
    pytest.param(
        "وكان وزير الخارجية الإيراني قد زار دمشق الشهر الماضي والتقى الرئيس السوري.",
        [],
        id="a perfect with و right after a pluperfect recalling a past visit is background too",
    ),
    pytest.param(
        "وكان وزير الخارجية الأردني قد زار بغداد مطلع الشهر الماضي، والتقى رئيس الوزراء العراقي.",
        [],
        id="a perfect with و after a comma, past a pluperfect dated to last month, is background too",
    ),
    pytest.param(
        "وكان وزير الخارجية الإيراني قد وصل أمس إلى دمشق والتقى الرئيس السوري.",
        [("CONSULT", "IRNGOV", "SYRGOV")],
        id="a pluperfect dated within the news' days is told, and the act coordinated with it with it",
    ),
    pytest.param(
        "وزار وفد من الائتلاف الوطني السوري المعارض موسكو أمس.",
        [("CONSULT", "SYROPP", "RUSGOV")],
        id="a delegation of the side after من (وفد من …) right after the verb is its subject",
    ),
    pytest.param(
        "والتقى وفد من الائتلاف الوطني السوري المعارض وزير الخارجية الروسي في موسكو أمس.",
        [("CONSULT", "SYROPP", "RUSGOV")],
        id="a delegation of the side after من meets the side named after it, not the other way round",
    ),
    pytest.param(
        "ووصل وفد من الحوثيين إلى مسقط أمس لإجراء مشاورات مع المسؤولين العمانيين.",
        [("CONSULT", "YEMREB", "OMNGOV")],
        id="a delegation of any side travelling (وصل وفد من …) is diplomacy, not fighters reaching a place",
    ),
    pytest.param(
        "واستقبل الرئيس اليمني في الرياض أمس وفدا من الأمم المتحدة.",
        [("CONSULT", "YEMGOV", "IGOUNO")],
        id="a delegation in the accusative (وفدا من …) is the one received",
    ),
    pytest.param(
        "وأكد وزير الخارجية الإماراتي خلال لقائه نظيره الألماني أمس في برلين دعم بلاده للحكومة الليبية.",
        [("SUPPORT", "AREGOV", "LBYGOV"), ("CONSULT", "AREGOV", "DEUGOV")],
        id="a meeting a statement was made during (خلال لقائه نظيره …) is held, and its counterpart states nothing",
    ),
    pytest.param(
        "وأشاد رئيس الوزراء العراقي خلال استقباله السفير البريطاني أمس بالدعم البريطاني.",
        [("SUPPORT", "IRQGOV", "GBRGOV"), ("CONSULT", "IRQGOV", "GBRGOV")],
        id="a reception with its pronoun (خلال استقباله السفير) sets the praise and is held",
    ),
    pytest.param(
        "ودعا الأمين العام للجامعة العربية خلال اجتماعه مع وزير الخارجية اليمني أمس الحوثيين إلى الانسحاب من"
        " مدينة تعز.",
        [("REQUEST", "IGOARL", "YEMREB"), ("CONSULT", "IGOARL", "YEMGOV")],
        id="the side met during the meeting (خلال اجتماعه مع …) is not the one asked; the meeting is held",
    ),
    pytest.param(
        "وأكد المبعوث الأممي خلال لقائه الرئيس الليبي في طرابلس أمس ضرورة احترام الهدنة.",
        [("REQUEST", "IGOUNO", None), ("CONSULT", "IGOUNO", "LBYGOV")],
        id="the side right after his meeting (لقائه الرئيس) is the one met, not the meeting's subject",
    ),
    pytest.param(
        "وقال إن المتمردين لم يلتزموا بالضمانات التي قدمها المبعوث الأممي خلال لقائه الرئيس الليبي.",
        [],
        id="a meeting that sets what a relative clause tells (التي قدمها … خلال لقائه) is no meeting of the day",
    ),
    pytest.param(
        "وأعلن مسؤول بريطاني أمس أن الكويت سمحت للمملكة المتحدة باستخدام قاعدة علي السالم الجوية في شن غارات.",
        [("AGREE", "KWTGOV", "GBRGOV")],
        id="a state letting another state (سمحت X لـY باستخدام …) consents to it",
    ),
    pytest.param(
        "وسمحت الحكومة الأردنية للطائرات الفرنسية باستخدام قاعدة جوية في شمال البلاد.",
        [("AGREE", "JORGOV", "FRAMIL")],
        id="a government letting another state's forces (للطائرات الفرنسية) use a base consents to it",
    ),
    pytest.param(
        "وسمحت السلطات العراقية للنازحين بالعودة إلى منازلهم في تكريت.",
        [],
        id="letting residents return is no consent between states",
    ),
    pytest.param(
        "وأعرب وزير الخارجية القطري عن دعم بلاده للحكومة الليبية المعترف بها دوليا.",
        [("SUPPORT", "QATGOV", "LBYGOV")],
        id="a stance expressed (أعرب عن دعم بلاده …) is stated as by أكد",
    ),
    pytest.param(
        "وأعربت وزارة الخارجية الأردنية عن رفضها لقرار الحكومة الإسرائيلية بناء مستوطنات جديدة.",
        [("REJECT", "JORGOV", "ISRGOV")],
        id="a rejection expressed with its pronoun (أعربت عن رفضها) is stated",
    ),
    pytest.param(
        "وقال المتحدث إن الأمين العام للجامعة العربية اتصل بالرئيس اليمني، معربا عن إدانته للهجوم على عدن.",
        [("CONSULT", "IGOARL", "YEMGOV"), ("ACCUSE", "IGOARL", None)],
        id="a condemnation expressed by the participle (معربا عن إدانته) is stated",
    ),
    pytest.param(
        "وجاء القرار بعد المكالمة الهاتفية التي جرت بين الرئيس الفرنسي والرئيس المصري يوم الأحد.",
        [("CONSULT", "FRAGOV", "EGYGOV")],
        id="a call named with its article and held between two sides (التي جرت بين …) is talks between them",
    ),
    pytest.param(
        "وجاء القرار بعد الاتصال الهاتفي الذي جرى بين الرئيسين الروسي والإيراني أمس.",
        [("CONSULT", "RUSGOV", "IRNGOV")],
        id="the call (الاتصال الهاتفي) held between the two presidents named after بين",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_29(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


# (text, PLOVER type, status) of the one political event of each report, published on WED 2015-10-14
STATUS_ROWS = [
    pytest.param(
        "وتعتزم قطر استضافة جولة جديدة من المحادثات بين الحكومة الليبية والمؤتمر الوطني العام.",
        "CONSULT",
        "planned",
        id="talks a state intends to host (تعتزم استضافة …) are planned",
    ),
    pytest.param(
        "وتنوي الحكومة الأردنية إرسال مساعدات إلى اللاجئين السوريين في مخيم الزعتري.",
        "AID",
        "planned",
        id="aid a government intends to send (تنوي إرسال مساعدات) is planned",
    ),
    pytest.param(
        "وتعتزم بريطانيا فرض عقوبات جديدة على قادة الميليشيات في ليبيا.",
        "THREATEN",
        "occurred",
        id="sanctions a state intends to impose are a threat made that day",
    ),
]


@pytest.mark.parametrize(("text", "plover", "status"), STATUS_ROWS)
def test_political_status_29(pipeline: Pipeline, text: str, plover: str, status: str) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [(e.plover_type, e.status) for e in events if e.category == "political"] == [(plover, status)]
