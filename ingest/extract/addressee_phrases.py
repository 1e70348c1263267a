"""The object phrase of a request read as noun phrases, before they are resolved to agents.

``noun_phrase`` drops what names no one: words after a group that only place it in the room
(``the operators present here``, ``ingest/data/group-trails.csv``), a modal that ends a subject
(``Participants will``), an aside that only singles out members of the group before it (``all
stakeholders – governments, academia –``, ``the regional commissions, in particular ESCAP``) and
a possessive before a group in lower case (``its members``). ``shared_head`` reads a lone
adjective joined to the next noun phrase (``international and regional organizations``: one
group); ``names_no_agent`` a group whose head noun is a thing (``the following``, ``the report``);
``plural_role`` a role word in the plural with no body (``the Rapporteurs``: the group of its
holders). Words: ``ingest/data/addressee-words.csv`` (the modals: ``modals.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.addressee_dashed_groups import listed_groups
from wsiskg.ingest.extract.casing import name_link_alternation, without_article
from wsiskg.ingest.extract.document import current_document
from wsiskg.ingest.extract.gazetteer import (
    adverb_alternation,
    auxiliaries,
    before_preposition,
    collectives,
    determiner_alternation,
    modals,
    preposition_alternation,
    role_forms,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.pdf_layout import broken_word
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, DASH_CHARS, LIST_MARK, alternation, plural

#: a possessive before a group in lower case: ``its members``, ``their experts``
_POSSESSIVE = re.compile(r"^(?i:its|their|his|her|my|our)\s+(?=[a-z])")
#: a list between spaced dashes, or from a spaced dash to the end: ``all stakeholders – governments, ... –``
_DASHED = re.compile(rf"(?<=\w)\s+{DASH}\s+(?P<list>[^{DASH_CHARS}]*?)(?:\s+{DASH}(?=\s|$)|$)")
#: a conjunct of such a list that opens with a name: ``ECA``, ``the Arab Group``
_NAME_OPENS = re.compile(r"(?:the\s+)?[A-Z]")
#: what joins two conjuncts: ``and``, ``or``, a comma
_JOINED = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
#: the same, compiled, to cut a list into its conjuncts
CONJUNCT_GAP = re.compile(_JOINED)
#: a lone lower-case word
_WORD = re.compile(r"[a-z]+")
#: a participle and its agent between commas, or to the end: ``the Board, represented by its Chair, Ms X,``;
#: so a participle and where or when: ``the regional meetings, held between May and June,``; a present participle
#: and where, with whom or as what (``the Committee, meeting in Nairobi,``, ``the Office, working with X,``), never
#: ``including``, which names members asked with the group
_BY_ASIDE = re.compile(
    r"\s*,\s*(?:[a-z]+(?:ed|en)|(?!(?:in|ex)cluding\b)[a-z]{3,}ing|held|met|led|set|sent|built)"
    r"\s+(?:by|in|on|at|between|from|during|since|with|as|under|within|through)\b"
    r".*?(?:(?=,\s*(?:and|or|as\s+well\s+as)\s)|,?$)"
)
#: a past participle and its agent, place or time right after a plural group, no comma, to the end: ``the experts
#: nominated by administrations``, ``the rapporteurs appointed at the last meeting``, ``the vice-chairmen elected by
#: the Council`` (what only says which of the group are meant, decision 12)
_BY_TRAIL = re.compile(
    r"(?:(?<=[a-z]s)|(?<=men))\s+(?:[a-z]{3,}(?:ed|en)|held|met|led|set|sent|built)\s+(?:by|at|during|since)\s+\S.*$"
)
#: a relative clause between commas, or to the end: ``the Rapporteurs, who met in May,``
_RELATIVE = re.compile(r"\s*,\s*(?:which|who|whom|whose|where)\b.*?(?=,\s*(?:and|or|as\s+well\s+as)\s|$)")
#: where an invitation asks the group to come: ``all delegations to the Regional Forum ...``
_DESTINATION = re.compile(rf"(?<=[a-z])\s+(?:to|at)\s+(?:{determiner_alternation('destination')})\s.*$")
#: a participle left alone at the end, its infinitive read as the action: ``delegations wishing`` (to speak)
_LONE_PARTICIPLE = re.compile(
    r"(?:(?<=[a-z]s)|(?<=men))\s+(?:wishing|willing|intending|planning|seeking|interested)$"
)  # after a plural only: "on strategic planning" is a topic
#: ``that`` before the subject of a clause (``(b) that the Observatory be asked to ...``), ``both``
#: before a list (``Both the Council and the Secretariat``), a relative opening the clause (``in which
#: Member States were invited``, ``on which the Chair was asked``, ``whereby``)
_RELATIVE_LEAD = r"(?:in|on|of|at|to|from|for|by|with|under|through|during|upon)\s+(?:which|whom)"
_THAT = re.compile(rf"^(?i:that|both|either|{_RELATIVE_LEAD}|whereby)\s+(?=\S)")
#: a clause before a relative that opens the subject's clause: ``It adopted the plan, for which`` (X were invited)
_BEFORE_RELATIVE = re.compile(rf"^[^,]*,\s*(?=(?i:{_RELATIVE_LEAD})\s)")
#: a participle after a plural group, to the end: ``Sector Members attending the meeting`` (never ``including``)
_PARTICIPLE = re.compile(r"(?<=[a-z]{2}s|men)(?<!\bthis)(?<!\bits)\s+(?!(?:in|ex)cluding\b)[a-z]{3,}ing\s+\S.*$")
#: the words before a group that only determine it (``the``, ``all``, ``our other``): read off the group
_DETERMINERS = rf"(?:{determiner_alternation('addressee')})"
#: a group (two words at most) and where it comes from or what it has: ``Sector Members from industry``,
#: ``Member States with contributions in arrears``, ``Member States in arrears`` (no list after ``with``/``in``)
#: ``all`` read by OCR with digits or a capital I for the l's: ``a11 administrations``, ``aIl Member States``
_OCR_ALL = re.compile(r"^[aA](?=[lI1|]?[1I|])[lI1|]{2}(?=\s)")
#: a run-in heading glued before a subject by the reader: ``Action required The Council`` (is invited to ...)
_RUN_IN = re.compile(r"^[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+(?=The\s+[A-Z])")
#: a colon and a dash or an item's letter closing the object before its items: ``invites the Assembly: -``,
#: ``requests the Council: a)``, ``urges the Bureau: (i)``, ``invites Study Group 1: a.`` (to approve ...)
_COLON_DASH = re.compile(rf"\s*:\s*(?:{LIST_MARK}|\(?(?:[a-z]|[ivx]{{1,4}}|\d{{1,2}})[).])?$")
#: a letter's ``your`` before the group it is written to: ``invite your Government``, ``your Administration``
_YOUR = re.compile(r"^(?i:your)\s+(?=[A-Z])")
#: a group in lower case whose head noun is a plural: ``observers``, ``regional groups``
_LOWER_PLURAL = re.compile(r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:s|men)")
_DETERMINER = re.compile(rf"^(?:{_DETERMINERS}\s+)+", re.IGNORECASE)
#: a hyphen and a space between two words' letters: a word a line broke, its halves joined by a space
#: (``Mem- ber States``) when ``pdf_layout.broken_word`` says so, or a compound (``small- and medium-sized``)
_HYPHEN_SPACE = re.compile(r"([^\W\d_]+)-\s+(?=([^\W\d_]+))")
#: a word of a body's name or an acronym before a role: ``UNGIS``, ``ITU-D``, ``Study``
_NAME_WORD = re.compile(r"[A-Z][\w&/-]*")


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in data_rows("addressee-words.csv") if r["kind"] == kind)


@cache
def _front_label() -> re.Pattern[str]:
    """A front section's label glued before a subject (``Action required Councillors`` are invited):
    ``ingest/data/front_sections.csv``."""
    labels = alternation([r["label"] for r in data_rows("front_sections.csv")], spaces=True)
    return re.compile(rf"^(?i:{labels})\s*:?\s+(?=[A-Z])")


@cache
def _group_trail() -> re.Pattern[str]:
    """Words after a group that only say it is in the room: ``present here``, ``represented here``
    (``ingest/data/group-trails.csv``)."""
    words = alternation([r["phrase"] for r in data_rows("group-trails.csv")], spaces=True)
    return re.compile(rf"(?<=[a-z])(?:\s+(?:{words}))+$")


@cache
def _condition() -> re.Pattern[str]:
    """A wish or a state that only conditions the request, to the end of the phrase: ``Administrations
    wishing to present a case study``, ``statistical offices that have not yet done so`` (the group
    is asked; ``addressee-words.csv`` kind ``condition``)."""
    return re.compile(rf"(?<=[\w)])\s+(?:{alternation(_words('condition'), spaces=True)})\b.*$")


@cache
def _members_named() -> re.Pattern[str]:
    """``, including`` before members the phrase names after the group (``all stakeholders, including
    governments and academia``): they are asked with it (kind ``member``; decision 12), the word goes."""
    return re.compile(
        rf",\s*(?:and\s+)?(?:{alternation(_words('member'), spaces=True)})\s+(?!(?:{_NO_MEMBER})\b)", re.IGNORECASE
    )


def agent_noun(word: str) -> bool:
    """A lone lower-case noun that names a person by what the person does (``evaluator``, ``consultant``: an ending of
    kind ``agent-ending`` of ``addressee-words.csv``)."""
    return bool(_WORD.fullmatch(word)) and word.islower() and word.endswith(_words("agent-ending"))


#: what follows ``in particular`` when it only qualifies the group (``administrations, in particular those of
#: developing countries``) or the action (``in particular before its next meeting``): no member named
_NO_MEMBER = r"those|that|this|these|on|in|to|for|with|by|at|from|before|after|when|where|if|through|during|as"


@cache
def _relational() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:our|my|the|dear|all)\s+)*(?:{alternation(_words('relational'))})\s+(?:in|at|from|of)\s+(?P<body>\S.*)$",
        re.IGNORECASE,
    )


def related_body(phrase: str) -> str | None:
    """``our colleagues in UNGIS``, ``my friends at UNESCO and UNDP``: the body phrase a word for
    people only relates them to (``addressee-words.csv`` kind ``relational``), else ``None``."""
    m = _relational().match(phrase.strip())
    return m.group("body") if m else None


@cache
def _placed() -> re.Pattern[str]:
    """Words after a group that only locate it: ``in the region``, ``of this region``, ``across the
    world``, ``in the Arab region``, ``of the Europe and CIS regions``, ``present in the region``
    (``addressee-words.csv`` kind ``place``), such a place as the group's owner (``the region's regulators``),
    a named world region a plural group is in or from (``Member States in Asia and the Pacific``, ``operators
    from the Middle East``: kind ``region-name``; decision 12 of docs/annotation-guide.md). A named region
    the group is of says whose it is and stays (``administrations of the Americas``, ``the Member States of
    Africa``: decision 42), as a body's name keeps it (``Council of Europe``)."""
    places, regions = alternation(_words("place")), alternation(_words("region-name"), spaces=True)
    det = determiner_alternation("place")
    return re.compile(
        rf"(?<=[a-z])\s+(?:present\s+)?(?:of|in|from|across|within|throughout)\s+(?:{det})\s+"
        rf"(?:(?:{regions})\s+|(?:[\w-]+\s+){{0,2}})(?:{places})$|(?:(?<=[a-z]s)|(?<=men))\s+(?:in|from)\s+(?:the\s+)?(?:{regions})$"
        # a place as the group's owner: "the region's regulators", "this continent's operators"
        rf"|^(?:{det})\s+(?:[\w-]+\s+){{0,2}}(?:{places})['’]s\s+(?=[a-z])"
    )


