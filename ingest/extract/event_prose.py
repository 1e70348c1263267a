"""Every event mentioned in a text, with the dates given for it there (:func:`event_mentions`).

Every reader's candidates (the series of :mod:`.event_series`, the numbered meetings of
:mod:`.event_numbered`, the names of :mod:`.event_names`, the forms of :mod:`.event_forms`), one overlap
policy (``longest_first``, :func:`_candidates`), then each chosen mention dated (:func:`_dated_mentions`:
its own dates, :mod:`.event_mention_dates`; the host it is held during, decision 9; another event's clause,
:func:`_clause_of_another`), placed and given its organisers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_acronyms import acronym_written
from wsiskg.ingest.extract.dates import DateSpan, find_dates, held_words, month_end
from wsiskg.ingest.extract.document import longest_first
from wsiskg.ingest.extract.event_body_alone import body_alone_mentions
from wsiskg.ingest.extract.event_dates import (
    HOST_CUE,
    dated_before,
    dated_by_tense,
    event_noun_regex,
    held_during,
    holding_verbs,
    hosts_date,
    is_due_at,
    near_written_year,
    neighbour_at,
    next_by_ordinal,
    own_dates,
)
from wsiskg.ingest.extract.event_elections import election_mentions
from wsiskg.ingest.extract.event_eve_dates import eve_days
from wsiskg.ingest.extract.event_forms import (
    bare_plural_mentions,
    body_meeting_mentions,
    coded_meeting_mentions,
    elliptic_mentions,
    generic_mentions,
    launch_mentions,
    met_mentions,
    named_dated_mentions,
    named_undated_mentions,
    phase_mentions,
    resolve_anaphora,
    row_mentions,
    superseded_dates,
    written_listed_mentions,
    written_numbered_mentions,
)
from wsiskg.ingest.extract.event_holding import event_days
from wsiskg.ingest.extract.event_joint_dates import joint_dates
from wsiskg.ingest.extract.event_mention_dates import (
    _BRACKET_AFTER,
    Dates,
    _before_next_row,
    _bracketed_dates,
    _dated_before,
    _event_place,
    _holdings,
    _in_time_order,
    _masked,
    _next_holdings,
    _of_its_year,
    _purpose_head,
    _respectively,
    in_a_texts_name,
    prepared_for_dates,
)
from wsiskg.ingest.extract.event_names import _named_mentions, _yearly_mentions
from wsiskg.ingest.extract.event_numbered import (
    _SENTENCE_END,
    _meeting_body_mentions,
    _numbered_mentions,
    _plenary_mentions,
    _respective_mentions,
    unnamed_numbered_mentions,
)
from wsiskg.ingest.extract.event_one_of import one_of_mentions
from wsiskg.ingest.extract.event_ordinal_codes import acronym_dated_mentions
from wsiskg.ingest.extract.event_own_body import a_part_of, names_another_body
from wsiskg.ingest.extract.event_placed_meetings import placed_mentions
from wsiskg.ingest.extract.event_preparatory import preparatory_mentions
from wsiskg.ingest.extract.event_series import (
    EventMention,
    coded_mentions,
    edition_mentions,
    fixed_day_mentions,
    series_mentions,
    session_code_mentions,
    undated_series_mentions,
    venue_year_mentions,
    year_meeting_mentions,
    year_session_mentions,
)
from wsiskg.ingest.extract.event_sitting_editions import sittings_of_editions
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, determiners, preposition_alternation
from wsiskg.ingest.extract.keys import numbered_key
from wsiskg.ingest.extract.meeting import BodyName, as_body_names
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.ordinals import number_value, ordinal_pattern, ordinal_regex
from wsiskg.ingest.extract.organizers import BodySpan, organizers
from wsiskg.ingest.extract.resolutions import resolution_mentions
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, clause_spans, closing_year


def event_mentions(
    text: str,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
    body_spans: Sequence[BodySpan] = (),
    context: Meeting | None = None,
    reference: tuple[date, date] | None = None,
) -> list[EventMention]:
    """Every event mentioned in ``text`` with the dates given for it there, in text order.

    Overlapping mentions: the longest wins. The report's own ``meeting`` is left out.
    ``body_spans`` (the bodies found in ``text``) give the organisers (:mod:`.organizers`).
    ``context``: the meeting a report that records none is for (a contribution, a letter), whose
    body ``the Group`` means (``the fifty-first meeting of the Group``); it is not left out.
    ``reference``: the report's own days, against which a date without a year is read by the
    tense of its clause (:func:`~.event_dates.dated_by_tense`).
    """
    all_dates = find_dates(text, default_year, months=True)  # "at its meeting in October": that month
    all_dates = near_written_year(dated_by_tense(text, all_dates, clause_spans(text), reference))
    all_dates = event_days(text, all_dates, default_year)  # "postponed from March to October": October
    first_planned = superseded_dates(text, all_dates)  # "originally planned for 4 May, was held on 9 June"
    all_dates = [d for d in all_dates if d not in first_planned]
    found = _candidates(text, default_year, as_body_names(bodies), meeting, context, body_spans, all_dates)
    mentions = _dated_mentions(text, found, all_dates, meeting, body_spans, default_year is None)
    return sittings_of_editions(text, mentions)  # "the ninth Plenary Meeting, Council 2031": one event


def _own_parts(meeting: Meeting | None) -> tuple[str, int | None, int | None] | None:
    """The report's meeting's body key, number and year (``None``: no meeting)."""
    return None if meeting is None else (meeting.body, meeting.number, meeting.start.year if meeting.start else None)


@dataclass
class _Candidates:
    """The events chosen in a text (:func:`_candidates`) and how each is to be dated."""

    chosen: list[EventMention]
    #: named by form only: an event when dated, and not the report's own meeting
    weak: list[EventMention]
    generic: list[EventMention]
    #: dated where they were found (``respectively``, a body that met)
    own_dates: list[EventMention]
    #: named without dates of their own after them
    undated: list[EventMention]


def _candidates(
    text: str,
    default_year: int | None,
    names: tuple[BodyName, ...],
    meeting: Meeting | None,
    context: Meeting | None,
    body_spans: Sequence[BodySpan],
    all_dates: list[DateSpan],
) -> _Candidates:
    """Every kind of event mention, then one overlap policy (:func:`longest_first`)."""
    about = meeting or context
    cands = (
        series_mentions(text)
        + venue_year_mentions(text)
        + coded_mentions(text)
        + session_code_mentions(text, *((meeting.body, meeting.number) if meeting else ()))
        + _numbered_mentions(text, names, about, body_spans)
        + (paired := _respective_mentions(text, names, body_spans, all_dates))
        + _named_mentions(text, names, default_year, body_spans, about.body if about else None)
    )
    # events named without a known series, body or year, only where none of the above is named;
    # those named by form (not by a known name) are not the report's own meeting (its dates)
    generic = generic_mentions(text, default_year, all_dates)
    weak = (
        (bodies_met := body_meeting_mentions(text, about, names, all_dates, body_spans, meeting is not None))
        + named_dated_mentions(text, all_dates)
        + acronym_dated_mentions(text, all_dates)  # "the HLPF, 6-15 July", "the ninth ABCM, 3-5 May", "RDF for X, ..."
        + (rows := row_mentions(text, all_dates))
        + (written := written_numbered_mentions(text, all_dates, body_spans))
        + (met := met_mentions(text, all_dates, body_spans))
        + (bare := bare_plural_mentions(text, all_dates))
        + launch_mentions(text, all_dates)
        + phase_mentions(text, all_dates)
        + (plenary := _plenary_mentions(text, all_dates))
    )
    extras = _edition_mentions(text, default_year, meeting, all_dates)
    undated = named_undated_mentions(text, all_dates, body_spans)  # a name without dates stays undated
    listed = written_listed_mentions(text, all_dates, body_spans)  # "the 36th and 37th meetings of <title> (ACR)"
    weak += [x for x in listed if x.start] + election_mentions(text, all_dates) + one_of_mentions(text, all_dates)
    undated += [x for x in listed if x.start is None]
    undated += phase_mentions(text, all_dates, undated=True)  # "before the Tunis phase"
    numbered = generic_mentions(text, default_year, all_dates, undated=True)  # "the eighth facilitation meeting"
    # a generic noun phrase only where no form above names the event ("the next meeting of RAG")
    unnamed = unnamed_numbered_mentions(text, all_dates, about)  # only where no form above names it
    coded = coded_meeting_mentions(text, _own_parts(meeting))  # "TDAG-31": where no row or body that met names it
    alone = body_alone_mentions(text, all_dates, body_spans)  # "held during TSAG, 11-15 February": not weak
    of_body, placed = _meeting_body_mentions(text, meeting, names), placed_mentions(text, all_dates)  # "its X in Apia"
    later = (*extras, of_body, alone, weak, coded, placed, generic, undated, numbered, unnamed)
    # a numbered meeting named as written may name an event in its topic ("... Group for WTDC-34")
    cands = _prepared_apart(_added_apart(text, cands, later, [*generic, *written, *numbered]), text)
    elided = elliptic_mentions(text, all_dates, cands, names, about)  # "... and the third on 9 June"
    cands = _added_apart(text, cands, [elided], generic)
    if meeting is not None and meeting.number is not None:
        own = numbered_key(meeting.body, meeting.number)
        cands = [c for c in cands if c.key != own]
    chosen, inner = _chosen(text, cands, [*generic, *numbered])
    undated += [c for c in inner if not _set_off_dates(text, c, all_dates)] + numbered  # dated as the generic one
    dated = [g for g in generic if g.start is not None]  # by the date that made it an event
    own_dated = paired + met + bare + bodies_met + alone + rows + elided + dated + plenary + listed
    return _Candidates(chosen, weak + generic + unnamed + placed, generic, own_dated, undated)


#: a comma and a relative clause or ``to be`` after a name (``, which will open``, ``, to be held``)
_SET_OFF = re.compile(r"\s*,\s*(?:which|that|to\s+be)\b")


def _set_off_dates(text: str, c: EventMention, dates: Sequence[DateSpan]) -> bool:
    """Whether the event ``c`` named at the end of a generic event's topic has its own dates, set off after it by
    a comma and a relative clause or ``to be`` (``the prize ceremony of the Andean Data Forum 2031, to be held from
    7 to 10 April``, ``a session on the first day of WRC-31, which will open in Lima on 3 October``): the clause
    is the nearer name's, whose dates they are (the generic event keeps them too, held during it)."""
    days = [d for d in dates if d.precision == "day"]
    return _SET_OFF.match(text, c.span[1]) is not None and own_dates(text, c.span[1], days) is not None


