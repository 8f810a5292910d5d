"""Tolls by ACLED's conservative rules (tolls10): a death told as the cause of a later act is none of its toll;
a definite plural of the dead with no number is a vague plural; the dead of a claim retold are counted once."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

SUN = dt.date(2015, 8, 9)


def _tolls(pipeline: Pipeline, text: str) -> list[int]:
    events = [e for e in pipeline(Article(id="t", text=text, published=SUN)) if e.category == "conflict"]
    return [e.to_dict().get("fatalities") for e in events]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # a death told after بعد / اثر as the cause of a shelling or a strike: none of its toll
        ("ردت المدفعية التركية بقصف مواقع المسلحين في ريف حلب بعد مقتل جندي تركي برصاص قناص.", [0]),
        ("شنت طائرات التحالف غارات على مدينة الرقة إثر مقتل ضابطين في هجوم على حاجز.", [0]),
        ("شنت الطائرات غارات على مدينة الرقة انتقاما لمقتل طيار في هجوم.", [0]),
        # the dead of the fight a takeover ended: its toll
        ("سيطرت قوات المعارضة على قرية كفرعويد بعد مقتل 12 عنصرا من قوات النظام.", [12]),
        # a definite plural of the dead with no number: some dead (3), not one
        ("أسفر الهجوم على مسجد في مدينة سيهات عن قتل المصلين.", [3]),
        ("فتحت قوات الأمن النار على مسيرة في مدينة درعا ما أدى إلى مقتل المتظاهرين.", [3]),
        ("قتل القيادي في التنظيم بغارة على مدينة الرقة.", [1]),
        # the dead a claim is of, told again in the sentence that counted them: once
        (
            "قتل ثلاثة جنود في هجوم على ثكنة في مدينة العريش تبناه تنظيم ولاية سيناء الذي أعلن تبني قتل ثلاثة"
            " جنود.",
            [3],
        ),
        ("قتل جنديان في هجوم على حاجز في مدينة الرمادي، وأعلنت الجماعة مسؤوليتها عن مقتل الجنديين.", [2]),
    ],
)
def test_tolls10(pipeline: Pipeline, text: str, tolls: list[int]) -> None:
    assert _tolls(pipeline, text) == tolls
