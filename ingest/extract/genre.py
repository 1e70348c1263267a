"""The genre of a report, from cues in its header: is it the record of a meeting?

A summary record, a summary or report of a meeting, a Chairman's report and a Forum's outcomes
page record a meeting; a letter of invitation or circular, a speech, a Member State or regional
contribution, a conference proposal, a report or note by the Secretary-General and a resolution
text do not, even when their header names a meeting (``Sixteenth meeting – Virtual, 20 and 21
September 2021`` above ``Contribution from ...``).

The cues are in ``ingest/data/genre_cues.csv`` (``genre``, ``records`` yes/no, ``match``, ``cue``);
``match`` says where a cue counts in a header line (the title, then the unnumbered paragraphs
before the first numbered section, at most :data:`HEADER_LINES`):

- ``start``: the line starts with the cue (``Contribution from the Republic of ...``);
- ``line``: the line is the cue, maybe followed by ``by``, ``of``, ``from``, ``for`` or ``on behalf of`` and
  who (``Opening remarks``, ``Keynote address by the Minister of ...``, ``STATEMENT ON BEHALF OF
  THE X GROUP ON ...``);
- ``salutation``: the line starts with the cue and ends with ``,`` ``:`` or ``!`` (``Dear
  Sir/Madam,``, ``Distinguished delegates, ladies and gentlemen,``);
- ``contains``: the cue is a phrase of a short line (``... COMMON PROPOSALS FOR THE WORK OF THE
  CONFERENCE``); a record's cue right after ``of`` or ``on`` is the topic of a name, no cue
  (``High-level meeting on the review of the implementation of the outcomes of ...``);
- ``numbered``: a line that is the cue, as written, a number, maybe a bracket and a title after a
  dash (``RESOLUTION 140 (REV. DOHA, 2026)``, ``Resolution 71 (Rev. Lima, 2031) – Strategic
  plan``);
- ``self``: the document names itself so in its first paragraphs after the header (``This
  contribution responds to ...``, ``The Republic of X submits this contribution``), read only when
  no header line has a cue. There too, a sentence that opens with a country speaking in the
  present tense (``Peru thanks the Director ...``: cues ``submitter-verb``, after the words of
  ``submitter-head``, ``The Administration of``) is a contribution's, and one that opens by
  addressing its audience with a ``salutation`` cue (``Excellencies, ladies and gentlemen, I
  ...``) is of that cue's genre (a speech or a letter cut before its header).

A document whose first paragraphs of prose speak in the first person singular (two sentences or
more with a word of match ``first-person``: ``I thank ...``, ``Let me now close ...``; quotations
left out) speaks itself: a speech, even cut before its header (a record speaks in the third person).

A ``Source:`` line naming a country or a catalogue organisation, and no post or group, makes the
document a contribution (``Source: Asia-Pacific Telecommunity (APT)``; ``Source: Chair of TDAG``
is the group's record).

The first line with a cue decides (within a line, a cue of a genre that records no meeting
wins); a line that is only a heading cue (``Opening remarks``) counts only when another header
line has a cue of the same genre. A report without any cue is presumed to record one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, sentence_spans

from .gazetteer import honorifics
from .meeting_words import meeting_words

#: how many leading unnumbered paragraphs (after the title) are header lines
HEADER_LINES = 15
#: a ``contains`` or ``numbered`` cue counts only in a line this short (a header, not prose)
SHORT_LINE = 160
#: a salutation is a short line
SALUTATION_LINE = 200

#: the genre of a report that records a meeting
RECORD = "record"
#: a Chairman's report to the Council or a conference: it records its group's meeting(s)
CHAIR_REPORT = "chair-report"


@dataclass(frozen=True)
class _Matcher:
    genre: dict[str, str]  # folded cue -> genre
    records: dict[str, bool]  # folded cue -> whether its genre records a meeting
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (match kind, regex)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@cache
def _matcher() -> _Matcher:
    rows = data_rows("genre_cues.csv")
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        by_kind.setdefault(r["match"], []).append(r["cue"])
    fields = alternation(meeting_words("header-field"), spaces=True)
    shapes = {
        # a line's start, or right after a header field a PDF's layout ran into it (``Original: English``)
        "start": rf"^(?:.*?\b(?i:{fields})\s*:\s*\S+\s+)?(?P<cue>(?i:{{}}))(?![\w-])",
        "line": r"^(?P<cue>(?i:{}))(?:\s+(?i:by|of|from|for|on\s+behalf\s+of)\s.*)?[\s.:]*$",
        "salutation": r"^(?P<cue>(?i:{}))(?![\w-]).{{0,SALUTATION}}[,:!]$".replace("SALUTATION", str(SALUTATION_LINE)),
        "contains": r"(?<![\w-])(?P<cue>(?i:{}))(?![\w-])",
        "numbered": r"^(?P<cue>{})\s+\d{{1,4}}(?:\s*\([^)]*\))?(?:\s*[–—:-]\s.*)?[\s.]*$",
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
    """The genre a header line names by a cue, if any (one that records no meeting wins)."""
    found = _line_cues(line)
    if not found:
        return None
    matcher = _matcher()
    return next((matcher.genre[c] for c, _ in found if not matcher.records[c]), matcher.genre[found[0][0]])


#: words before a record's cue that make it the topic of a name (``the implementation of the
#: outcomes``, ``ON THE IMPLEMENTATION OF THE WSIS OUTCOMES``)
_TOPIC = re.compile(r"(?i)\b(?:of|on)\s+(?:the\s+)?(?:[\w+-]+\s+)?$")


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
        if kind in ("contains", "numbered") and len(line) > SHORT_LINE:
            continue
        for m in pattern.finditer(line):
            cue = _fold(m.group("cue"))
            if kind == "contains" and matcher.records.get(cue) and _TOPIC.search(line, 0, m.start()):
                continue  # "review of the implementation of the outcomes of ...": a topic, not the record
            if cue in matcher.genre:
                found.append((cue, kind == "line" and m.end("cue") >= len(line.rstrip(" .:"))))
    return found


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
    """The genre named by the first header line with a cue (``None``: no cue). A weak cue (a
    heading such as ``Opening remarks``) counts only when another line of the header has a cue
    of the same genre (``Excellencies,``, ``Speech by ...``)."""
    lines = header_lines(report)
    cues = [_line_cues(line) for line in lines]
    genres = _matcher().genre
    for i, line in enumerate(lines):
        genre = line_genre(line)
        if genre is None:
            continue
        if all(weak for _, weak in cues[i]):
            others = {genres[c] for j, found in enumerate(cues) if j != i for c, _ in found}
            if genre not in others:
                continue
        return genre
    return _source_genre(lines) or _self_genre(report)


#: a header line that says who submitted the document (its label may carry a footnote mark, ``SOURCE*:``)
_SOURCE = re.compile(r"^\s*(?i:source)\s*\*?\s*:\s*(?P<who>\S.{0,150})$")
#: kinds of catalogue bodies that submit contributions (a group, a conference or a secretariat
#: submits its own records)
_CONTRIBUTOR_KINDS = ("organization", "un-entity")


def _source_genre(lines: list[str]) -> str | None:
    """A contribution by its ``Source:`` line: a country or an organisation submitted it (``Source:
    Asia-Pacific Telecommunity (APT)``, ``Source: Nordlys Connect AS (Norway)``), not a post or a
    group of the meeting (``Source: Chair of TDAG``, ``Source: Rapporteur, Question 4/17``)."""
    from .body_names import find_body_names, load_body_names  # noqa: PLC0415 (import cycle through bodies)
    from .countries import country_spans  # noqa: PLC0415
    from .gazetteer import roles  # noqa: PLC0415

    forms = {f.lower() for entry in roles().values() for f in entry.forms} | {"secretariat"}
    kinds = {b.key: b.kind for b in load_body_names()}
    for line in lines:
        m = _SOURCE.match(line)
        if m is None:
            continue
        who = m.group("who")
        if any(re.search(rf"(?i)(?<![\w-]){re.escape(f)}(?![\w-])", who) for f in forms):
            return None
        bodies = [kinds.get(key) for key, _ in find_body_names(who)]
        if country_spans(who) or any(kind in _CONTRIBUTOR_KINDS for kind in bodies):
            return _contribution()
        return None
    return None


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
    return _first_person_genre(report)


#: a document whose first :data:`FIRST_PERSON_PARAGRAPHS` paragraphs of prose speak in the first
#: person singular in this many sentences or more speaks itself (a speech, a letter): a record
#: reports what was said, in the third person
FIRST_PERSON_SENTENCES = 2
FIRST_PERSON_PARAGRAPHS = 10
#: a paragraph of prose is no shorter (a heading, a header field is no prose)
_PROSE = 80
#: a quotation in a sentence (a record may quote a speaker's words)
_QUOTED = re.compile('“[^”]*”|"[^"]*"')


@cache
def _first_person() -> tuple[tuple[str, str], ...]:
    """``(cue, genre)`` of the first-person words (``genre_cues.csv``, match ``first-person``)."""
    return tuple((r["cue"], r["genre"]) for r in data_rows("genre_cues.csv") if r["match"] == "first-person")


def _speaks_in_first_person(sentence: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``sentence`` as a pronoun, as written (case kept); a one-letter cue
    in capitals (``I``) only before a word in lower case and after none in capitals (not the
    roman numeral of ``Annex I to``, ``Region I and``)."""
    for m in re.finditer(rf"(?<![\w.’'-]){re.escape(cue)}(?![\w-])", sentence):
        if len(cue) > 1 or not cue.isupper():
            return True
        before = sentence[: m.start()].split()[-1:]
        capital_before = bool(before) and before[0][:1].isupper() and before[0][-1:].isalnum()
        if not capital_before and re.match(r"[’']?\s*[a-z]", sentence[m.end() :]):
            return True
    return False


