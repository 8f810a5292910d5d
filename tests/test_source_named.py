"""The source an event cites (the record's ``source``): the words after a cue of sources, and a source taken up
again by its first word alone ("وأشارت الشبكة"، "وقال المرصد") by the name it was given in full before."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

WED = dt.date(2015, 6, 10)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # the network named in full, then as "the network"
        (
            "قتل أربعة مدنيين في غارة جوية على بلدة سرمين أمس، وقالت شبكة حلب نيوز إن الطائرات استهدفت السوق."
            " وأشارت الشبكة إلى أن الثوار قصفوا مواقع قوات النظام في بلدة كفرنبل.",
            ["شبكة حلب نيوز", "شبكة حلب نيوز"],
        ),
        # the observatory with its article, then as "the observatory"
        (
            "قتل ثلاثة عناصر من قوات النظام في اشتباكات في حي القابون، بحسب ما أفاد المرصد السوري لحقوق الإنسان."
            " وقال المرصد إن الطيران قصف مدينة حرستا.",
            ["المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"],
        ),
        # the agency named in full in an earlier sentence without an event of its own
        (
            "ذكرت وكالة الأنباء اليمنية أن الوضع متوتر في المدينة. وقالت الوكالة إن الحوثيين قصفوا حي الروضة في"
            " مدينة تعز أمس.",
            ["وكالة الأنباء اليمنية"],
        ),
        # the name ends where its day, the news it told or whom it told begins; its quotation marks go
        (
            "وأفاد المرصد السوري لحقوق الإنسان أمس بمقتل خمسة عناصر من قوات النظام في اشتباكات في حي جوبر.",
            ["المرصد السوري لحقوق الإنسان"],
        ),
        ('وقال مصدر محلي لـ"الوطن" إن الحوثيين قصفوا حي الروضة في مدينة تعز أمس.', ["مصدر محلي"]),
        ('وأفاد موقع "زمان الوصل" بسقوط قتلى في قصف جوي على حي الشعار بمدينة حلب أمس.', ["موقع زمان الوصل"]),
        # no fuller name before: the word as written
        ("وقال المرصد إن الطيران قصف مدينة دوما أمس.", ["المرصد"]),
        # a fuller name of another head word is not it
        (
            "وقالت وكالة الأنباء السورية إن الوضع هادئ. وقال المرصد إن الطيران قصف مدينة دوما أمس.",
            ["المرصد"],
        ),
        # a source named after the event's sentence is not taken back
        (
            "وقال المرصد إن الطيران قصف مدينة دوما أمس. وقال المرصد السوري لحقوق الإنسان إن القصف تجدد اليوم"
            " على مدينة عربين.",
            ["المرصد", "المرصد السوري لحقوق الإنسان"],
        ),
    ],
)
def test_the_source_an_event_cites(pipeline: Pipeline, text: str, sources: list[str]) -> None:
    assert [e.source for e in conflict_events(pipeline, text, WED)] == sources
