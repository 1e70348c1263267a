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
  coordinated: ``The Group and the Secretariat were invited``; a qualified group is a group of its
  own: ``Delegates requiring an entry visa``); requester = Y, else the issuer of a resolution the
  sentence cites (``In accordance with Resolution 140, the Secretary-General is instructed``), else
  the document's author when it does not speak for the meeting body (``Report by the
  Secretary-General``, a letter's signatory: :mod:`.authors`), else the meeting body;
- active ``S invited X to ACTION``: requester = S (a pronoun is resolved to the last person or
  post in subject position: ``He invited`` -> the Chairman; ``I`` is the author; ``It`` continues
  the last subject of the paragraph: ``Resolution 1332 invites X ... It also instructs Y``; a
  person named between commas after an opening phrase: ``The delegate of Chile, Ms A, asked``);
  a coordinated verb (``... and invited them to``) takes the subject of the verb before it; a
  relative clause on a document (``the resolution that invites``, ``Resolution 1305, which
  requested``) is its issuer; ``While encouraging X to ...`` and an unnamed subject are the meeting
  body; a resolution or conference subject is its issuer (``By Resolution 172, the conference
  invited``: the resolution's issuer); ``you`` is the audience (a letter's ``To:``, else the
  participants); ``invite X to the meeting`` asks X to attend;
- ``VERB that CLAUSE`` / ``It was requested that CLAUSE`` names no addressee: the addressee is
  the meeting body's secretariat (``the Secretariat``, see :mod:`.bodies`), which carries out
  what such a body asks; without a secretariat, the meeting body itself. A participant's wish
  (``Mr A proposed that the report include ...``, ``asked that X be invited to ...``) and a clause
  about what no agent names (``that the Eighth Report include ...``) ask no one; a named meeting
  or body the resolver does not know (``that the Eighth Indicators Meeting consider ...``,
  ``that PrepCom-2 transmit ...``) is asked;
  ``recommends that X be requested to ACTION`` is one request to X;
- ``We urge X`` is the body a ``We, the members of X,`` names, else the author; ``the moderator``
  (any case) is the one person with that role; ``The councillor from Peru`` (``country-speakers.csv``)
  is Peru, and so is the ``She`` of the next sentence; an insertion between the subject and its verb
  (``, which met in May,``, ``, in Resolution 71 (Rev. Busan, 2014),``) is skipped;
- ``S proposed to ACTION`` (no object) and ``It is proposed that the next meeting take place ...``
  (a clause about an event): a plan, asked of no one; an officer's proposal to the
  body it serves (``The Chair proposed that the Committee approve ...``) is a motion, no request;
- ``the Committee`` (``the Group``, ``the Council``: the head noun of the meeting body's name) is
  the meeting body, whatever other committee was named last;
- ``S agreed/decided that X should/shall/must ACTION`` (and ``It was agreed that
  ...``): besides the decision, a request of S (the meeting body when passive) to X, with the
  decision verb as its kind (``agree``/``decide``: a request the meeting decided on, not one it
  voiced) and the clause after the modal as the action; a clause without an agent subject
  or modal (``agreed that the text be revised``) or with a modal of the future only (``agreed that
  the Chairman would present ...``, ``will``: a plan) is a decision only.

Lists: a request without an action before a colon (``recommends that the Council:``,
``requested the secretariat:``, items lettered inline after it: ``a) ...; b) ...``) or a
subject before a colon (``Following the discussion, TSAG:``) is taken by each lettered item after
it (also items labelled ``Proposal 2:``), one request per item. A resolution text (``The
Plenipotentiary Conference ... (Busan, 2014),``) makes its issuer the subject of its operative verbs (``instructs the
Secretary-General``, ``resolves``), whose numbered items (``1 to ...``, ``2 that X shall ...``)
are one request each, also when a PDF glues them after ``;``.