@cache
def region_names() -> re.Pattern[str]:
    """A named world region (``Asia and the Pacific``, ``Latin America and the Caribbean``: kind
    ``region-name``), whose ``and`` joins no two recipients."""
    return re.compile(rf"\b(?:{alternation(_words('region-name'), spaces=True)})\b")


@cache
def _region_owned() -> re.Pattern[str]:
    regions = alternation(_words("region-name"), spaces=True)
    return re.compile(rf"(?P<group>.*?(?:[a-z]s|men))\s+of\s+(?:the\s+)?(?:{regions})")


def region_owner(phrase: str) -> str | None:
    """The group of ``the Member States of Africa``, ``regulators of Latin America and the Caribbean``: a plural
    group a named world region is of (kind ``region-name``), the region saying whose it is (decision 42, where
    ``in Africa`` only places it: :func:`_placed`), else ``None``."""
    m = _region_owned().fullmatch(phrase.strip())
    return m.group("group") if m else None


@cache
def _greeting() -> re.Pattern[str]:
    words = alternation(_words("greeting"))
    return re.compile(rf"(?:(?:dear|my|our|distinguished|honourable)\s+)*(?:{words})(?:\s+and\s+(?:{words}))?", re.I)


def greets_all(phrase: str) -> bool:
    """Whether a vocative greets the whole audience, no group of it: ``colleagues``, ``Excellencies``,
    ``ladies and gentlemen`` (``addressee-words.csv`` kind ``greeting``)."""
    return _greeting().fullmatch(phrase.strip()) is not None


