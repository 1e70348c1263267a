"""Find deadlines: dates something is due by.

A single-day date is a deadline when a due word (``ingest/data/date_words.csv``, role ``due``:
``Deadline:``, ``by``, ``until``, ``no later than``, ``closing date`` ...) stands right before it
(``by 8 April 2024``, ``Deadline 2 April 2024``, ``extended until 30 June 2024``,
``closing date for tenders (12 May 2024)``), or the word ``deadline`` or ``closing date`` comes
earlier in the same sentence (``The deadline for contributions ... is 8 April 2024``, ``the
deadline first set for the 15 May``).

Subject (what is due), trimmed to at most :data:`MAX_SUBJECT` characters:

- ``closing date for <X>`` -> X; ``deadline to/for <X> is`` -> X;
- ``<Capitalised Words> deadline`` -> those words; a ``deadline`` with no such words -> the last
  capitalised phrase before the date in the paragraph (``the open Nomination Phase ... before
  the deadline``); either, when two words at most without a year/number, is prefixed with the
  section title (``WSIS Prizes 2025 Nomination Phase``);
- a sentence that is only ``Deadline: <date>`` -> the lead of the previous sentence;
- ``<who> was/were requested|invited|asked ... to <action> by <date>`` -> the action;
- ``<who> will|shall <action> by <date>`` -> the action (not ``will be ...``);
- otherwise the sentence's lead phrase, cut before ``via``/``by``/``to be``/``will``/``received``...
- a lead without any capitalised name (after its first word) gets the section title
  appended in brackets (``Membership replies (Budget matters)``).
The section title is the heading (before any bracket or colon) of the paragraph's section or of
its nearest ancestor whose heading is short (numbered paragraphs may be sections themselves).

``concerns``: keys of the events mentioned in the sentence (and in the lead sentence used).
Each deadline is reported once per (date, subject, paragraph).

``by (the) end of March 2024`` is due on the last day of that month, and so is ``by March 2024`` /
``no later than March 2024`` unless that month ended before the meeting (other month-precision dates,
``before March 2024``, ``until March 2024``, are not deadlines). Longer periods right after a due word
are due on their last day: ``by the first quarter of 2025`` / ``Q1 2025`` (31 March), ``the second half
of 2025`` (31 December), ``mid-2025`` (30 June), ``the end of 2024`` (31 December; a bare year is never
a deadline: ``by 2030`` is a goal), ``the end of the year`` (31 December of the reference
year), ``the week of 12 February 2024`` (the Sunday ending it).
Period deadlines come first in their paragraph. A date written without a year takes the meeting's year; when that
puts it before the meeting started it is in the following year (``before 1 March`` in the
report of a September meeting).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.casing import small_word_alternation, without_article
from wsiskg.ingest.extract.dates import (
    DueDate,
    column_due_dates,
    due_dates,
    due_regex,
    find_dates,
    is_due_header,
    resolve_year,
    weekday_words,
)
from wsiskg.ingest.extract.deadline_ragged_rows import ragged_row
from wsiskg.ingest.extract.deadline_same_date import same_date_dues
from wsiskg.ingest.extract.deadline_timetables import step_columns, step_row
from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.events import event_mentions
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    modal_alternation,
    preposition_alternation,
    small_words,
)
from wsiskg.ingest.extract.request_actions import _PROSE_END, column_role, join_who_list
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.parse import enumerator_end
from wsiskg.ingest.records import Deadline, Meeting, Paragraph, ParsedReport
from wsiskg.ingest.text import DASHES, alternation, span_at, table_cells

MAX_SUBJECT = 150

_CUT = re.compile(
    rf"\s+(?:via|by|through|to\s+be|{modal_alternation()}|{auxiliary_alternation('be', 'clause')}|received|submitted|"
    r"has|have|using)\b|\s*[(:;]|\.\s|\.$",
)


#: "Member States were invited to submit contributions (no later than) <date>": the action is due
_PASSIVE_ASK = re.compile(
    rf"^\s*[A-Z][^,;:]*?\s+(?:{auxiliary_alternation('be', 'clause')}"
    rf"|(?:{auxiliary_alternation('have', 'present')})\s+been)\s+(?:kindly\s+)?"
    r"(?:requested|invited|asked|encouraged|urged|called\s+upon|expected|reminded)\s+to\s+"
    rf"(?P<x>[a-z][^,;:()]*?)\s*(?:\b(?:{preposition_alternation('due-or-on')})\b[\s(:]*)*(?:the\s+)?$"
)


#: "I invite you to take part in X and to submit your proposals ... no later than <date>": the
#: last action asked for before the date is due
_ASK_TO = re.compile(
    r"\b(?:invite|invites|invited|request|requests|ask|asks|encourage|encourages|encouraged|urge|urges|urged)\b"
    rf".*\bto\s+(?P<x>[a-z][^,;:()]*?)\s*(?:\b(?:{preposition_alternation('due')})\b[\s(:]*)+(?:the\s+)?$"
)


#: "The Secretariat will publish the statement by <date>": the action is due
_WILL_DO = re.compile(
    rf"^\s*(?:The\s+)?[A-Z][^,;:]*?\s+(?:{modal_alternation('future')}|is\s+to|are\s+to)\s+(?:also\s+)?"
    rf"(?P<x>[a-z][^,;:()]*?)\s*(?:\b(?:{preposition_alternation('due')})\b[\s(:]*)+(?:the\s+)?$"
)


@cache
def _dangling() -> re.Pattern[str]:
    """Due words and small words left dangling at the end of a subject (``... no later than``)."""
    alts = f"{due_regex()}|{small_word_alternation(small_words())}"
    return re.compile(rf"(?i)(?:[\s,;:]+(?:{alts}))+[\s,;:]*$")


def _trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:" + DASHES)
    text = _dangling().sub("", text).strip(" ,.;:" + DASHES)
    text = without_article(text, "the", "a", "an", case="any")
    if len(text) > MAX_SUBJECT:
        text = text[:MAX_SUBJECT].rsplit(" ", 1)[0]
    return text


def _lead(sentence: str) -> str:
    m = _CUT.search(sentence)
    return _trim(sentence[: m.start()] if m else sentence)


def _heading_title(report: ParsedReport, section: str, text: str = "", kind: str = "heading") -> str | None:
    """The short title of the paragraph's section or of its nearest ancestor with one.

    A heading the parser made from the paragraph's own first sentence is no title."""
    headings = document(report).headings
    number: str | None = section
    while number:
        heading = headings.get(number, "")
        own_label = (
            bool(heading)
            and kind != "heading"
            and number == section
            and text.startswith(heading)
            and text[len(heading) : len(heading) + 1] != ":"
        )
        if (
            heading and not own_label and not heading.endswith("…")
        ):  # "…": a label the parser made from a long paragraph
            title = _trim(re.split(r"\s*\(|:\s", heading)[0])
            if title and len(title) <= 80 and not title.endswith("."):
                return title
        number = number.rsplit(".", 1)[0] if "." in number else None
    return None