def _added_apart(
    text: str, cands: list[EventMention], extras: Iterable[Sequence[EventMention]], generic: Sequence[EventMention]
) -> list[EventMention]:
    """``cands`` and then, list by list, each mention of ``extras`` apart from every one taken before it
    (:func:`_apart`; an event named in the topic of one of ``generic`` counts as apart)."""
    out = list(cands)
    for extra in extras:
        out += [y for y in extra if all(_apart(text, y, c, generic) for c in out)]
    return out


def _prepared_apart(cands: list[EventMention], text: str) -> list[EventMention]:
    """``cands`` and the meetings named by what they prepare (:mod:`.event_preparatory`: ``the regional
    preparatory meetings for WTDC-34``) that no candidate names: each apart from every candidate, or holding
    only undated ones inside it (the conference it prepares, its code, a shorter reading of its name), which the
    longer name then leaves out (:func:`_chosen`) and whose dates it reads itself (:func:`_dated_mentions`)."""

    def apart(y: EventMention, c: EventMention) -> bool:
        a, b = c.span
        inside = y.span[0] <= a and b <= y.span[1] and c.span != y.span and c.start is None
        return b <= y.span[0] or a >= y.span[1] or inside

    return cands + [y for y in preparatory_mentions(text) if all(apart(y, c) for c in cands)]


