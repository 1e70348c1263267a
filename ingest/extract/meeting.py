"""Find the meeting a report is about: body, number, dates, mode, place, attendance.

:func:`find_meeting` looks at the report title, then the first paragraphs, for
``the 41st meeting of the Council Working Group on WSIS&SDG`` /
``The Council Working Group on Languages (CWG-LANG) held its 12th meeting`` /
``the 41st CWG-WSIS&SDG meeting`` (each mention read by :mod:`.meeting_mentions`), chooses the
report's own among them and dates it (the statement's sentence, the lead, the front's datelines:
:mod:`.datelines`); mode, place, attendance and documents come from the lead's sentences about it
(:mod:`.meeting_facts`). Chair and vice-chairs are left empty (the persons extractor fills them).

Re-exported here for the other fact extractors of this package: the gazetteer lookup of
:mod:`.body_names` (:class:`BodyName`, :func:`find_body_names` ...), the ordinals of
:mod:`.ordinals` (:func:`ordinal_regex`, :func:`number_value` ...), :func:`slug` (from ``keys``),
:func:`dateline`, :func:`meeting_mode`, :func:`meeting_words`, :func:`session_stem`.
Vocabulary (modes, attendance qualifiers, attendee nouns) is in ``ingest/data/meeting_words.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_names import (
    BodyIndex,
    BodyName,
    as_body_names,
    body_index,
    find_body_names,
    load_body_names,
    surface_regex,
)
from wsiskg.ingest.extract.datelines import (
    WEEKDAY,
    dateline,
)
from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_dates import (
    PART_LABEL,
    _dates,
    _dates_from_dateline,
    _dates_from_held_sentence,
    _Facts,
    front_datelines,
)
from wsiskg.ingest.extract.meeting_days import day_dates, header_year, meeting_year, own_dates_end
from wsiskg.ingest.extract.meeting_facts import attendance, documents_considered, meeting_mode, meeting_place
from wsiskg.ingest.extract.meeting_lead import GOES_ON_FROM_TITLE, LEAD_PARAGRAPHS, _headings, lead_texts, record_title
from wsiskg.ingest.extract.meeting_mentions import MeetingHit, meeting_hits, session_stem
from wsiskg.ingest.extract.meeting_statements import _ordinal_statement, _several_named, _statement
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import (
    cardinal_regex,
    has_ordinal,
    number_value,
    numeral_after_regex,
    ordinal_regex,
)
from wsiskg.ingest.extract.other_meetings import _TO_COME, HELD, _last_of_several, another_meeting, lead_ordinal
from wsiskg.ingest.extract.rapporteur_groups import rapporteur_group, rapporteur_group_key
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.text import clause_spans, span_at, squash


def held_meeting(report: ParsedReport, body: str, dateline_too: bool = False) -> Meeting | None:
    """The unnumbered meeting of ``body`` (the group a report is about) that a lead sentence says
    was held (``The meeting was held in Geneva on 3 and 4 May 2031``, ``The Group met in Lima on ...``);
    with ``dateline_too`` (a title that says the report records a meeting), else the dateline of
    the front."""
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    facts = _Facts(sentence="", after="", year=header_year(report))
    # the title too when it says the report records a meeting (``X – Report of the meeting held in Geneva, 8-11 July``)
    joined = [(o, t) for o, t in lead_texts(report, lead) if o is not None or dateline_too]
    if not _dates_from_held_sentence(facts, joined, group=True) and not (
        dateline_too and _dates_from_dateline(facts, lead, MeetingHit(body, None, (0, 0)))
    ):
        return None
    stated = tuple(sorted(o for o in facts.paragraphs if o is not None))  # the title: no paragraph
    return Meeting(body, start=facts.start, end=facts.end, place=facts.place, paragraphs=stated)


@cache
def _record_of_another() -> re.Pattern[str]:
    """The record of a meeting named by its ordinal or as another (``The minutes of the fourth meeting,``, ``the report
    of the previous meeting (Document X/4),``): a participle after it dates that meeting, not the one titled; words
    of ``meeting_words.csv``, roles ``record-word`` and ``other``."""
    record = word_alternation(meeting_words("record-word"))
    other = word_alternation(meeting_words("other"))
    return re.compile(
        rf"\b(?i:the)\s+(?i:{record})\s+(?i:of)\s+(?i:the)\s+(?:(?i:{ordinal_regex()})|(?i:{other}))\s+"
        rf"(?:[\w-]+\s+)?(?i:meeting|session)\s*(?:\([^()]*\)\s*)?,?\s*$"
    )


def lead_held_meeting(report: ParsedReport, key: str) -> Meeting | None:
    """The meeting ``key`` a heading names without dates, dated by the first lead sentence that says
    a meeting was held, met or was convened and gives days (``The experts met at X from Monday 24 to
    Wednesday 26 November``, ``On 14-15 May 2031 the Office convened, in Lima, a regional meeting
    on ...``): its days, not another event's it brings in after (:func:`own_dates_end`); the days after the verb
    before any before it (a header field's date run into the line: ``Distr.: General - 9 June 2031 held at X
    from 2 to 4 May 2031``)."""
    year = header_year(report)
    for order, text in lead_texts(report, list(report.paragraphs[:LEAD_PARAGRAPHS])):
        if order is None:
            continue
        for a, b in clause_spans(text):
            sent = text[a:b]
            said = re.search(HELD, sent)
            if said is None or _TO_COME.search(sent[max(0, said.start() - 12) : said.end()]):
                continue  # not "to be held in Tunis from ...": another meeting still to come
            if _record_of_another().search(sent[: said.start()]):
                continue  # "The minutes of the fourth meeting, held on 3 May, were adopted": that meeting's days
            own = sent[: own_dates_end(sent, said.end(), len(sent))]
            # the days after the verb (``Distr.: General - 2 December 2031 held at X from 3 to 5 November 2031``:
            # a header field run into the line), else before it (``On 4-5 October the Office convened ...``)
            days = day_dates(own[said.end() :], year) or day_dates(own, year)
            if days:
                place = meeting_place(sent)
                return Meeting(key, start=days[0].start, end=days[0].end, place=place, paragraphs=(order,))
    return None


def find_meeting(
    report: ParsedReport,
    bodies: Iterable[Any] | None = None,
    default_body: str | None = None,
    prefer: frozenset[str] = frozenset(),
) -> Meeting | None:
    """The meeting the report is about, or ``None`` if no meeting of a body is stated.

    A meeting named without a number (``the UNGIS meeting held on ...``, ``annual meeting of
    the Partnership on ...``, ``Open Consultation Process second physical meeting``) is only
    taken when no numbered one is stated, from the title or a lead sentence saying it was
    held; its ``number`` is ``None`` (the model names it after the report).

    The title and the first :data:`LEAD_PARAGRAPHS` paragraphs are searched in order; the
    first statement wins. Dates, place and mode come from the sentence of that statement
    (mode also from a later lead sentence about "the meeting"); attendance and the number
    of documents from the lead paragraphs. ``paragraphs``: every paragraph (anywhere in
    the report) that states this meeting (same body and number), or gives one of these facts.

    ``prefer``: the bodies the title names (``REPORT OF SUB-COMMITTEE B``): the first statement
    of a meeting of one of them wins over an earlier one of another body (the session of the
    parent it met during).

    With ``default_body`` (the group the report is presumed to be about), a lead sentence that
    names only an ordinal (``This report covers the 5th meeting, held in ...``, ``Summary record
    of the fifth plenary meeting``) states that body's meeting.
    """
    names = as_body_names(bodies)
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    found = _several_named(report, lead, _statement(report, lead, names, prefer))
    # an unnumbered meeting the lead names (``Rapporteur group meetings took place ...``, ``TDAG met in ...``)
    # does not stop the ordinal the title or a header line gives the presumed body's meeting
    # (``Report of the second meeting``)
    if default_body is not None and (found is None or found[2].number is None):
        ordinal = _ordinal_statement(report, lead, default_body)
        # the ordinal of a body the title names wins over an unnumbered meeting of another (a Chairman's report
        # addressed "TO THE 2031 SESSION OF THE COUNCIL": "The fifth meeting of the Working Group took place ...")
        preferred = found is not None and default_body in prefer and found[2].body not in prefer
        headed = ordinal is not None and (
            found is None or ordinal[0] is None or ordinal[0] in _headings(lead) or preferred
        )
        found = ordinal if headed else found
    if found is None:
        return None
    hit, facts = _stated_facts(report, lead, names, found)
    return Meeting(
        body=hit.body,
        number=hit.number,
        start=facts.start,
        end=facts.end,
        mode=facts.mode,
        place=facts.place,
        delegates=facts.delegates,
        delegates_qualifier=facts.qualifier,
        documents_considered=facts.documents,
        paragraphs=tuple(sorted(facts.paragraphs)),
    )


def _stated_facts(
    report: ParsedReport,
    lead: list[Paragraph],
    names: tuple[BodyName, ...],
    found: tuple[int | None, str, MeetingHit],
) -> tuple[MeetingHit, _Facts]:
    """The meeting stated in ``found`` (paragraph order, its text, the statement read) and its facts:
    dates, mode, place, attendance and every paragraph stating it."""
    order, text, hit = found
    hit = _last_of_several(text, hit)
    s0, s1 = span_at(clause_spans(text), hit.span[0], len(text))
    ends = own_dates_end(text, hit.span[1], s1)
    own = _adverbial_end(text, hit.span, ends)
    facts = _Facts(sentence=text[s0:s1], after=text[hit.span[1] : own], year=header_year(report), own=text[s0:own])
    facts.listed = text[hit.span[0] : ends]
    facts.paragraphs = {
        p.order
        for p in report.paragraphs
        if any(h.body == hit.body and h.number == hit.number for h in meeting_hits(p.text, names, hit.number is None))
    }
    _dates(facts, report, lead, names, hit, order)
    facts.mode = meeting_mode(facts.after) or meeting_mode(facts.sentence)
    facts.place = meeting_place(facts.sentence) if facts.place is None else facts.place
    _lead_facts(facts, lead)
    if order is not None:
        facts.paragraphs.add(order)
    return hit, facts


#: a meeting named as when something was done (``At its sixth meeting the Group asked ...``), and its
#: apposition (``, on 3 May 2031,``, ``(Geneva, 3-4 May 2031)``)
_AT_MEETING = re.compile(rf"(?i)\b(?:at|during)\s+(?:(?:{determiner_alternation('meeting')})\s+)?$")
_APPOSITION = re.compile(r"\s*(?:\([^()]*\)|,[^,;]*,)")


def _adverbial_end(text: str, span: tuple[int, int], end: int) -> int:
    """Where the meeting's own dates stop after a meeting named as the time of what the clause says (``At
    its sixth meeting TSAG asked the Director to publish ... as from 1 January 2031``: that date is the
    request's): after its apposition (``At its sixth meeting (Geneva, 3-4 May 2031), ...``), if any."""
    if not _AT_MEETING.search(text[max(0, span[0] - 20) : span[0]]):
        return end
    apposition = _APPOSITION.match(text, span[1])
    return min(end, apposition.end() if apposition else span[1])


