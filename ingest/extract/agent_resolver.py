"""Resolve agent phrases to the actors a report names: ``Resolver``, ``Actors`` and ``Context``.

Holds ``Actors`` (what :func:`~wsiskg.ingest.extract.persons.find_actors` returns: bodies, countries,
posts, persons, the chair, and the resolver), ``Context`` (where a phrase stands) and ``Resolver``
(a phrase such as ``the ITU Secretary-General``, ``He``, ``them`` or ``the Membership and all
WSIS stakeholders`` to agent references: pronouns to the last fitting agent named before,
collectives from ``collectives.csv``), with ``collective_key`` and ``catalogue_label``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from wsiskg.ingest.extract.addressee_phrases import adjective, agent_noun, join_shared_heads, plural_role
from wsiskg.ingest.extract.bodies import head_anaphora
from wsiskg.ingest.extract.body_prose_groups import prose_group_kinds
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.event_series import edition_name
from wsiskg.ingest.extract.gazetteer import (
    adverbs,
    agent_groups,
    body_ancestors,
    collectives,
    determiner_alternation,
    determiners,
    preposition_alternation,
    pronoun_genders,
    pronoun_refers,
    pronouns,
    roles,
)
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.ordinals import ordinal_pattern
from wsiskg.ingest.extract.study_groups import is_question, study_group_number, study_group_sector
from wsiskg.ingest.records import AgentRef, Body, Country, Person, Post, Span
from wsiskg.ingest.text import alternation, no_split_after, plural

#: where a body's name goes on after its head (``Working Group | on Internet``, ``Group | (CPG)``)
_NAME_GOES_ON = re.compile(rf"\s+(?i:{preposition_alternation('goes-on')})\s+|\s*[(,]")


@dataclass(frozen=True)
class Context:
    """Where a phrase is: the paragraph order and the phrase's offset in the paragraph text."""

    order: int
    offset: int = 0
    exclude: tuple[str, ...] = ()  # agent keys not to pick for "them" (the requester)


@dataclass(frozen=True)
class Actors:
    bodies: tuple[Body, ...]
    countries: tuple[Country, ...]
    posts: tuple[Post, ...]
    persons: tuple[Person, ...]
    chair: str | None
    vice_chairs: tuple[str, ...]
    resolver: Resolver = field(compare=False, repr=False)
    #: the meeting body given, else the group named first in the title or first paragraph
    #: (:func:`~wsiskg.ingest.extract.persons.presumed_meeting_body`), else None
    meeting_body: str | None = None

    def resolve_agent(self, phrase: str, context: Context | int) -> AgentRef | None:
        found = self.resolver.resolve(phrase, context if isinstance(context, Context) else Context(context))
        return found[0] if found else None

    def resolve_agents(self, phrase: str, context: Context | int) -> tuple[AgentRef, ...]:
        return self.resolver.resolve(phrase, context if isinstance(context, Context) else Context(context))


