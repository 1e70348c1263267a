"""Find named events (conferences, forums, sessions, meetings, observances, panels).

Kinds of mention, all driven by data files:

1. Coded series from ``ingest/data/events.csv`` (domain knowledge): a code or a name with a
   year, ``PP-26``, ``WTDC-25``, ``Council-24`` / ``ITU Council 2024``, ``WSIS Forum 2024``,
   ``High-Level Political Forum (HLPF) 2023``, ``Internet Governance Forum 2023 and 2024``,
   ``World Telecommunication and Information Society Day 2024 (WTISD-24)``. Two-digit years
   are 20yy. The key is ``<prefix>-<yy>`` or ``<prefix>-<yyyy>`` as the row's ``key_year``
   says (``pp-26``, ``wtdc-25``, ``council-2024``, ``wsis-forum-2024``, ``hlpf-2023``), so
   every spelling of an event gives one key; a one-off event (``key_year`` ``once``, e.g. the
   ``WSIS+20 review`` by the General Assembly) is named without a year and keyed by its
   prefix. Observances with a ``fixed_date`` (WTISD,
   17 May) get that day as start.
2. Numbered sessions and meetings of gazetteer bodies: ``twenty-seventh session of the
   Commission on Science and Technology for Development`` -> ``cstd-27``; ``UN Statistical
   Commission (UNSC) for its 55th session`` -> ``unsc-55``; ``78th UNGA`` / ``UNGA 78th
   Session`` -> ``unga-78``; ``40th CWG-WSIS&SDG meeting`` -> ``cwg-wsis-sdg-40`` (the key
   of a meeting is ``<body>-<number>``, as for the report's own meeting, which is left out
   when ``meeting`` is given).
3. A body's yearly named event: ``CSTD 2023-2024 Inter-sessional Panel`` ->
   ``cstd-inter-sessional-panel-2023-2024`` (head nouns and kinds: ``ingest/data/event_nouns.csv``).
4. A capitalised name ending in an event noun with a code in brackets:
   ``Global Digital Regulators Summit 2023 (GDRS-23)`` -> ``gdrs-23``.
6. Any other capitalised name of two words or more ending in an event noun, with a year:
   ``AI for Good Global Summit 2024`` -> ``ai-for-good-global-summit-2024`` (only where no
   series, body session or coded name above matches).
5. Ordinal meetings of a process: ``Third Physical Meeting of the OCP on 5 February 2024``
   -> ``ocp-2024-third-physical-meeting``.

Dates: the day-precision dates that follow a mention in the same sentence, before the next
event mention, and that are not deadlines (``by``, ``until``, ``Deadline:`` ...) belong to
that event. Over all its mentions, ``start`` is the earliest start and ``end`` the latest end
(so ``WSIS Forum 2024 ... opens on 10 April onwards ... final week from 27 May – 2 June 2024``
gives 2024-04-10 .. 2024-06-02); a single day leaves ``end`` empty.
Month-precision dates (``in December 2025``, ``(November 2025)``) are used only when no mention
of the event gives days: ``start`` is the first and ``end`` the last day of the month(s) and
``precision`` is ``"month"``. Mentions without a year (``the upcoming WTDC``) are not events
(one-off events excepted). ``place``: see :func:`_event_place`; the first mention giving one wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.bodies import BodyMatcher
from wsiskg.ingest.extract.dates import (
    DateSpan,
    find_dates,
    is_due_cue,
    month_end,
    month_numbers,
)
from wsiskg.ingest.extract.document import TypedSpan, document, longest_first
from wsiskg.ingest.extract.event_dates import dates_after_acronym, own_dates
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import (
    BodyIndex,
    BodyName,
    as_body_names,
    body_index,
    dateline,
    has_ordinal,
    number_value,
    ordinal_regex,
    squash,
    surface_regex,
)
from wsiskg.ingest.extract.organizers import BodySpan, organizers
from wsiskg.ingest.records import Event, Meeting, Paragraph, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation, clause_spans, ordinal_suffix, span_at

#: how many front lines a session header and its dateline may take
HEADER_LINES = 4


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
class _Series:
    prefix: str
    kind: str
    name: str
    codes: tuple[str, ...]
    names: tuple[str, ...]
    key_year: str
    fixed_date: tuple[int, int] | None
    body: str | None = None  # key of the body whose session it is ("itu-council")


@cache
def event_series() -> tuple[_Series, ...]:
    out = []
    for r in data_rows("events.csv"):
        fixed = tuple(int(x) for x in r["fixed_date"].split("-")) if r["fixed_date"] else None
        out.append(
            _Series(
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
def event_nouns() -> dict[str, str]:
    return {r["noun"]: r["kind"] for r in data_rows("event_nouns.csv")}


def _alt(strings: Iterable[str]) -> str:
    return alternation(strings, each=surface_regex)


@cache
def _series_patterns(upper: bool = True) -> tuple[tuple[_Series, re.Pattern[str]], ...]:
    """A series' name or code with its year; with ``upper`` also its name in capitals."""
    out = []
    year_tail = r"(?P<more>(?:\s*(?:,|and|&)\s*(?:19|20)\d\d(?![\d]))*)(?!\s*" + DASH + r"\s*\d|\d|/)"
    for s in event_series():
        codes = "|".join(re.escape(c) for c in s.codes)
        names = _alt([*s.names, *(n.upper() for n in s.names if upper)])  # a header writes "COUNCIL 2012"
        heads = [rf"(?:{names})(?:\s*\((?:{codes})\))?"] if codes else [rf"(?:{names})"]
        if codes:
            heads.append(rf"(?:{codes})")
        head = "|".join(heads)
        if s.key_year == "once":  # a one-off event: its name alone, no year
            out.append((s, re.compile(rf"(?<![\w&\-/])(?P<head>{head})(?![\w&])")))
            continue
        # 4-digit year after a space or dash; 2-digit year only after a dash ("PP-22")
        pattern = (
            rf"(?<![\w&\-/])(?P<head>{head})(?:\s*{DASH}?\s*(?P<y4>(?:19|20)\d\d)|{DASH}\s?(?P<y2>\d\d))(?!\d)"
            + year_tail
        )
        out.append((s, re.compile(pattern)))
    return tuple(out)


