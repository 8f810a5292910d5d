"""Which acts a report tells, where and of what kind: fire shot with a time between the verb and the fire, a list
of places with a name the index does not know in it, a bare targeting that goes on from the strikes told."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_trig33 import _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shooters, then a word of time, between the verb and the fire: fire shot all the same
        (
            "أطلق مسلحون النار أمس على حاجز للشرطة في مدينة بعقوبة.",
            [("Armed clash", None, "بعقوبة")],
        ),
        (
            "وأطلق مسلحون مجهولون النار مساء الثلاثاء على سيارة مدنية في مدينة الرمادي.",
            [("Attack", None, "الرمادي")],
        ),
        # (a man set free, no fire: "أطلق سراح" is no shooting)
        ("وأطلق المسلحون سراح سائق الشاحنة في مدينة الرمادي.", []),
        # a list of places whose middle name the index does not know, the preposition told again before the last:
        # each known place its own event
        (
            "واستمرت الاشتباكات أمس بين الحوثيين والمقاومة في دار سعد وعبيدة وفي منطقة المعاشيق بمديرية كريتر.",
            [("Armed clash", "YEMREB", "دار سعد"), ("Armed clash", "YEMREB", "المعاشيق")],
        ),
        # (a phrase of more words between is no list: the first place alone)
        (
            "واستمرت الاشتباكات أمس بين الحوثيين والمقاومة في دار سعد وسط مخاوف السكان من القصف وفي منطقة"
            " المعاشيق.",
            [("Armed clash", "YEMREB", "دار سعد")],
        ),
        # a bare targeting, with no side of its own, going on (كما، أيضا) from the air strikes just told: the same
        # aircraft at another place
        (
            "شنت طائرات التحالف غارات أمس على معسكر العند في لحج. كما استهدفت تجمعات للمليشيات في مدينة زنجبار.",
            [("Air/drone strike", "INTMIL", "العند"), ("Air/drone strike", "INTMIL", "زنجبار")],
        ),
        (
            "شنت طائرات التحالف غارات أمس على معسكر العند في لحج، واستهدفت أيضا تجمعات للمليشيات في منطقة الحوطة.",
            [("Air/drone strike", "INTMIL", "العند"), ("Air/drone strike", "INTMIL", "الحوطة")],
        ),
        # (a targeting with a side of its own right after the verb is that side's, not the aircraft's)
        (
            "شنت طائرات التحالف غارات أمس على معسكر العند في لحج. كما استهدف عناصر الحوثيين مواقع المقاومة في"
            " مدينة زنجبار.",
            [("Air/drone strike", "INTMIL", "العند"), ("Armed clash", "YEMREB", "زنجبار")],
        ),
        # the means of an aim told in a present verb of seeking ("وذلك ب…"): no ground taken yet
        (
            "وتسعى القوات الموالية للحكومة بمساندة طيران التحالف إلى تأمين مدينة زنجبار، وذلك بطرد الحوثيين من"
            " محافظة أبين.",
            [],
        ),
        # an assault whose sentence tells what it led to, an attack on people: that attack, one act
        (
            "وقالت الصحيفة إن تصريحات الوزير جاءت في أعقاب الاعتداء الإرهابي الذي نفذه مستوطنون متطرفون في قرية"
            " عوريف قرب نابلس، ليلة الأحد الماضية، وأسفرت عن حرق الطفل الرضيع محمد وإصابة والديه.",
            [("Attack", "ISRUAF", "عوريف")],
        ),
        # (an assault on a side's patrol, then fire on people told apart, not as what it led to: two acts)
        (
            "اعتدى مستوطنون أمس على دورية للجيش الإسرائيلي في قرية عوريف. وأطلق المستوطنون النار على طفل فلسطيني"
            " في القرية.",
            [("Armed clash", "ISRUAF", "عوريف"), ("Attack", "ISRUAF", "عوريف")],
        ),
        # the dead of wounds told on the day they died, the act told next (كان) with its own day: one act, there
        (
            "وصباح أمس، توفي شرطي ومدني متأثرين بإصاباتهما إثر تعرضهما لإطلاق نار في ولاية ماردين. وكان الشرطي"
            " جالسا الثلاثاء أمام مقهى في بلدة نصيبين حين أطلق مسلحون النار عليه.",
            [("Armed clash", None, "نصيبين")],
        ),
    ],
)
def test_acts_told_where_and_how(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
