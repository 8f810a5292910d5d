"""Acts at different named sites stay apart: a strike told at a city and the same day's strike at a site told as
lying near that city ("منطقة X قرب مدينة Y"، "بالقرب من مدينة Y"), which the gazetteer places only by the city, are
two events (ACLED: one event per location), while a strike on the city and the strike on one of its quarters are a
lead and its detail (one event, at the quarter). A governorate's fight is told again at a front of it, unless the
front's are told as other attacks."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    # (a site near the city: two acts)
    (
        "ارتفع إلى 12 عدد الغارات التي نفذها الطيران الحربي منذ صباح أمس على مناطق سيطرة الفصائل في مدينة حماة، "
        "بينما نفذ الطيران الحربي ثلاث غارات على أماكن في منطقة الشيحة قرب مدينة حماة.",
        ["حماة", "الشيحة"],
    ),
    (
        "نفذ الطيران الحربي أمس غارات على مدينة إدلب، بينما نفذ الطيران الحربي ثلاث غارات على أماكن في منطقة "
        "البرج بالقرب من مدينة إدلب.",
        ["إدلب", "البرج"],
    ),
    # (a quarter of the city: the lead and its detail, one act)
    (
        "نفذ الطيران الحربي أمس غارات على مدينة إدلب، بينما نفذ الطيران الحربي ثلاث غارات على أماكن في حي "
        "البرج في مدينة إدلب.",
        ["البرج"],
    ),
    # (the city's act told after the quarter's with fewer dead of its own, at a site the gazetteer lacks: two acts)
    (
        "وفي صنعاء قتل 9 من المسلحين الحوثيين في هجوم شنته المقاومة الشعبية على تجمع لهم في ميدان التحرير وسط "
        "العاصمة. كما شهدت صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش للحوثيين أمام معسكر الشرطة في منطقة "
        "المقرانة شمالي غربي المدينة. وقالت المقاومة إن الهجوم أسفر عن مقتل ثلاثة من المسلحين.",
        ["ميدان التحرير", "صنعاء"],
    ),
]


# the dead of each act stay with it
TOLLS = [
    (
        "وفي صنعاء قتل 9 من المسلحين الحوثيين في هجوم شنته المقاومة الشعبية على تجمع لهم في ميدان التحرير وسط "
        "العاصمة. كما شهدت صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش للحوثيين أمام معسكر الشرطة في منطقة "
        "المقرانة شمالي غربي المدينة. وقالت المقاومة إن الهجوم أسفر عن مقتل ثلاثة من المسلحين.",
        [("صنعاء", 3), ("ميدان التحرير", 9)],
    ),
    # a governorate's toll, then "other attacks" repelled at a front of it: not the detail of that toll, two acts
    (
        "وقتل نحو 11 مسلحا من ميليشيات الحوثي في مواجهات متفرقة في عدد من جبهات القتال بمحافظة مأرب أمس. وذكرت "
        "مصادر في المقاومة أن رجال المقاومة تصدوا لهجمات متعددة في جبهة الجدعان شمالي المحافظة، وقتل فيها 5 من "
        "الميليشيات. كما تصدت المقاومة لهجمات أخرى للحوثيين في مواقع بجبهة صرواح غربي المحافظة.",
        [("مأرب", 11), ("صرواح", 0)],
    ),
    # (the front told with no "other": the governorate's fight, at its front)
    (
        "وقتل نحو 11 مسلحا من ميليشيات الحوثي في مواجهات بمحافظة مأرب أمس. وتصدت المقاومة لهجمات الحوثيين في "
        "مواقع بجبهة صرواح غربي المحافظة.",
        [("صرواح", 11)],
    ),
    # (the same attack told again with its dead: one act)
    (
        "وفي صنعاء قتل 9 من المسلحين الحوثيين في هجوم شنته المقاومة الشعبية على تجمع لهم في ميدان التحرير وسط "
        "العاصمة. وقالت المقاومة إن هجومها في صنعاء أسفر عن مقتل 9 من المسلحين.",
        [("صنعاء", 9)],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("text", "places"), CASES)
def test_acts_at_a_site_near_the_city_stay_apart(pipeline: Pipeline, text: str, places: list[str]) -> None:
    assert sorted(e.place and e.place.name_ar for e in _conflict(pipeline, text)) == sorted(places)


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_each_act_keeps_its_dead(pipeline: Pipeline, text: str, expected: list[tuple[str, int]]) -> None:
    got = sorted((e.place and e.place.name_ar, e.fatalities) for e in _conflict(pipeline, text))
    assert got == sorted(expected)