``them``/``they`` is the last body (or plural post) named before the verb that is not the
requester. The deadline is a date in the sentence led by ``by``/``before``/``until``/``no later
than``/``deadline`` (:func:`~wsiskg.ingest.extract.dates.due_dates`, the deadline extractor's reader;
a year-less date is the next occurrence after the meeting's start). ``concerns`` lists action lines and
SDGs (``action-line:C4``, ``sdg:9``), events (``event:<key>``) and documents (``document:<key>``)
named in the sentence.

Modules: this one holds the reader (``_Reader``: the paragraph and sentence loop, each verb
occurrence, decisions, the request record, deadlines and ``concerns``) and ``find_requests``; the
subject (requester) is read in :mod:`.request_subjects`, the addressees an object phrase names in
:mod:`.request_addressees`, passive forms in :mod:`.request_passive`, lettered lists and resolution
texts in :mod:`.request_items`, a list's lead and which paragraphs are its items in :mod:`.request_leads`, courtesy
formulas and ``please`` in :mod:`.request_polite`; the verb forms and shared patterns are in
:mod:`.request_verbs`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import takewhile

from wsiskg.ingest.extract import (
    request_actions,
    request_addressee_agents,
    request_addressees,
    request_adoption,
    request_clauses,
    request_items,
    request_leads,
    request_learnt,
    request_passive,
    request_polite,
    request_subjects,
)
from wsiskg.ingest.extract.agent_resolver import Actors, Context
from wsiskg.ingest.extract.author_cues import (
    first_person_formula,
)
from wsiskg.ingest.extract.author_joint_issuers import joint_issuers
from wsiskg.ingest.extract.author_submissions import joint_submission
from wsiskg.ingest.extract.authors import co_signatories, contributors, document_voice, proposer, speaks_for
from wsiskg.ingest.extract.bodies import meeting_secretariat, untitled
from wsiskg.ingest.extract.casing import either_initial, either_initial_determiners, title_cased
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import (
    adverb_alternation,
    auxiliary_alternation,
    before_preposition,
    bodies,
    determiner_alternation,
    modal_alternation,
    pronouns,
)
from wsiskg.ingest.extract.genre import records_meeting, report_genre, voice_genres
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_draft_leads import would_dropped
from wsiskg.ingest.extract.request_gapping import gapped
from wsiskg.ingest.extract.request_leads import (
    _DECIDED_ITEM,
    _DECIDED_TO,
    _HEADING_SIZE,
    _ITEM,
    _LEADS_ITEMS,
    _opens_clause,
    _unmarked_item,
    _wrapped,
)
from wsiskg.ingest.extract.request_own_code import own_code
from wsiskg.ingest.extract.request_recommendations import recommended_line
from wsiskg.ingest.extract.request_relatives import relative_asker
from wsiskg.ingest.extract.request_that_pairs import that_pairs
from wsiskg.ingest.extract.request_verbs import (
    _AUX,
    _COORDINATED,
    _ENUMERATOR,
    _NO_VERB,
    _TRAIL_ADVERBS,
    AS_FOLLOWS,
    DECIDING,
    _Form,
    _form_kind,
    _VerbAt,
    _verbs,
    clause_end,
    in_condition,
    no_verb_before,
    power_only,
)
from wsiskg.ingest.records import AgentRef, Decision, ParsedReport, Request, Resolution
from wsiskg.ingest.text import DASH, LIST_MARK, sentence_spans

#: a post of a body named by the body's head noun: ``The Chairman of the Committee``, ``the Vice-Chair of the Group``
_OF_HEAD = re.compile(r"(?P<post>(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+of\s+(?P<head>\S+\s+[A-Z][\w-]*)")
#: a verb's announcing phrase before its colon (``resolved as follows:``): read as the bare colon after it
_ANNOUNCED_COLON = re.compile(rf"\s*,?\s*{AS_FOLLOWS}(?=\s*:\s*$)")
# a verb that makes the next infinitive a decision of its subject: "The meeting agreed to request X to ..."
_CONTROL = re.compile(
    r"\b(?:agreed|agrees|agree|decided|decides|decide|resolved|resolves|wished|wishes|further\s+agreed)"
    r"(?:\s+\w+ly)?\s+to\s*$",
    re.IGNORECASE,
)
#: a verb of deciding, an infinitive, then the request verb as a second infinitive: ``the Council wished
#: to take note of X and to request Y to ...``, ``agreed to note the plan and to invite ...``
_CONTROL_AND = re.compile(
    r"\b(?:agreed|agrees|agree|decided|decides|decide|resolved|resolves|wished|wishes)(?:\s+\w+ly)?\s+to\s+"
    rf"[^;:]{{1,200}}?(?:,\s*|\s+)and\s+(?:(?:{adverb_alternation('addition')})\s+)?to\s*$",
    re.IGNORECASE,
)
#: an infinitive (a modal's verb) and its object right before a participle of asking: a text still to be made that
#: is to ask (``requested BDT to issue a circular letter inviting administrations to ...``, ``should send a note
#: asking members to ...``); no one is asked yet, the one asked to make it is (decision 43)
_TEXT_TO_COME = re.compile(
    rf"\b(?:to|{modal_alternation('obligation')})\s+(?:\w+ly\s+)?[a-z]+\s+(?:{determiner_alternation('infinitive')})\s+"
    r"(?:[\w-]+\s+){1,4}$",
    re.IGNORECASE,
)


#: ``, which [also] `` before a verb whose subject is the text cited before it
_WHICH = re.compile(r",\s*which\s+(?:also\s+)?$")


#: the meeting adopts what was just proposed
_SO_AGREED = re.compile(r"(?:It|This|The\s+proposal)\s+was\s+(?:so\s+|then\s+)?(?:agreed|approved|accepted|decided)\b")

#: a sentence cut off after a ``that`` clause's first word (``requested that TSB``)
_THAT_WORD_END = re.compile(r"\bthat\s+[\w-]+\s*$")
#: a paragraph that is one token with a digit (``C07/9-E``, ``- 3 -``): page furniture the reader left in
#: add the requests of the learnt detector (``request_learnt.py``) where the rules read none
LEARNT = True
#: a run-in heading a PDF keeps on its paragraph's first line, before the subject: ``3. Transposition The
#: Committee requested``, ``4. Any other business Mr A invited``, ``3 Conclusions a) GSS-28 called upon``
#: (not ``Delegates from The Gambia``: no preposition before the capital)
_RUN_IN_HEAD = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?!(?:The|This|These|Those|An?|It|Its|He|She|They|We|Our|Their)\b)[A-Z][a-z]+"
    rf"(?:\s+(?!(?:{auxiliary_alternation(role='clause')}|{modal_alternation('future')}|[a-z]+ed)\b)[a-z]+){{0,3}}(?<!\bfrom)(?<!\bof)"
    r"(?<!\bin)(?<!\bto)"
    r"(?<!\bfor)(?<!\bby)(?<!\bwith)(?<!\bat)(?<!\bon)(?<!\band)\s+(?=The\s+\w|(?:Mr|Ms|Mrs|Dr)\s+[A-Z]|[a-z]\)\s)"
)
_PAGE_LINE = re.compile(rf"\s*(?:{DASH}\s*)?(?=\S{{0,30}}\d)\S{{1,30}}(?:\s*{DASH})?\s*")
#: verbs of asking that always take an object: ``X invited to VERB`` with none is a passive (``asked to speak``,
#: ``requested to take the floor`` are a participant's own wish)
_OBJECT_VERBS = frozenset({"invite", "encourage", "urge", "instruct", "task", "mandate", "direct", "exhort", "remind"})
#: ``to`` and a verb right after the verb
_REDUCED_TO = re.compile(rf"\s+to\s+(?!(?:be|{determiner_alternation('reduced')})\b)[a-z]{{2,}}\b")
#: a noun phrase that opens a sentence (a list mark before it): the subject of a passive without its auxiliary
_HEADLINE_SUBJECT = re.compile(
    rf"\s*(?:\(?[a-z0-9]{{1,2}}[).]\s*|{LIST_MARK}\s*)?(?:All\s+|The\s+)?[A-Z][\w&.-]*(?:\s+[\w&.-]+){{0,5}}\s*"
)
#: the end of a text: where a passive without its auxiliary "starts"
_AT_END = re.compile(r"$")


