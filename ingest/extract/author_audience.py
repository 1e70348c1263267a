"""Whom a document addresses: the groups a ``To:`` line of its front lists (``recipients`` cues).

``To: Administrations of Member States, Sector Members``: whom ``you`` means; the line's pieces between commas,
``;`` and ``and``, each group named as written; a ``To:`` field run into the fields around it, a ``To`` line listing
its recipients between semicolons, an address block of list items up to ``Copy:``. Read by
:func:`.authors.document_voice`.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.addressee_phrases import (
    continues_recipients,
    join_shared_heads,
    known_groups,
    recipient_line,
    recipient_piece,
    region_names,
    remit_cut,
)
from wsiskg.ingest.extract.agent_resolver import Actors, Context
from wsiskg.ingest.extract.author_agents import _FRONT, named_group
from wsiskg.ingest.extract.author_cues import author_cues, cue_alternation
from wsiskg.ingest.extract.gazetteer import collectives
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import AgentRef, ParsedReport
from wsiskg.ingest.text import DASH, alternation

#: the pieces of a recipients line
#: a bracketed aside of a recipients line, inside which no piece ends
_BRACKETED = re.compile(r"\([^()]*\)")


_PIECE_GAP = re.compile(rf"\s*(?:[,;]|\band\b|\bas\s+well\s+as\b|(?:^|\s){DASH}(?=\s))\s*")


@cache
def _recipients() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?i:{cue_alternation('recipients')})\s*:\s*(?P<who>.*)$")


@cache
def _run_in_recipients() -> re.Pattern[str]:
    """A ``To:`` field a PDF's layout ran into the fields around it (``Ref: TSB Circular 12 Contact: X
    To: Administrations of Member States; ITU-T Sector Members Subject: ...``): who, up to the next
    field label (``letter-fields`` cues: ``Subject:``, ``Copy:``, ``Tel.:``)."""
    fields = f"{cue_alternation('letter-fields')}|{cue_alternation('copies')}"
    cues = author_cues("recipients")
    label = alternation([c.capitalize() for c in cues] + [c.upper() for c in cues])  # "To:", never "invited to:"
    return re.compile(rf"(?<=\S)\s+(?:{label})\s*:\s*(?P<who>.+?)(?=\s+(?i:{fields})\.?\s*:|$)")


@cache
def _listed_recipients() -> re.Pattern[str]:
    """A ``To`` line with no colon listing its recipients between semicolons (``To Administrations of Member States;
    ITU-T Sector Members; Chairmen of Study Group 5``): who, as a ``To:`` line's; one recipient with no colon (``To the
    Secretary-General``) is read by ``request_addressees._addressed_to``."""
    cues = author_cues("recipients")
    label = alternation([c.capitalize() for c in cues] + [c.upper() for c in cues])
    return re.compile(rf"^\s*(?:{label})\s+(?P<who>[A-Z][^.:!?;]*(?:;\s*[A-Z][^.:!?;]*)+);?\s*$")


@cache
def _copies() -> re.Pattern[str]:
    """``Copy:`` / ``cc:``: the lines after it are copied the letter, not its audience."""
    return re.compile(rf"^\s*(?i:{cue_alternation('copies')})\s*:")


def _audience(report: ParsedReport, actors: Actors) -> tuple[AgentRef, ...]:
    """Whom a ``To:`` line of the front addresses (collectives, bodies, countries, posts): the rest of
    the line, else the list items after it (a letter's address block beside its reference block). A
    short line without a colon (``To the Secretary-General``) is read by
    ``request_addressees._addressed_to``."""
    front = report.paragraphs[:_FRONT]
    for i, p in enumerate(front):
        if not (
            m := _recipients().match(p.text + " ")
            or _run_in_recipients().search(p.text)
            or _listed_recipients().match(p.text)
        ):
            continue
        if m.group("who").strip():
            lines = [(p.order, m.start("who"), m.group("who"))]
            for q in front[i + 1 : i + 6]:  # "To: Administrations of ...", then "ITU-D Sector Members" on its own line
                if not continues_recipients(q.text):
                    break
                lines.append((q.order, 0, q.text))
        else:
            block = front[i + 1 : i + 7]
            end = next((j for j, q in enumerate(block) if _copies().match(q.text)), len(block))
            lines = [(q.order, 0, q.text) for q in block[:end] if q.kind == "list-item"]
        if (person := _person_first(actors, m.group("who"))) is not None:
            return (person,)  # "To: Ms A, Chairman of X": the person, whom "you" means
        found = [r for order, at, who in lines for r in _recipient_groups(actors, order, at, who)]
        return tuple(dict.fromkeys(found))
    return ()


def _person_first(actors: Actors, who: str) -> AgentRef | None:
    """The person a ``To:`` line names first, whole up to its comma (``To: Ms A, Chairman of X (2031-2034)``: a
    memo's or a handover note's addressee): whom the document's ``you`` means, the post after the name being that
    person's (decision 44: a post with its holder in apposition is the person); else ``None``."""
    spans = [s for s in actors.resolver.spans_in(who) if s.kind in ("person", "post", "body", "collective", "country")]
    first = min(spans, key=lambda s: s.start, default=None)
    if first is None or first.kind != "person" or who[: first.start].strip() or not _NAME_END.match(who, first.end):
        return None
    refs = actors.resolver.ref(first)
    return refs[0] if refs and refs[0].kind == "person" else None


#: where a person's name ends in a recipients line: a comma, or the line's end
_NAME_END = re.compile(r"\s*(?:,|$)")


def _recipient_groups(actors: Actors, order: int, at: int, line: str) -> list[AgentRef]:
    """The groups a recipients line lists, one per piece between commas, ``;`` and ``and``,
    each named as written (``Administrations of ITU Member States``); bodies and countries
    only where the line names no group (``To: ITU-R, ITU-T and ITU-D Sector Members``); a group
    before a colon is the line's (``WSIS Stakeholders: Governments, Civil Society``: its members)."""
    head, colon, _ = line.partition(":")
    if colon and head.strip() and (lead := _recipient_groups(actors, order, at, head)):
        if all(r.kind == "collective" for r in lead):
            return lead  # "WSIS Stakeholders: Governments, Private Sector, ...": the group its members make
    groups: list[AgentRef] = []
    others: list[AgentRef] = []
    start = 0
    line = recipient_line(line)  # "WSIS stakeholders concerned with Action Lines C3, C7 and C9": the stakeholders
    # "Ministry of Information and Communications Technology": no gap inside a body's name, nor inside
    # brackets ("Sector Members (operators, manufacturers and academia)")
    names = [(s.start, s.end) for s in actors.resolver.spans_in(line) if s.kind == "body"]
    names += [b.span() for b in _BRACKETED.finditer(line)]
    names += [r.span() for r in region_names().finditer(line)]  # "Member States in Asia and the Pacific"
    names += [g.span() for g in known_groups().finditer(line) if " and " in g.group(0)]  # "Heads of State and ..."
    gaps = [g for g in _PIECE_GAP.finditer(line) if not any(a < g.start() and g.end() < b for a, b in names)]
    for gap in [*gaps, None]:
        end = gap.start() if gap else len(line)
        start_of_piece = start
        piece, offset = recipient_piece(line[start:end]), at + start  # "Academia in the Europe region": Academia
        start = gap.end() if gap else end
        if not piece:
            continue
        # "Ministers in charge of ICT": the group its members make, named as written
        refs = actors.resolve_agents(remit_cut(piece), Context(order, offset))
        known = set(collectives().values())  # "Administrations of ITU Member States": the known group
        group = next((r for r in refs if r.key in known), None) or next(
            (r for r in refs if r.kind == "collective"), None
        )
        if group is not None and piece != line[start_of_piece:end].strip():  # "ITU Member States [in the X region]"
            groups.append(AgentRef("collective", slug(piece), piece))  # a group of its own: no other label lost
        elif group is not None:
            groups.append(named_group(group, piece))
        others += [r for r in refs if r.kind in ("body", "country", "post")]
    if groups:  # "...; League of Arab States; Arab ICT Organization (AICTO)": bodies listed between semicolons too
        return list(join_shared_heads(groups, line)) + _listed_bodies(actors, line)
    return others  # "To: ITU-R, ITU-T and ITU-D Sector Members": the bodies, no group named


def _listed_bodies(actors: Actors, line: str) -> list[AgentRef]:
    """The bodies a recipients line lists as pieces of their own between semicolons, each piece one body's name
    (an acronym in brackets after it: ``Arab ICT Organization (AICTO)``), beside the groups it lists (``To: Heads of
    State and Government; League of Arab States``); a body inside a group's piece (``ITU-T Associates of Study
    Group 12``) is none."""
    out: list[AgentRef] = []
    for piece in line.split(";") if ";" in line else []:
        name = _BRACKETED.sub("", piece).strip()
        spans = [sp for sp in actors.resolver.spans_in(name) if sp.kind == "body"]
        if len(spans) == 1 and (spans[0].start, spans[0].end) == (0, len(name)):
            out += actors.resolver.ref(spans[0])
    return out
