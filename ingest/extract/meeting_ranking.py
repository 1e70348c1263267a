"""Which candidate meeting a report records: one learnt ranking.

The readers of :mod:`.meeting_candidates` each give a meeting the front of the report names;
this module gives each candidate its features and scores it by a linear model whose weights are
data (``ingest/data/meeting_ranker.csv``, fitted by ``bench/meeting_weights.py`` on the dev look sets
as a conditional logit: the choices of a report are its candidates and "none"); the best scoring one
above :data:`THRESHOLD` is chosen (ties: the one a reader earlier in :data:`.meeting_candidates.READERS`
found). The feature ``candidate``, on every candidate, is the threshold for "none" learnt.

The features are of two kinds:

- the named evidence (:data:`EVIDENCE`), each a rule of what the text says of a meeting, whose hand
  weight is the fit's prior (the CSV's ``prior``): for: the title names its body (``REPORT OF
  SUB-COMMITTEE A``); it is named in a header line; a dateline dates it; it has dates, a number; a
  clause says it was held; it is named in the lead; two readers or more found it; a sentence says it was
  closed; against: it is
  dated only by the day the document was issued; its days hold another candidate's (the session
  around the meeting); no number and the days of a numbered candidate of another body (a vaguer
  reading of it); a later meeting of its body is a candidate (a record of two meetings is of the last);
  the document is addressed to it; the report's meeting prepares it; it is still to come; another candidate was
  held during it (its host);
- the generic traits (:func:`_traits`, :func:`_report_traits`), read from the readers and the document
  model, no words of any report: which readers found it and how many; where it is first stated (title,
  header line, dateline, table, heading, list, lead, body); how many paragraphs state it; whether it
  has days, more than one, a place, a number; what its body is to the document (the title's, one the
  title names, the presumed group, the group of the document symbols, a catalogue body); what it is to
  the other candidates (the only one, same body, same or overlapping days, within another's, first or
  last to start, first or last found); the report's genre and how many candidates it has.

Whether the chosen meeting is the report's own record is the genre's question (:mod:`.genre`: a
letter, a speech, a contribution records none); the meeting it names stays the report's context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.tables import data_rows, derived_from_data
from wsiskg.ingest.text import alternation, clause_spans

from .body_names import BodyName, body_index, find_body_names
from .casing import title_cased
from .datelines import gives_hours
from .dates import find_dates
from .event_series import event_series
from .gazetteer import preposition_alternation, small_words
from .genre import SHORT_LINE, header_lines
from .keys import slug
from .meeting import HELD, LEAD_PARAGRAPHS, another_meeting, dateline, meeting_words, ordinal_regex, session_stem
from .meeting_candidates import Candidate, title_body
from .meeting_header import title_bodies
from .meeting_hosts import hosts
from .meeting_memo import genre_of, report_groups
from .meeting_parts import finished_meeting
from .meeting_words import own_kind_of
from .organizers import organised_by
from .study_group_keys import part_of_study_group
from .study_groups import study_group_number

#: a candidate scoring this or less is no meeting the report records
THRESHOLD = 0
#: a header line is no longer
_HEADER_LINE = 120


@dataclass(frozen=True)
class _Context:
    """What every piece of evidence reads: the report, the catalogue, all candidates, the orders
    of the header lines."""

    report: ParsedReport
    names: tuple[BodyName, ...]
    candidates: tuple[Candidate, ...]
    header: frozenset[int]
    organisers: frozenset[str] = frozenset()


@cache
def weights() -> dict[str, float]:
    """``feature -> weight`` (``meeting_ranker.csv``, fitted by ``bench/meeting_weights.py``), kept between
    runs of the command line."""
    return derived_from_data("meeting_ranker.csv", _read_weights, code=__name__)


def _read_weights() -> dict[str, float]:
    return {r["feature"]: float(r["weight"]) for r in data_rows("meeting_ranker.csv")}


def _header_orders(report: ParsedReport) -> frozenset[int]:
    """The orders of the header lines (:func:`.genre.header_lines` after the title, short ones)."""
    lines = header_lines(report)[1 if report.title else 0 :]
    return frozenset(p.order for p, text in zip(report.paragraphs, lines, strict=False) if len(text) <= _HEADER_LINE)


def _texts(context: _Context, meeting: Meeting) -> list[str]:
    """The texts of the paragraphs that state ``meeting``."""
    return [p.text for p in context.report.paragraphs if p.order in meeting.paragraphs]


def _title_body(context: _Context, candidate: Candidate) -> bool:
    """Its body is the one the title says the document is of, or one the title names: a catalogue body,
    or a series of events of no body by its name (``WSIS FORUM 2031 - OUTCOME DOCUMENT``)."""
    body = candidate.meeting.body
    return (
        body == title_body(context.report, context.names)
        or body in title_bodies(context.report, context.names)
        or body in _title_series(context.report.title or "")
    )


def _title_series(title: str) -> frozenset[str]:
    """The keys of the series of events of no body (``WSIS Forum``) whose name ``title`` holds with only a
    record's words, a year and small words beside it, a record's word at least (``WSIS FORUM 2031 - OUTCOME
    DOCUMENT (HIGHLIGHTS)``, ``Summary of the WSIS Forum 2031``): the record of the series' session, not of a
    meeting held within it (``WSIS Forum 2031 – Action Line C5: ...``; a running title, ``WSIS FORUM 2031``,
    over a facilitation meeting's heading)."""
    folded = " ".join(title.split()).casefold()
    found = set()
    for series in event_series():
        for name in series.names if series.body is None else ():
            m = re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded)
            rest = re.findall(r"[^\W\d_][\w’'\-]*", folded[: m.start()] + " " + folded[m.end() :]) if m else None
            if rest and all(w in _record_title_words() for w in rest) and not small_words().issuperset(rest):
                found.add(slug(series.name))
    return frozenset(found)


