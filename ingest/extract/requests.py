"""Find requests (someone asks someone else to act) and other decisions in a report.

Verbs and their forms come from ``ontology/gazetteers/request-kinds.csv`` (``is_request``
separates requests — request, invite, encourage, urge ... — from decisions that only note,
welcome, appreciate, thank ...). Each sentence (``ingest.text.split_sentences``) is read for
every verb form; one record per sentence and verb occurrence.

Forms of a verb that are no verb here are skipped: after ``to`` (``to encourage more ...``),
after a determiner or preposition (``several requests``, ``including request for``, ``as
proposed``), and finite forms whose subject is not an agent (``the template approved ...``).

Voice and parts:

- passive ``X was/were/is/are [also] invited to ACTION [by Y]``: addressees = X (several if
  coordinated: ``The Group and the Secretariat were invited``); requester = Y or the meeting body;
- active ``S invited X to ACTION``: requester = S (a pronoun is resolved to the last person or
  post in subject position: ``He invited`` -> the Chairman); a coordinated verb (``... and
  invited them to``) takes the sentence's subject; a relative clause on a document (``the
  resolution that invites``) is the last body named before it; ``While encouraging X to ...``
  and an unnamed subject are the meeting body;
- ``VERB that CLAUSE`` / ``It was requested that CLAUSE`` names no addressee: the addressee is
  the meeting body's secretariat (``the Secretariat``, see :mod:`.bodies`), which carries out
  what such a body asks; without a secretariat, the meeting body itself;
- ``S proposed to ACTION`` (no object): the addressee is the requester itself;
- ``S agreed/decided that X would/should/shall/will/must ACTION`` (and ``It was agreed that
  ...``): besides the decision, a request of S (the meeting body when passive) to X, with the
  decision verb as its kind (``agree``/``decide``: a request the meeting decided on, not one it
  voiced) and the clause after the modal as the action; a clause without an agent subject
  or modal (``agreed that the text be revised``) is a decision only.

``them``/``they`` is the last body (or plural post) named before the verb that is not the
requester. The deadline is a date in the sentence led by ``by``/``before``/``until``/``no later
than``/``deadline`` (:func:`~wsiskg.ingest.extract.dates.due_dates`, the deadline extractor's reader;
a year-less date is the next occurrence after the meeting's start). ``concerns`` lists action lines and
SDGs (``action-line:C4``, ``sdg:9``), events (``event:<key>``) and documents (``document:<key>``)
named in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any

from wsiskg.ingest.extract.bodies import meeting_secretariat
from wsiskg.ingest.extract.concepts import concept_keys
from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.documents import symbol_mentions
from wsiskg.ingest.extract.events import event_mentions
from wsiskg.ingest.extract.gazetteer import (
    VerbEntry,
    body_heads,
    collectives,
    pronouns,
    request_kinds,
)
from wsiskg.ingest.extract.persons import Actors, Context
from wsiskg.ingest.extract.resolutions import issuer_of_citation
from wsiskg.ingest.records import AgentRef, Decision, ParsedReport, Request
from wsiskg.ingest.text import clause_spans, sentence_spans

_ADVERBS = r"(?:\s+(?:\w+ly|also|further|again|then|therefore|hereby|both|once|now|still))*"
_AUX = re.compile(rf"\b(?:was|were|is|are|be|been|being)(?:\s+not)?{_ADVERBS}\s+$", re.IGNORECASE)
_TRAIL_ADVERBS = re.compile(rf"{_ADVERBS}\s*$", re.IGNORECASE)
_NOT_VERB_BEFORE = re.compile(
    r"\b(?:to|the|a|an|several|many|any|including|for|of|as|with|its|their|his|her|our|this|these|"
    r"those|such|no|new|on|in|at|from|without|upon|by|which)\s*$",
    re.IGNORECASE,
)
_LISTED = frozenset({"person", "body", "country"})
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_COORDINATED = re.compile(r"(?:,|\band|\bor|;)\s*$")
_RELATIVE = re.compile(r"\b(?:that|which|who)\s*$")
_THAT = re.compile(r"^\s*,?\s*that\s+")
# "VERB to X that CLAUSE": "recommend to Council that ..."
_TO_THAT = re.compile(r"^\s+to\s+(?P<who>[^,;:]{1,80}?)\s*,?\s+that\s+")
# a verb that makes the next infinitive a decision of its subject: "The meeting agreed to request X to ..."
_CONTROL = re.compile(
    r"\b(?:agreed|agrees|agree|decided|decides|decide|resolved|resolves|wished|wishes|further\s+agreed)"
    r"(?:\s+\w+ly)?\s+to\s*$",
    re.IGNORECASE,
)
# the verb of a "that" clause after its subject: "[should] approve", "would prepare"; not passive "be ..."
_CLAUSE_VERB = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:should|shall|would|will|could|may|must|might|to)\s+)?(?:\w+ly\s+)?"
    r"(?!(?:be|is|are|was|were|been|being|has|have|had|not)\b)(?=[a-z]{2,}\b)"
)
# a decision verb whose "that" clause asks its agent subject to act: "agreed that the Secretariat would prepare"
_DECIDING = frozenset({"agree", "decide"})
_MODAL_VERB = re.compile(
    r"^\s*(?:should|shall|would|will|must)\s+(?:\w+ly\s+)?(?!(?:be|not|have|also\s+be)\b)(?=[a-z]{2,}\b)"
)
_MODAL_SUBJECT = re.compile(
    r"^(?P<who>(?:[Tt]he\s+|[Aa]ll\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?=(?:should|shall|would|will|must)\s)"
)
_PARTICIPLE = re.compile(r",\s*$")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
_BY = re.compile(r"^\s+by\s+(?P<by>.+?)(?=\s+to\s|\s*$|[,.;])")
_TO_INF = re.compile(
    r"(?<![\w-])to\s+(?!(?:the|a|an|all|this|these|those|its|their|his|her|our|be|and|or|[A-Z0-9])\b)"
    r"(?=[a-z])"
)
_CLAUSE_CUT = re.compile(r"(?:,\s+and\s+|;\s*|:\s*|,\s+while\s+|,\s+whereas\s+)")
_INTRO = re.compile(r"^(?:(?:In|On|At|As|During|While|After|Before|Following|Further to)\b[^,]{0,120},\s*)?")
_HEADING_LEAD = re.compile(r"^[^:]{1,200}:\s+(?=\S)")
_DOCUMENT_WORDS = re.compile(r"\b(?:resolution|report|decision|document|declaration|statement|plan)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
#: what :meth:`_Reader._active_requester` returns when a verb form states nothing
_NO_VERB = object()


@dataclass(frozen=True)
class _VerbAt:
    """A verb found in a sentence, where it was found, and its form."""

    order: int
    section: str
    at: int  # the sentence's offset in the paragraph
    sentence: str
    m: re.Match[str]
    entry: VerbEntry
    kind: str  # "base" | "s" | "ed" | "ing"
    stop: int  # where the next coordinated verb starts


@dataclass(frozen=True)
class _Form:
    entry: VerbEntry
    form: str


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, _Form]]:
    forms: dict[str, _Form] = {}
    for entry in request_kinds():
        for form in entry.forms:
            forms.setdefault(form.lower(), _Form(entry, form))
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE), forms


@cache
def _group_head() -> re.Pattern[str]:
    """``The [Study] Group`` / ``This Working Party``: a group named by its head noun only."""
    heads = "|".join(
        re.escape(h)
        for h, _, cat in body_heads()
        if cat == "body" and h.split()[-1] in ("Group", "Party", "Committee", "Force")
    )
    return re.compile(rf"(?:[Tt]he|[Tt]his)\s+(?:[A-Z][\w-]*\s+)?(?:{heads})")


def _sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, str]]:
    """``(offset, sentence)`` for each sentence of ``text`` (its ``spans`` when known), stripped."""
    out: list[tuple[int, str]] = []
    for a, b in sentence_spans(text) if spans is None else spans:
        piece = text[a:b]
        out.append((a + len(piece) - len(piece.lstrip()), piece.strip()))
    return out


def _form_kind(form: str, entry: VerbEntry) -> str:
    """ "base", "s", "ed" or "ing" for a verb form as written."""
    first = form.lower().split()[0]
    if first.endswith("ing"):
        return "ing"
    if first.endswith("ed") or first in ("took", "asked"):
        return "ed"
    base = entry.verb.split("-")[0]
    if first != base and first.endswith("s"):
        return "s"
    return "base"


class _Reader:
    def __init__(
        self,
        report: ParsedReport,
        actors: Actors,
        meeting_body: str | None,
        default_year: int | None,
        reference: date | None = None,
    ) -> None:
        self.report = report
        self.actors = actors
        meeting_body = meeting_body or actors.meeting_body
        self.meeting_body = meeting_body
        self.default_year = default_year
        self.reference = reference
        secretariat = meeting_secretariat(meeting_body)
        self.meeting_ref = (
            AgentRef("body", meeting_body, self._label(meeting_body))
            if meeting_body
            else AgentRef("collective", "meeting", "the meeting")
        )
        target = secretariat or meeting_body
        self.default_addressee = AgentRef("body", target, self._label(target)) if target else None
        self._concerns: dict[tuple[int, int, str], tuple[str, ...]] = {}
        #: (paragraph order, offset) of the sentence being read
        self._where = (0, 0)

    def _label(self, key: str | None) -> str:
        return self.actors.resolver.labels.get(key, key or "") if key else ""

    def resolve(self, phrase: str, order: int, offset: int, exclude: tuple[str, ...] = ()) -> tuple[AgentRef, ...]:
        return self.actors.resolve_agents(phrase, Context(order, offset, exclude))

    # ------------------------------------------------------------------ subjects
    def _sentence_subject(self, sentence: str, order: int, at: int) -> AgentRef | None:
        intro = _INTRO.match(sentence)
        start = intro.end() if intro else 0
        if heading := _HEADING_LEAD.match(sentence[start:]):  # "6.11 Title (oral presentation): The ..."
            start += heading.end()
        head = sentence[start:]
        # the noun phrase before the first verb-like word: try growing prefixes of agent spans
        spans = [s for s in self.actors.resolver.spans.get(order, []) if at + start <= s.start < at + len(sentence)]
        first = min(spans, key=lambda s: s.start, default=None)
        lead = re.match(r"^(?:[Tt]he\s+)?", head)
        if first is not None and first.start - (at + start) <= (lead.end() if lead else 0):
            refs = self.actors.resolver.ref(first)
            return self._personify(refs[0], first) if refs else None
        word = head.split(" ", 1)[0].strip(",")
        if word.lower() in pronouns():
            found = self.resolve(word, order, at + start)
            return found[0] if found else None
        return None

    def _personify(self, ref: AgentRef, span) -> AgentRef:  # type: ignore[no-untyped-def]
        if ref.kind == "post":
            holders = self.actors.resolver.holders.get(ref.key, [])
            if len(holders) == 1:
                return AgentRef("person", holders[0], self._label(holders[0]))
        return ref

    def subject(self, sentence: str, vstart: int, order: int, at: int) -> tuple[AgentRef | None, bool]:
        """(requester, found): the agent doing the verb at ``vstart`` of ``sentence``."""
        pre = _TRAIL_ADVERBS.sub("", sentence[:vstart])
        if _COORDINATED.search(pre):
            return self._sentence_subject(sentence, order, at), True
        if _RELATIVE.search(pre):
            before = pre[: _RELATIVE.search(pre).start()]  # type: ignore[union-attr]
            if pre.rstrip().endswith("who"):  # "opened by Mr. A (X), the Chair, who welcomed": that person
                named = [
                    s
                    for s in self.actors.resolver.spans.get(order, [])
                    if s.kind in ("person", "post") and at <= s.start < at + len(before)
                ]
                if named:
                    refs = self.actors.resolver.ref(named[-1])
                    person = next((r for r in refs if r.kind == "person"), None)
                    if person is None and refs:
                        person = self._personify(refs[0], None)
                    if person is not None and (person.kind == "person" or len(before) - (named[-1].end - at) < 40):
                        return person, True
            if _DOCUMENT_WORDS.search(before[-60:]):
                named = [
                    s
                    for s in self.actors.resolver.spans.get(order, [])
                    if s.kind in ("body", "post", "posts") and at <= s.start < at + len(before)
                ]
                if named:  # the body that issued it, or the body of a post named there
                    key = named[-1].keys[0].split("/")[0]
                    return AgentRef("body", key, self._label(key)), True
            return self.meeting_ref, True
        cut = 0
        for m in _CLAUSE_CUT.finditer(pre):
            cut = m.end()
        intro = _INTRO.match(pre[cut:])
        if intro:
            cut += intro.end()
        phrase = _TRAILING_PARENS.sub("", pre[cut:]).strip()  # "Several Member States (Brazil, India)"
        if "," in phrase:
            phrase = phrase.rsplit(",", 1)[1].strip()
        if not phrase or len(phrase.split()) > 8:
            return None, False
        if issuer := issuer_of_citation(phrase):  # "Resolution 1305 invites ...": its issuer asks
            return AgentRef("body", issuer, self._label(issuer)), True
        found = self.resolve(phrase, order, at + cut)
        if not found or found[0].kind == "collective" and found[0].key not in set(collectives().values()):
            if _group_head().fullmatch(phrase):  # "The Study Group" of a body not known: the meeting's
                return self.meeting_ref, True
            return None, False
        # the agent must be the head of the subject ("UNESCO Resolution ... adopted" has no agent subject)
        last = max((s.end for s in self.actors.resolver.spans_in(phrase)), default=len(phrase))
        if found[0].kind != "collective" and phrase[last:].strip(" ’'s") and phrase.lower() not in pronouns():
            return None, False
        ref = found[0]
        if ref.kind == "post":
            ref = self._personify(ref, None)
        return ref, True

    def co_subjects(self, sentence: str, vstart: int, order: int, at: int, found: AgentRef) -> list[AgentRef]:
        """Every agent of a subject that only lists agents (``Mr. A, Ms. B and Dr C thanked``,
        ``Brazil and India welcomed``), in text order, when ``found`` is one of them; else nothing."""
        spans = sorted(
            (s for s in self.actors.resolver.spans.get(order, []) if at <= s.start and s.end <= at + vstart),
            key=lambda s: s.start,
        )
        lead = _INTRO.match(sentence)
        skip = lead.end() if lead else 0
        if len(spans) < 2 or any(s.kind not in _LISTED or len(s.keys) != 1 for s in spans):
            return []
        if (
            re.sub(r"^\s*(?:[Tt]he\s+)?", "", sentence[skip : spans[0].start - at])
            or sentence[spans[-1].end - at : vstart].strip()
        ):
            return []
        if not all(_LIST_GAP.fullmatch(sentence[a.end - at : b.start - at]) for a, b in pairwise(spans)):
            return []
        out: list[AgentRef] = []
        for s in spans:
            refs = self.actors.resolver.ref(s)
            if refs and all(o.key != refs[0].key for o in out):
                out.append(refs[0])
        return out if any(o.key == found.key for o in out) else []

    # ------------------------------------------------------------------ reading
    def read(self) -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
        requests: list[Request] = []
        decisions: list[Decision] = []
        doc = document(self.report)
        lead: Request | None = None  # "recommends that the Council:" waiting for its items
        for p in self.report.paragraphs:
            if lead is not None and p.kind == "list-item":  # "a) take note of ...": one request per item
                if lead in requests:
                    requests.remove(lead)  # its items stand for it
                item = _item_request(lead, p.order, p.section, p.text)
                requests.append(replace(item, deadline=self.deadline(item.sentence) or lead.deadline))
                continue
            lead = None
            if p.kind == "heading":
                continue
            before = len(requests)
            self._read_paragraph(p.order, p.section, p.text, doc.para(p.order).sentences, requests, decisions)
            last = requests[-1] if len(requests) > before else None
            if last is not None and not last.action and p.text.rstrip().endswith(":"):
                lead = last
        return tuple(requests), tuple(decisions)

    def _read_paragraph(
        self,
        order: int,
        section: str,
        text: str,
        spans: list[tuple[int, int]],
        requests: list[Request],
        decisions: list[Decision],
    ) -> None:
        """Every verb of every sentence of one paragraph."""
        pattern, forms = _verbs()
        for at, sentence in _sentences(text, spans):
            self._where = (order, at)
            matches = list(pattern.finditer(sentence))
            for i, m in enumerate(matches):
                form = forms[" ".join(m.group(0).lower().split())]
                # the action ends where a coordinated next verb starts ("... and invited X to ...")
                stop = next(
                    (
                        n.start()
                        for n in matches[i + 1 :]
                        if _COORDINATED.search(_TRAIL_ADVERBS.sub("", sentence[: n.start()]))
                    ),
                    len(sentence),
                )
                found = self.verb(order, section, at, sentence, m, form, stop)
                for one in found if isinstance(found, list) else [found]:
                    if isinstance(one, Request):
                        requests.append(one)
                    elif isinstance(one, Decision):
                        decisions.append(one)

    def verb(
        self, order: int, section: str, at: int, sentence: str, m: re.Match[str], form: _Form, stop: int
    ) -> Request | Decision | list[Request | Decision] | None:
        """The request or decision a verb of a sentence states, if any: its parties (passive or
        active), then a decision, or a request with its action."""
        v = _VerbAt(order, section, at, sentence, m, form.entry, _form_kind(m.group(0), form.entry), stop)
        pre = sentence[: m.start()]
        post = sentence[m.end() : max(stop, m.end())]
        passive = _AUX.search(pre) if v.kind == "ed" else None
        control = _CONTROL.search(pre) if v.kind == "base" else None
        if passive is None and control is None and _NOT_VERB_BEFORE.search(pre):
            return None
        addressees: tuple[AgentRef, ...] = ()
        if passive is not None:
            requester, addressees, post = self._passive_parties(v, pre, post, passive)
        else:
            active = self._active_requester(v, pre, control)
            if active is _NO_VERB:
                return None
            requester = active if isinstance(active, AgentRef) else self.meeting_ref
        if requester is None:
            return None
        if not v.entry.is_request:
            return self._decision(v, requester, post, plain=passive is None and control is None and v.kind != "ing")
        return self._request_at(v, requester, addressees, post, passive is not None)

    def _passive_parties(
        self, v: _VerbAt, pre: str, post: str, passive: re.Match[str]
    ) -> tuple[AgentRef | None, tuple[AgentRef, ...], str]:
        """``X was invited [by Y] to ...``: the requester (``by Y``, else the meeting), the
        addressees (the subject, after any leading clause), and the rest of the sentence."""
        subject_text = pre[: passive.start()]
        cut = 0
        for c in _CLAUSE_CUT.finditer(subject_text):
            cut = c.end()
        intro = _INTRO.match(subject_text[cut:])
        if intro:
            cut += intro.end()
        phrase = subject_text[cut:].strip()
        if "," in phrase:
            parts = [x.strip() for x in phrase.split(",")]
            if not all(self.resolve(x, v.order, v.at + cut) for x in parts if x.removeprefix("and ").strip()):
                cut += phrase.rindex(",") + 1
                phrase = parts[-1]
        requester = self.meeting_ref
        if by := _BY.match(post):
            named = self.resolve(by.group("by"), v.order, v.at + v.m.end())
            if named:
                requester = self._personify(named[0], None)
                post = post[by.end() :]
        addressees: tuple[AgentRef, ...] = ()
        if phrase.lower() in ("it", "there") and _TO_INF.match(post.lstrip()):
            return None, (), post  # "It is proposed to hold ...": asks no one
        if phrase.lower() not in ("this", ""):
            addressees = self.resolve(phrase, v.order, v.at + cut, tuple(r.key for r in [requester] if r))
        return requester, addressees, post

    def _active_requester(self, v: _VerbAt, pre: str, control: re.Match[str] | None) -> AgentRef | object | None:
        """The subject of an active verb (``None``: the meeting's default), or :data:`_NO_VERB`
        when the verb form states nothing (a bare base form, an unresolved subject)."""
        if control is not None:  # "The meeting agreed to request ...": the subject of "agreed"
            requester, ok = self.subject(v.sentence, control.start(), v.order, v.at)
            return requester if ok else None
        if v.kind == "ing":
            if not v.entry.is_request:
                return _NO_VERB
            if _PARTICIPLE.search(pre) and pre.strip(" ,"):  # "X introduced ..., proposing that ..."
                return self._sentence_subject(v.sentence, v.order, v.at)
            return None
        if v.kind == "base" and not _COORDINATED.search(_TRAIL_ADVERBS.sub("", pre)):
            return _NO_VERB  # a bare base form is no finite verb of a report ("... that the Council approve")
        requester, ok = self.subject(v.sentence, v.m.start(), v.order, v.at)
        return requester if ok else _NO_VERB

    def _decision(self, v: _VerbAt, requester: AgentRef, post: str, plain: bool) -> Decision | list[Request | Decision]:
        """A decision (one per listed subject); ``agreed that X would ...`` also a request to X."""
        decision = Decision(v.order, v.section, v.entry.verb, requester, v.sentence.strip(), self.concerns(v.sentence))
        if plain:
            listed = self.co_subjects(v.sentence, v.m.start(), v.order, v.at, requester)
            if listed:  # "Mr. A and Ms. B thanked ...": one decision per agent, in text order
                return [replace(decision, subject=o) for o in listed]
        if v.entry.verb in _DECIDING and (t := _THAT.match(post)):  # "agreed that the Secretariat would prepare ..."
            offset = v.at + v.m.end() + t.end()
            addressees, action = self.clause_subject(post[t.end() :], v.order, offset, requester, modal=True)
            if addressees:
                return [
                    decision,
                    self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop),
                ]
        return decision

    def _request_at(
        self, v: _VerbAt, requester: AgentRef, addressees: tuple[AgentRef, ...], post: str, passive: bool
    ) -> Request | None:
        """The request: its action (``to ACTION`` or ``that CLAUSE``) and addressees (the object,
        the clause's subject, ``recommend to X that``, else the default addressee)."""
        action = ""
        offset = v.at + v.m.end()
        to_that = None if passive else _TO_THAT.match(post)
        if to_that and (named := self.resolve(to_that.group("who"), v.order, offset, (requester.key,))):
            addressees = named  # "recommend to Council that ..."
            post = post[to_that.end() - len(" that ") :]
        if t := _THAT.match(post):
            action = post[t.end() :]
            if not addressees:  # "recommended that the Council approve ...": the clause's subject
                addressees, action = self.clause_subject(action, v.order, offset + t.end(), requester)
        else:
            inf = _TO_INF.search(post)
            if inf is None:
                return None
            obj = post[: inf.start()].strip(" ,")
            action = post[inf.end() :]
            if v.kind == "ing":  # "While encouraging X to ..., the main clause"
                action = action.split(",")[0]
            if obj and not passive:
                addressees = self.resolve(obj, v.order, offset, (requester.key,))
                if not addressees:
                    return None
            elif not passive:  # "the Group proposed to continue the work": a plan, asked of no one
                return None
        if not addressees:
            addressees = (self.default_addressee,) if self.default_addressee else ()
        if not addressees:
            return None
        return self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)

    def request(
        self,
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
        if stop < len(sentence):  # cut before a coordinated next verb: drop "and strongly"
            action = re.sub(r"(?:,|\s+and|\s+or)\s*$", "", _TRAIL_ADVERBS.sub("", action))
        return Request(
            paragraph=order,
            section=section,
            verb=entry.verb,
            requester=requester,
            addressees=addressees,
            action=action,
            sentence=sentence.strip(),
            deadline=self.deadline(sentence),
            concerns=self.concerns(sentence),
        )

    def clause_subject(
        self, clause: str, order: int, offset: int, requester: AgentRef, modal: bool = False
    ) -> tuple[tuple[AgentRef, ...], str]:
        """(addressees, action) of a ``that`` clause whose subject is an agent followed by its verb
        (``the Council approve X`` -> Council, ``approve X``); else ``((), clause)``."""
        spans = self.actors.resolver.spans_in(clause)
        lead = re.match(r"^(?:the\s+|all\s+)?", clause, re.IGNORECASE)
        if not spans or spans[0].start > (lead.end() if lead else 0):
            if not modal and (collective := self._collective_subject(clause, order, offset, requester)):
                return collective
            if modal and (named := _MODAL_SUBJECT.match(clause)):  # "that Member States shall submit ..."
                found = self.resolve(named.group("who"), order, offset, (requester.key,))
                if (
                    found
                    and all(r.kind == "collective" for r in found)
                    and _MODAL_VERB.match(clause[named.end("who") :])
                ):
                    return found, clause[named.end("who") + _MODAL_VERB.match(clause[named.end("who") :]).end() :]  # type: ignore[union-attr]
            return (), clause
        end = spans[0].end
        for s in spans[1:]:  # coordinated subjects: "the Secretariat and the Bureaux"
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", clause[end : s.start]):
                break
            end = s.end
        if re.fullmatch(r"\s*:\s*", clause[end:]):  # "recommends that the Council:" + a list of items
            found = self.resolve(clause[:end], order, offset, (requester.key,))
            return (found, "") if found else ((), clause)
        verb = (_MODAL_VERB if modal else _CLAUSE_VERB).match(clause[end:])
        if verb is None:
            return (), clause
        found = self.resolve(clause[:end], order, offset, (requester.key,))
        if not found:
            return (), clause
        plural = any(s.kind == "posts" for s in spans)  # "the Co-Rapporteurs": the post, not its one known holder
        return tuple(self._personify(r, None) if r.kind == "post" and not plural else r for r in found), clause[
            end + verb.end() :
        ]

    def _collective_subject(
        self, clause: str, order: int, offset: int, requester: AgentRef
    ) -> tuple[tuple[AgentRef, ...], str] | None:
        """``that Member States share ...``: a collective (``collectives.csv``) of up to four
        words, then a verb in the base form: (addressees, action)."""
        words = list(re.finditer(r"\S+", clause[:80]))
        for n in range(1, min(4, len(words) - 1) + 1):
            end = words[n - 1].end()
            verb = _CLAUSE_VERB.match(clause[end:])
            rest = clause[end + verb.end() :] if verb else ""
            if verb is None or not rest or not re.match(r"[a-z]+\b", rest) or rest.split()[0].endswith("s"):
                continue
            found = self.resolve(clause[:end], order, offset, (requester.key,))
            known = set(collectives().values())
            if found and all(r.kind == "collective" and r.key in known for r in found):
                return found, rest
        return None

    def deadline(self, sentence: str) -> date | None:
        """The first due date of the sentence (:func:`due_dates`, the deadline extractor's reader)."""
        due = due_dates(sentence, self.default_year, self.reference, clause_spans(sentence))
        return due[0].due if due else None

    def concerns(self, sentence: str) -> tuple[str, ...]:
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

    def _found(self, kind: str, sentence: str, find: Callable[[str], list[Any]]) -> list[str]:
        """Keys of ``kind`` in the current sentence: the spans recorded on the document model,
        or, when no extractor recorded that kind, what ``find`` reads in the sentence."""
        doc = document(self.report)
        order, at = self._where
        if order and doc.has(kind):
            return [s.key for s in doc.spans(order, kind, at, at + len(sentence))]
        return [m.key for m in find(sentence)]


_ENUMERATOR = re.compile(r"^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\(?\d{1,2}\)|[a-z]\.|\d{1,2}\.|[-–•])\s*")


def _item_request(lead: Request, order: int, section: str, text: str) -> Request:
    """The request of one item of a list that a lead request introduces (``recommends that
    the Council: a) take note of ...``): same verb, requester and addressees, the item's action."""
    item = _ENUMERATOR.sub("", text).strip()
    action = " ".join(item.split()).rstrip(" .;:")
    action = re.sub(r"(?:[;,]\s*(?:and|or))$", "", action).rstrip(" ;,")
    return replace(lead, paragraph=order, section=section, action=action, sentence=item)


def find_requests(
    report: ParsedReport,
    actors: Actors,
    meeting_body: str | None,
    default_year: int | None,
    reference: date | None = None,
) -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
    """Every request and every other decision in the report's sentences, in text order."""
    return _Reader(report, actors, meeting_body, default_year, reference).read()
