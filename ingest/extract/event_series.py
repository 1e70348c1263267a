"""Event series and the mentions of them (``ingest/data/events.csv``): a series' name or code with
its year (``PP-26``, ``ITU Council 2024``, ``WSIS Forum 2024``), a session code (``C24``), ``the
2024 session of the Council``, and a series named without its year but dated by its own dates
(``the World Radiocommunication Conference, held in Cairo from 3 to 28 November 2031`` ->
``wrc-31``). :class:`EventMention` is what every event form of :mod:`.events` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from wsiskg.ingest.extract.casing import either_initial_determiners, without_article
from wsiskg.ingest.extract.dates import DateSpan, held_words, weekday_words
from wsiskg.ingest.extract.document import held_items, once_per_document
from wsiskg.ingest.extract.event_dates import dated_before, own_dates
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    modal_alternation,
    opener_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import body_index, surface_regex
from wsiskg.ingest.months import month_forms
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation, full_year, has_digit, has_two_digits, has_year, squash


@dataclass(frozen=True)
class EventMention:
    key: str
    name: str
    kind: str
    span: tuple[int, int]
    code: str | None = None
    start: date | None = None
    end: date | None = None
    place: str | None = None
    precision: str = "day"  # "month": start/end are the first and last day of the month named
    organizers: tuple[str, ...] = ()  # body keys (:mod:`.organizers`)


@dataclass(frozen=True)
class Series:
    prefix: str
    kind: str
    name: str
    codes: tuple[str, ...]
    names: tuple[str, ...]
    key_year: str
    fixed_date: tuple[int, int] | None
    body: str | None = None  # key of the body whose session it is ("itu-council")


@cache
def event_series() -> tuple[Series, ...]:
    out = []
    for r in data_rows("events.csv"):
        fixed = tuple(int(x) for x in r["fixed_date"].split("-")) if r["fixed_date"] else None
        out.append(
            Series(
                prefix=r["prefix"],
                kind=r["kind"],
                name=r["name"],
                codes=tuple(c for c in r["codes"].split(";") if c),
                names=tuple(n for n in r["names"].split(";") if n),
                key_year=r["key_year"],
                fixed_date=fixed,  # type: ignore[arg-type]
                body=r.get("body") or None,
            )
        )
    return tuple(out)


@cache
def series_names() -> re.Pattern[str]:
    """Any series' name as written, in capitals too (``World Telecommunication and Information Society Day``, ``WSIS
    FORUM``), with no year: where a person's name a layout ran into an event's name ends
    (``name_finder._Finder._name_end``: ``Ms A B World Telecommunication and Information Society Day 2031``)."""
    names = [n for s in event_series() for n in s.names]
    return re.compile(rf"(?<![\w&\-/])(?:{name_alternation([*names, *(n.upper() for n in names)])})(?![\w&])")


def name_alternation(strings: Iterable[str]) -> str:
    """The alternation of series' names as written (:func:`surface_regex`), a space also written
    as a hyphen (``WSIS-Forum 2031``)."""
    return alternation(strings, each=_name_regex)


def _name_regex(name: str) -> str:
    """One series' name as written, a space also written as a dash (one function, so that
    :func:`~wsiskg.ingest.text.alternation` remembers the alternation across calls)."""
    return surface_regex(name).replace(r"\s+", rf"(?:\s+|{DASH})")


def _held(text: str, series: tuple[Series, ...]) -> tuple[Series, ...]:
    """Those of ``series`` whose name or code the document ``text`` is part of holds (all of them
    when ``text`` is no part of it): each series has patterns of its own, compiled and run for the
    series a report names only."""
    return held_items(text, series, lambda s: s.names, lambda s: s.codes)


def _named_here(text: str, series: tuple[Series, ...]) -> list[Series]:
    """Those of :func:`_held` whose name (compared squashed, in capitals too) or code (as written)
    ``text`` itself holds: every pattern of a series needs one, so a paragraph that holds none
    of a series' is not read with its patterns (worked out once per text)."""
    named = once_per_document((_named_here, text), lambda: _series_in(text))
    return [s for s in _held(text, series) if s.prefix in named]


