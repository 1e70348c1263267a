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
  meetings of the body the title names, as one meeting over those days (the last of them when a table dates
  each by its ordinal: :func:`.covered_meetings.counted_meeting`);
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
from typing import Any

from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import DASH, clause_spans, span_at

from .body_names import BodyName, body_key, find_body_names, head_of
from .casing import is_title_cased
from .closed_meeting import closed_meeting
from .covered_meetings import counted_meeting, last_listed_meeting, title_group
from .dates import document_date, find_dates
from .events import session_meeting
from .gazetteer import auxiliary_alternation, preposition_alternation, small_words
from .genre import CHAIR_REPORT, RECORD, header_lines, line_genre
from .header_fields import HEADER_LINES
from .keys import slug
from .meeting import (
    LEAD_PARAGRAPHS,
    another_meeting,
    cardinal_regex,
    day_dates,
    find_meeting,
    header_year,
    held_meeting,
    meeting_words,
    number_value,
    ordinal_regex,
)
from .meeting_defined_bodies import defined_acronyms
from .meeting_excerpts import excerpt_meeting, footer_of_excerpt, members_meeting
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
from .meeting_memo import addressed_genre, genre_of, is_record, once, presumed_group
from .meeting_merge import DATING_READERS, agree, by_dateline, held_within, merged_meeting, same_meeting
from .meeting_words import numbered_per_session
from .own_mention import held_listed, listed_meeting, own_ordinal_meeting, stands_for, symbol_group
from .present_meeting import held_session, present_meeting
from .series_sessions import series_session


@dataclass(frozen=True)
class Candidate:
    """A meeting some readers found, with their names (in the order of :data:`READERS`)."""

    meeting: Meeting
    readers: tuple[str, ...]


Reader = Callable[[ParsedReport, tuple[BodyName, ...]], Meeting | None]