_RUN = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*(?:\s+\d{4})?")


def _with_title(subject: str, title: str | None) -> str:
    if title and not re.search(r"\d", subject) and len(subject.split()) <= 2 and title.lower() not in subject.lower():
        return f"{title} {subject}"
    return subject


@cache
def _due_alone() -> re.Pattern[str]:
    """A lead that is only a word of due time (:func:`due_regex`)."""
    return re.compile(rf"(?i)(?:{due_regex()})")


def _subject(
    text: str, sent: tuple[int, int], date_start: int, sentences: list[tuple[int, int]], title: str | None
) -> str:
    s0, _ = sent
    before = text[s0:date_start]
    m = re.search(r"(?i)closing\s+date\s+for\s+(?P<x>[^()]+?)\s*[(:]?\s*(?:the\s+)?$", before)
    if m:
        x = _trim(m.group("x"))
        return f"{x} ({title})" if title and _generic(x) else x
    m = re.search(
        rf"(?i)\bdeadline\s+(?:to|for)\s+(?P<x>.+?)"
        rf"(?:,|\s+(?:{auxiliary_alternation(role='singular')}|{modal_alternation('future')})\b)",
        before,
    )
    if m:
        return _trim(m.group("x"))
    m = re.search(r"(?P<x>(?:[A-Z][\w’'\-]*\s+)+)deadline\b", before)
    if m and _trim(m.group("x")):
        return _with_title(_trim(m.group("x")), title)
    if re.search(r"(?i)\bdeadline\b", before) and not re.match(r"(?i)\s*deadline\b", before):
        runs = [r.group(0) for r in _RUN.finditer(text[:date_start]) if " " in r.group(0).strip()]
        if runs:
            return _with_title(_trim(runs[-1]), title)
        return title or _trim(re.split(r"(?i)\s+(?:before\s+|by\s+)?the\s+deadline", before)[0])
    m = _PASSIVE_ASK.search(before) or _WILL_DO.search(before) or _ASK_TO.search(before)
    if m and _trim(m.group("x")) and not re.match(r"(?i)be\b", m.group("x")):
        return _trim(m.group("x"))
    lead = _lead(before)
    if not lead or _due_alone().fullmatch(lead):
        prev = [s for s in sentences if s[1] <= s0]
        lead = _lead(text[prev[-1][0] : prev[-1][1]]) if prev else ""
    if title and (not lead or _generic(lead)) and not lead.lower().startswith(title.lower()):
        return f"{lead} ({title})" if lead else title
    return lead


