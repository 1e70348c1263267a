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
    field_list,
    greets_all,
    listed_complement,
    listing_participles,
    names_no_agent,
    noun_phrase,
    plural_role,
    related_body,
    remits,
    said_group,
    topic_list,
)
from wsiskg.ingest.extract.agent_resolver import catalogue_label
from wsiskg.ingest.extract.authors import named_group
from wsiskg.ingest.extract.bodies import defined_name, initials
from wsiskg.ingest.extract.body_acronyms import BRACKETED_ACRONYM, spelt_with_acronyms
from wsiskg.ingest.extract.casing import either_initial_determiners, without_article
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    collectives,
    determiner_alternation,
    modal_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_addressee_antecedents import (
    _named_before,
    _rest_of_group,
    group_set_up_before,
    them_asked_before,
)
from wsiskg.ingest.extract.request_addressee_bodies import (
    _front_body,
    _secretariat_form,
    _speakers_body,
    secretariat_agents,
    unnamed_secretariat,
)
from wsiskg.ingest.extract.request_addressee_contributors import contributors_named
from wsiskg.ingest.extract.request_addressee_groups import (
    _grouped,
    _owned,
    _owned_group,
    region_group,
    regrouped,
    without_acronym_tail,
)
from wsiskg.ingest.extract.request_addressee_letters import (
    _LETTER_FRONT,
    _addressee_own,
    _greeted_person,
    _saluted,
    _vocatives,
)
from wsiskg.ingest.extract.request_addressee_pieces import _joined_pieces, _names_sharing_head, _placed
from wsiskg.ingest.extract.request_addressee_posts import (
    _LISTS,
    _apposed_person,
    _each_holder,
    _head_of,
    _holders_qualified,
    _its_post,
    _members_of,
    _named_role,
    _plural_roles_listed,
    _question_post,
    _role_forms,
    _roles_of,
    _speakers_post,
    _titled_unit,
    _unread_post,
    post_of_post,
)
from wsiskg.ingest.extract.request_addressee_questions import question_apposed
from wsiskg.ingest.extract.request_addressee_states import state_meant
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

__all__ = ["_front_body", "_named_role", "_role_forms", "_speakers_body", "secretariat_agents", "unnamed_secretariat"]


#: the audience: ``you``, ``each of you``, ``all of you``, ``every one of you``
_YOU = re.compile(r"(?i:(?:(?:each(?:\s*one)?|every\s*one|all|both|many|some)\s+of\s+)?you(?:\s+all)?)")

#: a session of a body: ``the next session of the Council``, ``the 2019 session of the Council (Geneva, 10-20 June)``
_SESSION_OF = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:session|meeting|sitting)\s+of\s+(?P<body>[^,;()]+?)\s*(?:\([^()]*\))?"
)

#: a plural pronoun: ``urged them to ...``
_THEM = re.compile(r"(?i:them|they)")
#: a singular pronoun: ``asked it to ...``
_IT = re.compile(r"(?i:it)")

#: ``them`` said of each: ``invited both to ...``, ``all of them``, ``each of them``, ``them both``
_BOTH = re.compile(r"(?i:both(?:\s+of\s+them)?|(?:all|each)\s+of\s+them|them\s+(?:both|all))")

#: the rest of a group named before: ``thanked the Member States that had replied and encouraged the others to ...``
_OTHERS = re.compile(r"(?i:(?:all\s+)?the\s+(?:others|rest|remaining\s+ones)|(?:all\s+)?others)")

#: a demonstrative left alone, no group of its own: ``urged those which have not yet done so``
_THOSE = re.compile(r"(?i:those|these)")

#: a group hailed at the start of the sentence: ``To the operators in this room:``, ``And to my fellow regulators:``
_HAIL = re.compile(
    rf"(?:^|[.!?;]\s+)(?:And\s+|But\s+)?[Tt]o\s+(?P<who>(?:(?:{determiner_alternation('letter')}|dear)\s|[A-Z])[^:.;!?]{{2,80}}?)\s*:\s*[^.:;!?]*$"
)

#: a country in brackets closing a phrase: ``Vice-Chair (Ethiopia)``
_COUNTRY_AFTER = re.compile(r"\s*\([^(),;]+\)\s*$")

#: a letter's address line with no colon: ``To the Secretary-General``
_TO_LINE = re.compile(r"To\s+(?P<who>(?:the\s+)?[A-Z][^.:;!?]{2,100})")

