"""Whom a request asks: the addressees an object phrase names (``objects``).

Holds ``objects`` (the agents of an object phrase, through the actors' resolver), in two steps:
``_named_form`` (phrases of a known form: ``you`` for the audience, ``us`` for the speaker's
organization (``_speakers_body``), ``the Director`` for the one Director the report names, ``the
regional commissions (ECA, ESCAP and ESCWA)`` for the bodies listed, ``the ILO secretariat`` for
that body's secretariat as written (a group), ``its Director-General`` for the requester's post,
``its Rapporteur Group on X`` for that group, a qualified group such as ``Delegates requiring an
entry visa``) and ``_grouped`` (the resolved agents grouped as written: ``the Study Group
chairmen``, ``UNGIS members`` and ``Members of the Group`` as one group each, ``the Member States
of ITU`` as the group only); words that only place a group in the room (``present here``,
``ingest/data/group-trails.csv``) are dropped; ``_front_body`` is the body a document's title
names by its head noun (``the conference``). The functions taking ``self`` are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import (
    CONJUNCT_GAP,
    coordinated_modifiers,
    greets_all,
    known_groups,
    listed_complement,
    names_no_agent,
    noun_phrase,
    plural_role,
    related_body,
    remits,
    topic_list,
)
from wsiskg.ingest.extract.agent_resolver import catalogue_label, ends_name_head
from wsiskg.ingest.extract.authors import named_group, short_country_name
from wsiskg.ingest.extract.bodies import defined_name, initials, own_secretariat
from wsiskg.ingest.extract.casing import joiner_alternation, title_cased
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    collectives,
    honorifics,
    modal_alternation,
    pronouns,
    roles,
)
from wsiskg.ingest.extract.gazetteer import bodies as catalogue
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_verbs import _AND
from wsiskg.ingest.extract.study_groups import is_question
from wsiskg.ingest.records import AgentRef, Body, Decision, Request
from wsiskg.ingest.text import UPPER, alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: the audience: ``you``, ``each of you``, ``all of you``, ``every one of you``
_YOU = re.compile(r"(?i:(?:(?:each(?:\s*one)?|every\s*one|all|both|many|some)\s+of\s+)?you(?:\s+all)?)")
#: a session of a body: ``the next session of the Council``, ``the 2019 session of the Council (Geneva, 10-20 June)``
_SESSION_OF = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:session|meeting|sitting)\s+of\s+(?P<body>[^,;()]+?)\s*(?:\([^()]*\))?"
)
#: a plural pronoun: ``urged them to ...``
_THEM = re.compile(r"(?i:them|they)")
#: ``them`` said of each: ``invited both to ...``, ``all of them``, ``each of them``, ``them both``
_BOTH = re.compile(r"(?i:both(?:\s+of\s+them)?|(?:all|each)\s+of\s+them|them\s+(?:both|all))")
#: the rest of a group named before: ``thanked the Member States that had replied and encouraged the others to ...``
_OTHERS = re.compile(r"(?i:(?:all\s+)?the\s+(?:others|rest|remaining\s+ones)|(?:all\s+)?others)")
#: a demonstrative left alone, no group of its own: ``urged those which have not yet done so``
_THOSE = re.compile(r"(?i:those|these)")
#: a group hailed at the start of the sentence: ``To the operators in this room:``, ``And to my fellow regulators:``
_HAIL = re.compile(
    r"(?:^|[.!?;]\s+)(?:And\s+|But\s+)?[Tt]o\s+(?P<who>(?:(?:the|my|our|all|each|every|dear)\s|[A-Z])[^:.;!?]{2,80}?)\s*:\s*[^.:;!?]*$"
)
#: a country in brackets closing a phrase: ``Vice-Chair (Ethiopia)``
_COUNTRY_AFTER = re.compile(r"\s*\([^(),;]+\)\s*$")
#: a letter's address line with no colon: ``To the Secretary-General``
_TO_LINE = re.compile(r"To\s+(?P<who>(?:the\s+)?[A-Z][^.:;!?]{2,100})")
#: a letter's ``your`` before the head noun of the recipient's own body: ``your Division``, ``your Administration``
_YOUR_HEAD = re.compile(
    r"(?i:your)\s+(?P<head>(?i:administration|division|department|ministry|authority|office|commission))"
)
#: a letter's ``your`` before a word for the recipient's own organisation in general: ``your organization``
_YOUR_OWN = re.compile(
    r"(?:(?i:your)\s+)?(?i:organi[sz]ation|institution|entity|agency|company|government|administration|office)"
)
#: ``your`` opening an object phrase
_YOUR_LEAD = re.compile(r"\s*(?i:your)\s")
#: a capitalised name (after ``of``): ``Papua New Guinea``
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*)*"
#: a first-person pronoun read as no agent (after a subordinator): ``When I`` (was asked to speak), ``us``, ``our``
_FIRST_PERSON = re.compile(r"(?i:(?:when|if|as|since|while|once|before|after)\s+)?(?i:i|we|us|our|me|my)")
#: how many paragraphs of a letter's front may hold its address line
_LETTER_FRONT = 15
#: the speaker: ``instructed me to ...``
_ME = re.compile(r"(?i:me|myself)")
#: a group, then its members listed in brackets: ``the regional commissions (ECA, ESCAP and ESCWA)``
_LISTED_MEMBERS = re.compile(r"(?:the\s+)?[a-z][\w\s-]{2,60}?\s*\((?P<members>[^()]+(?:\([^()]*\)[^()]*)*)\)")
#: ``its`` / ``their`` before a name: ``its Rapporteur Group on ...``
_POSSESSIVE = re.compile(r"^(?:its|their)\s+(?=[A-Z])")
#: a group of a body: ``Members of the Group``, ``the experts of the Commission``
_GROUP_OF = re.compile(r"^(?:the\s+|all\s+)?(?P<group>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+of\s+(?:the\s+)?[A-Z]")
#: a group and a lower-case place the resolver cannot read: ``my fellow ministers of the region``
#: a possessive before what is asked: ``the Union's Member States``, ``young people's organizations``, a plural's
#: (``regional regulators' associations``)
_OWNED = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}|(?!(?:of|for|on|in)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:['’]s|(?<=s)['’])\s+(?P<owned>[\w&-].*)"
)
#: what a possessive in lower case owns: a group in lower case ending in a plural (``incumbent users``)
_OWNED_GROUP = re.compile(r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s")
_PLACED = re.compile(r"^(?P<group>.*?[a-z]s)\s+(?:of|in|from|across)\s+(?:the|this|our|my|their)\s+[a-z]+$")
#: a group named in lower case by its head noun and topic: ``the correspondence group on the Dubai Declaration``,
#: ``the Rapporteur group on standardization strategy``
_LOWER_GROUP = re.compile(
    r"(?:[Tt]he\s+|(?i:each|every)\s+)?(?P<name>(?!(?i:the|this|that|an?|its|their|our|each|every)\s)[A-Za-z][\w-]*(?:\s+(?!(?:and|or)\s)[a-z][\w-]*){0,2}"
    r"\s+(?:group|committee|team|task\s+force|party)(?:\s+(?:on|of|for)\s+[^,;:]{2,80})?)"
)
#: the speaker's side: ``us``, ``we`` (``We have been invited by ... to``)
_WE = re.compile(r"(?i:us|we|ourselves|all\s+of\s+us)")
#: a lone lower-case word the resolver read as a group before a group: ``interested`` Member States
_ADJECTIVE = re.compile(r"[a-z]+")
#: ``all`` or ``the`` before such a word: ``all interested`` Member States
_ALL = re.compile(r"^(?:all|the)\s+")
#: one noun phrase ending in a plural common noun (no list), hyphenated too: ``the Study Group chairmen``,
#: ``SC 27 experts``, ``study group vice-chairmen``
_PLURAL_HEAD = re.compile(
    r"(?!.*\b(?:and|or|as\s+well\s+as)\b)(?:the\s+)?"
    r"(?P<group>(?:[\w&/-]+\s+){1,4}(?P<head>(?:[A-Za-z][a-z]+-)?[A-Za-z][a-z]+(?:men|s)))"
)
#: a plural noun in lower case and what it is of: ``the rapporteurs of the two study groups``
_HEAD_OF = re.compile(
    r"^(?:the\s+|all\s+)?(?P<head>(?:(?!(?:The|All)\s)[A-Z][\w-]*\s+)?[A-Za-z][\w-]*?(?:s|men))\s+of\s+(?P<rest>[^,;]+)$"
)
#: ``GROUP of [the] BODY`` at the end of a phrase (no list)
_WHOSE = re.compile(r"^(?!.*\b(?:and|or)\b)[^,;]+\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*$")
#: a semicolon and a clause of its own after it (a finite verb): ``a workshop on X; the Group agreed`` (to ...)
_NEXT_CLAUSE = re.compile(
    rf"\s*;\s+\S.*?\b(?:[a-z]{{2,}}ed|{auxiliary_alternation(role='clause')}|{modal_alternation('future')})\b.*$", re.S
)
#: a group the resolver cut before a body: ``specialized agencies of the`` [United Nations] system
_DANGLING = re.compile(r"\b(?:of|in|from|within)(?:\s+the)?\s*$")
#: a group the resolver cut before what it is of or for: ``the Chairmen of``, ``donors from``, ``the Chief of the``
_DANGLING_END = re.compile(r"\s+(?:of|for|from|in|within|on|at)(?:\s+(?:the|all|both|its|their|this|these))?\s*$")
#: between such a group and what it is of: nothing, or a determiner the resolver left out
_GAP = re.compile(r"\s*(?:(?:the|all|both|its|their|this|these)\s+)?")
#: a comma and an honorific between a post and the person holding it: ``, Mr``, ``, H.E.``
_APPOSED = re.compile(r"\s*,\s*(?:[A-Z][\w.]*\s+){0,3}")
#: another body listed after the first one: ``and CEPT``, ``, CEPT and RCC``
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]")
#: ``the ILO secretariat``, ``the Group's secretariat``: a body asked through its secretariat (``the UNGIS
#: secretariat (ITU)``: who serves it, in brackets, says no more)
_NAMED_SECRETARIAT = re.compile(
    r"((?:the\s+)?[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})(?:['’]s)?\s+secretariat(?:\s*\([^()]*\))?"
)
#: ``the UNDP and UNESCO focal points``: bodies listed, each asked through its contact
_LISTED_CONTACTS = re.compile(
    r"(?:the\s+)?(?P<bodies>[A-Z][\w&/-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w&/-]*)+)\s+(?:focal\s+points|secretariats)"
)
#: a group noun in lower case after ``the``: ``the group``, ``this team``
_THE_LOWER_HEAD = re.compile(r"(?:the|this)\s+(?:(?P<kind>[a-z]+)\s+)?(group|team|committee|task\s+force|panel)")
#: a group named by its noun and a number or a topic in lower case: ``Sub-group on digital skills``
_GROUP_NAME = re.compile(
    r"\b(?P<noun>(?i:sub-?\s?(?:group|committee|team)))\s+(?:\d{1,2}\b|on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})"
)
#: a group noun in lower case that a named group of the paragraph may be meant by: ``the sub-group``,
#: ``The subgroup``, ``this sub-committee``, ``the correspondence group``
_THE_GROUP_NOUN = re.compile(
    r"(?i:the|this)\s+(?P<noun>(?:sub-?\s?(?:group|committee|team)|(?:[a-z]+\s+)?(?:group|team|task\s+force)))"
)
#: what joins two addressees: ``and``, ``or``, ``as well as``, ``;``
_LISTS = re.compile(r"\b(?:and|or|as\s+well\s+as)\b|;")
#: a group named by a noun in lower case without its topic: ``the ad hoc group``, ``the drafting committee``
#: (a bare ``the group`` is the meeting body's own word, read elsewhere)
_LOWER_GROUP_NOUN = re.compile(
    r"(?:[Tt]he|[Tt]his)\s+(?P<name>(?:[a-z][\w-]*\s+){1,3}(?:group|committee|team|task\s+force|panel|sub-?group))"
)
#: the topic after such a noun, up to a clause or a punctuation mark: ``on Resolution 130``
_TOPIC_CUT = (
    rf"(?:to|and|or|that|which|who|{auxiliary_alternation(role='clause')}|{modal_alternation('future')}|met|at|in)\b"
)
_TOPIC = rf"(?:the\s+)?[\w&/.-]+(?:\s+(?!{_TOPIC_CUT})[\w&/.-]+){{0,6}}?(?=\s*(?:[,.;:()]|$)|\s+{_TOPIC_CUT})"
#: a name of two to four words in title case after ``the``: ``the Leadership Panel``
_TITLED_SHORT = re.compile(r"(?:the|this)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})")
#: how many paragraphs back a group's full name is looked for
_PARAGRAPHS_BACK = 12
#: a phrase that opens with a preposition names no one: ``for a more stable funding base``
_PREPOSITION_LEAD = re.compile(r"(?:for|about|into|with|without|regarding|concerning)\s")
#: one holder of a role in each body a lower-case noun names: ``each committee chairman``
_EACH_ROLE = re.compile(r"(?i:each|every|any)\s+(?P<group>(?:[a-z][\w-]*\s+){1,3}(?P<role>[A-Za-z][\w-]*))")
#: a post of the requester itself: ``its Director-General``
_ITS = re.compile(r"^its\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$")
#: a group and what qualifies it: ``Stakeholders who wish to present ...``, ``Delegates requiring ...``,
#: ``the United Nations entities that facilitate WSIS action lines``
#: a body's name before a noun in lower case, no list: ``each ITU regional office``, ``the UNESCO field office``
_BODY_HEAD = re.compile(
    r"^(?:(?:the|each|every|all|any)\s+)?(?P<group>[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3}"
    r"(?:\s+(?!(?:and|or|of|for|in|on|to|at|with)\b)[a-z][\w-]*){1,3})$"
)
#: a word in title case alone: ``African`` (Member States)
_TITLED_WORD = re.compile(r"[A-Z][a-z]+")
#: a name negated by ``non-`` before a group: ``non-Council`` Member States, ``Non-EU`` administrations
_NEGATED = re.compile(r"(?i:non)-[A-Z][\w-]*")
#: an acronym alone: ``ECOWAS``, ``SADC``
_ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,9}")

#: a body written as its acronym, perhaps with a session's year or number: ``WTDC-10``, ``PP-22``, ``WTSA``
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,9}(?:[- ]?\d{1,4})?")

#: a session named by its body's acronym and its year: ``WTDC-10``, ``WTSA-24``, ``PP-22``
_SESSION_ACRONYM = re.compile(r"\b(?P<acronym>[A-Z][A-Z&]{1,9})-\d{2}(?:\d{2})?\b")
#: a piece that modifies the group before it: ``from the gaming industry``, ``represented here``
_MODIFIER = re.compile(r"^(?:from|in|of|at|on|with|for|within|across|under|who|that|[a-z]+ed|[a-z]+ing)\b")


@cache
def _role_forms() -> dict[str, str]:
    """A singular role word as written (``Director``, ``Chairman``) -> its role key."""
    return {f.lower(): e.role for e in roles().values() for f in e.forms[:1] + e.forms[1:] if not f.endswith("s")}


def _named_role(self: _Reader, phrase: str, titled: bool = False) -> AgentRef | None:
    """``the Director`` with no body: the one post of that role that a person holds in the report
    (``Mr A, Director of the Radiocommunication Bureau`` named before), else (``titled``: a
    subject) the one person whose job title it is (``President: Mr B`` in a summary record's header)."""
    bare = re.sub(r"^(?:the|our|its)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    role = _role_forms().get(bare.lower()) if bare[:1].isupper() else None
    if role is None:
        return None
    posts = [p for p in self.actors.resolver.holders if p.split("/")[-1] == role]
    if len(posts) == 1:
        return AgentRef("post", posts[0], self._label(posts[0]) or catalogue_label("post", posts[0]))
    forms = {f.lower() for f in roles()[role].forms}
    holders = [p for p in self.actors.persons if any(t.lower() in forms for t in p.job_titles)]
    if posts or not titled or len(holders) != 1:
        return None
    return AgentRef("person", holders[0].key, holders[0].name)


def objects(self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...]:
    """The agents an object phrase names: a phrase of a known form (:func:`_named_form`), else
    what the resolver reads in it, grouped (:func:`_grouped`), else the one holder of a role the
    resolver does not know (``the Director``: :func:`_named_role`); words that only place the group
    in the room are dropped (``the operators present here``); an object never runs into the clause
    after a semicolon (``proposed a workshop; the Chair invited it`` to ...: no one).
    ``them`` that the resolver reads as no
    body is the group asked last in the paragraph (``encouraged Member States in arrears to ..., and
    urged them to ...``)."""
    if (yours := _addressee_own(self, phrase)) is not None:
        return (yours,)  # "your Division" in a reply to its Chief: the division the address names
    if _NEXT_CLAUSE.search(phrase):
        return ()  # "proposed a workshop; the Group agreed" (to consider it): the infinitive is the next clause's
    your_lead = _YOUR_LEAD.match(phrase) is not None
    phrase = "them" if _BOTH.fullmatch(noun_phrase(phrase)) else noun_phrase(phrase)
    if your_lead and self.voice.audience and _YOUR_OWN.fullmatch(phrase):
        return self.voice.audience  # "if your organization could send ..." in a letter "To: X; Y": X and Y
    if _PREPOSITION_LEAD.match(phrase):
        return ()  # "asked for a stable funding base": what is asked for, no one asked
    if _OTHERS.fullmatch(phrase) and (rest := _rest_of_group(self, order, offset)) is not None:
        return (rest,)  # "thanked the Member States that replied and encouraged the others": Member States
    found = () if _THOSE.fullmatch(phrase) else _read_objects(self, phrase, order, offset, requester)
    found = tuple(r for r in found if not names_no_agent(r))  # "the results of the reviews": a thing
    found = tuple(
        r for r in found if r.kind != "collective" or not _FIRST_PERSON.fullmatch(r.label)
    )  # "When I was asked"
    last = self.last_objects
    if (
        not found
        and (_THEM.fullmatch(phrase) or _THOSE.fullmatch(phrase))
        and last is not None
        and last[0] == order
        and last[1] < offset
    ):
        return last[2]  # "encouraged Member States in arrears to ..., and urged them to ...": that group
    if found:
        self.last_objects = (order, offset, found)
    return found


def _owned(self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...] | None:
    """What a named owner owns, as the addressee (``the Union's Member States``, ``UNESCO's Information
    for All Programme``): the groups or bodies owned, the owner only saying whose (as ``the regulators in
    the region`` are regulators, decision 12). ``None`` for anything else: a post owned (``the Union's
    Secretary-General``) is the owner's post, as the resolver reads it."""
    m = _OWNED.fullmatch(phrase.strip())
    if m is None or not m.group("owner")[:1].isupper() or m.group(0)[m.end("owner") + 1 : m.end("owner") + 2] != "s":
        return None  # "the Regulators' Forum of X": a name in title case, no owner
    owned = m.group("owned")
    refs = self.resolve(owned, order, offset + phrase.find(owned), (requester.key,))
    refs = tuple(r for r in refs if not names_no_agent(r))
    return refs if refs and all(r.kind in ("body", "collective") for r in refs) else None


def _owned_group(phrase: str) -> tuple[AgentRef, ...]:
    """A group in lower case after an owner in lower case that the resolver reads no one in (``young
    people's organizations``, ``the band's incumbent users``): one group, as written."""
    m = _OWNED.fullmatch(phrase.strip())
    if m is None or m.group("owner")[:1].isupper() or not _OWNED_GROUP.fullmatch(m.group("owned")):
        return ()
    if _AND.search(phrase):
        return ()
    written = re.sub(r"^(?i:the)\s+", "", phrase.strip())
    return (AgentRef("collective", slug(written), written),)


def _rest_of_group(self: _Reader, order: int, offset: int) -> AgentRef | None:
    """The known group (``collectives.csv``) named last before ``offset`` in the paragraph, as the
    group ``the others`` are the rest of, else ``None``."""
    before = self.actors.resolver.texts.get(order, "")[:offset]
    for named in reversed(list(known_groups().finditer(before))):
        key = collectives()[" ".join(named.group(0).lower().split())]
        if key != "all":  # "all who replied": no group the others are the rest of
            return AgentRef("collective", key, re.sub(r"^(?i:all|the)\s+", "", named.group(0)))
    return None


def _read_objects(self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...]:
    """The agents of an object phrase read by :func:`noun_phrase` (the steps of :func:`objects`)."""
    if (before := _named_before(self, phrase, order, offset)) is not None:
        return (before,)  # "chair an ad hoc group ..., and requested the group to ...": that group
    if (session := _SESSION_OF.fullmatch(phrase)) and len(
        held := [r for r in self.resolve(session.group("body"), order, offset) if r.kind == "body"]
    ) == 1:
        return (held[0],)  # "the 2019 session of the Council (Geneva, ...)": the body that meets
    named = _named_form(self, phrase, order, offset, requester)
    if named is not None:
        return named
    if (owned := _owned(self, phrase, order, offset, requester)) is not None:
        return owned  # "the Union's Member States": Member States
    if (each := _each_holder(phrase)) is not None:
        return (each,)  # "each committee chairman": the group of the role's holders, as written
    if (body := related_body(phrase)) and (
        related := [r for r in self.resolve(body, order, offset + phrase.find(body)) if r.kind == "body"]
    ):
        return tuple(related)  # "our colleagues in UNGIS": UNGIS
    if written := listed_complement(phrase) or coordinated_modifiers(phrase) or topic_list(phrase):
        return (AgentRef("collective", slug(written), written),)  # "national and regional IGF initiatives": one group
    if (named := _and_in_name(self, phrase, order, offset, requester)) is not None:
        return named  # "the Latin American and Caribbean Internet Addresses Registry (LACNIC)": one body
    if (shared := _names_sharing_head(self, phrase, order, offset, requester)) is not None:
        return shared  # "the ITU-R and ITU-T study groups": the study groups of each Sector
    refs = tuple(r for r in self.resolve(phrase, order, offset, (requester.key,)) if not names_no_agent(r))
    refs = _joined_pieces(self, phrase, refs)  # "the Chairmen of" + "the Study Groups": one group
    refs = _dropped_conjuncts(self, phrase, refs, (order, offset), requester)  # "and organizations of X"
    if (person := _apposed_person(phrase, refs)) is not None:
        return (person,)  # "Ms A (Chile), Vice-Chair of the Group,": the person
    if (rapporteur := _question_post(phrase, refs)) is not None:
        return (rapporteur,)  # "the Rapporteur for Question 1/1": that post as written
    if not refs and (post := _unread_post(phrase)) is not None:
        return (post,)  # "the Chairman of Study Group 2" of no Sector the report names: that post as written
    if (holders := _roles_of(phrase)) is not None:
        return (holders,)  # "the Chairs and Vice-Chairs of the study groups": one group, as written
    if (qualified := _holders_qualified(phrase, refs)) is not None:
        return qualified  # "the regional Vice-Chairs of TDAG", "Vice-Chairs responsible for X": one group each
    if [r.kind for r in refs] == ["post", "country"] and _COUNTRY_AFTER.search(phrase):
        return refs[:1]  # "Vice-Chair (Ethiopia)": the country says which Vice-Chair
    if any(r.kind == "post" for r in refs) and (holders := plural_role(phrase, named=len(refs) == 1)):
        return (holders,)  # "the Rapporteurs": the group of the role's holders
    if len(refs) > 1 and all(r.kind == "post" for r in refs) and (listed := _plural_roles_listed(phrase, len(refs))):
        return listed  # "Rapporteurs and Vice-Rapporteurs": the holders of each role
    if len(refs) == 1 and refs[0].kind == "body" and (group := _members_of(phrase)) is not None:
        return (group,)  # "Members of the Group" read as the Group: its members
    if (of := _head_of(phrase, refs)) is not None:
        return (of,)  # "the rapporteurs of the two study groups from this region": the group as written
    unknown = all(r.kind == "collective" and r.key not in set(collectives().values()) for r in refs)
    if unknown and (holder := _named_role(self, phrase)):
        return (holder,)  # "the Director": the one Director named in the report
    others = [r for r in refs if r.kind not in ("post", "collective")]  # "the Rapporteur group on X": no post
    if not others and (lower := _LOWER_GROUP.fullmatch(phrase.strip())):  # "the correspondence group on X"
        return (AgentRef("collective", slug(lower.group("name")), lower.group("name")),)
    if not refs and (placed := _PLACED.match(phrase.strip())):  # "my fellow ministers of the region"
        head = self.resolve(placed.group("group"), order, offset, (requester.key,))
        if len(head) == 1 and head[0].kind == "collective":
            return (named_group(head[0], re.sub(r"^(?:the|my|our)\s+", "", phrase.strip())),)
    return _grouped(phrase, refs) or _owned_group(phrase)  # "young people's organizations": as written


#: a post (or its holders) of a study Question: ``the Rapporteur for Question 1/1``,
#: ``Associate Rapporteurs of Question 6/2``
#: a body named by its head noun after ``the``/``this``: one word (``the conference``) or two or three
#: capitalised ones, the last no plural (``the Working Group``, ``The Focus Group``; ``the Study Groups``
#: are the groups)
_HEAD_NOUNS = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<head>[A-Za-z]+|(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]*[a-rt-z])")
_QUESTION_POST = re.compile(
    r"(?:the\s+)?(?P<post>(?:[A-Z][\w-]*\s+)?(?P<role>[A-Z][\w-]*)\s+(?:for|of|on)\s+Questions?\s+\d[\w/.-]*"
    r"(?:\s*(?:,|and|to)\s*\d[\w/.-]*)*)"
)


def _question_post(phrase: str, refs: tuple[AgentRef, ...]) -> AgentRef | None:
    """``the Rapporteur for Question 1/1`` (the resolver reads a post of the study group and the
    Question apart, perhaps leaving ``the for Question 18-1/2`` as a group): one post of the Question,
    as written; a Question is a topic, no body asked."""
    m = _QUESTION_POST.fullmatch(phrase.strip())
    if m is None or not all(r.kind in ("post", "body") or _piece_of(r, m.group("post")) for r in refs):
        return None
    role = m.group("role").lower()
    if role not in _role_forms() and role.removesuffix("s") not in _role_forms():
        return None  # "the Focus Group on Question 3/1": no post
    return AgentRef("collective", slug(m.group("post")), m.group("post"))


#: a role and the capitalised name of what it is of: ``the Chairman of Study Group 2``, ``Convener of Group 4B``
_ROLE_OF_NAME = re.compile(
    r"(?:the\s+)?(?P<post>(?P<role>[A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&/-]*"
    r"(?:\s+(?:[A-Z][\w&/-]*|\d[\w/.-]*|of|for|on|the))*)"
)


def _unread_post(phrase: str) -> AgentRef | None:
    """A role in the singular and the name of a body the resolver reads no one in (``the Chairman of Study Group 2``
    in a report that names no Sector): that post as written (decision 44), never no addressee at all."""
    m = _ROLE_OF_NAME.fullmatch(phrase.strip())
    if m is None or m.group("role").lower() not in _role_forms():
        return None
    return AgentRef("collective", slug(m.group("post")), m.group("post"))


def _piece_of(ref: AgentRef, written: str) -> bool:
    """A group the resolver made of what it left of ``written`` (``the for Question 18-1/2``)."""
    return ref.kind == "collective" and re.sub(r"^(?i:the)\s+", "", ref.label) in written


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _plural_roles_listed(phrase: str, count: int) -> tuple[AgentRef, ...]:
    """``Rapporteurs and Vice-Rapporteurs``, ``the Chairmen, Vice-Chairmen and Rapporteurs`` (the
    resolver reads a post of the meeting's body for each): the group of each role's holders, as
    written, when every piece of the list is a role in the plural; else nothing."""
    pieces = [p for p in _LIST_JOIN.split(phrase.strip()) if p]
    groups = [plural_role(p) for p in pieces]
    return tuple(g for g in groups if g) if len(pieces) == count and all(groups) else ()


#: an acronym in brackets closing a phrase: ``(LACNIC)``, ``(UCLG)``
_CLOSING_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Za-z&-]{1,11})\)\s*$")


