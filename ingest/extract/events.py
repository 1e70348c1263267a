"""Find named events (conferences, forums, sessions, meetings, observances, panels).

Series and their mentions are in :mod:`.event_series`, events named by their form only (dated
by their own dates, :mod:`.event_dates`) in :mod:`.event_forms`, numbered meetings and sessions in
:mod:`.event_numbered`, events named by a name of their own in :mod:`.event_names`;
:mod:`.event_prose` puts them together in a text (:func:`event_mentions`: one overlap policy,
``longest_first``; each mention's dates and place: :mod:`.event_mention_dates`), and this module over
the report (:func:`find_events`): the paragraphs' mentions, the events the layout gives (the title and
header, :mod:`.event_headers`; the report's own session, :mod:`.event_own_session`), merged by key
(:mod:`.event_merging`), less the events that are none (:mod:`.event_filters`). Decisions:
``docs/events-and-dates.md``.

Kinds of mention, all driven by data files:

1. Coded series from ``ingest/data/events.csv`` (domain knowledge): a code or a name with a
   year, ``PP-26``, ``WTDC-25``, ``Council-24`` / ``ITU Council 2024``, ``WSIS Forum 2024``,
   ``High-Level Political Forum (HLPF) 2023``, ``Internet Governance Forum 2023 and 2024``,
   ``World Telecommunication and Information Society Day 2024 (WTISD-24)``. Two-digit years
   are 20yy. The key is ``<prefix>-<yy>`` or ``<prefix>-<yyyy>`` as the row's ``key_year``
   says (``pp-26``, ``wtdc-25``, ``council-2024``, ``wsis-forum-2024``, ``hlpf-2023``), so
   every spelling of an event gives one key; a one-off event (``key_year`` ``once``, e.g. the
   ``WSIS+20 review`` by the General Assembly) is named without a year and keyed by its
   prefix. Observances with a ``fixed_date`` (WTISD,
   17 May) get that day as start.
2. Numbered sessions and meetings of gazetteer bodies: ``twenty-seventh session of the
   Commission on Science and Technology for Development`` -> ``cstd-27``; ``UN Statistical
   Commission (UNSC) for its 55th session`` -> ``unsc-55``; ``78th UNGA`` / ``UNGA 78th
   Session`` -> ``unga-78``; ``40th CWG-WSIS&SDG meeting`` -> ``cwg-wsis-sdg-40`` (the key
   of a meeting is ``<body>-<number>``, as for the report's own meeting, which is left out
   when ``meeting`` is given).
3. A body's yearly named event: ``CSTD 2023-2024 Inter-sessional Panel`` ->
   ``cstd-inter-sessional-panel-2023-2024`` (head nouns and kinds: ``ingest/data/event_nouns.csv``).
4. A capitalised name ending in an event noun with a code in brackets:
   ``Global Digital Regulators Summit 2023 (GDRS-23)`` -> ``gdrs-23``.
6. Any other capitalised name of two words or more ending in an event noun, with a year:
   ``AI for Good Global Summit 2024`` -> ``ai-for-good-global-summit-2024`` (only where no
   series, body session or coded name above matches).
5. Ordinal meetings of a process: ``Third Physical Meeting of the OCP on 5 February 2024``
   -> ``ocp-2024-third-physical-meeting``.

Dates: the day-precision dates that follow a mention in the same sentence, before the next
event mention, and that are not deadlines (``by``, ``until``, ``Deadline:`` ...) belong to
that event. Over all its mentions, ``start`` is the earliest start and ``end`` the latest end
(so ``WSIS Forum 2024 ... opens on 10 April onwards ... final week from 27 May – 2 June 2024``
gives 2024-04-10 .. 2024-06-02); a single day leaves ``end`` empty.
Month-precision dates (``in December 2025``, ``(November 2025)``) are used only when no mention
of the event gives days: ``start`` is the first and ``end`` the last day of the month(s) and
``precision`` is ``"month"``. Mentions without a year (``the upcoming WTDC``) are not events
(one-off events excepted). ``place``: see :func:`.event_mention_dates._event_place`; the first mention giving one wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from itertools import chain
from typing import Any

from wsiskg.ingest.extract.bodies import BodyMatcher
from wsiskg.ingest.extract.dates import document_date, find_dates
from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.event_collections import a_collection
from wsiskg.ingest.extract.event_context import context_meeting
from wsiskg.ingest.extract.event_cut_names import cut_at_year
from wsiskg.ingest.extract.event_day_headings import dated_by_day_heading
from wsiskg.ingest.extract.event_editions import ordinal_editions
from wsiskg.ingest.extract.event_filters import (
    _a_body_that_meets,
    _a_record_title,
    _action_rows_only,
    _as_a_time,
    _dated_by_issue,
    _on_own_days,
    _own_named_undated,
    _own_session,
    _undated_in_action_row,
    found_twice,
    named_for_only,
    prepared_none,
)
from wsiskg.ingest.extract.event_header_sessions import header_sessions
from wsiskg.ingest.extract.event_headers import (
    _dated_by_header,
    _dated_by_title,
    _editions_in_title,
    _for_meeting,
    _header_meeting,
    _listed_sittings,
    _run_in_headers,
    _series_header,
    _session_header,
    _session_under_title,
    header_context,
)
from wsiskg.ingest.extract.event_holding import first_planned
from wsiskg.ingest.extract.event_journal import journal_mentions
from wsiskg.ingest.extract.event_merging import (
    _CODE_AFTER,
    _add_mention,
    _aliases,
    _coded_in_brackets,
    _dated_by_code,
    _dated_by_host,
    _event_record,
    _final,
    _fold_days,
    _hosted,
    _merge_event,
    _month_then_days,
    _named_again,
    _next_met,
    _numbered_again,
    _occurrence,
    _repeated,
    _series_again,
    _series_by_head,
)
from wsiskg.ingest.extract.event_name_forms import phases_again
from wsiskg.ingest.extract.event_next_paragraph import dated_from_next
from wsiskg.ingest.extract.event_own_session import _header_lines, front_matter, session_meeting
from wsiskg.ingest.extract.event_programme import programme_mentions
from wsiskg.ingest.extract.event_prose import event_mentions
from wsiskg.ingest.extract.event_record_titles import named_by_record_title
from wsiskg.ingest.extract.event_relative_days import dated_by_relative_day
from wsiskg.ingest.extract.event_same_days import placed_again
from wsiskg.ingest.extract.event_series import EventMention, event_series
from wsiskg.ingest.extract.event_tables import block_mentions, lead_row_mentions, schedule_mentions, table_mentions
from wsiskg.ingest.extract.meeting import body_index, header_year
from wsiskg.ingest.records import Event, Meeting, ParsedReport
from wsiskg.ingest.text import squash


def find_events(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
) -> tuple[Event, ...]:
    """The events of the report, one per key, ordered by first mention.

    ``paragraphs`` lists every paragraph mentioning the event; names, kinds and codes come
    from the first mention that has them; dates are merged over all mentions. A numbered
    session of a body with a yearly series (``the twenty-seventh session of the CSTD``) is the
    series' event of a year (``cstd-2024``) when the report ties them (:func:`event_key_aliases`).
    """
    return _events(report, default_year, bodies, meeting)[0]


def event_key_aliases(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
) -> dict[str, str]:
    """Event keys :func:`find_events` merged into another (``cstd-27`` -> ``cstd-2024``).

    A numbered session ``<body>-<n>`` is the event ``<prefix>-<year>`` of the yearly series of
    that body (``ingest/data/events.csv``) when one sentence names both and no other year
    (``the twenty-seventh session of the CSTD (CSTD 2024)``). Dates alone do not tie them
    (``twenty-fifth session ... 28 Mar - 01 Apr 2022`` and a heading ``UN CSTD 2022`` stay two
    events): a session's dates say its year, not that the report means the same event.
    """
    return _events(report, default_year, bodies, meeting)[1]


def events_and_aliases(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
    context: Meeting | None = None,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    """:func:`find_events` and :func:`event_key_aliases` in one pass over the report (``context``:
    the meeting a report that records none is for, :func:`event_mentions`)."""
    return _events(report, default_year, bodies, meeting, context)


def _events(
    report: ParsedReport,
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
    context: Meeting | None = None,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    """Every event of the report, its mentions merged by key (recorded on the document model),
    numbered sessions merged into the yearly event they are named with."""
    # a report of no year: its header's, else the one its days are in
    default_year = default_year or report_year(report)
    context = context or (header_context(report, bodies) if meeting is None else None)
    merged, aliases = _mentioned(report, default_year, bodies, meeting, context)
    _from_layout(report, merged, default_year, bodies, meeting, context)
    dated_by_day_heading(report, merged, aliases, default_year)
    dated_by_relative_day(report, merged, aliases, default_year, meeting or context)  # "yesterday", "on the 2nd day"
    own = _own_session(merged, meeting) + _own_named_undated(report, merged, meeting)
    for key in dict.fromkeys(own + prepared_none(report, merged, meeting)):
        del merged[key]
    own, hosts = _on_own_days(merged, meeting)
    for key in own:
        del merged[key]
    issued = document_date(report)
    for key in hosts + [k for k, e in merged.items() if _dated_by_issue(report, k, e, issued, meeting is None)]:
        merged[key].update(start=None, end=None, months=[])  # a year alone is no date (decision 24)
    # a time, a record's title or a body that meets, each key once (a "next X" both a time and a body that meets)
    for key in [
        k
        for k, e in merged.items()
        if _as_a_time(report, k, e)
        or _a_record_title(k, e["name"])
        or named_by_record_title(report, k, e, meeting is None)
        or _a_body_that_meets(report, k, e)
        or named_for_only(report, k, e)
        or a_collection(e["name"])
    ]:
        del merged[key]
    for key in [k for k, e in merged.items() if (e["start"] or e.get("row_dated")) and _action_rows_only(report, k, e)]:
        del merged[key]
    renamed, own = _numbered_again(merged, meeting)
    for key in own:
        del merged[key]
    renamed |= _next_met(merged, meeting)
    moves = _repeated(merged) | _named_again(merged) | renamed | _series_again(merged) | _month_then_days(merged)
    moves |= {k: v for k, v in phases_again(merged).items() if not {k, v} & moves.keys()}
    moves |= {k: v for k, v in cut_at_year(report, merged).items() if k not in moves and moves.get(v, v) == v}
    # "the next meeting" on X's days: not an event merged already, nor into one merged into it (no cycle)
    moves |= {k: v for k, v in placed_again(merged).items() if moves.get(k, k) == k and moves.get(v, v) != k}
    # "the ninth Forum" where a header writes "Ninth Forum (XF-09)"; never against a merge found above (no cycle)
    moves |= {k: v for k, v in ordinal_editions(report, merged).items() if not {k, v} & moves.keys()}
    # one name and its days under two keys: neither moved already (an identity move is none)
    moves |= {k: v for k, v in found_twice(merged).items() if moves.get(k, k) == k and moves.get(v, v) == v}
    for old, new in _final(moves).items():
        _merge_event(merged[new], merged.pop(old))
        aliases[old] = new
    for para in document(report).paragraphs if aliases else ():  # what later extractors read names the merged event
        if found := para.spans.get("event"):
            para.spans["event"] = [replace(s, key=aliases.get(s.key, s.key)) for s in found]
    return tuple(_event_record(key, e) for key, e in merged.items()), aliases


def _mentioned(
    report: ParsedReport,
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
    context: Meeting | None,
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The events the paragraphs mention, by key (each mention recorded on the document model), merged when
    named together or by the code in brackets after them; and each merged-away key's new key."""
    merged: dict[str, dict[str, Any]] = {}
    together: dict[str, list[set[str]]] = {}  # event key -> the event keys of each clause naming it
    by_code: dict[str, str] = {}  # a mention's key -> the key of the code in brackets after it
    coded_at: list[tuple[str, EventMention]] = []  # undated mentions with a code in brackets after them
    hosted: list[tuple[str, str]] = []  # an undated event's key -> the key of the event it is held during
    row_dated: set[str] = set()  # events named with a date in a row of an action table
    planned: list[EventMention] = []  # mentions dated by the days first planned for (``originally planned for``)
    reference = _reference(report, meeting)
    doc = document(report)
    doc.found("event")
    header = _header_lines(report, headings=True)
    matcher = None if doc.has("body") else BodyMatcher(meeting.body if meeting else None)
    for p in report.paragraphs:
        if matcher is None:
            spans = [(s.start, s.end, s.key) for s in doc.spans(p.order, "body")]
        else:
            spans = [(s.start, s.end, s.keys[0]) for s in matcher.spans(p.text)]
        mentions = _dated_by_header(
            event_mentions(p.text, default_year, bodies, meeting, spans, context, reference),
            header,
            p.order,
            meeting is None,
        )
        mentions = _undated_in_action_row(report, p, mentions, row_dated)
        first = [first_planned(p.text, m.span[1], m.start, default_year) for m in mentions]
        planned += [m for m, f in zip(mentions, first, strict=True) if f]
        mentions = [replace(m, start=None, end=None) if f else m for m, f in zip(mentions, first, strict=True)]
        coded = _coded_in_brackets(p.text, mentions)
        coded_at += [(p.text, m) for m in coded if m.start is None and _CODE_AFTER.match(p.text, m.span[1])]
        by_code.update({m.key: c.key for m, c in zip(mentions, coded, strict=True) if m.key != c.key})
        mentions = [_occurrence(merged, m, p.order) for m in coded]
        hosted += _hosted(p.text, mentions)
        doc.add(p.order, (TypedSpan(*m.span, "event", m.key) for m in mentions))
        for a, b in doc.para(p.order).clauses if mentions else ():
            keys = {m.key for m in mentions if a <= m.span[0] < b}
            for key in keys:
                together.setdefault(key, []).append(keys)
    _dated_by_code(report, merged, coded_at)
    for key in row_dated & merged.keys():
        merged[key]["row_dated"] = True
    aliases = _aliases(merged, together)
    for old, new in aliases.items():
        _merge_event(merged[new], merged.pop(old))
    _dated_by_host(merged, hosted, aliases)
    for m in planned:  # the days first planned for, when no other paragraph gives the event days
        if (e := merged.get(aliases.get(m.key, m.key))) is not None and e["start"] is None:
            _fold_days(e, m.start, m.end)
    return merged, aliases | {k: v for k, v in by_code.items() if k not in merged}


