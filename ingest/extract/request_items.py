"""Lists and resolution texts: requests read item by item.

Holds ``_preamble`` (``The Plenipotentiary Conference of ITU (Busan, 2014),`` opens a resolution
text whose operative verbs are that body's), ``_operative_lead`` (an operative verb with no object,
``resolves``, whose numbered items are the requests), ``_list_subject`` (``TDAG:`` before
lettered items whose verbs it is the subject of), ``_item`` and ``_item_request`` (one request
per item after a lead such as ``recommends that the Council:``, also items glued after ``;``).
The functions taking ``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader`
(assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import aside_cues, names_no_agent, without_adverbs
from wsiskg.ingest.extract.author_cues import courtesy_formula, cue_alternation
from wsiskg.ingest.extract.casing import either_initial_determiners
from wsiskg.ingest.extract.date_vocabulary import held_words
from wsiskg.ingest.extract.gazetteer import (
    adverb_alternation,
    auxiliary_alternation,
    collectives,
    determiner_alternation,
    head_last_words,
    modal_alternation,
    preposition_alternation,
    small_words,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.ordinals import ordinal_regex, roman_value
from wsiskg.ingest.extract.request_addressee_states import state_speaks
from wsiskg.ingest.extract.request_glued_leads import glued_lead
from wsiskg.ingest.extract.request_subjects import NUMBER_LEAD, aside_dropped, modal_aside_dropped, own_members
from wsiskg.ingest.extract.request_verbs import (
    _ENUMERATOR,
    AMENDMENT,
    AS_FOLLOWS,
    ASKS_ITEMS,
    DECIDING,
    _form_kind,
    _VerbAt,
    _verbs,
    intro_lead,
    states_after,
)
from wsiskg.ingest.records import AgentRef, Decision, Paragraph, Request
from wsiskg.ingest.text import DASH, LIST_MARK, alternation, sentence_spans

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: the rest of an operative lead: at most its addressees (``instructs the Secretary-General``,
#: ``invites Member States, Sector Members and Associates``)
_LEAD_END = re.compile(r"\s*(?:[^\s,;:.][^;:.]{0,150})?[\s,;:.]*")
#: the object of a verb that leads a list: ``invites the Council to:``, ``requested the secretariat:``,
#: ``requested the working group coordinators to`` (the paragraph ends there, its items follow)
_TO_COLON = re.compile(r"\s+(?P<who>(?:[^,;:.]|\.(?=\w)){1,100}?)(?:(?:\s+to)?\s*:|\s+to)\s*")
#: an item labelled by a word and its number: ``Proposal 2: invite ...``
_LABELLED = re.compile(r"^\s*[A-Z][a-z]+\s+\d{1,2}\s*[:.)]\s+(?=[a-z])")
#: an item with no mark after a lead ending in ``to:``: a verb in the base form, in lower case
_UNMARKED = re.compile(r"^\s*[a-z]{2,},?\s+\S")
#: an item that opens on its infinitive with a capital, no mark (``To report on ...`` after ``INSTRUCTS the Chair:``)
_TO_ITEM = re.compile(rf"^\s*To\s+(?!(?:{determiner_alternation('item')}|be)\b)[a-z]{{2,}}\b")
#: a paragraph in lower case that opens with a noun phrase or a clause, no verb of an item
_NOUN_START = re.compile(
    r"\s*(?:the|a|an|all|any|each|every|its|their|this|these|those|that|which|who"
    r"|and|or|but|of|in|on|at|for|by|with|from|as|if|when|where|while)\b"
)
#: the issuer opening a resolution text's preamble (``The Plenipotentiary Conference of ITU``, ``The fifth World
#: Telecommunication/ICT Policy Forum``): the head of ``_PREAMBLE`` and of ``_PREAMBLE_CLAUSE``
_PREAMBLE_HEAD = rf"\s*The\s+(?:(?=[a-z\d]){ordinal_regex()}\s+)?(?P<who>[A-Z][^,()]{{2,150}}?)\s*"
#: the place and year after a preamble's issuer: ``(Busan, 2014),``
_PREAMBLE_HELD = r"\([^()]*\d{4}\)\s*,"
#: the preamble of a resolution text: ``The Plenipotentiary Conference of ITU (Busan, 2014),``, ``The fifth World
#: Telecommunication/ICT Policy Forum (Geneva, 2013),`` (the session's ordinal in lower case or digits no part of
#: the issuer: ``The Second Committee,`` keeps its ordinal), ``The
#: Council, at its 2006 session,`` (a paragraph, or the start of one when the place and year follow the name,
#: a preambular participle or an operative verb in capitals: ``The General Assembly, Recalling ...``, ``The
#: Committee, RESOLVES:``)
_PREAMBLE = re.compile(
    rf"^{_PREAMBLE_HEAD}(?:{_PREAMBLE_HELD}|(?:\([^()]*\))?\s*,"
    r"(?:\s*(?:at|during)\s+its\s[^,;:]{1,40},)?"  # "The Council, at its 2006 session,"
    r"(?:(?:\s*[a-z]+(?:\s+[a-z]+)?)?\s*$|\s*[A-Z]{4,}(?:\s+[A-Z]{2,})?\s*:?\s*$|\s*(?-i:[A-Z][a-z]+ing)\s))"
)
#: a paragraph that names the subject of the list items after it: ``TDAG:``, ``The Group:``
_LIST_SUBJECT = re.compile(r"^\s*(?P<who>[^:;,.]{2,80}?)\s*:\s*$")
#: the title of a numbered text over its items: a word, a number, a dash, then its topic (``Decision 88 – Regional
#: Radio Forum``, ``Agenda item 4 — X``): the topic names no one who asks in the items
_NUMBERED_TITLE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?\s+[\dIVXL][\w./-]*\s*[–—-]\s")
#: a list's subject too long for one the resolver reads, the record's own body by its full name only
#: (``The Regional Dialogue on X and Y for Asia and the Pacific (RDXY-2033):``)
_LONG_SUBJECT = re.compile(r"^\s*(?P<who>[^:;,.]{81,160}?)\s*:\s*$")
#: a list's subject that only a record's own body can be: ``The Forum``, ``The JCA``, ``The study group``
_OWN_NAMED = re.compile(rf"(?:{either_initial_determiners('anaphor')})\s+(?:[\w&-]+\s+){{0,2}}[\w&-]+")
#: a text adopted with its items after it: ``..., by which it:``, ``..., in which they:``, ``..., which:``
_WHICH_COLON = re.compile(rf",\s*(?:(?:{preposition_alternation('which')})\s+which\s+(?:it|they)|which)\s*:\s*$")
#: the words before an operative verb that opens its sentence: nothing, an item's label, ``To`` (``To request ...``)
_OPERATIVE_PRE = re.compile(rf"\s*(?:\(?[a-z0-9]{{1,2}}\)\s*|\d{{1,2}}\.?\s+|{LIST_MARK}\s*)?(?:To\s+)?")
#: an amendment mark before an operative verb of a drafted text (``ADD invites Member States``)
_AMENDED = re.compile(rf"\s*{AMENDMENT}")
#: a drafted text's preamble with its first clause run into the operative verb's line: ``The World Radiocommunication
#: Conference (Geneva, 2031), noting that X gives ..., invites``
#: (``_PREAMBLE``'s issuer, place and year, then a participle's clause)
_PREAMBLE_CLAUSE = re.compile(rf"{_PREAMBLE_HEAD}{_PREAMBLE_HELD}\s*(?-i:[a-z]+ing)\s[^;:]*,\s*")
#: a verb form (past or third person) right before the colon that ends a lead (or its announcing phrase:
#: ``requested as follows:``, ``invites:``, ``calls upon:``)
_ASKED_FORM = r"(?<![\w-])[a-z]{2,}(?:ed|s)(?:\s+(?:upon|on))?"
_ASKED_COLON = re.compile(rf"{_ASKED_FORM}(?:\s*,?\s*{AS_FOLLOWS})?\s*:\s*$")
#: an item naming whom, then ``to`` and a verb: ``the APT Secretariat to prepare ...`` after ``requested:``
_ITEM_TO = re.compile(
    rf"^(?P<who>(?:the\s+[a-z]|[A-Z])(?:(?!\b(?:{auxiliary_alternation('be')}|{modal_alternation()}|[a-z]+ed)\b)"
    r"[^;:,]){0,80}?)\s+to\s+(?=[a-z]{2,}\b)(?!(?:the|a|an|all|be)\b)"
)
#: an item naming a group in lower case, then ``to`` and a verb: ``operators to share ...``, ``national regulators to
#: publish ...`` after a bare verb of asking (``The meeting invited:``)
_ITEM_GROUP_TO = re.compile(
    r"^(?P<who>(?:all\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:s|men))\s+to\s+(?!(?:the|a|an|all|be)\b)(?=[a-z]{2,}\b)"
)
#: a lead ending ``and:`` (``The Ministers adopted the Act and:``): its items go on with its subject's verbs
_AND_COLON = re.compile(r"(?<![;:])\s+and\s*:\s*$")
#: a past tense in lower case (a verb of a lead's subject that ``request-kinds.csv`` does not list)
_PAST = re.compile(r"(?<=\s)(?-i:[a-z]{2,}ed)\b")
#: a run-in heading before the subject of a list: ``Outcomes. Participants:``
_RUN_IN = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,4}\.\s+(?=[A-Z])")


@cache
def _aside_colon() -> re.Pattern[str]:
    """An aside between a list's subject and its colon: who chaired it (``The Forum, chaired by Mr A (Viet Nam):``),
    when or where it met (``The Dialogue (RED-2031), held online on 12 and 13 April 2031:``: ``date_words.csv`` role
    ``held``), or how, when or where it spoke (``The Group, at its closing session:``: an aside cue of
    ``addressee-words.csv``)."""
    chaired = r"(?:(?:co-)?chaired|presided(?:\s+over)?|moderated|facilitated|led)\s+by\s"
    opening = rf"(?:{chaired}|(?:{alternation(held_words(), spaces=True)}|{aside_cues()})\b)"
    # "..., by which it:" / "..., in which they:" names a text and its adopter (:data:`_WHICH_COLON`), no aside
    return re.compile(rf",\s*(?!(?:[a-z]+\s+)?which\b){opening}(?:[^,:;()]|\([^()]*\)){{1,120}},?\s*(?=:\s*$)")


#: a lead that states a decision on the items after it: ``The meeting agreed that:``, ``The Group agreed on the
#: following:``, ``The meeting decided as follows:``
_THAT_COLON = re.compile(rf"\b(?:that|(?:on\s+|upon\s+)?the\s+following|{AS_FOLLOWS})\s*:\s*$")
#: a decision lead and its first item lettered inline: ``The Group agreed on the following: a) ...``; any verb's
#: ``that`` clause cut by a colon before its items too (``The meeting recommended that: a) X offer ...; b) ...``,
#: ``proposes that the Group: - request ...``)
_INLINE_DECIDED = re.compile(
    rf"^(?P<lead>.*\b(?:(?:agreed|decided|agrees|decides)(?:\s+(?:that|(?:on\s+|upon\s+)?the\s+following|{AS_FOLLOWS}))?"
    r"|[a-z]{3,}\s+that(?:\s+[^:;]{1,80}?)?)\s*:)"
    rf"(?=\s*(?:\(?[ai]\)|{DASH})\s)"
)
#: a list's subject and its first item lettered or dashed inline, the items opening on a verb in lower case: ``At its
#: meeting, the Group: - agreed on ...; - invited X to ...``, ``The Committee: (a) urged X to ...; (b) asked Y to ...``,
#: ``The Council: (i) urged X to ...; (ii) directed Y to ...``, numbered in brackets (``The evaluators recommended: (1)
#: that X ...; (2) that Y ...``), infinitives after a lead that names whom (``X invites the Council: a) to note ...; b)
#: to request ...``) (a list the layout or the writer ran into one paragraph)
_INLINE_LEAD = re.compile(
    rf"^(?P<lead>[^:;]{{2,200}}?:)(?=\s*(?:\(?[ai1]\)|{DASH})\s+(?:to\s+[a-z]{{2,}}|[a-z]{{3,}})\s)"
)
#: an item's label inline: a letter, a Roman numeral or a number in brackets (``(a)``, ``b)``, ``(ii)``, ``(3)``) or a
#: number and a dot (``2.``)
_INLINE_LABEL = r"\(?(?P<l>[a-z]|[ivx]{2,4}|\d{1,2})(?:\)|(?<=\d)\.)"
#: a verb of asking and its first item labelled inline, the item naming whom and ``to``, with or without a colon between
#: them: ``The meeting invited: (a) Member States to ...; (b) the Bureau to ...``, ``urges: a) Regulators to ...``,
#: ``invites (i) Member States to ... and (ii) Sector Members to ...``, ``requests 1. the Bureau to ...; 2. ...`` (the
#: lead's verb is read as a verb of asking by :func:`_asked_colon`; the items by :data:`_ITEM_TO`)
_INLINE_ASKED = re.compile(
    rf"^(?P<lead>[^:;]{{2,200}}?{_ASKED_FORM}(?:\s*:)?)(?=\s*(?:\(?[ai1]\)|1\.)\s+[^;:]{{2,80}}?\s+to\s+[a-z])"
)
#: a lead naming proposals it makes, no verb of asking: ``wishes to make two proposals:``, ``has the following
#: proposals:``, ``would like to put forward three recommendations:``, ``submits the following proposals:``
_PROPOSALS_LEAD = re.compile(
    rf"(?<=\s)(?:(?:{cue_alternation('formula')}|{courtesy_formula()}|(?:wishes|wants|intends?)\s+to)\s+)?"
    rf"(?:make|makes|made|put\s+forward|puts\s+forward|submit|submits|present|presents|{auxiliary_alternation('have')}|offer|offers)\s+"
    r"(?:the\s+following|(?:two|three|four|five|six|several|some|a\s+few|\d{1,2})(?:\s+(?:specific|concrete|main))?)"
    r"(?:\s+[a-z]+)?\s+(?:proposals|recommendations|suggestions)(?:\s+to\s+(?:make|the\s+\w+))?\s*:\s*$"
)
#: where an item labelled inline starts: ``a) ``, ``; b) ``, ``; and (c) ``, `` and (ii) ``, ``; 2. ``
_INLINE_LETTER = re.compile(rf"(?:(?<=:)\s*|[;,]\s*(?:and\s+)?|\s+and\s+){_INLINE_LABEL}\s+")
#: the first item labelled inline right after a lead with no colon (``invites (i) ...``)
_FIRST_LABEL = re.compile(rf"\s+{_INLINE_LABEL}\s+")
#: where an item dashed inline starts: ``: – ``, ``; – ``
_INLINE_DASH = re.compile(rf"(?:(?<=:)\s*|;\s*(?:and\s+)?)(?P<l>{DASH})\s+")
#: where an item of a resolution text may end before the next operative verb
_ITEM_END = re.compile(rf"[;,]\s*(?:(?:{adverb_alternation('addition')})\s+)?")
#: the next item numbered inline after ``;``: ``1 that ITU shall ...; 2 that the Bureau shall ...``
_NEXT_NUMBERED = re.compile(r";\s*(?:and\s+)?(?P<n>\d{1,2})\)?\s+(?=(?:to|that)\s)")
#: the subject of an item's clause and its modal: ``the Director of TSB, in collaboration with X, shall``
_ITEM_SUBJECT = re.compile(
    rf"^(?P<who>[^;:]{{2,160}}?)\s*,?\s+(?:{modal_alternation('obligation')})\s+(?:\w+ly\s+)?(?=[a-z]{{2,}}\b)"
)


def split_inline(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    """``paragraphs`` with a decision lead whose items are lettered inline (``The Group agreed on the
    following: a) Rapporteurs shall submit ...; b) the Bureau is requested to ...``, a list the reader
    glued into one paragraph; also dashed: ``The group agreed: – to request X to ...; – to invite Y to ...``; a
    list's subject before them: ``TSAG: - agreed ...; - invited X to ...``) read as the lead, then one list item
    per letter or dash (same order)."""
    out: list[Paragraph] = []
    for p in paragraphs:
        m = _INLINE_DECIDED.match(p.text) or _INLINE_LEAD.match(p.text) or _inline_asked(p.text)
        letters = _inline_labels(p.text, m) if m else []
        dashes = list(_INLINE_DASH.finditer(p.text, m.end())) if m else []
        if m is not None and dashes and dashes[0].start() == m.end() and (not letters or letters[0].start() > m.end()):
            starts = [x.end() for x in dashes]  # "agreed: – to request X to ...; – to invite Y ...": after each dash
            letters = dashes
        elif m is None or not _in_sequence([x.group("l") for x in letters]):
            out.append(p)
            continue
        else:  # "; and (b) ...": from "(b)"
            starts = [x.start("l") - (p.text[x.start("l") - 1] == "(") for x in letters]
        ends = [x.start() for x in letters[1:]] + [len(p.text)]
        lead = m.group("lead").removesuffix(":") + ":"  # "invites (i) X to ...": a lead before its items
        out.append(replace(p, text=lead))
        out += [replace(p, text=" " * a + p.text[a:e], kind="list-item") for a, e in zip(starts, ends, strict=True)]
    return out


def _inline_labels(text: str, lead: re.Match[str]) -> list[re.Match[str]]:
    """The labels of the items inline after ``lead``: after its colon, or right after a lead with none (``invites
    (i) Member States to ... and (ii) ...``: two items at least); only those of the first label's kind (letters,
    numbers or Roman numerals: ``a) to compare options (i) and (ii); b) ...`` has two items)."""
    colon = lead.group("lead").endswith(":")
    first = None if colon else _FIRST_LABEL.match(text, lead.end())
    labels = [first] if first else []
    labels += _INLINE_LETTER.finditer(text, first.end() if first else lead.end()) if colon or first else []
    kind = _label_kind(labels[0].group("l")) if labels else None
    labels = [x for x in labels if _label_kind(x.group("l")) == kind]
    return labels if colon or len(labels) > 1 else []


def _label_kind(label: str) -> str:
    """``number``, ``roman`` (``ii``; ``i`` too) or ``letter``."""
    return "number" if label.isdigit() else "roman" if len(label) > 1 or label == "i" else "letter"


def _in_sequence(labels: list[str]) -> bool:
    """Item labels in order from the first: ``a, b, c``, ``i, ii, iii`` or ``1, 2, 3``."""
    return bool(labels) and (
        labels == [chr(ord("a") + i) for i in range(len(labels))]
        or labels == [str(i + 1) for i in range(len(labels))]
        or [roman_value(x) for x in labels] == list(range(1, len(labels) + 1))
    )


def _inline_asked(text: str) -> re.Match[str] | None:
    """:data:`_INLINE_ASKED` where the word before the colon (or the first label) is a verb that asks items
    (``invites:``, ``called upon (i)``; not ``Next steps: (a) X to ...``)."""
    m = _INLINE_ASKED.match(text)
    pattern, forms = _verbs()
    verb = list(pattern.finditer(m.group("lead"))) if m else []
    if m is None or not verb or m.group("lead")[verb[-1].end() :].strip() not in (":", ""):
        return None
    form = forms.get(" ".join(verb[-1].group(0).lower().split()))
    return m if form is not None and form.entry.verb in ASKS_ITEMS else None


def _asked_colon(lead: Request) -> bool:
    """Whether a lead names no one and its items name whom and what: a verb of asking in the past right before a
    colon (``The meeting requested:``), or an operative verb of a resolution text alone on its line (``invites``
    / ``2 the Regional Commission to coordinate ...``)."""
    if lead.addressees or lead.verb not in ASKS_ITEMS:
        return False
    return _ASKED_COLON.search(lead.sentence) is not None or _VERB_ALONE.fullmatch(lead.sentence) is not None


#: an item's number with no mark before the words that name whom, and ``the`` before a name (``2 the Regional
#: Commission to ...``: ``Regional Commission to ...``)
_BARE_NUMBER = re.compile(r"^\d{1,2}\s+(?:the\s+(?=[A-Z]))?(?=[A-Za-z])")
#: an operative verb alone on its line: ``invites``, ``requests``, ``calls upon``, ``URGES:``
_VERB_ALONE = re.compile(r"\s*[A-Za-z]+(?:\s+(?:upon|on))?\s*:?\s*")


def is_item(lead: Request, text: str) -> bool:
    """Whether a paragraph is an item of the list ``lead`` introduces although neither the parser nor
    its mark says so: ``Proposal 2: invite ...`` (a label and a number), a mark and a verb after a
    lead ending in a colon (``proposes that the Group:`` / ``(ii) encourage Member States to ...``,
    ``3.1 request the Secretary-General to ...``, ``(a) Request the Commission to ...``), or a verb in
    lower case with no mark after a lead ending in ``to:`` (``request the Bureau to:`` / ``provide two
    experts;``), also after any lead ending in a colon unless it opens with a noun phrase or a clause; an infinitive
    with a capital (``To report on ...``) after a lead that names whom it asks (``INSTRUCTS the Chair:``)."""
    if _LABELLED.match(text):
        return True
    lead_end = lead.sentence.rstrip()
    if lead_end.endswith(":") and lead.addressees and not lead.action and _TO_ITEM.match(text):
        return True  # "INSTRUCTS the Chair of the Committee:" / "To report on ...": the object's task
    mark = _ENUMERATOR.match(text)
    if _asked_colon(lead) and _ITEM_TO.match(_BARE_NUMBER.sub("", text[mark.end() if mark else 0 :].strip())):
        return True  # "The meeting requested:" / "the APT Secretariat to prepare ...;", "invites" / "2 the ATU to ..."
    if lead_end.endswith(":") and (mark := _ENUMERATOR.match(text)) and mark.end() > 0:
        rest = text[mark.end() :]
        if _UNMARKED.match(rest) or _verbs()[0].match(rest):
            return True
    # "recommends that Member States:" / "designate focal points;": a mark the parser took for a section number
    return lead_end.endswith(":") and _UNMARKED.match(text) is not None and not _NOUN_START.match(text)


#: an infinitive whose ``that`` clause a colon cuts after its subject (``invites the Group to recommend to the Council
#: that ITU:`` / ``a) keep the Forum ...``): each item completes the clause, a request of the lead's (not a lead's own
#: ``that`` clause, ``proposes that the Group recommend to the Council that it:``, which the annotations read as
#: asking the inner subject)
_THAT_CUT = re.compile(r"\bthat\s+(?:(?!\bthat\b)[^,;:.]){1,80}?\s*:?\s*$")


def infinitive_cut(lead: Request) -> bool:
    """Whether ``lead``'s action is an infinitive whose ``that`` clause its colon cuts (:data:`_THAT_CUT`)."""
    first = lead.action.split()[0] if lead.action else ""
    return bool(first) and _THAT_CUT.search(lead.action) is not None and f"to {first}" in lead.sentence


