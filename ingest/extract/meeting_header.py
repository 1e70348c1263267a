"""What the header of a record says about its meeting: the document's year, the sitting a summary
record is of, and the body a header line names.

- The **year** of the header: the first date with a written year in the title and the leading
  unnumbered lines (``Antalya, 6-24 November 2006``); it completes a sitting's date written
  without one.
- A **sitting**: a header line that starts with a weekday and is a dateline (``Thursday 16
  November, at 1430 hours``, ``Tuesday, 16 September 2003, at 10 a.m.``). A summary record is the
  record of that one sitting: its date is the meeting's, not the session's range around it.
- A **session of a series of no body** (``WSIS Forum 2017`` of ``ingest/data/events.csv``) that
  the title or a header line names: the record of that session (its outcomes, its highlights),
  dated by a lead sentence that says it was held (``The WSIS Forum 2017, held from 12 to 16 June
  2017``), else by a dateline of its year in the header; its body is the series (``wsis-forum``).
- The **body** of the header: a committee of a conference named by a number or a letter
  (``COMMITTEE 5``, ``Draft second report of Committee 5 to the Plenary``, ``Sub-Committee A``;
  committee nouns and their short form in ``meeting_words.csv``, role ``committee``:
  ``Committee 5`` is ``COM5``), else a conference or
  the Council named in a header line (``WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE
  (WTDC-10)``): the body whose meeting a header naming only an ordinal (``SECOND PLENARY
  MEETING``) is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation, clause_spans, span_at

from .body_names import body_index, head_of
from .casing import title_cased
from .datelines import front_dateline, gives_hours
from .dates import DateSpan, find_dates, neighbour_words
from .event_series import EventMention, edition_year, event_series
from .events import event_mentions
from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import preposition_alternation
from .genre import header_lines
from .keys import slug
from .meeting import (
    GOES_ON_FROM_TITLE,
    HELD,
    LEAD_PARAGRAPHS,
    WEEKDAY,
    BodyName,
    another_meeting,
    dateline,
    find_body_names,
    header_year,
    ordinal_regex,
    record_title,
)
from .meeting_mentions import as_words, generic_name, meeting_hits, name_before
from .meeting_words import meeting_words, numbered_per_session, record_words_only, word_alternation
from .rapporteur_groups import rapporteur_group

#: a header line is no longer (longer lines are prose)
_HEADER_LINE = 100


@cache
def _words(role: str) -> re.Pattern[str]:
    """Phrases of ``meeting_words.csv`` with ``role``, as one regex (any case)."""
    words = meeting_words(role)
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words, spaces=True)})(?![\w-])")


#: a line that dates a sitting opens with its weekday or ``Held on`` (``held on the sixth of June at 1000 hours``),
#: maybe after its venue (``Held at Headquarters, New York, on Tuesday, 20 October 2031, at 3 p.m.``)
_SITTING_START = re.compile(
    rf"\s*(?:(?:(?i:meeting|sitting)\s+)?(?i:held)\s+(?:(?i:{preposition_alternation('place')})\s+[^.;:]{{1,80}}?,?\s+)?on\s+|(?={WEEKDAY}\b))"
)


def sitting(report: ParsedReport) -> tuple[DateSpan, int | None] | None:
    """The sitting a summary record's header dates (``Friday, 16 July 2004, at 1440 hours``):
    ``(date, the line's paragraph order)``; only in a record of sittings (a header line says
    ``summary record`` or ``minutes``: ``meeting_words.csv``, role ``sitting-record``)."""
    if not any(_words("sitting-record").search(line) for line in header_lines(report)):
        return None
    year = header_year(report)
    for p in report.paragraphs[: len(header_lines(report))]:
        for field in _fields(_in_words(p.text)):
            m = _SITTING_START.match(field)  # "Held on Friday 28 May 2031 from 1430 to 1720 hours."
            found = dateline(field[m.end() :], year) if m is not None else None
            if found is not None and found[0].end is None:
                return found[0], p.order
    # "COMMITTEE 6 - Document 156-E - Original: English Thursday, 16 November 2031, at 0930 hours": run into a field
    ran_in = ((_run_in(p.text, year, hours=True), p.order) for p in report.paragraphs[: len(header_lines(report))])
    return next(((day, order) for day, order in ran_in if day is not None), None) or _title_sitting(report, year)


#: the end of a header field a layout ran into the next on one line (``Geneva, 8-18 May 2031. Document C31/88-E.
#: Monday, 12 May 2031, at 1430 hours``)
_FIELD_END = re.compile(r"[.;|]\s+(?=[A-Z])")


def _fields(text: str) -> list[str]:
    """A header line, then each field after a stop a layout ran into it."""
    return [text, *(text[m.end() :] for m in _FIELD_END.finditer(text))]


def _title_sitting(report: ParsedReport, year: int | None) -> tuple[DateSpan, None] | None:
    """The sitting a layout ran into the record's title (``SUMMARY RECORD OF THE THIRD PLENARY MEETING
    Wednesday, 18 June 2031, at 1430 hours Chair: ...``): ``(date, None)``, the title being no paragraph."""
    day = _run_in(report.title or "", year)
    return (day, None) if day is not None else None


def _run_in(line: str, year: int | None, hours: bool = False) -> DateSpan | None:
    """The one day of a sitting a layout ran into a line after other words (a weekday, its date and maybe its hours
    to the line's end: ``... Original: English Friday, 4 May 2031, at 1430 hours``); with ``hours``, only a sitting
    that gives its hours (not ``No. 2 - Thursday 17 November 2031``, a journal's issue) and is no labelled field of
    one of several sittings (``Fifth meeting: Saturday, 5 April, at 0930 hours``)."""
    text = _in_words(line)
    m = re.search(rf"(?<=[^:]\s){WEEKDAY},?\s+\d" if hours else rf"(?<=\s){WEEKDAY},?\s+\d", text)
    m = m or _date_field().search(text)  # "SUMMARY MINUTES OF THE FIFTH MEETING Date: 4 May 2031, 10.00-12.00 hours"
    if m is None:
        return None
    found = dateline(text[m.start() :], year)
    if found is None or found[0].end is not None or (hours and not gives_hours(text[m.start() :])):
        return None
    day: DateSpan = found[0]
    return day


@cache
def _date_field() -> re.Pattern[str]:
    """A date's labelled field a layout ran into a line after other words (``... MEETING Date: 4 May 2031``; labels of
    ``meeting_words.csv``, role ``date-label``), read from its label."""
    labels = alternation(meeting_words("date-label"), spaces=True)
    return re.compile(rf"(?<=\s)(?i:{labels})\s*:\s*(?=(?:{WEEKDAY},?\s+)?\d)")


def _in_words(line: str) -> str:
    """A header line written in capitals read as words are written (``THURSDAY, 26 MAY 2031, AT 0930 HOURS``:
    ``Thursday, 26 May 2031, at 0930 Hours``, :func:`.casing.title_cased`), so that its weekday and hours are read as
    on a sitting's line in title case; any other line as it is."""
    return title_cased(line) if line.isupper() else line


#: how many days after its sitting a summary record may be issued
_ISSUED_WITHIN = 60


def with_sitting(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` dated by the sitting of its header, when it has one within the meeting's dates, or the
    meeting's one day is a later one (the record's issue date)."""
    found = sitting(report)
    if found is None:
        return meeting
    day, order = found
    last = meeting.end or meeting.start
    # one day after the sitting, within weeks: the day the record was issued (``Geneva, 6 May 2031`` under a
    # sitting of 22 April), not the meeting's
    issued = (
        meeting.end is None and meeting.start is not None and 0 < (meeting.start - day.start).days <= _ISSUED_WITHIN
    )
    if meeting.start is not None and last is not None and not meeting.start <= day.start <= last and not issued:
        return meeting
    stated = {*meeting.paragraphs, *(o for o in (order,) if o is not None)}  # a sitting in the title: no paragraph
    return replace(meeting, start=day.start, end=None, paragraphs=tuple(sorted(stated)))


@cache
def _committees() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    nouns = {word.lower(): (word, value) for word, value in meeting_words("committee").items()}
    pattern = rf"(?<![\w-])(?P<noun>(?i:{alternation(nouns)}))\s+(?P<id>\d{{1,2}}|[A-Z])(?![\w/.-])"
    return re.compile(pattern), nouns


def committee(text: str) -> Body | None:
    """The committee ``text`` names by a number or a letter (``Committee 5`` -> key
    ``committee-5``, ``COM5``; ``Sub-Committee A`` -> ``sub-committee-a``, no short form)."""
    pattern, nouns = _committees()
    m = pattern.search(text)
    if m is None:
        return None
    noun, short = nouns[m.group("noun").lower()]
    ident = str(int(m.group("id"))) if m.group("id").isdigit() else m.group("id")
    name = f"{noun} {ident}"
    acronym = f"{short}{ident}" if short and ident.isdigit() else None
    title = _COMMITTEE_TITLE.match(text, m.end())  # "Committee 5 (Policy and Legal Matters)": named with its title
    written = f"{name} ({as_words(title.group(1)) if title.group(1).isupper() else title.group(1)})" if title else name
    return Body(slug(name), written, acronym, "working-group")


#: a committee's title in brackets right after its number (words only: not ``(Document 5)``, ``(COM5)``)
_COMMITTEE_TITLE = re.compile(r"\s*\(((?:[A-Za-z][\w’'\-]*\s+)+[A-Za-z][\w’'\-]*)\)")


#: a numbered section's heading (``2  WTDC-25 preparation``, ``3.1 Council Working Groups``): the record's body, no
#: header line
_SECTION_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def header_body(report: ParsedReport, names: tuple[BodyName, ...]) -> str | None:
    """The body a header line names: a numbered committee, else a body that numbers its meetings within
    each session (a conference, the Council, the General Assembly: ``session-numbering.csv``), whose
    meeting a header may name by an ordinal only (``96th plenary meeting``)."""
    # header lines, not prose (a sentence: ``... a progress report to Council 2031.``) nor the rows of a
    # table of subjects (``3 | Report of Committee 5 | 127``)
    lines = [
        line
        for line in header_lines(report)
        if len(line) <= _HEADER_LINE
        and "|" not in line
        and not line.rstrip().endswith(".")
        and not _SECTION_HEADING.match(line)
    ]
    for line in lines:
        found = committee(line)
        if found is not None:
            return found.key
    kinds = {b.key: b.kind for b in names}
    for line in lines:
        for text in dict.fromkeys((line, title_cased(line))):
            for key, (start, end) in find_body_names(text, names):
                # "COUNCIL WORKING GROUP ON X": the start of a longer name, not the Council; "Regional
                # Preparatory Meeting for WTDC-14": the topic of another meeting, not the conference
                # "Regional X Council": the end of a longer name
                other = bool(_LONGER_NAME.match(text, end) or _MEETING_FOR.search(text, 0, start))
                other = other or name_before(text, start, text[start:end], body_index(names))
                if numbered_per_session(key, kinds.get(key)) and not other:
                    return key
    return None


def body_over_title(report: ParsedReport, names: tuple[BodyName, ...]) -> str | None:
    """The key of :func:`over_title_body`."""
    found = over_title_body(report, names)
    return found.key if found is not None else None


def over_title_body(report: ParsedReport, names: tuple[BodyName, ...]) -> Body | None:
    """The body a record's title is of when the front line above its continuation names it
    (``STANDING COMMITTEE ON X`` / [``SUMMARY RECORD``] / ``OF THE THIRD MEETING``): a catalogue
    body that is the whole line, else a name headed by a body noun (``body-heads.csv``), keyed by
    its name and named in words (``Standing Committee on X``); under a title that names its meeting by
    an ordinal only, the first such name in capitals of the front that is no catalogue body."""
    front = [p for p in report.paragraphs[:LEAD_PARAGRAPHS] if p.section == "front"]
    at = next((i for i, p in enumerate(front) if GOES_ON_FROM_TITLE.match(p.text.strip())), None)
    if at is None and _ORDINAL_RECORD.fullmatch((report.title or "").strip()):
        # "SUMMARY RECORD OF THE SECOND MEETING" over "Council 2031" ... "STANDING COMMITTEE ON X": that
        # committee's meeting (a name headed by a body noun, not a catalogue body: the session's)
        lines = (line_body(p.text, names, catalogue=False) or _coded_group(p.text) for p in front)
        return next((b for b in lines if b is not None), None)
    return line_body(front[at - 1].text, names) if at else None


#: a header line of two codes: a catalogue organisation's acronym and its group's (``CEPT Com-PTT``, ``APT AWG``)
_CODED_GROUP = re.compile(r"(?P<owner>[A-Z][A-Za-z&]*[A-Z])\s+(?P<code>[A-Z][\w.&]*(?:-[\w.&]+)*)")


def _coded_group(line: str) -> Body | None:
    """The group a header line names by its code after its organisation's acronym (``CEPT Com-PTT`` over ``Minutes
    of the 66th meeting``), the organisation in the catalogue and the code not: the group, keyed and named by its
    code (decision 3: the body that met, as the document writes it)."""
    m = _CODED_GROUP.fullmatch(line.strip())
    if m is None:
        return None
    acronyms = {e.acronym for e in gazetteer_bodies().values() if e.acronym}
    if m["owner"] not in acronyms or m["code"] in acronyms or sum(map(str.isupper, m["code"])) < 2:
        return None
    return Body(slug(m["code"]), m["code"], m["code"], "working-group")


#: a record's title that names its meeting by an ordinal only (``SUMMARY RECORD OF THE SECOND MEETING``)
_ORDINAL_RECORD = re.compile(
    rf"(?i)(?:summary\s+record|minutes|report)\s+of\s+the\s+(?:{ordinal_regex()})\s+(?:plenary\s+)?meeting"
)


def record_title_off(line: str) -> str:
    """A header line without the record's title that follows a body's name on it (:func:`_record_title`)."""
    return _record_title().sub("", line)


@cache
def _record_title() -> re.Pattern[str]:
    """A record's title that a header line gives after a body's name and a dash or a colon (``STANDING COMMITTEE
    ON X – SUMMARY RECORD OF THE THIRD MEETING``, ``X GROUP: MINUTES OF THE 5TH MEETING``; ``meeting_words.csv``,
    role ``record-word``): no part of the body's name."""
    words = word_alternation(meeting_words("record-word"))
    return re.compile(rf"(?:\s+{DASH}\s+|\s*:\s+)(?i:(?:{words})(?:\s+(?:{words}))*\s+OF\s+THE\s).*$")


def line_body(line: str, names: tuple[BodyName, ...], catalogue: bool = True) -> Body | None:
    """The body a header line in capitals names whole (``STANDING COMMITTEE ON X``): a catalogue
    body (if ``catalogue``), else a name headed by a body noun (``body-heads.csv``), keyed by its
    name and named in words; by its acronym when the line closes with it in brackets (``STANDING
    COMMITTEE ON X (SCX)``: ``Standing Committee on X``, ``SCX``)."""
    line = record_title_off(line.strip())
    if not line or len(line) > _HEADER_LINE or not line.isupper() or (not catalogue and re.search(r"\d", line)):
        return None  # (a line with a number names a session: "COUNCIL 2031")
    name = as_words(line)
    kinds = {b.key: b for b in names}
    whole = [key for key, span in find_body_names(name, names) if span == (0, len(name))]
    if whole:
        known = kinds[whole[0]]
        return Body(whole[0], known.name, known.acronym, known.kind) if catalogue else None
    defined = _DEFINED_LINE.match(line)  # "STANDING COMMITTEE ON X (SCX)": the name, keyed by its acronym
    if defined is not None:
        name, acronym = as_words(defined.group("name")), defined.group("acr")
    else:
        acronym = None
    head = head_of(owned_group(name, names) or name)  # "X PROGRAMME – STEERING COMMITTEE": headed by the group
    named = (
        head is not None and head[2] == "body" and len(name.split()) > len(head[0].split()) and not generic_name(name)
    )
    if not named or head is None:
        return None
    return Body(slug(acronym), name, acronym, head[1]) if acronym else Body(slug(name), name, None, head[1])


#: a name of an owner, a dash and a group's name (``ITU Regional Initiatives for X – Steering Group``)
_OWNED_GROUP = re.compile(rf"\S.*?\s+{DASH}\s+(?P<group>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})")


def owned_group(name: str, names: tuple[BodyName, ...] = ()) -> str | None:
    """The group's part of a name of its owner, a dash and the group's head alone (``Steering Group`` of ``ITU
    Regional Initiatives for X – Steering Group``, ``Management Board`` of ``X Programme — Management Board``):
    the owner before the dash is part of the group's name, whose head is the group's; ``None`` for any other
    name (no dash, a topic after the group's head: ``X – Steering Group on Y``, no body head: ``X – Fourth
    Meeting``); nor a catalogue body of ``names`` after the dash (``African Group – Council``: the group at the
    Council's session)."""
    m = _OWNED_GROUP.fullmatch(name.strip())
    head = head_of(m.group("group")) if m is not None else None
    if m is None or head is None or head[2] != "body" or not m.group("group").endswith(head[0]):
        return None
    group = m.group("group")
    return None if any(span == (0, len(group)) for _, span in find_body_names(group, names)) else group


#: an acronym in brackets, maybe an organisation's before a numbered one (``(APT WTSA31-4)``; not a title in
#: capitals, ``(BUDGET CONTROL)``): the one reading of a header's or a heading's bracketed acronym
BRACKET_ACRONYM = re.compile(r"(?:[A-Z]{2,6}\s(?=[A-Za-z&/.\-]*\d))?[A-Z][A-Za-z0-9&/.\-]*[A-Z0-9]")
#: a line that is a name and its acronym in brackets
_DEFINED_LINE = re.compile(rf"^(?P<name>[^()]+?)\s*\((?P<acr>{BRACKET_ACRONYM.pattern})\)$")


#: a meeting noun and a preposition right before a body's name: the body is that meeting's topic
_MEETING_FOR = re.compile(r"(?i)\b(?:meeting|session)s?\s+(?:for|on|to)\s+(?:the\s+)?$")
#: capitalised words right after a body's name: the name is the start of a longer one
_LONGER_NAME = re.compile(rf"\s+(?:(?:{preposition_alternation('topic')})\s+)?[A-Z][a-z]+\s+[A-Z]")


#: two capitalised words of a name (``Open Consultation Process``, ``Best Practice Guidelines``)
_NAME_GOES_ON = re.compile(r"\s+(?P<words>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)")


def _opens_longer_name(after: str) -> bool:
    """The words ``after`` a series' session go on with its name (``Open Consultation Process``): two capitalised
    words or more, not only a record's (``Outcome Document``, ``Summary Report``)."""
    m = _NAME_GOES_ON.match(after)
    return m is not None and not record_words_only(m.group("words"))


def _series_session(line: str) -> tuple[str, EventMention] | None:
    """``(series name, mention)`` of a dated session of a series of no body that ``line`` is
    about: the line starts with it (``WSIS Forum 2011: Highlights``), or with words of a record
    of it (``Outcomes of the WSIS Forum 2029``; ``meeting_words.csv``, role ``session-record``),
    not a line naming it as a topic (``Open consultation on the WSIS Forum 2024``), nor one where it opens a longer
    name (``WSIS Forum 2031 Open Consultation Process``: capitalised words, not a record's only, right after it; round
    55)."""
    bodiless = {s.prefix: s.name for s in event_series() if s.body is None and s.key_year != "once"}
    for m in event_mentions(line):
        prefix, _, year = m.key.rpartition("-")
        before = re.sub(r"(?i)\bthe\s+$", "", line[: m.span[0]]).strip()
        about = not before or bool(_words("session-record").fullmatch(before))
        if _opens_longer_name(line[m.span[1] :]):
            continue
        if prefix in bodiless and year.isdigit() and about:
            return bodiless[prefix], m
    return None


def series_meeting(report: ParsedReport) -> Meeting | None:
    """The session of a series of no body the header names (``WSIS Forum 2011: Highlights and
    Outcomes``), dated by a lead sentence saying it was held, else by a dateline of its year, else
    by a lead sentence saying sessions of the Forum were held on days of its year. The
    record of one session within it (``WSIS Forum 2019 – Outcome of session 147`` over the
    session's title) is of that session: :func:`_one_session`."""
    lines = header_lines(report)[:4]
    found = next(((i, f) for i, f in enumerate(map(_series_session, lines)) if f is not None), None)
    if found is None:
        return None
    index, (name, session) = found
    year = edition_year(session.key) or int(session.key.rpartition("-")[2])  # "gss-31": 2031
    titled = _one_session(report, lines, index, session.span[1])
    held = _held_session(report, session, name) if titled is None else None
    if held is not None:
        return held
    key, orders = (slug(titled[0]), titled[1:]) if titled else (slug(name), ())
    for p in report.paragraphs[: len(lines) + 2]:
        line = front_dateline(p.text)  # "Geneva, 8-12 May 2031 | Theme: ...": a layout's fields on one line
        if line is not None and line[0].start.year == year:
            paragraphs = tuple(sorted({p.order, *(o for o in orders if o is not None)}))
            return Meeting(key, start=line[0].start, end=line[0].end, place=line[1], paragraphs=paragraphs)
    return _sessions_held(report, name, year) if titled is None else None


def _held_session(report: ParsedReport, session: EventMention, name: str) -> Meeting | None:
    """The session dated by a lead sentence that says it was held (``The WSIS Forum 2017, held from
    12 to 16 June 2017``), not that it is still to be held (``The WSIS Forum 2031, to be held in Geneva from 12 to 16
    June 2031, will be chaired by ...`` in the record of a consultation that prepares it:
    :func:`.meeting.another_meeting`; round 55)."""
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for m in event_mentions(p.text):
            if m.key != session.key:
                continue
            s0, s1 = span_at(clause_spans(p.text), m.span[0], len(p.text))
            days = [d for d in find_dates(p.text[m.span[1] : s1]) if d.precision == "day"]
            before = p.text[s0 : m.span[0]]
            if another_meeting(p.text, m.span) or _PART_OF_SESSION.search(before) or hosts(before):
                continue
            if days and re.search(HELD, p.text[s0:s1]):
                return Meeting(slug(name), start=days[0].start, end=days[0].end, paragraphs=(p.order,))
    return None


#: a part's name right before a session's (``The High-Level Track of the WSIS Forum 2031 took place on 3 and 4
#: May``): the sentence dates that part, not the session
_PART_OF_SESSION = re.compile(r"\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+of\s+(?:the\s+)?$")


def _sessions_held(report: ParsedReport, name: str, year: int) -> Meeting | None:
    """A lead sentence that says sessions of the series' noun were held on days of its year (``the
    sessions held in the fifth week of the virtual Forum (20–24 July 2020)``: the days of the
    record, one week of the session)."""
    noun = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    for p in report.paragraphs[:3]:
        for s0, s1 in clause_spans(p.text):
            clause = p.text[s0:s1]
            days = [d for d in find_dates(clause) if d.precision == "day" and d.start.year == year]
            named = noun.search(clause)
            if not named or hosts(clause[: named.start()]) or another_meeting(clause, named.span()):
                continue
            if days and re.search(HELD, clause):
                return Meeting(slug(name), start=days[0].start, end=days[0].end, paragraphs=(p.order,))
    return None


@cache
def _host_cue() -> re.Pattern[str]:
    """A word that brings in another event right before a few words of its name (``during the``,
    ``on the margins of the``: ``date_words.csv``, role ``neighbour``), closing a text."""
    return re.compile(rf"(?i)\b(?:{alternation(neighbour_words(), spaces=True)})\s+(?:the\s+)?(?:[\w+&-]+\s+){{0,5}}$")


def hosts(before: str) -> bool:
    """Whether the words ``before`` a session's name in its clause bring it in as the host of the
    meeting the clause says was held (``The C5 facilitation meeting was held during the WSIS Forum
    2031 (3-7 May)``): the record is of that meeting, not of the session around it."""
    return _host_cue().search(before) is not None


#: the words after a series' session that say the record is of one session within it
_ONE_SESSION = re.compile(rf"(?i)\bsession\s+(?:[A-Z]?\d{{1,4}}[A-Za-z]?\b)?\s*(?:[:{DASH_CHARS}]\s*(?P<title>\S.*))?$")


def _one_session(report: ParsedReport, lines: list[str], index: int, end: int) -> tuple[str, int | None] | None:
    """``(title, paragraph order)`` of the one session of a series that the header line ``index``
    says the record is of (``... – Outcome of session 147``): its title after the number on that
    line, else the next header line when it is no dateline (``Thematic Workshop: Community ...``)."""
    m = _ONE_SESSION.search(lines[index], end)
    if m is None:
        return None
    orders = ([None] if report.title else []) + [p.order for p in report.paragraphs[: len(lines)]]
    if m.group("title"):  # a record's word only (``Session 6 - Outcome``) titles no session: the series'
        title = m.group("title").strip()
        return None if record_words_only(title) else (title, orders[index])
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if not following or dateline(following) is not None or following.endswith(".") or len(following) > 150:
        return None
    return following, orders[index + 1]


def title_bodies(report: ParsedReport, names: tuple[BodyName, ...]) -> frozenset[str]:
    """The bodies the report's title names: catalogue bodies, a committee (``REPORT OF SUB-COMMITTEE B``) and
    a rapporteur group by its Question (``X Study Group 1 — Rapporteur Group meeting on Question 6/1``)."""
    title = record_title(report) or ""
    found = {key for key, _ in find_body_names(title, names)}
    group = committee(title)
    rapporteur = {h.body for h in meeting_hits(title, names, True) if rapporteur_group(h.body) is not None}
    return frozenset(found | ({group.key} if group else set()) | rapporteur)
