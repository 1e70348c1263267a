"""Events named by a capitalised name ending in an event noun (:mod:`.event_forms`): dated
(:func:`named_dated_mentions`) and undated (:func:`named_undated_mentions`), a name launched
(:func:`launch_mentions`) and a process's phase (:func:`phase_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_mentions import venue_tail
from wsiskg.ingest.extract.casing import either_initial_determiners, joiner_alternation, remit_tail
from wsiskg.ingest.extract.dates import DateSpan, weekday_words
from wsiskg.ingest.extract.event_dates import dated_before, held_during, is_due_at, next_sentence_dates, own_dates
from wsiskg.ingest.extract.event_form_parts import CAP, NAME_WORD, dated_by, named_as_party, noun_alt
from wsiskg.ingest.extract.event_holding import held_date, opening_date
from wsiskg.ingest.extract.event_series import EventMention, opens_another_name
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    country_adjectives,
    modal_alternation,
    opener_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.extract.meeting_words import event_nouns, is_modifier, meeting_words
from wsiskg.ingest.extract.ordinals import has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, clause_spans, span_at

#: what brings in an event whose bare ``on``/``in`` dates it (``a Dialogue on 4 May``, ``at the Summit of the
#: Future on 22 September``, ``preceded by the Youth Summit on 7 October``)
_BROUGHT_IN = re.compile(r"\b(?:[Aa]n?|(?:[Aa]t|[Dd]uring|(?:preceded|followed)\s+by)\s+the)\s+$")


def named_dated_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A capitalised name ending in an event noun (``ingest/data/event_nouns.csv``), or an event
    noun and its capitalised topic, without a year but followed by its own dates
    (:func:`own_dates`): ``the Summit of the Future in New York on 22–23 September 2024``,
    ``the Third International Conference on Financing for Development (Addis Ababa, 13–16 July
    2015)``, ``the UNCTAD E-Commerce Week, scheduled for 18-22 April 2016``."""
    nouns = event_nouns()
    joiner = rf"(?:\s+(?:(?:{preposition_alternation('name')}|and|&)(?:\s+the)?\s+)?)"
    # a name's joiners without those that open a place ("in"): "Transition to Digital", "Réseau des Villes"
    topic_joiner = rf"(?:\s+(?:(?:{joiner_alternation()})(?:\s+the)?\s+)?)"
    word = rf"(?!(?:{alternation(weekday_words())})\b){CAP}"  # "the Summit on Data on Monday, 4 May": a day
    words = rf"{word}(?:{topic_joiner}{word})*"
    # "... in charge of ICT"
    topic = rf"(?:\s+(?:{preposition_alternation('topic')})\s+(?:the\s+)?{words}{remit_tail(word)}?)?"
    pattern = (
        rf"(?<![\w&/\-])(?P<name>(?:{NAME_WORD}{joiner})*?(?P<noun>{noun_alt()}){topic})"
        rf"(?![\w&’'\-]|\s+(?:19|20)\d\d|\s+(?:{noun_alt()})\b)"  # not "Review" of "the Review Event"
    )
    more = re.compile(rf"\s+in\s+{CAP}(?:{topic_joiner}{CAP})*(?=\s*\()")
    out = []
    for m in re.finditer(pattern, text):
        # a day ("for Safer Internet Day on 9 February") or an event brought in ("preceded by a Dialogue on 4 May")
        # or an event where something happens ("considered at the Summit of the Future on 22 September")
        brought_in = _BROUGHT_IN.search(text, max(0, m.start() - 30), m.start())
        bare = nouns[m.group("noun")] == "observance" or brought_in is not None
        end, d = m.end(), own_dates(text, m.end(), dates, bare=bare)
        longer = more.match(text, end) if d is None and m.group("name") != m.group("noun") else None
        if longer:  # "Workshop on Trust in Smart Energy Data (Seoul, 2-3 July)": "in" in the topic
            end, d = longer.end(), own_dates(text, longer.end(), dates)
        d = d or _dated_by_appositive(text, end, dates) or held_date(text, end, dates)
        earlier = None if d else dated_before(text, m.start(), dates)  # "preceded on 8 May by a Youth Summit"
        # "The seminar will ...", "It will take place ...": dates beyond its clause, which the clause's reader misses
        again = None if d or earlier else next_sentence_dates(text, end, dates, (m.group("noun").split()[-1].lower(),))
        d = d or earlier or again
        name = re.sub(rf"^(?:(?:{opener_alternation('name-opener', 'and')})\s+)+", "", text[m.start("name") : end])
        capitalised = name.lstrip("\"“‘'")[0].isupper()  # a quoted title may open it
        if d is None or len(name.split()) < 2 or not capitalised or opens_another_name(text, m.end()):
            continue  # not "the Plenipotentiary Conference Drafting Team, held on ..."
        start = end - len(name)
        if named_as_party(text, start):
            continue  # "a joint meeting with the World Forum for X, held on 21 April": the meeting's date
        pair = _pair().fullmatch(name)
        if pair:  # "the Forum on X and the Meeting on Y were held in Lima on 3 May": both on those dates
            first = pair.group("first")
            kind = nouns[last.group(0)] if (last := _last_noun(first)) else nouns[m.group("noun")]
            out.append(
                dated_by(EventMention(slug(f"{first} {d.start.year}"), first, kind, (start, start + len(first))), d)
            )
            start, name = start + pair.start("second"), pair.group("second")
        elif before := _event_before(text, start):  # "the Andean Data Forum and the Seminar on X were held on"
            first, noun, span = before
            out.append(dated_by(EventMention(slug(f"{first} {d.start.year}"), first, nouns[noun], span), d))
        mention = EventMention(slug(f"{name} {d.start.year}"), name, nouns[m.group("noun")], (start, end))
        out.append(dated_by(mention, d) if earlier or again else mention)  # its dates stand before it or beyond
    return out


