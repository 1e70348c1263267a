"""Resolved addressees grouped as written (``the Study Group chairmen``, ``UNGIS members``) and groups a body owns.

Split out of :mod:`.request_addressees` (which re-exports what other modules read). The functions taking
``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import names_no_agent, region_owner
from wsiskg.ingest.extract.authors import named_group
from wsiskg.ingest.extract.body_acronyms import ACRONYM_TAIL
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.gazetteer import collectives, determiner_alternation, preposition_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.name_finder import _state_forms
from wsiskg.ingest.extract.request_addressee_owned_names import owned_names
from wsiskg.ingest.extract.request_addressee_pieces import _placed
from wsiskg.ingest.extract.request_verbs import _AND
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a group and a lower-case place the resolver cannot read: ``my fellow ministers of the region``
#: a possessive before what is asked: ``the Union's Member States``, ``young people's organizations``, a plural's
#: (``regional regulators' associations``)
_OWNED = re.compile(
    rf"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}}|(?!(?:{preposition_alternation('field')})\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:['’]s|(?<=s)['’])\s+(?P<owned>[\w&-].*)"
)

#: what a possessive in lower case owns: a group in lower case ending in a plural (``incumbent users``)
_OWNED_GROUP = re.compile(r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s")

#: a lone lower-case word the resolver read as a group before a group: ``interested`` Member States
_ADJECTIVE = re.compile(r"[a-z]+")


#: one noun phrase ending in a plural common noun (no list), hyphenated too: ``the Study Group chairmen``,
#: ``SC 27 experts``, ``study group vice-chairmen``
_PLURAL_HEAD = re.compile(
    r"(?!.*\b(?:and|or|as\s+well\s+as)\b)(?:the\s+)?"
    r"(?P<group>(?:[\w&/-]+\s+){1,4}(?P<head>(?:[A-Za-z][a-z]+-)?[A-Za-z][a-z]+(?:men|s)))"
)

#: ``GROUP of [the] BODY`` at the end of a phrase (no list)
_WHOSE = re.compile(r"^(?!.*\b(?:and|or)\b)[^,;]+\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*$")

#: a country's own noun the resolver cut before its name: ``Government of``, ``Governments of the``
_STATE_OF = re.compile(r"(?i:([a-z]+?)s?)\s+of(?:\s+the)?")

#: a group the resolver cut before a body: ``specialized agencies of the`` [United Nations] system
_DANGLING = re.compile(r"\b(?:of|in|from|within)(?:\s+the)?\s*$")

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

#: a piece that modifies the group before it: ``from the gaming industry``, ``represented here``
_MODIFIER = re.compile(r"^(?:from|in|of|at|on|with|for|within|across|under|who|that|[a-z]+ed|[a-z]+ing)\b")


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


#: capitalised words closing a phrase: a body's name
_CAPITALISED = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"


def states_governed(refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """``refs`` without the group of ``the Government of X`` (``the Governments of X and Y``, ``UNESCO and the
    Government of X``): a group the resolver cut right before a country, its head a country's own noun
    (``person-cues.csv`` kind ``state-form``: ``Government``), only says whose the country is (decision 26: the
    country), not one more group to join to it."""
    return tuple(r for i, r in enumerate(refs) if not _governs(r, refs[i + 1] if i + 1 < len(refs) else None))


def regrouped(self: _Reader, phrase: str, refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """``refs`` of an object phrase with a country's own noun dropped (:func:`states_governed`), a group and its
    countries as one group (:func:`countries_whose`) and a name an organisation owns in its own words
    (:func:`.request_addressee_owned_names.owned_names`), before the pieces are joined."""
    refs = countries_whose(phrase, states_governed(refs))
    return owned_names(self, phrase, refs, _placed(self, phrase, refs)) if refs else refs


def countries_whose(phrase: str, refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """``the ministries of health of A and B``, ``regulators of A, B and C``: a group read with the first country of
    its ``of`` list, the other countries after it, is one group whose list says whose, as written (decision 42: an
    ``of`` phrase that says whose stays), not that group and the other countries; ``refs`` as they are otherwise (a
    country's own noun or a delegation, ``the Governments of A and B``, is read as the countries before this)."""
    if len(refs) < 2 or refs[0].kind != "collective" or any(r.kind != "country" for r in refs[1:]):
        return refs
    whole = _OF_COUNTRIES.fullmatch(phrase.strip())
    label = refs[0].label.strip()
    if whole is None or not (label.endswith(whole.group("first").strip()) or _DANGLING.search(label)):
        return refs  # "the regulators of" + "Kenya" + "Uganda", or "regulators of Kenya" + "Uganda"
    written = without_article(whole.group(0), "the", "all", case="lower")
    return (AgentRef("collective", slug(written), written),)


#: a group, ``of`` and a list of names closed by ``and``: ``the ministries of health of A and B``, ``X of A, B and C``
_OF_COUNTRIES = re.compile(
    r"(?:the\s+|all\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+)*?\s+of\s+(?P<first>(?:the\s+)?[A-Z][^,;]*?)"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][^,;]*?)*\s*,?\s+and\s+(?:the\s+)?[A-Z][^,;]*"
)


