"""A request's parts once its verb and requester are read: its action, addressees and due dates.

Holds ``_dated`` (one request per separately dated infinitive or inline item: ``invites X to A by
15 May, and to B by 30 June``), ``_decision`` (a decision; ``agreed that X would ...`` also asks X),
``_request_at`` and the clause readers it calls (``to ACTION``, ``that CLAUSE``, a named clause, a verb
with no infinitive), ``request`` (the record), ``deadline`` and ``concerns`` (the action lines, SDGs
and documents a sentence names). The functions taking ``self`` are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from wsiskg.ingest.extract import request_subjects
from wsiskg.ingest.extract.authors import meeting_members, speaks_for
from wsiskg.ingest.extract.casing import party_small_words, small_word_alternation
from wsiskg.ingest.extract.concepts import concept_keys
from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.documents import symbol_mentions
from wsiskg.ingest.extract.event_dates import event_phrase
from wsiskg.ingest.extract.events import event_mentions
from wsiskg.ingest.extract.gazetteer import (
    VerbEntry,
    adverb_alternation,
    auxiliaries,
    auxiliary_alternation,
    collectives,
    determiner_alternation,
    head_last_words,
    modal_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.extract.ordinals import number_value
from wsiskg.ingest.extract.request_colon_objects import object_colon
from wsiskg.ingest.extract.request_draft_leads import would_dropped
from wsiskg.ingest.extract.request_present_leads import finite_lead
from wsiskg.ingest.extract.request_that_pairs import that_pairs
from wsiskg.ingest.extract.request_verbs import (
    _TO_INF,
    _TRAIL_ADVERBS,
    ASKS_ITEMS,
    DECIDING,
    MOTIONS,
    PARTICIPLE,
    PASSIVE_THAT,
    RECOMMENDING,
    _be_asked,
    _VerbAt,
    directs,
)
from wsiskg.ingest.records import AgentRef, Decision, Request
from wsiskg.ingest.text import LIST_MARK, alternation, clause_spans

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: what a step of :meth:`_Reader._request_at` reads: the request, None for no request, or the addressees and
#: the action for the common end of the reading (the default addressee, the motion test)
_Read = Request | tuple[tuple[AgentRef, ...], str] | None

_THAT = re.compile(r"^\s*,?\s*that\s+")

#: a verb's clause that is only ``that:`` before items, each with its own subject (``recommended that:`` /
#: ``- ITU develop ...``)
_THAT_COLON = re.compile(r"\s*,?\s*that\s*:\s*")

#: a verb of asking in the past right before a colon: its items name whom and what (``The meeting requested:`` /
#: ``the APT Secretariat to prepare ...;``)
_BARE_COLON = re.compile(r"\s*:\s*")

#: a verb's clause that is only its subject and a colon, its verbs in the items after it (``proposes that the
#: Rapporteur Group:`` / ``(i) include ...``, ``recommend that Council 2018:`` / ``a) take note of ...``)
_THAT_WHO_COLON = re.compile(r"\s*,?\s*that\s+(?P<who>(?:(?!\bthat\b)[^,;:.]){1,100}?)\s*:\s*")

#: a word in lower case that is no small word of a name: the subject before the colon goes on as a clause
#: (``that RPM-ASP include in the priorities:``)
_CLAUSE_WORD = re.compile(rf"\b(?!(?:{small_word_alternation(party_small_words())}))[a-z]{{2,}}")

#: ``VERB to X that CLAUSE``: ``recommend to Council that ...``
_TO_THAT = re.compile(r"^\s+to\s+(?P<who>[^,;:]{1,80}?)\s*,?\s+that\s+")


# the verbs by which a participant formally asks that something be done (``requested that X be circulated``,
# ``asked that item 3 be taken first``): a request, of the body in session in a record (round 30: the look
# annotations read ``asked that X be done`` as a request in 25 of 28 sentences)
_ASKING = frozenset({"request", "ask"})


# a verb that asks only with a to-infinitive right after its object: ``X are reminded to submit ...`` asks X,
# ``X are reminded that the deadline is ...`` and ``reminded participants of the deadline`` state a fact
# (decision 39 of docs/annotation-guide.md)
_TO_ONLY = frozenset({"remind"})

#: an action that only announces the items after it: ``adopt three decisions``, ``take the following measures``
_ADOPTS_ITEMS = re.compile(
    r"\s*(?:adopt|take|approve|make|agree\s+on)(?:\s+(?:today|now|here))?\s+(?:the\s+following|two|three|four|five|six|several|\d{1,2})"
    r"(?:\s+[a-z]+)?\s+(?:decisions|measures|actions|steps|resolutions|recommendations)\s*:?\s*"
)

#: a clause whose verb is to meet: ``the Committee meet for one day``, ``the Group reconvene in May``; not a meeting
#: that another verb asks for (``the Council instruct the Director to convene a workshop``, ``that X organize a
#: session that would take place in May``: an agent asked to act)
_MEETS = re.compile(
    r"(?:(?!\b(?:to|that|which|who)\s)[^,;]){0,80}?\b(?:meet|convene|reconvene|be\s+held|be\s+convened|take\s+place)\b"
)

#: ``be grateful if you would VERB``: whom a polite request asks (``you``, a name, ``the Secretariat``,
#: ``your Ministry``, ``each administration``), and its verb, or the first of its lettered items
#: (``if BDT could (a) assign ...``)
_IF_YOU = re.compile(
    r"^\s*(?P<who>you|(?:[A-Z]|(?:each|every|all|the|your|its|their|our)\s)[^,;:]{0,80}?|[a-z][a-z-]+s)"
    # ", in consultation with X,"
    rf"(?:\s*,(?:[^,;:()]|\([^()]*\)){{1,80}},)?\s+(?:{modal_alternation('courtesy')})\s+"
    r"(?:kindly\s+|please\s+)?(?=[a-z]|\(?a\)\s)"
)

#: the reader's own possessive in a courtesy clause's subject: ``if the names of your delegation could be
#: communicated``, ``if your nominations could be sent``
_YOUR = re.compile(r"\byour\b", re.IGNORECASE)


def _courteously_asked(post: str, you: re.Match[str]) -> tuple[str, str]:
    """Whom a courtesy clause (:data:`_IF_YOU`) asks and what: its subject and the words after its modal (``if you
    would register ...``: ``you``, ``register ...``); a thing of the reader's own done in the passive (``if the names
    of your delegation could be communicated to X by ...``) asks the reader, ``you``, the thing staying in the
    action. A thing of no one (``if the documents could be circulated``, ``if the attached programme could be
    published``) asks no one: no subject is read."""
    who, rest = you.group("who"), post[you.end() :]
    if not _BE_PARTICIPLE.match(rest) or who.split()[0].lower() == "you":
        return who, rest
    return ("you" if _YOUR.search(who) else ""), f"{who} {rest}"


#: a relative clause in an object phrase: the infinitive after it is the clause's (``..., which Peru offered to host``)
_RELATIVE_OBJECT = re.compile(r",\s*(?:which|who|whom|where)\b")

#: an impersonal passive before a verb: ``It is further proposed that``, ``it was suggested that``
_IT_IS = re.compile(
    rf"\b[Ii]t\s+(?:{auxiliary_alternation('be', 'singular')}|has\s+been)"
    rf"\s+(?:(?:\w+ly|{adverb_alternation('impersonal')})\s+)*$"
)

#: the verb of a clause that proposes an event: ``hold a session``, ``organize a workshop``
_HOLDS = re.compile(
    rf"(?:hold|organi[sz]e|host|arrange)\s+(?:{determiner_alternation('holding')}|one|two|three|further|another)\b"
)

#: a decided clause in the passive with a modal: ``the proposals shall be submitted``, ``it would be circulated``
_MODAL_PASSIVE = re.compile(
    rf"(?:(?!\bthat\b)[^;:]){{2,200}}?\s(?:{modal_alternation('obligation')}|is\s+to|are\s+to)\s+(?:also\s+)?be\s+"
    r"(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\b"
)

#: ``by`` before the agent of a passive
_BY = re.compile(r"\sby\s+")

#: where the agent after ``by`` ends: a comma, a closing point, another preposition or a time
_BY_END = re.compile(
    r"\s*[,;:.](?:\s|$)|\s+(?=(?:by|to|for|in|on|at|before|after|until|within|no\s+later|not\s+later|through|with|and\s+(?:to|then|be))\b)"
)

#: ``to be`` and a state an agent object is asked to be in (``urged X to be available to ...``, ``to be represented
#: at ...``), not an event's passive (``to be held in ...``); read only right after the object (:data:`_TO_BE_OBJECT`)
_TO_BE = re.compile(r"(?<=\s)to\s+(?=be\s+(?!(?:held|organi[sz]ed|convened|hosted)\b)[a-z]{3,})")

#: ``be`` and a past participle opening an action (``be published``, ``be sent``)
_BE_PARTICIPLE = re.compile(rf"be\s+(?:\w+ly\s+)?{PARTICIPLE}")

#: the object before such an infinitive: one noun phrase, no other ``to``, no comma
_TO_BE_OBJECT = re.compile(r"\s*(?:(?!\bto\b)[^,;:])+\s")

#: ``invite X to the meeting``: an invitation to attend
_TO_EVENT = re.compile(rf"^\s+(?P<who>[^,;:]{{1,120}}?)\s+to\s+(?=(?:{determiner_alternation('attend')})\s|[A-Z][a-z])")

#: a clause that starts with a name (``the Eighth Indicators Meeting ...``)
_NAMED_START = re.compile(r"(?:the\s+)?[A-Z0-9][\w/&-]*\s+[A-Z0-9]")

#: a clause whose subject is a name, then a verb: ``PrepCom-2 transmit ...``, ``the Eighth Meeting consider ...``
_NAMED_CLAUSE = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z0-9][\w/&-]*(?:\s+[A-Z0-9][\w/&-]*){0,7})(?:,[^,;]{1,120},)?\s+(?P<verb>[a-z]{3,})\b"
)

#: words after a name that are no verb in the base form
_NOT_BASE = frozenset({"and", "the", "for", "with", "from", "which", "that", "who", *auxiliaries(role="clause")})

_PASSIVE = re.compile(rf"\b(?:{auxiliary_alternation('be')})\s+(?:\w+ly\s+)?{PARTICIPLE}")

_DIGIT = re.compile(r"\d")

#: what a verb of :data:`_TO_ONLY` asks: an object without a clause of its own, then ``to`` and a verb
_TO_ONLY_OBJECT = re.compile(
    r"(?:(?!\b(?:that|of|about|whether|how)\b)[^,;:.]){0,80}?(?<![\w-])to\s+(?:[a-z]+ly\s+)?[a-z]+\b(?<!\bthe)"
)

#: some of the meeting's members as a subject (``Several experts``, ``Some participants``): like a person's, their
#: ``that`` clause naming no one is a proposal of theirs, not the meeting's request
_SOME_MEMBERS = re.compile(
    rf"(?:^|[\s,;])(?i:several|many|some|a\s+number\s+of|other)\s+(?:[\w-]+\s+)?(?:{meeting_members().pattern})\s*$"
)

#: a date that ends a period (``keep it open until 30 June``), not one an action is due by
_UNTIL = re.compile(r"\b(?:until|till)\s")

#: ``were invited to the webinar ...``: to attend an event, no infinitive
_PASSIVE_TO_EVENT = re.compile(rf"^\s*to\s+(?=(?:{determiner_alternation('attend')})\s|[A-Z\"“])")

#: ``The Council is invited to:`` / ``The Council is invited:`` before its items: a passive verb that leads a list
_PASSIVE_LEAD = re.compile(r"\s*(?:to\s*)?:\s*")

#: ``X was tasked [, under Resolution 140,] with preparing ...``: the action as a gerund after a passive
_PASSIVE_WITH_ING = re.compile(r"^\s*(?:,[^,;]{1,100},\s*)?with\s+(?=[a-z]{2,}ing\b)(?!(?:regard|respect)\b)")

#: ``tasked X with preparing ...``: the object (perhaps with an appositive between commas: ``the Vice-Chair, Mr Y
#: (Chile),``), then the action as a gerund
_WITH_ING = re.compile(r"^\s+(?P<who>[^,;:]{1,120}?(?:,[^,;:]{1,120}?){0,2},?)\s+with\s+(?=[a-z]{2,}ing\b)")

#: ``to A by 15 May, and to B by 30 June``: a second infinitive of the same verb, after a comma or ``and``
_AND_TO = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?to\s+(?=[a-z])")

#: an item marked inline by its ordinal: ``adopt three decisions: First, to request ...; Second, to invite ...``
_INLINE_ORDINAL = re.compile(
    r"(?:^|(?<=[:;,.]))\s*(?:and\s+)?(?P<o>(?i:first|second|third|fourth|fifth|sixth))(?:ly)?\s*[,:]\s*(?:to\s+)?(?=[a-z])"
)

#: items lettered inline after a colon: ``a) include ...; b) ask ...; and c) recommend ...``, ``a. to A; b. to B``
_INLINE_LETTER = re.compile(r"(?:^|[;,]\s*(?:and\s+)?)\(?(?P<l>[a-z])(?:\)|(?<!\()\.)\s+")

#: the mark of a list's item ``a)`` before a verb: the verb is in that item (``(a) X are invited to ...; (b) ...``)
_ITEM_A = re.compile(r"(?:^|[\s:;,])\(?a\)\s")

#: items after a colon, each opened by a dash: ``invites the Assembly: - to approve ...; - to consider ...``
_DASH_LEAD = re.compile(rf":\s*{LIST_MARK}\s+(?:to\s+)?[a-z]")

#: a passive that leads dashed items in its sentence: ``The Council is invited to: - take note ...; - ...``
_PASSIVE_DASHES = re.compile(rf"\s*(?:to\s*)?:\s*{LIST_MARK}\s+(?:to\s+)?(?=[a-z])")

#: where the next dashed item starts: ``; - to``
_INLINE_DASH = re.compile(rf";\s*(?:and\s+)?{LIST_MARK}\s+(?:to\s+)?(?=[a-z])")

#: ``instructs the Director 1 to continue ...; 2 to cooperate ...``: items numbered inline (a PDF's list)
_INLINE_ITEM = re.compile(r"[;,]?\s+(?:and\s+)?(?P<n>\d{1,2})\)?\s+to\s+(?=[a-z])")


@cache
def _event_subject() -> re.Pattern[str]:
    """A clause about an event being held: ``the fourth meeting of the Group take place``, ``the
    next open consultation address ...``, ``the next workshop be held online``, ``its next meeting
    will be hosted by X`` (``event_nouns.csv``, and ``consultation``)."""
    nouns = alternation([*event_nouns(), "Consultation"], spaces=True)
    return re.compile(
        rf"(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){{0,4}}?(?i:{nouns})s?(?:\s+(?:{preposition_alternation('topic')})\s+(?:[\w&/-]+\s+){{0,4}}?)?\s*"
        rf"(?:\([^()]*\)\s*)?(?:be|take|{auxiliary_alternation('be', 'present')}|{modal_alternation()}"
        r"|address|focus|consider)\b"
    )


def _ordinal_parts(action: str) -> list[str]:
    """The items of an action marked inline by ordinals from ``first`` on, when nothing or only a lead that
    announces them (``adopt three decisions:``) stands before the first: one action each, else nothing."""
    marks = list(_INLINE_ORDINAL.finditer(action))
    if len(marks) < 2 or [number_value(m.group("o")) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    lead = action[: marks[0].start()]
    if lead.strip() and not _ADOPTS_ITEMS.fullmatch(lead):
        return []
    ends = [m.start() for m in marks[1:]] + [len(action)]
    return [action[m.end() : e].strip(" ,;.") for m, e in zip(marks, ends, strict=True)]


def _dated(self: _Reader, request: Request, pre: str = "") -> list[Request]:
    """``invites X to submit A by 15 May, and to submit B by 30 June``: each infinitive with its
    own due date is a request of its own (one due date per request); infinitives sharing one
    date, or not all dated, stay one action. Items numbered inline (``instructs the Director 1
    to continue ... 2 to cooperate ...``, numbered from 2 on after the first) are one each. ``pre``:
    the sentence before the verb; a verb inside item ``(a)`` of a list (``(a) X are invited to A; (b) Y
    are requested to B``, ``considering a) Resolution 1, which resolves ...; b) ...``) ends at item
    ``(b)``, its sibling, not its own item."""
    letters = list(_INLINE_LETTER.finditer(request.action))
    first = "b" if letters and letters[0].start() > 0 else "a"  # "is invited: (a) to A; (b) to B": A is read first
    if first == "b" and letters[0].group("l") == "b" and _ITEM_A.search(pre):
        action = request.action[: letters[0].start()].strip(" ,;")
        return [replace(request, action=action, deadline=self.deadline(action))]
    if letters and [m.group("l") for m in letters] == [chr(ord(first) + i) for i in range(len(letters))]:
        ends = [m.start() for m in letters[1:]] + [len(request.action)]  # "that the Council: a) ...; b) ..."
        parts = [request.action[m.end() : e].strip(" ,;") for m, e in zip(letters, ends, strict=True)]
        parts = [request.action[: letters[0].start()].strip(" ,;")] * (first == "b") + parts
        parts = [re.sub(r"^to\s+", "", re.sub(r"\s+and$", "", p)) for p in parts]
        return [replace(request, action=p, deadline=self.deadline(p)) for p in parts]
    dashes = list(_INLINE_DASH.finditer(request.action)) if _DASH_LEAD.search(request.sentence) else []
    if dashes:  # "invites WTSA-08: - to approve ...; - to consider ...": one request per dashed item
        bounds = [0, *(m.start() for m in dashes), len(request.action)]
        starts = [0, *(m.end() for m in dashes)]
        parts = [request.action[a:b].strip(" ,;.") for a, b in zip(starts, bounds[1:], strict=True)]
        return [replace(request, action=p, deadline=self.deadline(p)) for p in parts]
    if ordinals := _ordinal_parts(request.action):  # "adopt three decisions: First, to A; Second, to B"
        return [replace(request, action=p, deadline=self.deadline(p)) for p in ordinals]
    items = list(_INLINE_ITEM.finditer(request.action))
    if items and [int(m.group("n")) for m in items] == list(range(2, len(items) + 2)):
        ends = [m.start() for m in items[1:]] + [len(request.action)]
        parts = [request.action[: items[0].start()]]
        parts += [request.action[m.end() : e] for m, e in zip(items, ends, strict=True)]
        return [replace(request, action=p.strip(" ,;"), deadline=self.deadline(p)) for p in parts]
    cuts = list(_AND_TO.finditer(request.action))
    if not cuts:
        return [request]
    bounds = [0, *(m.start() for m in cuts), len(request.action)]
    starts = [0, *(m.end() for m in cuts)]
    parts = [request.action[a:b].strip(" ,") for a, b in zip(starts, bounds[1:], strict=True)]
    dates = [self.deadline(part) for part in parts]
    if any(d is None for d in dates) or len(set(dates)) < len(dates) or any(map(_UNTIL.search, parts[1:])):
        return [request]  # "to launch X by 1 May and to keep it open until 30 June": how long, one action
    return [replace(request, action=part, deadline=d) for part, d in zip(parts, dates, strict=True)]


def _decision(
    self: _Reader, v: _VerbAt, requester: AgentRef, post: str, plain: bool
) -> Decision | list[Request | Decision]:
    """A decision (one per listed subject); ``agreed that X would ...`` also a request to X."""
    decision = Decision(v.order, v.section, v.entry.verb, requester, v.sentence.strip(), self.concerns(v.sentence))
    if plain:
        listed = self.co_subjects(v.sentence, v.m.start(), v.order, v.at, requester)
        if listed:  # "Mr. A and Ms. B thanked ...": one decision per agent, in text order
            return [replace(decision, subject=o) for o in listed]
    if (
        v.entry.verb in DECIDING
        and (t := _THAT.match(post))
        and not _event_subject().match(post[t.end() :])
        and directs(post[t.end() :])
    ):  # "agreed that the Secretariat shall prepare ..."; "that the Fifth Meeting would take place ...": a plan
        offset = v.at + v.m.end() + t.end()
        addressees, action = self.clause_subject(post[t.end() :], v.order, offset, requester, modal=True)
        if not addressees:  # "agreed that the proposals shall be submitted to WRC-19 by the APT Secretariat"
            addressees, action = self._done_by(post[t.end() :], v.order, offset, requester)
        if addressees:
            asked = self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)
            return [decision, *that_pairs(self, v, asked, modal=True)]  # "..., and that B shall ...": B's too
    return decision


def _done_by(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef, passive: re.Pattern[str] = _MODAL_PASSIVE
) -> tuple[tuple[AgentRef, ...], str]:
    """The agent of a decided passive clause with a modal (``that the proposals shall be submitted to
    WRC-19 by the APT Secretariat``, ``that the draft would be circulated by the Chairman before
    ...``), or of a ``passive`` one (a participant's ``asked that it be reviewed by the Group``): who is to
    do it, and the clause as the action; nothing when ``by`` names no agent (``by 30 June``, ``by the end
    of May``)."""
    m = None if _event_subject().match(clause) else passive.match(clause)  # "the next meeting would be hosted by"
    times = {d.span[0] for d in due_dates(clause, self.default_year, self.reference)} if m else set()
    for by in _BY.finditer(clause, m.end()) if m else ():
        who = _BY_END.split(clause[by.end() :], maxsplit=1)[0]
        if by.end() not in times and (who[:1].isupper() or who.startswith("the ")):
            found = self.objects(who, order, offset + by.end(), requester)
            if found and requester not in found:
                return found, clause
    return (), clause


def _request_at(
    self: _Reader, v: _VerbAt, requester: AgentRef, addressees: tuple[AgentRef, ...], post: str, passive: bool
) -> Request | None:
    """The request: its action (``to ACTION`` or ``that CLAUSE``) and addressees (the object,
    the clause's subject, ``recommend to X that``, else the default addressee)."""
    offset = v.at + v.m.end()
    if (
        v.entry.verb in MOTIONS
        and _participant(self, v, requester)
        and not passive
        and not self._authors_items(v, requester, post)
        and not self._authors_proposal(requester, post)
    ):
        if t := _THAT.match(post):  # the meeting may adopt it: "It was so agreed."
            self._proposal = self._proposed(v, t.end())
        return None  # "Ms A proposed that the Council encourage ...": a participant's proposal, asked of no one
    if (listed := self._items_lead(v, requester, post, passive, offset)) is not None:
        return listed
    if passive and addressees and (dash := _PASSIVE_DASHES.match(post)):  # "X is invited to: - note A; - ask B"
        return self.request(v.order, v.section, v.entry, requester, addressees, post[dash.end() :], v.sentence, v.stop)
    to_that = None if passive else _TO_THAT.match(post)
    if to_that and (named := self.resolve(to_that.group("who"), v.order, offset, (requester.key,))):
        addressees = named  # "recommend to Council that ..."
        post = post[to_that.end() - len(" that ") :]
    elif not passive and (adopted := self.recommended_text(v, requester, post)) is not None:
        return adopted  # "recommended it for adoption by the Council"
    if (
        not passive and v.m.group(0).lower().endswith(" if") and (you := _IF_YOU.match(post))
    ):  # "I should be grateful if you would register ..."
        who, action = _courteously_asked(post, you)  # "if the names of your delegation could be sent": you
        addressees = self.objects(who, v.order, offset, requester)
        return self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)
    if v.entry.verb in _TO_ONLY and not _TO_ONLY_OBJECT.match(post):
        return None  # "reminded that the deadline is ...", "reminded them of ...": a fact, no request
    if t := _THAT.match(post):
        read = self._that_clause(v, requester, addressees, post[t.end() :], passive, t.end())
    else:
        read = self._infinitive(v, requester, addressees, post, passive)
    if read is None or isinstance(read, Request):
        return read
    addressees, action = read
    if not addressees:
        addressees = (self.default_addressee,) if self.default_addressee else ()
    if not addressees or self._motion(v, requester, addressees):
        return None
    return self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)


