"""Which dates are an event's own: the first date after its name when only a bracket, a verb of
holding (``ingest/data/date_words.csv``, role ``held``), a place and ``from``/``on`` stand
between (``the Summit on Digital Commons in Nairobi on 14–15 October 2031``, ``the Plenipotentiary
Conference (Manila, from 2 to 20 October 2034)``, ``the next TSAG meeting, which is planned for
12-16 January 2032``). Events named by their form only (:mod:`.events`) are events when dated so.

The other places a date of an event may stand, one function each: before its name (``preceded, on
20 April, by the Youth Dialogue``: :func:`dated_before`), in the next sentence that names it again
(``It will take place on 4 May``: :func:`next_sentence_dates`); where an event's dates stop
(:func:`next_event_phrase`); a date without its year read by the tense of its clause
(:func:`dated_by_tense`, :func:`moved`). Decisions: ``docs/events-and-dates.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from wsiskg.ingest.extract.casing import either_initial, either_initial_determiners, joiner_alternation
from wsiskg.ingest.extract.date_years import year_after
from wsiskg.ingest.extract.dates import (
    DateSpan,
    date_words,
    day_part_words,
    find_dates,
    held_words,
    is_due_cue,
    month_end,
    neighbour_words,
    resolve_year,
    tense_words,
    venue_words,
    weekday_words,
)
from wsiskg.ingest.extract.event_bracket_dates import coded_after, labelled_by_day
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    auxiliary_alternation,
    modal_alternation,
    modals,
    preposition_alternation,
    prepositions,
)
from wsiskg.ingest.extract.meeting_words import event_nouns, meeting_words
from wsiskg.ingest.extract.ordinals import has_ordinal, ordinal_regex
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation, clause_spans, span_at

#: a part of the day named (``date_words.csv``, role ``day-part``), or the week: ``in the week of 11 July``,
#: ``on the evening of 6 February``
_PART_OF = rf"(?:(?:week|{alternation(day_part_words())})\s+of\s+(?:the\s+)?)?"
#: particles inside a place's name: ``Sharm el-Sheikh``, ``Rio de Janeiro``, ``Dar es Salaam``
_PARTICLES = rf"(?:{alternation([*meeting_words('place-particle'), 'the'])})"
_PLACE_WORDS = rf"[A-Z][\w’'\-.]*(?:[\s,]+(?:{_PARTICLES}[\s\-]+(?:the\s+)?)?[A-Z][\w’'\-.]*)*(?:\s*\([^()]{{1,30}}\))?"
#: an adverb of manner after a verb of holding: ``held virtually on``, ``held jointly in``
_MANNER = r"[a-z]{3,}ly"
#: what the event is held as: ``planned as a virtual meeting from``, ``held as one two-day session on``
_AS_A = r"as\s+(?:an?|one)\s+(?:[a-z][\w\-]*\s+){1,4}?"
#: a meeting held at a distance: ``by videoconference``, ``via teleconference``, ``by e-meeting``
_BY_CALL = r"(?:(?:by|via)\s+(?:(?:video-?|tele|web)conferenc(?:e|ing)|e-meeting|(?:remote|electronic)\s+means)\s+)"
#: beside another event (``alongside``, ``on the margins of``, ``in conjunction with``): the cues shared by
#: :data:`_BESIDE` and :data:`HOST_CUE`; regex, no groups
_SIDE_OF = r"(?:alongside|(?:on|in)\s+the\s+(?:margins|sidelines|fringes?)\s+of|in\s+conjunction\s+with)"
_BESIDE = rf"(?:back[\s\-]to[\s\-]back\s+with|{_SIDE_OF})"
#: when, next to another event: ``immediately after the Conference, on 30 November``, ``right after the seminar, on``
#: or next to or during it, its own day after a comma: ``back-to-back with the Forum, on 16 May``, ``on the margins of
#: the Assembly, on 3 October``
_NEXT_TO = (
    r"(?:(?:right|immediately|just|shortly)\s+(?:after|before|following)\s+"
    r"(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?\s*,?\s+"
    rf"|{_BESIDE}\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){{0,3}}?\s*,\s+(?=on\s))"
)
#: the words of :data:`_NEXT_TO` before its event phrase
_NEXT_TO_END = re.compile(rf"\b(?:(?:right|immediately|just|shortly)\s+(?:after|before|following)|{_BESIDE})\s+$")
#: a title in quotes after an event's name: ``the Review Event "Towards Open Societies", held ...``
_TITLE = r"(?:\s*,?\s*[\"“][^\"“”]{1,150}[\"”])?"


@cache
def role_phrases() -> tuple[str, ...]:
    """The phrases of a person's role in an event (``role-verbs.csv``: ``chaired by``, ``moderated by``)."""
    return tuple(r["phrase"] for r in data_rows("role-verbs.csv"))


@cache
def generic_event_nouns() -> tuple[str, ...]:
    """The nouns of ``generic-events.csv`` (``workshop``, ``side event``, ``launch``), in the file's order."""
    return tuple(r["noun"] for r in data_rows("generic-events.csv"))


@cache
def holding_verbs(voice: str) -> tuple[str, ...]:
    """Verbs that hold an event (``ingest/data/event_verbs.csv``, and the organisers' verbs of
    ``organizer-verbs.csv``): ``active`` before it (``ITU will convene a workshop``), ``passive``
    after it (``a workshop would be convened``, ``scheduled for``; an organiser's verb in ``-ed``)."""
    organise = [r["form"] for r in data_rows("organizer-verbs.csv")]
    organise = organise if voice == "active" else [w for w in organise if w.endswith("ed")]
    return (*(r["word"] for r in data_rows("event_verbs.csv") if r["voice"] in (voice, "both")), *organise)


