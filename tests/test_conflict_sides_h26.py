"""Who was hit (conflict assembler): the dead counted as others on from a toll of civilians are civilians too; an
act its sentence calls a massacre hit civilians; one killed while fighting for a side fell in a battle; an armed side's heavy guns opened on areas are fighting, no
attack on civilians; the parties of talks told by the way are no sides of the act."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

SUMMER = dt.date(2015, 7, 25)


def _sides(e: Event) -> tuple:
    loc = e.place.name_ar if e.place else None
    return (loc, e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" counted on from a toll of civilians are civilians
        (
            "قتل 30 مدنيا في غارات لطائرات النظام على محافظة إدلب أمس. وقال المرصد إن طائرات النظام شنت غارات"
            " على مدينة سراقب ما أدى لمقتل 22 مدنيا. وأضاف أن 8 آخرين قتلوا جراء قصف على بلدة بنش.",
            [
                ("سراقب", "Air/drone strike", "SYRMIL", "SYRCVL"),
                ("بنش", "Air/drone strike", "SYRMIL", "SYRCVL"),
            ],
        ),
        # … but others of a toll of fighters are no civilians
        (
            "قتل 30 عنصرا من المعارضة في غارات لطائرات النظام على محافظة إدلب أمس. وقال المرصد إن طائرات النظام"
            " شنت غارات على مدينة سراقب ما أدى لمقتل 22 منهم. وقتل 8 آخرون في قصف على بلدة بنش.",
            [
                ("سراقب", "Air/drone strike", "SYRMIL", "SYRREB"),
                ("بنش", "Air/drone strike", "SYRMIL", "SYRREB"),
            ],
        ),
        # a massacre: the dead were civilians
        (
            "وسقط عشرات القتلى في ريف إدلب أمس في بلدة سرمين في مجزرة جديدة ارتكبها الطيران المروحي بعد إلقائه"
            " برميلا متفجرا.",
            [("سرمين", "Air/drone strike", "SYRMIL", "SYRCVL")],
        ),
        (
            "ارتكبت طائرات النظام مجزرة في بلدة سرمين بريف إدلب أمس.",
            [("سرمين", "Air/drone strike", "SYRMIL", "SYRCVL")],
        ),
    ],
)
def test_civilians_told_by_the_toll_or_the_massacre(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text, SUMMER)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقصف مسلحو المعارضة بلدة الفوعة بالصواريخ أمس، ردا على مجزرة في مدينة سراقب.",
        "وقصف مسلحو المعارضة بلدة الفوعة بالصواريخ أمس، وذلك غداة مجزرة في مدينة سراقب.",
    ],
)
def test_a_massacre_answered_is_no_massacre_of_the_act(pipeline: Pipeline, text: str) -> None:
    first = _conflict(pipeline, text, SUMMER)[0]
    assert _sides(first) == ("الفوعة", "Shelling/artillery/missile attack", "SYRREB", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killed while fighting in a side's ranks: a fighter of that side, in a battle
        (
            "وقتل نجل أحد النواب على أيدي رجال المقاومة الشعبية في مدينة البيضاء أمس، بينما كان يقاتل في صفوف"
            " ميليشيا الحوثي وصالح.",
            [("البيضاء", "Armed clash", "YEMUAF", "YEMREB")],
        ),
        (
            "وقتل شاب برصاص قناص تابع لقوات النظام في مدينة درعا أمس عندما كان يقاتل في صفوف الجيش الحر.",
            [("درعا", "Armed clash", "SYRMIL", "SYRREB")],
        ),
        # … not told fighting: a civilian attacked
        (
            "وقتل نجل أحد النواب على أيدي رجال المقاومة الشعبية في مدينة البيضاء أمس.",
            [("البيضاء", "Attack", "YEMUAF", "YEMCVL")],
        ),
    ],
)
def test_one_killed_fighting_for_a_side(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text, SUMMER)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heavy machine guns opened on areas, no one hit named: fighting
        (
            "كما فتحت قوات النظام نيران رشاشاتها الثقيلة على مناطق في حي القدم قرب مخيم اليرموك.",
            [("القدم", "Armed clash", "SYRMIL", None)],
        ),
        # … on civilians or their homes, or killing them: an attack on civilians
        (
            "وفتحت قوات النظام نيران رشاشاتها الثقيلة على منازل المدنيين في حي القدم.",
            [("القدم", "Attack", "SYRMIL", "SYRCVL")],
        ),
        (
            "كما فتحت قوات النظام نيران رشاشاتها الثقيلة على حي القدم ما أدى لمقتل امرأة وطفلها.",
            [("القدم", "Attack", "SYRMIL", "SYRCVL")],
        ),
    ],
)
def test_heavy_guns_opened_on_areas(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text, dt.date(2015, 8, 11))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leaders of a phone call the strikes came after are no targets of the raids they went with
        (
            "قصفت طائرات حربية تركية أمس مواقع لتنظيم داعش داخل سوريا. وتزامنت الضربات الجوية التي جاءت بعد"
            " اتصال هاتفي بين الرئيس التركي والرئيس الأمريكي يوم الأربعاء مع حملات مداهمة نفذتها الشرطة في"
            " أنحاء تركيا لاعتقال العشرات ممن يشتبه في أنهم متشددون.",
            ("Arrests", "TURMIL", "TURREB"),
        ),
    ],
)
def test_parties_of_talks_are_no_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    arrests = [e for e in _conflict(pipeline, text, SUMMER) if e.sub_event_type == "Arrests"]
    assert [_sides(e)[1:] for e in arrests] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters counted as the subject of their taking are no civilians (their side is not named)
        (
            "وأعلن المرصد أن ثمانية من العناصر الـ54 خطفوا مساء الأربعاء على أيدي جبهة النصرة في ريف إدلب.",
            [("إدلب", "Abduction/forced disappearance", "SYRREB", None)],
        ),
        # … named, they are that side's, the hands named after the act the doer's
        (
            "وأعلن المرصد أن ستة من عناصر الفرقة 30 خطفوا مساء الخميس على أيدي جبهة النصرة في ريف إدلب.",
            [("إدلب", "Abduction/forced disappearance", "SYRREB", "SYRREB")],
        ),
        (
            "وأعلن المرصد أن خمسة من عناصر قوات النظام خطفوا فجر الأحد على يد جبهة النصرة في ريف إدلب.",
            [("إدلب", "Abduction/forced disappearance", "SYRREB", "SYRMIL")],
        ),
        # … children so told are
        (
            "وأعلن المرصد أن ثمانية من الأطفال خطفوا مساء الأربعاء على أيدي جبهة النصرة في ريف إدلب.",
            [("إدلب", "Abduction/forced disappearance", "SYRREB", "SYRCVL")],
        ),
    ],
)
def test_fighters_taken_told_before_the_act(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text, dt.date(2015, 8, 3))] == expected
