"""Political (PLOVER) events: general rules of who acts, what is an act and when it is one.

Each row is a short report written for the project; it names the rule it checks. A row of ``None`` for the
events expects no political event of the given PLOVER type; otherwise the rows are (plover_type, actor1,
actor2) of the political events of that type, in order.
"""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline

# (the extraction of a short report is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import _extract


def _political(events: list[Event], plover: str | None = None) -> list[Event]:
    return [e for e in events if e.category == "political" and (plover is None or e.plover_type == plover)]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


# (text, PLOVER type, expected [(actor1, actor2)] of that type — [] for none)
ACTOR_ROWS = [
    pytest.param(
        "التقى وزير الخارجية التركي أمس نظيره الإيراني في أنقرة. وفي الجانب الآخر ينفي المقاتلون أن يكونوا"
        " حصلوا على أسلحة من الخارج.",
        "REJECT",
        [],
        id="a nominative plural after the verb names its uncodable doers: not the article's running actor",
    ),
    pytest.param(
        "التقى وزير الخارجية الأمريكي أمس نظيره التركي في أنقرة. لكن كثيرين حثوا أنقرة على عدم استخدام"
        " القوة المفرطة.",
        "REQUEST",
        [],
        id="an unnamed subject before the verb: the side after it is whom it urges",
    ),
    pytest.param(
        "استقبل وزير الخارجية السعودي أمس نظيره اليمني في الرياض. وأشادت شخصيتان قياديتان يمنيتان أمس بدور"
        " المملكة العربية السعودية في دعم الحكومة الشرعية.",
        "SUPPORT",
        [],
        id="two unnamed figures (a dual) are nobody codable",
    ),
    pytest.param(
        "وجه ناشطون سوريون أمس نداء إلى الأمم المتحدة طالبوا فيه بالتدخل لرفع الحصار عن المخيمات.",
        "REQUEST",
        [],
        id="the side an appeal goes to (الى) is not the one who demands",
    ),
    pytest.param(
        "أكدت المستشارة الألمانية لرئيس الوزراء التركي أمس دعم بلادها لأنقرة في حربها على الإرهاب.",
        "SUPPORT",
        [("DEUGOV", None)],
        id="the side told something (لـ) is not the one who states its support",
    ),
    pytest.param(
        "ذكرت مصادر محلية أن سيارات تابعة للحوثيين جابت شوارع صنعاء أمس وهي تدعو عبر مكبرات الصوت المدنيين"
        " إلى القتال.",
        "REQUEST",
        [("YEMREB", "YEMCVL")],
        id="what belongs to a side (تابعة لـ) acts for it",
    ),
    pytest.param(
        "التقى وزير الخارجية التركي أمس نظيره الإيراني في أنقرة. وفي الحسكة استقبلت المستشفيات أمس عشرات"
        " الجرحى.",
        "CONSULT",
        [("TURGOV", "IRNGOV")],
        id="hospitals receiving the wounded receive no guests",
    ),
    pytest.param(
        "وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة أمس لتأخر وصول المساعدات.",
        "ACCUSE",
        [("YEMGOV", "IGOUNO")],
        id="sources inside a side (مصادر دبلوماسية في) speak for it",
    ),
    pytest.param(
        "وطالب الدكتور هادي بن علي اليامي الهيئات الدولية بالتحرك لإغاثة اليمنيين.",
        "REQUEST",
        [],
        id="a first name followed by بن is another person's, not the president named so (هادي بن علي)",
    ),
    pytest.param(
        "وأيد الرئيس الأمريكي أمس خطة الحكومة العراقية لاستعادة المدينة.",
        "SUPPORT",
        [("USAGOV", "IRQGOV")],
        id="the past ayyada after و (وأيد الرئيس الخطة) is support, though its bare form is also 'hands'",
    ),
    pytest.param(
        "وقال الوزير إن الهجوم نفذ بأيد أجنبية.",
        "SUPPORT",
        [],
        id="aydin 'hands' (بأيد أجنبية) is no support",
    ),
    pytest.param(
        "ونشرت روسيا أمس مقاتلات في قاعدة جوية قرب اللاذقية.",
        "MOBILIZE",
        [("RUSGOV", None)],
        id="a bare نشر with forces or arms as its object, past its subject and a date (نشرت روسيا أمس مقاتلات)",
    ),
    pytest.param(
        "ونشر المرصد أمس صورا لطائرات النظام فوق المدينة.",
        "MOBILIZE",
        [],
        id="نشر with what is published as its object (نشر المرصد صورا لطائرات) deploys nothing",
    ),
    pytest.param(
        "ويأتي الهجوم بعد أسابيع من نشر تركيا قوات إضافية على حدودها.",
        "MOBILIZE",
        [],
        id="the noun نشر after a preposition (بعد أسابيع من نشر تركيا قوات) is what was done before",
    ),
    pytest.param(
        "واستجابت الحكومة اليمنية أمس لدعوة الأمم المتحدة إلى هدنة إنسانية.",
        "AGREE",
        [("YEMGOV", "IGOUNO")],
        id="answering a call (استجابت الحكومة لدعوة الأمم المتحدة) is accepting it",
    ),
    pytest.param(
        "ولقي نداء الأمين العام للأمم المتحدة تجاوبا من قبل الحكومة العراقية.",
        "AGREE",
        [("IRQGOV", "IGOUNO")],
        id="a response a call met with (لقي نداء … تجاوبا من قبل الحكومة) is the act of the side after من",
    ),
    pytest.param(
        "ولاقت المبادرة السعودية ترحيبا من جامعة الدول العربية.",
        "SUPPORT",
        [("IGOARL", "SAUGOV")],
        id="a welcome a plan met with (لاقت المبادرة ترحيبا من الجامعة) is support by the side after من",
    ),
]


