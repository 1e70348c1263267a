"""Find the actors of a report: persons, posts, bodies and countries, and resolve agent phrases.

Persons are an honorific (``ingest/data/honorifics.csv``; several in a row such as
``Prof. Dr`` or ``H.E. Mr.``) followed by capitalised name words, with lower-case particles
(``van der``, ``al``) and hyphens allowed and PDF glue undone (``Ms ClarisaEstol``). What
follows the name tells more:

- ``(Country)`` -> the country the person represents;
- ``, Role[, Body]`` / ``, the Role of Body`` -> a post the person holds;
- ``The Role(s), Mr. A (X), Ms. B (Y) and Mr. C (Z)`` -> each listed person holds the post;
- ``chaired by Mr. A`` -> the chair of the meeting body.

A mention with one name word (``Mr. Okafor``) is the person whose full name ends with it.

Posts are role words (``ontology/gazetteers/roles.csv``, with plurals) tied to a body: before
(``ITU Secretary-General``, ``UNESCO's representative``), after (``Directors of TSB and BDT``,
``Director, Telecommunication Standardization Bureau (TSB)``, ``Director-General, UNESCO``), or
by default (``ingest/data/role-scopes.csv``): the meeting body for chairs and vice-chairs,
the organisation the meeting body belongs to (``itu``) for the Secretary-General and the like.
A post mention also counts as a mention of its known holders.

A role stated for a person that no body can be tied to (``Chairman: Ms A`` with no meeting
body, ``The delegate of Peru, Mr B``, ``moderated by Ms C``) is the person's job title
(``person_titles.py``); the country stated beside a name is read by ``person_countries.py``.

Modules: this one holds ``find_actors`` (the steps in their order over the report; a heading in
capitals read in the case names are written in); the actor reader (``_ActorReader``: each paragraph,
persons with their appositive posts, then posts assigned, spans and records made) is in :mod:`.actor_reader`,
the records of persons and the spans a phrase resolves to in :mod:`.person_records`, the lines a document is
signed on (a name taken for the title, a name ending a message, a closing formula) in
:mod:`.person_signature_lines`, the group a report is presumed to be about and a document's own body in
:mod:`.presumed_body`; the spans of names and posts are found by ``_Finder`` (:mod:`.name_finder`); chairs,
role verbs and officer lists are read in :mod:`.person_posts`, signature blocks and table rows in
:mod:`.person_signatures`, short forms and initials in :mod:`.person_short_forms`; phrases are resolved to
agents by ``Resolver`` (:mod:`.agent_resolver`, the home of ``Actors`` and ``Context``).
"""

from __future__ import annotations

from wsiskg.ingest.extract.actor_reader import _TITLE, _ActorReader
from wsiskg.ingest.extract.agent_resolver import Actors
from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.name_finder import _person_re
from wsiskg.ingest.extract.person_signature_lines import (
    _after_closing,
    _ends_message,
    _own_post_line,
    _post_above,
    _post_line,
    _title_signature,
)
from wsiskg.ingest.extract.person_tables import table_rows
from wsiskg.ingest.extract.person_titles import job_title_after, job_title_before
from wsiskg.ingest.extract.presumed_body import own_body, presumed_meeting_body
from wsiskg.ingest.records import ParsedReport


def find_actors(report: ParsedReport, meeting_body: str | None, home: str | None | bool = True) -> Actors:
    """Persons, posts, bodies and countries of a report, each with every paragraph mentioning it.
    Without a meeting body, the :func:`presumed_meeting_body` stands for it. ``home``: the document's
    own body (:class:`.bodies.BodyMatcher`), when it is not the meeting body (``True``)."""
    meeting_body = meeting_body or presumed_meeting_body(report)
    reader = _ActorReader(report, meeting_body, home)
    paragraphs = report.paragraphs
    if report.title:  # "Statement by Mr X, Director, ...", "SUMMARY RECORD ... Chair: Mr Y (Kuwait)"
        reader.read_paragraph(_TITLE, _upper_heading(report.title))
    signs_on = False  # the paragraph before signed after the closing: "NAME — Post" / "NAME — Post" (co-signatories)
    for i, p in enumerate(paragraphs):
        reader.read_paragraph(p.order, _upper_heading(p.text))
        closing = signs_on or _after_closing([q.text for q in paragraphs[max(0, i - 2) : i]])
        signs_on = closing and (
            reader._name_then_post(p.text.strip()) is not None or reader._name_then_body(p.text) is not None
        )
        post_line = _own_post_line(reader, i)  # in a stack of names then posts, the one post line of this name
        lines = paragraphs[i + 1 : i + 4] if post_line == i + 1 else paragraphs[post_line : post_line + 1]
        if ends := _ends_message(reader, i):  # "... behind." / "NAME" / "[Post - message read by Mr A]"
            lines = paragraphs[i + 1 : i + 2]
        if (above := _post_above(reader, i)) is not None:  # "... report." / "Secretary-General" / "NAME"
            reader.read_signature(p.order, p.text, [above], True)
        reader.read_signature(p.order, p.text, [_post_line(q.text) if ends else q.text for q in lines], closing or ends)
        reader.read_heading_role(p.text, [(q.order, q.text) for q in paragraphs[i + 1 : i + 13]])
        if i + 1 < len(paragraphs):
            reader.read_cell_country(p.text, paragraphs[i + 1].text)
    _title_signature(reader)
    reader.read_signature_pairs([(p.order, p.text) for p in paragraphs])
    reader.read_joined_signatures([(p.order, p.text) for p in paragraphs])  # "A (Chile) B (Peru) Co-Chairs"
    for row in table_rows([(p.order, p.text) for p in paragraphs], reader.finder.role_any_re):
        reader.read_row(row, next(p.text for p in paragraphs if p.order == row.order))
    reader.resolve_short_forms()
    reader.merge_surname_only()
    reader.merge_initials()
    reader.assign_posts()
    reader.contributors()
    spans = reader.final_spans()
    reader.forget_title(spans)
    doc = document(report)
    for order, found in spans.items():
        doc.add(order, (TypedSpan(s.start, s.end, s.kind, k, s.text) for s in found for k in s.keys))
    return reader.actors(spans)


def _upper_heading(text: str) -> str:
    """A heading in capitals that names a person with an honorific (``OPENING SPEECH BY HIS EXCELLENCY MR A B,
    MINISTER OF X``) read in the case names are written in (:func:`.casing.title_cased`)."""
    if len(text) > _MAX_HEADING or not text.isupper():
        return text
    cased = title_cased(text)
    return cased if _person_re().search(cased) else text


#: the longest heading in capitals read for the person it names
_MAX_HEADING = 300


__all__ = [
    "find_actors",
    "job_title_after",
    "job_title_before",
    "own_body",
    "presumed_meeting_body",
]
