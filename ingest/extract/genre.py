"""The genre of a report, from cues in its header: is it the record of a meeting?

A summary record, a summary or report of a meeting, a Chairman's report and a Forum's outcomes
page record a meeting; a letter of invitation or circular, a speech, a Member State or regional
contribution, a conference proposal, a report or note by the Secretary-General, a draft resolution
or decision and a resolution text do not, even when their header names a meeting (``Sixteenth
meeting – Virtual, 20 and 21 September 2021`` above ``Contribution from ...``).

The cues are in ``ingest/data/genre_cues.csv`` (``genre``, ``records`` yes/no, ``match``, ``cue``);
``match`` says where a cue counts in a header line (the title, then the unnumbered paragraphs
before the first numbered section, at most :data:`HEADER_LINES`; a line whose fields a layout ran
together is read field by field, at the labels of ``header_fields.csv``: ``...
Original: English. Source: Chair, Study Group 2. Title: Report of the Chair of ...``, a title
without its label; a spaced dash separates fields too: ``C31/26-E — REPORT BY THE
SECRETARY-GENERAL ON ...``):

- ``start``: the line starts with the cue (``Contribution from the Republic of ...``, ``Draft
  resolution submitted by ...``, ``Resolution adopted by the General Assembly on ...``), or the cue follows a
  language field or a dateline's last date a PDF's layout ran into the line (``... Apia, 3-5 June 2032 Opening
  session, 3 June 2032 Message from ...``);
- ``line``: the line is the cue, maybe followed by ``by``, ``of``, ``from``, ``for`` or ``on behalf
  of`` (after a word of match ``connector``: ``delivered``, ``submitted``) and who (``Opening
  remarks``, ``Keynote address by the Minister of ...``, ``Statement delivered by the delegation
  of ...``, ``Input submitted by: ...``);
- ``salutation``: the line starts with the cue and ends with ``,`` ``:`` or ``!`` (``Dear
  Sir/Madam,``, ``Dear Ms X,``, ``Distinguished delegates, ladies and gentlemen,``);
- ``contains``: the cue is a phrase of a short line (``... COMMON PROPOSALS FOR THE WORK OF THE
  CONFERENCE``; a verbatim record's ``Ms X, Vice-President, took the Chair.``); a record's cue
  right after ``of``, ``on`` or ``to`` is the topic of a name, no cue (``High-level meeting on the
  review of the implementation of the outcomes of ...``, ``follow-up to the outcomes of ...``);
- ``numbered``: a line that is the cue, as written, a number (maybe after a committee's prefix:
  ``PLEN/6``, ``COM5/2``), maybe a bracket and a title after a dash (``RESOLUTION 140 (REV. DOHA,
  2026)``, ``Resolution 71 (Rev. Lima, 2031) – Strategic plan``);
- ``period``: a line that is the cue, maybe after two words, then the period it covers and nothing
  else (``Annual report 2029``, ``Progress report, January–September 2031``, ``Joint roadmap
  2031–2035``): a document of a period, not of one meeting (decision 4), told by its kind and its
  period together (``Annual report of the Chair`` is no cue);
- ``self``: the document names itself so in its first paragraphs after the header (``This
  contribution responds to ...``, ``The Republic of X submits this contribution``), read only when
  no header line has a cue. There too, a sentence that opens with a country speaking in the
  present tense (``Peru thanks the Director ...``: cues ``submitter-verb``, after the words of
  ``submitter-head``, ``The Administration of``, or of ``submitter-state``, ``The Republic of``;
  several countries in the plural: ``Chile and Peru
  propose``) is a contribution's, and one that opens by
  addressing its audience with a ``salutation`` cue (``Excellencies, ladies and gentlemen, I
  ...``) is of that cue's genre (a speech or a letter cut before its header). A text cut before
  its header is still a contribution when such a country speaks in one of its first
  :data:`SPEAKS_PARAGRAPHS` paragraphs (``Morocco proposes that the Group:``), and a letter when a
  paragraph opens with a closing formula (match ``closing``: ``Yours faithfully,``).

A document whose first paragraphs of prose speak in the first person (two sentences or more with a
word of match ``first-person`` or ``first-person-plural``, one at least in the singular: ``I thank
...``, ``Let me make three points``, ``We support ...``; quotations and a declaration's ``We, the
ministers, ...`` left out) speaks itself: a speech, even cut before its header (a record speaks in
the third person).

A ``Source:`` line naming a country, a catalogue organisation or any body named by the head noun of
an organisation or a company (``body-heads.csv``: ``... Academy of ...``, ``... Ltd``; no number:
``Committee 3`` submits its record), and opening with no post, makes the document a contribution
(``Source: Asia-Pacific Telecommunity (APT)``, ``Source: University X (Peru), Academia member``;
``Source: Chair of TDAG`` is the group's record; ``Submitted by the ITU Ethics Office``, a lead cue before an
organisation or an office and no country or post, too: a document submitted to the meeting its header names); so does
a line of
nothing but countries and organisations right after the language field (``Original: Spanish``
above ``Argentine Republic, Republic of Chile``). Both are read by :func:`.submitters.submitter`,
the one reader of a document's submitter (:data:`_SUBMITTER_FORMS`).

A text laid out under the headings of a resolution's form, or whose preamble runs them into one
paragraph (``The Council, considering a) ...``), is a resolution.

A line that names the document's author (a cue of a genre of match ``author-genre`` at the start of
a short line of the cover block: ``Note by the Secretary-General``, ``Contribution from ...``, or a
submitter's line), or a salutation of the cover block below a record's cue (``Highlights of the
Forum: call for speakers`` above ``Dear Colleagues,``), decides wherever it stands in the header:
the title above it may name the report such a note transmits (``REPORT OF THE CHAIRMAN OF THE
GROUP``: the note records no meeting, decision 4 of ``docs/annotation-guide.md``). Otherwise the
first line with a cue decides (within a line, a cue of a genre that records no meeting wins); a line
that is only a heading cue (``Opening remarks``) counts only when another header line has a cue of
the same genre. A header field of a topic (``header_fields.csv``: ``Agenda item: ... outcomes of
...``) has no cue, nor has a record's cue after a gerund and ``the`` (``role in implementing the
outcomes``). A report without any cue is presumed to record one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.extract.header_fields import HEADER_LINES, label_alternation, line_fields, sentence_of_prose
from wsiskg.ingest.extract.submitters import Submitter, collective_speaks, speaking_countries, submitter
from wsiskg.ingest.months import month_alternation
from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH_CHARS, alternation, sentence_spans

from .gazetteer import (
    adverb_alternation,
    auxiliary_alternation,
    before_preposition,
    honorifics,
    preposition_alternation,
)
from .genre_speakers import names_deliverer
from .meeting_words import event_nouns, meeting_words

#: a ``contains`` or ``numbered`` cue counts only in a line this short (a header, not prose)
SHORT_LINE = 160
#: a salutation is a short line
SALUTATION_LINE = 200

#: the genre of a report that records a meeting
RECORD = "record"
#: a Chairman's report to the Council or a conference: it records its group's meeting(s)
CHAIR_REPORT = "chair-report"
#: a notice issued to participants, the press or staff (an information note, a media advisory, a management
#: response): it records no meeting, and answers or informs rather than writes for others
NOTICE = "notice"


@dataclass(frozen=True)
class _Matcher:
    genre: dict[str, str]  # folded cue -> genre
    records: dict[str, bool]  # folded cue -> whether its genre records a meeting
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (match kind, regex)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


#: the kinds of rows of ``genre_cues.csv`` read in a header line (the other kinds are read in prose,
#: or are words a cue reads with)
_LINE_KINDS = ("start", "line", "salutation", "contains", "numbered", "period")

#: the period a document covers, closing its title line: a year or a span of years, maybe after a month or a span of
#: months (``2031``, ``2031–2035``, ``January–September 2031``, ``for 2030/2031``)
_PERIOD = (
    rf"(?:(?i:for|of)\s+)?(?:[A-Za-z]{{3,9}}\s*[{DASH_CHARS}]\s*)?(?:[A-Za-z]{{3,9}}\s+)?(?:19|20)\d\d"
    rf"(?:\s*[{DASH_CHARS}/]\s*(?:19|20)?\d\d)?"
)


def _cue_rows() -> list[dict[str, str]]:
    """The rows of ``genre_cues.csv`` that are cues of a header line."""
    return [r for r in data_rows("genre_cues.csv") if r["match"] in _LINE_KINDS]


def _words(kind: str) -> list[str]:
    """The ``cue`` column of the rows of ``genre_cues.csv`` of match ``kind``."""
    return [r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == kind]


@cache
def voice_genres(voice: str) -> frozenset[str]:
    """The genres (of ``genre_cues.csv``) that ``genre_voices.csv`` gives the voice ``voice`` (its ``meaning``
    column says what each voice decides): ``first-person``, ``signed``, ``headed``, ``undrafted``, ``body-own``,
    ``arguing``. One table for every reader that asks how a genre's author speaks (authors, requests, signatures)."""
    found = frozenset(r["genre"] for r in data_rows("genre_voices.csv") if r["voice"] == voice)
    if not found:
        raise ValueError(f"no genre has the voice {voice!r} in genre_voices.csv")
    return found