def _event_before(text: str, start: int) -> tuple[str, str, tuple[int, int]] | None:
    """A capitalised event name ending in an event noun right before ``and (the)`` and ``start``:
    its name, its noun and its span."""
    w0 = max(0, start - 120)
    found = re.search(
        rf"(?<![\w&/\-])(?P<first>(?:{CAP}\s+)+?(?P<noun>{noun_alt()}))\s+(?:and|&)\s+(?:the\s+)?$", text[w0:start]
    )
    if found is None:
        return None
    first = re.sub(rf"^(?:(?:{opener_alternation('first-opener')})\s+)+", "", found.group("first"))
    end = w0 + found.end("first")
    return (first, found.group("noun"), (end - len(first), end)) if len(first.split()) > 1 else None


@cache
def _pair() -> re.Pattern[str]:
    """Two capitalised event names joined by ``and`` (``the Regional Forum for Africa and the Regional
    Preparatory Meeting for Africa``): each ends its own phrase with an event noun."""
    noun = rf"(?:{noun_alt()})\b"
    return re.compile(
        rf"(?P<first>(?:{CAP}\s+)*?{noun}.*?)\s+(?:and|&)\s+(?:the\s+)?(?P<second>(?:{CAP}\s+)*?{noun}.*)"
    )


def _last_noun(name: str) -> re.Match[str] | None:
    """The last event noun in ``name``."""
    found = list(re.finditer(rf"\b(?:{noun_alt()})\b", name))
    return found[-1] if found else None


_APPOSITIVE = re.compile(r"\s*,\s+an?\s+[^,.;()]{1,60}?\b(?:that|which)\s+[^,.;()]{1,80}?\b(?:from|on)\s+")


def _dated_by_appositive(text: str, end: int, dates: Sequence[DateSpan]) -> DateSpan | None:
    """``the Digital Skills Week, a series of webinars that the office will hold online from 27
    October to 2 November``: the dates of an appositive's relative clause are the name's."""
    m = _APPOSITIVE.match(text, end)
    return next((d for d in dates if d.span[0] == m.end() and d.precision != "year"), None) if m else None


@cache
def _not_undated() -> frozenset[str]:
    """Names that, without a year or dates, name no one event: the series of ``events.csv`` and the
    processes of ``event_processes.csv`` (``the World Summit on the Information Society``)."""
    series = [n for r in data_rows("events.csv") for n in [r["name"], *r["names"].split(";")]]
    return frozenset(n.casefold() for n in series + [r["name"] for r in data_rows("event_processes.csv")])


