"""The report's own meeting body named after its owner (decisions 3 and 45: the body that met, by its full name): an
organ of a catalogue body that a record names with the body's name before its own words, ``meeting_words.csv``
role ``organ`` (``Management Team``, ``Steering Committee``), is the organ, not its owner.

Two layouts, each read from its own evidence:

- the header breaks the name over two lines, the owner's name on the first and the organ's words alone on the next
  (``Study Group 9 of the X Sector`` / ``Management Team``): the meeting read the organ's words alone, a short form
  (decision 45) that the lines above complete;
- the sentence that states the meeting writes the organ's words right after the owner's name (``The fourth meeting
  of the X Study Group 9 management team was held ...``): the meeting read the owner, a known body, whose name
  the organ's words go on.

The organ is keyed and named by the whole name as the report writes it (:func:`.keys.slug`); the owner's name must
be a known body's (the catalogue's or one the report defines), whole (a line that only mentions one is no owner).

Counter-cases: an owner's name with no organ's words after it (``The meeting of Study Group 9 was held``) stays the
owner's meeting; organ words after another body's name in a paragraph that does not state the meeting change
nothing; organ words on a line under a line that is not a body's name (a title, a date) keep the short form.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import alternation

from .body_names import BodyName, find_body_names
from .genre import header_lines
from .keys import slug
from .meeting_words import meeting_words
from .study_groups import meeting_body_names


@cache
def _organ() -> re.Pattern[str]:
    """The words of an organ a body names after itself (``meeting_words.csv``, role ``organ``), alone."""
    return re.compile(rf"(?i:{alternation(sorted(meeting_words('organ')), spaces=True)})")


@cache
def _organ_after() -> re.Pattern[str]:
    """An organ's words right after a body's name (``... Study Group 9 management team``)."""
    return re.compile(rf"\s+({_organ().pattern})\b")


def owner_first(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """``meeting`` of the organ named after its owner (see the module), keyed by the whole name; else as it is."""
    whole = _broken_line(report, names, meeting.body) or _in_statement(report, names, meeting)
    return meeting if whole is None else replace(meeting, body=slug(whole))


def _owner_line(line: str, names: tuple[BodyName, ...]) -> bool:
    """Whether ``line`` is wholly one known body's name (the catalogue's or one the report defines)."""
    return any(span == (0, len(line.strip())) for _, span in find_body_names(line.strip(), names))


def _owner_organ_lines(report: ParsedReport, names: tuple[BodyName, ...]) -> list[tuple[str, str]]:
    """``(owner, organ)``: each header line of an organ's words alone under a line that is a known body's name."""
    lines = [line.strip() for line in header_lines(report)]
    return [(a, b) for a, b in zip(lines, lines[1:], strict=False) if _organ().fullmatch(b) and _owner_line(a, names)]


def _broken_line(report: ParsedReport, names: tuple[BodyName, ...], key: str) -> str | None:
    """``Owner`` / ``Organ``: the meeting keyed by the organ's line alone is the two lines' name."""
    return next((f"{a} {b}" for a, b in _owner_organ_lines(report, names) if slug(b) == key), None)


def broken_name(report: ParsedReport, key: str) -> str | None:
    """The name an owner's line and its organ's line under it make, keyed ``key`` (:func:`_broken_line` keyed the
    meeting so): the two lines as one name, for the body that met."""
    pairs = _owner_organ_lines(report, meeting_body_names(report))
    return next((f"{a} {b}" for a, b in pairs if slug(f"{a} {b}") == key), None)


def _in_statement(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> str | None:
    """``... of the <Owner> <organ> was held``: in a paragraph that states the meeting, the meeting body's name (a
    known body) then an organ's words: the whole name as written."""
    for p in report.paragraphs:
        if p.order not in meeting.paragraphs:
            continue
        for key, (a, b) in find_body_names(p.text, names):
            organ = _organ_after().match(p.text, b)
            if key == meeting.body and organ is not None:
                return p.text[a : organ.end()]
    return None


def organ_short_forms(meeting: Meeting | None, bodies: tuple[Body, ...]) -> dict[str, str]:
    """``short key -> the meeting body's key`` for a body named by an organ's words alone (``Management Team``) that
    ends the name of the body that met (``X Study Group 9 Management Team``) or opens it before its owner
    (``Management Committee of the X Telecommunity``): its short form, never the body (decisions 23 and 45)."""
    own = next((b for b in bodies if meeting is not None and b.key == meeting.body), None)
    if own is None or _organ().fullmatch(own.name.strip()):
        return {}
    whole = slug(own.name)
    return {
        b.key: own.key
        for b in bodies
        if b.key != own.key
        and _organ().fullmatch(b.name.strip())
        and (whole.endswith("-" + slug(b.name)) or whole.startswith(slug(b.name) + "-of-"))
    }