@cache
def salutations() -> tuple[str, ...]:
    """The salutations that open a letter or a speech (``Dear Sir/Madam``, ``Excellencies``, ``Ladies and
    gentlemen``: the ``salutation`` cues of ``genre_cues.csv``)."""
    return tuple(r["cue"] for r in _cue_rows() if r["match"] == "salutation")


#: the word before who made a document (``Statement by``, ``Keynote address on behalf of``)
_WHO = r"(?i:by|of|from|for|on\s+behalf\s+of)"


#: a submitter's name a PDF's layout ran in between the language field and a title in capitals (``Original: Russian
#: Regional Commonwealth in the Field of Communications (RCC) CONTRIBUTION ON ...``): words in title case, small words
#: and an acronym in brackets, before a cue in capitals
_RUN_IN_SUBMITTER = r"(?:(?:[A-Z][a-z][\w&'’.-]*|\([A-Z][\w&.-]*\)|of|the|in|for|and|on)\s+){1,14}?(?=[A-Z]{2})"


#: the acronym of who made a document before its kind's cue (``ITU contribution to ...``, ``UNESCO Contribution on
#: ...``): a word of two to eight capitals, maybe with a hyphen or an ampersand
_MAKER = r"(?:[A-Z][A-Z&\-]{1,7}\s+)?"