#: a letter's ``your`` before a word for the recipient's own organisation in general: ``your organization``
_YOUR_OWN = re.compile(
    r"(?:(?i:your)\s+)?(?i:organi[sz]ation|institution|entity|agency|company|government|administration|office)"
)

#: ``your`` opening an object phrase
_YOUR_LEAD = re.compile(r"\s*(?i:your)\s")

#: a first-person pronoun read as no agent (after a subordinator): ``When I`` (was asked to speak), ``us``, ``our``;
#: as a passive's subject, the speaker was asked and the text asks no one (``request_passive._passive_parties``)
FIRST_PERSON = re.compile(r"(?i:(?:when|if|as|since|while|once|before|after)\s+)?(?i:i|we|us|our|me|my)")

#: the speaker: ``instructed me to ...``
_ME = re.compile(r"(?i:me|myself)")

#: a group, then its members listed in brackets: ``the regional commissions (ECA, ESCAP and ESCWA)``, in title
#: case too when a passive's subject opens a sentence with it (``The Advisory Groups (RAG, TSAG and TDAG) are
#: invited``); a body's name before its acronym lists one member, which the reader leaves to the name
_LISTED_MEMBERS = re.compile(r"(?:[Tt]he\s+)?[A-Za-z][\w\s-]{2,60}?\s*\((?P<members>[^()]+(?:\([^()]*\)[^()]*)*)\)")

#: a phrase set between commas after an addressee that opens with a possessive and says who the addressee is:
#: ``academia, our newest category of members,`` (``determiners.csv`` column ``apposition``)
_APPOSITION = re.compile(
    rf"(?P<head>[^,]{{2,80}}?),\s+(?:{determiner_alternation('apposition')})\s+[a-z](?:(?!\b(?:and|or)\b)[^,]){{2,80}}?,?\s*",
    re.IGNORECASE,
)

#: ``its`` / ``their`` before a name: ``its Rapporteur Group on ...``
_POSSESSIVE = re.compile(r"^(?:its|their)\s+(?=[A-Z])")

_PLACED = re.compile(r"^(?P<group>.*?[a-z]s)\s+(?:of|in|from|across)\s+(?:the|this|our|my|their)\s+[a-z]+$")

#: a group named in lower case by its head noun and topic: ``the correspondence group on the Dubai Declaration``,
#: ``the Rapporteur group on standardization strategy``
_LOWER_GROUP = re.compile(
    r"(?:[Tt]he\s+|(?i:each|every)\s+)?(?P<name>(?!(?i:the|this|that|an?|its|their|our|each|every)\s)[A-Za-z][\w-]*(?:\s+(?!(?:and|or)\s)[a-z][\w-]*){0,2}"
    rf"\s+(?:group|committee|team|task\s+force|party)(?:\s+(?:{preposition_alternation('topic')})\s+[^,;:]{{2,80}})?)"
)

#: the speaker's side: ``us``, ``we`` (``We have been invited by ... to``)
_WE = re.compile(r"(?i:us|we|ourselves|all\s+of\s+us)")

#: a semicolon and a clause of its own after it (a finite verb): ``a workshop on X; the Group agreed`` (to ...)
_NEXT_CLAUSE = re.compile(
    rf"\s*;\s+\S.*?\b(?:[a-z]{{2,}}ed|{auxiliary_alternation(role='clause')}|{modal_alternation('future')})\b.*$", re.S
)

#: ``the UNDP and UNESCO focal points``: bodies listed, each asked through its contact
_LISTED_CONTACTS = re.compile(
    r"(?:the\s+)?(?P<bodies>[A-Z][\w&/-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w&/-]*)+)\s+(?:focal\s+points|secretariats)"
)

