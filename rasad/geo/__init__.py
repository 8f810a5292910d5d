"""Geocoding: the gazetteer index, its importers, toponym recognition and context-ranked resolution.

gaz = Gazetteer.open()                      # $RASAD_HOME/gazetteer.sqlite, built on first use
tops = recognize(normalize(raw), gaz)       # offsets into the normalized text
places = Geocoder(gaz).resolve(tops, country="SYR", text=normalize(raw))
"""

from rasad.geo.importers import GEONAMES_URL, ImportResult, detect, download, import_file, import_files
from rasad.geo.recognize import Toponym, recognize
from rasad.geo.resolve import Geocoder
from rasad.geo.store import Entry, Gazetteer, GazetteerInfo, default_home, index_path

__all__ = [
    "GEONAMES_URL",
    "Entry",
    "Gazetteer",
    "GazetteerInfo",
    "Geocoder",
    "ImportResult",
    "Toponym",
    "default_home",
    "detect",
    "download",
    "import_file",
    "import_files",
    "index_path",
    "recognize",
]
