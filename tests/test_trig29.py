"""Which sentences are conflict acts, and of which type: a vehicle stopped is no arrest (the killing told after
it is the act), قتل with its doers and an object pronoun is a killing, hostages killed are attacked (no new
abduction), people abducted with no fight are abducted whoever they are, an act named as the aim of a meeting
is not done."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    "text",
    [
        "أوقف مسلحون مجهولون سيارة المحامي على طريق المطار في مدينة تعز أمس واغتالوه.",
        "أوقف مسلحون حافلة تقل موظفين في بلدة الضمير أمس وقتلوهم.",
    ],
)
def test_a_vehicle_stopped_is_no_arrest(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Attack"]


def test_people_stopped_are_still_arrested(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, "أوقفت قوات الأمن ثلاثة مطلوبين في مدينة تعز أمس.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "اقتحم مسلحون منزل المختار في قرية الحويجة أمس وقتلوه أمام عائلته.",
        "اعترض مجهولون سيارة تاجر في مدينة درعا أمس وقتلوها.",
    ],
)
def test_killed_with_an_object_pronoun_is_a_killing(pipeline: Pipeline, text: str) -> None:
    [e] = _conflict(pipeline, text)
    assert (e.sub_event_type, e.fatalities) == ("Attack", 1)


def test_abducted_then_killed_with_a_pronoun_is_the_killing(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, "خطف مسلحون شابا في مدينة درعا أمس وقتلوه.")
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون الرهائن الأربعة في مدينة الرمادي أمس.",
        "أعدم مسلحو التنظيم المختطفين في مدينة سرت أمس.",
    ],
)
def test_hostages_killed_are_attacked_not_abducted(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Attack"]


def test_hostages_taken_stay_an_abduction(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, "خطف مسلحون ثلاثة عمال أجانب في مدينة سرت أمس واحتجزوهم رهائن.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        "وخطف مسلحو الجبهة خمسة عناصر من اللواء بينهم قائده في مدينة اعزاز أمس.",
        "اختطف مسلحون جنديين من حاجز للجيش في مدينة الرمادي أمس.",
    ],
)
def test_fighters_abducted_with_no_fight_are_abducted(pipeline: Pipeline, text: str) -> None:
    events = _conflict(pipeline, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Abduction/forced disappearance")
    ]


def test_an_act_named_as_the_aim_of_a_meeting_is_not_done(pipeline: Pipeline) -> None:
    text = "وعقد القادة اجتماعا في مدينة اعزاز أمس للتنسيق مع فصائل أخرى للبدء بعملية عسكرية ضد التنظيم."
    assert _conflict(pipeline, text) == []
    text = "وعقد القادة اجتماعا في مدينة اعزاز أمس لبدء هجوم على مواقع التنظيم في الريف الشمالي."
    assert _conflict(pipeline, text) == []


def test_fighting_seen_all_over_a_city_is_what_goes_on(pipeline: Pipeline) -> None:
    text = (
        "ولم يذكر البيان تفاصيل، غير أن مدينة سرت تشهد مواجهات في العديد من أحيائها، مما أدى إلى سقوط "
        "أعداد كبيرة من الضحايا، إضافة إلى تعرض قضاة وناشطين للاغتيال."
    )
    assert _conflict(pipeline, text) == []
    text = "وتشهد مدينة سرت منذ صباح اليوم مواجهات عنيفة في حي الدولار."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "خطف مسلحون راعيا قرب مدينة درعا أمس وذبحوه.",
        "اقتحم مسلحو التنظيم منزل المختار في قرية الحويجة أمس وذبحوه أمام عائلته.",
    ],
)
def test_slaughtered_with_an_object_pronoun_is_a_killing(pipeline: Pipeline, text: str) -> None:
    [e] = _conflict(pipeline, text)
    assert (e.sub_event_type, e.fatalities) == ("Attack", 1)


def test_a_ramming_attack_is_an_attack(pipeline: Pipeline) -> None:
    text = "أصيب أربعة أشخاص في عملية دهس نفذها شاب قرب محطة الحافلات في مدينة الخليل أمس."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Attack"]
    text = "قتل شرطي في هجوم دهس نفذه مسلح عند حاجز في مدينة الخليل أمس."
    assert [(e.sub_event_type, e.fatalities) for e in _conflict(pipeline, text)] == [("Armed clash", 1)]
    # a pedestrian run over is a road accident
    assert _conflict(pipeline, "توفي رجل دهسته سيارة مسرعة في مدينة الخليل أمس.") == []


def test_arms_seized_are_not_fired(pipeline: Pipeline) -> None:
    text = "وقال القائد إن مقاتليه تمكنوا أمس من اغتنام منصات الصواريخ وعدد من قذائف الهاون في بلدة مورك."
    assert _conflict(pipeline, text) == []
    # (fired after the seizure, or before the town was taken, they are an act)
    text = "واستولى المسلحون على مدافع الهاون وقصفوا بها بلدة مورك أمس."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Shelling/artillery/missile attack"]


def test_holding_a_town_named_for_what_it_cuts_off_is_no_take_over(pipeline: Pipeline) -> None:
    text = "وأوضح القائد أن إحكام السيطرة على بلدة الوازعية يقطع طريق الإمدادات القادمة للمتمردين من الساحل."
    assert _conflict(pipeline, text) == []


def test_strikes_assigned_to_a_state_are_no_strike_of_a_day(pipeline: Pipeline) -> None:
    text = "وتحدثت التقارير عن تلزيم الغارات على التنظيم لأنقرة على طول الحدود قرب مدينة جرابلس."
    assert _conflict(pipeline, text) == []


def test_deeds_a_side_meets_something_with_in_the_present_are_what_goes_on(pipeline: Pipeline) -> None:
    text = "لكن المسلحين يردون على تلك الاحتجاجات في مدينة الحويجة بإطلاق النار واعتقال المحتجين."
    assert _conflict(pipeline, text) == []
    # (met so on a day, in the past, it is the day's act)
    text = "وردت القوات على الهجوم بقصف مدفعي على مواقع المسلحين في مدينة الحويجة أمس."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Shelling/artillery/missile attack"]


def test_a_deed_a_past_verb_tells_done_stays_an_act(pipeline: Pipeline) -> None:
    text = "ولم يجد المتمردون ما يردون به على تراجعهم سوى شن قصف مدفعي على حي الروضة في مدينة تعز أمس."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Shelling/artillery/missile attack"]
