"""Find bodies (organisations, groups, bureaux ...) mentioned in a report.

The report's bodies (:func:`find_bodies`, :func:`body_records`, :func:`named_in_title`) over the pieces:
the matcher of body spans in a text (:mod:`.body_matcher`), the bodies the catalogue does not know
(:mod:`.defined_bodies`: by an acronym, :mod:`.bodies_by_acronym` and :mod:`.body_acronyms`; by their form,
:mod:`.body_form_names`; in lower case, :mod:`.body_prose_groups`), the meeting body's secretariat and
organisation (:mod:`.body_homes`) and the report's own meeting body as a record (:mod:`.body_own_meeting`).

Sources of a body mention, in order of precedence (an earlier, longer span wins):

1. gazetteer names, acronyms and aliases (``ontology/gazetteers/bodies.csv``): acronyms and
   one-word aliases match case-sensitively, multi-word names case-insensitively; a
   surface glued to ``-`` + letters/digits (``ITU-T``, ``Council-22``, ``WTSA-20``) is not a mention;
2. acronyms defined in the text, ``Expert Group on ICT Household Indicators (EGH)``: the
   head noun (``ingest/data/body-heads.csv``) says whether it is a body (and which kind) or an
   event (``... Forum 2021 (DCDF-2021)``; a year in the name or acronym also marks an event,
   events are left to the event extractor);
3. ``the Group`` / ``this Group`` / ``the Working Group`` / ``the Council Working Group`` /
   ``Members of the Group``: the meeting body (the words of its name up to the head noun);
4. ``the Secretariat``: the meeting body's secretariat, from ``ingest/data/meeting-secretariats.csv``
   looked up along the meeting body's parent chain (``cwg-wsis-sdg`` -> ``wsis-secretariat``),
   else its own; an agent of requests, but no body mention of its own (no body record unless a
   request goes to it); ``the UNCTAD secretariat`` is UNCTAD (no new body);
5. ``the Commission`` / ``the Organization`` ...: the last body mentioned whose name has that head noun.
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.body_acronyms import acronym_alone, acronym_written, defined_name, initials
from wsiskg.ingest.extract.body_homes import home_organization, meeting_secretariat, own_secretariat
from wsiskg.ingest.extract.body_matcher import BodyMatcher, DefinedBody, head_anaphora
from wsiskg.ingest.extract.body_mentions import named_conference
from wsiskg.ingest.extract.body_own_meeting import meeting_named_as_meeting, untitled, untitled_meeting_body
from wsiskg.ingest.extract.casing import joiner_alternation
from wsiskg.ingest.extract.defined_bodies import find_defined
from wsiskg.ingest.extract.gazetteer import BodyEntry, bodies
from wsiskg.ingest.extract.study_groups import study_group_sector
from wsiskg.ingest.records import Body, ParsedReport, Span


def body_records(matcher: BodyMatcher, refs: dict[str, list[int]]) -> tuple[Body, ...]:
    """The bodies of ``refs`` (key -> paragraphs), but for those found only where no body is
    mentioned (:meth:`BodyMatcher.unmentioned`)."""
    out: list[Body] = []
    skip = matcher.unmentioned()
    for key, orders in refs.items():
        if key in skip:
            continue
        entry: BodyEntry | None = bodies().get(key)
        paragraphs = tuple(sorted(set(orders)))
        if entry:
            out.append(Body(key, entry.name, entry.acronym, entry.kind, entry.parent, paragraphs))
        elif key in matcher.defined:
            d = matcher.defined[key]
            out.append(Body(key, d.name, d.acronym or None, d.kind, d.parent, paragraphs))
    return tuple(sorted(out, key=lambda b: b.key))


#: a title in title case that may be a letterhead: capitalised words (and their small words), an acronym in brackets
_LETTERHEAD = re.compile(
    rf"(?:\s*(?:[A-Z][\w&’'\-]*|\d{{1,2}}|{joiner_alternation(places=True)})\b)*(?:\s*\([A-Z][\w&\-]*\))?\s*"
)
_ACRONYM_ONLY = re.compile(r"\s*(?:\([A-Z][\w&\-]*\))?\s*")


def _one_body_named(text: str, spans: list[Span]) -> bool:
    """Whether ``text`` is wholly one body's name, with its acronym in brackets or not."""
    if len({s.keys[0] for s in spans}) != 1:
        return False
    rest, last = [], 0
    for s in spans:
        rest.append(text[last : s.start])
        last = s.end
    rest.append(text[last:])
    return bool(_ACRONYM_ONLY.fullmatch("".join(rest).replace("()", "")))


def named_in_title(report: ParsedReport, found: tuple[Body, ...]) -> tuple[Body, ...]:
    """``found`` (the report's bodies) with each catalogue body a title in capitals names that no
    paragraph mentions (a letterhead folded into the title, ``INTERNATIONAL TELECOMMUNICATION UNION``
    over a contribution or a summary): mentioned by the first paragraph, as a meeting body named only
    in the title is (:func:`.own_meeting.meeting_body`); a conference stays none (decision 26). A
    title in title case is a letterhead when it is wholly one catalogue body's name, with its acronym
    in brackets or not (``Telecommunication Development Bureau (BDT)`` over a Director's letter: the
    look half lists the body in 140 of 150 reports whose title is so)."""
    title = report.title or ""
    if not report.paragraphs or not (title.isupper() or _LETTERHEAD.fullmatch(title)):
        return found
    matcher = BodyMatcher(None, find_defined(report))
    text = title.title() if title.isupper() else title  # the catalogue's names are matched as written in title case
    spans = matcher.spans(text, remember=False)
    if not title.isupper() and not _one_body_named(text, spans):
        return found  # a title in title case is a letterhead only when it is one body's name and its acronym
    known = {b.key for b in found}
    first = (report.paragraphs[0].order,)
    added: list[Body] = []
    for span in spans:
        entry = _title_entry(matcher, key := span.keys[0])
        if entry is None or key in known or matcher._weak(text, span) or named_conference(entry.name, entry.kind):
            continue
        known.add(key)
        added.append(Body(key, entry.name, entry.acronym, entry.kind, entry.parent, first))
    return found + tuple(added)


def _title_entry(matcher: BodyMatcher, key: str) -> BodyEntry | DefinedBody | None:
    """The catalogue body a letterhead names, or the study group (``ITU-D STUDY GROUP 1`` over a contribution)."""
    entry = bodies().get(key)
    if entry is None and study_group_sector(key):
        return matcher.defined.get(key)
    return entry


def find_bodies(report: ParsedReport, meeting_body: str | None) -> tuple[Body, ...]:
    """Every body mentioned in the report, each with all the paragraphs that mention it."""
    matcher = BodyMatcher(meeting_body, find_defined(report))
    refs: dict[str, list[int]] = {}
    for p in report.paragraphs:
        for s in matcher.spans(p.text):
            refs.setdefault(s.keys[0], []).append(p.order)
    return body_records(matcher, refs)


__all__ = [
    "BodyMatcher",
    "DefinedBody",
    "acronym_alone",
    "acronym_written",
    "body_records",
    "defined_name",
    "find_bodies",
    "find_defined",
    "head_anaphora",
    "home_organization",
    "initials",
    "meeting_named_as_meeting",
    "meeting_secretariat",
    "named_in_title",
    "own_secretariat",
    "untitled",
    "untitled_meeting_body",
]
