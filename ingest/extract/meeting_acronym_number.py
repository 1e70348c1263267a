"""A session number written into the acronym that keys the report's own meeting (annotation guide, decision 27):
``Virtual Consultation of Experts (VCE-2)``, ``Preparatory Committee for X (PrepCom-3)``, ``X Preparatory Meeting
for WRC-31 (XPM31-4)`` numbers the meeting it keys when nothing else does: its number after the last hyphen.

Two kinds of evidence: the meeting's own key is such an acronym, and the number is no year's (``WTDC-33`` of a
meeting in 2033, ``RPM-31`` in 2031) nor of a catalogue body's acronym, which numbers its sessions by their year
(``WTPF-21``, ``PP-30``, ``WRC-27`` are conferences, whenever a meeting about them is held)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport

from .gazetteer import bodies as gazetteer_bodies
from .genre import header_lines

#: a meeting's key made from an acronym with a session number after its last hyphen (``vce-2``, ``xpm31-4``)
_NUMBERED_KEY = re.compile(r"^(?P<code>[a-z][a-z&.]*\d{0,2})-(?P<num>\d{1,2})$")

#: the highest session number an acronym is read to give
_HIGHEST = 20


def numbered_by_acronym(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` numbered by the session number its key's acronym ends with (see the module), when unnumbered and
    a header line writes the key as an acronym (``VCE-2``; not ``Committee 5``, keyed ``committee-5``)."""
    m = _NUMBERED_KEY.match(meeting.body) if meeting.number is None else None
    if m is None or m.group("code") in _catalogue_acronyms() or not _written(report, meeting.body):
        return meeting
    number = int(m.group("num"))
    year = meeting.start.year % 100 if meeting.start is not None else None
    return replace(meeting, number=number) if 0 < number <= _HIGHEST and number != year else meeting


def _written(report: ParsedReport, key: str) -> bool:
    """Whether a header line writes ``key`` as an acronym: two capitals or more before its hyphen (``VCE-2``,
    ``PrepCom-3``, ``XPM31-4``)."""
    code, number = key.rsplit("-", 1)
    written = re.compile(rf"(?<![\w-])(?i:{re.escape(code)})-{number}(?![\w-])")
    return any(
        len(re.findall(r"[A-Z]", w.group(0).split("-")[0])) >= 2
        for line in header_lines(report)
        for w in written.finditer(line)
    )


@cache
def _catalogue_acronyms() -> frozenset[str]:
    """The catalogue's acronyms, in lower case (``wtpf``, ``pp``): a conference's, numbered by its year."""
    return frozenset(b.acronym.casefold() for b in gazetteer_bodies().values() if b.acronym)