def _from_layout(
    report: ParsedReport,
    merged: dict[str, dict[str, Any]],
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
    context: Meeting | None,
) -> None:
    """The events the report's layout gives (a programme, titles, the session and series in the header,
    listed sittings, a series by its head, the header's meeting), added to ``merged``."""
    _programme(report, merged, default_year, meeting)
    _dated_by_title(report, merged, meeting)
    _in_number_order(report, merged, None if meeting else context)
    if session := _session_header(report):
        _add_mention(merged, *session)
    for series_line in _series_header(report, meeting) + _run_in_headers(report, meeting):
        _add_mention(merged, *series_line)
    for sitting in _listed_sittings(report, meeting):
        _add_mention(merged, *sitting)
    _series_by_head(report, merged, default_year)
    dated_from_next(report, merged, default_year)
    _header_meeting(report, merged, meeting, bodies)
    if meeting is None:
        _for_meeting(report, merged, bodies)
        _session_under_title(report, merged)
        _editions_in_title(report, merged)
        _sessions_under_event(report, merged, default_year)
        context_meeting(report, merged, context, bodies)  # the meeting a speech or a letter is for (decision 4)


def _sessions_under_event(report: ParsedReport, merged: dict[str, dict[str, Any]], year: int | None) -> None:
    """The sessions a speech's front matter names under the event it was given at
    (:func:`~.event_header_sessions.header_sessions`), each event named there (in the title too) with
    its days as found; a session the paragraphs already name is theirs."""
    lines = front_matter(report)
    named = [(-1, report.title or ""), *((q.order, q.text) for q in lines)]
    hosts = {}
    for order, text in named:
        if found := event_mentions(text):
            e = merged.get(found[0].key) or {"start": None}
            hosts[order] = (e["start"], e["end"]) if e["start"] else None
    names = {e["name"].lower() for e in merged.values()}
    for m, order in header_sessions(lines, hosts, year, report.title):
        # not a line the paragraphs' readers name an event or a body by (``World Summit on X — Tunis phase``)
        if m.name.lower() not in names and not event_mentions(m.name) and squash(m.name) not in body_index().keys:
            _add_mention(merged, m, order)


