"""Who submitted a document: one reader of the submitter's line of its cover block, for every caller.

A contribution, a proposal or a country's statement names who submits it in its header, in one of
these forms (the words are in ``ingest/data/submitter-cues.csv`` and ``header_fields.csv``):

- ``lead``: a cue, then who: ``Contribution from the Republic of X``, ``Submitted by X``,
  ``Proposal by X`` (a cover page), ``Joint contribution by A, B and C``, ``Co-sponsors: A, B``,
  ``STATEMENT BY THE KINGDOM OF X``; a topic may follow who (``... of X on rural connectivity``);
- ``source``: a header field of who (``Source: X``, ``SOURCE*: X``; a .docx table row's cells
  joined, ``Source:, X``; the label alone on its line, who on the next);
- ``trail``: who, then a cue in brackets: ``A and B (co-sponsors)``;
- ``after-language``: a line of nothing but countries and organisations right under the language
  field (``Original: Spanish`` over ``Republic of Chile, Eastern Republic of Uruguay``), unless the
  line under it names a sitting (the body above it met), or run in after it on its line before the title in
  capitals (``Original: Russian Regional Commonwealth ... (RCC) CONTRIBUTION ON ...``: a PDF's layout);
- ``over-title``: a line of nothing but countries over the document's title in capitals
  (``Republic of X`` over ``PROPOSALS ON ...``), or of several countries under it (``ARAB STATES
  COMMON PROPOSALS`` over ``Algeria, Bahrain, Jordan``).

Who may be a person on behalf of one (``Submitted by Ms X on behalf of Kenya``: Kenya), and may be
broken over two lines by a PDF's layout (``Contribution from the Republic`` / ``of X``). The first
header line (title, then cover fields: :func:`.header_fields.cover_fields`) in one of these forms is read
once per document (:func:`submitter`, kept on the document model). Its callers:
:mod:`.genre` (a country or an organisation that submits makes a contribution),
:mod:`.persons` (the officials a country's contribution names represent it:
:func:`.authors.submitting_country`, also a letter's country by its first lines), :mod:`.authors` (a
contribution's requests are its contributors', decision 22 of ``docs/annotation-guide.md``). This module reads
no genre (the genre's reader asks it for the submitter): the cover block is :mod:`.header_fields`'s.

A sentence that opens with countries speaking in the present tense (``Kenya and Rwanda propose``,
``The Administration of Chile supports``) is the submitter's voice too: :func:`speaking_countries`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from wsiskg.ingest.extract.body_names import find_body_names, head_of, load_body_names
from wsiskg.ingest.extract.casing import joiner_alternation, title_cased
from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import role_forms
from wsiskg.ingest.extract.header_fields import cover_fields, label_alternation
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: kinds of catalogue bodies that submit contributions (a group, a conference or a secretariat
#: submits its own records)
CONTRIBUTOR_KINDS = ("organization", "un-entity", "commission")
#: kinds of head nouns (``body-heads.csv``) of a body that submits contributions by its own name
#: (``Georgian Academy of Communications``, ``Vireo Networks Ltd``)
_SUBMITTER_HEAD_KINDS = ("organization", "company")
#: a submitter's line is no longer (a line of prose names no submitter)
_LINE = 300
#: a header line that ends with the document's language (``Original: Spanish``, ``English only``)
_LANGUAGE_FIELD = re.compile(rf"(?i)(?:\b(?:{label_alternation('language')})\s*:\s*[\w/ ]+|\b[a-z]+\s+only)\s*$")
#: a title in capitals a layout ran into the next field (``ARAB STATES COMMON PROPOSALS FOR THE WORK OF THE
#: CONFERENCE Addendum 7 to Document 64-E``): four words in capitals or more, then a capitalised word
_TITLE_RUN_IN = re.compile(r"^[^a-z]*?\b[A-Z]{2,}(?:\s+[A-Z]{2,}){3,}\s+(?=[A-Z][a-z])")
#: a title in capitals a layout ran in after who, to the line's end (``Regional Commonwealth in the Field of
#: Communications (RCC) CONTRIBUTION ON THE PREPARATIONS FOR ...``): three words in capitals or more after a space
_TITLE_RUN_OUT = re.compile(r"(?<=\S)\s+[A-Z]{2,}(?:\s+[A-Z][A-Z\d+/&,:'’-]*){2,}[^a-z]*$")
#: the language field opening a line the layout ran into the next field (``Original: Arabic Contribution from X``)
_LANGUAGE_FIRST = re.compile(rf"^(?i:{label_alternation('language')})\s*:\s*[A-Z][a-z]+\s+(?=[A-Z])")
#: a group's name and a colon before the countries it stands for (``the Arab States: Algeria, Bahrain, ...``)
_GROUP_COLON = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s*:\s*")
#: a document's title in capitals under its submitter's line: ``PROPOSALS ON THE ...``
_TITLE_IN_CAPITALS = re.compile(r"^[^a-z]*\b[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}[^a-z]*$")
#: what may come before a country's short name: ``the Republic of``, ``the Oriental Republic of``,
#: ``the Government of``, ``the Royal Government of`` (STATES: the words of match ``submitter-state`` of
#: ``genre_cues.csv``, with up to two capitalised words before them; HEADS: those of match ``submitter-head``, with
#: up to one)
_STATE = r"(?:(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:STATES)|(?:[A-Z][\w'’-]+\s+)?(?:HEADS))\s+of\s+)?"
#: between two countries a submitter's line lists (a formal qualifier in brackets may follow one:
#: ``Fiji (Republic of), Tonga (Kingdom of)``)
_GAP = r"\s*(?:\([^()]{1,40}\)\s*)?(?:[,;&]\s*(?:and\s+)?|and\s+)"
#: what may follow the countries a line lists: a mark, a comma, the end, a topic (``... of X on
#: rural connectivity``), or the title run into the line in capitals (``Tanzania, Zambia, Malawi
#: PROPOSALS FOR THE WORK OF THE CONFERENCE``)
_LIST_END = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:[*(,;:.]|$|(?<=\s)[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b"
    r"|(?i:on|to|for|concerning|regarding|in\s+response\s+to)\s)"
)
#: who as a person on behalf of one (``Ms X, Minister, on behalf of Kenya``): the one
_ON_BEHALF = re.compile(r"(?i)^.{0,120}?\bon\s+behalf\s+of\s+(?:the\s+)?")
#: a line that is only a group's name: capitalised words and a name's joiners (:func:`.casing.joiner_alternation`)
#: (``Arab States*``, ``African Administrations``, ``Member States in the Americas``)
_GROUP_LINE = re.compile(
    rf"(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:{joiner_alternation(places=True)}|[A-Z][\w'’.&-]*)){{1,10}}[\s*\d()]*"
    r"(?:\([A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}\)[\s*]*)?"  # "Vireo Radio AB (Sweden)": its country
)
#: words a line broken by a PDF's layout ends with (a name's joiners, :func:`.casing.joiner_alternation`): who
#: goes on in the next line
_BROKEN = re.compile(rf"(?i)(?:\b(?:{joiner_alternation()})|[,&])\s*$")
#: the words a line that goes on from the line above starts with (``of Cabo Verde``)
_GOES_ON = re.compile(rf"(?:{joiner_alternation()})\s")


@dataclass(frozen=True)
class Submitter:
    """Who submitted a document, as its header names it."""

    #: the form of the line (``lead``, ``source``, ``trail``, ``after-language``, ``over-title``)
    form: str
    #: the line of the cover block (:func:`.header_fields.cover_fields`) that names who
    line: str
    #: the words that name who, as read (a line in capitals in title case)
    who: str
    #: ISO alpha-3 of the countries ``who`` names, in order
    countries: tuple[str, ...]
    #: how many countries ``who`` lists from its start (``Kenya, Rwanda and Uganda``: 3; 0: none
    #: listed there, ``Ministry of ICT, Kenya``)
    listed: int
    #: whether ``who`` is nothing but countries and organisations (``APT Member Administrations``)
    whole: bool
    #: whether ``who`` names a catalogue organisation that submits contributions or a body named by an
    #: organisation's or a company's head noun
    organisation: bool
    #: whether ``who`` opens with a post or names a secretariat (``Source: Chair, Study Group 2``:
    #: the group's own record)
    post: bool
    #: whether ``who`` is only a name under the language field that no catalogue knows as a country
    #: or an organisation (``Arab States*``, ``Lumensat S.A.``): the author is who it names
    #: (:mod:`.authors`), which tells no contribution
    group: bool = False
    #: the group's name a colon closes before the countries it stands for (``the Arab States: Algeria, ...``)
    announced: str = ""

    @property
    def named_only(self) -> bool:
        """Whether ``who`` is nothing but countries and organisations the catalogues know."""
        return self.whole or self.listed_all

    @property
    def country(self) -> str | None:
        """The one country that submits (``Contribution from the Republic of Ghana``), else None."""
        return self.countries[0] if self.listed == 1 and len(set(self.countries)) == 1 else None

    @property
    def joint(self) -> tuple[str, ...]:
        """The countries of a joint submission (``Source: Estonia, Finland and Latvia``), else ()."""
        return self.countries[: self.listed] if self.listed > 1 else ()

    @property
    def listed_all(self) -> bool:
        """Whether ``who`` lists its countries from its start, and names no other (``Republic of
        Iceland, Ghana, Uruguay PROPOSALS FOR THE WORK OF THE CONFERENCE``)."""
        return 0 < self.listed == len(self.countries)

    @property
    def external(self) -> bool:
        """Whether a country or an organisation submits (not a post of the meeting): a contribution."""
        return not self.post and bool(self.countries or self.organisation)


@cache
def _state_of() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may come before a country's short name (:data:`_STATE`), and what between two countries
    a line lists (:data:`_GAP`, then that)."""
    words = {
        m: alternation(_genre_words(m), each=lambda w: re.escape(w.rsplit(" ", 1)[0]), spaces=True)
        for m in ("submitter-state", "submitter-head")
    }
    state = _STATE.replace("STATES", words["submitter-state"]).replace("HEADS", words["submitter-head"])
    state += r"(?:the\s+)?"
    return re.compile(rf"\s*{state}"), re.compile(rf"{_GAP}{state}")


