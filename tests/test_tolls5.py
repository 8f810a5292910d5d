"""How many died, as a careful coder counts them by ACLED's conservative rules: one figure of the same dead."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)


def _deaths(pipeline: Pipeline, text: str) -> list[int]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [e.fatalities for e in events if e.category == "conflict"]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the dead counted, a comma, then their verb of death: all the groups counted before it
        (
            "وقال المرصد إن 28 عنصرا من تنظيم الدولة و18 مقاتلا من الفصائل، قتلوا في الاشتباكات في ريف حلب أمس.",
            [46],
        ),
        ("وذكرت مصادر محلية أن تسعة جنود، قتلوا في هجوم على حاجز للجيش في مدينة درعا أمس.", [9]),
        # a group's noun and side may be long before the next count of the list
        (
            "وقالت مصادر إن 12 عنصرا من قوات الجيش والشرطة المحلية و7 مسلحين من التنظيم قتلوا "
            "في الاشتباكات في مدينة الرمادي أمس.",
            [19],
        ),
        # (an aside among the counted dead still leaves the count before it)
        (
            "وقال المرصد إن خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا في الاشتباكات في ريف حلب أمس.",
            [5],
        ),
    ],
)
def test_the_dead_counted_before_their_verb(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the toll risen to is the new total of the same dead, not more dead
        ("قتل 5 أشخاص في القصف على مدينة حلب أمس، ليرتفع عدد القتلى إلى 20.", [20]),
        ("قتل 4 مدنيين في غارة على مدينة إدلب أمس، وارتفعت حصيلة القتلى إلى 11 قتيلا.", [11]),
        ("قتل 6 أشخاص في قصف على مدينة دوما أمس، ما يرفع عدد القتلى إلى 14.", [14]),
        # (others killed elsewhere are more dead)
        ("قتل 5 أشخاص في القصف على مدينة حلب أمس، وقتل 3 آخرون في قصف على مدينة إدلب.", [5, 3]),
    ],
)
def test_a_toll_risen_to_replaces_the_one_told(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the side that claims the act counts the dead told before otherwise: the lower account stands
        (
            "قال الجيش إن ثلاثة جنود قتلوا في هجوم على مركز للشرطة في مدينة ماردين أمس. وتبنت الجماعة الهجوم "
            "وقالت في بيان إن عشرات الجنود قتلوا فيه.",
            [3],
        ),
        # (another act claimed is another act: "تبنت هجوما آخر")
        (
            "قتل جنديان في هجوم على حاجز للجيش في مدينة العريش أمس. وتبنت الجماعة هجوما آخر على دورية للشرطة في "
            "مدينة رفح ما أسفر عن مقتل أربعة.",
            [2, 4],
        ),
        (
            "قتل جنديان في هجوم على حاجز للجيش في مدينة العريش أمس. وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم، "
            "وقال إن 15 جنديا قتلوا فيه.",
            [2],
        ),
        # (with no count told before, the claim's count is the only one)
        (
            "هاجم مسلحون حاجزا للجيش في مدينة العريش أمس. وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم، وقال إن 15 "
            "جنديا قتلوا فيه.",
            [15],
        ),
    ],
)
def test_the_claimants_count_is_another_account(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # some over ten: the least, 13
        ("قتل بضعة عشر شخصا في قصف على مدينة إدلب أمس.", [13]),
        ("قتلت بضع عشرة امرأة في قصف على مدينة إدلب أمس.", [13]),
        # (a few, and a few dozen, as before)
        ("قتل بضعة أشخاص في قصف على مدينة إدلب أمس.", [3]),
        ("قتل بضع عشرات من الأشخاص في قصف على مدينة إدلب أمس.", [12]),
        # the suicide attacker among the dead is not counted
        ("قتل عشرة أشخاص بينهم الانتحاري في تفجير انتحاري في مدينة بغداد أمس.", [9]),
        ("قتل 12 شخصا بينهم الانتحاريان في تفجيرين انتحاريين في مدينة بغداد أمس.", [10]),
        ("قتل سبعة أشخاص بينهم منفذ الهجوم في تفجير في مدينة بعقوبة أمس.", [6]),
        ("قتل عشرة أشخاص بينهم طفلان في تفجير انتحاري في مدينة بغداد أمس.", [10]),
    ],
)
def test_vague_and_bombers_among_the_dead(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # dead told meanwhile in another province are not the act's
        (
            "انفجرت سيارة مفخخة في مدينة بغداد أمس راح ضحيتها أربعة أشخاص، وفيما قتل 20 من عناصر الحشد في مدينة "
            "بيجي، قصفت طائرات التحالف مواقع في مدينة الموصل.",
            [4, 0],
        ),
        (
            "انفجرت سيارة مفخخة في مدينة بغداد أمس راح ضحيتها أربعة أشخاص، وفيما قتل 20 من عناصر الحشد في مدينة "
            "بيجي.",
            [4],
        ),
    ],
)
def test_the_dead_told_meanwhile_elsewhere(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths
