"""The publication date when the input does not give one: from HTML metadata, or inferred from the text."""

from __future__ import annotations

import datetime as dt
import json
import re
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from rasad.text.normalize import normalize
from rasad.time.expr import DATE
from rasad.time.finder import find_time_expressions
from rasad.time.resolve import resolve

INFERRED = "inferred"


def infer_published(text: str) -> tuple[dt.date, str] | None:
    """The publication date stated in the text, with basis ``"inferred"``, or None.

    Only unambiguous evidence counts: a full date written for today, «اليوم الخميس 6 أكتوبر 2016» (al-yawm
    al-khamīs …) or «اليوم 6 أكتوبر 2016», whose weekday, when given, agrees with the calendar. Several such
    statements that disagree give None. Raw or normalized text.
    """
    norm = normalize(text).text
    found: set[dt.date] = set()
    for e in find_time_expressions(norm):
        if e.kind != DATE or e.offset is None or e.year is None:
            continue
        dv = resolve(e, None)
        if dv is None or dv.date is None:
            continue
        if e.weekday is not None and dv.date.weekday() != e.weekday:
            continue  # «اليوم الخميس 7 أكتوبر 2016» (a Friday): a typo somewhere, not evidence
        found.add(dv.date - dt.timedelta(days=e.offset))  # «أمس الأربعاء 5 أكتوبر 2016» also gives the 6th
    if len(found) != 1:
        return None
    return found.pop(), INFERRED


# Where publishers put the date, best first. Keys are (attribute, value) of a <meta>, compared lower-case.
_META_KEYS: tuple[tuple[str, str], ...] = (
    ("property", "article:published_time"),
    ("itemprop", "datepublished"),
    ("property", "og:published_time"),
    ("name", "article:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publication_date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.created"),
    ("name", "dc.date"),
    ("name", "sailthru.date"),
    ("name", "parsely-pub-date"),
    ("name", "date"),
)
_RANK = {k: i for i, k in enumerate(_META_KEYS)}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


class _DateTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: list[tuple[int, str]] = []
        self.times: list[tuple[bool, str]] = []  # (has pubdate attribute, datetime)
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            content = a.get("content", "")
            for attr in ("property", "name", "itemprop"):
                rank = _RANK.get((attr, a.get(attr, "").lower()))
                if rank is not None and content:
                    self.meta.append((rank, content))
        elif tag == "time" and a.get("datetime"):
            self.times.append(
                ("pubdate" in a or a.get("itemprop", "").lower() == "datepublished", a["datetime"])
            )
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in_jsonld = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)


def parse_date_value(value: str) -> dt.date | None:
    """A date from a metadata value: ISO (``2016-10-06T09:30:00+03:00`` → its local date), ``2016/10/06``, or
    RFC 2822 (``Thu, 06 Oct 2016 09:30:00 GMT``). None when unreadable."""
    s = value.strip()
    m = _ISO.search(s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def _jsonld_dates(blobs: list[str]) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            v = node.get("datePublished")
            if isinstance(v, str):
                out.append(v)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for blob in blobs:
        try:
            walk(json.loads(blob))
        except ValueError:
            continue  # broken JSON-LD is common; the other tags may still say
    return out


def published_from_html(html: str) -> dt.date | None:
    """Publication date from an article page's metadata: ``<meta property="article:published_time">``,
    ``itemprop="datePublished"``, ``<meta name="date">`` and the like, JSON-LD ``datePublished``, then
    ``<time datetime>`` (one marked ``pubdate`` first). None when the page states none."""
    p = _DateTags()
    p.feed(html)
    p.close()
    values = [v for _, v in sorted(p.meta, key=lambda t: t[0])]
    values += _jsonld_dates(p.jsonld)
    values += [v for pub, v in p.times if pub] + [v for pub, v in p.times if not pub]
    for v in values:
        d = parse_date_value(v)
        if d is not None:
            return d
    return None
