"""Datelines: a line that is a date and maybe a place (``Geneva, 6-7 February 2024``, ``6-7
February 2024, Geneva``, ``Friday, 16 July 2004, at 1440 hours``, ``Date: 15/03/2021``,
``Virtual meeting, 26-27 April 2021``), read into its date span and place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from wsiskg.ingest.text import DASH, DASHES, FIELD_BAR, FIELD_BARS, alternation

from .dates import CLOCK, CLOCK_UNIT, DateSpan, date_words, find_dates, weekday_words
from .meeting_words import meeting_words
from .meeting_words import word_alternation as _alt
from .symbols import symbol_mentions

#: a weekday before a sitting's date, and its hour after it (``at 1440 hours``, ``at 10 a.m.``, ``(09:00-12:30)``)
WEEKDAY = rf"(?:{alternation(weekday_words())})"


#: an hour after ``at`` or ``from`` is no day of a range (``Ottawa, Canada, from 23 to 27 April 2031``)
_NO_DAY = rf"(?!\s*(?:to|{DASH})\s*\d{{1,2}}\s+[A-Z])"


#: a weekday opening a text, maybe after a bracket
_WEEKDAY_OPENING = re.compile(rf"\(?{WEEKDAY}\b")
_WEEKDAY_AND_HOUR = re.compile(
    rf"^{WEEKDAY},?\s+|\s*\(\s*{CLOCK}[^()]{{0,30}}\)(?=\s*(?:$|[,;]))|,?\s+(?:(?:at|from)\s+(?:{CLOCK}|\d{{1,2}}(?:\d{{2}})?{_NO_DAY})|{CLOCK})"
    rf"(?:\s*{CLOCK_UNIT})?(?:\s|$|{DASH}).*$"
)


#: a weekday right before a dateline's date, after its place; ``from`` or ``on`` before it after a comma
#: (``San Salvador, El Salvador, from May 13 to 16, 2031``, ``Geneva, on Monday 3 May 2031``; not ``Held on``);
#: ``the`` before a day in words (``Thursday, the sixth of October 2031``)
_WEEKDAY_BEFORE = re.compile(
    rf"(?:(?:^|(?<=,))\s*(?:from|on)\s+|(?:^|(?<=[\s,])))(?:{WEEKDAY},?\s*)?(?:(?<![^\s,])the\s+)?$"
)


#: how long a dateline may be (no longer text is read as one)
_DATELINE_LONGEST = 80


#: a numeric date with slashes, day first (``15/03/2021``): read as one only on a dateline of its own
_SLASHED = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\w/])")


@cache
def _date_label() -> re.Pattern[str]:
    """What a dateline has besides its date and place: a label (``Date:``, ``Date and time:``;
    ``meeting_words.csv``, role ``date-label``; maybe after a meeting noun and with ``(s)``:
    ``Meeting date(s):``; before a comma or a bar, a row of a table of fields: ``Dates, 8-9 March 2031``)
    or the meeting's mode before or after them (set off by a comma, a dash or a field's bar: ``Skopje · 11 June
    2031 · hybrid``, round 55), or in brackets anywhere (``Virtual meeting, 26-27 April
    2021``, ``virtual, 24-28 May 2021``, ``12 May 2030 – Virtual event``, ``3–5 May 2030 (hybrid)``, ``3–5
    May 2030 [virtual]``, ``Geneva (hybrid), 3-5 May 2030``, ``3 May 2030 (hybrid, X Centre and online)``)."""
    label = _alt(meeting_words("date-label"))
    noun = _alt(meeting_words("meeting-noun"))
    mode = rf"(?:{_alt(meeting_words('mode'))})(?:\s+(?:meeting|session|event))?"
    return re.compile(
        rf"^\s*(?i:(?:(?:{noun})\s+)?(?:{label})(?:\(s\))?\s*[:,|]|{mode}\s*(?:[,:]|{DASH}|{FIELD_BAR}))\s*"
        rf"|\s*(?:[,;]|{DASH}|{FIELD_BAR})\s*(?i:{mode})\s*$|\s*[(\[](?i:{mode})[)\]](?=\s*(?:$|,))|(?<=\()\s*(?i:{mode})\s*,\s*"
    )


def dateline(text: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """``Geneva, 6-7 February 2024`` / ``6-7 February 2024, Geneva`` / ``Friday, 16 July 2004, at
    1440 hours`` -> (date span, place); ``default_year`` completes a date without a year
    (``Thursday 16 November, at 1430 hours``). A label (``Date: 15/03/2021``, ``Date and time:
    Wednesday, 10 April 2019, 11:00–12:45``) or a mode (``Virtual meeting, 26-27 April 2021``) is
    no place; a slashed numeric date on a dateline is read day first; a line wholly in brackets is read
    inside them (``(Electronic meeting, 21 June - 2 July 2031)``)."""
    whole = re.fullmatch(r"\s*\(([^()]*)\)\s*", text)
    # a full stop ending it: "Geneva, 29-31 January 2031.", "Lima, 3-5 May 2031 (hybrid)." (not a sentence's
    # dates in brackets, "(3-5 May 2031).")
    text = (
        whole.group(1)
        if whole
        else re.sub(r"(?<=\d)\.\s*$" if text.lstrip().startswith("(") else r"(?<=[\d)])\.\s*$", "", text)
    )
    text = _SLASHED.sub(r"\1.\2.\3", _WEEKDAY_AND_HOUR.sub("", _date_label().sub("", text)))
    text = _held_clause().sub("", text)  # "Dakar, 9 May 2031 - held on the eve of X": the meeting's own day
    text = _OCR_NUMBER.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    text = _symbol_off(text)  # "Geneva, 4 July 2031 (CC-31/7)": the record's own symbol, no place
    if len(text) > _DATELINE_LONGEST:
        return None
    dates = _joined(text, [d for d in find_dates(text, default_year) if d.precision == "day"])
    if len(dates) != 1:
        return None
    d = dates[0]
    before = _WEEKDAY_BEFORE.sub("", text[: d.span[0]])  # "Geneva, Monday 19 May": the weekday is no place
    # any dash between the place and the date (``Geneva, Palais des Nations — 14 and 15 May 2031``)
    rest = [
        _unbracketed(_place_mode().sub("", part).strip(f" ,;{FIELD_BARS}{DASHES}"))
        for part in (before, text[d.span[1] :])
    ]
    words = " ".join(r for r in rest if r)
    if words and not _place_words().fullmatch(words):
        return None
    return d, (words.rstrip(",") or None)


#: a bracket closing a line, its words maybe a document symbol
_CLOSING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{3,40})\)\s*$")
#: the word before a document symbol in brackets (``(Document X-7/2)``, ``(Doc. X-7/2)``)
_DOCUMENT_WORD = re.compile(r"(?i)(?:doc(?:ument)?\.?)?\s*")


def _symbol_off(text: str) -> str:
    """``text`` without a bracket that closes it holding only a document symbol (``(CC-31/7)``, ``(Document
    WG-7/2)``)."""
    m = _CLOSING_BRACKET.search(text)
    if m is None or not any(ch.isdigit() for ch in m.group("inner")):
        return text
    inner = m.group("inner").strip()
    found = symbol_mentions(inner)
    whole = bool(found) and found[-1].span[1] == len(inner) and _DOCUMENT_WORD.fullmatch(inner[: found[-1].span[0]])
    return text[: m.start()] if whole else text


def said_held(text: str) -> bool:
    """Whether ``text`` is a dateline closed by a clause saying how the meeting was held beside another
    (``Dakar, 9 May 2031 - held on the eve of X``): the meeting's own days, whatever range a line under it gives."""
    return _held_clause().search(text) is not None and dateline(text) is not None