class Resolver:
    """Turns phrases ("the ITU Secretary-General", "He", "the Membership and all WSIS stakeholders")
    into agent references, using what was found in the report."""

    def __init__(
        self,
        meeting_body: str | None,
        spans: dict[int, list[Span]],
        spans_fn: Callable[[str], list[Span]],
        holders: dict[str, list[str]],
        orders: list[int],
        labels: dict[str, str],
        texts: dict[int, str] | None = None,
        headings: frozenset[int] = frozenset(),
        genders: dict[str, str] | None = None,
    ) -> None:
        self.meeting_body = meeting_body
        self.spans = spans
        self._spans_fn = spans_fn
        self.holders = holders
        self.orders = orders
        self._position = {order: i for i, order in enumerate(orders)}
        self.labels = labels
        self.texts = texts or {}
        #: orders of heading paragraphs; a pronoun does not reach back over a heading
        self.headings = headings
        #: person key -> "m" / "f" where the honorific says
        self.genders = genders or {}
        self._read: dict[str, list[Span]] = {}

    def label(self, key: str) -> str:
        """The name of a body ``key`` for the agents that name it: as the report names it, else its
        catalogue or series name (:func:`catalogue_label`), else the key."""
        return self.labels.get(key) or catalogue_label("body", key)

    def gender(self, span: Span) -> str | None:
        keys = self.holders.get(span.keys[0], []) if span.kind == "post" else list(span.keys)
        found = {self.genders.get(k) for k in keys}
        return found.pop() if len(found) == 1 else None

    def ref(self, span: Span) -> list[AgentRef]:
        return [
            AgentRef(span.kind if span.kind != "posts" else "post", k, self.labels.get(k, span.text)) for k in span.keys
        ]

    def spans_in(self, text: str) -> list[Span]:
        """The agent spans of ``text``; a phrase asked again (the requests ask of the same clause, title
        and job title several times) is read once."""
        found = self._read.get(text)
        if found is None:
            found = self._read[text] = self._spans_fn(text)
        return list(found)

    def _recent(
        self,
        ctx: Context,
        want: Callable[[Span], bool],
        subject_first: bool,
        reach: int = 3,
        fits: Callable[[Span], bool] = lambda s: True,
    ) -> Span | None:
        """The last span before ``ctx`` that ``want``s and ``fits``, looking back ``reach`` paragraphs
        (not over a heading). In an earlier paragraph a subject wins: the subject (or the one of its
        listed subjects, ``Mr. A and Ms. B ...``) that ``fits``, else no one."""
        idx = self._position.get(ctx.order, -1)
        for back in range(min(idx, reach) + 1 if idx >= 0 else 0):
            order = self.orders[idx - back]
            if back > 0 and order in self.headings:
                break  # "He" at the start of a section refers to no one of the previous one
            limit = ctx.offset if back == 0 else 10**9
            cands = [s for s in self.spans.get(order, []) if s.start < limit and want(s)]
            if not cands:
                continue
            if subject_first:
                text = self.texts.get(order, "")
                subj = [s for s in cands if _SENTENCE_START.search(text[: s.start])]
                if subj and back > 0:
                    group = [subj[-1]]
                    for s in cands:
                        if s.start >= group[-1].end and _CO_SUBJECT.fullmatch(text[group[-1].end : s.start]):
                            group.append(s)
                    fitting = {s.keys: s for s in group if fits(s)}
                    return next(iter(fitting.values())) if len(fitting) == 1 else None
                subj = [s for s in subj if fits(s)]
                if subj:
                    return subj[-1]
            cands = [s for s in cands if fits(s)]
            if cands:
                return cands[-1]
        return None

    def _agent_noun_before(self, ctx: Context) -> tuple[AgentRef, ...]:
        """The person a pronoun for either sex means: the one the sentence before it opens with by a lower-case noun of
        what the person does (``The evaluator is expected to work from May. He or she is requested to ...``:
        evaluator, as written); else none here (the caller then reads it as ``he`` of either sex, never as a group)."""
        before = _SENTENCES_BEFORE.search(self.texts.get(ctx.order, "")[: ctx.offset])
        if before is None or not agent_noun(before.group("noun")):
            return ()
        return (AgentRef("collective", slug(before.group("noun")), before.group("noun")),)

    def pronoun(self, word: str, ctx: Context, gendered: bool = True) -> list[AgentRef]:
        refers = pronoun_refers(word)
        if refers == "person":
            gender = pronoun_genders().get(word.lower()) if gendered else None
            span = self._recent(
                ctx,
                lambda s: s.kind in ("person", "post"),
                True,
                fits=lambda s: gender is None or self.gender(s) in (None, gender),
            )
            if span is None:
                return []
            if span.kind == "post":
                holders = self.holders.get(span.keys[0], [])
                if len(holders) == 1:
                    return [AgentRef("person", holders[0], self.labels.get(holders[0], ""))]
            return self.ref(span)[:1]
        if refers == "body":
            span = self._recent(
                ctx, lambda s: s.kind in ("body", "posts") and not set(s.keys) & set(ctx.exclude), False, reach=0
            )
            if span is None:
                return []
            if word.lower() not in _PLURAL_PRONOUNS and (coded := self._coded_name(span, ctx)) is not None:
                return [coded]  # "a reply to ETSI TC MXQ ... invites it": the committee, as named, not ETSI
            listed = self._listed_before(span, ctx) if word.lower() in _PLURAL_PRONOUNS else [span]
            return [r for s in listed for r in self.ref(s)]
        return []

    def _coded_name(self, span: Span, ctx: Context) -> AgentRef | None:
        """The group a body's span opens with the codes written right after it (``ETSI TC MXQ``, ``ISO/IEC JTC 1/SC
        27``), read as the phrase is read when it is asked (one group, as written), else ``None``."""
        tail = _CODE_TAIL.match(self.texts.get(ctx.order, ""), span.end)
        if tail is None:
            return None
        found = self.resolve(span.text + tail.group(0), ctx)
        return found[0] if len(found) == 1 and found[0].kind == "collective" else None

    def _listed_before(self, span: Span, ctx: Context) -> list[Span]:
        """``span`` and the bodies listed with it (``UNESCO and UNDP ... invited them``: both)."""
        text = self.texts.get(ctx.order, "")
        before = sorted(
            (s for s in self.spans.get(ctx.order, []) if s.end <= span.start and s.kind in ("body", "posts")),
            key=lambda s: s.start,
        )
        listed = [span]
        for s in reversed(before):
            if not _LISTED_GAP.fullmatch(text[s.end : listed[0].start]) or set(s.keys) & set(ctx.exclude):
                break
            listed.insert(0, s)
        return listed

    def _mask_groups(
        self, phrase: str, found: list[tuple[int, AgentRef]], masked: list[tuple[int, int]], rest: list[str]
    ) -> None:
        """The phrases of ``agent-groups.csv`` (``the Secretary-General and the three Bureau Directors``:
        each Director) and of ``collectives.csv`` in ``phrase``, added to ``found`` and masked (``ITU
        Membership`` is no mention of ITU); a known group that only qualifies the capitalised noun
        closing its conjunct (``the Civil Society Plenary``) is that noun's group, as written."""
        for m in _agent_group_re().finditer(phrase):
            kind, keys = agent_groups()[" ".join(m.group(0).lower().split())]
            found += [(m.start(), AgentRef(kind, k, self.labels.get(k) or catalogue_label(kind, k))) for k in keys]
            masked.append(m.span())
            rest[m.start() : m.end()] = [" "] * (m.end() - m.start())
        for m in _collective_re().finditer(phrase):
            if any(m.start() < e and b < m.end() for b, e in masked):
                continue
            key = collectives()[" ".join(m.group(0).lower().split())]
            if named := _NAMED_HEAD.match(phrase, m.end()):  # "the Civil Society Plenary": the group names a body
                label = " ".join(phrase[m.start() : named.end()].split())
                found.append((m.start(), AgentRef("collective", slug(label), label)))
            else:
                found.append((m.start(), AgentRef("collective", key, self._own_words(m.group(0), key))))
            end = named.end() if named else m.end()
            masked.append((m.start(), end))
            rest[m.start() : end] = [" "] * (end - m.start())

    def _mask_secretariats(
        self,
        phrase: str,
        spans: list[Span],
        ctx: Context,
        found: list[tuple[int, AgentRef]],
        masked: list[tuple[int, int]],
        rest: list[str],
    ) -> None:
        """``the Secretariat of the Commission on X``, ``the secretariat of the Group``: a secretariat named by the
        body it serves (the meeting body too: its own secretariat, as the text writes it; ``the Secretariat`` alone
        stays the meeting's), is that body's secretariat, a group as written, as is a secretariat with a name of its
        own (``the Executive Secretariat of the Summit``); added to ``found`` and masked (what it serves is not
        asked). The body served may be read with its article (``of the Commission``)."""
        for s in spans:
            if s.kind != "body" or not _BARE_SECRETARIAT.fullmatch(s.text):
                continue
            before = _SECRETARIAT_ADJECTIVE.search(phrase[: s.start])
            start = before.start("adj") if before else s.end - len(without_article(s.text))
            of = _SECRETARIAT_OF.match(phrase, s.end)
            if of is None or any(b < s.end and s.start < e for b, e in masked):
                continue
            at = {of.end(), of.start("the")}  # "of the Commission": the body's span holds its article
            begin, end = next(((t.start, t.end) for t in spans if t.start in at and t.kind == "body"), (of.end(), None))
            if end is None and (cap := _CAPITALISED_RUN.match(phrase, of.end())):
                end = cap.end()
            served = self.resolve(phrase[begin:end], ctx) if end else ()
            if end is None or (before is None and (not served or any(r.kind != "body" for r in served))):
                continue  # "the secretariat of a group" named by no body: as read ("Executive Secretariat": never)
            label = " ".join(phrase[start:end].split())
            found.append((start, AgentRef("collective", slug(label), label)))
            masked.append((min(start, s.start), end))
            rest[min(start, s.start) : end] = [" "] * (end - min(start, s.start))

    def _own_words(self, written: str, key: str) -> str:
        """The label of a known group written with the body it belongs to (``ITU Member States``,
        which ``collectives.csv`` reads as Member States): the group's own words, the body dropped;
        one member for all (``each Administration``, ``any Member State``) or one of them (``One delegation``, ``another
        delegation``): the group."""
        words = written.split()
        if len(words) > 1 and words[0].lower() in ("each", "every", "any", "one", "another"):  # "any Member State"
            group = plural(" ".join(words[1:]))
            return group if collectives().get(group.lower()) == key else written
        for i in range(1, len(words)):
            rest = " ".join(words[i:])
            if collectives().get(rest.lower()) == key:
                lead = " ".join(words[:i])
                bodies = [s for s in self.spans_in(lead) if s.kind == "body"]
                return rest if bodies and bodies[0].start == 0 and bodies[-1].end == len(lead) else written
        return written

    def _plenary_above(self, words: list[str]) -> AgentRef | None:
        """``the Plenary`` in a report of a committee or group (``Committee 5``, ``Working Group of the
        Plenary``, ``Standing Committee on X``): the plenary it reports to, a group of its own, not
        the meeting; ``None`` for any other phrase, or when the meeting is no committee or group."""
        if [w.lower() for w in words][-1:] != ["plenary"]:
            return None
        if not _SUBSIDIARY_HEAD.search(self.labels.get(self.meeting_body or "", self.meeting_body or "")):
            return None
        return AgentRef("collective", "plenary", words[-1])

    def _own_tail(self, words: list[str]) -> AgentRef | None:
        """``the Steering Group`` in the record of the Caribbean Regional Initiative Steering Group, ``the
        Preparatory Group`` in the Conference Preparatory Group's: the last capitalised words of the meeting
        body's name (two or more, before an ``on``/``for`` that goes on with it) name that body (decision 23)."""
        if not self.meeting_body or len(words) < 3 or words[0].lower() not in ("the", "this"):
            return None
        if not all(w[:1].isupper() for w in words[1:]):
            return None
        name = self.labels.get(self.meeting_body) or self.meeting_body.replace("-", " ")
        if not ends_name_head(name, words[1:]):
            return None
        return AgentRef("body", self.meeting_body, self.label(self.meeting_body))

    def _whole_phrase(self, words: list[str], ctx: Context) -> tuple[AgentRef, ...] | None:
        """The agents a whole phrase names, else ``None``: a pronoun, the own body's tail, ``the meeting``
        (the meeting body, or the plenary above), a group of agents (``agent-groups.csv``)."""
        if len(words) == 1 and pronoun_refers(words[0]):
            return tuple(self.pronoun(words[0], ctx))
        if _EITHER_SEX.fullmatch(" ".join(words)):  # "He or she is requested to ...": one person, either sex
            return self._agent_noun_before(ctx) or tuple(self.pronoun("he", ctx, gendered=False))
        if (own := self._own_tail(words)) is not None:
            return (own,)
        if pronouns().get(" ".join(words).lower()) == "meeting" and self.meeting_body:  # "the meeting agreed"
            if (plenary := self._plenary_above(words)) is not None:
                return (plenary,)
            return (AgentRef("body", self.meeting_body, self.label(self.meeting_body)),)
        group = agent_groups().get(without_article(" ".join(words).lower(), "the", "all", case="lower"))
        if group is not None:  # "the Directors of the three Bureaux": each of them
            kind, keys = group
            return tuple(AgentRef(kind, k, self.labels.get(k) or catalogue_label(kind, k)) for k in keys)
        return None

    def _take_spans(
        self,
        phrase: str,
        spans: list[Span],
        found: list[tuple[int, AgentRef]],
        masked: list[tuple[int, int]],
        rest: list[str],
        ends: dict[int, int],
    ) -> None:
        """Add to ``found`` the agents of the ``spans`` of ``phrase`` outside the ``masked`` groups and blank
        them in ``rest``: a body before a masked group widens it (``ITU-D Sector Members``), a country inside
        another span is none, a study group before its own Question names it with it (``ITU-D SG1 Question 5/1``)."""
        owner: dict[int, int] = {}  # the end of a study group that owns the next Question: its start
        for s in spans:
            if _owns_next_question(s, spans, phrase) or _owns_next_body(s, spans, phrase):  # "ITU-D SG1 Question 5/1"
                owner[s.end] = s.start
                rest[s.start : s.end] = [" "] * (s.end - s.start)
                continue
            if overlap := [(b, e) for b, e in masked if s.start < e and b < s.end]:
                if s.kind == "body" and s.start < overlap[0][0]:  # "ITU-D Sector Members": the body says whose
                    _widen(found, overlap[0], s.start, phrase)
                    rest[s.start : overlap[0][0]] = [" "] * (overlap[0][0] - s.start)
                continue
            if s.kind == "body" and (after := _group_after(s, masked, phrase)):  # "ITU-D Study Groups"
                _widen(found, after, s.start, phrase)
                rest[s.start : s.end] = [" "] * (s.end - s.start)
                continue
            if s.kind == "country" and any(
                r.start <= s.start < r.end for r in self.spans_in(phrase) if r.kind != "country"
            ):
                continue
            at = next((b for e, b in owner.items() if e <= s.start and not phrase[e : s.start].strip()), s.start)
            for ref in _holders(s, phrase) or self.ref(s):
                found.append(
                    (at, ref if at == s.start else AgentRef(ref.kind, ref.key, " ".join(phrase[at : s.end].split())))
                )
            ends[at] = s.end
            rest[s.start : s.end] = [" "] * (s.end - s.start)

    def _as_read_there(self, spans: list[Span], ctx: Context) -> list[Span]:
        """``spans`` of a phrase, a head noun's anaphora (``The Committee``) taken as the paragraph at
        ``ctx`` read it, in text order: the body last named with that head before it there, none when no
        such body was named before (not the last one of the whole report: ``The Committee requested ...``
        above a later paragraph that names the Ethics Review Committee is no ethics committee)."""
        text = self.texts.get(ctx.order, "")
        out: list[Span] = []
        for s in spans:
            if s.kind != "body" or not head_anaphora().fullmatch(s.text) or s.text not in text:
                out.append(s)
                continue
            there = [p for p in self.spans.get(ctx.order, []) if p.kind == "body" and p.text == s.text]
            if there:
                at = next((p for p in there if p.start >= ctx.offset), there[-1])
                out.append(Span(s.start, s.end, s.kind, at.keys, s.text))
        return out

    def resolve(self, phrase: str, ctx: Context) -> tuple[AgentRef, ...]:
        phrase = trimmed(phrase)
        if not phrase:
            return ()
        if (whole := self._whole_phrase(phrase.split(), ctx)) is not None:
            return whole
        found: list[tuple[int, AgentRef]] = []
        rest = list(phrase)
        masked: list[tuple[int, int]] = []
        ends: dict[int, int] = {}
        self._mask_groups(phrase, found, masked, rest)
        spans = self._as_read_there(self.spans_in(phrase), ctx)
        spans = _without_affiliations(phrase, spans, rest)  # "Mr A (X Telecom) and Ms B (Y)": A and B
        self._mask_secretariats(phrase, spans, ctx, found, masked, rest)
        self._take_spans(phrase, spans, found, masked, rest, ends)
        # "the Directors of TSB and BDT": spans cover the phrase; leftovers are collectives
        leftover = "".join(rest)
        for piece, start, end in _pieces(leftover):
            key = collective_key(piece)
            if key:
                piece = _whose(found, ends, phrase, piece, start, end)
                found.append((start, AgentRef("collective", key, _QUANTIFIER.sub("", piece))))
        found.sort(key=lambda t: t[0])
        out: list[AgentRef] = []
        # a body named twice (``the UN Economic Commission for Europe (UNECE)``): once, as first written
        for _, ref in found:
            if ref not in out and not (ref.kind == "body" and any(o.kind == "body" and o.key == ref.key for o in out)):
                out.append(ref)
        return join_shared_heads(out, phrase)  # "international and regional organizations": one group


