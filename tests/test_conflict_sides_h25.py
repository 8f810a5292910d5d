"""Who fought whom (conflict assembler): a side sheltering across a border keeps the country of the state it
rebels against; words of the press or of an act's name are no victims that decide the second side; the side that
answers does the answer; the dead a verb tells of are a side's loss; a strike that went with a fight hits the
striker's foe in it."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

SUMMER = dt.date(2015, 7, 25)


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kurdish gunmen Turkish jets strike in northern Iraq are Turkey's insurgents, not Iraq's
        (
            "وقالت مصادر أمنية إن مقاتلات تركية قصفت أهدافا للمسلحين الأكراد في منطقة زاخو شمال العراق أمس.",
            [("Air/drone strike", "TURMIL", "TURREB")],
        ),
        # … and those Iran's guns shell there, Iran's
        (
            "وقصفت المدفعية الإيرانية أمس مواقع لمسلحين أكراد قرب بلدة سيدكان في إقليم كردستان العراق.",
            [("Shelling/artillery/missile attack", "IRNMIL", "IRNREB")],
        ),
        # … and so are "the Kurdish rebels" so named
        (
            "وأسفرت الغارات الجوية التركية على مواقع للمتمردين الأكراد في شمال العراق أمس عن مقتل 20 شخصا.",
            [("Air/drone strike", "TURMIL", "TURREB")],
        ),
        # Kurdish fighters fighting the Islamic State in Iraq stay the Peshmerga (Iraq's)
        (
            "وصد مقاتلون أكراد أمس هجوما لتنظيم داعش على قرية قرب سنجار.",
            [("Armed clash", "IRQMIL", "IRQREB")],
        ),
        # a journalist's word as the adjective of who tells (a press conference, the media official) is no
        # civilian hit
        (
            "وقال الوزير في مؤتمر صحفي إن الطائرات الروسية قصفت مواقع في ريف إدلب أمس.",
            [("Air/drone strike", "RUSMIL", None)],
        ),
        (
            "وأكد المسؤول الإعلامي للجبهة أمس قصف الطائرات الروسية لمواقع في ريف إدلب.",
            [("Air/drone strike", "RUSMIL", None)],
        ),
        # … but a journalist named with another is one
        (
            "وقتل صحفي وإعلامي أمس في قصف الطائرات الروسية على بلدة في ريف إدلب.",
            [("Air/drone strike", "RUSMIL", "SYRCVL")],
        ),
        # "a terrorist act", the adjective in the doer's name, "the first elements of the inquiry": no fighters
        # among a bombing's dead, who were the people of the town
        (
            "وقال الرئيس إن عملا إرهابيا أوقع أمس 25 قتيلا في مدينة ماردين.",
            [("Attack", None, "TURCVL")],
        ),
        (
            "وأعلن رئيس الحكومة التركية أن العناصر الأولى للتحقيق تفيد بأن تنظيم داعش الإرهابي يقف وراء التفجير"
            " الانتحاري الذي استهدف أمس بلدة سروج وأوقع 25 قتيلا.",
            [("Suicide bomb", "TURREB", "TURCVL")],
        ),
        # … not when the blasts told next hit an armed side: that side is the one hit
        (
            "ونفذ تنظيم داعش الإرهابي أمس تفجيرين انتحاريين في قريتين قرب بلدة تل أبيض وسط أنباء عن سقوط قتلى."
            " وقال المرصد إن عناصر من التنظيم فجروا شاحنتين ملغومتين استهدفتا نقطتي تفتيش لوحدات حماية الشعب.",
            [("Suicide bomb", "SYRREB", "SYRREB")],
        ),
    ],
)
def test_sides_of_their_own_state(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that answered did the shelling, not the one whose attacks it answered
        (
            "ورد الحوثيون أمس على هجمات المقاومة الشعبية بقصف أحياء في مدينة تعز.",
            [("Shelling/artillery/missile attack", "YEMREB", None)],
        ),
        (
            "وقالت مصادر محلية إن مسلحي الحوثي ردوا أمس على هجمات المقاومة بقصف عدد من الأحياء في مدينة تعز.",
            [("Shelling/artillery/missile attack", "YEMREB", None)],
        ),
        # … its subject and a time between the verb and what it answered; the positions "its" are the answered
        # side's
        (
            "ورد الجيش التركي أمس على هجمات حزب العمال الكردستاني بقصف مواقعه في جبال قنديل.",
            [("Shelling/artillery/missile attack", "TURMIL", "TURREB")],
        ),
        # policemen found killed by a bullet: the state's forces lost them
        (
            "وتم العثور صباح أمس على شرطيين قتلا برصاصة في الرأس في مدينة ماردين.",
            [("Armed clash", None, "TURMIL")],
        ),
        # a strike that went with a fight told just before hit the striker's foe in it (also when its own losses
        # are told with it)
        (
            "ودارت اشتباكات عنيفة أمس بين تنظيم داعش وقوات النظام في محيط مطار كويرس العسكري، ترافق مع قصف جوي"
            " عنيف على محيط المطار، ومعلومات عن خسائر بشرية في صفوف قوات النظام.",
            [("Armed clash", "SYRREB", "SYRMIL"), ("Air/drone strike", "SYRMIL", "SYRREB")],
        ),
        # a plural verb after كما goes on with the subject of the verb before it (not the army of the sentence
        # before)
        (
            "وأعلن الوزير أن قوات الجيش والمقاومة الشعبية تخوضان معارك عنيفة مع ميليشيات التمرد. وكان مقاتلو المقاومة"
            " الشعبية قطعوا أمس طرق الإمداد عن قاعدة العند، كما سيطروا على وادي عقان في لحج.",
            [("Non-state actor overtakes territory", "YEMUAF", "YEMREB")],
        ),
        # the side whose men the strike's result counts is the one it hit (the fight they fell in an act of its own)
        (
            "واستهدفت غارات التحالف أمس قاعدة العند في لحج، ما أسفر عن مقتل 30 من ميليشيات الحوثي في اشتباكات عنيفة"
            " في القاعدة.",
            [("Air/drone strike", "INTMIL", "YEMREB"), ("Armed clash", None, "YEMREB")],
        ),
        # the side whose bases or camps were shelled was hit, it did not shell
        (
            "وتواصل أمس قصف قواعد حزب العمال الكردستاني في جبال قنديل.",
            [("Shelling/artillery/missile attack", None, "TURREB")],
        ),
        (
            "وبدأت أمس حملة قصف لمخيمات لناشطي حزب العمال الكردستاني في جبال قنديل.",
            [("Shelling/artillery/missile attack", None, "TURREB")],
        ),
    ],
)
def test_sides_of_answers_and_losses(pipeline: Pipeline, text: str, expected: list) -> None:
    # (in the summer of 2015: Syria's aircraft alone struck there)
    assert [_sides(e) for e in _conflict(pipeline, text, SUMMER)] == expected


def test_a_strike_that_went_with_a_fight_tells_nothing_of_strikes_on_another_front(
    pipeline: Pipeline,
) -> None:
    # the side hit by going with the fight in Aleppo is not whom the aircraft struck in Daraa the day after
    text = (
        "ودارت اشتباكات عنيفة أمس بين تنظيم داعش وقوات النظام في محيط مطار كويرس العسكري، ترافق مع قصف جوي"
        " عنيف على محيط المطار. ونفذ الطيران الحربي أمس ثلاث غارات على مناطق في بلدة اليادودة بريف درعا."
    )
    rows = [_sides(e) for e in _conflict(pipeline, text, SUMMER)]
    assert rows[-1] == ("Air/drone strike", "SYRMIL", None)