def _item_request(lead: Request, order: int, section: str, text: str) -> Request:
    """The request of one item of a list that a lead request introduces (``recommends that
    the Council: a) take note of ...``): same verb, requester and addressees, the item's action."""
    item = _ENUMERATOR.sub("", _LABELLED.sub("", text)).strip()
    item = _BARE_NUMBER.sub("", item) if _asked_colon(lead) else item  # "invites" / "2 the ATU to ..."
    action = " ".join(item.split()).rstrip(" .;:")
    action = re.sub(r"(?:[;,]\s*(?:and|or))$", "", action).rstrip(" ;,")
    return replace(lead, paragraph=order, section=section, action=action, sentence=item)


def decision_lead(decisions: list[Decision], order: int, text: str, meeting: AgentRef) -> Request | None:
    """``The meeting agreed that:`` before items (``a) the secretariat shall prepare ...``): a
    request of the body that decided (``UNGIS members agreed``: the members' decision is the
    meeting body's), without addressees yet: each item's subject is asked (:func:`_item`)."""
    last = decisions[-1] if decisions else None
    if last is None or last.paragraph != order or last.verb not in DECIDING or not _THAT_COLON.search(text):
        return None
    by = meeting if last.subject.kind == "collective" and last.subject.key == "members" else last.subject
    return Request(order, "", last.verb, by, (), "", last.sentence)