@cache
def cue_kind_alternation(kind: str) -> str:
    """The cues of ``kind`` of ``submitter-cues.csv`` (``support``: ``supported by``; ``lead``: ``contribution
    from``, ``submitted jointly by``) as a regex alternation (no group), a space matching any run of them."""
    return alternation([r["cue"] for r in data_rows("submitter-cues.csv") if r["kind"] == kind], spaces=True)


@cache
def _genre_words(match: str) -> tuple[str, ...]:
    """The cues of ``genre_cues.csv`` of match ``match`` (``submitter-word``, ``sitting-word`` ...)."""
    return tuple(r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == match)


@cache
def _forms() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ``source`` field (its label may carry a footnote mark; a .docx row's cells joined by a
    comma), the ``lead`` cue and the ``trail`` cue of a submitter's line."""
    source = re.compile(rf"^\W*(?i:{label_alternation('who')})\s*\*?\s*:[\s,]*(?P<who>.*)$")
    lead = re.compile(rf"^\W*(?i:{cue_kind_alternation('lead')})\s*\*?\s*:?[\s,]*(?P<who>.*)$")
    trail = re.compile(rf"^(?P<who>.{{3,{_LINE}}}?)\s*\(\s*(?i:{cue_kind_alternation('trail')})\s*\)[\s.]*$")
    return source, lead, trail