def _series_in(text: str) -> frozenset[str]:
    squashed = squash(text)
    return frozenset(
        s.prefix
        for s in _held(text, event_series())
        if any(n in squashed for n in _squashed_names(s)) or any(c in text for c in s.codes)
    )


@cache
def _squashed_names(s: Series) -> frozenset[str]:
    return frozenset(squash(n) for n in (*s.names, *(n.upper() for n in s.names)))


@cache
def _series_pattern(s: Series, upper: bool) -> re.Pattern[str]:
    """A series' name or code with its year; with ``upper`` also its name in capitals."""
    codes = "|".join(re.escape(c) for c in s.codes)
    names = name_alternation([*s.names, *(n.upper() for n in s.names if upper)])  # a header writes "COUNCIL 2012"
    heads = [rf"(?:{names})(?:\s*\((?:{codes})\))?"] if codes else [rf"(?:{names})"]
    if codes:
        heads.append(rf"(?:{codes})")
    head = "|".join(heads)
    if s.key_year == "once":  # a one-off event: its name alone, no year
        return re.compile(rf"(?<![\w&\-/])(?P<head>{head})(?![\w&])")
    if s.key_year == "n":  # sessions numbered, not dated: its code, a dash and the number
        return re.compile(rf"(?<![\w&\-/])(?P<head>{codes}){DASH}(?P<n>\d{{1,2}})(?![\w&]|[/.]\d)")
    # 4-digit year after a space or dash; 2-digit year only after a dash ("PP-22")
    year_tail = r"(?P<more>(?:\s*(?:,|and|&)\s*(?:19|20)\d\d(?![\d]))*)(?!\s*" + DASH + r"\s*\d|\d|/)"
    return re.compile(
        rf"(?<![\w&\-/])(?P<head>{head})(?:\s*{DASH}?\s*(?P<y4>(?:19|20)\d\d)|{DASH}\s?(?P<y2>\d\d))(?!\d)" + year_tail
    )


def series_patterns(text: str, upper: bool = True) -> list[tuple[Series, re.Pattern[str]]]:
    """Each series named in the document ``text`` is part of, with :func:`_series_pattern`."""
    return [(s, _series_pattern(s, upper)) for s in _held(text, event_series())]


@cache
def _session_code_patterns() -> tuple[tuple[Series, int, re.Pattern[str]], ...]:
    """``C24``: a series' code glued to a two-digit year (``ingest/data/session-codes.csv``);
    a document symbol (``C24/12``, ``C24-INF``) is not one."""
    series = {s.prefix: s for s in event_series()}
    out = []
    for r in data_rows("session-codes.csv"):
        s = series.get(r["prefix"])
        if s is not None:
            pattern = re.compile(rf"(?<![\w&\-/.]){re.escape(r['code'])}(?P<y2>\d\d)(?![\w&]|[-/.]\w)")
            out.append((s, int(r["min_year"]), pattern))
    return tuple(out)


@cache
def _yearly_sessions() -> tuple[Series, ...]:
    return tuple(s for s in event_series() if s.key_year == "yyyy" and s.kind == "session")


@cache
def _year_session_pattern(s: Series) -> re.Pattern[str]:
    """``the 2024 session of the Council``: a year, then session/meeting of a yearly series' name;
    ``the Council (Geneva, 2031) at its 2031 session``: the series' name, then ``its <year> session``;
    ``the ITU Council session of 2031``: the series' name, ``session of`` and the year."""
    codes = [re.escape(c) for c in s.codes]
    head = "|".join([name_alternation(s.names), *codes])
    its = r"(?:\s*\([^()]{1,40}\))?,?\s+(?:at|for|during|in)\s+its\s+(?P<y4b>(?:19|20)\d\d)\s+(?i:session)\b"
    return re.compile(
        rf"(?<![\w&\-/])(?P<y4>(?:19|20)\d\d)\s+(?i:session)\s+of\s+(?:the\s+)?(?:ITU\s+)?(?P<head>{head})(?![\w&])"
        rf"|(?<![\w&\-/])(?:{head}){its}"
        rf"|(?<![\w&\-/])(?:ITU\s+)?(?:{head})\s+(?i:session)\s+(?:of|in)\s+(?P<y4c>(?:19|20)\d\d)(?![\d/])"
    )