@cache
def _session_code_patterns() -> tuple[tuple[_Series, int, re.Pattern[str]], ...]:
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
def _year_session_patterns() -> tuple[tuple[_Series, re.Pattern[str]], ...]:
    """``the 2024 session of the Council``: a year, then session/meeting of a yearly series' name."""
    out = []
    for s in event_series():
        if s.key_year != "yyyy" or s.kind != "session":
            continue
        codes = [re.escape(c) for c in s.codes]
        head = "|".join([_alt(s.names), *codes])
        pattern = (
            rf"(?<![\w&\-/])(?P<y4>(?:19|20)\d\d)\s+(?i:session)\s+of\s+(?:the\s+)?(?:ITU\s+)?(?P<head>{head})(?![\w&])"
        )
        out.append((s, re.compile(pattern)))
    return tuple(out)


def _coded_mentions(text: str) -> list[EventMention]:
    out = []
    for s, min_year, pattern in _session_code_patterns():
        for m in pattern.finditer(text):
            y = 2000 + int(m.group("y2"))
            if y >= min_year:
                code = f"{s.codes[0]} {y}" if s.codes else None
                out.append(EventMention(_series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code))
    for s, pattern in _year_session_patterns():
        for m in pattern.finditer(text):
            y = int(m.group("y4"))
            code = f"{s.codes[0]} {y}" if s.codes else None
            out.append(EventMention(_series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code))
    return out


def _series_key(s: _Series, year: int) -> str:
    return f"{s.prefix}-{year % 100:02d}" if s.key_year == "yy" else f"{s.prefix}-{year}"


def _series_mentions(text: str, upper: bool = True) -> list[EventMention]:
    out = []
    for s, pattern in _series_patterns(upper):
        for m in pattern.finditer(text):
            if s.key_year == "once":
                out.append(EventMention(s.prefix, s.name, s.kind, m.span(), s.codes[0] if s.codes else None))
                continue
            year = int(m.group("y4")) if m.group("y4") else 2000 + int(m.group("y2"))
            years = [year] + [int(y) for y in re.findall(r"\d{4}", m.group("more") or "")]
            for y in years:
                code = None
                if s.codes:
                    code = f"{s.codes[0]}-{y % 100:02d}" if s.key_year == "yy" else f"{s.codes[0]} {y}"
                start = date(y, *s.fixed_date) if s.fixed_date else None
                out.append(EventMention(_series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code, start))
    return out


def _body_kind_default(body: BodyName | None) -> str:
    return "meeting" if body and body.kind in ("working-group", "expert-group") else "session"


