"""Political (PLOVER) events: what a speaker says must be done, and who speaks on in a report. Each row is a
short report written for the project and names the rule it checks; the rows are (text, PLOVER type, expected
[(actor1, actor2)] of the political events of that type, in order — [] for none).
"""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

SPEAKER_ROWS = [
    pytest.param(
        "وقال المتحدث باسم الحكومة اليمنية أمس إن على المتمردين الحوثيين الالتزام بالهدنة.",
        "REQUEST",
        [("YEMGOV", "YEMREB")],
        id="what a speaker says a side must do (إن على المتمردين الالتزام) is his request of that side",
    ),
    pytest.param(
        "وقال وزير الخارجية الفرنسي إنه يجب على الحكومة السورية وقف القصف.",
        "REQUEST",
        [("FRAGOV", "SYRGOV")],
        id="after ان, a side that must act (إنه يجب على الحكومة) is asked by the speaker",
    ),
    pytest.param(
        "وأكد وزير الخارجية الفرنسي أمس أنه لا بد من وقف القصف على المدنيين.",
        "REQUEST",
        [("FRAGOV", None)],
        id="an official saying that something must be done (أكد أنه لا بد من) asks for it",
    ),
    pytest.param(
        "وقال الرئيس المصري إنه على استعداد للحوار مع المعارضة.",
        "REQUEST",
        [],
        id="إنه على without a side after it (على استعداد) is no obligation",
    ),
    pytest.param(
        "وقال الوزير إن الحكومة العراقية كان عليها أن تتحمل مسؤولياتها، وإن علي عبد الله صالح يتحمل المسؤولية.",
        "REQUEST",
        [],
        id="a name (إن علي عبد الله صالح) is no على of an obligation",
    ),
    pytest.param(
        "وأعلن رئيس الوزراء التركي الثلاثاء أن الشرطة اعتقلت مشتبها به. وقال إن بلاده تدين الهجوم الإرهابي.",
        "ACCUSE",
        [("TURGOV", None)],
        id="a sentence opened by a verb of saying and a government speaker: a bare وقال after it is his",
    ),
    pytest.param(
        "أكد المتحدث باسم الحكومة اليمنية أن الهدنة تأتي في إطار إيصال المساعدات. وأضاف في تصريحات صحفية أن"
        " على المتمردين الحوثيين وقف تحركاتهم العسكرية.",
        "REQUEST",
        [("YEMGOV", "YEMREB")],
        id="a bare وأضاف goes on with the speaker the sentence before opened with",
    ),
    pytest.param(
        "قال وزير الداخلية التركي إن التحقيق مستمر، وأظهر تسجيل مصور متظاهرين يحملون لافتة كبيرة تندد"
        " بجرائم التنظيم.",
        "ACCUSE",
        [],
        id="a banner (لافتة كبيرة تندد) condemns for the protesters, not for the speaker told before",
    ),
    pytest.param(
        "وأظهر تسجيل مصور متظاهرين يحملون لافتة كبيرة تندد بجرائم الحكومة السورية.",
        "ACCUSE",
        [],
        id="a banner condemns for the protesters, not for the side it names after it",
    ),
    pytest.param(
        "قال وزير الخارجية التركي إن منطقة حظر الطيران ستقام يوم الأحد المقبل.",
        "SANCTION",
        [],
        id="a no-fly zone (منطقة حظر الطيران) is no sanction",
    ),
    pytest.param(
        "وفي المقابل شككت أصوات بسياسة الحكومة التركية مع المنظمات المتطرفة واتهمت الحكومة بأنها أهملت"
        " التهديد.",
        "ACCUSE",
        [],
        id="a coordinated verb after a subject of no one in particular (شككت أصوات بسياسة الحكومة) is theirs",
    ),
    pytest.param(
        "وأعلن وزير الداخلية التركي أمس أن التحقيقات الأولية تفيد بأن تنظيم داعش يقف وراء التفجير.",
        "ACCUSE",
        [("TURGOV", "TURREB")],
        id="who is behind an attack (بأن التنظيم يقف وراء التفجير), in a speaker's words, is his accusation",
    ),
    pytest.param(
        "وقتل ناشط في الجبهة الثورية لتحرير الشعب، وهي مجموعة ماركسية تقف وراء عدة هجمات في تركيا.",
        "ACCUSE",
        [],
        id="a group described as behind attacks (وهي مجموعة تقف وراء) is accused by nobody",
    ),
    pytest.param(
        "وأعلن رئيس الوزراء التركي أمس أن الشرطة تعرفت على هوية مشتبه به في الهجوم الانتحاري.",
        "ACCUSE",
        [("TURGOV", None)],
        id="a suspect identified (تعرفت الشرطة على هوية مشتبه به) is an accusation by who announces it",
    ),
    pytest.param(
        "وقال مصدر أمني تركي إن هوية المهاجم ما زالت مجهولة.",
        "ACCUSE",
        [],
        id="a suspect's identity not found (هوية المهاجم ما زالت مجهولة) accuses nobody",
    ),
    pytest.param(
        "ووعدت الدول الأعضاء في التحالف الدولي الذي تقوده الولايات المتحدة ضد تنظيم داعش إثر اجتماع في لندن"
        " الخميس بتقديم حزمة مساعدات جديدة إلى الحكومة العراقية.",
        "AID",
        [("INTMIL", "IRQGOV")],
        id="aid pledged after a long subject (وعدت الدول … إثر اجتماع … بتقديم حزمة مساعدات) is pledged",
    ),
    pytest.param(
        "ووعدت الدول الأعضاء في التحالف الدولي إثر اجتماع في لندن الخميس بتقديم مساعدات إلى الحكومة العراقية.",
        "CONSULT",
        [],
        id="a meeting named as the setting of a pledge (إثر اجتماع) is its backdrop, not talks with the aided",
    ),
    pytest.param(
        "دعا المبعوث الأممي وفدا من الحوثيين إلى التشاور. وقالت المصادر إن المبعوث سيكون حازما في النقاش مع"
        " الوفد الذي وصل أمس إلى مسقط.",
        "CONSULT",
        [("YEMREB", "OMNGOV")],
        id="a delegation whose relative clause tells its travel (الوفد الذي وصل) is the visitor, its side named before",
    ),
    pytest.param(
        "قال المبعوث الأممي إنه سيكون حازما في النقاش مع الوفد الذي وصل أمس إلى مسقط.",
        "CONSULT",
        [],
        id="a delegation travelling with no side named for it is nobody codable, not the side that talks with it",
    ),
    pytest.param(
        "وأفادت مصادر عسكرية أمس بأن القوات العراقية أوقفت عمليات القصف الجوي جزئيا لإفساح المجال أمام"
        " العائلات للخروج من المدينة.",
        "RETREAT",
        [("IRQMIL", None)],
        id="a side halting its own bombardment (أوقفت القوات عمليات القصف) de-escalates; whom it spares is no side",
    ),
    pytest.param(
        "ونقل نائب المتحدث باسم الحكومة الألمانية أمس عن المستشارة الألمانية قولها خلال مكالمة هاتفية مع رئيس"
        " الوزراء التركي إنه ينبغي الحفاظ على عملية السلام.",
        "CONSULT",
        [("DEUGOV", "TURGOV")],
        id="a phone call with a side (خلال مكالمة هاتفية مع رئيس الوزراء) that sets a statement is talks told",
    ),
    pytest.param(
        "وكانت واشنطن، نفت في وقت سابق التنسيق مع الحكومة السورية لضرب التنظيم.",
        "REJECT",
        [],
        id="what a side had done before, undated (وكانت واشنطن نفت في وقت سابق), is background",
    ),
    pytest.param(
        "أدان الائتلاف الوطني السوري أمس قصف الأحياء السكنية في المدينة. كما طالب مجلس الأمن الدولي بتحمل"
        " كامل مسؤولياته.",
        "REQUEST",
        [("SYROPP", "IGOUNO")],
        id="an opposition body's statement runs on (كما طالب مجلس الأمن بتحمل مسؤولياته): it asks, not the UN",
    ),
    pytest.param(
        "وقالت الخارجية السعودية في بيان: «نوجه نداء إلى جميع الأطراف، على الحوثيين الانسحاب من المدن».",
        "REQUEST",
        [("SAUGOV", "YEMREB")],
        id="a quoted clause opening with على and a side (، على الحوثيين الانسحاب) is what the speaker says it must do",
    ),
    pytest.param(
        "وسيطرت الفصائل، أمس، على الحوثيين في المدينة.",
        "REQUEST",
        [],
        id="a clause opening with على outside a quotation is no obligation",
    ),
    pytest.param(
        "ودعا حزب الشعوب الديمقراطي أمس الحكومة التركية إلى الحوار. وقال في تصريح أدلى به في مدينة فان شرق"
        " تركيا: «على الحكومة التركية وقف عملياتها».",
        "REQUEST",
        [("TUROPP", "TURGOV"), ("TUROPP", "TURGOV")],
        id="a country after a direction (مدينة فان شرق تركيا) is where the speaker spoke, not who speaks",
    ),
    pytest.param(
        "وحمل الهجوم رئيس الوزراء العراقي على الرد بمطالبة تنظيم داعش بالإفراج عن الرهائن.",
        "REQUEST",
        [("IRQGOV", "IRQREB")],
        id="a demand with bi- after a response (على الرد بمطالبة التنظيم) asks of the side after it",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), SPEAKER_ROWS)
def test_political_speakers(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in _extract(pipeline, text)
        if e.category == "political" and e.plover_type == plover
    ]
    assert got == expected
