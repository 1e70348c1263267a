"""Who writes a letter whose signature is not there (an excerpt): the post or body its letterhead names.

``UNITED NATIONS`` / ``Commission on X`` / ``The Chair``: the Chair of the Commission; else the body or post a
letter's first line is. Read by :func:`.authors.document_voice`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.agent_resolver import Actors, Context
from wsiskg.ingest.extract.author_signatures import _role_start
from wsiskg.ingest.extract.author_submissions import short_country_name
from wsiskg.ingest.extract.body_acronyms import ACRONYM_TAIL
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import name_joiners, small_word_alternation, title_cased
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.submitters import only_country
from wsiskg.ingest.records import AgentRef, ParsedReport, Span
from wsiskg.ingest.text import DASH

#: a letterhead line that is only a post's role: ``The Chair``, ``Office of the Secretary-General``
_HEAD_ROLE = re.compile(r"^(?:(?:the\s+)?office\s+of\s+)?(?:the\s+)?(?P<role>.{2,60}?)\W*$", re.IGNORECASE)


def _letterhead(report: ParsedReport, actors: Actors, offices: bool = False) -> AgentRef | None:
    """The post a letterhead names under its body (``UNITED NATIONS`` / ``Commission on X`` / ``The
    Chair``: the Chair of the Commission), else the body or post a letter's first line is (``Strategy
    and Policy Unit`` / ``General Secretariat`` over the reference): who writes a letter whose
    signature is not there (an excerpt); ``offices``: else the office the first line names as written
    (:func:`_unit_named`, an unsigned notice's issuer)."""
    return _letterhead_post(report, actors) or _letterhead_line(report, actors, offices)


def _letterhead_post(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """``The ROLE`` among a letter's first lines (before its reference, date or ``To:``): the post of
    that role in the nearest body named above it."""
    lines = [report.title.strip()] if report.title else []
    lines += [p.text.strip() for p in report.paragraphs[:6] if p.section == "front" and p.text.strip()]
    for i, line in enumerate(lines[:5]):
        head = _HEAD_ROLE.match(line)
        if head is None or not _role_start().fullmatch(head.group("role")):
            continue
        for above in reversed(lines[:i]):
            body = title_cased(above) if above.isupper() else above
            found = actors.resolve_agents(f"{head.group('role')} of the {body}", Context(0, 0))
            if len(found) == 1 and found[0].kind == "post":
                return found[0]
        return None
    return None


def _letterhead_line(report: ParsedReport, actors: Actors, offices: bool = False) -> AgentRef | None:
    """The body or post a letter's first line is; a first line of an organisation and its unit set apart by a
    spaced dash (``INTERNATIONAL TELECOMMUNICATION UNION - TELECOMMUNICATION DEVELOPMENT BUREAU``, ``ITU - General
    Secretariat``) is the unit's, which issues the document."""
    first = next((p for p in report.paragraphs if p.text.strip()), None)
    if report.title:  # the first line, read as the title
        text, spans = report.title.strip(), actors.resolver.spans_in(report.title.strip())
    elif first is not None and first.section == "front":
        text = first.text.strip()
        offset = actors.resolver.texts.get(first.order, first.text).find(text)
        spans = [
            replace(s, start=s.start - offset, end=s.end - offset) for s in actors.resolver.spans.get(first.order, [])
        ]
    else:
        return None
    found = _whole_line(actors, text, spans)
    if found is None and len(pieces := _SPACED_DASH.split(text)) > 1:
        unit = pieces[-1].strip()
        found = _whole_line(actors, unit, actors.resolver.spans_in(title_cased(unit) if unit.isupper() else unit))
    if found is not None and found.kind == "body":
        return _unit_below(report, actors, found, offices) or found
    return found or (_unit_named(text) or _state_named(text) if offices else None)


def _unit_below(report: ParsedReport, actors: Actors, organization: AgentRef, offices: bool) -> AgentRef | None:
    """The unit a letterhead names on the line right under its organisation's (``International Telecommunication
    Union`` / ``ITU Area Office for the Andes, Lima``, ``UNITED NATIONS`` / ``Economic Commission for Africa (ECA)``):
    the unit issues the document, as a unit set apart by a spaced dash does; its place after a comma is left out."""
    front = [p.text.strip() for p in report.paragraphs[:3] if p.section == "front" and p.text.strip()]
    below = front[0] if report.title else (front[1] if len(front) > 1 else None)
    if below is None:
        return None
    line = ACRONYM_TAIL.sub("", below.split(",")[0].strip()).strip()
    name = title_cased(line) if line.isupper() else line
    found = _whole_line(actors, name, actors.resolver.spans_in(name)) or (_unit_named(line) if offices else None)
    return found if found is not None and found.kind == "body" and found.key != organization.key else None


#: the kinds of head noun (``body-heads.csv``) of an office that issues documents: ``Office``, ``Bureau``, ``Centre``
_UNIT_KINDS = frozenset({"organization", "bureau"})


def _unit_named(text: str) -> AgentRef | None:
    """The office a letterhead's first line names as written when no catalogue knows it (``ITU Arab Regional Office``,
    ``ITU REGIONAL OFFICE FOR ASIA AND THE PACIFIC``): a short line of words in title case or capitals whose head noun
    is an office's (:data:`_UNIT_KINDS`), not a sentence."""
    line = text.strip(" .")
    name = title_cased(line) if line.isupper() else line
    if len(line) > _UNIT_LINE or not _capitalised().fullmatch(name):
        return None
    head = head_of(name)
    return AgentRef("body", slug(name), name) if head is not None and head[1] in _UNIT_KINDS else None


def _state_named(text: str) -> AgentRef | None:
    """The country a notice's letterhead line is alone (``REPUBLIC OF X``, ``Royal Government of Y``, ``Kingdom of
    Z``): a voluntary national review or another paper a state issues in its own name asks as that country, as ``the
    Government of X`` is X (decisions 26 and 55)."""
    line = text.strip(" .")
    code = only_country(title_cased(line) if line.isupper() else line)
    return AgentRef("country", code, short_country_name(AgentRef("country", code, code))) if code else None


#: how long a letterhead line that names an office may be
_UNIT_LINE = 80


@cache
def _capitalised() -> re.Pattern[str]:
    """Words that start with a capital (an acronym too), maybe with a name's small joining words between them
    (:func:`casing.name_joiners`: ``of``, ``for``, ``and``, ``the`` ...)."""
    joiners = small_word_alternation(name_joiners())
    return re.compile(rf"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|{joiners}))*")


#: a spaced dash between the parts of a letterhead line
_SPACED_DASH = re.compile(rf"\s+{DASH}\s+")


def _whole_line(actors: Actors, text: str, spans: list[Span]) -> AgentRef | None:
    """The one body or post that is the whole of ``text`` (after ``the``), given the ``spans`` found in it."""
    spans = [s for s in spans if s.kind in ("body", "post")]
    whole = [s for s in spans if s.start <= len("the ") and s.end >= len(text.rstrip(" ,."))]
    refs = actors.resolver.ref(whole[0]) if len(whole) == 1 else []
    if refs and all(r.kind == "collective" for r in actors.resolve_agents(text, Context(0, 0))):
        return None  # "Radiocommunication Study Groups" heading a Sector's documents: its groups, no writer
    return refs[0] if refs else None


#: a notice's contact line: ``Contact: ...``, ``Media contacts: ...``, ``For enquiries, contact: ...`` (up to three
#: words before the label)
_CONTACT_LINE = re.compile(r"^\W*(?:[A-Za-z,]+\s+){0,3}?(?i:contacts?)\s*:\s*")


def contact_issuer(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The body of the first contact an unsigned notice gives (``Contact: Ms A, WSIS Prizes Coordinator, ITU.``,
    ``Media contacts: Mr A, Senior Communications Officer, ITU; Ms B, ..., Ministry of X``): who issues the notice
    when no signature and no letterhead say (decisions 50 and 55); ``None`` when its first contact names no body."""
    for p in report.paragraphs:
        text = actors.resolver.texts.get(p.order, p.text)
        if (m := _CONTACT_LINE.match(text)) is None:
            continue
        end = text.find(";", m.end())
        end = len(text) if end < 0 else end
        spans = actors.resolver.spans.get(p.order, [])
        if not any(s.kind == "person" and m.end() <= s.start < end for s in spans):
            continue
        found = [s for s in spans if s.kind in ("body", "post") and m.end() <= s.start < end]
        if not found:
            return None
        # "Coordinator, ITU" read as a post: the body it is of
        key = found[-1].keys[0].split("/")[0] if found[-1].kind == "post" else found[-1].keys[0]
        return AgentRef("body", key, actors.resolver.label(key))
    return None