def _authors_items(self: _Reader, v: _VerbAt, requester: AgentRef, post: str) -> bool:
    """``The Secretary-General proposes that the Council:`` above its items, in a document the
    Secretary-General wrote: the author's proposals to the body the items name, one request each
    (not a participant's motion)."""
    author = self.author
    return (
        author is not None
        and v.stop >= len(v.sentence)
        and _THAT_WHO_COLON.fullmatch(post) is not None
        and (requester.key == author.key or speaks_for(author, requester.key, self.actors))
    )


def _authors_proposal(self: _Reader, requester: AgentRef, post: str) -> bool:
    """``I propose that the Director be requested to ...`` in the author's own speech or contribution: not a
    participant's motion (:meth:`author_speaks`)."""
    return (
        (t := _THAT.match(post)) is not None
        and _be_asked().match(post[t.end() :]) is not None
        and (self.author_speaks(requester))
    )


def author_speaks(self: _Reader, requester: AgentRef) -> bool:
    """Whether ``requester`` is the author of a document that records no meeting (or speaks for it):
    ``Fiji proposes that the Director be requested to ...`` in Fiji's contribution proposes in the
    author's name (decisions 22 and 43), so the author asks whom the passive names; a participant's
    ``proposed that X be invited`` in a record stays a motion."""
    author = self.author
    return (
        author is not None
        and not records_meeting(self.report)
        and (requester.key == author.key or speaks_for(author, requester.key, self.actors))
    )


