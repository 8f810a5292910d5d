"""A fight told at a list of places by one trigger ("اشتباكات في أحياء X وY وZ") and its toll told after it with no
place of its own ("وأدت المواجهات الى مقتل …"): the dead are the list's, put on the first place named (ACLED), not
on the last one the toll's sentence inherited. Acts told over all the fronts are no report at the place told
before."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict

CASES = [
    (
        "سيطرت القوات الحكومية أمس على منطقة المطار غرب مدينة تعز، وسط استمرار الاشتباكات في أحياء الروضة والمسبح "
        "وثعبات. وقالت مصادر إن مواجهات متفرقة بالمدينة أدت إلى مقتل 15 من المسلحين.",
        [("الروضة", 15), ("المسبح", 0)],
    ),
    (
        "اندلعت اشتباكات عنيفة أمس بين الجيش والمسلحين في قريتي كفرنبودة والهبيط بريف حماة. وأسفرت المواجهات عن "
        "مقتل 9 من المسلحين.",
        [("كفرنبودة", 9), ("الهبيط", 0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_toll_of_a_list_goes_to_its_first_place(pipeline: Pipeline, text: str, expected: list) -> None:
    events = [e for e in _conflict(pipeline, text) if e.sub_event_type == "Armed clash"]
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == expected


# sorties told over all the fronts ("على قواطع العمليات كافة") are not one more report at the place the sentence
# before told: not an air strike there, nor its toll
FRONTS = (
    "ميدانيا، أعلنت خلية الإعلام الحربي موجزا لعمليات القوات الأمنية ضد تنظيم داعش في الأنبار وصلاح الدين. وذكرت "
    'الخلية في بيان لها، أن "قيادة عمليات الأنبار واصلت تطهير ناحية العامرية والمناطق المحيطة بها، وكانت النتائج '
    'قتل 17 إرهابيا، وتدمير 3 عجلات تحمل رشاشات". وأوضح البيان أن الطيران الحربي "تمكن خلال عمليات الاستطلاع من '
    "رصد عجلات تطلق القذائف على القطعات الأمنية في الشرقاط، وقد تم استهدافها وحرق عجلة تحمل مدفعا، وقتل 4 "
    'إرهابيين". وبشأن نشاط الطيران، أفادت الخلية بأن "طيران التحالف الدولي نفذ 11 طلعة جوية على قواطع العمليات '
    'كافة، أسفرت عن مقتل 19 إرهابيا، وجرح إرهابيين اثنين، وتدمير 5 عجلات، و4 مواقع، ومخبأ كبير في منطقة الكرمة".'
)


def test_sorties_over_all_fronts_are_not_the_place_told_before(pipeline: Pipeline) -> None:
    events = _conflict(pipeline, FRONTS)
    assert not [
        e
        for e in events
        if e.sub_event_type == "Air/drone strike" and e.place and e.place.name_ar == "الشرقاط"
    ]
