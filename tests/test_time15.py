"""Dates against the publication date: after midnight of a weekday's night, the lead's date frame against the
votes of the items on another subject told after it, and asides ("يذكر أن …") that vote for no frame (rows of
our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import TIME_DAY, Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, resolve

THU = dt.date(2016, 10, 6)
SAT = dt.date(2016, 10, 8)

# after midnight of a weekday's night: already the next day (not later than publication)
ROWS = [
    ("وشنت الفصائل بعد منتصف ليل الأربعاء هجوما على الحاجز", THU, "2016-10-06"),
    ("وقتل رجلان بعد منتصف ليلة الإثنين في الحي", THU, "2016-10-04"),
    ("وقتل رجلان بعد منتصف ليل الخميس في الحي", THU, "2016-10-06"),
    ("وقتل رجلان منتصف ليل الإثنين في الحي", THU, "2016-10-03"),
]


@pytest.mark.parametrize(("phrase", "published", "expected"), ROWS)
def test_after_midnight(phrase: str, published: dt.date, expected: str) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression found in {phrase!r}"
    dv = resolve(min(exprs, key=lambda e: e.specificity), published)
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, TIME_DAY)


def _dates(pipeline: Pipeline, text: str, published: dt.date) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in pipeline(Article(id="t", text=text, published=published)):
        d = e.to_dict()
        name = (d.get("location") or {}).get("name_ar")
        if name:
            out.setdefault(name, set()).add(d["event_date"])
    return out


# an undated lead, dated further on by its own Thursday; two side stories of the Friday told after it
LEAD_AND_SIDES = (
    "قصفت المدفعية مواقع المسلحين في بلدة تلبيسة بريف حمص.\n"
    "وسيطرت القوات، الخميس، على قرية الغنطو المجاورة بعد اشتباكات مع المسلحين.\n"
    "على صعيد آخر، اعتقلت الشرطة اللبنانية خمسة أشخاص في مدينة طرابلس.\n"
    "وقال بيان للشرطة، الجمعة، إن الموقوفين أحيلوا إلى القضاء.\n"
    "من جهة أخرى، اعتقلت دورية للجيش رجلا في مدينة صيدا بعد منتصف ليل الخميس.\n"
    "وفي سياق منفصل، أصيب جنديان، الجمعة، في انفجار عبوة ناسفة في مدينة صور.\n"
)

# a lead of two days, the Friday's told last; an aside of the Thursday does not outvote it
ASIDE = (
    "أفاد مصدر محلي أمس بمقتل ثلاثة مسلحين في اشتباكات بمدينة الضالع.\n"
    "وقال المصدر إن المواجهات اندلعت مساء الخميس واستمرت حتى صباح الجمعة.\n"
    "وفي غرب البلاد قتل مسلحان، اليوم الجمعة، في كمين نصبه مقاتلون قرب مدينة الحديدة.\n"
    "وقالت مصادر محلية إن المقاتلين شنوا هجوما بالصواريخ على نقطة تفتيش في حي الربصة.\n"
    "يذكر أن المقاتلين تبنوا هجوما آخر على دورية مساء الخميس في مدينة زبيد.\n"
)


def test_side_items_do_not_frame_the_lead(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, LEAD_AND_SIDES, SAT)
    assert dates.get("تلبيسة") == {"2016-10-06"}


def test_an_aside_votes_for_no_frame(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, ASIDE, SAT)
    assert dates.get("الربصة") == {"2016-10-07"}
