"""Who speaks in a document: its author and the audience it addresses.

This module puts the voice together (:func:`document_voice`): the author a header names
(:mod:`.author_headers`, its speakers :mod:`.author_speakers`), a letter's signatory or a signature block
(:mod:`.author_signatures`), a letterhead (:mod:`.author_letterheads`), a proposal's source and a
contribution's submitters (:mod:`.author_submissions`), a Council document's author
(:mod:`.author_council_documents`), the audience of a ``To:`` line (:mod:`.author_audience`); the
agents and groups a line names are read in :mod:`.author_agents`.

A report of a meeting speaks for the meeting's body; a Council document, a letter or a speech
speaks for its author, and a request it makes without naming who asks (``The Council is invited
to ...``, ``Participants are requested to ...``, ``I urge all Member States to ...``) is the
author's. The cues are in ``ingest/data/author-cues.csv``:

* ``header``: a front line ``Report by the Secretary-General``, ``Speech by NAME, ROLE``,
  ``Opening remarks by NAME`` (the document's title or one of its first paragraphs before its
  numbered sections);
* ``closing``: a letter's ``Yours faithfully,``: the person (else the post) named in the next
  paragraphs signs it (``NAME / Secretary-General``: NAME writes, as the holder of the post);
* ``recipients``: ``To: Administrations of Member States, Sector Members``: whom ``you`` means;
* ``formula``: ``I have the honour to invite you ...``: the words between ``I`` and the verb
  (:func:`.author_cues.first_person_formula`).

The agents are the spans the actor extractor found (:class:`~.persons.Resolver`); a post is kept
as the post (``Report by the Secretary-General``), a name in a header as the person (``Speech by
NAME, ROLE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.extract.agent_resolver import Actors
from wsiskg.ingest.extract.author_agents import named_group
from wsiskg.ingest.extract.author_audience import _audience
from wsiskg.ingest.extract.author_council_documents import _council_document_author, circular_letter_author
from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.author_headers import _header_author, covering_issuer, header_agents, issuer
from wsiskg.ingest.extract.author_joint_issuers import joint_issuers
from wsiskg.ingest.extract.author_letterheads import _letterhead, contact_issuer
from wsiskg.ingest.extract.author_signatures import (
    _HONORIFIC_ROOM,
    _last_line_person,
    _signatory,
    _signature_block,
    _signs_as,
    _title_signatory,
    co_signatories,
    joint_signer,
    signs_titled,
)
from wsiskg.ingest.extract.author_speakers import _heading_person
from wsiskg.ingest.extract.author_submissions import (
    contributors,
    front_country,
    proposer,
    prose_author,
    short_country_name,
)
from wsiskg.ingest.extract.gazetteer import role_forms, roles
from wsiskg.ingest.extract.genre import NOTICE, records_meeting, report_genre, voice_genres
from wsiskg.ingest.extract.submitters import sender_country, submitter
from wsiskg.ingest.records import AgentRef, ParsedReport
from wsiskg.ingest.text import DASH_CHARS

__all__ = [
    "Voice",
    "co_signatories",
    "contributors",
    "document_voice",
    "front_country",
    "meeting_members",
    "named_group",
    "proposer",
    "short_country_name",
    "speaks_for",
    "submitting_country",
]


@dataclass(frozen=True)
class Voice:
    """The author of a document (``None``: not stated) and the audience ``you`` names."""

    author: AgentRef | None = None
    audience: tuple[AgentRef, ...] = ()
    #: who signs the document (a closing's signatory, else a name then its role ending it)
    signatory: AgentRef | None = None
    #: a covering note's issuer (``Note by the Secretary-General`` over ``REPORT OF THE X``, X the author): who asks
    #: in the note's own text, up to the paragraph ``transmitted`` (the transmitted text's first, ``None``: none)
    note: AgentRef | None = None
    transmitted: int | None = None

    def author_at(self, order: int) -> AgentRef | None:
        """Who writes paragraph ``order``: a covering note's issuer before the text it transmits, else the author."""
        if self.note is not None and (self.transmitted is None or order < self.transmitted):
            return self.note
        return self.author


