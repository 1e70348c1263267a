"""The dates and place of one event mention, read after its name in a text.

Its days up to the next event or the end of its clause, only while they run forward in time
(:func:`_in_time_order`), up to another holding in another place (:func:`_holdings`) or the next row of a
table flattened into one line (:func:`_before_next_row`); an event of a year takes only the dates of its
year (:func:`_of_its_year`); the conference a preparatory meeting is held for takes none of that meeting's
dates (:func:`_prepared_for`); events paired with their dates by ``respectively`` (:func:`_respectively`);
the place after the name (:func:`_event_place`). Read by :func:`.event_prose.event_mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from wsiskg.ingest.extract.casing import (
    either_initial_determiners,
    joiner_alternation,
    line_joiner_alternation,
)
from wsiskg.ingest.extract.dates import DateSpan, as_listed_days, date_words, find_dates, month_numbers, purpose_words
from wsiskg.ingest.extract.event_dates import dated_before, event_noun_pattern, event_noun_regex, is_due_at, own_dates
from wsiskg.ingest.extract.event_forms import CAP, body_heads
from wsiskg.ingest.extract.event_series import EventMention, edition_of, one_off
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    modal_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.meeting import body_index, ordinal_regex
from wsiskg.ingest.text import DASHES, alternation, span_at

_RESPECTIVELY = re.compile(r"\brespectively\b")


def _respectively(
    text: str, clauses: list[tuple[int, int]], chosen: list[EventMention], when: list[Dates], dates: list[DateSpan]
) -> None:
    """``The Assembly (RA-31) and the Conference (WRC-31) will meet from 15 to 19 October and from 22
    October to 16 November respectively``: as many events named before the first day of the clause
    as days before ``respectively``, each dated by the day of its rank (``when``, in place)."""
    for r in _RESPECTIVELY.finditer(text):
        s0 = span_at(clauses, r.start(), len(text))[0]
        days = [d for d in dates if s0 <= d.span[0] < r.start()]
        spans = [c.span for c in chosen if s0 <= c.span[0] < r.start()]
        if len(set(spans)) < len(spans):
            continue  # "the ninth and tenth meetings of X, held on A and B respectively": paired by their reader
        named: list[list[int]] = []  # an event and its code in brackets after it: one event
        for i, c in enumerate(chosen):
            if not days or c.span[0] < s0 or c.span[1] > days[0].span[0]:
                continue
            if named and re.fullmatch(r"\s*\(", text[chosen[named[-1][-1]].span[1] : c.span[0]]):
                named[-1].append(i)
            else:
                named.append([i])
        days = as_listed_days(text, days, len(named))  # "... will meet on 3 and 17 May respectively"
        if len(days) < 2 or len(named) != len(days):
            continue
        for group, d in zip(named, days, strict=True):
            for i in group:
                when[i] = (d.start, d.end, "day")


Dates = tuple[date | None, date | None, str]


def _dated_before(text: str, c: EventMention, dates: list[DateSpan]) -> tuple[date | None, date | None, str]:
    """An event named without dates of its own after it: dated only by ``preceded, on <date>, by``
    or by the date its reader found before it (:func:`~.event_forms.opening_date`)."""
    d = dated_before(text, c.span[0], dates)
    return (d.start, d.end, d.precision) if d else (c.start, c.end, c.precision)


_PLACE_WORD = r"[A-Z][\w’'\-]*(?:\.(?=\s*[A-Z]))?"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:(?:de|du|el|al|es|la)\s+)?{_PLACE_WORD})*"
#: after the name (and a bracket or dates): "(which will be) held in", "to be held in", "in"; a verb of planning
#: and "for" (``date_words.csv``, role ``plan``: "is planned for Tallinn", "scheduled for Apia, Samoa")
_PLACE_AFTER = re.compile(
    rf"^\s*\)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:(?:{modal_alternation('future')})\s+be|to\s+be|{auxiliary_alternation('be')})\s+)?"
    rf"(?:(?:held|hosted|organi[sz]ed|convened)\s+|(?:(?:{modal_alternation('future')})\s+)?(?:take|took|taking|takes)\s+place\s+)?"
    rf"(?:(?:{preposition_alternation('days')})?\s*\x00+\s*,?\s*)?"
    rf"(?:in|(?:{alternation(date_words('plan'), spaces=True)})\s+for)\s+"
    rf"(?:the\s+city\s+of\s+)?(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
)


#: a relative clause right after a name: what it says is said of the name (``WTSA-30, which will be held``)
_RELATIVE_AFTER = re.compile(r"\s*\)?\s*,\s*(?:which|whose)\b")


def _of_its_year(
    text: str, c: EventMention, year: int, dates: list[DateSpan], months: list[DateSpan], yearless: bool
) -> tuple[list[DateSpan], list[DateSpan]]:
    """The dates and months an event of ``year`` (``WSIS Forum 2027``) may take: those of its year, and its
    own dates written next to its name a year before or up to two after."""
    if yearless:
        dates = sorted(
            [*dates, *(d for d in find_dates(text, year) if d.precision == "day" and not d.year_written)],
            key=lambda d: d.span,
        )
    # its own dates, written with a year next to the name's (``WTDC-22 is to be held in Addis Ababa
    # from 8 to 19 November 2021``: a conference of a cycle held the year before; ``WTSA-30, postponed
    # to 1-9 March 2032``: held up to two years after), are its dates
    own = own_dates(text, c.span[1] + text.startswith(")", c.span[1]), dates)  # "(WTSA-30), held"
    if (
        own is not None
        and (
            not own.year_written
            or not -1 <= own.start.year - year <= 2  # a year before (a cycle's) or after (postponed)
            or re.search(r"\b(?:start|open|ran|run|launch)", text[c.span[1] : own.span[0]])  # its call, not itself
            or (
                re.search(r"\b(?:for|of|to)\s+(?:the\s+)?$", text[max(0, c.span[0] - 12) : c.span[0]])
                and not _RELATIVE_AFTER.match(text, c.span[1])
            )  # "the CPM for WRC-12", not "proposed to WTSA-30, whose dates were moved to"
        )
    ):
        own = None
    dates = [_in_year(d, year) for d in dates]
    dates = [d for d in dates if year in (d.start.year, (d.end or d.start).year) or d == own]
    months = [d for d in map(lambda d: _in_year(d, year), months) if year in (d.start.year, (d.end or d.start).year)]
    return dates, months


#: between the dates of one holding of an event and those of another in another place: ``(held in Geneva
#: from 1 to 3 May 2031) and in Lima (from 4 to 6 June 2032)``
_ANOTHER_HOLDING = re.compile(
    rf"\s*,?\s*and\s+(?:{preposition_alternation('place')})\s+{_PLACE}\s*,?\s*(?:(?:{preposition_alternation('days')})\s+)?(?:the\s+)?"
    # a list of holdings, each a place and its days: "in Lima on 3 May, in Quito on 9 June and in Cusco on 2 July",
    # "in Lima (3 May), Quito (9 June) and Cusco (2-3 July)"
    rf"|\s*,\s*(?:{preposition_alternation('place')})\s+{_PLACE}\s*,?\s*(?:{preposition_alternation('days')})\s+(?:the\s+)?"
    rf"|\s*\)\s*(?:,\s*(?:and\s+)?|and\s+){_PLACE}\s*\(\s*"
)


def _holdings(text: str, mine: list[DateSpan]) -> list[list[DateSpan]]:
    """The dates after an event split where ``and in <Place>`` brings in its next holding (``the
    Summit, held in Geneva from 1 to 3 May 2031 and in Lima from 4 to 6 June 2032``: two events of
    one name, each with its own days), or a list of places each with its days (``the regional clinics, held in
    Lima (3 May), Quito (9 June) and Cusco (2-3 July)``): each holding's dates, the first's first."""
    out: list[list[DateSpan]] = [mine[:1]]
    for i in range(1, len(mine)):
        if _ANOTHER_HOLDING.fullmatch(text, mine[i - 1].span[1], mine[i].span[0]) or _each_respectively(text, mine, i):
            out.append([])
        out[-1].append(mine[i])
    return out


#: what joins two dates of one list (``3 May, 9 June and 2 July``) and what closes a list paired by rank
_LISTED_DATE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:on\s+)?")
_CLOSES_RESPECTIVELY = re.compile(r"\s*\)?\s*,?\s*respectively\b")


def _each_respectively(text: str, mine: list[DateSpan], i: int) -> bool:
    """Whether ``mine[i]`` is another holding of the one event named before a list of dates closed by
    ``respectively`` (``each preceded by an open consultation (3 May 2031 and 9 June 2031 respectively)``): the
    dates are joined by a comma or ``and`` up to ``respectively``, one a holding. Several events named before
    such a list take a date each (:func:`_respectively`); the last of them takes no other."""
    j = i
    while j + 1 < len(mine) and _LISTED_DATE.fullmatch(text, mine[j].span[1], mine[j + 1].span[0]):
        j += 1
    joined = all(_LISTED_DATE.fullmatch(text, mine[k - 1].span[1], mine[k].span[0]) for k in range(i, j + 1))
    return joined and _CLOSES_RESPECTIVELY.match(text, mine[j].span[1]) is not None


@cache
def _row_name() -> re.Pattern[str]:
    """Capitalised words and their joiners alone between two dates: the name (and place) of the next
    row of a table flattened into one line (``Event Venue Dates WSIS Forum 2031 Geneva 5-9 May 2031 Regional
    Workshop on Spectrum Lusaka 12-14 June 2031``); the joiners a name alone on a line holds
    (:func:`.casing.line_joiners`)."""
    return re.compile(rf"\s*[;,]?\s*{CAP}(?:\s+(?:(?:{line_joiner_alternation()})\s+)*{CAP})*\s*")


def _before_next_row(text: str, mine: list[DateSpan]) -> list[DateSpan]:
    """The dates after an event up to another event named after one of them with nothing but its name
    and place before its own date (:func:`_row_name`): those are the next row's, not the first's."""
    for i in range(1, len(mine)):
        gap = text[mine[i - 1].span[1] : mine[i].span[0]]
        if _row_name().fullmatch(gap) and event_noun_regex().search(gap):
            return mine[:i]
    return mine


def _next_holdings(text: str, c: EventMention, limit: int, dates: list[DateSpan], first: date) -> list[EventMention]:
    """The event's next holdings in other places (:func:`_holdings`), each named as the event and keyed
    by its own year (``world-summit-x-2031`` -> ``world-summit-x-2032``), or by its day in a year already keyed."""
    mine = [d for d in dates if c.span[1] <= d.span[0] < limit and not is_due_at(text, d.span[0])]
    out: list[EventMention] = []
    keys = {c.key}
    for later in _holdings(text, _in_time_order(mine))[1:]:
        if later[0].start <= first:
            break
        start, end = later[0].start, max(d.end or d.start for d in later)
        year = str(start.year)
        key = re.sub(r"(?:19|20)\d\d$", year, c.key) if re.search(r"-(?:19|20)\d\d$", c.key) else f"{c.key}-{year}"
        if key in keys:
            key = f"{c.key}-{start:%m-%d}"
        keys.add(key)
        out.append(EventMention(key, c.name, c.kind, c.span, c.code, start, end if end != start else None))
    return out


def _in_time_order(dates: list[DateSpan]) -> list[DateSpan]:
    """The dates after an event up to the first that goes back in time: a list of its days runs
    forward (``on 3 May, 10 May and 17 May``); an earlier date after its days is another's (``Council
    2031 | Geneva, 4-14 June 2031 | Document C31/8 | 3 April 2031``: the document's issue date)."""
    out: list[DateSpan] = []
    for d in sorted(dates, key=lambda d: d.span):
        if out and d.start < out[-1].start:
            break
        out.append(d)
    return out


