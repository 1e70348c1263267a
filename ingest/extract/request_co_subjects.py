"""The agents of a subject that lists several (``co_subjects``), the requester of an active verb form
(``_active_requester``, ``_contributors_voice``), a motion's mover (``_moved_body``), an authors' group
(``_author_group``) and a deciding lead before its items (``decided_lead``). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import writers_named
from wsiskg.ingest.extract.authors import speaks_for
from wsiskg.ingest.extract.casing import joiner_alternation, without_article
from wsiskg.ingest.extract.gazetteer import adverb_alternation
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.request_draft_leads import drafted_would
from wsiskg.ingest.extract.request_nested_clauses import nested_in_recommendation
from wsiskg.ingest.extract.request_signatories import declared_for
from wsiskg.ingest.extract.request_subject_asides import NUMBER_LEAD, aside_dropped
from wsiskg.ingest.extract.request_verbs import (
    _COORDINATED,
    _ENUMERATOR,
    _NO_VERB,
    _TRAIL_ADVERBS,
    AS_FOLLOWS,
    _VerbAt,
    intro_lead,
)
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


_LISTED = frozenset({"person", "body", "country"})
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


_PARTICIPLE = re.compile(r",\s*$")


#: the word that joins two names into one subject (``Kenya and Rwanda``)
_TWO_NAMES = r"(?:and|&)"
#: a name's capitalised words joined by a name's joiners (:func:`.casing.joiner_alternation`) but the one
#: that joins two names: ``the Office for Data of Kenya``
_JOINED_NAME = rf"[A-Z][\w'’-]*(?:\s+(?:(?!{_TWO_NAMES}(?!\w))(?:{joiner_alternation()})|[A-Z][\w'’-]*))*"
#: a plural subject opening a sentence, before a verb in the present: ``6 The Administrations of X propose``
#: (or names joined by ``and``: ``Kenya and Rwanda request``, ``The Gambia and the Niger invite``)
_PLURAL_SUBJECT = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[Tt]he\s+)?(?:(?:[a-z][a-z-]+|\d+)\s+)?[A-Z][^,;:()]{0,80}?"
    r"[a-z](?:s|men)\s*"
    rf"|(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:[Tt]he\s+)?{_JOINED_NAME}\s+{_TWO_NAMES}\s+(?:the\s+)?{_JOINED_NAME}\s*"
)


#: a motion's clause and its subject, then a verb in the base form: ``proposed that the Council approve``
_MOTION_LEAD = r"\b(?:proposed|suggested|moved)\s+that\s+(?P<who>(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})"
_MOTION_THAT = re.compile(_MOTION_LEAD + r"\s+[a-z]{3,}\b")
#: a motion's clause and its subject right before the verb: ``The Chairman proposed that the Council`` instruct ...
_MOTION_SUBJECT = re.compile(_MOTION_LEAD + r"\s*$")
#: a verb of deciding before a colon that ends its paragraph: ``The Group decided:``, ``The meeting AGREED:`` (the
#: verb in capitals, as a resolution text sets its operative verbs)
_DECIDED_LEAD = re.compile(
    rf"\b(?:agreed|decided|resolved|agrees|decides|resolves|AGREED|DECIDED|RESOLVED|AGREES|DECIDES|RESOLVES)(?:\s+(?:{adverb_alternation('addition')}|{AS_FOLLOWS}))?\s*(?::\s*)?$"
)


#: the pronoun of several contributors opening a sentence (``They propose``)
_THEY = re.compile(r"They")
#: what is left of a list of names when the names are taken out: ``, , and``
_LIST_REST = re.compile(r"(?:[\s,;&]|\band\b|\bthe\b|\([^()]{1,40}\))*")


#: what may stand before an operative verb of a resolution text: an item number, a clause before
#: ``;``, an item of the verb before (``2 to cooperate with X, invites Member States``, ``2 that the Group shall meet
#: twice, instructs the Secretary-General``: a text whose layout lost the line break before its next operative verb)
_OPERATIVE = re.compile(
    r"(?:.*;|\s*(?:\(?(?:[a-z]|\d{1,2})\)|\d{1,2}\.?)?\s*(?:to|that)\s.*,)?"  # after "...;" or an item "2 to ...,"
    rf"\s*(?:\(?(?:[a-z]|\d{{1,2}})\)\s*|\d{{1,2}}\.?\s+)?(?:(?:{adverb_alternation('addition')})\s+)?",
    re.DOTALL,
)


def decided_lead(self: _Reader, order: int, text: str, spans: list[tuple[int, int]]) -> AgentRef | None:
    """The subject of a paragraph ending in a verb of deciding and a colon (``The Group decided:``,
    ``After discussion, the meeting agreed:``): the items after it (``Decision 2  to request X to
    ...``) are that subject's requests; ``None`` for any other paragraph."""
    if (m := _DECIDED_LEAD.search(text)) is None:
        return None
    at = next((a for a, b in spans if a <= m.start() < b), 0)
    requester, ok = self.subject(text[at:], m.start() - at, order, at)
    return (requester or self.meeting_ref) if ok else None