def _numbered_mentions(text: str, bodies: tuple[BodyName, ...]) -> list[EventMention]:
    if not has_ordinal(text):  # every form below needs an ordinal
        return []
    index = body_index(bodies)
    body = index.pattern.pattern
    ordinal = ordinal_regex()
    what = r"(?i:session|meeting)"
    forms = [
        rf"(?P<num>{ordinal})\s+(?P<what>{what})\s+of\s+(?:the\s+)?(?P<body>{body})",
        rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:for\s+|at\s+|during\s+)?its\s+(?P<num>{ordinal})\s+(?P<what>{what})",
        rf"(?P<body>{body})\s+(?P<num>{ordinal})\s+(?P<what>{what})",
        rf"(?P<num>{ordinal})\s+(?P<body>{body})(?:\s+(?P<what>{what}))?",
    ]
    out: list[EventMention] = []
    taken: list[tuple[int, int]] = []
    for form in forms:
        for m in re.finditer(form, text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            key = index.keys.get(squash(m.group("body")))
            n = number_value(m.group("num"))
            if key is None or n is None:
                continue
            info = index.names.get(key)
            kind = m.group("what").lower() if m.group("what") else _body_kind_default(info)
            label = info.name if info else m.group("body")
            taken.append(m.span())
            out.append(EventMention(f"{key}-{n}", f"{n}{ordinal_suffix(n)} {kind} of the {label}", kind, m.span()))
    # "its 53rd session": the body named last before it in the sentence
    for m in re.finditer(rf"\bits\s+(?P<num>{ordinal})\s+(?P<what>{what})", text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        s0 = max((a for a, _ in clause_spans(text) if a <= m.start()), default=0)
        before = [b for b in index.pattern.finditer(text, s0, m.start())]
        n = number_value(m.group("num"))
        if not before or n is None:
            continue
        key = index.keys.get(squash(before[-1].group(0)))
        if key:
            info = index.names.get(key)
            kind = m.group("what").lower()
            out.append(
                EventMention(
                    f"{key}-{n}", f"{n}{ordinal_suffix(n)} {kind} of the {info.name if info else key}", kind, m.span()
                )
            )
    return out + _head_numbered_mentions(text, index, taken)


@cache
def _body_heads() -> str:
    return alternation([r["head"] for r in data_rows("body-heads.csv") if r["category"] == "body"], spaces=True)


def _head_numbered_mentions(text: str, index: BodyIndex, taken: list[tuple[int, int]]) -> list[EventMention]:
    """``the Commission on Science and Technology for Development (CSTD) ... the twenty-seventh
    session of the Commission``: a numbered session of a body named by its head noun
    (``ingest/data/body-heads.csv``) is one of the last body named before it with that noun."""
    out = []
    pattern = (
        rf"(?P<num>{ordinal_regex()})\s+(?P<what>session|meeting)\s+of\s+the\s+(?P<head>{_body_heads()})\b"
        r"(?!\s+(?:of|on|for)\b|\s+[A-Z])"  # "of the Commission", not "of the Commission on X" (named above)
    )
    for m in re.finditer(pattern, text):
        n = number_value(m.group("num"))
        if n is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        before = (index.keys.get(squash(b.group(0))) for b in index.pattern.finditer(text, 0, m.start()))
        named = [k for k in before if k in index.names and m.group("head") in index.names[k].name]
        if named:
            info = index.names[named[-1]]
            kind = m.group("what")
            out.append(
                EventMention(f"{named[-1]}-{n}", f"{n}{ordinal_suffix(n)} {kind} of the {info.name}", kind, m.span())
            )
    return out


def _meeting_body_mentions(text: str, meeting: Meeting | None, bodies: tuple[BodyName, ...]) -> list[EventMention]:
    """``3rd meeting (18 February 2011)``, ``the fifth meeting, held in ...``: an ordinal meeting
    named without a body is a meeting of the report's meeting body (the report's own one is
    dropped later; a meeting of another body, ``4th meeting of the X``, is a longer mention)."""
    if meeting is None or not has_ordinal(text):
        return []
    info = body_index(bodies).names.get(meeting.body)
    label = info.name if info else meeting.body
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<num>{ordinal_regex()})\s+(?i:meeting)\b(?!\s+(?:of|on|for)\b)", text):
        n = number_value(m.group("num"))
        if n is not None:
            out.append(
                EventMention(
                    f"{meeting.body}-{n}", f"{n}{ordinal_suffix(n)} meeting of the {label}", "meeting", m.span()
                )
            )
    return out


@cache
def _generic_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """``a webinar on X``, ``an online consultation for Y``, ``a national workshop``: an event
    named by a generic noun (``ingest/data/generic-events.csv``) after an article, with up to
    three words before it and its topic after ``on``/``for``/``about``, or after ``of`` for the
    nouns whose ``of`` column says so (``the launch of the Global Connectivity Agenda``)."""
    kinds = {r["noun"]: r["kind"] for r in data_rows("generic-events.csv")}
    nouns = alternation(kinds, spaces=True)
    return (
        re.compile(
            rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<adj>(?:(?!(?:of|and|or|to|in|on|the|an?|its|their)\b)[\w\-]+\s+){{0,3}}?)(?P<noun>(?i:{nouns}))s?\b"
            r"(?:\s+(?P<rel>on|for|about|of)\s+(?P<topic>[^,.;:()]{3,80}?))?"
            r"(?=\s+(?:on|in|at|from|held|was|were|will|to\s+be|organi[sz]ed|hosted|took|scheduled|that|which|who|where)\b"
            r"|\s*[,.;:()]|$)"
        ),
        kinds,
    )


@cache
def _of_topics() -> frozenset[str]:
    """Generic nouns whose topic follows ``of`` (``ingest/data/generic-events.csv``, column ``of``)."""
    return frozenset(r["noun"] for r in data_rows("generic-events.csv") if r["of"] == "yes")


def _generic_mentions(text: str, default_year: int | None) -> list[EventMention]:
    """Generic events (:func:`_generic_pattern`), only where their clause gives them a date."""
    pattern, kinds = _generic_pattern()
    clauses = clause_spans(text)
    out = []
    for m in pattern.finditer(text):
        s1 = span_at(clauses, m.start(), len(text))[1]
        dates = [
            d
            for d in find_dates(text[m.end() : s1], default_year)
            if d.precision in ("day", "month") and not _is_due(text, m.end() + d.span[0])
        ]
        if not dates or any(w.lower() in ("next", "same", "this", "previous") for w in m.group("adj").split()):
            continue
        noun = " ".join(m.group("noun").lower().split())
        if m.group("rel") == "of" and noun not in _of_topics():
            continue  # "the workshop of the Group" is no workshop on the Group
        if not m.group("adj").strip() and not m.group("topic") and m.group(0)[0] in "TtIi":
            # "the Forum", "its workshop": an event named before (:func:`_resolve_anaphora`)
            out.append(EventMention(_ANAPHOR + noun, noun, kinds.get(noun, "event"), m.span("noun")))
            continue
        label = " ".join((m.group("adj") + m.group("noun")).split())
        if any(p.fullmatch(label) for _, p in _bare_series_patterns()):
            continue  # a known series named without its year ("the Internet Governance Forum")
        if m.group("topic"):
            label += f" {m.group('rel')} {' '.join(m.group('topic').split())}"
        key = slug(f"{label} {dates[0].start.year}")
        out.append(EventMention(key, label, kinds.get(noun, "event"), m.span()))
    return out


_ANAPHOR = "="  # the key of "the Forum" until it is resolved to the event it names


def _resolve_anaphora(chosen: list[EventMention]) -> list[EventMention]:
    """``The WSIS Forum 2027 ... The Forum will take place from 24 to 28 May 2027``: a generic
    noun with a definite article is the last event named before it in the text whose name has
    that noun; with none, it is no event."""
    out: list[EventMention] = []
    for c in chosen:
        if not c.key.startswith(_ANAPHOR):
            out.append(c)
            continue
        noun = c.key[len(_ANAPHOR) :]
        named = [o for o in out if re.search(rf"(?i)\b{re.escape(noun)}\b", o.name)]
        if named:
            out.append(replace(named[-1], span=c.span, start=None, end=None, place=None, organizers=()))
    return out


def _noun_alt() -> str:
    return "|".join(sorted(event_nouns(), key=len, reverse=True))


_CAP = r"[A-Z][\w’'&/\-+]*"