def _edition_mentions(
    text: str, default_year: int | None, meeting: Meeting | None, all_dates: list[DateSpan]
) -> tuple[list[EventMention], ...]:
    """Editions and sessions named by their year or day (``WSIS Forum 2031``, ``the 2031 session``,
    ``the 2019 TSAG meeting``, a fixed-day observance), each list read where no earlier form names it."""
    own_year = meeting.start.year if meeting is not None and meeting.start else None
    return (
        edition_mentions(text, all_dates),
        undated_series_mentions(text, default_year, all_dates),
        fixed_day_mentions(text, default_year, all_dates),
        _yearly_mentions(text),
        year_session_mentions(text, _own_parts(meeting)),
        year_meeting_mentions(text, own_year),
    )


def _chosen(
    text: str, cands: list[EventMention], generics: list[EventMention]
) -> tuple[list[EventMention], list[EventMention]]:
    """(the candidates the one overlap policy keeps, with the events named in a kept generic event's
    topic; those inner events). A conference named only in a resolution's citation is left out."""
    spans = {c.span for c in longest_first(cands, lambda c: c.span)}  # several events may share a span
    topics = [g for g in generics if g.span in spans]  # "a webinar on the WTDC-33 preparations"
    inner = [c for c in cands if c.span not in spans and any(_in_topic(text, c, g) for g in topics)]
    cited = _citations(text)  # "Resolution 245 (WRC-19)": the conference only adopted the resolution
    chosen = resolve_anaphora(
        sorted(
            (c for c in cands if (c.span in spans or c in inner) and not any(a <= c.span[0] < b for a, b in cited)),
            key=lambda c: (c.span, c.key),
        )
    )
    return chosen, inner


#: a word that cites a resolution, decision or opinion (the gate of :func:`_citations`)
_CITING = re.compile(r"(?i)\b(?:resolutions?|decisions?|opinions?|res\.|dec\.)\s")


def _citations(text: str) -> list[tuple[int, int]]:
    """The spans of the resolutions cited in ``text`` (``Resolution 245 (WRC-19)``, ``Resolution 76
    (Rev. WRC-03)``; the one reader of citations, :func:`~.resolutions.resolution_mentions`): a
    conference named there only adopted or revised the text, it is no event the text names."""
    return [r["span"] for r in resolution_mentions(text)] if _CITING.search(text) else []