def _items_lead(
    self: _Reader, v: _VerbAt, requester: AgentRef, post: str, passive: bool, offset: int
) -> Request | None:
    """A verb that ends its sentence before lettered items: ``requests that:`` (the items name whom) or
    ``proposes that the Rapporteur Group:`` (whom it names); None when the verb has more to read."""
    bare = v.entry.verb in ASKS_ITEMS and finite_lead(v) and _BARE_COLON.fullmatch(post)  # "requested:", "recommend:"
    if not passive and (_THAT_COLON.fullmatch(post) or bare) and v.stop >= len(v.sentence):
        return self.request(v.order, v.section, v.entry, requester, (), "", v.sentence, v.stop)  # items name whom
    lead = _THAT_WHO_COLON.fullmatch(post) if not passive and v.stop >= len(v.sentence) else None
    if lead is not None and not _CLAUSE_WORD.search(lead.group("who")):
        addressees = self.objects(lead.group("who"), v.order, offset + lead.start("who"), requester)
        if addressees and not self._motion(v, requester, addressees):  # "proposes that the Rapporteur Group:"
            return self.request(v.order, v.section, v.entry, requester, addressees, "", v.sentence, v.stop)
    return None


def _that_clause(
    self: _Reader,
    v: _VerbAt,
    requester: AgentRef,
    addressees: tuple[AgentRef, ...],
    action: str,
    passive: bool,
    at: int,
) -> _Read:
    """``VERB that CLAUSE``: the addressees (given, else the clause's subject) and the action, or None for a
    participant's proposal, a plan or a clause that asks what it cannot name. ``at`` is where the clause
    starts after the verb."""
    offset = v.at + v.m.end() + at
    if not addressees and _event_subject().match(action):
        return None  # "recommended that the next meeting be held in May": an event proposed to no one (decision 14)
    if not addressees:  # "recommended that the Council approve ...": the clause's subject
        addressees, action = self.clause_subject(action, v.order, offset, requester)
    if not addressees:  # "asked that it be reviewed by the CWG-X": the agent is asked
        addressees = self.passive_agent(action, v.order, offset, requester)
    speaker = requester.kind in ("person", "country") or _SOME_MEMBERS.search(v.sentence[: v.m.start()])
    if not addressees and speaker and not self._asks_done(v, action):
        self._proposal = self._proposed(v, at)  # the meeting may adopt it: "It was so agreed."
        return None  # "Mr A proposed that the report include ...": a participant's proposal
    if not addressees and speaker and (body := self._recorded_body()) is not None:
        # "The delegate of X asked that a footnote be added": the body in session decides; "asked that it be
        # reviewed by the Group": the Group
        addressees = self._done_by(action, v.order, offset, requester, PASSIVE_THAT)[0] or (body,)
    if not addressees and v.entry.verb in RECOMMENDING and PASSIVE_THAT.match(action):
        return None  # "The forum recommended that the results be presented at X": an outcome, asked of no one
    if not addressees and (clause := self._named_clause(action, v.order, offset, requester)):
        addressees, action = clause  # "recommended that PrepCom-2 transmit ...": the name is asked
    elif not addressees and _NAMED_START.match(action) and not _PASSIVE.search(re.sub(r",[^,]*,", "", action)):
        return None  # "recommended that the Eighth Report ... include": asks what it cannot name
    elif not addressees and v.entry.verb in MOTIONS and (passive or _event_subject().match(action)):
        return None  # "It is proposed that the next meeting take place / that X be held": asked of no one
    if v.entry.verb in MOTIONS and _MEETS.match(action):
        return None  # "It is proposed that the ADM Committee meet for one day before ...": a plan
    if (
        passive and v.entry.verb in MOTIONS and _HOLDS.match(action) and _IT_IS.search(v.sentence[: v.m.start()])
    ):  # "It is further proposed that ITU hold a session ...": an event proposed to no one (decision 14)
        return None
    return addressees, action