def _named_mentions(text: str, bodies: tuple[BodyName, ...], default_year: int | None) -> list[EventMention]:
    out: list[EventMention] = []
    nouns = event_nouns()
    noun = _noun_alt()
    known_codes = {c for s in event_series() for c in s.codes}
    # 4. "<Name ... Summit 2023> (GDRS-23)"
    name = rf"{_CAP}(?:\s+(?:and|of|on|for|the|&|{_CAP}|(?:19|20)\d\d))*"
    for m in re.finditer(
        rf"(?P<name>{name})\s*\((?P<code>[A-Z][A-Za-z]{{1,10}}(?:{DASH}(?:\d{{4}}|\d{{2}}))?)\)", text
    ):
        words = re.findall(r"[\w’'&/\-]+", m.group("name"))
        heads = [w for w in words if w in nouns]
        if heads and not _heads_name(words, heads[-1]):
            continue
        prefix = re.split(DASH, m.group("code"))[0]
        if not heads or prefix in known_codes:
            continue
        label = re.sub(r"^(?:The|the)\s+", "", m.group("name"))
        code = m.group("code")
        if code == prefix:  # "(HLPF), held in New York from 9 to 18 July 2018": keyed by the year of its dates
            own = dates_after_acronym(text, m.end(), default_year)
            if own is None:
                continue
            code = f"{code} {own.start.year}"
        out.append(
            EventMention(
                slug(code), label, nouns[heads[-1]], m.span(), m.group("code") if code == m.group("code") else None
            )
        )
    # 3. "<BODY> 2023-2024 Inter-sessional Panel"
    index = body_index(bodies)
    for m in re.finditer(
        rf"(?P<body>{index.pattern.pattern})\s+(?P<years>(?:19|20)\d\d(?:\s*{DASH}\s*(?:19|20)\d\d)?)\s+(?P<words>(?:{_CAP}\s+){{0,4}}?)(?P<noun>{noun})\b",
        text,
    ):
        key = index.keys.get(squash(m.group("body")))
        if not key:
            continue
        years = re.sub(rf"\s*{DASH}\s*", "-", m.group("years"))
        phrase = f"{m.group('words')}{m.group('noun')}".strip()
        out.append(EventMention(slug(f"{key} {phrase} {years}"), m.group(0), nouns[m.group("noun")], m.span()))
    # 5. "Third Physical Meeting (in Geneva) of the OCP"
    for m in re.finditer(
        rf"(?P<ord>{ordinal_regex()})\s+(?P<adj>(?:{_CAP}\s+)?)(?P<noun>{noun})(?:\s*\([^)]{{1,60}}\))?\s+of\s+(?:the\s+)?(?P<of>{_CAP}(?:\s+{_CAP})*)",
        text,
    ):
        if not m.group("ord")[0].isupper():
            continue
        if index.keys.get(squash(m.group("of"))):  # a body's numbered meeting: handled above
            continue
        _s0, s1 = next(((a, b) for a, b in clause_spans(text) if a <= m.start() < b), (0, len(text)))
        dates = [d for d in find_dates(text[m.end() : s1], default_year) if d.precision == "day"]
        year = dates[0].start.year if dates else default_year
        label = f"{m.group('ord')} {m.group('adj')}{m.group('noun')} of the {m.group('of')}"
        key = slug(
            " ".join(str(x) for x in (m.group("of"), year, m.group("ord"), m.group("adj"), m.group("noun")) if x)
        )
        out.append(EventMention(key, label, nouns[m.group("noun")], m.span()))
    return out


def _heads_name(words: list[str], noun: str) -> bool:
    """Whether the event noun ``noun`` heads the name ``words``: it is the last word, or a topic
    follows it (``Conference on Financing for Development``), or a year; not a modifier
    (``International Conference Centre Geneva`` is a building)."""
    last = noun.split()[-1]
    if last not in words:
        return False
    rest = words[len(words) - words[::-1].index(last) :]
    return not rest or rest[0] in ("on", "for", "of", "about") or all(re.fullmatch(r"(?:19|20)\d\d", w) for w in rest)


def _yearly_mentions(text: str) -> list[EventMention]:
    """6. A capitalised name of at least two words ending in an event noun, then a year:
    ``AI for Good Global Summit 2024`` -> ``ai-for-good-global-summit-2024``."""
    nouns = event_nouns()
    out: list[EventMention] = []
    pattern = (
        rf"(?<![\w&/\-])(?P<name>{_CAP}(?:\s+(?:(?:for|of|on|in)(?:\s+the)?\s+|and\s+|&\s+)?{_CAP})*?\s+(?P<noun>{_noun_alt()}))"
        rf"\s+(?P<year>(?:19|20)\d\d)(?![\d/]|\s*{DASH}\s*\d)"
    )
    for m in re.finditer(pattern, text):
        name = re.sub(r"^(?:The|At|In|On|For|During|Both|And)\s+", "", m.group("name"))
        if len(name.split()) < 2:
            continue
        label = f"{name} {m.group('year')}"
        out.append(EventMention(slug(label), label, nouns[m.group("noun")], (m.end("name") - len(name), m.end())))
    return out


