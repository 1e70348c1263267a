"""Extract: :class:`ParsedReport` -> :class:`Extraction` (plain records, no rdflib).

The extractors are small modules, one per kind of fact; this function runs them in
dependency order (the meeting first: its body and year are the context of the rest)
and reconciles what they found (event keys that requests point to, the chair).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..records import MEETING_NAME, AgentRef, Body, Extraction, Meeting, ParsedReport, Post, Request
from .bodies import meeting_named_as_meeting, named_in_title, untitled_meeting_body
from .body_aliases import one_body_per_name, spans_under_one_key
from .body_names import BodyName, as_body_names, with_redefined
from .body_symbol_acronyms import with_symbol_acronym
from .concepts import find_concepts
from .dates import document_date
from .deadlines import find_deadlines
from .defined_bodies import find_defined
from .document import new_document
from .documents import document_context, find_documents
from .event_labels import bodies_named_in_labels
from .events import events_and_aliases, report_year
from .meeting import meeting_year
from .own_meeting import own_meeting, with_meeting_body, with_presumed_group
from .persons import find_actors, own_body
from .request_addressee_pieces import without_its_whole
from .request_addressees import secretariat_agents, unnamed_secretariat
from .request_messengers import carried_message
from .request_signatories import without_undertakings
from .request_summaries import without_summaries
from .requests import find_requests
from .resolutions import find_resolutions
from .sdgs import tag_topics
from .study_groups import meeting_body_names
from .warnings import extraction_warnings


def extract(report: ParsedReport) -> Extraction:
    """Every fact of one report, each pointing at the paragraphs it was found in.

    The extractors share one document model (:func:`~.document.document`): each reads the
    paragraphs' sentences from it and records the spans it found; requests read the events and
    documents recorded before them. While they run, a reader's answers may be kept in it
    (:func:`~.document.once_per_document`)."""
    doc = new_document(report)
    doc.reading = True
    try:
        return _extract(report)
    finally:
        doc.reading = False


def _extract(report: ParsedReport) -> Extraction:
    names = with_redefined(meeting_body_names(report), find_defined(report))  # "X (CTO)": X, not the catalogue's
    meeting, named = own_meeting(report, names)
    body = named.body if named else None
    reference, year = _reading_day(report, meeting, named)
    # the document's own body scopes its bare head nouns and posts: the meeting it records, else its front's
    actors = find_actors(report, body, body if meeting is not None else own_body(report))
    if meeting is not None:
        meeting = replace(meeting, chair=actors.chair, vice_chairs=actors.vice_chairs)
    bodies = actors.bodies
    if meeting is not None:
        bodies = untitled_meeting_body(with_meeting_body(report, meeting, bodies), meeting.body)
        bodies = meeting_named_as_meeting(report, bodies, meeting.body)
        bodies = with_symbol_acronym(report, bodies, meeting.body)  # "CWG-X-14/6" over "COUNCIL WORKING GROUP ON X"
    elif named is None:  # no meeting read at all, not one a letter or a speech is only about
        bodies = with_presumed_group(report, actors.meeting_body, bodies)
    spans_under_one_key(report, bodies)  # a body the events and requests read under one key
    # a body the report defines names its meetings (``the third meeting of the XYZ``: the body's third meeting)
    events, event_aliases = events_and_aliases(
        report, year, _event_bodies(names, bodies, meeting), meeting=meeting, context=named
    )
    aliases = {f"event:{a}": f"event:{b}" for a, b in event_aliases.items()}
    start = named.start if named else None
    documents = find_documents(report, context=_document_context(named, year, report))
    # the request reader knows the meeting body by its name (``the Committee`` of ``STANDING COMMITTEE ON X (SCX)``)
    requests, decisions = find_requests(report, replace(actors, bodies=bodies), body, year, start)
    requests = tuple(without_its_whole(r) for r in requests if not _asked_by_no_one(r) and not carried_message(r))
    requests = without_undertakings(report, requests)  # "X and Y (the Parties) ...: The Parties shall ...": no request
    requests = without_summaries(requests)
    known = {f"event:{e.key}" for e in events}
    requests = tuple(replace(r, concerns=_known_only(r.concerns, known, aliases)) for r in requests)
    decisions = tuple(replace(d, concerns=_known_only(d.concerns, known, aliases)) for d in decisions)
    # the meeting body's secretariat named only by its function: an agent, no body (docs/requests.md)
    secretariat = unnamed_secretariat(actors.meeting_body, bodies)
    requests, decisions = secretariat_agents(requests, decisions, secretariat, bodies)
    bodies = named_in_title(report, bodies)  # a letterhead the parser folded into the title
    posts = actors.posts + _group_posts(requests, {p.key for p in actors.posts})
    posts, requests = _posts_named(posts, requests, bodies)
    # a label written with a body's key while the events were read names the body (before two keys become one)
    return one_body_per_name(
        bodies_named_in_labels(
            Extraction(
                report=report,
                meeting=meeting,
                bodies=bodies,
                countries=actors.countries,
                posts=posts,
                persons=actors.persons,
                mentions=find_concepts(report),
                events=events,
                deadlines=find_deadlines(report, year or report_year(report), meeting=named, reference=reference),
                documents=documents,
                resolutions=find_resolutions(report),
                requests=requests,
                decisions=decisions,
                topics=tag_topics(report),
                warnings=extraction_warnings(report, meeting, actors.meeting_body),
            )
        )
    )


def _event_bodies(
    names: tuple[BodyName, ...], bodies: tuple[Body, ...], meeting: Meeting | None
) -> tuple[BodyName, ...]:
    """The bodies the events are named with: the catalogue and the report's study groups and defined meeting
    bodies (:func:`~.study_groups.meeting_body_names`), then each other body the report defines by a name and
    an acronym (``the Task Force on X (TFX)``; one named by form alone may be a series' name the catalogue keys),
    and the report's meeting body when none of those is it (``EXPERT GROUP ON X`` over ``the fourth meeting of the
    group``: its head noun names it)."""
    known = {n.key for n in names}
    own = meeting.body if meeting else ""
    added = tuple(b for b in bodies if b.key not in known and (b.acronym or b.key == own) and b.kind != MEETING_NAME)
    return names + as_body_names(added)


def _reading_day(
    report: ParsedReport, meeting: Meeting | None, named: Meeting | None
) -> tuple[date | None, int | None]:
    """The day the report's dates without a year are read from, and its year: the dated meeting it records;
    for a report of no dated meeting the day it is dated, a letter or contribution about a meeting too (its
    deadlines fall before that meeting), else the meeting it names."""
    recorded = named if meeting is not None and named and named.start else None
    reference = recorded.start if recorded else (document_date(report) or (named.start if named else None))
    year = (
        meeting_year(named)
        if named and named.start and reference == named.start
        else (reference.year if reference else None)
    )
    return reference, year


def _asked_by_no_one(request: Request) -> bool:
    """Whether a request's requester is only ``the meeting``: a record whose body was not found, a
    letter or note whose author was not. No annotation and no query names that requester (the
    guide's requester is the meeting's body or the document's author), so the graph leaves it out."""
    return (request.requester.kind, request.requester.key) == ("collective", "meeting")


def _document_context(meeting: Meeting | None, year: int | None, report: ParsedReport) -> str:
    """What the report's meeting-local document symbols (``DT/4``) are keyed within."""
    if meeting is None:
        return document_context(None, None, None, report.title)
    return document_context(meeting.body, meeting.number, year, report.title)


def _group_posts(requests: tuple[Request, ...], known: set[str]) -> tuple[Post, ...]:
    """Posts that requests address as a group (``the Directors of the three Bureaux``) without
    the text naming them one by one: posts all the same, with their paragraphs."""
    orders: dict[str, set[int]] = {}
    labels: dict[str, str] = {}
    for r in requests:
        for a in (r.requester, *r.addressees):
            if a.kind == "post" and a.key not in known and "/" in a.key:
                orders.setdefault(a.key, set()).add(r.paragraph)
                labels[a.key] = a.label
    return tuple(
        Post(key, key.split("/")[1], key.split("/")[0], labels[key], tuple(sorted(o))) for key, o in orders.items()
    )


#: a label's body written as a key (``expert-group-on-x``)
_KEYED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def _posts_named(
    posts: tuple[Post, ...], requests: tuple[Request, ...], bodies: tuple[Body, ...]
) -> tuple[tuple[Post, ...], tuple[Request, ...]]:
    """Posts of a body outside the catalogue labelled with its key while the actors were read (``Chair,
    expert-group-on-x``: the body's name was known only once the meeting was), named with the body's name
    (``Chair, Expert Group on X``), in the posts and in the requests that name them; such a body asking or
    asked by its key's label, by its name too."""
    names = {b.key: b.name for b in bodies}

    def named(key: str, label: str) -> str:
        head, comma, org = label.rpartition(", ")
        body = key.partition("/")[0]
        keyed = comma and _KEYED.fullmatch(org) is not None and body in names and _KEYED.fullmatch(names[body]) is None
        return f"{head}, {names[body]}" if keyed else label

    def agent(a: AgentRef) -> AgentRef:
        if a.kind == "body" and _KEYED.fullmatch(a.label) and _KEYED.fullmatch(names.get(a.key, a.label)) is None:
            return replace(a, label=names[a.key])  # the body itself, labelled with a key
        return replace(a, label=named(a.key, a.label)) if a.kind == "post" else a

    posts = tuple(replace(p, label=named(p.key, p.label)) for p in posts)
    requests = tuple(
        replace(r, requester=agent(r.requester), addressees=tuple(agent(a) for a in r.addressees)) for r in requests
    )
    return posts, requests


def _known_only(concerns: tuple[str, ...], events: set[str], aliases: dict[str, str] | None = None) -> tuple[str, ...]:
    """Drop event references the event extractor did not confirm (no dangling IRIs); a merged
    event's key becomes the key it was merged into."""
    out: list[str] = []
    for c in concerns:
        c = (aliases or {}).get(c, c)
        if (not c.startswith("event:") or c in events) and c not in out:
            out.append(c)
    return tuple(out)
