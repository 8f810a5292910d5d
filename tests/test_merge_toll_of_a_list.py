"""A fight told at a list of places by one trigger ("اشتباكات في أحياء X وY وZ") and its toll told after it with no
place of its own ("وأدت المواجهات الى مقتل …"): the dead are the list's, put on the first place named (ACLED), not
on the last one the toll's sentence inherited."""

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