def _dated_mentions(
    text: str,
    found: _Candidates,
    all_dates: list[DateSpan],
    meeting: Meeting | None,
    body_spans: Sequence[BodySpan],
    yearless: bool = False,
) -> list[EventMention]:
    """The chosen events with their dates, place and organisers, each read up to the next event
    or the end of its clause (:func:`neighbour_at`). ``yearless``: the text was read with no
    default year (its dates without a year are read only for an event of a year)."""
    dates = [d for d in all_dates if d.precision == "day"]
    months = [d for d in all_dates if d.precision == "month"]
    sentences = clause_spans(text)
    chosen = found.chosen
    limits, when = [], []
    for i, c in enumerate(chosen):
        s1 = next((b for a, b in sentences if a <= c.span[0] < b), len(text))
        nxt = next((o.span[0] for o in chosen[i + 1 :] if o.span[0] >= c.span[1]), len(text))
        limits.append(limit := neighbour_at(text, c.span[1], min(s1, nxt)))
        limit = next_by_ordinal(text, c.span[1], limit)  # "..., and that the second will be held on": its dates
        when.append(
            _dated_before(text, c, all_dates)
            if c in found.undated or (c not in found.own_dates and dated_before(text, c.span[0], all_dates))
            else (c.start, c.end, c.precision)
            if c in found.own_dates
            else _read_dates(c, found, _mention_dates(text, c, limit, dates, months, c not in found.generic, yearless))
        )
    _respectively(text, sentences, chosen, when, dates)
    eve_days(text, chosen, when, dates)  # "on the eve of the X, 19 June": the eve's day
    out = []
    for i, c in enumerate(chosen):
        start, end, precision = when[i] if when[i][0] is not None else _host_dates(text, i, chosen, when, found, dates)
        if c in found.weak and (start is None or _own_again(c, start, end, meeting)):
            continue  # named by form only: an event when dated, and not the report's own meeting
        limit = limits[i]
        place = _event_place(text, c.span[1], limit, all_dates)
        s0 = max((a for a, _ in sentences if a <= c.span[0]), default=0)
        masked = _masked(text, c.span[1], limit, all_dates)
        by = organizers(text, c.span, limit, s0, body_spans, masked) if body_spans else ()
        out.append(EventMention(c.key, c.name, c.kind, c.span, c.code, start, end, place, precision, by))
        read_after = c not in found.undated and c not in found.own_dates  # its dates were those after it
        out += _next_holdings(text, c, limit, dates, start) if read_after and start and precision == "day" else []
    return out


def _own_again(c: EventMention, start: date, end: date | None, meeting: Meeting | None) -> bool:
    """Whether ``c``, named by form only and dated from the report's meeting's first day, is that meeting: not
    another body's meeting (a capitalised name, no key of the meeting body) that goes on after the meeting's
    last day, its host (``held on 3 May during the TSAG meeting (3-6 May)``, decision 24). The host is named
    by another body's acronym or words (:func:`.event_own_body.names_another_body`): a name without either (``The
    Annual Meeting of the Group``) is the meeting's own,
    whose last day the meeting may not know yet. Its opening sitting (``the opening ceremony on 3 May``,
    ``meeting_words.csv`` role ``opening-part``) is a part of the meeting held on its first day, not the meeting;
    its closing sitting on its last day (role ``closing-part``: ``adopted at the closing plenary on 7 May``) is the
    record's own, left as the meeting (the annotators list it in one record of four). A sitting whose days end
    before the meeting's last day is a part of it (:func:`.event_own_body.a_part_of`)."""
    first = c.name.split()[0].lower()
    if meeting is not None and first in meeting_words("closing-part") and start == (meeting.end or meeting.start):
        return True
    if meeting is None or start != meeting.start or first in meeting_words("opening-part"):
        return False
    if a_part_of(c.kind, c.key, c.name, end, meeting):  # a sitting that ends before the meeting does
        return False
    longer = end is not None and end > (meeting.end or meeting.start)
    # another body named by its acronym or its words (``the Conference of Andean Ministers of X``, 2-5 May, in the
    # report of an expert group held on 2-3 May)
    coded = any(acronym_written(word) for word in c.name.split()) or names_another_body(c.key, c.name, meeting)
    return not (longer and coded) or c.key.startswith(f"{meeting.body}-") or c.name == c.name.lower()


#: what stands between an event and the event it is held during (``a youth session would be organized
#: during the``, ``a tutorial on X at the``, ``a briefing, which it is proposed to hold during the``): no
#: end of a clause, no bracket, comma or ``and`` but a comma before a relative clause or ``to be`` (``the
#: Summit, prepared for 2032, and at the Forum held on ...``: another event recalled beside it), or right
#: before the cue (``a youth round table, on the margins of PP-30 (Lima, ...)``: the cue set off)
_DURING = re.compile(
    rf"(?:\s*,\s*(?:which|that|to\s+be)\b)?(?:(?!\b(?:and|or)\b)[^.;:(),]){{0,60}}?(?:,\s*)?\b{HOST_CUE}\s+(?:the\s+)?"
)


