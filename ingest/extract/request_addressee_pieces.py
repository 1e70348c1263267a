"""Pieces of one noun phrase the resolver cut apart joined again, and names sharing one head noun.

Split out of :mod:`.request_addressees` (which re-exports what other modules read). The functions taking
``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import field_name
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.gazetteer import collectives, determiner_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import AgentRef, Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a group the resolver cut before what it is of or for: ``the Chairmen of``, ``donors from``, ``the Chief of the``
_DANGLING_END = re.compile(rf"\s+(?:of|for|from|in|within|on|at)(?:\s+(?:{determiner_alternation('piece')}))?\s*$")

#: between such a group and what it is of: nothing, or a determiner the resolver left out
_GAP = re.compile(rf"\s*(?:(?:{determiner_alternation('piece')})\s+)?")

#: a comma and an honorific between a post and the person holding it: ``, Mr``, ``, H.E.``
_APPOSED = re.compile(r"\s*,\s*(?:[A-Z][\w.]*\s+){0,3}")

#: another body listed after the first one: ``and CEPT``, ``, CEPT and RCC``
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]")

#: names or acronyms joined by commas and ``and``/``or`` before one plural head noun they share: ``the ITU-R and ITU-T
#: study groups``, ``UNESCO, UNDP and UNICEF country offices``, ``the Asia-Pacific and African Regional Offices``
_SHARED_NAME_HEAD = re.compile(
    rf"(?:(?i:{determiner_alternation('group-front')})\s+)?(?P<names>(?P<first>[A-Z][\w&/-]*)(?:\s*,\s*[A-Z][\w&/-]*)*\s*,?\s+(?:and|or)\s+"
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
    if all(field_name(n) and all(r.kind == "collective" for r in self.resolve(n, order, offset)) for n in names):
        written = f"{m.group('names')} {m.group('head')}"  # "Health and Education Ministries": fields of one group
        return (AgentRef("collective", slug(written), written),)
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
        if not dangling and (
            ref.kind != "collective" or len(without_article(last.label.strip(), "the", "all", case="lower").split()) < 2
        ):
            out.append(ref)
            spans.append(at)
            continue
        label = re.sub(r"^(?i:the)\s+", "", " ".join(phrase[before[0] : at[1]].split()))
        out[-1] = AgentRef("collective", slug(re.sub(r"^(?i:all)\s+", "", label)), label)
        spans[-1] = (before[0], at[1])
    return tuple(out)


def _titled(ref: AgentRef) -> bool:
    """A post, or a group the resolver does not know (``the Chief of the X Department``): what a
    person's name after a comma may say the person is."""
    return ref.kind == "post" or (ref.kind == "collective" and ref.key not in set(collectives().values()))


def _group_of_bodies(group: AgentRef, phrase: str, at: tuple[int, int]) -> AgentRef | None:
    """``administrations of RCC and CEPT``, ``Member administrations of the APT, CITEL and ATU``: a known group
    (``collectives.csv``, or a group whose head noun is one) of a list of bodies is the group, as written, the bodies
    only say whose; ``None`` when no list follows or the group is unknown."""
    head = _DANGLING_END.sub(
        "", re.sub(rf"^(?i:{determiner_alternation('group-front')})\s+", "", group.label.strip())
    ).strip()
    key = collectives().get(head.lower())
    known = key or collectives().get(head.lower().split()[-1]) if head else None  # "Member administrations"
    if known is None or not _LISTED_AFTER.match(phrase[at[1] :]):
        return None
    return AgentRef("collective", key or slug(head), head)


def without_its_whole(request: Request) -> Request:
    """``The Commission requests the secretariat of the Commission to ...``: the resolver reads the secretariat and
    the Commission; a requester named among its own addressees beside a part of it (its secretariat, key
    ``<key>-secretariat``, or one of its posts, ``<key>/chair``) is no addressee, the part is."""
    own = slug(request.requester.key)
    parts = [
        a for a in request.addressees if slug(a.key) == f"{own}-secretariat" or slug(a.key.partition("/")[0]) == own
    ]
    if not any(a.kind != request.requester.kind or slug(a.key) != own for a in parts):
        return request
    kept = tuple(a for a in request.addressees if not (a.kind == request.requester.kind and slug(a.key) == own))
    return replace(request, addressees=kept) if kept else request
