"""The body a record's subject names by a short form, when its own meeting was not found (issue 8, round 31).

An excerpt cut before its header names its body only in passing: by a code (``the FG-XY Chairman``,
``Document RPM-ABC05/3``, a page's ``RPM-ABC05/9-E``), while its sentences name it by its kind
(``The Focus Group invited ...``) or by the code's first part (``The RPM invited ...``). :func:`coded_body` is
the one code the report writes that opens with that short form (the kind's initials: ``FG``; the acronym:
``RPM``) and a part in capitals, as written up to its digits (``RPM-ABC``); ``None`` when the report writes
none or several.
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.bodies import acronym_alone, initials
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.document import once_per_document
from wsiskg.ingest.extract.gazetteer import bodies
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_mentions import generic_name
from wsiskg.ingest.records import AgentRef, ParsedReport


def coded_body(report: ParsedReport, phrase: str, found: tuple[AgentRef, ...]) -> AgentRef | None:
    """The body of the one code the report writes that opens with the short form ``phrase`` is (an acronym
    alone, ``The RPM``), or with the initials of the kind of body ``phrase`` (or the body ``found``, outside the
    catalogue) names (``The Focus Group``); ``None`` for any other phrase, or when no one code fits."""
    if len(found) > 1 or any(a.kind not in ("body", "collective") or a.key in bodies() for a in found):
        return None  # a catalogue body, or no body
    alone = acronym_alone(phrase)
    name = without_article((found[0].label if found else phrase).strip(), "the", "this")
    if alone is not None and not alone[1]:
        short = alone[0]
    elif generic_name(name):
        short = initials(name.split())
    else:
        return None
    if len(short) < 2 or not short.isupper():
        return None
    codes = once_per_document(("coded_body", short), lambda: _codes(report, short))
    return AgentRef("body", slug(codes[0]), codes[0]) if len(codes) == 1 else None


def _codes(report: ParsedReport, short: str) -> tuple[str, ...]:
    """The distinct codes that open with ``short``, a hyphen and two capitals or more (``RPM-ABC`` of
    ``RPM-ABC05/3``), in the report's text."""
    pattern = re.compile(rf"(?<![\w/-]){re.escape(short)}-[A-Z]{{2,}}(?![a-z])")
    return tuple(dict.fromkeys(m.group(0) for p in report.paragraphs for m in pattern.finditer(p.text)))
