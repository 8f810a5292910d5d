"""Tolls across the events of one report (tolls18): a toll of both armed sides told again of "the attack" is the
battle's, not a bombing's told within it; the dead told at one of the places of a total told the same day are of
that total (counted once)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _acts(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, int]]:
    return sorted(
        (e.sub_event_type, e.place and e.place.name_ar, e.fatalities)
        for e in conflict_events(pipeline, text, SUN)
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # the fight's vague toll, a bombing within it, then the attack's dead of both sides counted: the fight's
        (
            "هاجم تنظيم داعش مقاتلي المعارضة في ريف إدلب أمس. وقتل عشرات المقاتلين من الطرفين خلال القتال في مدينة"
            " سراقب، حيث فجر انتحاريون من التنظيم أنفسهم في ثلاث سيارات مفخخة. وذكر المرصد أن 20 مقاتلا من"
            " الفصائل المعارضة وسبعة من مقاتلي التنظيم، قتلوا في الهجوم على سراقب.",
            [("Armed clash", "سراقب", 27), ("Suicide bomb", "سراقب", 0)],
        ),
        (
            "هاجم تنظيم داعش مقاتلي المعارضة في ريف إدلب أمس. وقتل عشرات المقاتلين من الطرفين خلال القتال في مدينة"
            " سراقب، حيث فجر انتحاريون من التنظيم أنفسهم في ثلاث سيارات مفخخة. وأفاد المرصد بمقتل 20 مقاتلا من"
            " الفصائل المعارضة وسبعة من مقاتلي التنظيم في الهجوم على سراقب.",
            [("Armed clash", "سراقب", 27), ("Suicide bomb", "سراقب", 0)],
        ),
    ],
)
def test_both_sides_dead_of_the_attack_are_the_fights(
    pipeline: Pipeline, text: str, acts: list[tuple[str | None, str | None, int]]
) -> None:
    assert _acts(pipeline, text) == acts


def test_a_bombing_keeps_the_dead_of_one_side(pipeline: Pipeline) -> None:
    text = (
        "هاجم تنظيم داعش قوات الجيش في مدينة الرمادي أمس. وفجر انتحاري سيارة مفخخة عند حاجز للجيش في مدينة"
        " الرمادي. وقتل خمسة جنود وثلاثة من الشرطة في الهجوم على الرمادي."
    )
    assert [f for _t, _p, f in _acts(pipeline, text) if f] == [8]


def test_the_dead_of_a_place_of_a_total_are_counted_once(pipeline: Pipeline) -> None:
    text = (
        "وأفادت مصادر محلية بمقتل 15 من الحوثيين ومقتل 3 من المقاومة في اشتباكات عنيفة في مدينة إب وقرى في منطقة"
        " العدين أمس. وقالت مصادر محلية في قرى منطقة العدين إن 6 حوثيين قتلوا فيما قتل اثنان من رجال المقاومة"
        " في المواجهات."
    )
    assert sum(e.fatalities for e in conflict_events(pipeline, text, SUN)) == 18


def test_the_blast_told_again_with_bodies_of_no_number_adds_no_dead(pipeline: Pipeline) -> None:
    # (the bodies in the photos of the blast are the dead counted before, wherever the sentence seems to place it)
    text = (
        "قتل 25 شخصا على الأقل في تفجير انتحاري استهدف مدينة الريحانية أمس. ووقع التفجير في حديقة حيث تجمع شبان"
        " يريدون المساعدة في إعادة إعمار مدينة إدلب السورية. وتظهر الصور التي التقطت بعد الاعتداء كوما من الجثث"
        " ممددة على الأرض التي اسودت بفعل الانفجار."
    )
    assert sum(e.fatalities for e in conflict_events(pipeline, text, SUN)) == 25


def test_the_blast_told_again_with_its_own_counted_dead_keeps_them(pipeline: Pipeline) -> None:
    text = (
        "قتل 25 شخصا في تفجير انتحاري استهدف مدينة الريحانية أمس. وقال قيادي كردي إن مقاتلين اثنين كانا يحاولان"
        " تعطيل المفخخات في مستودع في مدينة عفرين قبل أن يقع التفجير ويقتلا."
    )
    assert sorted(e.fatalities for e in conflict_events(pipeline, text, SUN)) == [2, 25]


def test_the_dead_of_an_act_answered_go_to_the_act_of_its_day(pipeline: Pipeline) -> None:
    # (published on a Saturday: أمس = Friday, الخميس and غداة = Thursday)
    text = (
        "قصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في سوريا، وذلك غداة تبادل لإطلاق النار بين الجيش التركي"
        " والمسلحين على الحدود. وأوضح رئيس الوزراء أن الغارات جاءت ردا على هجوم نفذه مسلحون من التنظيم الخميس"
        " على موقع للجيش التركي قرب الحدود، قتل فيه جندي وأصيب اثنان آخران."
    )
    dead = {e.sub_event_type: e.fatalities for e in conflict_events(pipeline, text, dt.date(2015, 8, 1))}
    assert dead == {"Air/drone strike": 0, "Armed clash": 1}


def test_a_vague_toll_told_again_in_the_same_words_is_counted_once(pipeline: Pipeline) -> None:
    # the police chief's announcement, then his words: "مقتل العشرات من عناصر تنظيم داعش" twice, the same dead
    # (12, once: with the act told first)
    text = (
        "واستعادت القوات العراقية أمس السيطرة على حي التأميم في مدينة بيجي. وأعلن قائد شرطة المحافظة عن تقدم"
        " كبير للقوات الأمنية بمعارك تطهير القاطع الشرقي لبيجي ومقتل العشرات من عناصر تنظيم داعش خلال عمليات"
        " الاقتحام والتحرير. وقال اللواء سالم قائد شرطة المحافظة بأن القوات الأمنية تتقدم بشكل كبير في معارك تطهير حي"
        " العصري في القاطع الشرقي لبيجي ومقتل العشرات من عناصر تنظيم داعش خلال المواجهات العنيفة."
    )
    assert _acts(pipeline, text) == [
        ("Armed clash", "العصري", 0),
        ("Government regains territory", "التأميم", 12),
    ]
    # (another group's dozens are more dead)
    other = text.replace(
        "ومقتل العشرات من عناصر تنظيم داعش خلال المواجهات", "ومقتل العشرات من جنود الجيش خلال المواجهات"
    )
    assert sum(e.fatalities for e in conflict_events(pipeline, other, SUN)) == 24


def test_a_vague_toll_of_an_act_told_anew_is_more_dead(pipeline: Pipeline) -> None:
    # "وقتل عدد من المدنيين في قصف على …" twice: two acts, each its dead (not a statement told again)
    text = (
        "قتل عدد من المدنيين في قصف جوي على حي الشعار في مدينة حلب أمس. وقتل عدد من المدنيين في قصف جوي على حي"
        " الصاخور في مدينة حلب."
    )
    assert [e.fatalities for e in conflict_events(pipeline, text, SUN)] == [3, 3]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # the dead told before, pointed back to ("4 من هؤلاء الضحايا") and told killed in an act at a place of its
        # own: that act's dead, the act told first keeps the rest
        (
            "واندلعت اشتباكات بين المقاومة والحوثيين في منطقة الحوبان شرق تعز أمس. وقتل خمسة مدنيين وأصيب أكثر من 15"
            " آخرين في قصف عشوائي على الأحياء السكنية. وذكرت مصادر طبية أن 4 من هؤلاء الضحايا المدنيين قتلوا جراء"
            " سقوط قذيفة مدفعية على تجمع للأهالي في حي المسبح بتعز.",
            [
                ("Armed clash", "الحوبان", 0),
                ("Shelling/artillery/missile attack", "الحوبان", 1),
                ("Shelling/artillery/missile attack", "المسبح", 4),
            ],
        ),
        # (told again of the same act, at its place: the toll stands, no more dead)
        (
            "قتل خمسة مدنيين في قصف على مدينة تعز أمس. وذكرت مصادر طبية أن 4 من هؤلاء الضحايا قتلوا في الحال.",
            [("Shelling/artillery/missile attack", "تعز", 5)],
        ),
    ],
)
def test_the_dead_pointed_back_to_at_a_place_of_their_own(
    pipeline: Pipeline, text: str, acts: list[tuple[str | None, str | None, int]]
) -> None:
    assert _acts(pipeline, text) == acts


def test_a_total_of_two_separate_incidents_keeps_only_the_one_not_told_apart(pipeline: Pipeline) -> None:
    # four dead "في حادثين أمنيين منفصلين", then three at a place of their own and one near a market north of
    # Baghdad (placed at Baghdad, with the total): the total keeps only that one
    text = (
        "كما لقي أربعة أشخاص مصرعهم، بينهم ثلاثة من عناصر الشرطة، بينما أصيب ستة آخرون بجروح، في حادثين أمنيين"
        " منفصلين جنوب وشمال بغداد أمس. وأوضح مصدر أمني أن ثلاثة من عناصر الشرطة قتلوا بتفجير عبوة ناسفة على"
        " دوريتهم في قضاء المحمودية جنوبي بغداد. وبين المصدر أن تفجيرا مماثلا قرب سوق شعبية"
        " شمالي بغداد أدى إلى مقتل شخص واحد."
    )
    assert sorted(
        (e.place and e.place.name_ar, e.fatalities) for e in conflict_events(pipeline, text, SUN)
    ) == [("المحمودية", 3), ("بغداد", 1)]


@pytest.mark.parametrize(
    ("tail", "acts"),
    [
        # more dead told in sum ("سقط مزيد من القتلى"), then an act nearby with its counted dead: those are the
        # dead the lead told, none more of its own
        (
            " وقتل ثلاثة جنود عراقيين وأصيب خمسة آخرون في قصف شنه داعش على ثكنة عسكرية قرب ناحية الصينية غرب بيجي.",
            [("Armed clash", "بيجي", 0), ("Shelling/artillery/missile attack", "الصينية", 3)],
        ),
        # (with nothing told after that counts them, some dead: 3)
        ("", [("Armed clash", "بيجي", 3)]),
    ],
)
def test_more_dead_told_in_sum_before_the_acts_that_count_them(
    pipeline: Pipeline, tail: str, acts: list[tuple[str | None, str | None, int]]
) -> None:
    text = (
        "سقط مزيد من القتلى من القوات العراقية وتنظيم داعش في المعارك الجارية بأطراف مدينة بيجي أمس، في وقت قال فيه"
        " متحدث عسكري إن القوات تواجه صعوبة بسبب تلغيم الطرق." + tail
    )
    assert _acts(pipeline, text) == acts