def language_field(line: str) -> bool:
    """Whether a header line ends with the document's language (``Original: Spanish``, ``English
    only``): the line under it may name the submitter with no label."""
    return _LANGUAGE_FIELD.search(line) is not None


def submitter(report: ParsedReport) -> Submitter | None:
    """The first submitter the report's cover block names that is a country or an organisation
    (:func:`read_line`, :attr:`Submitter.external`), or a group under the language field, read once
    per document."""
    memo = document(report).memo
    if submitter not in memo:
        lines = cover_fields(report)
        readings = (read_line(lines, i) for i in range(len(lines)))
        memo[submitter] = next((s for s in readings if s is not None and (s.external or s.group)), None)
    found: Submitter | None = memo[submitter]
    return found


def read_line(lines: list[str], i: int) -> Submitter | None:
    """The submitter header line ``i`` of ``lines`` names, in any of the forms of this module."""
    line = _LANGUAGE_FIRST.sub("", lines[i].strip())  # "Original: Arabic Contribution from X": a layout's one line
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if len(line) > _LINE:
        return None
    source, lead, trail = _forms()
    for form, pattern in (("source", source), ("lead", lead), ("trail", trail)):
        if (m := pattern.match(line)) is not None:
            who = _continued(m.group("who").strip(), after, form != "trail")
            return _reading(form, lines[i], who) if who else None
    if (run_in := _run_in_submitter(lines[i], line)) is not None and not _sitting(after):
        return run_in
    if i and language_field(lines[i - 1]) and not _sitting(after):
        found = _reading("after-language", lines[i], line)
        if found.named_only:
            return found
        return replace(found, group=True) if _GROUP_LINE.fullmatch(line) and not line.isupper() else None
    below = any(_TITLE_IN_CAPITALS.search(t) or _TITLE_RUN_IN.match(t) for t in lines[i + 1 : i + 3])
    if below or (i and _TITLE_IN_CAPITALS.search(lines[i - 1])):
        found = _reading("over-title", lines[i], line)
        return found if found.whole and found.listed_all and (below or found.joint) else None
    return None


