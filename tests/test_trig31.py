"""Which sentences are conflict acts, and of which type: ground told taken with the lam of result after a comma
(…، لتسيطر المعارضة على القرية) is a capture, while the lam of an aim is none; a fight told as going with a
strike (اشتباكات ترافقت مع قصف جوي) is an event beside the strike."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _types(pipeline: Pipeline, text: str) -> list[str | None]:
    return [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مقاتلو الفصائل أمس مواقع الجيش في ريف حماة، لتسيطر فصائل المعارضة على قرية المزرعة بعد ساعات.",
        "وتقدم مقاتلو المعارضة أمس نحو مواقع القوات الحكومية، ليسيطر مقاتلو المعارضة على بلدة الحويز.",
    ],
)
def test_ground_taken_as_the_result_is_a_capture(pipeline: Pipeline, text: str) -> None:
    assert "Non-state actor overtakes territory" in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مقاتلو الفصائل أمس مواقع الجيش قرب قرية المزرعة، ليسيطروا عليها.",
        "هاجم مقاتلو الفصائل أمس مواقع الجيش ليسيطروا على قرية المزرعة.",
    ],
)
def test_ground_as_the_aim_is_no_capture(pipeline: Pipeline, text: str) -> None:
    assert "Non-state actor overtakes territory" not in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "ودارت أمس اشتباكات عنيفة بين الجيش وفصائل المعارضة في بلدة مورك ترافقت مع قصف جوي مكثف.",
        "وشهدت بلدة اللطامنة أمس اشتباكات عنيفة بين الطرفين تزامنت مع غارات جوية على مواقع الفصائل.",
    ],
)
def test_a_fight_with_a_strike_is_both(pipeline: Pipeline, text: str) -> None:
    assert sorted(_types(pipeline, text)) == ["Air/drone strike", "Armed clash"]


def test_a_strike_on_the_fight_alone_is_the_strike(pipeline: Pipeline) -> None:
    text = "وشن الطيران الحربي أمس غارات على مواقع الاشتباكات في بلدة مورك."
    assert _types(pipeline, text) == ["Air/drone strike"]


def test_an_operation_named_by_the_ground_to_free_takes_none(pipeline: Pipeline) -> None:
    text = (
        "سيطرت القوات العراقية أمس على قرية البوعلي شمال المدينة بعد معارك مع عناصر التنظيم."
        " وأشار المصدر إلى أن عملية تحرير مدينة الفلوجة ما زالت قائمة."
    )
    events = _conflict(pipeline, text)
    assert [e.place.name_ar for e in events if e.place] == ["البوعلي"]


def test_a_place_freed_stays_ground_regained(pipeline: Pipeline) -> None:
    text = "وأعلنت القوات العراقية أمس تحرير مدينة بيجي بالكامل من عناصر التنظيم."
    assert _types(pipeline, text) == ["Government regains territory"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال القائد إن القوات العراقية وبدعم طيران التحالف خاضت أمس معارك عنيفة في منطقة الزراعة شرق الرمادي.",
        "وخاضت القوات العراقية أمس بدعم من طيران التحالف معارك عنيفة ضد عناصر التنظيم في منطقة الزراعة.",
    ],
)
def test_a_fight_backed_from_the_air_stays_a_fight(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == ["Armed clash"]


def test_aircraft_attacking_strike(pipeline: Pipeline) -> None:
    text = "وشن طيران التحالف أمس هجوما على مواقع التنظيم في منطقة الزراعة."
    assert _types(pipeline, text) == ["Air/drone strike"]
