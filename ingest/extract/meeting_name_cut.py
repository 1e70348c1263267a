"""The report's own meeting body whose name a header line cuts inside a list of its topics (``REPORT OF THE 9TH MEETING
OF THE SECTORAL COMMITTEE ON ENERGY,`` / ``TRANSPORT AND DIGITAL AFFAIRS``): the readers of the header read the name up
to the line's end (``Sectoral Committee on Energy``), and a lead paragraph writes it whole (``The 9th Meeting of the
Sectoral Committee on Energy, Transport and Digital Affairs was held ...``): the body is the lead's whole name
(decision 6; a name is never cut before its last words), and so are its requests.

Two kinds of evidence: the layout (a header line that ends with the body's name and a comma or ``and``, the list
going on on the next line) and the lead's name by its form (:func:`.body_form_names._named_by_form`) that goes on from
the same words after that comma or ``and``. A catalogue body keeps its name.

A name a header line cuts before the small word that goes on with it on the next line (``Sub-Regional Workshop on
Rural Connectivity`` / ``for the Sahel``, ``HIGH-LEVEL DIALOGUE ON DATA GOVERNANCE`` / ``IN THE ADRIATIC``) is read
so too (:func:`whole_below`): the layout (the next line opens with a joining small word of ``small-words.csv``,
column ``line``, and is a name's rest) and a lead paragraph that writes the two lines' words as one name."""

from __future__ import annotations

import re
from dataclasses import replace

from wsiskg.ingest.records import Meeting, ParsedReport

from .body_form_names import _named_by_form
from .casing import line_joiner_alternation
from .gazetteer import bodies as gazetteer_bodies
from .genre import header_lines
from .header_line_joins import NAME_LINES, name_rest
from .keys import slug
from .meeting_lead import LEAD_PARAGRAPHS

#: what a line cut inside a list of a name's topics ends with
_LIST_CUT = r"\s*(?:,|\s(?i:and|&))\s*$"
#: the ``and`` a key read up to the cut ends with
_JOINER_END = re.compile(r"-and$")


def whole_in_lead(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the body a lead paragraph names whole when a header line cut its name inside a list (see the
    module), keyed by the lead's name; else ``meeting`` as it is."""
    key = _JOINER_END.sub("", meeting.body)  # "standing-committee-on-roads-and": the name read up to the cut
    if meeting.body in gazetteer_bodies() or not _cut_after(report, key):
        return meeting
    words = r"\W+".join(map(re.escape, key.split("-")))
    goes_on = re.compile(rf"(?i)^{words}(?:,\s+|\s+(?:and|&)\s+)\S")
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for name, _ in _named_by_form(p.text):
            if slug(name).startswith(f"{key}-") and slug(name) != meeting.body and goes_on.match(name):
                return replace(meeting, body=slug(name), paragraphs=tuple(sorted({*meeting.paragraphs, p.order})))
    return meeting


def _cut_after(report: ParsedReport, key: str) -> bool:
    """Whether a header line ends with the name keyed ``key`` and a comma or ``and`` (the list cut there)."""
    words = r"\W+".join(map(re.escape, key.split("-")))
    cut = re.compile(rf"(?i)(?<![\w-]){words}{_LIST_CUT}")
    return any(cut.search(line) for line in header_lines(report)[:NAME_LINES])


def whole_below(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the body a lead paragraph names by a header line's name and the next line, which opens with a
    joining small word (see the module), keyed by the lead's words; else ``meeting`` as it is."""
    rest = None if meeting.body in gazetteer_bodies() else _rest_below(report, meeting.body)
    if rest is None:
        return meeting
    words = r"\s+".join(map(re.escape, [*meeting.body.split("-"), *rest.split()]))
    whole = re.compile(rf"(?i)(?<![\w-]){words}(?![\w-])")
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        m = whole.search(p.text.replace("-", " "))
        if m is not None:
            name = p.text[m.start() : m.end()]
            return replace(meeting, body=slug(name), paragraphs=tuple(sorted({*meeting.paragraphs, p.order})))
    return meeting


def _rest_below(report: ParsedReport, key: str) -> str | None:
    """The header line under one that ends with the name keyed ``key`` when it opens with a joining small word and is
    a name's rest (``... on Rural Connectivity`` / ``for the Sahel``); else ``None``."""
    words = r"\W+".join(map(re.escape, key.split("-")))
    ends = re.compile(rf"(?i)(?<![\w-]){words}$")
    opens = re.compile(rf"(?i)^(?:(?:{line_joiner_alternation()})\s+)+")  # "for the ", "IN THE "
    lines = [line.strip() for line in header_lines(report)[:NAME_LINES]]
    for line, below in zip(lines, lines[1:], strict=False):
        m = opens.match(below) if ends.search(line) else None
        if m is not None and name_rest(below[m.end() :]):
            return below
    return None
