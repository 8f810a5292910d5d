"""Publication date from the text itself and from HTML metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.time import infer_published, parse_date_value, published_from_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن الجيش اليوم الخميس 6 أكتوبر 2016 سيطرته على الحي", "2016-10-06"),
        ("وقالت الوزارة اليوم (الخميس 6 أكتوبر 2016) إن", "2016-10-06"),
        ("تظاهر الآلاف أمس الأربعاء 5 أكتوبر 2016 في العاصمة", "2016-10-06"),
        ("وصل الوفد اليوم الثلاثاء 21 تموز 2015 إلى عمان", "2015-07-21"),
        ("اليوم 11 أغسطس 2015 عقد الاجتماع", "2015-08-11"),
        # the weekday contradicts the date: not evidence
        ("أعلن الجيش اليوم الجمعة 6 أكتوبر 2016", None),
        # a date without اليوم is not stated for today
        ("وقعت المجزرة الخميس 6 أكتوبر 2016", None),
        ("قتل ثلاثة مدنيين أمس في غارة", None),
        # two statements that disagree
        ("اليوم الخميس 6 أكتوبر 2016 … وفي تقرير آخر اليوم الجمعة 7 أكتوبر 2016", None),
    ],
)
def test_infer_published(text: str, expected: str | None) -> None:
    got = infer_published(text)
    if expected is None:
        assert got is None
    else:
        assert got == (dt.date.fromisoformat(expected), "inferred")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<meta property="article:published_time" content="2016-10-06T09:30:00+03:00">', "2016-10-06"),
        ('<meta name="date" content="2015-08-11">', "2015-08-11"),
        ('<meta name="pubdate" content="2015/07/21">', "2015-07-21"),
        ('<meta itemprop="datePublished" content="2015-08-01T22:10:00Z">', "2015-08-01"),
        ('<time datetime="2015-07-24T06:00:00">الجمعة</time>', "2015-07-24"),
        ('<meta name="DC.date.issued" content="Thu, 06 Oct 2016 09:30:00 GMT">', "2016-10-06"),
        (
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-08-09"}</script>',
            "2015-08-09",
        ),
        (
            '<script type="application/ld+json">[{"@graph":[{"datePublished":"2015-08-08T10:00"}]}]</script>',
            "2015-08-08",
        ),
        ('<meta name="date" content="soon"><time datetime="2015-07-26">', "2015-07-26"),
        (
            '<script type="application/ld+json">{broken</script><meta name="date" content="2015-07-27">',
            "2015-07-27",
        ),
        ("<html><body><p>لا تاريخ هنا</p></body></html>", None),
    ],
)
def test_published_from_html(html: str, expected: str | None) -> None:
    got = published_from_html(html)
    assert (got.isoformat() if got else None) == expected


def test_html_preference_order() -> None:
    html = (
        '<time datetime="2015-01-01">x</time>'
        '<meta name="date" content="2015-02-02">'
        '<meta property="article:published_time" content="2015-03-03T00:00:00">'
        '<time pubdate datetime="2015-04-04">y</time>'
    )
    assert published_from_html(html) == dt.date(2015, 3, 3)
    assert published_from_html(html.replace("article:published_time", "og:title")) == dt.date(2015, 2, 2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-10-06", "2016-10-06"),
        ("2016-13-40", None),
        ("", None),
        ("Fri, 07 Oct 2016 01:00:00 +0300", "2016-10-07"),
    ],
)
def test_parse_date_value(value: str, expected: str | None) -> None:
    got = parse_date_value(value)
    assert (got.isoformat() if got else None) == expected