def _run_in_submitter(whole: str, line: str) -> Submitter | None:
    """Who a layout ran in between the language field and the title in capitals on one line (``Original: Russian
    Regional Commonwealth in the Field of Communications (RCC) CONTRIBUTION ON THE ...``; ``line`` is ``whole`` after
    the language field): read as a line under the language field, when it is nothing but known countries and
    organisations (``Original: Spanish Republic of Chile, Eastern Republic of Uruguay``, no title after); ``None``
    when the line had no language field first, or who is in capitals (the title itself)."""
    who = _TITLE_RUN_OUT.sub("", line)
    if line == whole.strip() or who.isupper():
        return None
    found = _reading("after-language", whole, who)
    return found if found.named_only else None


def _continued(who: str, after: str, label: bool) -> str:
    """Who, with the next line when it goes on there: a label alone over who (``Source:`` / ``X``,
    a .docx layout table's cells), a line a PDF broke after ``of``, ``the``, ``and`` or a comma
    (``Contribution from the Republic`` / ``of X``); never a field of its own (``Title: ...``)."""
    if ":" in after or len(after) > _LINE:
        return who
    if not who:
        return after if label else ""
    return f"{who} {after}" if after and (_BROKEN.search(who) or _GOES_ON.match(after)) else who


def _reading(form: str, line: str, who: str) -> Submitter:
    """What ``who`` names: its countries, whether it is nothing but submitters, whether a post; a
    person on behalf of a country or an organisation is the one (``Ms X, Minister, on behalf of
    Kenya``)."""
    who = who.strip()
    who = title_cased(who, opening=False) if who.isupper() else who
    behalf = _ON_BEHALF.match(who)
    if behalf is not None and (represented := _reading(form, line, who[behalf.end() :])).external:
        return represented
    if (group := _GROUP_COLON.match(who)) is not None and (members := _reading(form, line, who[group.end() :])).joint:
        # "the Arab States: Algeria, Bahrain, ...": the countries the group's name announces
        return replace(members, announced=who[: group.end()].rstrip(" :"))
    found = country_spans(who)
    keys, at = listed_countries(who)
    listed = len(keys) if keys and _LIST_END.match(who[at:]) else 0
    organisation = bool(_contributors(who)) or _organisation(who)
    whole = _only_submitters(who)  # "Member States of CITEL": no post's "Member"
    countries = tuple(s.keys[0] for s in found)
    return Submitter(form, line, who, countries, listed, whole, organisation, _post(who) and not whole)