def second_clause(
    self: _Reader, v: _VerbAt, requester: AgentRef, clause: str, at: int, modal: bool
) -> tuple[tuple[AgentRef, ...], str] | None:
    """The addressees and action of a second ``that`` clause of ``v`` (``..., and that B designate ...``,
    :func:`.request_that_pairs.that_pairs`; ``at`` where it starts after the verb), read as the first one is: by
    :func:`_that_clause`, or, for a decision (``agreed that A shall ..., and that B shall ...``, ``modal``), as
    :func:`_decision` reads it; ``None`` when it asks no one it can name, or is a motion."""
    if modal and (_event_subject().match(clause) or not directs(clause)):
        return None  # "and that the next meeting would take place in May": a plan
    if modal:
        read: _Read = self.clause_subject(clause, v.order, v.at + v.m.end() + at, requester, modal=True)
    else:
        read = self._that_clause(v, requester, (), clause, False, at)
    if read is None or isinstance(read, Request) or not read[0] or self._motion(v, requester, read[0]):
        return None
    return read


def _infinitive(
    self: _Reader, v: _VerbAt, requester: AgentRef, addressees: tuple[AgentRef, ...], post: str, passive: bool
) -> _Read:
    """``VERB X to ACTION`` (or a passive ``X is VERBed to ACTION``): the object's addressees and the action;
    the forms with no infinitive (:meth:`_without_infinitive`); None for a plan asked of no one."""
    inf = _TO_INF.search(post)
    rel = _RELATIVE_OBJECT.search(post, 0, inf.start()) if inf is not None else None
    if inf is not None and rel is not None and "," not in post[rel.end() : inf.start()]:
        post, inf = post[: rel.start()], None  # "invites X to the forum, which Peru offered to host"
    if inf is None and passive and addressees and _PASSIVE_LEAD.fullmatch(post) and v.stop >= len(v.sentence):
        return self.request(v.order, v.section, v.entry, requester, addressees, "", v.sentence, v.stop)
    if inf is None and passive and addressees and (w := _PASSIVE_WITH_ING.match(post)):
        return self.request(  # "the Rapporteur is tasked with preparing ...": the gerund is the action
            v.order, v.section, v.entry, requester, addressees, post[w.end() :], v.sentence, v.stop
        )
    to = _PASSIVE_TO_EVENT.match(post) if inf is None and passive and v.entry.verb == "invite" else None
    if to is not None and addressees:  # "Members were invited to the webinar on 5 May": to attend it
        where = post[to.end() :].strip()
        action = ("come to " if where[:1].isupper() else "attend ") + where
        return self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)
    to_be = _TO_BE.search(post) if inf is None and not passive else None
    if to_be is not None and _TO_BE_OBJECT.fullmatch(post, 0, to_be.start()):
        inf = to_be  # "urged all rapporteurs to be available to the working groups": its state is the action
    if inf is None:  # "invite X to the meeting", "tasked X with ...", "requested X:", "instructs X"
        return self._without_infinitive(v, requester, post, passive)
    obj = post[: inf.start()].strip(" ,")
    action = post[inf.end() :]
    if v.kind == "ing":  # "While encouraging X to ..., the main clause"
        action = action.split(",")[0]
    if obj and not passive:
        addressees = self.objects(obj, v.order, v.at + v.m.end(), requester)
        if not addressees or (inf is to_be and not self._in_state(addressees, action)):
            return None  # "urged the results to be published": no one asked
    elif not passive:  # "the Group proposed to continue the work": a plan, asked of no one
        return None
    return addressees, action