@cache
def _dated_series() -> tuple[Series, ...]:
    return tuple(s for s in event_series() if s.key_year not in ("once", "n"))


@cache
def _year_first_pattern(s: Series) -> re.Pattern[str]:
    """``the 2030 Plenipotentiary Conference``: ``the``, a year, then a series' name."""
    return re.compile(
        rf"(?<![\w&\-/])[Tt]he\s+(?P<y4>(?:19|20)\d\d)\s+(?:ITU\s+)?(?:{name_alternation(s.names)})(?![\w&])"
    )


@cache
def _events_in_a_year() -> tuple[Series, ...]:
    return tuple(s for s in event_series() if s.key_year not in ("once", "n") and s.kind != "session")


@cache
def _in_year_pattern(s: Series) -> re.Pattern[str]:
    """``the WSIS Forum in 2031``, ``the Plenipotentiary Conference (to be) held in 2030``: a series'
    name, ``in`` and a year; not a body's session (``the Council in 2031 decided``: the body)."""
    codes = "|".join(re.escape(c) for c in s.codes)
    head = name_alternation(s.names) + (rf"(?:\s*\((?:{codes})\))?" if codes else "")
    future = modal_alternation("future")
    held = rf"(?:(?:to\s+be\s+|that\s+(?:{future})\s+be\s+|which\s+(?:{future})\s+be\s+|was\s+)?held\s+)?"
    return re.compile(rf"(?<![\w&\-/])(?:{head}),?\s+{held}in\s+(?P<y4>(?:19|20)\d\d)(?![\d/]|\s*{DASH}\s*\d)")


def _year_patterns(text: str) -> list[tuple[Series, re.Pattern[str]]]:
    """The year-session, year-first and in-a-year patterns of the series ``text``'s document names,
    in that order."""
    return [
        *((s, _year_session_pattern(s)) for s in _named_here(text, _yearly_sessions())),
        *((s, _year_first_pattern(s)) for s in _named_here(text, _dated_series())),
        *((s, _in_year_pattern(s)) for s in _named_here(text, _events_in_a_year())),
    ]


def coded_mentions(text: str) -> list[EventMention]:
    out: list[EventMention] = []
    if not has_two_digits(text):
        return out  # a session code's year, or a year: two digits at least
    for s, min_year, pattern in _session_code_patterns():
        for m in pattern.finditer(text):
            y = full_year(int(m.group("y2")))
            if y >= min_year:
                code = f"{s.codes[0]} {y}" if s.codes else None
                out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code))
    for s, pattern in _year_patterns(text) if has_year(text) else ():
        for m in pattern.finditer(text):
            if _of_another_owner(text, m):
                continue
            y = int(m.group("y4") or m.group("y4b") or m.group("y4c"))
            code = f"{s.codes[0]} {y}" if s.codes else None
            out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code))
    return out


#: a preparatory meeting's session code: letters glued to a two-digit year, a dash and the session's
#: number (``CPM23-1``, ``APG27-3``, ``APT WTDC29-3``); not a document symbol (``APG27-2/OUT-12``)
_SESSION_CODE = re.compile(
    rf"(?<![\w&/.\-])(?P<code>(?:APT\s+)?(?P<letters>[A-Z]{{2,5}})(?P<yy>\d\d){DASH}(?P<n>\d{{1,2}}))(?![\w&]|[/.\-(]\w)"
)


def session_code_mentions(text: str, meeting_body: str | None = None, number: int | None = None) -> list[EventMention]:
    """A meeting named by its session code alone (:data:`_SESSION_CODE`: ``report to PP34-2``, ``the
    CPM35-1 (25–26 November 2032)``), named as written and keyed by its code (a name it follows in
    brackets takes that key: ``event_merging._coded_in_brackets``); not the report's own
    meeting (``meeting_body`` and its ``number``: the code's letters are the initials of the body's
    words, ``APM`` of ``african-preparatory-meeting-for-wrc-35``, or the key is the code)."""
    if not re.search(r"\d-\d", text):
        return []
    out = []
    for m in _SESSION_CODE.finditer(text):
        owners = [m.group("letters"), *(["APT"] if m.group("code").startswith("APT") else [])]  # "APT WTDC33-2"
        if (
            meeting_body
            and number == int(m.group("n"))
            and any(_own_code(o, m.group("yy"), meeting_body) for o in owners)
        ):
            continue
        code = " ".join(m.group("code").split())
        out.append(EventMention(slug(code), code, "meeting", m.span(), code))
    return out


