"""Errors of the environment and of the user's input, each with a text fit to show a person.

Bugs are not represented here: they travel as ordinary exceptions to the crash handler.
"""

from __future__ import annotations


class CoopDeskError(Exception):
    """A problem the user can act on; ``str(err)`` is one readable sentence."""


class DatabaseError(CoopDeskError):
    """The database is missing, damaged, locked or of another schema version."""


class BuildError(CoopDeskError):
    """The source or its curation cannot be built into a database."""


class NotFound(CoopDeskError):
    """No record has the identifier asked for."""


class UnknownValue(CoopDeskError):
    """A filter value (agency, offence type, year) that the database does not know."""


class OutputError(CoopDeskError):
    """An output file cannot be written."""


class UserDataError(CoopDeskError):
    """The user's notes file cannot be opened, read or written (locked, read-only, full)."""


class CurationError(CoopDeskError):
    """A curation change that cannot be made as asked (a quote not in the document, …)."""


class NothingToPrint(CoopDeskError):
    """A briefing pack of no records: the filters leave none."""


class TooManyRecords(CoopDeskError):
    """More records than a printed pack can usefully hold."""
