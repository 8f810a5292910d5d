"""Errors with stable codes and messages a user can act on: what was wrong, where, what to do."""

from __future__ import annotations


class RasadError(Exception):
    """Base class. ``code`` is stable (documented in the README); ``where`` names a file, line or offset."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        s = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            s += f" ({self.hint})"
        return s


def error_line(exc: RasadError) -> str:
    """The one line a command prints for ``exc``: ``rasad: error: WHERE: WHAT (HINT) [CODE]``."""
    return f"rasad: error: {exc} [{exc.code}]"


class InputError(RasadError):
    """An input file, line or text that cannot be read as an article."""

    code = "E100"


class LexiconError(RasadError):
    """A lexicon data file that does not follow its schema."""

    code = "E200"


class GoldError(RasadError):
    """A gold file for `rasad evaluate` that does not follow the gold format."""

    code = "E300"


class GazetteerError(RasadError):
    """A gazetteer file that cannot be imported, or a missing index."""

    code = "E400"


class StoreError(RasadError):
    """A database that cannot be opened or written."""

    code = "E500"


class UsageError(RasadError):
    """Arguments that do not make sense together."""

    code = "E900"