def is_session_code(m: EventMention) -> bool:
    """Whether ``m`` is a mention of :func:`session_code_mentions`."""
    return m.code is not None and m.name == m.code and m.key == slug(m.code)


def _own_code(letters: str, yy: str, key: str) -> bool:
    """Whether a session code's ``letters`` and year ``yy`` name the body of key ``key``: the key is the
    code (``apg35``, ``apg35-2``) or its letters (``apt``), or ``letters`` are, in order, initials of its words."""
    if key.startswith(f"{letters}{yy}".lower()) or key == letters.lower():
        return True
    initials = iter(w[0] for w in key.split("-") if w)
    return all(any(c == i for i in initials) for c in letters.lower())


@cache
def _numbered_series_bodies() -> dict[str, str]:
    """The squashed names and codes of the series whose sessions are numbered, not dated (``events.csv``,
    ``key_year`` ``n``) -> the key of the body whose sessions they are."""
    return {
        squash(form): s.body or s.prefix for s in event_series() if s.key_year == "n" for form in (*s.names, *s.codes)
    }


def numbered_series_body(*written: str | None) -> str | None:
    """The body of the series of numbered sessions (:func:`_numbered_series_bodies`) one of ``written``
    names (its name or code, any case), else None: ``the third meeting of the Preparatory Committee`` is
    ``PrepCom-3``, one key (:func:`.keys.numbered_key`)."""
    return next((b for w in written if w and (b := _numbered_series_bodies().get(squash(w)))), None)


def series_key(s: Series, year: int) -> str:
    return f"{s.prefix}-{year % 100:02d}" if s.key_year == "yy" else f"{s.prefix}-{year}"


def edition_of(key: str) -> Series | None:
    """The series whose edition ``key`` is (``wsis-forum-2031``, ``wtdc-29``), else None."""
    for s in event_series():
        tail = key[len(s.prefix) + 1 :] if key.startswith(s.prefix + "-") else ""
        if tail.isdigit() and len(tail) == (2 if s.key_year == "yy" else 4):
            return s
    return None


def one_off(key: str) -> Series | None:
    """The one-off event (``key_year`` ``once``, keyed by its prefix) whose key ``key`` is (``wsis-20-review``), else
    None."""
    return next((s for s in event_series() if s.key_year == "once" and s.prefix == key), None)


def edition_name(key: str) -> str | None:
    """How an event series' key is written: an edition's code (``wtsa-16`` -> ``WTSA-16``) or name and year
    (``wsis-forum-2031`` -> ``WSIS Forum 2031``); a series of no body by its name (``wsis-forum`` -> ``WSIS
    Forum``); else None."""
    if (s := edition_of(key)) is not None and (year := edition_year(key)) is not None:
        return series_code(s, year) or f"{s.name} {year}"
    return next((s.name for s in event_series() if s.prefix == key and not s.body), None)


def edition_year(key: str) -> int | None:
    """The year of a series' edition by its key, in full (``gss-31`` -> 2031, ``wsis-forum-2031`` -> 2031), else
    None."""
    s = edition_of(key)
    if s is None:
        return None
    tail = int(key.rsplit("-", 1)[1])
    return full_year(tail) if s.key_year == "yy" else tail


def series_code(s: Series, year: int) -> str | None:
    """The code of a series' event of ``year`` (``WTDC-26``, ``GSR 2031``), None for a series of no code."""
    if not s.codes:
        return None
    return f"{s.codes[0]}-{year % 100:02d}" if s.key_year == "yy" else f"{s.codes[0]} {year}"


#: a capitalised word before a series' one-word name that, after ``the``/``and``/``of`` or another
#: capitalised word, makes it another body's name (``the Economic and Social Council 2031``, ``the Staff
#: Council``, ``the ATU Administrative Council 2031``); not a word that opens a sentence (``Since Council 2030``)
_OTHER_OWNER = re.compile(r"(?:\b(?:the|The|and|of)|[A-Z][\w&\-]*)\s+(?!ITU\b)[A-Z][\w&\-]*\s+$")


