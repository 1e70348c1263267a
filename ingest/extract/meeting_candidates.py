"""Every meeting the front of a report names as a candidate for the meeting it records.

Each reader below looks at the report in one way and gives at most one meeting; all of them run,
none has precedence: :mod:`.meeting_ranking` scores what they found by its evidence and picks one.
A meeting two readers find (the same body and number) is one candidate, found by both.

- ``statement``: the first meeting the title or a lead sentence states (``the 41st meeting of
  the Council Working Group on X``; a meeting of a body the title names first),
  :func:`.meeting.find_meeting`;
- ``heading``: a meeting a header line names by its kind and its dateline dates
  (:func:`.meeting_heading.heading_meeting`);
- ``header-session``: the session of a body the header names with its dateline (``Council
  2024`` / ``Geneva, 4-14 June 2024``), :func:`.event_own_session.session_meeting`;
- ``series-session``: the session of a series of no body (``WSIS Forum 2017: Outcomes``);
- ``header-ordinal``: a meeting named by its ordinal only (``OF THE FIFTH PLENARY MEETING``) of
  the body the header names (a numbered committee, a conference, the Council);
- ``group-ordinal``: the same, of the group the report is presumed to be about;
- ``chair-report``: the meeting a Chairman's report says it covers, else the last one it lists,
  of the group its title names (:mod:`.covered_meetings`);
- ``held-meetings``: ``The Sub-Committee held eleven meetings between 19 and 28 September``: the
  meetings of the body the title names, as one meeting over those days;
- ``lead-named``: a meeting outside the catalogue a lead sentence opens with and says was held;
- ``titled-held``: a meeting the title names by its kind, undated by the header, dated by the lead
  sentence that says it was held (:func:`.meeting_heading.titled_held_meeting`);
- ``present``: ``the present meeting (Geneva, 9-11 June 2008)``; ``held-session``: ``The
  Commission held its thirteenth session ...`` anywhere (:mod:`.present_meeting`);
- ``listed``: the last of the meetings a sentence lists after saying how many its subject held
  (``has held two meetings: the twentieth on ... and the twenty-first on ...``);
- ``closing``: the numbered meeting a sentence says was closed (``The Chairman closed the 25th meeting of
  RAG (Geneva, 9-11 April 2031)``), :mod:`.closed_meeting`;
- ``group-held``: the unnumbered meeting of the presumed group that a lead sentence says was
  held; ``own-ordinal``: the numbered meeting of the presumed group the prose names as its own
  and dates anywhere (``this third meeting, held on ...``, :mod:`.own_mention`); ``excerpt``: an
  excerpt cut before its header records a meeting of its group, undated, numbered by its own
  document symbols (``CWG-ABC-3/5``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile
from typing import Any

from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, clause_spans, sentence_spans, span_at

from .body_names import BodyName, body_key, find_body_names, head_of
from .casing import is_title_cased
from .closed_meeting import closed_meeting
from .covered_meetings import last_listed_meeting, title_group
from .datelines import front_dateline
from .dates import document_date, find_dates
from .event_series import event_series
from .events import session_meeting
from .footer_meeting import footer_meeting
from .gazetteer import auxiliary_alternation, preposition_alternation, small_words
from .gazetteer import bodies as gazetteer_bodies
from .genre import CHAIR_REPORT, RECORD, header_lines, line_genre, records_meeting, report_genre
from .header_fields import HEADER_LINES
from .keys import slug
from .meeting import (
    LEAD_PARAGRAPHS,
    another_meeting,
    cardinal_regex,
    dateline,
    day_dates,
    find_meeting,
    header_year,
    held_meeting,
    meeting_words,
    number_value,
    ordinal_regex,
)
from .meeting_header import (
    body_over_title,
    committee,
    header_body,
    line_body,
    owned_group,
    record_title_off,
    series_meeting,
    title_bodies,
    with_sitting,
)
from .meeting_heading import heading_meeting, lead_named_meeting, most_specific, titled_held_meeting
from .meeting_mentions import defined_acronyms
from .meeting_words import numbered_per_session, word_alternation
from .own_mention import held_listed, listed_meeting, own_ordinal_meeting, stands_for, symbol_group
from .persons import presumed_meeting_body
from .present_meeting import held_session, present_meeting


@dataclass(frozen=True)
class Candidate:
    """A meeting some readers found, with their names (in the order of :data:`READERS`)."""

    meeting: Meeting
    readers: tuple[str, ...]


Reader = Callable[[ParsedReport, tuple[BodyName, ...]], Meeting | None]

#: what several readers ask of the last report read, kept for it (identity, not equality)
_MEMO: list[tuple[ParsedReport, dict[str, Any]]] = []


def _once(report: ParsedReport, what: str, read: Callable[[ParsedReport], Any]) -> Any:
    """``read(report)``, read once for the last report asked about."""
    if not _MEMO or _MEMO[0][0] is not report:
        _MEMO[:] = [(report, {})]
    memo = _MEMO[0][1]
    if what not in memo:
        memo[what] = read(report)
    return memo[what]


def _presumed(report: ParsedReport) -> str | None:
    """The group the report is presumed to be about (:func:`.persons.presumed_meeting_body`)."""
    found: str | None = _once(report, "presumed", presumed_meeting_body)
    return found


def report_groups(report: ParsedReport) -> tuple[str | None, str | None]:
    """The group the report is presumed to be about and the one its document symbols name (read once)."""
    by_symbol = _once(report, "symbol", symbol_group)
    return _presumed(report), by_symbol[0] if by_symbol is not None else None


def genre_of(report: ParsedReport) -> str | None:
    """The report's genre (:func:`.genre.report_genre`)."""
    found: str | None = _once(report, "genre", report_genre)
    return found


def _records(report: ParsedReport) -> bool:
    """Whether the report records a meeting (:func:`.genre.records_meeting`)."""
    return bool(_once(report, "records", records_meeting))


