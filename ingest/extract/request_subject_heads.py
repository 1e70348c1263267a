"""A subject named by its head noun or an acronym: a body named before with that head
(``_subject_body_before``, ``head_named_outside``, ``head_noun_body``), an author's or writer's head
(``_author_head``, ``writer_named``), an acronym (``_acronym_subject``, ``unknown_acronym``), a subject no reader
found (``_unfound_subject``) and the meeting's own members (``own_members``). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract import request_addressees
from wsiskg.ingest.extract.agent_resolver import ends_name_head
from wsiskg.ingest.extract.authors import meeting_members
from wsiskg.ingest.extract.bodies import acronym_alone, acronym_written, before_topic, find_defined, initials
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import either_initial_determiners, without_article
from wsiskg.ingest.extract.document import once_per_document
from wsiskg.ingest.extract.gazetteer import (
    bodies,
    body_heads,
    head_last_words,
    preposition_alternation,
    small_words,
)
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.ordinals import ordinal_regex, roman_value
from wsiskg.ingest.extract.request_codes import coded_body
from wsiskg.ingest.extract.request_signatories import term_signatories
from wsiskg.ingest.extract.request_speakers import _role_holders, titled_head
from wsiskg.ingest.extract.request_verbs import _BARE_HEAD
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import AgentRef, ParsedReport
from wsiskg.ingest.tables import data_rows

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a head noun alone after ``the``/``this``: ``The group``, ``this Committee``
_BARE_NOUN = re.compile(rf"(?:{either_initial_determiners('anaphor')})\s+(?P<head>[A-Za-z-]{{3,}})")


@cache
def _group_head() -> re.Pattern[str]:
    """``The [Study] Group`` / ``This Working Party`` / ``The Sub-Committee``: a group named by its
    head noun only."""
    heads = "|".join(
        re.escape(h)
        for h, _, cat in body_heads()
        if cat == "body" and h.split()[-1] in ("Group", "Party", "Committee", "Force")
    )
    return re.compile(rf"(?:{either_initial_determiners('anaphor')})\s+(?:[A-Z][\w-]*\s+)?(?:[A-Z][a-z]+-)?(?:{heads})")


def _unfound_subject(self: _Reader, phrase: str, pre: str, cut: int, order: int, at: int) -> AgentRef | None:
    """Who a subject phrase that names no agent of its own (or only a collective the gazetteer does not list)
    means: the group or forum of its head noun, the one person or each person holding its role, the one named
    so, the issuer cited before a bare head, a body by its acronym; None if nothing."""
    if (headed := _headed_subject(self, phrase, order, at + cut)) is not None:  # "The group", "The Forum"
        return headed
    if holder := self._role_holder(phrase):  # "the moderator": the one person with that role
        return holder
    if holders := _role_holders(self, phrase) or term_signatories(self, phrase):  # "The co-facilitators", "The Parties"
        self._co_requesters = holders  # each person with that role, each signatory of the agreement (decision 59)
        return holders[0]
    if holder := request_addressees._named_role(self, phrase, titled=True):  # "The President": the one named so
        return holder
    if (head := titled_head(self, phrase)) is not None:  # "The Secretary-General" in the Secretary-General's note
        return head
    if _BARE_HEAD.fullmatch(phrase) and (cited := self._cited_issuer(pre[:cut], at_end=False, itself=False)):
        return cited  # "By Resolution 172, the conference invited"
    if (named := _acronym_subject(self, phrase)) is not None:
        return named  # "The KRPG requested": a body not catalogued
    return None


def _subject_body_before(self: _Reader, phrase: str, order: int, at: int) -> AgentRef | None:
    """``The Commission`` as a subject in a record where no meeting body nor author is known (an excerpt cut
    before its header): the last body with that head noun that opened a sentence as its subject before it
    (``The Commission on Science and Technology for Development considered ...``), not a body with that head
    named in passing since (``Mr A, Deputy Executive Secretary, Economic Commission for Africa``); ``None`` for
    any other phrase, or when no such subject opened a sentence before."""
    if (m := _BARE_NOUN.fullmatch(phrase.strip())) is None or "body" in (self.meeting_ref.kind, self._head_ref.kind):
        return None
    if self.voice.author is not None or not records_meeting(self.report):
        return None  # a document whose author is known (a chairman's report, a letter) or that records no meeting
    head, resolver = m.group("head").lower(), self.actors.resolver
    if order not in resolver.orders:
        return None
    for o in reversed(resolver.orders[: resolver.orders.index(order) + 1]):
        text = resolver.texts.get(o, "")
        for s in sorted(resolver.spans.get(o, ()), key=lambda s: s.start, reverse=True):
            if o == order and s.start >= at or s.kind != "body" or len(s.keys) != 1 or len(s.text.split()) < 2:
                continue
            named = head_of(s.text)
            if named is not None and named[0].split()[-1].lower() == head and _OPENS_SENTENCE.search(text[: s.start]):
                return AgentRef("body", s.keys[0], self._label(s.keys[0]))
    return None


def _acronym_subject(self: _Reader, phrase: str) -> AgentRef | None:
    """The agent a subject names by an acronym the resolver reads as no one: the meeting body when
    the acronym names it (:func:`_own_acronym`: ``The RPM`` in a report of RPM-CIS), else the body or
    group of an acronym no catalogue knows (:func:`unknown_acronym`), or of the one code the report writes
    that opens with it when no meeting body is known (:func:`.request_codes.coded_body`)."""
    alone = acronym_alone(phrase)
    if alone is not None and not alone[1] and _own_acronym(self, alone[0]) or _own_session_code(self, phrase):
        return self.meeting_ref
    if self.meeting_ref.kind != "body" and (coded := coded_body(self.report, phrase, ())) is not None:
        return coded  # "The RPM" in an excerpt of no known meeting that names the RPM-XYZ
    return unknown_acronym(phrase)


#: a code of one word: capitals, then a hyphen or a slash and a number or more capitals (``GSR-17``, ``RSW-31``,
#: ``APM23-3``)
_CODE = re.compile(r"[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]+)+")


def _own_session_code(self: _Reader, phrase: str) -> bool:
    """Whether a subject phrase is the meeting body's own code written whole (``GSR-17 recommends that
    regulators:`` in the outcome of the meeting the title names by that code): one word whose key is the meeting
    body's key. The resolver reads such a code as a group of no known name, so the verb found no one asking;
    a code of another body (``GSR-16`` in GSR-17's record) stays unread."""
    code = without_article(phrase.strip())
    return self.meeting_body is not None and _CODE.fullmatch(code) is not None and slug(code) == self.meeting_body


def _own_acronym(self: _Reader, acr: str) -> bool:
    """Whether an acronym of one part names the meeting body: the first part of its acronym (``RPM``
    of ``RPM-CIS``; a key read from the report's heading is its acronym), the initials of its name's
    words before its topic (``BPF``: Best Practice Forum on X; not ``LS`` of Lowland Spectrum Group),
    or a meeting the report numbers (``The 14th AGM of X was opened``: ``The AGM urged ...`` is the
    meeting's body)."""
    own = self.meeting_body
    if own is None or "-" in acr or not acr.isupper():
        return False
    entry = bodies().get(own)
    defined = next((d for d in find_defined(self.report) if d.key == own), None)
    written = entry.acronym if entry else defined.acronym if defined else own
    keyed = " ".join(w if w in small_words() else w.capitalize() for w in own.split("-"))  # "Best Practice Forum on X"
    name = entry.name if entry else defined.name if defined else keyed
    initials = "".join(w[0] for w in before_topic(name).split() if w[:1].isupper())
    if written and re.split(r"[-/\s]", written)[0].lower() == acr.lower() or initials == acr:
        return True
    return acr in once_per_document((_numbered_acronyms,), lambda: _numbered_acronyms(self.report))


@cache
def _numbered_acronym() -> re.Pattern[str]:
    """An acronym after an ordinal: ``the 14th AGM``, ``the Second ABM``."""
    return re.compile(rf"\b(?:{ordinal_regex()})\s+(?P<acr>[A-Z]{{2,8}})\b")


def _numbered_acronyms(report: ParsedReport) -> frozenset[str]:
    """The acronyms a report numbers as meetings (:func:`_numbered_acronym`)."""
    return frozenset(m.group("acr") for p in report.paragraphs for m in _numbered_acronym().finditer(p.text))


def unknown_acronym(phrase: str) -> AgentRef | None:
    """The actor an acronym no catalogue knows names when it is the whole subject
    (:func:`bodies.acronym_alone`): a body (``The KRPG requested``), or, in the plural, a collective
    (``NRAs are invited``); only capitals, three or more (``IT`` is a word), no part over eight letters
    (``SECRETARIAT``), never a function word in capitals (``WHO``), a roman numeral or a symbol with digits."""
    alone = acronym_alone(phrase)
    if alone is None:
        return None
    acr, plural = alone
    if not acr.isupper() or sum(c.isupper() for c in acr) < 3 or any(c.isdigit() for c in acr):
        return None
    if any(len(part) > 8 for part in acr.split("-")):  # "SECRETARIAT", "INTERNATIONAL": words in capitals
        return None
    if acr.lower() in stopwords() or roman_value(acr.lower()) is not None:
        return None
    label = acr + ("s" if plural else "")
    return AgentRef("collective" if plural else "body", slug(label), label)


def head_named_outside(self: _Reader, phrase: str, found: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """``The Council`` that the catalogue gives to its own council (the ITU Council), in a text that names a
    council outside the catalogue before it as a sentence's subject, and neither the catalogue's council in
    full nor a body of it
    (``Council Working Group on X``): that council (``The Council of Ministers took note ...`` / ``The Council
    accordingly:`` / ``URGES Member States ...``), as a bare head noun is the body the text names (decision
    23). Any other phrase or text: ``found``."""
    if len(found) != 1 or found[0].kind != "body" or found[0].key not in bodies():
        return found
    if (m := _BARE_NOUN.fullmatch(phrase.strip())) is None or found[0].key == self.meeting_body:
        return found
    head, key, resolver = m.group("head").lower(), found[0].key, self.actors.resolver
    if any(b.parent == key or _names_head_inside(b.name, head) for b in self.actors.bodies):
        return found  # "Council Working Group on X": the catalogue's council is the text's
    bare = [o for o in resolver.orders for s in resolver.spans.get(o, ()) if key in s.keys]
    if not bare or any(s.text.lower() != head for o in bare for s in resolver.spans[o] if key in s.keys):
        return found  # "ITU Council" written somewhere: "the Council" is that one
    named = {
        s.keys[0]
        for o in resolver.orders[: resolver.orders.index(bare[0]) + 1]
        for s in resolver.spans.get(o, ())
        if s.kind == "body"
        and len(s.keys) == 1
        and s.keys[0] not in bodies()
        and (h := head_of(s.text)) is not None
        and h[0].lower() == head
        and _OPENS_SENTENCE.search(resolver.texts.get(o, "")[: s.start])
    }
    if len(named) != 1:
        return found
    other = named.pop()
    return (AgentRef("body", other, self._label(other)),)


#: the words before a name that opens its sentence as its subject: nothing, a paragraph number, ``The``
_OPENS_SENTENCE = re.compile(r"(?:^|[.;:]\s+)(?:\d{1,3}\.?\s+)?(?:[Tt]he\s+)?$")


def _names_head_inside(name: str, head: str) -> bool:
    """Whether a body's name holds ``head`` before its own head noun (``Council Working Group on X``: a group
    of the council ``head`` names)."""
    own = head_of(name)
    return own is not None and own[0].lower() != head and head in name.lower().split()


def _author_head(self: _Reader, phrase: str) -> AgentRef | None:
    """The body that wrote the document when ``phrase`` is its head noun alone, in any case (``The
    group`` in a report headed by ``the ad hoc group on X``): decision 23, the body the text names."""
    author = self.voice.author
    if author is None or author.kind != "body" or (m := _BARE_NOUN.fullmatch(phrase)) is None:
        return None
    return author if ends_name_head(author.label or "", [m.group("head")]) else None


#: a writer named by its kind: ``The company``, ``The University``, ``The Permanent Mission``
_WRITER_NOUN = re.compile(
    rf"(?:{either_initial_determiners('anaphor')})\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"
)


@cache
def _writer_nouns() -> dict[str, tuple[str, ...]]:
    """The nouns a writer is named by, each with the heads of the names of that kind (``writer-nouns.csv``;
    ``kind:company``: every head of that kind in ``body-heads.csv``)."""
    return {r["noun"].lower(): tuple(r["heads"].split("|")) for r in data_rows("writer-nouns.csv")}


def _of_kind(name: str, heads: tuple[str, ...]) -> bool:
    """Whether a body's name ends with (or opens with) a head of ``heads`` (:func:`.body_names.head_of`)."""
    found = head_of(name)
    return found is not None and any(found[1] == h[5:] if h.startswith("kind:") else found[0] == h for h in heads)


def writer_named(self: _Reader, phrase: str) -> AgentRef | None:
    """The body a subject names by the kind of its writer (``The company invites``, ``The University also
    invites``, ``The Mission requests``) in a text that records no meeting (a contribution, a letter, a note
    verbale), walking out from the sentence: the author when its name has a head of that kind (``Kestrel
    Orbital Ltd``, ``Universidad del Norte``), else the one body of that kind the text names. ``None`` for
    any other phrase, in a meeting's record, or when the text names no such body or several (never a body
    the text does not name)."""
    m = _WRITER_NOUN.fullmatch(phrase.strip())
    heads = _writer_nouns().get(m.group("noun").lower()) if m is not None else None
    if heads is None or records_meeting(self.report):
        return None
    author = self.voice.author
    if author is not None and author.kind == "body" and _of_kind(author.label or "", heads):
        return author
    named = {b.key: b.name for b in self.actors.bodies if _of_kind(b.name, heads)}
    if len(named) != 1:
        return None
    key, name = named.popitem()
    return AgentRef("body", key, self._label(key) or name)


#: a body named by its head noun alone, lower-case words before it: ``The Forum``, ``the study group``
_HEAD_NOUN = re.compile(
    rf"(?:{either_initial_determiners('anaphor')})\s+(?P<head>(?:[a-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*)"
)


def _headed_subject(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The body a subject names by its head noun alone: the author's (``The group invites`` in the ad hoc
    group's report), the writer named by its kind (``The company invites``: :func:`writer_named`), the
    meeting's (``The Study Group`` of a body not known), else :func:`head_noun_body`."""
    if (own := _author_head(self, phrase) or writer_named(self, phrase)) is not None:
        return own
    if _group_head().fullmatch(phrase):
        return _named_by_lead_words(self, phrase) or self.meeting_ref
    return head_noun_body(self, phrase, order, offset)


def _named_by_lead_words(self: _Reader, phrase: str) -> AgentRef | None:
    """The one body the report names, not the meeting's, whose name's words before its topic are the group a subject
    names (``The Rapporteur Group`` of the ``Rapporteur Group on Question 7/2`` named in a study group's report: the
    body's words alone are its short form, decision 55: a named subject is itself); ``None`` when no body or several
    are so named."""
    words = without_article(phrase.strip()).lower().split()
    topic = re.compile(rf"\s+(?:{preposition_alternation('topic')})\s+", re.I)
    named = {
        b.key
        for b in self.actors.bodies
        if b.key != self.meeting_ref.key and topic.split(b.name, maxsplit=1)[0].lower().split() == words
    }
    if len(words) < 2 or len(named) != 1:
        return None
    key = named.pop()
    return AgentRef("body", key, self._label(key))


def head_noun_body(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The body a subject names by its head noun alone (``The Forum``, ``the study group``), walking out from
    the sentence (decision 23): the body that was the last subject of this paragraph or the one before, when
    its name has that head; else the meeting body, by any of its names or by the name its acronym spells in
    the title (``RDF-CIS 2020 — Regional Development Forum for ...``); else the body of the document's front
    or the last one named before with that head (:meth:`_front_body`); else the body the title names with
    that head (``WSIS Forum 2031 - Outcomes``). ``None`` for any other phrase."""
    m = _HEAD_NOUN.fullmatch(phrase.strip())
    words = m.group("head").split() if m is not None else []
    if not words or words[-1][:1].upper() + words[-1][1:] not in head_last_words():
        return None
    last = self._last_subject
    if last is not None and 0 <= order - last[0] <= 1 and last[2].kind == "body":
        if ends_name_head(last[2].label or "", words):
            return last[2]
    if self.meeting_ref.kind == "body":
        names = [self.meeting_ref.label, *(b.name for b in self.actors.bodies if b.key == self.meeting_ref.key)]
        if any(ends_name_head(n, words) for n in names + _spelt_in_title(self, names) if n):
            return self.meeting_ref
    return self._front_body(" ".join(words), order, offset) or _titled_body(self, words)


#: a name in a title: capitalised words (``of``, ``for the`` between them)
_TITLE_NAME = re.compile(
    rf"[A-Z][\w+&-]*(?:\s+(?:(?:{preposition_alternation('topic')}|and)\s+(?:the\s+)?)?[A-Z][\w+&-]*)*"
)


def _spelt_in_title(self: _Reader, names: list[str]) -> list[str]:
    """The names in the title whose initials spell one of the acronyms ``names`` holds (``Regional Development
    Forum for the CIS region`` for ``RDF-CIS``, by its letters before the hyphen)."""
    title = self.report.title or ""
    acronyms = {n.split("-")[0].upper() for n in names if n and acronym_written(n)}
    return [
        t.group(0)
        for t in _TITLE_NAME.finditer(title)
        if any(initials(t.group(0).split()[: len(a)]) == a for a in acronyms if len(a) > 1)
    ]


def _titled_body(self: _Reader, words: list[str]) -> AgentRef | None:
    """The one body a name in the title ending with the head ``words`` names: a body the resolver knows,
    else the name as written, when it has a word before its head (``WSIS Forum``, not ``Forum``)."""
    title = self.report.title or ""
    found: set[AgentRef] = set()
    for t in _TITLE_NAME.finditer(title):
        name = t.group(0)
        if not ends_name_head(name, words) or len(name.split()) <= len(words):
            continue
        refs = self.resolve(name, 0, 0)
        found |= {r for r in refs if r.kind == "body"} or {AgentRef("body", slug(name), name)}
    return found.pop() if len(found) == 1 else None


def own_members(self: _Reader, phrase: str, order: int, at: int) -> bool:
    """Whether a subject is the meeting's own members (:func:`.authors.meeting_members`: ``The
    members``, ``Participants``), also named with the meeting body (``UNGIS members``, ``the members
    of the Group``): in the meeting's record they speak for its body. As an object they stay a group."""
    if self.meeting_ref.kind != "body":
        return False
    names = [b.name for b in self.actors.bodies if b.key == self.meeting_ref.key]
    if meeting_members().fullmatch(phrase) or _named_in_meeting(" ".join([self.meeting_ref.label, *names]), phrase):
        return True
    words = phrase.split()
    for n in (1, 2):
        if len(words) > n and meeting_members().fullmatch(" ".join(words[-n:])):
            lead = re.sub(r"^(?i:the|all(?:\s+the)?)\s+", "", " ".join(words[:-n]))
            return bool(lead) and self.resolve(lead, order, at) == (self.meeting_ref,)
    of = re.match(r"^(?:(?i:the|all(?:\s+the)?)\s+)?(?P<who>\w+)\s+of\s+(?P<body>.+)$", phrase)
    return bool(
        of
        and meeting_members().fullmatch(of.group("who"))
        and self.resolve(of.group("body"), order, at) == (self.meeting_ref,)
    )


#: a plural noun alone as a subject: ``The Ministers``, ``Regulators``
_PLURAL_NOUN = re.compile(r"(?:(?i:the|all(?:\s+the)?)\s+)?(?P<noun>[A-Za-z]{3,}?)(?:e?s)")


def _named_in_meeting(name: str, phrase: str) -> bool:
    """Whether ``phrase`` is a plural noun alone that the meeting body's name says it is made of:
    ``The Ministers`` in the record of the Telecommunication Ministers Meeting, ``Regulators`` in the
    Global Symposium for Regulators, ``the Directors`` at a Meeting of Regional Directors."""
    m = _PLURAL_NOUN.fullmatch(phrase.strip())
    stem = m.group("noun").lower() if m else ""
    return bool(stem) and _word_or_plural(stem).search(name.lower()) is not None


@cache
def _word_or_plural(stem: str) -> re.Pattern[str]:
    """``stem`` as a word, maybe a plural or a possessive (``director``: ``directors``, ``director's``)."""
    return re.compile(rf"\b{re.escape(stem)}(?:e?s)?(?:['’]s?)?\b")
