"""Reading articles from files, directories, JSONL and stdin.

``read_inputs`` yields an :class:`Article` for every readable article and an :class:`InputError` for every
bad one (missing file, binary or non-UTF-8 bytes, empty or non-Arabic text, malformed JSONL line N, a line
without ``text``), so that one bad input never stops a batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html as html_lib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rasad.errors import InputError
from rasad.model import Article, parse_iso_date

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
ALL_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

_NOT_ARABIC = re.compile(r"[^\u0621-\u064a\u0671-\u06d3]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)
_BLOCK = re.compile(r"</?(p|div|br|h[1-6]|li|tr|article|section)\b[^>]*>", re.I)

ReadResult = Article | InputError


def check_text(text: str, *, where: str) -> None:
    """Raise :class:`InputError` when ``text`` is empty or not Arabic."""
    if not text.strip():
        raise InputError("empty text", where=where)
    # the rule below at a quarter of its cost for most articles: an opening whose first 1,000 characters
    # hold 20 Arabic letters and as many as 0.3 of its (at most 2,000) characters passes it whatever its
    # other letters, which are fewer than its characters
    if len(_NOT_ARABIC.sub("", text[:1000])) >= max(20.0, 0.3 * min(len(text), 2000)):
        return
    # judged on the opening (most articles settle it in their first 2,000 characters), else on the first
    # 20,000; letters are counted by what is left when the rest is removed (in C), not one by one
    for size in (2000, 20000):
        head = text[:size]
        letters = len(_NOT_LETTERS.sub("", head))
        arabic = len(_NOT_ARABIC.sub("", head))
        if arabic >= 20 and arabic >= 0.3 * letters:
            return
        if len(text) <= size:
            break
    raise InputError(
        "no Arabic text found", where=where, hint="rasad reads Arabic news; is this the right file?"
    )


def decode_bytes(data: bytes, *, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not a text article", where=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})",
            where=where,
            hint="convert it with iconv -f cp1256 -t utf-8",
        ) from None
    return text.removeprefix("\ufeff")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line (enough for news pages; no layout engine)."""
    body = _BLOCK.sub("\n", markup)
    body = _TAG.sub(" ", body)
    body = html_lib.unescape(body)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in body.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _published_from_html(markup: str) -> dt.date | None:
    try:
        from rasad.time import published_from_html
    except ImportError:  # the time package is optional at this layer
        return None
    return published_from_html(markup)


def read_text_article(
    data: bytes, *, article_id: str, where: str, published: dt.date | None, html: bool = False
) -> Article:
    text = decode_bytes(data, where=where)
    basis = "given" if published else None
    if html:
        if published is None:
            published = _published_from_html(text)
            basis = "metadata" if published else None
        text = html_to_text(text)
    check_text(text, where=where)
    return Article(id=article_id, text=text, published=published, published_basis=basis)


def read_jsonl_lines(
    lines: Iterable[bytes], *, name: str, stem: str, published: dt.date | None
) -> Iterator[ReadResult]:
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            line = decode_bytes(raw, where=where)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", where=where) from None
            if not isinstance(obj, dict):
                raise InputError("a JSONL line must be an object with 'text'", where=where)
            if not isinstance(obj.get("text"), str):
                raise InputError("line has no 'text' field", where=where)
            try:
                art = Article.from_dict(obj, default_id=f"{stem}-{lineno}")
            except ValueError as exc:
                raise InputError(f"bad 'published': {exc}", where=where) from None
            if art.published is None and published is not None:
                art = dataclasses.replace(art, published=published, published_basis="given")
            check_text(art.text, where=where)
            yield art
        except InputError as err:
            yield err


def _read_path(path: Path, *, published: dt.date | None) -> Iterator[ReadResult]:
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl_lines(fh, name=where, stem=path.stem, published=published)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror})", where=where)
        return
    try:
        yield read_text_article(
            data, article_id=path.stem, where=where, published=published, html=suffix in HTML_SUFFIXES
        )
    except InputError as err:
        yield err


def _read_stdin(stream: BinaryIO, *, published: dt.date | None) -> Iterator[ReadResult]:
    data = stream.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(data.splitlines(), name="<stdin>", stem="stdin", published=published)
        return
    try:
        yield read_text_article(data, article_id="stdin", where="<stdin>", published=published)
    except InputError as err:
        yield err


def read_inputs(
    paths: Iterable[str | Path], *, published: dt.date | str | None = None, stdin: BinaryIO | None = None
) -> Iterator[ReadResult]:
    """Yield articles (or errors) from files, directories (recursively: .txt, .jsonl, .html) and ``-``."""
    pub = parse_iso_date(published) if isinstance(published, str) else published
    for p in paths:
        if str(p) == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, published=pub)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in ALL_SUFFIXES)
            files = [f for f in files if not f.name.endswith(".gold.json")]
            if not files:
                yield InputError("directory holds no readable article (.txt, .jsonl, .html)", where=str(path))
            for f in files:
                yield from _read_path(f, published=pub)
        elif not path.exists():
            yield InputError("no such file or directory", where=str(path))
        else:
            yield from _read_path(path, published=pub)