_BRACKET_AFTER = re.compile(r"\s*\(([^()]*)\)")


def _bracketed_dates(text: str, end: int, dates: list[DateSpan]) -> DateSpan | None:
    """The own dates of an event in the bracket right after its name (``WRC-31 (Lima, 3-28 November
    2031)``), else None."""
    found = _BRACKET_AFTER.match(text, end)
    if found is None:
        return None
    own = own_dates(text, end, dates)
    return own if own is not None and own.span[1] <= found.end(1) else None


@cache
def _purpose_head() -> re.Pattern[str]:
    """A noun phrase held for another event, up to the ``for`` before that event's name: a purpose
    word (``ingest/data/date_words.csv``) or a body's head noun (``body-heads.csv``), then only
    capitalised words, brackets and the words of a name (``Regional Preparatory Meeting for the
    Arab States (ARB) region for the``; in capitals, ``REGIONAL PREPARATORY MEETING FOR``); no verb.
    The event's code in brackets after its name is named for it too (``... for the Assembly 2030 (``)."""
    words = alternation(purpose_words(), spaces=True)
    # or a body's name (``the Network of Women for WTDC-30 held its first gathering on 3 May``)
    return re.compile(
        rf"(?:(?i:\b(?:{words}))|\b(?:{body_heads()})(?=\s))(?:\s+(?:[A-Z(][^\s]*|the|{preposition_alternation('name')}|and|region|meeting|group|session))*?"
        r"\s+(?i:for)\s+(?:(?i:the)\s+)?(?:[A-Z0-9][^\s,()]*\s+(?:and|&)\s+(?:the\s+)?)?"  # "for WRC-31 and RA-31"
        # or its code in brackets, after its name (small words between its capitalised words, an ordinal before it:
        # "for the fifth World Conference on X (")
        rf"(?:ITU\s+)?(?:(?:{ordinal_regex()})\s+)?(?:(?P<name>[A-Z0-9][^\s()]*\s+(?:(?:[A-Z0-9][^\s()]*|{joiner_alternation()})\s+)*)\()?$"
    )