@cache
def _record_title_words() -> frozenset[str]:
    """The words a record's title may hold beside the name of what it records: a record's words
    (``meeting_words.csv``, role ``record-word``) and small words."""
    words = {w for phrase in meeting_words("record-word") for w in phrase.casefold().split()}
    return frozenset(words | small_words())


def _front(context: _Context, candidate: Candidate) -> bool:
    """A header line states it, or no paragraph does (the title only)."""
    paragraphs = candidate.meeting.paragraphs
    return not paragraphs or any(o in context.header for o in paragraphs)


def _dateline(context: _Context, candidate: Candidate) -> bool:
    """A paragraph of it is a dateline (``Geneva, 3-4 May 2031``, a sitting)."""
    return any(dateline(text) is not None for text in _texts(context, candidate.meeting))


def _held(context: _Context, candidate: Candidate) -> bool:
    """A clause of its paragraphs says a meeting was held (``HELD``), not that one is to come."""
    for text in _texts(context, candidate.meeting):
        for a, b in clause_spans(text):
            if re.search(HELD, text[a:b]) and not another_meeting(text, (a, a)):
                return True
    return False


def _lead(context: _Context, candidate: Candidate) -> bool:
    """Its first paragraph is one of the first :data:`.meeting.LEAD_PARAGRAPHS`."""
    first = (
        context.report.paragraphs[LEAD_PARAGRAPHS - 1].order
        if len(context.report.paragraphs) >= LEAD_PARAGRAPHS
        else None
    )
    return first is None or not candidate.meeting.paragraphs or min(candidate.meeting.paragraphs) <= first


def _days(meeting: Meeting) -> tuple[date, date] | None:
    return (meeting.start, meeting.end or meeting.start) if meeting.start else None


def _issue_date(context: _Context, candidate: Candidate) -> bool:
    """Its one day is only a bare date line of the header (``28 September 2005``: the day the
    document was issued), with no number and no place; a line that gives the day's hours dates the sitting of a
    meeting of a kind of its own (``Action Line C3 facilitation meeting`` over ``Date and venue: Wednesday, 16 May
    2031, 14:30-16:00, Room 3``: :func:`.datelines.gives_hours`, ``meeting_words.csv`` role ``own-kind``; a forum's
    session so dated is annotated as the forum's, decision 17)."""
    meeting = candidate.meeting
    if meeting.end is not None or meeting.number is not None or meeting.place or meeting.start is None:
        return False
    own_kind = own_kind_of(meeting.body) is not None
    lines = [dateline(text) for text in _texts(context, meeting) if not (own_kind and gives_hours(text))]
    return any(line is not None and line[1] is None and line[0].start == meeting.start for line in lines)