def proposals_lead(self: _Reader, order: int, text: str) -> Request | None:
    """A lead that names its items as proposals with no verb of asking (``Kenya wishes to make two
    proposals:``, ``We have the following proposals:``, ``The Group puts forward three recommendations:``):
    a proposal of the lead's subject, without addressees yet: each item's subject is asked
    (``a) that the Council request ...``, :func:`_item`)."""
    at = _last_sentence(text)
    if (m := _PROPOSALS_LEAD.search(text, at)) is None:
        return None
    requester, found = self.subject(text[at:], m.start() - at, order, at)
    if not found or requester is None:
        return None
    return Request(order, "", "propose", requester, (), "", text[at:].strip())


def _list_subject(self: _Reader, order: int, text: str) -> AgentRef | None:
    """The one agent a paragraph names before its colon (``Following the discussion, the Group:``,
    ``The African Group therefore:``)."""
    at = _last_sentence(text)  # "The meeting endorsed the statement. In the statement, the members:"
    intro = intro_lead().match(text[at:])
    at += intro.end() if intro else 0
    if run_in := _RUN_IN.match(text[at:]):  # "Outcomes. Participants:"
        at += run_in.end()
    if number := NUMBER_LEAD.match(text[at:]):  # "5 The Study Group:", "4.2. The meeting:": a paragraph number
        at += number.end()
    text = text[:at] + _aside_colon().sub("", text[at:])  # "The Forum, chaired by Mr A (Viet Nam):"
    if (m := _and_lead(text[at:]) or _LIST_SUBJECT.match(text[at:])) is None:
        # "the Council adopted Decision 582, by which it:", "adopted the Declaration, which:": the adopter
        if _WHICH_COLON.search(text[at:]):
            return self._sentence_subject(text[at:], order, at)
        long = _LONG_SUBJECT.match(text[at:])
        return next(iter(_own_shortened(self, long.group("who"))), None) if long else None
    phrase = without_adverbs(m.group("who"))
    if _NUMBERED_TITLE.match(phrase):
        return None  # "Decision 88 – Regional Radio Forum" over "To invite X to ...": a title, its topic asks no one
    if _verbs()[0].search(phrase):
        return None  # "The Institute proposes that Question 1/2:": a lead, no subject of the items
    if (state := state_speaks(self, phrase, order, at + m.start("who"))) is not None:
        return state  # "The Government:" in the country's own review: that country (decision 26)
    if own_members(self, phrase, order, at + m.start("who")):
        return self.meeting_ref  # "The participants:", "The members of the Group:" in a meeting's record: its body
    who = self.resolve(phrase, order, at + m.start("who"))  # "The Group therefore:"
    if (author := self._author_group(phrase, who)) is not None:
        return author  # "The RCC Administrations:" in the RCC's contribution: the RCC, as in a sentence
    known = set(collectives().values())  # "Participants:": a known group, not any plural
    unknown = not who or (len(who) == 1 and who[0].kind == "collective" and who[0].key not in known)
    if unknown and self.meeting_ref.kind == "body" and _OWN_NAMED.fullmatch(phrase):
        return self.meeting_ref  # "The Forum:", "The JCA:" in a meeting's record, naming nothing else: its body
    if len(who) == 1 and (who[0].kind != "collective" or who[0].key in known):
        return who[0]
    # the record's own body by its full name, which the resolver cut at its "and" ("for Asia and the Pacific")
    return next(iter(_own_shortened(self, phrase)), None) if unknown or len(who) > 1 else None