#: what follows a series' one-word name that another body owns: ``of (the)`` and a capitalised name that is not
#: the ITU's (``the 2031 Council of the Andean Community``, ``the 2030 Council of Europe``; not ``of the Union``)
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?!ITU\b|Union\b|International\s+Telecommunication\s+Union\b)[A-Z]")


def _of_another_owner(text: str, m: re.Match[str]) -> bool:
    """Whether a series named by one word and its year (``the 2031 Council``) is another body's, the owner
    after it (:data:`_OWNER_AFTER`: ``the 2031 Council of the Andean Community adopted ...``): no session of the
    series (``the 2031 session of the Council`` names the series after ``of``, not an owner after it)."""
    matched = text[m.start() : m.end()]
    names = [n for n in re.findall(r"[A-Za-z][\w&\-]*", matched) if not n[0].isdigit()]
    return len(names) <= 2 and _OWNER_AFTER.match(text, m.end()) is not None and names[-1:] != ["session"]


def _part_of_another_name(text: str, m: re.Match[str]) -> bool:
    """Whether a series named by one word (``Council 2031``) is the end of another body's name."""
    head = m.group("head") if "head" in m.re.groupindex else m.group(0)
    if not head or " " in head.strip() or head.isupper():
        return False
    return bool(_OTHER_OWNER.search(text, max(0, m.start() - 60), m.start()))


@cache
def _name_goes_on() -> re.Pattern[str]:
    """A capitalised word right after a name, one space between, that is no day of the week nor month (``the
    Council Working Group``, ``the Plenipotentiary Conference Drafting Team``; not ``the Summit on Monday, 4
    May``)."""
    days = alternation([*weekday_words(), *month_forms()])
    return re.compile(rf" (?!(?:{days})\b)[A-Z][\w&\-]*[a-z]")


def opens_another_name(text: str, end: int) -> bool:
    """Whether the name of an event that ends at ``end`` opens a longer name (:func:`_name_goes_on`): the
    Council of ``the Council Working Group on X, held on 3 May 2031 and on 4 June 2032`` is no event."""
    return _name_goes_on().match(text, end) is not None


def series_mentions(text: str, upper: bool = True) -> list[EventMention]:
    out = []
    digits = 2 if has_two_digits(text) else 1 if has_digit(text) else 0
    for s in _named_here(text, event_series()):
        if digits < {"once": 0, "n": 1}.get(s.key_year, 2):
            continue  # a session's number (one digit at least) or a year (two) the text does not hold
        for m in _series_pattern(s, upper).finditer(text):
            if _part_of_another_name(text, m):
                continue
            if s.key_year == "n":  # "PrepCom-3": the third session of the Preparatory Committee
                n = int(m.group("n"))
                key, number = numbered_key(s.body or s.prefix, n), f"{s.codes[0]}-{n}"
                out.append(EventMention(key, f"{s.name} ({number})", s.kind, m.span(), number))
                continue
            if s.key_year == "once":  # named as written (the review of WSIS: "the overall review of ...")
                name = without_article(" ".join(m.group(0).split()))
                out.append(EventMention(s.prefix, name, s.kind, m.span(), s.codes[0] if s.codes else None))
                continue
            year = int(m.group("y4")) if m.group("y4") else full_year(int(m.group("y2")))
            years = [year] + [int(y) for y in re.findall(r"\d{4}", m.group("more") or "")]
            for y in years:
                code = series_code(s, y)
                start = date(y, *s.fixed_date) if s.fixed_date else None
                out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code, start))
    return out


@cache
def _undated_series() -> tuple[Series, ...]:
    return tuple(s for s in event_series() if s.key_year not in ("once", "n") and not s.fixed_date)


@cache
def _bare_series_pattern(s: Series) -> re.Pattern[str]:
    """A yearly series' name (Title or UPPER case) with no year after it, a code in brackets allowed."""
    codes = "|".join(re.escape(c) for c in s.codes)
    head = name_alternation([*s.names, *(n.upper() for n in s.names)]) + (rf"(?:\s*\((?:{codes})\))?" if codes else "")
    year = rf"(?!\s*{DASH}?\s*(?:(?:19|20)\d\d|\d\d)(?!\d))"
    return re.compile(rf"(?<![\w&\-/])(?:{head})(?![\w&]){year}")


