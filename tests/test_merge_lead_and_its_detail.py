"""A lead told at a city or a governorate and, in a later sentence, the same act of the same doer and kind told at
a finer place that sentence locates by the lead's place ("… في منطقة X غربي محافظة Y", "… معسكر X وموقع Z في Y"),
or a lead at a governorate's countryside and the ground named inside it, are one report told twice: the lead folds
into the detail (ACLED keeps the most specific event). Acts at places not told as the lead's, or in its
countryside when the lead was the city, stay apart. A lead told near a town ("قرب بلدة X") and its detail told by
the town ("في Y شرقي X") are one act too."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    (
        "شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مأرب. في غضون ذلك، أغارت طائرات التحالف مرتين على "
        "مواقع للحوثيين في منطقة صرواح غربي محافظة مأرب.",
        ["صرواح"],
    ),
    (
        "قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة لحج جنوب اليمن. وقالت مصادر محلية إن القصف استهدف "
        "معسكري لبوزة والعند في لحج.",
        ["لبوزة", "العند"],
    ),
    (
        "أعلنت فصائل المعارضة أمس بدء معارك في ريف اللاذقية. وسيطرت قوات المعارضة على تلة جورة الماء في جبل "
        "التركمان بعد اشتباكات مع قوات النظام.",
        ["تلة جورة الماء"],
    ),
    # (a lead near a town, then its detail told by the town: "قرب بلدة X" then "في Y شمالي X")
    (
        "سيطرت فصائل المعارضة السورية على مواقع قرب بلدة نبل الموالية للنظام. وسيطرت الفصائل، الخميس، على نقطتين "
        "من الخط الدفاعي لقوات النظام في المعامل شمالي نبل.",
        ["المعامل"],
    ),
    (
        "سيطرت فصائل المعارضة السورية على مواقع قرب بلدة كفرنبل. وسيطرت الفصائل، الخميس، على نقطتين من الخط "
        "الدفاعي لقوات النظام في المزارع شمالي كفرنبل.",
        ["المزارع"],
    ),
    # (a lead told at a side of its governorate, "في X … شرق المحافظة", then the ground told next at a place the
    # gazetteer lacks, of that governorate)
    (
        "وأشاد قيادي في المقاومة الشعبية بمحافظة البيضاء بدور التحالف. وسيطرت المقاومة الشعبية في البيضاء وسط "
        "اليمن أمس على مواقع للمتمردين الحوثيين شرق المحافظة. وقال مصدر في المقاومة: نفذت المقاومة هجوما مباغتا "
        "على مواقع للمسلحين الحوثيين في منطقة القرشية، وسيطرت على اثنين منها.",
        ["القرشية"],
    ),
    # (the other side's, or the lead told not as the governorate: two acts)
    (
        "وأشاد قيادي في المقاومة الشعبية بمحافظة البيضاء بدور التحالف. وسيطرت المقاومة الشعبية في البيضاء وسط "
        "اليمن أمس على مواقع للمتمردين الحوثيين شرق المحافظة. وقال مصدر آخر إن الحوثيين شنوا هجوما على مواقع "
        "للمقاومة في منطقة القرشية، وسيطروا على اثنين منها.",
        ["البيضاء", "القرشية"],
    ),
    (
        "وأشاد قيادي في المقاومة الشعبية بمحافظة البيضاء بدور التحالف. وسيطرت المقاومة الشعبية في البيضاء وسط "
        "اليمن أمس على مواقع للمتمردين الحوثيين. وقال مصدر في المقاومة: نفذت المقاومة هجوما مباغتا على مواقع "
        "للمسلحين الحوثيين في منطقة القرشية، وسيطرت على اثنين منها.",
        ["البيضاء", "القرشية"],
    ),
    # (near a town, then another town; or the other side by the town: two acts)
    (
        "سيطرت فصائل المعارضة السورية على مواقع قرب بلدة نبل الموالية للنظام. وسيطرت الفصائل، الخميس، على نقطتين "
        "لقوات النظام في بلدة حريتان.",
        ["نبل", "حريتان"],
    ),
    (
        "سيطرت فصائل المعارضة السورية على مواقع قرب بلدة كفرنبل. وسيطرت قوات النظام، الخميس، على نقطتين من الخط "
        "الدفاعي للمعارضة في المزارع شمالي كفرنبل.",
        ["كفرنبل", "المزارع"],
    ),
    # (not told as the lead's: two acts)
    (
        "شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة مأرب. كما أغارت طائرات التحالف على مواقع "
        "للحوثيين في مديرية صرواح.",
        ["مأرب", "صرواح"],
    ),
    # (the city, then a village of its countryside: two acts)
    (
        "قصفت قوات النظام أحياء مدينة حلب أمس بالمدفعية. كما قصفت قوات النظام قرية تل رفعت في ريف حلب الشمالي.",
        ["حلب", "تل رفعت"],
    ),
    # (the detail's town told on one side of the lead's city, "بمدينة X شرق Y", in a sentence of its own: its
    # building of no name stands in that town)
    (
        "قتل عشرات من الحوثيين أمس جراء غارات شنها طيران التحالف على تجمع لهم في مدينة الحديدة غربي اليمن. "
        "وقالت مصادر محلية إن طيران التحالف استهدف بثلاث غارات مبنى مدرسة في مدينة باجل شرق الحديدة.",
        ["باجل"],
    ),
    # (another act of another doer at the town told by the lead's city: two acts)
    (
        "قتل عشرات من الحوثيين أمس جراء غارات شنها طيران التحالف على تجمع لهم في مدينة الحديدة غربي اليمن. "
        "وقالت مصادر محلية إن مسلحين استهدفوا بقذائف الهاون مبنى مدرسة في مدينة باجل شرق الحديدة.",
        ["الحديدة", "باجل"],
    ),
    # (another doer at the finer place: two acts)
    (
        "شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مأرب. في غضون ذلك، قصف الحوثيون بالمدفعية مواقع "
        "المقاومة في منطقة صرواح غربي محافظة مأرب.",
        ["مأرب", "صرواح"],
    ),
]


# the lead's dead go to the first place it is told at, unless the detail tells dead of its own
TOLLS = [
    (
        "قتل عشرة أشخاص في غارات شنتها طائرات التحالف أمس على مواقع الحوثيين في مأرب. في غضون ذلك، أغارت طائرات "
        "التحالف مرتين على مواقع للحوثيين في منطقة صرواح غربي محافظة مأرب.",
        [("صرواح", 10)],
    ),
    (
        "قتل عشرة أشخاص في قصف لطائرات التحالف أمس على مواقع للحوثيين في مدينة لحج. وقالت مصادر محلية إن القصف "
        "استهدف معسكري لبوزة والعند في لحج.",
        [("لبوزة", 10), ("العند", 0)],
    ),
    (
        "قتل عشرة أشخاص في غارات شنتها طائرات التحالف أمس على مواقع الحوثيين في مأرب. وقتل ثلاثة مسلحين في غارة "
        "شنتها طائرات التحالف على مواقع في منطقة صرواح غربي محافظة مأرب.",
        [("مأرب", 10), ("صرواح", 3)],
    ),
    # a fight told only as the scene of several quarters, then with its sides and dead: one fight, at the place the
    # detail tells (not the quarter the sentence before named)
    (
        "وقصف الحوثيون خزانات المياه في حي الجحملية بمدينة تعز. كما شهدت عدة أحياء في المدينة وأطرافها اشتباكات "
        "عنيفة. وأفادت مصادر محلية بمقتل 12 من الحوثيين و3 من المقاومة في اشتباكات عنيفة في مدينة تعز السبت.",
        [("الجحملية", 0), ("تعز", 15)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_lead_and_its_detail_dead(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text)
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lead_and_its_detail(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text)
    assert [e.place and e.place.name_ar for e in events] == expected
