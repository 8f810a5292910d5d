"""Which conflict acts are coded and as what: an aircraft crash put down to a technical fault, acts told as going
on for days, an execution of captive fighters, an execution told again as having taken place."""

from __future__ import annotations

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def test_a_crash_from_a_technical_fault_is_an_accident(pipeline: Pipeline) -> None:
    text = (
        "سقطت طائرة حربية تابعة للنظام امس في سوق مدينة معرة النعمان ما اسفر عن مقتل 15 مدنيا. "
        "وقالت مصادر محلية ان سقوط الطائرة نجم عن عطل فني اثناء تحليقها."
    )
    assert _conflict(pipeline, text) == []


def test_a_crash_with_no_fault_told_keeps_its_dead(pipeline: Pipeline) -> None:
    text = "سقطت طائرة حربية تابعة للنظام امس في سوق مدينة معرة النعمان ما اسفر عن مقتل 15 مدنيا."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]


def test_the_dead_of_strikes_going_on_for_days_are_a_tally(pipeline: Pipeline) -> None:
    text = "وقتل 30 مسلحا في غارات جوية مستمرة منذ ثلاثة ايام على مواقعهم شمال مدينة الرمادي."
    assert _conflict(pipeline, text) == []


def test_a_war_going_on_for_months_does_not_make_the_act_told_a_tally(pipeline: Pipeline) -> None:
    text = (
        "وقتلت قذائف الهاون امس عشرة مدنيين في حي الشيخ عثمان بمدينة عدن، في الحرب المستمرة منذ اربعة اشهر."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Shelling/artillery/missile attack"]


def test_captive_fighters_executed_are_attacked(pipeline: Pipeline) -> None:
    for text in (
        "ونفذ تنظيم داعش امس عملية اعدام بحق اثنين من عناصر الجيش العراقي في مدينة الموصل بعد اسرهما.",
        "وأعدم تنظيم داعش امس اثنين من عناصر الجيش العراقي في مدينة الموصل.",
    ):
        events = _conflict(pipeline, text)
        assert [(e.event_type, e.sub_event_type) for e in events] == [
            ("Violence against civilians", "Attack")
        ]


def test_an_execution_said_to_have_taken_place_is_the_one_told(pipeline: Pipeline) -> None:
    # told alone, it is no new act of the day
    assert _conflict(pipeline, "وفي خطوة لافتة، تمت عملية الإعدام في أحد ميادين المدينة.") == []
    text = "أعدم تنظيم داعش امس رجلين بتهمة التجسس في مدينة الرقة. وتمت عملية الاعدام في ساحة عامة."
    assert len(_conflict(pipeline, text)) == 1
