"""The meeting a heading of the report names by its kind: the title or a header line is the
meeting's name (a capitalised name headed by a meeting noun), or a line of the kind only under the
line that names what met; the dateline on that line (in brackets, after a heading in capitals, after
a comma or a dash) or under it dates it.

- ``Report of the Andean Expert Group Meeting on Spectrum Pricing (Quito, 5–6 May 2030)``, ``ARAB
  REGIONAL REVIEW OF DIGITAL INCLUSION POLICIES Virtual meeting, 14-15 October 2029``,
  ``REGIONAL PREPARATORY MEETING FOR WTDC-22 FOR THE CIS REGION (RPM-CIS)`` over ``Geneva, 3 May
  2021``: a meeting outside the catalogue, its own body (keyed by its acronym where it has one,
  else by its name; an ordinal before the name is its number).
- ``Annual meeting`` or ``Seventh Facilitation Meeting`` under a line that names a catalogue body
  (``United Nations Group on the Information Society (UNGIS)``): that body's meeting; under a line
  naming something else (``WSIS ACTION LINE C3: ACCESS TO ...``), a meeting of a kind of its own
  (``Facilitation``) is named by both: ``WSIS ACTION LINE C3 Facilitation Meeting``.

Meeting nouns: the event nouns of ``event_nouns.csv`` of the kinds in :data:`_OWN_KINDS` and the
nouns of ``meeting_words.csv``, role ``heading-kind`` (``Review``, ``Consultation``).

The pieces live in modules of their own: ``heading_kinds`` (meeting nouns, kind line), ``heading_fields``,
``heading_names``, ``heading_lines`` (one line read), ``heading_hosts``, ``heading_header``,
``heading_kind_parts``, ``heading_kind_forms``, ``heading_dating``, ``heading_bodies`` and
``lead_named_meetings``; this module keeps the readers :func:`heading_meeting` and
:func:`titled_held_meeting` and re-exports the names other modules import from it.
"""

from __future__ import annotations

from dataclasses import replace

from wsiskg.ingest.records import Meeting, ParsedReport

from .body_names import BodyName
from .closing_day_dateline import lead_days_around
from .gazetteer import bodies as gazetteer_bodies
from .genre import header_lines
from .heading_bodies import heading_acronym_body, heading_body
from .heading_dating import (
    _bare,
    _dated,
    _dated_below,
    _meeting_within,
    _numbered_below,
    _numbered_dateline,
    _part_of_record,
)
from .heading_header import _header, organiser_prefix
from .heading_kind_forms import _found
from .heading_names import most_specific, series_year_off
from .keys import slug
from .lead_named_meetings import lead_named_meeting
from .meeting import lead_held_meeting, lead_ordinal, meeting_mode
from .meeting_header import BRACKET_ACRONYM
from .meeting_words import own_kind_of


def heading_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting a header line names by its kind and dates (see the module)."""
    lines, year = _header(report)
    for i, (order, text) in enumerate(lines):
        found = _found(lines, i, names, year)
        if found is None:
            continue
        key, number, on_line = found
        below = _numbered_below(lines, i, key, names, year) if number is None else None
        # "X PREPARATORY MEETING" / "Second session, Geneva, 18-28 May 2031": its number, its days
        if below is not None:
            number, on_line = below[0], on_line or below[1]
        number = number if number is not None else _own_kind_number(report, key)
        dated = _dated(lines, i, on_line, year)
        if dated is not None and below is not None and dated[0] is below[1]:
            dated = (dated[0], lines[i + 1][0])  # dated by the line under it
        if dated is None or (on_line is None and _bare(dated[0]) and _dated_below(lines, i, key, names, year)):
            continue  # a heading undated or by an issue date: another line under it may name and date the meeting
        (day, place), where = dated
        day = lead_days_around(report, day, year)  # "Apia, 9 May 2031" over "Ministers met in Apia on 8-9 May 2031"
        number = number if number is not None else _numbered_dateline(lines, where, key, names, year)
        within = _meeting_within(lines, i, where)
        if within is not None:  # "Sixty-third session" / "12th plenary meeting": the session's meeting
            number, order = within
        paragraphs = tuple(sorted({o for o in (order, where) if o is not None}))
        mode = meeting_mode(text) or (meeting_mode(dict(lines).get(where, "")) if where is not None else None)
        return Meeting(key, number, start=day.start, end=day.end, place=place, mode=mode, paragraphs=paragraphs)
    return None


#: how many header lines from the top may hold the title that names a meeting the lead dates
_TITLE_WITHIN = 5


def titled_held_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the title names by its kind (one of the first :data:`_TITLE_WITHIN` header lines,
    not a part of the record) when no dateline dates it: dated by the lead sentence that says it was
    held (``Expert Group Meeting on X`` over ``The experts met at Y from 24 to 26 November``;
    :func:`.meeting.lead_held_meeting`)."""
    lines, year = _header(report)
    for i, (order, text) in enumerate(lines[:_TITLE_WITHIN]):
        found = _found(lines, i, names, year)
        if found is None or _part_of_record(text):
            continue
        key, number, on_line = found
        if _dated(lines, i, on_line, year) is not None or _dated_below(lines, i, key, names, year):
            return None  # the heading reader's
        held = lead_held_meeting(report, key)
        if held is None:
            return None
        number = number if number is not None else _own_kind_number(report, key)
        paragraphs = tuple(sorted({*held.paragraphs, *((order,) if order is not None else ())}))
        return replace(held, number=number, paragraphs=paragraphs)
    return None


def _own_kind_number(report: ParsedReport, key: str) -> int | None:
    """The number the lead gives a meeting of a kind of its own that a heading names without one
    (``FACILITATION MEETING`` over ``The fourth e-environment facilitation meeting ...``;
    kinds in ``meeting_words.csv``, role ``own-kind``)."""
    kind = own_kind_of(key)
    return lead_ordinal(report, f"{kind} meeting") if kind else _acronym_number(report, key)


def _acronym_number(report: ParsedReport, key: str) -> int | None:
    """The number the lead gives the meeting of the body keyed ``key`` by its acronym before the noun (``The
    twelfth XG-Y meeting was hosted by ...``): its catalogue acronym, else the acronym in brackets of a header line
    that the key is made from."""
    entry = gazetteer_bodies().get(key)
    written = [entry.acronym] if entry is not None and entry.acronym else []
    lines = header_lines(report)[:_TITLE_WITHIN]
    written += [a for line in lines for a in BRACKET_ACRONYM.findall(line) if slug(a) == key and entry is None]
    return next((n for a in dict.fromkeys(written) if (n := lead_ordinal(report, f"{a} meeting")) is not None), None)


__all__ = [
    "heading_acronym_body",
    "heading_body",
    "heading_meeting",
    "lead_named_meeting",
    "most_specific",
    "organiser_prefix",
    "series_year_off",
    "titled_held_meeting",
]