def _and_lead(text: str) -> re.Match[str] | None:
    """A lead that states what its subject did, then ``and:`` before the items that go on with that
    subject's verbs (``The Forum endorsed the plan and:`` / ``invited X to ...``): the subject (``who``),
    the words before the first verb (a form of ``request-kinds.csv`` or a past tense)."""
    if _AND_COLON.search(text) is None:
        return None
    verbs = (m.start() for m in _verbs()[0].finditer(text) if m.group(0).islower())
    verb = min(next(verbs, len(text)), m.start() if (m := _PAST.search(text)) else len(text))
    return _LIST_SUBJECT.match(text[:verb].rstrip() + ":") if 0 < verb < len(text) else None


def operative_subject(self: _Reader, v: _VerbAt, pre: str) -> AgentRef | None:
    """Who asks in an operative clause of a resolution or declaration: a sentence opening on its verb, in the
    base or ``-s`` form (``Requests the Director-General to ...`` after ``The General Conference,``; ``URGE
    governments to ...`` after ``We, the regulators of X, meeting at Y,``; ``To instruct X to ...`` after ``The
    Committee, RESOLVES:``; ``invite X to ...`` after ``The participants:``): the resolution's issuer, else the
    list's subject, else the body a ``We, the ...`` of the document names, else (a base form with a capital, a
    verb in capitals) the meeting body or the author. ``None`` for any other verb (a lower-case base form
    with no such subject is no clause)."""
    pre = pre[mark.end() :] if (mark := _AMENDED.match(pre)) else pre  # "ADD invites X": the verb's own case
    if v.kind == "s" and self.issuer is not None and _after_preamble(pre):
        return self._subject_found(self.issuer, v.order)  # "The Conference (Kigali, 2030), instructs X": one line
    if v.kind == "s" and self.contributors and _PREAMBLE_CLAUSE.fullmatch(pre) and self.author is not None:
        return self._subject_found(self.author, v.order)  # "The Conference (Geneva, 2031), noting ..., invites"
    if glued_lead(v, pre, self.report.paragraphs) and (who := self.issuer or _text_issuer(self)) is not None:
        self.issuer = who  # "..., resolves to instruct the Director" then "1 to ...": a line break the layout lost
        return self._subject_found(who, v.order)
    if v.kind not in ("base", "s") or not _OPERATIVE_PRE.fullmatch(pre):
        return None
    capital = (pre.strip() or v.m.group(0))[:1].isupper()  # "Request X", "To request X"
    who = self.issuer or self._item_subject
    if who is None and (capital or pre.strip()):
        if "we" not in self.operative_issuers:
            self.operative_issuers["we"] = self.declared_we()
        who = self._we(v.order) or self.operative_issuers["we"]
    if who is None and capital and (v.kind == "base" or v.m.group(0).isupper()):  # "Request X to ...", "INVITES X:"
        who = self.meeting_ref if self.meeting_ref.kind == "body" else self.author
    if who is None and not capital and not pre.strip() and v.kind == "s":  # "instructs the Secretary-General"
        who = self.issuer = _text_issuer(self)  # an operative clause of a resolution text cut from its preamble
    if who is None or (not capital and not pre.strip() and who not in (self._item_subject, self.issuer)):
        return None
    return self._subject_found(who, v.order)


