"""The wsis-kg vocabulary, declared once.

``WSIS`` is a :class:`rdflib.namespace.DefinedNamespace` with ``_fail = True``:
a misspelt term raises at import time of the code that uses it.
``tests/test_ontology.py`` keeps this list in step with ``ontology/wsis.ttl``.
Standard vocabularies (ORG, FOAF, SKOS, PROV, DCTERMS, SDO, TIME) come from rdflib.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

WSIS_NS = "https://w3id.org/wsis-kg/def#"
#: W3C Web Annotation vocabulary (inferred SDG topic tags are oa:Annotation)
OA = Namespace("http://www.w3.org/ns/oa#")


class WSIS(DefinedNamespace):
    _NS = Namespace(WSIS_NS)
    _fail = True

    # --- classes: reports and their structure
    MeetingReport: URIRef
    Section: URIRef
    Paragraph: URIRef
    # --- classes: meetings and events
    Event: URIRef
    Meeting: URIRef
    Conference: URIRef
    Forum: URIRef
    Session: URIRef
    Observance: URIRef
    Deadline: URIRef
    # --- classes: actors
    Body: URIRef
    WorkingGroup: URIRef
    Bureau: URIRef
    Sector: URIRef
    Secretariat: URIRef
    UNEntity: URIRef
    Commission: URIRef
    ExpertGroup: URIRef
    Partnership: URIRef
    Company: URIRef
    Country: URIRef
    # --- classes: controlled lists
    ActionLine: URIRef
    SDG: URIRef
    TopicTag: URIRef
    ActionLineSDGLink: URIRef
    RequestKind: URIRef
    DecisionKind: URIRef
    # --- classes: documents and decisions
    Document: URIRef
    Resolution: URIRef
    Decision: URIRef
    Request: URIRef

    # --- report structure
    sectionNumber: URIRef
    heading: URIRef
    order: URIRef
    text: URIRef
    inSection: URIRef
    parentSection: URIRef
    inReport: URIRef
    blockKind: URIRef
    mentions: URIRef
    titleMentions: URIRef
    reportOf: URIRef
    sourceFile: URIRef
    # --- meetings and events
    meetingOf: URIRef
    meetingNumber: URIRef
    attendanceMode: URIRef
    place: URIRef
    delegates: URIRef
    delegatesQualifier: URIRef
    documentsConsidered: URIRef
    chair: URIRef
    viceChair: URIRef
    considered: URIRef
    eventCode: URIRef
    organizer: URIRef
    dueDate: URIRef
    subject: URIRef
    # --- actors
    acronym: URIRef
    honorific: URIRef
    represents: URIRef
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    nameKey: URIRef
    # --- action lines and SDGs
    code: URIRef
    goalNumber: URIRef
    leadFacilitator: URIRef
    coFacilitator: URIRef
    linkedSDG: URIRef
    actionLine: URIRef
    sdg: URIRef
    sdgTarget: URIRef
    score: URIRef
    matchedTerm: URIRef
    # --- documents
    symbol: URIRef
    agendaItem: URIRef
    resolutionNumber: URIRef
    issuedBy: URIRef
    revisionKind: URIRef
    revisionPlace: URIRef
    revisionYear: URIRef
    # --- decisions and requests
    decisionKind: URIRef
    requestKind: URIRef
    verb: URIRef
    requester: URIRef
    addressee: URIRef
    action: URIRef
    deadline: URIRef
    concerns: URIRef
    sentence: URIRef
