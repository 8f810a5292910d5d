"""How many died: kin and groups counted after their noun, as a careful coder counts them (ACLED's rules)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _events


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # kin in the plural, their number after them: each of them dead with the one named
        ("قتل رجل وزوجته وأطفاله الثلاثة في قصف على مدينة دوما أمس.", [5]),
        ("قتل مدني وأبناؤه الأربعة في قصف على بلدة كفرنبل أمس.", [5]),
        ("استشهد الشاب أحمد العلي وأشقاؤه الثلاثة في قصف على بلدة كفرنبل أمس.", [4]),
        # a definite plural and its number after it, joined by و
        ("قتل الضابط والجنود الثلاثة في هجوم على حاجز قرب مدينة درعا أمس.", [4]),
        # kin with no number: the one named only (no count to add)
        ("قتل رجل وأطفاله في قصف على مدينة دوما أمس.", [1]),
    ],
)
def test_counted_after_their_noun(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _events(pipeline, text)] == deaths


def test_kin_counted_are_children(pipeline: Pipeline) -> None:
    events = _events(pipeline, "قتلت امرأة وأطفالها الخمسة في قصف على مدينة دوما أمس.")
    assert [e.fatalities_detail for e in events] == [{"civilians": 6, "women": 1, "children": 5}]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # fighters named among the dead are no civilians
        (
            "قتل 12 شخصا بينهم ستة مسلحين في قصف على مدينة دوما أمس.",
            {"civilians": 6, "combatants": 6},
        ),
        (
            "قتل تسعة أشخاص بينهم 4 من عناصر الشرطة في تفجير سيارة مفخخة بمدينة بعقوبة أمس.",
            {"civilians": 5, "combatants": 4},
        ),
        # … nor a share of fighters who were all dead fighters
        ("قتل 7 جنود بينهم ضابطان في هجوم على حاجز قرب مدينة درعا أمس.", {"combatants": 7}),
    ],
)
def test_fighters_among_the_dead(pipeline: Pipeline, text: str, detail: dict[str, int]) -> None:
    assert [e.fatalities_detail for e in _events(pipeline, text)] == [detail]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # kin of no group of their own joined to civilians killed are civilians too
        ("قتلت طفلة وشقيقها في قصف على مدينة دوما أمس.", {"children": 1, "civilians": 2}),
        ("قتل مدني وابنه في قصف على بلدة كفرنبل أمس.", {"civilians": 2}),
        # … not the kin of a fighter: no side told for them
        ("قتل قيادي في التنظيم ونجلاه في غارة قرب مدينة الرقة أمس.", {"combatants": 1}),
    ],
)
def test_kin_of_civilians(pipeline: Pipeline, text: str, detail: dict[str, int]) -> None:
    assert [e.fatalities_detail for e in _events(pipeline, text)] == [detail]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the dead and the hurt counted together: one at least was hurt, so not all of a small count died
        ("سقط مدنيان بين قتيل وجريح في قصف على مدينة دوما أمس.", [1]),
        ("سقط ثلاثة مدنيين بين قتيل وجريح في قصف على مدينة دوما أمس.", [2]),
        ("أسفر القصف على مدينة دوما أمس عن مقتل وإصابة ثلاثة أشخاص.", [2]),
        # … a larger count: some dead (3), as before
        ("سقط 20 مدنيا بين قتيل وجريح في قصف على مدينة دوما أمس.", [3]),
        ("سقط عشرات المدنيين بين قتيل وجريح في قصف على مدينة دوما أمس.", [3]),
        ("أسفرت الغارة على مدينة الحويجة أمس عن مقتل وإصابة عدد من عناصر التنظيم.", [3]),
        # a number of the dead and the hurt told as one figure: no count of the dead, some dead (3)
        ("سقط 40 قتيلا وجريحا في قصف جوي على مدينة الميادين أمس.", [3]),
        (
            "قصفت طائرات التحالف مقرا للتنظيم في بلدة الشرقاط أمس، ما أسفر عن وقوع أكثر من 60 قتيلا وجريحا.",
            [3],
        ),
        ("أسفر القصف على بلدة معرة النعمان أمس عن سقوط 25 من القتلى والجرحى.", [3]),
        # … each counted apart: the dead are counted
        ("أسفر القصف على بلدة معرة النعمان أمس عن سقوط 30 قتيلا و45 جريحا.", [30]),
    ],
)
def test_killed_and_wounded_together(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _events(pipeline, text)] == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the death a cause led to, told with a singular pronoun: one dead; with a plural one: some (3)
        ("أطلق مسلحون النار على ضابط في مدينة الرمادي أمس ما أدى إلى مقتله.", [1]),
        ("انفجرت عبوة ناسفة بسيارة مختار القرية قرب مدينة بعقوبة أمس ما أسفر عن مقتله.", [1]),
        ("أطلق مسلحون النار على جنود في مدينة الرمادي أمس ما أدى إلى مقتلهم.", [3]),
    ],
)
def test_his_death(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _events(pipeline, text)] == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # victims counted one by one (the singular after a count, or its dual) are the dead
        ("سقط 14 ضحية في قصف جوي على مدينة حرستا أمس.", [14]),
        ("أسفر القصف على مدينة حرستا أمس عن سقوط ضحيتين.", [2]),
        ("أسفر القصف على مدينة حرستا أمس عن سقوط 14 ضحية و25 جريحا.", [14]),
        # a tally of victims documented is no toll of the act
        ("قصف الطيران مدينة حرستا أمس. ووثقت الهيئة 180 ضحية من أبناء المدينة قضى معظمهم في القصف.", [0]),
        # died, the subject between the verb and الحياة
        ("قصف الطيران مدينة حرستا أمس، وفارق طفل الحياة متأثرا بجروحه.", [1]),
        ("قصف الطيران مدينة حرستا أمس، وفارق أربعة مدنيين الحياة.", [4]),
        # no death: a difference (فارق) and life told apart
        ("قصف الطيران مدينة حرستا أمس، وقال المسؤول إن فارق القوة كبير وإن الحياة صعبة.", [0]),
    ],
)
def test_victims_counted_and_life_parted(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert [e.fatalities for e in _events(pipeline, text)] == deaths