def held_during_next(text: str, end: int, host_start: int) -> bool:
    """Whether the event named up to ``end`` is held during the event named from ``host_start``
    (:data:`_DURING`, or a participle after a comma, a dash or a bracket: ``X, held during the``,
    :func:`.event_dates.held_during`); not when a verb in the passive that holds nothing stands between
    (:func:`_done_at`: ``the next consultation will be chosen at the``: chosen there, held later). A host named
    after its edition's ordinal (``during the fifth Global Data Forum``) begins at the ordinal."""
    host_start = m.start() if (m := _ordinal_before().search(text, end, host_start)) else host_start
    during = _DURING.fullmatch(text, end, host_start) is not None and not _done_at().search(text, end, host_start)
    return during or held_during().fullmatch(text, end, host_start) is not None


@cache
def _ordinal_before() -> re.Pattern[str]:
    """An ordinal and its space at the end of the searched span (the edition's, before a host's name)."""
    return re.compile(rf"\b{ordinal_regex()}\s+$")


@cache
def _done_at() -> re.Pattern[str]:
    """A verb in the passive that is no verb of holding (:func:`~.event_dates.holding_verbs`, the ``held`` words of
    ``date_words.csv``): ``be chosen``, ``is discussed``, ``will be presented``; not ``be held``, ``is foreseen``."""
    holding = alternation([*holding_verbs("passive"), *held_words()], spaces=True)
    return re.compile(rf"\b(?:{auxiliary_alternation('be')})\s+(?:also\s+)?(?!(?:{holding})\b)[a-z]+(?:ed|en)\b")


@cache
def _held_in_relative() -> re.Pattern[str]:
    """What stands between a host event (its dates may follow it) and an event held during it, named after a
    relative clause that says so: ``the Forum (Lima, 3-7 May), at which the Group organized a``, ``..., held in
    Lima from 3 to 7 May, during which ITU convened its``, ``..., where the Office held a`` (a verb of holding,
    :func:`~.event_dates.holding_verbs`)."""
    verbs = alternation(holding_verbs("active"), spaces=True)
    return re.compile(
        rf"[^.;:]{{0,100}}?,\s*(?:(?:{HOST_CUE})\s+which|where)\s+[^.;:,()]{{0,60}}?(?<!\bto\s)\b(?:{verbs})\s+"
        rf"(?:(?:{alternation(determiners('holding'))})\s+)?"
    )


def held_in_relative(text: str, host_end: int, start: int) -> bool:
    """Whether the event named from ``start`` is held during the event named up to ``host_end``, a relative
    clause between (:func:`_held_in_relative`)."""
    return _held_in_relative().fullmatch(text, host_end, start) is not None


#: a bracket inside an event's name as written (``a workshop with the Economic Commission for Africa (ECA) on X``)
_INNER_BRACKET = re.compile(r"\s*\([^()]*\)")


def named_as_written(text: str, c: EventMention) -> bool:
    """Whether ``c``'s name is written in its span, a bracket inside left out (an acronym after a partner's
    name); not a name read from the plural (``the facilitation meetings``: several events)."""
    written = " ".join(text[c.span[0] : c.span[1]].split())
    return c.name in written or c.name in " ".join(_INNER_BRACKET.sub("", written).split())


#: a sentence opening with the event the rest of it happens during: ``During the WSIS Forum 2032, held ..., Peru
#: organized a workshop on X``
_DURING_FIRST = re.compile(rf"(?i:{HOST_CUE})\s+(?:the\s+)?$")


def _read_dates(c: EventMention, found: _Candidates, clause: Dates) -> Dates:
    """The dates of its clause (``clause``), else, for an event named by form, those its reader found beyond the
    clause (:func:`~.event_dates.next_sentence_dates`: ``the Andean Spectrum Seminar. It will take place in Cusco
    on 3 June``): without them it would be no event."""
    if clause[0] is None and c in found.weak and c.start is not None:
        return c.start, c.end, c.precision
    return clause


def _host_dates(
    text: str, i: int, chosen: list[EventMention], when: list[Dates], found: _Candidates, dates: list[DateSpan]
) -> Dates:
    """An event named by its form without dates of its own, held during another event named right
    after it, is dated by that event's dates (docs/annotation-guide.md, decision 9: ``a tutorial on
    NGN would be organized during the next Study Group 13 meeting, planned for 7-18 June 2031``), unless
    its own day follows the host's (:func:`_own_after_host`); not one named in the plural, several events
    (its name, singular, is not the text's)."""
    c = chosen[i]
    if joint := joint_dates(text, i, chosen, when):
        return joint  # held together with a dated event ("X, together with the Y"): its days
    if not _one_numbered_meeting(text, c) and (
        c not in found.weak and c not in found.undated or not named_as_written(text, c)
    ):
        return when[i]  # named by a known name, or in the plural ("the facilitation meetings"): several events
    j = next((j for j in range(i + 1, len(chosen)) if chosen[j].span[0] >= c.span[1]), None)
    if j is None or when[j][0] is None or not held_during_next(text, c.span[1], chosen[j].span[0]):
        return _relative_host(text, i, chosen, when) or _opening_host(text, i, chosen, when)
    return _own_after_host(text, c, j, chosen, dates) or when[j]