def listed_countries(who: str) -> tuple[tuple[str, ...], int]:
    """The countries ``who`` lists from its start (``the Republic of Fiji, Tonga and Samoa``; the words a
    country's formal name opens with, :data:`_STATE`, may stand before each), and where the list ends; ``((),
    0)`` when ``who`` opens with no country."""
    found = country_spans(who)
    state_of, gap = _state_of()
    if not found or not state_of.fullmatch(who[: found[0].start]):
        return (), 0
    listed = [found[0]]
    for span in found[1:]:
        if not gap.fullmatch(who[listed[-1].end : span.start]):
            break
        listed.append(span)
    return tuple(s.keys[0] for s in listed), listed[-1].end


def _post(who: str) -> bool:
    """Whether ``who`` opens with a post (``Chair, Study Group 2``, ``the Rapporteur for Question
    4/17``) or names a secretariat: the meeting's own document, not a contribution to it."""
    forms = {*role_forms(), "secretariat"}
    opening = re.match(r"(?i)(?:the\s+)?(?P<post>[\w-]+(?:\s+[\w-]+)?)", who)
    head = opening.group("post").lower() if opening else ""
    if head and (head in forms or head.split()[0] in forms):
        return True
    return re.search(r"(?i)\bsecretariat\b", who) is not None


def _organisation(who: str) -> bool:
    """Whether ``who`` (before a comma or a bracket) is named by the head noun of an organisation or
    a company (``body-heads.csv``: ``... Academy of ...``, ``... Ltd``, ``... S.A.`` with its dot), not by a
    number (``Committee 3``: a committee of the meeting submits its record)."""
    name = re.split(r"\s*[,(;]", who.strip(), maxsplit=1)[0].rstrip()
    head = head_of(name) or head_of(name.rstrip("."))  # "Orvane Networks Inc." keeps its dot
    return head is not None and head[1] in _SUBMITTER_HEAD_KINDS and not re.search(r"\d", name)


@cache
def _body_kinds() -> dict[str, str]:
    return {b.key: b.kind for b in load_body_names()}


def _contributors(text: str) -> list[tuple[int, int]]:
    """The spans of the catalogue bodies of a kind that submits contributions named in ``text``."""
    return [span for key, span in find_body_names(text) if _body_kinds().get(key) in CONTRIBUTOR_KINDS]


@cache
def _between_names() -> re.Pattern[str]:
    """What may stand around the names of a line of submitters: punctuation, a footnote mark and the
    words of match ``submitter-word`` (``Member Administrations``, ``Member States of the``)."""
    words = alternation(["and", "the", *_genre_words("submitter-word")], spaces=True)
    return re.compile(rf"(?i)[\s,;&*\d()]*(?:(?:{words})\b[\s,;&*\d()]*)*")


def _only_submitters(line: str) -> bool:
    """Whether ``line`` is nothing but countries and organisations (an acronym in brackets after one)."""
    spans = [(s.start, s.end) for s in country_spans(line)] + _contributors(line)
    if not spans:
        return False
    rest = line
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    rest = _STATE_OF_WORDS.sub(" ", re.sub(r"\([^()]{1,40}\)", " ", rest))
    return _between_names().fullmatch(rest) is not None


#: a country's formal name's words left when its short name is taken out (``the Republic of``)
_STATE_OF_WORDS = re.compile(r"\b(?:Republic|Kingdom|Sultanate|Principality)\s+of\b")


@cache
def _speaking_verb(plural: bool) -> re.Pattern[str]:
    """A speaking verb right after a list of speakers (:func:`_speaking_verbs`)."""
    return re.compile(rf"\s+(?:{alternation(_speaking_verbs(plural=plural))})\b")


def _sitting(line: str) -> bool:
    """Whether ``line`` names a sitting (``genre_cues.csv``, match ``sitting-word``: ``Twenty-sixth
    session``): the body above it is the one that met, not a submitter."""
    return _sitting_word().search(line) is not None


