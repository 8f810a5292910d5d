"""What the span finder returns: one :class:`TimeExpr` per time expression, in normalized-text offsets."""

from __future__ import annotations

from dataclasses import dataclass

from rasad.time.lexicon import GREGORIAN

# kinds
RELATIVE = "relative"  # an offset from publication: اليوم، أمس، أول أمس، غدا، منذ ثلاثة أيام، قبل أسبوعين
WEEKDAY = "weekday"  # يوم الإثنين، الخميس المقبل، ليل الأحد الإثنين
DATE = (
    "date"  # a day of a month: 6 أكتوبر 2016، السادس من أكتوبر، 6/10/2016، 15 رمضان 1436 هـ، 25 الشهر الماضي
)
MONTH = "month"  # a named month: أكتوبر الماضي، منتصف يوليو، أواخر تموز، رمضان الماضي
PERIOD = (
    "period"  # the current/previous/next week or month, a part of a year: الأسبوع الماضي، مطلع العام الماضي
)
# the day, week, month or year of the date named before it: في اليوم نفسه، في نفس الشهر، في 12 من الشهر ذاته
SAME = "same"

# units of RELATIVE and PERIOD
DAY = "day"
WEEK = "week"
MONTH_UNIT = "month"
YEAR = "year"

# directions (from الماضي / المقبل / الجاري written after the expression)
PAST = "past"
FUTURE = "future"
CURRENT = "current"

# the ``part`` of a RELATIVE day count told without a number: «قبل أيام» (some days ago), dated to a week
SOME_DAYS = "some days"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression at ``[start, end)`` of the normalized text.

    Fields that do not apply to a kind stay ``None``:

    - ``offset``/``unit``: for RELATIVE, the offset from publication in days/weeks/months (أمس → -1 day,
      منذ أسبوعين → -2 weeks); for PERIOD, which week/month (الماضي → -1, الجاري → 0, المقبل → +1); for
      WEEKDAY and DATE, the day offset of a relative word written with it (اليوم الخميس → 0, أمس الخميس → -1,
      غدا الأحد → 1);
      for a WEEKDAY with ``unit`` week, the weeks back from the weekday named (الأحد قبل الماضي → -1);
      for a WEEKDAY with ``unit`` day, the days from the weekday named (عشية الأحد, the eve of Sunday → -1);
      for a DATE without a month and with ``unit`` month, the month's offset (في 25 الشهر الماضي → -1).
      For SAME, ``unit`` is the unit of the date named before that it takes («الشهر نفسه»: month), and ``day``
      a day of that month («في 12 من الشهر نفسه»); its date needs the text before it (``DateContext``).
    - ``weekday``: Monday 0 … Sunday 6 (the named weekday; for a night «ليل الأحد الإثنين», the evening's day).
    - ``day``/``month``/``year`` in ``calendar`` (``gregorian`` or ``hijri``); ``year`` None when not written.
    - ``part``: dawn, morning, noon, afternoon, evening, night (the date does not change with it).
    - ``phase``: early, mid, late of a week or month (مطلع، منتصف، أواخر).
    - ``direction``: past, future or current, from الماضي / المقبل / الجاري after the expression.
    """

    start: int
    end: int
    kind: str
    text: str
    offset: int | None = None
    unit: str | None = None
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str = GREGORIAN
    part: str | None = None
    phase: str | None = None
    direction: str | None = None

    @property
    def specificity(self) -> int:
        """Lower is more specific; used to choose a clause's own date.

        A day of a month beats a weekday, a weekday beats أمس, and a bare اليوم (al-yawm, which often just means
        "these days") loses to everything that names a day — the eval rule "a weekday named wins over a bare
        اليوم". Weeks and months come last.
        """
        if self.kind == DATE:
            return 0
        if self.kind == WEEKDAY:
            return 1
        if self.kind == RELATIVE:
            if self.unit == DAY and self.part != SOME_DAYS:
                return 3 if self.offset == 0 and self.part is None else 2
            if self.unit == DAY:
                return 4  # «قبل أيام»: a week at best
            return 4 if self.unit == WEEK else 5
        if self.kind == SAME:
            # as what names the unit afresh: a day of the month as a date, the day as أمس, a week or month
            return (
                0
                if self.day is not None
                else 2
                if self.unit in (DAY, None)
                else 4
                if self.unit == WEEK
                else 5
            )
        if self.kind == PERIOD:
            if self.unit == YEAR:
                return 6  # «مطلع العام الماضي»: a month at best, and a guessed one
            return 4 if self.unit == WEEK or self.phase else 5
        return 4 if self.phase else 5