def _own_head(name: str) -> re.Pattern[str] | None:
    """``the HEAD`` for a body's name: the last word before a preposition, numbers and single
    letters left out (``Committee 5``, ``Sub-Committee A``, ``Expert Group on X``, ``ITU Council``);
    a name in capitals read in the case names are written in (``STANDING COMMITTEE ON X``), the head
    in either case (``The group invited ...`` in the record of a Rapporteur Group: decision 41), with any of the
    name's words before it (``the study group``, ``the Working Group`` of ``Council Working Group on X``)."""
    name = title_cased(name) if name.isupper() else name
    # a name rebuilt from its key is title-cased (``Regional Development Forum For Africa``): its head is before ``For``
    words = before_preposition(untitled(name), "goes-on", any_case=True).split()
    words = [w for w in words if not re.fullmatch(r"\d+|[A-Z]|\(.*\)", w)]
    if not words or not words[-1][:1].isupper() or words[-1].isupper():
        return None
    # the words of the name before its head, back to an acronym, each optional in either case (``the study group``,
    # ``the Working Group`` of ``Council Working Group on X``)
    before = list(takewhile(lambda w: w[:1].isupper() and not w.isupper() and w.isalpha(), reversed(words[:-1])))
    prefix = ""
    for word in reversed(before):
        prefix = rf"(?:{prefix}{either_initial(word.lower())}\s+)?"
    return re.compile(rf"(?:{either_initial_determiners('anaphor')})\s+{prefix}{either_initial(words[-1].lower())}")


def _reduced_passive(v: _VerbAt, pre: str, post: str) -> bool:
    """``FG members invited to comment on the draft ...``, ``Experts encouraged to ...`` (a minute's or
    headline's passive without its auxiliary): a verb that always takes an object (:data:`_OBJECT_VERBS`)
    in the past, right after a noun phrase opening the sentence and right before ``to`` and a verb."""
    return (
        v.entry.verb in _OBJECT_VERBS
        and _REDUCED_TO.match(post) is not None
        and _HEADLINE_SUBJECT.fullmatch(pre) is not None
    )


def _sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, str]]:
    """``(offset, sentence)`` for each sentence of ``text`` (its ``spans`` when known), stripped."""
    out: list[tuple[int, str]] = []
    for a, b in sentence_spans(text) if spans is None else spans:
        piece = text[a:b]
        out.append((a + len(piece) - len(piece.lstrip()), piece.strip()))
    return out


