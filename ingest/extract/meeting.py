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
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
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
    days_joined,
    ending_dateline,
    front_dateline,
    tail_dateline,
)
from wsiskg.ingest.extract.dates import date_words, find_dates, neighbour_words
from wsiskg.ingest.extract.event_dates import neighbour_at
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation
from wsiskg.ingest.extract.genre import header_lines
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_facts import attendance, documents_considered, meeting_mode, meeting_place
from wsiskg.ingest.extract.meeting_mentions import (
    MeetingHit,
    meeting_hits,
    rapporteur_group,
    rapporteur_group_key,
    session_hits,
    session_stem,
)
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import (
    cardinal_regex,
    has_ordinal,
    number_value,
    numeral_after_regex,
    ordinal_regex,
)
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.text import DASH, clause_spans, sentence_spans, span_at, squash

#: how many leading paragraphs may state the meeting (after the title)
LEAD_PARAGRAPHS = 12


@cache
def _ordinal_meeting_line() -> re.Pattern[str]:
    """A line's words up to its meeting's ordinal and noun (``Forty-second meeting,``, ``Meeting No. 4 –``;
    ``meeting_words.csv``, role ``meeting-noun``)."""
    nouns = rf"(?:{word_alternation(meeting_words('meeting-noun'))}|session)"
    return re.compile(
        rf"(?:[^,:;()]{{0,80}}?\s)?(?:(?P<num>{ordinal_regex()})\s+{nouns}|{nouns}\s+(?P<after>{numeral_after_regex()}))"
        rf"\s*(?:[,:]|{DASH})\s*",
        re.I,
    )


def _own_ordinal_stripped(text: str, number: int | None) -> str:
    """A header line that names the report's meeting by its ordinal before the dateline
    (``Forty-second meeting, Geneva, 3 and 4 February 2025``, ``25th meeting – Geneva, 14-15 May
    2013``, after the body's name: ``ITU-D Study Group 2 Second meeting: Geneva, ...``) without
    that ordinal, so the rest reads as a dateline; any other line unchanged."""
    m = _ordinal_meeting_line().match(text)
    if m is None or number is None or number_value(m.group("num") or m.group("after")) != number:
        return text
    return text[m.end() :]


@cache
def _held_meeting() -> re.Pattern[str]:
    """A sentence that says when/where the report's meeting was held, without naming the body (``The
    meeting was held in Lima on ...``; ``Summary of the facilitation meeting held on 3 May 2031``: a
    participle right after it, not of another meeting: ``meeting_words.csv``, role ``other``)."""
    other, was = word_alternation(meeting_words("other")), auxiliary_alternation("be", "clause")
    return re.compile(
        rf"(?i)\b(?:the|this)\s+(?!(?:{other})\b)(?:\w+\s+){{0,2}}meeting\b(?=\s+(?:held|convened)\b)"
        r"|\b(?:the|this)\s+(?:\w+\s+){0,2}meeting\b[^.;]*?"
        rf"\b(?:(?:{was})\s+(?:\w+\s+)?(?:held|convened|conducted|organi[sz]ed)|took\s+place)\b"
    )


@cache
def _group_met() -> re.Pattern[str]:
    """``The Group met``: the report's group (nouns in ``meeting_words.csv``, role ``group``) met;
    ``The Council, at its virtual session held from ...``: its session held (a clause of its own)."""
    return re.compile(
        rf"\b[Tt]he\s+(?:{word_alternation(meeting_words('group'))})\s+(?:\w+\s+)?(?:met|convened)\b"
        r"|(?:^|,)\s*(?:at|during)\s+its\s+(?:[\w-]+\s+){0,2}(?:session|meeting)\s+(?:held|convened)\b"
    )


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


def lead_held_meeting(report: ParsedReport, key: str) -> Meeting | None:
    """The meeting ``key`` a heading names without dates, dated by the first lead sentence that says
    a meeting was held, met or was convened and gives days (``The experts met at X from Monday 24 to
    Wednesday 26 November``, ``On 14-15 May 2031 the Office convened, in Lima, a regional meeting
    on ...``): its days, not another event's it brings in after (:func:`own_dates_end`)."""
    year = header_year(report)
    for order, text in lead_texts(report, list(report.paragraphs[:LEAD_PARAGRAPHS])):
        if order is None:
            continue
        for a, b in clause_spans(text):
            sent = text[a:b]
            said = re.search(HELD, sent)
            if said is None or _TO_COME.search(sent[max(0, said.start() - 12) : said.end()]):
                continue  # not "to be held in Tunis from ...": another meeting still to come
            days = day_dates(sent[: own_dates_end(sent, said.end(), len(sent))], year)
            if days:
                place = meeting_place(sent)
                return Meeting(key, start=days[0].start, end=days[0].end, place=place, paragraphs=(order,))
    return None