@cache
def _dated() -> str:
    """A dateline's last date a PDF's layout ran into the next header field on one line (``WSIS Forum 2031 Geneva,
    12-16 May 2031 Opening ceremony, 13 May 2031 Message from the Director-General of X``): a day, a month's name
    (``months.csv``) and a year, then the field; a cue right after it starts its field."""
    months = month_alternation()
    return rf".*?\b\d{{1,2}}\s+(?:{months})\s+(?:19|20)\d\d,?\s+"


def _braced(pattern: str) -> str:
    """``pattern`` with its braces doubled, to stand in a shape that is formatted with its cues."""
    return pattern.replace("{", "{{").replace("}", "}}")


@cache
def _matcher() -> _Matcher:
    rows = _cue_rows()
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        by_kind.setdefault(r["match"], []).append(r["cue"])
    fields = label_alternation("language")
    connectors = alternation(_words("connector"), spaces=True)
    shapes = {
        # a line's start, or right after a header field a PDF's layout ran into it (``Original: English``); maybe
        # after the acronym of who made it (``ITU contribution to the annual report ...``: :data:`_MAKER`)
        "start": rf"^(?:.*?\b(?i:{fields})\s*:\s*\S+\s+(?:{_braced(_RUN_IN_SUBMITTER)})?|{_braced(_dated())})?"
        rf"{_braced(_MAKER)}(?P<cue>(?i:{{}}))(?![\w-])",
        "line": rf"^(?P<cue>(?i:{{}}))(?:\s+(?i:(?:{connectors})\s+)?{_WHO}:?\s.*)?[\s.:]*$",
        "salutation": r"^(?P<cue>(?i:{}))(?![\w-]).{{0,SALUTATION}}[,:!]$".replace("SALUTATION", str(SALUTATION_LINE)),
        "contains": r"(?<![\w-])(?P<cue>(?i:{}))(?![\w-])",
        "numbered": r"^(?P<cue>{})\s+(?:[A-Z][A-Z\d]{{1,6}}/)?\d{{1,4}}(?:\s*\([^)]*\))?"
        + rf"(?:\s*[:{DASH_CHARS}]\s.*)?[\s.]*$",
        "period": r"^(?:[\w&’'-]+\s+){{0,2}}(?P<cue>(?i:{}))[\s,:]+"
        + _PERIOD.replace("{", "{{").replace("}", "}}")
        + r"[\s.]*$",
    }
    patterns = tuple(
        (kind, re.compile(shapes[kind].format(alternation(cues, spaces=True))))
        for kind, cues in by_kind.items()
        if kind in shapes
    )
    return _Matcher(
        {_fold(r["cue"]): r["genre"] for r in rows},
        {_fold(r["cue"]): r["records"] == "yes" for r in rows},
        patterns,
    )


def line_genre(line: str) -> str | None:
    """The genre a header line names by a cue, if any (one that records no meeting wins); a record's title of a
    meeting named by its kind (:data:`_RECORD_TITLE`) is a record's."""
    found = _line_cues(line)
    if not found:
        return RECORD if _RECORD_TITLE.match(line.strip()) else None
    matcher = _matcher()
    return next((matcher.genre[c] for c, _ in found if not matcher.records[c]), matcher.genre[found[0][0]])


#: a record's title of a meeting named by its kind, maybe with its ordinal or a few words before it (``Report of the
#: 48th meeting``, ``Minutes of the Rapporteur Group meeting on Question 4/2``, ``Summary of the third coordination
#: call``); no preposition between (``Report of the Secretary-General on the session``)
_RECORD_TITLE = re.compile(
    r"(?i:(?:(?:final|draft|provisional|interim)\s+)?(?:report|summary(?:\s+record)?|minutes|record|highlights)\s+"
    r"(?:of|on)\s+the\s+(?:(?!(?:of|on|by|to|from|for|at)\s)[\w'’/-]+\s+){0,5}?(?:meeting|session|sitting|call)s?)\b"
)


#: words before a record's cue that make it the topic of a name (``the implementation of the
#: outcomes``, ``ON THE IMPLEMENTATION OF THE WSIS OUTCOMES``, ``role in implementing the outcomes``)
_TOPIC = re.compile(r"(?i)\b(?:(?:of|on|to)\s+(?:the\s+)?|[a-z]{3,}ing\s+the\s+)(?:[\w+-]+\s+)?$")