class _Reader:
    """Reads a report's requests and decisions, paragraph by paragraph (``read``)."""

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
        self.default_year = default_year
        self.reference = reference
        self._read_meeting_body(meeting_body or actors.meeting_body)
        #: the meeting body is only presumed (no own meeting was found: an excerpt cut before its header)
        self.presumed_body = meeting_body is None
        #: who speaks: ``I`` is the author; ``you`` the audience (a letter's ``To:``)
        self.voice = self._document_voice = document_voice(report, actors, meeting_found=not self.presumed_body)
        #: a chairman's report is its chairman's: the post that wrote it is the person who holds it
        self._chair_report = report_genre(report) == "chair-report"
        self._speaking(self.voice.author_at(0))
        #: the paragraphs of an "Action required" block: what they ask is asked by who signs the document
        self._action_required = {p.order for p in report.paragraphs if p.kind == "action-required"}
        self._start_reading()
        #: the report's resolutions (:func:`find_resolutions`), read when a resolution is a subject
        self._resolutions: tuple[Resolution, ...] | None = None
        #: a contribution or a speech argues from the ITU resolutions it cites: ``Resolution 140
        #: instructs ...`` there is the resolution asking; an official document (a report of the
        #: Secretary-General or the Council, a letter, a record) reports the issuer's request
        self.resolutions_ask = report_genre(report) in voice_genres("arguing")
        #: a speech or a letter: its speaker makes the requests of the country or body it speaks for
        self.genre = report_genre(report)
        self._read_contributors(report, actors)
        self._concerns: dict[tuple[int, int, str], tuple[str, ...]] = {}
        #: (paragraph order, offset) of the sentence being read
        self._where = (0, 0)
        #: paragraph order -> the person whose turn it is in a transcript (``>> NAME: ...``), read once
        self._turns: dict[int, AgentRef] | None = None
        #: the column roles of the action table being read (``No. | Action | Responsible | Deadline``)
        self.action_table: list[str | None] | None = None
        self.action_table_pipes = False  # its header's cells are set apart by " | " (its rows' are too)
        self.operative_issuers: dict[str, AgentRef | None] = {}  # request_items.operative_subject's, read once

    def _start_reading(self) -> None:
        """The state of the reading at the report's start: no subject, list, lead or item read yet."""
        #: the body whose resolution text is being read (``The Plenipotentiary Conference ..., instructs ...``)
        self.issuer: AgentRef | None = None
        #: (paragraph order, sentence offset, requester) of the last subject named: what a coordinated
        #: verb and ``It also instructs`` continue
        self._last_subject: tuple[int, int, AgentRef] | None = None
        #: the agents of a subject that lists several (``Brazil and India invited ...``): one request each
        self._co_requesters: tuple[AgentRef, ...] = ()
        #: (paragraph order, offset, agents) of the last object phrase read: what ``urged them`` continues
        self.last_objects: tuple[int, int, tuple[AgentRef, ...]] | None = None
        #: a participant's proposal in the paragraph being read, which ``It was so agreed.`` adopts
        self._proposal: Request | None = None
        #: the leads of the list being read, one per co-requester (``Spain and Portugal invite the Council:``)
        self._leads: list[Request] = []
        #: the subject of the list items being read (``TDAG:`` before ``a) requested BDT to ...``)
        self._item_subject: AgentRef | None = None
        #: the subject of ``The Group decided:`` while its items (``a) to request X to ...``) are read
        self._decided: AgentRef | None = None
        self._decided_to = False  # the lead ended "agreed to:": its items' verbs have no "to"
        self._open_item = False  # such an item's paragraph ends within its sentence

    def _read_contributors(self, report: ParsedReport, actors: Actors) -> None:
        """Who a document's requests are credited to when several write it: a contribution's (or a proposal's
        with an ITU source symbol) contributors, its drafted resolution texts' too (decision 22); else the
        persons who sign a letter together (decision 18)."""
        self.contributors = (
            contributors(report, self.voice.author, actors)
            if self.genre == "contribution" or proposer(report, actors) or joint_submission(report)
            else ()
        )
        self.co_signatories = (
            co_signatories(report, actors) or joint_issuers(report, actors, not self.presumed_body)
            if not self.contributors
            else ()
        )  # "Prepared by A and B": each issuer's

    def _read_meeting_body(self, meeting_body: str | None) -> None:
        """Who the meeting is: its body, what ``the Committee`` names, and who a request names no one to."""
        self.meeting_body = meeting_body
        secretariat = meeting_secretariat(meeting_body)
        code = None if meeting_body or not records_meeting(self.report) else own_code(self.report)
        self._coded = code is not None
        self.meeting_ref = (
            AgentRef("body", meeting_body, self._label(meeting_body))
            if meeting_body
            else AgentRef("body", slug(code), code)  # an excerpt of a body known by its documents' code
            if code
            else AgentRef("collective", "meeting", "the meeting")
        )
        target = secretariat or meeting_body
        self.default_addressee = AgentRef("body", target, self._label(target)) if target else None
        #: ``the Committee`` in a report of Committee 5: the head noun of the meeting body's name
        name = next((b.name for b in self.actors.bodies if b.key == meeting_body), None)
        self._own_head = _own_head(name or meeting_body.replace("-", " ").title()) if meeting_body else None
        self._head_ref = self.meeting_ref

    def _speaking(self, author: AgentRef | None) -> None:
        """``author`` writes the text being read: who asks when a passive names no one, who ``I`` is."""
        self.voice = replace(self._document_voice, author=author)
        self.author: AgentRef | None = None
        self._read_author(author)
        if self.author is not None and self._chair_report:
            self.author = self._personify(self.author)

    def _speaking_at(self, order: int) -> None:
        """A covering note's issuer asks in the note's own text, the transmitted text's author from its annex on
        (``Note by the Secretary-General`` / ``The Council is invited to take note`` / ``ANNEX`` / ``Report of X``)."""
        if (author := self._document_voice.author_at(order)) != self.voice.author:
            self._speaking(author)

    def in_covering_note(self) -> bool:
        """Whether the text being read is a covering note's own, before the text it transmits."""
        return self._document_voice.note is not None and self.voice.author == self._document_voice.note

    def _read_author(self, author: AgentRef | None) -> None:
        """Who asks when a passive names no one, and the body ``the Committee`` names when no meeting is recorded."""
        meeting_body, report, actors = self.meeting_body, self.report, self.actors
        #: the body ``the Committee`` names: the meeting body, else the body of the post that wrote the
        #: document (``Report by the Chairman of Committee 5``: ``The Committee requested ...``)
        if meeting_body is None and author is not None and author.kind == "post" and "/" in author.key:
            own = author.key.split("/")[0]
            name = next((b.name for b in actors.bodies if b.key == own), None)
            self._own_head = _own_head(name or own.replace("-", " ").title())
            self._head_ref = AgentRef("body", own, self._label(own))
        #: the author of a document that does not speak for the meeting body (a letter or a document of
        #: no meeting asks in its author's name even for the group it chairs)
        self.author = (
            author
            if author is not None and (not speaks_for(author, meeting_body, actors) or not records_meeting(report))
            else None
        )
        if self.author is None and (meeting_body is None or not records_meeting(report)):
            # "We, the delegates to X, ...": a declaration of X; "The Office ... avails itself of": a note verbale's
            self.author = self.declared_we() or self.formula_writer()

    def action_required(self, order: int) -> AgentRef | None:
        """Who asks in paragraph ``order`` when it is an "Action required" line of a signed
        document (``The Council is invited to ...`` above ``NAME`` / ``Chairman, CWG-X``): the
        signatory, also when the document speaks for the meeting body."""
        signatory = self.voice.signatory
        if signatory is None and self._chair_report and self.voice.author is not None:
            signatory = self.voice.author  # "Report by the Chairman of X": the chairman, when named in it
        if order not in self._action_required or signatory is None or self.author is not None:
            return None
        signatory = self._personify(signatory, None)
        return signatory if signatory.kind == "person" or self.voice.signatory is not None else None

    def _unnamed_requester(self) -> AgentRef | None:
        """Who asks when a verb's subject names no one: the meeting body, else (a text that names no
        meeting body: a letter, a contribution, a statement) its author, else the body or country that
        was the last subject read (``APT proposes ...``), else ``the meeting``; no one when that is a body the text
        only mentions (:meth:`only_mentioned`, decision 55), for every caller."""
        fallback = self._fallback_requester()
        return None if self.only_mentioned(fallback) else fallback

    def _fallback_requester(self) -> AgentRef:
        """The meeting body, else the author, else the body that last spoke, else ``the meeting``."""
        if self.meeting_ref.kind == "collective":  # the body that last spoke ("APT proposes ... and all X are invited")
            return self.author or self._we_author() or self.meeting_ref
        # a document of no meeting (a contribution to the meeting it names): its author, not that meeting's body
        return self.author if self.author is not None and not records_meeting(self.report) else self.meeting_ref

    def _unread_subject(self, asks: bool) -> AgentRef | None:
        """Who asks with an active verb whose subject is not read (``... agreed to request X``, ``..., asking X to``,
        ``A revised B and asked X``): the fallback (:meth:`_unnamed_requester`), except a meeting body only presumed
        (no meeting found: an excerpt, a note) and the author of a text in the first person (a speech, a letter: there
        the author asks as ``I``; a contribution's or a report's unread subject, its drafted text, stays its author's).
        An active verb has a subject in the text; where the reader does not read it (an appositive person, a conference
        by its acronym), crediting a presumed body or the speaker is a guess on a guess. A decision (``asks`` false:
        ``..., and noted X``) is the plain fallback's (:meth:`_fallback_requester`), as before."""
        if not asks:
            return self._fallback_requester()
        fallback = self._unnamed_requester()
        if fallback is not None and fallback == self.author and self.genre in voice_genres("first-person"):
            return None
        presumed = self.presumed_body and fallback == self.meeting_ref and self.meeting_ref.kind == "body"
        return None if presumed and self.genre not in voice_genres("body-own") else fallback

    def only_mentioned(self, asker: AgentRef) -> bool:
        """Whether ``asker``, who a request that names no one falls back on (:meth:`_unnamed_requester`), is the
        meeting body of a document that records no meeting and is not that body's own (a notice, a letter, a concept
        note, a speech, an agreement whose issuer was not found): the body its text only mentions asks nothing there
        (decision 55: such a request is its issuer's). A contribution or a report over a period is its body's own."""
        # ``the meeting`` of a text that names no body is no body it mentions (the graph leaves that requester out)
        if asker != self.meeting_ref or asker.kind != "body" or records_meeting(self.report):
            return False
        if self.genre in voice_genres("body-own"):
            return False
        return not self._heads_document(asker)

    def _heads_document(self, body: AgentRef) -> bool:
        """Whether ``body`` is named on the document's first line (its letterhead: ``Expert Group on X (EGX)`` above
        the group's working methods), the body that issues it (decision 50)."""
        first = self.report.title or (self.report.paragraphs[0].text if self.report.paragraphs else "")
        resolver = self.actors.resolver
        return any(r.key == body.key for s in resolver.spans_in(first) for r in resolver.ref(s))

    def _label(self, key: str | None) -> str:
        return self.actors.resolver.label(key) if key else ""

    def resolve(self, phrase: str, order: int, offset: int, exclude: tuple[str, ...] = ()) -> tuple[AgentRef, ...]:
        """The agents ``phrase`` names (the actors' resolver); ``the Committee`` in a report of
        Committee 5 is the meeting body, whatever other committee was named last."""
        if (
            self._own_head is not None
            and self._own_head.fullmatch(phrase.strip())
            and self._head_ref.key not in exclude
        ):
            return (self._head_ref,)
        of_own = self._of_own_head(phrase)
        if of_own is not None and (posts := self.resolve(of_own, order, offset, exclude)):
            return posts  # "The Chairman of the Committee" in a report of Committee 4: "Chairman of Committee 4"
        if self._coded and pronouns().get(" ".join(phrase.split()).lower()) == "meeting":
            return (self.meeting_ref,)  # "The meeting invited" in an excerpt of the body its documents' code names
        found = request_subjects.head_named_outside(
            self, phrase, self.actors.resolve_agents(phrase, Context(order, offset, exclude))
        )
        if len(found) == 1 and found[0].kind == "body" and found[0].key not in (self.meeting_ref.key, *exclude):
            # the meeting body read a second time under its name cut short ("Focus Group on X" of "Focus Group on
            # X for Y (FG-XY)"), a body no catalogue lists
            return (found[0].key not in bodies() and request_items._own_shortened(self, found[0].label)) or found
        return found

    def _of_own_head(self, phrase: str) -> str | None:
        """``The Chairman of the Committee`` in a report of Committee 4 (the meeting body's head noun after a post's
        ``of``, as ``the Committee`` alone is that body): ``The Chairman of Committee 4``, a post of that body whose
        holder asks (decision 11); ``None`` for any other phrase."""
        of = _OF_HEAD.fullmatch(phrase.strip())
        if of is None or self._own_head is None or not self._own_head.fullmatch(of.group("head")):
            return None
        return f"{of.group('post')} of {self._head_ref.label}" if self._head_ref.kind == "body" else None

    # the reading steps kept in their own modules (methods of this class; ``self`` is the reader)
    # who asks: request_subjects.py
    _sentence_subject = request_subjects._sentence_subject
    _apposed_person = request_subjects._apposed_person
    _personify = request_subjects._personify
    subject = request_subjects.subject
    _relative_subject = request_subjects._relative_subject
    _author_group = request_subjects._author_group
    _role_of_country = request_subjects._role_of_country
    _role_holder = request_subjects._role_holder
    _speaker_country = request_subjects._speaker_country
    _one_of = request_subjects._one_of
    _speaker_itself = request_subjects._speaker_itself
    _spoken_for = request_subjects._spoken_for
    _country_speaker = request_subjects._country_speaker
    _speaker_before = request_subjects._speaker_before
    _last_person = request_subjects._last_person
    _previous_speaker = request_subjects._previous_speaker
    _document_source = request_subjects._document_source
    _spoken_subject = request_subjects._spoken_subject
    _we = request_subjects._we
    we_ask = request_subjects.we_ask
    _we_author = request_subjects._we_author
    declared_we = request_subjects.declared_we
    formula_writer = request_subjects.formula_writer
    turn_speaker = request_subjects.turn_speaker
    _subject_found = request_subjects._subject_found
    co_subjects = request_subjects.co_subjects
    _active_requester = request_subjects._active_requester
    _issuer_of = request_subjects._issuer_of
    _resolution_asks = request_subjects._resolution_asks
    _moved_body = request_subjects._moved_body
    _resolution_ref = request_subjects._resolution_ref
    titled_resolution = request_subjects.titled_resolution
    _cited_issuer = request_subjects._cited_issuer
    clause_subject = request_subjects.clause_subject
    _collective_subject = request_subjects._collective_subject
    # whom: the addressees an object phrase names: request_addressees.py
    objects = request_addressees.objects
    passive_agent = request_addressee_agents.passive_agent
    _front_body = request_addressees._front_body
    _speakers_body = request_addressees._speakers_body
    # passive forms: request_passive.py
    _passive_parties = request_passive._passive_parties
    _proposed = request_passive._proposed
    # action lists ("Action: BDT to prepare ..."): request_actions.py
    action_line = request_actions.action_line
    table_request = request_actions.table_request
    # sentences the learnt detector marks where no rule read a request: request_learnt.py
    learnt_request = request_learnt.learnt_request
    clause_voice = request_learnt.clause_voice
    # lists and resolution texts: request_items.py
    _list_subject = request_items._list_subject
    decided_lead = request_subjects.decided_lead
    _preamble = request_items._preamble
    _item = request_items._item
    _operative_lead = request_items._operative_lead
    # a text recommended to a body for adoption: request_adoption.py
    recommended_text = request_adoption.recommended_text
    operative_subject = request_items.operative_subject
    # a list's lead and its items across paragraphs: request_leads.py
    _bare_item = request_leads._bare_item
    _lead_items = request_leads._lead_items
    _next_lead = request_leads._next_lead
    # courtesy formulas and "please": request_polite.py
    _please = request_polite._please
    _polite_subject = request_polite._polite_subject

    # ------------------------------------------------------------------ reading
    def read(self) -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
        requests: list[Request] = []
        decisions: list[Decision] = []
        doc = document(self.report)
        lead: Request | None = None  # "recommends that the Council:" waiting for its items
        colon_before = False  # the paragraph before ends with a colon
        previous = ""  # the text of the paragraph before
        for p in request_items.split_inline(self.report.paragraphs):  # "agreed that: a) ...; b) ...": items
            text, before, previous = p.text, previous, p.text
            self._speaking_at(p.order)
            wrapped = _wrapped(before, text) and not (lead is not None and request_items.is_item(lead, text))
            if lead is not None and p.kind != "list-item" and (_PAGE_LINE.fullmatch(text) or wrapped):
                continue  # a running header, a page number, a line the layout cut off between a lead's items
            if lead is not None and (p.kind == "list-item" or _ITEM.match(text) or request_items.is_item(lead, text)):
                rest = self._lead_items(lead, p.order, p.section, text, requests)
                if not rest.strip():
                    continue
                text = " " * (len(text) - len(rest)) + rest  # "2 to submit ...; invites X to ...": read on
            lead = None
            in_table, row = self.table_request(p.order, p.section, text)  # "1 | Secretariat | Circulate ... | 1 May"
            if in_table:
                requests += [row] if row is not None else []
                continue
            if p.kind != "list-item" and not _ENUMERATOR.match(text) and not _unmarked_item(text):
                self._item_subject = None  # "RAG:" / "4.1 requested X to ..." / "urged X to ...": items go on
            if not _DECIDED_ITEM.match(text) and not _ITEM.match(text) and not self._bare_item(text):
                self._decided = None  # the items after "The Group decided:" end
            # a resolution text's clause set as a heading ("considering", "instructs the Secretary-General")
            clause = p.kind == "heading" and self.issuer is not None and (text[:1].islower() or _opens_clause(text))
            if p.kind == "heading" and not clause:
                self.issuer = None
                if not _LEADS_ITEMS.search(text) and len(text) <= _HEADING_SIZE:
                    continue  # read: a heading that leads a list ("The Council recommends that X:") or is a sentence
            self.titled_resolution(p.order, text)
            self._preamble(p.order, text)
            count = len(requests)
            if head := _RUN_IN_HEAD.match(text):
                text = " " * head.end() + text[head.end() :]  # "3. Transposition The Committee requested ..."
            self._read_paragraph(p.order, p.section, text, doc.para(p.order).sentences, requests, decisions)
            listed = p.kind == "list-item" or colon_before  # "Actions agreed:" / "TSB to update the page;"
            action = self.action_line(p.order, p.section, text, listed) if len(requests) == count else None
            if action is None and len(requests) == count:  # "Recommendation 2: The Council should request ..."
                action = recommended_line(self, p.order, p.section, text)
            if action is not None:
                requests.append(action)  # "Action: BDT to prepare a summary": no verb of asking
            colon_before = text.rstrip().endswith(":") or (colon_before and action is not None)
            last = requests[-1] if len(requests) > count else None
            lead = self._next_lead(last, p.order, text, decisions, doc.para(p.order).sentences)
        credited = (one for r in requests if r.addressees for one in self._credited(r))
        author = self._document_voice.author if self.genre not in voice_genres("undrafted") else None
        keep = tuple(a for a in (author, self._recorded_body()) if a is not None)
        end = self.report.paragraphs[-1].order if self.report.paragraphs else None  # the text's last paragraph
        kept = (r for r in credited if not _not_to_itself(r, keep) and not _broken_off(r, end))
        return tuple(kept), tuple(decisions)

    def _recorded_body(self) -> AgentRef | None:
        """The body whose meeting the report records (``The Group was invited to ...`` in a record of the Group's
        meeting: the Group, as its members, asked; annotation convention for a passive in a record)."""
        return self.meeting_ref if self.meeting_ref.kind == "body" and records_meeting(self.report) else None

    def _credited(self, request: Request) -> tuple[Request, ...]:
        """A contribution's request as its author's, credited to its contributors (decision 22): the
        body of the members who submit it; each country of a joint one; each person who signs a letter
        signed by several (decision 18)."""
        credited = self.contributors or self.co_signatories
        if not credited or request.requester != self.voice.author:
            return (request,)
        if self.co_signatories and not self.contributors and _names_its_asker(request):
            return (request,)  # "the Minister, Mr A, asked ITU to ..." in a document A signs with B: A's alone
        return tuple(replace(request, requester=c) for c in credited)

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
        self._proposal = None
        para = document(self.report).para(order).paragraph
        heading = document(self.report).headings.get(section, "") if para.kind != "heading" else ""
        for index, (at, sentence) in enumerate(_sentences(text, spans)):
            self._where = (order, at)
            asked, decided = len(requests), len(decisions)
            if self._proposal is not None and _SO_AGREED.match(sentence):
                requests.append(self._proposal)  # the meeting adopts the proposal
            matches = list(pattern.finditer(sentence))
            for i, m in enumerate(matches):
                form = forms[" ".join(m.group(0).lower().split())]
                # the action ends where a coordinated next verb starts ("... and invited X to ...", "and would urge
                # X"), not at the verb of a clause after its subject and an aside ("that the Council, at its session,
                # adopt")
                stop = next(
                    (
                        n.start()
                        for n in matches[i + 1 :]
                        if _COORDINATED.search(
                            _TRAIL_ADVERBS.sub("", would_dropped(request_subjects.aside_dropped(sentence[: n.start()])))
                        )
                    ),
                    len(sentence),
                )
                found = self.verb(order, section, at, sentence, m, form, stop)
                for one in found if isinstance(found, list) else [found]:
                    if isinstance(one, Request):
                        requests.append(one)
                    elif isinstance(one, Decision):
                        decisions.append(one)
            if not matches and (please := self._please(order, section, at, sentence)) is not None:
                requests.append(please)  # "Please forward the questionnaire to ...": the author asks the audience
            if LEARNT and not any(r.addressees for r in requests[asked:]):  # the learnt detector: what the rules missed
                place = (index, para.kind == "list-item", heading)
                one = self.learnt_request(order, section, at, sentence, decisions[decided:], place, bool(matches))
                if one is not None:
                    requests.append(one)

    def verb(
        self, order: int, section: str, at: int, sentence: str, m: re.Match[str], form: _Form, stop: int
    ) -> Request | Decision | list[Request | Decision] | None:
        """The request or decision a verb of a sentence states, if any: its parties (passive or
        active), then a decision, or a request with its action."""
        stop = clause_end(sentence, m.end(), stop)  # "..., and that the Bureau had asked B to ...": its own
        v = _VerbAt(order, section, at, sentence, m, form.entry, _form_kind(m.group(0), form.entry), stop)
        self._co_requesters = ()
        pre = sentence[: m.start()]
        post = sentence[m.end() : max(stop, m.end())]
        if announced := _ANNOUNCED_COLON.match(post):
            post = post[announced.end() :]  # "requested as follows:" reads as "requested:" (its items name whom)
        passive = _AUX.search(pre) if v.kind == "ed" else None
        if passive is None and v.kind == "ed" and _reduced_passive(v, pre, post):
            passive = _AT_END.search(pre)  # "FG members invited to comment ...": a passive without its auxiliary
        control = (_CONTROL.search(pre) or _CONTROL_AND.search(pre)) if v.kind == "base" else None
        # "I have the honour to invite you to ...": the author asks
        spoken: AgentRef | None = None
        # the speaker of a transcript's turn, else the author
        if v.kind == "base" and first_person_formula().search(pre):
            spoken = self.turn_speaker(order) or self.voice.author
        spoken = spoken or self.we_ask(v, pre)  # "We urge X to ...": the body named as "we", else the author
        spoken = spoken or self._polite_subject(v, pre)  # "The Mission has the honour to request X to ..."
        spoken = spoken or self.operative_subject(v, pre)  # "The General Conference," / "Requests the Director-General"
        if (
            v.kind == "base"
            and self._decided is not None
            and (_DECIDED_TO.search(pre) or self._bare_item(pre, whole=True))
        ):
            spoken = spoken or self._decided  # "The Group decided:" / "b) to request X to ...": the Group
        if spoken is None and (which := _WHICH.search(pre)) and v.kind in ("s", "ed"):
            spoken = self._cited_issuer(pre[: which.start()], at_end=True)  # "Resolution 1332, which invites"
            spoken = spoken or relative_asker(self, pre[: which.start()], order)  # "the Group X, which asked"
        unasked = passive is None and control is None and spoken is None and no_verb_before(pre)
        # "..., provided that X was asked to ...": a condition asks no one; "to issue a letter inviting X": not yet
        if unasked or in_condition(pre) or power_only(pre) or (v.kind == "ing" and _TEXT_TO_COME.search(pre)):
            return None
        addressees: tuple[AgentRef, ...] = ()
        if passive is not None:
            requester, addressees, post = self._passive_parties(v, pre, post, passive)
        elif spoken is not None:
            requester = spoken
        else:
            active = self._active_requester(v, pre, control)
            if active is _NO_VERB:
                active = self.clause_voice(v, pre, post)  # "The group recommends that the Council ..."
                if active is None:
                    return None
            requester = active if isinstance(active, AgentRef) else self._unread_subject(v.entry.is_request)
        if requester is None:
            return None
        if not v.entry.is_request:
            return self._decision(v, requester, post, plain=passive is None and control is None and v.kind != "ing")
        request = self._request_at(v, requester, addressees, post, passive is not None)
        if request is None:
            return None
        return self._each_request(v, request, requester, pre, gapping=passive is None)

    def _each_request(
        self, v: _VerbAt, request: Request, requester: AgentRef, pre: str, gapping: bool
    ) -> Request | Decision | list[Request | Decision]:
        """One request per subject (:meth:`subject`'s co-requesters), per dated action (decision 69) and, when
        ``gapping``, an object that has its own infinitive (``asked A to report, and B to designate ...``: the verb left
        out before B) is one more addressee of the one request (decision 69)."""
        subjects: tuple[AgentRef, ...] = self._co_requesters  # set by :meth:`subject`
        subjects = subjects if subjects[:1] == (requester,) else (requester,)
        request = gapped(self, request, v.order, v.at) if gapping else request
        parts = that_pairs(self, v, request)  # "that A ..., and that B ..."
        found: list[Request | Decision] = [
            replace(d, requester=r) for part in parts for d in self._dated(part, pre) for r in subjects
        ]
        return found if len(found) > 1 else found[0]

    # requests' actions, dates and clauses: request_clauses.py
    _dated = request_clauses._dated
    _decision = request_clauses._decision
    _done_by = request_clauses._done_by
    _request_at = request_clauses._request_at
    _authors_items = request_clauses._authors_items
    _authors_proposal = request_clauses._authors_proposal
    author_speaks = request_clauses.author_speaks
    _items_lead = request_clauses._items_lead
    _that_clause = request_clauses._that_clause
    second_clause = request_clauses.second_clause
    _infinitive = request_clauses._infinitive
    _in_state = staticmethod(request_clauses._in_state)
    _asks_done = staticmethod(request_clauses._asks_done)
    _without_infinitive = request_clauses._without_infinitive
    _named_clause = request_clauses._named_clause
    _motion = request_clauses._motion
    request = request_clauses.request
    deadline = request_clauses.deadline
    concerns = request_clauses.concerns
    _found = request_clauses._found


