"""An attack told by the noun of an attack of no said kind, with its dead, and later sentences that name that attack
again and tell what it was ("إن الهجوم نفذه انتحاري", "إن الهجوم كان سيارة مفخخة"), by one source or two that
disagree, are one act: a bombing with the attack's dead. A blast told after the attack, or at its place without
naming it, is another act. The fire the bomb's doer is told to have opened next, at its place and day, is the
ambush the blast opened: one act."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    (
        "قتل ستة أشخاص وجرح 20 في هجوم استهدف سوقا في منطقة الكرادة ببغداد أمس. وقال ضابط في الشرطة إن الهجوم "
        "نفذه انتحاري يرتدي حزاما ناسفا. إلا أن مصدرا طبيا قال إن الهجوم كان سيارة مفخخة استهدفت مدنيين.",
        [("Suicide bomb", 6)],
    ),
    (
        "قتل أربعة جنود في هجوم على نقطة تفتيش في مدينة الرمادي أمس. وأوضح مصدر أمني أن الهجوم كان بسيارة مفخخة.",
        [("Remote explosive/landmine/IED", 4)],
    ),
    (
        "قتل خمسة أشخاص في هجوم استهدف منطقة الكرادة ببغداد أمس. وقال ضابط إن الهجوم نفذه انتحاريان ضد نقطة "
        "تفتيش للجيش. إلا أن مصدرا طبيا قال إن الهجوم كان سيارة مفخخة استهدفت مدنيين.",
        [("Suicide bomb", 5)],
    ),
    # (a blast told after the attack, or at its place without naming it: another act)
    (
        "قتل ستة أشخاص في هجوم استهدف سوقا في منطقة الكرادة ببغداد أمس. وبعد الهجوم انفجرت سيارة مفخخة قرب "
        "مستشفى في الكرادة.",
        [("Attack", 6), ("Remote explosive/landmine/IED", 0)],
    ),
    (
        "قتل ستة أشخاص في هجوم استهدف سوقا في منطقة الكرادة ببغداد أمس. كما انفجرت عبوة ناسفة في الكرادة.",
        [("Attack", 6), ("Remote explosive/landmine/IED", 0)],
    ),
    # the fire its doer opened next on the vehicle a bomb hit ("فتحوا بعد ذلك النار"): the ambush that blast opened
    (
        "قال الجيش اليمني أمس إن مسلحين من تنظيم القاعدة قتلوا ثلاثة من جنوده في تفجير عبوة ناسفة استهدفت آلية "
        "عسكرية على طريق قرب مدينة زنجبار. وأضاف أن مسلحي القاعدة فتحوا بعد ذلك النار على الآلية العسكرية "
        "بالرشاشات.",
        [("Remote explosive/landmine/IED", 3)],
    ),
    # (not told as done next: another attack)
    (
        "قال الجيش اليمني أمس إن مسلحين من تنظيم القاعدة قتلوا ثلاثة من جنوده في تفجير عبوة ناسفة استهدفت آلية "
        "عسكرية على طريق قرب مدينة زنجبار. وأضاف أن مسلحي القاعدة فتحوا النار على نقطة عسكرية أخرى في زنجبار "
        "بالرشاشات.",
        [("Remote explosive/landmine/IED", 3), ("Armed clash", 0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attack_and_what_it_was(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == expected