@cache
def _named_topic() -> re.Pattern[str]:
    """A meeting's name by its noun (``event_nouns.csv``) and the preposition of its topic, then words only, closing
    a text (``Workshop on Product Data and ``): a cue of a genre that records no meeting after it is a word of the
    topic (``... Circular Electronics``), not the document's kind."""
    nouns = alternation(list(event_nouns()), spaces=True)
    return re.compile(
        rf"\b(?i:{nouns})\s+(?i:{preposition_alternation('event-topic')})\s+(?:the\s+)?(?:[\w'’/-]+\s+){{0,8}}$"
    )


def only_cue(line: str) -> str | None:
    """The genre of a line that is only a cue (``Keynote address``, ``WELCOME ADDRESS``), else ``None``."""
    found = [cue for cue, weak in _line_cues(line) if weak]
    return _matcher().genre[found[0]] if found else None


def _line_cues(line: str) -> list[tuple[str, bool]]:
    """``(folded cue, weak)`` of each cue in ``line``; a line that is only a heading cue
    (``Opening remarks``: a section of a record may be called so) is weak."""
    matcher = _matcher()
    line = _dotless(line.strip())
    found: list[tuple[str, bool]] = []
    for kind, pattern in matcher.patterns:
        if kind in ("contains", "numbered") and (len(line) > SHORT_LINE or _list_item(line)):
            continue
        for m in pattern.finditer(line):
            cue = _fold(m.group("cue"))
            if kind == "contains" and matcher.records.get(cue) and _TOPIC.search(line, 0, m.start()):
                continue  # "review of the implementation of the outcomes of ...": a topic, not the record
            if kind == "contains" and not matcher.records.get(cue) and _named_topic().search(line, 0, m.start()):
                continue  # "Workshop on Product Data and Circular Electronics": a word of a meeting's topic
            if cue in matcher.genre:
                found.append((cue, kind == "line" and m.end("cue") >= len(line.rstrip(" .:"))))
    return found


#: an item of a list: maybe its enumerator, then a word in lower case, or a line ending with ``;``
_LIST_ITEM = re.compile(rf"^(?:\(?[a-z0-9ivx]{{1,4}}[).]\s+|[•{DASH_CHARS}]\s+)?[a-z]|;$")


def _list_item(line: str) -> bool:
    """Whether a header line is an item of a list (``the X to prepare common proposals for Y;``): what it
    contains is no title's cue."""
    return _LIST_ITEM.search(line.strip()) is not None


@cache
def _dotted() -> re.Pattern[str]:
    """An honorific written with a dot whose form without it is one too (``Mr.``, ``Dr.``)."""
    forms = honorifics()
    return re.compile(rf"(?<![\w.])({alternation([f[:-1] for f in forms if f.endswith('.') and f[:-1] in forms])})\.")


def _dotless(line: str) -> str:
    """``line`` with its honorifics' dots dropped (``Mr. Chairman,`` is the salutation ``Mr Chairman``)."""
    return _dotted().sub(r"\1", line)


def header_lines(report: ParsedReport) -> list[str]:
    """The report's title and its leading unnumbered paragraphs (at most :data:`HEADER_LINES`)."""
    lines = [report.title] if report.title else []
    for p in report.paragraphs[:HEADER_LINES]:
        if p.section[:1].isdigit():
            break
        lines.append(p.text)
    return lines


def report_genre(report: ParsedReport) -> str | None:
    """The genre of the report's header (``None``: no cue). A line that names the document's author
    (a genre of match ``author-genre``: ``Note by the Secretary-General``, ``Contribution from``,
    ``Source: Republic of X``) decides wherever it stands in the header: the title above it may
    name the report such a note transmits (``REPORT OF THE CHAIRMAN OF THE GROUP``). Otherwise the
    first header line with a cue decides."""
    found_by = submitter(report)
    submitted = found_by.line if found_by is not None and _tells_contribution(found_by) else None
    fields = [field for line in header_lines(report) for field in line_fields(line)]
    found = _header_genres(fields, submitted)
    authored = next((genre for genre, author in found if author), None)
    if submitted and authored == _contribution() and names_deliverer(fields, line_genre):
        return "speech"  # a country's line over "STATEMENT" / "delivered by H.E. Ms NAME": the speaker's (decision 40)
    return authored or next((genre for genre, _ in found), None) or _self_genre(report)


#: the forms of a submitter's line (:mod:`.submitters`) that make a document a contribution: a
#: field of who (``Source: Republic of X``) and a line of submitters under the language field; not a
#: cue (``Submitted by: Government of X and UNESCO`` may send the report of a meeting it held) nor a
#: country over a title in capitals (a national report)
_SUBMITTER_FORMS = ("source", "after-language")


def _tells_contribution(found: Submitter) -> bool:
    """Whether a submitter's line makes the document a contribution: a country or an organisation
    in a ``Source:`` field, or nothing but known countries and organisations under the language
    field (:data:`_SUBMITTER_FORMS`)."""
    if found.form == "lead":
        return found.external and found.organisation and not found.countries
    return found.external and found.form in _SUBMITTER_FORMS and (found.form == "source" or found.named_only)


