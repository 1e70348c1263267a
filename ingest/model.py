"""Model: :class:`~wsiskg.ingest.records.Extraction` -> rdflib Graph.

IRIs come from :class:`wsiskg.core.iris.Minter`, the one minting module (scheme in
``docs/architecture.md``), shared with the reference data. Given the same
extraction and base it always produces the same triples, so re-ingesting a report
replaces its graph with identical IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SDO, SKOS

from wsiskg.core.iris import Minter
from wsiskg.core.reference import BODY_KINDS, body_classes
from wsiskg.core.vocab import OA, WSIS

from .extract.casing import without_article
from .extract.gazetteer import bodies
from .extract.keys import slug
from .extract.meeting_words import numbered_per_session
from .extract.sdgs import TAGGER_NAME, tagger_version
from .records import MEETING_NAME, AgentRef, Extraction

_MODE = {
    "virtual": SDO.OnlineEventAttendanceMode,
    "in-person": SDO.OfflineEventAttendanceMode,
    "hybrid": SDO.MixedEventAttendanceMode,
}

_EVENT_CLASS = {
    "conference": WSIS.Conference,
    "forum": WSIS.Forum,
    "session": WSIS.Session,
    "meeting": WSIS.Session,
    "panel": WSIS.Session,
    "observance": WSIS.Observance,
}


def report_id(extraction: Extraction, fallback: str) -> str:
    """The slug of the report's numbered meeting (:func:`meeting_slug`), else a slug of ``fallback``."""
    found = meeting_slug(extraction)
    if found:
        return found
    return slug(fallback) or "report"


def meeting_slug(extraction: Extraction) -> str | None:
    """``{body-key}-{number}`` for the report's numbered meeting (``cwg-wsis-sdg-38``), with its
    year between when the body numbers its meetings within each session
    (``itu-council-2016-4``: ``ingest/data/session-numbering.csv``), so that the 4th plenary
    meeting of one Council session is never the same resource as another's; else None."""
    m = extraction.meeting
    if m is None or not m.body or not m.number:
        return None
    kind = next((b.kind for b in extraction.bodies if b.key == m.body), None)
    if m.start is not None and numbered_per_session(m.body, kind):
        return f"{m.body}-{m.start.year}-{m.number}"
    return f"{m.body}-{m.number}"


#: a section number: ``2``, ``2.1``, ``II``, ``A.3`` (not a named part such as ``front``)
_NUMBERED = re.compile(r"(?:\d+|[IVXLC]+|[A-Z])(?:\.\w+)*\.?")