#: the verbs of an event's clause beside its auxiliaries (``auxiliaries.csv``, role ``clause``) and the modals of the
#: future, after an event's name and an aside (``..., organized by X, took place``) or an ordinal alone (``the second
#: will be held``, ``the third is scheduled``, ``the fourth took two days``)
_TAKE_VERBS = ("took", "takes")


#: the event's days as the subject of a relative clause: ``WTSA-30, whose dates were postponed to 1-9 March``
_WHOSE_DAYS = r"whose\s+(?:dates|days)\s+"


@cache
def _own_dates_gap() -> re.Pattern[str]:
    """What may stand between an event's name and its own dates: ``itself`` (``The Forum itself is scheduled
    for``), a bracket (a code, a place, ``(Busan, from``), a verb of holding (``ingest/data/date_words.csv``, role
    ``held``) with its auxiliaries (also after ``whose dates``), an aside of who holds it or of its moving
    (``, postponed owing to the pandemic,``), a place (``in Addis Ababa,``, ``at ITU headquarters in Geneva``),
    a bracket opening after it (``at its meeting in Geneva (3-14 December)``) and ``from``/``on``."""
    verbs = alternation(held_words(), spaces=True)
    # a mode in the bracket: "(virtual, 23-26 November)" (``meeting_words.csv``, role ``mode``)
    modes = alternation(meeting_words("mode"), spaces=True)
    # a venue noun in lower case: "at the headquarters of the X (XO)", "at ITU headquarters"
    owner = rf"[A-Z][\w’'\-.]*(?:\s+(?:(?:{joiner_alternation()})\s+)*[A-Z][\w’'\-.]*)*(?:\s*\([^()]{{1,30}}\))?"
    venue = rf"(?:{_PLACE_WORDS}\s+)?(?:{alternation(venue_words())})(?:\s+of\s+(?:the\s+)?{owner})?"
    # "in Lima", "at the headquarters of X", "planned for Lima, 3 May"
    # or a dateline after a comma: "the Summit on X (SX), Lima, 20-22 June 2031"
    place = (
        rf"(?:(?:{preposition_alternation('place')})\s+(?:the\s+)?(?:{venue}|{_PLACE_WORDS})\s*,?\s*|for\s+{_PLACE_WORDS}\s*,\s*"
        rf"|(?:(?<=,)|(?<=,\s)){_PLACE_WORDS}\s*,\s*)"
    )
    # an organiser's or a chair's participle set off by commas, or before the verb: ", co-organized with X
    # and hosted by Y, will take place", "A session chaired by Ms X (Chile), Vice-Chair of Y, will take
    # place" (``organizer-verbs.csv``, the phrases of ``role-verbs.csv``)
    by = alternation(
        [
            *(r["form"] for r in data_rows("organizer-verbs.csv")),
            *role_phrases(),
            *(f"{w} under the auspices of" for w in ("convened", "held", "organized", "organised", "placed")),
            *date_words("moved"),  # ", postponed owing to the pandemic, would be held"
        ],
        spaces=True,
    )
    future, be = modal_alternation("future"), auxiliary_alternation("be", "clause")
    aux = rf"(?:(?:which|that)\s+)?(?:{future}|{auxiliary_alternation(role='clause')}|{alternation(_TAKE_VERBS)})\b"
    # a comma, or the verb right after the name
    aside_end = rf"(?:,|(?<!,)(?=\s+(?:{future}|{auxiliary_alternation('be', 'singular')})\s))"
    # an initial's or an honorific's dot is no sentence's end: "chaired by H.E. Mr X", "by Ms K. Obi"
    aside = rf"(?:\s*,?\s*(?:{by})\b(?:[^.;()]|(?<=\b[A-Z])\.|\([^()]{{1,60}}\)){{1,160}}?{aside_end}(?=\s*{aux}))?"
    # the subject of a relative clause, the body that holds it, and its verb of holding (``event_verbs.csv``,
    # ``organizer-verbs.csv``: :func:`holding_verbs`): ", which ITU will convene in Geneva from"
    active = alternation(holding_verbs("active"), spaces=True)
    name = r"(?:the\s+)?[A-Z][\w\-]*+(?:\s+[A-Z][\w\-]*+){0,4}"  # no nested repeats: it is tried after each which/that
    # and the partners it holds it with: ", which ITU will convene with UNESCO, UNCTAD and UNDP in April"
    partner = rf"(?:the\s+)?{owner}"
    partners = rf"(?:(?:jointly\s+|together\s+)?with\s+{partner}(?:\s*,\s*{partner})*+(?:\s*,?\s+and\s+{partner})?\s+)?"
    have = auxiliary_alternation("have", "singular")
    subject = rf"(?:{name}\s+(?:(?:{future}|is\s+to|{have})\s+)?(?:{active})\s+{partners})"
    # the relative pronoun may be left out before the subject: "whose annual meeting ITU will host in Geneva on"
    return re.compile(
        rf"{_TITLE}(?:\s+itself\b)?(?:\s*\([^()]*\))?{aside}\s*,?\s*(?:(?:which|that)\s+{subject}?|{subject}|{_WHOSE_DAYS})?(?:now\s+)?"
        rf"(?:(?:{future}|{be}|to|(?:{auxiliary_alternation('have')})\s+been)\s+(?:be\s+|also\s+)?)?"
        rf"(?:[a-z]{{3,}}ly\s+)?"  # an adverb of manner or of likelihood: "is tentatively scheduled for"
        rf"(?:(?:to\s+)?(?:be\s+)?(?:{verbs})\s+(?:here\s+|there\s+|{_MANNER}\s+|{_AS_A}|(?:{modes})\s+)?){{0,2}}{_BY_CALL}?(?:by\s+(?:the\s+)?{_PLACE_WORDS}\s+)?{place}{{0,2}}(?:\(\s*)?{_NEXT_TO}?(?:(?:from|on|between|for|during|in|of|last|next|this)\s+)?(?:the\s+)?{_PART_OF}{_weekday()}"
        rf"|\s*\((?:(?:[A-Z][\w’'\-.]*+|(?:{_PARTICLES}|{modes})\b-?)[\s,]*)*(?:from\s+|on\s+)?"
    )


