"""The statement of the report's own meeting in its lead: a sentence naming it (:func:`_statement`),
its ordinal stated alone or with the body (:func:`_ordinal_statement`, not another's: :func:`_its_other`,
:func:`_possessed_by_other`), several meetings named together (:func:`_several_named`).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_names import (
    BodyName,
    find_body_names,
)
from wsiskg.ingest.extract.datelines import (
    dateline,
)
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies
from wsiskg.ingest.extract.meeting_dates import _own_ordinal_stripped
from wsiskg.ingest.extract.meeting_lead import _headings, lead_texts, record_title
from wsiskg.ingest.extract.meeting_mentions import (
    MeetingHit,
    meeting_hits,
    session_hits,
)
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import (
    number_value,
    numeral_after_regex,
    ordinal_regex,
)
from wsiskg.ingest.extract.other_meetings import _unnumbered_meeting, another_meeting
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.text import clause_spans, sentence_spans, span_at


def _several_named(
    report: ParsedReport, lead: list[Paragraph], found: tuple[int | None, str, MeetingHit] | None
) -> tuple[int | None, str, MeetingHit] | None:
    """The later of the meetings a header names by their ordinals only (``Summary of the fifth and sixth
    meetings`` over ``The fifth meeting of X was chaired by ...``), of the body of the numbered meeting
    stated first: a record of several meetings is of the last (decision 1)."""
    if found is None or found[2].number is None or found[2].several:
        return found
    several = _ordinal_statement(report, lead, found[2].body)
    if several is not None and several[2].several and (several[2].number or 0) > found[2].number:
        return several
    return found


def _statement(
    report: ParsedReport, lead: list[Paragraph], names: tuple[BodyName, ...], prefer: frozenset[str] = frozenset()
) -> tuple[int | None, str, MeetingHit] | None:
    """Where the report states its meeting: the first numbered meeting in the title or the lead
    (of a body in ``prefer``, the bodies the title names, if there is one; else an unnumbered one of
    such a body said to be held), else an unnumbered one named in a header line or said to be
    held; ``(paragraph order or None for the title, text, hit)``."""
    texts = lead_texts(report, lead)
    found = [
        (order, text, h)
        for order, text in texts
        for h in meeting_hits(text, names)
        if order is None or not another_meeting(text, h.span)
    ]
    headings = _headings(lead)
    found = found or [(o, t, h) for o, t in texts if o is None or o in headings for h in session_hits(t, names)]
    # of a body the title names; else the meeting named as the one the text is about ("The meeting, the fourth of X")
    preferred = [f for f in found if f[2].body in prefer] or [f for f in found if f[2].this]
    if preferred:
        return preferred[0]
    # a meeting of a body the title names, said to be held, wins over a numbered one of another body
    own = _unnumbered_meeting(texts, names, headings, prefer) if prefer and found else None
    return own or (found[0] if found else _unnumbered_meeting(texts, names, headings))


@cache
def _own_ordinal_cue() -> re.Pattern[str]:
    """``the 5th meeting, held ...`` / ``covers the 5th meeting`` / ``at its 5th meeting (Geneva, 3 May)`` /
    a record's words before it (``record
    of the fifth plenary meeting``, ``HIGHLIGHTS OF THE SECOND MEETING``; ``meeting_words.csv``, role
    ``session-record``)."""
    records = word_alternation(meeting_words("session-record"))
    return re.compile(
        rf"(?i)\b(?:held|took\s+place|convened|covers|report\s+on|(?:record|minutes)\s+of|{records}|(?:at|during)\s+its)(?!\w)"
    )


def _dated_heading(text: str, ordinal: str) -> bool:
    """Whether ``text`` is a header line of an ordinal meeting and its dateline (``Ninth meeting –
    Geneva, 3 and 4 March 2031``)."""
    rest = _own_ordinal_stripped(text, number_value(ordinal))
    return rest != text and dateline(rest) is not None


@cache
def _ordinal_forms() -> tuple[re.Pattern[str], ...]:
    """A meeting named by its number only: an ordinal before its noun (``the fifth plenary meeting``,
    ``the fifth and sixth meetings``, ``SEVENTH SITTING``), or a number after it (``Meeting No. 7``,
    ``Meeting XII``); nouns in ``meeting_words.csv``, role ``meeting-noun``."""
    ordinal, nouns = ordinal_regex(), word_alternation(meeting_words("meeting-noun"))
    # a word in brackets (``TENTH (FINAL) PLENARY MEETING``), series words (``thirteenth working-level meeting``)
    series = word_alternation([*meeting_words("series"), "regular", "ordinary"])
    return (
        re.compile(
            rf"(?P<more>{ordinal}(?:\s*,\s*{ordinal})*\s+(?i:and|&)\s+)?(?P<num>{ordinal})\s+(?:\([A-Za-z]+\)\s+)?"
            rf"(?:(?i:{series})\s+){{0,2}}(?i:(?:{nouns})(?(more)s|))\b"
        ),
        re.compile(rf"(?<![\w-])(?P<more>(?!))?(?i:{nouns})\s+(?P<num>{numeral_after_regex()})"),
    )


def _ordinal_statement(
    report: ParsedReport, lead: list[Paragraph], body: str
) -> tuple[int | None, str, MeetingHit] | None:
    """A meeting of ``body`` named only by its ordinal in the title or a lead clause that says it
    was held or is the one reported (not a list of past meetings)."""
    title = record_title(report)
    texts: list[tuple[int | None, str]] = [(None, title)] if title else []
    texts += [(p.order, p.text) for p in lead if p.kind != "list-item"]
    for order, text in texts:
        for m in (m for pattern in _ordinal_forms() for m in pattern.finditer(text)):
            s0, s1 = span_at(clause_spans(text), m.start(), len(text))
            # a header line: "FIFTH PLENARY MEETING", "Seventh meeting, Lima, 3-4 May 2031"
            header = m.start() == 0 and (m.end() == len(text.rstrip(" .:")) or _dated_heading(text, m.group("num")))
            after = m.re is _ordinal_forms()[1]  # "Meeting No. 7": only a title or a header line
            if (
                _possessed_by_other(text[max(0, m.start() - 60) : m.start()], body)
                or _its_other(text, m.start(), body)
                or _of_other_group(text, m.end(), body)
            ):
                continue  # "the Group's thirty-eighth meeting", "the 42nd meeting of the Group" in a Council record
            if (
                order is None
                or header
                or (not after and _own_ordinal_cue().search(text[s0:s1]) and not another_meeting(text, m.span()))
            ):
                number = number_value(m.group("num"))
                if number:
                    return order, text, MeetingHit(body, number, m.span(), several=bool(m.group("more")))
    return None


#: a possessive right before an ordinal: ``the Group's``, ``CWG-X's``
_POSSESSIVE = re.compile(r"(?P<owner>(?:[A-Z][\w&-]*\s+){0,6}[A-Z][\w&-]*)['’]s\s+$")


def _its_other(text: str, start: int, body: str) -> bool:
    """Whether ``its`` right before an ordinal at ``start`` is another catalogue body's, the last
    named before it in the sentence (``the Board would consider the rules at its 35th meeting`` in
    a record of another group)."""
    if not re.search(r"(?i)\bits\s+$", text[max(0, start - 5) : start]):
        return False
    s0, _ = span_at(sentence_spans(text), start, len(text))
    named = find_body_names(text[s0:start])
    return bool(named) and named[-1][0] != body


@cache
def _of_the_group() -> re.Pattern[str]:
    """``of the <group noun>`` right after a meeting (``meeting_words.csv``, role ``group``)."""
    return re.compile(rf"\s+of\s+the\s+(?P<noun>(?i:{word_alternation(meeting_words('group'))}))\b")


def _of_other_group(text: str, end: int, body: str) -> bool:
    """Whether ``of the <group noun>`` right after the meeting named up to ``end`` makes it another group's: the
    noun is no word of the names of ``body``, a catalogue body (``the 42nd meeting of the Group`` in a record of the
    Council; ``the fifth meeting of the Group`` in a report of the Group's Chairman stays the Group's)."""
    m = _of_the_group().match(text, end)
    entry = gazetteer_bodies().get(body)
    if m is None or entry is None:  # a body outside the catalogue: its names unknown here
        return False
    noun = re.compile(rf"(?i)\b{re.escape(m.group('noun'))}\b")
    return not any(noun.search(form) for form in (entry.name, *entry.aliases))


def _possessed_by_other(before: str, body: str) -> bool:
    """Whether the words before an ordinal make it the meeting of a body other than ``body``
    (``the Group's thirty-eighth meeting`` when the Council is the body); ``the Council's`` keeps it."""
    m = _POSSESSIVE.search(before)
    return m is not None and body not in {key for key, _ in find_body_names(m.group("owner"))}