def paragraph_label(rid: str, section: str, order: int) -> str:
    """A paragraph's label, with its report: ``cwg-wsis-sdg-38 §2 ¶9`` (a numbered section takes
    ``§``; a named part such as the front matter is written as is: ``cwg-wsis-sdg-38 front ¶1``)."""
    part = f"§{section}" if _NUMBERED.fullmatch(section) else section
    return f"{rid} {part} ¶{order}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _short(text: str, limit: int = 120) -> str:
    """``text`` cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _date(d: date) -> Literal:
    return Literal(d.isoformat(), datatype=XSD.date)


def _decimal(x: float) -> str:
    """Canonical xsd:decimal text of a two-place score (``0.8``, ``0.95``), as stores write it back."""
    return f"{x:.2f}".rstrip("0").rstrip(".") if x % 1 else f"{int(x)}"


def _int(n: int) -> Literal:
    return Literal(int(n), datatype=XSD.integer)


def to_graph(extraction: Extraction, base: str, rid: str) -> Graph:
    """Map one report's extraction to RDF (all triples for the report's named graph)."""
    g = Graph()
    _bind(g, base)
    writer = _Writer(g, Minter(base), rid, extraction)
    steps = (
        writer.structure,
        writer.actors,
        writer.meeting,
        writer.events,
        writer.deadlines,
        writer.documents,
        writer.concepts,
        writer.topics,
    )
    for step in (*steps, writer.decisions):
        step()
    traced_through_neighbours(g)
    return g


def traced_through_neighbours(g: Graph) -> None:
    """A node the shapes want mentioned by a paragraph that none mentions — a post or a country the graph names only
    as a person's (``Ms A, Director of X`` read from a speech's title; a speaker's country) — is mentioned where the
    nodes it is linked to are: its provenance is theirs (through a chain too: the country of a post of a person)."""
    unsourced = {n for c in _TRACED for n in g.subjects(RDF.type, c) if isinstance(n, URIRef)}
    while unsourced := {n for n in unsourced if not _sourced(g, n)}:
        found = {(para, node) for node in unsourced for para in _neighbours_paragraphs(g, node)}
        if not found:
            named_in_title(g, unsourced)
            return
        for para, node in found:
            g.add((para, WSIS.mentions, node))


def named_in_title(g: Graph, nodes: Iterable[URIRef]) -> None:
    """A node still unsourced whose name the report's title holds (``Closing remarks by Ms A, President, X``; a
    conference's ``Place, Country, dates`` line read as the title) was read from that title, which the parser keeps
    apart from the paragraphs: the report ``wsis:titleMentions`` it. A node the title does not name stays
    unsourced, for the shapes to report."""
    for report, title in g.subject_objects(DCTERMS.title):
        if (report, RDF.type, WSIS.MeetingReport) not in g:
            continue
        words = set(_WORD.findall(str(title).casefold()))
        for node in nodes:
            names = (str(o) for p in _NAMES for o in g.objects(node, p))
            if any(words & set(_WORD.findall(n.casefold())) for n in names):
                g.add((report, WSIS.titleMentions, node))


#: a word that can tie a node's name to a title: four letters or more (not ``of``, ``the``, initials)
_WORD = re.compile(r"\w{4,}")
_NAMES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name)


def _sourced(g: Graph, node: URIRef) -> bool:
    """Whether a paragraph or the report's title mentions ``node`` or the reference data defines it (the shapes'
    provenance)."""
    return (
        (None, WSIS.mentions, node) in g or (None, WSIS.titleMentions, node) in g or (node, RDFS.isDefinedBy, None) in g
    )


def _neighbours_paragraphs(g: Graph, node: URIRef) -> set[URIRef]:
    """The paragraphs that mention a node linked to ``node`` (either way)."""
    linked = {s for s, p in g.subject_predicates(node) if p != WSIS.mentions}
    linked |= {o for o in g.objects(node) if isinstance(o, URIRef)}
    return {p for n in linked for p in g.subjects(WSIS.mentions, n) if isinstance(p, URIRef)}


class _Writer:
    """Writes one report's triples into ``g``, one method per kind of fact."""

    def __init__(self, g: Graph, mint: Minter, rid: str, extraction: Extraction):
        self.g, self.mint, self.rid, self.extraction = g, mint, rid, extraction
        self.rep = extraction.report
        self.report = mint.report(rid)
        self.para = {p.order: mint.paragraph(rid, p.order) for p in self.rep.paragraphs}

    def mentioned(self, node: URIRef, orders: Iterable[int]) -> None:
        """Provenance: each paragraph in ``orders`` mentions ``node``."""
        for o in orders:
            if o in self.para:
                self.g.add((self.para[o], WSIS.mentions, node))

    def structure(self) -> None:
        """The report and its structure."""
        g, mint, rid, rep, report, para = self.g, self.mint, self.rid, self.rep, self.report, self.para
        g.add((report, RDF.type, WSIS.MeetingReport))
        g.add((report, RDF.type, FOAF.Document))
        if rep.title:
            g.add((report, DCTERMS.title, Literal(rep.title)))
        g.add((report, WSIS.sourceFile, Literal(rep.source)))
        g.add((report, DCTERMS["format"], Literal(rep.media_type)))
        for s in rep.sections:
            node = mint.section(rid, s.number)
            g.add((node, RDF.type, WSIS.Section))
            g.add((node, WSIS.sectionNumber, Literal(s.number)))
            g.add((node, WSIS.heading, Literal(s.heading)))
            g.add((node, WSIS.order, _int(s.order)))
            g.add((node, WSIS.inReport, report))
            g.add((node, RDFS.label, Literal(f"{s.number} {s.heading}".strip())))
            if s.parent:
                g.add((node, WSIS.parentSection, mint.section(rid, s.parent)))
        for p in rep.paragraphs:
            node = para[p.order]
            g.add((node, RDF.type, WSIS.Paragraph))
            g.add((node, WSIS.order, _int(p.order)))
            g.add((node, WSIS.text, Literal(p.text)))
            g.add((node, WSIS.blockKind, Literal(p.kind)))
            g.add((node, WSIS.sectionNumber, Literal(p.section)))
            g.add((node, WSIS.inSection, mint.section(rid, p.section)))
            g.add((node, WSIS.inReport, report))
            g.add((node, RDFS.label, Literal(paragraph_label(rid, p.section, p.order))))

    def actors(self) -> None:
        """Bodies, countries, posts, persons."""
        g, mint, extraction = self.g, self.mint, self.extraction
        mentioned = self.mentioned
        for b in extraction.bodies:
            node = mint.body(b.key)
            g.add((node, SKOS.prefLabel, Literal(b.name, lang="en")))
            if b.acronym:
                g.add((node, WSIS.acronym, Literal(b.acronym)))
            if b.kind == MEETING_NAME:  # named only as a meeting: the name its meeting is of, no body
                continue
            for cls in body_classes(b.kind if b.kind in BODY_KINDS else "organization"):
                g.add((node, RDF.type, cls))
            if b.parent:
                g.add((node, ORG.subOrganizationOf, mint.body(b.parent)))
            mentioned(node, b.paragraphs)
        for c in extraction.countries:
            node = mint.country(c.code)
            g.add((node, RDF.type, WSIS.Country))
            g.add((node, SKOS.altLabel, Literal(c.name, lang="en")))
            mentioned(node, c.paragraphs)
        for p in extraction.posts:
            node = mint.post(p.key)
            g.add((node, RDF.type, ORG.Post))
            g.add((node, RDFS.label, Literal(p.label)))
            g.add((node, ORG.postIn, mint.body(p.org)))
            g.add((node, ORG.role, mint.role(p.role)))
            mentioned(node, p.paragraphs)
        for person in extraction.persons:
            node = mint.person(person.key)
            g.add((node, RDF.type, FOAF.Person))
            g.add((node, FOAF.name, Literal(person.name)))
            g.add((node, RDFS.label, Literal(person.name)))
            g.add((node, WSIS.nameKey, Literal(person.key)))
            if person.honorific:
                g.add((node, WSIS.honorific, Literal(person.honorific)))
                g.add((node, FOAF.title, Literal(person.honorific)))
            if person.country:
                g.add((node, WSIS.represents, mint.country(person.country)))
            for title in person.job_titles:
                g.add((node, SDO.jobTitle, Literal(title)))
            for post in person.posts:
                g.add((node, ORG.holds, mint.post(post)))
                g.add((mint.post(post), ORG.heldBy, node))
            mentioned(node, person.paragraphs)

    def meeting(self) -> None:
        """The meeting."""
        g, mint, rid, rep, report, extraction = self.g, self.mint, self.rid, self.rep, self.report, self.extraction
        mentioned = self.mentioned
        m = extraction.meeting
        if m is not None:
            node = mint.meeting(meeting_slug(extraction) or rid)
            g.add((report, WSIS.reportOf, node))
            g.add((node, RDF.type, WSIS.Meeting))
            g.add((node, RDF.type, WSIS.Event))
            g.add((node, WSIS.meetingOf, mint.body(m.body)))
            names = {b.key: b.name for b in extraction.bodies}
            body_name = names.get(m.body, m.body)
            label = f"{_ordinal(m.number)} meeting of the {body_name}" if m.number else f"Meeting of the {body_name}"
            g.add((node, RDFS.label, Literal(label)))
            if m.number:
                g.add((node, WSIS.meetingNumber, _int(m.number)))
            if m.start:
                g.add((node, SDO.startDate, _date(m.start)))
            end = m.end or m.start
            if end:
                g.add((node, SDO.endDate, _date(end)))
            if m.mode in _MODE:
                g.add((node, WSIS.attendanceMode, _MODE[m.mode]))
            if m.place:
                g.add((node, WSIS.place, Literal(m.place)))
            if m.delegates is not None:
                g.add((node, WSIS.delegates, _int(m.delegates)))
            if m.delegates_qualifier:
                g.add((node, WSIS.delegatesQualifier, Literal(m.delegates_qualifier)))
            if m.documents_considered is not None:
                g.add((node, WSIS.documentsConsidered, _int(m.documents_considered)))
            if m.chair:
                g.add((node, WSIS.chair, mint.person(m.chair)))
            for vc in m.vice_chairs:
                g.add((node, WSIS.viceChair, mint.person(vc)))
            for d in extraction.documents:
                if d.agenda_item:
                    g.add((node, WSIS.considered, mint.document(d.key)))
            mentioned(node, m.paragraphs or (rep.paragraphs[0].order,) if rep.paragraphs else ())

    def events(self) -> None:
        """Events with their dates, place and organisers."""
        g, mint, extraction, mentioned = self.g, self.mint, self.extraction, self.mentioned
        for e in extraction.events:
            node = mint.event(e.key)
            g.add((node, RDF.type, WSIS.Event))
            cls = _EVENT_CLASS.get(e.kind)
            if cls is not None:
                g.add((node, RDF.type, cls))
            g.add((node, RDFS.label, Literal(e.name)))
            if e.code:
                g.add((node, WSIS.eventCode, Literal(e.code)))
            if e.start:
                g.add((node, SDO.startDate, _date(e.start)))
            if e.end:
                g.add((node, SDO.endDate, _date(e.end)))
            if e.place:
                g.add((node, WSIS.place, Literal(e.place)))
            for key in e.organizers:
                g.add((node, WSIS.organizer, mint.body(key)))
            mentioned(node, e.paragraphs)

    def deadlines(self) -> None:
        """Deadlines, numbered in the report by date."""
        g, mint, rid, extraction, mentioned = self.g, self.mint, self.rid, self.extraction, self.mentioned
        for i, d in enumerate(sorted(extraction.deadlines, key=lambda d: (d.due, d.paragraphs, d.subject)), 1):
            node = mint.in_report(rid, "deadline", str(i))
            g.add((node, RDF.type, WSIS.Deadline))
            g.add((node, WSIS.dueDate, _date(d.due)))
            g.add((node, WSIS.subject, Literal(d.subject)))
            g.add((node, RDFS.label, Literal(f"{d.subject} — {d.due.isoformat()}")))
            for ref in d.concerns:
                target = mint.concern(ref) if ":" in ref else mint.event(ref)
                if target is not None:
                    g.add((node, WSIS.concerns, target))
            mentioned(node, d.paragraphs)

    def documents(self) -> None:
        """Documents and the resolutions cited."""
        g, mint, rid, extraction, mentioned = self.g, self.mint, self.rid, self.extraction, self.mentioned
        sections = {s.number for s in self.rep.sections}
        for doc in extraction.documents:
            node = mint.document(doc.key)
            g.add((node, RDF.type, WSIS.Document))
            g.add((node, RDF.type, FOAF.Document))
            g.add((node, WSIS.symbol, Literal(doc.symbol)))
            g.add((node, DCTERMS.identifier, Literal(doc.symbol)))
            g.add((node, RDFS.label, Literal(doc.symbol)))
            if doc.title:
                g.add((node, DCTERMS.title, Literal(doc.title)))
            if doc.agenda_item and doc.agenda_item in sections:
                g.add((node, WSIS.agendaItem, mint.section(rid, doc.agenda_item)))
            mentioned(node, doc.paragraphs)
        for r in extraction.resolutions:
            node = mint.resolution(r.key)
            g.add((node, RDF.type, WSIS.Resolution))
            g.add((node, RDF.type, WSIS.Document))
            g.add((node, RDFS.label, Literal(r.name)))
            g.add((node, WSIS.resolutionNumber, Literal(r.number)))
            g.add((node, DCTERMS.type, Literal(r.kind)))  # resolution, decision, opinion
            if r.issuer:
                g.add((node, WSIS.issuedBy, mint.body(r.issuer)))
            if r.revision_kind:
                g.add((node, WSIS.revisionKind, Literal(r.revision_kind)))
            if r.revision_place:
                g.add((node, WSIS.revisionPlace, Literal(r.revision_place)))
            if r.revision_year:
                g.add((node, WSIS.revisionYear, _int(r.revision_year)))
            mentioned(node, r.paragraphs)

    def concepts(self) -> None:
        """Action lines and SDGs stated in paragraphs (wsis:mentions, at the precision stated)."""
        mint, extraction = self.mint, self.extraction
        mentioned = self.mentioned
        for mention in extraction.mentions:
            node = mint.action_line(mention.code) if mention.kind == "action-line" else mint.sdg(mention.code)
            mentioned(node, mention.paragraphs)

    def topics(self) -> None:
        """Inferred SDG topic tags: Web Annotations generated by the tagger (PROV-O), with evidence."""
        g, mint, rid = self.g, self.mint, self.rid
        tags = [t for t in self.extraction.topics if t.paragraph in self.para and t.terms]
        if not tags:
            return
        version = tagger_version()
        agent = mint.software(TAGGER_NAME, version)
        g.add((agent, RDF.type, PROV.SoftwareAgent))
        g.add((agent, RDFS.label, Literal(f"{TAGGER_NAME} {version}")))
        g.add((agent, SDO.name, Literal(TAGGER_NAME)))
        g.add((agent, SDO.softwareVersion, Literal(version)))
        activity = mint.in_report(rid, "activity", "sdg-tagging")
        g.add((activity, RDF.type, PROV.Activity))
        g.add((activity, RDFS.label, Literal(f"SDG topic tagging of report {rid}")))
        g.add((activity, PROV.wasAssociatedWith, agent))
        g.add((activity, PROV.used, self.report))
        for t in tags:
            node = mint.in_report(rid, "sdg-tag", f"{t.paragraph}-{t.code}")
            g.add((node, RDF.type, WSIS.TopicTag))
            g.add((node, RDF.type, OA.Annotation))
            g.add((node, OA.motivatedBy, OA.classifying))
            g.add((node, OA.hasTarget, self.para[t.paragraph]))
            g.add((node, OA.hasBody, mint.sdg(t.code)))
            g.add((node, WSIS.score, Literal(_decimal(t.score), datatype=XSD.decimal)))
            for term in t.terms:
                g.add((node, WSIS.matchedTerm, Literal(term)))
            g.add((node, PROV.wasGeneratedBy, activity))
            g.add((node, RDFS.label, Literal(f"¶{t.paragraph} is about SDG {t.code} (inferred, {t.score:.2f})")))

    def decisions(self) -> None:
        """Requests and other decisions."""
        g, mint, rid, para, extraction = self.g, self.mint, self.rid, self.para, self.extraction
        groups: dict[str, str] = {}
        for i, r in enumerate(extraction.requests, 1):
            node = mint.in_report(rid, "request", str(i))
            g.add((node, RDF.type, WSIS.Request))
            g.add((node, RDF.type, WSIS.Decision))
            g.add((node, WSIS.verb, Literal(r.verb)))
            g.add((node, WSIS.requestKind, mint.request_kind(r.verb)))
            g.add((node, WSIS.requester, self.party(r.requester, groups, r.paragraph)))
            for a in r.addressees:
                g.add((node, WSIS.addressee, self.party(a, groups, r.paragraph)))
            g.add((node, WSIS.action, Literal(r.action)))
            g.add((node, WSIS.sentence, Literal(r.sentence)))
            g.add((node, RDFS.label, Literal(_short(f"{r.section} {r.verb}: {r.action}"))))
            if r.deadline:
                g.add((node, WSIS.deadline, _date(r.deadline)))
            for ref in r.concerns:
                target = mint.concern(ref)
                if target is not None:
                    g.add((node, WSIS.concerns, target))
            if r.paragraph in para:
                g.add((node, PROV.wasDerivedFrom, para[r.paragraph]))
        for i, d in enumerate(extraction.decisions, 1):
            node = mint.in_report(rid, "decision", str(i))
            g.add((node, RDF.type, WSIS.Decision))
            g.add((node, WSIS.verb, Literal(d.verb)))
            g.add((node, WSIS.decisionKind, mint.request_kind(d.verb)))
            g.add((node, WSIS.requester, self.party(d.subject, groups, d.paragraph)))
            g.add((node, WSIS.sentence, Literal(d.sentence)))
            g.add((node, RDFS.label, Literal(_short(f"{d.section} {d.verb}: {d.sentence}"))))
            for ref in d.concerns:
                target = mint.concern(ref)
                if target is not None:
                    g.add((node, WSIS.concerns, target))
            if d.paragraph in para:
                g.add((node, PROV.wasDerivedFrom, para[d.paragraph]))
        for key, label in groups.items():
            node = mint.group(key)
            g.add((node, RDF.type, FOAF.Group))
            g.add((node, RDFS.label, Literal(label or _key_words(key))))

    def party(self, ref: AgentRef, groups: dict[str, str], order: int) -> URIRef:
        """The node of a request's or decision's party; one described in the graph that no paragraph mentions (a
        speech's speaker or a letter's signatory read from the document's title or front, a country whose person
        speaks) is mentioned by the paragraph of the sentence it asks or is asked in, so that every fact stays
        traceable to the paragraph it came from (the shapes' provenance)."""
        node = _agent(self.g, self.mint, ref, groups)
        if any((node, RDF.type, c) in self.g for c in _TRACED) and not _sourced(self.g, node):
            self.mentioned(node, (order,))
        return node