#: a lead sentence that states a meeting without a number must say it was held
HELD = r"(?i)\b(?:held|convened|took\s+place|met|hosted|organi[sz]ed)\b"


#: a meeting the clause says is still to come (``scheduled for``, ``initially planned for``)
_TO_COME = re.compile(
    rf"(?i)\b(?:{modal_alternation('future')})\s+(?:\w+\s+)?(?:be\s+held|take\s+place|meet|convene)\b|\bto\s+be\s+held\b"
    rf"|^[\s,]*(?:\([^()]{{1,30}}\)\s*,?\s*)?(?:(?:{auxiliary_alternation('be', 'clause')})\s+)?(?:[a-z]+ly\s+)?"
    r"(?:scheduled|planned)\s+(?:for|to)\b"
)


#: a statement that starts with the meeting, not with its body (a word before a body, as in
#: ``the former Council Working Group on WSIS held its 25th meeting``, is about the body)
_STARTS_WITH_MEETING = re.compile(rf"(?:{ordinal_regex()}|(?i:meeting)\b)")


@cache
def _other_before() -> re.Pattern[str]:
    """A word that makes the meeting after it another one, up to two words before it (``the next``, ``its
    previous``; ``meeting_words.csv``, role ``other``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('other'))})\s+(?:[\w-]+\s+){{0,2}}$")


def another_meeting(text: str, span: tuple[int, int]) -> bool:
    """Whether the meeting stated at ``span`` of ``text`` is another one than the report's: a
    word before it names it so (``the next meeting``, ``its previous 41st meeting``, ``the next
    UNGIS meeting``; words in
    ``meeting_words.csv``, role ``other``), or the words after it say it is still to be held."""
    # a word before "the 5th meeting" or "the UNGIS meeting" is about the meeting; before "the Group
    # held its 5th meeting", about the Group
    about = _STARTS_WITH_MEETING.match(text, span[0]) or re.search(r"(?i)\bmeetings?$", text[span[0] : span[1]])
    before = text[max(0, span[0] - 40) : span[0]] if about and " its " not in text[span[0] : span[1]] else ""
    if _other_before().search(before):
        return True
    s0, s1 = span_at(clause_spans(text), span[0], len(text))
    return bool(_TO_COME.search(text[span[1] : min(s1, span[1] + 80)]) or _goes_to().search(text, s0, span[0]))


@cache
def _goes_to() -> re.Pattern[str]:
    """An infinitive before a meeting in its clause that makes it one still to come (``agreed to hold its
    final meeting during the XXV Meeting of X``, ``invited the subgroup to report to the seventh meeting of
    X``; ``meeting_words.csv``, role ``goes-to``)."""
    return re.compile(rf"(?i)\bto\s+(?:{word_alternation(meeting_words('goes-to'))})\b")


def _unnumbered_meeting(
    texts: list[tuple[int | None, str]],
    names: tuple[BodyName, ...],
    headings: frozenset[int] = frozenset(),
    bodies: frozenset[str] | None = None,
) -> tuple[int | None, str, MeetingHit] | None:
    """A meeting named without a number (``Report of the UNGIS meeting held on 12 March
    2024``): in the title or a header line (``headings``: ``Joint meeting of UNGIS and ...``), or in
    a lead sentence that says it was held; only of ``bodies`` when given."""
    for order, text in texts:
        for hit in meeting_hits(text, names, unnumbered=True):
            if bodies is not None and hit.body not in bodies:
                continue
            s0, s1 = span_at(clause_spans(text), hit.span[0], len(text))
            other = another_meeting(text, hit.span)
            titled = _record_words().fullmatch(text[s0 : hit.span[0]]) is not None
            if (
                order is None
                or ((order in headings or titled) and not other)
                or (re.search(HELD, text[s0:s1]) and not other)
            ):
                return order, text, hit
    return None


@cache
def _numbered_kind(words: tuple[str, ...]) -> re.Pattern[str]:
    """An ordinal, up to three words and the kind of meeting ``words`` (``its sixth facilitation meeting``)."""
    written = r"\s+".join(map(re.escape, words))
    return re.compile(
        rf"\b(?:the|its|this)\s+(?P<num>{ordinal_regex()})\s+(?:[\w-]+\s+){{0,3}}?{written}(?![\w-])", re.I
    )


def lead_ordinal(report: ParsedReport, kind: str) -> int | None:
    """The number a lead sentence gives a meeting of ``kind`` (the last words of its name, ``facilitation
    meeting``) that a heading names without one: ``The fourth e-environment facilitation meeting brought
    together ...``, ``convened its sixth facilitation meeting on 18 May`` (an ordinal, up to three words, the
    kind); not another meeting (``the next ...``, one still to be held)."""
    words = kind.split()
    if len(words) < 2:  # "meeting" alone names any meeting
        return None
    form = _numbered_kind(tuple(words))
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for m in form.finditer(p.text):
            if not another_meeting(p.text, (m.start("num"), m.end())) and number_value(m.group("num")):
                return number_value(m.group("num"))
    return None


@cache
def _record_words() -> re.Pattern[str]:
    """What comes before a meeting's name in a record's title written as a front line, maybe after a
    header field's label (``Title: Report of the``, ``Summary record of the``; ``meeting_words.csv``,
    role ``session-record``)."""
    records = word_alternation(meeting_words("session-record"))
    return re.compile(rf"\s*(?:[A-Z][a-z]+\s*:\s*)?(?i:draft\s+)?(?i:{records})\s+(?i:the\s+)?")


#: a header line is short and is no sentence
_HEADING_LINE = 120


def _headings(lead: list[Paragraph]) -> frozenset[int]:
    """The header lines of the lead: short lines of the front that end without a full stop."""
    return frozenset(
        p.order for p in lead if p.section == "front" and len(p.text) <= _HEADING_LINE and not p.text.endswith(".")
    )


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
    own = _adverbial_end(text, hit.span, own_dates_end(text, hit.span[1], s1))
    facts = _Facts(sentence=text[s0:s1], after=text[hit.span[1] : own], year=header_year(report), own=text[s0:own])
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


def own_dates_end(text: str, start: int, end: int) -> int:
    """Where the dates after a meeting's statement stop being its own: another event brought in by a
    neighbour word (``took place during the WSIS Forum 2031, held from 3 to 7 May``; the one reading
    of :func:`.event_dates.neighbour_at`, words in ``date_words.csv``, role ``neighbour``), or what a
    participle after a comma recalls (:func:`_aside`); not any event noun after it (``held at the
    International Conference Centre on 3 May``)."""

    cut = neighbour_at(text, start, end)
    aside = _aside().search(text, start, end)  # ", recalling the launch of X on 3 May": what was recalled
    return min(cut if _neighbour_word().match(text, cut) else end, aside.start() if aside else end)


@cache
def _aside() -> re.Pattern[str]:
    """A participle after a comma that opens what a speaker recalled or noted (``The Chair opened the first meeting,
    recalling the launch of X on 3 May``; ``date_words.csv``, role ``aside``): its dates are not the meeting's."""
    return re.compile(rf",\s+(?i:{word_alternation(date_words('aside'))})\b")


