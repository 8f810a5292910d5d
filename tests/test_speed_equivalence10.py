"""Fast paths of the tenth speed pass give what the plain code they stand in for gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.assemble import conflict
from rasad.pipeline import Pipeline
from rasad.text.scan import Literals
from tests.extracting import conflict_events

_SETS = (
    Literals(("قتل", "ت", "تل", "ل")),
    Literals(("ال", "الي", "ي")),
    Literals(("امس", "مس", "س ال")),
    Literals(("غائب",)),
)
_PIECES = ["ق", "قت", "قتل", "تل", "ل", "ال", "الي", "امس", "مس", "س", " ", "، ", "5", "غائب"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.integers(-5, 120),
    st.integers(0, 130),
)
def test_sets_within_are_the_sets_with_an_occurrence_starting_in_the_stretch(
    text: str, start: int, stop: int
) -> None:
    # (asked twice: the second answer comes from what the first kept, for a text of 64 characters or more)
    for _ in range(2):
        found = Literals.sets_within(text, start, stop)
        for literals in _SETS:
            firsts = literals.spans(text)[0]
            assert (literals.index in found) == any(start <= f < stop for f in firsts)


def test_the_reaches_of_the_gated_filters_lie_within_the_look_around_the_act() -> None:
    # (a filter gated in _conflict_triggers looks no further for its hint than _hints_near does; the numbers are
    # the reaches written in the filters themselves)
    names = "LISTED INCLUDES RANGE RIGHTS HELP PRAISE WITNESSES EXPECTED EVERY_TIME THREAT".split()
    written = [100, 90, 70, 60, 45, 40, 30, 24, 16, 14, 12, 8]
    before = [getattr(conflict, f"_{n}_REACH") for n in names] + written
    assert max(before) <= conflict._NEAR_BEFORE
    after = [
        conflict._TURN_REACH,
        conflict._WEEKS_AGO_REACH,
        conflict._HINDERING_REACH,
        conflict._FREQUENT_AFTER,
    ]
    assert max([*after, 50, 30]) <= conflict._NEAR_AFTER


# reports with the hints of the gated filters near their acts, and far from them
_REPORTS = [
    "ساعدت الطائرات القوات العراقية على شن هجمات على مواقع التنظيم في الرمادي امس.",
    "رحب الرئيس بتحرير مدينة تكريت من المسلحين امس، واشاد بالقوات.",
    "واعلنت الشرطة اعتقال المتورطين بتفجير السوق الذي وقع امس في بغداد.",
    "وتشهد المدينة منذ اسابيع معارك عنيفة بين الجيش والمسلحين.",
    "تواصل القوات قصف مواقع المسلحين في حلب للشهر الثالث.",
    "قتل خمسة جنود في هجوم على حاجز للجيش قرب درعا، وتوقع مسؤول تصعيد الهجمات في الايام المقبلة.",
    "وقصفت الطائرات المدينة امس عدة مرات، وقتل ثلاثة مدنيين.",
    "غير ان تفجيرا انتحاريا في بلدة حدودية، جعل سياسة الحكومة اكثر تشددا.",
    "وتحدثت مصادر عن انهيار كبير في صفوف المسلحين بفعل ضربات الطيران امس.",
    "ودعت المنظمة الى التحقيق في قصف المستشفى الذي قتل فيه عشرة مدنيين امس.",
    "وقالت منظمة العفو الدولية ان قصف المتمردين للاحياء السكنية اوقع قتلى امس.",
    "وكان القيادي مسؤول عمليات التفجير في المدينة، وقتل امس في غارة جوية.",
    "وتقوم الطائرات الحربية بغارات شبه يومية على مواقع التنظيم قرب الرقة.",
    "ضربة جوية استهدفت قيادات في التنظيم قبل اسابيع قرب الموصل.",
    "ابتداء من حصار المدينة الى اختطاف الوزير، تعددت الجرائم التي شملت القصف العشوائي للاحياء.",
    "وبدأت قوات النظام في الرابع من يوليو الماضي هجوما على الزبداني.",
    "العبوات الناسفة تبطئ تقدم القوات نحو وسط المدينة.",
    "ولم يتمكن الجيش من وقف الهجمات على المدينة، وقتل جنديان امس في اشتباك مع المسلحين.",
    "هدد التنظيم بتفجير الجسر الرئيسي في المدينة، وحذر الجيش من هجوم على البلدة.",
    "وقالت الشرطة ان المعلومات يمكن ان تقود الى القبض على منفذي الهجوم على السوق.",
    "وشنت الطائرات غارات على مواقع التنظيم ردا على الهجوم الانتحاري الذي استهدف حاجزا للجيش امس.",
    "ويأتي القصف بعد يومين من مقتل خمسة جنود في هجوم على حاجز قرب المدينة.",
    "وقتل ثلاثة جنود امس في هجوم على حاجز، كما تم قصف البلدة بالمدفعية.",
    "ولا يعرف حتى الان ما اذا كان هناك قتلى في الغارة التي استهدفت البلدة امس.",
    "ويواصل الجيش تقدمه نحو المدينة وسط اشتباكات مع المسلحين.",
]


def _ungated_near(text: str, clause: object, m: object) -> set[int]:
    return set(range(len(Literals._sets)))  # every hint present: every filter is asked, as before the gate


@pytest.mark.parametrize("text", _REPORTS)
def test_the_gates_of_the_filters_leave_the_events_as_they_were(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = [e.to_dict() for e in conflict_events(pipeline, text)]
    monkeypatch.setattr(conflict, "_hints_near", _ungated_near)
    assert [e.to_dict() for e in conflict_events(pipeline, text)] == gated