@cache
def _bare_code_pattern(s: Series) -> re.Pattern[str] | None:
    """A yearly series' code of three capitals or more alone (``the HLPF, to be held``, ``before the WTSA in
    July``), no year after it, nor a word that makes it a modifier (``the HLPF secretariat``, ``GSR discussion
    papers``): what may follow is a mark, a modal, a form of ``be``, a verb of holding (``date_words.csv``, role
    ``held``), a preposition of a date or of an occasion, ``to`` or a relative. None for a series of no such code,
    and for a code that is a body's that meets (``the IGF will meet from``, ``the CSTD would meet``: the body's
    meeting, read by the body readers); a conference's code (``WTDC``) is its series."""
    index = body_index()
    codes = [
        c
        for c in s.codes
        if re.fullmatch(r"[A-Z]{3,}", c)
        and getattr(index.names.get(index.keys.get(squash(c), "")), "kind", "conference") == "conference"
    ]
    if not codes:
        return None
    year = rf"(?!\s*{DASH}?\s*(?:(?:19|20)\d\d|\d\d)(?!\d))"
    after = "|".join(
        [
            modal_alternation(),
            auxiliary_alternation("be"),
            alternation(held_words(), spaces=True),
            preposition_alternation("date"),
            preposition_alternation("occasion"),
            "to|which|that",
        ]
    )
    return re.compile(rf"(?<![\w&\-/])(?:{'|'.join(codes)})(?![\w&\-/]){year}(?=\s*(?:[,;(]|$)|\s+(?:{after})\b)")


@cache
def _code_owned() -> re.Pattern[str]:
    """What before a series' code alone makes it part of another name or the owner of another event: a capitalised
    word that is no determiner nor opener of an event (``the Asia Pacific Regional HLPF``), ``of`` (``the
    intersessional panel of the WTPF``)."""
    openers = f"{either_initial_determiners('event')}|{opener_alternation('event-opener')}"
    return re.compile(rf"(?:(?<![\w\-])(?!(?:{openers})\s)[A-Z][\w\-]*|\bof(?:\s+the)?)\s+$")


def bare_series_patterns(text: str) -> list[tuple[Series, re.Pattern[str]]]:
    """Each yearly series named in the document ``text`` is part of, with :func:`_bare_series_pattern`."""
    return [(s, _bare_series_pattern(s)) for s in _held(text, _undated_series())]


def _bare_patterns_here(text: str) -> list[tuple[Series, re.Pattern[str]]]:
    """:func:`bare_series_patterns` of the series ``text`` itself names (:func:`_named_here`)."""
    return [(s, _bare_series_pattern(s)) for s in _named_here(text, _undated_series())]


def _bare_codes_here(text: str) -> list[tuple[Series, re.Pattern[str]]]:
    """:func:`_bare_code_pattern` of the series ``text`` itself names (:func:`_named_here`)."""
    return [(s, p) for s in _named_here(text, _undated_series()) if (p := _bare_code_pattern(s)) is not None]


