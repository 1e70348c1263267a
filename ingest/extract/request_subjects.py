"""Who asks: the subject of a request verb (the requester).

Holds the subject of an active verb (``subject``: a named agent, a pronoun, ``I``/``you``, a
coordinated verb continuing the last subject, a relative clause on a document, a person named
between commas after an opening phrase). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).

The other readers of the subject live beside it (each re-exported here, ``__all__``):
:mod:`.request_subject_asides` (leads and asides), :mod:`.request_speakers` (speakers, persons, roles),
:mod:`.request_we` (the first person), :mod:`.request_subject_heads` (head nouns, acronyms, own members),
:mod:`.request_cited_subjects` (texts and resolutions), :mod:`.request_clause_subjects` (a ``that`` clause's
subject) and :mod:`.request_co_subjects` (listed subjects, the active requester, motions).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import work_named, writers_named
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import leading_article, without_article
from wsiskg.ingest.extract.gazetteer import (
    adverb_alternation,
    auxiliary_alternation,
    collectives,
    determiners,
    preposition_alternation,
    pronouns,
    small_words,
)
from wsiskg.ingest.extract.genre import NOTICE
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.person_titles import honorific_start
from wsiskg.ingest.extract.request_addressee_states import state_of, state_speaks
from wsiskg.ingest.extract.request_body_ministers import body_ministers, ministers_phrase
from wsiskg.ingest.extract.request_cited_subjects import (
    _cited_issuer,
    _issuer_of,
    _relative_subject,
    _resolution_asks,
    _resolution_ref,
    _text_asks,
    titled_resolution,
)
from wsiskg.ingest.extract.request_clause_subjects import _collective_subject, clause_subject, known_agents
from wsiskg.ingest.extract.request_co_subjects import (
    _LISTED,
    _active_requester,
    _author_group,
    _moved_body,
    _subject_found,
    co_subjects,
    decided_lead,
)
from wsiskg.ingest.extract.request_codes import coded_body
from wsiskg.ingest.extract.request_conclusions import concluded_body
from wsiskg.ingest.extract.request_liaison_subjects import liaison_sender
from wsiskg.ingest.extract.request_paragraph_pronouns import paragraph_antecedent
from wsiskg.ingest.extract.request_regional_writers import regional_writers
from wsiskg.ingest.extract.request_signatories import declared_for
from wsiskg.ingest.extract.request_speakers import (
    _apposed_person,
    _country_speaker,
    _document_source,
    _last_person,
    _one_of,
    _personify,
    _previous_speaker,
    _role_holder,
    _role_of_country,
    _speaker_before,
    _speaker_country,
    _speaker_itself,
    _spoken_for,
    _spoken_subject,
    pronoun_antecedent,
    turn_speaker,
)
from wsiskg.ingest.extract.request_subject_asides import LEAD_MODAL, NUMBER_LEAD, aside_dropped, modal_aside_dropped
from wsiskg.ingest.extract.request_subject_heads import (
    _author_head,
    _subject_body_before,
    _unfound_subject,
    head_named_outside,
    own_members,
    unknown_acronym,
)
from wsiskg.ingest.extract.request_verbs import (
    _AND,
    _CLAUSE_CUT,
    _COORDINATED,
    _ENUMERATOR,
    _TRAIL_ADVERBS,
    NEW_CLAUSE,
    PERFECT,
    _verbs,
    intro_lead,
)
from wsiskg.ingest.extract.request_we import _we, _we_author, declared_we, formula_writer, we_ask
from wsiskg.ingest.extract.resolutions import resolution_mentions
from wsiskg.ingest.extract.submitters import submitter
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


_RELATIVE = re.compile(r"\b(?:that|which|who)\s*$")
#: a ``who`` clause the verb goes on in (no comma closes it before the ``and``): ``opened by Ms A, Minister of X,
#: who welcomed participants and|`` encouraged ...
_WHO_GOES_ON = re.compile(r",\s*(?P<who>who)\s+[^,;()]{1,120}\s(?:and|or)\s*$")


_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
#: a comma outside brackets
_OPEN_COMMA = re.compile(r",(?![^()]*\))")
#: ``X, in resolution 56/183, had invited``: an insertion and a perfect auxiliary between subject and verb
_INSERTIONS = re.compile(
    rf",\s*(?:{preposition_alternation('resolution')})\s+(?:its\s+)?resolution\b[^,]{{1,60}},(?=\s*(?:and|{auxiliary_alternation('have')})\b)"
)
#: an insertion (``prepositions.csv``, column ``insertion``) or a perfect auxiliary before the verb
#: (also a topic in apposition: ``Resolution 34, on the role of ICT in disasters, invites``)
_INSERTION = re.compile(
    rf",\s*(?:{preposition_alternation('insertion')})\b(?:[^,()]|\([^()]*\)){{1,80}},"
    rf"\s*(?:(?:{auxiliary_alternation('have')})\b\s*)?$|\s+(?:{auxiliary_alternation('have')})\s*$"
)
#: a relative clause between a subject and its verb: ``the Conference, which met in May, instructs``
_RELATIVE_INSERTION = re.compile(r",\s*(?:which|who)\s(?:[^,()]|\([^()]*\)){1,120},\s*$")
_HEADING_LEAD = re.compile(r"^[^:]{1,200}:\s+(?=\S)")


#: a document cited by its resolution as a sentence's subject: ``The outcome document, adopted as resolution X,``
_DOCUMENT_SUBJECT = re.compile(
    r"(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:document|resolution|declaration|decision|report)\b"
    r"[^,;]{0,80}(?:,[^,;]{1,120})?,"
)


@cache
def _run_in_heading() -> re.Pattern[str]:
    """A heading the layout ran into the subject, the subject opening on a capitalised opener (``determiners.csv``
    column ``opener``): ``Recommendations to the Council The Group``, ``Item 4 - Projects The Forum``,
    ``FOLLOW-UP The meeting`` (a PDF's lines joined)."""
    openers = alternation([w.capitalize() for w in determiners("opener")])
    return re.compile(rf"^[A-Z][\w-]*(?:\s+(?:[\w-]+|[-–—]))*?\s+(?=(?:{openers})\s+[A-Za-z])")


def past_run_in_heading(phrase: str) -> str:
    """``phrase`` from the opener a run-in heading leaves before the subject (:func:`_run_in_heading`); as it is
    when it opens on an opener itself or the opener follows a small word of a name (``The delegate of The
    Gambia``, ``Ministry of The Bahamas``)."""
    m = _run_in_heading().match(phrase)
    if m is None:
        return phrase
    words = m.group(0).split()
    if words[0].lower() in determiners("opener") or words[-1].lower() in small_words():
        return phrase
    return phrase[m.end() :]


#: a possessive before a body's name: ``Our own Conference``, ``its Council``
_POSSESSIVE = re.compile(r"^(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:own\s+)?(?=[A-Z])")


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
    lead = leading_article().match(head)
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


def subject(self: _Reader, sentence: str, vstart: int, order: int, at: int) -> tuple[AgentRef | None, bool]:
    """(requester, found): the agent doing the verb at ``vstart`` of ``sentence``."""
    pre = aside_dropped(_aside_perfect(_TRAIL_ADVERBS.sub("", sentence[:vstart])))
    # an insertion before the verb is no coordination: "the Conference, which met in May, instructs",
    # "Our Conference, in Resolution 140 (Rev. Busan, 2014), instructed"
    pre = _INSERTION.sub(" ", _RELATIVE_INSERTION.sub(" ", pre)) if pre.rstrip().endswith(",") else pre
    if _COORDINATED.search(pre):  # "X instructed A to ..., and instructed B to ...": X
        if (own := _new_clause_subject(self, sentence, pre, order, at)) is not None:
            return own, True  # "...; the delegate of Peru, Ms A, invited ...": the clause's own subject
        if (concluded := concluded_body(self, pre, order, at)) is not None:
            return concluded, True  # "The Chairman concluded that the Council took note of A, and requested X"
        if self._last_subject and self._last_subject[:2] == (order, at):
            return self._last_subject[2], True
        if (who := _who_goes_on(self, pre, order, at)) is not None:
            return who, True  # "opened by Ms A, Minister of X, who welcomed participants and encouraged ...": Ms A
        if declared := declared_for(self, sentence, order, lead=True):
            self._co_requesters = declared  # "For A and B:" / "They urge X ..., and invite Y ...": A and B, each
            return declared[0], True
        return self._sentence_subject(sentence, order, at), True
    if relative := _RELATIVE.search(pre):
        return self._relative_subject(pre, pre[: relative.start()], order, at), True
    pre = _INSERTIONS.sub("", pre)  # "The Assembly, in resolution 66/184, and ECOSOC, in ..., have asked"
    cut, phrase = _subject_phrase(pre)
    if self._item_subject is not None and (not phrase or _ENUMERATOR.fullmatch(phrase + " ")):
        return self._item_subject, True
    if not phrase or len(re.sub(r"\([^()]*\)", "", phrase).split()) > _most_words(phrase):
        return None, False
    return _phrase_subject(self, phrase, pre, cut, order, at, _asks_at(sentence, vstart))


def _most_words(phrase: str) -> int:
    """The most words a subject phrase may have: a list's sixteen, a person's named with an honorific and what
    places him fourteen (``Prof. Dr A B of the Technical University of X asked``), a body's ministers named with
    their remit fourteen (``The Economic Community of ... (ECOWAS) ministers responsible for ICT``), else eight."""
    if ministers_phrase(phrase):  # "The Economic Community of ... (ECOWAS) ministers responsible for ICT"
        return 14
    return 16 if _AND.search(phrase) else 14 if honorific_start().match(phrase) else 8


def _who_goes_on(self: _Reader, pre: str, order: int, at: int) -> AgentRef | None:
    """The person (or post) a ``who`` clause is of when the verb goes on in that clause after ``and``
    (:data:`_WHO_GOES_ON`), else ``None``."""
    if (who := _WHO_GOES_ON.search(pre)) is None:
        return None
    found = self._relative_subject(pre[: who.end("who")], pre[: who.start("who")], order, at)
    return found if found.kind in ("person", "post") else None


#: where a new clause with its own subject opens inside a sentence (:data:`.request_verbs.NEW_CLAUSE`)
_NEW_CLAUSE = re.compile(NEW_CLAUSE)
#: words that continue the clause before rather than open one with a subject (``; and invited``, ``; also``)
_CONTINUES = re.compile(
    rf"\s*(?:and|or|but|{adverb_alternation('addition')}|then|finally|in\s+addition)\b", re.IGNORECASE
)


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
    if "," in phrase and not ministers_phrase(phrase):  # "ministers responsible for posts, ICT and broadcasting"
        commas = [m.start() for m in _OPEN_COMMA.finditer(phrase)]
        whole = phrase[commas[-1] + 1 :].strip() if commas else phrase  # "Resolution 135 (Rev. Guadalajara, 2010)"
        mentions = resolution_mentions(whole)
        lead = NUMBER_LEAD.match(whole)  # "3 Resolution 47 (Rev. Kigali, 2030)": a paragraph number before it
        at_start = bool(mentions) and mentions[0]["span"][0] == (lead.end() if lead else 0)
        phrase = whole if at_start else phrase.rsplit(",", 1)[1].strip()
    phrase = NUMBER_LEAD.sub("", phrase, count=1)  # "7 The President invited ...": a paragraph number left in
    phrase = past_run_in_heading(phrase)  # "Recommendations to the Council The Group recommends"
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
    if declared := declared_for(self, phrase, order):  # "For A and B:" / "They urge ...": A and B, each
        self._co_requesters = declared
        return declared[0], True
    if (resolution := self._resolution_asks(phrase, order)) is not None:  # "Resolution 1305 invites ..."
        return self._subject_found(resolution, order), True
    if issuer := self._issuer_of(phrase, order):  # "PP-10 instructed ...": the conference asks
        return self._subject_found(AgentRef("body", issuer, self._label(issuer)), order), True
    if (
        asks and (text := _text_asks(self, phrase, order)) is not None
    ):  # "Opinion 5 calls upon", "the Tunis Agenda asks"
        return self._subject_found(text, order), True
    if (read := _subject_in_context(self, phrase, pre, cut, order, at)) is not None:
        return self._subject_found(read, order), True
    state = state_of(self, phrase, order, at + cut) or state_speaks(self, phrase, order, at + cut)
    if state is not None:  # "The Government of Ghana requests", "The Government calls on" in Ghana's review
        self._last_subject = (order, self._where[1], state)  # "... and invites Y to ...": the same state asks
        return state, True
    found = self.resolve(phrase, order, at + cut) or self._last_person(phrase, order)
    if self.author is not None and _author_head(self, phrase) == self.author:
        return self._subject_found(self.author, order), True  # "the Group" in the group's statement: not one named
    if self.meeting_ref.kind != "body" and (coded := coded_body(self.report, phrase, found)) is not None:
        return self._subject_found(coded, order), True  # "The Focus Group" in an excerpt that names the FG-XY
    if (in_session := _subject_body_before(self, phrase, order, at + cut)) is not None:
        return self._subject_found(in_session, order), True  # "The Commission": the one that met, not one named since
    if (ministers := body_ministers(self, phrase, found)) is not None:  # "The SADC Ministers responsible for ICT"
        return self._subject_found(ministers, order), True
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


def _subject_in_context(self: _Reader, phrase: str, pre: str, cut: int, order: int, at: int) -> AgentRef | None:
    """Who a subject phrase names read from the text around it, not from its own words: a liaison's sender, the
    meeting's own members, the document's authors, a country's speaker, the
    previous speaker, a pronoun's antecedent in its paragraph; ``None`` when none of these reads it."""
    if (sender := liaison_sender(self, phrase, order, at)) is not None:  # "One of them asks": the sender of the LS
        return sender
    if own_members(self, phrase, order, at):  # "The members agreed", "UNGIS members invited": the meeting
        return self.meeting_ref
    if self.voice.author is not None and _names_writers(self, phrase):
        return _answered_writers(self, phrase) or self.voice.author  # "The authors also encourage", "The Arab States"
    if (work := _work_voice(self, phrase)) is not None:
        return work  # "The report recommends that X ...": the document's own voice
    if (speaker := self._country_speaker(phrase, order, at, at + cut + pre[cut:].find(phrase))) is not None:
        return speaker
    if (previous := self._previous_speaker(phrase, order, at)) is not None:
        return previous  # "In his introduction, the Chair recalled ... He invited"
    if (antecedent := pronoun_antecedent(self, phrase, pre, order, at)) is not None:
        return antecedent  # "When the Council met in June, it asked ..."
    return paragraph_antecedent(self, phrase, pre, order, at)  # "... It considered X." / "It asked Y to ..."


def _names_writers(self: _Reader, phrase: str) -> bool:
    """Whether ``phrase`` names the document's writers: by a generic word (``The authors``), by the group's name
    the submitter's line announces (:func:`_announced`), by the author's name cut short (:func:`_author_short`), or
    by the region of the author body (``The African Administrations`` in the ATU's contribution:
    :func:`.request_regional_writers.regional_writers`)."""
    return bool(
        writers_named().fullmatch(phrase)
        or _announced(self, phrase)
        or _author_short(self, phrase)
        or regional_writers(self, phrase)
    )


def _work_voice(self: _Reader, phrase: str) -> AgentRef | None:
    """Who asks when the subject names the document itself (``The report recommends that X ...``, ``This study also
    encourages X to ...``: ``author-cues.csv`` kind ``work``): its author, else, in a text that records no meeting
    found, whoever asks when a verb names no one (decision 55); ``None`` in a notice (a management response answers
    another report) and in a covering note (``the report`` is the one it transmits)."""
    if self.genre == NOTICE or self.in_covering_note() or not work_named().fullmatch(phrase):
        return None
    if self.voice.author is not None:
        return self.voice.author
    return self._unnamed_requester() if self.presumed_body else None


def _answered_writers(self: _Reader, phrase: str) -> AgentRef | None:
    """The writers a notice answers or reports, named by a generic word (``The evaluators recommend that X ...`` in a
    management response): a group as written, not the notice's own signer (decision 55: a named subject is itself);
    ``None`` in any other genre, where such a word names the document's own writers."""
    if self.genre != NOTICE or not writers_named().fullmatch(phrase):
        return None
    label = without_article(phrase.strip(), "the", "this")
    return AgentRef("collective", slug(label), label)


def _author_short(self: _Reader, phrase: str) -> bool:
    """Whether ``phrase`` is the author's name cut short: a country's to the words after its last ``of``
    (``Korea proposes ...`` in a contribution of the Republic of Korea, a name the resolver leaves to no one
    country alone), a company's without its legal suffix (``Fjordlink Networks invites ...`` in a contribution
    of Fjordlink Networks ASA: :func:`.body_names.head_of` of kind ``company``)."""
    author = self.voice.author
    name = without_article(phrase.strip(), "the", "this")
    if author is None or not name[:1].isupper() or not author.label:
        return False
    if author.kind == "country":
        return author.label.endswith(f" of {name}")
    head = head_of(author.label) if author.kind == "body" else None
    if head is None or head[1] != "company" or not author.label.endswith(head[0]):
        return False
    return author.label[: -len(head[0])].rstrip(" ,") == name


def _announced(self: _Reader, phrase: str) -> bool:
    """Whether ``phrase`` is the group's name the submitter's line closes with a colon before the countries that
    submit (``Contribution from the Arab States: Algeria, Bahrain, ...``: ``The Arab States invite ...``)."""
    submitted = submitter(self.report)
    if submitted is None or not submitted.announced:
        return False
    return (
        without_article(phrase.strip(), "the", "this").lower()
        == without_article(submitted.announced, "the", "this").lower()
    )


__all__ = [
    "LEAD_MODAL",
    "NUMBER_LEAD",
    "_active_requester",
    "_apposed_person",
    "_author_group",
    "_cited_issuer",
    "_collective_subject",
    "_country_speaker",
    "_document_source",
    "_issuer_of",
    "_last_person",
    "_moved_body",
    "_one_of",
    "_personify",
    "_previous_speaker",
    "_relative_subject",
    "_resolution_asks",
    "_resolution_ref",
    "_role_holder",
    "_role_of_country",
    "_speaker_before",
    "_speaker_country",
    "_speaker_itself",
    "_spoken_for",
    "_spoken_subject",
    "_subject_found",
    "_we",
    "_we_author",
    "aside_dropped",
    "clause_subject",
    "co_subjects",
    "decided_lead",
    "declared_we",
    "formula_writer",
    "head_named_outside",
    "known_agents",
    "modal_aside_dropped",
    "own_members",
    "pronoun_antecedent",
    "subject",
    "titled_resolution",
    "turn_speaker",
    "unknown_acronym",
    "we_ask",
]
