"""Tolls whose parts cross a clause boundary, tens with the article, and victim nouns (tolls8)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _conflict(pipeline: Pipeline, text: str) -> list[Event]:
    return conflict_events(pipeline, text, SUN)


@pytest.mark.parametrize(
    ("text", "toll", "detail"),
    [
        # the dead named among a count after a comma are some of them, not more dead
        (
            "قتل 12 مدنيا، بينهم 5 نساء وطفلان، في غارة جوية على بلدة كفرنبل أمس.",
            12,
            {"women": 5, "children": 2},
        ),
        (
            "أفاد ناشطون بمقتل سبعة أشخاص، من بينهم ثلاثة أطفال، جراء سقوط قذيفة على حي الميدان أمس.",
            7,
            {"children": 3},
        ),
    ],
)
def test_share_told_after_a_comma(pipeline: Pipeline, text: str, toll: int, detail: dict[str, int]) -> None:
    (ev,) = _conflict(pipeline, text)
    assert ev.fatalities == toll
    got = ev.to_dict()["fatalities_detail"]
    assert {k: got.get(k) for k in detail} == detail


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قتل قرابة الخمسين مدنيا في قصف مدفعي على مدينة حلب أمس.", 50),
        ("لقي نحو الأربعين شخصا مصرعهم في غارة جوية على بلدة سراقب أمس.", 40),
        ("قتل ما يقارب الستين مسلحا في اشتباكات مع الجيش قرب مدينة بيجي أمس.", 60),
        ("قتل نحو المئة شخص في غارات جوية على بلدات ريف حمص الشمالي أمس.", 100),
    ],
)
def test_tens_with_the_article_after_a_bound(pipeline: Pipeline, text: str, toll: int) -> None:
    (ev,) = _conflict(pipeline, text)
    assert ev.fatalities == toll


@pytest.mark.parametrize(
    "text",
    [
        # bare, a ten with the article names other things: a pilgrimage, a street
        "قتل شخص في انفجار عبوة ناسفة على طريق زوار الأربعين جنوب مدينة الحلة أمس.",
        "قتل شخص بانفجار عبوة ناسفة في شارع الخمسين بمدينة صنعاء أمس.",
    ],
)
def test_bare_tens_with_the_article_count_nothing(pipeline: Pipeline, text: str) -> None:
    (ev,) = _conflict(pipeline, text)
    assert ev.fatalities == 1


def test_aid_workers_plural(pipeline: Pipeline) -> None:
    (ev,) = _conflict(pipeline, "قتل المسعفين في غارة ثانية على حي الشعار في مدينة حلب أمس.")
    assert ev.fatalities == 3  # (unnumbered plural: ACLED's conservative 3)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the second count names its side only after it ("من التنظيم"): the other side's dead, added
        (
            "قتل 15 عنصرا من قوات النظام في هجوم شنه تنظيم داعش على مطار الطبقة العسكري أمس، فيما أسفرت المعارك"
            " نفسها عن مقتل 20 عنصرا من التنظيم.",
            35,
        ),
        # one militant dead told before the verb that counts him
        (
            "أعلن الجيش التركي مقتل جنديين أمس في هجوم شنه مسلحون من حزب العمال الكردستاني على نقطة عسكرية في"
            " ولاية ماردين. وأضاف البيان أن «إرهابيا» قتل في الاشتباكات.",
            3,
        ),
    ],
)
def test_both_sides_dead_of_one_battle(pipeline: Pipeline, text: str, toll: int) -> None:
    (ev,) = _conflict(pipeline, text)
    assert ev.fatalities == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قتل مصوران يعملان لوكالة محلية في قصف مدفعي على حي صلاح الدين في مدينة حلب أمس.", 2),
        ("أفادت مصادر بمقتل قيادات من تنظيم داعش في غارة جوية على مدينة الرقة أمس.", 3),
    ],
)
def test_more_victim_nouns(pipeline: Pipeline, text: str, toll: int) -> None:
    (ev,) = _conflict(pipeline, text)
    assert ev.fatalities == toll
