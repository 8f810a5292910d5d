"""A strike dated by a part of a past year is background, not news of the day it was published."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.time.context import day_of_a_run

WED = dt.date(2015, 10, 14)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("شنت طائرات التحالف مطلع العام الجاري غارة جوية على مدينة الرقة.", []),
        ("شنت طائرات التحالف في أواخر السنة الماضية غارة جوية على مدينة الرقة.", []),
        # … a day of this month is news, dated to that day
        ("شنت طائرات التحالف في العاشر من الشهر الجاري غارة جوية على مدينة الرقة.", ["2015-10-10"]),
    ],
)
def test_dated_by_a_part_of_a_year(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [e.event_date for e in events if e.category == "conflict"] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # «في الشهر نفسه» (in the same month) of a month weeks before the report: background too
        (
            "شنت طائرات التحالف في أواخر أغسطس غارة جوية على مدينة الرقة. وفي الشهر نفسه قتل جنديان في هجوم"
            " على حاجز في مدينة الطبقة.",
            [],
        ),
        # a day of the same month: that day
        (
            "انفجرت سيارة مفخخة في مدينة الرقة في الخامس من أكتوبر، وفي الـ 8 من الشهر نفسه شنت طائرات التحالف"
            " غارة جوية على مدينة الطبقة.",
            ["2015-10-05", "2015-10-08"],
        ),
        # a month that ends its clause dates what the clause after the comma goes on with (the verb's object)
        ("وأقر التنظيم في منتصف أغسطس، بمقتل قائده في غارة جوية أميركية على مدينة الرقة.", []),
        # a week or a part of a month set off by a comma after the act dates the act before it
        ("وسيطرت الفصائل على بلدة مورك بعد معارك عنيفة مع الجيش، الأسبوع الماضي.", ["2015-10-06"]),
        ("وسيطرت الفصائل على بلدة مورك بعد معارك عنيفة مع الجيش، مطلع الشهر الجاري.", ["2015-10-05"]),
    ],
)
def test_dated_by_the_date_before(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [e.event_date for e in events if e.category == "conflict"] == dates


def test_a_day_after_the_report_dates_its_sentence_only(pipeline: Pipeline) -> None:
    # «غدا» (tomorrow) in a sentence of what is planned: the next sentence's act is of the report's day, not
    # of tomorrow (and so not left out as a day after the report)
    text = (
        "يبدأ وزير الخارجية اليمني غدا جولة أوروبية تشمل بريطانيا وفرنسا. وقتل ثلاثة مدنيين في قصف للحوثيين"
        " على مدينة تعز."
    )
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [e.event_date for e in events if e.category == "conflict"] == ["2015-10-14"]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a week of a month named, more than three weeks before the report: background
        ("وشن التنظيم في الأسبوع الأخير من أيلول هجوما على مدينة الحسكة.", dt.date(2015, 10, 23), []),
        # … the last week, and a week of a month named within the last weeks, are news
        ("وشن التنظيم في الأسبوع الماضي هجوما على مدينة الحسكة.", dt.date(2015, 10, 23), ["2015-10-13"]),
        (
            "وشن التنظيم في الأسبوع الأخير من أيلول هجوما على مدينة الحسكة.",
            dt.date(2015, 10, 3),
            ["2015-09-25"],
        ),
        # a month before the report's month, under 31 days before it: background
        ("وشن التنظيم في أيلول الماضي هجوما على مدينة الحسكة.", dt.date(2015, 10, 9), []),
        # … the report's own month is news
        ("وشن التنظيم في الشهر الجاري هجوما على مدينة الحسكة.", dt.date(2015, 10, 23), ["2015-10-15"]),
    ],
)
def test_dated_by_a_week_or_month_gone_by(
    pipeline: Pipeline, text: str, published: dt.date, dates: list[str]
) -> None:
    events = pipeline(Article(id="t", text=text, published=published))
    assert [e.event_date for e in events if e.category == "conflict"] == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a span between two months set off by a comma dates the clause before it, at its first month
        ("وشهدت بلدة مورك معارك عنيفة بين الفصائل والجيش، بين أيار وحزيران الماضيين.", ("2015-05-15", 3)),
        # … a clause with a verb of its own after the comma is no date alone
        (
            "وشهدت بلدة مورك معارك عنيفة بين الفصائل والجيش، وتوقفت بين أيار وحزيران الماضيين.",
            ("2015-10-14", 1),
        ),
    ],
)
def test_a_span_after_the_comma_dates_the_clause_before(
    pipeline: Pipeline, text: str, date: tuple[str, int]
) -> None:
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    first = doc.clauses[0].date
    assert first is not None
    assert (first.iso(), first.precision) == date


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a month named as the time of a sentence's act dates the undated sentences after it in its paragraph:
        # weeks before the report, background
        (
            "وخلال الهدنة الأولى في أبريل 2015، منع الحوثيون وصول المساعدات إلى تعز. وقصف المسلحون أحياء"
            " المدينة بقذائف الهاون ما أدى إلى مقتل ثلاثة مدنيين.",
            [],
        ),
        (
            "وفي يونيو الماضي حاصر المسلحون مدينة تعز. وقصف المسلحون أحياء المدينة بقذائف الهاون ما أدى إلى"
            " مقتل ثلاثة مدنيين.",
            [],
        ),
        # … not across a paragraph
        (
            "وخلال الهدنة الأولى في أبريل 2015، منع الحوثيون وصول المساعدات إلى تعز.\nوقصف المسلحون أحياء"
            " المدينة بقذائف الهاون ما أدى إلى مقتل ثلاثة مدنيين.",
            ["2015-10-14"],
        ),
        # … nor what came after it, told with «قبل أن»
        (
            "احتل المسلحون قاعدة العند وأخلى الجنود الأميركيون منها في مارس 2015، قبل أن تستعيدها القوات"
            " الحكومية بعد معارك عنيفة مع المسلحين.",
            ["2015-10-14"],
        ),
        # … nor a month of what a relative clause tells, nor a month without «في»
        (
            "بعد انهيار الهدنة الشهر الماضي قصف المسلحون أحياء مدينة تعز بقذائف الهاون. وقتل ثلاثة مدنيين في"
            " غارة على مدينة عدن.",
            ["2015-10-14"],
        ),
    ],
)
def test_a_month_named_dates_the_sentences_after_it(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [e.event_date for e in events if e.category == "conflict"] == dates


JULY_23 = dt.date(2015, 7, 23)
JULY_25 = dt.date(2015, 7, 25)


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # an act dated to a part of a month takes the day told for it in a sentence after it
        (
            "أعلنت وزارة الدفاع أمس أن غارة جوية للتحالف أدت في مطلع يوليو الجاري إلى مقتل قيادي في التنظيم قرب"
            " بلدة الدانا. وقال متحدث باسم الوزارة إن القيادي أبو سعيد، قتل في الـ9 من يوليو، أثناء تنقله"
            " بسيارته.",
            JULY_23,
            ["2015-07-09"],
        ),
        # … or to a month
        (
            "أكد الجيش أن غارة جوية في يوليو الجاري أدت إلى مقتل قيادي في التنظيم قرب بلدة الدانا. وأوضح بيان"
            " الجيش أن القيادي، قتل في السادس عشر من يوليو، مع اثنين من مرافقيه.",
            JULY_23,
            ["2015-07-16"],
        ),
        # … not a day outside the part told (another day of the month)
        (
            "أعلنت وزارة الدفاع أمس أن غارة جوية للتحالف أدت في مطلع يوليو الجاري إلى مقتل قيادي في التنظيم قرب"
            " بلدة الدانا. وقال متحدث باسم الوزارة إن القيادي أبو سعيد، قتل في الـ20 من يوليو، أثناء تنقله"
            " بسيارته.",
            JULY_23,
            ["2015-07-05"],
        ),
        # … nor a relative day told after some days ago: another day's news
        (
            "قصفت الطائرات قبل أيام بلدة الدانا. وقال مصدر إن ثلاثة مدنيين، قتلوا أمس، في البلدة.",
            dt.date(2015, 7, 8),
            ["2015-07-05"],
        ),
        # the Nth day of a run, its first told in a flashback after it: N-1 days after that first day
        (
            "على صعيد آخر، شنت الشرطة لليوم الثاني على التوالي حملة اعتقالات شملت عناصر من التنظيم في مدينة"
            " قونية.\nوكانت الشرطة شنت، بمشاركة مئات العناصر أمس، عملية واسعة ضد عناصر التنظيم.",
            JULY_25,
            ["2015-07-25"],
        ),
        (
            "شنت الشرطة حملة اعتقالات في مدينة قونية أمس.\nوشنت الشرطة لليوم الثالث على التوالي حملة اعتقالات"
            " في مدينة أضنة. وكانت الشرطة قد شنت حملة مماثلة يوم الخميس.",
            JULY_25,
            ["2015-07-24", "2015-07-25"],
        ),
        # … and before it
        (
            "شنت الشرطة حملة اعتقالات في مدينة قونية أمس.\nوكانت الشرطة قد شنت حملة مماثلة يوم الخميس."
            " وشنت الشرطة لليوم الثالث على التوالي حملة اعتقالات في مدينة أضنة.",
            JULY_25,
            ["2015-07-24", "2015-07-25"],
        ),
        # … not a flashback of a day too long ago to be the run's first
        (
            "شنت الشرطة حملة اعتقالات في مدينة قونية أمس.\nوشنت الشرطة لليوم الثالث على التوالي حملة اعتقالات"
            " في مدينة أضنة. وكانت الشرطة قد شنت حملة مماثلة يوم الأحد الماضي.",
            JULY_25,
            ["2015-07-24", "2015-07-24"],
        ),
        # no first day told: the day the text is at
        (
            "شنت الشرطة حملة اعتقالات في مدينة قونية أمس.\nوشنت الشرطة لليوم الثالث على التوالي حملة اعتقالات"
            " في مدينة أضنة.",
            JULY_25,
            ["2015-07-24", "2015-07-24"],
        ),
    ],
)
def test_the_day_told_for_the_act(
    pipeline: Pipeline, text: str, published: dt.date, dates: list[str]
) -> None:
    events = pipeline(Article(id="t", text=text, published=published))
    assert [e.event_date for e in events if e.category == "conflict"] == dates


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("وقصفت الطائرات لليوم الثاني على التوالي مواقع التنظيم", 2),
        ("ولليوم الخامس على التوالي، تواصلت المعارك", 5),
        ("استمر القصف لليلة الثالثة على التوالي", 3),
        ("لليوم الحادي عشر على التوالي", 11),
        ("لليلة الحادية عشرة", 11),
        # no run: the first day, or a day of another kind
        ("ولليوم الأول من الهدنة", None),
        ("بمناسبة اليوم العالمي لحقوق الإنسان", None),
        ("لليوم العالمي للصحافة", None),
    ],
)
def test_day_of_a_run(phrase: str, day: int | None) -> None:
    text = normalize(phrase).text
    assert day_of_a_run(text, 0, len(text)) == day
