"""Where events are placed (helper places7): a capital after a verb of saying in the present speaks for its
government; a place the index lacks told as lying on a border is not put where the text was before."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from tests.geo.resolving import conflict_events

# (text, the place names an event may not get): a capital right after a verb of saying in the present ("وبينما تقول
# بغداد إن"، "فيما تؤكد دمشق أن") is its government speaking, not where the act was
SPEAKING_NOW_ROWS = [
    ("قتل أربعة طلاب في انفجارين داخل الحرم الجامعي، وبينما تقول بغداد إن التنظيم يقف وراء الهجوم، نفى التنظيم ذلك.",
     {"بغداد"}),
    ("وتعرضت القوات لاحقا لتفجيرات داخل مباني المعسكر، وبينما تقول بغداد: إن المعسكر تحت سيطرة قواتها تتحدث مصادر "
     "التنظيم عن انسحابها.", {"بغداد"}),
]  # fmt: skip


@pytest.mark.parametrize("row", SPEAKING_NOW_ROWS)
def test_a_capital_speaking_in_the_present_is_no_place(default_gaz: Gazetteer, row: tuple) -> None:
    text, not_there = row
    events = conflict_events(default_gaz, text)
    assert events
    assert all(e.place is None or e.place.name_ar not in not_there for e in events)


# (text, the place name of its last event, its admin1 or None when unplaced): a place the index lacks told as lying
# on a border ("منطقة X على الحدود اليمنية السعودية"، "قرب الحدود العمانية") is not put in the governorate or by the
# town the text was about before (the border may lie hundreds of km off); a governorate named after it still puts it
BORDER_ROWS = [
    ("قصفت طائرات التحالف مواقع في محافظة شبوة. واستهدفت الطائرات أمس مدرعة للمسلحين في منطقة الزويرة على الحدود "
     "اليمنية السعودية.", "الزويرة", None),
    ("سيطرت قوات الحكومة على مدينة جعار في محافظة أبين. وفي تطور آخر قتل ستة مسلحين في غارة على منطقة الخضيرة قرب "
     "الحدود العمانية.", "الخضيرة", None),
    ("قصف الطيران بلدة الشيخ مسكين في ريف درعا. كما دارت اشتباكات عنيفة في قرية الصفيرة على الحدود مع الأردن في ريف "
     "درعا الجنوبي.", "الصفيرة", "Dar'a"),
]  # fmt: skip


@pytest.mark.parametrize("row", BORDER_ROWS)
def test_a_place_on_a_border_is_not_where_the_text_was_before(default_gaz: Gazetteer, row: tuple) -> None:
    text, name, admin1 = row
    events = conflict_events(default_gaz, text)
    last = max(events, key=lambda e: e.evidence[0].start if e.evidence else 0)
    assert last.place is not None and last.place.name_ar == name
    if admin1 is None:
        assert last.place.latitude is None
    else:
        assert (last.place.admin1, last.place.precision) == (admin1, 3)