#: a meeting named as when something was done (``At its sixth meeting the Group asked ...``), and its
#: apposition (``, on 3 May 2031,``, ``(Geneva, 3-4 May 2031)``)
_AT_MEETING = re.compile(r"(?i)\b(?:at|during)\s+(?:(?:its|the|their|this)\s+)?$")
_APPOSITION = re.compile(r"\s*(?:\([^()]*\)|,[^,;]*,)")


def _adverbial_end(text: str, span: tuple[int, int], end: int) -> int:
    """Where the meeting's own dates stop after a meeting named as the time of what the clause says (``At
    its sixth meeting TSAG asked the Director to publish ... as from 1 January 2031``: that date is the
    request's): after its apposition (``At its sixth meeting (Geneva, 3-4 May 2031), ...``), if any."""
    if not _AT_MEETING.search(text[max(0, span[0] - 20) : span[0]]):
        return end
    apposition = _APPOSITION.match(text, span[1])
    return min(end, apposition.end() if apposition else span[1])


@cache
def _neighbour_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{word_alternation(neighbour_words())})\b")


def _last_of_several(text: str, hit: MeetingHit) -> MeetingHit:
    """The last of the body's meetings a sentence states one after the other (``held its 40th
    meeting on 3 March and its 41st meeting on 9 and 10 June``): the record is of the last."""
    if hit.number is None:
        return hit
    end = next((b for a, b in sentence_spans(text) if a <= hit.span[0] < b), len(text))
    last = hit
    for m in _next_of_several().finditer(text, hit.span[1], end):
        number = number_value(m.group("num"))
        later = number is not None and last.number is not None and number > last.number
        if later and not another_meeting(text, m.span("num")):  # not "and the 41st meeting will be held"
            last = MeetingHit(hit.body, number, m.span("num"))
    return last