@cache
def _sitting_word() -> re.Pattern[str]:
    """A word that names a sitting (``genre_cues.csv``, match ``sitting-word``), maybe in the plural."""
    words = alternation(_genre_words("sitting-word"), spaces=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{words})s?(?![\w-])")


#: a letter's first line that says where it is from: ``Costa Rica``, ``Accra, Ghana``, ``Accra, Ghana, 3 May 2006``
_FROM_LINE = re.compile(r"(?:[A-Z][\w'’ .-]{1,30},\s+)?(?P<country>[^,\d]+?)(?:,\s+[^,]*\d[^,]*(?:,\s*\d+)?)?\.?")


def sender_country(lines: list[str]) -> str | None:
    """The country a letter is sent from, by one of ``lines`` (its first two): the country alone
    (``Costa Rica``) or after the city (``Accra, Ghana``), else None. For a letter only: a report's
    first line may name where its meeting was held."""
    for text in lines:
        if (m := _FROM_LINE.fullmatch(text.strip())) and (country := only_country(m.group("country"))):
            return country
    return None


def only_country(who: str) -> str | None:
    """The country a text names and nothing else (``the Republic of Ghana``), else None."""
    keys, at = listed_countries(who)
    return keys[0] if len(keys) == 1 and not who[at:].strip() else None


@cache
def _speaker_head() -> re.Pattern[str]:
    """The words that may come before a country that submits a document (``The Administration of``:
    ``genre_cues.csv``, match ``submitter-head``)."""
    return re.compile(rf"^(?:(?:The\s+)?(?:{alternation(_genre_words('submitter-head'), spaces=True)})\s+)?(?:the\s+)?")


def speaking_countries(sentence: str) -> tuple[str, ...]:
    """The countries a sentence opens with when they speak in the present tense (``Peru thanks the
    Director ...``, ``The Administration of Chile proposes ...``, ``Kenya and Rwanda request``:
    verbs of ``genre_cues.csv``, match ``submitter-verb``, in the plural after several countries;
    words before the country of match ``submitter-head``): a contribution's voice (a record reports
    what a country said, in the past). ``()`` when none does."""
    opening = _speaker_head().match(sentence)
    rest = sentence[opening.end() if opening else 0 :]
    spans = country_spans(rest[:120])
    if not spans or spans[0].start != 0:
        return ()
    listed = [spans[0]]
    for span in spans[1:]:  # "Kenya and Rwanda propose", "Chile, Peru and Uruguay support"
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", rest[listed[-1].end : span.start]):
            break
        listed.append(span)
    if _speaking_verb(len(listed) > 1).match(rest[listed[-1].end :]) is None:
        return ()
    return tuple(s.keys[0] for s in listed)


def collective_speaks(sentence: str) -> bool:
    """Whether a sentence opens with a regional group of administrations speaking in the present tense (``Arab
    Administrations consider that ...``, ``The CEPT Administrations support ...``): one or two capitalised words
    before a noun of ``genre_cues.csv``, match ``submitter-collective``, then a verb of match ``submitter-verb`` in
    the plural; a common proposal's voice (a record reports what they said, in the past)."""
    return _collective_speaking().match(sentence) is not None


@cache
def _collective_speaking() -> re.Pattern[str]:
    nouns = alternation(_genre_words("submitter-collective"))
    return re.compile(rf"(?:The\s+)?(?:(?!The\b)[A-Z][\w'’-]*\s+){{1,2}}(?:{nouns}){_speaking_verb(True).pattern}")


@cache
def _speaking_verbs(plural: bool) -> tuple[str, ...]:
    """The verbs of ``genre_cues.csv`` (match ``submitter-verb``: ``proposes``) in the singular, or
    in the plural after several countries (``propose``, ``wish``)."""
    verbs = _genre_words("submitter-verb")
    if not plural:
        return verbs
    return tuple(v[:-2] if re.search(r"(?:sh|ch|ss|x)es$", v) else v[:-1] for v in verbs)