def _author_group(self: _Reader, phrase: str, found: tuple[AgentRef, ...]) -> AgentRef | None:
    """The author body of the document when ``phrase`` names a group of its members (``The
    Administrations of the RCC Member States`` in a contribution of the RCC)."""
    author = self.voice.author
    if author is None or author.kind != "body" or any(r.kind not in ("body", "collective") for r in found):
        return None
    named = [sp for sp in self.actors.resolver.spans_in(phrase) if author.key in sp.keys]
    return author if named and _PLURAL_SUBJECT.fullmatch(phrase[named[-1].start :] + " ") else None


def _subject_found(self: _Reader, ref: AgentRef, order: int) -> AgentRef:
    if ref.kind in ("body", "person", "post", "collective", "resolution"):
        self._last_subject = (order, self._where[1], ref)
    return ref


def co_subjects(self: _Reader, sentence: str, vstart: int, order: int, at: int, found: AgentRef) -> list[AgentRef]:
    """Every agent of a subject that only lists agents (``Mr. A, Ms. B and Dr C thanked``,
    ``Brazil and India welcomed``), in text order, when ``found`` is one of them; else nothing."""
    spans = sorted(
        (s for s in self.actors.resolver.spans.get(order, []) if at <= s.start and s.end <= at + vstart),
        key=lambda s: s.start,
    )
    lead = intro_lead().match(sentence)
    skip = lead.end() if lead else 0
    if len(spans) < 2 or any(s.kind not in _LISTED or len(s.keys) != 1 for s in spans):
        return []
    if without_article(sentence[skip : spans[0].start - at].lstrip()) or sentence[spans[-1].end - at : vstart].strip():
        return []
    if not all(_LIST_GAP.fullmatch(sentence[a.end - at : b.start - at]) for a, b in pairwise(spans)):
        return []
    out: list[AgentRef] = []
    for s in spans:
        refs = self.actors.resolver.ref(s)
        if refs and all(o.key != refs[0].key for o in out):
            out.append(refs[0])
    return out if any(o.key == found.key for o in out) else []


def _active_requester(self: _Reader, v: _VerbAt, pre: str, control: re.Match[str] | None) -> AgentRef | object | None:
    """The subject of an active verb (``None``: the meeting's default), or :data:`_NO_VERB`
    when the verb form states nothing (a bare base form, an unresolved subject)."""
    if control is not None and self.issuer is not None and _OPERATIVE.fullmatch(pre[: control.start()]):
        return self._subject_found(self.issuer, v.order)  # "resolves to instruct X" in a resolution text: its issuer
    if control is not None:  # "The meeting agreed to request ...": the subject of "agreed"
        requester, ok = self.subject(v.sentence, control.start(), v.order, v.at)
        return requester if ok else None
    if v.kind == "ing":
        if not v.entry.is_request:
            return _NO_VERB
        if _PARTICIPLE.search(pre) and pre.strip(" ,"):  # "X introduced ..., proposing that ..."
            return self._sentence_subject(v.sentence, v.order, v.at)
        return None
    if self.issuer is not None and v.kind == "s" and _OPERATIVE.fullmatch(pre):
        return self._subject_found(
            self.issuer, v.order
        )  # "instructs the Secretary-General" in a resolution text: its issuer
    if v.kind == "base":
        pre = aside_dropped(pre)  # "that X, where appropriate, invite": the clause's own verb, no coordinated one
    if (drafted := drafted_would(self, v, pre)) is not None:
        return drafted  # "By draft resolution X, the Council would request Y to ..."
    if v.kind in ("base", "s") and (cited := self._cited_issuer(pre, at_end=True)):
        return self._subject_found(cited, v.order)  # "Resolutions 101 and 133 of the PP request ..."
    if v.kind == "base" and (moved := self._moved_body(pre, v.order, v.at)) is not None:
        return self._subject_found(moved, v.order)  # "proposed that the Council approve A, and instruct X to"
    if v.kind == "base" and self._item_subject is not None and _ENUMERATOR.fullmatch(pre):
        return self._subject_found(self._item_subject, v.order)  # "The members:" / "(ii) urge X to ...": the members
    if v.kind == "base" and not _COORDINATED.search(bare := _TRAIL_ADVERBS.sub("", pre)):
        if (voice := _contributors_voice(self, bare)) is not None:
            return self._subject_found(voice, v.order)  # "They propose", "Ghana, Kenya and Togo request"
        writers = writers_named().fullmatch(NUMBER_LEAD.sub("", bare.strip(), count=1))  # "The undersigned"
        declarers = declared_for(self, bare, v.order)  # "For A and B:" / "They call upon X to ...": a declaration's
        if not _PLURAL_SUBJECT.fullmatch(bare) and not writers and not declarers:
            return _NO_VERB  # a bare base form is no finite verb of a report ("... that the Council approve")
        requester, ok = self.subject(v.sentence, v.m.start(), v.order, v.at)  # "The RCC Administrations invite"
        return requester if ok and requester is not None else _NO_VERB
    if v.kind == "base" and nested_in_recommendation(pre):
        return _NO_VERB  # "recommended that the Council amend X and instruct Y to ...": no one asks Y yet
    requester, ok = self.subject(v.sentence, v.m.start(), v.order, v.at)
    return requester if ok else _NO_VERB