def _in_state(addressees: tuple[AgentRef, ...], action: str) -> bool:
    """Whether the object of ``VERB X to be ...`` is asked to be in a state (``urged the vice-chairs to be
    available``), not a thing to be acted on (``urged the results to be published``): a state an adjective
    names, or an agent the resolver knows whatever follows (``urged administrations to be represented``)."""
    return _BE_PARTICIPLE.match(action) is None or request_subjects.known_agents(addressees)


def _asks_done(v: _VerbAt, clause: str) -> bool:
    """``The delegate of X requested that a footnote be added``: a request (not a proposal) that
    something be done, of whoever does what the meeting asks (its secretariat, else its body)."""
    return v.entry.verb in _ASKING and _PASSIVE.search(clause.split(",")[0]) is not None


def _without_infinitive(self: _Reader, v: _VerbAt, requester: AgentRef, post: str, passive: bool) -> Request | None:
    """A request verb with no ``to`` infinitive after its object: ``invite X to the meeting``
    (to attend), ``tasked X with preparing ...``, ``requested the secretariat:`` before its
    items, or an operative lead of a resolution text (:meth:`_operative_lead`)."""
    offset = v.at + v.m.end()
    if v.entry.verb == "invite" and not passive and (to := _TO_EVENT.match(post)):
        addressees = self.objects(to.group("who"), v.order, offset, requester)  # "invite you to the meeting"
        known = set(collectives().values()) | {a.key for a in self.voice.audience}
        where = post[to.end("who") :].strip()[3:]
        # a group the resolver reads as written is asked to attend an event named by its noun ("invites African
        # delegations to a coordination meeting"), never to a thing ("invited comments to the draft")
        unknown = any(a.kind == "collective" and a.key not in known for a in addressees)
        if not addressees or (unknown and not event_phrase().match(where)):
            return None  # "invited comments to the draft": no one to attend
        action = ("come to " if where[:1].isupper() else "attend ") + where  # "invited X to Vilnius, where ..."
        return self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)
    if not passive and (w := _WITH_ING.match(post)):  # "tasked X with preparing ..."
        addressees = self.objects(w.group("who"), v.order, offset, requester)
        if not addressees:
            return None
        return self.request(v.order, v.section, v.entry, requester, addressees, post[w.end() :], v.sentence, v.stop)
    if not passive and (colon := object_colon().fullmatch(post)) and v.stop >= len(v.sentence):
        addressees = self.objects(colon.group("who"), v.order, offset, requester)  # "requested the secretariat:"
        return self.request(v.order, v.section, v.entry, requester, addressees, "", v.sentence, v.stop)
    return self._operative_lead(v, requester, post)