@cache
def _purpose_after() -> re.Pattern[str]:
    """A purpose word right after an event's name (``date_words.csv``, role ``purpose``: ``WTDC-33
    Preparatory Meeting``, ``PP-30 PREPARATION``)."""
    return re.compile(rf"\s+(?i:{alternation(purpose_words(), spaces=True)})\b")


def _prepared_for(text: str, c: EventMention) -> bool:
    """Whether event ``c`` is named as what a preparatory meeting or group is held for (``the APT
    Preparatory Group for the Plenipotentiary Conference 2030 (PP30-2) was held from 3 to 5 May
    2030``), or before a purpose word (``the APT WTDC-33 Preparatory Meeting``, ``the Working Group on PP-30
    Preparation``): the clause's dates are the preparatory meeting's, not the conference's."""
    if _purpose_after().match(text, c.span[1]):
        return True
    found = _purpose_head().search(text, max(0, c.span[0] - 160), c.span[0])
    # before its code in brackets, an event's name (``for the Conference 2030 (``), not a name's own
    # ``for`` (``Chair of the Global Symposium for Regulators 2030 (GSR-30)``)
    return found is not None and (
        found.group("name") is None or event_noun_regex().search(found.group("name")) is not None
    )


@cache
def _preparation_before() -> re.Pattern[str]:
    """A purpose word, in the singular or the plural, and a topic's preposition right before an event's name
    (``date_words.csv``, role ``purpose``; ``prepositions.csv``, column ``topic``): ``Preparations for``,
    ``preparatory to``; ``owner``: a body's or an event's head noun before it (``Group for the preparation of``)."""
    words = alternation(purpose_words(), spaces=True)
    topic = preposition_alternation("topic")
    owner = rf"(?P<owner>\b(?:{body_heads()}|{event_noun_pattern()})\s+(?:{topic})\s+(?:(?i:the)\s+)?)?"
    return re.compile(rf"{owner}\b(?i:{words})s?\s+(?:{topic})\s+(?:(?i:the)\s+)?$")


