"""Plain records passed between the ingest stages (no rdflib here).

read    -> :class:`RawDocument`
parse   -> :class:`ParsedReport` (sections and paragraphs)
extract -> :class:`Extraction` (facts, each pointing at paragraph orders)
model   -> rdflib graph (the only stage that mints IRIs)

Keys (``key`` fields) are stable, readable slugs computed from the text by the
extractor (``ingest/extract/keys.py``); the model turns them into IRIs, so the same
person, body or event gives the same IRI in every report.
Paragraph references are the ``order`` numbers of :class:`Paragraph`.
Dates are ``datetime.date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


# --------------------------------------------------------------------------- read
@dataclass(frozen=True)
class Block:
    """One block of text as the reader found it (a Word paragraph, a text line, a PDF paragraph)."""

    text: str
    #: a number the reader knows from outside the text (Word automatic numbering), e.g. "5.4.1"
    number: str | None = None
    #: "title", "heading" or "body" when the source format says so (Word styles), else None
    style: str | None = None
    #: Word outline / heading level when known (1 = top)
    level: int | None = None


@dataclass(frozen=True)
class RawDocument:
    source: str  # file name as given
    media_type: (
        str  # text/plain, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/pdf
    )
    blocks: tuple[Block, ...]
    title: str | None = None


# -------------------------------------------------------------------------- parse
@dataclass(frozen=True)
class Section:
    #: "5.4.1"; unnumbered blocks before the first number: "summary", "action-required" or "front"
    number: str
    heading: str
    parent: str | None
    order: int  # 1-based position among sections


@dataclass(frozen=True)
class Paragraph:
    order: int  # 1-based position in the report
    section: str  # number of the enclosing section
    text: str  # cleaned text, without its number
    #: "heading", "body", "list-item", "summary", "action-required"
    kind: str = "body"
    #: the paragraph's own number when it carries one ("5.4.1")
    number: str | None = None


@dataclass(frozen=True)
class ParsedReport:
    source: str
    media_type: str
    title: str | None
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]


# ------------------------------------------------------------------------ extract
Refs = tuple[int, ...]  # paragraph orders


@dataclass(frozen=True)
class AgentRef:
    """Who asks or is asked: a person, a body, a post, a country, or a collective."""

    kind: str  # "person" | "body" | "post" | "country" | "collective" | "resolution" (a resolution that asks)
    key: str  # person/body/post/country key; for "collective" a slug such as "members", "stakeholders"
    label: str = ""


#: the kind of a "body" that is the name of the report's own meeting named only as a meeting
#: (``Expert Group Meeting on X``): its meeting's wsis:meetingOf names it, no org:Organization
MEETING_NAME = "meeting-name"


@dataclass(frozen=True)
class Body:
    key: str  # e.g. "itu-tsb", "cstd", "cwg-wsis-sdg"
    name: str
    acronym: str | None = None
    #: "working-group", "bureau", "sector", "secretariat", "un-entity", "commission",
    #: "expert-group", "partnership", "company", "conference", "council", "organization"; or
    #: MEETING_NAME: the report's own meeting named only as a meeting, no organisation (decision 21)
    kind: str = "organization"
    parent: str | None = None  # key of the body it is part of
    paragraphs: Refs = ()


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3, e.g. "RUS"
    name: str  # name as used in the text
    paragraphs: Refs = ()


@dataclass(frozen=True)
class Post:
    """A position in a body, with or without a known holder (e.g. Director of TSB)."""

    key: str  # f"{org}/{role}", e.g. "itu-tsb/director", "cwg-wsis-sdg/vice-chair"
    role: (
        str  # role slug: "secretary-general", "director", "chair", "vice-chair", "acting-chair", "representative", ...
    )
    org: str  # body key
    label: str  # "Director, Telecommunication Standardization Bureau"
    paragraphs: Refs = ()


@dataclass(frozen=True)
class Person:
    key: str  # name key, e.g. "ana-luisa-ferreira" (no honorific, case- and glue-insensitive)
    name: str  # full name without honorific, e.g. "Amara Okafor"
    honorific: str | None = None  # as written, normalised: "Mr.", "Ms.", "Dr", "Prof. Dr", "H.E. Mr."
    country: str | None = None  # ISO alpha-3 of the country represented
    posts: tuple[str, ...] = ()  # Post keys
    paragraphs: Refs = ()
    #: roles as written that are no post (no body could be tied to them): "Minister of Science and Technology"
    job_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """A mention of one or more agents in a paragraph's text (character offsets), passed between the
    agent extractors (bodies, countries, persons)."""

    start: int
    end: int
    kind: str  # "body" | "post" | "person" | "country"
    keys: tuple[str, ...]
    text: str = ""


@dataclass(frozen=True)
class Mention:
    """A controlled-list concept mentioned in paragraphs: an action line or an SDG."""

    kind: str  # "action-line" | "sdg"
    #: action lines: "C1".."C11", sub-lines "C7.e-health"; SDGs at the precision stated: goal "9",
    #: target "9.c", indicator (UN permanent code) "C090c01", "all" for the SDG framework as a whole
    code: str
    paragraphs: Refs = ()


@dataclass(frozen=True)
class TopicTag:
    """An inferred SDG topic of one paragraph (``ingest/extract/sdgs.py``), never a stated mention."""

    code: str  # goal "3" or target "9.c"
    paragraph: int  # paragraph order
    score: float  # in [0, 1]
    terms: tuple[str, ...]  # the lexicon terms matched in the paragraph, as written there (at least one)


@dataclass(frozen=True)
class Meeting:
    body: str  # body key
    number: int | None = None
    start: date | None = None
    end: date | None = None
    mode: str | None = None  # "virtual" | "in-person" | "hybrid"
    place: str | None = None
    delegates: int | None = None
    delegates_qualifier: str | None = None  # "more than", "about", ...
    documents_considered: int | None = None
    chair: str | None = None  # person key
    vice_chairs: tuple[str, ...] = ()  # person keys
    paragraphs: Refs = ()


@dataclass(frozen=True)
class Event:
    key: str  # e.g. "wsis-forum-2022", "wtdc-21", "cstd-25"
    name: str
    kind: str = "event"  # "forum", "conference", "session", "meeting", "observance", "panel", "event"
    start: date | None = None
    end: date | None = None
    place: str | None = None
    code: str | None = None  # "PP-22", "WTDC-21"
    paragraphs: Refs = ()
    #: "day", or "month" when only a month is known: start/end are then its first and last day
    precision: str = "day"
    #: keys of the bodies that organised, convened or hosted it (``wsis:organizer``)
    organizers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Deadline:
    due: date
    subject: str  # what is due
    concerns: tuple[str, ...] = ()  # event keys / document symbols it is about
    paragraphs: Refs = ()


@dataclass(frozen=True)
class DocumentRef:
    symbol: str  # normalised symbol, e.g. "CWG-WSIS&SDG-41/INF/2", "A/RES/76/189"
    key: str  # slug for the IRI, e.g. "cwg-wsis-sdg-38-inf-2"
    agenda_item: str | None = None  # section number that considered it
    title: str | None = None
    paragraphs: Refs = ()


@dataclass(frozen=True)
class Resolution:
    key: str  # e.g. "pp-140-rev-dubai-2018", "council-1332-mod-2019"
    name: str  # as cited
    number: str  # "140"
    issuer: str | None = None  # body key, e.g. "itu-pp", "itu-council", "unga"
    revision_kind: str | None = None  # "Rev." | "Modified"
    revision_place: str | None = None
    revision_year: int | None = None
    paragraphs: Refs = ()
    #: "resolution", "decision" (``Decision 5 (Rev. Bucharest, 2022)``) or "opinion" (WTPF ``Opinion 2``)
    kind: str = "resolution"


@dataclass(frozen=True)
class Request:
    """A decision that asks someone to act."""

    paragraph: int  # order of the paragraph it was found in
    section: str
    verb: str  # base form: "request", "invite", "encourage", "urge", "instruct", "recommend", ...
    requester: AgentRef
    addressees: tuple[AgentRef, ...]
    action: str  # the action asked for, e.g. "present the ITU's Roadmap on WSIS+20 at the ITU Council 2022"
    sentence: str
    deadline: date | None = None
    #: what it concerns: "action-line:C4", "sdg:9", "event:<key>", "document:<key>"
    concerns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """A decision that does not ask anyone to act (notes, welcomes, appreciates ...)."""

    paragraph: int
    section: str
    verb: str  # "note", "welcome", "appreciate", "recognize", "agree", "approve", ...
    subject: AgentRef
    sentence: str
    concerns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    report: ParsedReport
    meeting: Meeting | None = None
    bodies: tuple[Body, ...] = ()
    countries: tuple[Country, ...] = ()
    posts: tuple[Post, ...] = ()
    persons: tuple[Person, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    requests: tuple[Request, ...] = ()
    decisions: tuple[Decision, ...] = ()
    topics: tuple[TopicTag, ...] = ()
    warnings: tuple[str, ...] = field(default=())
