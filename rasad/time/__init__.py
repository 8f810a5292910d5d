"""Time resolution: Arabic date and time expressions → ``DateValue`` (date, ACLED precision, basis).

Everything runs on normalized text (``rasad.text.normalize.normalize(raw).text``); offsets are into it.

- :func:`find_time_expressions` — the span finder (:mod:`rasad.time.finder`);
- :func:`resolve` — one expression against the publication date (:mod:`rasad.time.resolve`);
- :class:`DateContext` — the running date of an article, clause by clause (:mod:`rasad.time.context`);
- :func:`infer_published`, :func:`published_from_html` — a publication date when none is given.
"""

from rasad.time.context import DateContext, is_future, is_quoted_past
from rasad.time.expr import TimeExpr
from rasad.time.finder import find_time_expressions
from rasad.time.published import infer_published, parse_date_value, published_from_html
from rasad.time.resolve import resolve

__all__ = [
    "DateContext",
    "TimeExpr",
    "find_time_expressions",
    "infer_published",
    "is_future",
    "is_quoted_past",
    "parse_date_value",
    "published_from_html",
    "resolve",
]