def prepared_for_dates(text: str, c: EventMention, line: bool = False) -> bool:
    """Whether the dates of event ``c``'s clause (or, ``line``, its header line) are those of what prepares it:
    ``c`` is what a preparatory meeting is for (:func:`_prepared_for`), or named after the preparation of a body
    or a meeting (``the Group for the preparation of WTSA-32 (GP WTSA) was held in Baku from 3 to 5 May``), or
    after any preparation on a header line (``The 9th Meeting – Preparations for WRC-31`` over a dateline). Not
    ``outlined the preparations for the Day of 9 February`` (its own date). Dating only: an event named only so
    stays one (:func:`.event_filters.named_for_only` reads :func:`_prepared_for`)."""
    if _prepared_for(text, c):
        return True
    found = _preparation_before().search(text, max(0, c.span[0] - 100), c.span[0])
    return found is not None and (line or found.group("owner") is not None)


@cache
def _text_nouns() -> str:
    """The nouns of a text named after an event (``date_words.csv``, role ``text``), any case."""
    return rf"(?i:{alternation(date_words('text'), spaces=True)})"


@cache
def _text_of() -> re.Pattern[str]:
    """A text's noun after a determiner or a possessive (a noun, not the verb of ``will report to``) and what ties
    it to the event named after it: ``the report of``, ``its Report to``, ``the Chair's draft Final Acts of the``,
    ``its conclusions on ITU`` (``RECALLING its conclusions on ITU PP-30 of 2 October 2030``: the conclusions' day)."""
    owner = rf"(?:\b(?:{either_initial_determiners('event')})|['’]s)"
    verb = rf"(?:{modal_alternation()}|{auxiliary_alternation()}|to)\b"  # "the Bureau will report to": a verb
    word = rf"(?!{verb})[\w\-]+\s+"
    # "its conclusions on ITU PP-30": the text's topic, the event's owner before its code
    return re.compile(
        rf"{owner}\s+(?:{word}){{0,2}}?{_text_nouns()}\s+(?:of|to|for|from|on)\s+(?:(?i:the)\s+)?(?:ITU\s+)?$"
    )