def _one_numbered_meeting(text: str, c: EventMention) -> bool:
    """Whether ``c`` is one numbered meeting of a body, written with its one ordinal (``the seventh meeting of
    the Group``, ``the Board's 52nd session``; keyed :func:`~.keys.numbered_key`): one event however its body
    is named, which a host dates (decision 9: ``will be held during the 2031 session of the Council (9-18
    June)``); not several (``the 36th and 37th meetings``)."""
    written = text[c.span[0] : c.span[1]]
    found = ordinal_pattern().findall(written)
    return len(found) == 1 and c.key.endswith(f"-{number_value(found[0])}") and not _PLURAL_NOUN.search(written)


#: an event noun in the plural (``meetings``, ``sessions``): several events
_PLURAL_NOUN = re.compile(r"(?i)\b(?:meetings|sessions)\b")


def _relative_host(text: str, i: int, chosen: list[EventMention], when: list[Dates]) -> Dates | None:
    """The dates of the event named right before ``chosen[i]``, when a relative clause between says ``chosen[i]``
    was held during it (:func:`held_in_relative`: ``the sixth meeting of the Forum (Lima, 3-7 May), at which the
    Group organized an open forum on X``, decision 9); else None."""
    c = chosen[i]
    j = next((j for j in range(i - 1, -1, -1) if chosen[j].span[1] <= c.span[0]), None)
    if j is None or when[j][0] is None or not held_in_relative(text, chosen[j].span[1], c.span[0]):
        return None
    return when[j]


def _own_after_host(
    text: str, c: EventMention, j: int, chosen: list[EventMention], dates: list[DateSpan]
) -> Dates | None:
    """The own day of ``c``, held during the host ``chosen[j]``, written after the host's dates and before
    the next event or the end of the sentence (decision 9: its own dates, not the host's): ``a briefing
    during the WSIS Forum 2031, held from 8 to 12 June, on 9 June``; not a date of the host
    (:func:`.event_dates.hosts_date`)."""
    host_end = chosen[j].span[1]
    stop = _SENTENCE_END.search(text, host_end)
    limit = min([stop.start() if stop else len(text), *(o.span[0] for o in chosen[j + 1 :] if o.span[0] >= host_end)])
    d = next((d for d in dates if host_end <= d.span[0] < limit and not hosts_date(text, c.span[1], d.span[0])), None)
    return (d.start, d.end, d.precision) if d and not is_due_at(text, d.span[0]) else None


def _opening_host(text: str, i: int, chosen: list[EventMention], when: list[Dates]) -> Dates:
    """The dates of the event that opens the sentence of ``chosen[i]`` after ``During``/``On the margins
    of`` (``During the WSIS Forum 2032, held in Geneva from 3 to 7 May, Peru organized a workshop on
    X``: the workshop's), when it is the first event of the sentence and dated, not another numbered edition of it
    (:func:`_other_edition`); else ``when[i]``."""
    c = chosen[i]
    s0 = ([0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, c.span[0])])[-1]
    first = next((k for k in range(i) if chosen[k].span[0] >= s0), None)
    if first is None or when[first][0] is None or not _DURING_FIRST.fullmatch(text, s0, chosen[first].span[0]):
        return when[i]
    return when[i] if _other_edition(c, chosen[first]) else when[first]


def _other_edition(m: EventMention, host: EventMention) -> bool:
    """Whether ``m`` and ``host`` are two numbered editions of one series or body, named alike but for their ordinal
    (``At its 34th session, held ..., the Commission chose a theme for its 35th session``): no session is held
    during another."""
    a, b = _edition_of(m.name), _edition_of(host.name)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def _edition_of(name: str) -> tuple[str, int] | None:
    """A name with one ordinal, in lower case without it, and the ordinal's number; else None."""
    found = list(ordinal_pattern().finditer(name))
    number = number_value(found[0].group(0)) if len(found) == 1 else None
    if number is None:
        return None
    return " ".join((name[: found[0].start()] + name[found[0].end() :]).lower().split()), number


def _in_topic(text: str, c: EventMention, g: EventMention) -> bool:
    """Whether ``c`` is named inside the topic of the generic event ``g`` (``an open consultation
    process for the WSIS Forum 2031``; not ``the Global Symposium for Regulators``, a name), or
    among its modifiers before a word of its own (``the APT WRC-31 coordination meeting``, ``a
    WTDC-33 preparatory meeting``: another event, named after the conference it prepares; not ``the
    Council 2031 session``, the series' event itself; not its head, :func:`_head_of`)."""
    inside = g.span[0] < c.span[0] and c.span[1] <= g.span[1]
    if not inside or _sitting_of_series(text, g.span[0], c.span[0]):
        return False
    if re.search(rf"\s(?:{preposition_alternation('event-topic')})\s", text[g.span[0] : c.span[0]]):
        return True
    modifier = re.match(r"\s+([a-z][\w\-]*)\s", text[c.span[1] : g.span[1]])
    return modifier is not None and modifier.group(1) not in _generic_nouns() and not _head_of(text, c, g)