def _header_genres(lines: list[str], submitted: str | None = None) -> list[tuple[str, bool]]:
    """``(genre, names the author)`` of each header line with a cue, in order. A weak cue (a
    heading such as ``Opening remarks``) counts only when another line of the header has a cue of
    the same genre (``Excellencies,``, ``Speech by ...``); the line ``submitted`` that says which
    country or organisation submitted the document (:func:`.submitters.submitter`: ``Source: ...``)
    is a contribution's, and names its author. Only the cover block
    names the author: no line after the first sentence of prose does (a record's list of the
    contributions it considered). A salutation there decides over the record's cues above it
    (a topic's ``Highlights of the Forum``), not over a speech's heading (``Closing remarks by``)."""
    cues = [_line_cues(line) for line in lines]
    genres = _matcher().genre
    found: list[tuple[str, bool]] = []
    cover = True
    for i, line in enumerate(lines):
        cover = cover and not (i and sentence_of_prose(lines[i - 1]))
        submitter = _contribution() if line == submitted else None
        genre = None if cut_sentence(line) else line_genre(line) or submitter
        if genre is None:
            continue
        if cues[i] and all(weak for _, weak in cues[i]):
            others = {genres[c] for j, other in enumerate(cues) if j != i for c, _ in other}
            if genre not in others:
                continue
        addresses = _addresses(line) and all(_records(g) for g, _ in found)
        found.append((genre, cover and (submitter is not None or _author_line(line, genre) or addresses)))
    return found


def _records(genre: str) -> bool:
    """Whether documents of ``genre`` record a meeting."""
    return _matcher().records.get(_genre_cue(genre), False)


def _addresses(line: str) -> bool:
    """Whether ``line`` addresses the document's audience (a cue of match ``salutation``: ``Dear
    Colleagues,``, ``Excellencies, ladies and gentlemen,``): the document speaks itself, whatever
    topic a line above it names (``Highlights of the Forum 2031: call for speakers``)."""
    return any(p.match(_dotless(line.strip())) for kind, p in _matcher().patterns if kind == "salutation")


def cut_sentence(line: str) -> bool:
    """Whether ``line`` is the end of a sentence an excerpt cut above it: it opens with a word in lower case and is a
    sentence of prose (``delivered by the Chair of the Group, Ms X, who presented the draft.``): no header line, no
    cue (``delivered by`` is a speech's only in a heading)."""
    return line[:1].islower() and sentence_of_prose(line)


#: a line that names the document's author is no longer (``Note by the Secretary-General``)
AUTHOR_LINE = 100


def _author_line(line: str, genre: str) -> bool:
    """Whether ``line`` names the document's author by a cue of an author's genre (``genre_cues.csv``,
    match ``author-genre``) at its start: a short line, no remark after a colon (``Note by the
    secretariat: in this summary ...``) and no item of a list (``draft new Resolution [X] ...;``)."""
    if genre not in _words("author-genre") or len(line) > AUTHOR_LINE or ":" in line or line.rstrip()[-1:] == ";":
        return False
    starts = [p for kind, p in _matcher().patterns if kind in ("start", "line")]
    return any(p.match(_dotless(line.strip())) for p in starts)


def _contribution() -> str:
    """The genre of contributions (the genre of the ``self`` cues)."""
    return next(r["genre"] for r in data_rows("genre_cues.csv") if r["match"] == "self")


#: in how many of its first paragraphs of prose a document may speak of itself (``This contribution ...``)
SELF_PARAGRAPHS = 4


def _self_genre(report: ParsedReport) -> str | None:
    """The genre a document gives itself in its first paragraphs of prose (cues of match
    ``self``): a cue in capitals starts a sentence (``This contribution responds to ...``), one in
    lower case may stand anywhere (``APT submits this contribution``)."""
    cues = [(r["cue"], r["genre"]) for r in data_rows("genre_cues.csv") if r["match"] == "self"]
    prose = [p for p in report.paragraphs[: HEADER_LINES + SELF_PARAGRAPHS] if p.text.rstrip().endswith(".")]
    for p in prose[:SELF_PARAGRAPHS]:
        for a, b in sentence_spans(p.text):
            sentence = re.sub(r"^[\s\d.)]*", "", p.text[a:b])
            for cue, genre in cues:
                if sentence.startswith(cue) if cue[:1].isupper() else cue in sentence:
                    return genre
            vocative = _vocative().match(_dotless(sentence))
            if vocative is not None:
                return _matcher().genre[_fold(vocative.group("cue"))]
            if _country_speaks(sentence):
                return _contribution()
    return (
        _speaker_genre(report)
        or _closing_genre(report)
        or _form_genre(report)
        or _first_person_genre(report)
        or _acted_on_genre(report)
    )