@cache
def _next_of_several() -> re.Pattern[str]:
    return re.compile(rf"\b(?:and|then)\s+(?:its|the)\s+(?P<num>{ordinal_regex()})(?:\s+(?i:meeting))?\b")


@dataclass
class _Facts:
    """What is known of the report's meeting while its statement and lead are read."""

    sentence: str
    after: str
    year: int | None = None  # completes a date written without a year (:func:`header_year`)
    own: str = ""  # the sentence up to where its dates stop being the meeting's (:func:`own_dates_end`)
    paragraphs: set[int] = field(default_factory=set)
    start: date | None = None
    end: date | None = None
    place: str | None = None
    mode: str | None = None
    delegates: int | None = None
    qualifier: str | None = None
    documents: int | None = None


#: a line that goes on in the next one: it ends with a hyphen after a letter, or without a
#: sentence's end before a line that starts with a small letter, or with a word that needs more
#: (``on``, ``and``) before a line that starts with a digit
_BROKEN = re.compile(r"(?:\w-|[^.;:!?)\]])$")
_GOES_ON = re.compile(r"[a-z]")
#: a line that is only a document symbol, maybe with its page (``EGH-9/4-E``): a running header
_RUNNING_SYMBOL = re.compile(r"[A-Z][\w&.\-]*/[\w/().\-]+(?:\s+(?i:page)\s+\d+)?")
_NEEDS_MORE = re.compile(r"(?:\w-|\b(?:and|on|from|to|of|in|at|between|the|by|until)|,)$")


def _name_goes_on(last: str, text: str) -> bool:
    """Whether a catalogue name starts at the end of ``last`` and ends in ``text`` (``... of the
    Council`` / ``Working Group on Languages``): a title broken inside a name."""
    if not last:
        return False
    start = max(0, len(last) - 80)  # the name's start is near the end of the line
    cut = len(last) - start
    return any(a < cut < b for _, (a, b) in find_body_names(f"{last[start:]} {text}"))


#: a front line that cannot open a title of its own: it goes on from the title (``SUMMARY RECORD`` /
#: ``OF THE FIFTH PLENARY MEETING``)
GOES_ON_FROM_TITLE = re.compile(r"(?i)^(?:of|on)\s+the\b")
#: a bracket that closes a name on the line above (``(POLICY AND LEGAL MATTERS)``)
_BRACKET_LINE = re.compile(r"\([^()]{2,80}\)")


def record_title(report: ParsedReport) -> str | None:
    """The report's title with the front lines that go on from it: a record's title written over
    lines (``SUMMARY RECORD`` / ``OF THE THIRD MEETING OF COMMITTEE 5`` / ``(POLICY AND LEGAL
    MATTERS)``; ``MINUTES`` / ``OF THE`` / ``FIFTH PLENARY MEETING``): a short front line that opens
    with ``of the`` (not a sentence's end, closed by a period), the lines it needs to end (one that ends with
    ``of the``) and a bracket under it."""
    title = report.title
    front = [p.text for p in report.paragraphs[:LEAD_PARAGRAPHS] if p.section == "front"]
    start = next(
        (
            i
            for i, t in enumerate(front)
            if GOES_ON_FROM_TITLE.match(t) and len(t) <= _HEADING_LINE and not t.rstrip().endswith(".")
        ),
        None,
    )  # not a sentence cut by a page (``of the Group since the last X meeting, which are summarized below.``)
    if not title or start is None or title.rstrip().endswith((".", ":")):
        return title
    end = start + 1
    while end < len(front) and _NEEDS_MORE.search(front[end - 1].lower()) and len(front[end]) <= _HEADING_LINE:
        end += 1
    if end < len(front) and _BRACKET_LINE.fullmatch(front[end].strip()):
        end += 1
    return " ".join([title, *front[start:end]])


def lead_texts(report: ParsedReport, lead: list[Paragraph]) -> list[tuple[int | None, str]]:
    """The title and the lead paragraphs, ``(order or None for the title, text)``, with a line
    broken in the layout joined to the next one (``... Child On-`` / ``line Protection``; ``held
    on 3 and`` / ``4 March 2031.``): the joined text keeps the first line's order."""
    title = record_title(report)
    texts: list[tuple[int | None, str]] = [(None, title)] if title else []
    texts += [(p.order, p.text) for p in lead]
    out: list[tuple[int | None, str]] = []
    joins = -1  # the line the next one may go on from: a running header's symbol between them is skipped
    for order, text in texts:
        last = out[joins][1] if out else ""
        goes_on = _GOES_ON.match(text) or (text[:1].isupper() and _name_goes_on(last, text))
        if (_BROKEN.search(last) and goes_on) or (_NEEDS_MORE.search(last) and text[:1].isdigit()):
            out[joins] = (out[joins][0], last[:-1] + text if last.endswith("-") else f"{last} {text}")
            continue
        out.append((order, text))
        joins = joins if _RUNNING_SYMBOL.fullmatch(text) and joins != -1 else len(out) - 1
    return out


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
    preferred = [f for f in found if f[2].body in prefer]
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
            if _possessed_by_other(text[max(0, m.start() - 60) : m.start()], body) or _its_other(text, m.start(), body):
                continue  # "the Group's thirty-eighth meeting" in a Council record: the Group's
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


