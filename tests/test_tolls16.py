"""Tolls: the dead counted past the doers of an active verb, the others with the one named (ومعه), a killing
threatened or to come, and the unnumbered dead of an item opened with an act of its own (tolls16)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

FRI = dt.date(2015, 8, 7)


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, FRI)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the doers between the verb and the count: "مسلحو X (في بلد)" then a number and the people it counts
        ("قتل مسلحو تنظيم داعش في ليبيا 21 مصريا قبطيا في مدينة سرت أمس.", 21),
        ("وقتل مسلحو التنظيم في ليبيا ستة مصريين في مدينة سرت أمس.", 6),
        # a definite noun and the number after it
        ("وقتل مسلحون الرهائن الخمسة في مدينة درنة أمس.", 5),
        ("وقتل مسلحو التنظيم الرهائن الأربعة في مدينة درنة أمس.", 4),
        # the others with the one named
        (
            "وأفاد ناشطون بمقتل القيادي في الفصيل أبو محمد ومعه أربعة مقاتلين آخرون في اشتباكات مع قوات النظام "
            "في بلدة المليحة أمس.",
            5,
        ),
        ("قتل القائد الميداني أبو حسن ومعه اثنان آخران في غارة جوية على بلدة الشدادي أمس.", 3),
        # others killed and hurt, unnumbered: some dead (not one); one named before them is one
        ("وقتل وجرح آخرون في انفجار سيارة مفخخة في حي الشعب ببغداد أمس.", 3),
        ("قتل جندي وجرح آخرون في انفجار عبوة ناسفة في حي الشعب ببغداد أمس.", 1),
    ],
)
def test_the_counted_dead(pipeline: Pipeline, text: str, toll: int) -> None:
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == toll


@pytest.mark.parametrize(
    "text",
    [
        "واختطف مسلحون أربعة عمال في مدينة سرت أمس، وهددوا ذويهم بأنهم سيقتلونهم إذا لم تدفع الفدية.",
        "وهاجم مسلحون حاجزا للشرطة في مدينة العريش أمس، وهددوا بأنهم سيقتلون الجنود.",
        # a killing threatened with بـ, its doers or those threatened between; one that may come (قد يقتل)
        "اختطف مسلحون مجهولون خمسة عمال في مدينة سبها يوم الأحد، وهدد المسلحون بقتل الرهائن إذا لم تدفع الفدية.",
        "وخطف مسلحون موظفا في مدينة الموصل أمس، ويهدد الخاطفون ذويه بإعدامه خلال يومين.",
        "واختطف مسلحون طبيبا في مدينة بعقوبة أمس، وتوعدوا بذبحه إن لم يفرج عن رفاقهم.",
        "واختطف مسلحون سائقا في مدينة تكريت أمس، وقال ذووه إنه قد يقتل في أي لحظة.",
    ],
)
def test_a_killing_threatened_has_no_dead(pipeline: Pipeline, text: str) -> None:
    events = _conflict(pipeline, text)
    assert events
    assert sum(e.fatalities for e in events) == 0


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # (guards) a killing done after a threat, or one that has been done (قد قتل), is counted
        ("هدد مسلحون بقتل الرهائن، ثم قتلوا اثنين منهم في مدينة درنة أمس.", 2),
        ("اختطف مسلحون مدرسا في مدينة سرت أمس، وقد قتل الخاطفون زميله.", 1),
        ("وقتل مسلحون شرطيا بعد أن هددوه في مدينة العريش أمس.", 1),
    ],
)
def test_a_killing_done_after_a_threat(pipeline: Pipeline, text: str, toll: int) -> None:
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == toll


def test_the_unnumbered_dead_of_an_item_with_its_own_act(pipeline: Pipeline) -> None:
    text = (
        "قتل 4 مقاتلين من الكتائب خلال اشتباكات مع قوات النظام في داريا أمس، في حين هاجم التنظيم حاجزا لقوات "
        "النظام عند أطراف القلمون، ومعلومات مؤكدة عن قتلى من قوات النظام."
    )
    tolls = {e.place.name_ar: e.fatalities for e in _conflict(pipeline, text) if e.place is not None}
    assert tolls == {"داريا": 4, "القلمون": 3}


def test_the_dead_of_the_act_among_a_total_of_the_province(pipeline: Pipeline) -> None:
    # the total is the province's; those among it who fell in the act told after them are the act's dead
    text = (
        "كما ارتفع إلى 6 عدد القتلى الذين قضوا أمس في ريف حمص بينهم 5 مقاتلين من الكتائب قتلوا خلال اشتباكات "
        "مع قوات النظام في تلبيسة."
    )
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == 5
    # (a total told with its own act keeps its number: those among it are a share of it)
    text = "قتل 10 مدنيين في قصف على مدينة دوما أمس بينهم 4 أطفال قتلوا تحت الأنقاض."
    assert sum(e.fatalities for e in _conflict(pipeline, text)) == 10
