"""Two acts told in one sentence, one set against the other by a background phrase (ويأتي ذلك، في وقت …، في
الوقت الذي …): each keeps its own toll, target and place."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)


def _acts(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, int, str | None]]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return sorted(
        (e.sub_event_type, e.actor2 and e.actor2.code, e.fatalities, e.place and e.place.name_ar)
        for e in events
        if e.category == "conflict"
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "قتل ستة مدنيين بقصف مدفعي للحوثيين على حي الروضة في مدينة تعز، وتأتي هذه التطورات عقب مقتل 12 "
            "مسلحا في اشتباكات مع الجيش قرب مدينة مأرب.",
            [
                ("Armed clash", None, 12, "مأرب"),
                ("Shelling/artillery/missile attack", "YEMCVL", 6, "الروضة"),
            ],
        ),
        (
            "قتل خمسة جنود في هجوم لتنظيم داعش على حاجز في مدينة الرمادي في وقت قتل فيه 40 مسلحا في غارات "
            "للتحالف على مدينة الفلوجة.",
            [
                ("Air/drone strike", None, 40, "الفلوجة"),
                ("Armed clash", "IRQMIL", 5, "الرمادي"),
            ],
        ),
        (
            "قتل سبعة مدنيين في قصف للطيران على سوق في مدينة دوما في الوقت الذي قتل فيه 9 مقاتلين من المعارضة "
            "في اشتباكات مع قوات النظام في حي جوبر.",
            [
                ("Air/drone strike", "SYRCVL", 7, "دوما"),
                ("Armed clash", "SYRREB", 9, "جوبر"),
            ],
        ),
    ],
)
def test_each_act_keeps_its_toll(pipeline: Pipeline, text: str, acts: list[tuple]) -> None:
    assert _acts(pipeline, text) == acts


def _sides(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return sorted(
        (e.sub_event_type, e.actor1 and e.actor1.code, e.place and e.place.name_ar)
        for e in events
        if e.category == "conflict"
    )


# a description after a comma (ذات / ذو / ذي, "having, of") tells what the place is like: the weapon after it
# stays with the act and its actor and place
@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "قالت مصادر محلية إن الفصائل المسلحة استأنفت اليوم استهداف بلدة نبل، ذات الغالبية الشيعية، بالقصف.",
            [("Shelling/artillery/missile attack", "SYRREB", "نبل")],
        ),
        (
            "وقال المرصد إن جبهة النصرة استأنفت أمس استهداف بلدة نبل، ذات الغالبية الشيعية بالقصف، بينما "
            "نفذ الطيران الحربي غارات على مدينة إدلب.",
            [("Air/drone strike", None, "إدلب"), ("Shelling/artillery/missile attack", "SYRREB", "نبل")],
        ),
    ],
)
def test_a_description_keeps_the_weapon_with_its_act(
    pipeline: Pipeline, text: str, acts: list[tuple]
) -> None:
    assert _sides(pipeline, text) == acts


# where a place lies, set off by commas (الواقعة في، التابعة لـ): the act told after it keeps the place before it
@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "شهدت مديرية الزاهر، التابعة لمحافظة البيضاء، اغتيال أحد الأهالي برصاص مسلحين.",
            [("Attack", None, "الزاهر")],
        ),
    ],
)
def test_where_a_place_lies_keeps_it_with_its_act(pipeline: Pipeline, text: str, acts: list[tuple]) -> None:
    assert _sides(pipeline, text) == acts
