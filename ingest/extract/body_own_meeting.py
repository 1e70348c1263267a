"""The report's own meeting body as a record: named only as a meeting (:func:`meeting_named_as_meeting`,
decision 21), named without its title in brackets (:func:`untitled_meeting_body`, :func:`untitled`, decision 3)
and without the edition of the session that opens its name (:func:`without_edition`, decision 32)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.body_mentions import code_of_a_meeting, names_a_meeting
from wsiskg.ingest.extract.body_titles import is_title
from wsiskg.ingest.extract.gazetteer import bodies, head_last_words
from wsiskg.ingest.extract.ordinals import ROMAN, ordinal_regex
from wsiskg.ingest.records import MEETING_NAME, Body, ParsedReport
from wsiskg.ingest.text import DASH, alternation

_TITLED = re.compile(r"(?P<name>.+?) \((?P<title>[^()]+)\)")
#: a numbered body's title after a spaced dash (``Committee 3 - Working Methods``, a header's ``COMMITTEE 3 - ...``)
_DASHED = re.compile(rf"(?P<name>.+?\s\d+[A-Z]?)\s+{DASH}\s+(?P<title>[^()]+)")


def meeting_named_as_meeting(report: ParsedReport, found: tuple[Body, ...], meeting_body: str) -> tuple[Body, ...]:
    """``found`` (the report's bodies) with the report's own meeting body of kind ``MEETING_NAME``
    when the report names it only as a meeting (decision 21 of ``docs/annotation-guide.md``:
    ``Expert Group Meeting on X``, ``Action Line C6 facilitation meeting``, ``WSIS Forum``, or the
    code such a name is given, ``RPM-CIS``): no organisation (the graph keeps its name for the
    meeting's ``wsis:meetingOf``, :mod:`wsiskg.ingest.model`); a catalogue body stays one
    (``Conference Preparatory Meeting``)."""

    def named_as_meeting(b: Body) -> bool:
        if b.key != meeting_body or b.key in bodies():
            return False
        if " " not in b.name.strip():  # a code: the name it is given in brackets
            return code_of_a_meeting(b.name.strip(), (report.title or "", *(p.text for p in report.paragraphs)))
        return names_a_meeting(b.name)

    return tuple(replace(b, kind=MEETING_NAME) if named_as_meeting(b) else b for b in found)


def untitled_meeting_body(bodies: tuple[Body, ...], meeting_body: str) -> tuple[Body, ...]:
    """``bodies`` with the report's own meeting body named without its title in brackets (decision 3:
    the body that met as the report names it, ``Committee 4``; elsewhere it keeps its title,
    decision 6: ``Committee 4 (Editorial)``) and without the edition opening it (decision 32: ``Ninth Regional
    Forum on X (RFX-9)`` is the ``Regional Forum on X``, whose words ``The Forum invited ...`` are)."""

    return tuple(replace(b, name=without_edition(untitled(b.name))) if b.key == meeting_body else b for b in bodies)


def untitled(name: str) -> str:
    """``name`` without its title in brackets (``Committee 5 (Policy Matters)`` -> ``Committee 5``) or after a
    spaced dash when the name before it ends with its number (``Committee 3 - Working Methods`` -> ``Committee 3``)."""
    m = _TITLED.fullmatch(name) or _DASHED.fullmatch(name)
    return m.group("name") if m and is_title(m.group("title")) else name


@cache
def _edition() -> re.Pattern[str]:
    """An ordinal or a Roman numeral opening a name, then maybe an event noun and ``of (the)`` (``XXIV Meeting of
    the``, ``38th Session of the``), before a capitalised word."""
    nouns = alternation(head_last_words("event"))
    return re.compile(
        rf"^(?:[Tt]he\s+)?(?:{ordinal_regex()}|{ROMAN})\s+(?:(?i:{nouns})\s+(?i:of)\s+(?:(?i:the)\s+)?)?(?=[A-Z])"
    )


def without_edition(name: str) -> str:
    """``name`` without the edition of the session opening it, the meeting's number (decision 32: ``Ninth Global
    Forum on X`` -> ``Global Forum on X``, ``XXIV Meeting of the Standing Board of Y`` -> ``Standing Board of
    Y``); a name left with one word (``Second Committee``, ``Third Meeting``) is the name itself."""
    m = _edition().match(name)
    rest = name[m.end() :] if m else name
    return rest if len(rest.split()) > 1 else name