def _broken_off(request: Request, last: int | None) -> bool:
    """Whether the text breaks off right after ``request``'s verb and object (``... and urged Member States to``,
    ``requested that TSB``, ``requested that future`` as the last words of an excerpt): its sentence is the
    document's last paragraph and ends before any action (no action read, or a ``that`` clause's first word
    only), so nothing is asked (a lead that ends in ``to`` earlier in the text has its items after it)."""
    return request.paragraph == last and (not request.action or _THAT_WORD_END.search(request.sentence) is not None)


def _names_its_asker(request: Request) -> bool:
    """Whether ``request``'s sentence names its requester, a person, by name (``During the mission the Minister, Mr
    A, asked ITU to ...``): a named subject is itself (decision 55), not each co-signer of the document."""
    asker = request.requester
    return asker.kind == "person" and bool(asker.label) and asker.label in request.sentence


def _not_to_itself(request: Request, kept: tuple[AgentRef, ...]) -> bool:
    """Whether ``request`` asks no one but its own requester where that is a misreading: a covering note's
    ``The Conference is invited ...`` read as the conference's own request, ``It agreed to recommend that the
    Council ...`` read as the Council's, a contribution's ``proposes that the Group ...`` credited to the Group.
    A body's decision for itself (``agreed that the Group shall issue ...``) and the author's own drafted text
    instructing its author (a draft resolution by the Secretary-General: ``instructs the Secretary-General``,
    decision 22) are kept, as the annotations read them, and so is a request to the body whose meeting a record
    records (``The Group was invited to submit ...``: a passive in a record is the meeting's body's, its addressee
    the Group's members). ``kept``: those requesters (the document's author, the recorded body)."""
    own = (request.requester.kind, request.requester.key)
    if request.verb in DECIDING or own in {(a.kind, a.key) for a in kept}:
        return False
    return all((a.kind, a.key) == own for a in request.addressees)


def find_requests(
    report: ParsedReport,
    actors: Actors,
    meeting_body: str | None,
    default_year: int | None,
    reference: date | None = None,
) -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
    """Every request and every other decision in the report's sentences, in text order."""
    return _Reader(report, actors, meeting_body, default_year, reference).read()
