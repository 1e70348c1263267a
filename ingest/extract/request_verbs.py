"""The request verbs and the phrase patterns that several request readers share.

Holds the verb forms of ``ontology/gazetteers/request-kinds.csv`` (``_verbs``: one pattern for every
form, ``_form_kind``: base, -s, -ed or -ing; ``_be_asked``: ``X [should] be requested to``), the
verb found in a sentence (``_VerbAt``), and the patterns that the subject, addressee, passive and
list readers (:mod:`.request_subjects`, :mod:`.request_addressees`, :mod:`.request_passive`,
:mod:`.request_items`) and :mod:`.requests` all use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.extract.casing import either_initial_determiners
from wsiskg.ingest.extract.gazetteer import (
    VerbEntry,
    adverb_alternation,
    auxiliary_alternation,
    body_heads,
    determiner_alternation,
    modal_alternation,
    modals,
    request_kinds,
)
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import LIST_MARK, alternation

#: adverbs between a subject and its verb (``-ly`` words in lower case: ``Assembly`` is none)
_ADVERBS = rf"(?:\s+(?:(?-i:[a-z]+ly)|{adverb_alternation('subject')}))*"
_AUX = re.compile(rf"\b(?:{auxiliary_alternation('be')})(?:\s+not)?{_ADVERBS}\s+$", re.IGNORECASE)
_TRAIL_ADVERBS = re.compile(rf"{_ADVERBS}\s*$", re.IGNORECASE)
#: ``to`` before an infinitive, or ``to:`` before items lettered inline (``requests the Group to: (a) ...; (b) ...``,
#: ``to: a. ...; b. ...``)
_TO_INF = re.compile(
    rf"(?<![\w-])to\s+(?!(?:{determiner_alternation('infinitive')}|be|and|or|[A-Z0-9])\b)"
    r"(?=[a-z])|(?<![\w-])to\s*:\s*(?=\(?a\)\s|a\.\s)"
)
#: a perfect auxiliary at the end of the words before a verb: ``has also`` (been invited), ``, has`` (requested)
PERFECT = re.compile(rf"\s*\b(?:{auxiliary_alternation('have')})(?:\s+(?:{adverb_alternation('perfect')}|\w+ly))*\s*$")
#: where a clause that may have its own subject opens inside a sentence: a semicolon, ``, while``, ``, where``
NEW_CLAUSE = r";\s*|,\s+(?:while|whereas|where)\s+"


#: the decision verbs whose ``that`` clause or items ask their subject to act (``agreed that the Secretariat would
#: prepare ...``, ``decides: a) the Bureau to ...``): a request of this verb is a decided clause, not a verb of asking
DECIDING = frozenset({"agree", "decide"})

#: the first modal of a decided clause (``that the Chairman would present ...``): a directive one (``shall``,
#: ``should``, ``must``: ``modals.csv`` column ``directive``) asks the clause's subject, one of the future only
#: (``would``, ``will``) reports a plan and asks no one (decision 38 of docs/annotation-guide.md)
_DECIDED_MODAL = re.compile(rf"\b(?P<modal>{modal_alternation('obligation')})\b", re.IGNORECASE)


def directs(clause: str) -> bool:
    """Whether a decided clause directs its subject to act: its first modal is a directive one (``agreed that the
    Secretariat shall prepare ...``, ``should circulate``), not one of the future only (``agreed that the Chairman
    would present ...``, ``decided that ITU will organize ...``: a plan the record reports, asked of no one)."""
    m = _DECIDED_MODAL.search(clause)
    return m is None or m.group("modal").lower() in modals("directive")


@cache
def states_after() -> re.Pattern[str]:
    """A verb after a clause's modal that states what its subject is or becomes (``state-verbs.csv``): ``shall become
    the Standing Committee``, ``shall be Ms A``, ``should remain open``; ``be`` before a past participle is a passive
    (``shall be represented``), no state."""
    forms = [
        rf"{re.escape(r['verb'])}(?!\s+(?:\w+ly\s+)?{PARTICIPLE})" if r["passive"] == "yes" else re.escape(r["verb"])
        for r in data_rows("state-verbs.csv")
    ]
    return re.compile(rf"\s*(?:{'|'.join(forms)})\b")


@cache
def reporting_verbs() -> str:
    """The verbs of a speaker reporting a clause (``reporting-verbs.csv``: ``said``, ``stated``, ``announced``), as an
    alternation."""
    return alternation((r["verb"] for r in data_rows("reporting-verbs.csv")), spaces=True)


#: where the clause of a sentence's subject opens: after ``, and``, a new clause, a colon, a reported ``that``
_CLAUSE_CUT = re.compile(
    rf"(?:,\s+and\s+(?:that\s+)?|{NEW_CLAUSE}|:\s*"
    rf"|\b(?:{reporting_verbs()}|recall(?:s|ed)?|note[sd]?|and)\s+that(?:\s*,\s*|\s+))"
)
_AND = re.compile(r"\band\b")
#: a ``that`` clause in the passive (``that`` may be read already): ``that the results be presented ...``
#: a past participle after ``be`` (``be published``, ``be taken``, ``be sent``, ``be made``)
PARTICIPLE = r"(?:[a-z]+(?:ed|en)|sent|made|kept|put|set|done|held|met|built|brought|sought)\b"
PASSIVE_THAT = re.compile(rf"\s*(?:that\s+)?[^,;:]{{1,80}}?\s+be\s+(?:\w+ly\s+)?{PARTICIPLE}")
_COORDINATED = re.compile(r"(?:,|\band|\bor|\bbut|;)\s*$")


@cache
def intro_lead() -> re.Pattern[str]:
    """The words before a sentence's subject: a phrase that opens with a word of
    ``ingest/data/request-openings.csv`` (kind ``opening``: ``In its resolution 71,``, ``Having considered
    the report,``, ``Taking into account Resolution 17 (Rev. Kigali, 2022),``, ``Bearing in mind X,``) up to
    its comma, or a sentence adverb and its comma (kind ``adverb``: ``Finally,``), or such an opening phrase with no
    comma before a personal pronoun (``In her closing statement`` she called upon; ``pronouns.csv``: ``refers``
    ``person`` with a possessive); matches nothing else."""
    rows = data_rows("request-openings.csv")
    openings = alternation([r["words"] for r in rows if r["kind"] == "opening"], spaces=True)
    adverbs = alternation([r["words"] for r in rows if r["kind"] == "adverb"], spaces=True)
    people = [r["pronoun"] for r in data_rows("pronouns.csv") if r["refers"] == "person" and r["possessive"]]
    return re.compile(
        rf"^(?:(?:{openings})\b[^,;:()]{{1,80}}?\s+(?=(?:{alternation(people)})(?:\s|$))|"
        rf"(?:{openings})\b"
        # a comma inside a list of lower-case words is no end ("of conferences, assemblies and meetings,"), also
        # when the list's last item says whose ("of councils, committees and groups of the Sector,")
        r"(?:[^,()]|\([^()]*\)|,(?=(?:\s+(?!the\b)[a-z]+){1,3},?\s+(?:and|or)\s+(?:[a-z]+\s+){0,2}[a-z]+"
        r"(?:\s+(?:of|in|for)\s+[^,;:()]{1,40}?)?,)){0,160},\s*|"
        rf"(?:{adverbs}),\s*)?"
    )


@cache
def _condition() -> re.Pattern[str]:
    """A conjunction that opens a condition (``request-openings.csv`` kind ``condition``: ``provided that``,
    ``on condition that``, ``as long as``), in any case; not one that opens a phrase of kind ``no-condition``
    (``as long as possible``)."""
    rows = data_rows("request-openings.csv")
    words, nots = ([r["words"] for r in rows if r["kind"] == kind] for kind in ("condition", "no-condition"))
    return re.compile(
        rf"(?<![\w-])(?!(?:{alternation(nots, spaces=True)})(?![\w-]))(?:{alternation(words, spaces=True)})(?![\w-])",
        re.IGNORECASE,
    )


#: a word before a verb form that makes it no verb of the sentence (``the requests``, ``as requested``, ``to
#: invite``, ``by which``), in any case
_NOT_VERB_BEFORE = re.compile(
    r"\b(?P<word>to|the|a|an|several|many|any|including|for|of|as|with|its|their|his|her|our|this|these|"
    r"those|such|no|new|on|in|at|from|without|upon|by|which)\s*$",
    re.IGNORECASE,
)
#: a capitalised word of a name, not in capitals, right before the last word: ``Networks`` before ``AS``
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.&-]*[a-z][\w.&-]*\s+\S+\s*$")


@cache
def _name_suffixes() -> frozenset[str]:
    """The heads of kind ``company`` of ``body-heads.csv`` written in capitals (``AS``, ``AB``, ``PLC``)."""
    return frozenset(head for head, kind, _ in body_heads() if kind == "company" and head.isupper())


def no_verb_before(pre: str) -> bool:
    """Whether ``pre``, the words of a sentence before a verb form, ends with a word that makes the form no verb
    of the sentence (:data:`_NOT_VERB_BEFORE`), not when that word is a company's suffix in capitals closing a
    name (``Fjordlink Networks AS invites``, ``Kvasir Data AS proposes``: the company asks, ``AS`` is no ``as``)."""
    m = _NOT_VERB_BEFORE.search(pre)
    if m is None:
        return False
    return m.group("word") not in _name_suffixes() or _NAME_BEFORE.search(pre) is None


#: a clause of its own after a comma inside a condition set off after the main clause: ``, and``, ``, but``
_CONDITION_ENDS = re.compile(r",\s+(?:and|but)\s")


#: a modal of what may happen, then ``be``, right before a verb: ``Members may be``, ``could also be``
_POSSIBLE_BE = re.compile(
    rf"\b(?:{modal_alternation('possible')})(?:\s+(?:{adverb_alternation('closing')}))?\s+be(?:\s+\w+ly)?\s+$",
    re.IGNORECASE,
)


def possible_passive(pre: str) -> bool:
    """True when a verb of asking whose sentence reads ``pre`` before it is a passive after a modal of what may
    happen (``modals.csv`` column ``possible``: ``Observers may be invited to ...``, ``Sector Members can be asked
    to ...`` in terms of reference): a rule or a possibility, asked of no one."""
    return _POSSIBLE_BE.search(pre) is not None


#: a modal of a power right before a verb in the active: ``The Group may``, ``can also``
_POWER = re.compile(
    rf"\b(?:{modal_alternation('power')})(?:\s+(?:{adverb_alternation('closing')}))?\s+$", re.IGNORECASE
)
#: a condition before it: ``if the Bureau can ask ...`` (a courteous request, ``request_polite``)
_IF = re.compile(r"\b(?:if|whether)\b", re.IGNORECASE)


def power_only(pre: str) -> bool:
    """True when a verb of asking in the active whose sentence reads ``pre`` before it follows a modal of what one
    is allowed or able to do (``modals.csv`` column ``power``: ``The Focus Group may invite experts to ...``, ``The
    Chair can ask the Bureau to ...``, ``might also call upon ...`` in terms of reference or working methods): a
    power the text grants, asked of no one yet; not inside an ``if`` (``grateful if the Ministry can instruct``)."""
    return _POWER.search(pre) is not None and _IF.search(pre) is None


#: a restrictive relative (no comma before it) right before a passive in the past: ``Ministers who were``,
#: ``the experts that had been``, ``Participants who have been``
_DESCRIBING = re.compile(
    rf"[^,\s]\s+(?:who|that|which)\s+(?:(?:{auxiliary_alternation('be', 'past')})|"
    rf"(?:{auxiliary_alternation('have')})\s+been)(?:\s+\w+ly)?\s+$",
    re.IGNORECASE,
)


def describing_passive(pre: str) -> bool:
    """True when a verb of asking whose sentence reads ``pre`` before it is a passive in the past in a restrictive
    relative clause (``Ministers who were invited to the summit discussed ...``, ``Participants who have been
    invited to the workshop are requested to ...``): it says which of them the sentence is about, a request made
    before, not one the text makes."""
    return _DESCRIBING.search(pre) is not None


def in_condition(pre: str) -> bool:
    """True when a verb whose sentence reads ``pre`` before it stands inside a condition (``..., provided that
    the Council was instructed``, ``would agree on condition that X is asked``): the last conjunction of
    :func:`_condition` before the verb, no comma between them, or commas only inside a condition set off by a
    comma after its main clause (``..., provided that the Council, at its next session, was asked``); a
    condition without that comma before it (``Provided that funds allow, the Group invited ...``) ends at
    its first comma."""
    found = list(_condition().finditer(pre))[-1:]
    if not found:
        return False
    inside = pre[found[0].end() :]
    if "," not in inside:
        return True
    return pre[: found[0].start()].rstrip().endswith(",") and not _CONDITION_ENDS.search(inside)


#: a body named by its head noun alone: ``the conference``, ``the Assembly``
_BARE_HEAD = re.compile(rf"(?:{either_initial_determiners('anaphor')})\s+[A-Za-z]+")
#: a phrase that announces the items after a verb and its colon, naming no one (``resolved as follows:``, ``requested
#: as set out below:``, ``urged as under:``): the verb reads as before a bare colon
AS_FOLLOWS = r"as\s+(?:follows|under|below|(?:set\s+out|indicated|listed|given|shown)\s+below)"
#: verbs of asking whose past tense right before a colon leads items naming whom and what (``The meeting
#: requested:`` / ``the APT Secretariat to prepare ...;``; ``The workshop recommended:`` / ``1. that BDT compile ...``)
ASKS_ITEMS = frozenset({"request", "ask", "invite", "urge", "encourage", "instruct", "call-upon", "recommend"})
#: what :meth:`_Reader._active_requester` returns when a verb form states nothing
_NO_VERB = object()
#: verbs by which an officer moves that the body it serves act: a motion, no request
MOTIONS = frozenset({"propose", "suggest"})
#: verbs of recommending: a ``that`` clause in the passive with no agent (``recommended that the results be presented
#: at X``) proposes an outcome and asks no one (decision 14: impersonal proposals are addressed to no one); a verb of
#: asking coordinated in such a clause is the clause subject's to voice (decision 43, :mod:`.request_nested_clauses`)
RECOMMENDING = MOTIONS | {"recommend"}


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
    alts = alternation(forms, spaces=True)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE), forms


@cache
def _asking_bases() -> frozenset[str]:
    """The base forms of one word of the verbs of asking (``request-kinds.csv``: ``invite``, ``encourage``)."""
    forms = (f.lower() for e in request_kinds() if e.is_request for f in e.forms if _form_kind(f, e) == "base")
    return frozenset(f for f in forms if re.fullmatch(r"[a-z]+", f))


def asks_in_base(word: str) -> bool:
    """Whether ``word`` is a verb of asking in its base form (``encourage`` of ``that the Group encourage X to
    ...``)."""
    return word.lower() in _asking_bases()


@cache
def _be_asked() -> re.Pattern[str]:
    """``X [should] be requested to ``: the subject of a ``that`` clause asked in the passive; not one of a ``that``
    clause inside it (``that the Group recommend to the Council that the Director be requested to``: the Group is
    to act, decision 43)."""
    forms = [f for e in request_kinds() if e.is_request for f in e.forms if _form_kind(f, e) == "ed"]
    return re.compile(
        rf"^(?P<who>(?:(?!\bthat\b)[^,;:]){{1,100}}?)\s+(?:(?:{modal_alternation('obligation')})\s+)?be\s+(?:\w+ly\s+)?"
        rf"(?:{alternation(forms, spaces=True)})\s+to\s+(?=[a-z])"
    )


@cache
def _next_clause() -> re.Pattern[str]:
    """Where a clause of its own opens after a request's verb: ``, and`` or a semicolon (or ``, while``), perhaps
    ``that``, a subject (a capital, ``the``, a pronoun; no infinitive, no comma) and a finite verb of
    ``request-kinds.csv`` after its auxiliaries (``, and that the Bureau had asked``, ``; Member States were
    invited``, ``, and the Chair urged``), or a base form after ``that`` (``, and that the Council invite``)."""
    entries = request_kinds()
    finite = [f for e in entries for f in e.forms if _form_kind(f, e) in ("ed", "s")]
    base = [f for e in entries for f in e.forms if _form_kind(f, e) == "base"]
    subject = r"(?:[Tt]he\s|[A-Z]|(?:it|they|he|she|we)\s)(?:(?!\bto\s+[a-z]|\b(?:that|which|who)\b)[^,;:()]){0,80}?"
    aux = rf"(?:\s+(?:{auxiliary_alternation()})(?:\s+not)?){{0,2}}{_ADVERBS}"
    participle = r"(?!\s+(?:by|in|at|on|during|under|above|below)\b)"  # "the Recommendations adopted in 2030"
    return re.compile(
        rf"(?:,\s*and|;\s*(?:and\s+)?|,\s+(?:while|whereas))\s+(?:"
        rf"(?:that\s+)?(?={subject}{aux}\s+(?:{alternation(finite, spaces=True)})(?![\w-]){participle})|"
        rf"that\s+(?={subject}{_ADVERBS}\s+(?:{alternation(base, spaces=True)})(?![\w-])))"
    )


def clause_end(sentence: str, start: int, stop: int) -> int:
    """Where the clause of a verb at ``start`` ends, before ``stop`` (the next coordinated verb): at a clause of
    its own that opens in between (:func:`_next_clause`), whose request is read from its own verb; else ``stop``."""
    m = _next_clause().search(sentence, start, stop)
    return m.start() if m else stop


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


#: the amendment mark of a drafted text before a provision (``ADD invites Member States``, ``MOD 2 to report``: a
#: text added, modified), and its space
AMENDMENT = r"(?:ADD|MOD)\s+"

#: a list item's mark: ``a)``, ``(ii)``, ``iv.``, ``3.``, ``3.1`` (a numbered contribution's proposals), a dash,
#: ``1`` before ``to``/``that`` (``ADD 2bis`` in a drafted text), ``Proposal 2:``, an ordinal of a speech's
#: items (``First, to request ...``, ``Secondly: that the Council ...``)
_ENUMERATOR = re.compile(
    rf"^\s*(?:(?:First|Second|Third|Fourth|Fifth|Sixth)(?:ly)?\s*[,:](?=\s*(?:to|that)\s)|\(?[a-z]\)|\(?[ivx]{{1,4}}\)|[ivx]{{1,4}}\.|\(?\d{{1,2}}\)|[a-z]\.|\d{{1,2}}(?:\.\d{{1,2}})+\.?(?=\s)|\d{{1,2}}\.|{LIST_MARK}|"
    rf"(?:{AMENDMENT})?\d{{1,2}}(?:bis|ter|quater)?(?=\s+(?:to|that)\s)|"
    r"[A-Z][a-z]+\s+\d{1,2}\s*:(?=\s*[a-z]))\s*"
)
