"""Bodies as addressees: the speaker's organization, the body a title names, the meeting body's secretariat.

Split out of :mod:`.request_addressees` (which re-exports what other modules read). The functions taking
``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.agent_resolver import catalogue_label, ends_name_head
from wsiskg.ingest.extract.bodies import own_secretariat
from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.gazetteer import bodies as catalogue
from wsiskg.ingest.extract.gazetteer import pronouns
from wsiskg.ingest.extract.study_groups import is_question
from wsiskg.ingest.records import AgentRef, Body, Decision, Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: ``the ILO secretariat``, ``the Group's secretariat``: a body asked through its secretariat (``the UNGIS
#: secretariat (ITU)``: who serves it, in brackets, says no more)
_NAMED_SECRETARIAT = re.compile(
    r"((?:the\s+)?[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})(?:['’]s)?\s+secretariat(?:\s*\([^()]*\))?"
)

#: a body written as its acronym, perhaps with a session's year or number: ``WTDC-10``, ``PP-22``, ``WTSA``
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,9}(?:[- ]?\d{1,4})?")

#: a session named by its body's acronym and its year: ``WTDC-10``, ``WTSA-24``, ``PP-22``; a year read by OCR
#: with a letter for a digit (``WTSA-O4``, ``PP-l8``: ``O``/``l``/``I`` beside at least one digit) is a year too
_SESSION_ACRONYM = re.compile(r"\b(?P<acronym>[A-Z][A-Z&]{1,9})-(?=[OlI]?\d)[\dOlI]{2}(?:[\dOlI]{2})?\b")


def _secretariat_form(self: _Reader, phrase: str, order: int, offset: int) -> tuple[AgentRef, ...] | None:
    """A named body's secretariat in lower case (``the ILO secretariat``, ``the APT secretariat``): that body
    (decision 26: a lower-case ``X secretariat`` is ``X``); the meeting body's own is its secretariat (the default
    addressee)."""
    if (secretariat := _NAMED_SECRETARIAT.fullmatch(phrase)) and len(
        body := [r for r in self.resolve(secretariat.group(1), order, offset) if r.kind == "body"]
    ) == 1:
        if body[0] == self.meeting_ref and self.default_addressee:
            return (self.default_addressee,)
        return (body[0],)
    return None


def _speakers_body(self: _Reader) -> AgentRef | None:
    """The organization of the document's author (``us`` in a speech by the Secretary-General of
    ITU is ITU): the body of the post the author holds or is, else the first body of its job title."""
    author = self.voice.author
    if author is None:
        return None
    if author.kind == "body":
        return author
    person = next((p for p in self.actors.persons if p.key == author.key), None)
    posts = [author.key] if author.kind == "post" else list(person.posts if person else ())
    bodies = {p.split("/")[0] for p in posts}
    if not bodies and person is not None:  # "Regional Director, ITU Arab Regional Office": the body its title names
        titled = [
            sp for t in person.job_titles for sp in self.actors.resolver.spans_in(t) if sp.kind in ("body", "post")
        ]
        bodies = {titled[0].keys[0].split("/")[0]} if titled else set()
    if len(bodies) != 1:
        return None
    key = bodies.pop()
    return AgentRef("body", key, self._label(key) or catalogue_label("body", key))


def _front_body(self: _Reader, head: str, order: int = 0, offset: int = 0) -> AgentRef | None:
    """The body whose name's head ends with ``head`` (``the conference`` under ``PLENIPOTENTIARY
    CONFERENCE (PP-18)``, ``the Group`` under ``Council Working Group on X``, ``The Focus Group`` after
    ``the Focus Group on X (FG-X)``: decision 23), when the resolver knows no such body by those words
    alone where they stand (``order``, ``offset``): of the document's title or first lines, else the last
    named in the paragraphs up to ``order``."""
    if any(r.kind != "collective" for r in self.resolve(head, order, offset)) or head.lower() in pronouns():
        return None
    if f"the {head.lower()}" in pronouns():  # "the Plenary", "the Session": the meeting's words, no body's name
        return None
    front = [self.report.title or ""] + [p.text for p in self.report.paragraphs[:3]]
    spans = [
        sp for text in front for sp in self.actors.resolver.spans_in(title_cased(text) if text.isupper() else text)
    ]
    for p in reversed(self.report.paragraphs[3:]):  # the last named before: a paragraph's spans as read
        if p.order <= order:
            spans += reversed(
                [sp for sp in self.actors.resolver.spans.get(p.order, []) if p.order < order or sp.start < offset]
            )
    for span in spans:
        if span.kind == "body" and _headed(self, span.text, span.keys[0], head):
            return AgentRef("body", span.keys[0], self._label(span.keys[0]))
    return _session_named(self, head)


def _session_named(self: _Reader, head: str) -> AgentRef | None:
    """``this Assembly``, ``this Conference`` in a statement whose title or footer names the session
    by its acronym (``WTDC-10 – Special event ...``, ``WTSA-24, New Delhi, ...``): the one body of
    such a name whose head is ``head``, else ``None``."""
    texts = [self.report.title or "", *(p.text for p in self.report.paragraphs)]
    acronyms = {m.group("acronym") for text in texts for m in _SESSION_ACRONYM.finditer(text)}  # each read once
    keys = {
        r.key
        for acronym in acronyms
        for r in self.resolve(acronym, 0, 0)
        if r.kind == "body" and _headed(self, acronym, r.key, head)
    }
    return AgentRef("body", key, self._label(key)) if len(keys) == 1 and (key := keys.pop()) else None


def _headed(self: _Reader, written: str, key: str, head: str) -> bool:
    """The body ``key`` written ``written`` ends its name's head with ``head``: as written, or by
    its name when written as an acronym (``WTDC-10`` for ``the Conference``)."""
    words = head.split()
    if ends_name_head(written, words):
        return True
    return _ACRONYM_WORD.fullmatch(written) is not None and ends_name_head(self._label(key) or "", words)


def unnamed_secretariat(meeting_body: str | None, bodies: tuple[Body, ...]) -> AgentRef | None:
    """The meeting body's own secretariat (:func:`~.bodies.own_secretariat`) as the agent a text
    names only by its function (``the Secretariat``, ``the secretariat of the Group``): a group
    keyed by the body it serves and labelled after it (``CWG-COP Secretariat``, else ``Secretariat
    of the ITU Council``); ``None`` when the report names it as a body of its own (a body record)."""
    if not meeting_body:
        return None
    key, name = own_secretariat(meeting_body)
    if any(b.key == key for b in bodies):
        return None
    body = next((b for b in bodies if b.key == meeting_body), None)
    entry = catalogue().get(meeting_body)
    acronym = (body.acronym if body else None) or (entry.acronym if entry else None)
    if not entry:  # a body the report defines, else one it does not describe: no key in the label
        name = f"Secretariat of the {body.name}" if body is not None else "Secretariat"
    return AgentRef("collective", key, f"{acronym} Secretariat" if acronym else name)


def secretariat_agents(
    requests: tuple[Request, ...],
    decisions: tuple[Decision, ...],
    secretariat: AgentRef | None,
    bodies: tuple[Body, ...] = (),
) -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
    """``requests`` and ``decisions`` with their parties that are no organisation of the report as
    groups: the meeting body's unnamed secretariat (``secretariat``, :func:`unnamed_secretariat`),
    and a study group's Question the report keeps as no body (``Question 6/13 is invited to ...``:
    :func:`.study_groups.is_question`), each with its label as written."""
    kept = {b.key for b in bodies}

    def agent(ref: AgentRef) -> AgentRef:
        if secretariat is not None and ref.kind == "body" and ref.key == secretariat.key:
            return secretariat
        if ref.kind == "body" and is_question(ref.key) and ref.key not in kept:
            return AgentRef("collective", ref.key, ref.label)
        return ref

    requests = tuple(
        replace(r, requester=agent(r.requester), addressees=tuple(agent(a) for a in r.addressees)) for r in requests
    )
    return requests, tuple(replace(d, subject=agent(d.subject)) for d in decisions)