@cache
def _weekday() -> str:
    """A weekday before a date (``on Tuesday 26 May``, ``on Friday, 12 June``, ``on Monday the 4th of
    May``): ``ingest/data/date_words.csv``, role ``weekday``; regex, no groups."""
    return rf"(?:(?:{alternation(weekday_words())})\s*,?\s+(?:the\s+)?)?"


@cache
def _bare_gap() -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*(?:(?:on|in|for|during)\s+)?(?:the\s+)?{_PART_OF}{_weekday()}")


def own_dates(text: str, end: int, dates: Sequence[DateSpan], bare: bool = False) -> DateSpan | None:
    """The first date (day or month precision) after ``end`` when it is the event's own: only a
    bracket, a verb of holding, a place and ``from``/``on`` stand between (:func:`_own_dates_gap`).
    A bare ``on``/``in`` (``submitted to the Council on 5 May``) is enough only with ``bare``."""
    d = next((d for d in dates if d.span[0] >= end and d.precision != "year"), None)
    if d is None or not _own_dates_gap().fullmatch(text, end, d.span[0]):
        return None
    if not bare and _bare_gap().fullmatch(text, end, d.span[0]) and not _a_dateline(text, end, d):
        return None
    return d


#: a comma alone before a date, and what ends the date's sentence or clause right after it
_COMMA_ONLY = re.compile(r"\s*,\s*")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;)]|$)")


def _a_dateline(text: str, end: int, d: DateSpan) -> bool:
    """Whether date ``d``, with its year, is the dateline of the name ending at ``end``: set off by a comma and
    ending its sentence or clause (``before the Andean Digital Week, 27-29 September 2031.``)."""
    return (
        d.year_written
        and _COMMA_ONLY.fullmatch(text, end, d.span[0]) is not None
        and _CLAUSE_ENDS.match(text, d.span[1]) is not None
    )


def dates_after_acronym(text: str, end: int, default_year: int | None) -> DateSpan | None:
    """The own dates of an event named with an acronym and no year (``(HLPF), held in New York
    from 9 to 18 July 2018``): :func:`own_dates`, or the next day-precision date when it closely
    follows with no other name or number between (``(WSIS) was held in two phases, in Geneva
    from 10 to 12 December 2003``)."""
    days = [d for d in find_dates(text, default_year) if d.precision == "day"]
    own = own_dates(text, end, days)
    if own is not None:
        return own
    near = next((d for d in days if d.span[0] >= end), None)
    gap = text[end : near.span[0]] if near else ""
    return near if near and len(gap) <= 45 and not re.search(r"\b[A-Z]{2,}|\d", gap) else None


def is_due_at(text: str, start: int) -> bool:
    """Whether the date at ``start`` is due (:func:`~.due_cues.is_due_cue`), not an event's: not when a due word
    brings in an event after the deadline's noun, whose dates these are (``Deadline: Before the next meeting of
    Study Group 5, Geneva, 14-23 February``: the meeting's days, the deadline is the meeting)."""
    before = text[max(0, start - 80) : start]
    if not is_due_cue(before):
        return False
    event = max(_due_event().finditer(before), key=lambda m: m.start(), default=None)
    return event is None or is_due_cue(before[event.end() :])


@cache
def _due_event() -> re.Pattern[str]:
    """A due word that brings in an event (``before the next meeting``, ``until the Forum``; ``date_words.csv``
    role ``due``), the event's phrase (:func:`event_phrase`)."""
    return re.compile(rf"(?i:\b(?:{alternation(date_words('due'), spaces=True)}))\s+(?:{event_phrase().pattern})")


#: ``by`` right before the name, or after the first of a list of events (``preceded on 8 October by a Youth
#: Summit (Y) and a meeting of ...``)
_BY_AFTER = re.compile(r"\s*,?\s*by\s+(?:[^.;:,]{1,100}?(?:\([^()]{1,40}\))?\s+and\s+(?:by\s+)?)?(?:the\s+|an?\s+)?$")
_DATED_BEFORE = re.compile(
    rf"\b(?:preceded|followed)\s*,?\s*(?:(?:{preposition_alternation('list-date')})\s+)?(?:the\s+)?{_PART_OF}{_weekday()}$"
)


#: the object of a verb of holding right after the date set off by commas: ``, a workshop``, ``, the``
_OBJECT_AFTER = re.compile(r"\s*,\s*(?:the\s+|an?\s+|its\s+|their\s+)?")