def _statement(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The first meeting the title or the lead states (of a body the title names first)."""
    return find_meeting(report, names, prefer=title_bodies(report, names))


def _header_ordinal(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting named by its ordinal only, of the body the header names (not in a report written
    for the header's session); else of the conference or summit outside the catalogue a heading names
    (``WORLD CONFERENCE ON X`` / ``SUMMARY RECORD OF THE FOURTH PLENARY MEETING``)."""
    if addressed_genre(report):
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
    if addressed_genre(report):
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
    body = presumed_group(report) if not addressed_genre(report) else None
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
    found: str | None = once(report, "title-body", lambda r: title_body(r, names))
    return found


def _heading(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """:func:`.meeting_heading.heading_meeting`, read once for the last report asked about."""
    found: Meeting | None = once(report, "heading", lambda r: heading_meeting(r, names))
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
    by_symbol = once(report, "symbol", symbol_group) if group is None else None
    body = group[0] if group else by_symbol[0] if by_symbol else presumed_group(report)
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
            # "which ended on 2 December after three days of work": their range; "met on 3 May 2031 (28th meeting)":
            # the day before the bracket, never the days after it (another meeting's: "... and on 4 May (29th ...)")
            bracketed = _dated_before_bracket(p.text, m, year)
            days = bracketed if _bracketed(p.text, m) else day_dates(after[:80], year)
            number = number_value(m.group("num"))
            if days and number:
                found.append(Meeting(body, number, days[0].start, days[0].end, paragraphs=(p.order,)))
    # held by the day the report is dated; not a day one of these meetings starts on (a row read as the
    # document's date: "fourth meeting: 13-14 June 2031" in a report with no issue date)
    if issued is not None and issued not in {m.start for m in found}:
        found = [m for m in found if m.start is not None and m.start <= issued]
    return max(found, key=lambda meeting: meeting.number or 0) if found else None


#: an ordinal meeting in brackets right after the day that dates it (``met on 3 February 2031 (28th meeting)``,
#: ``(its seventeenth meeting)``: determiners of ``determiners.csv``, column ``ordinal``)
_BRACKET_OPEN = re.compile(rf"\(\s*(?:(?i:{determiner_alternation('ordinal')})\s+)?$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """Whether the meeting ``m`` names stands alone in brackets (``(its 17th meeting)``)."""
    return bool(_BRACKET_OPEN.search(text, max(0, m.start() - 8), m.start()) and _BRACKET_CLOSE.match(text, m.end()))


def _dated_before_bracket(text: str, m: re.Match[str], year: int | None) -> list[Any]:
    """The days written right before the bracket that holds the meeting ``m`` names alone (``The Group met on 30
    September 2030 (27th meeting) and on 3 February 2031 (28th meeting)``); none for another bracket."""
    opening = _BRACKET_OPEN.search(text, max(0, m.start() - 8), m.start())
    if opening is None or not _bracketed(text, m):
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
    """``held eleven meetings between 19 and 28 September`` (a place before the days, ``in Geneva``), ``has held
    two meetings, from ...``, ``met five times from ...``, ``met once, on 6 and 7 May``."""
    count = rf"(?:{cardinal_regex()})"
    return re.compile(
        rf"(?i)\b(?:held|convened)\s+(?P<count>{count})\s+(?:\w+\s+)?meetings,?\s+{_PLACE}(?:between|from|during)\b"
        rf"|\bmet\s+(?:(?P<times>{count})\s+times|once|twice)[,:]?\s+(?:between|from|during|(?P<on>on))\b"
    )


#: a place between the meetings and their days (``held six meetings in Geneva between ...``)
_PLACE = rf"(?:(?:{preposition_alternation('place')})\s+(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?,?\s+)?"

#: how far after ``held N meetings between`` its days are written
_DAYS_WITHIN = 70


def _held_meetings_reader(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meetings the body the title names held over some days, as one meeting (see the module):
    the clause opens with that body, or with a pronoun or ``The <noun>`` standing for it."""
    titled = title_body(report, names)
    # an excerpt cut before its title: the body the clause's subject names (``4. Sub-Committee 2 of the X held
    # six meetings between ...``)
    if titled is None and not _cut_excerpt(report):
        return None
    year = header_year(report)
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for a, b in clause_spans(p.text):
            clause = p.text[a:b]
            m = _held_meetings().search(clause)
            if m is None:
                continue
            body = titled or _subject(clause[: m.start()], names)
            if body is None or (titled and not _about(clause[: m.start()], body, names)):
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
                over = Meeting(body, start=days[0].start, end=end, paragraphs=(p.order,))
                return _counted(report, over, m) or over
    return None


def _counted(report: ParsedReport, over: Meeting, held: re.Match[str]) -> Meeting | None:
    """The last of the meetings ``held`` counts over the days of ``over``, when a table of the body's meetings dates
    it by its ordinal (:func:`.covered_meetings.counted_meeting`), stated by the clause and its row."""
    count = number_value(held.group("count") or held.group("times") or "")
    if over.start is None or not count or count < 2:
        return None
    found = counted_meeting(report, over.body, count, over.start, over.end or over.start)
    return replace(found, paragraphs=over.paragraphs + found.paragraphs) if found else None


def _cut_excerpt(report: ParsedReport) -> bool:
    """Whether the report is an excerpt cut before its title: no title, or a first line that goes on from a
    sentence cut above it."""
    first = report.paragraphs[0].text if report.paragraphs else ""
    return not report.title or first[:1].islower()


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
    own = tuple(b for b in (_title_body(report, names), presumed_group(report), _header_committee(report)) if b)
    # a report on a period's meetings: any body it names; another record: only its own body's meetings
    period = genre_of(report) == CHAIR_REPORT or _cut_excerpt(report)
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
    presumed = presumed_group(report)
    if presumed is None or not is_record(report) or addressed_genre(report):
        return None
    titled = line_genre(report.title or "") == RECORD or presumed in title_bodies(report, names)
    return held_meeting(report, presumed, dateline_too=titled)


def _titled_held(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the title names by its kind, undated there, that a lead sentence says was held
    (a record only): :func:`.meeting_heading.titled_held_meeting`."""
    return titled_held_meeting(report, names) if is_record(report) else None


def _own_ordinal(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting of the presumed group the prose names as its own and dates, anywhere in the
    text (``its fifth meeting, held on 4 and 5 May 2031``: :func:`.own_mention.own_ordinal_meeting`);
    also of the group the title names or a numbered committee a header line names."""
    bodies = (presumed_group(report), _title_body(report, names), _header_committee(report))
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
    ("numbered-series", lambda report, _: series_session(report)),
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
    ("footer", footer_of_excerpt),
    ("excerpt", excerpt_meeting),
    ("members", members_meeting),
)


def candidates(report: ParsedReport, names: tuple[BodyName, ...]) -> list[Candidate]:
    """What every reader found, a meeting found twice merged (:func:`merged_meeting`); a numbered
    meeting dated by the sitting of a summary record's header."""
    found: list[Candidate] = []
    for name, reader in READERS:
        meeting = reader(report, names)
        if meeting is None:
            continue
        meeting = with_sitting(report, meeting) if meeting.number is not None else meeting
        meeting = replace(meeting, body=_body_key(report, names, meeting.body))
        alike = [i for i, c in enumerate(found) if same_meeting(c.meeting, meeting)]
        # an unnumbered meeting joins the candidate it shares a line or a first day with, if any
        same = next((i for i in alike if agree(found[i].meeting, meeting)), alike[0] if alike else None)
        if same is None:
            found.append(Candidate(meeting, (name,)))
        else:
            dated_by = (
                name in DATING_READERS
                or by_dateline(report, meeting, found[same].meeting)
                or held_within(name, meeting, found[same].meeting)
            )
            merged = merged_meeting(found[same].meeting, meeting, dated_by=dated_by)
            if found[same].meeting.number is None and merged.number is not None:  # numbered now: its sitting's day
                merged = with_sitting(report, merged)
            found[same] = Candidate(merged, (*found[same].readers, name))
    return found


def _body_key(report: ParsedReport, names: tuple[BodyName, ...], key: str) -> str:
    """The key of the body ``key`` names: a catalogue body or one the report defines, by any of its forms
    (``council-working-group-on-x``: ``cwg-x``, :func:`.body_names.body_key`), or the acronym the title or
    the lead defines for the name ``key`` is made from (``Regional Meeting for Oceania (RM-OCE)``: ``rm-oce``)."""
    defined: dict[str, str] = once(report, "acronyms", _defined_acronyms)
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
