"""Conflict triggers that tell no conflict event of the sentence: a victory welcomed or praised, a verbal attack
by a statesman, a protest called for, an act named as a point in time (conflict trigger filters)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    "text",
    [
        # a victory welcomed, praised, or congratulated on: what the speaker says, a political event
        "رحب وزير الخارجية البحريني أمس بتحرير مدينة عدن من الحوثيين.",
        "وأشاد الرئيس اليمني أمس بتحرير مدينة عدن من الحوثيين.",
        "وهنأ الملك سلمان أمس الرئيس هادي بتحرير مدينة عدن.",
        "وبارك المجلس أمس استعادة مدينة تكريت من تنظيم داعش.",
        # an attack in words by a statesman
        "شن الرئيس التركي أمس هجوما عنيفا على روسيا في خطاب ألقاه في أنقرة.",
        "وشن وزير الخارجية أمس هجوما حادا على الحكومة السورية، واصفا إياها بالإرهابية.",
        "وهاجم رئيس الحزب أمس الحكومة العراقية، متهما إياها بالفساد.",
        # … a minister (whose word begins with و), and what she calls for or stresses with it
        "هاجمت وزيرة السياحة المصرية الحكومة الليبية أمس، داعية إلى حماية المواقع الأثرية.",
        "هاجم وزير الخارجية أمس الحكومة السورية، مؤكدا أنها فقدت شرعيتها.",
        "وقال الرئيس إن الوزير هاجم الحكومة أمس، مشددا على ضرورة إصلاح الاقتصاد.",
        # a protest called for, the side's name long
        "دعا حزب الشعب الجمهوري أنصاره إلى مسيرة في مدينة إسطنبول يوم الجمعة.",
        # an act named as a point in time
        "وغادر الأهالي المدينة ليلة سيطرة داعش على مدينة تدمر.",
        "ونظم الأهالي أمس وقفة في ذكرى سقوط مدينة الموصل.",
    ],
)
def test_no_conflict_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the acts themselves stay
        ("وحررت القوات الحكومية أمس مدينة عدن من الحوثيين.", "Government regains territory"),
        ("وشن مسلحو التنظيم أمس هجوما عنيفا على حاجز للجيش في مدينة الرمادي.", "Armed clash"),
        ("وسيطر تنظيم داعش ليلة أمس على مدينة تدمر.", "Non-state actor overtakes territory"),
        # (the minister tells of the attack after his ان: he is no attacker in words)
        (
            "وقال وزير الداخلية إن مسلحين هاجموا أمس مركزا للشرطة في مدينة الرمادي، داعيا السكان إلى الحذر.",
            "Armed clash",
        ),
    ],
)
def test_the_act_stays(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a time before an act starts
        "وطالب المحافظ أمس بتسليح العشائر قبل انطلاق عملية استعادة مدينة الموصل من تنظيم داعش.",
        # a range of acts over time, summed up
        "وعدد التقرير انتهاكات الميليشيا، ابتداء من حصار القصر الرئاسي في صنعاء، إلى اختطاف وزير الدفاع.",
    ],
)
def test_no_act_of_the_sentence(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


def test_an_act_of_those_told_before(pipeline: Pipeline) -> None:
    # the abduction told first; "بعد خطفهم" names it again by a pronoun for those it took
    text = (
        "وقال المرصد إن مسلحين خطفوا ثمانية من عناصر الفرقة في مدينة اعزاز مساء الأربعاء. "
        "وأكد قيادي في الفرقة أمس أنهم من عناصر الفرقة بعد خطفهم."
    )
    kinds = [e.sub_event_type for e in _conflict(pipeline, text)]
    assert kinds == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        "وطالب الاتحاد أنصاره بالخروج في مظاهرات حاشدة يوم الجمعة في مدينة عدن.",
        "ودعا الحزب أنصاره للخروج في مسيرة يوم الجمعة في مدينة إسطنبول.",
    ],
)
def test_a_turnout_asked_for(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


def test_a_strike_praised_and_told(pipeline: Pipeline) -> None:
    # the strike told by what it did, in a relative clause, is an event of its own
    text = "وأشاد الوزير بالضربات الجوية التي شنتها مقاتلات التحالف على مواقع الحوثيين في صنعاء أمس."
    assert "Air/drone strike" in [e.sub_event_type for e in _conflict(pipeline, text)]


def test_an_attack_on_a_media_office(pipeline: Pipeline) -> None:
    text = "وهاجم مسلحون المكتب الإعلامي لحزب الإصلاح في مدينة تعز أمس."
    assert _conflict(pipeline, text) != []
