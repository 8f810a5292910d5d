"""Date spellings found missing in reviews of the time finder: month names written without the article
(«تشرين أول»، «كانون ثاني») or cut short in a pair («أكتوبر/ تشرين الماضي»), Hijri months in their short
spellings («ربيع أول»), a day of the current month told with «الجاري» / «الحالي» alone («في 5 الجاري»), numeric
dates with spaces at the separators («3 - 9 - 2015»); the last two days, hours or weeks written out («خلال
اليومين الماضيين»، «خلال الثماني والأربعين ساعة»، «خلال الأسبوعين الماضيين»), a week of the month («الأسبوع الأول
من الشهر الجاري»), a span ago told with a word of approximation («قبل نحو أسبوع»); the days of the feasts and of
Ramadan told by their rank or their eve («أول أيام رمضان»، «عشية عيد الأضحى»، «ليلة القدر»). Rows that already
resolved are kept with them, so that the family stays covered."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import TIME_DAY, TIME_MONTH, TIME_WEEK
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, resolve
from rasad.time.context import telling_date_only

WED = dt.date(2015, 10, 14)  # a Wednesday

ROWS = [
    # a month pair, the second name cut short: الماضي after it still belongs to the month
    ("قصفت الطائرات مواقع التنظيم في أكتوبر/ تشرين الماضي", "2014-10-15", TIME_MONTH),
    ("بدأت الحملة العسكرية في أكتوبر (تشرين) الماضي", "2014-10-15", TIME_MONTH),
    # numeric dates with spaces around the separators
    ("انفجرت عبوة ناسفة في السوق بتاريخ 3 - 9 - 2015", "2015-09-03", TIME_DAY),
    ("اعتقلت الشرطة الناشط يوم 12 / 8 / 2015 في منزله", "2015-08-12", TIME_DAY),
    ("اغتيل القاضي في 2015 - 07 - 21 أمام المحكمة", "2015-07-21", TIME_DAY),
    # the last two weeks: the week between, as «قبل أسبوع»
    ("قتل أكثر من أربعين مسلحا خلال الأسبوعين الماضيين", "2015-10-07", TIME_WEEK),
    ("شهدت المدينة في الأسبوعين الأخيرين غارات متواصلة", "2015-10-07", TIME_WEEK),
    # the days of Ramadan and of the feasts (1436 AH)
    ("شنت الطائرات غارات على القرية في أول أيام رمضان", "2015-06-18", TIME_DAY),
    ("قصفت المدفعية السوق في ثاني أيام شهر رمضان", "2015-06-19", TIME_DAY),
    ("سقطت قذائف على الحي في ثاني أيام العيد", "2015-09-24", TIME_DAY),  # the latest feast: al-Adha
    ("انفجرت سيارة مفخخة عشية عيد الأضحى", "2015-09-22", TIME_DAY),
    ("هاجم مسلحون نقطة تفتيش ليلة عيد الفطر", "2015-07-16", TIME_DAY),
    ("وقع الانفجار قرب المسجد ليلة القدر", "2015-07-13", TIME_DAY),  # the night of the 27th, its evening
    ("أطلق القناص النار على المصلين صباح عيد الفطر", "2015-07-17", TIME_DAY),
    # a week of the month as its part, the month told by الجاري / الماضي / هذا
    ("قصفت الطائرات الحي في الأسبوع الأول من الشهر الجاري", "2015-10-05", TIME_WEEK),
    ("نزح آلاف المدنيين خلال الأسبوع الأخير من الشهر الماضي", "2015-09-25", TIME_WEEK),
    # already resolved: parts of the day, المنصرم, a part of a week
    ("اقتحمت القوات البلدة صبيحة الأحد", "2015-10-11", TIME_DAY),
    ("دارت اشتباكات عصر أمس في الحي", "2015-10-13", TIME_DAY),
    ("قصفت الطائرات المستشفى ليل أمس الأول", "2015-10-12", TIME_DAY),
    ("انفجرت عبوة في الساعات الأولى من صباح اليوم", "2015-10-14", TIME_DAY),
    ("قتل عشرة مدنيين في الأسبوع المنصرم", "2015-10-06", TIME_WEEK),
    ("تصاعدت الغارات في الشهر المنصرم", "2015-09-15", TIME_MONTH),
    ("سيطر المسلحون على التلة مطلع الأسبوع الجاري", "2015-10-11", TIME_WEEK),
    ("انسحبت القوات من المعسكر نهاية الأسبوع الماضي", "2015-10-08", TIME_WEEK),
    # Levantine month names without the article
    ("سيطرت الفصائل على التلة في 10 تشرين أول", "2015-10-10", TIME_DAY),
    ("وقعت المجزرة في 3 تشرين ثاني 2014", "2014-11-03", TIME_DAY),
    ("اعتقل الناشط في 20 كانون ثاني", "2015-01-20", TIME_DAY),
    ("انفجرت العبوة في الخامس من كانون أول 2014", "2014-12-05", TIME_DAY),
    # Hijri months in their short spellings
    ("وقع الهجوم في 12 ربيع أول 1436", "2015-01-03", TIME_DAY),
    ("وقع الهجوم في 12 ربيع ثاني 1436", "2015-02-01", TIME_DAY),
    # a day of the current month with الجاري / الحالي alone
    ("قصفت الطائرات البلدة في 5 الجاري", "2015-10-05", TIME_DAY),
    ("دارت اشتباكات يوم 9 الحالي في محيط المطار", "2015-10-09", TIME_DAY),
    ("وفي العاشر من الجاري انفجرت سيارة مفخخة", "2015-10-10", TIME_DAY),
    ("قتل ثلاثة مدنيين منذ 2 الجاري", "2015-10-02", TIME_DAY),
    # the last two days, and the hours written out: as «خلال الـ48 ساعة», the day before the report
    ("قتل عشرون مسلحا خلال اليومين الماضيين في غارات على البلدة", "2015-10-13", TIME_DAY),
    ("شهدت الجبهة في اليومين الأخيرين معارك عنيفة", "2015-10-13", TIME_DAY),
    ("قتل 12 مدنيا خلال الأربع والعشرين ساعة الماضية", "2015-10-13", TIME_DAY),
    ("سقطت عشرات القذائف خلال الثماني والأربعين ساعة", "2015-10-13", TIME_DAY),
    # a word of approximation before the span
    ("اغتيل القيادي قبل حوالى ثلاثة أيام في كمين", "2015-10-11", TIME_DAY),
    ("وكان الجيش قد استعاد البلدة قبل نحو يومين", "2015-10-12", TIME_DAY),
    # «غرة», the first day of a month
    ("أعلنت الهيئة الهدنة في غرة شهر رمضان", "2015-06-18", TIME_DAY),
    ("بدأت الحملة في غرة أكتوبر", "2015-10-01", TIME_DAY),
    ("قصفت المدفعية الحي في غرة الشهر الجاري", "2015-10-01", TIME_DAY),
    ("سيطر التنظيم على المعبر قبل نحو أسبوع", "2015-10-07", TIME_WEEK),
    ("انسحبت القوات من المدينة قبل أكثر من أسبوعين", "2015-09-30", TIME_WEEK),
]


@pytest.mark.parametrize(("phrase", "expected", "precision"), ROWS)
def test_resolves(phrase: str, expected: str, precision: int) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression in {phrase!r}"
    dv = resolve(min(exprs, key=lambda e: e.specificity), WED)
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, precision)


def test_month_pair_keeps_its_direction() -> None:
    text = normalize("في أكتوبر/ تشرين الماضي").text
    (e,) = find_time_expressions(text)
    assert e.text.endswith("الماضي")


def test_feast_not_named_in_a_future_clause_is_the_next_one() -> None:
    text = normalize("تبدأ الهدنة في أول أيام العيد").text
    (e,) = find_time_expressions(text)
    dv = resolve(e, dt.date(2015, 8, 1), future=True)
    assert dv is not None and dv.iso() == "2015-09-23"


NO_EXPRESSION = [
    "قتل 12 - 15 شخصا في الغارات",  # a range of a count
    "بين 3 - 4 - 5 مرات",
    "هنأ الرئيس المواطنين بعيد الفطر",  # the feast, no day of it
    "احتفل الأهالي بالعيد الوطني",
    "تبدأ المفاوضات في رمضان",  # رمضان alone: a month word too ambiguous (a name)
    "سيزور المبعوث العاصمة خلال الأسبوعين المقبلين",
    # some weeks ago: a flashback the news recalls, no week of what the clause tells
    "استهدفت ضربة جوية قيادات التنظيم قبل أسابيع",
    "أرسلت الحكومة تعزيزات في الأسابيع الأخيرة",
    "قتل في الأسبوع الأول من الشهر",  # which month: not told
    "سقط الجدار في الأسبوع الأول من العام",
]


@pytest.mark.parametrize("phrase", NO_EXPRESSION)
def test_no_expression(phrase: str) -> None:
    assert find_time_expressions(normalize(phrase).text) == []


TELLING_ROWS = [
    # a statement's day told with what it holds («جاء في») or as the source followed («بحسب … فإن»): the
    # telling's, not the day of the strikes it tells
    ("وجاء في البيان الذي صدر أمس أن الطائرات قصفت مواقع المسلحين", "امس"),
    ("وبحسب التقرير الصادر اليوم فإن المدفعية قصفت القرية", "اليوم"),
]


@pytest.mark.parametrize(("phrase", "told"), TELLING_ROWS)
def test_telling_date_only(phrase: str, told: str) -> None:
    text = normalize(phrase).text
    e = telling_date_only(text, 0, len(text))
    assert e is not None and e.text == told


NO_DAY_ROWS = [
    "قتل 25 الجاري في المعارك",  # a count, then a word
    "في الوقت الحالي لا توجد مفاوضات",
    "تستمر المعارك في العام الجاري",
    "قتل في الأسبوع الأول من الجاري",
    "سيزور المبعوث العاصمة خلال اليومين المقبلين",
    "تنتهي المهلة خلال الأربع والعشرين ساعة المقبلة",
]


@pytest.mark.parametrize("phrase", NO_DAY_ROWS)
def test_no_day_told(phrase: str) -> None:
    text = normalize(phrase).text
    for e in find_time_expressions(text):
        dv = resolve(e, WED)
        assert dv is None or dv.precision != TIME_DAY, (phrase, e.text)
