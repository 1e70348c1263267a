"""Who asks: the subject of a request verb (the requester).

Holds the subject of an active verb (``subject``: a named agent, a pronoun, ``I``/``you``, a
coordinated verb continuing the last subject, a relative clause on a document, a person named
between commas after an opening phrase), the agents of a subject that lists several
(``co_subjects``), the requester of an active verb form (``_active_requester``), the issuer of a
cited resolution (``_cited_issuer``) and the subject of a ``that`` clause (``clause_subject``).
The functions are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its
class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from wsiskg.ingest.extract import request_addressees
from wsiskg.ingest.extract.addressee_phrases import aside_between_commas
from wsiskg.ingest.extract.agent_resolver import ends_name_head
from wsiskg.ingest.extract.author_cues import FORMULA_ADVERB, cue_alternation, writer_formula
from wsiskg.ingest.extract.authors import front_country, meeting_members, named_group, speaks_for
from wsiskg.ingest.extract.bodies import (
    acronym_alone,
    acronym_written,
    before_topic,
    find_defined,
    initials,
)
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import joiner_alternation, title_cased
from wsiskg.ingest.extract.document import document, once_per_document
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    bodies,
    body_heads,
    collectives,
    country_speakers,
    head_last_words,
    modal_alternation,
    pronouns,
    roles,
    small_words,
)
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.ordinals import ordinal_regex, roman_value
from wsiskg.ingest.extract.request_codes import LEADING_THE, coded_body
from wsiskg.ingest.extract.request_verbs import (
    _AND,
    _BARE_HEAD,
    _CLAUSE_CUT,
    _COORDINATED,
    _ENUMERATOR,
    _NO_VERB,
    _TRAIL_ADVERBS,
    AS_FOLLOWS,
    NEW_CLAUSE,
    PERFECT,
    _be_asked,
    _VerbAt,
    _verbs,
    intro_lead,
)
from wsiskg.ingest.extract.resolutions import find_resolutions, issuer_of_citation, resolution_mentions
from wsiskg.ingest.extract.submitters import submitter
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import AgentRef, ParsedReport, Person
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


_LISTED = frozenset({"person", "body", "country"})
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_RELATIVE = re.compile(r"\b(?:that|which|who)\s*$")
# the verb of a "that" clause after its subject: "[should] approve", "would prepare"; not passive "be ..."
_CLAUSE_VERB = re.compile(
    rf"^\s*(?:\([^()]{{1,20}}\)\s*)?(?:(?:{modal_alternation()}|to)\s+)?(?:\w+ly\s+)?"
    rf"(?!(?:{auxiliary_alternation()}|not)\b)(?=[a-z]{{2,}}\b)"
)
_MODAL_VERB = re.compile(
    rf"^\s*(?:\([^()]{{1,30}}\)\s*)?(?:{modal_alternation('obligation')})\s+(?:\w+ly\s+)?(?!(?:be|not|have|also\s+be)\b)"
    r"(?=[a-z]{2,}\b)"
)
_MODAL_SUBJECT = re.compile(
    rf"^(?P<who>(?:[Tt]he\s+|[Aa]ll\s+)?[A-Z][\w-]*(?:\s+[\w-]+){{0,3}}?)\s+(?=(?:{modal_alternation('obligation')})\s)"
)
#: the modal of a lead clause before its items (``should``, ``would also``, ``shall further``, ``will kindly``),
#: read by the subject's colon here and by the requests' lead of a text decided on (``requests._DECIDED_TO_LEAD``)
LEAD_MODAL = rf"(?:{modal_alternation('obligation')})(?:\s+(?:also|further|\w+ly))?"
#: the colon that ends a lead clause's subject before its items, after a modal or not: ``that the Council:``,
#: ``agreed that the Secretariat should:``, ``decided that BDT would also:``
_SUBJECT_COLON = rf"(?:\s+{LEAD_MODAL})?\s*:"
_PARTICIPLE = re.compile(r",\s*$")
#: a role word or a head noun alone opening a ``that`` clause: ``the Director``, ``the Plenary``
_ROLE_CLAUSE = re.compile(r"(?:[Tt]he\s+)(?P<who>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=\s*[:,]|\s+[a-z])")
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
#: a role and the country of its holder: ``The Vice-Chair from Uruguay``, ``the Councillor for Mauritania``
_ROLE_OF_COUNTRY = re.compile(
    r"(?:[Tt]he\s+)(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:from|of|for)\s+(?P<country>[A-Z].{2,60})"
)
#: the writers of the document: ``The authors also encourage ...`` (its author)
_AUTHORS = re.compile(
    r"(?:[Tt]he\s+)?(?:present\s+)?(?:co-?)?(?:authors?|contributors?|submitters?|sponsors?|proponents?)"
    r"(?:\s+of\s+this\s+\w+)?"
    # "The co-sponsoring Administrations", "the two administrations" of a joint contribution
    r"|(?:[Tt]he\s+)?(?:co-?sponsoring|proposing|submitting|contributing|two|three|four|five|six)\s+"
    r"(?:[Aa]dministrations|Member\s+States|countries)"
)
#: a motion's clause and its subject, then a verb in the base form: ``proposed that the Council approve``
_MOTION_LEAD = r"\b(?:proposed|suggested|moved)\s+that\s+(?P<who>(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})"
_MOTION_THAT = re.compile(_MOTION_LEAD + r"\s+[a-z]{3,}\b")
#: a motion's clause and its subject right before the verb: ``The Chairman proposed that the Council`` instruct ...
_MOTION_SUBJECT = re.compile(_MOTION_LEAD + r"\s*$")
#: a verb of deciding before a colon that ends its paragraph: ``The Group decided:``
_DECIDED_LEAD = re.compile(
    rf"\b(?:agreed|decided|resolved|agrees|decides|resolves)(?:\s+(?:further|also|{AS_FOLLOWS}))?\s*(?::\s*)?$"
)
#: between a name and the post of its appositive: ``(Japan), youth ``
_APPOSITIVE_GAP = re.compile(r"\s*(?:\([^()]*\))?\s*,[^,;()]{0,60}")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
#: a comma outside brackets
_OPEN_COMMA = re.compile(r",(?![^()]*\))")
#: ``X, in resolution 56/183, had invited``: an insertion and a perfect auxiliary between subject and verb
_INSERTIONS = re.compile(
    rf",\s*(?:in|by|through|under)\s+(?:its\s+)?resolution\b[^,]{{1,60}},(?=\s*(?:and|{auxiliary_alternation('have')})\b)"
)
#: (also a topic in apposition: ``Resolution 34, on the role of ICT in disasters, invites``)
_INSERTION = re.compile(
    r",\s*(?:in|by|through|under|at|on|concerning|regarding|entitled|titled|relating\s+to)\b(?:[^,()]|\([^()]*\)){1,80},"
    rf"\s*(?:(?:{auxiliary_alternation('have')})\b\s*)?$|\s+(?:{auxiliary_alternation('have')})\s*$"
)
#: a relative clause between a subject and its verb: ``the Conference, which met in May, instructs``
_RELATIVE_INSERTION = re.compile(r",\s*(?:which|who)\s(?:[^,()]|\([^()]*\)){1,120},\s*$")
_HEADING_LEAD = re.compile(r"^[^:]{1,200}:\s+(?=\S)")
_DOCUMENT_WORDS = re.compile(r"\b(?:resolution|report|decision|document|declaration|statement|plan)\b", re.IGNORECASE)
#: a document cited by its resolution as a sentence's subject: ``The outcome document, adopted as resolution X,``
_DOCUMENT_SUBJECT = re.compile(
    r"(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:document|resolution|declaration|decision|report)\b"
    r"[^,;]{0,80}(?:,[^,;]{1,120})?,"
)
#: the opening phrase before a person named in apposition: ``The delegate of Chile, ``
_APPOSED = re.compile(r"(?:[Tt]he\s+)?[^,;:]{2,60},\s*")
#: a head noun alone after ``the``/``this``: ``The group``, ``this Committee``
_BARE_NOUN = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<head>[A-Za-z-]{3,})")
#: where a body's name goes on after its head noun: ``ad hoc group | on Resolution 130``
_NAME_TAIL = re.compile(r"\s+(?:on|of|for|to|in)\s+|\s*[(,]")
#: the pronoun of several contributors opening a sentence (``They propose``)
_THEY = re.compile(r"They")
#: what is left of a list of names when the names are taken out: ``, , and``
_LIST_REST = re.compile(r"(?:[\s,;&]|\band\b|\bthe\b|\([^()]{1,40}\))*")
#: the words of a draft before its resolution's title (``DRAFT NEW RESOLUTION [X-1]``), and a
#: revision after it whose venue is a placeholder (``(REV. [CITY], 2031)``)
_DRAFT_WORDS = re.compile(r"(?i)(?:(?:draft|preliminary)\s+)?(?:(?:new|revised|modified)\s+)?")
_OPEN_REVISION = re.compile(r"(?:\s*\([^()]{1,40}\))?")
#: a paragraph number or an item's label left before a subject (``7 The President``, ``(a) The Forum``,
#: ``ii) The Group``, ``b. The Meeting``)
NUMBER_LEAD = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?|(?<!\S)(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\.))\s+(?=[A-Z])"
)
#: what may stand before an operative verb of a resolution text: an item number, a clause before
#: ``;``, an item of the verb before (``2 to cooperate with X, invites Member States``)
_OPERATIVE = re.compile(
    r"(?:.*;|\s*(?:\(?(?:[a-z]|\d{1,2})\)|\d{1,2}\.?)?\s*to\s.*,)?"  # after "...;" or an item "2 to ...,"
    r"\s*(?:\(?(?:[a-z]|\d{1,2})\)\s*|\d{1,2}\.?\s+)?(?:(?:also|further)\s+)?",
    re.DOTALL,
)
#: ``We, the members of UNGIS,`` / ``We, the Heads of State of X,`` / ``We, the delegates to X,`` /
#: ``We, the Council,``: who ``we`` is
_WE_ARE = re.compile(
    r"\bWe,\s+(?:the\s+(?:[\w-]+\s+){1,3}?(?:of|from|to|at|in|attending)\s+)?(?P<who>(?:the\s+)?[A-Z][^,;:]{1,100}),"
)
#: ``We, the ministers, heads of delegation and representatives of X, participating in the Conference
#: in Kigali,``: those who take part in a meeting speak for it (the body after the verb of taking part)
_WE_AT = re.compile(
    r"\bWe,\s+the\b[^.;:]{0,300}?\b(?:participating|gathered|assembled|meeting|convened|attending)"
    r"(?:\s+(?:in|at|for))?\s+(?P<who>(?:the\s+)?[A-Z][^,;:()]{1,100})"
)
#: a transcript's speaker label: ``>> NAME:`` / ``NAME:`` opening a paragraph (a name of two to five words)
_TURN = re.compile(r"^\s*(?:>>\s*)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s*:\s+(?=\S)")
#: ``we`` right before a verb in the base form, with adverbs or a formula between (``we would like to``)
_WE_BEFORE = re.compile(rf"(?:^|[\s,;:\"“])[Ww]e\s+(?:(?:{FORMULA_ADVERB}|{cue_alternation('formula')})\s+)*$")
#: a possessive before a body's name: ``Our own Conference``, ``its Council``
_POSSESSIVE = re.compile(r"^(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:own\s+)?(?=[A-Z])")
#: a sentence opening with a document and whom it comes from: ``Document 4 from the Republic of ``
_SOURCED = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:[Dd]ocument|[Cc]ontribution|[Pp]roposal|[Ss]ubmission)\b[^.;]{0,60}?\b(?:from|by|of)\s+(?:the\s+)?"
)
_ARTICLE = re.compile(r"^(?:the|our|its|their)\s+", re.IGNORECASE)
#: citations listed together before the last one: ``Resolutions 101 and 133``, ``Resolution 64 ... and Resolution 65``
_LISTED_CITATIONS = re.compile(
    r"\b(?:[Rr]esolutions|[Dd]ecisions)\b|(?:\band|,)\s+(?:\w+\s+)?(?:[Rr]esolution|[Dd]ecision)\b"
)
_CITATION_END = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:of\s+(?:the\s+|this\s+)?(?P<of>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})\s*)?"
)


@cache
def _group_head() -> re.Pattern[str]:
    """``The [Study] Group`` / ``This Working Party`` / ``The Sub-Committee``: a group named by its
    head noun only."""
    heads = "|".join(
        re.escape(h)
        for h, _, cat in body_heads()
        if cat == "body" and h.split()[-1] in ("Group", "Party", "Committee", "Force")
    )
    return re.compile(rf"(?:[Tt]he|[Tt]his)\s+(?:[A-Z][\w-]*\s+)?(?:[A-Z][a-z]+-)?(?:{heads})")


def _sentence_subject(self: _Reader, sentence: str, order: int, at: int) -> AgentRef | None:
    number = NUMBER_LEAD.match(sentence)  # "5 Ms A, speaking for B, urged ...": a paragraph number left in
    start = number.end() if number else 0
    intro = intro_lead().match(sentence[start:])
    start += intro.end() if intro else 0
    if heading := _HEADING_LEAD.match(sentence[start:]):  # "6.11 Title (oral presentation): The ..."
        start += heading.end()
    head = sentence[start:]
    # the noun phrase before the first verb-like word: try growing prefixes of agent spans
    spans = [s for s in self.actors.resolver.spans.get(order, []) if at + start <= s.start < at + len(sentence)]
    first = min(spans, key=lambda s: s.start, default=None)
    lead = re.match(r"^(?:[Tt]he\s+)?", head)
    if (person := self._apposed_person(sentence, spans, at, start)) is not None:
        return person
    if (speaker := self._speaker_country(head, at + start)) is not None:
        return speaker  # "The councillor from Mexico, speaking also for X, welcomed ... and asked"
    if first is not None and first.start - (at + start) <= (lead.end() if lead else 0):
        refs = self.actors.resolver.ref(first)
        return self._spoken_for(self._personify(refs[0], first), head) if refs else None
    if (document := _DOCUMENT_SUBJECT.match(head)) and (cited := self._cited_issuer(document.group(0), at_end=False)):
        return cited  # "The outcome document, adopted as resolution 80/173, ... requests X": its issuer
    word = head.split(" ", 1)[0].strip(",")
    if (spoken := self._spoken_subject(word, order)) is not None:
        return spoken[0]
    if word.lower() in ("he", "she") and (speaker := self._speaker_before(order, at)) is not None:
        return speaker  # "The councillor from Kenya said that ... She urged ...": Kenya
    if word.lower() in pronouns():
        found = self.resolve(word, order, at + start)
        return found[0] if found else None
    return None


def decided_lead(self: _Reader, order: int, text: str, spans: list[tuple[int, int]]) -> AgentRef | None:
    """The subject of a paragraph ending in a verb of deciding and a colon (``The Group decided:``,
    ``After discussion, the meeting agreed:``): the items after it (``Decision 2  to request X to
    ...``) are that subject's requests; ``None`` for any other paragraph."""
    if (m := _DECIDED_LEAD.search(text)) is None:
        return None
    at = next((a for a, b in spans if a <= m.start() < b), 0)
    requester, ok = self.subject(text[at:], m.start() - at, order, at)
    return (requester or self.meeting_ref) if ok else None