def written_year(report: ParsedReport) -> int | None:
    """The year of a report that gives none (no meeting, no front line dated: a speech, a page of
    highlights, a statement), for its events' days written without one: the last year a day is
    written with (``took place from 9 to 12 July 2031`` ... ``10 July | Session on X``: 10 July
    2031; a text recalls the past with its years and speaks of its own days without one). A day of
    history (``founded on 17 May 1865``: more than :data:`_HISTORY` years before the last year the text
    writes) is no day of the report: when only such days have a year, the year the text writes most
    (``the post-2015 agenda``). None when no day is written with its year."""
    days = [d for p in report.paragraphs for d in find_dates(p.text) if d.precision == "day" and d.year_written]
    if not days:
        return None
    written = [int(y) for p in report.paragraphs for y in _A_YEAR.findall(p.text)]
    floor = max(written, default=0) - _HISTORY
    years = [d.start.year for d in days if d.start.year >= floor]
    if years:
        return max(years)
    recent = sorted(y for y in written if y >= floor)
    return max(recent, key=lambda y: (recent.count(y), y)) if recent else None


def report_year(report: ParsedReport) -> int | None:
    """The year of a report's days written without one when it is dated by no day (its events' and its deadlines'
    year, :func:`wsiskg.ingest.extract._extract`): the year its
    header writes (``ITU COUNCIL 2031 – HIGHLIGHTS``, ``Lima, 3-5 May 2031``) when its text writes its
    days in that year or up to :data:`_AHEAD` years later (the days of next year's session are no
    reason to read ``on 30 May`` in that year), else :func:`written_year`. An excerpt that opens in
    the middle of a sentence (``...of the Conference (Lima, 3-5 May 2031), to ...``) has no header."""
    written, header = written_year(report), header_year(report)
    opening = report.paragraphs[0].text.lstrip() if report.paragraphs else ""
    cut = not opening or opening[0].islower() or opening.startswith(("...", "…"))
    return header if written and header and not cut and 0 <= written - header <= _AHEAD else written