def _generic(subject: str) -> bool:
    words = subject.split()
    return not any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])


def find_deadlines(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
    reference: date | None = None,
) -> tuple[Deadline, ...]:
    """Deadlines in the report, in paragraph and text order (due dates from :func:`due_dates`,
    a date without a year resolved against ``reference``, by default the meeting's start)."""
    reference = reference or (meeting.start if meeting else None)
    out: list[Deadline] = []
    seen: set[tuple[Any, str, int]] = set()
    doc = document(report)
    header: list[bool] | None = None  # the due columns of the table being read
    who: int | None = None  # and its who column
    steps = False  # whether it is a timetable of steps (deadline_timetables: "Milestone | Date")
    last: DueDate | None = None  # the last day due so far
    for p in report.paragraphs:
        sentences = doc.para(p.order).clauses
        dues = due_dates(p.text, default_year, reference, sentences)
        dues += _meeting_dues(p.text, sentences, default_year, reference, {d.span[1] for d in dues})
        dues += same_date_dues(p.text, dues, last)  # "by the same date": the day due before it
        cells = table_cells(p.text)
        due = _due_columns(p.text, cells)
        if (marks := due or step_columns(p.text, cells)) is not None:
            header, who, steps = marks, _who_index(p.text, cells), due is None
        row = _with_who_list(p.text, cells, header, who)  # "Step X, Group A, Group B, 30 June": a longer who list
        listed = [c for i, c in enumerate(row) if i != who] if len(row) < len(cells) else row  # what is due: no who
        cells = row
        same = header is not None and len(cells) == len(header)
        ragged = None if marks or same else ragged_row(p.text, cells, header, default_year)  # a cell more or less
        header = marks or (header if same or ragged else None)
        in_column = [c for c, due in zip(cells, ragged or header or [], strict=False) if due]
        rows = [
            d
            for d in column_due_dates(p.text, in_column, default_year, reference)
            if d.due not in {x.due for x in dues}
            and (not steps or (step_row(p.text, cells, default_year) and d.due not in {o.due for o in out}))
        ]
        doc.add(p.order, (TypedSpan(*due.span, "due-date", due.due.isoformat()) for due in dues + rows))
        found_here = [_deadline(report, p, due, sentences, default_year, bodies, meeting) for due in dues]
        found_here += [_row_deadline(p, due, listed) for due in rows]
        last = max(dues + rows, key=lambda d: d.span, default=last)
        for found in found_here:
            if found is None or (found.due, found.subject, p.order) in seen:
                continue
            seen.add((found.due, found.subject, p.order))
            out.append(found)
    return _restated_once(out)


