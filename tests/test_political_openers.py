"""Political (PLOVER) events: verbs that do not open their clause, participles, calls and talks told as a setting.

Each row is a short report written for the project; it names the rule it checks. The rows are (plover_type,
actor1, actor2) of the political events of the given type, in order — [] for none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.test_extraction import _extract

FRI = dt.date(2015, 7, 24)


def _political(events: list[Event], plover: str) -> list[Event]:
    return [e for e in events if e.category == "political" and e.plover_type == plover]


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


ROWS = [
    pytest.param(
        "وفي باكستان اتفقت الحكومة الباكستانية والتركية أمس على تعزيز التعاون في مكافحة تنظيم داعش.",
        "AGREE",
        [("PAKGOV", "TURGOV")],
        id="a phrase of place before the verb (وفي باكستان اتفقت) leaves it the clause's verb",
    ),
    pytest.param(
        "من ناحية أخرى أشاد رئيس الحكومة الليبية المؤقتة عبدالله الثني أمس بجهود الشرطة في مدينة البيضاء.",
        "SUPPORT",
        [("LBYGOV", "LBYMIL")],
        id="a phrase of frame before the verb (من ناحية أخرى أشاد) leaves it the clause's verb",
    ),
    pytest.param(
        "كذلك اتهم حزب الشعب الجمهوري الحكومة التركية بالتساهل مع المتطرفين.",
        "ACCUSE",
        [("TUROPP", "TURGOV")],
        id="an adverb before the verb (كذلك اتهم) leaves it the clause's verb",
    ),
    pytest.param(
        "وقال مسؤولون في وزارة الدفاع الأمريكية أمس إن تركيا وافقت على السماح للجيش الأمريكي باستخدام قاعدة"
        " إنجرليك.",
        "AGREE",
        [("TURGOV", "USAMIL")],
        id="a perfect right after its subject (إن تركيا وافقت) is the act of that subject",
    ),
    pytest.param(
        "وأصدرت جبهة النصرة أمس بيانا أعلنت فيه استهداف ثكنات النظام في إدلب، متوعدة بتكثيف الهجمات.",
        "THREATEN",
        [("SYRREB", None)],
        id="a feminine participle (متوعدة بتكثيف الهجمات) reports the threat of the side told before",
    ),
    pytest.param(
        "وشككت وزارة الدفاع الأمريكية أمس في التقرير نافية أسر أي من أفراد القوة السورية الجديدة.",
        "REJECT",
        [("USAMIL", "SYRREB")],
        id="a feminine participle (نافية أسر …) reports the denial of the side told before",
    ),
    pytest.param(
        "وأكد المتحدث أن بان أكد خلال الاتصال الذي جرى أمس دعمه لكفاح تركيا ضد الإرهاب.",
        "SUPPORT",
        [],
        id="the side after a noun with a possessive (دعمه لكفاح تركيا) is what is supported, never its doer",
    ),
    pytest.param(
        "وأكدت السلطات السورية أمس دعمها مبادرة الرئيس الروسي، بعد محادثات في دمشق مع المبعوث الأممي ستيفان"
        " دي ميستورا.",
        "CONSULT",
        [("SYRGOV", "IGOUNO")],
        id="talks after which a side spoke (بعد محادثات … مع المبعوث الأممي) were held",
    ),
    pytest.param(
        "وأدان المبعوث الأممي برناردينو ليون في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي باولو جينتيلوني في"
        " روما أمس اختطاف الموظفين الإيطاليين.",
        "CONSULT",
        [("IGOUNO", "ITAGOV")],
        id="a meeting after which a side spoke (عقب لقائه بوزير الخارجية الإيطالي) was held",
    ),
    pytest.param(
        "وأدان المبعوث الأممي برناردينو ليون في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي باولو جينتيلوني في"
        " روما أمس اختطاف الموظفين الإيطاليين.",
        "ACCUSE",
        [("IGOUNO", None)],
        id="the side met before a statement (عقب لقائه بوزير …) is not whom the statement condemns",
    ),
    pytest.param(
        "وأخفقت روسيا والسعودية في محادثات جرت بينهما أمس في موسكو. وقال الجبير في مؤتمر صحفي بعد محادثات مع"
        " نظيره الروسي سيرجي لافروف إن الأسد جزء من المشكلة.",
        "CONSULT",
        [("RUSGOV", "SAUGOV")],
        id="talks told as a setting that the article reports on their own add no event",
    ),
    pytest.param(
        "وقال مسؤولون أمس إن الحكومة تدرس الخيارات بعد محادثات في أنقرة.",
        "CONSULT",
        [],
        id="talks told as a setting with no side they were held with add no event",
    ),
    pytest.param(
        "ووافقت الحكومة التركية أمس على التعاون للقضاء على التهديد الذي يشكله تنظيم داعش.",
        "AGREE",
        [("TURGOV", None)],
        id="an armed group named in what is agreed on (على … تنظيم داعش) is no party to the agreement",
    ),
    pytest.param(
        "ووافقت تركيا أمس على أن تستخدم طائرات الولايات المتحدة قواعدها الجوية.",
        "AGREE",
        [("TURGOV", "USAGOV")],
        id="a state named in what is agreed on (على أن تستخدم طائرات الولايات المتحدة …) is the other party",
    ),
]


ROWS += [
    pytest.param(
        "وتقدمت وزارة الخارجية السورية مايو الماضي بشكوى رسمية إلى مجلس الأمن، اتهمت فيها الأردن بدعم الإرهابيين.",
        "ACCUSE",
        [],
        id="an act made in what was done months back (مايو الماضي بشكوى …، اتهمت فيها) is background",
    ),
    pytest.param(
        "وأصدرت وزارة الخارجية السورية أمس بيانا، اتهمت فيه الأردن بدعم الإرهابيين.",
        "ACCUSE",
        [("SYRGOV", "JORGOV")],
        id="an act made in what was done yesterday (أمس بيانا، اتهمت فيه) is news",
    ),
]


ROWS += [
    pytest.param(
        "وأجرى رئيس الوزراء التركي أمس اتصالا هاتفيا مع المستشارة الألمانية أنجيلا ميركل. وأضاف المتحدث أن الجانبين"
        " اتفقا على تعاون وثيق بين وزارتي الداخلية.",
        "AGREE",
        [("TURGOV", "DEUGOV")],
        id="a dual verb after its dual subject (أن الجانبين اتفقا) is the act of the two sides told before",
    ),
    pytest.param(
        "وقال المتحدث إن ميركل وداود أوغلو اتفقا أمس على تعاون وثيق بين وزارتي الداخلية.",
        "AGREE",
        [("DEUGOV", "TURGOV")],
        id="a dual verb after the two sides named together (ميركل وداود أوغلو اتفقا) is their agreement",
    ),
    pytest.param(
        "والتقى رئيس الوزراء الباكستاني نواز شريف أمس في إسلام آباد الرئيس التركي رجب طيب أردوغان. وذكرت وسائل"
        " الإعلام أن الجانبين بحثا خلال الاجتماع التعاون الثنائي.",
        "CONSULT",
        [("PAKGOV", "TURGOV")],
        id="talks during the meeting (بحثا خلال الاجتماع) are the meeting told again",
    ),
]


ROWS += [
    pytest.param(
        "واتفق وزير الخارجية التركي ونظيره الأمريكي في اتصال هاتفي أمس على العمل سويا لوقف تدفق المقاتلين.",
        "CONSULT",
        [("TURGOV", "USAGOV")],
        id="an act done in a phone call (اتفق … في اتصال هاتفي) tells talks between the same sides as well",
    ),
    pytest.param(
        "وأجرى الرئيس التركي أمس اتصالا هاتفيا مع نظيره الأمريكي باراك أوباما. واتفق الرئيسان في اتصال هاتفي أمس"
        " على العمل سويا.",
        "CONSULT",
        [("TURGOV", "USAGOV")],
        id="a call an act was done in, told on its own before, is one event",
    ),
]


# PLOVER: answering a call, a request or an invitation is AGREE (a promise to cooperate); acceding to demands
# (CAMEO 083, "accede to requests or demands for political reform") is CONCEDE
ROWS += [
    pytest.param(
        "وتجاوبت تركيا الأربعاء مع طلب ملح لواشنطن وسمحت لها باستخدام قاعدة إنجرليك.",
        "AGREE",
        [("TURGOV", "USAGOV")],
        id="answering a request (تجاوبت مع طلب لواشنطن) is AGREE with the side whose request it is (لـ)",
    ),
    pytest.param(
        "واستجابت الحكومة العراقية أمس لمطالب المتظاهرين بإصلاح الخدمات.",
        "CONCEDE",
        [("IRQGOV", "IRQOPP")],
        id="acceding to demands (استجابت لمطالب المتظاهرين) is CONCEDE",
    ),
    pytest.param(
        "واستجابت الحكومة العراقية أمس لمطالب المتظاهرين بإصلاح الخدمات.",
        "AGREE",
        [],
        id="acceding to demands is no AGREE",
    ),
    # what a statement's words make of it: a label declined is no rejection, a side charged with the crimes it
    # commits is accused
    pytest.param(
        "وأعرب المبعوث الأممي عن أمله في نجاح خطة من أربع نقاط، يرفض المبعوث الأممي تسميتها بالمبادرة، مؤكدا"
        " أنها خطوة أولى.",
        "REJECT",
        [],
        id="declining to name a plan so (يرفض تسميتها بالمبادرة) rejects no side",
    ),
    pytest.param(
        "رفض وزير الدفاع السوري وصف الانسحاب بالهزيمة.",
        "REJECT",
        [],
        id="declining a description (رفض وصف الانسحاب بالهزيمة) rejects no side",
    ),
    pytest.param(
        "رفضت الحكومة اليمنية المبادرة ووصفتها بأنها غير واقعية.",
        "REJECT",
        [("YEMGOV", None)],
        id="a rejection followed by a description of what is rejected stays a rejection",
    ),
    pytest.param(
        "وقال وزير الخارجية اليمني إن الحكومة علقت الحوار بسبب ما يرتكبه الحوثيون من خروقات للهدنة.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a speaker charging the side after the verb with breaches (ما يرتكبه الحوثيون من خروقات) accuses it",
    ),
    pytest.param(
        "وأكد وزير الإعلام اليمني أن الحوثيين يرتكبون جرائم بحق المدنيين.",
        "ACCUSE",
        [("YEMGOV", "YEMREB")],
        id="a speaker saying the side before the verb commits crimes (أن الحوثيين يرتكبون جرائم) accuses it",
    ),
    pytest.param(
        "تواصلت المجازر التي ترتكبها قوات النظام في ريف إدلب.",
        "ACCUSE",
        [],
        id="crimes committed told without a speaker's ان describe, accuse no one",
    ),
    pytest.param(
        "وقال المتحدث العسكري إن الجيش يرتكب أخطاء في إدارة المعركة.",
        "ACCUSE",
        [],
        id="committing what is no charge (يرتكب أخطاء) is no accusation",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ROWS)
def test_political_acts(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    events = _political(_extract(pipeline, text, FRI), plover)
    assert [(_code(e.actor1), _code(e.actor2)) for e in events] == expected


def test_a_call_the_day_before(pipeline: Pipeline) -> None:
    """ "ويأتي الإعلان غداة محادثة هاتفية بين …": a call between two sides is talks, held the day before the
    announcement the clause tells (Thursday), not on the day of the report."""
    events = _political(
        _extract(
            pipeline,
            "وأعلن مسؤول عسكري أمريكي الخميس أن تركيا سمحت للولايات المتحدة باستخدام قواعدها الجوية. ويأتي"
            " الإعلان غداة محادثة هاتفية بين الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان.",
            FRI,
        ),
        "CONSULT",
    )
    assert [(_code(e.actor1), _code(e.actor2), e.event_date) for e in events] == [
        ("USAGOV", "TURGOV", "2015-07-22")
    ]