# (text, PLOVER type that must not be emitted)
NO_ACT_ROWS = [
    pytest.param(
        "وينفي الأردن على الدوام أي صلة بالجماعات المسلحة في سوريا.",
        "REJECT",
        id="a denial made always is a lasting stance, no act of the day",
    ),
    pytest.param(
        "ورفضت تركيا حتى الآن التدخل عسكريا ضد تنظيم داعش.",
        "REJECT",
        id="a refusal so far is a lasting stance, no act of the day",
    ),
    pytest.param(
        "وأعلنت أنقرة إقامة منطقة عازلة، وهي الفكرة التي ظلت واشنطن ترفضها.",
        "REJECT",
        id="what a side kept doing (ظلت … ترفض) is no act of the day",
    ),
    pytest.param(
        "وقال الرئيس التركي أمس إن حزبه سيفوز في حال توجهت البلاد إلى انتخابات مبكرة.",
        "CONSULT",
        id="an act under a condition (في حال) is none told",
    ),
    pytest.param(
        "وأصدر رئيس الوزراء التركي أمس تعليمات بتشكيل مركز تنسيق لإدارة الحرب على الإرهاب.",
        "COOPERATE",
        id="a body named by an act (مركز تنسيق) is no cooperation",
    ),
    pytest.param(
        "وسيطرت قوات النظام على البلدة بدعم من الطيران الروسي يوم الاثنين.",
        "SUPPORT",
        id="with the support of (بدعم من) tells how another act was done",
    ),
    pytest.param(
        "اجتمع وزراء خارجية دول التحالف الدولي أمس في كندا. وقال وزير الخارجية الأمريكي إن الاجتماع الذي عقد"
        " في مقاطعة كيبيك بحث جهود التحالف.",
        "SANCTION",
        id="في مقاطعة: a province, no boycott",
    ),
    pytest.param(
        "وانتقدت الحكومة اليمنية الأمم المتحدة أمس لتأخر وصول المساعدات. ويشار إلى أن الهدنة الإنسانية التي"
        " انتهت بنهاية أمس هي الثالثة في اليمن.",
        "RETREAT",
        id="the day a truce ended (التي انتهت أمس) is no truce declared",
    ),
]


NO_ACT_ROWS += [
    pytest.param(
        "ولم يحدد المتحدث موقف الحوثيين من الهدنة الإنسانية التي تبدأ منتصف ليل الأحد.",
        "RETREAT",
        id="what a stance is about (موقف … من الهدنة) is a topic, no truce declared",
    ),
    pytest.param(
        "وأعلن مجلس مقاتلي درنة أمس انطلاق معركة الحسم بمساندة أهالي المدينة.",
        "SUPPORT",
        id="with the support of (بمساندة …) tells how another act is done",
    ),
]


