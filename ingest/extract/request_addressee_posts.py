"""Posts and roles an object phrase names: ``the Rapporteur``, ``its Director-General``, the holders of a role.

Split out of :mod:`.request_addressees` (which re-exports what other modules read). The functions taking
``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import plural_role, remits, whose_said
from wsiskg.ingest.extract.agent_resolver import catalogue_label
from wsiskg.ingest.extract.authors import named_group
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.gazetteer import bodies as catalogue
from wsiskg.ingest.extract.gazetteer import (
    collectives,
    determiner_alternation,
    determiners,
    forms_of_role,
    job_title_words,
    preposition_alternation,
    role_forms,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_verbs import _AND
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a group of a body: ``Members of the Group``, ``the experts of the Commission``
_GROUP_OF = re.compile(
    rf"^(?:(?:{determiner_alternation('group-front')})\s+)?(?P<group>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+of\s+(?:the\s+)?[A-Z]"
)

#: a plural noun in lower case and what it is of: ``the rapporteurs of the two study groups``
_HEAD_OF = re.compile(
    rf"^(?:(?:{determiner_alternation('group-front')})\s+)?"
    rf"(?P<head>(?:(?!(?:{alternation(determiners('group-front'), str.capitalize)})\s)"
    r"[A-Z][\w-]*\s+|[a-z][a-z-]+\s+(?=[a-z]))?[A-Za-z][\w-]*?(?:s|men))\s+of\s+(?P<rest>[^,;]+)$"
)

#: what joins two addressees: ``and``, ``or``, ``as well as``, ``;``
_LISTS = re.compile(r"\b(?:and|or|as\s+well\s+as)\b|;")

#: one holder of a role in each body a lower-case noun names: ``each committee chairman``
_EACH_ROLE = re.compile(r"(?i:each|every|any)\s+(?P<group>(?:[a-z][\w-]*\s+){1,3}(?P<role>[A-Za-z][\w-]*))")

#: a post of the requester itself: ``its Director-General``
_ITS = re.compile(r"^its\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$")


@cache
def _role_forms() -> dict[str, str]:
    """A singular role word as written (``Director``, ``Chairman``) -> its role key."""
    return {form: keys[0] for form, keys in role_forms().items() if not form.endswith("s")}


def _named_role(self: _Reader, phrase: str, titled: bool = False) -> AgentRef | None:
    """``the Director`` with no body: the one post of that role that a person holds in the report
    (``Mr A, Director of the Radiocommunication Bureau`` named before), else (``titled``: a
    subject) the one person whose job title it is (``President: Mr B`` in a summary record's header)."""
    bare = without_article(phrase.strip(), "the", "our", "its", case="any")
    role = _role_forms().get(bare.lower()) if bare[:1].isupper() else None
    if role is None:
        return None
    posts = [p for p in self.actors.resolver.holders if p.split("/")[-1] == role]
    if len(posts) == 1:
        return AgentRef("post", posts[0], self._label(posts[0]) or catalogue_label("post", posts[0]))
    forms = forms_of_role(role)
    holders = [p for p in self.actors.persons if any(t.lower() in forms for t in p.job_titles)]
    if posts or not titled or len(holders) != 1:
        return None
    return AgentRef("person", holders[0].key, holders[0].name)


_QUESTION_POST = re.compile(
    rf"(?:the\s+)?(?P<post>(?:[A-Z][\w-]*\s+)?(?P<role>[A-Z][\w-]*)\s+(?:{preposition_alternation('topic')})\s+Questions?\s+\d[\w/.-]*"
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
    rf"(?:\s+(?:[A-Z][\w&/-]*|\d[\w/.-]*|{preposition_alternation('topic')}|the))*)"
)


def _unread_post(phrase: str) -> AgentRef | None:
    """A role in the singular and the name of a body the resolver reads no one in (``the Chairman of Study Group 2``
    in a report that names no Sector): that post as written (decision 44), never no addressee at all."""
    m = _ROLE_OF_NAME.fullmatch(phrase.strip())
    if m is None or m.group("role").lower() not in _role_forms():
        return None
    return AgentRef("collective", slug(m.group("post")), m.group("post"))


#: a titled role of another post, and what it is on: ``the Special Representative of the Secretary-General on X``
_ROLE_OF_POST = re.compile(
    r"(?:the\s+)?(?P<post>(?P<role>(?:[A-Z][\w-]*\s+)?(?P<head>[A-Z][\w-]*))\s+(?:of|to)\s+the\s+"
    r"(?P<of>[A-Z][\w-]*(?:[\s-][A-Z][\w-]*)?)(?:\s+(?:on|for)\s+[A-Za-z][^,;()]*)?)"
)


def post_of_post(phrase: str, refs: tuple[AgentRef, ...]) -> AgentRef | None:
    """A role (or a title ending in one) of another post, with what it is on (``the Special Representative of the
    Secretary-General on X``, ``the Representative of the Director-General``), which the resolver reads as the
    other post or as no one: the titled post as written (decision 44), else ``None``."""
    m = _ROLE_OF_POST.fullmatch(phrase.strip())
    roles = _role_forms()
    if m is None or m.group("of").lower() not in roles or any(r.kind not in ("post", "person") for r in refs):
        return None
    if m.group("role").lower() not in roles and m.group("head").lower() not in roles:
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


def _each_holder(phrase: str) -> AgentRef | None:
    """``each committee chairman``, ``every study group rapporteur``: one holder of a role in each
    of the bodies a lower-case noun names stands for all of them (as ``each Sector Member`` does);
    one group, as written, never the meeting body's own post."""
    m = _EACH_ROLE.fullmatch(phrase.strip())
    if m is None or _role_forms().get(m.group("role").lower()) is None:
        return None
    return AgentRef("collective", slug(m.group("group")), phrase.strip())


def _its_post(self: _Reader, phrase: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...] | None:
    """A post of the requesting body named after ``its`` (``invited its Director-General``): that body's post."""
    if requester.kind == "body" and (its := _ITS.match(phrase)):
        posts = [r for r in self.resolve(its.group(1), order, offset) if r.kind == "post"]
        if len(posts) == 1:
            role = posts[0].key.split("/")[-1]
            label = f"{its.group(1).strip()}, {self._label(requester.key) or requester.label}"
            return (AgentRef("post", f"{requester.key}/{role}", label),)
    return None


def _apposed_person(phrase: str, refs: tuple[AgentRef, ...]) -> AgentRef | None:
    """The one person of a phrase that lists no one else: what stands beside the name (a role, a
    country, a body: ``the delegate of Chile, Mr A``, ``Ms B (Peru), Rapporteur for Question 3/2``)
    only says who the person is."""
    persons = [r for r in refs if r.kind == "person"]
    if len(persons) != 1 or len(refs) == 1 or _LISTS.search(re.sub(r"\([^()]*\)", "", phrase)):
        return None
    return persons[0]


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
    rf"^(?:(?:{determiner_alternation('group-front')})\s+)?(?P<roles>[\w-]+(?:\s*,\s*[\w-]+)*\s*,?\s+(?:and|or)\s+[\w-]+)\s+of\s+(?P<rest>[^,;]+)$"
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
    written = re.sub(rf"^(?i:{determiner_alternation('group-front')})\s+", "", phrase.strip())
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
    return named_group(AgentRef("collective", slug(m.group("head"))), whose_said(without_article(phrase, case="lower")))


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


@cache
def _titled_unit_form() -> re.Pattern[str]:
    """A job title (``job-titles.csv``), a comma and a name: ``the Chief, Human Resources Department``."""
    titles = alternation(job_title_words()[0], spaces=True)
    return re.compile(rf"(?:(?i:the)\s+)?(?P<title>{titles}),\s+(?P<unit>[A-Z][^,;()]*?)\s*,?")


def _titled_unit(phrase: str, refs: tuple[AgentRef, ...]) -> AgentRef | None:
    """A job title that is no role and the unit it heads after a comma (``the Chief, Human Resources Management
    Department,``; ``Chief, Budget Division`` in an action table's responsible column) are one post, as written;
    the resolver read the title alone and the unit apart. ``None`` for any other phrase."""
    m = _titled_unit_form().fullmatch(phrase.strip())
    if m is None or len(refs) != 2 or refs[1].kind != "body" or refs[0].kind != "collective":
        return None
    if without_article(refs[0].label, "the", case="lower") != m.group("title") or refs[1].label != m.group("unit"):
        return None
    label = f"{m.group('title')}, {m.group('unit')}"
    return AgentRef("collective", slug(label), label)