def _sentence_before(self: _Reader, order: int, at: int) -> tuple[int, str] | None:
    """(where it starts, its text): the sentence before the one at ``at`` in paragraph ``order``; ``None`` for the
    paragraph's first sentence."""
    para = document(self.report).para(order) if order else None
    before = [(a, b) for a, b in (para.sentences if para else []) if b <= at]
    return (before[-1][0], para.text[before[-1][0] : before[-1][1]]) if para is not None and before else None


def _previous_speaker(self: _Reader, phrase: str, order: int, at: int) -> AgentRef | None:
    """``He`` / ``She`` opening a sentence: the person (or the one holder of the post) the sentence
    before it in the paragraph opens with (``In his introduction, the Chair recalled that ... the UN
    Secretary-General ... He invited speakers``: the Chair, not the post named last)."""
    previous = _sentence_before(self, order, at) if phrase.lower() in ("he", "she") else None
    if previous is None:
        return None
    a, text = previous
    if text.split(" ", 1)[0].lower() in pronouns():
        return None
    ref = self._sentence_subject(text, order, a)
    if ref is None and (role := _ROLE_CLAUSE.match(text.strip())) is not None:
        ref = self._role_holder(role.group("who"))  # "The Minister recalled ... She invited": the one Minister
    return ref if ref is not None and ref.kind == "person" else None


@cache
def _opening_clause() -> re.Pattern[str]:
    """A clause that opens a sentence before its main clause (``opening-clauses.csv``): ``When``, ``After``,
    ``Once`` and a space."""
    words = alternation((r["words"] for r in data_rows("opening-clauses.csv")), spaces=True)
    return re.compile(rf"\s*(?:{words})\s+")