@cache
def _qualifier() -> re.Pattern[str]:
    """A word before a group that only qualifies it: ``interested`` delegations, ``the relevant``
    study groups, also opening a later conjunct (``ITU and other relevant United Nations entities``)
    (``addressee-words.csv`` kind ``qualifier``): the determiner stays."""
    return re.compile(
        rf"(?:^|(?<=,\s)|(?<=\sand\s)|(?<=\sor\s))((?:all|the|other|any|my|our)\s+)?"
        rf"(?:{alternation(_words('qualifier'))})\s+(?=[A-Za-z])"
    )


@cache
def listing_participles() -> str:
    """An alternation of the participles that point at where the text lists a group's members (``listed``,
    ``named``, ``mentioned``: ``addressee-words.csv`` kind ``listing``): ``the panellists listed in the table``."""
    return alternation(_words("listing"))


@cache
def remits() -> str:
    """An alternation of the words that say what a group's members answer for (``in charge of``: the links of a
    group's name to its remit, ``casing.name_links``)."""
    return name_link_alternation()


@cache
def known_groups() -> re.Pattern[str]:
    """Any group phrase of ``collectives.csv`` (``Member States``, ``delegations``), longest first."""
    return re.compile(rf"\b(?:{alternation(collectives(), spaces=True)})\b", re.I)


def remit_cut(phrase: str) -> str:
    """``phrase`` before the remit that says which of its members (``Ministers`` of ``Ministers in
    charge of ICT``), else ``phrase``."""
    return re.split(rf"\s+(?i:{remits()})\s", phrase, maxsplit=1)[0]