def _holders(span: Span, phrase: str) -> list[AgentRef]:
    """A role word in the plural that names no body, read as one piece of a longer phrase (``Co-Rapporteurs,
    translators and interns``, a run-in heading before it: ``4.1 Conveners are asked``): the group of its holders
    as written, as the phrase that is the role alone already is (:func:`.addressee_phrases.plural_role`), never the
    singular post of the body the role was presumed of; each role of a list of roles so (``Conveners, Co-Conveners and
    Vice-Conveners``: the holders of each, as the reader of such a list reads them). A phrase that is the plural role
    alone is left to its readers (``the regional Vice-Chairs``, ``UNGIS focal points``)."""
    if span.kind != "posts" or len(span.keys) != 1:
        return []
    if plural_role(phrase, named=True, regular=False) is not None:
        return []
    holders = plural_role(span.text, regular=False)
    return [holders] if holders is not None else []


#: what a bracket right after a person's name says of him: ``Mr A (X Telecom)``, ``Ms B (Peru)``
_AFFILIATION = re.compile(r"\s*\([^()]{1,80}\)")


def _without_affiliations(phrase: str, spans: list[Span], rest: list[str]) -> list[Span]:
    """``spans`` without those in a bracket right after a person's name, blanked in ``rest`` too: the body,
    country or post in ``Mr A (X Telecom) and Ms B (Y Institute)`` only says who the person is (as
    ``Ms B (Peru), Rapporteur`` does), no agent of its own."""
    said: list[tuple[int, int]] = []
    for s in spans:
        if s.kind == "person" and (m := _AFFILIATION.match(phrase, s.end)):
            said.append((m.start(), m.end()))
            rest[m.start() : m.end()] = [" "] * (m.end() - m.start())
    return [s for s in spans if not any(b <= s.start and s.end <= e for b, e in said)] if said else spans


