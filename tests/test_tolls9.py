"""An unsplit toll told after an act at several places goes to the first place named (tolls9)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _tolls(pipeline: Pipeline, text: str) -> list[tuple[str, int]]:
    events = [e for e in pipeline(Article(id="t", text=text, published=SUN)) if e.category == "conflict"]
    return [
        ((e.to_dict().get("location") or {}).get("name_ar"), e.to_dict().get("fatalities")) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # the dead of both sides, told after a fight at two places with no split: all at the first named
        (
            "خاض مقاتلو المقاومة اشتباكات عنيفة مع الحوثيين في مدينة تعز ومدينة إب أمس، أسفرت عن مقتل 9 من"
            " الحوثيين، فيما قتل أربعة من مقاتلي المقاومة.",
            [("تعز", 13), ("إب", 0)],
        ),
        (
            "نصب مقاتلو الجيش الحر كمينين لقوات النظام في بلدة سرمين وبلدة بنش أمس أسفرا عن مقتل 7 جنود، فيما"
            " قتل اثنان من مقاتلي الجيش الحر.",
            [("سرمين", 9), ("بنش", 0)],
        ),
        # two acts, each with its place and its own dead, keep them
        (
            "قتل خمسة مدنيين في قصف على مدينة تعز، فيما دارت اشتباكات بين المقاومة والحوثيين في مدينة إب قتل"
            " فيها ثلاثة من الحوثيين.",
            [("تعز", 5), ("إب", 3)],
        ),
    ],
)
def test_an_unsplit_toll_goes_to_the_first_place(pipeline: Pipeline, text: str, tolls: list) -> None:
    assert _tolls(pipeline, text) == tolls