#: how many years after its header's year a report's text may date its plans
_AHEAD = 2


#: how many years before the last year a text writes a day of it is history (``on 17 May 1865``)
_HISTORY = 30
_A_YEAR = re.compile(r"(?<![\d/.])(?<!\d-)((?:19|20)\d\d)(?![\d/])")


def _in_number_order(report: ParsedReport, merged: dict[str, dict[str, Any]], about: Meeting | None) -> None:
    """The numbered meetings of the body of the meeting a contribution or a letter is for (``about``,
    its context; not a report's own meeting, whose days already read the tense of each clause) fall
    before it when their number is lower and after it when higher: a day read in the wrong year
    (``the seventeenth meeting of the Group on 3 October``, in a contribution to its eighteenth
    meeting in February) moves by one year. A day written with its year (``on 20 September 2034``)
    keeps it (:func:`_year_written`). Not for the body of a series of sessions (the Council), whose
    plenary meetings each session numbers afresh."""
    sessions = {s.body for s in event_series() if s.body}  # a session's plenaries are numbered afresh
    if about is None or about.number is None or about.start is None or about.body in sessions:
        return
    prefix = about.body + "-"
    for key, e in merged.items():
        tail = key[len(prefix) :] if key.startswith(prefix) else ""
        if not tail.isdigit() or e["start"] is None or int(tail) == about.number:
            continue
        shift = -1 if int(tail) < about.number and e["start"] > about.start else 0
        shift = 1 if int(tail) > about.number and (e["end"] or e["start"]) < about.start else shift
        if shift and not _year_written(report, e):
            try:
                e["start"] = e["start"].replace(year=e["start"].year + shift)
                e["end"] = e["end"] and e["end"].replace(year=e["end"].year + shift)
            except ValueError:  # 29 February
                continue