@cache
def _sitting_of() -> re.Pattern[str]:
    """``meeting of the``, ``session of``: a sitting's noun (``meeting_words.csv``, role ``meeting-noun``) and
    ``of``."""
    return re.compile(
        rf"(?P<the>[Tt]he\s+)?(?i:{alternation([*meeting_words('meeting-noun'), 'session'])})\s+of\s+(?:the\s+)?"
    )


def _sitting_of_series(text: str, start: int, inner: int) -> bool:
    """Whether the generic event at ``start`` is ``the meeting of`` the event at ``inner`` (``the meeting of the
    Internet Governance Forum in Nairobi, 3-6 December``): that event itself, not another in its topic; not ``a
    session of the X Forum``, one part of it."""
    m = _sitting_of().fullmatch(text, start, inner)
    return m is not None and (m.group("the") is not None or re.search(r"\b[Tt]he\s+$", text[:start]) is not None)


@cache
def _generic_nouns() -> frozenset[str]:
    """The words of the generic event nouns (``ingest/data/generic-events.csv``)."""
    return frozenset(w for r in data_rows("generic-events.csv") for w in r["noun"].split())


def _apart(text: str, y: EventMention, c: EventMention, generic: Sequence[EventMention]) -> bool:
    """Whether candidate ``y`` may join the candidates beside ``c``: no overlap, or ``c`` is
    named in the topic of the generic event ``y`` or is its head (:func:`_head_of`), which the longer ``y`` then
    leaves out (:func:`_chosen`)."""
    if y.span[1] <= c.span[0] or y.span[0] >= c.span[1]:
        return True
    return y in generic and (_in_topic(text, c, y) or _head_of(text, c, y))


def _head_of(text: str, c: EventMention, g: EventMention) -> bool:
    """Whether ``c`` is the head of the generic event ``g``, a sitting of a period in lower case after it (``the
    first RAG meeting of the new period``, ``the second plenary meeting of the year``: no first or second meeting
    of the body), or a numbered sitting of a body opening ``g``'s name, the rest of the name its topic after a
    name's preposition (``The second session of the Conference Preparatory Meeting for WRC-35 will be held from
    ...``: one session, named in full, not also an undated ``2nd session of the CPM`` in its own topic)."""
    inside = g.span[0] <= c.span[0] and c.span[1] < g.span[1]
    if inside and _OF_A_PERIOD.match(text, c.span[1], g.span[1]) is not None:
        return True
    return inside and _opens_name(text, c, g) and _topic_after().match(text, c.span[1], g.span[1]) is not None


#: ``of`` and a period in lower case after a sitting's name (``of the new period``, ``of the year``)
_OF_A_PERIOD = re.compile(r"\s+of\s+(?:the\s+)?[a-z]")


@cache
def _topic_after() -> re.Pattern[str]:
    """A name's preposition (``prepositions.csv`` column ``name``) and a capitalised word or a code after a
    numbered sitting's name: its topic (``for WRC-35``, ``on Island Data``; not a date, ``of 3-4 June``)."""
    return re.compile(rf"\s+(?:{preposition_alternation('name')})\s+(?:the\s+)?[A-Z]")


def _opens_name(text: str, c: EventMention, g: EventMention) -> bool:
    """Whether the numbered sitting ``c`` (its name opening with its number, its key the body's and that number:
    :func:`_numbered_of_body`) opens the name of ``g``, an article at most before it."""
    return _numbered_of_body(c) and re.fullmatch(r"(?:[Tt]he\s+)?", text[g.span[0] : c.span[0]]) is not None


#: the number opening a numbered meeting's name (``3rd meeting of the Project Team on the Conference 2034``)
_NUMBER_FIRST = re.compile(r"(\d+)(?:st|nd|rd|th)\s")


def _numbered_of_body(c: EventMention) -> bool:
    """Whether ``c`` is a numbered meeting or session of a body (its key the body's and its number, its name
    opening with the number), whose name's last year is the body's (``the Project Team on the World X
    Conference 2034``), not the meeting's."""
    number = _NUMBER_FIRST.match(c.name)
    return number is not None and c.key.endswith(f"-{number.group(1)}")