@cache
def _held_aside() -> re.Pattern[str]:
    """A verb of holding, active (:func:`holding_verbs`), with a date set off by commas
    between it and its object, a place before the date: ``will host, in Lima on 8 November,``,
    ``organized, on 9 April,``, ``held, from 3 to 4 May,`` (up to the date)."""
    verbs = alternation(holding_verbs("active"), spaces=True)
    place = rf"(?:(?:{preposition_alternation('place')})\s+(?:the\s+)?{_PLACE_WORDS}\s*,?\s+)?"
    return re.compile(
        rf"\b(?:{verbs})\s*,\s*{place}(?:(?:{preposition_alternation('date')})\s+)?(?:the\s+)?{_PART_OF}{_weekday()}$"
    )


@cache
def _met_at() -> re.Pattern[str]:
    """People that met on a date, a place before it, up to the date (``The Southern States met in Windhoek on``,
    ``Delegates gathered in Quito, Ecuador, from``): the event they met at or for, named right after the date
    (:data:`_AT_AFTER`), is held on it (``date_words.csv``, role ``met-at``)."""
    verbs = alternation(date_words("met-at"), spaces=True)
    place = rf"(?:(?:{preposition_alternation('place')})\s+(?:the\s+)?{_PLACE_WORDS}\s*,?\s+)?"
    return re.compile(
        rf"\b(?:{verbs})\s+{place}(?:(?:{preposition_alternation('date')})\s+)?(?:the\s+)?{_PART_OF}{_weekday()}$"
    )


#: the event people met at or for, right after their date: ``at the``, ``, for their``
_AT_AFTER = re.compile(r"\s*,?\s*(?:at|for)\s+(?:the\s+|an?\s+|its\s+|their\s+)?")


def met_at_event(text: str, end: int) -> bool:
    """Whether an event noun phrase (:func:`event_phrase`) follows at or for right after a date ending at ``end``
    (``The Group met in Lusaka on 2-4 May at the African preparatory meeting``): the meeting people met at is
    that event (:func:`dated_before`), no meeting of its own."""
    at = re.compile(r"\s*,?\s*(?:at|for)\s+").match(text, end)
    return at is not None and event_phrase().match(text, at.end()) is not None


@cache
def opening_words() -> re.Pattern[str]:
    """What may open a clause before the date that opens it: a paragraph's number, a year word
    (``date_words.csv``, roles ``year-before``, ``year-after``: ``Next year,``) and ``on``/``from``/``in``/
    ``between``, ``the`` (``From 9 to 10 April, the Ministry held``)."""
    years = alternation([*date_words("year-before"), *date_words("year-after")], spaces=True)
    return re.compile(
        rf"\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:(?i:{years})\s*,?\s+)?"
        rf"(?:(?:{alternation(prepositions('date'), either_initial)})\s+)?(?:the\s+)?"
    )


#: a comma and a conjunction that opens another clause (``..., and in September the leaders will adopt``)
_COORDINATE = re.compile(r",\s*(?:and|but|while|whereas)\s")


def opens_next_clause(text: str, d: DateSpan) -> bool:
    """Whether date ``d`` opens a clause joined to the one before by a comma and a conjunction (``the Assembly will
    hold its high-level meeting on X, and in September the leaders will adopt ...``): the date of what that clause
    says, not of an event named before it."""
    last = max((m.end() for m in _COORDINATE.finditer(text, max(0, d.span[0] - 30), d.span[0])), default=None)
    return last is not None and opening_words().fullmatch(text, last, d.span[0]) is not None


@cache
def _held_later() -> re.Pattern[str]:
    """A verb of holding (``date_words.csv``, role ``held``) later in the clause of a name, no clause's end
    between (:func:`_opens_clause_of`)."""
    return re.compile(rf"[^.;:]{{0,160}}?\s(?:{alternation(held_words(), spaces=True)})\b")


def _opens_clause_of(text: str, d: DateSpan, start: int, dates: Sequence[DateSpan]) -> bool:
    """Whether date ``d`` opens the clause (:func:`opening_words`) and the event named at ``start``
    right after its comma is the subject of a verb of holding, no other date before the verb: ``Next
    year, from 9 to 13 May 2032, the Fourth Conference on X (C-4) will be held in Apia``."""
    s0 = span_at(clause_spans(text), d.span[0], len(text))[0]
    if not opening_words().fullmatch(text, s0, d.span[0]) or not _OBJECT_AFTER.fullmatch(text, d.span[1], start):
        return False
    verb = _held_later().match(text, start)
    return verb is not None and not any(start < e.span[0] < verb.end() for e in dates)


#: the event a clause's opening date is spent at, set off by commas: ``, at the``, ``, at its``
_AT_SET_OFF = re.compile(r"\s*,\s*at\s+(?:the\s+|its\s+|their\s+)?")


def _opens_clause_at(text: str, d: DateSpan, start: int) -> bool:
    """Whether date ``d`` opens the clause and the event named at ``start`` follows it after a comma and ``at``:
    ``In September last year, at the Andean Digital Summit, ministers agreed ...``, ``On 4 May 2031, at its tenth
    meeting, the Group adopted ...``: what the clause tells happened at that event on that date."""
    s0 = span_at(clause_spans(text), d.span[0], len(text))[0]
    year = year_after().match(text, d.span[1])  # "In September last year, at the ..."
    at = _AT_SET_OFF.fullmatch(text, year.end() if year else d.span[1], start)
    return at is not None and opening_words().fullmatch(text, s0, d.span[0]) is not None