@cache
def _from() -> re.Pattern[str]:
    """A group and where its members come from or what they have (:func:`_from_qualifier`); not a
    remit that says which of them (``Ministers in charge of ICT``: ``addressee-words.csv`` kind
    ``remit``)."""
    remit = remits()
    return re.compile(
        rf"^(?P<group>(?:(?:{_DETERMINERS}|the\s+other)\s+)?[\w-]+(?:\s+[\w-]+)?)\s+"
        rf"(?:from\s+\S.*|(?!(?:{remit})\b)(?:with|in)\s+(?!.*(?:,|\b(?:and|or)\b)).+)$",
        re.IGNORECASE,
    )


def _from_qualifier(phrase: str) -> str:
    """``Sector Members from the gaming industry``, ``stakeholders from the private sector, civil
    society and academia``, ``Member States with contributions in arrears``, ``observers from
    academia and industry``: a known group (``collectives.csv``) or a plural noun in lower case, and
    where its members come from or what they have, which only qualifies it (decision 12): the group."""
    m = _from().match(phrase)
    group = _DETERMINER.sub("", m.group("group")) if m else ""
    if m is None or related_body(phrase) is not None:  # "our colleagues in UNGIS": UNGIS is asked
        return phrase
    if group.lower() not in collectives() and not _LOWER_PLURAL.fullmatch(group):
        return phrase
    return m.group("group")


@cache
def _stance() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_words('stance'), spaces=True)})$", re.IGNORECASE)


def states_intent(words: str) -> bool:
    """Whether the words before a ``to`` and a verb end with the subject's own intent or readiness
    (``The Authority of X stands ready``, ``APT intends``, ``Member States look forward``): a
    statement, no one asked (``addressee-words.csv`` kind ``stance``)."""
    return _stance().search(words.rstrip()) is not None


@cache
def _auxiliaries() -> str:
    return alternation([*modals(), *auxiliaries(role="clause")])


@cache
def _modal_end() -> re.Pattern[str]:
    """A modal or an auxiliary closing a subject, with its adverbs: ``Participants will``, ``The
    Group has already`` (been asked), ``Regulators have also`` (been invited)."""
    adverbs = adverb_alternation("closing")
    return re.compile(rf"(?<=[\w)])\s*,?\s+(?:{_auxiliaries()})(?:\s+(?:{adverbs}|[a-z]+ly))*$", re.IGNORECASE)


@cache
def _trailing_adverbs() -> re.Pattern[str]:
    adverbs = adverb_alternation("closing")
    return re.compile(rf"(?:\s+(?:{adverbs}|[a-z]+ly))+$")


def without_adverbs(phrase: str) -> str:
    """``phrase`` without the adverbs that close it: ``The African Group therefore`` (before a
    colon and its items) is the Group (``adverbs.csv`` role ``closing``, and words in -ly)."""
    return _trailing_adverbs().sub("", phrase.rstrip())


@cache
def _first_predicate() -> re.Pattern[str]:
    """The first of two predicates of one subject: ``Finalists who pass will be notified by the jury
    and`` (are requested to ...): from the auxiliary to the closing ``and``."""
    return re.compile(rf"(?<=[\w)])\s*,?\s+(?:{_auxiliaries()})\s+\S.*?\s+(?:and|but)$", re.IGNORECASE)


@cache
def _clause_lead() -> re.Pattern[str]:
    """A conjunction opening the clause whose subject is asked, and what comes before it (``the budget, provided
    that`` the Council was instructed): ``addressee-words.csv`` kind ``clause-lead``."""
    leads = alternation(_words("clause-lead"), spaces=True)
    return re.compile(rf"^(?:.*[,;]\s*)?(?i:{leads})\s+(?=\S)")


@cache
def aside_between_commas() -> re.Pattern[str]:
    """An aside between two commas right after a subject (``, at its 2031 session (Geneva, 1-5 May
    2031),``, ``, jointly with the regional office,``, ``, in consultation with X,``): a cue of
    ``addressee-words.csv`` (kinds ``aside``, ``single-out``) or a word in -ly opening it; says how,
    when or where, never who."""
    return re.compile(
        rf"\s*,\s*(?!as\s+well\s+as\b)(?:{aside_cues()}|[a-z]+ly)\b(?:[^,;:()]|\([^()]*\)){{0,150}}?,", re.IGNORECASE
    )


@cache
def aside_cues() -> str:
    """The words that open an aside after a comma (``in``, ``at``, ``through``, ``in particular`` ...: kinds
    ``aside`` and ``single-out`` of ``addressee-words.csv``), as one alternation."""
    return alternation(_words("aside") + _words("single-out"), spaces=True)


@cache
def _aside() -> re.Pattern[str]:
    """``, in particular X`` (also ``, and in particular X``) / ``, in consultation with X`` / ``, as
    appropriate``: to the end of the phrase or to a comma before ``and``/``or``."""
    single = alternation(_words("single-out"), spaces=True)
    return re.compile(
        rf"\s*,\s*(?:(?:and|or)\s+(?={single}\b))?(?!as\s+well\s+as\b)(?:{aside_cues()})\b(?:\s+.*?)?"
        r"(?=,\s*(?:and|or|as\s+well\s+as)\s|,?$)",
        re.IGNORECASE,
    )