def _possessed_by_other(before: str, body: str) -> bool:
    """Whether the words before an ordinal make it the meeting of a body other than ``body``
    (``the Group's thirty-eighth meeting`` when the Council is the body); ``the Council's`` keeps it."""
    m = _POSSESSIVE.search(before)
    return m is not None and body not in {key for key, _ in find_body_names(m.group("owner"))}


def _dates(
    facts: _Facts,
    report: ParsedReport,
    lead: list[Paragraph],
    names: tuple[BodyName, ...],
    hit: MeetingHit,
    order: int | None,
) -> None:
    """The meeting's dates: after its statement (or before it in its clause, not a date right after a
    document's symbol: the document's), else after a lead statement of the same meeting,
    else in a lead sentence saying the meeting was held, else in a dateline of the front (the
    title may only name the meeting; its dates are in the lead)."""
    stated = facts.own or facts.sentence
    dates = day_dates(facts.after, facts.year) or [
        d for d in day_dates(stated, facts.year) if not _SYMBOL_BEFORE.search(stated[: d.span[0]])
    ]
    joined = [(o, t) for o, t in lead_texts(report, lead) if o is not None]
    if hit.several:  # a record of several meetings is dated by the last one's dates
        dates = _ordinal_line_days(lead, hit.number, facts.year) or dates
        if not dates and _dates_from_ordinal_alone(facts, joined, hit.number):  # "..., the 40th on 14 May"
            return
        dates = dates or _front_dates(lead, facts.year, order)
        if dates:
            last = dates[-1]  # "3 March and 5 May 2031" (one span): the days of the two meetings
            apart = " and " in last.text and last.end is not None and last.end.month != last.start.month
            facts.start, facts.end = (last.end, None) if apart else (last.start, last.end)
            return
    if dates:
        facts.start, facts.end = dates[0].start, dates[0].end
    elif (
        not _dates_from_lead_statement(facts, joined, names, hit)
        and not _dates_from_ordinal_alone(facts, joined, hit.number)
        and not _dates_from_held_sentence(facts, joined)
        and not _dates_from_table_row(facts, lead, hit.number)
    ):
        if not _dates_from_dateline(facts, lead, hit, order) or _bare_day(facts):
            _dates_from_title_dateline(facts, report)  # "Geneva, 24-26 June 2031" over the issue date "26 June 2031"
        return
    _to_header_range(facts, report, lead, hit.number)


#: a document's symbol right before a date (``Document X-40/6-E, 30 September 2031, ...``): the document's date
_SYMBOL_BEFORE = re.compile(r"(?:^|\s)(?:(?i:document|doc\.)\s+)?[A-Z][\w&.\-]*/[\w/().\-]+,?\s*$")


#: the label of a part of a record of several meetings (``Part II – 27th meeting (Lima, 3-4 May 2031)``)
PART_LABEL = r"(?:part|section)\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z])"


#: a lead line opening with a meeting's ordinal, maybe after its number or its part's label
_ORDINAL_LINE = re.compile(
    rf"^(?:\d[\d.]*\s+|{PART_LABEL}\s*(?:{DASH}|:)\s*)?(?P<num>{ordinal_regex()})\s+(?:plenary\s+)?(?:meeting|session)\b",
    re.I,
)
#: a table cell that is an ordinal alone
_ORDINAL_CELL = re.compile(rf"(?i:{ordinal_regex()})")


def _ordinal_line_days(lead: list[Paragraph], number: int | None, year: int | None) -> list[Any]:
    """The days of a short lead line that opens with the meeting's ordinal (``3 Third meeting (3-4 March
    2031)``, a heading of a record of several meetings, maybe after its number or its part's label:
    ``Part 2 – Sixth meeting (Lima, 3-4 May 2031)``)."""
    for p in lead:
        m = _ORDINAL_LINE.match(p.text)
        if (
            m is not None
            and number is not None
            and len(p.text) <= _HEADING_LINE
            and number_value(m.group("num")) == number
        ):
            days = [d for d in _days(p.text[m.end() :], year) if d.precision == "day"]
            if days:
                return days
    return []


