"""Who did an act and to whom (conflict assembler): sides named in the clause after a comma, and aircraft whose
owner is given as a guess."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides after بين that opens the clause after a comma are those of the fight the clause before ends with
        (
            "وفي ريف حماة الشرقي، اندلعت اشتباكات عنيفة أمس، بين تنظيم داعش وقوات النظام في محيط قرية السعن.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        (
            "ودارت معارك، بين فصائل المعارضة وجيش النظام قرب بلدة كفرنبودة أمس.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        # (past a clause that only tells the time)
        (
            "وذكر ناشطون أن مواجهات جرت، مساء الأحد، بين الحوثيين والمقاومة الشعبية في مديرية دار سعد.",
            ("Armed clash", "YEMREB", "YEMUAF"),
        ),
    ],
)
def test_the_sides_between_after_a_comma(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb whose clause ends with its subject and instrument has its object after the comma: the side whose
        # weapon or post that is was hit
        (
            "وضربت الفصائل المقاتلة بصاروخ مضاد للدروع، دبابة لقوات النظام في قرية تل ملح أمس.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRMIL"),
        ),
        (
            "وقصفت الكتائب الإسلامية بقذائف الهاون، تجمعات لقوات النظام في بلدة كرناز أمس.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRMIL"),
        ),
        (
            "واستهدف طيران التحالف بغارات جوية، مواقع للحوثيين في مديرية صرواح أمس.",
            ("Air/drone strike", "INTMIL", "YEMREB"),
        ),
        # (not a side named after a clause of its own opened by و)
        (
            "وقصفت الكتائب الإسلامية بقذائف الهاون، وأكد مصدر لقوات النظام سقوط جرحى في بلدة كرناز أمس.",
            ("Shelling/artillery/missile attack", "SYRREB", None),
        ),
    ],
)
def test_the_object_after_a_comma(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft believed to be a side's are that side's: it struck, it was not hit
        (
            "ونفذت طائرات يعتقد أنها تابعة للتحالف الدولي عدة ضربات على بلدة الشدادي أمس.",
            ("Air/drone strike", "INTMIL", None),
        ),
        (
            "وشنت طائرات حربية يرجح أنها تابعة للجيش السوري غارات على مدينة سراقب أمس.",
            ("Air/drone strike", "SYRMIL", None),
        ),
    ],
)
def test_aircraft_guessed_to_be_a_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that lost men in an attack it made (a verb of doing with their unsaid subject) is the attacker
        (
            # (and the military airport it attacked is the state forces', see test_conflict_sides_h23)
            "وقتل 12 عنصرا من المعارضة خلال هجوم فاشل قاموا به على مطار كويرس العسكري أمس.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        (
            "وقتل 12 مقاتلا من المعارضة أثناء محاولة هجوم شنوها على مواقع قوات النظام في بلدة الزارة أمس.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
    ],
)
def test_the_dead_of_the_side_that_attacked(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest a state's own television or news agency tells, no one named making it: that state's police
        (
            "وأعلن التلفزيون السوري الرسمي أمس عن توقيف سامر الخطيب في مدينة اللاذقية.",
            ("Arrests", "SYRMIL", None),
        ),
        (
            "وذكرت وكالة الأنباء الليبية أمس أنه تم اعتقال خمسة مطلوبين في مدينة طرابلس.",
            ("Arrests", "LBYMIL", None),
        ),
        # whom the arrested man is charged with killing is no side of the arrest
        (
            "وأعلن التلفزيون السوري الرسمي أمس عن توقيف سامر الخطيب المتهم بقتل ضابط في الجيش بمدينة اللاذقية.",
            ("Arrests", "SYRMIL", None),
        ),
        # (told by others, no one is known to have made it)
        (
            "وأعلن ناشطون أمس عن توقيف سامر الخطيب في مدينة اللاذقية.",
            ("Arrests", None, None),
        ),
    ],
)
def test_an_arrest_told_by_state_media(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a bomb told after shelling or a fight, no one named setting it: whoever shelled or fought did not plant it
        "وقصفت قوات النظام مناطق في بلدة اللطامنة بريف حماة، فيما سمع دوي انفجار في حي الشريعة بمدينة حماة، ناجم"
        " عن انفجار عبوة ناسفة موضوعة بدراجة نارية في الحي، ما أدى لإصابة أكثر من 8 أشخاص.",
        "واشتبكت قوات النظام مع عناصر تنظيم داعش في بلدة اللطامنة بريف حماة، فيما سمع دوي انفجار في حي الشريعة"
        " بمدينة حماة، ناجم عن انفجار عبوة ناسفة موضوعة بدراجة نارية في الحي، ما أدى لإصابة أكثر من 8 أشخاص.",
    ],
)
def test_a_bomb_after_shelling_or_a_fight_is_no_ones_named(pipeline: Pipeline, text: str) -> None:
    bombs = [
        _sides(e) for e in _conflict(pipeline, text) if e.sub_event_type == "Remote explosive/landmine/IED"
    ]
    assert bombs == [("Remote explosive/landmine/IED", None, "SYRCVL")]


def test_shelling_opening_the_sentence_after_air_strikes_goes_on_with_the_aircraft(
    pipeline: Pipeline,
) -> None:
    # a bare قصف opening the next sentence, no side of its own: the aircraft just told went on striking
    text = (
        "ودمر طيران التحالف العربي مخازن أسلحة للحوثيين في منطقة الحوبان بمدينة تعز. وقصف في وقت سابق من اليوم"
        " معسكر اللواء 22 في منطقة الجند."
    )
    assert [_sides(e)[:2] for e in _conflict(pipeline, text)] == [
        ("Air/drone strike", "SAUMIL"),
        ("Air/drone strike", "SAUMIL"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of the strikes just told, counted by place with no side nor means of their own: the strikes'
        (
            "قتل 26 مدنيا أمس في مجزرتين بريف إدلب نفذهما طيران النظام الحربي والمروحي. وسقط 20 قتيلا بينهم 5"
            " أطفال في بلدة معرة مصرين، كما سقط 6 قتلى في بلدة دارة عزة.",
            [("Air/drone strike", "SYRMIL"), ("Air/drone strike", "SYRMIL")],
        ),
        # (not a day's toll summed up for a place — nor is that sum an act of its own: no attack is told)
        (
            "وقصف المتمردون الحوثيون أحياء سكنية في مديرية دار سعد أمس. وأعلن مدير مكتب الصحة أن حصيلة القتلى بين"
            " المدنيين أمس في مدينة عدن بلغت 17 قتيلا.",
            [("Shelling/artillery/missile attack", "YEMREB")],
        ),
    ],
)
def test_the_dead_of_strikes_told_before(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e)[:2] for e in _conflict(pipeline, text)] == expected