def _joined_broken_words(phrase: str) -> str:
    """``phrase`` with each word a line broke (``Mem- ber``) joined, by the layout's one rule with the
    report's vocabulary (``pdf_layout.broken_word``: the report prints the whole word)."""
    if "- " not in phrase:
        return phrase
    doc = current_document()
    words = doc.vocabulary if doc is not None else None
    return _HYPHEN_SPACE.sub(lambda m: m[1] if broken_word(m[1], m[2], words) else m[0], phrase)


def _dashed_members(dashed: re.Match[str], members: list[str]) -> str:
    """A list between spaced dashes after a group: two or more names (``the regional commissions – ECA,
    ESCAP and ESCWA –``) are members asked with the group, as after ``, including`` (decisions 12 and 34),
    so they stay as conjuncts, as do groups in lower case between two dashes (``all stakeholders – governments,
    civil society and academia –``: :func:`.addressee_dashed_groups.listed_groups`, round 43); an aside (``– in
    consultation with the Chair –``) or a list the sentence ends with only singles out, and goes."""
    pieces = [p.strip() for p in CONJUNCT_GAP.split(dashed["list"]) if p.strip()]
    named = len(pieces) > 1 and all(_NAME_OPENS.match(p) for p in pieces)
    if named or listed_groups(pieces, re.search(rf"{DASH}$", dashed[0]) is not None):  # "– operators and vendors –"
        members.append(", " + dashed["list"].strip())  # after the group, once its trail is read off
    return ""


def noun_phrase(phrase: str) -> str:
    """``phrase`` without what names no one: a run-in heading before it (``Action required The
    Council``), a ``that`` opening a clause, ``your`` before a capitalised group in a letter, ``a11``
    read by OCR for ``all``, a colon and a dash before dashed items, a condition (``wishing to
    ...``), a list between spaced dashes, trails (``present``, after the dashes: ``the partners
    present – operators, vendors –``), a closing
    auxiliary or a first predicate, asides (also a participle and its agent, a relative clause
    after a comma), where the group is invited to or acts (``to the Forum``, ``at the meeting``),
    a participle left alone at the end (``delegations wishing`` to speak), a possessive; a word a
    PDF line broke is joined again (``Mem- ber States``)."""
    phrase = _joined_broken_words(phrase)
    phrase = _RUN_IN.sub("", _front_label().sub("", _COLON_DASH.sub("", phrase.strip())))
    phrase = _THAT.sub("", _BEFORE_RELATIVE.sub("", _clause_lead().sub("", phrase)))
    phrase = _OCR_ALL.sub("all", _YOUR.sub("", phrase))
    phrase = _PARTICIPLE.sub("", _condition().sub("", phrase))
    phrase = _qualifier().sub(r"\1", _from_qualifier(phrase))
    members: list[str] = []
    phrase = _DASHED.sub(lambda dashed: _dashed_members(dashed, members), phrase)
    phrase = _group_trail().sub("", phrase) + "".join(members)
    phrase = _first_predicate().sub("", phrase)
    phrase = _modal_end().sub("", phrase)
    phrase = _aside().sub("", _members_named().sub(", ", phrase))
    phrase = _BY_TRAIL.sub("", _BY_ASIDE.sub("", phrase))
    phrase = _DESTINATION.sub("", _RELATIVE.sub("", phrase))
    phrase = _LONE_PARTICIPLE.sub("", _at_event(phrase))
    phrase = _placed().sub("", phrase)
    return _POSSESSIVE.sub("", phrase).strip()


@cache
def _event_of() -> re.Pattern[str]:
    """A known group and the event its members take part in: ``Speakers of the workshop``,
    ``participants in the forum`` (``event_nouns.csv``)."""
    events = alternation([n.lower() for n in event_nouns()], spaces=True)
    groups = alternation(list(collectives()), spaces=True)
    return re.compile(
        rf"^(?P<group>(?:{_DETERMINERS}\s+)?(?:{groups}))\s+(?:of|at|in|for)\s+(?:the|this|that|its)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{events})\b.*$",
        re.IGNORECASE,
    )


def _at_event(phrase: str) -> str:
    """``Speakers of the workshop``: the group; the event only says where its members take part
    (decision 12, as a place does)."""
    m = _event_of().match(phrase.strip())
    return m.group("group") if m else phrase


def recipient_line(line: str) -> str:
    """A letter's recipients line (``To: ...``) without the condition that closes it: ``WSIS
    stakeholders concerned with Action Lines C3, C7 (e-learning) and C9`` is the stakeholders (the
    list after ``concerned with`` names what they work on, no recipient; decision 12)."""
    return _condition().sub("", line.strip())