def _mention_dates(
    text: str,
    c: EventMention,
    limit: int,
    dates: list[DateSpan],
    months: list[DateSpan],
    of_year: bool = True,
    yearless: bool = False,
) -> tuple[date | None, date | None, str]:
    """(start, end, precision) of mention ``c`` from the dates after it up to ``limit``: days
    first; else (no date of its own) a month, first to last day ("the WSIS+20 review by UNGA in
    December 2025"). Deadlines ("by ...") are no dates of the event, nor, for an event of a year
    (``WSIS Forum 2027``), dates of another year (``its open consultation started on 15 October 2026``).
    ``yearless`` (the text was read with no default year): the days written without a year after an
    event of a year are of that year (``the WSIS Forum 2031, held from 16 to 20 May``)."""
    # not a generic event's topic's year, nor the year ending the name of the body a numbered meeting is of
    found = closing_year(c.name) if of_year and not _numbered_of_body(c) else None
    if found is not None:
        dates, months = _of_its_year(text, c, int(found), dates, months, yearless)
    if (other := _clause_of_another(text, c, dates)) is not None:
        return other
    mine = _holdings(
        text, _in_time_order([d for d in dates if c.span[1] <= d.span[0] < limit and not is_due_at(text, d.span[0])])
    )[0]
    if (bracket := _BRACKET_AFTER.match(text, c.span[1])) is not None and _bracketed_dates(text, c.span[1], dates):
        # its own dates in the bracket after its name: a date after the bracket is another's (``WRC-31
        # (Lima, 3-28 November 2031) on 29 November adopted``: the day of an act, not the conference's)
        mine = [d for d in mine if d.span[1] <= bracket.end(1)]
    mine = _before_next_row(text, mine)
    if mine:
        start = min(d.start for d in mine)
        last = max((d.end or d.start) for d in mine)
        return start, (last if last != start else None), "day"
    if c.start is None:
        month = next((d for d in months if c.span[1] <= d.span[0] < limit and not is_due_at(text, d.span[0])), None)
        if month is not None:
            return month.start, month.end or month_end(month.start), "month"
    return c.start, c.end, "day"


#: an event named as a point in time a clause is read from (``Since PrepCom-2, three regional
#: meetings were held: in Lima from 3 to 5 May ...``): the clause's dates are its subject's
_SINCE_BEFORE = re.compile(r"(?i:\b(?:since|after|following))\s+(?:the\s+)?(?:(?:last|previous)\s+)?$")
_COMMA_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,")


def _clause_of_another(
    text: str, c: EventMention, dates: list[DateSpan]
) -> tuple[date | None, date | None, str] | None:
    """The dates of event ``c`` when the clause's dates are another's: ``c`` is what a meeting or a
    body is for (:func:`prepared_for_dates`), named in a text's name (:func:`.event_mention_dates.in_a_texts_name`:
    ``the report of WTDC-33 was presented on 5 May``) or the point in time the clause is read from (``Since
    PrepCom-2, three regional meetings were held: in Lima from 3 to 5 May``): only its own dates
    set off by commas (``Since WTDC-30, held in Lima from 3 to 14 May, ...``); else None."""
    comma = _COMMA_AFTER.match(text, c.span[1]) is not None
    since = comma and _SINCE_BEFORE.search(text, max(0, c.span[0] - 30), c.span[0]) is not None
    if not since and not prepared_for_dates(text, c) and not in_a_texts_name(text, c):
        return None
    # what a preparatory meeting is for, its session's code in brackets after it (``the APT Preparatory
    # Group for PP-30 (APT PP30-2), held in Bangkok from ...``) or a meeting named before it (``the third
    # preparatory meeting for WTSA-32, held in ...``): the participle is the meeting's, the conference's
    # dates only in a bracket right after its name or after a participle with no comma before it (``in
    # preparation for the Regional Conference held in Tokyo on 13-15 January``)
    own = (
        own_dates(text, c.span[1], dates)
        if (comma and (since or not _a_meetings_purpose(text, c))) or _PARTICIPLE_AFTER.match(text, c.span[1])
        else _bracketed_dates(text, c.span[1], dates)
    )
    return (own.start, own.end, own.precision) if own else (c.start, c.end, "day")


#: a participle right after an event's name, no comma between: it says when that event is held
_PARTICIPLE_AFTER = re.compile(r"\s+(?:to\s+be\s+)?(?:held|scheduled|taking\s+place)\b")


#: a session's code in brackets (``(APT PP30-2)``, ``(CPM31-1)``)
_CODE_BRACKET = re.compile(r"\s*\((?:[A-Z]+\s+)?[A-Z]+[\w.\-]*\d[\w.\-]*\)")


def _a_meetings_purpose(text: str, c: EventMention) -> bool:
    """Whether event ``c`` is what a meeting named with it is held for: its session's code in brackets
    after ``c`` or an event noun in the phrase before (``the third preparatory meeting for``). Not ``c``'s own
    code after its name, nor its name before its code (``the preparation for the World X Conference 2031
    (WXC-31), to be held in ...``: the work for it is no meeting, the participle dates the conference)."""
    code = _CODE_BRACKET.match(text, c.span[1])
    if code and not _names_event(code.group(0), c.key):
        return True
    found = _purpose_head().search(text, max(0, c.span[0] - 160), c.span[0])
    if found is None:
        return False
    name = found.group("name")
    head = (
        found.group(0)[: found.start("name") - found.start()] if name and _names_event(name, c.key) else found.group(0)
    )
    return event_noun_regex().search(head) is not None


def _names_event(text: str, key: str) -> bool:
    """Whether ``text`` (a name, a code in brackets) names the event of ``key``."""
    return any(m.key == key for m in event_mentions(text))