@cache
def _country_adjectives() -> frozenset[str]:
    return frozenset(a for a, _ in country_adjectives())


def _qualifier(word: str) -> bool:
    """Whether a word before an event noun only qualifies it (:func:`.meeting_words.is_modifier`: ``National``,
    ``Federal``) or names the country it is of (``country-adjectives.csv``: ``the Swiss Federal Assembly``, a
    country's assembly, is no event named by a name of its own)."""
    return is_modifier(word) or word in _country_adjectives()


def named_undated_mentions(text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan]) -> list[EventMention]:
    """A name the text gives without dates: after ``the``, two capitalised words or more ending in
    an event noun (or an event noun and its capitalised topic), not only modifiers before the noun
    (``the Annual Meeting``), not a body the text names (``the World Economic Forum``), and with
    no own dates (those are :func:`named_dated_mentions`): ``the Connect Europe Summit``, ``the
    Global Digital Literacy Symposium``, ``the World Summit on Open Data``; without ``the`` only opening the
    text and held during another event (:func:`.event_dates.held_during`: a header line ``Expert Meeting on X
    - held during the Y Forum 2031, ...``; with a topic, only modifiers before the noun too: ``Regional
    Roundtable on X - held during ...``)."""
    nouns = event_nouns()
    joiner = rf"(?:\s+(?:(?:{joiner_alternation()})(?:\s+the)?\s+)?)"
    topic = (
        rf"(?:\s+(?:{preposition_alternation('topic')})\s+(?:the\s+)?{CAP}(?:{joiner}{CAP})*"
        rf"{remit_tail(CAP)}?)?"
    )
    # not a year's name, not a modifier (``Conference Centre``, ``the Regional Review event``)
    after = r"(?![\w&’'\-]|\s+(?:19|20)\d\d|\s+[A-Z]|\s+events?\b)"
    # or opening the text when held during another event: "Facilitation Meeting on X - held during the Y Forum"
    opening = r"(?:(?<![\w&/\-])[Tt]he\s+|^(?P<bare>))"
    pattern = rf"{opening}(?P<name>(?:{NAME_WORD}\s+)+(?P<noun>{noun_alt()}){topic}){after}"
    out = []
    for m in re.finditer(pattern, text):
        start, end = m.span("name")
        if m.group("bare") is not None and (end := _held_during_end(text, m)) < 0:
            continue
        name, words = text[start:end], m.group("name").split()
        before = words[: words.index(m.group("noun").split()[0])]
        # a header's modifiers and noun with a topic are one name ("Regional Roundtable on X - held during ...")
        modified = m.group("bare") is not None and m.end("noun") < end
        if own_dates(text, end, dates) is not None or not modified and all(_qualifier(w) for w in before):
            continue
        if named_as_party(text, m.start()):
            continue  # "liaise with the Cable Access Forum (CAF)": a body
        if venue_tail().match(text, m.end("noun")):
            continue  # "at the Novaria Expo Congress and Exhibition Center": a building, no event
        if m.group("noun") in _group_nouns():
            continue  # "the Youth Advisory Panel": a group that meets, named without dates (a session of it has them)
        if name.casefold() in _not_undated() or re.search(r"[a-z]-[a-z]|['’]s$", m.group("name")):
            continue  # a series or a process (named without dates, not one event), a word broken at a line end,
            # a possessive that goes on ("of the Plenipotentiary Conference on ITU's role in ...")
        numbered = has_ordinal(text[start : m.end("noun")])  # "the XXXIII Meeting of ATC.II": a body's meeting
        if any(a <= start and end <= b or end == b and not numbered for a, b, _ in body_spans) or body_index().regex(
            text
        ).fullmatch(m.group("name")):
            continue  # a body, or a name ending in one (``the President of the General Assembly``)
        mention = EventMention(slug(name), name, nouns[m.group("noun")], (start, end))
        # dated by the date that opens its clause: "In March, the Ministry held the National Forum on X"
        first = opening_date(text, span_at(clause_spans(text), start, len(text))[0], m.start(), dates)
        out.append(dated_by(mention, first) if first is not None else mention)
    return out