NO_ACT_ROWS += [
    pytest.param(
        "وقال مصدر عسكري إن الحوثيين حاولوا أمس استغلال إعلان الهدنة للتقدم نحو مواقع الجيش.",
        "RETREAT",
        id="a declaration that is the object of a verbal noun (استغلال إعلان الهدنة) declares nothing",
    ),
    pytest.param(
        "وقال المتحدث إن الحكومة تنتظر منذ أيام إعلان الهدنة من الأمم المتحدة. وقال مسؤول إن التحالف ينتظر"
        " إعلان الهدنة.",
        "RETREAT",
        id="a declaration that is the object of a verb (ينتظر إعلان الهدنة) declares nothing",
    ),
]


@pytest.mark.parametrize(("text", "plover"), NO_ACT_ROWS)
def test_no_political_act(pipeline: Pipeline, text: str, plover: str) -> None:
    assert _political(_extract(pipeline, text), plover) == []


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — the rules added with the second batch
ACTOR_ROWS_2 = [
    pytest.param(
        "وأكد الرئيس الأمريكي أمس دعمه للإجراءات التركية ضد تنظيم داعش.",
        "SUPPORT",
        [("USAGOV", None)],
        id="the side after ضد is whom the supported measures aim at, not the side supported",
    ),
    pytest.param(
        "وأجرى الرئيس الأمريكي أمس محادثة هاتفية مع نظيره التركي تناولت الحرب في سوريا.",
        "CONSULT",
        [("USAGOV", "TURGOV")],
        id="a phone conversation (محادثة هاتفية) is a consultation",
    ),
    pytest.param(
        "استقبل الرئيس التركي أمس وزير الخارجية الأمريكي في أنقرة. ودعا الأمين العام لحلف شمال الأطلسي إلى"
        " اجتماع طارئ لبحث الوضع الأمني.",
        "REQUEST",
        [("IGONAT", None)],
        id="the title of a side's head before it (الأمين العام لـ…) makes it the subject",
    ),
    pytest.param(
        "وقام وزير الدفاع الأمريكي بزيارة مفاجئة لبغداد أمس ليتعرف بنفسه على تفاصيل الحملة العسكرية على"
        " تنظيم داعش.",
        "CONSULT",
        [("USAGOV", "IRQGOV")],
        id="a side named well after a visit is its topic: the counterpart is the government of the place",
    ),
    pytest.param(
        "وانتهت أمس الهدنة الإنسانية التي طالب بها الرئيس اليمني، وسط خروقات للحوثيين.",
        "REQUEST",
        [],
        id="an act told undated in a relative clause describes what it is about: background",
    ),
]


# (text, PLOVER type, status, date): a future date or cue after an act of saying is what is said
SAYING_ROWS = [
    pytest.param(
        "دعت تركيا إلى اجتماع طارئ لحلف الأطلسي غدا.",
        "REQUEST",
        "occurred",
        "2015-10-14",
        id="a call for tomorrow's meeting is made today",
    ),
    pytest.param(
        "حذرت روسيا من هجوم وشيك غدا.",
        "THREATEN",
        "occurred",
        "2015-10-14",
        id="a warning of tomorrow's attack is given today, not planned",
    ),
]


SAYING_ROWS += [
    pytest.param(
        "وتعهدت الولايات المتحدة أمس بدعم الحكومة العراقية في حربها على الإرهاب.",
        "SUPPORT",
        "planned",
        "2015-10-13",
        id="support pledged (تعهدت … بدعم) is planned, dated by the day of the pledge",
    ),
    pytest.param(
        "ووعدت الكويت أمس بتقديم حزمة مساعدات إنسانية جديدة للنازحين العراقيين.",
        "AID",
        "planned",
        "2015-10-13",
        id="aid pledged through a verbal noun (وعدت … بتقديم حزمة مساعدات) is planned",
    ),
    pytest.param(
        "ووعد رئيس الوزراء التركي الذي يبدأ الخميس جولة خليجية، أمام الصحافيين «بمواصلة تعزيز الأمن على"
        " الحدود».",
        "MOBILIZE",
        "planned",
        "2015-10-14",
        id="a mobilization pledged in the next clause of the sentence is planned",
    ),
]


@pytest.mark.parametrize(("text", "plover", "status", "date"), SAYING_ROWS)
def test_saying_is_done_today(pipeline: Pipeline, text: str, plover: str, status: str, date: str) -> None:
    got = [(e.status, e.event_date) for e in _political(_extract(pipeline, text), plover)]
    assert got == [(status, date)]


