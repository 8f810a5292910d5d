"""Political (PLOVER) events: who acts and whom the act is aimed at, in readings the other political tests leave
open. Each row is a short report written for the project and names the rule it checks; the rows are (text,
PLOVER type, expected [(actor1, actor2)] of the political events of that type, in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

SIDE_ROWS = [
    pytest.param(
        "أعلن الجيش السوداني هدنة لمدة أسبوع أمس. وقال المبعوث الأممي إن احترام الهدنة التي بدأت اليوم خطوة مهمة.",
        "RETREAT",
        [
            ("SDNMIL", None)
        ],  # (one truce, declared one day and begun the next: one event, see test_political17)
        id="a truce spoken of after ان is the one told before, by the side that called it, not the speaker's",
    ),
    pytest.param(
        "قال المبعوث الأممي إن احترام الهدنة التي بدأت اليوم خطوة مهمة. وأعرب المبعوث عن أمله في أن يحترم"
        " المتمردون الهدنة التي أعلنها الجيش السوداني أمس.",
        "RETREAT",
        [("SDNMIL", None)],  # (one truce: one event)
        id="a truce spoken of after ان, told as called by a side further on, is that side's, not the speaker's",
    ),
    pytest.param(
        "وصل المبعوث الأممي الخاص إلى ليبيا السيد برناردينو ليون مساء أمس إلى القاهرة.",
        "CONSULT",
        [("IGOUNO", "EGYGOV")],
        id="the country of an envoy's title is not the talks' topic: his counterpart is the place's government",
    ),
    pytest.param(
        "دعا وزير الخارجية السعودي الأمير سعود بن علي الفيصل الأمم المتحدة إلى التحرك العاجل.",
        "REQUEST",
        [("SAUGOV", "IGOUNO")],
        id="علي in a name (بن علي) is no على opening what is asked: the side after it is the addressee",
    ),
    pytest.param(
        "أشاد وزير الخارجية اليمني، بالدعم الذي تلقته الحكومة اليمنية من دول مجلس التعاون.",
        "SUPPORT",
        [("YEMGOV", "IGOGCC")],
        id="a comma right after the subject: what the verb takes is in the next clause (the side praised)",
    ),
    pytest.param(
        "طالب أعضاء حلف شمال الأطلسي، الذي تشارك فيه ألمانيا، أنقرة بتشديد الرقابة على الحدود.",
        "REQUEST",
        [("IGONAT", "TURGOV")],
        id="past a comma and a relative clause describing the subject, the side asked",
    ),
    pytest.param(
        "التقى وزير الخارجية الإيراني أمس نظيره العماني. وقال مسؤول للصحفيين أمس: إن عمليات التفتيش ستجري"
        " بموجب الاتفاق النووي.",
        "AGREE",
        [],
        id="an agreement referred to as the terms of something else (بموجب الاتفاق) is no agreement made",
    ),
    pytest.param(
        "التقى وزير الخارجية الإيراني أمس نظيره العماني. وقال مسؤول للصحفيين أمس: إن عمليات التفتيش ستجري"
        " في إطار الاتفاق النووي.",
        "AGREE",
        [],
        id="an agreement named as the framework of something else (في إطار الاتفاق) is no agreement made",
    ),
    pytest.param(
        "التقى وزير الخارجية الإيراني أمس نظيره العماني. وقال مسؤول للصحفيين أمس: إن الوزير سيجري محادثات في"
        " إطار زيارة يقوم بها غدا إلى مسقط.",
        "CONSULT",
        [("IRNGOV", "OMNGOV"), ("IRNGOV", "OMNGOV")],
        id="a visit named as a framework (في إطار زيارة) is still the visit",
    ),
    pytest.param(
        "وبموجب ميثاق جامعة الدول العربية لابد من إبلاغ الأمين العام بأي نزاع بين الدول الأعضاء.",
        "REQUEST",
        [],
        id="a rule (بموجب ميثاق … لابد من) is no request of the body whose charter it is",
    ),
    pytest.param(
        "وقال الوزير إن الحكومة العراقية لابد أن تتحمل مسؤولياتها.",
        "REQUEST",
        [],
        id="the side before a necessity (الحكومة لابد أن) is the one that must act, not the one who asks",
    ),
    pytest.param(
        "وقالت وزارة الخارجية السورية إن الجيش التركي قصف مواقع قرب الحدود، ودعت أنقرة إلى وقف القصف.",
        "REQUEST",
        [("SYRGOV", "TURGOV")],
        id="a coordinated verb of asking after what a speaker said: the speaker asks the one side before الى",
    ),
    pytest.param(
        "وقالت الفصائل الكردية إن الجيش التركي قصف مواقعها قرب الحدود ودعت أنقرة إلى وقف القصف.",
        "REQUEST",
        [],
        id="a coordinated verb of asking after what an uncodable speaker said: the side asked is not the asker",
    ),
    pytest.param(
        "وطالب المتحدث باسم الحكومة اليمنية راجح بادي الأمم المتحدة بالتحرك العاجل.",
        "REQUEST",
        [("YEMGOV", "IGOUNO")],
        id="a name the lexicon does not know that starts with ب (راجح بادي) opens nothing asked: the side after it is",
    ),
    pytest.param(
        "وطالب السفير الأمريكي ماثيو تولر بمحاسبة الحوثيين على جرائمهم.",
        "REQUEST",
        [("USAGOV", None)],
        id="a verbal noun of bi- after a name (تولر بمحاسبة الحوثيين على …) is what is asked, its side no addressee",
    ),
    pytest.param(
        "وقال الأمين العام لحلف شمال الأطلسي: «إننا نبعث تعازينا لعائلات الضحايا، كما أننا نطالب الحكومة"
        " العراقية بحماية الصحفيين».",
        "REQUEST",
        [("IGONAT", "IRQGOV")],
        id="the body whose head speaks (الأمين العام لحلف …) is the speaker of a first person demand (نطالب)",
    ),
    pytest.param(
        "ورحب حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة بالإجراءات التركية.",
        "SUPPORT",
        [("IGONAT", "TURGOV")],  # (the Turkish measures welcomed are the Turkish government's)
        id="a subject of many with the sides among them named (حلفاء بينهم حلف شمال الأطلسي) acts as those sides",
    ),
    pytest.param(
        "التقى وزير الخارجية المصري نظيره الأردني أمس. ودانت دول عديدة بينها السعودية والإمارات الهجوم على"
        " السفارة.",
        "ACCUSE",
        [("SAUGOV", None)],
        id="unnamed states with those among them named (دول بينها السعودية) condemn as the first named",
    ),
    pytest.param(
        "وقال رئيس الوزراء الليبي: لن نقبل بأي حوار مع الميليشيات قبل تسليم السلاح.",
        "REJECT",
        [("LBYGOV", None)],
        id="a refusal in the speaker's own words (لن نقبل) after his colon is his REJECT",
    ),
    pytest.param(
        "وأكد وزير الخارجية الأردني أنه لا يمكن القبول ببقاء بشار الأسد في السلطة.",
        "REJECT",
        [("JORGOV", "SYRGOV")],
        id="an impersonal refusal (لا يمكن القبول) is the speaker's, about the side right after it",
    ),
    pytest.param(
        "وقال وزير الخارجية القطري إن من المستحيل أن يكون الرئيس السوري جزءا من الحل.",
        "REJECT",
        [("QATGOV", "SYRGOV")],
        id="من المستحيل أن يكون: the side said impossible to be part of it is rejected",
    ),
    pytest.param(
        "وقال الخبير إن من المستحيل تحديد هوية المهاجمين في الوقت الحالي.",
        "REJECT",
        [],
        id="من المستحيل with no أن (impossible to tell) rejects nothing",
    ),
    pytest.param(
        "وقال قائد المقاومة الشعبية في تعز في تصريح لـ«الرياض»: لا يمكن أن نسمح للحوثيين بسرقة النصر.",
        "REJECT",
        [("YEMUAF", "YEMREB")],
        id="the newspaper a statement is told to (في تصريح لـ«الرياض») is no side: the speaker refuses",
    ),
    pytest.param(
        "والتقى وزير الدفاع البريطاني أمس في أربيل رئيس إقليم كردستان. وجاءت زيارته لأربيل بعد يوم من زيارة"
        " لبغداد التقى خلالها رئيس الوزراء العراقي.",
        "CONSULT",
        [("GBRGOV", "IRQGOV"), ("GBRGOV", "IRQGOV")],
        id="a meeting within an earlier visit (زيارة لبغداد التقى خلالها …) is the visitor's, with the side after",
    ),
    pytest.param(
        "وبحث وزير الخارجية التركي أمس في الدوحة مع نظيره العلاقات الثنائية والأزمة السورية.",
        "CONSULT",
        [("TURGOV", "QATGOV")],
        id="talks with a counterpart of no nation named (بحث … مع نظيره) abroad: the host's government",
    ),
    pytest.param(
        "وبحث وزير الخارجية القطري أمس في الدوحة مع نظيره العلاقات الثنائية.",
        "CONSULT",
        [],
        id="a bare counterpart met at home is no side the text names: no talks coded",
    ),
    pytest.param(
        "وهدد المتمردون الحوثيون برد قاس على الغارات الأخيرة، وقالوا إن السعودية ستدفع الثمن.",
        "THREATEN",
        [("YEMREB", "SAUGOV")],
        id="a threat naming no side is against the one its makers name going on saying (وقالوا إن السعودية …)",
    ),
    pytest.param(
        "وتوعدت حركة حماس برد قاس على اغتيال أحد قادتها في غزة، متهمة إسرائيل بتنفيذ العملية.",
        "THREATEN",
        [("PSEREB", "ISRGOV")],
        id="a threat naming no side, the side charged in the participle after it (متهمة إسرائيل) is threatened",
    ),
    pytest.param(
        "وقال المتحدث باسم الحكومة الليبية إن الحكومة لن تقبل بأي حوار مع تنظيم داعش.",
        "REJECT",
        [("LBYGOV", "LBYREB")],
        id="a side that will not accept (الحكومة لن تقبل بـ…) rejects what it names",
    ),
    pytest.param(
        "وفي تصريح لوزير الخارجية الكويتي، دعا إيران إلى الكف عن التدخل في شؤون الخليج.",
        "REQUEST",
        [("KWTGOV", "IRNGOV")],
        id="a statement of a side unquoted (في تصريح لوزير الخارجية) is that side's, no outlet",
    ),
    pytest.param(
        "ونددت كينيا أمس بالهجوم الذي استهدف حافلة في مانديرا.",
        "ACCUSE",
        [("KENGOV", None)],
        id="Kenya named as a state that condemns is its government",
    ),
    pytest.param(
        "ودعت الحكومة الكينية أمس الحكومة الصومالية إلى تعزيز الأمن على الحدود.",
        "REQUEST",
        [("KENGOV", "SOMGOV")],
        id="the Kenyan government asks",
    ),
    pytest.param(
        "واتهمت السلطات الكينية أمس حركة الشباب الصومالية بتنفيذ الهجوم.",
        "ACCUSE",
        [("KENGOV", "SOMREB")],
        id="the Kenyan authorities accuse, not the state of the group they accuse",
    ),
    pytest.param(
        "وطالبت المنظمة الدولية أمس الحوثيين بالانسحاب من المدن.",
        "REQUEST",
        [("IGOUNO", "YEMREB")],
        id="the international organisation, as the press calls the UN, asks",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), SIDE_ROWS)
def test_political_sides(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
