"""What several readers of :mod:`.meeting_candidates` ask of the report, read once: the presumed
group, the group its document symbols name, its genre, whether it records a meeting (per document model, as
:func:`.document.once_per_document` keeps every reader's answers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wsiskg.ingest.records import ParsedReport

from .document import once_per_document
from .genre import records_meeting, report_genre
from .meeting import meeting_words
from .own_mention import symbol_group
from .persons import presumed_meeting_body


def once(report: ParsedReport, what: str, read: Callable[[ParsedReport], Any]) -> Any:
    """``read(report)``, worked out once per document model (:func:`.document.once_per_document`)."""
    return once_per_document(("meeting-memo", what, id(report)), lambda: read(report), report)


def presumed_group(report: ParsedReport) -> str | None:
    """The group the report is presumed to be about (:func:`.persons.presumed_meeting_body`)."""
    found: str | None = once(report, "presumed", presumed_meeting_body)
    return found


def report_groups(report: ParsedReport) -> tuple[str | None, str | None]:
    """The group the report is presumed to be about and the one its document symbols name (read once)."""
    by_symbol = once(report, "symbol", symbol_group)
    return presumed_group(report), by_symbol[0] if by_symbol is not None else None


def genre_of(report: ParsedReport) -> str | None:
    """The report's genre (:func:`.genre.report_genre`)."""
    found: str | None = once(report, "genre", report_genre)
    return found


def is_record(report: ParsedReport) -> bool:
    """Whether the report records a meeting (:func:`.genre.records_meeting`)."""
    return bool(once(report, "records", records_meeting))


def addressed_genre(report: ParsedReport) -> bool:
    """Whether the report is of a genre written for the session its header names (a Chairman's
    report to the Council: ``meeting_words.csv``, role ``addressed-genre``): the header's body
    is not the one that met."""
    return genre_of(report) in meeting_words("addressed-genre")
