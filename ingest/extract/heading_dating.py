"""A heading's meeting dated: by the dateline on or under it (``_dated``, ``_dated_below``), a numbered
line below (``_numbered_below``, ``_numbered_dateline``), a meeting within a few lines
(``_meeting_within``; moved from meeting_heading.py)."""

from __future__ import annotations

import re
from typing import Any

from .body_names import BodyName
from .datelines import front_dateline, said_held
from .genre import RECORD, line_genre
from .heading_kind_forms import _found, _kind_only
from .heading_kind_parts import _HELD_OR_OF, _number, _rest_dateline
from .heading_kinds import _RECORD, _kind_line
from .heading_lines import _heading
from .meeting import dateline

#: how many lines under a heading may hold its dateline
_DATELINE_WITHIN = 3


def _dated(
    lines: list[tuple[int | None, str]], i: int, on_line: Any, year: int | None = None
) -> tuple[Any, int | None] | None:
    """The dateline of heading ``i``: on its line, else the first one under it in the header with a
    range of days (an issue date with a place may come first: ``Hammamet, 26 June 2031`` over
    ``Hammamet, 24-26 June 2031``), else the first with a place (within twice :data:`_DATELINE_WITHIN`
    lines: a symbol, an issue date and a language may come first), else a range of days just above it
    (``Addis Ababa, 11-13 March 2031`` over ``AFRICAN REGIONAL REVIEW MEETING``, within
    :data:`_DATELINE_WITHIN` lines), else the first bare one under it (within :data:`_DATELINE_WITHIN`
    lines: the issue date)."""
    if on_line is not None:
        return on_line, lines[i][0]
    found = (
        _under(lines[i + 1 :], dateline, year)
        or _under(lines[i + 1 :], front_dateline, year)
        or _under(lines[i + 1 : i + 1 + _DATELINE_WITHIN], _kind_dateline, year)
    )
    ranged = [(line, order) for line, order, _ in found if line[0].end is not None]
    near = [(line, order) for line, order, n in found if n < 2 * _DATELINE_WITHIN]
    placed = ranged[:1] + [(line, order) for line, order in near if line[1] is not None]
    ranged_above = [
        (line, lines[j][0])
        for j in range(i - 1, max(-1, i - 1 - _DATELINE_WITHIN), -1)
        if (line := dateline(lines[j][1], year)) is not None and line[0].end is not None and not _dates_above(lines, j)
    ]
    if _part_of_record(lines[i][1]):  # a heading of a part of the record: the dates above are not its own
        ranged_above = []
    bare = [(line, order) for line, order, n in found if n < _DATELINE_WITHIN]
    texts = dict(lines)
    held = [(line, order) for line, order, n in found if n < _DATELINE_WITHIN and said_held(texts.get(order, ""))]
    chosen = held[:1] or placed or ranged_above[:1] or bare
    return chosen[0] if chosen else None


def _kind_dateline(text: str, year: int | None) -> Any:
    """The dateline a record's line of the kind only gives (``Summary of the online consultation, 3 May 2031``,
    ``Report of the meeting held in Lima, 3 May 2031``): under a heading that names the meeting, its days."""
    m = _kind_line().match(_HELD_OR_OF.sub(", ", _RECORD.sub("", text.strip(), count=1), count=1))
    if m is None or not m.group("rest") or _number(m) is not None:
        return None  # "Third meeting, Tashkent, 14-16 May 2031": a numbered meeting's line, read as one
    return _rest_dateline(m.group("rest"), year)


def _under(lines: list[tuple[int | None, str]], read: Any, year: int | None) -> list[tuple[Any, int | None, int]]:
    """``(dateline, order, place under the heading)`` of each of ``lines`` that ``read`` reads as one: the
    whole line first (:func:`.datelines.dateline`); only when no line is one, a dateline a layout wrote
    with other fields (``Session 118 | Room 2, Geneva | Wednesday, 14 May 2031, 09:00-10:45``:
    :func:`.datelines.front_dateline`)."""
    read_lines = [(read(text, year), order) for order, text in lines]
    return [(line, order, n) for n, (line, order) in enumerate(read_lines) if line is not None]