#: a clock time a dateline gives after its day (``14:30-16:00``, ``at 1440 hours``, ``(10.00 h)``), not a numeric
#: date (``16.05.2031``)
_HOURS = re.compile(rf"(?<![\w.:/])(?:\d{{1,2}}[.:h]\d{{2}}(?![.:/]?\d)|\d{{1,4}}\s*{CLOCK_UNIT})")


def gives_hours(text: str) -> bool:
    """Whether ``text`` is a dateline that gives the hours of its day (``Date and venue: Wednesday, 16 May 2031,
    14:30-16:00, Room 3``, ``Friday, 16 July 2004, at 1440 hours``): a sitting's day, not the day a document was
    issued."""
    found = dateline(text)
    return found is not None and _HOURS.search(text) is not None


@cache
def _held_clause() -> re.Pattern[str]:
    """A clause after a spaced dash that ends a dateline and says how the meeting stands to another (``- held on the
    eve of X``, ``– hosted alongside Y``, ``— organized back to back with Z``; ``date_words.csv``, role ``held``)."""
    return re.compile(rf"(?<=\d)\s+(?:{DASH})\s+(?:{alternation(date_words('held'))})\b.*$", re.DOTALL)


@cache
def _place_words() -> re.Pattern[str]:
    """A dateline's place: capitalised words, with lower-case particles or venue nouns between them
    (``Rio de Janeiro``, ``Port of Spain``, ``Sharm el-Sheikh``, ``Abidjan, Côte d'Ivoire``, ``Rome, FAO headquarters``,
    ``Workshop room 6``; ``meeting_words.csv``, roles ``place-particle`` and ``venue``). A word is read whole (a
    possessive run): a run of capitals is never re-split into words, which made a failed match take time
    exponential in the run's length."""
    word = r"(?:(?<=\s)[dl]['’])?[A-Z][\w’'.\-]*+"  # an elided particle opens a word: "Côte d'Ivoire", "Val d'Aoste"
    venue = rf"(?i:{_alt(meeting_words('venue'))})"  # "Conference Room 11", "Workshop room 6"
    particle = rf"(?<=\s)(?:{_alt(meeting_words('place-particle'))}|{venue})(?:-{word}|\s+\d{{1,3}}[A-Z]?(?![\w.]))?"
    return re.compile(rf"(?:(?:{word}|{particle})(?:\s+|,\s*|\s*(?:{FIELD_BAR}|[()])\s*)?)+")


