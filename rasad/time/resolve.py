"""Turn a :class:`TimeExpr` into a :class:`DateValue` against the publication date.

Conventions (ACLED time_precision: 1 day, 2 week, 3 month):

- **basis** ``explicit`` when the year is written (6 أكتوبر 2016، 2016-10-06، 15 رمضان 1436 هـ); everything that
  needs the publication date is ``relative`` (أمس، يوم الإثنين، السادس من أكتوبر، أكتوبر الماضي).
- **weekdays**: the most recent such day on or before publication; with الماضي strictly before it (published on
  a Thursday, «الخميس الماضي» is a week ago). In a future clause (سيزور) on or after publication; with المقبل
  strictly after.
- **year-less dates and months**: the year that keeps them on or before publication, or on or after it in a
  future clause; a weekday written with the date («الخميس السادس من أكتوبر») picks the year whose calendar
  agrees. «أكتوبر الماضي» is the last October before the publication month, «يوليو الجاري» this year's.
- **representative days** where only a week or month is known: a week runs Saturday to Friday (the Arab working
  week of the region's press); «الأسبوع الماضي» is dated on the Tuesday in the middle of the previous week,
  precision 2. A month is dated on its 15th, precision 3; with a phase on the 5th (مطلع، أوائل), 15th (منتصف)
  or 25th (أواخر، نهاية), precision 2. For the current week or month in a clause about the past the day is
  never later than publication. A Hijri month is dated on its 15th converted to the Gregorian calendar.
  «قبل أيام» (some days ago, no count) is dated three days before publication, precision 2.
- **nights** are dated by their evening: «ليل الأحد الإثنين» is Sunday, «الليلة الماضية» the day before
  publication.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

from rasad.model import TIME_DAY, TIME_MONTH, TIME_WEEK, DateValue
from rasad.time.expr import (
    CURRENT,
    DATE,
    DAY,
    FUTURE,
    MONTH,
    MONTH_UNIT,
    PAST,
    PERIOD,
    RELATIVE,
    SOME_DAYS,
    WEEK,
    WEEKDAY,
    YEAR,
    TimeExpr,
)
from rasad.time.lexicon import GREGORIAN, HIJRI

EXPLICIT = "explicit"
RELATIVE_BASIS = "relative"

_PHASE_DAY = {"early": 5, "mid": 15, "late": 25}
_PHASE_WEEKDAY = {"early": 1, "mid": 3, "late": 5}  # days after Saturday: Sunday, Tuesday, Thursday
_SATURDAY = 5
_PHASE_MONTH = {"early": 1, "mid": 6, "late": 12}  # the month a part of a year is dated to


def phase_day(phase: str) -> int:
    """The day of a month a phase of it is dated on: مطلع 5, منتصف 15, أواخر 25."""
    return _PHASE_DAY[phase]


def resolve(expr: TimeExpr, published: dt.date | None, *, future: bool = False) -> DateValue | None:
    """The date ``expr`` denotes, or None when it cannot be known (no publication date for a relative
    expression, an impossible date such as 31 فبراير)."""
    fut = (
        expr.direction == FUTURE
        or (expr.direction != PAST and future)
        # «غدا الأحد» (tomorrow, Sunday): the Sunday on or after publication, whatever the clause's tense (a
        # report written the day before it was published may name its publication day so)
        or (expr.kind == WEEKDAY and expr.unit is None and expr.offset == 1)
    )
    try:
        return _resolve(expr, published, fut)
    except OverflowError:
        return None  # a Hijri expression with a publication date outside hijridate's range (1937-2077)


def _resolve(expr: TimeExpr, published: dt.date | None, fut: bool) -> DateValue | None:
    if expr.kind == DATE:
        return _date(expr, published, fut)
    if published is None:
        return None
    if expr.kind == RELATIVE:
        return _relative(expr, published)
    if expr.kind == WEEKDAY:
        day = _weekday(published, expr.weekday or 0, fut, expr.direction)
        if expr.unit == WEEK and expr.offset:
            day += dt.timedelta(weeks=expr.offset)  # «الأحد قبل الماضي»: the Sunday a week before the last
        elif expr.unit == DAY and expr.offset:
            day += dt.timedelta(days=expr.offset)  # «عشية الأحد» (the eve of Sunday): the Saturday before it
            if not fut and day > published:
                # «بعد منتصف ليل الأربعاء» written on a Wednesday: the night that ended on it (its eve)
                day = published
        return DateValue(day, TIME_DAY, RELATIVE_BASIS)
    if expr.kind == PERIOD:
        return _period(expr, published, fut)
    if expr.kind == MONTH:
        return _month(expr, published, fut)
    return None


def _weekday(published: dt.date, weekday: int, fut: bool, direction: str | None) -> dt.date:
    if fut:
        ahead = (weekday - published.weekday()) % 7
        if direction == FUTURE and ahead == 0:
            ahead = 7  # «الخميس المقبل» written on a Thursday: next week's
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if direction == PAST and back == 0:
        back = 7  # «الخميس الماضي» written on a Thursday: last week's
    return published - dt.timedelta(days=back)


def _relative(expr: TimeExpr, published: dt.date) -> DateValue:
    n = expr.offset or 0
    if expr.unit == DAY:
        precision = TIME_WEEK if expr.part == SOME_DAYS else TIME_DAY  # («قبل أيام»: some days ago)
        return DateValue(published + dt.timedelta(days=n), precision, RELATIVE_BASIS)
    if expr.unit == WEEK:
        return DateValue(published + dt.timedelta(weeks=n), TIME_WEEK, RELATIVE_BASIS)
    if expr.unit == YEAR:
        n *= 12  # «قبل عام»: twelve months back, dated to the month
    y, m = _add_months(published.year, published.month, n)
    return DateValue(_clamped_day(y, m, published.day), TIME_MONTH, RELATIVE_BASIS)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _clamped_day(year: int, month: int, day: int) -> dt.date:
    for d in (day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(f"no day {day} in {year}-{month}")  # pragma: no cover - 28 always exists


def _to_gregorian(year: int, month: int, day: int, calendar: str) -> dt.date | None:
    try:
        if calendar == HIJRI:
            return Hijri(year, month, day, validate=True).to_gregorian()
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _date(expr: TimeExpr, published: dt.date | None, fut: bool) -> DateValue | None:
    dv = _day_of(expr, published, fut)
    if dv is not None and dv.date is not None and expr.unit == DAY and expr.offset:
        # «عشية عيد الأضحى» (the eve of the feast): the day before the day named
        return DateValue(dv.date + dt.timedelta(days=expr.offset), dv.precision, dv.basis)
    return dv


# the first day of each feast (Hijri month, day): the feast a day is told of without its name, «ثاني أيام العيد»
_FEAST_FIRSTS = ((10, 1), (12, 10))


def _day_of(expr: TimeExpr, published: dt.date | None, fut: bool) -> DateValue | None:
    if expr.month is None and expr.calendar == HIJRI:
        return _feast_day(expr, published, fut)
    if expr.month is None and expr.unit == MONTH_UNIT:
        # «في 25 الشهر الماضي»: a day of the month ``offset`` months from publication's
        if published is None:
            return None
        y, m = _add_months(published.year, published.month, expr.offset or 0)
        d = _to_gregorian(y, m, expr.day or 1, GREGORIAN)
        # (a day the month has not, «31 من الشهر الماضي» written of a month of 30: the month)
        return (
            DateValue(d, TIME_DAY, RELATIVE_BASIS)
            if d
            else DateValue(dt.date(y, m, 15), TIME_MONTH, RELATIVE_BASIS)
        )
    day, month = expr.day or 1, expr.month or 1
    if expr.year is not None:
        d = _to_gregorian(expr.year, month, day, expr.calendar)
        return DateValue(d, TIME_DAY, EXPLICIT) if d else None
    if published is None:
        return None
    base = _year_of(published, expr.calendar)
    candidates = [(y, _to_gregorian(y, month, day, expr.calendar)) for y in (base - 1, base, base + 1)]
    dates = [d for _, d in candidates if d is not None]
    if not dates:
        return None
    if expr.weekday is not None:
        agreeing = [d for d in dates if d.weekday() == expr.weekday]
        if agreeing:  # «الخميس السادس من أكتوبر»: the year in which 6 October is a Thursday
            best = min(agreeing, key=lambda d: abs((d - published).days))
            return DateValue(best, TIME_DAY, RELATIVE_BASIS)
    if expr.direction == CURRENT:
        same = [d for y, d in candidates if y == base and d is not None]
        return DateValue(same[0], TIME_DAY, RELATIVE_BASIS) if same else None
    if fut:
        # (a day of the month just gone is of that month: see _month)
        gone = [d for d in dates if d <= published and _months_before(d, published) == 1]
        later = [d for d in dates if d >= published]
        return DateValue(gone[0] if gone else min(later), TIME_DAY, RELATIVE_BASIS) if gone or later else None
    earlier = [d for d in dates if d <= published]
    return DateValue(max(earlier), TIME_DAY, RELATIVE_BASIS) if earlier else None


def _feast_day(expr: TimeExpr, published: dt.date | None, fut: bool) -> DateValue | None:
    """The ``expr.day``-th day of the feast not named («ثاني أيام العيد»): of the latest feast on or before
    publication (the first after it in a future clause)."""
    if published is None:
        return None
    base = _year_of(published, HIJRI)
    dates = [
        d
        for y in (base - 1, base, base + 1)
        for month, first in _FEAST_FIRSTS
        if (d := _to_gregorian(y, month, first + (expr.day or 1) - 1, HIJRI)) is not None
    ]
    pick = [d for d in dates if d >= published] if fut else [d for d in dates if d <= published]
    if not pick:
        return None
    return DateValue(min(pick) if fut else max(pick), TIME_DAY, RELATIVE_BASIS)


def _months_before(d: dt.date, published: dt.date) -> int:
    """How many calendar months ``d`` falls before the publication month (0: the same month)."""
    return (published.year - d.year) * 12 + published.month - d.month


def _year_of(published: dt.date, calendar: str) -> int:
    if calendar == HIJRI:
        return Gregorian(published.year, published.month, published.day).to_hijri().year
    return published.year


def _month(expr: TimeExpr, published: dt.date, fut: bool) -> DateValue | None:
    month = expr.month or 1
    if expr.calendar == HIJRI:
        h = Gregorian(published.year, published.month, published.day).to_hijri()
        now_y, now_m = h.year, h.month
    else:
        now_y, now_m = published.year, published.month
    if expr.year is not None:
        year = expr.year
    elif expr.direction == PAST:  # «أكتوبر الماضي»: the last October before this month
        year = now_y if month < now_m else now_y - 1
    elif expr.direction == FUTURE:
        year = now_y if month > now_m else now_y + 1
    elif expr.direction == CURRENT:
        year = now_y
    elif fut and (now_m - month) % 12 == 1:
        # in a clause about the future, the month just gone is still that month («ستتيح الاتفاقية التي وقعت
        # نهاية يوليو», written in August: what was agreed then), not one eleven months ahead
        year = now_y if month < now_m else now_y - 1
    elif fut:
        year = now_y if month >= now_m else now_y + 1
    else:
        year = now_y if month <= now_m else now_y - 1
    day = _PHASE_DAY[expr.phase] if expr.phase else 15
    d = _to_gregorian(year, month, day, expr.calendar)
    if d is None:
        return None
    precision = TIME_WEEK if expr.phase else TIME_MONTH
    basis = EXPLICIT if expr.year is not None else RELATIVE_BASIS
    if not fut and (year, month) == (now_y, now_m) and d > published:
        d = published  # «منتصف الشهر الجاري» read on the 3rd: not later than publication
    return DateValue(d, precision, basis)


def _period(expr: TimeExpr, published: dt.date, fut: bool) -> DateValue:
    n = expr.offset or 0
    if expr.unit == YEAR:
        # «مطلع العام الماضي»: the year's first, middle or last month, dated on its 15th (precision 3)
        d = dt.date(published.year + n, _PHASE_MONTH[expr.phase or "mid"], 15)
        precision = TIME_MONTH
    elif expr.unit == WEEK:
        saturday = published - dt.timedelta(days=(published.weekday() - _SATURDAY) % 7)
        d = saturday + dt.timedelta(weeks=n, days=_PHASE_WEEKDAY[expr.phase or "mid"])
        precision = TIME_WEEK
    else:
        y, m = _add_months(published.year, published.month, n)
        d = dt.date(y, m, _PHASE_DAY[expr.phase] if expr.phase else 15)
        precision = TIME_WEEK if expr.phase else TIME_MONTH
    if n == 0 and not fut and d > published:
        d = published
    return DateValue(d, precision, RELATIVE_BASIS)