def trimmed(phrase: str) -> str:
    """``phrase`` without the spaces and punctuation around it, the dot of an abbreviation that ends it
    kept (``Tindra Nordic Radio S.A.``: the company's name, as a header writes it)."""
    bare = phrase.strip(" ,.;:")
    words = bare.split()
    if words and phrase[phrase.find(bare) + len(bare) :].startswith(".") and no_split_after(words[-1] + "."):
        return bare + "."
    return bare


def ends_name_head(name: str, words: list[str]) -> bool:
    """``words`` are the last words of the head of the body name ``name`` (its words before an
    ``on``/``of``/``for`` that goes on with it, or a bracket), in any case: ``Group`` and ``Working
    Group`` of ``Council Working Group on Child Online Protection``, ``Working Group`` of ``WORKING
    GROUP OF THE PLENARY`` (decision 23: a bare head noun is the body the text names)."""
    head = _NAME_GOES_ON.split(name, maxsplit=1)[0].lower().split()
    tail = [w.lower() for w in words]
    return 0 < len(tail) <= len(head) and head[-len(tail) :] == tail


def _pieces(text: str) -> list[tuple[str, int, int]]:
    """The pieces of ``text`` between separators (``,``, ``and``, ``or`` ...): (piece, start, end)."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for part in _PIECE_SPLIT.split(text):
        start = text.find(part, pos)
        pos = start + len(part)
        piece = " ".join(part.split()).strip(" ,.;:()’'")
        if piece and not _NOT_COLLECTIVE.match(piece):
            end = start + len(part.rstrip(" ,.;:()’'"))
            out.append((piece, start + len(part) - len(part.lstrip(" ,.;:()’'")), end))
    return out


def _owns_next_question(span: Span, spans: list[Span], phrase: str) -> bool:
    """Whether the study group ``span`` only says whose is the Question written right after it (``ITU-D SG1
    Question 5/1``, ``ITU-T Study Group 17 Question 4/17``): one body, the Question."""
    key = span.keys[0] if span.kind == "body" and len(span.keys) == 1 else ""
    if study_group_sector(key) is None or is_question(key):
        return False
    nxt = next((t for t in spans if t.start >= span.end), None)
    return (
        nxt is not None
        and nxt.kind == "body"
        and is_question(nxt.keys[0])
        and not phrase[span.end : nxt.start].strip()
        and nxt.keys[0].startswith(f"{study_group_sector(key)}-q")
        and study_group_number(nxt.keys[0]) == study_group_number(key)
    )


def _owns_next_body(span: Span, spans: list[Span], phrase: str) -> bool:
    """Whether the catalogue body ``span`` only says whose is the catalogue body written right after it (``UN
    Economic Commission for Europe``, ``ITU Radiocommunication Bureau``): one body, the one it owns, as written."""
    key = span.keys[0] if span.kind == "body" and len(span.keys) == 1 else ""
    nxt = next((t for t in spans if t.start >= span.end), None)
    return (
        bool(key)
        and nxt is not None
        and nxt.kind == "body"
        and len(nxt.keys) == 1
        and nxt.keys[0] != key
        and not phrase[span.end : nxt.start].strip()
        and key in body_ancestors(nxt.keys[0])
    )


def _group_after(body: Span, masked: list[tuple[int, int]], phrase: str) -> tuple[int, int] | None:
    """The known group right after ``body`` (a space between): ``ITU-D`` Study Groups."""
    return next((m for m in masked if m[0] > body.end and not phrase[body.end : m[0]].strip()), None)


def _widen(found: list[tuple[int, AgentRef]], span: tuple[int, int], start: int, phrase: str) -> None:
    """The group found at ``span`` written from ``start`` on (``ITU-D Sector Members``: a body name
    run into the group's words), a group of its own, keyed by its words."""
    label = " ".join(phrase[start : span[1]].split())
    for i, (at, ref) in enumerate(found):
        if at == span[0]:
            found[i] = (start, AgentRef(ref.kind, slug(label), label))


def _whose(
    found: list[tuple[int, AgentRef]], ends: dict[int, int], phrase: str, piece: str, start: int, end: int
) -> str:
    """The label of a group of a body and the body left out of ``found``: ``UNGIS members``, ``ITU
    Member States`` (the body right before the group), ``all Council Members`` (the body inside the
    group's words after a determiner), ``regional IGF initiatives`` (after adjectives, kept) only
    say whose members they are."""
    for f in [f for f in found if f[1].kind == "body"]:
        if start <= f[0] < end and _DETERMINER_ONLY.fullmatch(phrase[start : f[0]]):
            found.remove(f)
            piece = " ".join(phrase[f[0] : end].split())
        elif start <= f[0] < end and all(adjective(w) for w in phrase[start : f[0]].split()):
            found.remove(f)  # "regional IGF initiatives": the body between the adjectives and the head noun
            piece = " ".join(phrase[start:end].split())
        elif ends.get(f[0], 0) <= start and not phrase[ends.get(f[0], 0) : start].strip(" ’'s"):
            found.remove(f)
            piece = f"{phrase[f[0] : start].strip()} {piece}"
    return piece


@cache
def _agent_group_re() -> re.Pattern[str]:
    alts = alternation(agent_groups(), spaces=True)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _collective_re() -> re.Pattern[str]:
    multi = [p for p in collectives() if " " in p]
    alts = alternation(multi, spaces=True)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _complemented_group() -> re.Pattern[str]:
    """A group longer than four words that is a plural head of up to three words and what it is of or for, in
    lower case (``african candidates for elected posts``, ``national regulators of small island states``): a
    preposition of column ``field`` of ``prepositions.csv``, then up to three words."""
    return re.compile(rf"(?:\S+\s+){{0,2}}\S+(?:s|men)\s+(?:{preposition_alternation('field')})\s+(?:\S+\s+){{0,2}}\S+")


def collective_key(piece: str) -> str | None:
    """Collective key of a phrase: from ``collectives.csv``, else a slug of a short noun phrase."""
    low = " ".join(piece.lower().split())
    if low.startswith(("a ", "an ")):  # "proposed an amendment to ...": a thing, not a group of agents
        low = low.split(" ", 1)[1]  # "invited an informal group to ...": a group of the meeting, set up as it asks
        return slug(low) if low in prose_group_kinds() else None
    for det in _DETERMINERS:
        low = low.removeprefix(det)
    if _NOT_COLLECTIVE.match(low) or ordinal_pattern().fullmatch(low):  # "the ... for", "the thirteenth": no group
        return None
    table = collectives()
    if low in table:
        return table[low]
    if low.startswith("all ") and low[4:] in table:
        return table[low[4:]]
    words = low.split()
    if 0 < len(words) <= 4 and all(_NOUN_WORD.fullmatch(w) for w in words) and words[0] not in _NOT_HEAD:
        return slug(low.removeprefix("all "))
    if (
        _complemented_group().fullmatch(low)
        and all(_NOUN_WORD.fullmatch(w) for w in words)
        and words[0] not in _NOT_HEAD
    ):
        return slug(low.removeprefix("all "))  # "the African candidates for elected posts": one group, as written
    if _CODED.fullmatch(without_article(piece.strip(), "the", "all", case="lower")):  # "CEN TC 278", "JTC 1 experts"
        return slug(low.removeprefix("all "))
    return None


def catalogue_label(kind: str, key: str) -> str:
    """The label of a catalogue body (its name) or of a post of one (``Director, Telecommunication
    Development Bureau``), for agents named as a group rather than one by one; an event series' key by its
    name or code (``wsis-forum``: ``WSIS Forum``, ``wtsa-16``: ``WTSA-16``; ``event_series.edition_name``); else
    the key."""
    names = gazetteer_bodies()
    if kind == "post":
        org, _, role = key.partition("/")
        entry = roles().get(role)
        return f"{entry.label if entry else role}, {names[org].name if org in names else org}"
    if key in names:
        return names[key].name
    return edition_name(key) or key  # "wsis-forum": WSIS Forum, "wtsa-16": WTSA-16


#: a name of codes (an acronym and a number or a token with digits: ``CEN TC 278``, ``3GPP RAN WG4``,
#: ``ISO/IEC JTC 1``), and perhaps the plural noun it heads (``SC 27 experts``); never ``Resolution 71``
#: or ``item 5`` (no acronym)
_CODED = re.compile(r"(?=[^a-z]*[A-Z]{2,})(?=.*\d)(?:[A-Z0-9][\w/.&-]*\s+){0,3}[A-Z0-9][\w/.&-]*(?:\s+[a-z]{3,}s)?")
#: first words of a piece that is no group: a preposition, a relative pronoun (``which has offered``), an adverb; a
#: place (``in Addis Ababa`` after ``the Regional Office for Africa``: the office, where it is)
_NOT_HEAD = frozenset(
    {"of", "to", "in", "at", "who", "which", "whom", "whose", "where", "that", *adverbs("addition"), "then"}
)
#: codes after a body's acronym that name one of its organs: `` TC MXQ``, `` JTC 1/SC 27`` (capitals or digits)
_CODE_TAIL = re.compile(r"(?:[ \t]+(?:[A-Z]{2,}|\d)[\w/.-]*){1,3}(?![\w-])")
#: plural pronouns: ``them`` is every body of the list named last
_PLURAL_PRONOUNS = frozenset({"they", "them"})
#: between two bodies of one list: ``UNESCO, UNDP and the ITU``, ``to UNESCO and to the ITU``
_LISTED_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:to|with)\s+)?(?:the\s+)?")
#: a pronoun for either sex: ``He or she``, ``he/she``, ``s/he``
_EITHER_SEX = re.compile(r"(?i:(?:he|she)\s*(?:/|\s+or\s+)\s*(?:she|he)|s/he)")
#: the sentence before the last one of a text, when it opens with ``The`` and a lower-case noun: that noun
_SENTENCES_BEFORE = re.compile(r"(?:^|[.!?]\s+)[Tt]he\s+(?P<noun>[a-z]+)\s[^.!?]*[.!?]\s+[^.!?]*$")
_CO_SUBJECT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+)(?:[Tt]he\s+|[Tt]his\s+)?$")
#: only a determiner before a body inside a group's words: ``all`` Council Members, ``other`` UN agencies
_DETERMINER_ONLY = re.compile(rf"\s*(?:(?:{determiner_alternation('agent')})\s+)*", re.IGNORECASE)
#: a secretariat named alone (``the Secretariat``), and what may stand before and after it
_BARE_SECRETARIAT = re.compile(r"(?:[Tt]he\s+)?[Ss]ecretariat")
#: the head noun of a body that reports to a plenary: a committee, a group, a working party, a team
_SUBSIDIARY_HEAD = re.compile(r"(?i:\b(?:committee|group|party|task\s+force|team)\b)|^COM\s*\d")
_SECRETARIAT_ADJECTIVE = re.compile(r"(?:^|\bthe\s+)(?P<adj>[A-Z][a-z]+)\s+$")
_SECRETARIAT_OF = re.compile(r"\s+of\s+(?:(?P<the>the)\s+)?(?=[A-Z])")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*)*")
#: a word of a group's name: letters (a plural possessive too: ``the operators' associations``), a hyphenated word, a
#: code of a letter and digits (``the C3 community``), or of a digit or two and letters (``5G operators``; no ordinal:
#: ``3rd``)
_NOUN_WORD = re.compile(r"[^\W\d_]+(?:s['’])?|\S*-\S*|[^\W\d_]+\d+|\d{1,2}(?!st|nd|rd|th)[^\W\d_]+")
#: a capitalised noun closing a conjunct right after a known group: ``Civil Society`` Plenary
_NAMED_HEAD = re.compile(r"\s+[A-Z][a-z]+(?=\s*$|\s*[,;]|\s+(?:and|or|as\s+well\s+as)\b)")
_PIECE_SPLIT = re.compile(r",|;|\band\b|\bas well as\b|\bor\b|\bboth\b")
#: words before a group that only say how many of it (``determiners.csv`` column ``quantifier``: ``Several
#: delegations``, ``a number of Members``): no part of the group's label or key, and alone no group
_QUANTIFIERS = determiners("quantifier")
#: words before a group taken off before its key is made
_DETERMINERS = (
    "the ",
    "its ",
    "their ",
    "our ",
    "this ",
    "these ",
    "those ",
    *(f"{word} " for word in _QUANTIFIERS),
    "other ",
    "each ",
    "every ",
)
#: words before a group that only say how many of it or whose (``Several delegations``, ``its Members``,
#: ``each national regulator``, ``every delegation``): no part of the group's label (the look half's
#: annotations write ``national regulator``, ``delegations``, ``sub-group leads`` for ``each ...``)
_QUANTIFIER = re.compile(
    rf"^(?:{alternation(_QUANTIFIERS, spaces=True)}|its|their|our|each|every|any|an?)\s+(?=\S)",
    re.IGNORECASE,
)
_NOT_COLLECTIVE = re.compile(
    rf"^(?:of|the|to|in|on|for|with|by|from|at|s|’s|'s|other|{alternation(_QUANTIFIERS)}|\W*)$",
    re.IGNORECASE,
)