def _statement(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The first meeting the title or the lead states (of a body the title names first)."""
    return find_meeting(report, names, prefer=title_bodies(report, names))


def _addressed_genre(report: ParsedReport) -> bool:
    """Whether the report is of a genre written for the session its header names (a Chairman's
    report to the Council: ``meeting_words.csv``, role ``addressed-genre``): the header's body
    is not the one that met."""
    return genre_of(report) in meeting_words("addressed-genre")


def _header_ordinal(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting named by its ordinal only, of the body the header names (not in a report written
    for the header's session); else of the conference or summit outside the catalogue a heading names
    (``WORLD CONFERENCE ON X`` / ``SUMMARY RECORD OF THE FOURTH PLENARY MEETING``)."""
    if _addressed_genre(report):
        return None
    body = header_body(report, names) or _numbering_heading(report, names)
    return find_meeting(report, names, default_body=body) if body else None


def _numbering_heading(report: ParsedReport, names: tuple[BodyName, ...]) -> str | None:
    """The key of the meeting a heading names when the noun that heads its name numbers its meetings within the
    session (``session-numbering.csv``: ``World Conference on X``, ``X Summit on Y``; not ``Preparatory Meeting
    for the X Conference``, whose conference is its topic)."""
    heading = _heading(report, names)
    if heading is None:
        return None
    words = heading.body.split("-")
    head = words[: next((i for i, w in enumerate(words) if w in small_words()), len(words))]
    return heading.body if head and numbered_per_session(head[-1], None) else None


def _over_title(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting named by its ordinal in a record's title, of the body the capitals line above
    the title names (``STANDING COMMITTEE ON X`` / ``SUMMARY RECORD OF THE THIRD MEETING``)."""
    body = body_over_title(report, names)
    return find_meeting(report, names, default_body=body) if body else None


#: catalogue kinds of a group that meets within a session (a standing committee, a working group)
_GROUP_KINDS = ("working-group", "expert-group", "commission")


def _header_group(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting named by its ordinal only (``SUMMARY RECORD OF THE SECOND MEETING``), of a group
    a header line in capitals (or in title case) names by its whole line (``STANDING COMMITTEE ON X`` under
    ``COUNCIL 2031``): the group met within the session the header names (not in a report written
    for the header's session)."""
    if _addressed_genre(report):
        return None
    group = _header_group_line(report, names)
    if group is None:
        return None
    order, body = group
    found = find_meeting(report, names, default_body=body)
    if found is None or found.body != body:
        return None
    return replace(found, paragraphs=tuple(sorted({*found.paragraphs, order})))


#: ``OF THE`` opening a header line that goes on from the line above
_GOES_ON = re.compile(r"^\s*(?i:of)\s+(?:(?i:the)\s+)?(?=\S)")


def _header_group_line(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[int, str] | None:
    """``(order, key)`` of the first header line that is a group's name: a catalogue group, or a
    name headed by a group noun (``meeting_words.csv``, role ``group``); a group under it that a later
    header line names is more specific (``INTER-AMERICAN TELECOMMUNICATION COMMISSION (CITEL)`` /
    ``Permanent Consultative Committee II: Radiocommunications (PCC.II)``: the committee met; a catalogue
    group's name closed by its acronym, in any case, counts only as such a group under another)."""
    catalogue = {b.key for b in names}
    nouns = tuple(w.lower() for w in meeting_words("group"))
    found: dict[str, int] = {}
    defined: dict[str, int] = {}
    for p in report.paragraphs[:HEADER_LINES]:
        if p.section[:1].isdigit():
            break
        # "SUMMARY OF THE THIRTEENTH MEETING" / "OF THE X ADVISORY GROUP"; "X Committee – Summary record of the ..."
        text = record_title_off(_GOES_ON.sub("", p.text))
        body = line_body(text, names) or (line_body(text.upper(), names) if _title_cased(text, names) else None)
        under = _defined_catalogue_line(text, names) if body is None else None  # only under a group line
        body = body or under
        if body is None:
            continue
        head = head_of(owned_group(body.name, names) or body.name) if body.key not in catalogue else None
        if body.kind in _GROUP_KINDS or (head is not None and head[0].lower().endswith(nouns)):
            (defined if under else found).setdefault(body.key, p.order)
    if not found:
        return None
    key = most_specific(list(found) + [k for k in defined if k not in found])
    return {**defined, **found}[key], key


def _defined_catalogue_line(line: str, names: tuple[BodyName, ...]) -> Body | None:
    """The catalogue body a header line names whole, in any case, closed by its acronym in brackets
    (``Permanent Consultative Committee II: Radiocommunications (PCC.II)``)."""
    m = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<acr>[^()\s]{2,30})\)", line.strip())
    if m is None:
        return None
    name, acr = m.group("name"), m.group("acr")
    keys = {k for k, span in find_body_names(acr, names) if span == (0, len(acr))}
    key = next((k for k, span in find_body_names(name, names) if span == (0, len(name)) and k in keys), None)
    known = next((b for b in names if b.key == key), None) if key else None
    return Body(known.key, known.name, known.acronym, known.kind) if known else None


def _title_cased(line: str, names: tuple[BodyName, ...]) -> bool:
    """Whether a header line is a name in title case (``Standing Committee on Administration``), read
    as one in capitals is: its words capitalised but for small ones, no digit (a session's line), and
    no catalogue body named in it as written (``ITU-T Focus Group on X``: that body's, read by others)."""
    words = line.split()
    if not 2 <= len(words) <= 14 or re.search(r"\d", line) or not is_title_cased(line):
        return False
    return not find_body_names(line, names) or owned_group_line(line, names)


def owned_group_line(line: str, names: tuple[BodyName, ...]) -> bool:
    """Whether a header line names a group by its owner, a dash and the group's head alone
    (:func:`.meeting_header.owned_group`: ``ITU Regional Initiatives for X – Steering Group``): a catalogue body
    it opens with (``ITU``) is only a part of the owner's name; not a catalogue body that is the owner whole
    (``ITU-D – Advisory Group``: its own group)."""
    group = owned_group(line, names)
    if group is None:
        return False
    owner = re.sub(rf"\s+{DASH}\s+{re.escape(group)}$", "", line.strip())
    return all(b <= len(owner) and (a, b) != (0, len(owner)) for _, (a, b) in find_body_names(line.strip(), names))


def _group_ordinal(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting named by its ordinal only, of the group the report is presumed to be about; not when
    a header line names a committee, a conference or the Council (``Council 2031`` over ``SUMMARY RECORD
    OF THE SEVENTH PLENARY MEETING``): the ordinal is that body's (``header-ordinal``), not a group's the
    record discusses."""
    body = _presumed(report) if not _addressed_genre(report) else None
    if body is None or header_body(report, names) not in (None, body):
        return None
    return find_meeting(report, names, default_body=body)


def title_body(report: ParsedReport, names: tuple[BodyName, ...]) -> str | None:
    """The body the title says the document is of: the group of a Chairman's report, a committee
    (``REPORT OF SUB-COMMITTEE A``)."""
    group = title_group(report, names)
    if group is not None:
        return group[0]
    found = committee(report.title or "")
    return found.key if found else None


def _title_body(report: ParsedReport, names: tuple[BodyName, ...]) -> str | None:
    """:func:`title_body`, read once for the last report asked about."""
    found: str | None = _once(report, "title-body", lambda r: title_body(r, names))
    return found


def _heading(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """:func:`.meeting_heading.heading_meeting`, read once for the last report asked about."""
    found: Meeting | None = _once(report, "heading", lambda r: heading_meeting(r, names))
    return found


def _chair_report(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting of its group a Chairman's report covers: the last numbered meeting it dates in
    the same clause (``the thirteenth meeting of the Group on 22 and 23 January 2019``, a row
    ``Thirteenth meeting of X, 29-30 January 2019, ...``) and held by the day the report is dated;
    else the one a lead sentence states, else the last it lists. Its group is the one the title names,
    else the catalogue group its document symbols name (``CWG-X-4/12``), else the presumed group."""
    if genre_of(report) != CHAIR_REPORT:
        return None
    group = title_group(report, names)
    # a title naming no group (``Report of the Chairman`` under its name): the group its document symbols name
    by_symbol = _once(report, "symbol", symbol_group) if group is None else None
    body = group[0] if group else by_symbol[0] if by_symbol else _presumed(report)
    if body is None:
        return None
    found = find_meeting(report, names, default_body=body, prefer=frozenset({body}))
    found = found if found is None or found.body == body else None  # the session it is addressed to: not its own
    # "TDAG" / "28th meeting, 24-28 May 2031": the ordinal of the session it is addressed to, another body's
    headed = _heading(report, names)
    addressed = headed if headed is not None and headed.body != body and headed.number is not None else None
    if found is not None and addressed is not None and addressed.number == found.number:
        found = None
    dated = _last_dated_mention(report, body, names, frozenset(addressed.paragraphs) if addressed else frozenset())
    if dated is not None and (found is None or found.number is None or found.number <= (dated.number or 0)):
        return dated
    return found or last_listed_meeting(report, body) or _final_meeting(report, body)


#: the final meeting of the period a Chairman's report covers (``up to and including its final meeting of the
#: period, held in Geneva on 4 and 5 July 2031``)
_FINAL_MEETING = re.compile(rf"(?i)\b(?:{determiner_alternation('ordinal')}|the\s+group's)\s+final\s+meeting\b")


def _final_meeting(report: ParsedReport, body: str) -> Meeting | None:
    """The group's final meeting a Chairman's report dates in the same clause (:data:`_FINAL_MEETING`): unnumbered."""
    year = header_year(report)
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for m in _FINAL_MEETING.finditer(p.text):
            _, s1 = span_at(clause_spans(p.text), m.start(), len(p.text))
            days = day_dates(p.text[m.end() : s1][:80], year)
            if days:
                return Meeting(body, None, days[0].start, days[0].end, paragraphs=(p.order,))
    return None


@cache
def _ordinal_meeting() -> re.Pattern[str]:
    """``thirteenth meeting``, ``13th meeting``, ``fourth annual meeting``."""
    return re.compile(rf"(?i)\b(?P<num>{ordinal_regex()})\s+(?:(?-i:[a-z]+)\s+)?meeting\b")


def _last_dated_mention(
    report: ParsedReport, body: str, names: tuple[BodyName, ...], skip: frozenset[int] = frozenset()
) -> Meeting | None:
    """The highest numbered ``Nth meeting`` whose clause dates it right after the mention (before
    another meeting is named), held by the day the report is dated; not in the paragraphs ``skip``, nor
    one of another body named right after it (``the sixth meeting of the X Forum (XF), Nairobi, ...``)."""
    year, issued = header_year(report), document_date(report)
    found: list[Meeting] = []
    for p in report.paragraphs:
        if p.order in skip:
            continue
        for m in _ordinal_meeting().finditer(p.text):
            if another_meeting(p.text, m.span()) or _of_another(p.text, m.end(), body, names):
                continue
            _, s1 = span_at(clause_spans(p.text), m.start(), len(p.text))
            after = p.text[m.end() : s1]
            after = after[: next((n.start() for n in re.finditer(r"(?i)\bmeetings?\b", after)), len(after))]
            # "which ended on 2 December after three days of work": their range; "met on 3 May 2031 (28th meeting)"
            days = day_dates(after[:80], year) or _dated_before_bracket(p.text, m, year)
            number = number_value(m.group("num"))
            if days and number:
                found.append(Meeting(body, number, days[0].start, days[0].end, paragraphs=(p.order,)))
    # held by the day the report is dated; not a day one of these meetings starts on (a row read as the
    # document's date: "fourth meeting: 13-14 June 2031" in a report with no issue date)
    if issued is not None and issued not in {m.start for m in found}:
        found = [m for m in found if m.start is not None and m.start <= issued]
    return max(found, key=lambda meeting: meeting.number or 0) if found else None


#: an ordinal meeting in brackets right after the day that dates it (``met on 3 February 2031 (28th meeting)``)
_BRACKET_OPEN = re.compile(r"\(\s*(?:the\s+)?$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _dated_before_bracket(text: str, m: re.Match[str], year: int | None) -> list[Any]:
    """The days written right before the bracket that holds the meeting ``m`` names alone (``The Group met on 30
    September 2030 (27th meeting) and on 3 February 2031 (28th meeting)``); none for another bracket."""
    opening = _BRACKET_OPEN.search(text, max(0, m.start() - 8), m.start())
    if opening is None or not _BRACKET_CLOSE.match(text, m.end()):
        return []
    before = text[max(0, opening.start() - 40) : opening.start()].rstrip()
    days = [d for d in find_dates(before, year) if d.precision == "day"]
    return days[-1:] if days and days[-1].span[1] == len(before) else []


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_another(text: str, end: int, body: str, names: tuple[BodyName, ...]) -> bool:
    """Whether the meeting named up to ``end`` is of a body other than ``body`` that ``of`` names right after it."""
    of = _OF.match(text, end)
    named = find_body_names(text[of.end() : of.end() + 120], names) if of else []
    return bool(named) and named[0][1][0] == 0 and named[0][0] != body


@cache
def _held_meetings() -> re.Pattern[str]:
    """``held eleven meetings between 19 and 28 September``, ``has held two meetings, from ...``, ``met five
    times from ...``, ``met once, on 6 and 7 May``."""
    count = rf"(?:{cardinal_regex()})"
    return re.compile(
        rf"(?i)\b(?:held|convened)\s+{count}\s+(?:\w+\s+)?meetings,?\s+(?:between|from|during)\b"
        rf"|\bmet\s+(?:{count}\s+times|once|twice)[,:]?\s+(?:between|from|during|(?P<on>on))\b"
    )


#: how far after ``held N meetings between`` its days are written
_DAYS_WITHIN = 70


def _held_meetings_reader(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meetings the body the title names held over some days, as one meeting (see the module):
    the clause opens with that body, or with a pronoun or ``The <noun>`` standing for it."""
    body = title_body(report, names)
    if body is None:
        return None
    year = header_year(report)
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for a, b in clause_spans(p.text):
            clause = p.text[a:b]
            m = _held_meetings().search(clause)
            if m is None or not _about(clause[: m.start()], body, names):
                continue
            # "from 3 to 5 May and from 2 to 6 June", "met three times: on 3 May, on 9 June and on 2 July": several
            # meetings, the last (decision 1), the list read to the clause's end
            several = m.group("on") is not None and "once" not in m.group(0).lower()
            within = clause[m.start() :] if several else clause[m.start() : m.end() + _DAYS_WITHIN]
            days = [d for d in find_dates(within, year) if d.precision == "day"]
            if len(days) > 1 and (several or all(d.end is not None for d in days)):
                return Meeting(body, start=days[-1].start, end=days[-1].end, paragraphs=(p.order,))
            if days:  # "between Wednesday 26 October and Monday 31 October": from the first to the last
                end = days[-1].end or days[-1].start if len(days) > 1 else days[0].end
                return Meeting(body, start=days[0].start, end=end, paragraphs=(p.order,))
    return None


def _about(subject: str, body: str, names: tuple[BodyName, ...]) -> bool:
    """Whether ``subject`` (the words before the verb, after a paragraph's number and an opening clause) is
    ``body`` or stands for it; a bracket after it is its acronym or its mandate (``Committee 5 (Regulatory
    and procedural matters)``)."""
    subject = re.sub(r"^[\s\d.]*", "", subject)
    # "Since the last report to Council, the Group has": the subject after an opening clause, without its auxiliary
    subject = re.split(r",\s*(?![^()]*\))", re.sub(rf"\s+(?:{auxiliary_alternation('have')})\s*$", "", subject))[-1]
    acronym = re.search(r"\(([^()]{1,30})\)\s*$", subject)
    # its acronym or its title in brackets after it, a paragraph's number before it ("1 Committee 5 (X matters)")
    subject = re.sub(r"^\d+(?:\.\d+)*\s+|\s*\([^()]{1,80}\)\s*$", "", subject.strip())
    if body in (slug(acronym.group(1)) if acronym else None, slug(re.sub(r"^(?i:the)\s+", "", subject))):
        return True
    named = committee(subject)
    if named is not None and named.key == body and subject.lower().endswith(named.name.lower()):
        return True
    if re.fullmatch(r"(?i)(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)", subject):
        return True
    return any(key == body for key, _ in find_body_names(subject, names))


def _listed(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The last of the meetings a sentence lists after saying how many its subject held, in a
    Chairman's report (a report on a period's meetings) or an excerpt cut before its title (its
    first line goes on from a sentence cut above it; :func:`.own_mention.listed_meeting`): the
    subject is the body the title names, the presumed group or a numbered committee a header line
    names (or stands for it: ``The Group``), else any body it names."""
    year = header_year(report)
    own = tuple(b for b in (_title_body(report, names), _presumed(report), _header_committee(report)) if b)
    first = report.paragraphs[0].text if report.paragraphs else ""
    # a report on a period's meetings: any body it names; another record: only its own body's meetings
    period = genre_of(report) == CHAIR_REPORT or not report.title or first[:1].islower()  # (an excerpt)
    for p in report.paragraphs:
        found = listed_meeting(p.text, year)
        if found is None:
            continue
        s0, number, start, end = found
        m = held_listed().search(p.text, s0)
        subject = p.text[s0 : m.start()] if m else ""
        body = next((b for b in own if stands_for(subject, b, names)), None)
        body = body or (_subject(subject, names) if period else None)
        if body is not None:
            return Meeting(body, number, start, end, paragraphs=(p.order,))
    return None


def _subject(subject: str, names: tuple[BodyName, ...]) -> str | None:
    """The body ``subject`` (the words before the verb) names last: a catalogue body or a numbered
    committee (``Working Group 5B (X matters)``); not one that only qualifies another name, a word of it or
    its complement (``The APT Preparatory Group for PP-30``: no catalogue body held the meetings)."""
    numbered = committee(subject)
    if numbered is not None:
        return numbered.key
    named = [key for key, (a, b) in find_body_names(subject, names) if not _qualifies(subject, a, b)]
    return named[-1] if named else None


#: a body's name that goes on with a capitalised word, or that follows a preposition after a word of a name
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_COMPLEMENT = re.compile(rf"[A-Z][\w-]*\s+(?:{preposition_alternation('topic')})\s+(?:the\s+)?$")


def _qualifies(subject: str, start: int, end: int) -> bool:
    """Whether the body named at ``subject[start:end]`` is part of a longer name: a word of it (``APT Preparatory
    Group``) or its complement (``... Group for PP-30``)."""
    return _NAME_GOES_ON.match(subject, end) is not None or _COMPLEMENT.search(subject[:start]) is not None


def _group_held(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The unnumbered meeting of the presumed group a lead sentence says was held (a record only)."""
    presumed = _presumed(report)
    if presumed is None or not _records(report) or _addressed_genre(report):
        return None
    titled = line_genre(report.title or "") == RECORD or presumed in title_bodies(report, names)
    return held_meeting(report, presumed, dateline_too=titled)


def _titled_held(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the title names by its kind, undated there, that a lead sentence says was held
    (a record only): :func:`.meeting_heading.titled_held_meeting`."""
    return titled_held_meeting(report, names) if _records(report) else None


def _excerpt(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """An excerpt cut before its header (no title; its first line goes on from a sentence cut above it,
    maybe after its document's symbol, or opens a numbered section past the first: ``4.2 The delegate of
    ...``) records a meeting of the group it is about, which it does not date: the group its own document
    symbols name (``CWG-ABC-3/5``: numbered by them), else the body whose session codes them (``C31/97-E``:
    the Council's session when that is the symbol its first line opens with, :func:`_session_symbol`), else the
    presumed group (only under a cut line: an excerpt opening with a whole section names its group by its
    symbols, not by the first body its prose names)."""
    opening = _excerpt_opening(report) if not report.title else None
    if opening is None or not _records(report):
        return None
    by_symbol = _once(report, "symbol", symbol_group)
    first = next(p.text for p in report.paragraphs if p.order == opening[0])
    cut_line = _SYMBOL_OPENING.sub("", first.strip(), count=1)
    presumed = _presumed(report) if cut_line[:1].islower() else None
    body = by_symbol[0] if by_symbol is not None else _session_symbol(report) or presumed
    if body is None:
        return None
    number = by_symbol[1] if by_symbol is not None and by_symbol[0] == body else None
    return Meeting(body, number, paragraphs=opening)


def _footer(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the running footer of an excerpt cut before its header names and dates
    (:func:`.footer_meeting.footer_meeting`: ``CWG-X(31)77 – Minutes of the 12th meeting, Oslo, 3–5 May 2031``)."""
    if report.title or _excerpt_opening(report) is None or not _records(report):
        return None
    return footer_meeting(report, names)


def _members(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A record whose speakers are named as members of a body (``The councillor from X said ...``, twice or more;
    ``meeting_words.csv``, role ``member``: the member's noun and the body) records a meeting of that body, which it
    need not date (an excerpt of a Council session's summary record, cut before its header: no header dates it);
    else the body that acts in it (:func:`_acting`: ``The Council took note of ...``); not when a group of the body
    speaks as the subject of a sentence (``The Committee recommended that the Council ...``: a committee's record)."""
    if not _records(report) or any(front_dateline(line) for line in header_lines(report)):
        return None
    texts = [report.title or "", *(p.text for p in report.paragraphs)]
    if any(_group_acts().match(text) for text in texts):
        return None  # "The Committee recommended that the Council ...": the excerpt records the committee's meeting
    seen: dict[str, list[int]] = {}
    for p in report.paragraphs:
        for m in _member_noun().finditer(p.text):
            seen.setdefault(_member_bodies()[m.group(0).casefold()], []).append(p.order)
    body, orders = max(seen.items(), key=lambda item: len(item[1]), default=(None, []))
    if body is None or len(orders) < 2:
        body, orders = _acting(report, names)
    if body is None:
        return None
    return Meeting(body, None, paragraphs=tuple(dict.fromkeys(orders[:2])))


def _acting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[str | None, list[int]]:
    """The body a record names most often as the subject opening a sentence with a verb of deciding (:func:`_acts`:
    ``The Council took note of ...``, ``Study Group 9 decided to ...``): the body in session, with the paragraphs
    saying so."""
    seen: dict[str, list[int]] = {}
    named: dict[str, set[int]] = {}  # the number of words of each name acting
    for p in report.paragraphs:
        if not _acts().search(p.text):
            continue
        starts = sentence_spans(p.text)
        opening = {s0 + len(m.group(0)) for s0, _ in starts if (m := _SUBJECT_OPENING.match(p.text, s0))}
        for key, (start, end) in find_body_names(p.text, names):
            if start in opening and _acts().match(p.text, end):
                seen.setdefault(key, []).append(p.order)
                named.setdefault(key, set()).add(len(p.text[start:end].split()))
    ranked = sorted(seen.items(), key=lambda item: -len(item[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[0][1]) < 2):
        return None, []  # two bodies acting once each: neither is the one in session
    if len(ranked[0][1]) < 2 and named[ranked[0][0]] == {1}:
        return None, []  # "The Council adopted ..." once: maybe another body's (a Council of Ministers)
    return ranked[0]  # once is enough for a body acting alone, named in full


#: the opening of a sentence before its subject (an article)
_SUBJECT_OPENING = re.compile(r"\s*(?:The\s+)?")


@cache
def _acts() -> re.Pattern[str]:
    """A verb of a body deciding in session after its subject (``meeting_words.csv``, role ``acts``: ``agreed``,
    ``decided``, ``took note``); not a speaker's verb (``presented``, ``informed``)."""
    return re.compile(rf"\s+(?:{word_alternation(meeting_words('acts'))})\b")


@cache
def _member_bodies() -> dict[str, str]:
    return {w.casefold(): key for w, key in meeting_words("member").items()}


@cache
def _group_acts() -> re.Pattern[str]:
    """A sentence opening with a group as its subject (``The Committee recommended ...``, ``Committee noted that``;
    ``meeting_words.csv``, role ``group``): the group whose meeting a record of its members' words is."""
    return re.compile(rf"^(?:The\s+)?(?:{word_alternation(meeting_words('group'))})\s+[a-z]+ed\b")


@cache
def _member_noun() -> re.Pattern[str]:
    """A member's noun (``meeting_words.csv``, role ``member``) as a speaker: ``the councillor from X``, ``the
    councillors of X and Y``."""
    return re.compile(
        rf"(?i)(?<=\bthe\s)(?:{word_alternation(meeting_words('member'))})(?=\s+(?:{preposition_alternation('origin')})\s)"
    )


#: a document's symbol that opens an excerpt's first line (``C31/97-E``, ``CWG-ABC-3/5``), alone or before the cut text
_SYMBOL_OPENING = re.compile(r"^[A-Z][\w&.\-]*/\s?[\w.\-()]+\s*")
#: a section number past a document's first (``4.2``, ``7``): the text before it was cut
_LATER_SECTION = re.compile(r"^(?:\d+\.\d+|[2-9]|\d\d)(?:\.\d+)*$")


def _excerpt_opening(report: ParsedReport) -> tuple[int, ...] | None:
    """The orders of an excerpt's opening lines (its first line and the one after it, a symbol alone before
    them skipped) when the report opens cut: a line that goes on from a sentence above it, or a numbered
    section past the first; ``None`` when it opens as a document does."""
    paragraphs = list(report.paragraphs[:3])
    if paragraphs and _SYMBOL_OPENING.fullmatch(paragraphs[0].text.strip()):
        paragraphs = paragraphs[1:]  # "C31/110-E" alone over the cut text
    if not paragraphs:
        return None
    first = _SYMBOL_OPENING.sub("", paragraphs[0].text.strip(), count=1)
    cut = first[:1].islower() or bool(_LATER_SECTION.match(paragraphs[0].section))
    # the cut sentence may speak of the next meeting: the excerpt's opening is that line and the one after it
    return tuple(p.order for p in paragraphs[:2]) if cut else None


@cache
def _session_codes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``(symbol pattern, body key)`` of each series whose sessions number their documents by a code and the
    session's two-digit year (``ingest/data/session-codes.csv``: ``C31/97-E``, a document of Council 2031)."""
    bodies = {s.prefix: s.body for s in event_series()}
    rows = [(r["code"], bodies.get(r["prefix"])) for r in data_rows("session-codes.csv")]
    return tuple(
        (re.compile(rf"(?<![\w&/.\-]){re.escape(code)}\d\d/\s?\d{{1,3}}\b"), body) for code, body in rows if body
    )


def _session_symbol(report: ParsedReport) -> str | None:
    """The body whose session codes the symbol an excerpt's first line opens with (``C31/97-E``, alone or run into
    the cut sentence: the excerpt's own symbol, a document of Council 2031); not a symbol its prose cites (a
    report to the Council citing ``Document C31/44``)."""
    first = report.paragraphs[0].text.strip() if report.paragraphs else ""
    symbol = m.group(0) if (m := _SYMBOL_OPENING.match(first)) else ""
    return next((body for pattern, body in _session_codes() if symbol and pattern.match(symbol)), None)


def _own_ordinal(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting of the presumed group the prose names as its own and dates, anywhere in the
    text (``its fifth meeting, held on 4 and 5 May 2031``: :func:`.own_mention.own_ordinal_meeting`);
    also of the group the title names or a numbered committee a header line names."""
    bodies = (_presumed(report), _title_body(report, names), _header_committee(report))
    return own_ordinal_meeting(report, names, tuple(dict.fromkeys(b for b in bodies if b)))


def _header_committee(report: ParsedReport) -> str | None:
    """The numbered committee a header line names (``SECOND REPORT OF COMMITTEE 5 TO THE
    PLENARY``), not a body of the catalogue around it."""
    found = next((c for line in header_lines(report) if (c := committee(line)) is not None), None)
    return found.key if found else None


READERS: tuple[tuple[str, Reader], ...] = (
    ("statement", _statement),
    ("over-title", _over_title),
    ("header-group", _header_group),
    ("heading", _heading),
    ("header-session", lambda report, _: session_meeting(report)),
    ("series-session", lambda report, _: series_meeting(report)),
    ("header-ordinal", _header_ordinal),
    ("group-ordinal", _group_ordinal),
    ("chair-report", _chair_report),
    ("held-meetings", _held_meetings_reader),
    ("lead-named", lead_named_meeting),
    ("present", present_meeting),
    ("held-session", held_session),
    ("group-held", _group_held),
    ("titled-held", _titled_held),
    ("own-ordinal", _own_ordinal),
    ("listed", _listed),
    ("closing", closed_meeting),
    ("footer", _footer),
    ("excerpt", _excerpt),
    ("members", _members),
)


def candidates(report: ParsedReport, names: tuple[BodyName, ...]) -> list[Candidate]:
    """What every reader found, a meeting found twice merged (:func:`_merged`); a numbered
    meeting dated by the sitting of a summary record's header."""
    found: list[Candidate] = []
    for name, reader in READERS:
        meeting = reader(report, names)
        if meeting is None:
            continue
        meeting = with_sitting(report, meeting) if meeting.number is not None else meeting
        meeting = replace(meeting, body=_body_key(report, names, meeting.body))
        alike = [i for i, c in enumerate(found) if _same(c.meeting, meeting)]
        # an unnumbered meeting joins the candidate it shares a line or a first day with, if any
        same = next((i for i in alike if _agree(found[i].meeting, meeting)), alike[0] if alike else None)
        if same is None:
            found.append(Candidate(meeting, (name,)))
        else:
            dated_by = name in _DATING_READERS or _by_dateline(report, meeting, found[same].meeting)
            merged = _merged(found[same].meeting, meeting, dated_by=dated_by)
            if found[same].meeting.number is None and merged.number is not None:  # numbered now: its sitting's day
                merged = with_sitting(report, merged)
            found[same] = Candidate(merged, (*found[same].readers, name))
    return found


def _body_key(report: ParsedReport, names: tuple[BodyName, ...], key: str) -> str:
    """The key of the body ``key`` names: a catalogue body or one the report defines, by any of its forms
    (``council-working-group-on-x``: ``cwg-x``, :func:`.body_names.body_key`), or the acronym the title or
    the lead defines for the name ``key`` is made from (``Regional Meeting for Oceania (RM-OCE)``: ``rm-oce``)."""
    defined: dict[str, str] = _once(report, "acronyms", _defined_acronyms)
    return body_key(defined.get(key, key), names)


def _defined_acronyms(report: ParsedReport) -> dict[str, str]:
    """``key of a name -> key of its acronym`` for each acronym the title or the lead defines in brackets; an
    acronym opened by its owner's, as the name is, also for the name without the owner (``RCC Working Group on X
    (RCC WG-X)``: ``Working Group on X`` is that group, its owner's line above it)."""
    texts = [report.title or "", *(p.text for p in report.paragraphs[:LEAD_PARAGRAPHS])]
    out: dict[str, str] = {}
    for name, acronym, _ in (found for text in texts for found in defined_acronyms(text)):
        owner, _, organ = acronym.partition(" ")
        if organ and name.startswith(f"{owner} "):
            out.setdefault(slug(name.removeprefix(f"{owner} ")), slug(acronym))
        out[slug(name)] = slug(acronym)
    return out


def _same(a: Meeting, b: Meeting) -> bool:
    """One meeting: the same body and number (a meeting found without its number is the same);
    or one line read twice, with the body named above it and with a body the header names
    elsewhere (``STANDING COMMITTEE ON X`` / ``OF THE THIRD MEETING`` under ``COUNCIL 2009``):
    the same number and day, stated in the same paragraph or the title (the first reader's body is
    kept)."""
    if a.body == b.body:
        return a.number == b.number or a.number is None or b.number is None
    if a.start is not None and (a.number, a.start, a.end) == (b.number, b.start, b.end) and _one_name(a.body, b.body):
        return True  # "Rapporteur Group for Question 1/1" and the heading's "Rapporteur Group meeting for ..."
    numbers = a.number == b.number or None in (a.number, b.number)
    if a.start is not None and a.start == b.start and numbers and _short_for(a.body, b.body):
        return True  # the lead's "fifth meeting of the JCA" and the header's "Joint Coordination Activity on X"
    shared = {*a.paragraphs} & {*b.paragraphs} or not a.paragraphs or not b.paragraphs  # (the title: none)
    return a.number is not None and (a.number, a.start) == (b.number, b.start) and bool(shared)


def _agree(a: Meeting, b: Meeting) -> bool:
    """Stated in the same paragraph, or starting on the same day."""
    return bool({*a.paragraphs} & {*b.paragraphs}) or (a.start is not None and a.start == b.start)


def _short_for(a: str, b: str) -> bool:
    """Whether one of two keys is the other's name written short (:func:`_spelt_out`), either way."""
    return _spelt_out(a, b) or _spelt_out(b, a)


def _spelt_out(long: str, short: str) -> bool:
    """Whether key ``long`` spells out a name key ``short`` writes short: each word of ``short`` is one of
    ``long``'s or an acronym made of the initials of a run of ``long``'s words (small words left out), one at
    least an acronym (``jca`` of ``joint-coordination-activity-on-x``; ``expert-group-on-nici-policies`` of
    ``expert-group-on-national-information-and-communication-infrastructure-nici-policies``)."""
    x, y = long.split("-"), short.split("-")
    if len(y) >= len(x):
        return False
    acronyms = [w for w in y if w.isalpha() and len(w) >= 2 and _spelt_run(w, x)]
    numbered = {n for a, n in zip(y, y[1:], strict=False) if a in acronyms and n.isdigit()}  # "WTSA-31": its edition
    return bool(acronyms) and all(w in acronyms or w in numbered or w in x for w in y)


def _names_more(long: str, short: str) -> bool:
    """Whether key ``long`` names more of the body than key ``short`` does: ``short`` is a name with words of
    ``long`` (``expert-group-meeting-on-nici-policies``), or an acronym of ``long``'s head alone, its words before
    a small word that a topic follows (``jca`` of ``joint-coordination-activity-on-x``); not the body's acronym of
    more of its name (``egmm`` of ``expert-group-on-mobile-money-x``, ``jtg-4-5-6-7`` of ``joint-task-group-4-5-6-7``),
    which names it as well as the name does, nor a body the long name names by its acronym (``mag`` of
    ``open-consultations-and-multistakeholder-advisory-group-mag-meeting``: the group met)."""
    x, y = long.split("-"), short.split("-")
    head = list(takewhile(lambda w: w not in small_words(), x))
    acronym = "".join(w[0] for w in head)
    if any(w in x for w in y if not w.isdigit() and not _spelt_run(w, x)):
        return True
    return len(head) < len(x) and acronym in y


def _spelt_run(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the initials of a run of two or more of ``words`` (small words left out)."""
    content = [w for w in words if w not in small_words()]
    return any("".join(w[0] for w in content[i : i + len(word)]) == word for i in range(len(content)))


def _one_name(a: str, b: str) -> bool:
    """Two keys of one body's name, one with words the other lacks (``rapporteur-group-question-1-1``,
    ``rapporteur-group-meeting-for-question-1-1``)."""
    x, y = a.split("-"), b.split("-")
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 2 and set(short) <= set(long)


#: readers whose dates come from the line that names the meeting itself: they date a meeting
#: another reader found (a heading's dateline, ``High-level meeting`` / ``New York, 14 December
#: 2031``; the clause of a Chairman's report that dates its group's meeting)
_DATING_READERS = ("heading", "chair-report", "listed")


def _by_dateline(report: ParsedReport, meeting: Meeting, first: Meeting) -> bool:
    """Whether a dateline of days dates ``meeting`` (a line of its paragraphs is a place and its
    days, ``Geneva, 3-4 February 2031``; not one day, maybe the day the document was issued) and
    none dates ``first``, the same meeting another reader dated from a sentence on other days
    (another event's it names: ``... thanked the participants of the consultation held from 4
    November to 6 December``; a day within the dateline's is the sentence's more precise reading)."""

    def dated(m: Meeting) -> bool:
        texts = (p.text for p in report.paragraphs if p.order in m.paragraphs)
        lines = (dateline(text) for text in texts)
        return m.start is not None and any(line is not None and line[0].start == m.start for line in lines)

    if meeting.start is None or meeting.end is None or first.start is None:
        return False
    apart = first.start > meeting.end or (first.end or first.start) < meeting.start
    return apart and dated(meeting) and not dated(first)


def _fuller(long: str, short: str) -> bool:
    """Whether key ``long`` names the meeting of key ``short`` with a word of its occasion besides (a heading's
    ``Joint Facilitation Meeting of WSIS Action Lines C1 and C11`` over the prose's ``WSIS Action Lines C1 and C11
    facilitation meeting``; occasions of ``meeting_words.csv``); not a topic (``Action Line C3 - Access to
    information facilitation meeting``) nor a meeting's noun (``Rapporteur Group meeting for Question 1/1``)."""
    x, y = set(long.split("-")), set(short.split("-"))
    return y < x and any(word in meeting_words("occasion") for word in x - y)


def _named_by_noun(short: str, long: str) -> bool:
    """Whether catalogue body ``short`` was read from a one-word name of it (``the Council``) that closes the
    name of ``long``, a body outside the catalogue a header line names (``Regional Digital Inclusion Council``):
    the report's ``Council`` is its own."""
    entry = gazetteer_bodies().get(short)
    forms = (entry.name, *entry.aliases) if entry is not None and long not in gazetteer_bodies() else ()
    return any(" " not in f and long.endswith(f"-{slug(f)}") for f in forms)


def _issued_after(first: Meeting, other: Meeting) -> bool:
    """Whether ``first`` is dated only by one day (maybe the day the document was issued, ``Geneva, 12 May 2031``
    under the title) after the days ``other`` gives the meeting (``The Group met in Geneva from 3 to 5 May 2031``),
    or on their last day when ``first`` has no number (a report issued the day its meeting closed; a numbered
    meeting on a session's last day is a sitting of it)."""
    bare = first.start is not None and first.end is None
    if not bare or other.start is None or other.end is None or first.start is None:
        return False
    return other.end < first.start or (other.end == first.start and other.start < other.end and first.number is None)


def _merged(first: Meeting, other: Meeting, dated_by: bool) -> Meeting:
    """One meeting two readers found: the first's facts, its number or the other's, its dates
    (the other's when the first has none, the other ``dated_by`` a header's dateline, or the first only a bare
    day after the other's days, :func:`_issued_after`); the other's body when it spells out the first's
    short name (:func:`_spelt_out`: the header's ``Joint Coordination Activity on X`` over the lead's ``JCA``), not
    the body's acronym of more than its head (``JTG 4-5-6-7``: :func:`_names_more`); the other's
    body when it is the first's name with words before it (a heading's ``WSIS Action Line C3
    facilitation meeting`` over the prose's ``Action Line C3 facilitation meeting``), or a catalogue body under
    the first's (a letterhead's ``INTERNATIONAL TELECOMMUNICATION UNION`` over ``Council 2031``: the Council met,
    not the organisation it belongs to; :func:`.meeting_heading.most_specific`)."""
    if (
        other.body.endswith(f"-{first.body}")
        or _fuller(other.body, first.body)
        or (_spelt_out(other.body, first.body) and _names_more(other.body, first.body))
        or _named_by_noun(first.body, other.body)
        or most_specific([first.body, other.body]) == other.body != first.body
    ):
        first = replace(first, body=other.body)
    number = first.number if first.number is not None else other.number
    paragraphs = tuple(sorted({*first.paragraphs, *other.paragraphs}))
    takes_other = first.start is None or dated_by or _issued_after(first, other)
    dating = other if other.start is not None and takes_other else first
    start, end, place = dating.start, dating.end, dating.place or first.place or other.place
    return replace(first, number=number, start=start, end=end, place=place, paragraphs=paragraphs)