#: a verb of asking before the date in its sentence: what is asked is due by the meeting it names
_ASKING = re.compile(
    rf"\b(?:request|invit|ask|urg|encourag|call(?:s|ed)?\s+(?:up)?on|instruct)[a-z]*\b|\b(?:{modal_alternation('future')})\s+report\b",
    re.IGNORECASE,
)
#: what is asked is due by a meeting or an event named before its date: ``before the heads of
#: delegation meeting on 8 October``, ``before its annual meeting on 12 May``, ``before the second
#: meeting, to be held on 1 February``, ``before the 21st meeting (26 January 2031)``, ``report to the
#: Committee at its fourth meeting on 10 July``, ``report to the next meeting of the Group on 4 May``,
#: ``to the Plenary on 19 October``
_BY_MEETING = re.compile(
    r"(?:\bbefore\s+(?:the\s+|its\s+|their\s+)?[^.;:()]{2,90}?|\bat\s+its\s+(?:[\w\-]+\s+){0,3}(?:meeting|session)"
    r"|\bto\s+the\s+(?:next\s+)?(?:meeting|session|Plenary|plenary)(?:\s+of\s+the\s+[A-Z][\w\-]*(?:\s+[A-Z\d][\w\-]*){0,3})?)"
    rf"(?:\s*,?\s*(?:to\s+be\s+held|which\s+(?:{modal_alternation('future')})\s+be\s+held|held|scheduled)(?:\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
    rf"\s+(?:on|for)\s+|\s*,?\s+(?:on|of)\s+|\s*\(\s*)(?:(?:{alternation(weekday_words())}),?\s+)?(?:the\s+)?$"
)


def _meeting_dues(
    text: str, sentences: list[tuple[int, int]], default_year: int | None, reference: date | None, taken: set[int]
) -> list[DueDate]:
    """The dates of a meeting or event that what a sentence asks for is due by (:data:`_BY_MEETING`,
    after a verb of asking: ``invited Members to nominate experts before the heads of delegation
    meeting on 8 October 2031``); not a range (``before the meetings of 30 March - 9 April``: most
    annotate none); ``taken``: the ends of the dates already due."""
    if not _ASKING.search(text):
        return []
    out: list[DueDate] = []
    for d in find_dates(text, default_year):
        if d.span[1] in taken or d.precision != "day" or d.end is not None:
            continue
        s0, _ = span_at(sentences, d.span[0], len(text))
        before = text[s0 : d.span[0]]
        cue = _BY_MEETING.search(before[-140:])
        if cue is None or not _ASKING.search(before[: len(before) - len(before[-140:]) + cue.start()]):
            continue
        due = d.start if d.year_written else resolve_year(d.start, reference, future=True)
        out.append(DueDate(due, d.span, "day"))
    return out


def _due_columns(text: str, cells: list[tuple[int, int]]) -> list[bool] | None:
    """Which columns of a table's header row name a deadline (``No. | Action | Responsible |
    Deadline``), also an action table's plain date column beside a column of who (``Item | Lead |
    Date``, ``Recommendation | Addressed to | Timeline``: ``request-table-columns.csv``, decision 31);
    None when the line is no such header (one cell, a digit, a long cell, no due column)."""
    heads = [text[a:b] for a, b in cells]
    if len(heads) < 2 or any(len(h) > 40 or re.search(r"\d", h) for h in heads):
        return None
    marks = [is_due_header(h) for h in heads]
    if any(marks):
        return marks
    roles = [column_role(h) for h in heads]
    return [role == "due" for role in roles] if "who" in roles and "due" in roles else None


def _who_index(text: str, cells: list[tuple[int, int]]) -> int | None:
    """The column of who in a table's header row (``Responsible``, ``Lead``: ``request-table-columns.csv``)."""
    roles = [column_role(text[a:b]) for a, b in cells]
    return roles.index("who") if "who" in roles else None


def _with_who_list(
    text: str, cells: list[tuple[int, int]], header: list[bool] | None, who: int | None
) -> list[tuple[int, int]]:
    """The cells of a Word table's row with more cells than its header, the extra ones its who column's list
    (``Proposal of new indicators, Group A, Group B, 30 June 2031`` under ``Step, Responsible, Date``; as
    :func:`.request_actions.join_who_list`); any other line as it is (a text table's row, a sentence after the
    table)."""
    extra = len(cells) - len(header or [])
    if header is None or who is None or extra <= 0 or " | " in text or _PROSE_END.search(text):
        return cells
    return join_who_list(cells, who, extra)