@cache
def _eve() -> re.Pattern[str]:
    """What stands between a single day and an event that opens the day after it (``date_words.csv``, role
    ``eve``): ``, the day before the``, `` (the day before``, ``, i.e. the day preceding``."""
    eve = alternation(date_words("eve"), spaces=True)
    return re.compile(rf"\s*(?:[,(]|{DASH})\s*(?:i\.\s?e\.,?\s+)?(?:the\s+|on\s+the\s+)?(?:{eve})\s+(?:the\s+)?")


def _on_the_eve(text: str, d: DateSpan, start: int) -> DateSpan | None:
    """The day after a single day written right before ``the day before`` an event named at ``start``
    (``a workshop on 5 October, the day before the 51st meeting``): the event's opening day."""
    if d.precision != "day" or d.end is not None or not _eve().fullmatch(text, d.span[1], start):
        return None
    return replace(d, start=d.start + timedelta(days=1))


@cache
def _held_then() -> re.Pattern[str]:
    """A verb that holds an event in the passive (``holding_verbs``: ``will be held``, ``convened``) or ``take place``,
    then the rest of its clause up to a date (``which will be held in Doha, Qatar, from``)."""
    verbs = alternation([*holding_verbs("passive"), "take place", "takes place", "took place"], spaces=True)
    return re.compile(rf"\b(?:{verbs})\b[^.;:()]{{0,80}}$")


def dated_before(text: str, start: int, dates: Sequence[DateSpan], eve: bool = True) -> DateSpan | None:
    """The date of an event named after ``preceded, on <date>, by`` / ``followed, on <date>, by``
    (``The Forum will be preceded, on 20 April 2031, by the Youth Dialogue``, ``by a dialogue and by
    the Youth Forum``), or after a verb of holding whose object it stands before, set off by commas
    (``UNEP will host, in Lima on 8 November, an expert meeting``, ``The Summit also hosted, on 9 May,
    the Ministers' Round Table``: :func:`_held_aside`), or after people that met on it, at or for the event
    (``The Southern States met in Windhoek on 6-8 March 2030 at the Southern preparatory meeting for PP-30``:
    :func:`_met_at`), or after a date opening the clause when it is the subject of a
    verb of holding (``From 3 to 7 May, the Symposium will take place in Lima``: :func:`_opens_clause_of`): the
    date stands before the name. A single day before ``the day before`` the event is the day before it opens
    (:func:`_on_the_eve`: ``a workshop on 5 October, the day before the 51st meeting`` dates the meeting 6 October;
    not with ``eve`` false: a day reckoned so makes no generic noun phrase an event, ``the Group's meeting``). A
    coded edition filling the bracket after the dates a verb holds is their event (``..., which will be held in Doha
    from 18 October to 5 November 2031 (PP-31)``: :func:`.event_bracket_dates.coded_after`), its name cut off before
    a page break or not."""
    d = next((d for d in reversed(dates) if d.span[1] <= start), None)
    if d is None or d.precision == "year":
        return None
    if eve and (after := _on_the_eve(text, d, start)) is not None:
        return after
    if labelled_by_day(text, d, start):  # "met on 30 September (ninth meeting) and on ...": that day's meeting
        return d
    if coded_after(text, d, start) and _held_then().search(text, max(0, d.span[0] - 120), d.span[0]):
        return d  # "Conference, which will be held in Doha from 18 October to 5 November 2031 (PP-31)"
    before = text[max(0, d.span[0] - 80) : d.span[0]]
    if _OBJECT_AFTER.fullmatch(text, d.span[1], start) and _held_aside().search(before):
        return d
    if _AT_AFTER.fullmatch(text, d.span[1], start) and _met_at().search(before):
        return d
    if _opens_clause_of(text, d, start, dates) or _opens_clause_at(text, d, start):
        return d
    if not _BY_AFTER.match(text[d.span[1] : start]):
        return None
    return d if _DATED_BEFORE.search(before[-40:]) else None


#: words that open a noun phrase of its own (``its 2011 session``, ``a workshop``, ``the second meeting``)
DETERMINER = rf"(?:{either_initial_determiners('event')})"


@cache
def event_phrase() -> re.Pattern[str]:
    """A noun phrase headed by an event noun (``ingest/data/event_nouns.csv``, the generic nouns of
    ``generic-events.csv``): a determiner, up to four words, the noun (``its 2011 session``, ``a
    ministerial round table``, ``the meetings``). ``day`` and ``week`` only capitalised
    (``Safer Internet Day``): ``the first day``, ``the week of 3 May`` are parts of an event."""
    nouns = set(event_nouns()) | set(generic_event_nouns())
    lower = sorted({n.lower() for n in nouns} - {"day", "week"})
    nouns_re = rf"(?:(?i:{alternation(lower, spaces=True)})|Day|Week)s?\b"
    # not a noun that qualifies the name after it: "the International Conference Centre"
    return re.compile(rf"\b{DETERMINER}\s+(?:[\w\-’'&+/]+\s+){{0,4}}?{nouns_re}(?!\s+[A-Z])")


