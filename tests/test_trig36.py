"""Which acts a report tells and of what kind: an act a side is charged with or that is condemned after it was
told is that act again, no new one."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _rows(pipeline: Pipeline, text: str) -> list[tuple]:
    return [
        (e.sub_event_type, e.actor1.code if e.actor1 else None, e.place.name_ar if e.place else None)
        for e in _conflict(pipeline, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a side is charged with carrying out (بتنفيذ، بارتكاب) or held responsible for: the act known
        ("واتهمت الحكومة العراقية تنظيم داعش بتنفيذ الهجوم.", []),
        ("واتهم الجيش اليمني الحوثيين بارتكاب المجزرة.", []),
        ("وحملت وزارة الداخلية التنظيم مسؤولية التفجير.", []),
        # … told before: that act, its doer the side charged, no second act
        (
            "قتل مسلحون ستة ركاب أمس في هجوم على حافلة في مدينة غاريسا شرقي كينيا. واتهمت السلطات الكينية حركة"
            " الشباب الصومالية بتنفيذ الهجوم.",
            [("Attack", "SOMREB", "غاريسا")],
        ),
        # the act condemned after it was told, a relative clause naming it again at its place: the same act
        (
            "قتل مسلحون ستة ركاب أمس في هجوم على حافلة في مدينة غاريسا شرقي كينيا. ونددت الحكومة الكينية"
            " بالهجوم الذي استهدف الحافلة في غاريسا.",
            [("Attack", None, "غاريسا")],
        ),
        # (a relative clause that tells an act at another place tells one more)
        (
            "قتل مسلحون ستة ركاب أمس في هجوم على حافلة في مدينة غاريسا شرقي كينيا. ونددت الحكومة الكينية"
            " بالهجوم الذي استهدف مسجدا في مدينة مومباسا.",
            [("Attack", None, "غاريسا"), ("Armed clash", None, "مومباسا")],
        ),
        # (what a side is charged with that tells the act, by its verbal noun, stays its report)
        (
            "واتهمت المعارضة قوات النظام بقصف بلدة كفرنبل بالبراميل المتفجرة أمس.",
            [("Air/drone strike", "SYRMIL", "كفرنبل")],
        ),
    ],
)
def test_acts_charged_or_condemned(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