#: a verb that dates the first day of a meeting, not the meeting (``was opened on 5 February``)
_OPENED = re.compile(r"(?i)\b(?:opened|began|started|commenced)\b")


#: a meeting said to end on its day: the day is the last of the header's range
@cache
def _closed() -> re.Pattern[str]:
    """A verb of closing (``meeting_words.csv``, role ``closing``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('closing'))})\b")


def _front_dates(lead: list[Paragraph], year: int | None, after: int | None = None) -> list[Any]:
    """The days of the first short front line that gives some (``Geneva, 3 March and 5 May 2031``),
    from the line after ``after`` (the line that names the meetings) when there is one such."""
    front = [p for p in lead[: next((i for i, p in enumerate(lead) if p.section != "front"), len(lead))]]
    later = [p for p in front if after is not None and p.order > after]
    for p in later + [p for p in front if p not in later]:
        days = [d for d in find_dates(p.text, year) if d.precision == "day"]
        if len(p.text) <= _HEADING_LINE and days:
            return days
    return []


#: a header range this long (in days) is a session around the meeting (a conference), not the meeting
_MEETING_DAYS = 7


def front_datelines(lead: list[Paragraph], year: int | None, number: int | None) -> list[tuple[Paragraph, Any]]:
    """``(line, (dates, place))`` of each dateline of the front, the meeting's own ordinal before
    it taken off (:func:`_own_ordinal_stripped`)."""
    found = []
    for p in lead:
        if p.section != "front":
            break
        line = front_dateline(_own_ordinal_stripped(p.text, number), year)
        if line is not None:
            found.append((p, line))
    return found


def _to_header_range(facts: _Facts, report: ParsedReport, lead: list[Paragraph], number: int | None) -> None:
    """A meeting stated with one day that a dateline of the header gives as the first or last day
    of a range (``was opened on Wednesday, 5 February``, ``from Monday 3 to Friday 7 February``
    read as its last day, under ``Geneva, 3-7 February 2014``) lasted that range; a day of a
    session's longer range (a conference's) only when the sentence says the meeting opened then, or
    closed then for the range's last day (``X concluded its fourth meeting on 31 August``)."""
    if facts.end is not None or facts.start is None:
        return
    opened, closed = bool(_OPENED.search(facts.sentence)), bool(_closed().search(facts.sentence))
    titled = title_dateline(report, facts.year)  # a title that ends with the range, as a front line
    lines = [(p.order, line) for p, line in front_datelines(lead, facts.year, number)]
    for order, (day, place) in lines + ([(None, titled)] if titled is not None else []):
        if day.end is None or facts.start not in (day.start, day.end):
            continue
        said = opened and facts.start == day.start or closed and facts.start == day.end
        if said or (day.end - day.start).days < _MEETING_DAYS:
            facts.start, facts.end = day.start, day.end
            facts.place = facts.place or place
            facts.paragraphs.update(o for o in (order,) if o is not None)
            return


def _dates_from_lead_statement(
    facts: _Facts, texts: list[tuple[int, str]], names: tuple[BodyName, ...], hit: MeetingHit
) -> bool:
    """Dates after a lead paragraph's statement of the same meeting (``texts``: the lead's)."""
    for order, text in texts:
        for hp in meeting_hits(text, names, hit.number is None):
            if hp.body == hit.body and hp.number == hit.number:
                ps0, ps1 = span_at(clause_spans(text), hp.span[0], len(text))
                more = day_dates(text[hp.span[1] : own_dates_end(text, hp.span[1], ps1)], facts.year)
                if more:
                    facts.start, facts.end = more[0].start, more[0].end
                    facts.sentence, facts.after = text[ps0:ps1], text[hp.span[1] : ps1]
                    facts.paragraphs.add(order)
                    return True
    return False


@cache
def _ordinal_alone() -> re.Pattern[str]:
    """An ordinal standing for a meeting the sentence names before it, then its dates: ``held two meetings:
    the twentieth on 3 May and the twenty-first on 9 June``, ``its last meeting, the sixth of the period,
    held in Geneva from 7 to 11 July``; ``X, established by ..., held its second meeting on Thursday, 25
    January``: its subject too far from it to be read as the body's)."""
    return re.compile(
        rf"\b(?i:the)\s+(?P<num>{ordinal_regex()})(?:\s+(?i:meeting|session))?(?:\s+of\s+the\s+[a-z]+)?"
        r"\s*,?\s*(?:(?:held|convened)\s+)?(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*,?\s*)?(?=(?:on|from)\s+\d)"
        rf"|\bheld\s+its\s+(?P<its>{ordinal_regex()})\s+(?i:meeting|session)\s+(?=on\s+(?:{WEEKDAY},?\s+)?\d)"
    )


