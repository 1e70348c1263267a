"""Requests the rules did not read, in sentences the learnt detector marks (issue 8, round 10).

When no rule of :mod:`.requests` read a request in a sentence and the detector of
:mod:`.request_classifier` scores it above its threshold, ``learnt_request`` reads the parties of
one of two plain forms, through the reader's own machinery (``objects`` for whom; the meeting
body, the resolution's issuer or the document's author for who asks):

- a modal clause: ``(agreed) that X shall/should/will/would/must VERB ...`` (also at the
  sentence's start, ``X shall VERB``): X is asked; who asks is the subject of a decision the
  rules read in the same sentence (``The Group agreed that ...``), else the record's voice; a modal
  of the future only (``X will present ...``, ``that X would ...``) states a plan and asks no one;
- a verb of asking and its object before ``to`` + a verb (``... asked the Bureau to publish ...``)
  that the rules gave up on: the object is asked, by the record's voice.

When neither form reads a request, the learnt labeller of :mod:`.request_labeller` tags the
addressees (and the requester) in the sentence; they are read by the same machinery (``objects``,
``resolve``); who asks, when no span is tagged, is the record's voice only where the plain forms
would take it, or where the sentence is an item whose lead was not read (``(iii) urge X to``).

No addressee read: no request. The function is a method of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.authors import meeting_members
from wsiskg.ingest.extract.body_acronyms import with_acronym_after
from wsiskg.ingest.extract.gazetteer import VerbEntry, auxiliary_alternation, modal_alternation, request_kinds
from wsiskg.ingest.extract.request_classifier import asks
from wsiskg.ingest.extract.request_labeller import Context, spans
from wsiskg.ingest.extract.request_verbs import (
    PASSIVE_THAT,
    _VerbAt,
    _verbs,
    describing_passive,
    directs,
    in_condition,
    no_verb_before,
    possible_passive,
    power_only,
)
from wsiskg.ingest.records import AgentRef, Decision, Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: the modals of a clause that asks (``X shall``, ``X is to``)
_MODALS = rf"(?:{modal_alternation('obligation')}|is\s+to|are\s+to)"
#: ``that X shall prepare``: the asked party before a modal and a verb in lower case (not ``be``)
_MODAL_CLAUSE = re.compile(
    r"(?:^(?:\(?[a-z0-9]{1,3}[).]\s+)?|\bthat\s+)(?P<who>(?:(?!\bthat\b)[^,;:()]){2,80}?)\s+"
    rf"{_MODALS}\s+(?:also\s+)?(?P<verb>(?!be\b)[a-z]{{2,}})\b"
)
#: the object of a verb of asking, then ``to`` and a verb in lower case
#: (no other ``to`` in the object: ``urged X to be available to the groups`` names no ``X to be available``)
_OBJECT_TO = re.compile(r"\s+(?P<who>(?:(?!\bto\b)[^,;:()]){2,80}?)\s+to\s+(?P<verb>(?!be\b)[a-z]{2,})\b")

#: a modal a clause of the first form needs (a cheap gate before the detector)
_MODAL_WORD = re.compile(rf"\b{_MODALS}\b")
#: ``that`` opening an object: a wish's clause (``proposed that the Council encourage X to``)
_THAT = re.compile(r"that\b", re.I)
#: the words after a verb of asking open a ``that`` clause
_THAT_CLAUSE = re.compile(r"\s*that\b")
#: nothing before the verb but a list mark: an item whose lead was not read
_NO_SUBJECT = re.compile(r"\s*(?:\(?[a-z0-9]{1,3}(?:\.\d{1,2})*[).]?\s*)?")
#: a request reported from an earlier time or another clause (``noted that X had asked``)
_REPORTED = re.compile(rf"\b(?:that|{auxiliary_alternation('have')}|which|who)\b")

#: a pronoun right before the verb: the subject the record's voice stands for
_PRONOUN = re.compile(r"(?:^|\s)(?:It|They|it|they)(?:\s+also|\s+further)?\s*$")
#: a list mark (and a colon) closing the words before a verb
_TRAILING_MARK = re.compile(r"(?::?\s*\(?[a-z0-9ivx]{1,3}\))?\s*$")
#: a verb inside the would-be party: no noun phrase
_VERB_LIKE = re.compile(rf"\b(?:[a-z]+ed|{auxiliary_alternation(role='clause')})\b")
#: a first-person pronoun as the asked party of a modal clause (``We shall ...``): the writer's own plan
_FIRST_PERSON = re.compile(r"(?:we|us|our|i)", re.I)
#: read the parties of a marked sentence with the learnt labeller when neither plain form reads them
#: (round 11, words alone: 38 pairs, 9 matched on the check half, off; round 19, refitted on all the
#: look reports with the rules' candidate parties as features: 16 pairs, 9 matched on the 379 never
#: fitted on, on; docs/request-classifier.md)
LABELLER = True
#: what may stand between an addressee the labeller tags and its action: ``to``, a modal
_ACTION_LEAD = re.compile(rf"[\s,]*(?:(?:to|{_MODALS})\s+)?(?:also\s+)?")


def learnt_request(
    self: _Reader,
    order: int,
    section: str,
    at: int,
    sentence: str,
    decided: list[Decision],
    place: tuple[int, bool, str],
    verbed: bool = True,
) -> Request | None:
    """The request the detector reads in ``sentence`` where the rules read none (``place``: the
    sentence's index in its paragraph, whether the paragraph is a list item, its heading)."""
    if (not verbed and not _MODAL_WORD.search(sentence)) or not asks(sentence, *place):
        return None  # neither form can be read (``verbed``: the rules found a verb of asking): not scored
    if verbed and _conditions_only(sentence):
        return None  # "..., as long as X was asked to ...": a condition asks no one
    voice = self.issuer or self.author or self.meeting_ref
    one = _plain_forms(self, order, section, at, sentence, decided, voice)
    if one is None and LABELLER:
        one = _labelled(self, order, section, at, sentence, decided, voice, party_context(self, sentence, place))
    return None if one is not None and self.only_mentioned(one.requester) else one  # a body only mentioned


def _conditions_only(sentence: str) -> bool:
    """True when every verb of asking of ``sentence`` stands inside a condition (``could support the text as long
    as X was asked to ...``: :func:`~wsiskg.ingest.extract.request_verbs.in_condition`) or is a passive of what may
    happen (``Observers may be invited to ...``: :func:`~wsiskg.ingest.extract.request_verbs.possible_passive`) or
    one in the past in a restrictive relative (``Ministers who were invited to ...``: ``describing_passive``), at
    least one there."""
    pattern, forms = _verbs()
    asking = [v for v in pattern.finditer(sentence) if forms[" ".join(v.group(0).lower().split())].entry.is_request]
    asking = [v for v in asking if not no_verb_before(sentence[: v.start()])]  # not "at the request of"
    before = [sentence[: v.start()] for v in asking]
    vetoed = (in_condition, possible_passive, describing_passive, power_only)  # "The Group may invite X to": a power
    return bool(before) and all(any(veto(pre) for veto in vetoed) for pre in before)


def party_context(self: _Reader, sentence: str, place: tuple[int, bool, str]) -> Context:
    """What the labeller knows of ``sentence`` besides its words: the agents the actors' resolver
    finds in it (``(start, end, kind, own)``, ``own``: the meeting's body, the resolution's issuer or
    the document's author), whether it is a list item and its index in the paragraph (``place``)."""
    own = {r.key for r in (self.meeting_ref, self.issuer, self.author) if r is not None}
    cands = tuple(
        (s.start, s.end, s.kind, any(k in own for k in s.keys)) for s in self.actors.resolver.spans_in(sentence)
    )
    return cands, place[1], place[0]


def _plain_forms(
    self: _Reader, order: int, section: str, at: int, sentence: str, decided: list[Decision], voice: AgentRef
) -> Request | None:
    """The request of a modal clause or of a verb of asking and its object (the module's two forms)."""
    m = _MODAL_CLAUSE.search(sentence)
    if m is not None and (asking := _asking_object(sentence, m)) is not None:  # the clause's subject asks
        who = _clause_asker(self, order, at, m)
        return _built(self, order, section, at, sentence, asking[0], who, asking[1]) if who else None
    if m is not None and not directs(sentence[m.end("who") :]):
        return None  # "It was agreed that X would ...", "X will present ...": a plan, asked of no one (decision 38)
    if m is not None:
        requester: AgentRef | None = decided[-1].subject if decided else voice
        entry = _agree()
        return _built(self, order, section, at, sentence, m, requester, entry) if requester else None
    pattern, forms = _verbs()
    for v in pattern.finditer(sentence):
        form = forms[" ".join(v.group(0).lower().split())]
        o = _OBJECT_TO.match(sentence, v.end())
        if not form.entry.is_request or o is None or _THAT.match(o.group("who")):
            continue
        if _NO_SUBJECT.fullmatch(sentence[: v.start()]) or _REPORTED.search(sentence[: v.start()]):
            return None  # "(ii) invite X to ...": an item of a lead not read; "noted that Y had asked"
        requester, found = self.subject(sentence, v.start(), order, at)
        if not found or requester is None:  # "They asked X to": the record's voice; an unread subject: no one
            requester = voice if _voice_subject(sentence[: v.start()], voice) else None
        return _built(self, order, section, at, sentence, o, requester, form.entry) if requester else None
    return None


def _asking_object(sentence: str, m: re.Match[str]) -> tuple[re.Match[str], VerbEntry] | None:
    """The object and the verb's entry of a modal clause whose verb is one of asking with an object and ``to``
    (``that the Committee would invite the Secretary-General to submit ...``); ``None`` for any other verb."""
    pattern, forms = _verbs()
    v = pattern.match(sentence, m.start("verb"))
    entry = forms[" ".join(v.group(0).lower().split())].entry if v is not None else None
    o = _OBJECT_TO.match(sentence, v.end()) if v is not None else None
    return (o, entry) if entry is not None and entry.is_request and o is not None else None


def _clause_asker(self: _Reader, order: int, at: int, m: re.Match[str]) -> AgentRef | None:
    """Who asks in such a clause (``The Chairman said that the Committee would invite X to ...``, ``The Group
    should also invite X to ...``): the one agent its subject names (an intention or a proposal the record
    states), never the subject asked to ask; ``None`` when the subject names no one agent."""
    found = self.resolve(m.group("who"), order, at + m.start("who"))
    if len(found) != 1 or found[0].kind == "collective" or _FIRST_PERSON.fullmatch(m.group("who").strip()):
        return None
    return found[0]


def clause_voice(self: _Reader, v: _VerbAt, pre: str, post: str) -> AgentRef | None:
    """The record's voice for a finite verb of asking before a ``that`` clause whose subject the rules
    did not read but the voice stands for (:func:`_voice_subject`): ``The group recommends that the
    Council consider ...``, ``The committee recommended that the Assembly:`` before its items, in the
    record of the group's or the committee's meeting. The clause itself is read as the rules read it
    (its subject is asked); ``None`` otherwise (a request reported from another clause included, and a
    clause in the passive with no one named to act)."""
    if v.kind not in ("s", "ed") or not v.entry.is_request or not _THAT_CLAUSE.match(post):
        return None
    if PASSIVE_THAT.match(post):
        return None  # "The forum recommended that the results be presented at ...": a plan that asks no one
    voice = self.issuer or self.author or self.meeting_ref
    if voice.kind == "collective" or not pre.strip() or _REPORTED.search(pre):
        return None
    return voice if _voice_subject(pre, voice) else None


def _voice_subject(pre: str, voice: AgentRef) -> bool:
    """The words before the verb end with a subject the record's voice stands for: a pronoun
    (``They asked``), the meeting's members (``Participants encouraged``, :func:`.authors.meeting_members`)
    or a word of the voice's own name (``The panel`` of an intersessional panel, ``RAG``)."""
    pre = _TRAILING_MARK.sub("", pre)  # "The High-Level Event: a) requests": the words before the mark
    if _PRONOUN.search(pre):
        return True
    words = pre.split()
    if any(meeting_members().fullmatch(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n):
        return True
    own = {w.lower() for w in re.split(r"[\s\-,]+", f"{voice.label} {voice.key}") if len(w) > 2}
    return bool(words) and words[-1].lower() in own


def _built(
    self: _Reader,
    order: int,
    section: str,
    at: int,
    sentence: str,
    m: re.Match[str],
    requester: AgentRef,
    entry: VerbEntry | None,
) -> Request | None:
    """The request of a match whose ``who`` names the asked and ``verb`` starts the action."""
    if (
        entry is None
        or requester.kind == "collective"
        or _VERB_LIKE.search(m.group("who"))
        or _FIRST_PERSON.fullmatch(m.group("who").strip())
    ):
        return None  # "the meeting": no body known to ask; "that the Group decided": no party
    addressees = self.objects(m.group("who"), order, at + m.start("who"), requester)
    if not addressees or any(a == requester for a in addressees):
        return None
    return self.request(
        order, section, entry, requester, addressees, sentence[m.start("verb") :], sentence, len(sentence)
    )


def _agree() -> VerbEntry | None:
    return next((e for e in request_kinds() if e.verb == "agree"), None)


def _labelled(
    self: _Reader,
    order: int,
    section: str,
    at: int,
    sentence: str,
    decided: list[Decision],
    voice: AgentRef,
    ctx: Context | None = None,
) -> Request | None:
    """The request whose addressees the learnt labeller tags in ``sentence``
    (:mod:`.request_labeller`), resolved by the reader's ``objects``; who asks is the span it tags
    as the requester (the reader's ``resolve``), else the subject of a decision read in the
    sentence, else the record's voice when the words before the first addressee stand for it
    (:func:`_voice_subject`), are none or only a list mark and a verb of asking (an item whose
    lead was not read: on the dev reports, the voice is its requester about half the time, which
    the plain forms leave unread). No addressee: no request."""
    tagged = spans(sentence, "A", ctx)
    if not tagged:
        return None
    first = tagged[0][0]
    if _REPORTED.search(sentence[:first]):
        return None  # "noted that Y had asked X to ...": a request reported from another time
    requester = _labelled_requester(self, order, at, sentence, first, decided, voice, ctx)
    if requester is None or requester.kind == "collective":
        return None
    addressees: list[AgentRef] = []
    for s, e in tagged:
        phrase = sentence[s:e]
        if " and " in phrase:  # "the X and Y Group (XYG)": the name its acronym spells whole (_and_in_name)
            phrase = sentence[s : with_acronym_after(sentence, e)]
        if _VERB_LIKE.search(phrase) or _FIRST_PERSON.fullmatch(phrase):
            continue
        addressees += [a for a in self.objects(phrase, order, at + s, requester) if a not in addressees]
    if not addressees or requester in addressees:
        return None
    entry = _asking_entry(sentence) or _agree()
    if entry is None:
        return None
    lead = _ACTION_LEAD.match(sentence, tagged[-1][1])
    action = sentence[lead.end() if lead else tagged[-1][1] :]
    return self.request(order, section, entry, requester, tuple(addressees), action, sentence, len(sentence))


def _labelled_requester(
    self: _Reader,
    order: int,
    at: int,
    sentence: str,
    first: int,
    decided: list[Decision],
    voice: AgentRef,
    ctx: Context | None = None,
) -> AgentRef | None:
    """Who asks in a sentence the labeller tags (``first``: where its first addressee starts)."""
    for s, e in spans(sentence, "R", ctx):
        found = self.resolve(sentence[s:e], order, at + s)
        if found:
            return found[0]
    if decided:
        return decided[-1].subject
    pre = sentence[:first]
    pattern, _ = _verbs()
    verb = next(pattern.finditer(pre), None)
    if _NO_SUBJECT.fullmatch(pre):
        return voice  # "The Secretariat shall ...": the record's voice asks
    if verb is None:
        return None
    lead = pre[: verb.start()]
    # "(ii) invite X to ..." (an item whose lead was not read), "They asked X to ...": the record's voice
    return voice if _NO_SUBJECT.fullmatch(lead) or _voice_subject(lead, voice) else None


def _asking_entry(sentence: str) -> VerbEntry | None:
    """The entry of the first verb of asking in ``sentence`` that asks someone to act."""
    pattern, forms = _verbs()
    for v in pattern.finditer(sentence):
        entry = forms[" ".join(v.group(0).lower().split())].entry
        if entry.is_request:
            return entry
    return None