def pronoun_antecedent(self: _Reader, phrase: str, pre: str, order: int, at: int) -> AgentRef | None:
    """``it`` / ``they`` as a subject, walking out from the pronoun (before the resolver's last body named, which
    an aside can hold: ``X, of which A and B are members, met ... It requested``): the body or country the
    clause that opens its sentence has as subject (``When the Council met in June, it asked the Bureau
    ...``, ``After the Assembly, in resolution 80/3, extended the mandate, it invited ...``), else, when the
    pronoun opens its sentence, the one the sentence before it in the paragraph opens with (``The Kestrel
    Telecom Union reviewed the plan. It invited ...``). Never across a paragraph (another speaker or section),
    never a person (``He`` / ``She``: :func:`_previous_speaker`). ``None`` for any other subject."""
    if phrase.lower() not in ("it", "they"):
        return None
    start = pre.rstrip().rfind(phrase)
    if (opening := _opening_clause().match(pre, 0, max(start, 0))) is not None:
        ref = self._sentence_subject(pre[opening.end() : start], order, at + opening.end())
    elif not pre[:start].strip():
        previous = _sentence_before(self, order, at)
        ref = self._sentence_subject(previous[1], order, previous[0]) if previous is not None else None
    else:
        return None
    return ref if ref is not None and ref.kind in ("body", "country") else None


def _last_person(self: _Reader, phrase: str, order: int) -> tuple[AgentRef, ...]:
    """``She`` / ``He`` the resolver cannot place: the person who was the last subject in the
    paragraph (``the moderator called upon ... She encouraged ...``)."""
    last = self._last_subject
    if phrase.lower() not in ("he", "she") or last is None or last[0] != order or last[2].kind != "person":
        return ()
    return (last[2],)


def _document_source(self: _Reader, order: int, at: int) -> AgentRef | None:
    """The country or body a document comes from, when the sentence before the one at ``at``
    opens with it (``Document CWG-20/4 from the Republic of Fiji was introduced ...``): what
    ``It proposes`` in the next sentence means."""
    para = document(self.report).para(order) if order else None
    before = [(a, b) for a, b in (para.sentences if para else []) if b <= at]
    if para is None or not before or (m := _SOURCED.match(para.text, before[-1][0])) is None:
        return None
    spans = self.actors.resolver.spans.get(order, [])
    source = next((s for s in spans if s.start == m.end() and s.kind in ("country", "body")), None)
    refs = self.actors.resolver.ref(source) if source is not None else []
    return refs[0] if refs else None


def _speaker_before(self: _Reader, order: int, at: int) -> AgentRef | None:
    """The speaker named by role and country (:func:`_speaker_country`) opening the sentence before
    the one at ``at`` in paragraph ``order``."""
    previous = _sentence_before(self, order, at)
    if previous is None:
        return None
    a, text = previous
    lead = len(text) - len(text.lstrip())
    return self._speaker_country(text[lead:], a + lead)


def _apposed_person(self: _Reader, sentence: str, spans: list[Any], at: int, start: int) -> AgentRef | None:
    """``The Councillor for Germany, Ms A, asked ...`` / ``The delegate of Chile, Mr B, ...``: the
    person named between commas after a short opening phrase speaks."""
    person = next((s for s in spans if s.kind == "person"), None)
    if person is None or not _APPOSED.fullmatch(sentence[start : person.start - at]):
        return None
    if not re.match(r"\s*(?:\([^()]*\))?\s*,", sentence[person.end - at :]):
        return None
    refs = self.actors.resolver.ref(person)
    return refs[0] if refs else None


def _personify(self: _Reader, ref: AgentRef, span: object = None) -> AgentRef:
    """A post as the one person who holds it (the meeting's chair, of several read as its chairs);
    ``The representative of WMO`` (a post that only
    speaks for its body: ``speaks_for`` in ``country-speakers.csv``) that no one is named to is the body."""
    if ref.kind == "post":
        holders = self.actors.resolver.holders.get(ref.key, [])
        if len(holders) > 1 and self.actors.chair in holders and ref.key == f"{self.actors.meeting_body}/chair":
            holders = [self.actors.chair]  # "The Chairman": the meeting's chair, of the people read as chairs
        if len(holders) == 1:
            return AgentRef("person", holders[0], self._label(holders[0]))
        body, _, role = ref.key.rpartition("/")
        if not holders and body and role in _speaking_roles():
            return AgentRef("body", body, self._label(body))
        if not holders and (titled := _bare_title_holder(self, role)) is not None:
            return titled  # "Mr A chaired the meeting" (a Chair of no body said) ... "The Chair asked"
    return ref


def _bare_title_holder(self: _Reader, role: str) -> AgentRef | None:
    """The one person of the report with a meeting role (``role-scopes.csv``: Chair, Rapporteur) as a
    job title (``Chair``, ``Chair of FG-X``) and no post (``The meeting was chaired by Mr A``, the body not placed): the
    holder of that post of the meeting when no one else holds it."""
    entry = roles().get(role)
    if entry is None or entry.scope != "meeting":
        return None
    forms = {f.lower() for f in entry.forms}
    people = [
        p
        for p in self.actors.persons
        if not p.posts and any(_TITLE_OF.sub("", t).lower() in forms for t in p.job_titles)
    ]  # "Chair", "Chair of FG-X": a title the persons reader placed in no post
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


@cache
def _speaking_roles() -> frozenset[str]:
    """Role keys of the words for someone who only speaks for the body of the post (``representative``)."""
    return frozenset(slug(r["word"]) for r in data_rows("country-speakers.csv") if r["speaks_for"] == "yes")


def subject(self: _Reader, sentence: str, vstart: int, order: int, at: int) -> tuple[AgentRef | None, bool]:
    """(requester, found): the agent doing the verb at ``vstart`` of ``sentence``."""
    pre = aside_dropped(_aside_perfect(_TRAIL_ADVERBS.sub("", sentence[:vstart])))
    # an insertion before the verb is no coordination: "the Conference, which met in May, instructs",
    # "Our Conference, in Resolution 140 (Rev. Busan, 2014), instructed"
    pre = _INSERTION.sub(" ", _RELATIVE_INSERTION.sub(" ", pre)) if pre.rstrip().endswith(",") else pre
    if _COORDINATED.search(pre):  # "X instructed A to ..., and instructed B to ...": X
        if (own := _new_clause_subject(self, sentence, pre, order, at)) is not None:
            return own, True  # "...; the delegate of Peru, Ms A, invited ...": the clause's own subject
        if self._last_subject and self._last_subject[:2] == (order, at):
            return self._last_subject[2], True
        return self._sentence_subject(sentence, order, at), True
    if relative := _RELATIVE.search(pre):
        return self._relative_subject(pre, pre[: relative.start()], order, at), True
    pre = _INSERTIONS.sub("", pre)  # "The Assembly, in resolution 66/184, and ECOSOC, in ..., have asked"
    cut, phrase = _subject_phrase(pre)
    if self._item_subject is not None and (not phrase or _ENUMERATOR.fullmatch(phrase + " ")):
        return self._item_subject, True
    if not phrase or len(re.sub(r"\([^()]*\)", "", phrase).split()) > (16 if _AND.search(phrase) else 8):
        return None, False
    return _phrase_subject(self, phrase, pre, cut, order, at, _asks_at(sentence, vstart))


#: where a new clause with its own subject opens inside a sentence (:data:`.request_verbs.NEW_CLAUSE`)
_NEW_CLAUSE = re.compile(NEW_CLAUSE)
#: words that continue the clause before rather than open one with a subject (``; and invited``, ``; also``)
_CONTINUES = re.compile(r"\s*(?:and|or|but|also|then|further|finally|in\s+addition)\b", re.IGNORECASE)


def _new_clause_subject(self: _Reader, sentence: str, pre: str, order: int, at: int) -> AgentRef | None:
    """The subject of a clause opened after a semicolon (or ``, while``) when the words before the verb end
    in an aside: ``The delegate of Chile supported the text; the delegate of Peru, Ms A, invited ...`` is Ms A,
    not the sentence's first subject (the aside's closing comma looks like a coordination); ``None`` when no
    such clause holds the verb (``...; and, where needed, invited``) or its subject is not read."""
    cuts = [m.end() for m in _NEW_CLAUSE.finditer(pre) if pre.count("(", 0, m.start()) == pre.count(")", 0, m.start())]
    if not cuts or not pre[cuts[-1] :].strip(" ,") or _CONTINUES.match(pre[cuts[-1] :]):
        return None
    start = cuts[-1]
    return self._sentence_subject(sentence[start:], order, at + start)