#: what joins the two days of a range written as two dates (``04.05.2031 – 06.05.2031``)
_RANGE_JOIN = re.compile(rf"\s*(?:{DASH}|to|until)\s*")
#: what joins two days that follow each other on a dateline (``2031-03-13 and 2031-03-14``)
_NEXT_DAY_JOIN = re.compile(r"\s*(?:,|and|&)\s*")


def _joined(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """Two single days joined by a dash or ``to`` (``29.01.2030 – 30.01.2030``) as one range; two days
    that follow each other joined by ``and`` (``2031-03-13 and 2031-03-14``: a meeting of two days)."""
    return dates if len(dates) != 2 else days_joined(text, dates)


def days_joined(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` (found in ``text``) with the first two read as one range when they are single days
    joined by a dash or ``to``, or days that follow each other joined by ``and`` (``on 30 September and
    1 October 2031``: a meeting of two days; ``6 June and 1 July`` stay two days)."""
    if len(dates) < 2 or dates[0].end or dates[1].end or not dates[0].start < dates[1].start:
        return dates
    first, last = dates[:2]
    between = text[first.span[1] : last.span[0]]
    next_day = (last.start - first.start).days == 1 and _NEXT_DAY_JOIN.fullmatch(between)
    if not _RANGE_JOIN.fullmatch(between) and not next_day:
        return dates
    whole = text[first.span[0] : last.span[1]]
    return [replace(first, end=last.start, text=whole, span=(first.span[0], last.span[1])), *dates[2:]]


def _unbracketed(text: str) -> str:
    """``text`` balanced (:func:`_balanced`), without brackets around the whole of it (``12 and 13
    March 2030 (Geneva)``: the place)."""
    text = _balanced(text)
    whole = re.fullmatch(r"\(([^()]*)\)", text)
    return whole.group(1).strip() if whole else text


def _balanced(text: str) -> str:
    """``text`` without a bracket left open or closed at its ends (``(Geneva`` -> ``Geneva``)."""
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip()
    return text


#: OCR letters in a number of a dateline (``2O19``, ``l7-18``): a run of digits and look-alike letters
#: with two digits or more
_OCR_NUMBER = re.compile(r"(?<![\w])(?=[\dOol]*\d[\dOol]*\d)[\dOol]{2,4}(?![\w])")


_OCR_DIGITS = str.maketrans("Ool", "001")


@cache
def _place_mode() -> re.Pattern[str]:
    """A mode joined to a dateline's place (``Geneva and online``, ``Geneva and remote participation``;
    ``meeting_words.csv``, role ``place-mode``)."""
    return re.compile(rf"(?i)\s+(?:and|&|\+)\s+(?:{_alt(meeting_words('place-mode'))})\b")


#: where a meeting's line may run into its dateline: a bar or a middle dot, a spaced dash, a closing quote, an opening
#: bracket
_TAIL_START = re.compile(rf"\s{FIELD_BAR}\s|\s{DASH}\s|[”\"]\s|\s(?=\()")
#: a bracket closing a line that dates the event the meeting was part of (``(X Forum 2031, 8-12 April)``)
_ENCLOSING = re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")


@cache
def _meeting_named() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_alt([*meeting_words('meeting-noun'), 'session'])})\b")


def tail_dateline(line: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """The dateline that ends a line naming a meeting (``X Facilitation Meeting: "Theme" Geneva, 10 April
    2031``, ``Session 118 | Room 2, Geneva | Wednesday, 14 May 2031, 09:00-10:45``, ``Report of the sixth
    meeting (Lima, 3 May 2031)``) or a sitting's day after its venue (``Geneva, CICG, Room 4 – Tuesday 13 May
    2031, 14:30–16:15``: a weekday opens it), the longest tail that is one; a bracket after it that dates
    the event the meeting was part of (``Geneva, 10 April 2031 (X Forum 2031, 8-12 April)``) is no part of it;
    the dash of a range is no tail's start (``Electronic meeting, 21 June - 2 July 2031``)."""
    for text in dict.fromkeys((line, _ENCLOSING.sub("", line))):
        ranges = [d.span for d in find_dates(text, default_year)]
        for m in _TAIL_START.finditer(text):
            if any(a < m.start() < b for a, b in ranges):
                continue  # the dash of a range (``21 June - 2 July 2031``): no tail starts inside a date
            tail = text[m.end() :]
            named = _meeting_named().search(text, 0, m.start()) or _WEEKDAY_OPENING.match(tail)
            found = named and dateline(tail, default_year)
            if found:
                return found
    return None


#: where a dateline with a place may start at the end of a line: a capitalised word after a space
_PLACE_START = re.compile(r"(?<=\s)[A-Z]")


def ending_dateline(line: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """The dateline with a place that ends a line run into a heading with no mark between them
    (``RADIOCOMMUNICATION ADVISORY GROUP Geneva, 9-11 April 2031``, ``Highlights of the X plenary
    meeting Geneva, 21-25 October 2031 (hybrid)``): the shortest end of the line, from a capitalised
    word, that is one and reads the line's last days whole (not ``May - 4 June 2031`` of ``Hyderabad,
    24 May - 4 June 2031``)."""
    days = [d for d in find_dates(line, default_year) if d.precision == "day"]
    starts = [m.start() for m in _PLACE_START.finditer(line) if len(line) - m.start() <= _DATELINE_LONGEST]
    for start in reversed(starts if days else []):
        found = dateline(line[start:], default_year)
        if (
            found is not None
            and found[1] is not None
            and (found[0].start, found[0].end) == (days[-1].start, days[-1].end)
        ):
            return found
    return None


def run_in_datelines(line: str, default_year: int | None = None) -> Iterator[tuple[str, str, Any]]:
    """Each way of reading ``line`` as a head run into a dateline of several days with its place, no mark between
    (``RADIOCOMMUNICATION ASSEMBLY Lusaka, 3-7 November 2031``), the longest dateline first: the head (an issue
    date run in at its end dropped: ``... CONFERENCE 29 May 2031 Lima, 24 May - 4 June 2031``), the dateline and
    its days. What the head must be is the caller's."""
    for m in _PLACE_START.finditer(line):
        found = dateline(line[m.start() :], default_year) if len(line) - m.start() <= _DATELINE_LONGEST else None
        if found is None or found[1] is None or found[0].end is None:
            continue
        head = line[: m.start()]
        issued = [d for d in find_dates(head, default_year) if d.precision == "day"]
        if issued and (len(issued) > 1 or head[issued[0].span[1] :].strip()):
            continue  # other dates in the head: no name's
        head = head[: issued[0].span[0]] if issued else head
        yield head.strip(f" ,;:{DASHES}"), line[m.start() :], found[0]


#: a clause after a dateline, after a spaced dash (``Geneva, 15 May 2031 — organized by X within the Y Forum``), or
#: the record's name (``Singapore, 8 October 2031 — Chair's Summary``)
_CLAUSE_AFTER = re.compile(
    rf"\s{DASH}\s+(?:[a-z]|(?i:(?:chair(?:man)?['’]s\s+|outcomes?\s+)?(?:summary|report|minutes|highlights)\b))"
    r"|\s+\|\s+(?=[A-Z][\w ]{1,30}:)"  # a field after a bar: "Geneva, 8-12 May 2031 | Theme: ..."
    r"|\s+\((?=[a-z]{2,}\s)"  # a remark in brackets: "Bangkok, 3 May 2031 (held back-to-back with the X, 2-4 May)"
)


def head_dateline(line: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """The dateline that opens a line, a clause or the record's name after it past a spaced dash (``Geneva,
    15 May 2031 — organized by X within the framework of the Y Forum 2031 (13-17 May 2031)``, ``Suva, 3 May
    2031 — Chair's Summary``, ``Geneva, 3 May 2031 — Outcome summary``), another field after a bar (``Geneva, 8-12
    May 2031 | Theme: ...``) or a remark in brackets (``Bangkok, 3 May 2031 (held back-to-back with the X, 2-4
    May)``)."""
    m = _CLAUSE_AFTER.search(line)
    return dateline(line[: m.start()], default_year) if m else None


#: a document's symbol after a dateline on one front line, maybe after a spaced dash (``Tenth meeting, Geneva, 2-4
#: February 2031 Document TDAG31-10/18-E 11 February 2031``, ``Geneva, 9-12 May 2031 — Document X31-22/30-E``; a space
#: before the symbol's numbers, ``(Lima, 5 March 2031) – XWG-Y 9/9``)
_SYMBOL_AFTER = re.compile(rf"\s+(?:{DASH}\s+)?(?:(?i:document|doc\.)\s+)?[A-Z][\w&.\-]*(?:\s\d+)?/[\w/().\-]+(?=\s|$)")


def before_symbol(text: str) -> str | None:
    """``text`` up to a document's symbol run into it (:data:`_SYMBOL_AFTER`), else ``None``."""
    cut = _SYMBOL_AFTER.search(text)
    return text[: cut.start()] if cut else None


def front_dateline(text: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """The dateline a header line gives, however a layout wrote it: the whole line (:func:`dateline`),
    the line before a document's symbol run into it (a layout's row read as one line), the tail of a line
    naming a meeting or a sitting (``Session 118 | Room 2, Geneva | Wednesday, 14 May 2031, 09:00-10:45``:
    :func:`tail_dateline`), the head of a line going on past a spaced dash (:func:`head_dateline`), or the
    header's columns run together (:func:`_columns_dateline`). A line running on into the next (ending with a
    comma or a semicolon: ``The Council, at its 2031 session (Lima, 3-13 May 2031),``) is prose: only a whole
    dateline is read there."""
    if text.rstrip().endswith((",", ";")):
        return dateline(text, default_year)
    before = before_symbol(text)
    return (
        dateline(text, default_year)
        or (dateline(before, default_year) if before else None)
        or (ending_dateline(before, default_year) if before else None)
        or tail_dateline(text, default_year)
        or head_dateline(text, default_year)
        or _columns_dateline(text, default_year)
    )


#: the end of one field of a header line and the start of the next
_FIELD_END = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")


def _columns_dateline(text: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """The dateline of a header line whose columns a layout ran together: one the document's issue date
    follows on the line (``Geneva, 16-17 September 2031 2 September 2031``), or one field of several each
    ended by a full stop (``Document C31/12-E, 3 April 2031. Geneva, 17-27 April 2031``, ``Geneva, 13-23 June
    2031. Document C31/96-E. Friday, 16 June 2031``)."""
    days = [d for d in find_dates(text, default_year) if d.precision == "day"]
    if len(days) < 2:
        return None
    two = (
        len(days) == 2
        and days[1].span[1] == len(text.rstrip(" ."))
        and not text[days[0].span[1] : days[1].span[0]].strip()
    )
    found = dateline(text[: days[0].span[1]], default_year) if two else None
    pieces = _FIELD_END.split(text) if found is None else []
    return next((f for piece in pieces if (f := dateline(piece, default_year)) is not None), found)