def _undated_series_mentions(text: str, default_year: int | None, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A series named without its year and followed by its own dates (:func:`own_dates`): the
    event of the dates' year (``the World Telecommunication Development Conference, held in
    Baku from 2 to 13 November 2026`` -> ``wtdc-26``; ``the next WSIS Forum will be held in
    Geneva from 14 to 18 May 2012`` -> ``wsis-forum-2012``)."""
    out = []
    for s, pattern in _bare_series_patterns():
        for m in pattern.finditer(text):
            d = own_dates(text, m.end(), dates)
            if d is None:
                continue
            y = d.start.year
            code = None
            if s.codes:
                code = f"{s.codes[0]}-{y % 100:02d}" if s.key_year == "yy" else f"{s.codes[0]} {y}"
            out.append(EventMention(_series_key(s, y), f"{s.name} {y}", s.kind, m.span(), code))
    return out


@cache
def _bare_series_patterns() -> tuple[tuple[_Series, re.Pattern[str]], ...]:
    """A yearly series' name (Title or UPPER case) with no year after it, a code in brackets allowed."""
    out = []
    for s in event_series():
        if s.key_year == "once" or s.fixed_date:
            continue
        codes = "|".join(re.escape(c) for c in s.codes)
        head = _alt([*s.names, *(n.upper() for n in s.names)]) + (rf"(?:\s*\((?:{codes})\))?" if codes else "")
        year = rf"(?!\s*{DASH}?\s*(?:(?:19|20)\d\d|\d\d)(?!\d))"
        out.append((s, re.compile(rf"(?<![\w&\-/])(?:{head})(?![\w&]){year}")))
    return tuple(out)


def _named_dated_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A capitalised name ending in an event noun (``ingest/data/event_nouns.csv``), or an event
    noun and its capitalised topic, without a year but followed by its own dates
    (:func:`own_dates`): ``the Summit of the Future in New York on 22–23 September 2024``,
    ``the Third International Conference on Financing for Development (Addis Ababa, 13–16 July
    2015)``, ``the UNCTAD E-Commerce Week, scheduled for 18-22 April 2016``."""
    nouns = event_nouns()
    joiner = r"(?:\s+(?:(?:for|of|on|in|and|&)(?:\s+the)?\s+)?)"
    topic_joiner = r"(?:\s+(?:(?:for|of|on|and|&)(?:\s+the)?\s+)?)"  # "in" starts a place
    topic = rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?{_CAP}(?:{topic_joiner}{_CAP})*)?"
    pattern = (
        rf"(?<![\w&/\-])(?P<name>(?:{_CAP}{joiner})*?(?P<noun>{_noun_alt()}){topic})"
        rf"(?![\w&’'\-]|\s+(?:19|20)\d\d)"
    )
    out = []
    for m in re.finditer(pattern, text):
        d = own_dates(text, m.end(), dates)
        name = re.sub(r"^(?:(?:The|At|In|On|For|During|Both|And|From|To|By)\s+)+", "", m.group("name"))
        if d is None or len(name.split()) < 2 or not name[0].isupper():
            continue
        start = m.end() - len(name)
        out.append(EventMention(slug(f"{name} {d.start.year}"), name, nouns[m.group("noun")], (start, m.end())))
    return out


def _body_meeting_mentions(
    text: str,
    meeting: Meeting | None,
    bodies: tuple[BodyName, ...],
    dates: Sequence[DateSpan],
    body_spans: Sequence[BodySpan] = (),
) -> list[EventMention]:
    """A meeting of a body, without a number, with its own dates (:func:`own_dates`): ``the
    meeting of the UNGIS held on 24 January 2031``, ``Study Group 9 at its meeting in January
    2031``, and the next meeting: ``the next meeting of RAG is scheduled for ...``, ``its next
    meeting on 11-12 March 2031``, ``the next TSAG meeting, which is planned for 10-14 July``.

    The body is the one named, else (``its``) the last one named before in the clause (the
    body extractor's spans when given: ``The Group ... its next meeting``), else (``the next
    meeting``) the report's meeting body; a next meeting of no known body is only
    ``next meeting``. Keyed by body and start day (such a meeting has no number)."""
    if "meeting" not in text and "session" not in text:
        return []
    index = body_index(bodies)
    body = index.pattern.pattern
    pattern = (
        rf"\b(?P<pre>[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?P<next>next)\s+(?:[a-z][\w\-]*\s+){{0,2}}?)?(?:(?P<b1>{body})\s+)?"
        rf"(?P<what>meeting|session)s?\b(?:\s+of\s+(?:the\s+)?(?P<b2>{body}))?"
    )
    out = []
    for m in re.finditer(pattern, text):
        d = own_dates(text, m.end(), dates, bare=True)
        if d is None or (meeting is not None and d.start == meeting.start):
            continue
        key = _meeting_body(text, m, index, meeting, body_spans)
        what, ahead = m.group("what"), "next " if m.group("next") else ""
        if key is None and not ahead:
            continue
        info = index.names.get(key) if key else None
        label = f"{ahead}{what} of the {info.name}" if info else f"{ahead}{what}"
        out.append(EventMention(slug(f"{key or ''} {what} {d.start.isoformat()}"), label, what, m.span()))
    return out


def _meeting_body(
    text: str, m: re.Match[str], index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> str | None:
    """The body of a meeting matched by :func:`_body_meeting_mentions`: named, else the last
    named before ``its`` in the clause, else (``the next meeting``) the report's meeting body."""
    written = m.group("b1") or m.group("b2")
    if written:
        return index.keys.get(squash(written))
    if m.group("pre").lower() != "the":
        s0 = span_at(clause_spans(text), m.start(), len(text))[0]
        if body_spans:
            return next((key for a, b, key in reversed(body_spans) if s0 <= a and b <= m.start()), None)
        before = list(index.pattern.finditer(text, s0, m.start()))
        return index.keys.get(squash(before[-1].group(0))) if before else None
    return meeting.body if meeting is not None and m.group("next") else None


_CELL = re.compile(r"(?P<name>[A-Z][^,|\t:;]{3,80}?)\s*(?:\t|\s\|\s|,\s)\s*")


@cache
def _row_nouns() -> re.Pattern[str]:
    words = [*event_nouns(), *(r["noun"] for r in data_rows("generic-events.csv"))]
    return re.compile(rf"(?i)\b(?:{alternation(words, spaces=True)})s?\b")