def _row_deadline(p: Paragraph, due: DueDate, cells: list[tuple[int, int]]) -> Deadline | None:
    """The deadline of a table row's due column: what is due is the row's longest cell without a
    digit (``Finalize the definition of ...``), else its longest cell but the date's (``Update the
    views on agenda item 1.7 | WP3 Chair | 31 July 2031``); a row whose cell is only a dash names no
    one to do it (decision 31: no request, no deadline)."""
    texts = [p.text[a:b] for a, b in cells]
    if any(t.strip() in DASHES for t in texts):
        return None
    texts = [t for t in texts if not re.search(r"\d", t)] or [p.text[a:b] for a, b in cells if not a <= due.span[0] < b]
    subject = _trim(max(texts, key=len)) if texts else ""
    return Deadline(due=due.due, subject=subject[:MAX_SUBJECT], paragraphs=(p.order,)) if subject else None


def _words(subject: str) -> set[str]:
    """The words of a subject, function words (``english-stopwords.csv``) aside."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", subject.lower()) if w not in stopwords()}


def _restates(a: Deadline, b: Deadline) -> bool:
    """Two deadlines of other paragraphs whose subjects share two content words, more than half
    of the shorter one's (``submission of workshop proposals`` / ``submit your proposals for
    thematic workshops``; not ``Photo Contest submissions`` / ``Official submissions to ...``)."""
    x, y = _words(a.subject), _words(b.subject)
    shared = len(x & y)
    return not set(a.paragraphs) & set(b.paragraphs) and shared >= 2 and 2 * shared > min(len(x), len(y))


def _restated_once(found: list[Deadline]) -> tuple[Deadline, ...]:
    """A deadline said twice (a table row ``Deadline for submission of workshop proposals | 29
    February 2032`` and the sentence asking to ``submit your proposals for thematic workshops``
    by then) is one (:func:`_restates`): the first subject, both paragraphs."""
    out: list[Deadline] = []
    for d in found:
        same = next((o for o in out if o.due == d.due and _restates(o, d)), None)
        if same is None:
            out.append(d)
            continue
        merged = tuple(sorted(set(same.paragraphs) | set(d.paragraphs)))
        out[out.index(same)] = replace(
            same, paragraphs=merged, concerns=tuple(dict.fromkeys(same.concerns + d.concerns))
        )
    return tuple(out)


def _deadline(
    report: ParsedReport,
    p: Paragraph,
    due: DueDate,
    sentences: list[tuple[int, int]],
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
) -> Deadline | None:
    """The deadline record of one due date: what is due (the subject) and what it concerns."""
    start = due.span[0]
    sent = span_at(sentences, start, len(p.text))
    lead = p.text[sent[0] : start]
    skip = len(lead) - len(lead.lstrip())  # a clause after "; " opening a run-in item: "...; (c) all members: ..."
    sent = (sent[0] + skip + enumerator_end(lead[skip:]), sent[1])  # "(ii) X is requested to ..."
    title = _heading_title(report, p.section, p.text, p.kind)
    subject = _subject(p.text, sent, start, sentences, title)
    if not subject:
        return None
    lead_start = sent[0]
    if due.kind != "period" and re.match(r"(?i)\s*deadline\b", p.text[sent[0] : sent[1]]):
        lead_start = max((a for a, b in sentences if b <= sent[0]), default=sent[0])
    doc = document(report)
    if doc.has("event") and bodies is None:  # the events the event extractor found there
        keys = [s.key for s in doc.spans(p.order, "event", lead_start, sent[1])]
    else:
        keys = [m.key for m in event_mentions(p.text[lead_start : sent[1]], default_year, bodies, meeting)]
    concerns = tuple(dict.fromkeys(keys))
    return Deadline(due=due.due, subject=subject, concerns=concerns, paragraphs=(p.order,))
