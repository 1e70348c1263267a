"""One base exception and a few clear subclasses.

Errors are translated only at the edges: the CLI maps them to a message and an
exit code, the HTTP layer to a status code (see ``server/errors.py``).
"""

from __future__ import annotations


class WsisKgError(Exception):
    """Base class of every error wsis-kg raises on purpose."""

    exit_code = 2


class InputError(WsisKgError):
    """A file or argument that cannot be used: wrong type, empty, truncated, bad encoding."""

    exit_code = 2


class UnknownQueryError(WsisKgError):
    """A named query that does not exist."""

    exit_code = 2


class QueryError(WsisKgError):
    """A SPARQL query that does not parse or cannot be evaluated."""

    exit_code = 2


class ValidationError(WsisKgError):
    """A graph that does not conform to the SHACL shapes."""

    exit_code = 1

    def __init__(self, message: str, report_text: str = "", results: tuple[object, ...] = ()):
        super().__init__(message)
        self.report_text = report_text
        self.results = results


class StoreError(WsisKgError):
    """The store cannot be opened or written."""

    exit_code = 2
