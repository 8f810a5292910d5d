"""Conflict acts mentioned, not reported as done that day, and the type of acts that kill: a burning that kills
those inside; what a rights group condemns or its report finds; what an inquiry or a resolution is into; a
battle awaited."""

from __future__ import annotations

import datetime as dt

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

WED = dt.date(2015, 10, 14)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, WED)


def test_a_patrol_burned_with_its_men_killed_is_a_fight(pipeline: Pipeline) -> None:
    text = "وأحرقت قوات الجيش دورية للتنظيم قرب مدينة هيت وقتلت من فيها."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


def test_a_house_burned_with_its_people_killed_is_an_attack(pipeline: Pipeline) -> None:
    text = "وأحرق مسلحون منزلا في قرية البوعلي قرب مدينة هيت وقتلوا من فيه."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Attack"]
    text = "وأحرق مسلحون منزلا في قرية البوعلي قرب مدينة هيت."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Looting/property destruction"]


def test_conduct_a_rights_group_condemns_is_no_act_of_a_day(pipeline: Pipeline) -> None:
    text = "دانت منظمة العفو الدولية الأحد قصف قوات النظام للأحياء السكنية في مدينة دوما."
    assert _conflict(pipeline, text) == []
    text = "دانت منظمة العفو الدولية الأحد القصف الذي استهدف سوقا شعبيا في مدينة دوما وأوقع عشرين قتيلا."
    assert [e.fatalities for e in _conflict(pipeline, text)] == [20]


def test_a_rights_groups_findings_are_no_act_of_a_day(pipeline: Pipeline) -> None:
    text = (
        "وجاء في بيان لمنظمة هيومن رايتس ووتش: أمطرت القوات الموالية للحوثيين الأحياء السكنية في مدينة تعز "
        "بقذائف الهاون."
    )
    assert _conflict(pipeline, text) == []
    text = (
        "وقالت منظمة هيومن رايتس ووتش اليوم إن القوات الموالية للحوثيين أطلقت قذائف الهاون على الأحياء "
        "السكنية في مدينة تعز."
    )
    assert _conflict(pipeline, text) == []
    text = "وقالت منظمة هيومن رايتس ووتش إن قذائف الهاون قتلت عشرة مدنيين في مدينة تعز في العاشر من أكتوبر."
    assert [e.fatalities for e in _conflict(pipeline, text)] == [10]


def test_acts_an_inquiry_or_a_resolution_is_into_are_no_acts(pipeline: Pipeline) -> None:
    text = (
        "وأصدر مجلس الأمن الدولي قرارا يدين استخدام الأسلحة الكيميائية في سوريا ويدعو إلى التحقيق في الهجمات "
        "بغاز الكلور."
    )
    assert _conflict(pipeline, text) == []
    assert _conflict(pipeline, "وتبنى مجلس الأمن الدولي قرارا بشأن الهجمات الكيميائية في سوريا.") == []
    text = "وفتحت الشرطة تحقيقا في الانفجار الذي وقع أمس في سوق مدينة كركوك وأوقع خمسة قتلى."
    assert [e.fatalities for e in _conflict(pipeline, text)] == [5]


def test_a_battle_awaited_is_no_fight(pipeline: Pipeline) -> None:
    text = "وقال المتحدث إن شمال المدينة أصبح آمنا بانتظار المعركة الفاصلة في حي المنصورة بمدينة عدن."
    assert _conflict(pipeline, text) == []
    assert _conflict(pipeline, "وتترقب مدينة عدن المعركة الفاصلة في حي المنصورة.") == []


def test_the_dead_among_a_sides_fates_are_its_losses_summed_up(pipeline: Pipeline) -> None:
    text = "وقال المراقبون إن جماعة الحوثي في محافظة عمران بدأت تفقد مقاتليها بين قتيل وجريح وأسير وفار."
    assert _conflict(pipeline, text) == []
    text = "وسقط عشرات الحوثيين بين قتيل وجريح في المواجهات الدائرة في مدينة تعز."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


def test_the_act_a_side_answered_is_the_background(pipeline: Pipeline) -> None:
    text = "وعلى إثر الهجوم رد الحزب بعمليات انتقامية ضد السلطات في مدينة دياربكر."
    assert _conflict(pipeline, text) == []
    text = "وبعد الهجوم رد الجيش بقصف مواقع المسلحين في مدينة دياربكر."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Shelling/artillery/missile attack"]