def _encloses(context: _Context, candidate: Candidate) -> bool:
    """Its days hold another candidate's, shorter, of another body or numbered while it is not;
    the other numbered or of the body the title names (not a day of an event within a forum's
    week), not dated by the day the document was issued."""
    own = _days(candidate.meeting)
    if own is None:
        return False
    titled = _title_body(context, candidate)
    for other in context.candidates:
        if _issue_date(context, other) or not (other.meeting.number is not None or _title_body(context, other)):
            continue  # only a meeting numbered or of the body the title names is one held within a session
        if titled and not _front(context, other):
            continue  # a meeting the prose only names within the one the title names: an event of it
        days = _days(other.meeting)
        if other is candidate or days is None or days == own or not own[0] <= days[0] <= days[1] <= own[1]:
            continue
        if other.meeting.body != candidate.meeting.body or candidate.meeting.number is None:
            return True
    return False


def _vaguer(context: _Context, candidate: Candidate) -> bool:
    """It has no number and the days of a numbered candidate of another body: a vaguer reading of
    that meeting (the group a title names on a line broken inside the name). Found by ``group-held``
    alone (``The meeting was organized by X``, read as a meeting of the presumed group X), the days of
    any candidate of another body whose name does not name the group: the sentence's meeting is the one
    that candidate names (a meeting's own name in a heading under its host's letterhead, a group's meeting
    under its parent's); ``High-level meeting of X Principals`` is a meeting of X, and a group whose part that met
    the report states (:func:`_refined`) is read exactly."""
    meeting = candidate.meeting
    if meeting.number is not None or meeting.start is None:
        return False
    rivals = [
        o.meeting for o in context.candidates if o.meeting.body != meeting.body and _days(o.meeting) == _days(meeting)
    ]
    if any(o.number is not None for o in rivals):
        return True
    named = [o for o in rivals if not _key_names(context, o.body, meeting.body) and not _another_group_s(o, meeting)]
    return candidate.readers == ("group-held",) and bool(named) and not _refined(context, meeting)


def _another_group_s(rival: Meeting, meeting: Meeting) -> bool:
    """Whether ``rival`` is a part of another study group than ``meeting``'s body (``Rapporteur Group meeting for
    Question 7/2`` in a document of ITU-D Study Group 1): that group's meeting, not one this group hosts."""
    own, other = study_group_number(meeting.body), study_group_number(rival.body)
    return own is not None and other is not None and own != other


def _refined(context: _Context, meeting: Meeting) -> bool:
    """Whether the report states the part of ``meeting``'s body that met (:func:`.meeting_parts.finished_meeting`:
    the rapporteur group of a study group's record, a committee, an organ): a reading the finishing makes exact."""
    return finished_meeting(context.report, context.names, meeting).body != meeting.body


def _key_names(context: _Context, key: str, body: str) -> bool:
    """Whether the words of the meeting key ``key`` name ``body`` (its key, or the key a form of its name
    makes: ``high-level-meeting-of-xg-principals`` names ``xg``), small words and a meeting noun inside the
    name left out (``x-group-meeting-for-question-5-2`` names ``x-group-question-5-2``), or words of its name alone
    (``Summary of the meeting of the Group``: ``group``): a meeting of that body, not one it hosts."""
    named = body_index(context.names).names.get(body)
    forms = {body} | {slug(s) for s in (named.surfaces() if named else ())}
    words = _key_words(key)
    return any(_key_words(form) in words or words in _key_words(form) for form in forms if form)