def _named_clause(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef
) -> tuple[tuple[AgentRef, ...], str] | None:
    """``that PrepCom-2 transmit the text ...`` / ``that the Eighth Indicators Meeting consider
    ...``: a name the resolver does not know (ending in a body or event noun, or a code such as
    ``PrepCom-2``), then a verb in the base form: that name is asked."""
    m = _NAMED_CLAUSE.match(clause)
    if m is None or m.group("verb") in _NOT_BASE or m.group("verb").endswith(("s", "ed")):
        return None
    name = m.group("name")
    heads = head_last_words() | set(event_nouns())
    if name.split()[-1] not in heads and not re.fullmatch(r"[A-Z][\w/&]*-\d+|[A-Z][A-Z0-9&/-]+", name):
        return None  # "the WSIS Stocktaking platform record ...": no agent
    found = self.resolve(name, order, offset, (requester.key,))
    agents = found if found and all(r.kind != "collective" for r in found) else None
    return agents or (AgentRef("collective", slug(name), name),), clause[m.start("verb") :]


def _participant(self: _Reader, v: _VerbAt, requester: AgentRef) -> bool:
    """Whether ``requester`` takes part in the meeting a record records, its proposal asking no one: a person or a
    post, or a delegation or a body whose proposal the record reports in the past (``The councillor from X proposed
    that ITU continue ...``, ``ITU proposed that UNGIS hold ...`` in a record of UNGIS), never the meeting body
    itself or the author (``The Russian Federation proposes that the Council:`` in an excerpt of its contribution)."""
    if requester.kind in ("person", "post"):
        return True
    return (
        requester.kind in ("country", "body")
        and v.kind == "ed"
        and records_meeting(self.report)
        and requester != self.meeting_ref
        and requester != self.voice.author
    )


