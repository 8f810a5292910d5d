"""Verbs carrying an object pronoun (نفاه، نفته، اتهموه: the final ى written ا, the plural's ا dropped before it)
and the political acts told in a comment on the clause before ("وهو ما نفاه …") or after "في الوقت الذي" (while).

Each row is a short report written for the project; it names the rule it checks.
"""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Event
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize

# (the extraction of a short report is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import _extract


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


def _triggers(matcher: Matcher, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.norm, m.data["entry"].get("plover_type"))
        for m in matcher.scan(normalize(text), kinds=["triggers"])
    ]


# (text, expected (normalized trigger, PLOVER type) found in it, or None: no political trigger)
PRONOUN_ROWS = [
    pytest.param("وهو ما نفاه الحزب في بيان", ("نفا", "REJECT"), id="final ى written ا before ه: نفاه"),
    pytest.param("لكن الوزارة نفتها في بيان", ("نفت", "REJECT"), id="the feminine past with ها"),
    pytest.param("غير أن الوزارة نفته في بيان", ("نفته", "REJECT"), id="the feminine past with the bare ه"),
    pytest.param(
        "وهو ما ينفيه المتحدث باسم الحركة", ("ينفي", "REJECT"), id="the imperfect of a final ي with ه"
    ),
    pytest.param("المعارضون اتهموه بالفساد", ("اتهمو", "ACCUSE"), id="the plural's ا dropped before ه"),
    pytest.param("وزير الخارجية استدعاها أمس", ("استدعا", "SANCTION"), id="final ى written ا before ها"),
    pytest.param("انتقد دعاة السلام الحرب", None, id="دعاة (preachers) is no دعا + ه"),
    pytest.param("اجتمع قضاة المحكمة العليا", None, id="a noun of ة is no verb of ى + ه"),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_ROWS)
def test_object_pronoun_forms(matcher: Matcher, text: str, expected: tuple[str, str] | None) -> None:
    political = [t for t in _triggers(matcher, text) if t[1] is not None and t[1] != "CONSULT"]
    if expected is None:
        assert not [t for t in political if t[0].startswith(("دعا", "قضا"))]
    else:
        assert any(n.startswith(expected[0]) and p == expected[1] for n, p in political), political


# (text, a trigger's normalized form and ending that must not be read there)
NOT_A_VERB_ROWS = [
    pytest.param("بعد سيطرته على المدينة", ("سيطرت", "ه"), id="a noun's ة before ه is no feminine past + ه"),
    pytest.param("أطلق الحزب حملته الانتخابية", ("حملت", "ه"), id="حملته (his campaign) is no verb"),
]


@pytest.mark.parametrize(("text", "not_read"), NOT_A_VERB_ROWS)
def test_noun_before_pronoun_no_verb(matcher: Matcher, text: str, not_read: tuple[str, str]) -> None:
    found = [(m.norm, m.data["suffix"]) for m in matcher.scan(normalize(text), kinds=["triggers"])]
    assert not_read not in found


def _codes(events: list[Event], plover: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in events
        if e.category == "political" and e.plover_type == plover
    ]


# (text, PLOVER type, expected [(actor1, actor2)] of that type)
ANSWER_ROWS = [
    pytest.param(
        "اتهمت المعارضة السورية الحكومة بقصف الأسواق، وهو ما نفته وزارة الخارجية السورية.",
        "REJECT",
        [("SYRGOV", "SYROPP")],
        id="a denial told as a comment on the accusation (وهو ما نفته) is an act of its own",
    ),
    pytest.param(
        "اتهمت المعارضة السورية الحكومة بقصف الأسواق، وهو الاتهام الذي نفاه وزير الإعلام السوري.",
        "REJECT",
        [("SYRGOV", "SYROPP")],
        id="the accusation named back by a relative clause whose verb takes it as object (الذي نفاه)",
    ),
    pytest.param(
        "اتهمت الحكومة اليمنية جماعة الحوثي بقصف الأحياء السكنية، في الوقت الذي نفى فيه المتحدث باسم"
        " الجماعة ذلك.",
        "REJECT",
        [("YEMREB", None)],
        id="an act after في الوقت الذي (while) is a main act, its subject after فيه",
    ),
    pytest.param(
        "قال وزير الخارجية اليمني إن المتمردين يحاصرون المدنيين في تعز. ودعا الأمم المتحدة إلى الضغط على"
        " المتمردين.",
        "REQUEST",
        [("YEMGOV", "IGOUNO")],
        id="a feminine side right after a masculine verb (ودعا الأمم المتحدة) is its object, the speaker goes on",
    ),
    pytest.param(
        "وقال المتحدث باسم الجيش الليبي إن قواته تتقدم في درنة، وطالب الحكومة بإرسال الذخيرة.",
        "REQUEST",
        [("LBYMIL", "LBYGOV")],
        id="a definite noun of ة right after a masculine verb (وطالب الحكومة) is its object",
    ),
    pytest.param(
        "دعت الأمم المتحدة إلى وقف القتال في اليمن.",
        "REQUEST",
        [("IGOUNO", None)],
        id="a feminine verb agrees with the side after it: its subject",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), ANSWER_ROWS)