def undated_series_mentions(text: str, default_year: int | None, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A series named without its year and followed by its own dates (:func:`own_dates`): the
    event of the dates' year (``the World Telecommunication Development Conference, held in
    Baku from 2 to 13 November 2026`` -> ``wtdc-26``; ``the next WSIS Forum will be held in
    Geneva from 14 to 18 May 2012`` -> ``wsis-forum-2012``; its code alone, :func:`_bare_code_pattern`: ``the HLPF,
    to be held 6-15 July 2031`` -> ``hlpf-2031``); a bare ``on``/``in`` only where the
    series is where something happens (``presented at the High-level Political Forum in July
    2030``), not whom something went to (``submitted to the Council on 12 May``): a series that is
    no body's session (a conference, forum, symposium) is dated by it wherever it is named
    (``preceded by the Global Standards Symposium on 19 November 2030``)."""
    out: list[EventMention] = []
    if all(d.precision == "year" for d in dates):
        return out  # no date of its own to follow it (:func:`own_dates`)
    named = [(s, p, False) for s, p in _bare_patterns_here(text)] + [(s, p, True) for s, p in _bare_codes_here(text)]
    for s, pattern, coded in named:
        for m in pattern.finditer(text):
            if _part_of_another_name(text, m) or (
                coded and _code_owned().search(text, max(0, m.start() - 60), m.start())
            ):
                continue
            at = re.search(r"\b(?:at|during)\s+(?:the\s+)?$", text[max(0, m.start() - 12) : m.start()])
            d = own_dates(text, m.end(), dates, bare=at is not None or s.kind != "session")
            d = d or dated_before(text, m.start(), dates)  # "From 2 to 4 May 2031, the Symposium was held"
            if d is None:
                continue
            y = d.start.year
            code = series_code(s, y)
            out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code))
    return out


@cache
def _fixed_day_series() -> tuple[Series, ...]:
    return tuple(s for s in event_series() if s.key_year not in ("once", "n") and s.fixed_date)


def fixed_day_mentions(text: str, default_year: int | None, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A yearly observance of a fixed day named without its year (``World Telecommunication and
    Information Society Day``, ``events.csv`` ``fixed_date``): the observance of the year its own
    dates give (``on 17 May 2031``), else of the report's year (a message for the Day, dated by the
    day it is given)."""
    out = []
    for s in _named_here(text, _fixed_day_series()):
        for m in _bare_series_pattern(s).finditer(text):
            d = own_dates(text, m.end(), dates, bare=True)
            y = d.start.year if d is not None else default_year
            if y is not None and s.fixed_date is not None:
                start = date(y, *s.fixed_date)
                out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span(), series_code(s, y), start))
    return out


#: after a series' name: its venue and year, ``(Antalya, 2006)``, ``held in Hyderabad in 2010``
_VENUE_YEAR = re.compile(
    r"\s*\(\s*(?!Rev\b)[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}\s*,\s*(?P<y>(?:19|20)\d\d)\s*\)"
    r"|,?\s+held\s+in\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}\s+in\s+(?P<y2>(?:19|20)\d\d)\b(?!\s*[\d/])"
)


def venue_year_mentions(text: str) -> list[EventMention]:
    """A series named with its venue and year instead of its year alone: the event of that year
    (``the Plenipotentiary Conference (Antalya, 2006)`` -> ``pp-06``; ``the World Telecommunication
    Development Conference held in Hyderabad in 2010`` -> ``wtdc-10``). A revision (``Rev.``) is no
    venue of the series."""
    out: list[EventMention] = []
    if not has_year(text):
        return out  # no year for a venue's bracket
    for s, pattern in _bare_patterns_here(text):
        for m in pattern.finditer(text):
            found = _VENUE_YEAR.match(text, m.end())
            if found is None or _part_of_another_name(text, m):
                continue
            y = int(found.group("y") or found.group("y2"))
            code = series_code(s, y)
            out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, (m.start(), found.end()), code))
    return out


_LIST_GAP = re.compile(
    r"\s*\)?\s*(?:,|;|,?\s+and)\s+(?:(?:in\s+)?[A-Z][\w’'\-.]*(?:[\s,]+[A-Z][\w’'\-.]*)*\s*\(?\s*)?(?:from\s+|on\s+)?"
)