def _motion(self: _Reader, v: _VerbAt, requester: AgentRef, addressees: tuple[AgentRef, ...]) -> bool:
    """``The Chair proposed that the Committee approve ...``: an officer's proposal to the body
    it serves is a motion the body decides on, not a request."""
    return (
        v.entry.verb in MOTIONS
        and requester.kind in ("post", "person")
        and len(addressees) == 1
        and addressees[0].kind == "body"
        and speaks_for(requester, addressees[0].key, self.actors)
    )


def request(
    self: _Reader,
    order: int,
    section: str,
    entry: VerbEntry,
    requester: AgentRef,
    addressees: tuple[AgentRef, ...],
    action: str,
    sentence: str,
    stop: int,
) -> Request:
    action = " ".join(action.split()).rstrip(" .;:")
    if stop < len(sentence):  # cut before a coordinated next verb: drop "and strongly", "and would"
        action = re.sub(r"(?:,|\s+and|\s+or)\s*$", "", _TRAIL_ADVERBS.sub("", would_dropped(action)))
    return Request(
        paragraph=order,
        section=section,
        verb=entry.verb,
        requester=requester,
        addressees=addressees,
        action=action,
        sentence=sentence.strip(),
        # its own action's due date, else the sentence's up to the clause's end (not a later clause's)
        deadline=self.deadline(action) or self.deadline(sentence[:stop]),
        concerns=self.concerns(sentence),
    )


