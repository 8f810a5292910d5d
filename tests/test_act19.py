"""A general duty told in the present is no event; the dead told with قضوا or قضى … نحبه are counted."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    "text",
    [
        # what a side does, to every move: a duty, no act of a day
        "وتقوم الوحدات المنتشرة في أطراف محافظة البيضاء بملاحقة ومواجهة كل التحركات المشبوهة.",
        "ويقوم الجنود على الحدود مع محافظة صعدة بالتصدي لأي محاولة تسلل.",
        # an advance towards whole provinces: no place fought over
        "ويواصل مقاتلو القبائل تقدمهم باتجاه محافظتي شبوة وأبين.",
        # what a side does, told by a present verb that takes the act back (تقوم بها)
        "وتحدث السكان عن مداهمات تقوم بها الميليشيات في أحياء مدينة إب.",
    ],
)
def test_no_conflict_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وتقوم قوات الجيش بقصف مواقع المسلحين في بلدة كفرنبل منذ صباح اليوم.",
        "وتقدمت قوات الجيش باتجاه بلدة كفرنبل أمس.",
    ],
)
def test_still_an_event(pipeline: Pipeline, text: str) -> None:
    assert len(_conflict(pipeline, text)) == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("وأفاد ناشطون بأن ستة مدنيين قضوا جراء قصف مدفعي على بلدة سراقب أمس.", 6),
        ("وقضى أربعة أطفال نحبهم في قصف صاروخي على مدينة دوما أمس.", 4),
        ("وقال الأهالي إن شقيقين فارقا الحياة في قصف مدفعي على بلدة تفتناز أمس.", 2),
    ],
)
def test_died_counted(pipeline: Pipeline, text: str, dead: int) -> None:
    events = _conflict(pipeline, text)
    assert [e.fatalities for e in events] == [dead]


def test_second_report_of_a_clause(pipeline: Pipeline) -> None:
    # a second report (وان …) in the same clause tells an act of its own, at its own place
    text = "وذكر الناشط ان الطائرات قصفت أحياء في مدينة دوما امس وان مقاتلي المعارضة ردوا بإطلاق القذائف على بلدة نبل."
    places = sorted((e.place.name_ar if e.place else "") for e in _conflict(pipeline, text))
    assert places == ["دوما", "نبل"]