#: in how many of its first paragraphs a text cut before its header may first speak as itself
#: (``Morocco proposes that the Group:``, ``Mr Chairman, in conclusion, ...``)
SPEAKS_PARAGRAPHS = 40


def _speaker_genre(report: ParsedReport) -> str | None:
    """The genre of a sentence of the first paragraphs that speaks as the document, even deep in a
    text cut before its header: one that opens by addressing the audience (:func:`_vocative`: a
    speech's ``Mr Chairman, in conclusion, ...``, ``Thank you, Madam Chair.``) or with a country
    speaking in the present tense (:func:`_country_speaks`: a contribution), or the post that writes
    a report (:func:`_author_speaks`: the Secretary-General's). A record reports speakers in the
    third person, in the past."""
    for p in report.paragraphs[:SPEAKS_PARAGRAPHS]:
        for a, b in sentence_spans(p.text):
            sentence = re.sub(r"^[\s\d.)]*", "", p.text[a:b])
            vocative = _vocative().match(_dotless(sentence))
            if vocative is not None:
                return _matcher().genre[_fold(vocative.group("cue"))]
            if _country_speaks(sentence):
                return _contribution()
            if (author := _author_speaks().match(sentence)) is not None:
                return _author_genres()[_fold(author.group("cue"))]
    return None


@cache
def _author_speaks() -> re.Pattern[str]:
    """A sentence that opens with the post that writes a report (``genre_cues.csv``, match ``author-speaks``:
    ``The Secretary-General``) speaking in the present tense (a verb of match ``submitter-verb``: ``The
    Secretary-General encourages Member States to ...``): the post's own report, not a record (a record
    reports what the Secretary-General said, in the past)."""
    posts = alternation(_words("author-speaks"), spaces=True)
    verbs = alternation(_words("submitter-verb"))
    return re.compile(rf"(?P<cue>{posts})\s+(?:(?:{adverb_alternation('addition')})\s+)?(?:{verbs})\b")


@cache
def _author_genres() -> dict[str, str]:
    """The genre of each post of match ``author-speaks`` (folded)."""
    return {_fold(r["cue"]): r["genre"] for r in data_rows("genre_cues.csv") if r["match"] == "author-speaks"}


@cache
def _acted_on() -> tuple[re.Pattern[str], dict[str, str]]:
    """A sentence that asks someone to act on the document itself (``genre_cues.csv``: an asking word of
    match ``acted-on-ask``, a verb of match ``acted-on-verb``, then within a few words the document named
    as itself, match ``acted-on``): ``The Council is invited to take note of this report``; and the genre
    each way of naming itself gives."""
    rows = [r for r in data_rows("genre_cues.csv") if r["match"] == "acted-on"]
    asks, verbs = alternation(_words("acted-on-ask")), alternation(_words("acted-on-verb"), spaces=True)
    selves = alternation([r["cue"] for r in rows], spaces=True)
    pattern = re.compile(
        rf"\b(?:{auxiliary_alternation('be', 'present+clause')})"
        rf"\s+(?:kindly\s+)?(?:{asks})\s+to\s+(?:{verbs})\s+(?:[\w-]+\s+){{0,6}}?"
        rf"(?P<cue>(?i:{selves}))(?![\w-])"
    )
    return pattern, {_fold(r["cue"]): r["genre"] for r in rows}


def _acted_on_genre(report: ParsedReport) -> str | None:
    """The genre of a text cut before its header (no title) that asks the body it is submitted to to act on
    it (:func:`_acted_on`: ``The Council is invited to take note of this report``, ``Member States are
    invited to consider this contribution``): a report to that body (the Secretary-General's, a
    secretariat's) or a contribution to it, not the record of a meeting. A group's report to its parent
    says so in the header above (``REPORT OF SUB-COMMITTEE B``, ``Report of the Chairman of ...``): a
    titled text is not read so."""
    if report.title:
        return None
    pattern, genres = _acted_on()
    for p in report.paragraphs:
        m = pattern.search(p.text)
        if m is not None:
            return genres[_fold(m.group("cue"))]
    return None


#: a resolution's text is laid out under these many headings of its form at least
FORM_HEADINGS = 3


def _form_genre(report: ParsedReport) -> str | None:
    """The genre of a text laid out under the headings of its form (``genre_cues.csv``, match
    ``form-heading``: ``considering``, ``recalling``, ``resolves``, ``instructs the
    Secretary-General``): a resolution or decision, even cut before its number."""
    rows = [r for r in data_rows("genre_cues.csv") if r["match"] == "form-heading"]
    headings = alternation([r["cue"] for r in rows], spaces=True)
    heading = re.compile(rf"^(?:{headings})\b.{{0,60}}$")
    # the preamble run into one paragraph: "The Council, considering a) ...", "... (Lima, 2031), recalling:"
    preamble = re.compile(rf"^The\s+[A-Z][^,]{{0,120}},\s*(?:{headings})\s*(?::|\(?[a-z1-9]\)\s|$)")
    texts = [p.text.strip() for p in report.paragraphs[:SPEAKS_PARAGRAPHS]]
    found = [t for t in texts if heading.match(t)]
    run_together = any(preamble.match(t) for t in texts)
    return rows[0]["genre"] if len(found) >= FORM_HEADINGS or run_together else None