def deadline(self: _Reader, sentence: str) -> date | None:
    """The first due date of the sentence (:func:`due_dates`, the deadline extractor's reader)."""
    due = due_dates(sentence, self.default_year, self.reference, clause_spans(sentence))
    return due[0].due if due else None


def concerns(self: _Reader, sentence: str) -> tuple[str, ...]:
    """Action lines, SDGs, events and documents the sentence names; events and documents as
    their extractors found them (the document model's spans), else read here."""
    where = (*self._where, sentence)
    if where not in self._concerns:
        out = concept_keys(sentence)
        if _DIGIT.search(sentence):  # events and documents carry a year or number
            events = self._found("event", sentence, lambda s: event_mentions(s, self.default_year))
            out += [f"event:{key}" for key in events]
            out += [f"document:{key}" for key in self._found("document", sentence, symbol_mentions)]
        self._concerns[where] = tuple(dict.fromkeys(out))
    return self._concerns[where]


def _found(self: _Reader, kind: str, sentence: str, find: Callable[[str], list[Any]]) -> list[str]:
    """Keys of ``kind`` in the current sentence: the spans recorded on the document model,
    or, when no extractor recorded that kind, what ``find`` reads in the sentence."""
    doc = document(self.report)
    order, at = self._where
    if order and doc.has(kind):
        return [s.key for s in doc.spans(order, kind, at, at + len(sentence))]
    return [m.key for m in find(sentence)]