def _held_during_end(text: str, m: re.Match[str]) -> int:
    """Where a header line's name held during another event (:func:`.event_dates.held_during`) ends: at the
    match, or further on a topic that goes on after a place's joiner (``Workshop on Trust in Smart Data -
    held during ...``); -1 when no participle of holding follows."""
    end = m.end("name")
    tail = _joined_words().match(text, end) if m.end("noun") < end else None
    return next((e for e in (end, tail and tail.end()) if e and held_during().match(text, e)), -1)


@cache
def _joined_words() -> re.Pattern[str]:
    """Capitalised words each after a name's joiner, those that open a place too (``in Smart Data``)."""
    return re.compile(rf"(?:\s+(?:{joiner_alternation(places=True)})(?:\s+the)?\s+{CAP}(?:\s+{CAP})*)+")


@cache
def _group_nouns() -> frozenset[str]:
    """The event nouns that also name a group (``meeting_words.csv``, role ``group``: ``Panel``)."""
    return frozenset(meeting_words("group"))


_LAUNCHED = re.compile(
    rf"(?<![\w\-])(?:[Tt]he\s+)?(?P<name>{CAP}(?:\s+(?:(?:{joiner_alternation()})\s+(?:the\s+)?)?{CAP})+)"
    r"(?:\s*\([^()]{1,20}\))?"
    rf"\s+(?:{auxiliary_alternation('be', 'past')}|(?:{modal_alternation('future')})\s+be|is\s+to\s+be"
    rf"|(?:{auxiliary_alternation('have', 'singular')})\s+been)\s+(?:officially\s+|formally\s+)?launched\b"
)


def launch_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """``The Digital Skills Programme was launched with UNDP on 1 February 2031``: the launch of
    what is named, on the first date after the verb in its clause (a deadline is no launch)."""
    if "launched" not in text:
        return []
    out = []
    clauses = clause_spans(text)
    for m in _LAUNCHED.finditer(text):
        s1 = span_at(clauses, m.start(), len(text))[1]
        d = next((d for d in dates if m.end() <= d.span[0] < s1 and d.precision != "year"), None)
        if d is None or is_due_at(text, d.span[0]):
            continue
        name = f"launch of the {m.group('name')}"
        out.append(EventMention(slug(f"{name} {d.start.year}"), name, "event", m.span()))
    return out


@cache
def _processes() -> str:
    """Regex (no groups) of the processes of ``event_processes.csv`` and their short names."""
    return alternation([*(r["name"] for r in data_rows("event_processes.csv")), "Summit", "WSIS"], spaces=True)


def process_by_head(text: str, noun: str) -> str | None:
    """The process of ``event_processes.csv`` that ``the <noun>`` names again in ``text`` (``the Summit itself would
    be held in Lima from ...`` after ``the World Summit on the Information Society``): its own name, when its own name
    holds ``noun`` and ``text`` names it by one of its names or by its own name's initials (``WSIS``), else None."""
    rows = data_rows("event_processes.csv")
    own = rows[0]["name"]
    if noun.casefold() not in own.casefold().split():
        return None
    initials = "".join(w[0] for w in own.split() if w[0].isupper())
    names = re.compile(rf"(?<![\w\-])(?:{alternation([*(r['name'] for r in rows), initials], spaces=True)})(?![\w\-])")
    if not names.search(text):
        return None
    head = noun.capitalize()
    # another event of the noun, named by capitalised words before it or a capitalised topic after it
    before = rf"(?<![\w\-])(?!(?:{either_initial_determiners('anaphor')})\s)[A-Z][\w\-]*\s+{head}\b"
    after = rf"\b{head}\s+(?:{preposition_alternation('topic')})\s+(?:the\s+)?[A-Z]"
    another = rf"{before}|{after}"
    return None if re.search(another, names.sub(" ", text)) else own