def edition_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A series named without its year and a verb of holding, then a list of dates of different
    years (``three editions of the Regional Forum were held in Accra: 3-4 May 2029, 7-8 May 2030
    and 2-3 May 2031``; ``the IGF meetings held in Lima, Peru (1-4 June 2030) and Oslo, Norway
    (5-8 June 2031)``): the series' event of each date's year, dated by it."""
    days = [d for d in dates if d.precision == "day"]
    out: list[EventMention] = []
    if len(days) < 2:
        return out  # a list of two dates at least
    held = re.compile(rf"\b(?:{alternation(held_words(), spaces=True)})\b")
    for s, pattern in _bare_patterns_here(text):
        for m in pattern.finditer(text):
            first = next((i for i, d in enumerate(days) if d.span[0] >= m.end()), None)
            if first is None or days[first].span[0] - m.end() > 90:
                continue
            gap = text[m.end() : days[first].span[0]]
            if not held.search(gap) or re.search(r"[.;]\s", gap) or opens_another_name(text, m.end()):
                continue
            run = [days[first]]
            for d in days[first + 1 :]:
                if not _LIST_GAP.fullmatch(text, run[-1].span[1], d.span[0]):
                    break
                run.append(d)
            years = [d.start.year for d in run]
            if len(run) < 2 or len(set(years)) < len(years):
                continue
            out += [EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span()) for y in years]
    return out


#: ``the 2031 session``, ``its 2031 session``, ``for the 2031 session``: a year and ``session`` with no
#: body after it (``the 2031 session of the Council`` is :func:`_year_session_pattern`'s)
_BARE_YEAR_SESSION = re.compile(
    rf"(?<![\w&\-/])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<y4>(?:19|20)\d\d)\s+(?i:session)\b(?!\s+(?:{preposition_alternation('topic')})\s)"
)


def _session_owner(text: str, at: int, held: tuple[Series, ...], own_body: str | None) -> Series | None:
    """The yearly session series a bare ``the 2031 session`` at ``at`` is one of: the last one named
    before it in ``text``, else the one whose body the report's meeting is, else the only one the
    document names."""
    last = max(
        ((m.start(), s) for s in held for m in _bare_series_pattern(s).finditer(text, 0, at)),
        key=lambda x: x[0],
        default=None,
    )
    if last is not None:
        return last[1]
    own = [s for s in held if own_body and s.body == own_body]
    return own[0] if own else held[0] if len(held) == 1 else None


def year_session_mentions(text: str, meeting: tuple[str, int | None, int | None] | None = None) -> list[EventMention]:
    """A body's session named by its year alone (``to report to the 2031 session``, ``The Council
    decides that its 2032 session shall be held ...``, ``declared the 2030 session closed``): the
    event of that year of the yearly session series it is one of (:func:`_session_owner`: the Council
    in a Council document), named like that series' event. Not the report's own session (``meeting``:
    its body key, number and year)."""
    if "session" not in text.lower():
        return []
    held = _held(text, _yearly_sessions())
    out = []
    for m in _BARE_YEAR_SESSION.finditer(text) if held else ():
        s = _session_owner(text, m.start(), held, meeting[0] if meeting else None)
        y = int(m.group("y4"))
        if s is None or (meeting is not None and s.body == meeting[0] and meeting[2] == y):
            continue
        out.append(EventMention(series_key(s, y), f"{s.name} {y}", s.kind, m.span(), series_code(s, y)))
    return out


#: a body's meeting or session named by its year (``the 2033 TDAG meeting``, ``its 2034 Bureau session``, ``the
#: 2033 meeting``; ``RAG at its 2034 meeting``): no ``of`` after it (``the 2033 session of X`` is its readers')
_YEAR_MEETING = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<y>(?:19|20)\d\d)\s+(?P<body>(?:[A-Z][\w\-&]*\s+){0,3}?)"
    r"(?P<noun>meeting|session)\b(?!s|\s+of\b|-)"
    r"|(?<![\w\-])(?P<body2>[A-Z][\w\-&]*[A-Z][\w\-&]*)\s+at\s+its\s+(?P<y2>(?:19|20)\d\d)\s+(?P<noun2>meeting|session)\b(?!s)"
)


def year_meeting_mentions(text: str, own_year: int | None = None) -> list[EventMention]:
    """A body's meeting named by its year (decision 37: ``the 2033 TDAG meeting``, ``its 2034 Bureau
    session``, ``to report to RAG at its 2034 meeting``): an event named as written, without the article
    (``RAG 2034 meeting`` for the last form), undated unless the text dates it. A session by its year alone
    is a yearly series' (:func:`year_session_mentions`); not a meeting of the report's own year (``own_year``:
    the report's own meeting, named again)."""
    if "meeting" not in text and "session" not in text:
        return []
    out = []
    for m in _YEAR_MEETING.finditer(text):
        year, body = int(m.group("y") or m.group("y2")), " ".join((m.group("body") or "").split())
        noun = m.group("noun") or m.group("noun2")
        if year == own_year or (m.group("noun") == "session" and not body):
            continue
        label = f"{m.group('body2')} {year} {noun}" if m.group("body2") else " ".join(f"{year} {body} {noun}".split())
        span = m.span() if m.group("body2") else (m.start("y"), m.end())
        out.append(EventMention(slug(label), label, "meeting" if noun == "meeting" else "session", span))
    return out