# (text, PLOVER type, expected [(date, ACLED time precision)] of that type): the week an earlier clause of the
# sentence tells (هذا الاسبوع، الاسبوع الماضي) dates the acts coordinated after it that tell no date of their own
WEEK_ROWS = [
    pytest.param(
        "وقتل جنديان في هجوم أمس. وبدلت الحكومة الأردنية موقفها هذا الأسبوع وأقدمت على فتح قاعدة الأزرق الجوية"
        " أمام طائرات التحالف الدولي.",
        "AGREE",
        [("2015-10-13", 2)],
        id="this week, told in the clause before, dates the act coordinated after it: week precision",
    ),
    pytest.param(
        "وقتل جنديان في هجوم أمس. وبدلت الحكومة الأردنية موقفها الأسبوع الماضي، ثم اتهمت الحكومة السورية بدعم"
        " الإرهاب.",
        "ACCUSE",
        [("2015-10-06", 2)],
        id="last week, told in the clause before, dates the act after it",
    ),
    pytest.param(
        "وبدلت الحكومة الأردنية موقفها هذا الأسبوع. واتهم وزير الخارجية الأردني أمس الحكومة السورية بدعم الإرهاب.",
        "ACCUSE",
        [("2015-10-13", 1)],
        id="a week told in the sentence before leaves the next sentence its own day",
    ),
    pytest.param(
        "وبدلت الحكومة الأردنية موقفها هذا الأسبوع، واتهم وزير الخارجية الأردني أمس الحكومة السورية بدعم الإرهاب.",
        "ACCUSE",
        [("2015-10-13", 1)],
        id="a clause with its own day keeps it",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), WEEK_ROWS)
