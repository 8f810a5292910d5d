"""Who did an act and to whom, more shapes: the doer after "من قبل", the killer a verb names before a fight."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)


def _sides(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in pipeline(Article(id="t", text=text, published=WED))
        if e.category == "conflict"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer after من قبل, whatever words describe the act before it
        (
            "وتعرض حي الروضة لقصف صاروخي كثيف من قبل الحوثيين في مدينة تعز أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", None),
        ),
        (
            "تعرضت مواقع الجيش لقصف بقذائف الهاون من قبل الحوثيين في مدينة تعز أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", "YEMMIL"),
        ),
        # the side after من قبل that supports another is not the doer
        (
            "وشنت المقاومة هجوما على مواقع الحوثيين المدعومين من قبل قوات صالح في مدينة تعز أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # nor the side after من قبل a state is laid by
        (
            "وقصف الجيش محيط المطار المحاصر من قبل جبهة النصرة في ريف إدلب أمس.",
            ("Shelling/artillery/missile attack", "SYRMIL", "SYRREB"),
        ),
        # the dead of a side a verb before the fight says were killed: the verb's subject killed them in it
        (
            "وقتل الجيش العراقي سبعة من عناصر داعش في مواجهات بقضاء الحويجة أمس.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
        (
            "وقال مصدر أمني إن الشرطة قتلت ثلاثة مسلحين من داعش خلال اشتباكات في بلدة بيجي أمس.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
    ],
)
def test_the_doer_named_apart_from_the_act(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _sides(pipeline, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause whose verb is the act: its subject is the side that closes the clause before
        (
            "وسط تحليق مكثف للطيران الحربي التابع للجيش السوري، الذي نفذ عدة غارات على مواقع الفصائل المعارضة في"
            " ريف حماة أمس.",
            ("Air/drone strike", "SYRMIL", "SYRREB"),
        ),
        (
            "واستمرت المعارك قرب البلدة مع تحليق للطيران الحربي التابع للجيش السوري النظامي، الذي شن عدة غارات على"
            " مناطق الاشتباك في ريف حماة أمس.",
            ("Air/drone strike", "SYRMIL", None),
        ),
    ],
)
def test_the_doer_of_a_relative_clause(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in _sides(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight whose dead are counted on two sides was fought between them
        (
            "ودارت مواجهات عنيفة في قضاء الشرقاط قتل خلالها تسعة من عناصر تنظيم داعش وأربعة من الجيش العراقي.",
            ("Armed clash", "IRQMIL", "IRQREB"),
        ),
        (
            "لقي 11 من الحوثيين و3 من المقاومة الشعبية مصرعهم في اشتباكات بمدينة تعز أمس.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # allies counted together are one side
        (
            "لقي 11 من الحوثيين وقوات صالح مصرعهم في اشتباكات بمدينة تعز أمس.",
            ("Armed clash", None, "YEMREB"),
        ),
    ],
)
def test_the_dead_of_both_sides_of_a_fight(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [(s, a1, a2) for s, a1, a2 in _sides(pipeline, text)] == [expected]
