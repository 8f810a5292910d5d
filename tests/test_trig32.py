"""Which sentences are conflict acts, and of which type: a blast no bomb is named for takes the cause the next
sentences tell of it (the rockets that hit the building, the bomber who blew himself up there); a car bomb whose
driver is told after as a suicide bomber is a suicide bombing."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _types(pipeline: Pipeline, text: str) -> list[str | None]:
    return [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "هز انفجار قوي مبنى البلدية في مدينة حمص صباح السبت، ما أسفر عن أضرار مادية."
            " وقالت مصادر محلية إن الانفجار ناتج عن سقوط صاروخ غراد أطلق من ريف المدينة.",
            ["Shelling/artillery/missile attack"],
        ),
        (
            "دوى انفجار عنيف في حي الشيخ عثمان بمدينة عدن مساء الأحد."
            " وقال سكان إن الانفجار نجم عن سقوط صواريخ كاتيوشا على الحي.",
            ["Shelling/artillery/missile attack"],
        ),
        (
            "قالت وزارة الداخلية أمس إن الانفجار الذي هز بلدة الميادين عمل إرهابي."
            " وأعلنت الوزارة مقتل 14 شخصا في الانفجار."
            " وأفاد مراسل بأن المعلومات الأولية تشير إلى أن انتحاريين اثنين دخلا المركز الثقافي وفجرا نفسيهما.",
            ["Suicide bomb"],
        ),
        (
            "قتل سبعة أشخاص في انفجار سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي يوم الاثنين."
            " وقال مصدر أمني إن انتحاريا كان يقود السيارة وفجرها عند الحاجز.",
            ["Suicide bomb"],
        ),
        # the blast stays a bomb's when nothing told after names its cause
        (
            "هز انفجار قوي مبنى البلدية في مدينة حمص صباح السبت. وتوجهت سيارات الإسعاف إلى موقع الانفجار.",
            ["Remote explosive/landmine/IED"],
        ),
        # a bomber told of another town is another act's
        (
            "هز انفجار قوي سوق مدينة بعقوبة أمس. وفي مدينة الرمادي فجر انتحاري نفسه أمس عند حاجز للجيش.",
            ["Remote explosive/landmine/IED", "Suicide bomb"],
        ),
    ],
)
def test_a_blast_takes_the_cause_told_after(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _types(pipeline, text) == expected
