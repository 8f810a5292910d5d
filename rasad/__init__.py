"""rasad (رصد): Arabic news → structured, geocoded, dated conflict-event data with evidence spans."""

from rasad.model import Actor, Article, DateValue, Event, Evidence, Mention, Place, Span

__version__ = "0.1.0"

__all__ = ["Actor", "Article", "DateValue", "Event", "Evidence", "Mention", "Place", "Span", "__version__"]