def test_answering_acts(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    assert _codes(_extract(pipeline, text), plover) == expected


# (text, PLOVER type, expected [status] of that type)
STATUS_ROWS = [
    pytest.param(
        "وقال المتحدث إن الهدنة التي أعلنتها الحكومة الليبية قبل عامين انهارت.",
        "RETREAT",
        ["historical"],
        id="an act a relative clause dates years back (التي أعلنتها … قبل عامين) is background",
    ),
    pytest.param(
        "وقال المتحدث إن الهدنة التي أعلنتها الحكومة الليبية أمس صامدة.",
        "RETREAT",
        ["occurred"],
        id="an act a relative clause dates the day before is news",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), STATUS_ROWS)
def test_relative_act_status(pipeline: Pipeline, text: str, plover: str, expected: list) -> None:
    events = _extract(pipeline, text)
    assert [e.status for e in events if e.category == "political" and e.plover_type == plover] == expected


# (text, PLOVER type): the act is background, not news of the day
YEAR_ROWS = [
    pytest.param(
        "وأعلن التحالف هدنة إنسانية في عام 2013 لمدة خمسة أيام.",
        "RETREAT",
        id="an act told in a year before the news' (في عام 2013) is background",
    ),
    pytest.param(
        "وتوصلت الحكومة الليبية إلى اتفاق مع القبائل خلال العام 2012.",
        "AGREE",
        id="خلال العام 2012: background",
    ),
]


@pytest.mark.parametrize(("text", "plover"), YEAR_ROWS)
def test_act_of_a_year_before(pipeline: Pipeline, text: str, plover: str) -> None:
    events = _extract(pipeline, text)
    assert not [e for e in events if e.plover_type == plover and e.status == "occurred"]


def test_statement_made_at_the_meeting_told_next_shares_its_day(pipeline: Pipeline) -> None:
    """ "اتفقت الحكومتان على …. جاء ذلك خلال لقاء …": the agreement was made at the meeting, on its day."""
    text = (
        "وأكد زعيم المعارضة الأحد أن حزبه مهدد بالحظر. واتفقت الحكومة الماليزية والتركية على تعزيز التعاون في"
        " مكافحة الإرهاب. جاء ذلك خلال لقاء رئيس الوزراء الماليزي بالرئيس التركي الذي وصل اليوم إلى كوالالمبور."
    )
    events = [e for e in _extract(pipeline, text) if e.plover_type in ("AGREE", "CONSULT")]
    assert sorted(e.plover_type for e in events) == ["AGREE", "CONSULT"]
    assert len({e.event_date for e in events}) == 1


# (text, expected [(actor1, actor2, status)] of the CONSULT events)
ROUND_ROWS = [
    pytest.param(
        "وعقدت جولة من المفاوضات بين وفدي الحكومة اليمنية والحوثيين في مسقط أمس.",
        [("YEMGOV", "YEMREB", "occurred")],
        id="a round (جولة) of talks named after it is no tour: the talks between the two sides",
    ),
    pytest.param(
        "قال رئيس الوزراء التركي إن تركيا ستحمي حدودها. وأعلن وزير الثقافة التركي أن الجولة الأخيرة من"
        " المفاوضات التمهيدية بين وفدي حزبي «العدالة والتنمية» و«الشعب الجمهوري» بشأن الحكومة ستجري اليوم.",
        [("TURGOV", "TUROPP", "planned")],
        id="talks between two quoted sides, then the future light verb they are the subject of: planned talks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_ROWS)
def test_round_of_talks(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _extract(pipeline, text)
    got = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None, e.status)
        for e in events
        if e.plover_type == "CONSULT"
    ]
    assert got == expected


# (text, PLOVER type, expected [actor1] of that type)
BODY_ROWS = [
    pytest.param(
        "وكانت رابطة علماء اليمن المقاومة الشعبية قد طالبت بالتصدي للمتمردين.",
        "REQUEST",
        [],
        id="a body of its own name opens the pluperfect: the side named after it is asked, not the asker",
    ),
    pytest.param(
        "وكانت لجنة الأمم المتحدة قد طالبت بالتصدي للمتمردين.",
        "REQUEST",
        ["IGOUNO"],
        id="a body in the construct with a side: that side's body asks",
    ),
    pytest.param(
        "وكانت الحكومة اليمنية قد طالبت بالتصدي للمتمردين.",
        "REQUEST",
        ["YEMGOV"],
        id="a side opening the pluperfect asks",
    ),
]


@pytest.mark.parametrize(("text", "plover", "expected"), BODY_ROWS)
def test_unnamed_body_opens_the_pluperfect(
    pipeline: Pipeline, text: str, plover: str, expected: list
) -> None:
    events = _extract(pipeline, text)
    assert [e.actor1.code if e.actor1 else None for e in events if e.plover_type == plover] == expected


def test_call_takes_the_day_an_act_made_during_it_is_dated(pipeline: Pipeline) -> None:
    """ "بحث في اتصال هاتفي مع …، مضيفا ان … اكد خلال الاتصال الذي جرى مساء اول من امس …": one day."""
    text = (
        "وقصفت الطائرات مواقع المتمردين أمس. كما أوضح مكتب الرئيس الفرنسي أنه بحث في اتصال هاتفي مع الأمين العام"
        " للأمم المتحدة الأزمة، مضيفا أن الأمين العام أكد خلال الاتصال الذي جرى مساء أول من أمس دعمه لفرنسا."
    )
    events = [e for e in _extract(pipeline, text) if e.plover_type in ("CONSULT", "SUPPORT")]
    assert sorted(e.plover_type for e in events) == ["CONSULT", "SUPPORT"]
    assert len({e.event_date for e in events}) == 1
