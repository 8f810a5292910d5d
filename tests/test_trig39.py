"""Which acts a report tells: acts told as background in a subordinate phrase dated vaguely in the past (days or a
week ago, earlier this week), acts of recent weeks summed up."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_trig33 import _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act in a relative clause dated some days or a week ago: how the place came to be, background — and
        # it sets neither the type nor the side of the fighting the sentence after it tells
        (
            "وتلاحق قوات المقاومة فلول المسلحين في حي كريتر لطرد آخرهم من المدينة التي أعلنت الحكومة السيطرة"
            " عليها قبل أيام. وأسفرت المعارك التي دارت أمس في حي كريتر عن مقتل 12 من المسلحين.",
            [("Armed clash", None, "كريتر")],
        ),
        (
            "وقصفت الطائرات أمس مواقع المسلحين في بلدة الحديثة التي استعادها الجيش الأسبوع الماضي.",
            [("Air/drone strike", None, "الحديثة")],
        ),
        # an act after بعد أن dated last week: what the news came after
        (
            "وكان من المقرر تنظيم مسيرة في مدينة أزمير، بعد أن قتل انتحاري، يشتبه بانتمائه لتنظيم داعش، 20 شخصا في"
            " بلدة على الحدود الأسبوع الماضي.",
            [],
        ),
        # earlier this week: background
        ("وهدمت السلطات منزلين في قرية بيت أمر في وقت سابق هذا الأسبوع.", []),
        ("وقصف الجيش مواقع المسلحين في مدينة درنة في وقت سابق من الأسبوع الجاري.", []),
        # (earlier today is the day's news)
        (
            "وقصف الجيش في وقت سابق من اليوم مواقع المسلحين في مدينة درنة.",
            [("Shelling/artillery/missile attack", "LBYMIL", "درنة")],
        ),
    ],
)
def test_acts_told_as_background_of_days_or_weeks_ago(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