def _part_of_record(line: str) -> bool:
    """Whether a heading names a part of a record, by a record's cue after its start (``High-Level
    Track and thematic sessions: highlights``), not a meeting that a record's words open (``Report
    of the X Meeting``)."""
    opening = _RECORD.match(line.strip())
    return line_genre(line) == RECORD and (opening is None or opening.group(0).strip().lower() in ("", "the"))


def _dates_above(lines: list[tuple[int | None, str]], j: int) -> bool:
    """Whether the dateline ``j`` dates a line above it: one that names a session with its year
    (``WSIS Forum 2031 - Outcome Document``, maybe over its theme) or a meeting of its own."""
    return any(re.search(r"\b(?:19|20)\d\d\b", text) or _heading(text) is not None for _, text in lines[:j])


def _bare(line: Any) -> bool:
    """Whether a dateline is a bare day, no place and no range (``7 March 2031``: maybe the issue date)."""
    return line[1] is None and line[0].end is None


def _dated_below(
    lines: list[tuple[int | None, str]], i: int, key: str, names: tuple[BodyName, ...], year: int | None
) -> bool:
    """Whether a line under heading ``i`` names the same meeting with a dateline of a place on the line
    (``Report of the meeting`` over ``7 March 2031`` (the issue date) and ``Ninth meeting – Lima, 5 March 2031``)."""
    for j in range(i + 1, len(lines)):
        found = _found(lines, j, names, year)
        if found is not None and found[0] == key and found[2] is not None and found[2][1] is not None:
            return True
    return False


def _numbered_below(
    lines: list[tuple[int | None, str]], i: int, key: str, names: tuple[BodyName, ...], year: int | None
) -> tuple[int, Any] | None:
    """``(number, dateline)`` a line of the kind only right under heading ``i`` gives the same meeting (``Briefing
    to X on Y`` / ``Summary of the 2nd briefing``, ``X FORUM (XF)`` / ``Ninth edition – Lima, 3-5 May 2031``)."""
    below = _kind_only(lines, i + 1, names, year) if i + 1 < len(lines) else None
    return (below[1], below[2]) if below is not None and below[0] == key and below[1] is not None else None


def _numbered_dateline(
    lines: list[tuple[int | None, str]], where: int | None, key: str, names: tuple[BodyName, ...], year: int | None
) -> int | None:
    """The number of the line of the kind that dates an unnumbered heading, when it names the same meeting (``Report
    of the meeting`` / ``X Working Group`` / ``Fourth meeting, online, 3-4 May 2031``): the meeting's ordinal."""
    j = next((j for j, (order, _) in enumerate(lines) if j > 0 and order is not None and order == where), None)
    below = _kind_only(lines, j, names, year) if j is not None else None
    return below[1] if below is not None and below[0] == key else None


def _meeting_within(lines: list[tuple[int | None, str]], i: int, where: int | None) -> tuple[int, int | None] | None:
    """``(number, order)`` of a numbered meeting a line of the kind only names under heading ``i`` of a
    session, above its dateline (``General Assembly`` / ``Sixty-third session`` / ``Official Records`` /
    ``12th plenary meeting`` / ``Monday, 29 September 2031, at 10 a.m.``): the sitting the record is of,
    held within that session."""
    session = _kind_line().match(_RECORD.sub("", lines[i][1].strip(), count=1))
    if session is None or not session.group("kind").lower().endswith("session"):
        return None
    for order, text in lines[i + 1 : i + 1 + _DATELINE_WITHIN]:
        m = _kind_line().match(_RECORD.sub("", text.strip(), count=1))
        number = _number(m) if m is not None and m.group("kind").lower().endswith("meeting") else None
        if number is not None:
            return number, order
        if order == where:
            break
    return None
