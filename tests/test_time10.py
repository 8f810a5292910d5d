"""Date spellings found missing in a review of the time finder: month names written without the article
(«تشرين أول»، «كانون ثاني»), Hijri months in their short spellings («ربيع أول»), and a day of the current month
told with «الجاري» / «الحالي» alone («في 5 الجاري»، «العاشر من الجاري»); the last two days and the
last hours written out («خلال اليومين الماضيين»، «خلال الثماني والأربعين ساعة»); a span ago told with a word of
approximation («قبل نحو أسبوع»، «قبل حوالى ثلاثة أيام»)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import TIME_DAY, TIME_WEEK
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, resolve

WED = dt.date(2015, 10, 14)  # a Wednesday

ROWS = [
    # Levantine month names without the article
    ("سيطرت الفصائل على التلة في 10 تشرين أول", "2015-10-10"),
    ("وقعت المجزرة في 3 تشرين ثاني 2014", "2014-11-03"),
    ("اعتقل الناشط في 20 كانون ثاني", "2015-01-20"),
    ("انفجرت العبوة في الخامس من كانون أول 2014", "2014-12-05"),
    # Hijri months in their short spellings
    ("وقع الهجوم في 12 ربيع أول 1436", "2015-01-03"),
    ("وقع الهجوم في 12 ربيع ثاني 1436", "2015-02-01"),
    # a day of the current month with الجاري / الحالي alone
    ("قصفت الطائرات البلدة في 5 الجاري", "2015-10-05"),
    ("دارت اشتباكات يوم 9 الحالي في محيط المطار", "2015-10-09"),
    ("وفي العاشر من الجاري انفجرت سيارة مفخخة", "2015-10-10"),
    ("قتل ثلاثة مدنيين منذ 2 الجاري", "2015-10-02"),
    # the last two days, and the hours written out: as «خلال الـ48 ساعة», the day before the report
    ("قتل عشرون مسلحا خلال اليومين الماضيين في غارات على البلدة", "2015-10-13"),
    ("شهدت الجبهة في اليومين الأخيرين معارك عنيفة", "2015-10-13"),
    ("قتل 12 مدنيا خلال الأربع والعشرين ساعة الماضية", "2015-10-13"),
    ("سقطت عشرات القذائف خلال الثماني والأربعين ساعة", "2015-10-13"),
    # a word of approximation before the span
    ("اغتيل القيادي قبل حوالى ثلاثة أيام في كمين", "2015-10-11"),
    ("وكان الجيش قد استعاد البلدة قبل نحو يومين", "2015-10-12"),
    # «غرة», the first day of a month
    ("أعلنت الهيئة الهدنة في غرة شهر رمضان", "2015-06-18"),
    ("بدأت الحملة في غرة أكتوبر", "2015-10-01"),
    ("قصفت المدفعية الحي في غرة الشهر الجاري", "2015-10-01"),
]


@pytest.mark.parametrize(("phrase", "expected"), ROWS)
def test_written_day(phrase: str, expected: str) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression in {phrase!r}"
    dv = resolve(min(exprs, key=lambda e: e.specificity), WED)
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, TIME_DAY)


NO_DAY_ROWS = [
    "قتل 25 الجاري في المعارك",  # a count, then a word
    "في الوقت الحالي لا توجد مفاوضات",
    "تستمر المعارك في العام الجاري",
    "قتل في الأسبوع الأول من الجاري",
    "سيزور المبعوث العاصمة خلال اليومين المقبلين",
    "تنتهي المهلة خلال الأربع والعشرين ساعة المقبلة",
]


WEEK_ROWS = [
    ("سيطر التنظيم على المعبر قبل نحو أسبوع", "2015-10-07"),
    ("انسحبت القوات من المدينة قبل أكثر من أسبوعين", "2015-09-30"),
]


@pytest.mark.parametrize(("phrase", "expected"), WEEK_ROWS)
def test_about_a_week_ago(phrase: str, expected: str) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression in {phrase!r}"
    dv = resolve(min(exprs, key=lambda e: e.specificity), WED)
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, TIME_WEEK)


@pytest.mark.parametrize("phrase", NO_DAY_ROWS)
def test_no_day_told(phrase: str) -> None:
    text = normalize(phrase).text
    for e in find_time_expressions(text):
        dv = resolve(e, WED)
        assert dv is None or dv.precision != TIME_DAY, (phrase, e.text)