#: a line that cannot continue a recipients field: a field label (``Subject:``), a salutation, a date, a sentence
_NOT_RECIPIENTS = re.compile(r"^\s*(?:[\w .-]{1,25}:|(?i:dear|madam|sir)\b)|\b(?:1[89]|20)\d\d\b|[.!?]\s*$")


def continues_recipients(line: str) -> bool:
    """Whether a short line after ``To: Administrations of Member States`` goes on with its list
    (``ITU-D Sector Members and Academia``): no field label, salutation (``Excellency, Dear Sir,``),
    year or closing full stop."""
    greeting = _greeting().match(line.strip())
    if greeting is not None and re.match(r"\s*(?:[,!]|$)", line.strip()[greeting.end() :]):
        return False  # "Excellency, Dear Sir/Madam,": the salutation after the list
    return 0 < len(line.strip()) <= 120 and _NOT_RECIPIENTS.search(line) is None


def recipient_piece(piece: str) -> str:
    """One recipient of such a line as written, without words that only locate or qualify it:
    ``Administrations of ITU Member States in the Africa region`` (decision 12), ``Administrations of Member
    States of the Union`` (:func:`whose_said`)."""
    return whose_said(noun_phrase(piece) or piece.strip())


@cache
def _endings() -> tuple[tuple[str, bool], ...]:
    """(ending, is an adjective's), longest first."""
    rows = [(r["word"], r["kind"] == "adjective-ending") for r in data_rows("addressee-words.csv")]
    return tuple(sorted(((w, a) for w, a in rows if a or w in _words("noun-ending")), key=lambda x: -len(x[0])))


def adjective(word: str) -> bool:
    """A lone lower-case word that is no group of its own and ends like an adjective (``regional``)."""
    if not _WORD.fullmatch(word) or word in collectives():
        return False
    return next((is_adjective for ending, is_adjective in _endings() if word.endswith(ending)), False)


def shared_head(first: AgentRef, second: AgentRef, phrase: str) -> AgentRef | None:
    """``international and regional organizations``: a lone adjective joined to the next group by
    ``and``/``or``/a comma shares its head noun; so does a capitalised word that is no group of its own
    (:func:`_modifier`: ``Finance and ICT Ministries``, ``Telecommunications and IT Ministers``) and the
    adjective closing a group's ``of`` (``Heads of Regulatory and Policy Agencies``); the one group, as
    written, else ``None``."""
    if first.kind != "collective" or second.kind != "collective" or len(second.label.split()) < 2:
        return None
    word = without_article(first.label.strip(), "the", "all", case="lower")
    of = word.rpartition(" of ")[2]
    if not (
        all(adjective(w if w.isupper() else w.lower()) for w in word.split())  # "national and regional bodies"
        or (of != word and all(adjective(w.lower()) for w in of.split()))  # "Heads of Regulatory and Policy Agencies"
        or (_modifier(word) and second.label.lower() not in collectives())  # "Finance and ICT Ministries"
    ):
        return None
    m = re.search(rf"\b{re.escape(word)}{_JOINED}{re.escape(second.label.strip())}", phrase)
    if m is None:
        return None
    return AgentRef("collective", slug(m.group(0)), m.group(0))


def _modifier(words: str) -> bool:
    """Capitalised words that only say which group the next one is (``Finance``, ``ICT``, ``Foreign
    Affairs``): each in title case or an acronym, no group of its own (``collectives.csv``), the last no
    plural unless it names a field (``Telecommunications``: ``addressee-words.csv`` kind ``field``)."""
    split = words.split()
    last = split[-1].lower() if split else ""
    return (
        0 < len(split) <= 2
        and all(_NAME_WORD.fullmatch(w) for w in split)
        and words.lower() not in collectives()
        and (not _PLURAL_END.search(last) or last in _words("field"))
    )


@cache
def _whose_said() -> re.Pattern[str]:
    """A known group and the body it already names (``collectives.csv`` phrases ``X of Y`` keyed as ``X``:
    ``Member States of the Union``, ``Member States of ITU``), closing a longer group's phrase."""
    said = [p for p, key in collectives().items() if " of " in p and slug(p.partition(" of ")[0]) == key]
    heads = alternation([p.partition(" of ")[0] for p in said], spaces=True) or "(?!)"
    ofs = alternation([p.partition(" of ")[2] for p in said], spaces=True) or "(?!)"
    return re.compile(rf"(?i:(?<=\sof\s)(?P<group>{heads})\s+of\s+(?:{ofs}))$")


def whose_said(label: str) -> str:
    """A group's phrase without the body its last known group already names (``Administrations of Member
    States of the Union``: ``Administrations of Member States``, as ``the Member States of ITU`` are Member
    States); ``the Member States of the African Union`` and other bodies stay (decision 42)."""
    return _whose_said().sub(lambda m: m.group("group"), label) if " of " in label else label