def _contributors_voice(self: _Reader, pre: str) -> AgentRef | None:
    """The author of a contribution several write (:attr:`_Reader.contributors`) when a verb in the
    present plural opens its sentence after ``They`` or after nothing but the contributors' names
    (``Ghana, Kenya and Togo propose``, in any order): their request, credited to each (decision 22)."""
    author = self.voice.author
    if author is None or len(self.contributors) < 2:
        return None
    phrase = NUMBER_LEAD.sub("", pre.strip(), count=1)
    if _THEY.fullmatch(phrase):
        return author
    spans = self.actors.resolver.spans_in(phrase)
    keys = {r.key for s in spans for r in self.actors.resolver.ref(s)[:1]}
    rest = phrase
    for s in sorted(spans, key=lambda s: s.start, reverse=True):
        rest = rest[: s.start] + " " + rest[s.end :]
    known = {c.key for c in self.contributors}
    return author if keys == known and _LIST_REST.fullmatch(rest) else None


def _moved_body(self: _Reader, pre: str, order: int, at: int) -> AgentRef | None:
    """The meeting body when a verb in the base form is coordinated in a motion put to it (``The
    Chairman proposed that the Council approve the recommendations, instruct the secretariat to ...
    and invite Member States to ...``), or is the motion's first verb when one who speaks for the body
    moves it (``The Chairman proposed that the Council instruct the Secretary-General to ...``; a
    councillor's such proposal stays his): what the body is moved to ask, it asks; ``None`` otherwise. In a
    record whose meeting was not found (an excerpt cut before its header), the one body a coordinated motion
    names is that body, whatever body was presumed (``proposed that the Council take note of A and instruct
    X to ...``: the Council)."""
    known = self.meeting_ref.kind == "body"
    if known and (first := _MOTION_SUBJECT.search(pre)) is not None:  # "The Chair proposed that the Council" instruct
        mover = self._sentence_subject(pre, order, at)
        if (
            mover is None
            or mover.kind not in ("person", "post")
            or not speaks_for(mover, self.meeting_ref.key, self.actors)
        ):
            return None  # "The councillor from X proposed that the Council invite ...": a participant's proposal
        found = self.resolve(first.group("who"), order, at + first.start("who"))
        return self.meeting_ref if found == (self.meeting_ref,) else None
    if not _COORDINATED.search(_TRAIL_ADVERBS.sub("", pre)) or (m := _MOTION_THAT.search(pre)) is None:
        return None
    if ";" in pre[m.end() :]:
        return None
    found = self.resolve(m.group("who"), order, at + m.start("who"))
    if known and found == (self.meeting_ref,):
        return self.meeting_ref
    if self.presumed_body and records_meeting(self.report) and len(found) == 1 and found[0].kind == "body":
        return found[0]  # a record whose meeting was not found: the one body the motion names
    return None
