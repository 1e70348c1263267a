"""Events named by their form, not by a known name (:mod:`.events` uses them only where no
series, body session or coded name is named, and only when dated by their own dates,
:func:`~.event_dates.own_dates`): a capitalised name ending in an event noun (``the Summit on
Digital Commons in Nairobi on 14-15 October 2031``), a meeting of a body or the next meeting
(``the next meeting of the TDAG is scheduled for ...``), a table row naming an event and its
date, and a generic noun (``a webinar on X``; ``the Forum`` is the forum named before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, find_dates
from wsiskg.ingest.extract.event_dates import is_due_at, own_dates
from wsiskg.ingest.extract.event_series import EventMention, bare_series_patterns, event_nouns, series_key
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import BodyIndex, BodyName, body_index, squash
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, clause_spans, span_at


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


def generic_mentions(text: str, default_year: int | None) -> list[EventMention]:
    """Generic events (:func:`_generic_pattern`), only where their clause gives them a date."""
    pattern, kinds = _generic_pattern()
    clauses = clause_spans(text)
    out = []
    for m in pattern.finditer(text):
        s1 = span_at(clauses, m.start(), len(text))[1]
        dates = [
            d
            for d in find_dates(text[m.end() : s1], default_year)
            if d.precision in ("day", "month") and not is_due_at(text, m.end() + d.span[0])
        ]
        if not dates or any(w.lower() in ("next", "same", "this", "previous") for w in m.group("adj").split()):
            continue
        noun = " ".join(m.group("noun").lower().split())
        if m.group("rel") == "of" and noun not in _of_topics():
            continue  # "the workshop of the Group" is no workshop on the Group
        if not m.group("adj").strip() and not m.group("topic") and m.group(0)[0] in "TtIi":
            # "the Forum", "its workshop": an event named before (:func:`resolve_anaphora`)
            out.append(EventMention(_ANAPHOR + noun, noun, kinds.get(noun, "event"), m.span("noun")))
            continue
        label = " ".join((m.group("adj") + m.group("noun")).split())
        if any(p.fullmatch(label) for _, p in bare_series_patterns()):
            continue  # a known series named without its year ("the Internet Governance Forum")
        if m.group("topic"):
            label += f" {m.group('rel')} {' '.join(m.group('topic').split())}"
        key = slug(f"{label} {dates[0].start.year}")
        out.append(EventMention(key, label, kinds.get(noun, "event"), m.span()))
    return out


_ANAPHOR = "="  # the key of "the Forum" until it is resolved to the event it names


def resolve_anaphora(chosen: list[EventMention]) -> list[EventMention]:
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


def noun_alt() -> str:
    return "|".join(sorted(event_nouns(), key=len, reverse=True))


CAP = r"[A-Z][\w’'&/\-+]*"


def heads_name(words: list[str], noun: str) -> bool:
    """Whether the event noun ``noun`` heads the name ``words``: it is the last word, or a topic
    follows it (``Conference on Financing for Development``), or a year; not a modifier
    (``International Conference Centre Geneva`` is a building)."""
    last = noun.split()[-1]
    if last not in words:
        return False
    rest = words[len(words) - words[::-1].index(last) :]
    return not rest or rest[0] in ("on", "for", "of", "about") or all(re.fullmatch(r"(?:19|20)\d\d", w) for w in rest)


def named_dated_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A capitalised name ending in an event noun (``ingest/data/event_nouns.csv``), or an event
    noun and its capitalised topic, without a year but followed by its own dates
    (:func:`own_dates`): ``the Summit of the Future in New York on 22–23 September 2024``,
    ``the Third International Conference on Financing for Development (Addis Ababa, 13–16 July
    2015)``, ``the UNCTAD E-Commerce Week, scheduled for 18-22 April 2016``."""
    nouns = event_nouns()
    joiner = r"(?:\s+(?:(?:for|of|on|in|and|&)(?:\s+the)?\s+)?)"
    topic_joiner = r"(?:\s+(?:(?:for|of|on|and|&)(?:\s+the)?\s+)?)"  # "in" starts a place
    topic = rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?{CAP}(?:{topic_joiner}{CAP})*)?"
    pattern = (
        rf"(?<![\w&/\-])(?P<name>(?:{CAP}{joiner})*?(?P<noun>{noun_alt()}){topic})"
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


@cache
def _modifiers() -> frozenset[str]:
    """Words that do not name an event with an event noun alone (``Annual Meeting``, ``Plenary Session``)."""
    return frozenset(r["word"].casefold() for r in data_rows("event_modifiers.csv"))


@cache
def _not_undated() -> frozenset[str]:
    """Names that, without a year or dates, name no one event: the series of ``events.csv`` and the
    processes of ``event_processes.csv`` (``the World Summit on the Information Society``)."""
    series = [n for r in data_rows("events.csv") for n in [r["name"], *r["names"].split(";")]]
    return frozenset(n.casefold() for n in series + [r["name"] for r in data_rows("event_processes.csv")])


def named_undated_mentions(text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan]) -> list[EventMention]:
    """A name the text gives without dates: after ``the``, two capitalised words or more ending in
    an event noun (or an event noun and its capitalised topic), not only modifiers before the noun
    (``the Annual Meeting``), not a body the text names (``the World Economic Forum``), and with
    no own dates (those are :func:`named_dated_mentions`): ``the Connect Europe Summit``, ``the
    Global Digital Literacy Symposium``, ``the World Summit on Open Data``."""
    nouns = event_nouns()
    joiner = r"(?:\s+(?:(?:for|of|on|and|&)(?:\s+the)?\s+)?)"
    topic = rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?{CAP}(?:{joiner}{CAP})*)?"
    after = r"(?![\w&’'\-]|\s+(?:19|20)\d\d|\s+[A-Z])"  # not a year's name, not a modifier (``Conference Centre``)
    pattern = rf"(?<![\w&/\-])[Tt]he\s+(?P<name>(?:{CAP}\s+)+(?P<noun>{noun_alt()}){topic}){after}"
    out = []
    for m in re.finditer(pattern, text):
        start, end = m.span("name")
        words = m.group("name").split()
        before = words[: words.index(m.group("noun").split()[0])]
        if own_dates(text, end, dates) is not None or all(w.casefold() in _modifiers() for w in before):
            continue
        if m.group("name").casefold() in _not_undated() or re.search(r"[a-z]-[a-z]", m.group("name")):
            continue  # a series or a process (named without dates, not one event), a word broken at a line end
        if any(a <= start and end <= b or end == b for a, b, _ in body_spans):
            continue  # a body, or a name ending in one (``the President of the General Assembly``)
        out.append(EventMention(slug(m.group("name")), m.group("name"), nouns[m.group("noun")], (start, end)))
    return out