def _closing_genre(report: ParsedReport) -> str | None:
    """The genre of a paragraph that opens or ends with a closing formula (``genre_cues.csv``, match
    ``closing``: ``Yours faithfully,``; a note verbale's ``... the assurances of its highest
    consideration.``): a letter, even cut before its header."""
    closings = [(r["cue"], r["genre"]) for r in data_rows("genre_cues.csv") if r["match"] == "closing"]
    for p in report.paragraphs:
        text = p.text.strip().lower()
        for cue, genre in closings:
            if text.startswith(cue.lower()) and not text[len(cue) : len(cue) + 1].isalnum():
                return genre
            if text.rstrip(" .").endswith(cue.lower()) and not text.rstrip(" .")[-len(cue) - 1 : -len(cue)].isalnum():
                return genre
    return None


#: a document whose first :data:`FIRST_PERSON_PARAGRAPHS` paragraphs of prose speak in the first
#: person singular in this many sentences or more speaks itself (a speech, a letter): a record
#: reports what was said, in the third person
FIRST_PERSON_SENTENCES = 2
FIRST_PERSON_PARAGRAPHS = 10
#: a paragraph of prose is no shorter (a heading, a header field is no prose)
_PROSE = 80
#: a short paragraph of prose is a sentence of this many words at least (``Let me make four points.``)
_PROSE_WORDS = 4


def _is_prose(text: str) -> bool:
    """Whether a paragraph is prose: long, or a sentence of a few words (not a heading or a field)."""
    text = text.strip()
    return len(text) > _PROSE or (text.endswith(".") and ":" not in text and len(text.split()) >= _PROSE_WORDS)


#: a quotation in a sentence (a record may quote a speaker's words)
_QUOTED = re.compile('“[^”]*”|"[^"]*"')


@cache
def _first_person() -> tuple[tuple[str, str], ...]:
    """``(cue, genre)`` of the first-person words (``genre_cues.csv``, match ``first-person``)."""
    return tuple((r["cue"], r["genre"]) for r in data_rows("genre_cues.csv") if r["match"] == "first-person")


@cache
def _cue_word(cue: str) -> re.Pattern[str]:
    """``cue`` as a whole word (not inside an abbreviation, ``U.S.``, or a hyphenated word)."""
    return re.compile(rf"(?<![\w.’'-]){re.escape(cue)}(?![\w-])")