def _aside_perfect(pre: str) -> str:
    """``pre`` without a perfect auxiliary right after the comma that closes an aside (``The Ministry,
    represented by Mr A, has|``, ``UNESCO, the lead facilitator of C8, had also|``) or after ``and`` (``The
    Group noted the report and has|``): the words before the verb then end at the comma or ``and``, as they
    do in the simple past (``The Ministry, represented by Mr A,|``, ``... the report and|``)."""
    perfect = PERFECT.search(pre)
    if perfect is None or not _COORDINATED.search(pre[: perfect.start()]):
        return pre
    return pre[: perfect.start()].rstrip() + " "


def _subject_phrase(pre: str) -> tuple[int, str]:
    """(where it starts in ``pre``, the subject phrase): the words before a verb, past the last clause
    cut, an introduction, insertions and a paragraph number."""
    cut = 0
    for m in _CLAUSE_CUT.finditer(pre):
        cut = m.end()
    intro = intro_lead().match(pre[cut:])
    if intro:
        cut += intro.end()
    phrase = _TRAILING_PARENS.sub("", _INSERTION.sub("", pre[cut:])).strip()  # "Several Member States (X, Y)"
    if "," in phrase:
        commas = [m.start() for m in _OPEN_COMMA.finditer(phrase)]
        whole = phrase[commas[-1] + 1 :].strip() if commas else phrase  # "Resolution 135 (Rev. Guadalajara, 2010)"
        mentions = resolution_mentions(whole)
        lead = NUMBER_LEAD.match(whole)  # "3 Resolution 47 (Rev. Kigali, 2030)": a paragraph number before it
        at_start = bool(mentions) and mentions[0]["span"][0] == (lead.end() if lead else 0)
        phrase = whole if at_start else phrase.rsplit(",", 1)[1].strip()
    phrase = NUMBER_LEAD.sub("", phrase, count=1)  # "7 The President invited ...": a paragraph number left in
    phrase = _POSSESSIVE.sub("", phrase)  # "Our own Plenipotentiary Conference instructed": the Conference
    return cut, phrase


def _asks_at(sentence: str, vstart: int) -> bool:
    """Whether the verb at ``vstart`` is a verb of asking (``request-kinds.csv``), not of deciding
    (``the Agenda adopted in July``)."""
    pattern, forms = _verbs()
    m = pattern.match(sentence, vstart)
    return m is not None and (form := forms.get(m.group(0).lower())) is not None and form.entry.is_request


def _phrase_subject(
    self: _Reader, phrase: str, pre: str, cut: int, order: int, at: int, asks: bool = True
) -> tuple[AgentRef | None, bool]:
    """(requester, found): who the subject phrase (at ``cut`` in ``pre``) names (``asks``: of a verb of
    asking; a text only asks)."""
    if (spoken := self._spoken_subject(phrase, order)) is not None:
        return spoken
    if (resolution := self._resolution_asks(phrase, order)) is not None:  # "Resolution 1305 invites ..."
        return self._subject_found(resolution, order), True
    if issuer := self._issuer_of(phrase, order):  # "PP-10 instructed ...": the conference asks
        return self._subject_found(AgentRef("body", issuer, self._label(issuer)), order), True
    if (
        asks and (text := _text_asks(self, phrase, order)) is not None
    ):  # "Opinion 5 calls upon", "the Tunis Agenda asks"
        return self._subject_found(text, order), True
    if own_members(self, phrase, order, at):  # "The members agreed", "UNGIS members invited": the meeting
        return self._subject_found(self.meeting_ref, order), True
    if self.voice.author is not None and (_AUTHORS.fullmatch(phrase) or _announced(self, phrase)):
        return self._subject_found(self.voice.author, order), True  # "The authors also encourage", "The Arab States"
    if (speaker := self._country_speaker(phrase, order, at, at + cut + pre[cut:].find(phrase))) is not None:
        return self._subject_found(speaker, order), True
    if (previous := self._previous_speaker(phrase, order, at)) is not None:
        return self._subject_found(previous, order), True  # "In his introduction, the Chair recalled ... He invited"
    if (antecedent := pronoun_antecedent(self, phrase, pre, order, at)) is not None:
        return self._subject_found(antecedent, order), True  # "When the Council met in June, it asked ..."
    found = self.resolve(phrase, order, at + cut) or self._last_person(phrase, order)
    if self.author is not None and _author_head(self, phrase) == self.author:
        return self._subject_found(self.author, order), True  # "the Group" in the group's statement: not one named
    if self.meeting_ref.kind != "body" and (coded := coded_body(self.report, phrase, found)) is not None:
        return self._subject_found(coded, order), True  # "The Focus Group" in an excerpt that names the FG-XY
    if (in_session := _subject_body_before(self, phrase, order, at + cut)) is not None:
        return self._subject_found(in_session, order), True  # "The Commission": the one that met, not one named since
    if (author := self._author_group(phrase, found)) is not None:  # "The RCC Administrations" in the RCC's text
        return self._subject_found(author, order), True
    if (
        found
        and (author := self.voice.author) is not None
        and author.kind == "collective"
        and found[0].key == author.key
    ):
        return self._subject_found(author, order), True  # "The Arab States propose" in their contribution
    if not found or found[0].kind == "collective" and found[0].key not in set(collectives().values()):
        unfound = _unfound_subject(self, phrase, pre, cut, order, at)
        return (None, False) if unfound is None else (self._subject_found(unfound, order), True)
    # the agent must be the head of the subject ("UNESCO Resolution ... adopted" has no agent subject)
    last = max((s.end for s in self.actors.resolver.spans_in(phrase)), default=len(phrase))
    if found[0].kind != "collective" and phrase[last:].strip(" ’'s") and phrase.lower() not in pronouns():
        return None, False
    ref = self._spoken_for(found[0], phrase)
    if ref.kind == "post":
        ref = self._personify(ref, None)
    if len(found) > 1 and _AND.search(phrase) and all(r.kind in _LISTED for r in found):
        self._co_requesters = (ref, *found[1:])  # "The General Assembly, in ..., and ECOSOC ... have asked"
    return self._subject_found(ref, order), True


def _unfound_subject(self: _Reader, phrase: str, pre: str, cut: int, order: int, at: int) -> AgentRef | None:
    """Who a subject phrase that names no agent of its own (or only a collective the gazetteer does not list)
    means: the group or forum of its head noun, the one person or each person holding its role, the one named
    so, the issuer cited before a bare head, a body by its acronym; None if nothing."""
    if (headed := _headed_subject(self, phrase, order, at + cut)) is not None:  # "The group", "The Forum"
        return headed
    if holder := self._role_holder(phrase):  # "the moderator": the one person with that role
        return holder
    if holders := _role_holders(self, phrase):  # "The co-facilitators": each person with that role
        self._co_requesters = holders
        return holders[0]
    if holder := request_addressees._named_role(self, phrase, titled=True):  # "The President": the one named so
        return holder
    if _BARE_HEAD.fullmatch(phrase) and (cited := self._cited_issuer(pre[:cut], at_end=False, itself=False)):
        return cited  # "By Resolution 172, the conference invited"
    if (named := _acronym_subject(self, phrase)) is not None:
        return named  # "The KRPG requested": a body not catalogued
    return None


def _announced(self: _Reader, phrase: str) -> bool:
    """Whether ``phrase`` is the group's name the submitter's line closes with a colon before the countries that
    submit (``Contribution from the Arab States: Algeria, Bahrain, ...``: ``The Arab States invite ...``)."""
    submitted = submitter(self.report)
    if submitted is None or not submitted.announced:
        return False
    return LEADING_THE.sub("", phrase.strip()).lower() == LEADING_THE.sub("", submitted.announced).lower()


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
    if alone is not None and not alone[1] and _own_acronym(self, alone[0]):
        return self.meeting_ref
    if self.meeting_ref.kind != "body" and (coded := coded_body(self.report, phrase, ())) is not None:
        return coded  # "The RPM" in an excerpt of no known meeting that names the RPM-XYZ
    return unknown_acronym(phrase)


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
    head = _NAME_TAIL.split(author.label or "", maxsplit=1)[0].split()
    return author if head and head[-1].lower() == m.group("head").lower() else None


#: a writer named by its kind: ``The company``, ``The University``, ``The Permanent Mission``
_WRITER_NOUN = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)")


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
_HEAD_NOUN = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<head>(?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)")