def _dates_from_ordinal_alone(facts: _Facts, texts: list[tuple[int, str]], number: int | None) -> bool:
    """Dates after the meeting's ordinal standing alone in a lead sentence (:func:`_ordinal_alone`)."""
    for order, text in texts if number is not None else ():
        for m in _ordinal_alone().finditer(text):
            if number_value(m.group("num") or m.group("its")) != number or another_meeting(text, m.span()):
                continue
            _, s1 = span_at(clause_spans(text), m.start(), len(text))
            tail = text[m.end() : s1]
            days = day_dates(
                tail[: next((a.start() for a in re.finditer(r"\s(?:and|,)\s+the\s", tail)), len(tail))], facts.year
            )
            if days:
                facts.start, facts.end = days[0].start, days[0].end
                facts.paragraphs.add(order)
                return True
    return False


def _dates_from_table_row(facts: _Facts, lead: list[Paragraph], number: int | None) -> bool:
    """The days of a lead table row whose first cell is the meeting's ordinal (``| 7th | Lima, Peru |
    19-21 May 2031 |``, a table of the meetings held)."""
    for p in lead if number is not None else ():
        cells = [c.strip() for c in p.text.strip().strip("|").split("|")] if p.text.lstrip().startswith("|") else []
        if len(cells) < 2 or not _ORDINAL_CELL.fullmatch(cells[0]) or number_value(cells[0]) != number:
            continue
        days = day_dates(" | ".join(cells[1:]), facts.year)
        if days:
            facts.start, facts.end = days[0].start, days[0].end
            facts.paragraphs.add(p.order)
            return True
    return False


def _dates_from_held_sentence(facts: _Facts, texts: Sequence[tuple[int | None, str]], group: bool = False) -> bool:
    """``The third meeting was held ... on 14 March 2024``: a lead sentence about the meeting (with
    ``group``, also ``The Group met in Lima on 3 May 2031``)."""
    for order, text in texts:
        for a, b in clause_spans(text):
            sent = text[a:b]
            said = _held_meeting().search(sent) or (_group_met().search(sent) if group else None)
            if said is None:
                continue
            own = sent[: own_dates_end(sent, said.end(), len(sent))]  # not "during the X, held on ..."
            more = [d for d in _days(own, facts.year) if d.precision == "day"]
            if more:
                facts.start, facts.end = more[0].start, more[0].end
                facts.paragraphs.update(o for o in (order,) if o is not None)  # the title (None) is no paragraph
                facts.place = facts.place or meeting_place(sent)
                return True
    return False


def _dates_from_dateline(facts: _Facts, lead: list[Paragraph], hit: MeetingHit, after: int | None = None) -> bool:
    """A dateline under the title: ``Geneva, 6-7 February 2024``; the first one after the line
    that states the meeting (``after``), else from the top (not the document's issue date when
    the meeting's header comes later). A dateline with a place or a range of days comes before a
    bare date (``18 February 2013``: the document's issue date), and a range of days before a day
    with a place (``Hammamet, 26 June 2031``, the issue date, over ``Hammamet, 24-26 June 2031``)."""
    lines = front_datelines(lead, facts.year, hit.number)
    found = [line for line in lines if after is not None and line[0].order > after]
    found += [line for line in lines if line not in found]
    found.sort(key=lambda item: (item[1][0].end is None, item[1][1] is None))  # stable: order kept
    if not found:
        return False
    p, (day, place) = found[0]
    facts.start, facts.end = day.start, day.end
    facts.place = facts.place or place
    facts.paragraphs.add(p.order)
    return True


def title_dateline(report: ParsedReport, year: int | None) -> tuple[Any, str | None] | None:
    """The dateline of a title that is one or ends with one (``Geneva, 22-26 January 2031``; ``X | 20th
    meeting | Thursday 16 February 2031 | Geneva``; ``X ADVISORY GROUP Geneva, 9-11 April 2031``)."""
    title = report.title or ""
    if not title:
        return None
    return dateline(title, year) or tail_dateline(title, year) or ending_dateline(title, year)


def _bare_day(facts: _Facts) -> bool:
    """Whether the meeting is dated by one day and no place (a bare date line: maybe the issue date)."""
    return facts.start is not None and facts.end is None and facts.place is None


