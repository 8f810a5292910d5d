"""Load and validate the lexicon data files (see ``schema.py``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from rasad.errors import LexiconError
from rasad.lexicons.schema import ACLED_TYPES, SCHEMAS, Schema
from rasad.text.normalize import normalize_key

LEXICON_DIR = Path(__file__).parent / "ar"
# libyaml's safe loader when PyYAML was built with it (about twice as fast at start-up), else the Python one
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Entry:
    """One validated lexicon entry: ``keys`` are its normalized forms, ``data`` the rest of the entry.

    ``entry.get(key, default=None)`` reads ``data``: it is ``data.get`` itself, bound when the entry is made
    (the assemblers ask entries some 400 times an article, and a method of Entry's own would add a Python call
    to each)."""

    id: str
    keys: tuple[str, ...]
    forms: tuple[str, ...]
    data: Mapping[str, Any]
    examples: tuple[str, ...]
    get: Callable[..., Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "get", self.data.get)


def validate(raw: Any, schema: Schema, *, where: str) -> list[Entry]:
    """Validate a parsed YAML document against ``schema``; raise :class:`LexiconError` on the first problem."""
    if not isinstance(raw, list):
        raise LexiconError("a lexicon file must be a YAML list of entries", where=where)
    entries: list[Entry] = []
    ids: set[str] = set()
    seen_keys: dict[str, str] = {}
    for i, item in enumerate(raw):
        loc = f"{where} entry #{i + 1}"
        if not isinstance(item, dict):
            raise LexiconError("an entry must be a mapping", where=loc)
        unknown = sorted(set(item) - set(schema.fields))
        if unknown:
            raise LexiconError(
                f"unknown key(s) {', '.join(unknown)}", where=loc, hint=f"allowed: {', '.join(schema.fields)}"
            )
        for name, spec in schema.fields.items():
            if name not in item:
                if spec.required:
                    raise LexiconError(f"missing required key '{name}'", where=loc)
                continue
            value = item[name]
            if not isinstance(value, spec.type) or (isinstance(value, bool) and spec.type is int):
                raise LexiconError(f"key '{name}' has the wrong type ({type(value).__name__})", where=loc)
            if spec.choices is not None and value not in spec.choices:
                raise LexiconError(f"key '{name}' = {value!r} is not one of {list(spec.choices)}", where=loc)
        eid = item["id"]
        loc = f"{where} entry '{eid}'"
        if eid in ids:
            raise LexiconError("duplicate id", where=loc)
        ids.add(eid)
        forms = item[schema.forms_key]
        if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            raise LexiconError(
                f"'{schema.forms_key}' must be a non-empty list of non-empty strings", where=loc
            )
        examples = item["example"] if isinstance(item["example"], list) else [item["example"]]
        if not examples or not all(isinstance(x, str) and x.strip() for x in examples):
            raise LexiconError("'example' must hold at least one Arabic phrase", where=loc)
        if schema.name == "triggers":
            _check_trigger(item, loc)
        keys: list[str] = []
        for form in forms:
            key = normalize_key(form)
            if key in seen_keys and seen_keys[key] != eid:
                raise LexiconError(f"duplicate form {form!r} (also in entry '{seen_keys[key]}')", where=loc)
            if key in keys:
                raise LexiconError(f"form {form!r} listed twice", where=loc)
            seen_keys[key] = eid
            keys.append(key)
        data = {k: v for k, v in item.items() if k not in ("id", "example", schema.forms_key)}
        entries.append(Entry(eid, tuple(keys), tuple(forms), data, tuple(examples)))
    return entries


def _check_trigger(item: Mapping[str, Any], loc: str) -> None:
    if item["category"] == "conflict":
        et, st = item.get("event_type"), item.get("sub_event_type")
        if et is None:
            raise LexiconError("a conflict trigger needs 'event_type'", where=loc)
        if st is not None and st not in ACLED_TYPES[et]:
            raise LexiconError(f"sub_event_type {st!r} is not a sub-event of {et!r}", where=loc)
    elif item.get("plover_type") is None:
        raise LexiconError("a political trigger needs 'plover_type'", where=loc)


def load_file(path: Path, kind: str) -> list[Entry]:
    if kind not in SCHEMAS:
        raise LexiconError(f"unknown lexicon kind {kind!r}", where=str(path))
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except OSError as exc:
        raise LexiconError(f"cannot read: {exc.strerror}", where=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise LexiconError(f"not valid YAML: {getattr(exc, 'problem', exc)}", where=where) from None
    return validate(raw, SCHEMAS[kind], where=str(path))


@cache
def load_lexicon(kind: str, directory: Path | None = None) -> tuple[Entry, ...]:
    """The validated entries of ``ar/<kind>.yaml`` (cached per process: lexicons are read-only data)."""
    path = (directory or LEXICON_DIR) / f"{kind}.yaml"
    return tuple(load_file(path, kind))
