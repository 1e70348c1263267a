"""Whom a request asks: the addressees an object phrase names (``objects``).

Holds ``objects`` (the agents of an object phrase, through the actors' resolver: ``you`` for the
audience, ``the CSTD secretariat`` for that body, ``its Director-General`` for the requester's
post, a qualified group such as ``Delegates requiring an entry visa`` or ``the Study Group
chairmen`` as one group, ``the Member States of ITU`` as the group only) and ``_front_body`` (the
body a document's title names by its head noun: ``the conference``). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.authors import named_group
from wsiskg.ingest.extract.gazetteer import pronouns
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_verbs import (
    _AND,
    _BARE_HEAD,
)
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: the audience: ``you``, ``each of you``, ``all of you``, ``every one of you``
_YOU = re.compile(r"(?i:(?:(?:each|every\s*one|all|both|many|some)\s+of\s+)?you(?:\s+all)?)")
#: a lone lower-case word the resolver read as a group before a group: ``interested`` Member States
_ADJECTIVE = re.compile(r"[a-z]+")
#: one noun phrase ending in a plural common noun (no list): ``the Study Group chairmen``, ``SC 27 experts``
_PLURAL_HEAD = re.compile(
    r"(?!.*\b(?:and|or|as\s+well\s+as)\b)(?:the\s+)?(?P<group>(?:[\w&/-]+\s+){1,4}(?P<head>[a-z]+(?:men|s)))"
)
#: ``GROUP of [the] BODY`` at the end of a phrase (no list)
_WHOSE = re.compile(r"^(?!.*\b(?:and|or)\b)[^,;]+\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*$")
#: a group the resolver cut before a body: ``specialized agencies of the`` [United Nations] system
_DANGLING = re.compile(r"\b(?:of|in|from|within)(?:\s+the)?\s*$")
#: ``the CSTD secretariat``: a body asked through its secretariat
_NAMED_SECRETARIAT = re.compile(r"(?:the\s+)?([A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})\s+secretariat")
#: a post of the requester itself: ``its Director-General``
_ITS = re.compile(r"^its\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$")
#: a group and what qualifies it: ``Stakeholders who wish to present ...``, ``Delegates requiring ...``
_QUALIFIED = re.compile(r"^(?P<group>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:who|wishing|requiring|[a-z]{3,}ing)\s+\S")
#: a piece that modifies the group before it: ``from the gaming industry``, ``represented here``
_MODIFIER = re.compile(r"^(?:from|in|of|at|on|with|for|within|across|under|who|that|[a-z]+ed|[a-z]+ing)\b")


def objects(self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...]:
    """The agents an object phrase names: ``you`` (``each of you``) is the audience (a letter's
    ``To:``, else the participants); a modifier the resolver read as a group of its own
    (``Sector Members from the gaming industry``) stays with the group before it."""
    if _YOU.fullmatch(phrase.strip()):
        return self.voice.audience or (AgentRef("collective", "participants", "participants"),)
    if m := _QUALIFIED.match(phrase.strip()):  # "Delegates requiring an entry visa for X": one group
        group = self.resolve(m.group("group"), order, offset, (requester.key,))
        if len(group) == 1 and group[0].kind == "collective":
            return (named_group(group[0], phrase),)
    if (named := _NAMED_SECRETARIAT.fullmatch(phrase.strip())) and len(
        body := [r for r in self.resolve(named.group(1), order, offset) if r.kind == "body"]
    ) == 1:  # "the CSTD secretariat": that body's, not the meeting's
        return (body[0],)
    if _BARE_HEAD.fullmatch(phrase.strip()) and (own_body := self._front_body(phrase.split()[-1])):
        return (own_body,)  # "The conference is invited" in a document of the conference
    if requester.kind == "body" and (own := _ITS.match(phrase.strip())):  # "invited its Director-General"
        posts = [r for r in self.resolve(own.group(1), order, offset) if r.kind == "post"]
        if len(posts) == 1:
            role = posts[0].key.split("/")[-1]
            label = f"{own.group(1).strip()}, {self._label(requester.key) or requester.label}"
            return (AgentRef("post", f"{requester.key}/{role}", label),)
    out: list[AgentRef] = []
    refs = self.resolve(phrase, order, offset, (requester.key,))
    for i, ref in enumerate(refs):
        if _ADJECTIVE.fullmatch(ref.label.strip()) and i + 1 < len(refs) and refs[i + 1].kind == "collective":
            continue  # "interested Member States": the group
        if out and ref.kind == "collective" and out[-1].kind == "collective" and _MODIFIER.match(ref.label.strip()):
            out[-1] = named_group(out[-1], f"{out[-1].label.strip()} {ref.label.strip()}")
        else:
            out.append(ref)
    if len(out) == 2 and out[0].kind == "collective" and out[1].kind == "body" and _WHOSE.search(phrase):
        return tuple(out[:1])  # "the Member States of ITU": the body only says whose
    if out and out[0].kind == "collective" and _DANGLING.search(out[0].label) and not _AND.search(phrase):
        return (named_group(out[0], re.sub(r"^the\s+", "", phrase.strip())),)  # "the agencies of the UN system"
    plural = _PLURAL_HEAD.fullmatch(phrase.strip())
    if len(out) > 1 and plural:  # "the Study Group chairmen"
        return (named_group(AgentRef("collective", slug(plural.group("head"))), plural.group("group")),)
    if len(out) == 1 and out[0].kind == "collective" and plural and " ".join(out[0].label.split()) != plural.group(0):
        return (named_group(out[0], plural.group("group")),)  # "All UNGIS members": as written
    return tuple(out)


def _front_body(self: _Reader, head: str) -> AgentRef | None:
    """The body named in the document's title or first lines whose name ends with ``head``
    (``the conference`` under ``PLENIPOTENTIARY CONFERENCE (PP-18)``), when the resolver
    knows no such body by that word alone."""
    if any(r.kind != "collective" for r in self.resolve(head, 0, 0)) or head.lower() in pronouns():
        return None
    texts = [self.report.title or ""] + [p.text for p in self.report.paragraphs[:3]]
    for text in texts:
        text = text.title() if text.isupper() else text
        for span in self.actors.resolver.spans_in(text):
            if span.kind == "body" and span.text.split()[-1].lower() == head.lower():
                key = span.keys[0]
                return AgentRef("body", key, self._label(key))
    return None