def _dates_from_title_dateline(facts: _Facts, report: ParsedReport) -> bool:
    """The title's dateline (:func:`title_dateline`), when no line under it dates the meeting but a
    bare date (the day the document was issued)."""
    line = title_dateline(report, facts.year)
    if line is None:
        return False
    facts.start, facts.end = line[0].start, line[0].end
    facts.place = facts.place or line[1]
    return True


_ABOUT_MEETING = re.compile(r"(?i)\b(?:the|this)\s+meeting\b|\bmeeting\s+was\b")
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


def _days(text: str, year: int | None) -> list[Any]:
    """The dates of ``text`` (:func:`.dates.find_dates`), two days that follow each other read as one
    meeting's range (:func:`.datelines.days_joined`); without ``year``, a day without one takes the year
    ``text`` writes (``on 30 September and 1 October 2031``); a closing day after which the meeting says
    how many days it worked, as their range (:func:`_worked_days`)."""
    return [_worked_days(text, d) for d in days_joined(text, find_dates(text, year or _written_year(text)))]


@cache
def _closed_on() -> re.Pattern[str]:
    """A verb of closing and ``on``, closing a text (``which ended on``, ``concluded its session in Lima on
    Thursday,``; ``meeting_words.csv``, role ``closing``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('closing'))})\b[^.;:]{{0,50}}?\bon\s+(?:\w+,?\s+)?$")


@cache
def _after_days() -> re.Pattern[str]:
    """``after three days of work``, opening a text (not ``working days``: a weekend may fall between)."""
    return re.compile(
        rf"^,?\s*(?:in\s+[A-Z][\w-]*\s*,?\s*)?(?i:after\s+(?P<n>{cardinal_regex()})\s+(?:full\s+)?days)\b"
    )


def _worked_days(text: str, day: Any) -> Any:
    """``day`` (one day of ``text``) as the range of the days a meeting worked when the text says it closed
    then after that many days (``the eleventh meeting, which ended on 2 December 2031 after three days of
    work``: 30 November to 2 December)."""
    if (
        day.end is not None
        or day.precision != "day"
        or not _closed_on().search(text[max(0, day.span[0] - 80) : day.span[0]])
    ):
        return day
    m = _after_days().match(text[day.span[1] :])
    n = number_value(m.group("n")) if m else None
    if not n or not 1 < n < 15:
        return day
    return replace(day, start=day.start - timedelta(days=n - 1), end=day.start)


def day_dates(text: str, year: int | None) -> list[Any]:
    """:func:`_days` of ``text`` that name days: a month or a year alone (``the Conference held in Doha
    in March 2030``) dates no meeting."""
    return [d for d in _days(text, year) if d.precision == "day"]


def _written_year(text: str) -> int | None:
    """The year of the first day written with one in ``text`` (not a year alone: ``the 2019 report``):
    the year of its days written without one (``on 30 September and 1 October 2031``)."""
    return next((d.start.year for d in find_dates(text) if d.year_written and d.precision == "day"), None)


def header_year(report: ParsedReport) -> int | None:
    """The first year written with a date in the report's header (the title and its leading
    unnumbered lines: a dateline, the document's date): the year of the meeting's dates written
    without one (``held on 12 and 13 May``)."""
    for line in header_lines(report):
        for d in find_dates(line):
            if d.year_written:
                return d.start.year
    named = _TITLE_SESSION_YEAR.match(report.title or "")
    return int(named.group("year")) if named else None


#: a title naming a session by the year that closes its name, maybe before a record's words after a dash or
#: colon (``WSIS Forum 2031 — Session Outcome``, ``X Regional Forum 2031: Highlights``): the header's year when
#: it writes none with a date; not a year after a small word (``Report on the 2030 Agenda``)
_TITLE_SESSION_YEAR = re.compile(
    rf"^[A-Z][^\d]*?(?<!\bthe)(?<!\bof)(?<!\bfor)\s(?P<year>(?:19|20)\d\d)\s*(?:$|{DASH}|:)"
)


def meeting_year(meeting: Meeting | None) -> int | None:
    """The default year for a report's dates: the year the meeting started."""
    return meeting.start.year if meeting and meeting.start else None


__all__: Sequence[str] = (
    "WEEKDAY",
    "BodyIndex",
    "BodyName",
    "as_body_names",
    "body_index",
    "cardinal_regex",
    "dateline",
    "find_body_names",
    "find_meeting",
    "has_ordinal",
    "load_body_names",
    "meeting_mode",
    "meeting_words",
    "meeting_year",
    "number_value",
    "numeral_after_regex",
    "ordinal_regex",
    "rapporteur_group",
    "rapporteur_group_key",
    "session_stem",
    "slug",
    "squash",
    "surface_regex",
)
