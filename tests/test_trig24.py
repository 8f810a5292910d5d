"""Conflict acts the text plainly tells: fire opened with its doer between the verb and the fire; an act whose
place's story (a relative clause after it) is dated last year; a total that restates the count of the arrests
just told; a side that destroyed the other's positions fought it."""

from __future__ import annotations

import datetime as dt

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

WED = dt.date(2015, 10, 14)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, WED)


def test_fire_opened_with_its_doer_between(pipeline: Pipeline) -> None:
    text = "فتح مسلح مجهول النار مساء أمس في سوق مدينة الموصل ما أسفر عن إصابة أربعة أشخاص."
    events = _conflict(pipeline, text)
    assert [(e.event_type, e.event_date) for e in events] == [("Violence against civilians", "2015-10-13")]


def test_a_relative_clause_dated_last_year_leaves_the_act_new(pipeline: Pipeline) -> None:
    text = "وقصفت الطائرات مدينة الفلوجة التي سيطر عليها التنظيم العام الماضي."
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Air/drone strike", WED.isoformat())]


def test_the_act_itself_dated_last_year_stays_background(pipeline: Pipeline) -> None:
    assert _conflict(pipeline, "وكانت الطائرات قد قصفت مدينة الفلوجة العام الماضي.") == []
    # (ground taken back from what was lost last year sums a campaign up)
    assert _conflict(pipeline, "واستعادت القوات بعض الأراضي التي خسرتها في المدينة العام الماضي.") == []


def test_a_total_restating_the_count_of_the_arrests_is_no_tally(pipeline: Pipeline) -> None:
    text = (
        "أعلنت الحكومة أن الشرطة أوقفت 251 شخصا في كل أنحاء البلاد، وأفاد بيان «تم توقيف عدد إجمالي بلغ 251 "
        "شخصا لانتمائهم إلى جماعات إرهابية»."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Arrests"]


def test_a_total_of_its_own_stays_a_tally(pipeline: Pipeline) -> None:
    text = "وأفاد بيان بأن العدد الإجمالي للموقوفين هذا العام بلغ 900 شخص."
    assert _conflict(pipeline, text) == []


def test_a_side_that_destroyed_the_others_positions_fought_it(pipeline: Pipeline) -> None:
    text = (
        "ودمرت وحدة من الجيش السوري مواقع وخطوط إمداد للتنظيمات الإرهابية وأعطبت آلية لهم في حي جوبر بدمشق."
    )
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.actor1 and e.actor1.code) for e in events] == [("Armed clash", "SYRMIL")]


def test_positions_destroyed_by_artillery_were_shelled(pipeline: Pipeline) -> None:
    text = "ودمرت مدفعية الجيش تحصينات للمسلحين في حي جوبر بدمشق."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Shelling/artillery/missile attack"]


def test_houses_destroyed_stay_property_destruction(pipeline: Pipeline) -> None:
    text = "هدمت الجرافات عشرات المنازل في قرية قرب الخليل بحجة البناء المخالف."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Looting/property destruction"]