def _governs(ref: AgentRef, nxt: AgentRef | None) -> bool:
    """Whether ``ref`` is a country's own noun cut before the country ``nxt`` (``the Government of``)."""
    if nxt is None or nxt.kind != "country" or ref.kind != "collective":
        return False
    head = _STATE_OF.fullmatch(without_article(ref.label.strip(), "the", "all", case="lower"))
    return head is not None and head.group(1).lower() in _state_forms()


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
            _ADJECTIVE.fullmatch(without_article(ref.label.strip(), "the", "all", case="lower"))
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
        return (named_group(out[0], without_article(phrase.strip(), case="lower")),)  # "the agencies of the UN system"
    of_body = ACRONYM_TAIL.sub("", phrase.strip())  # "the Member States of the X Union (XU)": the acronym aside
    if len(out) == 2 and out[0].kind == "collective" and out[1].kind == "body" and _WHOSE.search(of_body):
        # "the Member States of the African Union": the group of that body, as written (decision 42)
        return (named_group(out[0], _as_written(of_body)),)
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


def region_group(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the Member States of Africa``, ``regulators of Latin America and the Caribbean``: a group a named world
    region is of (:func:`.addressee_phrases.region_owner`), read as one group, as written (decision 42: the
    region says whose it is; its ``and`` joins no second addressee); ``None`` when the group is no one group."""
    if (group := region_owner(phrase)) is None:
        return None
    head = self.resolve(group, order, offset)
    if len(head) != 1 or head[0].kind != "collective":
        return None
    return named_group(head[0], _as_written(phrase))


def _as_written(phrase: str) -> str:
    """A group's phrase as written, without the words that open a group (``all``, ``the``: ``group-front``)."""
    return re.sub(rf"^(?i:{determiner_alternation('group-front')})\s+", "", phrase.strip())


def _acronym_group(lead: AgentRef, group: AgentRef, phrase: str) -> AgentRef | None:
    """``ECOWAS Member States``, ``the SADC Member States``, ``Arab Member States``, ``non-Council Member
    States``: an acronym, a word in title case or a name negated by ``non-`` the resolver read as a group
    of its own right before a known group (``collectives.csv``) says whose; the group as written."""
    acronym = without_article(lead.label.strip(), "the", "all", case="lower")
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


def without_acronym_tail(ref: AgentRef) -> AgentRef:
    """A group written with the acronym a bracket gives at its end, without it: ``the members of the Andean
    Spectrum Office (ASO)`` is ``members of the Andean Spectrum Office``, ``the coordinators of the common
    proposals (RCPs)`` is ``coordinators of the common proposals``, as the annotations write them (the
    look list's annotations end one addressee in an acronym's bracket, and that one a post); a bracket of words
    (``Committee 6 (Finances)``) and the other kinds of party stay as they are."""
    # the bracket spells the body the group belongs to, or the group's short form, never a word of its name
    if ref.kind != "collective" or not ref.label.endswith(")") or not (m := ACRONYM_TAIL.search(ref.label)):
        return ref
    label = ref.label[: m.start()]
    return AgentRef(ref.kind, slug(label) if ref.key == slug(ref.label) else ref.key, label)