def next_event_phrase(text: str, start: int, limit: int) -> int:
    """Where the first event noun phrase after ``start`` (:func:`event_phrase`) begins, else
    ``limit``: a date after it is that phrase's, not an event named before (``the Twenty-first
    meeting of the Group ... At its 2011 session, held from 10 to 21 October``). The one rule that
    ties a date to the nearest event phrase before it in its clause, never to a neighbour."""
    before = _DATED_NEIGHBOUR.search(text, start, limit)  # "preceded on 20 May by a workshop"
    limit = before.start() if before else limit
    for m in event_phrase().finditer(text, start, limit):
        if _AGENT.search(text, max(start, m.start() - 12), m.start()) and re.match(r"[Tt]he\s+[A-Z]", m.group(0)):
            continue  # who acts, no event: "the WSIS+20 review by the General Assembly in December"
        if _NEXT_TO_END.search(text, max(start, m.start() - 24), m.start()) and re.match(r"\s*,", text[m.end() :]):
            continue  # a time, no event: "to meet immediately after the Conference, on 30 November"
        same = _same_event().fullmatch(text, start, m.start())
        if same is None or (same.group("into") and not _SERIES.match(m.group(0))):
            return m.start()  # "held online in a series of sessions": the event's own form
    return limit


#: ``by`` before a named body that acts (``the review by the General Assembly``), not another event
#: brought in (``followed by the Youth Dialogue``)
_AGENT = re.compile(r"(?<!\bpreceded\s)(?<!\bfollowed\s)\bby\s+$")


#: another event dated before its name: ``, preceded on 20 September by a workshop``, ``followed,
#: on the morning of 5 May, by``: the date is that event's (:func:`dated_before`), not the first's
_DATED_NEIGHBOUR = re.compile(
    rf",?\s*\b(?:preceded|followed)\s*,?\s+(?:{preposition_alternation('list-date')})\s+[^.;()]{{1,60}}?,?\s+by\b"
)


#: the phrase after ``held in`` that names the event again (``in a series of virtual sessions``)
_SERIES = re.compile(r"an?\s+series\b")


@cache
def _same_event() -> re.Pattern[str]:
    """What stands before a phrase that names the event again (``the Arab Digital Week, a series of
    webinars held ...``, ``its fifth meeting as a one-day virtual meeting on ...``, ``the Forum, which was
    held as a series of virtual sessions from ...``); an aside may stand before the verb and a mode of
    holding after it (``meeting_words.csv``, role ``mode``): ``the Forum 2031, originally planned for 4 May,
    was held online in a series of sessions from ...``."""
    mode = alternation(meeting_words("mode"), spaces=True)
    was = rf"(?:{auxiliary_alternation('be', 'singular')}|(?:{modal_alternation('future')})\s+be)"
    return re.compile(
        rf"\s*(?:\([^()]*\))?\s*(?:,|\bas|,\s*(?:which|that)\s+{was}\s+"
        rf"|,?\s*(?:[^,;.()]{{1,80}},\s*)?(?:(?:which|that)\s+)?(?:{was}\s+)?"
        rf"(?:held|organi[sz]ed|convened|run)\s+(?:(?i:{mode})\s+)?(?:as|(?P<into>in)))\s*"
    )


@cache
def _tense(tense: str) -> re.Pattern[str]:
    """A word that says an event is to come (``future``) or is past (``past``): ``date_words.csv``."""
    return re.compile(rf"(?i)\b(?:{alternation(tense_words(tense), spaces=True)})\b")