@cache
def meeting_members() -> re.Pattern[str]:
    """A subject that is the meeting's own members (``members`` cues): ``The members``, ``Participants``,
    ``Several experts``; in a meeting's record they speak for its body."""
    return re.compile(rf"(?:(?i:the|all(?:\s+the)?|several|many|some|most)\s+)?(?i:{cue_alternation('members')})")


def submitting_country(report: ParsedReport) -> str | None:
    """The one country whose document this is: its submitter (:func:`.submitters.submitter`), else, in a letter,
    the country its first lines say it is sent from (``Accra, Ghana``)."""
    found = submitter(report)
    if found is not None and found.country is not None:
        return found.country
    if report_genre(report) == "letter":
        return sender_country([p.text for p in report.paragraphs[:2]])
    return None


def document_voice(report: ParsedReport, actors: Actors, meeting_found: bool = False) -> Voice:
    """The author (a header cue, else a letter's signatory, else — in a document that records no
    meeting, or an excerpt of no genre and no meeting found that a person signs, :func:`_signs_for_itself` — the
    person of a signature block, else a letter's letterhead) and the audience of ``report``."""
    signed = _signatory(report, actors)
    block = _signature_block(report, actors) if signed is None else None
    joint = joint_signer(report, actors) if signed is None and block is None and not meeting_found else None
    headers = header_agents(report, actors)
    signs = block is not None and _signs_for_itself(report, actors, block, meeting_found)
    block, signs = (joint, True) if joint is not None else (block, signs)  # "A (Chile) B (Peru) Co-Chairs"
    author = _header_author(headers) or signed or (block if signs else None) or issuer(headers)
    genre = report_genre(report)
    author = author or (_letterhead(report, actors, genre == NOTICE) if genre in voice_genres("headed") else None)
    author = author or (contact_issuer(report, actors) if genre == NOTICE else None)
    author = author or proposer(report, actors) or prose_author(report)
    author = author or (_heading_person(report, actors) if genre == "speech" else None)
    author = author or (_last_line_person(report, actors) if genre == "speech" else None)
    author = author or _title_signatory(report, actors)
    author = author or _council_document_author(report) or circular_letter_author(report)
    author = author or next(iter(joint_issuers(report, actors, meeting_found)), None)  # a record of no meeting found
    if author is not None and author.kind == "post":
        author = _post_signed(report, actors, author, signed or block)
    elif author is not None and signs_titled(report, actors, signed or block, author):
        author = signed or block  # "Note by the Legal Adviser" ... NAME / "Legal Adviser": the person (decision 11)
    note = covering_issuer(headers)
    if note is not None and author is not None and author.kind == "body" and speaks_for(note, author.key, actors):
        note = None  # "Note by the Chairman of the Group" over "REPORT OF THE GROUP": the group's (decision 10)
    if note is not None and note.kind == "post":
        note = _post_signed(report, actors, note, signed or block)
    transmitted = _transmitted_from(report) if note is not None else None
    return Voice(author, _audience(report, actors), signed or block, note, transmitted)


def _signs_for_itself(report: ParsedReport, actors: Actors, block: AgentRef, meeting_found: bool) -> bool:
    """Whether the person of a signature block (:func:`.author_signatures._signature_block`) writes the document: in
    one that records no meeting; in one of no genre cue (an excerpt of a letter, a convocation, a circular cut before
    its header and its closing, whose own meeting is not found) when the person's name stands alone on its line and
    no post the person holds is a meeting's (``role-scopes.csv`` scope ``meeting``: a chair signs the group's record,
    decision 10; a secretary-general, an executive secretary, a chief writes)."""
    if not records_meeting(report):
        return True
    person = next((p for p in actors.persons if p.key == block.key), None)
    if meeting_found or report_genre(report) is not None or person is None or not (person.posts or person.job_titles):
        return False
    if not any(_names_alone(p.text, person.name) for p in report.paragraphs[-_SIGNATURE_LINES:]):
        return False  # "Ms A, Coordinator, X (secretariat)": a contact of the record, no signature
    held = [roles().get(post.rpartition("/")[2]) for post in person.posts]
    titled = {t.split(",")[0].strip().lower() for t in person.job_titles}  # "Chairperson", "Chief, X Department"
    return all(r is not None and r.scope != "meeting" for r in held) and not titled & _meeting_role_forms()