@cache
def body_heads() -> str:
    """Regex (no groups) of the head nouns that end a body's name (``ingest/data/body-heads.csv``)."""
    return alternation([r["head"] for r in data_rows("body-heads.csv") if r["category"] == "body"], spaces=True)


def body_meeting_mentions(
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
    meeting``) the report's meeting body; a next meeting of a group the catalogue does not know
    is named as written (``the next Study Group 3 meeting``; without ``next`` only a name ending in
    a body noun: ``the Rapporteur Group meeting held on ...``), of no group only ``next meeting``.
    Keyed by body and start day (such a meeting has no number)."""
    if "meeting" not in text and "session" not in text:
        return []
    index = body_index(bodies)
    body = index.pattern.pattern
    pattern = (
        rf"\b(?P<pre>[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?P<next>next)\s+(?:[a-z][\w\-]*\s+){{0,2}}?)?"
        rf"(?:(?P<b1>{body})\s+|(?P<named>[A-Z][\w\-&]*(?:\s+(?:[A-Z][\w\-&]*|\d+)){{0,3}})\s+)?"
        rf"(?P<what>meeting|session)s?\b(?:\s+of\s+(?:the\s+)?(?P<b2>{body}))?"
    )
    out = []
    for m in re.finditer(pattern, text):
        d = own_dates(text, m.end(), dates, bare=True)
        if d is None or (meeting is not None and d.start == meeting.start):
            continue
        what, ahead, named = m.group("what"), "next " if m.group("next") else "", m.group("named")
        if named and not ahead and not re.search(rf"\b(?:{body_heads()})$", named):
            continue  # "the Rapporteur Group meeting held on ...", not "the Plenary meeting"
        key = slug(named) if named else _meeting_body(text, m, index, meeting, body_spans)
        if key is None and not ahead:
            continue
        info = index.names.get(key) if key else None
        label = f"{ahead}{what} of the {info.name}" if info else f"{ahead}{named} {what}" if named else f"{ahead}{what}"
        out.append(EventMention(slug(f"{key or ''} {what} {d.start.isoformat()}"), label, what, m.span()))
    return out


def _meeting_body(
    text: str, m: re.Match[str], index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> str | None:
    """The body of a meeting matched by :func:`body_meeting_mentions`: named, else the last
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


def row_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
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
    if noun is None or is_due_at(text, d.span[0]):
        return []
    for s, pattern in bare_series_patterns():
        if pattern.fullmatch(name):
            return [EventMention(series_key(s, d.start.year), f"{s.name} {d.start.year}", s.kind, m.span("name"))]
    kind = {k.lower(): v for k, v in event_nouns().items()}.get(noun.group(0).lower().rstrip("s"), "event")
    return [EventMention(slug(f"{name} {d.start.year}"), name, kind, m.span("name"))]