def said_group(ref: AgentRef) -> AgentRef:
    """A known group named with the body it belongs to (``ITU Member States``, ``all Member States of the
    Union``, ``the ITU membership``: a ``collectives.csv`` phrase whose words but the body's are the group's key)
    labelled as the group alone (``Member States``: how the dev annotations write it, 289 to 2); other groups as
    they are (``all stakeholders``, ``Administrations of ITU Member States``, decision 42)."""
    bare = re.sub(rf"^(?:(?i:{determiner_alternation('group-front')})\s+)+", "", ref.label.strip())
    key = collectives().get(bare.lower()) if ref.kind == "collective" else None
    words = bare.split()
    for cut in (" ".join(words[1:]), bare.partition(" of ")[0]) if key else ():
        if cut and cut != bare and slug(cut) == key:
            return AgentRef(ref.kind, key, cut)
    return ref


def field_name(word: str) -> bool:
    """A capitalised word that names a field or a kind of group (``Health``, ``Finance``, ``ICT``): a modifier
    (:func:`_modifier`) that is no adjective (``African``) and no region (``Asia-Pacific``: kind ``region-name``).
    Fields joined before one plural head are one group, as written (``Health and Education Ministries``), as
    adjectives are (``regional and international organizations``)."""
    return _modifier(word) and not adjective(word.lower()) and region_names().fullmatch(word) is None


#: a plural group and the fields it is of, for or in, capitalised and listed: ``Ministers of ICT and Health``
_FIELD_LIST = re.compile(
    r"(?P<group>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*(?:s|men)\s+(?:of|for|in)\s+"
    r"(?P<fields>[A-Z][\w&/-]*(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s+)[A-Z][\w&/-]*)*))"
)


def field_list(phrase: str) -> tuple[str, list[str]] | None:
    """``the Ministers of ICT and Health``, ``Ministries of Education, Finance and Transport``: a plural group
    whose complement lists fields (:func:`field_name`), one group as written, with its fields (which the caller
    checks name no body and no country: ``the Governments of Chile and Peru``), else ``None``; the ``of``
    counterpart of fields before the head (``Health and Education Ministries``)."""
    bare = without_article(phrase.strip(), "the", "all", case="any")
    m = _FIELD_LIST.fullmatch(bare)
    fields = [f for f in CONJUNCT_GAP.split(m["fields"]) if f] if m else []
    if m is None or len(fields) < 2 or not all(field_name(f) for f in fields):
        return None
    return m["group"], fields


#: a list of codes or numbers closing a phrase: ``C1, C3 and C7``, ``1/2, 3/2 and 5/2``
_CODE = r"[A-Z]{0,3}\d{1,3}(?:[./-]\d{1,3})?[A-Za-z]?"
#: a plural group and what it is of, for or on, its complement a list of codes:
#: ``the lead facilitators of Action Lines C1, C3 and C7``, ``the rapporteurs on agenda items 1.3 and 1.9``
_LISTED_COMPLEMENT = re.compile(
    rf"^(?:the\s+|all\s+)?(?P<group>(?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*(?:s|men)\s+(?:{preposition_alternation('topic')})\s+"
    rf".*?\b{_CODE}(?:\s*,\s*{_CODE})*\s*,?\s*(?:and|or)\s+{_CODE})$"
)


def listed_complement(phrase: str) -> str | None:
    """``the lead facilitators of Action Lines C1, C3 and C7``: one group whose complement holds a
    list of codes, as written (the codes name no addressee of their own), else ``None``."""
    m = _LISTED_COMPLEMENT.match(phrase.strip())
    return m.group("group") if m else None


def coordinated_modifiers(phrase: str) -> str | None:
    """``national meteorological and hydrological services``, ``the national and regional IGF
    initiatives (NRIs)`` (also in title case: ``National and Regional IGF Initiatives``): adjectives
    joined by ``and``/``or``/commas before one plural head noun (names or acronyms between) are one
    group, as written (a closing acronym in brackets left out), else ``None``."""
    bare = re.sub(r"\s*\([^()]*\)$", "", without_article(phrase.strip(), "the", "all", case="any"))
    m = _COORDINATED.fullmatch(bare) or _COORDINATED.fullmatch(_title_words_lowered(bare))
    if m is None or not all(adjective(w) for w in re.findall(r"[a-z]+", m.group("adjectives")) if w not in _JOINERS):
        return None
    return bare


#: a plural group in lower case, a preposition and what its members know of or work on, listed in lower case
#: (no determiner first: ``the regulators in the region`` are placed, decision 12): ``experts in radio and
#: satellite regulation``
_TOPIC_LIST = re.compile(
    rf"^(?:(?:{determiner_alternation('group-front')})\s+)?(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*(?:s|men)\s+(?:{preposition_alternation('field')})\s+"
    r"(?!(?:the|a|an|this|these|their|its|our|all)\s)(?P<topics>[a-z][\w-]*(?:(?:\s*,\s*|\s+)[a-z][\w-]*)*)$"
)
#: a conjunct of the topics: after a comma, ``and`` or ``or``, the preposition perhaps repeated (``on X and on Y``)
_TOPIC_JOIN = re.compile(
    rf"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:{preposition_alternation('field')})\s+)?"
)