def _after_preamble(pre: str) -> bool:
    """Whether the words before an operative verb are the text's preamble alone (``The Plenipotentiary Conference of
    ITU (Kigali, 2030),`` / ``instructs the Secretary-General``: a layout that lost the line break between them)."""
    m = _PREAMBLE.match(pre)
    return m is not None and not pre[m.end() :].strip()


def _text_issuer(self: _Reader) -> AgentRef | None:
    """Who adopts the resolution text an operative clause belongs to when no preamble opened it (an excerpt, a
    draft in a contribution): the contributors (decision 22), else the issuer of the one resolution a line of
    the document is the title of (``RESOLUTION 17 (Rev. Kigali, 2022)``, also as a running footer)."""
    if self.contributors:
        return self.voice.author
    if "text" in self.operative_issuers:
        return self.operative_issuers["text"]
    saved, found = self.issuer, None
    for p in self.report.paragraphs:
        self.titled_resolution(p.order, p.text)
        if self.issuer is not saved:
            found = self.issuer
            break
    self.issuer, self.operative_issuers["text"] = saved, found
    return found


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts (0 for a paragraph of one sentence)."""
    spans = sentence_spans(text)
    start = spans[-1][0] if spans else 0
    return start + len(text[start:]) - len(text[start:].lstrip())


def _preamble(self: _Reader, order: int, text: str) -> None:
    """``The Plenipotentiary Conference of ITU (Busan, 2014),`` opens a resolution text: its
    operative verbs (``instructs the Secretary-General``) are that body's."""
    if (m := _PREAMBLE.match(text)) is None:
        return
    found = self.resolve(m.group("who"), order, m.start("who")) or _own_shortened(self, m.group("who"))
    if not found and m.group("who").split()[-1] in head_last_words("body"):  # "The General Conference,": as written
        found = (AgentRef("collective", slug(m.group("who")), m.group("who")),)
    if found and found[0].kind in ("body", "collective"):  # drafted in a contribution: its contributors' (decision 22)
        self.issuer = self.voice.author if self.contributors else found[0]


