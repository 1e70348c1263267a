"""A document's author as its header names it (``header`` cues of ``ingest/data/author-cues.csv``).

A front line ``Report by the Secretary-General``, ``Speech by NAME, ROLE``, ``Opening remarks by NAME`` (the title
or one of the first paragraphs before the numbered sections), the best-ranked cue winning; a statement delivered by
another, one made on behalf of a group, a header's bare role of an organisation's head (:func:`_home_post`).
Read by :func:`.authors.document_voice`.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.agent_resolver import Actors, catalogue_label
from wsiskg.ingest.extract.author_agents import _FRONT, _agent_after, _group_after
from wsiskg.ingest.extract.author_cues import author_cues, cue_alternation
from wsiskg.ingest.extract.author_prose_contributors import prose_contributors
from wsiskg.ingest.extract.author_speakers import (
    _body_before_role,
    _byline_person,
    _named_holder,
    _persons_after,
    _speaker_below,
)
from wsiskg.ingest.extract.author_submissions import _joint_author, _submitted_agent
from wsiskg.ingest.extract.bodies import home_organization
from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.gazetteer import role_forms, roles
from wsiskg.ingest.extract.genre import records_meeting, salutations
from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.extract.submitters import Submitter, submitter
from wsiskg.ingest.records import AgentRef, ParsedReport
from wsiskg.ingest.text import DASH, alternation

#: ``X on behalf of Y`` in a header: Y speaks (through X)
_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+", re.IGNORECASE)


#: a header cue's agent followed by a colon and a sentence in lower case: a note inside the document
_NOTE_TEXT = re.compile(r"[^:]{1,80}:\s+[a-z]")


@cache
def _header() -> re.Pattern[str]:
    """``[Opening] remarks by WHO``, ``TRANSCRIPT OF THE OPENING STATEMENT by WHO``, ``WTISD 2012 -
    Message of WHO``, ``Welcome remarks - WHO`` (a speech's noun and a dash: ``header-dash`` cues): up to
    four words, the cue, then who (a short line)."""
    dashed = cue_alternation("header-dash")  # "Welcome remarks - Ms NAME"
    cue = rf"(?i:{cue_alternation('header', 'issuer')})|(?i:{dashed})\s*{DASH}"
    return re.compile(rf"^\W*(?:(?:[A-Za-z0-9][\w-]*|{DASH})\s+){{0,4}}?(?P<cue>{cue})\s+(?=\S)(?P<who>.{{1,200}})$")


@cache
def _header_rank() -> dict[str, int]:
    """Header cue -> its rank (the file's order: ``Report of the Council`` in an annex says
    more than the ``Note by the Secretary-General`` that transmits it); an ``issuer`` cue (``Issued by the X
    Secretariat``) ranks after them and after a submitter's line (:func:`_submitted_rank`)."""
    ranks = {cue: i for i, cue in enumerate(author_cues("header"))}
    return ranks | {cue: len(ranks) + 1 + i for i, cue in enumerate(author_cues("issuer"))}


def _submitted_rank() -> int:
    """The rank of the submitter a document's fields name (``Original: Spanish`` over ``Republic of Chile``): after
    every header cue, before an issuer cue."""
    return len(author_cues("header"))


def _header_author(found: tuple[tuple[int, AgentRef], ...]) -> AgentRef | None:
    """The agent after the best-ranked header cue of those :func:`header_agents` ``found``, an ``issuer`` cue's
    left out (:func:`issuer`)."""
    named = [f for f in found if f[0] <= _submitted_rank()]
    return min(named, key=lambda f: f[0])[1] if named else None


def issuer(found: tuple[tuple[int, AgentRef], ...]) -> AgentRef | None:
    """The agent after an ``issuer`` cue (``Issued by the X Secretariat``) of those :func:`header_agents` ``found``:
    the document's author only when no one signs it (decision 55: the signer first, else who issues it)."""
    issued = [f for f in found if f[0] > _submitted_rank()]
    return min(issued, key=lambda f: f[0])[1] if issued else None


def covering_issuer(found: tuple[tuple[int, AgentRef], ...]) -> AgentRef | None:
    """The issuer of a covering note (a ``covering`` cue of ``author-cues.csv``: ``Note by the Secretary-General``)
    among the header agents :func:`header_agents` ``found``, when a better-ranked header names another author
    (``REPORT OF THE X``, the text the note transmits): who asks in the note's own text. ``None`` when the note's
    issuer is the document's author or no such cue is read."""
    covering = {_header_rank()[c] for c in author_cues("covering") if c in _header_rank()}
    issuer = next((ref for rank, ref in sorted(found, key=lambda f: f[0]) if rank in covering), None)
    best = _header_author(found)
    return issuer if issuer is not None and best is not None and issuer.key != best.key else None


def header_agents(report: ParsedReport, actors: Actors) -> tuple[tuple[int, AgentRef], ...]:
    """Each agent a header cue names in the title or a first paragraph, with its cue's rank."""
    submitted = submitter(report)
    found: list[tuple[int, AgentRef]] = []
    over_title = submitted is not None and submitted.form == "over-title" and not submitted.joint  # a letterhead
    if submitted is not None and not over_title and (agent := _submitted_agent(actors, submitted)):
        found.append((_submitted_rank(), agent))  # "Original: Spanish" over "Republic of Chile, ...": its source
    texts: list[tuple[int | None, str]] = [(None, report.title or "")]
    texts += [(p.order, p.text) for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for i, (order, text) in enumerate(texts):
        if (speaker := _speaker_below(actors, text, texts[i + 1 : i + 2])) is not None:
            found.append((_header_rank().get("speech by", 99), speaker))
        text = _before_salutation(
            _after_language(text)
        )  # "... Original: English Report by the ...", "... Excellencies,"
        if not (m := _header().match(text.strip())) or _NOTE_TEXT.match(m.group("who")):
            continue  # "Note by the secretariat: in this summary, dates ...": a note, not a byline
        if _issuer_of_record(report, m.group("cue")):
            continue  # "Summary prepared by the secretariat": a record speaks for its meeting, whoever wrote it
        ref = _agent_after(actors, order, text.strip(), m.start("who")) or _group_after(actors, order, m.group("who"))
        # "ADDRESS BY THE CHAIR OF THE CONFERENCE" over "NAME, Minister": NAME; so "REMARKS BY THE UNITED
        # NATIONS RESIDENT COORDINATOR" over "Ms NAME" (a body that only says whose the post is)
        # "ADDRESS OF THE HONOURABLE MINISTER, DR. NAME": a group of words read as who yields to the person named
        if (
            ref is None
            or ref.kind in ("post", "collective")
            or _body_before_role(actors, order, text.strip(), m.start("who"))
        ):
            ref = (
                _named_holder(actors, order, text.strip(), m.start("who"))
                or _byline_person(actors, texts[i + 1 : i + 2])
                or ref
                or _home_post(report, actors, m.group("who"))  # "Report by the Secretary-General" of no meeting
            )
        if delivered := _DELIVERED.search(m.group("who")):  # "Statement of Kenya delivered by the Minister, NAME"
            ref = _named_holder(actors, order, text.strip(), m.start("who") + delivered.end()) or ref
        if behalf := _ON_BEHALF.search(m.group("who")):  # "Statement by Egypt on behalf of the Arab Group": the group
            at = m.start("who") + behalf.end()
            ref = _agent_after(actors, order, text.strip(), at) or _group_after(actors, order, text.strip()[at:]) or ref
        if ref is not None and ref.kind == "person" and _persons_after(actors, order, text.strip(), m.start("who")) > 1:
            continue  # "Joint remarks of Ms A and Mr B": no one speaker
        if ref is not None:
            ref = _as_joint(report, ref, submitted, m.group("who"))
            found.append((_header_rank().get(" ".join(m.group("cue").lower().split()), 99), ref))
    return tuple(found)


def _issuer_of_record(report: ParsedReport, cue: str) -> bool:
    """Whether ``cue`` is an ``issuer`` cue (``Issued by``, ``Prepared by``) in a document that records a meeting: it
    names who wrote the record, not who speaks in it (a record's requests with no asker are its meeting body's)."""
    return " ".join(cue.lower().split()) in author_cues("issuer") and records_meeting(report)


@cache
def _run_in_salutation() -> re.Pattern[str]:
    """A speech's salutation (:func:`.genre.salutations`, in its own case) after a space and not after ``the``: where
    the speech a layout ran into its header line begins (``OPENING ADDRESS by NAME, ROLE Honourable Minister, ...``)."""
    return re.compile(rf"(?<=\s)(?<!\bthe\s)(?:{alternation(salutations(), spaces=True)})(?![\w-])")


def _before_salutation(text: str) -> str:
    """``text`` up to the salutation a layout ran into a header cue's line (``Statement by NAME, ROLE Excellencies,
    distinguished delegates, ...``) when the whole line is too long to be a header; else ``text``."""
    if _header().match(text.strip()) or (cut := _run_in_salutation().search(text)) is None:
        return text
    return text[: cut.start()]


def _as_joint(report: ParsedReport, ref: AgentRef, submitted: Submitter | None, who: str) -> AgentRef:
    """The countries of a joint submission as one author, when a header cue names the first of them or the
    submitter's line (``Source: Estonia, Finland and Latvia``, ``Contribution from the Arab States: Algeria,
    Bahrain, ...``; the countries a prose line names, ``This joint contribution from A, B and C ...``:
    :func:`.author_prose_contributors.prose_contributors`); else ``ref``."""
    joint = submitted.joint if submitted is not None else prose_contributors(report)
    if len(joint) > 1 and (joint[:1] == (ref.key,) or (submitted is not None and submitted.who in who)):
        return _joint_author(joint)
    return ref


@cache
def _language_then_cue() -> re.Pattern[str]:
    header = cue_alternation("header")
    return re.compile(rf"\b(?i:{label_alternation('language')})\s*:\s*[A-Za-z]+\s+(?=(?i:{header})\s)")


def _after_language(text: str) -> str:
    """A cover block's fields run into one line (a PDF's layout lost) end with the language field
    before the byline: the byline alone (``... Original: English Report by the Secretary-General``)."""
    found = _language_then_cue().search(text)
    return text[found.end() :] if found else text


#: who speaks a statement written in another's name: ``Statement of Kenya, delivered by NAME, Minister``
_DELIVERED = re.compile(r"\b(?i:delivered|presented|read|made)\s+by\s+")


def _home_post(report: ParsedReport, actors: Actors, who: str) -> AgentRef | None:
    """A header's bare role of an organisation's head (``Report by the Secretary-General``: a role of
    scope ``home`` in ``role-scopes.csv`` that presides over no body) that no meeting body places: the
    post in the organisation of the first catalogue body the front names (``COUNCIL 2012``: ITU's)."""
    bare = re.sub(r"^(?i:the)\s+", "", who.strip(" .,:;")).lower()
    heads = {k for k, e in roles().items() if e.scope == "home" and not e.presides}  # no President of a conference
    role = next((k for k in role_forms().get(bare, ()) if k in heads), None)
    texts = [report.title or ""] + [p.text for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for text in texts if role is not None else ():
        spans = sorted(actors.resolver.spans_in(title_cased(text) if text.isupper() else text), key=lambda s: s.start)
        if home := next((h for s in spans if s.kind == "body" and (h := home_organization(s.keys[0]))), None):
            key = f"{home}/{role}"
            return AgentRef("post", key, actors.resolver.labels.get(key) or catalogue_label("post", key))
    return None