#: the classes of nodes the shapes want mentioned by a paragraph (``ontology/shapes.ttl``, provenance)
_TRACED = (FOAF.Person, ORG.Post, WSIS.Country, ORG.Organization, WSIS.Meeting)


def _agent(g: Graph, mint: Minter, ref: AgentRef, groups: dict[str, str]) -> URIRef:
    if ref.kind == "resolution":  # "Resolution 140 instructs ...": the resolution asks
        return mint.resolution(ref.key)
    if ref.kind not in {"person", "body", "post", "country"}:
        return mint.group(_group_key(ref, groups))
    if ref.kind == "body" and ref.key not in bodies():
        node = mint.body(ref.key)  # a body the request's subject names by its form alone ("The KRPG asked")
        if (node, SKOS.prefLabel, None) in g:
            return node
        if ref.label not in ("", ref.key):  # a name of its own wins over a label from the key
            g.set((node, RDFS.label, Literal(ref.label)))
        elif (node, RDFS.label, None) not in g:  # no name at all: the key's words, as a group's
            g.add((node, RDFS.label, Literal(_key_words(ref.key))))
        return node
    return {"person": mint.person, "body": mint.body, "post": mint.post, "country": mint.country}[ref.kind](ref.key)


def _key_words(key: str) -> str:
    """The label of an agent the report gives no name: its key's words (``lowland-forum`` -> ``lowland forum``)."""
    return key.replace("-", " ")


