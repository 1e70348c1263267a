"""A host or organiser opening a heading line taken off (``_host_off``, ``_without_host``), and whether
what remains names a body (``_names_a_body``; moved from meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.text import DASH, FIELD_BAR, alternation

from .body_names import head_of
from .dates import neighbour_words
from .event_series import series_patterns
from .heading_kinds import _kind_line
from .heading_lines import _CLOSING_ACRONYM, _KIND_AFTER_DASH, _SESSION_LABEL, _heading
from .meeting import meeting_words

#: what may stand between a host session opening a heading and the heading: a place of up to three words and a
#: spaced dash, a bar or a colon (``IGF 2031 Lima — X Forum``, ``WSIS Forum 2031 | Action Line C3 ...``, ``WSIS
#: Forum 2031: X Facilitation Meeting``), else a space (``IGF 2031 X Forum``)
_AFTER_HOST = re.compile(
    rf"^(?:(?:\s+[A-Z][\w'’.\-]*(?:,?\s+[A-Z][\w'’.\-]*){{0,2}})?\s*(?:{DASH}|{FIELD_BAR}|:)\s*|\s+)(?=\S)"
)


@cache
def _held_at() -> re.Pattern[str]:
    """A word that brings in the event a meeting was held at, closing a text (``during the``, ``on the margins
    of``: ``date_words.csv``, role ``neighbour``; ``at``: ``meeting_words.csv``, role ``host``)."""
    cues = alternation([*neighbour_words(), *meeting_words("host")], spaces=True)
    return re.compile(rf"(?i)\s+(?:{cues})\s+(?:the\s+)?$")


def _host_off(line: str) -> str:
    """A heading without the dated session of a catalogue series it was held at, written around it: opening it,
    maybe with its place and a dash (``IGF 2031 Lima — Best Practice Forum on X``), or closing it after a cue,
    the heading's kind before (``Dynamic Coalition on X (DC-X) — session at IGF 2031``); only when what is left
    is a heading of a body that met (:func:`_names_a_body`: a line that is the session's own, ``WSIS Forum 2031 –
    Outcomes``, or names a session of its programme, ``IGF 2031 Lima — Main Session on X``, is kept)."""
    rest = _after_host(line)
    if rest is not None and _names_a_body(rest):
        return rest
    for _, pattern in _dated_series(line):
        for m in pattern.finditer(line):
            cue = _held_at().search(line[: m.start()]) if not line[m.end() :].strip(" .") else None
            rest = line[: cue.start()].rstrip(" ,") if cue else ""
            if rest and _names_a_body(rest):
                return rest
    return line


def _dated_series(line: str) -> list[tuple[Any, re.Pattern[str]]]:
    """The catalogue series ``line`` may name a dated session of, with their patterns."""
    return [(series, pattern) for series, pattern in series_patterns(line) if series.key_year not in ("once", "n")]


def _after_host(line: str) -> str | None:
    """What a line says after the dated session of a catalogue series that opens it, maybe with its place and a
    dash, a bar or a colon (``WSIS Forum 2031 | Action Line C3: X``: ``Action Line C3: X``), if one does."""
    for _, pattern in _dated_series(line):
        m = pattern.match(line)
        opening = _AFTER_HOST.match(line[m.end() :]) if m is not None else None
        if m is not None and opening is not None:
            return line[m.end() + opening.end() :]
    return None


def _without_host(line: str) -> str:
    """A line without the host session that opens it (:func:`_after_host`), unless what follows is only a kind of
    session, the host's own (``WSIS Forum 2031: Virtual edition``)."""
    rest = _after_host(line)
    return rest if rest and not _kind_line().match(rest) else line


def _names_a_body(text: str) -> bool:
    """Whether a heading (its kind after a dash taken off, ``— session``) names a body that met: a name
    headed by a body noun (``Dynamic Coalition on X``: ``body-heads.csv``), closed by its acronym (``Best
    Practice Forum on X (BPF X)``) or a meeting's name the heading reader reads (``Action Line C3 Facilitation
    Meeting``); not a session of a programme (``Main Session on X``, ``Youth Collaborative Session``, ``Session 212:
    X``: the series' own reader's, ``series_meeting``)."""
    kind = _KIND_AFTER_DASH.search(text)
    name = text[: kind.start()] if kind else text
    head = head_of(name)
    if (head is not None and head[1] == "session") or _SESSION_LABEL.match(name):
        return False
    named = (head is not None and head[2] == "body") or _CLOSING_ACRONYM.search(name.strip()) is not None
    return (named and (kind is not None or head is not None)) or _heading(text) is not None