def topic_list(phrase: str) -> str | None:
    """``experts in radio and satellite regulation``, ``specialists in numbering, naming and addressing``,
    ``the working groups on digital government and on digital infrastructure``:
    a plural group in lower case whose complement lists topics, one group as written (the ``and`` joins
    what the experts know, not two groups; ``Member States and Sector Members`` are two), else ``None``.
    A conjunct that is itself a group (a plural head noun, ``collectives.csv``: ``experts in radio and
    regulators``, ``representatives of governments and civil society``) keeps the list of groups."""
    bare = without_article(phrase.strip(), "the", "all", case="any")
    m = _TOPIC_LIST.fullmatch(bare)
    if m is None or not _TOPIC_JOIN.search(m.group("topics")):
        return None
    later = _TOPIC_JOIN.split(m.group("topics"))[1:]
    if any(_PLURAL_END.search(c) or c in collectives() or _OPENS_PHRASE.match(c) or not c.strip() for c in later):
        return None  # "representatives of civil society and the business sector": two groups
    return bare


#: a determiner opening a conjunct: a noun phrase of its own, no topic (``and the business sector``)
_OPENS_PHRASE = re.compile(r"(?:the|a|an|all|this|these|its|their|our|other)\s")
#: a plural head noun closing a conjunct (``operators``, ``chairmen``), not a field of study
#: (``statistics``, ``economics``) nor a word in ``-ss`` (``access``)
_PLURAL_END = re.compile(r"(?:(?<!ic)(?<!s)s|men)$")


def _title_words_lowered(text: str) -> str:
    """``National and Regional IGF Initiatives`` with its title-case words in lower case (acronyms
    kept): ``national and regional IGF initiatives``."""
    return re.sub(r"\b[A-Z][a-z]+\b", lambda w: w.group(0).lower(), text)


#: joiners between adjectives
_JOINERS = frozenset({"and", "or"})
#: adjectives joined by ``and``/``or``/commas, then at most three words and a plural head noun in lower case
_COORDINATED = re.compile(
    r"(?P<adjectives>[a-z]+(?:\s+[a-z]+)??(?:(?:\s*,\s*|\s+)(?:and|or)\s+[a-z]+(?:\s+[a-z]+)??|\s*,\s*[a-z]+)+)"
    r"(?:\s+[\w-]+){0,3}?\s+[a-z][\w-]*(?:s|men)"
)


def join_shared_heads(refs: tuple[AgentRef, ...] | list[AgentRef], phrase: str) -> tuple[AgentRef, ...]:
    """``refs`` read from ``phrase`` with each lone adjective joined to the group whose head noun
    it shares (:func:`shared_head`)."""
    out: list[AgentRef] = []
    for ref in refs:
        if out and (one := shared_head(out[-1], ref, phrase)):
            out[-1] = one
        else:
            out.append(ref)
    return tuple(out)


def names_no_agent(ref: AgentRef) -> bool:
    """A group the resolver made of a thing: ``the following``, ``the draft report``, ``the results
    of the regional reviews``, ``practical steps for the Group`` (the head noun before ``of``, ``on`` or
    ``for``); or of a lone past participle, a second predicate read as a conjunct (``finalized by the
    drafting group and published``)."""
    words = before_preposition(ref.label.lower()).split()
    return (
        ref.kind == "collective"
        and ref.key not in set(collectives().values())
        and bool(words)
        and (words[-1] in _words("non-agent") or _LONE_PAST.fullmatch(ref.label) is not None)
    )


#: a lone past participle in lower case, no determiner: ``published``, ``provided``
_LONE_PAST = re.compile(r"[a-z]{2,}ed")


@cache
def _plural_roles(regular: bool = False) -> frozenset[str]:
    """Role words in the plural as ``roles.csv`` writes them; ``regular``: also made from each
    singular form (``Executive Secretaries``, ``focal points``)."""
    forms = set(role_forms())
    listed = frozenset(f for f in forms if f.endswith(("s", "men")))
    return listed | {plural(f) for f in forms} if regular else listed


def plural_role(phrase: str, named: bool = False, regular: bool = True) -> AgentRef | None:
    """``the Rapporteurs`` (a role word in the plural, no body, perhaps after adjectives: ``the
    regional Vice-Chairs``; ``named``: also after a body's name or acronym, ``UNGIS focal points``,
    ``the TDAG Vice-Chairmen``): the group of its holders, as written (``regular``: also a plural
    made from a singular form, ``Executive Secretaries``; else only those ``roles.csv`` writes)."""
    bare = re.sub(r"^(?:the|all(?:\s+the)?)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    words = bare.split()
    while (
        len(words) > 1
        and " ".join(words).lower() not in _plural_roles(regular)
        and (adjective(words[0]) or (named and _NAME_WORD.fullmatch(words[0])))
    ):
        words = words[1:]  # "the regional Vice-Chairs": those of the regions
    if " ".join(words).lower() not in _plural_roles(regular):
        return None
    return AgentRef("collective", slug(bare), bare)