def _own_shortened(self: _Reader, who: str) -> tuple[AgentRef, ...]:
    """The meeting body, when a preamble or a list's lead names it by its name's words in part (``The Regional
    Preparatory Meeting for the Americas,`` in the outcome of the ``Regional Preparatory Meeting for WTDC-30 for the
    Americas``), its acronym in brackets or not: two or more words, each (but the small words) a word of its name;
    else nothing."""
    own = self.meeting_ref
    named = [b for b in self.actors.bodies if b.key == own.key] if own.kind == "body" else []
    names = [b.name for b in named]
    # its acronym in brackets after the name is no word of it: "The Regional Forum on X for Y (RFX-2033)"
    for acronym in {b.acronym for b in named if b.acronym}:
        who = re.sub(rf"\(\s*{re.escape(acronym)}\s*\)", " ", who)
    words = {w.lower() for w in who.split()} - small_words()
    if len(words) < 2 or not any(words <= {w.lower() for w in name.split()} for name in names):
        return ()
    return (own,)


def _operative_at(text: str, at: int) -> bool:
    """Whether the next operative verb of a resolution text starts at ``at`` (after ``;`` or ``,``): a verb of
    ``request-kinds.csv``, but not one in the base form after an aside that closes a modal or a ``that`` clause's
    subject (``1 that the study groups shall, where appropriate, invite X to ...``: the clause's own verb)."""
    pattern, forms = _verbs()
    if (v := pattern.match(text, at)) is None:
        return False
    form = forms.get(" ".join(v.group(0).lower().split()))
    if form is None or _form_kind(v.group(0), form.entry) != "base":
        return True
    return aside_dropped(text[:at]) == text[:at]


