"""The toll of an act named again in a later sentence ("حصيلة الهجوم ارتفعت إلى 27 قتيلا", told where the speaker
was) is that act's toll; a report of no place told further on, folded into the toll's mention, gives the act no
doer: its side shot at others elsewhere (fold_tolls_into_the_act_told)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    "text",
    [
        (
            "قال وزير الداخلية التركي أمس إن الشرطة حددت هوية منفذ الهجوم الانتحاري الذي استهدف الاثنين مدينة"
            " جيلان بينار على الحدود مع سوريا. وأوضح الوزير متحدثا في إقليم أضنة أن حصيلة الهجوم ارتفعت من 25"
            " إلى 27 قتيلا. ورجح أن يكون الهجوم على صلة بتنظيم داعش. وأعلن الجيش التركي تعرض جنوده لهجومين في"
            " شرق البلاد ليل الاثنين. وفي وقت لاحق، قطع مقاتلو حزب العمال الكردستاني طريقا سريعا وأطلقوا النار"
            " على قوات الأمن."
        ),
        (
            "ذكر محافظ الحسكة أمس أن الشرطة اعتقلت شخصا مرتبطا بالهجوم الانتحاري الذي استهدف الأحد مدينة"
            " القامشلي. وأضاف المحافظ متحدثا في مدينة الحسكة أن حصيلة الهجوم ارتفعت من 12 إلى 15 قتيلا. وأعلن"
            " الجيش تعرض جنوده لهجومين في ريف المحافظة ليل الأحد. وفي وقت لاحق، قطع مسلحو تنظيم داعش طريقا"
            " سريعا وأطلقوا النار على قوات الأمن."
        ),
    ],
)
def test_a_later_report_folded_into_the_toll_gives_no_doer(pipeline: Pipeline, text: str) -> None:
    bombings = [e for e in _conflict(pipeline, text) if e.sub_event_type == "Suicide bomb"]
    assert len(bombings) == 1
    assert bombings[0].actor1 is None or not bombings[0].actor1.code