def test_week_told_before(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    events = _political(_extract(pipeline, text), plover)
    assert [(e.event_date, e.date.precision) for e in events] == expected


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — the rules added with the third batch
ACTOR_ROWS_3 = [
    pytest.param(
        "وقال المتحدث إن ميركل أكدت لداود أوغلو دعم وتضامن بلادها مع حكومة أنقرة في حربها على الإرهاب.",
        "SUPPORT",
        [("DEUGOV", "TURGOV")],
        id="the side told (لـ) right before the act is not its subject",
    ),
    pytest.param(
        "وسيطرت وحدات حماية الشعب وفصائل مقاتلة مساندة لها في 27 يوليو على بلدة صرين.",
        "SUPPORT",
        [],
        id="forces supporting another (فصائل مساندة لها) are described, no act of support",
    ),
    pytest.param(
        "واجتمعت الحكومة التركية أمس لتعزيز الأمن على الحدود مع سوريا.",
        "CONSULT",
        [("TURGOV", None)],
        id="a country after مع is never where a meeting is held",
    ),
    pytest.param(
        "وزار رئيس الوزراء الإسرائيلي أمس والدي الطفل في المستشفى.",
        "CONSULT",
        [],
        id="a visit of comfort to a victim's family is no diplomacy",
    ),
    pytest.param(
        "وقالت النائبة إنه على حكومة إسرائيل دعم الاستيطان في الضفة الغربية.",
        "SUPPORT",
        [],
        id="what the government of a side must do (على حكومة …) is no act of that side",
    ),
    pytest.param(
        "وأقرت الحكومة اليمنية أمس بأن الحوثيين سيطروا على المدينة.",
        "AGREE",
        [],
        id="أقر بأن: an admission, no agreement",
    ),
    pytest.param(
        "وأقر البرلمان العراقي أمس وثيقة الإصلاح.",
        "AGREE",
        [("IRQGOV", None)],
        id="أقر with its object: an approval stays an agreement",
    ),
    pytest.param(
        "زار وزير الخارجية الأمريكي أمس الرياض والتقى العاهل السعودي.",
        "CONSULT",
        [("USAGOV", "SAUGOV")],
        id="the host named after a coordinated verb of meeting is whom the visitor met, not a new subject",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — the rules added with the fourth batch
ACTOR_ROWS_4 = [
    pytest.param(
        "وقعت السعودية وفرنسا أمس اتفاقية للتعاون العسكري في باريس.",
        "AGREE",
        [("SAUGOV", "FRAGOV")],
        id="a light verb that begins with و (وقعت) carries its noun; two sides named together agree with each other",
    ),
    pytest.param(
        "فرضت الولايات المتحدة أمس عقوبات جديدة على مسؤولين في الحكومة السورية.",
        "SANCTION",
        [("USAGOV", "SYRGOV")],
        id="فرض carries sanctions named after its subject",
    ),
    pytest.param(
        "أدانت السعودية والإمارات أمس الهجوم على المسجد.",
        "ACCUSE",
        [("SAUGOV", None)],
        id="a side named with the subject (و) condemns with it, it is not condemned",
    ),
    pytest.param(
        "استخدمت روسيا والصين حق النقض ضد مشروع القرار الفرنسي أمس.",
        "REJECT",
        [("RUSGOV", None)],
        id="of two sides named together before the act, the first is its subject",
    ),
    pytest.param(
        "أدانت السعودية أمس الهجوم ودعت الأمم المتحدة إلى التحرك.",
        "REQUEST",
        [("SAUGOV", "IGOUNO")],
        id="the one side between a coordinated verb of asking and what it asks is whom it asks",
    ),
    pytest.param(
        "نفت وزارة الدفاع الروسية أمس التقارير عن سقوط ضحايا مدنيين في غاراتها على سوريا.",
        "REJECT",
        [("RUSMIL", None)],
        id="civilians in what is denied are not whom a denial answers",
    ),
    pytest.param(
        "وتوصلت الحكومة اليمنية والحوثيون أمس إلى اتفاق لوقف إطلاق النار.",
        "AGREE",
        [("YEMGOV", "YEMREB")],
        id="توصل الى carries the agreement named after its subjects",
    ),
    pytest.param(
        "وتلقى ولي العهد السعودي أمس اتصالا هاتفيا من الرئيس الأمريكي.",
        "CONSULT",
        [("SAUGOV", "USAGOV")],
        id="a phone call received (تلقى … اتصالا) is talks with the caller",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — the rules added with the sixth batch
ACTOR_ROWS_6 = [
    pytest.param(
        "ويرى مراقبون أن الحكومة السورية ترفض أي حل سياسي.",
        "REJECT",
        [],
        id="what observers think a side does is opinion, no act",
    ),
    pytest.param(
        "وقال المحلل السياسي إن روسيا تدعم نظام الأسد.",
        "SUPPORT",
        [],
        id="what an analyst says of a side is opinion, no act",
    ),
    pytest.param(
        "وقال وزير الخارجية السعودي إن المملكة ترفض التدخل الأجنبي في اليمن.",
        "REJECT",
        [("SAUGOV", None)],
        id="what a minister says of his own state stays its act",
    ),
    pytest.param(
        "وعقدت روسيا أمس مؤتمرا دوليا حول سوريا.",
        "CONSULT",
        [("RUSGOV", None)],
        id="a country after حول is what the talks are about, not where they are held",
    ),
    pytest.param(
        "واتهمت المعارضة السورية النظام بقصف المدنيين بالبراميل المتفجرة أمس.",
        "ACCUSE",
        [("SYROPP", "SYRGOV")],  # (bare النظام in a Syria report: the Syrian government)
        id="civilians in the charge are its victims, not the accused",
    ),
    pytest.param(
        "وأدانت الحكومة اليمنية بشدة استهداف المدنيين في تعز أمس.",
        "ACCUSE",
        [("YEMGOV", None)],
        id="civilians in what is condemned are its victims, not the condemned",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — perfects filed with the nouns
ACTOR_ROWS_7 = [
    pytest.param(
        "وحشدت تركيا قوات على حدودها مع سوريا أمس.",
        "MOBILIZE",
        [("TURGOV", None)],
        id="a perfect that shows its person (حشدت) opening its clause, its subject after, is an act",
    ),
    pytest.param(
        "وجمدت الولايات المتحدة رسميا أصول الحرس الثوري الإيراني.",
        "SANCTION",
        [("USAGOV", "IRNMIL")],
        id="جمدت with its subject after it: a sanction",
    ),
    pytest.param(
        "وأفرجت السلطات الإيرانية أمس عن صحفي أمريكي.",
        "CONCEDE",
        [("IRNGOV", None)],
        id="أفرجت with its subject between it and عن: a release",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — hosts, plans in the plain imperfect, توجه
ACTOR_ROWS_8 = [
    pytest.param(
        "وتستضيف الرياض الأسبوع المقبل مؤتمرا للمعارضة السورية.",
        "CONSULT",
        [("SAUGOV", "SYROPP")],
        id="the capital that hosts (تستضيف الرياض) is its government, the subject",
    ),
    pytest.param(
        "ويبدأ وزير الخارجية الإيراني غدا جولة خليجية تشمل الكويت.",
        "CONSULT",
        [("IRNGOV", "KWTGOV")],
        id="a plain imperfect light verb (يبدأ) dated ahead carries its noun",
    ),
    pytest.param(
        "ويعقد وزراء الخارجية العرب يوم الأحد المقبل اجتماعا طارئا في القاهرة.",
        "CONSULT",
        [("IGOARL", "EGYGOV")],
        id="يعقد … يوم الأحد المقبل اجتماعا: a meeting planned",
    ),
    pytest.param(
        "وكشف وزير الخارجية اليمني أمس عن توجه حكومته لمحاسبة المسؤولين المتواطئين مع المتمردين.",
        "CONSULT",
        [],
        id="توجه after a preposition is the noun (a leaning), no travel",
    ),
    pytest.param(
        "وقالت وزارة الخارجية الفرنسية أمس إن الوزير سيسافر إلى روسيا غدا.",
        "CONSULT",
        [("FRAGOV", "RUSGOV")],
        id="the future سـ of a travel verb is no preposition: the travel stands",
    ),
]


def test_planned_in_the_plain_imperfect(pipeline: Pipeline) -> None:
    text = "ويعقد وزراء الخارجية العرب يوم الأحد المقبل اجتماعا طارئا في القاهرة."
    assert [(e.status, e.event_date) for e in _political(_extract(pipeline, text))] == [
        ("planned", "2015-10-18")
    ]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — clauses opened by a particle; joined subjects
ACTOR_ROWS_9 = [
    pytest.param(
        "ورحبت الأمم المتحدة بالقرار، فيما رفض الحوثيون المشاركة في المشاورات.",
        "REJECT",
        [("YEMREB", None)],
        id="a verb after a particle that opens its clause (فيما), its subject right after, is an act",
    ),
    pytest.param(
        "التقى المبعوث الأممي أمس وزير الخارجية السوري في دمشق. كما طلب الحكم القضائي إلى الحكومة أن تقوم"
        " بمصادرة الأملاك.",
        "REQUEST",
        [],
        id="after an opening particle, a side the verb governs (إلى الحكومة) is no subject",
    ),
    pytest.param(
        "واتهمت الحكومة اليمنية المقيمة وقوات التحالف الحوثيين بخرق الهدنة أمس.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a side joined to the subject past its adjective accuses with it",
    ),
    pytest.param(
        "وأكدت مصادر أن وزير الخارجية التركي سيلتقي نظيره الإيراني غدا في طهران.",
        "CONSULT",
        [("TURGOV", "IRNGOV")],
        id="the subject right before a verb in the future (سيلتقي) is its subject, the side after its object",
    ),
    pytest.param(
        "وفي ظل التوتر يطالب وزير الخارجية السعودي أمس مجلس الأمن بالتحرك.",
        "REQUEST",
        [("SAUGOV", "IGOUNO")],
        id="في ظل (amid) is no ظل of what a side kept doing",
    ),
    pytest.param(
        "التقى وزير الخارجية السوري يوم الأحد المبعوث الأممي في دمشق. ووصلت درجة الحرارة اليوم في بعض المناطق"
        " إلى 45 درجة.",
        "CONSULT",
        [("SYRGOV", "IGOUNO")],
        id="reaching a number (وصلت … إلى 45), past its subject, is no travel",
    ),
    pytest.param(
        "وقال الرئيس التركي أمس إن الحكومة لن تستقيل إلا في حال توجهت البلاد إلى انتخابات مبكرة.",
        "CONSULT",
        [],
        id="في حال: a condition, as two words",
    ),
    pytest.param(
        "وأعلن الجيش التركي أمس حالة التأهب على الحدود.",
        "MOBILIZE",
        [("TURMIL", None)],
        id="حالة alone is no condition",
    ),
    pytest.param(
        "وأصدر رئيس الوزراء التركي أمس تعليمات بتشكيل وحدة تنسيق لإدارة الحرب على الإرهاب.",
        "COOPERATE",
        [],
        id="a word that begins with و itself (وحدة تنسيق) keeps it: a body named by an act",
    ),
    pytest.param(
        "وسيطرت قوات النظام ووحدات مساندة لها في 27 يوليو على البلدة.",
        "SUPPORT",
        [],
        id="ووحدات مساندة لها: forces described as supporting, with و before them",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — titles, leaders, sources and participles
ACTOR_ROWS_10 = [
    pytest.param(
        "ورحبت الحكومة الليبية أمس بالاتفاق. ودعا المبعوث الخاص ورئيس بعثة الأمم المتحدة في ليبيا أمس إلى"
        " الإفراج عن المختطفين.",
        "REQUEST",
        [("IGOUNO", None)],
        id="an envoy's titles joined by و before the side (المبعوث الخاص ورئيس بعثة …): the side is the subject",
    ),
    pytest.param(
        "وأعلن التحالف العربي بقيادة المملكة أمس هدنة إنسانية لمدة خمسة أيام.",
        "RETREAT",
        [("SAUMIL", None)],
        id="the leader of a side named in its description (بقيادة …) is not the subject",
    ),
    pytest.param(
        "وأكد الرئيس الألماني أمس دعمه للحكومة التركية. واتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب"
        " الديمقراطي بتحريض الأكراد.",
        "ACCUSE",
        [],
        id="the press (وسائل إعلام) is nobody codable, not the article's running actor",
    ),
    pytest.param(
        "قال مسؤول في وزارة الخارجية التركية إن الجيش لم يقصف مواقع تابعة لوحدات حماية الشعب الكردية في شمال"
        " سوريا نافيا رواية الوحدات الكردية عن تعرضها للقصف.",
        "REJECT",
        [("TURGOV", "SYRREB")],
        id="a participle's subject is the clause's first side; the side after it is its object",
    ),
    pytest.param(
        "وبينت المصادر أن المبعوث الأممي يبدو في موقع القوة، وطالبت بأن يكون حازما مع الحوثيين.",
        "REQUEST",
        [],
        id="a coordinated feminine verb in a sentence unnamed sources open goes on with the sources",
    ),
    pytest.param(
        "التقى وزير الخارجية السعودي أمس نظيره الإيراني في طهران. وأكد الوزير أنه سيلتقي نظيره التركي غدا في"
        " أنقرة.",
        "CONSULT",
        [("SAUGOV", "IRNGOV"), ("SAUGOV", "TURGOV")],
        id="the pronoun before a verb in the future (أنه سيلتقي) is its subject, the side after its object",
    ),
    pytest.param(
        "التقى المبعوث الأممي أمس وزير الخارجية السوري في دمشق. وقال مقاتل كردي إنه عندما سيلتقي ورفاقه قوات"
        " النظام في جنوب المدينة لن يقاتلوها.",
        "CONSULT",
        [("IGOUNO", "SYRGOV")],
        id="what a side will do when something happens (عندما سيلتقي) is none told",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — the two sides of talks and calls
ACTOR_ROWS_11 = [
    pytest.param(
        "وجرى أمس اتصال هاتفي بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما تناول الوضع على"
        " الحدود.",
        "CONSULT",
        [("TURGOV", "USAGOV")],
        id="talks between two sides joined by و (بين … و…): the first and the second",
    ),
    pytest.param(
        "اتصل الرئيس التركي أمس بالرئيس الأمريكي وبحثا الوضع على الحدود.",
        "CONSULT",
        [("TURGOV", "USAGOV")],
        id="a call (اتصل … بـ) is talks with the side called",
    ),
    pytest.param(
        "استقبل وزير الخارجية السعودي أمس نظيره الإيطالي في الرياض. واتفق الجانبان على دعم الحوار مع إيران.",
        "AGREE",
        [("SAUGOV", "ITAGOV")],
        id="a dual subject (الجانبان) is the two sides of the talks told before; a side after is the topic",
    ),
    pytest.param(
        "وذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما. واتفق الرئيسان"
        " أمس على العمل سويا لتأمين الحدود.",
        "AGREE",
        [("TURGOV", "USAGOV")],
        id="a dual subject (الرئيسان) is the two states named together just before",
    ),
    pytest.param(
        "التقى المبعوث الأممي أمس وزير الخارجية السوري في دمشق. ويطالب أحد الطرفين المنسق بإخلاء الجو عند كل"
        " طلعة جوية.",
        "REQUEST",
        [],
        id="one of (أحد …) as a subject is nobody codable",
    ),
]


# (text, PLOVER type, expected [(actor1, actor2)] of that type) — acts told apart or told again; what is asked
ACTOR_ROWS_12 = [
    pytest.param(
        "دعا الأمين العام للجامعة العربية أمس جميع الهيئات الإنسانية إلى تقديم العون للنازحين في اليمن. وأضاف"
        " أن الوضع الإنساني يزداد سوءا. وطالب الهيئات الدولية بزيادة تمويل برامج الإغاثة.",
        "REQUEST",
        [("IGOARL", None), ("IGOARL", None)],
        id="two requests in sentences of their own, by other verbs and to other addressees, are two acts",
    ),
    pytest.param(
        "دعا وزير الخارجية التركي أمس الأمم المتحدة إلى التحرك لوقف القصف على حلب. وطالب الوزير في بيان بوقف"
        " فوري للقصف.",
        "REQUEST",
        [("TURGOV", "IGOUNO")],
        id="a request told again by another verb with no addressee of its own is the same act",
    ),
    pytest.param(
        "وطالبت الحكومة الليبية أمس المجتمع الدولي بتحمل مسؤوليته تجاه الشعب الليبي.",
        "REQUEST",
        [("LBYGOV", None)],
        id="a side named after what is asked with bi- (بتحمل مسؤوليته تجاه …) is in what is asked",
    ),
    pytest.param(
        "وطالب وزير الخارجية التركي أمس بوقف الدعم الإيراني لنظام الأسد.",
        "REQUEST",
        [("TURGOV", None)],
        id="a side in a verbal noun with bi- (بوقف الدعم … لنظام الأسد) is no addressee",
    ),
    pytest.param(
        "وطالبت السعودية بريطانيا بتسليم المطلوبين.",
        "REQUEST",
        [("SAUGOV", "GBRGOV")],
        id="a name that begins with ب (بريطانيا) opens nothing asked: it is the addressee",
    ),
    pytest.param(
        "وأكد التحالف أمس إعلان الهدنة لمدة خمسة أيام.",
        "RETREAT",
        [("INTMIL", None)],
        id="a declaration after a time word (أمس إعلان الهدنة) is made",
    ),
    pytest.param(
        "وتعهدت المستشارة الألمانية للحكومة التركية بتقديم مساندة ألمانية في الحرب على الإرهاب.",
        "SUPPORT",
        [("DEUGOV", "TURGOV")],
        id="support pledged to a side (تعهدت … للحكومة التركية بتقديم مساندة) is for that side",
    ),
    pytest.param(
        "وتعهدت الولايات المتحدة أمس بدعم الحكومة العراقية في حربها على الإرهاب.",
        "SUPPORT",
        [("USAGOV", "IRQGOV")],
        id="the side after a pledged verbal noun (تعهدت … بدعم الحكومة) is the one supported",
    ),
    pytest.param(
        "وأدانت السعودية الهجوم، واتهمت إيران بدعم الإرهاب.",
        "ACCUSE",
        [("SAUGOV", "IRNGOV")],
        id="the one side between a coordinated verb of accusing and the charge (واتهمت إيران بدعم) is the accused",
    ),
    pytest.param(
        "وقال وزير الخارجية الفرنسي إن بلاده تدعم الحل السياسي، كما طالب مجلس الأمن الدولي بتحمل كامل"
        " مسؤولياته.",
        "REQUEST",
        [("FRAGOV", "IGOUNO")],
        id="a side told to bear its responsibilities (طالب مجلس الأمن بتحمل مسؤولياته) is asked by the speaker",
    ),
    pytest.param(
        "دعت وزارة الخارجية في الحكومة اليمنية الأمم المتحدة إلى التحرك.",
        "REQUEST",
        [("YEMGOV", "IGOUNO")],
        id="a side after في in the subject's description (وزارة الخارجية في الحكومة اليمنية) is not its counterpart",
    ),
    pytest.param(
        "وبحث الرئيس التركي ونظيره الأمريكي الأزمة السورية.",
        "CONSULT",
        [("TURGOV", "USAGOV")],
        id="talks (بحث) opening a clause with two sides named by و (الرئيس التركي ونظيره) are between them",
    ),
    pytest.param(
        "ورفضت الحكومة اليمنية المبادرة، واتهمت في بيان صدر عنها مساء أمس الحوثيين بالمماطلة.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a perfect with و opening a clause after an act (واتهمت في بيان …) goes on with that act's doer",
    ),
]


@pytest.mark.parametrize(
    ("text", "plover", "expected"),
    ACTOR_ROWS
    + ACTOR_ROWS_12
    + ACTOR_ROWS_10
    + ACTOR_ROWS_11
    + ACTOR_ROWS_2
    + ACTOR_ROWS_3
    + ACTOR_ROWS_4
    + ACTOR_ROWS_6
    + ACTOR_ROWS_7
    + ACTOR_ROWS_8
    + ACTOR_ROWS_9,
)
def test_political_actors(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    got = [(_code(e.actor1), _code(e.actor2)) for e in _political(_extract(pipeline, text), plover)]
    assert got == expected
