"""The acronym of a meeting body known only from its own documents' code (issue 8, round 34).

A record whose header names its body in full and without an acronym (``COUNCIL WORKING GROUP ON X``, ``EXPERT GROUP
ON THE Y``) often writes the body's acronym only in its own document's symbol (``CWG-X-14/6``, ``Document
EG-Y-3/6``, ``APG-C2/OUT-01``) or in a bracket after another wording of its name. The code the report's own symbol
opens with (the first symbol of its title or front: :func:`.request_own_code.symbol_prefix`) is the body's acronym
when its letters spell the name's first initials (:func:`.meeting_mentions.spells`): the requests, the own meeting
and the organisations then name the body by it as the annotation does. Not for a catalogue body (the catalogue
gives its acronym), nor a code another body of the report already goes by.
"""

from __future__ import annotations

from dataclasses import replace

from wsiskg.ingest.extract.gazetteer import bodies as catalogue_bodies
from wsiskg.ingest.extract.meeting_mentions import spells
from wsiskg.ingest.extract.request_own_code import symbol_prefix
from wsiskg.ingest.extract.symbols import symbol_mentions
from wsiskg.ingest.records import Body, ParsedReport

#: the front paragraphs that may hold the report's own symbol
_FRONT = 8


def with_symbol_acronym(report: ParsedReport, bodies: tuple[Body, ...], key: str) -> tuple[Body, ...]:
    """``bodies`` with the meeting body ``key`` given the acronym its own documents' code spells (see the module)."""
    body = next((b for b in bodies if b.key == key), None)
    if body is None or body.acronym is not None or key in catalogue_bodies():
        return bodies
    code = _own_symbol_code(report)
    if code is None or not spells(code, body.name.split()) or any(b.acronym == code for b in bodies):
        return bodies
    return tuple(replace(b, acronym=code) if b is body else b for b in bodies)


def _own_symbol_code(report: ParsedReport) -> str | None:
    """The code of the first document symbol the title or a front paragraph writes (``CWG-X`` of ``CWG-X-14/6``)."""
    front = [p.text for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for text in (report.title or "", *front):
        mentions = symbol_mentions(text)
        if mentions:
            return symbol_prefix(mentions[0].symbol)
    return None