def _key_words(key: str) -> str:
    """A key's words without small words and meeting nouns (``meeting_words.csv``, role ``meeting-noun``), as
    ``-a-b-`` (a run of words another holds is inside it)."""
    skip = _skipped_key_words()
    return "-" + "-".join(w for w in key.split("-") if w and w not in skip) + "-"


@cache
def _skipped_key_words() -> frozenset[str]:
    return small_words() | frozenset(slug(w) for w in meeting_words("meeting-noun"))


def _earlier(context: _Context, candidate: Candidate) -> bool:
    """Another candidate is a later numbered meeting of the same body (a record of two meetings
    is of the last: the dev corpus's annotations of such records all choose it), not one still to
    come (:func:`_to_come`)."""
    meeting = candidate.meeting
    return meeting.number is not None and any(
        o.meeting.body == meeting.body
        and o.meeting.number is not None
        and o.meeting.number > meeting.number
        and not _to_come(context, o)
        for o in context.candidates
    )


#: how many paragraphs above a meeting's line its section's heading may be
_HEADING_WITHIN = 8
#: a heading or a line of a list is no longer
_LINE = 120


def _to_come(context: _Context, candidate: Candidate) -> bool:
    """It is still to come: every paragraph that states it is a short line that says so, or is
    under a heading that does (``NEXT STEPS`` / ``Fourth meeting: 3 May 2031 (tentative)``:
    words of ``meeting_words.csv``, role ``to-come``)."""
    orders = candidate.meeting.paragraphs
    paragraphs = context.report.paragraphs
    at = {p.order: i for i, p in enumerate(paragraphs)}
    if not orders or any(o not in at for o in orders):
        return False
    if any(_planned_row(paragraphs, at[o]) and _dates_it(paragraphs[at[o]].text, candidate.meeting) for o in orders):
        return True
    return all(_says_to_come(paragraphs[at[o]].text) or _under_to_come(context.report, at[o]) for o in orders)


def _dates_it(text: str, meeting: Meeting) -> bool:
    """``text`` gives ``meeting``'s first day."""
    start = meeting.start
    return start is not None and any(d.start == start for d in find_dates(text, start.year))


def _says_to_come(text: str) -> bool:
    """A short line (a heading, a list's row) with a word of role ``to-come``."""
    return len(text) <= _LINE and _to_come_words().search(text) is not None