def _year_written(report: ParsedReport, e: dict[str, Any]) -> bool:
    """Whether event ``e``'s first day is written with its year in a paragraph naming it (``held on
    20 September 2034``, ``14-15 October 2031``): a year inference may not move."""
    texts = [p.text for p in report.paragraphs if p.order in e["paragraphs"]]
    return any(
        d.year_written and d.start <= e["start"] <= (d.end or d.start)
        for t in texts
        for d in find_dates(t)
        if d.precision == "day"
    )


def _reference(report: ParsedReport, meeting: Meeting | None) -> tuple[date, date] | None:
    """The report's own days: its meeting's first and last, else the day it is dated by."""
    if meeting is not None and meeting.start is not None:
        return meeting.start, meeting.end or meeting.start
    day = document_date(report)
    return (day, day) if day else None


def _programme(
    report: ParsedReport, merged: dict[str, dict[str, Any]], default_year: int | None, meeting: Meeting | None
) -> None:
    """The events a programme lists under a day (:mod:`.event_programme`) or a journal (:mod:`.event_journal`), a
    table of meetings or a schedule lists (:mod:`.event_tables`), where no dated event was read from the item or
    row; the one undated event read from a table's row is the row's event, dated by it. A row on the days of the
    report's own meeting is that meeting."""
    own = (meeting.start, meeting.end or meeting.start) if meeting is not None and meeting.start else None
    dated = {order for e in merged.values() if e["start"] or e["months"] for order in e["paragraphs"]}
    for order, m in chain(programme_mentions(report, default_year), journal_mentions(report, default_year)):
        if order not in dated:
            _add_mention(merged, m, order)
    listed = (table_mentions, schedule_mentions, block_mentions, lead_row_mentions)
    for found in [list(reader(report, default_year)) for reader in listed]:
        # the paragraphs read before this reader: several rows run into one line each count (lead_row_mentions)
        before = {k: (set(e["paragraphs"]), bool(e["start"] or e["months"])) for k, e in merged.items()}
        for order, m in found:
            read = [k for k, (orders, _) in before.items() if order in orders]
            if own == (m.start, m.end or m.start) or any(before[k][1] for k in read):
                continue
            _occurrence(merged, replace(m, key=read[0]) if len(read) == 1 else m, order)


__all__ = [
    "event_key_aliases",
    "event_mentions",
    "events_and_aliases",
    "find_events",
    "front_matter",
    "report_year",
    "session_meeting",
    "written_year",
]