def says_future(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word saying an event is to come (``will``, ``scheduled``)."""
    return _tense("future").search(text, start, end) is not None


#: ``last March``: the month before the report's days, whatever the tense (``last`` alone is no past
#: word: it also means the final one)
_LAST = re.compile(r"\b[Ll]ast\s+$")


def dated_by_tense(
    text: str, dates: Sequence[DateSpan], clauses: Sequence[tuple[int, int]], reference: tuple[date, date] | None
) -> list[DateSpan]:
    """Dates written without a year, read against the report's own days (``reference``: the
    meeting's first and last day, or the day a letter is dated): in a clause that says the event
    is to come (``the consultation is planned for 19 January``, in a letter of November; ``the next
    meeting in March``) the next such day (or month) on or after the first, in one that says it is
    past (``the review, which was held from 29 to 30 March``, ``since the previous meeting in
    September``) the last on or before the last day (:func:`~.dates.resolve_year`); a clause that
    says neither keeps the default year. The words of each tense: ``date_words.csv``."""
    if reference is None or all(d.year_written for d in dates):
        return list(dates)
    out = []
    for d in dates:
        if not d.year_written and d.precision in ("day", "month"):
            s0 = next((a for a, b in clauses if a <= d.span[0] < b), 0)
            before = text[max(s0, d.span[0] - 120) : d.span[0]]
            future = bool(_tense("future").search(before)) and not _LAST.search(before)
            if future or _tense("past").search(before) or _LAST.search(before):
                d = moved(d, reference, future)
        out.append(d)
    return out


#: how near a day written without its year must be to a day written with it to be read in its year
_NEAR_DAYS = 31


def near_written_year(dates: Sequence[DateSpan]) -> list[DateSpan]:
    """A day written without its year, within a month of the days an earlier date of the same text
    is written with its year, is read in that year (``held from 2 to 4 December 2033 ... preceded on
    1 December by a Forum``; ``held from 10 to 14 May 2030 ... A dialogue took place on 12 May``):
    the text goes on about the days it has just dated, whatever the default year or the tense."""
    out: list[DateSpan] = []
    written: DateSpan | None = None
    for d in dates:
        if d.precision == "day" and d.year_written:
            written = d
        elif written is not None and d.precision == "day" and not d.year_written and d.start.year != written.start.year:
            try:
                start = d.start.replace(year=written.start.year)
            except ValueError:  # 29 February
                out.append(d)
                continue
            near = (start - written.start).days >= -_NEAR_DAYS
            if near and (start - (written.end or written.start)).days <= _NEAR_DAYS:
                shift = start.year - d.start.year
                d = replace(d, start=start, end=d.end and d.end.replace(year=d.end.year + shift))
        out.append(d)
    return out


def moved(d: DateSpan, reference: tuple[date, date], future: bool) -> DateSpan:
    """A year-less date moved to its next (``future``) or last occurrence around ``reference``; a
    month is to come while its last day is, and past once its first day is."""
    if d.precision == "month":
        last = resolve_year(month_end(d.start), reference[0], True) if future else None
        first = last.replace(day=1) if last else resolve_year(d.start, reference[1], False)
        return replace(d, start=first)
    start = resolve_year(d.start, reference[0] if future else reference[1], future)
    shift = start.year - d.start.year
    return replace(d, start=start, end=d.end and d.end.replace(year=d.end.year + shift))


#: a sentence that names an event again, by ``It`` or a definite noun, and says where and when it is
#: held (``It will take place in Geneva on 4 May``, ``The meeting is scheduled for 4-5 May``, ``The symposium, held in
#: Lima on 4 May,``)
_AGAIN = re.compile(r"\s*(?:It|(?:The|This|That)\s+(?P<noun>[A-Za-z]+))(?=,?\s+[a-z])")


def next_sentence_dates(text: str, end: int, dates: Sequence[DateSpan], nouns: Sequence[str]) -> DateSpan | None:
    """The own dates (:func:`own_dates`) of an event named at ``end`` without them, given by the
    next sentence when it opens by naming the event again, ``It`` or ``The``/``This`` and one of
    the event's ``nouns`` (``The Group discussed its next meeting. It will take place in Geneva on
    4 May``, ``The meeting is scheduled for 4-5 May``), with no other date between but the dates of the event it is
    held during (``a session during the Forum (Geneva, 3-7 May); it is proposed to hold that session on 4 May``)."""
    stop = span_at(clause_spans(text), end, len(text))[1]  # the one sentence splitter
    if stop >= len(text) or any(end <= d.span[0] < stop and not hosts_date(text, end, d.span[0]) for d in dates):
        return None  # another date of its clause; not the own dates of a host named after it (decision 9)
    again = _AGAIN.match(text, stop)
    if again is None or (again.group("noun") is not None and again.group("noun").lower() not in nouns):
        return _held_again(text, stop, dates, nouns)
    return own_dates(text, again.end(), dates) or _held_again(text, stop, dates, nouns)  # "It is planned to hold"


def _held_again(text: str, stop: int, dates: Sequence[DateSpan], nouns: Sequence[str]) -> DateSpan | None:
    """The own dates after a verb that holds the event named again as its object in the sentence from
    ``stop`` (``... a forum on X. Ruritania has offered to host it in Lima from 3 to 5 May``, ``...
    to hold the session on 4 May``; ``date_words.csv``, role ``hold``), no other date before it there."""
    end = span_at(clause_spans(text), stop, len(text))[1]
    m = _hold_again().search(text, stop, end)
    if m is None or (m.group("noun") is not None and m.group("noun").lower() not in nouns):
        return None
    if any(stop <= d.span[0] < m.start() for d in dates):
        return None
    return own_dates(text, m.end(), dates, bare=True)  # the verb before it holds it: a bare "on" is enough


@cache
def _hold_again() -> re.Pattern[str]:
    """A verb of holding before ``it`` or ``the``/``this``/``that`` and an event's noun (:func:`_held_again`:
    ``it is proposed to hold this meeting on``), and the way it is held (``meeting_words.csv``, role ``mode``:
    ``agreed to convene it online on``, ``to hold the session in person in Lima on``)."""
    verbs, modes = alternation(date_words("hold")), alternation(meeting_words("mode"), spaces=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:it|(?:the|this|that)\s+(?P<noun>[a-z]+))\b(?:\s+(?:{modes})\b)?")


#: what brings in the event another one is held during (``during``, ``at``, ``on the margins of``,
#: ``in conjunction with``; decision 24: held in conjunction with the host); regex, no groups
HOST_CUE = rf"(?:during|at|in\s+the\s+course\s+of|{_SIDE_OF}|co-?located\s+with)"


@cache
def held_during() -> re.Pattern[str]:
    """A participle of holding (:func:`holding_verbs`, passive) and :data:`HOST_CUE` right after an event's
    name and its bracket (``(e-learning)``), set off or not by a comma, a dash or an open bracket: ``X, held
    during the``, ``X — held at the``, ``X (organized in conjunction with the`` (up to the host's name)."""
    verbs = alternation(holding_verbs("passive"), spaces=True)
    return re.compile(rf"(?:\s*\([^()]{{1,60}}\))?\s*(?:[,(]|{DASH})?\s*(?:{verbs})\s+{HOST_CUE}\s+(?:the\s+)?")


def _cued_dates(cue: str) -> re.Pattern[str]:
    """An event brought in by ``cue`` and what stands before its own dates: an open bracket (``at WRC-31
    (Lima, ``) or a verb of holding (``during the Forum, held from``; ``date_words.csv``, role ``held``)."""
    held = alternation(held_words(), spaces=True)
    return re.compile(rf"\b{cue}\s+(?P<host>[^.;:()]{{1,80}}?)(?:\([^()]*|,?\s+(?:{held})\b[^,;.()]{{0,40}})$")


@cache
def _host_dated() -> re.Pattern[str]:
    """A host event (:data:`HOST_CUE`) and what stands before its own dates (:func:`_cued_dates`)."""
    return _cued_dates(HOST_CUE)


@cache
def _apart_dated() -> re.Pattern[str]:
    """An event that another is held before or after (``date_words.csv``, role ``apart``: ``before``,
    ``ahead of``, ``prior to``, ``after``) and what stands before its own dates (:func:`_cued_dates`)."""
    return _cued_dates(rf"(?i:{alternation(date_words('apart'), spaces=True)})")


#: a code of an event (``WRC-31``, ``PP-30``, ``CPM23-2``): what names a host event besides an event noun
_EVENT_CODE = re.compile(r"\b[A-Z][A-Za-z]*-?\d")


def hosts_date(text: str, start: int, at: int) -> bool:
    """Whether the date at ``at`` is the own date of a host event named after ``start`` (by an event noun or a
    code), not of the event named before it held there (decision 9): ``the CAN coordination meeting at WRC-31
    (Lima, 3-28 November) on 2 November``, ``a briefing during the WSIS Forum, held from 8 to 12 June, on
    9 June``; not a venue (``at the ITU headquarters (Geneva, 3-5 May)``)."""
    return _names_event(_host_dated().search(text, start, at))


def apart_date(text: str, start: int, at: int) -> bool:
    """Whether the date at ``at`` is the own date of an event named after ``start`` that the event named
    before it is held before or after (:func:`_apart_dated`), not its own: ``a coordination meeting ahead
    of PP-30 (Doha, 3-21 October)``, ``a review meeting before the Forum, held from 8 to 12 June``."""
    return _names_event(_apart_dated().search(text, start, at))


def _names_event(m: re.Match[str] | None) -> bool:
    """Whether the event part (``host``) of a match of :func:`_cued_dates` names an event: by an event noun or
    a code, not a venue (``at the ITU headquarters (Geneva, 3-5 May)``), nor a time (``before 3 May``)."""
    return m is not None and bool(event_noun_regex().search(m.group("host")) or _EVENT_CODE.search(m.group("host")))


@cache
def event_noun_regex() -> re.Pattern[str]:
    """An event noun (``event_nouns.csv``) or a generic one (``generic-events.csv``), any case, in the
    singular or plural: the one pattern of an event noun for every reader."""
    return re.compile(event_noun_pattern())


@cache
def event_noun_pattern() -> str:
    """:func:`event_noun_regex` as a pattern (its case-insensitivity scoped to it) to put in another pattern."""
    words = [*event_nouns(), *generic_event_nouns()]
    return rf"(?i:\b(?:{alternation(words, spaces=True)})s?\b)"


@cache
def _neighbour() -> re.Pattern[str]:
    """A cue that brings in another event (``preceded by``, ``during``; ``date_words.csv`` role ``neighbour``) and
    what follows it."""
    words = alternation(neighbour_words(), spaces=True)
    return re.compile(rf"\b(?:{words})\s+(?:the|an?|its|their|this|that|these)\b(?P<name>[^\d.;]{{0,80}})")


#: a part of time after a neighbour's cue, no event: ``during the week of 6 April``, ``during the morning of``
_TIME_OF = re.compile(r"\s*(?:week|morning|afternoon|evening|day)\s+of\b")


@cache
def elliptic_ordinal() -> re.Pattern[str]:
    """``..., and the third on 9 June``: an ordinal alone after ``and``/a comma/a colon (``that`` may
    stand between: ``and that the second will be held``), standing for the next of the events named
    before it, and its dates after ``on``/``in``/``from``/a bracket, or after a verb of holding in any
    tense (``date_words.csv``, role ``held``; ``; the third is scheduled for``, ``, while the fourth would
    take place``): group ``num``, the ordinal."""
    verbs = alternation([*held_words(), *modals("future"), *auxiliaries(role="clause"), *_TAKE_VERBS], spaces=True)
    return re.compile(
        rf"(?:\band|\bwhile|\bwhereas|[,:;])\s+(?:that\s+)?(?:the|its|their)\s+(?P<num>{ordinal_regex()})"
        rf"(?=\s+(?:{preposition_alternation('date')}|{verbs})\b|\s*[,(])"
    )


#: a verb of closing: a date after it is the day something closed, not an event's start
_CLOSED = re.compile(r"\b(?:closed|closes|ended|ends|concluded)\s+on\b")


def neighbour_at(text: str, start: int, limit: int) -> int:
    """Where the dates after an event named before ``start`` stop being its own: another event
    brought in (``..., preceded by a physical open consultation meeting on 24 January``, ``during
    the series of Council working group meetings held from 11 to 22 September``; not ``during the
    period``: an event noun follows the cue) or a verb of closing (``the consultation, which closed
    on 19 February``). ``limit`` when there is none."""
    cut = [
        m.start()
        for m in _neighbour().finditer(text, start, limit)
        if event_noun_regex().search(m.group("name")) and not _TIME_OF.match(m.group("name"))
    ]
    closed = _CLOSED.search(text, start, limit)
    return min([next_event_phrase(text, start, limit), *cut[:1], *([closed.start()] if closed else [])])


def next_by_ordinal(text: str, start: int, limit: int) -> int:
    """Where the next of a series named by its ordinal alone begins after an event named before ``start``
    (``the first forum was held in Lima from 3 to 5 May and the second in Quito on 9 June``:
    :func:`elliptic_ordinal`), else ``limit``: the dates after it are that one's. Not for a count whose items
    the ordinals are (``two clinics: the first on 5 April and the second on 7 April``)."""
    other = elliptic_ordinal().search(text, start, limit) if has_ordinal(text) else None
    return other.start("num") if other else limit
