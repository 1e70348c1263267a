"""The agents a document's front and back lines name, and the groups a header or a recipients line names.

The spans the actor extractor found in a line (:class:`~.persons.Resolver`; an upper-case title read in title case),
the agent that starts a phrase, a group named as written (:func:`named_group`) and the group a header names when no
agent starts it (:func:`_group_after`). Read by :mod:`.authors` and the modules it puts together.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.agent_resolver import Actors, Context
from wsiskg.ingest.extract.casing import title_cased, without_article
from wsiskg.ingest.extract.gazetteer import collectives
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.records import AgentRef, Span

#: how many first (last) paragraphs may hold a header (a signature)
_FRONT = 15


_BACK = 10


_AGENT_KINDS = ("person", "post", "posts", "body", "country")


def _first_agent(spans: list[Span], start: int) -> Span | None:
    """The agent span that starts the phrase at ``start`` (after ``the``)."""
    for s in sorted(spans, key=lambda s: s.start):
        if s.start >= start and s.kind in _AGENT_KINDS:
            return s if s.start - start <= len("the ") else None
    return None


def _agent_after(actors: Actors, order: int | None, text: str, start: int) -> AgentRef | None:
    """The agent that starts ``text`` at ``start``: the paragraph's spans, else found afresh (an
    upper-case title read in title case)."""
    span = _first_agent(_spans_of(actors, order, text), start)
    refs = actors.resolver.ref(span) if span is not None else []
    return refs[0] if refs else None


def _spans_of(actors: Actors, order: int | None, text: str) -> list[Span]:
    """The agent spans of ``text`` (paragraph ``order``'s, else found afresh; upper case read in title case)."""
    resolver = actors.resolver
    if order is not None and not text.isupper():
        offset = resolver.texts.get(order, text).find(text)
        return [Span(s.start - offset, s.end - offset, s.kind, s.keys, s.text) for s in resolver.spans.get(order, [])]
    return resolver.spans_in(title_cased(text) if text.isupper() else text)


#: where the name of a group that writes ends: a footnote mark, brackets, a comma, ``through``
_GROUP_END = re.compile(r"\s*(?:[*(,;:]|\bthrough\b|$)")


#: the members of a body: ``the Member States of``, ``the Administrations of``
_MEMBERS_OF = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,3}of\s+")


#: a group's name written as a name: capitalised words (``the Arab States``, ``African Administrations``,
#: ``Kgolagano Community Media Trust``), not headed by an event noun (``THE FIFTH MEETING``)
_GROUP_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w.-]*){1,4}")


@cache
def _event_nouns() -> frozenset[str]:
    """Head nouns of events (``event_nouns.csv``): ``THE FIFTH MEETING`` names no group."""
    return frozenset(noun.lower() for noun in event_nouns())


def _group_after(actors: Actors, order: int | None, who: str) -> AgentRef | None:
    """The group a header names when no agent starts it: the body whose members it names
    (``STATEMENT ON BEHALF OF THE MEMBER STATES OF CITEL``, ``Contribution from the Administrations of
    the Regional Commonwealth in the field of Communications (RCC)``: the body), else the one group
    the resolver reads in the capitalised words before a footnote mark, a bracket, a comma or
    ``through`` (``Contribution from the Arab States*``, ``Source: African Administrations, through the
    ATU``), as written, or the one body it reads there (``Vireo Radio AB (Sweden)``). The meeting of a
    body (``REPORT OF THE THIRD MEETING OF THE COUNCIL EXPERT GROUP ON X``) is no group that writes: a
    record speaks for the meeting."""
    written = who.strip()
    who = title_cased(written) if written.isupper() else written
    members = _MEMBERS_OF.match(who)
    if members is not None and _event_nouns().isdisjoint(w.lower() for w in members.group(0).split()):
        for text in dict.fromkeys((who, who[: members.end()] + written[members.end() :])):  # "OF CITEL"
            span = _first_agent(actors.resolver.spans_in(text), members.end())
            refs = actors.resolver.ref(span) if span is not None and span.kind == "body" else []
            if refs:
                return refs[0]
    name = who[: _GROUP_END.search(who).start()]  # type: ignore[union-attr]
    if not _GROUP_NAME.fullmatch(name) or name.split()[-1].lower() in _event_nouns():
        return None
    name = without_article(name)
    found = actors.resolve_agents(name, Context(order or 0, 0))
    if len(found) == 1 and found[0].kind == "body":
        return found[0]  # "Vireo Radio AB (Sweden)" under the language field: the company the report names
    return named_group(found[0], name) if len(found) == 1 and found[0].kind == "collective" else None


def named_group(group: AgentRef, label: str) -> AgentRef:
    """``group`` as written in ``label``: the collective itself when ``label`` is its phrase
    (``all Member States``), else a group of its own, keyed by its label (``Delegates requiring
    an entry visa``, ``Administrations of ITU Member States``): a report's groups are one per key."""
    label = " ".join(label.split())
    bare = without_article(label, "the", "all", case="any")
    if collectives().get(bare.lower()) == group.key:
        return replace(group, label=label)
    return AgentRef("collective", slug(bare), label)
