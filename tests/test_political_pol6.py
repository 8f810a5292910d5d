"""Political (PLOVER) events told after a report's lead: a side's name in quotation marks after its kind
(منظمة "…"، حركة «…») is still the subject right after the verb. Each row is a short report written for the
project and names the rule it checks; the rows are (text, expected [(PLOVER type, actor1, actor2)] of the
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
        'واتهمت منظمة "هيومن رايتس ووتش" المتمردين الحوثيين بقصف الأحياء السكنية في تعز.',
        [("ACCUSE", "NGOHRI", "YEMREB")],
        id="a name quoted after its kind is the subject right after the verb",
    ),
    pytest.param(
        "وطالبت منظمة «العفو الدولية» الحكومة العراقية بالتحقيق في مقتل المدنيين.",
        [("REQUEST", "NGOHRI", "IRQGOV")],
        id="a name in guillemets after its kind is the subject, the government after it asked",
    ),
    pytest.param(
        "التقى وفد من الائتلاف السوري المعارض وزير الخارجية الروسي سيرغي لافروف، وطالبوه بوقف دعم النظام.",
        [("CONSULT", "SYROPP", "RUSGOV"), ("REQUEST", "SYROPP", "RUSGOV")],
        id="a demand whose pronoun takes back the side met is made of it by the side that met it",
    ),
    pytest.param(
        "استقبل الرئيس اليمني عبدربه منصور هادي سفيرة الاتحاد الأوروبي وطالبها بدعم جهود الحكومة.",
        [("CONSULT", "YEMGOV", "IGOEUR"), ("REQUEST", "YEMGOV", "IGOEUR")],
        id="a guest received and then asked, by the pronoun of the second verb",
    ),
    pytest.param(
        "التقى وزير الخارجية الأمريكي نظيره الروسي وحثه على الضغط على النظام السوري.",
        [("CONSULT", "USAGOV", "RUSGOV"), ("REQUEST", "USAGOV", "RUSGOV")],
        id="an urging written with its pronoun in the form",
    ),
    pytest.param(
        "اجتمع وزير الخارجية التركي بالسفير الإيراني في أنقرة واتهمه بدعم المتمردين في اليمن.",
        [("CONSULT", "TURGOV", "IRNGOV"), ("ACCUSE", "TURGOV", "IRNGOV")],
        id="an accusation with the object pronoun after a meeting is made of the side met",
    ),
    pytest.param(
        "أبلغت ألمانيا الأمم المتحدة أمس أنها ستبدأ نقل جنودها من مالي.",
        [("CONSULT", "DEUGOV", "IGOUNO")],
        id="a state informing the UN communicates with it, the state after the verb its subject",
    ),
    pytest.param(
        "وأضاف الوزير اليمني أنه أبلغ المسؤولين في المفوضية الأوروبية بآخر التطورات.",
        [("CONSULT", "YEMGOV", "IGOEUR")],
        id="a minister informing the officials of an international body",
    ),
    pytest.param(
        "وأبلغ مسؤول حكومي وكالة رويترز بأن الهجوم فشل.",
        [],
        id="an official telling a news agency is no communication between states",
    ),
    pytest.param(
        "زار وزير الخارجية الإيراني محمد جواد ظريف الكويت أمس، حيث التقى أمير الكويت الشيخ صباح الأحمد.",
        [("CONSULT", "IRNGOV", "KWTGOV")],
        id="the host met where the visitor went (حيث التقى) is whom the visitor met",
    ),
    pytest.param(
        "وصل وزير الخارجية البريطاني إلى الأردن أمس. وزار الوزير عمان هذا الأسبوع حيث التقى الملك عبدالله الثاني.",
        [("CONSULT", "GBRGOV", "JORGOV")],
        id="the king met at the capital visited is no visitor of his own",
    ),
    pytest.param(
        "قال وزير الخارجية العراقي إبراهيم الجعفري إن الحكومة ماضية في الإصلاح. كما بحث الوزير مع السفير"
        " الفرنسي في بغداد سبل تعزيز التعاون.",
        [("CONSULT", "IRQGOV", "FRAGOV")],
        id="talks told after كما with the bare title of the minister named before",
    ),
    pytest.param(
        "قال وزير الخارجية العراقي إبراهيم الجعفري إن الحكومة ماضية في الإصلاح. وأشاد الوزير بالدعم الإيراني"
        " للعراق.",
        [("SUPPORT", "IRQGOV", "IRNGOV")],
        id="praise opening a sentence with the bare title of the minister named before",
    ),
    pytest.param(
        "وأوضح وزير الخارجية الليبي أن بلاده طلبت من الأمم المتحدة إرسال فريق للتحقيق.",
        [("REQUEST", "LBYGOV", "IGOUNO")],
        id="a request in the perfect whose subject is the speaker's own state (بلاده)",
    ),
    pytest.param(
        "وصل المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ إلى الرياض أمس. وسيلتقي المبعوث الرئيس اليمني عبدربه"
        " منصور هادي اليوم.",
        [("CONSULT", "IGOUNO", "SAUGOV"), ("CONSULT", "IGOUNO", "YEMGOV")],
        id="a bare title before a side named with its own title is the subject, that side whom it meets",
    ),
    pytest.param(
        "وصل وزير الخارجية الأردني إلى الرياض أمس، والتقى الرئيس اليمني عبدربه منصور هادي.",
        [("CONSULT", "JORGOV", "SAUGOV"), ("CONSULT", "JORGOV", "YEMGOV")],
        id="the one side after a verb of meeting in the sentence of a journey is whom the traveller met",
    ),
    pytest.param(
        "زار وزير الخارجية الأمريكي الرياض والتقى العاهل السعودي الملك سلمان.",
        [("CONSULT", "USAGOV", "SAUGOV")],
        id="the host met at the place visited stays one event with the visit",
    ),
    pytest.param(
        "وفي اتصال هاتفي مع نظيره الفرنسي، بحث الرئيس المصري عبد الفتاح السيسي الأوضاع في ليبيا.",
        [("CONSULT", "EGYGOV", "FRAGOV")],
        id="the side of talks fronted in the clause before is the counterpart of the talks its verb tells",
    ),
    pytest.param(
        "وفي لقاء مع وزير الخارجية الإيراني، ناقش الوزير العماني الملف اليمني.",
        [("CONSULT", "OMNGOV", "IRNGOV")],
        id="a meeting fronted with its counterpart, the verb of discussing with its subject after the comma",
    ),
    pytest.param(
        "وسلمت الكويت السلطات الليبية شحنة من المساعدات الطبية.",
        [("AID", "KWTGOV", "LBYGOV")],
        id="aid handed over (سلمت) is aid given, by the subject right after the verb to the side after it",
    ),
    pytest.param(
        "وقدمت قطر الحكومة الصومالية مساعدات غذائية عاجلة.",
        [("AID", "QATGOV", "SOMGOV")],
        id="the giver right after the verb and the receiver right after it, the aid after both",
    ),
    pytest.param(
        "وطالب رئيس الوزراء الليبي عبد الله الثني، في كلمة ألقاها أمس أمام البرلمان، الأمم المتحدة بدعم الجيش.",
        [("REQUEST", "LBYGOV", "IGOUNO")],
        id="the side asked after an aside set off by commas past the title and the name of the subject",
    ),
    pytest.param(
        "واتهم الرئيس التركي، على هامش القمة، الحكومة السورية بدعم الإرهاب.",
        [("ACCUSE", "TURGOV", "SYRGOV")],
        id="the side accused after the setting told aside",
    ),
    pytest.param(
        "وفي اتصال هاتفي مع نظيره الإيراني، أكد الرئيس العراقي فؤاد معصوم دعم بلاده للحل السياسي في سوريا.",
        [("CONSULT", "IRQGOV", "IRNGOV"), ("SUPPORT", "IRQGOV", None)],
        id="a call fronted as the setting of the sentence is held by the subject of the verb after it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_political_pol6(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _political(pipeline, text) == expected


# (text, expected [(PLOVER type, actor1, actor2, [associated actors])] of the political events)
ASSOCIATES = [
    pytest.param(
        "وأرسلت قطر والكويت أمس طائرات محملة بالمساعدات الطبية إلى مطار عدن.",
        [("AID", "QATGOV", None, ["KWTGOV"])],
        id="a second donor named with the first by و is its associate",
    ),
    pytest.param(
        "أدانت مصر والأردن والسعودية التفجير الذي استهدف المسجد.",
        [("ACCUSE", "EGYGOV", None, ["JORGOV", "SAUGOV"])],
        id="every state named with the subject condemns with it",
    ),
    pytest.param(
        "ودعت فرنسا وبريطانيا مجلس الأمن إلى عقد جلسة طارئة.",
        [("REQUEST", "FRAGOV", "IGOUNO", ["GBRGOV"])],
        id="the associate of a request is not the side asked",
    ),
    pytest.param(
        "واتفقت تركيا والولايات المتحدة على إقامة منطقة آمنة.",
        [("AGREE", "TURGOV", "USAGOV", [])],
        id="two sides agreeing with each other are the pair, no associate",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSOCIATES)
def test_political_pol6_associates(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [
        (e.plover_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        + ([a.code for a in e.assoc_actors],)
        for e in pipeline(Article(id="t", text=text, published=WED))
        if e.category == "political"
    ]
    assert got == expected