def _group_key(ref: AgentRef, groups: dict[str, str]) -> str:
    """The key of a group in the report: its own, unless the report already wrote it another way
    (``Member States`` and ``ITU Member States``, read as one collective): then one keyed by this
    label, so that neither label is lost (a node has one label); the same words written once in lower case and once
    capitalised (``membership``, ``the Membership``) are labelled as the capitalised, the group as a name."""
    first = groups.setdefault(ref.key, ref.label)
    if _as_written(first) == _as_written(ref.label) and first.islower() and not ref.label.islower():
        groups[ref.key] = ref.label  # "all ITU membership", then "the Membership": the group as a name
    if _as_written(first) == _as_written(ref.label) or slug(ref.label) in ("", ref.key):
        return ref.key
    groups.setdefault(slug(ref.label), ref.label)
    return slug(ref.label)


def _as_written(label: str) -> str:
    """A group's label without case, spacing and a leading ``the``/``all``."""
    return without_article(" ".join(label.lower().split()), "the", "all", case="lower")


def _bind(g: Graph, base: str) -> None:
    g.bind("wsis", WSIS._NS)
    g.bind("org", ORG)
    g.bind("foaf", FOAF)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("schema", SDO)
    g.bind("oa", OA)
    g.bind("id", Namespace(base + "id/"))