def _headed_subject(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The body a subject names by its head noun alone: the author's (``The group invites`` in the ad hoc
    group's report), the writer named by its kind (``The company invites``: :func:`writer_named`), the
    meeting's (``The Study Group`` of a body not known), else :func:`head_noun_body`."""
    if (own := _author_head(self, phrase) or writer_named(self, phrase)) is not None:
        return own
    if _group_head().fullmatch(phrase):
        return self.meeting_ref
    return head_noun_body(self, phrase, order, offset)


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
_TITLE_NAME = re.compile(r"[A-Z][\w+&-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w+&-]*)*")


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


def _country_speaker(self: _Reader, phrase: str, order: int, at: int, start: int) -> AgentRef | None:
    """A subject naming who speaks for a country: ``The Vice-Chair from Uruguay`` (that person),
    ``The councillor from France`` (France), ``She`` after ``The councillor from Kenya said ...``."""
    if (holder := self._role_of_country(phrase)) is not None:
        return holder
    if phrase.lower() in ("he", "she") and (speaker := self._speaker_before(order, at)) is not None:
        return speaker
    return self._speaker_country(phrase, start)


def _speaker_country(self: _Reader, head: str, at: int) -> AgentRef | None:
    """``The councillor from Mexico`` / ``The delegate of Kenya`` (``country-speakers.csv``) opening
    ``head`` (at ``at`` of the paragraph): the one person of that role and country, else the one
    person named from that country, else the country."""
    if (m := _speaker_lead().match(head)) is None:
        return None
    country = next(
        (
            s
            for s in self.actors.resolver.spans.get(self._where[0], [])
            if s.start == at + m.end() and s.kind == "country"
        ),
        None,
    )
    if country is None or re.match(r"\s*[A-Z]", head[m.end() + country.end - country.start :]):
        return None  # "The delegate of Chile Ms A" or "the delegate of France Télécom": not the country alone
    refs = self.actors.resolver.ref(country)
    if not refs:
        return None
    return self._role_of_country(head[: m.end() + country.end - country.start]) or self._one_of(refs[0]) or refs[0]


def _spoken_for(self: _Reader, ref: AgentRef, phrase: str) -> AgentRef:
    """``The delegate of Egypt`` read as the country: the one person named from it (:func:`_one_of`);
    in a speech, the speaker's own country or body (:func:`_speaker_itself`)."""
    if ref.kind == "country" and _speaker_lead().match(phrase):
        return self._one_of(ref) or ref
    return self._speaker_itself(ref)


#: the genres whose author speaks in person: a speech, a letter
_SPOKEN = frozenset({"speech", "letter"})


def _speaker_itself(self: _Reader, ref: AgentRef) -> AgentRef:
    """In a speech or a letter by a person, the country or body the speaker speaks for, named as a
    subject (``Japan calls upon ...`` by its minister, ``the Executive Secretariat asks ...`` by its
    director), is the speaker, who makes the request (docs/annotation-guide.md, decision 11): the
    country of the person or of a front line naming a country alone (in a letter its signatory
    signs, any country when neither is known), in a speech also the body of a post the person holds."""
    author = self.voice.author
    if self.genre not in _SPOKEN or author is None or author.kind != "person" or ref.kind not in ("country", "body"):
        return ref
    person = next((p for p in self.actors.persons if p.key == author.key), None)
    if person is None:
        return ref
    country = person.country or front_country(self.report, self.actors)
    if self.genre == "letter":  # "Egypt respectfully requests ..." in a letter its official signs: the signatory
        known = ref.key == country or (country is None and author == self.voice.signatory)
        if ref.kind == "body" and ref.key in _headed(person.posts):
            return author  # "The Bureau requests ..." in a letter its Director signs: the Director
        return author if ref.kind == "country" and known else ref  # "The Group requests" by its chairman: the Group
    return author if ref.key in {country} | {k.split("/")[0] for k in person.posts} else ref


def _headed(posts: tuple[str, ...]) -> set[str]:
    """The bodies a person heads through ``posts`` (a Director, a Secretary-General: a role of no
    meeting, ``role-scopes.csv``), not those the person chairs or reports for."""
    out = set()
    for key in posts:
        body, _, role = key.rpartition("/")
        entry = roles().get(role)
        if body and entry is not None and entry.scope != "meeting" and role not in _speaking_roles():
            out.add(body)
    return out


def _one_of(self: _Reader, country: AgentRef) -> AgentRef | None:
    """The one person the report names from ``country`` (``Mr A (Egypt)`` in a list of heads of
    delegation) and no officer of the meeting body, who speaks when ``The delegate of Egypt`` does;
    ``None`` when it names none or several."""
    body = self.meeting_ref.key if self.meeting_ref.kind == "body" else None
    people = [  # an officer of the meeting speaks for it, not for a delegation
        p for p in self.actors.persons if p.country == country.key and not any(k.split("/")[0] == body for k in p.posts)
    ]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


@cache
def _speaker_lead() -> re.Pattern[str]:
    """``The councillor from`` / ``The delegate of the``: who speaks for the country named next."""
    return re.compile(rf"(?:[Tt]he\s+)(?:{country_speakers('leads_name')})\s+(?:of|from|for)\s+(?:the\s+)?")


#: what a job title is of (``Minister of the Economy``, ``Ambassador to Kenya``): its head is the title alone
_TITLE_OF = re.compile(r"\s+(?:of|for|to|in)\s.*$", re.DOTALL)


def _role_holder(self: _Reader, phrase: str) -> AgentRef | None:
    """``the moderator`` / ``The Rapporteur`` / ``The Minister``: the one person of the report whose job
    title (or post's role) that word is, in any case, also a title that extends it with what it is of
    (``Minister of the Economy``, ``Ambassador to Kenya``)."""
    people = _holders(self, _ARTICLE.sub("", phrase.strip()))
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


def _role_holders(self: _Reader, phrase: str) -> tuple[AgentRef, ...]:
    """``The co-facilitators`` / ``the co-chairs``: a role in the plural, each of the two or more persons
    of the report whose job title (or post's role) it is in the singular (they ask together, each a
    requester); ``()`` otherwise."""
    bare = _ARTICLE.sub("", phrase.strip())
    if not bare.endswith("s"):
        return ()
    people = _holders(self, bare[:-1])
    return tuple(AgentRef("person", p.key, p.name) for p in people) if len(people) > 1 else ()


def _holders(self: _Reader, bare: str) -> list[Person]:
    """The persons of the report whose job title (or post's role) is ``bare``, in any case, also a title
    that extends it with what it is of (``Minister of the Economy``)."""
    if not bare or len(bare.split()) > 3:
        return []
    role = request_addressees._role_forms().get(bare.lower())
    return [
        p
        for p in self.actors.persons
        if any(_TITLE_OF.sub("", t).lower() == bare.lower() for t in p.job_titles)
        or (role is not None and any(k.split("/")[-1] == role for k in p.posts))
    ]


def _role_of_country(self: _Reader, phrase: str) -> AgentRef | None:
    """``The Vice-Chair from Uruguay``: the one person named in the report with that role (a post
    or a job title) and that country."""
    m = _ROLE_OF_COUNTRY.fullmatch(phrase)
    role = request_addressees._role_forms().get(m.group("role").lower()) if m else None
    if m is None or role is None:
        return None
    countries = [sp.keys[0] for sp in self.actors.resolver.spans_in(m.group("country")) if sp.kind == "country"]
    if len(countries) != 1:
        return None
    forms = {f.lower() for f in roles()[role].forms}
    people = [
        p
        for p in self.actors.persons
        if p.country == countries[0]
        and (any(k.split("/")[-1] == role for k in p.posts) or any(t.lower() in forms for t in p.job_titles))
    ]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


def _author_group(self: _Reader, phrase: str, found: tuple[AgentRef, ...]) -> AgentRef | None:
    """The author body of the document when ``phrase`` names a group of its members (``The
    Administrations of the RCC Member States`` in a contribution of the RCC)."""
    author = self.voice.author
    if author is None or author.kind != "body" or any(r.kind not in ("body", "collective") for r in found):
        return None
    named = [sp for sp in self.actors.resolver.spans_in(phrase) if author.key in sp.keys]
    return author if named and _PLURAL_SUBJECT.fullmatch(phrase[named[-1].start :] + " ") else None


def _relative_subject(self: _Reader, pre: str, before: str, order: int, at: int) -> AgentRef:
    """The subject of a verb after ``that``/``which``/``who``: the person (or post) just named
    (``Mr. A (X), the Chair, who welcomed``), the body that issued a document named there,
    else the meeting body."""
    if pre.rstrip().endswith("who"):  # "opened by Mr. A (X), the Chair, who welcomed": that person
        named = [
            s
            for s in self.actors.resolver.spans.get(order, [])
            if s.kind in ("person", "post") and at <= s.start < at + len(before)
        ]
        if len(named) > 1 and named[-1].kind == "post" and named[-2].kind == "person":
            gap = self.actors.resolver.texts.get(order, "")[named[-2].end : named[-1].start]
            if _APPOSITIVE_GAP.fullmatch(gap):  # "Ms A (Japan), youth representative of the APT, who": Ms A
                named.pop()
        if named:
            refs = self.actors.resolver.ref(named[-1])
            person = next((r for r in refs if r.kind == "person"), None)
            if person is None and refs:
                person = self._personify(refs[0], None)
            if person is not None and (person.kind == "person" or len(before) - (named[-1].end - at) < 40):
                return person
    if _DOCUMENT_WORDS.search(before[-60:]):
        named = [
            s
            for s in self.actors.resolver.spans.get(order, [])
            if s.kind in ("body", "post", "posts") and at <= s.start < at + len(before)
        ]
        if named:  # the body that issued it, or the body of a post named there
            key = named[-1].keys[0].split("/")[0]
            return AgentRef("body", key, self._label(key))
    return self.meeting_ref


def _spoken_subject(self: _Reader, phrase: str, order: int) -> tuple[AgentRef | None, bool] | None:
    """``I`` (the author) and ``It`` continuing the last subject named in the paragraph or the one
    before (``Resolution 1332 invites X ... It also instructs Y``); else ``None``: read on."""
    if phrase == "I":
        return (self.voice.author, True) if self.voice.author else (None, False)
    if phrase.lower() == "we":  # "We, the members of UNGIS, ...": that body; else the author
        we = self._we(order) or self._we_author()
        return (self._subject_found(we, order), True) if we else (None, False)
    if phrase.lower() == "it" and (source := self._document_source(order, self._where[1])) is not None:
        return self._subject_found(source, order), True  # "Document 4 from Fiji was introduced ... It proposes"
    if phrase.lower() == "it" and self._last_subject and 0 <= order - self._last_subject[0] <= 1:
        last = self._last_subject[2]
        return (self._subject_found(last, order), True) if last.kind in ("body", "resolution") else None
    return None


def we_ask(self: _Reader, v: _VerbAt, pre: str) -> AgentRef | None:
    """``We [therefore] urge X to ...`` / ``and we invite Y to ...``: who ``we`` is (:func:`_we`),
    else the document's author; ``None`` when the verb has no ``we`` subject."""
    if v.kind != "base" or not _WE_BEFORE.search(pre):
        return None
    if self.co_signatories and self.voice.author in self.co_signatories:
        # a letter several sign: "we" is each signatory (decision 18), not the bodies they head
        return self.voice.author
    declared = self.declared_we() if self.voice.author is None else None  # "We, the delegates to X," opening it
    return self._we(v.order) or declared or self._we_author()


def _we_author(self: _Reader) -> AgentRef | None:
    """Who ``we`` is when no ``We, the members of X,`` says: the author, unless a person (who signs
    for a body) and a body or country was the last subject of a verb read (``The State Communications
    Agency thanks the Bureau ... We kindly request BDT ...``: the agency)."""
    author = self.voice.author
    last = self._last_subject
    body = last[2] if last is not None and last[2].kind in ("body", "country") else None
    return author if author is not None and (author.kind != "person" or body is None) else body


def _we(self: _Reader, order: int) -> AgentRef | None:
    """The agent ``We, the members of X,`` (``We, the Ministers of X,``, ``We, the X,``) names in
    paragraph ``order`` or the three before it: who ``we`` is in a joint statement."""
    for o in range(order, max(order - 4, 0), -1):
        text = document(self.report).para(o).text if o else ""
        if _WE_ARE.search(text) or _WE_AT.search(text):
            return _we_named(self, text, o)
    return None


def _we_named(self: _Reader, text: str, order: int) -> AgentRef | None:
    """The one body or country the ``We, ...,`` of ``text`` names: the meeting its speakers take part
    in (:data:`_WE_AT`), else the body of ``We, the members of X,`` (:data:`_WE_ARE`)."""
    for m in (_WE_AT.search(text), _WE_ARE.search(text)):
        if m is None:
            continue
        if m.re is _WE_AT:  # "participating in the Conference in Kigali, Rwanda": the body its name starts with
            spans = self.actors.resolver.spans.get(order, [])
            span = next((s for s in spans if s.kind == "body" and 0 <= s.start - m.start("who") <= 4), None)
            refs = self.actors.resolver.ref(span) if span is not None else []
            if refs and refs[0].kind == "body":
                return refs[0]
            continue
        found = [r for r in self.resolve(m.group("who"), order, m.start("who")) if r.kind in ("body", "country")]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def formula_writer(self: _Reader) -> AgentRef | None:
    """The one body, post or country that names itself in a note verbale's formula
    (:func:`.author_cues.writer_formula`): the author of a note that names no signatory (its passive requests,
    ``Missions are invited to ...``, are the writer's); the first formula whose subject the resolver reads as one
    agent."""
    for p in self.report.paragraphs:
        for m in writer_formula().finditer(p.text):
            found = self.resolve(m.group("who"), p.order, m.start("who"))
            if len(found) == 1 and found[0].kind in ("body", "post", "country"):
                return found[0]
    return None


def declared_we(self: _Reader) -> AgentRef | None:
    """The body or country the first ``We, the delegates to X,`` of the report names: the author of a
    declaration that names no other (its passive requests, ``TDAG is invited to ...``, are that body's)."""
    for p in self.report.paragraphs:
        if _WE_ARE.search(p.text) or _WE_AT.search(p.text):
            return _we_named(self, p.text, p.order)
    return None


def turn_speaker(self: _Reader, order: int) -> AgentRef | None:
    """The person whose turn paragraph ``order`` is in a transcript or record of speakers: the one a
    speaker label (``>> NAME:``, ``NAME:``) names at the start of that paragraph or of the nearest one
    before it; ``None`` in a document with no such label."""
    if self._turns is None:
        self._turns = {}
        speaker: AgentRef | None = None
        for p in self.report.paragraphs:
            if (m := _TURN.match(p.text)) is not None:
                who = m.group("who")
                found = self.resolve(title_cased(who) if who.isupper() else who, p.order, m.start("who"))
                known = {person.key for person in self.actors.persons}  # a name in capitals: the person it names
                found = tuple(AgentRef("person", r.key, self._label(r.key)) if r.key in known else r for r in found)
                speaker = found[0] if len(found) == 1 and found[0].kind == "person" else None
            if speaker is not None:
                self._turns[p.order] = speaker
    return self._turns.get(order)


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
    if v.kind in ("base", "s") and (cited := self._cited_issuer(pre, at_end=True)):
        return self._subject_found(cited, v.order)  # "Resolutions 101 and 133 of the PP request ..."
    if v.kind == "base" and (moved := self._moved_body(pre, v.order, v.at)) is not None:
        return self._subject_found(moved, v.order)  # "proposed that the Council approve A, and instruct X to"
    if v.kind == "base" and self._item_subject is not None and _ENUMERATOR.fullmatch(pre):
        return self._subject_found(self._item_subject, v.order)  # "The members:" / "(ii) urge X to ...": the members
    if v.kind == "base" and not _COORDINATED.search(bare := _TRAIL_ADVERBS.sub("", pre)):
        if (voice := _contributors_voice(self, bare)) is not None:
            return self._subject_found(voice, v.order)  # "They propose", "Ghana, Kenya and Togo request"
        if not _PLURAL_SUBJECT.fullmatch(bare):
            return _NO_VERB  # a bare base form is no finite verb of a report ("... that the Council approve")
        requester, ok = self.subject(v.sentence, v.m.start(), v.order, v.at)  # "The RCC Administrations invite"
        return requester if ok and requester is not None else _NO_VERB
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


def _resolution_asks(self: _Reader, phrase: str, order: int) -> AgentRef | None:
    """``Resolution 1305`` / ``WTDC Resolution 37 (Rev. Kigali, 2022)`` as the whole subject: the
    resolution itself asks (:func:`_resolution_ref`); ``None`` for anything else."""
    phrase = re.sub(r"^(?:[Tt]he|[Ii]ts)\s+", "", phrase.strip(" ,"))
    found = resolution_mentions(phrase)
    if len(found) != 1 or found[0]["span"][0] != 0:
        return None
    if found[0]["span"][1] < len(phrase) - 1 and not _CITATION_END.fullmatch(phrase[found[0]["span"][1] :]):
        return None  # "Resolution 135 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference" asks as itself
    return self._resolution_ref(found[0], order)


@cache
def _text_subject() -> re.Pattern[str]:
    """A text as the whole subject (``request-texts.csv``): ``the Tunis Agenda``, ``Paragraph 28 of the
    Geneva Plan of Action``, ``Opinion 5``, ``the Declaration``; ``name``: the text, ``number`` its number."""
    heads = alternation((r["head"] for r in data_rows("request-texts.csv")), spaces=True)
    return re.compile(
        r"(?:(?:[Pp]aragraphs?|[Pp]ara\.|[Ss]ection|[Aa]rticle|§)\s*\d+[A-Za-z]?(?:\s*\([a-z]\))?\s+of\s+)?"
        r"(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Oo]ur)\s+)?"
        rf"(?P<name>(?P<named>(?:[A-Z][\w'’.-]*\s+){{0,4}}?)(?:{heads})(?:\s+(?P<number>\d+(?:\.\d+)?))?"
        r"(?:\s+\([^()]{1,60}\))?)"
    )


def _text_asks(self: _Reader, phrase: str, order: int) -> AgentRef | None:
    """Who asks through a text named as the subject (:func:`_text_subject`): a numbered text the
    report records (``Opinion 5`` in a report of the WTPF) asks as itself where resolutions do
    (:func:`_resolution_ref`), else through its issuer; a text named by its words (``the Tunis
    Agenda``, ``the Istanbul Action Plan``) or numbered with no issuer known (``Recommendation 3``)
    asks as itself; a bare one (``the Guidelines``) is the one named before it with that head, else
    the meeting's (``the Declaration``), in a record of one."""
    if (m := _text_subject().fullmatch(phrase.strip(" ,"))) is None:
        return None
    name = " ".join(m.group("name").split())
    if m.group("number"):
        if self._resolutions is None:
            self._resolutions = find_resolutions(self.report)
        kind = name.split()[0].lower()
        same = [r for r in self._resolutions if r.number == m.group("number") and r.kind == kind and r.issuer]
        if len(same) == 1 and not self.resolutions_ask:
            return AgentRef("body", same[0].issuer, self._label(same[0].issuer))  # type: ignore[arg-type]
        if len(same) == 1:
            return AgentRef("resolution", same[0].key, same[0].name)
        return AgentRef("resolution", slug(name), name)  # an issuer the report does not say: the text
    if m.group("named").strip():
        return AgentRef("resolution", slug(name), name)
    if (
        earlier := _named_before(self, name, order)
    ) is not None:  # "the GSR Best Practice Guidelines ... The Guidelines"
        return AgentRef("resolution", slug(earlier), earlier)
    return self.meeting_ref if self.meeting_ref.kind == "body" else None


@cache
def _named_with_head(head: str) -> re.Pattern[str]:
    """Up to five capitalised words, then the head noun ``head`` (``the GSR12 Best Practice Guidelines``)."""
    return re.compile(rf"\b(?:[A-Z][\w'’.-]*\s+){{1,5}}{re.escape(head)}\b")


def _named_before(self: _Reader, head: str, order: int) -> str | None:
    """The last text named with its words and the head ``head`` in paragraph ``order`` or before it
    (``the GSR12 Best Practice Guidelines``): what the head alone refers to."""
    named = _named_with_head(head)
    found = None
    for p in self.report.paragraphs:
        if p.order > order:
            break
        for m in named.finditer(p.text):
            words = m.group(0).split()
            while words and words[0] in ("The", "the", "This", "Its", "Our"):
                words.pop(0)
            found = " ".join(words) if len(words) > len(head.split()) else found
    return found


def titled_resolution(self: _Reader, order: int, text: str) -> None:
    """A paragraph that is only a resolution's title (``RESOLUTION 140 (REV. BUCHAREST, 2022)``,
    a draft in a contribution) opens its text: the operative verbs after it (``instructs the
    Secretary-General``) are the contribution's (decision 22), else that resolution's
    (:func:`_resolution_ref`), else its issuer's."""
    phrase = text.strip(" .:")
    found = resolution_mentions(phrase)
    if len(found) != 1 or not _title_span(phrase, found[0]["span"]) or len(phrase) > 80:
        return
    if self.contributors:  # drafted in a contribution: its contributors ask (decision 22)
        self.issuer = self.voice.author
        return
    issuer = issuer_of_citation(phrase)
    own = self._resolution_ref(found[0], order)
    self.issuer = own or (AgentRef("body", issuer, self._label(issuer)) if issuer else self.issuer)


def _title_span(phrase: str, span: tuple[int, int]) -> bool:
    """Whether a resolution's citation at ``span`` is the whole of ``phrase`` but a draft's words
    before it (``DRAFT NEW RESOLUTION [X-1]``) and a revision whose venue is still a placeholder
    after it (``RESOLUTION 98 (REV. [CITY], 2031)``)."""
    return (
        _DRAFT_WORDS.fullmatch(phrase[: span[0]]) is not None
        and _OPEN_REVISION.fullmatch(phrase[span[1] :]) is not None
    )


def _resolution_ref(self: _Reader, mention: dict[str, Any], order: int) -> AgentRef | None:
    """The resolution a citation in paragraph ``order`` names, as the report's resolutions record it
    (:func:`find_resolutions`: same number, cited in that paragraph; the same key first): a
    resolution that is the subject of a request verb is what asks (``Resolution 140 instructs
    ...``), its issuer only adopted it. ``None`` when the report records no such resolution, for a
    United Nations resolution (its organ asks: ``E/RES/2019/24``) and outside a contribution or a
    speech (``_Reader.resolutions_ask``)."""
    if not self.resolutions_ask or "/" in mention["number"]:  # a UN resolution: its organ asks
        return None
    if self._resolutions is None:
        self._resolutions = find_resolutions(self.report)
    same = [r for r in self._resolutions if r.number == mention["number"] and (not order or order in r.paragraphs)]
    same.sort(key=lambda r: (r.key != mention["key"], r.issuer != mention["issuer"]))
    return AgentRef("resolution", same[0].key, same[0].name) if same else None


def _issuer_of(self: _Reader, phrase: str, order: int) -> str | None:
    """The issuer of a citation (:func:`issuer_of_citation`); for a bare ``Resolution 140``,
    that of the same resolution cited with its issuer earlier in the paragraph."""
    if issuer := issuer_of_citation(phrase):
        return issuer
    found = resolution_mentions(phrase)
    if len(found) != 1 or found[0]["span"][0] > len("the "):
        return None
    text = document(self.report).para(order).text if order else ""
    for r in resolution_mentions(text):
        if r["number"] == found[0]["number"] and (issuer := issuer_of_citation(text[slice(*r["span"])])):
            return issuer
    return None


def _cited_issuer(self: _Reader, text: str, at_end: bool, itself: bool = True) -> AgentRef | None:
    """Who asks through the (last) resolution cited in ``text`` (``at_end``: the text ends with
    it): that resolution, when it is cited alone and ``itself`` (``Resolution 1332, which invites``,
    ``Under Resolution 140, X is instructed``); else its issuer (``Resolutions 101 and 133 of the
    Plenipotentiary Conference``; ``By Resolution 172, the conference invited``)."""
    found = resolution_mentions(text)
    if not found:
        return None
    last = max(found, key=lambda r: r["span"][1])
    a, b = last["span"]
    end = _CITATION_END.fullmatch(text[b:])
    if at_end and not end:
        return None
    listed = len(found) > 1 and _LISTED_CITATIONS.search(text[: a + 1])
    if itself and not listed and (resolution := self._resolution_ref(last, self._where[0])) is not None:
        return resolution
    if end and end.group("of"):  # "Resolutions 101 and 133 of the Plenipotentiary Conference"
        named = [r for r in self.resolve(end.group("of"), *self._where) if r.kind == "body"]
        return named[0] if len(named) == 1 else None
    issuer = issuer_of_citation(text[a:b])
    return AgentRef("body", issuer, self._label(issuer)) if issuer else None


def clause_subject(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef, modal: bool = False
) -> tuple[tuple[AgentRef, ...], str]:
    """(addressees, action) of a ``that`` clause whose subject is an agent followed by its verb
    (``the Council approve X`` -> Council, ``approve X``); else ``((), clause)``."""
    clause = modal_aside_dropped(clause)  # "X shall, as appropriate, invite": "X shall invite"
    if (
        requester.kind not in ("person", "country")
        and (asked := _be_asked().match(clause))
        and (found := self.resolve(asked.group("who"), order, offset, (requester.key,)))
    ):  # "recommends that the Directors of the Bureaux be requested to report ..."
        return found, clause[asked.end() :]
    spans = self.actors.resolver.spans_in(clause)
    lead = re.match(r"^(?:the\s+|all\s+)?", clause, re.IGNORECASE)
    if (
        colon := re.fullmatch(rf"([^,;:]{{2,60}}?)({_SUBJECT_COLON})\s*", clause)
    ) and not spans:  # "recommends that the Director:"
        listed = self.objects(colon.group(1), order, offset, requester)
        if colon.group(2).strip() != ":" and not known_agents(listed):
            return (), clause  # "agreed that the draft Recommendation would:": a text's verbs follow, no one asked
        return (listed, "") if listed else ((), clause)
    if not spans or spans[0].start > (lead.end() if lead else 0):
        if (role := _role_subject(self, clause, order, offset, requester, modal)) is not None:
            return role  # "recommends that the Director issue guidance ...", "that the Plenary approve ..."
        if not modal and (collective := self._collective_subject(clause, order, offset, requester)):
            return collective
        if modal and (named := _MODAL_SUBJECT.match(clause)):  # "that Member States shall submit ..."
            found = self.resolve(named.group("who"), order, offset, (requester.key,))
            if found and all(r.kind == "collective" for r in found) and _MODAL_VERB.match(clause[named.end("who") :]):
                return found, clause[named.end("who") + _MODAL_VERB.match(clause[named.end("who") :]).end() :]  # type: ignore[union-attr]
        return (), clause
    end = spans[0].end
    for s in spans[1:]:  # coordinated subjects: "the Secretariat and the Bureaux"
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", clause[end : s.start]):
            break
        end = s.end
    # "recommends that the Council[, at its 2022 session]:" + items
    if colon := re.match(
        rf"(?:\s*,\s*(?:at|in|during)\s[^,;:]{{1,60}})?{_SUBJECT_COLON}\s*(?:$|(?=\(?a\)\s))", clause[end:]
    ):
        found = self.resolve(clause[:end], order, offset, (requester.key,))  # (items inline: "a) ... ; b) ...")
        return (found, clause[end + colon.end() :]) if found else ((), clause)
    # "that the Council, at its 2031 session (Geneva, ...), consider ...": an aside between commas says when or how
    aside = aside_between_commas().match(clause, end)
    after = aside.end() if aside else end
    verb = (_MODAL_VERB if modal else _CLAUSE_VERB).match(clause[after:])
    if verb is None:
        return (), clause
    found = self.resolve(clause[:end], order, offset, (requester.key,))
    if not found:
        return (), clause
    if found == (self.meeting_ref,) and self.default_addressee and "secretariat" in clause[:end].lower():
        found = (self.default_addressee,)  # "that the UNGIS secretariat shall ..." in a report of UNGIS
    return found, clause[after + verb.end() :]


@cache
def _modal_aside() -> re.Pattern[str]:
    """A modal and the aside between commas after it (:func:`.addressee_phrases.aside_between_commas`):
    ``that the study groups shall, where appropriate, invite ...``, ``that Member States should, in
    cooperation with industry, share ...``; the clause reads as if the aside stood elsewhere."""
    return re.compile(rf"(?<![\w-])(?P<modal>{LEAD_MODAL})(?:{aside_between_commas().pattern})\s*")


def modal_aside_dropped(clause: str) -> str:
    """``clause`` without the first aside right after a modal (:func:`_modal_aside`): ``the study groups shall,
    where appropriate, invite X`` reads ``the study groups shall invite X``."""
    return _modal_aside().sub(r"\g<modal> ", clause, count=1) if "," in clause else clause


@cache
def _closing_aside() -> re.Pattern[str]:
    """An aside between commas that ends the words before a verb, after a modal (:func:`_modal_aside`) or after a
    ``that`` clause's subject: ``that the study groups shall, where appropriate,|``, ``that Member States, in
    cooperation with industry,|``."""
    that = rf"(?P<that>\bthat\s+[^,;:]{{1,100}}?)(?:{aside_between_commas().pattern})\s*"
    return re.compile(rf"(?:{_modal_aside().pattern}|{that})$")


def aside_dropped(pre: str) -> str:
    """``pre`` without the aside that ends it after a modal or a ``that`` clause's subject (:func:`_closing_aside`):
    the verb after it is the clause's own (``that X shall, where appropriate, invite``: ``that X shall invite``),
    never one coordinated with the verb before."""
    if "," not in pre or (m := _closing_aside().search(pre)) is None:
        return pre
    return pre[: m.start()] + (m.group("modal") or m.group("that")) + " "


def known_agents(found: tuple[AgentRef, ...]) -> bool:
    """Whether ``found`` names agents the resolver knows: no collective but those ``collectives.csv`` lists or
    one headed by such a word (``Arab administrations``); not a noun phrase taken as written (``the draft
    Recommendation``)."""
    known, heads = set(collectives().values()), collectives()
    return bool(found) and all(
        r.kind != "collective" or r.key in known or r.label.split()[-1].lower() in heads for r in found
    )


def _role_subject(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef, modal: bool = False
) -> tuple[tuple[AgentRef, ...], str] | None:
    """``that the Director issue ...`` / ``that the Director: a) ...`` / ``that the Plenary approve ...``:
    a role word or a head noun alone that the resolver finds no span for (the one post of that role a
    person holds in the report, the body of the document's front whose name ends with it, the plenary
    of a committee's report), then a colon or a verb in the base form: (addressees, action); else ``None``."""
    if (m := _ROLE_CLAUSE.match(clause)) is None:
        return None
    rest = clause[m.end() :]
    if aside := aside_between_commas().match(rest):  # "that the Director, in consultation with X, report ..."
        rest = rest[aside.end() :]
    colon = re.match(_SUBJECT_COLON, rest) is not None
    verb = None if colon else (_MODAL_VERB if modal else _CLAUSE_VERB).match(rest)
    if not colon and (verb is None or re.match(r"[a-z]+(?:ed|s)\b", rest[verb.end() :])):
        return None  # "that the Director said ...", "that the Chairman reports ...": no verb in the base form
    who = m.group("who")
    # the one post of that role, else the body of the document's front that ends with the noun ("the Assembly")
    found = request_addressees._named_role(self, who) or self._front_body(who)
    found_all = (found,) if found is not None else self.resolve(who, order, offset, (requester.key,))
    if len(found_all) != 1 or found_all[0].kind not in ("post", "body", "collective") or found_all[0] == requester:
        return None
    if found_all[0].kind == "collective" and found_all[0].key != "plenary":
        return None
    action = re.sub(rf"^{_SUBJECT_COLON}\s*", "", rest) if verb is None else rest[verb.end() :]
    return found_all, action


def _collective_subject(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef
) -> tuple[tuple[AgentRef, ...], str] | None:
    """``that Member States share ...``: known collectives (``collectives.csv``: ``interested
    Member States and Sector Members``, ``Member States, in particular LDCs,``) in up to eight
    words, then a verb in the base form: (addressees, action)."""
    words = list(re.finditer(r"\S+", clause[:120]))
    for n in range(1, min(8, len(words) - 1) + 1):
        end = words[n - 1].end()
        verb = _CLAUSE_VERB.match(clause[end:])
        rest = clause[end + verb.end() :] if verb else ""
        if (
            verb is None
            or not re.match(r"[a-z]+\b", rest)
            or rest.split()[0].endswith("s")
            or rest.split()[0] in stopwords()  # "Member States and ...": no verb yet
            or words[n - 1].group(0).lower() in stopwords()  # "Member States, in": inside an aside
        ):
            continue
        found = self.objects(clause[:end], order, offset, requester)  # the noun phrase (asides dropped)
        known = set(collectives().values())
        if found and all(r.kind == "collective" and r.key in known for r in found):
            return found, rest
        if len(found) == 1 and found[0].kind == "collective" and found[0].label.split()[-1].lower() in collectives():
            return found, rest  # a group as written, headed by a known collective ("the X facilitators")
        if len(found) > 1 and all(r.kind == "collective" for r in found) and found[-1].key in known:
            label = re.sub(r"^(?:the|all)\s+", "", clause[:end], flags=re.IGNORECASE)
            return (named_group(found[-1], label),), rest  # "that the WSIS Action Line facilitators strengthen"
    return None