def _item(self: _Reader, lead: Request, order: int, section: str, text: str) -> tuple[Request | None, str]:
    """The request of one item of a lead (:func:`_item_request`) and the text after it: in a
    resolution text an item ends at ``;`` or ``,`` when an operative verb follows (``2 to
    report;  invites Member States to ...``)."""
    rest = ""
    if self.issuer is not None and lead.requester == self.issuer:
        cut = next((m.end() for m in _ITEM_END.finditer(text) if _operative_at(text, m.end())), None)
        if cut is not None:
            text, rest = text[:cut], text[cut:]
    if (first := _ENUMERATOR.match(text)) and (numbered := _NEXT_NUMBERED.search(text, first.end())):
        text, rest = text[: numbered.start() + 1], text[numbered.start() + 1 :] + rest  # "...; 2 that X shall ..."
    item = _item_request(lead, order, section, text)
    colon = _THAT_COLON.search(lead.sentence) or _asked_colon(lead)
    t = re.match(r"that\s+", item.action) or (re.match("", item.action) if colon else None)
    if t is None and _PROPOSALS_LEAD.search(lead.sentence):
        return None, text  # "made the following recommendations:" / "(a) To Member States: to ...": read as it stands
    if not lead.addressees and t:  # "resolves / 1 that ITU shall ...", "agreed that: / a) the secretariat shall ..."
        clause = item.action[t.end() :]  # where it stands in the paragraph: its subject's spans are found there
        at = text.find(clause[:40])
        addressees, action = _item_subject(self, clause, order, lead, max(at, 0))
        item = replace(item, addressees=addressees, action=" ".join(action.split()).rstrip(" .;:,"))
        read = (text, (at, at + len(clause))) if at >= 0 else (clause, (0, len(clause)))
        if not addressees and (asked := _item_request_read(self, order, section, *read)):
            item = replace(
                item, addressees=asked.addressees, action=asked.action, verb=asked.verb
            )  # "the Bureau is requested to ..."
    item = replace(item, action=re.sub(r"^[Tt]o\s+", "", item.action))
    return replace(item, deadline=self.deadline(item.sentence) or lead.deadline), rest


