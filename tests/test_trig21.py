"""Which conflict acts are coded: an act told after ان with a pronoun in a statement about what will be done, a
future prefix, help given in general, an act of weeks ago; one unplaced act told twice is one event."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a bare verbal noun form right after انه is a verb in the past, told before what will be done
        (
            "وقال الجيش العراقي يوم الاثنين انه قصف مواقع لتنظيم الدولة الاسلامية في مدينة الرمادي مؤكدا انه "
            "سيواصل عملياته حتى تحرير المدينة.",
            "Shelling/artillery/missile attack",
        ),
        (
            "وذكرت القوات الكردية انها قصفت مواقع التنظيم في بلدة تل ابيض، مشيرة الى انها ستواصل الهجوم.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_act_told_before_what_will_be_done(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # the future prefix on a form the future cues do not list
        "واكد المتحدث انهم سيقصفون مواقع التنظيم في مدينة الرمادي.",
        # help given, told in general: the aircraft are the helper, the strikes what was helped
        "وساعدت الطائرات بدون طيار القوات العراقية على توجيه ضربات لمسلحي التنظيم في محافظة الانبار.",
        "وقد ساعدت الطائرات الامريكية القوات الكردية في توجيه ضربات دقيقة ضد التنظيم في مدينة الحسكة.",
        # an act of weeks or months ago, told of a place
        "ووصل الوفد الى احد المباني التي استهدفتها غارة جوية قبل اسابيع في مدينة صعدة.",
        "وزار الوزير السوق الذي وقع فيه انفجار قبل عدة اشهر في مدينة الحلة.",
        # what goes on alongside what goes on
        "ويقصف الجيش بالمدفعية احياء مدينة درنة بالتزامن مع غارات تشنها الطائرات على المدينة.",
        "وتستهدف القوات الحكومية بالصواريخ قرى ريف حماة تزامنا مع غارات يشنها الطيران الحربي على المنطقة.",
    ],
)
def test_no_act_of_the_day(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


def test_act_before_what_was_done_long_ago_stays(pipeline: Pipeline) -> None:
    # the time after the seizure is the seizure's, not the strike's
    text = "وقتل خمسة مدنيين في غارة جوية على بلدة سيطر عليها التنظيم قبل اشهر في ريف حلب."
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]


_FIRST = (
    "قصفت اربع طائرات حربية اردنية اليوم عدة مواقع لتنظيم داعش في سوريا وذلك غداة اشتباك بين الجيش الاردني "
    "والمسلحين على الحدود. "
)


def test_one_unplaced_strike_told_twice(pipeline: Pipeline) -> None:
    text = (
        _FIRST
        + "وجاء في بيان للجيش الاردني ان الطائرات المقاتلة الاردنية قصفت بالصواريخ مخزنين للسلاح لمسلحي "
        "داعش قبل ان تعود الى قاعدتها."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"]


def test_another_unplaced_strike_stays_apart(pipeline: Pipeline) -> None:
    text = (
        _FIRST + "وجاء في بيان للجيش الاردني ان الطائرات المقاتلة الاردنية قصفت مواقع اخرى لمسلحي داعش امس."
    )
    assert [e.sub_event_type for e in _conflict(pipeline, text)] == ["Air/drone strike"] * 2