def _under_to_come(report: ParsedReport, index: int) -> bool:
    """The nearest heading above paragraph ``index`` (a heading, or a short line that ends with no
    stop) has a word of role ``to-come``."""
    for p in reversed(report.paragraphs[max(0, index - _HEADING_WITHIN) : index]):
        if p.kind == "heading" or (len(p.text) <= _LINE // 2 and not p.text.rstrip().endswith((".", ";", ":"))):
            return _to_come_words().search(p.text) is not None
    return False


def _planned_row(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Paragraph ``index`` is a row of a list whose lead-in (the paragraph right above its rows, ending with a colon)
    names a plan or what is to come (``The Group agreed on the following timeline:`` / ``- second meeting: 16-17 March
    2031;``, ``Upcoming meetings of the Group:``; ``meeting_words.csv``, roles ``to-come`` and ``to-come-plan``): a
    meeting dated by such a row is one the record plans, not the one it records, whatever other paragraph names its
    body (round 55)."""
    if paragraphs[index].kind != "list-item":
        return False
    lead = next((p for p in reversed(paragraphs[:index]) if p.kind != "list-item"), None)
    if lead is None or not lead.text.rstrip().endswith(":"):
        return False
    return _to_come_words().search(lead.text) is not None or _plan_words().search(lead.text) is not None


@cache
def _plan_words() -> re.Pattern[str]:
    """Words of ``meeting_words.csv`` with role ``to-come-plan`` (``timeline``, ``work plan``), anywhere in a text."""
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(meeting_words('to-come-plan'), spaces=True)})(?![\w-])")


@cache
def _to_come_words() -> re.Pattern[str]:
    """Words of ``meeting_words.csv`` with role ``to-come``, anywhere in a text (any case)."""
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(meeting_words('to-come'), spaces=True)})(?![\w-])")


@cache
def _word_pattern(role: str) -> re.Pattern[str]:
    """Words of ``meeting_words.csv`` with ``role`` closing a text (any case), maybe before a meeting of
    the body named next (``to the seventeenth meeting of``)."""
    meeting = rf"(?:(?:{ordinal_regex()})\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?"
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(meeting_words(role), spaces=True)})\s*(?:{meeting})?$")


def _named_after(context: _Context, body: str, role: str) -> bool:
    """Whether a header line names ``body`` right after words of ``role``: by a catalogue name, or
    by the name a header line defines with the body's acronym (``Preparatory Committee (PrepCom-3)``)."""
    lines = [line for line in header_lines(context.report) if len(line) <= SHORT_LINE]  # not prose
    defined = _defined_names(lines, body)
    for line in lines:
        for text in dict.fromkeys((line, title_cased(line))):
            for key, (start, _) in find_body_names(text, context.names):
                if key == body and _word_pattern(role).search(text[:start]):
                    return True
            for name in defined:
                for m in re.finditer(r"\s+".join(map(re.escape, name.split())), text, re.IGNORECASE):
                    if _word_pattern(role).search(text[: m.start()]):
                        return True
    return False


#: ``Name (ACRONYM)`` in a header line
_DEFINED = re.compile(
    rf"(?P<name>[A-Z][\w-]*(?:\s+(?:{preposition_alternation('topic')}|the|and|[A-Z][\w-]*))*)\s*\((?P<acr>[^()\s]{{2,30}})\)"
)


def _defined_names(lines: list[str], body: str) -> list[str]:
    """The names header lines define with an acronym keyed ``body`` (its session's number after a
    hyphen dropped: ``PrepCom-3``), without an ordinal meeting before them."""
    found = []
    for line in lines:
        for m in _DEFINED.finditer(line):
            if slug(session_stem(line[: m.end("name")] + " ", m.group("acr"))) == body:
                found.append(re.sub(r"^.*\b(?i:meeting|session)\s+of\s+(?:the\s+)?", "", m.group("name")))
    return found


def _addressed(context: _Context, candidate: Candidate) -> bool:
    """The document is addressed to it: a header line names it after ``to the`` (words of role
    ``addressed``), or it is only the header's session of a genre written for a session (a
    Chairman's report to the Council: role ``addressed-genre``)."""
    if _named_after(context, candidate.meeting.body, "addressed"):
        return True
    if genre_of(context.report) not in meeting_words("addressed-genre"):
        return False
    return candidate.readers == ("header-session",) or _session_of_header(context, candidate)


def _session_of_header(context: _Context, candidate: Candidate) -> bool:
    """In a report written for a session (a Chairman's report of group X to TDAG), a meeting of the body
    the header's title names that is not the group's: the session the report is submitted to."""
    body, group = candidate.meeting.body, title_body(context.report, context.names)
    return group is not None and body != group and body in title_bodies(context.report, context.names)


def _prepares(context: _Context, candidate: Candidate) -> bool:
    """A header line names it after words of role ``prepares`` (``Preparatory Meeting for X``)."""
    return _named_after(context, candidate.meeting.body, "prepares")


def _hosts(context: _Context, candidate: Candidate) -> bool:
    """It is named as the meeting another candidate was held during (``during the X Event``, ``on the margins of the
    72nd session of X``: :func:`.meeting_hosts.hosts`): the host, not the side meeting the report records."""
    others = [c.meeting for c in context.candidates if c is not candidate]
    return hosts(context.report, context.names, candidate.meeting, others)


def _front_organisers(report: ParsedReport, names: tuple[BodyName, ...]) -> frozenset[str]:
    """The bodies the title, a header line or the lead says organised, convened or hosted something
    (:func:`.organizers.organised_by`: ``The meeting was organized by X jointly with Y``, ``Organized by X``)."""
    found: set[str] = set()
    for text in [report.title or "", *(p.text for p in report.paragraphs[:LEAD_PARAGRAPHS])]:
        bodies = [(a, b, key) for key, (a, b) in find_body_names(text, names)]
        found.update(organised_by(text, clause_spans(text), bodies) if bodies else ())
    return frozenset(found)


def _organiser(context: _Context, candidate: Candidate) -> bool:
    """Its body organised a meeting another candidate of another body names on its days (a letterhead's
    commission under ``Regional Review Meeting on X`` / ``The meeting was organized by the Commission``): the
    organiser of that meeting, not the body that met."""
    meeting = candidate.meeting
    if meeting.body not in context.organisers or meeting.start is None:
        return False
    return any(o.meeting.body != meeting.body and _days(o.meeting) == _days(meeting) for o in context.candidates)


def _sitting_of_part(context: _Context, candidate: Candidate) -> bool:
    """It is a working party's or a Question's meeting (:func:`.study_group_keys.part_of_study_group`) held within
    the days of a candidate of its study group, the group the report is about (the presumed group, the title's):
    ``STUDY GROUP 5 – REPORT 3`` / ``Report of the meeting held in Geneva from 4 to 8 April 2031`` / ``Working Party
    1/5 met on 5 April 2031``: a sitting of the study group's meeting the record is of (round 55)."""
    own = _days(candidate.meeting)
    if own is None:
        return False
    presumed = report_groups(context.report)[0]
    titled = title_body(context.report, context.names)
    for other in context.candidates:
        group, days = other.meeting.body, _days(other.meeting)
        if days is None or group not in (presumed, titled) or not part_of_study_group(candidate.meeting.body, group):
            continue
        if days[0] <= own[0] <= own[1] <= days[1] and days != own:
            return True
    return False


Evidence = Callable[[_Context, Candidate], bool]

EVIDENCE: dict[str, Evidence] = {
    "title-body": _title_body,
    "front": _front,
    "dateline": _dateline,
    "dated": lambda _, c: c.meeting.start is not None,
    "numbered": lambda _, c: c.meeting.number is not None,
    "held": _held,
    "lead": _lead,
    "agreed": lambda _, c: len(c.readers) > 1,
    "encloses": _encloses,
    "issue-date": _issue_date,
    "vaguer": _vaguer,
    "organiser": _organiser,
    "members": lambda _, c: "members" in c.readers,
    "closed": lambda _, c: "closing" in c.readers,
    "earlier": _earlier,
    "to-come": _to_come,
    "addressed": _addressed,
    "prepares": _prepares,
    "hosts": _hosts,
    "part-sitting": _sitting_of_part,
}


def evidence(report: ParsedReport, names: tuple[BodyName, ...], found: list[Candidate]) -> list[frozenset[str]]:
    """The features each candidate has: the named evidence (:data:`EVIDENCE`) and the generic traits
    (:func:`_traits`)."""
    context = _Context(report, names, tuple(found), _header_orders(report), _front_organisers(report, names))
    shared = _report_traits(context)
    return [
        frozenset(f for f, test in EVIDENCE.items() if test(context, c)) | _traits(context, i, c) | shared
        for i, c in enumerate(found)
    ]


def _report_traits(context: _Context) -> frozenset[str]:
    """What every candidate of the report shares (it moves them all against the threshold): the genre,
    how many candidates there are."""
    n = len(context.candidates)
    return frozenset({"candidate", f"genre:{genre_of(context.report) or 'none'}", f"candidates:{min(n, 4)}"})


def _traits(context: _Context, index: int, candidate: Candidate) -> set[str]:
    """A candidate's generic traits: which readers found it, where it is first stated, how often, what
    it has (days, a place, a number), what its body is to the document, and what it is to the other
    candidates (their bodies, their days, their order)."""
    meeting, others = candidate.meeting, [c.meeting for c in context.candidates if c is not candidate]
    found = {f"reader:{r}" for r in candidate.readers} | {f"readers:{min(len(candidate.readers), 3)}"}
    found |= {f"first:{_first_place(context, meeting)}", f"mentions:{min(len(meeting.paragraphs), 3)}"}
    found |= {name for name, has in _has(meeting).items() if has}
    found |= {name for name, has in _body_of(context, meeting).items() if has}
    found |= {name for name, has in _among(meeting, others).items() if has}
    if index == 0:
        found.add("order:first")
    if index == len(context.candidates) - 1:
        found.add("order:last")
    return found


def _first_place(context: _Context, meeting: Meeting) -> str:
    """Where the first paragraph that states ``meeting`` stands: ``title`` (none: the title only),
    ``header`` (a header line), ``dateline``, ``table`` (a row), ``heading``, ``list`` (an item),
    ``lead`` (a paragraph of the lead), else ``body``."""
    if not meeting.paragraphs:
        return "title"
    first = min(meeting.paragraphs)
    paragraph = next((p for p in context.report.paragraphs if p.order == first), None)
    if paragraph is None:
        return "title"
    if dateline(paragraph.text) is not None:
        return "dateline"
    if first in context.header:
        return "header"
    if " | " in paragraph.text:
        return "table"
    if paragraph.kind in ("heading", "list-item"):
        return "heading" if paragraph.kind == "heading" else "list"
    return "lead" if _lead(context, Candidate(meeting, ())) else "body"


def _has(meeting: Meeting) -> dict[str, bool]:
    """What the candidate gives: days (more than one), a place, a number."""
    return {
        "has:days": meeting.start is not None,
        "has:span": meeting.end is not None and meeting.end != meeting.start,
        "has:place": bool(meeting.place),
        "has:number": meeting.number is not None,
    }


def _body_of(context: _Context, meeting: Meeting) -> dict[str, bool]:
    """What its body is to the document: the title's, one the title names, the presumed group's, the
    group its document symbols name, a catalogue body."""
    report = context.report
    presumed, symbol = report_groups(report)
    return {
        "body:title": meeting.body == title_body(report, context.names),
        "body:title-named": meeting.body in title_bodies(report, context.names),
        "body:presumed": meeting.body == presumed,
        "body:symbol": symbol is not None and meeting.body == symbol,
        "body:catalogue": any(n.key == meeting.body for n in context.names),
    }


def _among(meeting: Meeting, others: list[Meeting]) -> dict[str, bool]:
    """What it is to the other candidates: one shares its body, its days; its days overlap or lie within
    another's; it starts last or first of the dated ones; its number is the highest of its body's."""
    days = _days(meeting)
    dated = [d for m in others if (d := _days(m)) is not None]
    return {
        "among:only": not others,
        "among:same-body": any(m.body == meeting.body for m in others),
        "among:same-days": days is not None and days in dated,
        "among:overlaps": days is not None and any(d != days and d[0] <= days[1] and days[0] <= d[1] for d in dated),
        "among:within": days is not None and any(d != days and d[0] <= days[0] <= days[1] <= d[1] for d in dated),
        "among:latest": days is not None and bool(dated) and all(days[0] > d[0] for d in dated),
        "among:earliest": days is not None and bool(dated) and all(days[0] < d[0] for d in dated),
        "among:undated-others": days is not None and bool(others) and not dated,
    }


def score(features: Iterable[str], fitted: dict[str, float] | None = None) -> float:
    """The sum of the features' weights (``fitted``, else :func:`weights`)."""
    w = weights() if fitted is None else fitted
    return sum(w.get(f, 0.0) for f in features)


def choose(features: list[frozenset[str]], fitted: dict[str, float] | None = None) -> int | None:
    """The index of the best scoring candidate above :data:`THRESHOLD` (the first of those that tie
    within :data:`_TIE`), else ``None``: no meeting."""
    best_score, chosen = float(THRESHOLD), None
    for i, f in enumerate(features):
        if (s := score(f, fitted)) > best_score + _TIE:
            best_score, chosen = s, i
    return chosen


#: scores closer than this tie (sums of weights of two decimals)
_TIE = 1e-9


def best(report: ParsedReport, names: tuple[BodyName, ...], found: list[Candidate]) -> Candidate | None:
    """The best scoring candidate above :data:`THRESHOLD` (the first found of those that tie)."""
    chosen = choose(evidence(report, names, found)) if found else None
    return None if chosen is None else found[chosen]