#: a phrase that opens with a preposition names no one: ``for a more stable funding base``
_PREPOSITION_LEAD = re.compile(r"(?:for|about|into|with|without|regarding|concerning)\s")


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
    if apposed := _APPOSITION.fullmatch(phrase):
        phrase = apposed.group("head")  # "academia, our newest category of members,": academia
    if your_lead and self.voice.audience and _YOUR_OWN.fullmatch(phrase):
        return self.voice.audience  # "if your organization could send ..." in a letter "To: X; Y": X and Y
    if _PREPOSITION_LEAD.match(phrase):
        return ()  # "asked for a stable funding base": what is asked for, no one asked
    if _OTHERS.fullmatch(phrase) and (rest := _rest_of_group(self, order, offset)) is not None:
        return (rest,)  # "thanked the Member States that replied and encouraged the others": Member States
    if (asked := them_asked_before(self, phrase, order, offset)) is not None:
        return asked  # "invited regulators to use the TSB database and encouraged them to ...": regulators
    if (state := state_meant(self, phrase, order, offset)) is not None:
        return (state,)  # "the request of the Administration of X ..., and encouraged the administration to": X
    found = () if _THOSE.fullmatch(phrase) else _read_objects(self, phrase, order, offset, requester)
    found = question_apposed(phrase, found)  # "ITU-D Study Group 2, Question 6/2,": the study group
    if (titled := post_of_post(phrase, found)) is not None:
        found = (titled,)  # "the Special Representative of the Secretary-General on X": that post as written
    found = tuple(r for r in found if not names_no_agent(r))  # "the results of the reviews": a thing
    found = tuple(
        r for r in found if r.kind != "collective" or not FIRST_PERSON.fullmatch(r.label)
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
    if not found and _IT.fullmatch(phrase) and (group := group_set_up_before(self, order, offset)) is not None:
        found = (group,)  # "set up an informal group under Ms A and invited it to ...": that group
    found = tuple(without_acronym_tail(said_group(r)) for r in found)  # "ITU Member States": Member States
    if found:
        self.last_objects = (order, offset, found)
    return found


def _names_any(self: _Reader, words: list[str], order: int, offset: int) -> bool:
    """Whether any of ``words`` names a body or a country (``Chile``, ``UNESCO``), no field."""
    return any(r.kind in ("body", "country") for w in words for r in self.resolve(w, order, offset))


def _written_group(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """An object phrase written as one group (a step of :func:`_read_objects`): modifiers or items under one
    head (``national and regional IGF initiatives``), or fields after ``of`` that name no body or country
    (``the Ministers of ICT and Health``), or of a named world region (``the Member States of Africa``:
    :func:`.request_addressee_groups.region_group`); None otherwise."""
    if written := listed_complement(phrase) or coordinated_modifiers(phrase) or topic_list(phrase):
        return AgentRef("collective", slug(written), written)
    if (region := region_group(self, phrase, order, offset)) is not None:
        return region
    if (fields := field_list(phrase)) and not _names_any(self, fields[1], order, offset):
        return AgentRef("collective", slug(fields[0]), fields[0])
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
    if (group := _written_group(self, phrase, order, offset)) is not None:
        return (group,)  # "national and regional IGF initiatives", "the Ministers of ICT and Health": one group
    if (named := _and_in_name(self, phrase, order, offset, requester)) is not None:
        return named  # "the Latin American and Caribbean Internet Addresses Registry (LACNIC)": one body
    if (shared := _names_sharing_head(self, phrase, order, offset, requester)) is not None:
        return shared  # "the ITU-R and ITU-T study groups": the study groups of each Sector
    refs = tuple(r for r in self.resolve(phrase, order, offset, (requester.key,)) if not names_no_agent(r))
    refs = _joined_pieces(self, phrase, regrouped(self, phrase, refs))  # "the Chairmen of" + "the Study Groups"
    refs = _dropped_conjuncts(self, phrase, refs, (order, offset), requester)  # "and organizations of X"
    # "Ms A (Chile), Vice-Chair of the Group,": the person; "the Chief, X Department,": that post as written
    if (person := _apposed_person(phrase, refs) or _titled_unit(phrase, refs)) is not None:
        return (person,)
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
            return (named_group(head[0], without_article(phrase.strip(), "the", "my", "our", case="lower")),)
    return _grouped(phrase, refs) or _owned_group(phrase)  # "young people's organizations": as written


#: a post (or its holders) of a study Question: ``the Rapporteur for Question 1/1``,
#: ``Associate Rapporteurs of Question 6/2``
#: a body named by its head noun after ``the``/``this``: one word (``the conference``) or two or three
#: capitalised ones, the last no plural (``the Working Group``, ``The Focus Group``; ``the Study Groups``
#: are the groups)
_HEAD_NOUNS = re.compile(
    rf"(?:{either_initial_determiners('anaphor')})\s+(?P<head>[A-Za-z]+|(?:[A-Z][a-z]+\s+){{1,2}}[A-Z][a-z]*[a-rt-z])"
)

#: an acronym in brackets closing a phrase: ``(LACNIC)``, ``(UCLG)``, an owner's and its organ's (``(ETSI TC RSM)``)
_CLOSING_ACRONYM = re.compile(rf"{BRACKETED_ACRONYM}\s*$")


def _and_in_name(
    self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """A name with ``and`` in it that its acronym in brackets spells whole (``the United Cities and
    Local Governments (UCLG)``, ``the Latin American and Caribbean Internet Addresses Registry
    (LACNIC)``) is one body, never cut at its ``and``; what comes before it is read apart
    (``UN-Habitat and``). ``None`` when the phrase ends with no such name."""
    m = _CLOSING_ACRONYM.search(phrase)
    if m is None or (whole := _spelt_with_and(phrase, m.start(), m.group("acronym"))) is None:
        return None
    label = " ".join(whole)
    at = phrase.rfind(label, 0, m.start())
    found = [r for r in self.resolve(phrase[at:], order, offset + at, (requester.key,)) if r.kind == "body"]
    owner = len(found) == 1 and _owner_of(found[0], whole)  # "ETSI Technical Committee on X": no ETSI
    one = found[0] if len(found) == 1 and not owner else AgentRef("collective", slug(label), label)
    before = re.sub(r"(?:\s*,|\s+and)?(?:\s+the)?\s*$", "", phrase[:at])
    return (*(_read_objects(self, before, order, offset, requester) if before.strip() else ()), one)


def _owner_of(body: AgentRef, words: list[str]) -> bool:
    """Whether ``body`` only opens the name of ``words``, by its name or its key (``World Meteorological Organization
    Ocean and Climate Data group``, ``ETSI Technical Committee on X``): the owner of the organ named, not it."""
    label = " ".join(words)
    return label.startswith(body.label + " ") or words[0].lower() == body.key


def _spelt_with_and(phrase: str, paren: int, acronym: str) -> list[str] | None:
    """The words of the name with ``and`` in it that the acronym in brackets at ``paren`` spells whole: the
    capitalised name before it (:func:`.body_acronyms.defined_name`), else the words before it with words in lower
    case inside, an acronym among them spelling all its letters (``the ETSI Technical Committee on Radio and
    spectrum Matters (ETSI TC RSM)``); ``None`` when no such name ends the phrase."""
    spelt = re.sub(r"[^A-Z]", "", acronym.upper())
    name = defined_name(phrase, paren, acronym)
    for words, spell in ((name.split() if name else [], initials), (phrase[:paren].split(), spelt_with_acronyms)):
        for i in range(len(words) - 2):
            whole = words[i:]
            if whole[0][:1].isupper() and "and" in whole and re.sub(r"[^A-Z]", "", spell(whole).upper()) == spelt:
                return whole
    return None


@cache
def _qualified() -> re.Pattern[str]:
    """A group and what says which of its members: ``Delegates requiring an entry visa``, ``Ministers
    in charge of ICT`` (a remit: :func:`~.addressee_phrases.remits`), ``the panellists listed in the table``,
    ``the experts named in Annex 2`` (where the text lists them: :func:`~.addressee_phrases.listing_participles`)."""
    return re.compile(
        r"^(?P<group>(?!(?:and|or)\b)[\w-]+(?:\s+(?!(?:and|or)\b)[\w-]+){0,3}?)\s+"
        rf"(?:who|that|wishing|requiring|[a-z][a-z-]{{2,}}ing|{remits()}|{listing_participles()})\s+\S"
    )


def _named_form(
    self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """The agents of a phrase of a known form, else ``None``: a group and its bodies in brackets,
    ``us`` (the speaker's organization), ``you`` (the audience: a letter's ``To:``, else the
    participants), ``the contributor`` (the source of the document named before), a qualified group, a named
    body's secretariat, ``the conference`` of the document's title, ``its Director-General``, ``its Rapporteur
    Group on X``."""
    if (
        (members := _LISTED_MEMBERS.fullmatch(phrase))
        and len(listed := self.resolve(members.group("members"), order, offset, (requester.key,))) > 1
        and all(r.kind in ("body", "country") for r in listed)
    ):
        return listed  # "the regional commissions (ECA, ESCAP and ESCWA)": the bodies listed
    if (sources := contributors_named(self, phrase, order, offset)) is not None:
        return sources  # "Document RG/12 (Peru) ... asked the contributor to ...": Peru
    if (pronoun := _pronoun_form(self, phrase, order, offset, requester)) is not None:
        return pronoun
    if m := _qualified().match(phrase):  # "Delegates requiring an entry visa for X": one group
        group = self.resolve(m.group("group"), order, offset, (requester.key,))
        if len(group) == 1 and group[0].kind == "collective":
            return (named_group(group[0], without_article(phrase, "the", case="any")),)
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
        if not self.voice.audience and (saluted := _saluted(self, requester)):
            return saluted  # "Excellencies, distinguished delegates, ... I urge you": the delegates
        return self.voice.audience or (AgentRef("collective", "participants", "participants"),)
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
