"""Tolls across the events of one report: a total its own sentence splits over the places it names is counted
once (ACLED: no double counting), and a city-wide act folds only into a quarter's act of the same doer."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _acts(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, int]]:
    return sorted(
        (e.place and e.place.name_ar, e.actor1 and e.actor1.code, e.fatalities)
        for e in _conflict(pipeline, text)
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # the total over a quarter and a village, then each part at its place: the parts keep theirs, no more
        (
            "أكد المرصد مقتل ستة مواطنين جراء قصف جوي على حي بمدينة حماة وقرية بريف حمص الشمالي، حيث قتلت امرأة"
            " وطفلاها جراء قصف ببرميل متفجر من الطيران المروحي على مبنى في حي الأربعين بمدينة حماة، فيما قتل"
            " ثلاثة مواطنين جراء قصف للطيران الحربي على منزل في قرية تلبيسة بريف حمص.",
            [("الأربعين", "SYRMIL", 3), ("تلبيسة", "SYRMIL", 3)],
        ),
        # 10 dead of ambushes and strikes, then the ambushes told one by one: six numbered, the others by no
        # number — the dead counted once (10): the six, and the rest of the total
        (
            "ولقي 10 مسلحين من الحوثيين مصرعهم أمس في استهدافهم بكمائن بمديرية الصومعة وضربات لطيران التحالف"
            " بمدينة رداع. وقالت مصادر في المقاومة إن مسلحيها نفذوا كمائن استهدفت دوريتين للحوثيين وقتلت من كانوا"
            " على متنها. وأضافت أن المقاومة قامت بإحراق دورية أخرى ومصرع ستة حوثيين في كمين للمقاومة شرقي جبل"
            " الصفراء.",
            [("الصومعة", "INTMIL", 4), ("الصومعة", "YEMUAF", 0), ("جبل الصفراء", "YEMUAF", 6)],
        ),
        # the army's shelling of a quarter and the militants' shelling of the city's forces the same day: two acts
        (
            "قصف الجيش العراقي أمس مقرا لتنظيم داعش في حي الجولان وسط الموصل مما أسفر عن مقتل خمسة من قادة"
            " التنظيم. وأضاف المصدر أن مسلحي داعش قصفوا أمس مواقع القوات الأمنية في مدينة الموصل.",
            [("الجولان", "IRQMIL", 5), ("الموصل", "IRQREB", 0)],
        ),
    ],
)
def test_a_total_and_its_parts_and_a_lead_and_its_detail(
    pipeline: Pipeline, text: str, acts: list[tuple[str | None, str | None, int]]
) -> None:
    assert _acts(pipeline, text) == acts


def test_an_act_told_as_had_been_done_on_a_day_of_its_own_is_another(pipeline: Pipeline) -> None:
    # (the report's act keeps the day of its telling; the earlier one, "also" with dead, its own day and toll)
    text = (
        "قال مسؤول كردي أمس إن الوضع متوتر. وأفاد مصدر في قوات البيشمركة بمقتل 12 من عناصر البيشمركة بقصف صاروخي"
        ' على بلدة بعشيقة. وكان مسلحو داعش "قد أطلقوا مساء الأحد نحو عشرة صواريخ على قوات البيشمركة في بلدة بعشيقة ما أسفر أيضا عن مقتل'
        " وإصابة العشرات."
    )
    assert sorted((e.date.iso(), e.fatalities) for e in _conflict(pipeline, text)) == [
        ("2015-10-11", 3),
        ("2015-10-13", 12),
    ]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # the dead told village by village: one event per village, each with its own dead
        (
            "قتل 3 مدنيين في قرية كفرنبل و5 في قرية معرة حرمة بريف إدلب جراء غارات جوية لطيران النظام أمس.",
            [("كفرنبل", 3), ("معرة", 5)],
        ),
        (
            "أسفرت غارات الطيران الحربي أمس عن مقتل 3 مدنيين في بلدة كفرنبل و5 في بلدة حيش بريف إدلب.",
            [("حيش", 5), ("كفرنبل", 3)],
        ),
        (
            "قتل 4 من عناصر داعش في قرية تل حميس و6 في قرية الهول في اشتباكات مع وحدات حماية الشعب.",
            [("الهول", 6), ("تل حميس", 4)],
        ),
        # the other side's dead told meanwhile by a bare count ("في حين قتل ثمانية"): the battle's dead too
        (
            "دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في حي جوبر أمس. وأكدت مصادر طبية مقتل 15 من قوات"
            " النظام، في حين قتل ثمانية من المعارضة في مناطق متفرقة من دمشق.",
            [("جوبر", 23)],
        ),
        (
            "دارت مواجهات عنيفة بين الحوثيين والمقاومة الشعبية في منطقة الحوبان أمس. وأكدت مصادر طبية مقتل 20 من"
            " الحوثيين، في حين قتل ستة وجرح 30 من المقاومة الشعبية.",
            [("الحوبان", 26)],
        ),
        # (a doer named, another act: its own event)
        (
            "دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في حي جوبر أمس. وأكدت مصادر طبية مقتل 15 من قوات"
            " النظام، في حين قتل الطيران ثمانية مدنيين في دوما.",
            [("جوبر", 15), ("دوما", 8)],
        ),
        # the dead of a fight of weeks, told with the day it ended (the ground taken): no day's toll; of hours, its own
        (
            "سيطرت وحدات حماية الشعب الكردية أمس على بلدة عين عيسى عقب اشتباكات مع داعش استمرت لأكثر من عشرين يوما،"
            " قتل خلالها العشرات من عناصر داعش ونحو 15 مقاتلا من الوحدات.",
            [("عين عيسى", 0)],
        ),
        (
            "سيطرت وحدات حماية الشعب الكردية أمس على بلدة عين عيسى عقب اشتباكات مع داعش استمرت ساعتين، قتل خلالها 15"
            " من عناصر داعش.",
            [("عين عيسى", 15)],
        ),
        # the hurt at the second place are no dead of its own
        ("قتل 3 مدنيين في قرية كفرنبل وأصيب 5 في قرية حيش جراء غارات أمس.", [("حيش", 3)]),
        ("قتل 3 مدنيين في قرية كفرنبل وأصيب نحو 5 في قرية حيش جراء غارات أمس.", [("حيش", 3)]),
        ("قتل 3 مدنيين في قرية كفرنبل ونحو 5 في قرية حيش جراء غارات أمس.", [("حيش", 5), ("كفرنبل", 3)]),
        # … the act that killed the first told between their count and their place ("في قصف جوي على")
        ("قتل 4 مدنيين في قصف جوي على بلدة كفرنبل أمس، و6 في بلدة حيش.", [("حيش", 6), ("كفرنبل", 4)]),
        # … the places of the act told before, their dead told place by place in a clause with no act of its own
        (
            "قصفت الطائرات بلدة كفرنبل وبلدة حيش أمس، ما أدى إلى مقتل أربعة مدنيين في كفرنبل وستة في حيش.",
            [("حيش", 6), ("كفرنبل", 4)],
        ),
        # … a place no act was told at: the act told, there too
        (
            "قصفت الطائرات بلدة كفرنبل أمس، ما أدى إلى مقتل أربعة مدنيين في كفرنبل وستة في حيش.",
            [("حيش", 6), ("كفرنبل", 4)],
        ),
        # … the places told with ب, the hurt after the dead of the first, the list going on in a clause of its
        # own ("، إضافة لقتيلين بـ …"); the act told at the area around is the first village's, no event of its own
        (
            "وشن الطيران الحربي أمس غارات على قرى جبل الأربعين بريف إدلب، مخلفا أربعة قتلى وسبعة جرحى بقرية حيش، "
            "وثلاثة قتلى بقرية كفرنبل، إضافة لقتيلين ببلدة معرشورين.",
            [("حيش", 4), ("كفرنبل", 3), ("معرشورين", 2)],
        ),
        (
            "قصفت الطائرات أمس قرى جبل الأربعين، ما أدى إلى مقتل أربعة مدنيين في قرية حيش وستة في قرية كفرنبل.",
            [("حيش", 4), ("كفرنبل", 6)],
        ),
    ],
)
def test_the_dead_of_each_place(pipeline: Pipeline, text: str, tolls: list[tuple[str, int]]) -> None:
    assert sorted((e.place and e.place.name_ar, e.fatalities) for e in _conflict(pipeline, text)) == tolls
