"""Meetings named by a code (:mod:`.event_forms`): a body's coded meeting
(:func:`coded_meeting_mentions`) and a code dated by its own dates (:func:`code_dated_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import dated_by, numbered_mention
from wsiskg.ingest.extract.event_series import EventMention, event_series
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.text import squash


def _coded_meeting(name: str, span: tuple[int, int]) -> EventMention | None:
    """A cell that is only a body's code and a meeting's number (``CWG-FHR-22``, ``TDAG-31``): that
    meeting of the body (keyed ``<body>-<n>`` as every numbered meeting); not of a body that holds
    no meetings so named (:data:`_NO_CODED_MEETINGS`), nor a series of ``events.csv`` (``WTDC-25``)."""
    found = re.fullmatch(r"(?P<body>[A-Z][\w&\-]*?)-(?P<n>\d{1,3})", name)
    index = body_index()
    key = index.keys.get(squash(found.group("body"))) if found else None
    if found is None or key is None or found.group("body") in series_codes():
        return None
    if getattr(index.names.get(key), "kind", None) in _NO_CODED_MEETINGS:
        return None
    n = int(found.group("n"))
    return numbered_mention(key, n, "meeting", index.label(key, found.group("body")), span)


#: kinds of body that hold no meetings named by a code (an organisation's ``UNDP-2`` is no meeting)
_NO_CODED_MEETINGS = frozenset(("organization", "un-entity", "sector", "bureau", "secretariat", "partnership"))


#: a body's acronym, a dash and a number (``TDAG-31``, ``RAG-30``, ``CWG-WSIS&SDG-44``); not a document
#: symbol (``TDAG-31/12``, ``CWG-FHR-22/INF/3``)
_BODY_CODE = re.compile(r"(?<![\w&/.\-])[A-Z]{2,6}(?:-[A-Z][A-Z&]{1,9})*-\d{1,2}(?![\w&]|[/.\-(]\w)")


@cache
def series_codes() -> frozenset[str]:
    return frozenset(c for s in event_series() for c in s.codes)


def coded_meeting_mentions(text: str, meeting: tuple[str, int | None, int | None] | None = None) -> list[EventMention]:
    """A meeting of a group named by its acronym, a dash and its number or year, in a sentence as in a
    row (``the Chair will report to TDAG-31``, ``CWG-FHR-24 (Geneva, 3-4 February 2032)``;
    :func:`_coded_meeting`), dated or not (decision 7). Not the report's own ``meeting`` (its body key,
    number and year: ``TDAG-31`` in the report of TDAG's meeting of 2031), nor a body named by an alias."""
    out = []
    for m in _BODY_CODE.finditer(text) if "-" in text else ():
        c = _coded_meeting(m.group(0), m.span())
        if (
            c is not None
            and getattr(body_index().names.get(c.key.rsplit("-", 1)[0]), "acronym", None)
            != m.group(0).rsplit("-", 1)[0]
        ):
            continue  # by the body's own acronym, not an alias (a WMO ``EC-72`` is no Council session)
        body, n = (c.key.rsplit("-", 1)[0], int(c.key.rsplit("-", 1)[1])) if c else ("", 0)
        if c is not None and not (meeting and body == meeting[0] and n in (meeting[1], (meeting[2] or 0) % 100)):
            out.append(c)
    return out


def _code_pattern(part: str) -> str:
    """A meeting's code: two to six capitals (not ``ITU``), then one or more ``-`` and a ``part``."""
    return rf"(?<![\w&/.\-])(?!ITU-)[A-Z]{{2,6}}(?:-{part})+(?![\w&]|[/.\-]\w)"


#: a code's part of letters (a region: ``AMS`` of ``RPM-AMS``)
_LETTERS_PART = r"[A-Z][A-Za-z]{1,9}"


#: a meeting's code of letters and a region or a number (``RPM-CIS``, ``RDF-EUR``, ``RRS-17-Americas``,
#: ``SATRC-11``): no document symbol (``RPM-AFR09/45``), no sector (``ITU-D``)
_CODE = re.compile(_code_pattern(rf"(?:{_LETTERS_PART}|\d{{1,2}})"))


#: a row's cell that is a meeting's code of letters and a region (:data:`_CODE` without a number: ``ABC-12`` in a
#: row is no meeting the text names), alone or in brackets after its label: ``RPM-AMS``, ``Americas (RPM-AMS)``
#: (:func:`_row_event`)
_REGION_CODE = _code_pattern(_LETTERS_PART)


_CODED_CELL = re.compile(rf"(?P<code>{_REGION_CODE})|[A-Z][^()|]{{0,40}}\(\s*(?P<inner>{_REGION_CODE})\s*\)")


def code_dated_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A meeting named only by its code and followed by its own dates (:func:`own_dates`, also after a
    space alone, as in a schedule's line): ``RPM-CIS, Chisinau, 29-31 July 2031``, ``RPM-AFR 25-26 January
    2031``, ``the RDF-EUR, held in Rome on 3-4 May``. Named as written; not a body's name or acronym
    (a body that met is read as such), nor a series' code (``WTDC-30``: :mod:`.event_series`)."""
    out = []
    for m in _CODE.finditer(text) if "-" in text else ():
        d = own_dates(text, m.end(), dates, bare=True)
        if d is None or d.precision != "day" or text[: m.start()].rstrip().endswith("("):
            continue  # the code of the event named before the bracket (``the next meeting (AWG-36, Busan, ...)``)
        out += [found] if (found := _code_meeting(m.group(0), m.span(), d)) else []
    return out


def _code_meeting(code: str, span: tuple[int, int], d: DateSpan) -> EventMention | None:
    """The meeting named only by its code ``code`` (:data:`_CODE`), dated by ``d``, named as written; none
    for a series' code (``WTDC-30``: :mod:`.event_series`) or a body's (``TDAG-33``: a body's meeting by its
    number, :func:`coded_meeting_mentions`)."""
    if code.split("-")[0] in series_codes():
        return None
    if any(body_index().keys.get(squash(x)) for x in (code, code.split("-")[0])):
        return None
    return dated_by(EventMention(slug(f"{code} {d.start.year}"), code, "meeting", span), d)