_ABOUT_MEETING = re.compile(rf"(?i)\b(?:{determiner_alternation('anaphor')})\s+meeting\b|\bmeeting\s+was\b")
_OTHER_MEETING = re.compile(r"(?i)\b(?:previous|last|next|upcoming|former)\b")
_HELD_OR_ATTENDED = re.compile(r"(?i)\b(?:held|attended|conducted|convened)\b")


def _lead_facts(facts: _Facts, lead: list[Paragraph]) -> None:
    """Attendance, the number of documents, mode and place from the lead's sentences about the
    meeting (a count of documents is the meeting's unless another meeting is meant)."""
    for p in lead:
        for a, b in clause_spans(p.text):
            sent = p.text[a:b]
            about_meeting = bool(_ABOUT_MEETING.search(sent)) or p.order in facts.paragraphs
            if facts.delegates is None and about_meeting:
                n, q = attendance(sent)
                if n is not None:
                    facts.delegates, facts.qualifier = n, q
                    facts.paragraphs.add(p.order)
                    facts.mode = facts.mode or meeting_mode(sent)
            if facts.documents is None and (about_meeting or not _OTHER_MEETING.search(sent)):
                facts.documents = documents_considered(sent)
                if facts.documents is not None:
                    facts.paragraphs.add(p.order)
            if facts.mode is None and about_meeting and _HELD_OR_ATTENDED.search(sent):
                facts.mode = meeting_mode(sent)
            if facts.place is None and about_meeting:
                facts.place = meeting_place(sent)


__all__: Sequence[str] = (
    "BodyIndex",
    "BodyName",
    "GOES_ON_FROM_TITLE",
    "HELD",
    "LEAD_PARAGRAPHS",
    "PART_LABEL",
    "WEEKDAY",
    "another_meeting",
    "as_body_names",
    "body_index",
    "cardinal_regex",
    "dateline",
    "day_dates",
    "find_body_names",
    "find_meeting",
    "front_datelines",
    "has_ordinal",
    "header_year",
    "held_meeting",
    "lead_held_meeting",
    "lead_ordinal",
    "load_body_names",
    "meeting_hits",
    "meeting_mode",
    "meeting_words",
    "meeting_year",
    "number_value",
    "numeral_after_regex",
    "ordinal_regex",
    "own_dates_end",
    "rapporteur_group",
    "rapporteur_group_key",
    "record_title",
    "session_stem",
    "slug",
    "squash",
    "surface_regex",
)