def _row_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A table row whose first cell names an event (an event noun in it) and whose second cell
    is only its date (``Facilitation meeting on Action Line C5 | 15 May 2008 | ITU``; cells
    parted by a tab, `` | `` or the ``", "`` of a .docx row): events dated only in a table."""
    m = _CELL.match(text)
    if m is None or re.match(r"(?:The|An?|This|These|Its|Their)\b", text):
        return []
    name = m.group("name")
    d = next((d for d in dates if d.span[0] == m.end() and d.precision != "year"), None)
    if d is None or not re.match(r"\s*(?:$|\t|\|\s|,\s)", text[d.span[1] :]) or len(name.split()) < 2:
        return []
    noun = _row_nouns().search(name)
    if noun is None or _is_due(text, d.span[0]):
        return []
    for s, pattern in _bare_series_patterns():
        if pattern.fullmatch(name):
            return [EventMention(_series_key(s, d.start.year), f"{s.name} {d.start.year}", s.kind, m.span("name"))]
    kind = {k.lower(): v for k, v in event_nouns().items()}.get(noun.group(0).lower().rstrip("s"), "event")
    return [EventMention(slug(f"{name} {d.start.year}"), name, kind, m.span("name"))]


def _is_due(text: str, start: int) -> bool:
    return is_due_cue(text[max(0, start - 80) : start])


def event_mentions(
    text: str,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
    body_spans: Sequence[BodySpan] = (),
) -> list[EventMention]:
    """Every event mentioned in ``text`` with the dates given for it there, in text order.

    Overlapping mentions: the longest wins. The report's own ``meeting`` is left out.
    ``body_spans`` (the bodies found in ``text``) give the organisers (:mod:`.organizers`).
    """
    names = as_body_names(bodies)
    all_dates = find_dates(text, default_year)
    cands = (
        _series_mentions(text)
        + _coded_mentions(text)
        + _numbered_mentions(text, names)
        + _named_mentions(text, names, default_year)
    )
    # events named without a known series, body or year, only where none of the above is named;
    # those named by form (not by a known name) are not the report's own meeting (its dates)
    weak = (
        _body_meeting_mentions(text, meeting, names, all_dates, body_spans)
        + _named_dated_mentions(text, all_dates)
        + _row_mentions(text, all_dates)
        + _generic_mentions(text, default_year)
    )
    extras = (_undated_series_mentions(text, default_year, all_dates), _yearly_mentions(text))
    for extra in (*extras, _meeting_body_mentions(text, meeting, names), weak):
        cands += [y for y in extra if all(y.span[1] <= c.span[0] or y.span[0] >= c.span[1] for c in cands)]
    if meeting is not None and meeting.number is not None:
        own = f"{meeting.body}-{meeting.number}"
        cands = [c for c in cands if c.key != own]
    spans = {c.span for c in longest_first(cands, lambda c: c.span)}  # several events may share a span
    chosen = _resolve_anaphora(sorted((c for c in cands if c.span in spans), key=lambda c: (c.span, c.key)))
    dates = [d for d in all_dates if d.precision == "day"]
    months = [d for d in all_dates if d.precision == "month"]
    sentences = clause_spans(text)
    out = []
    for i, c in enumerate(chosen):
        s1 = next((b for a, b in sentences if a <= c.span[0] < b), len(text))
        nxt = next((o.span[0] for o in chosen[i + 1 :] if o.span[0] >= c.span[1]), len(text))
        limit = min(s1, nxt)
        start, end, precision = _mention_dates(text, c, limit, dates, months)
        if c in weak and (start is None or (meeting is not None and start == meeting.start)):
            continue  # named by form only: an event when dated, and not the report's own meeting
        place = _event_place(text, c.span[1], limit, all_dates)
        s0 = max((a for a, _ in sentences if a <= c.span[0]), default=0)
        masked = _masked(text, c.span[1], limit, all_dates)
        by = organizers(text, c.span, limit, s0, body_spans, masked) if body_spans else ()
        out.append(EventMention(c.key, c.name, c.kind, c.span, c.code, start, end, place, precision, by))
    return out


_PLACE_WORD = r"[A-Z][\w’'\-]*(?:\.(?=\s*[A-Z]))?"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:(?:de|du|el|al|es|la)\s+)?{_PLACE_WORD})*"
#: after the name (and a bracket or dates): "(which will be) held in", "to be held in", "in"
_PLACE_AFTER = re.compile(
    rf"^\s*\)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:will\s+be|to\s+be|was|is|were|being|be)\s+)?"
    rf"(?:(?:held|hosted|organi[sz]ed|convened)\s+|(?:will\s+)?(?:take|took|taking|takes)\s+place\s+)?"
    rf"(?:(?:from|on|between)?\s*\x00+\s*,?\s*)?in\s+(?:the\s+city\s+of\s+)?(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
)


def _mention_dates(
    text: str, c: EventMention, limit: int, dates: list[DateSpan], months: list[DateSpan]
) -> tuple[date | None, date | None, str]:
    """(start, end, precision) of mention ``c`` from the dates after it up to ``limit``: days
    first; else (no date of its own) a month, first to last day ("the WSIS+20 review by UNGA in
    December 2025"). Deadlines ("by ...") are no dates of the event, nor, for an event of a year
    (``WSIS Forum 2027``), dates of another year (``its open consultation started on 15 October 2026``)."""
    found = re.search(r"\b((?:19|20)\d\d)$", c.name)
    if found is not None:
        year = int(found.group(1))
        dates = [_in_year(d, year) for d in dates]
        dates = [d for d in dates if year in (d.start.year, (d.end or d.start).year)]
        months = [d for d in months if year in (d.start.year, (d.end or d.start).year)]
    mine = [d for d in dates if c.span[1] <= d.span[0] < limit and not _is_due(text, d.span[0])]
    if mine:
        start = min(d.start for d in mine)
        last = max((d.end or d.start) for d in mine)
        return start, (last if last != start else None), "day"
    if c.start is None:
        month = next((d for d in months if c.span[1] <= d.span[0] < limit and not _is_due(text, d.span[0])), None)
        if month is not None:
            return month.start, month.end or month_end(month.start), "month"
    return c.start, c.end, "day"


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
        if not cell.strip("\x00 ,;-–"):
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
        if not first or first in months or body_index().pattern.fullmatch(part):
            break
        kept.append(part)
    return ", ".join(kept) or None


def find_events(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
) -> tuple[Event, ...]:
    """The events of the report, one per key, ordered by first mention.

    ``paragraphs`` lists every paragraph mentioning the event; names, kinds and codes come
    from the first mention that has them; dates are merged over all mentions. A numbered
    session of a body with a yearly series (``the twenty-seventh session of the CSTD``) is the
    series' event of a year (``cstd-2024``) when the report ties them (:func:`event_key_aliases`).
    """
    return _events(report, default_year, bodies, meeting)[0]


def event_key_aliases(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
) -> dict[str, str]:
    """Event keys :func:`find_events` merged into another (``cstd-27`` -> ``cstd-2024``).

    A numbered session ``<body>-<n>`` is the event ``<prefix>-<year>`` of the yearly series of
    that body (``ingest/data/events.csv``) when one sentence names both and no other year
    (``the twenty-seventh session of the CSTD (CSTD 2024)``). Dates alone do not tie them
    (``twenty-fifth session ... 28 Mar - 01 Apr 2022`` and a heading ``UN CSTD 2022`` stay two
    events): a session's dates say its year, not that the report means the same event.
    """
    return _events(report, default_year, bodies, meeting)[1]


def events_and_aliases(
    report: ParsedReport,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    """:func:`find_events` and :func:`event_key_aliases` in one pass over the report."""
    return _events(report, default_year, bodies, meeting)


def _numbered_session(key: str) -> tuple[_Series, int] | None:
    for s in event_series():
        if s.body and s.key_year == "yyyy" and key.startswith(s.body + "-"):
            tail = key[len(s.body) + 1 :]
            if tail.isdigit() and int(tail) < 1000:
                return s, int(tail)
    return None


def _aliases(merged: dict[str, dict[str, Any]], together: dict[str, list[set[str]]]) -> dict[str, str]:
    """A numbered session merged into the yearly event it is named with (``together``: for each
    event key, the event keys of each clause that names it)."""
    out: dict[str, str] = {}
    numbered = {k: found for k in merged if (found := _numbered_session(k))}
    for key, (series, _) in numbered.items():
        yearly = {
            k
            for k in merged
            if k.startswith(series.prefix + "-")
            and k[len(series.prefix) + 1 :].isdigit()
            and len(k) == len(series.prefix) + 5
        }
        tied = {y for y in yearly if any(y in keys for keys in together.get(key, ()))}
        if len(tied) == 1:
            out[key] = tied.pop()
    return out


def _events(
    report: ParsedReport,
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    """Every event of the report, its mentions merged by key (recorded on the document model),
    numbered sessions merged into the yearly event they are named with."""
    merged: dict[str, dict[str, Any]] = {}
    together: dict[str, list[set[str]]] = {}  # event key -> the event keys of each clause naming it
    doc = document(report)
    doc.found("event")
    header = _header_lines(report)
    matcher = None if doc.has("body") else BodyMatcher(meeting.body if meeting else None)
    for p in report.paragraphs:
        if matcher is None:
            spans = [(s.start, s.end, s.key) for s in doc.spans(p.order, "body")]
        else:
            spans = [(s.start, s.end, s.keys[0]) for s in matcher.spans(p.text)]
        mentions = _dated_by_header(event_mentions(p.text, default_year, bodies, meeting, spans), header, p.order)
        doc.add(p.order, (TypedSpan(*m.span, "event", m.key) for m in mentions))
        for a, b in doc.para(p.order).clauses if mentions else ():
            keys = {m.key for m in mentions if a <= m.span[0] < b}
            for key in keys:
                together.setdefault(key, []).append(keys)
        for m in mentions:
            _add_mention(merged, m, p.order)
    aliases = _aliases(merged, together)
    for old, new in aliases.items():
        _merge_event(merged[new], merged.pop(old))
    _dated_by_title(report, merged)
    for old, new in _repeated(merged).items():
        _merge_event(merged[new], merged.pop(old))
        aliases[old] = new
    for para in doc.paragraphs if aliases else ():  # what later extractors read names the merged event
        if found := para.spans.get("event"):
            para.spans["event"] = [replace(s, key=aliases.get(s.key, s.key)) for s in found]
    return tuple(_event_record(key, e) for key, e in merged.items()), aliases


def _repeated(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Events named twice, once in short (``the first physical meeting``, held on 1 February
    2024) and once in full (``First physical meeting of the Open Consultation Process, 1st of
    February 2024``): the same start day and every word of the short name in the full one."""
    words = {k: set(re.findall(r"\w+", e["name"].lower())) for k, e in merged.items()}
    out: dict[str, str] = {}
    for k, e in merged.items():
        if e["start"] is None:
            continue
        fuller = [o for o, f in merged.items() if f["start"] == e["start"] and words[k] < words[o]]
        if fuller:
            out[k] = max(fuller, key=lambda o: (len(words[o]), o))  # the fullest: never itself repeated
    return out


def _add_mention(merged: dict[str, dict[str, Any]], m: EventMention, order: int) -> None:
    """Fold one mention into its event: code and place first given, earliest start, latest end;
    months kept aside (used only when no mention gives days)."""
    e = merged.setdefault(
        m.key,
        {"name": m.name, "kind": m.kind, "code": m.code, "start": None, "end": None, "place": None},
    )
    e["organizers"] = dict.fromkeys([*e.get("organizers", ()), *m.organizers])
    e.setdefault("months", [])
    e.setdefault("paragraphs", {})
    e["code"] = e["code"] or m.code
    e["place"] = e["place"] or m.place
    if m.precision == "month":
        e["months"].append((m.start, m.end))
    elif m.start and (e["start"] is None or m.start < e["start"]):
        e["start"] = m.start
    last = m.end or m.start
    if m.precision == "day" and last and m.end and (e["end"] is None or last > e["end"]):
        e["end"] = last
    e["paragraphs"][order] = None


def _merge_event(dst: dict[str, Any], src: dict[str, Any]) -> None:
    for k in ("code", "place"):
        dst[k] = dst[k] or src[k]
    if src["start"] and (dst["start"] is None or src["start"] < dst["start"]):
        dst["start"] = src["start"]
    if src["end"] and (dst["end"] is None or src["end"] > dst["end"]):
        dst["end"] = src["end"]
    dst["months"] += src["months"]
    dst["organizers"] = dict.fromkeys([*dst["organizers"], *src["organizers"]])
    dst["paragraphs"] = dict.fromkeys(sorted(set(dst["paragraphs"]) | set(src["paragraphs"])))


def _event_record(key: str, e: dict[str, Any]) -> Event:
    end = e["end"] if e["end"] and e["end"] != e["start"] else None
    start, precision = e["start"], "day"
    if start is None and e["months"]:
        start, end = min(a for a, _ in e["months"]), max(b for _, b in e["months"])
        precision = "month"
    paragraphs = tuple(sorted(e["paragraphs"]))
    by = tuple(e["organizers"])
    return Event(key, e["name"], e["kind"], start, end, e["place"], e["code"], paragraphs, precision, by)


def session_meeting(report: ParsedReport) -> Meeting | None:
    """The session of a body a report's header names, when no meeting is stated otherwise:
    a front line that is only a session of an event series with a body in
    ``ingest/data/events.csv`` (``Council 2024``, ``PP-22``, ``Plenipotentiary Conference
    2022``), followed (same line or the next front lines) by a dateline of that year
    (``Geneva, 4-14 June 2024``) -> the meeting of that body (``itu-council``), with those
    dates and place.

    ``number`` stays ``None``: the meeting number is an ordinal count of a body's meetings
    (``41st meeting``), and a session year is no such count; the model then names the meeting
    after the report, and the session stays an event of its own (``council-2024``). No
    dateline of the session's year, no meeting (a title naming an event is not a report of it)."""
    lines = _header_lines(report)
    series = {s.prefix: s for s in event_series()}
    for i, p in enumerate(lines):
        text = p.text.strip()
        if len(text) > 80:
            continue
        for m in _series_mentions(text, upper=False):
            s = series.get(m.key.rsplit("-", 1)[0])
            if s is None or s.body is None or m.span[0] != 0 or len(m.key.rsplit("-", 1)) != 2:
                continue
            rest = text[m.span[1] :].strip(" ,;:–-")
            # the dateline: the rest of the line when there is one, else one of the next two lines
            on_line = dateline(rest) if rest else None
            found = (on_line, p.order) if on_line else None if rest else _dateline_after(lines, i)
            if found is None:
                continue
            (day, place), order = found
            if m.name.endswith(str(day.start.year)):
                return Meeting(
                    body=s.body, start=day.start, end=day.end, place=place, paragraphs=tuple(sorted({p.order, order}))
                )
    return None


def _header_lines(report: ParsedReport) -> list[Paragraph]:
    """The front lines of a report's header, where an event's name and its dateline may stand
    on lines of their own."""
    return [p for p in report.paragraphs[:HEADER_LINES] if p.section == "front" and p.kind != "heading"]


def _dateline_after(lines: Sequence[Paragraph], i: int) -> tuple[tuple[DateSpan, str | None], int] | None:
    """The dateline (date span and place) among the two lines after ``lines[i]``, and its order."""
    for q in lines[i + 1 : i + 3]:
        found = dateline(q.text.strip())
        if found is not None:
            return found, q.order
    return None


def _dated_by_title(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> None:
    """A title naming an event of a year (``WSIS Forum 2032``), the dateline of that year on one
    of the two lines under it (``Geneva, 3-7 May 2032``): the event's dates, when the report
    names it and no mention dates it."""
    lines = _header_lines(report)[:2]
    found = next((d for q in lines if (d := dateline(q.text.strip())) is not None), None)
    if not report.title or found is None:
        return
    day = found[0]
    for m in event_mentions(report.title):
        e = merged.get(m.key)
        if e is not None and e["start"] is None and m.name.endswith(str(day.start.year)):
            e["start"], e["end"] = day.start, day.end


def _dated_by_header(mentions: list[EventMention], lines: Sequence[Paragraph], order: int) -> list[EventMention]:
    """A header line naming an event of a year (``Council 2019``, ``PLENIPOTENTIARY CONFERENCE
    (PP-18)``) followed by a dateline of that year (``Geneva, 10-20 June 2019``): the event's
    dates, when the line itself gives none."""
    i = next((k for k, p in enumerate(lines) if p.order == order), None)
    if i is None or len(lines[i].text) > 80 or all(m.start for m in mentions):
        return mentions
    found = _dateline_after(lines, i)
    if found is None:
        return mentions
    day = found[0][0]  # its place is left to the sentences, which say it in full ("Geneva, Switzerland")
    return [
        replace(m, start=day.start, end=day.end) if m.start is None and m.name.endswith(str(day.start.year)) else m
        for m in mentions
    ]
