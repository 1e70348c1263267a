"""How two readers' finds of one meeting become one candidate (:func:`.meeting_candidates.candidates`):
whether they are the same meeting (:func:`same_meeting`, :func:`agree`) and what the merged meeting keeps
(:func:`merged_meeting`: the first's facts, its number or the other's, the dates of the reader that dates it best,
the most specific body)."""

from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

from wsiskg.ingest.records import Meeting, ParsedReport

from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import small_words
from .keys import slug
from .meeting import (
    dateline,
    meeting_words,
)
from .meeting_heading import most_specific


def same_meeting(a: Meeting, b: Meeting) -> bool:
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


def agree(a: Meeting, b: Meeting) -> bool:
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
    acronym = _key_initials(head)
    if any(w in x for w in y if not w.isdigit() and not _spelt_run(w, x)):
        return True
    return len(head) < len(x) and acronym in y


def _spelt_run(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the initials of a run of two or more of ``words`` (small words left out)."""
    content = [w for w in words if w not in small_words()]
    return any(_key_initials(content[i : i + len(word)]) == word for i in range(len(content)))


def _key_initials(words: list[str]) -> str:
    """The initials of a key's words (``joint-coordination-activity`` -> ``jca``): a key's words are lower-case, so
    :func:`.body_acronyms.initials`, which reads a name's capitals, does not serve."""
    return "".join(w[0] for w in words)


def _one_name(a: str, b: str) -> bool:
    """Two keys of one body's name, one with words the other lacks (``rapporteur-group-question-1-1``,
    ``rapporteur-group-meeting-for-question-1-1``)."""
    x, y = a.split("-"), b.split("-")
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 2 and set(short) <= set(long)


#: readers whose dates come from the line that names the meeting itself: they date a meeting
#: another reader found (a heading's dateline, ``High-level meeting`` / ``New York, 14 December
#: 2031``; the clause of a Chairman's report that dates its group's meeting)
DATING_READERS = ("heading", "chair-report", "listed")


def by_dateline(report: ParsedReport, meeting: Meeting, first: Meeting) -> bool:
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


#: the reader of the days a body says it held its meetings over (``Committee 3 held six meetings between 26 and 31
#: October``)
HELD_MEETINGS = "held-meetings"


def held_within(reader: str, meeting: Meeting, first: Meeting) -> bool:
    """Whether ``meeting``, the meetings a body says it held over some days (reader :data:`HELD_MEETINGS`), falls
    within the longer span ``first`` is dated by, the same body's meeting another reader dated by the session's
    dateline around it (a conference's committee: ``WTSA-31`` / ``Geneva, 4-13 May 2031`` / ``Committee 3 held six
    meetings between 5 and 10 May 2031``): the committee met on its own days, not over the conference's (round 54).
    Only when ``first`` is numbered, one of the body's meetings: a session dated by its dateline (``Council 2031`` /
    ``Geneva, 9-19 June 2031``) keeps its days whatever meetings it held within them."""
    if reader != HELD_MEETINGS or first.number is None:
        return False
    if meeting.start is None or first.start is None or first.end is None:
        return False
    end = meeting.end or meeting.start
    return first.start <= meeting.start and end <= first.end and (first.start, first.end) != (meeting.start, end)


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


def merged_meeting(first: Meeting, other: Meeting, dated_by: bool) -> Meeting:
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