def _first_person_genre(report: ParsedReport) -> str | None:
    """The genre of a document that speaks in the first person singular (:data:`FIRST_PERSON_SENTENCES`
    sentences of its first paragraphs of prose, quotations left out): ``Let me now close this
    meeting``, ``I thank the host``: a speech or a letter, even cut before its header."""
    cues = _first_person()
    prose = [p.text for p in report.paragraphs if len(p.text) > _PROSE][:FIRST_PERSON_PARAGRAPHS]
    found: list[str] = []
    for text in prose:
        for a, b in sentence_spans(text):
            sentence = _QUOTED.sub(" ", text[a:b])
            genre = next((g for cue, g in cues if _speaks_in_first_person(sentence, cue)), None)
            if genre is not None:
                found.append(genre)
    return found[0] if len(found) >= FIRST_PERSON_SENTENCES else None


@cache
def _submitter() -> re.Pattern[str]:
    """The words that may come before a country that submits a document (``The Administration of``:
    ``genre_cues.csv``, match ``submitter-head``)."""
    heads = [r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == "submitter-head"]
    return re.compile(rf"^(?:(?:The\s+)?(?:{alternation(heads, spaces=True)})\s+)?(?:the\s+)?")


def _country_speaks(sentence: str) -> bool:
    """Whether a sentence opens with a country that speaks in the present tense (``Peru thanks the
    Director ...``, ``The Administration of Chile proposes ...``: verbs of ``genre_cues.csv``,
    match ``submitter-verb``, words before the country of match ``submitter-head``): a
    contribution's (a record reports what a country said, in the past)."""
    from .countries import country_spans  # noqa: PLC0415 (import cycle through bodies)

    opening = _submitter().match(sentence)
    rest = sentence[opening.end() if opening else 0 :]
    spans = country_spans(rest[:60])
    if not spans or spans[0].start != 0:
        return False
    verbs = [r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == "submitter-verb"]
    return re.match(rf"\s+(?:{alternation(verbs)})\b", rest[spans[0].end :]) is not None


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
    return genre is None or _matcher().records.get(_genre_cue(genre), False)


def _genre_cue(genre: str) -> str:
    """A cue of ``genre`` (all cues of a genre agree on whether it records a meeting)."""
    return next(c for c, g in _matcher().genre.items() if g == genre)