@cache
def _phase_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``the first phase of the Summit``, ``the Tunis phase (itself)``; ``World Summit on the
    Information Society (Geneva phase)``: a phase of a process of ``event_processes.csv``."""
    proc = _processes()
    which = rf"(?P<which>{ordinal_regex()}|[A-Z][a-z]+)"
    before = rf"\b(?:[Tt]he\s+)?{which}\s+phase(?:\s+of\s+(?:the\s+)?(?P<proc>{proc}))?(?:,?\s+itself)?\b"
    after = rf"\b(?P<proc>{proc})\s*(?:,\s*|\(\s*){which}\s+phase\)?"
    return re.compile(before), re.compile(after)


def _placed_phase(phrase: str, which: str) -> bool:
    """Whether a phase is named by its place (``the Tunis phase``, ``WSIS (Geneva phase)``): a
    capitalised word that is no modifier, after a lower-case article or none (``The Implementation
    phase of the Summit`` opens a sentence: a capital that may be no name)."""
    return which[0].isupper() and not is_modifier(which) and not phrase.startswith("The ")


def _phase_number(which: str) -> int | None:
    """The number of a phase of the process named by its number or its place (``event_processes.csv``: the
    process's names, its own first, and the places of its phases in order, ``Geneva;Tunis``), else None."""
    places = [p.strip().casefold() for p in data_rows("event_processes.csv")[0]["phases"].split(";")]
    if re.fullmatch(ordinal_regex(), which):
        return number_value(which)
    return places.index(which.casefold()) + 1 if which.casefold() in places else None


#: the name :func:`phase_mentions` gives a phase: its number or place, then ``phase of the``
_PHASE_NAME = re.compile(r"(?P<which>\S+)\s+phase\s+of\s+the\s")


def phases_again(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """An undated phase named again by another name of its number, its place or its process (``the Tunis phase
    of the Summit`` after ``Second phase of the World Summit on the Information Society (Tunis, 16-18 November
    2005)``): the one dated phase of that number, whose name and dates it takes; two undated names stay apart."""
    numbers: dict[str, int | None] = {}
    for k, e in merged.items():
        m = _PHASE_NAME.match(e["name"])
        numbers[k] = _phase_number(m.group("which")) if m and e.get("kind") == "conference" else None
    dated: dict[int, list[str]] = {}
    for k, n in numbers.items():
        if n is not None and (merged[k]["start"] is not None or merged[k]["months"]):
            dated.setdefault(n, []).append(k)
    return {
        k: dated[n][0]
        for k, n in numbers.items()
        if n is not None and len(dated.get(n, [])) == 1 and merged[k]["start"] is None and not merged[k]["months"]
    }


def phase_mentions(text: str, dates: Sequence[DateSpan], undated: bool = False) -> list[EventMention]:
    """A phase of a process (:func:`_phase_patterns`) dated by its own dates (:func:`own_dates`):
    ``The first phase of the Summit, held in Geneva on 10-12 December 2031``; without the process
    named after ``phase`` (``The Tunis phase itself would be held from ...``) only when the text
    names it before. With ``undated``, only those without dates of their own: a phase named by its
    number or its place (``before the second phase of the Summit``, ``the Tunis phase of WSIS``),
    not one named by another word (``the Implementation phase of the Summit``)."""
    if "phase" not in text:
        return []
    out = []
    for pattern in _phase_patterns():
        for m in pattern.finditer(text):
            proc = m.group("proc")
            if proc is None:
                named = re.findall(rf"\b(?:{_processes()})\b", text[: m.start()])
                proc = named[-1] if named else None
            d = own_dates(text, m.end(), dates)
            which = m.group("which")
            if proc is None or which.lower() in ("this", "that", "next", "each"):
                continue
            if (d is None) != undated or (
                undated and not (re.fullmatch(ordinal_regex(), which) or _placed_phase(m.group(0), which))
            ):
                continue  # undated: only a phase named by its number or its place ("the Tunis phase")
            if re.search(
                r"\b(?:[A-Z][\w\-]*|meetings?|sessions?)\s+(?:of|for)\s+(?:the\s+)?$",
                text[max(0, m.start() - 40) : m.start()],
            ):
                continue  # "the Preparatory Committee of the Tunis phase would be convened ...": not the phase's dates
            name = f"{which} phase of the {proc}"
            year = f" {d.start.year}" if d is not None else ""
            out.append(EventMention(slug(f"{proc} {which} phase{year}"), name, "conference", m.span()))
    return out