def _and_in_name(
    self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """A name with ``and`` in it that its acronym in brackets spells whole (``the United Cities and
    Local Governments (UCLG)``, ``the Latin American and Caribbean Internet Addresses Registry
    (LACNIC)``) is one body, never cut at its ``and``; what comes before it is read apart
    (``UN-Habitat and``). ``None`` when the phrase ends with no such name."""
    m = _CLOSING_ACRONYM.search(phrase)
    name = defined_name(phrase, m.start(), m.group("acronym")) if m else None
    if m is None or name is None:
        return None
    words, spelt = name.split(), re.sub(r"[^A-Z]", "", m.group("acronym").upper())
    for i in range(len(words) - 2):
        whole = words[i:]
        if whole[0][:1].isupper() and "and" in whole and initials(whole).upper() == spelt:
            break
    else:
        return None
    label = " ".join(whole)
    at = phrase.rfind(label, 0, m.start())
    found = [r for r in self.resolve(phrase[at:], order, offset + at, (requester.key,)) if r.kind == "body"]
    one = found[0] if len(found) == 1 else AgentRef("collective", slug(label), label)
    before = re.sub(r"(?:\s*,|\s+and)?(?:\s+the)?\s*$", "", phrase[:at])
    return (*(_read_objects(self, before, order, offset, requester) if before.strip() else ()), one)


#: names or acronyms joined by commas and ``and``/``or`` before one plural head noun they share: ``the ITU-R and ITU-T
#: study groups``, ``UNESCO, UNDP and UNICEF country offices``, ``the Asia-Pacific and African Regional Offices``
_SHARED_NAME_HEAD = re.compile(
    r"(?:(?i:the|all)\s+)?(?P<names>(?P<first>[A-Z][\w&/-]*)(?:\s*,\s*[A-Z][\w&/-]*)*\s*,?\s+(?:and|or)\s+"
    r"(?P<last>[A-Z][\w&/-]*))\s+(?P<head>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:s|men)|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?:s|men))"
)
#: a name of the list above
_LISTED_NAME = re.compile(r"[A-Z][\w&/-]*")
#: a name of that list written as an acronym or a code (``UNDP``, ``ITU-D``): the names of one list are all codes or
#: all words (``the BDT and Regional Offices`` are the Bureau and the offices). Not :func:`.bodies.acronym_written`,
#: which answers another question (is this an acronym, not a symbol): it takes two capitals anywhere (``AfDB``, and so
#: the word ``Asia-Pacific``) and refuses codes (``WTDC-22``, ``SG5/1``), which here are names written as codes
_CODE = re.compile(r"^[A-Z]{2}|\d")
#: a name of that list in the plural (``Telecommunications``, ``Ministers``): a group of its own, no modifier
_PLURAL_NAME = re.compile(r"(?<=[a-z])(?:s|men)$")


def _names_sharing_head(
    self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """``the ITU-D and ITU-T Study Groups``, ``UNESCO and UNDP country offices``: names joined before one
    plural head noun (a group, not a role: ``the CITEL and ASMG Chairmen`` are posts, read elsewhere) are
    that group of each name, read as ``ITU-D Study Groups`` and ``ITU-T Study Groups`` are (never the first
    name alone, the Sector); ``None`` when the phrase is no such list or the last name with the head is no
    group of its own."""
    m = _SHARED_NAME_HEAD.fullmatch(phrase.strip())
    names = [n.group(0) for n in _LISTED_NAME.finditer(m.group("names"))] if m else []
    if (
        m is None
        or any(_PLURAL_NAME.search(n) or n.lower() in collectives() for n in names)
        or len({bool(_CODE.search(n)) for n in names}) > 1
    ):
        return None  # "Ministers and High Authorities", "ITU and Member States", "Academia and Research Institutes"
    if len({tuple(r.kind for r in self.resolve(n, order, offset)) for n in names}) > 1:
        return None  # "UNICEF and ICT Ministries": a body and the ministries of ICT
    last = self.resolve(f"{m.group('last')} {m.group('head')}", order, offset + m.start("last"), (requester.key,))
    if not last or any(r.kind != "collective" for r in last):
        return None
    out: list[AgentRef] = []
    for name in _LISTED_NAME.finditer(m.group("names")):
        group = f"{name.group(0)} {m.group('head')}"
        found = self.resolve(group, order, offset + m.start("names") + name.start(), (requester.key,))
        one = found[0] if len(found) == 1 and slug(name.group(0)) in found[0].key else None
        out.append(one or AgentRef("collective", slug(group), group))  # "UNESCO country offices": as written
    return tuple(out)


def _each_holder(phrase: str) -> AgentRef | None:
    """``each committee chairman``, ``every study group rapporteur``: one holder of a role in each
    of the bodies a lower-case noun names stands for all of them (as ``each Sector Member`` does);
    one group, as written, never the meeting body's own post."""
    m = _EACH_ROLE.fullmatch(phrase.strip())
    if m is None or _role_forms().get(m.group("role").lower()) is None:
        return None
    return AgentRef("collective", slug(m.group("group")), phrase.strip())


@cache
def _qualified() -> re.Pattern[str]:
    """A group and what says which of its members: ``Delegates requiring an entry visa``, ``Ministers
    in charge of ICT`` (a remit: :func:`~.addressee_phrases.remits`)."""
    return re.compile(
        r"^(?P<group>(?!(?:and|or)\b)[\w-]+(?:\s+(?!(?:and|or)\b)[\w-]+){0,3}?)\s+"
        rf"(?:who|that|wishing|requiring|[a-z]{{3,}}ing|{remits()})\s+\S"
    )


def _named_form(
    self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """The agents of a phrase of a known form, else ``None``: a group and its bodies in brackets,
    ``us`` (the speaker's organization), ``you`` (the audience: a letter's ``To:``, else the
    participants), a qualified group, a named body's secretariat, ``the conference`` of the
    document's title, ``its Director-General``, ``its Rapporteur Group on X``."""
    if (
        (members := _LISTED_MEMBERS.fullmatch(phrase))
        and len(listed := self.resolve(members.group("members"), order, offset, (requester.key,))) > 1
        and all(r.kind in ("body", "country") for r in listed)
    ):
        return listed  # "the regional commissions (ECA, ESCAP and ESCWA)": the bodies listed
    if (pronoun := _pronoun_form(self, phrase, order, offset, requester)) is not None:
        return pronoun
    if m := _qualified().match(phrase):  # "Delegates requiring an entry visa for X": one group
        group = self.resolve(m.group("group"), order, offset, (requester.key,))
        if len(group) == 1 and group[0].kind == "collective":
            return (named_group(group[0], phrase),)
    if (secretariat := _secretariat_form(self, phrase, order, offset)) is not None:
        return secretariat
    if (
        (contacts := _LISTED_CONTACTS.fullmatch(phrase))
        and len(listed := self.resolve(contacts.group("bodies"), order, offset, (requester.key,))) > 1
        and all(r.kind == "body" for r in listed)
    ):
        return listed  # "the UNDP and UNESCO focal points": each body
    if (
        (head := _HEAD_NOUNS.fullmatch(phrase))
        and all(r.kind == "collective" for r in self.resolve(phrase, order, offset))
        and (own_body := self._front_body(head.group("head"), order, offset))
    ):
        return (own_body,)  # "The conference is invited" in a document of the conference, "the Working Group"
    if (post := _its_post(self, phrase, order, offset, requester)) is not None:
        return post
    if (possessive := _POSSESSIVE.match(phrase)) and (
        named := [r for r in self.resolve(phrase[possessive.end() :], order, offset) if r.kind == "body"]
    ):
        return tuple(named)  # "instructed its Rapporteur Group on X (RG-X)": that group
    return None


def _pronoun_form(
    self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """The agents a pronoun stands for: ``us`` (the speaker's organization), ``me`` (the speaker's post),
    ``you`` (the audience: a group hailed, a letter's ``To:`` or the one greeted, else the participants)."""
    if _WE.fullmatch(phrase) and (own := self._speakers_body()) is not None:
        return (own,)  # "asked us to review ...": the speaker's organization
    if _ME.fullmatch(phrase) and (speaker := _speakers_post(self)) is not None:
        return (speaker,)  # "the Conference instructed me to ...": the post the speaker holds
    if _YOU.fullmatch(phrase):
        if (hailed := _hailed(self, order, offset, requester)) is not None:
            return hailed  # "To the operators in this room: I urge you to ...": the operators
        if not self.voice.audience and (addressed := _addressed_to(self, requester)):
            return addressed  # a letter headed "To the Secretary-General": the one it is written to
        if not self.voice.audience and (greeted := _greeted_person(self)) is not None:
            return (greeted,)  # "Dear Ms Okafor," in a reply: the one person written to
        return self.voice.audience or (AgentRef("collective", "participants", "participants"),)
    return None


def _secretariat_form(self: _Reader, phrase: str, order: int, offset: int) -> tuple[AgentRef, ...] | None:
    """A named body's secretariat (``the ILO secretariat``): that body's, as written; the meeting body's own
    is its secretariat (the default addressee)."""
    if (secretariat := _NAMED_SECRETARIAT.fullmatch(phrase)) and len(
        body := [r for r in self.resolve(secretariat.group(1), order, offset) if r.kind == "body"]
    ) == 1:
        if body[0] == self.meeting_ref and self.default_addressee:
            return (self.default_addressee,)
        label = re.sub(r"^the\s+", "", secretariat.group(1)) + " secretariat"
        return (AgentRef("collective", slug(label), label),)
    return None


def _its_post(self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...] | None:
    """A post of the requesting body named after ``its`` (``invited its Director-General``): that body's post."""
    if requester.kind == "body" and (its := _ITS.match(phrase)):
        posts = [r for r in self.resolve(its.group(1), order, offset) if r.kind == "post"]
        if len(posts) == 1:
            role = posts[0].key.split("/")[-1]
            label = f"{its.group(1).strip()}, {self._label(requester.key) or requester.label}"
            return (AgentRef("post", f"{requester.key}/{role}", label),)
    return None


def _hailed(self: _Reader, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...] | None:
    """The group a sentence hails before ``you`` (``To the operators in this room: I urge you``,
    ``And to my fellow regulators: I encourage you``), else the group the paragraph last hailed
    before it (:func:`_vocatives`: ``To all stakeholders: the call opens in May. I encourage you``,
    ``Dear winners, ... We ask you``, ``Finally, young people: ... Please register``,
    ``researchers, please submit``), else ``None``; a greeting of all (``Dear colleagues,``) hails
    no group."""
    text = self.actors.resolver.texts.get(order, "")[:offset]
    hails = [to] if (to := _HAIL.search(text)) is not None else list(_vocatives().finditer(text))[::-1]
    for hail in hails:
        name = next(g for g in ("who", "dear", "bare", "please") if g in hail.re.groupindex and hail.group(g))
        phrase = noun_phrase(hail.group(name))
        if greets_all(phrase):
            return None
        found = _read_objects(self, phrase, order, hail.start(name), requester)
        if found and all(r.kind in ("collective", "body", "country") for r in found):
            return found
    return None


@cache
def _vocatives() -> re.Pattern[str]:
    """Where a paragraph hails a group: ``To X:`` or ``Dear X,`` opening a sentence, a group in
    lower case and a colon (``Finally, young people:``), a group in lower case and the comma
    before ``please`` (``One: researchers, please submit``)."""
    lead = r"(?:^|(?<=[.!?;:])\s+)(?:(?:And|But|Finally|Lastly|Now|First|Second|Third|Next),?\s+)?"
    group = r"(?:[a-z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*(?:s|men)|people|youth)"  # plural: "young people", "researchers"
    return re.compile(
        rf"{lead}(?:[Tt]o\s+(?P<who>(?:(?:the|my|our|all|each|every)\s|[A-Z])[^:.;!?,]{{2,80}}?)\s*:"
        rf"|[Dd]ear\s+(?P<dear>[^:.;!?,]{{2,80}}?)\s*,|(?P<bare>{group})\s*:(?=\s)|(?P<please>{group})\s*,?\s*$)"
    )


def _addressed_to(self: _Reader, requester: AgentRef) -> tuple[AgentRef, ...]:
    """Whom a letter is written to by a line of its front with no colon (``To the Secretary-General``,
    ``To the Administrations of Member States``; a ``To:`` line is the voice's audience), else ()."""
    front = self.report.paragraphs[:_LETTER_FRONT]
    for i, p in enumerate(front):
        if (to := _TO_LINE.fullmatch(p.text.strip())) is None:
            continue
        who = noun_phrase(to.group("who"))
        if i + 1 < len(front):  # "To the Secretary-General / International Telecommunication Union": that body's post
            posts = self.resolve(f"{who} of {front[i + 1].text.strip()}", p.order, 0)
            if len(posts) == 1 and posts[0].kind == "post":
                label = self.actors.resolver.labels.get(posts[0].key) or catalogue_label("post", posts[0].key)
                return (replace(posts[0], label=label),)
        return _read_objects(self, who, p.order, p.text.find(to.group("who")), requester)
    return ()


def _addressee_own(self: _Reader, phrase: str) -> AgentRef | None:
    """``your Division`` / ``your Administration`` in a letter: the body of that head noun its address
    block names (``Chief, ICT Applications and Cybersecurity Division``; ``Administration of X``), else
    the administration of the one country the address block names (``La Paz, Bolivia``: ``Administration
    of Bolivia``); ``None`` when the letter names neither (the phrase is read as it stands)."""
    if self.genre != "letter" or (yours := _YOUR_HEAD.fullmatch(phrase.strip())) is None:
        return None
    head = yours.group("head").capitalize()
    block = _address_block(self)
    for text in block:
        if m := re.search(rf"(?:[A-Z][\w&-]*\s+(?:(?:{joiner_alternation()})\s+)*)*{head}(?:\s+of\s+{_NAME})?", text):
            if m.group(0) != head:
                return AgentRef("collective", slug(m.group(0)), m.group(0))
    countries = {
        r.key: r
        for t in block
        for s in self.actors.resolver.spans_in(t)
        if s.kind == "country"
        for r in self.actors.resolver.ref(s)[:1]
    }
    if head == "Administration" and len(countries) == 1:
        label = f"Administration of {short_country_name(next(iter(countries.values())))}"
        return AgentRef("collective", slug(label), label)
    return None


def _address_block(self: _Reader) -> list[str]:
    """The lines of a letter's front before its salutation (``Dear ...``): its address block."""
    lines = []
    for p in self.report.paragraphs[:_LETTER_FRONT]:
        if p.text.lstrip().startswith("Dear "):
            break
        lines.append(p.text.strip())
    return lines


@cache
def _dear_person() -> re.Pattern[str]:
    """A salutation that names a person: ``Dear Ms Okafor,`` (an honorific of ``honorifics.csv``, then a
    capitalised name; a capital of any Latin alphabet: ``Dear Professor Øvrebø,``, ``Dear Dr Şahin-Berg,``)."""
    return re.compile(
        rf"Dear\s+(?P<who>(?:{alternation(honorifics())})\.?\s+[{UPPER}][\w'’.-]*"
        rf"(?:\s+[{UPPER}][\w'’.-]*){{0,3}})\s*[,:]"
    )


def _greeted_person(self: _Reader) -> AgentRef | None:
    """The one person a letter's salutation names (``Dear Ms Okafor,``, ``Dear Dr Lindqvist-Baptiste,``),
    as the report names that person elsewhere (its address block), else ``None`` (``Dear Sir/Madam``,
    ``Dear colleague``: no person)."""
    for p in self.report.paragraphs[:_LETTER_FRONT]:
        if (dear := _dear_person().match(p.text.strip())) is None:
            continue
        found = [r for r in self.resolve(dear.group("who"), p.order, 0) if r.kind == "person"]
        return found[0] if len(found) == 1 else None
    return None


def _group_named_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the sub-group`` / ``The subgroup`` / ``the correspondence group``: the one group the paragraph
    named before ``offset`` by a name holding that noun (``The sub-group on spectrum indicators
    proposed ... EGTI requested the sub-group to ...``, ``Subgroup 1 on mobile broadband``), else
    ``None`` (none, or two different ones)."""
    if (head := _THE_GROUP_NOUN.fullmatch(phrase.strip())) is None:
        return None
    noun = _folded_noun(head.group("noun"))
    named = {
        s.keys: s
        for s in self.actors.resolver.spans.get(order, [])
        if s.kind == "body" and s.end <= offset and noun in _folded_noun(s.text) and _folded_noun(s.text) != noun
    }
    if len(named) == 1:
        refs = self.actors.resolver.ref(next(iter(named.values())))
        return refs[0] if refs else None
    text = self.actors.resolver.texts.get(order, "")[:offset]
    written = {
        " ".join(m.group(0).split()) for m in _GROUP_NAME.finditer(text) if _folded_noun(m.group("noun")) == noun
    }
    if named or len(written) != 1:
        return None  # "Sub-group on digital skills. Ms A presented ... asked the sub-group to ...": the run-in label
    label = written.pop()
    return AgentRef("collective", slug(label), label)


def _folded_noun(text: str) -> str:
    """A group noun or name compared without case, hyphens or spaces inside (``Sub-group`` = ``subgroup``)."""
    return re.sub(r"[\s-]+", "", text.lower())


def _named_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the group`` (a group noun in lower case) after ``an ad hoc group`` in the same paragraph:
    the group named before, as written (``ad hoc group``); ``the working group`` after the one
    ``Working Group on X`` the paragraph names before it (a run-in label): that group; ``the
    sub-group`` after the one group named with that noun (:func:`_group_named_before`)."""
    if (group := _group_named_before(self, phrase, order, offset)) is not None:
        return group
    if (head := _THE_LOWER_HEAD.fullmatch(phrase.strip())) is None:
        return _topic_named_before(self, phrase, order, offset)
    text = self.actors.resolver.texts.get(order, "")[:offset]
    noun = head.group(2)
    written = " ".join(f"{head.group('kind') or ''} {noun}".split())
    if " " in written:  # "Working Group on X: ... Participants asked the working group to ...": that group
        named = written.title().replace(" ", r"\s+")
        titled = list(re.finditer(rf"\b{named}(?:\s+(?:on|of|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?", text))
        if len(titled) == 1:
            return AgentRef("collective", slug(titled[0].group(0)), titled[0].group(0))
        return _topic_named_before(self, phrase, order, offset)
    before = list(re.finditer(rf"\ban?\s+((?:[a-z][\w-]*\s+){{1,3}}{noun})\b", text))
    if not before:
        return _topic_named_before(self, phrase, order, offset)
    label = before[-1].group(1)
    return AgentRef("collective", slug(label), label)


def _placed(self: _Reader, phrase: str, refs: tuple[AgentRef, ...]) -> list[tuple[int, int] | None]:
    """Where each of ``refs`` (in text order) is written in ``phrase``: a group by its words, another
    agent by the resolver's span of it; ``None`` where it is not found."""
    spans = self.actors.resolver.spans_in(phrase)
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for ref in refs:
        at: tuple[int, int] | None = None
        if ref.kind == "collective":
            words = r"\s+".join(re.escape(w) for w in ref.label.split())
            if words and (m := re.compile(rf"(?<![\w-]){words}(?![\w-])").search(phrase, cursor)):
                at = m.span()
        else:
            at = next(((s.start, s.end) for s in spans if ref.key in s.keys and s.start >= cursor), None)
        out.append(at)
        cursor = at[1] if at else cursor
    return out


def _joined_pieces(self: _Reader, phrase: str, refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """The pieces the resolver cut out of one noun phrase, joined again: a group ending in a
    preposition and what it is of (``the Chairmen of`` + ``the Study Groups``, ``donors from`` +
    ``the private sector``, ``the Chief of the`` + a department) and two groups written one right
    after the other (``Pacific Island`` + ``Member States``, ``the private sector`` + ``members of
    the Board``; a lone word before a group is read by :func:`_grouped`) are one group, as
    written; a known group of several bodies (``administrations of RCC and CEPT``) is the group
    (as ``the Member States of ITU`` is); a post or an unknown group, then a comma and a person
    (``the Chief of the X Department, Mr A,``), is the person."""
    if len(refs) < 2:
        return refs
    placed = _placed(self, phrase, refs)
    out: list[AgentRef] = [refs[0]]
    spans: list[tuple[int, int] | None] = [placed[0]]
    for ref, at in zip(refs[1:], placed[1:], strict=True):
        last, before = out[-1], spans[-1]
        if before and at and at[1] <= before[1]:
            continue  # "administrations of RCC and CEPT": a body that only said whose
        gap = phrase[before[1] : at[0]] if before and at and before[1] <= at[0] else None
        if ref.kind == "person" and gap is not None and _APPOSED.fullmatch(gap) and _titled(last):
            out[-1], spans[-1] = ref, at  # "the Chairman of the CPM, Mr A,": the person
            continue
        dangling = last.kind == "collective" and _DANGLING_END.search(last.label)
        if gap is None or not (_GAP.fullmatch(gap) if dangling else not gap.strip()) or last.kind != "collective":
            out.append(ref)
            spans.append(at)
            continue
        if before is None or at is None:  # never: a gap is read only between two placed phrases
            continue
        if dangling and ref.kind == "body" and (whose := _group_of_bodies(last, phrase, at)) is not None:
            out[-1] = whose  # "administrations of RCC and CEPT": the administrations
            spans[-1] = (before[0], len(phrase))
            continue
        if not dangling and (ref.kind != "collective" or len(_ALL.sub("", last.label.strip()).split()) < 2):
            out.append(ref)
            spans.append(at)
            continue
        label = re.sub(r"^(?i:the)\s+", "", " ".join(phrase[before[0] : at[1]].split()))
        out[-1] = AgentRef("collective", slug(re.sub(r"^(?i:all)\s+", "", label)), label)
        spans[-1] = (before[0], at[1])
    return tuple(out)


#: capitalised words closing a phrase: a body's name
_CAPITALISED = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"
#: a word, hyphens kept: ``sub-groups``
_WORD = re.compile(r"[\w-]+")
#: a bracket and what it holds: ``(TRASOC)``
_BRACKETED = re.compile(r"\([^()]*\)")
#: a conjunct of five words or more that names a group in lower case (after a determiner): ``organizations
#: of persons with disabilities``, ``the business sector present as observers`` (the resolver reads a group of
#: four words at most in a list)
_LOWER_CONJUNCT = re.compile(r"(?:(?:the|all|other|our)\s+)?(?!(?:the|all|other|our)\s)[a-z][\w-]*(?:\s+\S+){4,}")


def _dropped_conjuncts(
    self: _Reader, phrase: str, refs: tuple[AgentRef, ...], at: tuple[int, int], requester: AgentRef
) -> tuple[AgentRef, ...]:
    """A list whose reading left out a conjunct that names a group in lower case (``Governments, the
    private sector and organizations of persons with disabilities``, ``the exhibitors and the heads of
    national statistical offices``: the resolver reads a group of five words or more only alone): that
    conjunct read as a phrase of its own, in its place. A conjunct any agent read covers (by its
    span, or a group by its last word) is left as read."""
    if not refs or not _LISTS.search(phrase):
        return refs
    bracketless = _BRACKETED.sub(lambda m: " " * len(m[0]), phrase)
    placed = [p for p in _placed(self, phrase, refs) if p]
    heads = {r.label.split()[-1].lower() for r in refs if r.kind == "collective" and r.label.split()}
    out, start = list(refs), 0
    for gap in [*CONJUNCT_GAP.finditer(bracketless), None]:
        end = gap.start() if gap else len(phrase)
        piece, begin = phrase[start:end], start
        start = gap.end() if gap else end
        if not _LOWER_CONJUNCT.fullmatch(piece) or any(b < end and begin < e for b, e in placed):
            continue
        if heads & set(_WORD.findall(piece.lower())):
            continue
        read = _read_objects(self, noun_phrase(piece), at[0], at[1] + begin, requester)
        if len(read) == 1 and read[0].kind == "collective" and read[0].key not in {r.key for r in out}:
            out.insert(sum(1 for b, _ in placed if b < begin), read[0])
    return tuple(out)


def _titled(ref: AgentRef) -> bool:
    """A post, or a group the resolver does not know (``the Chief of the X Department``): what a
    person's name after a comma may say the person is."""
    return ref.kind == "post" or (ref.kind == "collective" and ref.key not in set(collectives().values()))


def _group_of_bodies(group: AgentRef, phrase: str, at: tuple[int, int]) -> AgentRef | None:
    """``administrations of RCC and CEPT``, ``Member administrations of the APT, CITEL and ATU``: a known group
    (``collectives.csv``, or a group whose head noun is one) of a list of bodies is the group, as written, the bodies
    only say whose; ``None`` when no list follows or the group is unknown."""
    head = _DANGLING_END.sub("", re.sub(r"^(?i:all|the)\s+", "", group.label.strip())).strip()
    key = collectives().get(head.lower())
    known = key or collectives().get(head.lower().split()[-1]) if head else None  # "Member administrations"
    if known is None or not _LISTED_AFTER.match(phrase[at[1] :]):
        return None
    return AgentRef("collective", key or slug(head), head)


def _topic_named_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the ad hoc group`` (a group noun in lower case, no topic) after ``the ad hoc group on
    Resolution 130`` was named in this paragraph or one before it: that group, as written with its
    topic (the nearest mention), else ``None``."""
    if (head := _LOWER_GROUP_NOUN.fullmatch(phrase.strip())) is None:
        return _longer_name_before(self, phrase, order, offset)
    named = re.compile(rf"\b{re.escape(head.group('name'))}\s+(?:on|of|for)\s+{_TOPIC}", re.IGNORECASE)
    texts = self.actors.resolver.texts
    for at in [order, *sorted((o for o in texts if o < order), reverse=True)[:_PARAGRAPHS_BACK]]:
        found = list(named.finditer(texts.get(at, "")[: offset if at == order else None]))
        if found:
            label = " ".join(found[-1].group(0).split()).rstrip(".")  # the paragraph's closing stop
            return AgentRef("collective", slug(label), label)
    return None


def _longer_name_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the Leadership Panel``, ``the Executive Secretariat`` (a name in title case the resolver
    knows no body by) after ``the IGF Leadership Panel``, ``the WSIS Executive Secretariat`` was
    named in this paragraph or one before it: that name (decision 23: a shortened name is the body
    the text names), the nearest mention, else ``None``."""
    if (short := _TITLED_SHORT.fullmatch(phrase.strip())) is None:
        return None
    known = set(collectives().values())  # "the Member States": never "the Arab Member States" named before
    if any(r.kind != "collective" or r.key in known for r in self.resolve(phrase, order, offset)):
        return None
    longer = re.compile(rf"\b(?:(?!The\b)[A-Z][\w&-]*\s+){{1,3}}{re.escape(short.group('name'))}\b")
    texts = self.actors.resolver.texts
    for at in [order, *sorted((o for o in texts if o < order), reverse=True)[:_PARAGRAPHS_BACK]]:
        if found := list(longer.finditer(texts.get(at, "")[: offset if at == order else None])):
            name = " ".join(found[-1].group(0).split())
            bodies = [r for r in self.resolve(name, at, found[-1].start()) if r.kind == "body"]
            return bodies[0] if len(bodies) == 1 else AgentRef("collective", slug(name), name)
    return None


def _apposed_person(phrase: str, refs: tuple[AgentRef, ...]) -> AgentRef | None:
    """The one person of a phrase that lists no one else: what stands beside the name (a role, a
    country, a body: ``the delegate of Chile, Mr A``, ``Ms B (Peru), Rapporteur for Question 3/2``)
    only says who the person is."""
    persons = [r for r in refs if r.kind == "person"]
    if len(persons) != 1 or len(refs) == 1 or _LISTS.search(re.sub(r"\([^()]*\)", "", phrase)):
        return None
    return persons[0]


def _grouped(phrase: str, refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """The resolved agents of an object phrase, grouped as written: a modifier the resolver read as
    a group of its own (``Sector Members from the gaming industry``) stays with the group before
    it; ``interested Member States`` are Member States; ``the Member States of ESCWA`` that body's group;
    ``the Study Group chairmen`` and ``UNGIS members`` one group each, as written."""
    out: list[AgentRef] = []
    for i, ref in enumerate(refs):
        if ref.kind == "collective" and ref.label.strip().lower() == "all" and i + 1 < len(refs):
            continue  # "all ITU Member States": "all" only says how many of the group
        if (
            _ADJECTIVE.fullmatch(_ALL.sub("", ref.label.strip()))
            and i + 1 < len(refs)
            and refs[i + 1].kind == "collective"
            and re.search(rf"\b{re.escape(ref.label.strip())}\s+{re.escape(refs[i + 1].label.strip())}", phrase)
        ):
            continue  # "[all] interested Member States": the group (not "operators and tower companies")
        if out and ref.kind == "collective" and out[-1].kind == "collective" and _modifies(out[-1], ref, phrase):
            out[-1] = named_group(out[-1], f"{out[-1].label.strip()} {ref.label.strip()}")
        elif out and ref.kind == "collective" and (whose := _acronym_group(out[-1], ref, phrase)):
            out[-1] = whose  # "all ECOWAS Member States": the group of a body the catalogue does not know
        else:
            out.append(ref)
    if out and out[0].kind == "collective" and _DANGLING.search(out[0].label) and not _AND.search(phrase):
        return (named_group(out[0], re.sub(r"^the\s+", "", phrase.strip())),)  # "the agencies of the UN system"
    if len(out) == 2 and out[0].kind == "collective" and out[1].kind == "body" and _WHOSE.search(phrase):
        # "the Member States of the African Union": the group of that body, as written (decision 42)
        return (named_group(out[0], re.sub(r"^(?i:the|all)\s+", "", phrase.strip())),)
    if len(out) > 2 and all(r.kind == "collective" for r in out[:-1]) and out[-1].kind == "body":
        last = re.search(rf"{re.escape(out[-2].label.strip())}\s+of\s+(?:the\s+)?{_CAPITALISED}$", phrase.strip())
        if last:  # "Member States and Sector Members of ITU": the last group of that body (decision 42), no body
            return (*out[:-2], named_group(out[-2], last.group(0)))
    if sorted(r.kind for r in out) == ["body", "collective"] and (head := _BODY_HEAD.fullmatch(phrase.strip())):
        group = next(r for r in out if r.kind == "collective")
        return (named_group(group, head.group("group")),)  # "each ITU regional office": the body's group
    plural = _PLURAL_HEAD.fullmatch(phrase.strip())
    if len(out) > 1 and plural and (plural.group("head").islower() or any(o.kind == "post" for o in out)):
        # "the Study Group chairmen", "the Study Group Chairmen"
        return (named_group(AgentRef("collective", slug(plural.group("head"))), plural.group("group")),)
    if len(out) == 1 and out[0].kind == "collective" and plural and plural.group("head").islower():
        return (named_group(out[0], plural.group("group")),)  # "[all] UNGIS members": as written
    return tuple(out)


def _acronym_group(lead: AgentRef, group: AgentRef, phrase: str) -> AgentRef | None:
    """``ECOWAS Member States``, ``the SADC Member States``, ``Arab Member States``, ``non-Council Member
    States``: an acronym, a word in title case or a name negated by ``non-`` the resolver read as a group
    of its own right before a known group (``collectives.csv``) says whose; the group as written."""
    acronym = _ALL.sub("", lead.label.strip())
    # "African Member States", "Arab Member States", "non-Council Member States" (those outside the Council)
    regional = _TITLED_WORD.fullmatch(acronym) is not None or _NEGATED.fullmatch(acronym) is not None
    if lead.kind != "collective" or not (_ACRONYM.fullmatch(acronym) or regional):
        return None
    if group.key not in set(collectives().values()):
        return None
    if re.search(rf"\b{re.escape(acronym)}\s+{re.escape(group.label.strip())}", phrase) is None:
        return None
    return named_group(group, f"{acronym} {group.label.strip()}")


def _modifies(group: AgentRef, piece: AgentRef, phrase: str) -> bool:
    """``Sector Members from the gaming industry``, ``civil society organizations``: a piece right
    after the group (no ``and`` or comma between) that reads as its modifier or its head noun."""
    adjacent = re.search(rf"{re.escape(group.label.strip())}\s+{re.escape(piece.label.strip())}", phrase)
    # "civil society organizations": a lone noun in lower case right after the group heads it
    return adjacent is not None and (
        _MODIFIER.match(piece.label.strip()) is not None or _ADJECTIVE.fullmatch(piece.label.strip()) is not None
    )


def _speakers_post(self: _Reader) -> AgentRef | None:
    """The speaker as a post (``me`` in a speech by the Deputy Secretary-General): the one post
    the author holds, else the author."""
    author = self.voice.author
    if author is None or author.kind != "person":
        return author
    person = next((p for p in self.actors.persons if p.key == author.key), None)
    if person is None or len(person.posts) != 1:
        return author
    key = person.posts[0]
    return AgentRef("post", key, self._label(key) or catalogue_label("post", key))


#: roles in the plural listed before one ``of`` and what they are of: ``the Chairs and Vice-Chairs of the study groups``
_ROLES_OF = re.compile(
    r"^(?:the\s+|all\s+)?(?P<roles>[\w-]+(?:\s*,\s*[\w-]+)*\s*,?\s+(?:and|or)\s+[\w-]+)\s+of\s+(?P<rest>[^,;]+)$"
)


def _roles_of(phrase: str) -> AgentRef | None:
    """``the Chairmen and Vice-Chairmen of ITU-T study groups``, ``Rapporteurs, Associate Rapporteurs and Editors of
    Question 2/1``: the holders of roles in the plural (:func:`plural_role`) listed before one ``of`` and what they
    are of (no list) are one group, as written, never the meeting body's post of the first role."""
    m = _ROLES_OF.match(phrase.strip())
    if m is None or _AND.search(m.group("rest")):
        return None
    if not all(plural_role(r) for r in _LIST_JOIN.split(m.group("roles")) if r):
        return None
    written = re.sub(r"^(?i:the|all)\s+", "", phrase.strip())
    return AgentRef("collective", slug(written), written)


def _head_of(phrase: str, refs: tuple[AgentRef, ...]) -> AgentRef | None:
    """``the rapporteurs of the two study groups from this region``: a plural noun in lower case
    (capitalised only opening the phrase: ``Members of the expert groups``) and what it is of (no
    list, no person or country in it, no post but the holders of the plural role that heads it:
    ``the chairmen of the ITU-R study groups``) is one group, as written."""
    m = _HEAD_OF.match(phrase)
    if m is None or _AND.search(m.group("rest")):
        return None
    posts = [r for r in refs if r.kind == "post"]  # "the Directors of the three Bureaux": each post
    # "the chairmen of the ITU-R study groups": its holders; "the Executive Secretaries of the regional
    # commissions" (a plural made from the role's name) when the resolver read no post of it
    role = plural_role(m.group("head"), regular=not posts) is not None
    if m.group("head")[0].isupper() and m.start("head") > 0 and not role:
        return None
    if any(r.kind in ("person", "country") for r in refs) or (posts and (not role or len(posts) > 1)):
        return None
    return named_group(AgentRef("collective", slug(m.group("head"))), re.sub(r"^the\s+", "", phrase))


@cache
def _qualified_holders() -> re.Pattern[str]:
    """A plural role word, perhaps after adjectives or a name, and what says whose or which: ``of``,
    ``for``, ``on`` or a remit (``responsible for``, ``in charge of``) and the rest of the phrase."""
    return re.compile(
        r"^(?:the\s+|all\s+(?:the\s+)?)?(?P<head>(?:[\w-]+\s+){0,3}?[\w-]+(?:s|men))\s+"
        rf"(?P<rest>(?:of|for|on|{remits()})\s+[^,;]+)$",
        re.IGNORECASE,
    )


def _holders_qualified(phrase: str, refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...] | None:
    """``the regional Vice-Chairs of TDAG``, ``the Vice-Chairs responsible for regional coordination``,
    ``the Executive Heads of the member organizations of X``: the holders of a role in the plural and
    what says whose or which are one group, as written (decision 44: a post as written), never the one
    post of the body it names nor the body; ``the chairmen of A and of B``: a group for each ``of``.
    Not a list in what follows the role (``Heads of State and Government``; an ``and`` in a name
    between the ``of`` phrases is the name's), nor one ``of`` phrase where the resolver read more than
    one post (``the Directors of the three Bureaux``: each post, decision 15), nor ``of`` phrases
    naming catalogue bodies whose posts the resolver read (``the Chairmen of TDAG and of RAG``: each
    post), nor a person or country;
    the bare role of the one body the resolver read its post of stays that post (``the Vice-Chairmen of
    CWG-X``, as before)."""
    m = _qualified_holders().match(phrase.strip())
    if m is None or plural_role(m.group("head"), named=True) is None:
        return None
    if any(r.kind in ("person", "country") for r in refs):
        return None
    parts = re.split(r"\s+and\s+(?=of\s)", m.group("rest"))
    if len(parts) == 1 and [r.kind for r in refs] == ["post"] and " " not in m.group("head") and parts[0][:3] == "of ":
        return None  # "the Vice-Chairmen of CWG-X": that post, which several hold
    if len(parts) == 1 and (_AND.search(parts[0]) or sum(r.kind == "post" for r in refs) > 1):
        return None
    if len(parts) > 1 and any(r.kind == "post" and r.key.split("/")[0] in catalogue() for r in refs):
        return None  # "the Chairmen of TDAG and of RAG": the posts of catalogue bodies the resolver read
    groups = [f"{m.group('head')} {part}" for part in parts]
    return tuple(AgentRef("collective", slug(group), group) for group in groups)


def _members_of(phrase: str) -> AgentRef | None:
    """``Members of the Group``: a group (``collectives.csv``) of a body, as written."""
    m = _GROUP_OF.match(phrase.strip())
    key = collectives().get(m.group("group").lower()) if m else None
    return named_group(AgentRef("collective", key), phrase.strip()) if key else None


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
