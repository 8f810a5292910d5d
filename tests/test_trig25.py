"""Conflict acts and tolls told in passing: ground a side tries to retake (a present verb of trying, its subject
of several words between); an act or weapon hindering an advance; demands (the noun) that someone be put to
death; whoever was aboard, killed; other dead told as another time's; an act named by its place as the cause of
what followed; a firing that is the return fire just told."""

from __future__ import annotations

import datetime as dt

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

WED = dt.date(2015, 10, 14)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, WED)


def test_ground_a_side_tries_to_retake_is_fought_for(pipeline: Pipeline) -> None:
    text = (
        "واستمرت الاشتباكات في أطراف مدينة بيجي التي يحاول الجيش ومليشيا الحشد الشعبي استعادتها من التنظيم."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


def test_what_hinders_an_advance_is_no_act(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "وأوضح أن القناصة يعرقلون تقدم الجيش في أحياء مدينة الرمادي.") == []
    assert _conflict(pipeline, "وأوضح أن العبوات الناسفة تبطئ تقدم الجيش نحو مدينة الرمادي.") == []
    text = "وقال إن تفخيخ تنظيم داعش الطرق والجسور يبطئ تقدم القوات نحو مدينة الرمادي."
    assert _conflict(pipeline, text) == []


def test_an_act_that_hinders_as_its_outcome_stays(pipeline: Pipeline) -> None:
    text = "وقصفت الطائرات مواقع التنظيم في مدينة الرمادي ما يعيق تقدمه."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]


def test_demands_to_put_someone_to_death_are_no_attack(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "ما أثار غضبا واسعا بين سكان مدينة حمص ومطالبات بإعدام القاتل.") == []


def test_whoever_was_aboard_killed_are_some_dead(pipeline: Pipeline) -> None:
    text = "ونصب مسلحو العشائر كمينا لدورية للتنظيم قرب مدينة هيت وقتلت من كانوا على متنها."
    assert [e.fatalities for e in _conflict(pipeline, text)] == [3]


def test_dead_told_as_another_times_are_others(pipeline: Pipeline) -> None:
    text = (
        "وأحرق مسلحو العشائر عربة للتنظيم قرب مدينة هيت ومصرع جميع من كانوا فيها بعد ساعة من مصرع ستة عناصر "
        "في كمين."
    )
    assert [e.fatalities for e in _conflict(pipeline, text)] == [9]


def test_an_act_named_by_its_place_as_a_cause_is_no_new_act(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "ودفع تفجير الريحانية الحكومة إلى تشديد الإجراءات على الحدود.") == []


def test_a_firing_after_the_return_fire_is_that_fire(pipeline: Pipeline) -> None:
    # fire returned by shelling: the shells of the tanks told next are that shelling
    text = (
        "هاجم مسلحون مركزا حدوديا للجيش في بلدة عرسال، ورد الجيش على الفور بقصف مواقعهم، وأطلقت "
        "الدبابات عدة قذائف."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Armed clash"]


def test_shells_fired_after_small_arms_return_fire_are_an_attack_of_their_own(pipeline: Pipeline) -> None:
    # fire returned by small arms folds into the clash; the shells told after it are a shelling of their own
    texts = (
        "هاجم مسلحون مركزا حدوديا للجيش في بلدة عرسال فرد الجنود على الفور بإطلاق النار عليهم، وأطلقت "
        "الدبابات عدة قذائف.",
        "فتح مسلحون النار على دورية للجيش قرب بلدة القائم فرد الجنود بفتح النار عليهم، وأطلقت المدفعية عدة "
        "قذائف.",
    )
    for text in texts:
        got = [e.sub_event_type for e in _conflict(pipeline, text)]
        assert got == ["Armed clash", "Shelling/artillery/missile attack"], text
    # the shells are fired by the side that answered, at its attackers
    text = (
        "أطلق مسلحون من تنظيم داعش النار على مخفر للجيش في بلدة عرسال فرد الجيش بفتح النار عليهم، وأطلقت "
        "الدبابات عدة قذائف."
    )
    got = [(e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in _conflict(pipeline, text)]
    assert got == [("LBNREB", "LBNMIL"), ("LBNMIL", "LBNREB")]


def test_a_battle_of_politics_or_ballots_is_no_fight(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "وتجد أنقرة نفسها في مدينة سروج وسط معركة التوازنات الإقليمية.") == []
    assert _conflict(pipeline, "وتخوض الحكومة في مدينة عدن معركة اقتصادية.") == []
    assert [e.sub_event_type for e in _conflict(pipeline, "ودارت معركة عنيفة في مدينة عدن.")] == [
        "Armed clash"
    ]


def test_acts_feared_are_no_acts(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "ويتخوف أهالي مدينة حمص من تقدم تنظيم داعش نحو أحيائهم.") == []
    assert _conflict(pipeline, "وتعيش مدينة اللاذقية حالة خوف من توالي سقوط الصواريخ.") == []


def test_an_attack_of_no_side_where_and_when_a_bombing_was_is_that_bombing(pipeline: Pipeline) -> None:
    text = (
        "قتل 30 شخصا أمس في تفجير انتحاري استهدف مركزا ثقافيا في مدينة سوروتش التركية. وقال الوالي إن هجوما "
        "إرهابيا وقع في مدينة سوروتش عند الساعة الثانية عشرة."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Suicide bomb"]


def test_the_aim_of_an_attack_names_it_again(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "وقال القائد إن هدف الهجوم تخفيف الضغط عن مدينة الزبداني.") == []