@cache
def _text_after() -> re.Pattern[str]:
    """A text's name that the event's name opens: ``GSR-33 Best Practice Guidelines``, ``WTDC-33 Action Plan``
    (capitalised words up to a text's noun)."""
    return re.compile(rf"\s+(?:[A-Z][\w\-]*\s+){{0,3}}?{_text_nouns()}\b")


def in_a_texts_name(text: str, c: EventMention) -> bool:
    """Whether event ``c`` is named in a text's name (``the report of WTDC-33``, ``its Report to WRC-35``,
    ``the draft GSR-33 Best Practice Guidelines``, ``the outcome document of the high-level meeting on the review,
    adopted on 16 May``): the date of the clause is the text's (presented, approved, circulated, adopted), not the
    event's (:func:`.event_prose._clause_of_another`). Only a series' edition or a one-off event (a meeting named
    by its number, ``the report of its fifth meeting on 3 May``, is dated by the day after it)."""
    if edition_of(c.key) is None and one_off(c.key) is None:
        return False
    if _text_of().search(text, max(0, c.span[0] - 40), c.span[0]):
        return True
    return _text_after().match(text, c.span[1]) is not None


def _in_year(d: DateSpan, year: int) -> DateSpan:
    """A date written without a year (``from 3 to 7 May``) after an event of ``year`` (``the
    WSIS Forum 2032 will take place from 3 to 7 May``) is in that year, whatever the default."""
    if d.year_written or d.start.year == year:
        return d
    try:
        shift = year - d.start.year
        end = d.end.replace(year=d.end.year + shift) if d.end else None
        return replace(d, start=d.start.replace(year=year), end=end)
    except ValueError:  # 29 February
        return d


def _masked(text: str, start: int, limit: int, dates: list[DateSpan]) -> str:
    """``text[start:limit]`` with the characters of ``dates`` replaced by NUL (same length)."""
    window = list(text[start:limit])
    for d in dates:
        for k in range(max(d.span[0], start), min(d.span[1], limit)):
            window[k - start] = "\x00"
    return "".join(window)


def _event_place(text: str, start: int, limit: int, dates: list[DateSpan]) -> str | None:
    """Where an event is held, from the words right after its name:
    ``WSIS Forum 2024 (27-31 May 2024, Geneva)``, ``IGF 2024 in Riyadh, Saudi Arabia``,
    ``held in Geneva from 27 to 31 May 2024``, ``to be held in Kigali, Rwanda``.

    Dates in the window are masked; a bracket right after the name gives the place when,
    without its dates, it holds only capitalised words. Months and known bodies are no places."""
    masked = _masked(text, start, limit, dates)
    bracket = re.match(r"\s*\((?P<inner>[^()]*)\)", masked)
    if bracket:
        inner = bracket.group("inner")
        if "\x00" in inner:
            words = [w.strip(" ,;") for w in inner.split("\x00") if w.strip(" ,;\x00")]
            if len(words) == 1 and re.fullmatch(rf"{_PLACE}(?:,\s*{_PLACE})?", words[0]):
                return _a_place(words[0])
        masked = masked[bracket.end() :]
    if cell := _table_place(masked):
        return cell
    m = _PLACE_AFTER.match(masked)
    return _a_place(m.group("place")) if m else None


_CELL_PLACE = re.compile(rf"{_PLACE}(?:,\s*{_PLACE})?")


def _table_place(masked: str) -> str | None:
    """The place in a table row written as text, the cells after the event's name parted by
    ``|`` (``Internet Governance Forum 2025 | 23-27 June 2025 | Lillestrøm``): the first cell
    after the date cell(s) that holds only capitalised place words. Dates are masked (NUL)."""
    if not re.match(r"\s*\|", masked):
        return None
    cells = [c.strip() for c in masked.split("|")[1:]]
    for cell in cells:
        if not cell.strip("\x00 ,;" + DASHES):
            continue  # a date cell or an empty cell
        if "\x00" in cell or not _CELL_PLACE.fullmatch(cell):
            return None
        return _a_place(cell)
    return None


def _a_place(place: str) -> str | None:
    months = set(month_numbers())
    parts = [p.strip() for p in place.split(",")]
    kept = []
    for part in parts:
        first = part.split()[0].rstrip(".") if part.split() else ""
        if not first or first in months or body_index().regex(part).fullmatch(part):
            break
        kept.append(part)
    return ", ".join(kept) or None