#: how many last paragraphs may hold a signature's name
_SIGNATURE_LINES = 4


def _names_alone(text: str, name: str) -> bool:
    """Whether ``text`` is a person's name alone on its line, perhaps after an honorific (``Eng. NAME``, ``NAME``)."""
    text = text.strip()
    return text.endswith(name) and len(text) - len(name) <= _HONORIFIC_ROOM and "," not in text


@cache
def _meeting_role_forms() -> frozenset[str]:
    """The forms of the roles of a meeting (``role-scopes.csv`` scope ``meeting``: Chair, Chairperson, Rapporteur),
    lower case."""
    return frozenset(f for f, keys in role_forms().items() if any(roles()[k].scope == "meeting" for k in keys))


@cache
def _transmitted_heading() -> re.Pattern[str]:
    """A heading that opens the text a covering note transmits (``transmitted`` cues of ``author-cues.csv``):
    ``ANNEX``, ``Annex 2``, ``ANNEX A - Report of the X``, ``Annex: Fourth report of X``; no sentence about it."""
    cue = cue_alternation("transmitted")
    number = r"(?:\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b)?"
    return re.compile(rf"\W*(?i:{cue}){number}\s*(?:[:,.{DASH_CHARS}]\s*\S.{{0,150}})?")


def _transmitted_from(report: ParsedReport) -> int | None:
    """The order of the first paragraph of the text a covering note transmits: its first annex heading, or the first
    of an annex section (``Annex A - Report of X`` read as the section ``Annex A``)."""
    heading = _transmitted_heading()
    found = (p.order for p in report.paragraphs if heading.fullmatch(p.text.strip()) or heading.fullmatch(p.section))
    return next(found, None)


def _post_signed(report: ParsedReport, actors: Actors, post: AgentRef, signed: AgentRef | None) -> AgentRef:
    """Who asks for a document a post's header names (decision 11: the person named, the post alone when
    none is): the person who signs under that post (``Note by the Director`` ... ``NAME`` / ``Director``),
    unless the document records a meeting of a known genre (a chairman's report is its group's, decision
    10); the post's one holder when its signature is the post alone or a speech or letter names the
    holder (``I am Dr NAME, SG``); a report by the Secretary-General otherwise stays the post's."""
    genre = report_genre(report)
    signs = _signs_as(report, actors, signed, post)
    if signs and (genre in voice_genres("signed") or genre is None or not records_meeting(report)):
        return signed or post  # "MESSAGE FROM THE ITU SECRETARY-GENERAL", "Note by the Director" ... NAME / Director
    if (signed is not None and signed.key == post.key and genre != "chair-report") or (
        genre in voice_genres("first-person")
    ):
        return _one_holder(actors, post) or post  # "NAME" / "Secretary-General", the name read as no span
    return post


def _one_holder(actors: Actors, post: AgentRef) -> AgentRef | None:
    """The one person the report names in the post a speech's or letter's header names (decision 11:
    the person named speaks, the post alone when none is)."""
    people = [p for p in actors.persons if post.key in p.posts]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


def speaks_for(author: AgentRef, body: str | None, actors: Actors) -> bool:
    """Whether ``author`` is ``body`` or holds a post of it (a chairman's report speaks for the
    group it chairs)."""
    if body is None:
        return False
    if author.kind == "body":
        return author.key == body
    if author.kind == "post":
        return author.key.split("/")[0] == body
    if author.kind == "person":
        posts = next((p.posts for p in actors.persons if p.key == author.key), ())
        return any(post.split("/")[0] == body for post in posts)
    return False
