"""What the geocoder makes of the places a text names: the helper the geo tests share."""

from __future__ import annotations

from rasad.geo import Gazetteer, Geocoder, recognize
from rasad.model import Place
from rasad.text.normalize import normalize


def resolved(gaz: Gazetteer, raw: str, country: str | None) -> dict[str, Place | None]:
    """Each toponym recognized in ``raw`` (by its normalized name) with the place it resolves to, the article's
    country being ``country``."""
    nt = normalize(raw)
    tops = recognize(nt, gaz)
    return dict(
        zip([t.name for t in tops], Geocoder(gaz).resolve(tops, country=country, text=nt), strict=True)
    )