def _speaks_in_first_person(sentence: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``sentence`` as a pronoun, as written (case kept); a one-letter cue
    in capitals (``I``) only before a word in lower case and after none in capitals (not the
    roman numeral of ``Annex I to``, ``Region I and``)."""
    for m in _cue_word(cue).finditer(sentence):
        if len(cue) > 1 or not cue.isupper():
            return True
        before = sentence[: m.start()].split()[-1:]
        capital_before = bool(before) and before[0][:1].isupper() and before[0][-1:].isalnum()
        if not capital_before and re.match(r"[’']?\s*[a-z]", sentence[m.end() :]):
            return True
    return False


def _first_person_genre(report: ParsedReport) -> str | None:
    """The genre of a document that speaks in the first person (:data:`FIRST_PERSON_SENTENCES`
    sentences of its first paragraphs of prose, quotations left out, one at least in the singular:
    ``Let me make three points``, ``we support ...``; match ``first-person`` and
    ``first-person-plural``): a speech or a letter, even cut before its header. A declaration's
    ``We, the ministers, ...`` is no speaker."""
    singular = _first_person()
    plural = [r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == "first-person-plural"]
    prose = [p.text for p in report.paragraphs if _is_prose(p.text)][:FIRST_PERSON_PARAGRAPHS]
    found: list[str | None] = []
    for text in prose:
        for a, b in sentence_spans(text):
            sentence = _QUOTED.sub(" ", text[a:b])
            genre = next((g for cue, g in singular if _speaks_in_first_person(sentence, cue)), None)
            if genre is not None:
                found.append(genre)
            elif not _DECLARES.match(sentence) and any(_speaks_in_first_person(sentence, cue) for cue in plural):
                found.append(None)
    first = next((genre for genre in found if genre is not None), None)
    return first if len(found) >= FIRST_PERSON_SENTENCES else None


#: a declaration's preamble (``We, the participants in ...``)
_DECLARES = re.compile(r"^\W*\d*\W*We,\s+the\b")


def _country_speaks(sentence: str) -> bool:
    """Whether a sentence opens with countries that speak in the present tense
    (:func:`.submitters.speaking_countries`: ``Peru thanks the Director ...``, ``Kenya and Rwanda
    propose``), or a regional group of administrations (:func:`.submitters.collective_speaks`: ``Arab
    Administrations consider ...``): a contribution's (a record reports what a country said, in the past)."""
    return bool(speaking_countries(sentence)) or collective_speaks(sentence)


@cache
def _vocative() -> re.Pattern[str]:
    """A sentence of prose that opens by addressing its audience (a salutation cue, a few words
    and a comma: ``Excellencies, ladies and gentlemen, I am ...``): a speech or a letter cut
    before its header."""
    cues = [r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == "salutation"]
    return re.compile(rf"(?P<cue>{alternation(cues, spaces=True)})(?:\s+[\w'’-]+){{0,4}},\s")


def records_meeting(report: ParsedReport) -> bool:
    """Whether the report is the record of a meeting (a report without a genre cue is presumed to be)."""
    genre = report_genre(report)
    return genre is None or _records(genre)


def records_named(report: ParsedReport, meeting: Meeting) -> bool:
    """Whether the report records ``meeting``, the meeting it names (:func:`records_meeting`), unless it is a document
    submitted to that meeting (:func:`addressed_document`) that names it only in its header lines (the session a
    document goes to, ``Council 2031`` / ``Geneva, 9-19 June 2031`` / ``Document C31/40-E``): a record states its
    meeting in a sentence of its lead, or calls itself a record in its title or lead."""
    if not records_meeting(report) or _activity(meeting.body):
        return False
    if meeting.number is not None:  # "Ninth meeting – Accra, ...": a record's own line; a document goes to a session
        return True
    header = {p.order for p in report.paragraphs[:HEADER_LINES] if not p.section[:1].isdigit()}
    stated = [p for p in report.paragraphs if p.order in meeting.paragraphs]
    only_header = all(p.order in header and not sentence_of_prose(p.text) for p in stated)
    return not (only_header and addressed_document(report))


def _activity(key: str) -> bool:
    """Whether the meeting keyed ``key`` is an activity whose participants form no body, by the head noun of its name
    (the word before the first preposition after which a name goes on, ``meeting_words.csv`` role ``activity``:
    ``Regional Hackathon on X``, ``Coastal Simulation Exercise 2031``, ``Online course for Y``; decisions 71, 76 and
    83): a report on it records no meeting, the activity is an event. A body named after one (``Exercise Planning
    Committee``) is no activity."""
    words = key.split("-")
    while words and words[-1].isdigit():  # a year or an edition's number after the head
        words.pop()
    head = before_preposition(" ".join(words), "goes-on").split()
    return bool(head) and head[-1] in meeting_words("activity")


#: the paragraphs of prose whose words tell a record (:func:`addressed_document`)
LEAD_PROSE = 3


@cache
def _document_line() -> re.Pattern[str]:
    """A header line that opens with the document's number (``genre_cues.csv``, match ``document-line``:
    ``Document 117-E``, ``Document RPM-X31/7-E``), maybe a part of it (match ``document-part``: ``Addendum 2 to
    Document C31/63-E``)."""
    lines, parts = alternation(_words("document-line"), spaces=True), alternation(_words("document-part"))
    return re.compile(rf"^(?i:(?:{parts})\s+\d{{1,2}}\s+(?:to|of)\s+)?(?i:{lines})\s+[\w/().&+-]*\d")


@cache
def _record_words() -> re.Pattern[str]:
    """A word that names a record (``genre_cues.csv``, match ``record-word``: ``report``, ``summary``,
    ``conclusions``), as a whole word."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(_words('record-word'))})(?![\w-])")


def addressed_document(report: ParsedReport) -> bool:
    """Whether the report is a document submitted to a meeting, not its record: two kinds of evidence, a header
    line that is the document's number (:func:`_document_line`: ``Document RPM-X31/7-E``, ``Addendum 2 to Document
    C31/63-E``) and no word of a record (:func:`_record_words`: ``report``, ``summary``, ``minutes``) in its title,
    its header lines or its first :data:`LEAD_PROSE` paragraphs of prose (``Implementation of the regional
    initiatives`` over ``This document reviews ...``; a record calls itself ``Report of the meeting``,
    ``SUMMARY OF CONCLUSIONS``, ``Outcome note``, or narrates its meeting, :func:`_narrates`)."""
    lines = header_lines(report)
    if not any(_document_line().match(line.strip()) for line in lines):
        return False
    prose = [p.text for p in report.paragraphs[len(lines) :] if _is_prose(p.text)][:LEAD_PROSE]
    texts = [*lines, *prose]
    return not any(_record_words().search(text) or _narrates().search(text) for text in texts)


@cache
def _narrates() -> re.Pattern[str]:
    """A sentence that opens with the meeting as its subject (``The meeting elected its Chair``, ``1 The Workshop
    opened with ...``: a meeting's noun of ``event_nouns.csv`` after ``The``): a record narrating its meeting."""
    nouns = alternation(list(event_nouns()), spaces=True)
    return re.compile(rf"(?:^|[.!?]\s+)[\d.\s]*The\s+(?i:{nouns})\b")


def _genre_cue(genre: str) -> str:
    """A cue of ``genre`` (all cues of a genre agree on whether it records a meeting)."""
    return next(c for c, g in _matcher().genre.items() if g == genre)
