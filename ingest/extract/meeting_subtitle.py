"""The report's own meeting whose title runs its name on into a subtitle after a colon, when the lead names the
meeting without it (decision 3: the body that met as the document writes it, without the document's title): ``Report
of the Expert Group Meeting on Rural Spectrum Access (RSA) Policies: Lessons for the Next Decade`` over ``1. The
Expert Group Meeting on RSA Policies was held in Accra on ...`` was read with the subtitle (``... Policies: Lessons
for the Next Decade``), and so the asker of ``The meeting recommended ...``: the body is the name before the colon.

Two kinds of evidence: the layout (a title or header line that parts the name read from the subtitle with a colon)
and the lead (a sentence whose subject is the name before the colon, written whole or with an acronym in brackets in
place of the words it stands for, and whose verb says the meeting was held, ``meeting_words.csv`` role ``met``). A
lead that names the meeting by its kind alone (``The Ad Hoc Expert Group Meeting was organized by ...``) keeps the
subtitle: nothing tells the name from the title then."""

from __future__ import annotations

import re
from dataclasses import replace

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation

from .gazetteer import bodies as gazetteer_bodies
from .genre import header_lines
from .header_line_joins import NAME_LINES
from .keys import slug
from .meeting import record_title
from .meeting_lead import LEAD_PARAGRAPHS
from .meeting_words import meeting_words

#: a colon between the name and its subtitle
_COLON = re.compile(r":\s+(?=[A-Z\"“'])")
#: an acronym in brackets after the words it stands for (``National X Infrastructure (NXI)``)
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z]{2,10})\)")


def subtitle_off(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the name before the colon when the lead names it without the subtitle (see the module); else
    ``meeting`` as it is."""
    if meeting.body in gazetteer_bodies():
        return meeting
    verbs = alternation(meeting_words("met"), spaces=True)
    for line in [record_title(report) or "", *header_lines(report)[:NAME_LINES]]:
        name = _before_subtitle(line, meeting.body)
        if name is None:
            continue
        forms = {name, _acronym_for_words(name)}
        written = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=lambda f: (-len(f), f)))
        named = re.compile(rf"\b[Tt]he\s+(?:{written})\s+(?:{verbs})\b")
        for p in report.paragraphs[:LEAD_PARAGRAPHS]:
            if named.search(p.text):
                return replace(meeting, body=slug(name), paragraphs=tuple(sorted({*meeting.paragraphs, p.order})))
    return meeting


def _before_subtitle(line: str, key: str) -> str | None:
    """The name, as ``line`` writes it before a colon, that the meeting keyed ``key`` runs on from into the subtitle
    after the colon, else None."""
    for m in _COLON.finditer(line):
        tail = slug(line[m.end() :])
        if not tail or not key.endswith(f"-{tail}"):
            continue
        head = key[: -len(tail) - 1]
        words = line[: m.start()].split()
        return next((" ".join(words[i:]) for i in range(len(words)) if slug(" ".join(words[i:])) == head), None)
    return None


def _acronym_for_words(name: str) -> str:
    """``name`` with the words an acronym in brackets spells (their capitals, small words skipped) written as the
    acronym (``Meeting on National X Infrastructure (NXI) Policies``: ``Meeting on NXI Policies``)."""
    m = _ACRONYM.search(name)
    if m is None:
        return name
    words = name[: m.start()].split()
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    count = len(m["acr"])
    if len(capitals) < count or "".join(words[i][0] for i in capitals[-count:]) != m["acr"]:
        return name
    return " ".join([*words[: capitals[-count]], m["acr"]]) + name[m.end() :]