def _item_request_read(self: _Reader, order: int, section: str, text: str, span: tuple[int, int]) -> Request | None:
    """The first request an item's clause states by a verb of asking of its own (``b) the Bureau is
    requested to organize ...`` after ``agreed on the following:``), read as a sentence is."""
    found: list[Request] = []
    self._read_paragraph(order, section, text, [span], found, [])  # in the paragraph: its agents' spans are there
    return found[0] if found and found[0].addressees else None


def _item_subject(
    self: _Reader, clause: str, order: int, lead: Request, at: int = 0
) -> tuple[tuple[AgentRef, ...], str]:
    """(addressees, action) of an item's clause: its subject read as a noun phrase before the modal
    (``ITU-T study groups shall continue ...``, ``the Director of TSB, in close collaboration with
    the Director of BDT, shall identify ...``), else as the clause's subject is read elsewhere; after
    a verb of asking (``recommended that:``) also before a verb in the base form (``- ITU develop ...``)."""
    requester = lead.requester
    clause = modal_aside_dropped(clause)  # "ITU-T study groups shall, where appropriate, invite ..."
    if (m := _ITEM_SUBJECT.match(clause)) and (
        states_after().match(clause, m.end()) or names_no_agent(AgentRef("collective", "", m.group("who")))
    ):  # "that its Chairman shall be Ms A", "shall become the Standing Committee": a state; "that the mandate of
        return (), clause  # the Task Force shall be extended": a thing of the Task Force, not the Task Force
    if (m := _ITEM_SUBJECT.match(clause)) and (found := self.objects(m.group("who"), order, at, requester)):
        return found, clause[m.end() :]
    if (m := _ITEM_TO.match(clause)) and (found := self.objects(m.group("who"), order, at, requester)):
        return found, clause[m.end() :]  # "requested:" / "the APT Secretariat to prepare ..."
    if (
        _asked_colon(lead)
        and (m := _ITEM_GROUP_TO.match(clause))
        and (found := self.objects(m.group("who"), order, at, requester))
    ):
        return found, clause[m.end() :]  # "invited:" / "operators to share their maps"
    found, action = self.clause_subject(clause, order, at, requester, modal=True)
    if found or lead.verb in DECIDING:
        return found, action
    return self.clause_subject(clause, order, at, requester)


def _operative_lead(self: _Reader, v: _VerbAt, requester: AgentRef, post: str) -> Request | None:
    """``instructs the Secretary-General`` (or ``resolves``) ending a paragraph of a resolution
    text, or ``invites the Council to:`` before a list: a request without an action yet, which
    the items that follow (``1 to ...``, ``a) take note of ...``) take."""
    if (to := _TO_COLON.fullmatch(post)) and v.stop >= len(v.sentence):
        addressees = self.objects(to.group("who"), v.order, v.at + v.m.end(), requester)
        return self.request(v.order, v.section, v.entry, requester, addressees, "", v.sentence, v.stop)
    if requester != self.issuer or v.stop < len(v.sentence) or not _LEAD_END.fullmatch(post):
        return None
    phrase = post.strip(" ,;:.")
    addressees = self.objects(phrase, v.order, v.at + v.m.end(), requester) if phrase else ()
    if phrase and not addressees:
        return None
    return self.request(v.order, v.section, v.entry, requester, addressees, "", v.sentence, v.stop)
