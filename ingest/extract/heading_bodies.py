"""The report's own body a heading names (``heading_body``, ``heading_acronym_body``), as the prose
writes it (``_as_written_in_prose``; moved from meeting_heading.py)."""

from __future__ import annotations

import re

from wsiskg.ingest.records import Body, ParsedReport

from .body_names import BodyName
from .genre import header_lines
from .heading_hosts import _without_host
from .heading_kind_parts import _HELD_OR_OF, _own_kind, _subject
from .heading_kinds import _RECORD, _kind_line
from .heading_lines import _heading
from .heading_names import _body_named, _owner
from .keys import slug


def heading_body(report: ParsedReport, names: tuple[BodyName, ...], key: str) -> Body | None:
    """The body keyed ``key`` that a heading names as a meeting of its own (its name as written)."""
    texts = header_lines(report)
    for i, text in enumerate(texts):
        heading = _heading(text)
        if heading is not None and heading.acronym is None and slug(heading.name) == key:
            return Body(key, _as_written_in_prose(report, heading.name))
        owner = _owner().sub("", heading.name) if heading is not None else ""
        if owner and slug(owner) == key and _body_named(owner):  # "THIRD MEETING OF THE STANDING COMMITTEE ON X"
            return Body(key, _as_written_in_prose(report, owner))
        kind = _kind_line().match(_HELD_OR_OF.sub(", ", _RECORD.sub("", text.strip(), count=1), count=1))
        # "Report of the ninth facilitation meeting" over "WSIS ACTION LINE C7 — X" (:func:`_title_kind`)
        first = kind is not None and i == 0 and len(texts) > 1
        below = _own_kind(kind.group("kind"), _subject(texts[1].strip(), names)[1]) if kind and first else None
        if below and slug(below) == key:
            return Body(key, below)
        if kind is not None and i > 0:
            body, subject = _subject(_without_host(texts[i - 1].strip()), names)
            name = None if body else _own_kind(kind.group("kind"), subject)
            if name and slug(name) == key:
                return Body(key, name)
            if body is None and _body_named(subject) and slug(subject) == key:  # "STANDING COMMITTEE ON X"
                return Body(key, _as_written_in_prose(report, subject))
    return None


def heading_acronym_body(report: ParsedReport, key: str) -> Body | None:
    """The body keyed ``key`` that a header line names with its acronym in brackets (``WEST AFRICA X FORUM
    (WAXF)`` over ``Ninth edition – Abuja, 27–29 July 2031``), named as written."""
    for text in header_lines(report):
        heading = _heading(text)
        if heading is not None and heading.acronym is not None and slug(heading.acronym) == key:
            return Body(key, _as_written_in_prose(report, heading.name), heading.acronym)
    return None


def _as_written_in_prose(report: ParsedReport, name: str) -> str:
    """A name a heading gives in capitals as the report's prose writes it (``REGIONAL REVIEW OF X``:
    ``Regional Review of X``), else as the heading does."""
    if not name.isupper():
        return name
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())), re.IGNORECASE)
    for p in report.paragraphs:
        m = pattern.search(p.text)
        if m is not None and not m.group(0).isupper():
            return m.group(0)
    return name
