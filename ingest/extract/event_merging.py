"""Event mentions folded into events by key, and keys merged (:func:`.events.find_events`).

One mention folded into its event (:func:`_add_mention`: earliest start, latest end, a span of days winning over
a single day outside it, :func:`_fold_days`), another occurrence of an event named by form keyed apart
(:func:`_occurrence`); an event named with its code in brackets takes the code's key and dates
(:func:`_coded_in_brackets`, :func:`_dated_by_code`), an event held during another its host's dates
(:func:`_dated_by_host`); a series named by its head noun alone (``the Conference, which will be held in ...``:
:func:`_series_by_head`); the merges of keys, each to the end of its chain (:func:`_final`): a numbered session
into its yearly event (:func:`_aliases`), an event named again by its number, its name, its series or in short
(:func:`_numbered_again`, :func:`_next_met`, :func:`_named_again`, :func:`_series_again`, :func:`_repeated`), a
meeting named by its month that the report names by its days (:func:`_month_then_days`);
the merged event as a record (:func:`_event_record`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from wsiskg.ingest.extract.casing import either_initial_determiners, joiner_alternation
from wsiskg.ingest.extract.dates import DateSpan, find_dates
from wsiskg.ingest.extract.event_dates import generic_event_nouns, own_dates
from wsiskg.ingest.extract.event_forms import dated_by
from wsiskg.ingest.extract.event_mention_dates import prepared_for_dates
from wsiskg.ingest.extract.event_name_forms import process_by_head
from wsiskg.ingest.extract.event_prose import held_during_next, named_as_written
from wsiskg.ingest.extract.event_series import (
    EventMention,
    Series,
    bare_series_patterns,
    edition_of,
    event_series,
    is_session_code,
    series_code,
    series_key,
)
from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import number_value, ordinal_regex
from wsiskg.ingest.extract.meeting_words import event_nouns, meeting_words
from wsiskg.ingest.extract.ordinals import roman_ordinal_regex
from wsiskg.ingest.records import Event, Meeting, ParsedReport
from wsiskg.ingest.text import alternation


def _numbered_session(key: str) -> tuple[Series, int] | None:
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


def _final(moves: dict[str, str]) -> dict[str, str]:
    """Merges in an order that never merges into an event already merged away: each key to the
    end of its chain (``a`` -> ``b`` -> ``c``: both into ``c``)."""
    out = {}
    for old, new in moves.items():
        seen = {old}
        while new in moves and new not in seen:
            seen.add(new)
            new = moves[new]
        if new != old:
            out[old] = new
    return out


_ORDINAL_FIRST = re.compile(rf"(?P<num>{ordinal_regex()}|{roman_ordinal_regex()})\s")  # "XXXII Meeting of ..." too


def _numbered_again(merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> tuple[dict[str, str], list[str]]:
    """An undated meeting named by its number and a generic noun (``the fourth meeting of the
    Group``, :func:`~.event_forms.generic_mentions`) is the one meeting of that number and kind the
    report names otherwise (``fourth meeting of CWG-X``, held on ...), or the report's own meeting
    of that number; an undated event named without its number elsewhere (``the Global Digital
    Symposium`` ... ``the second Global Digital Symposium``) is the numbered one: (merges, keys to drop)."""
    moves: dict[str, str] = {}
    own: list[str] = []
    undated = {e["name"].casefold(): k for k, e in merged.items() if e["start"] is None and not e["months"]}
    for k, e in merged.items():
        found = _ORDINAL_FIRST.match(e["name"])
        n = number_value(found.group("num")) if found else None
        if found is None or n is None or k not in undated.values() or k != slug(e["name"]):
            continue
        same = [o for o, f in merged.items() if o != k and o.endswith(f"-{n}") and f["kind"] == e["kind"]]
        if meeting is not None and meeting.number == n and e["kind"] == "meeting":
            own.append(k)
        elif len(same) == 1:
            moves[k] = same[0]
        elif (short := undated.get(e["name"][found.end() :].casefold())) is not None:
            moves[short] = k
    return moves, own


def _next_met(merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> dict[str, str]:
    """The next meeting of the report's body named by its number without dates (``the fifth meeting``)
    and the body's meeting on later days in the same paragraph (``where the Forum will meet from 14 to
    17 September``, :func:`~.event_forms.met_mentions`): one meeting, the numbered one on those days."""
    if meeting is None or meeting.number is None or meeting.start is None:
        return {}
    k = numbered_key(meeting.body, meeting.number + 1)
    e = merged.get(k)
    if e is None or e["start"] is not None:
        return {}
    met = re.compile(rf"{re.escape(meeting.body)}-meeting-\d{{4}}-\d\d-\d\d")
    later = [
        o
        for o, f in merged.items()
        if met.fullmatch(o)
        and f["start"]
        and f["start"] > meeting.start
        and set(f["paragraphs"]) & set(e["paragraphs"])
    ]
    return {later[0]: k} if len(later) == 1 else {}


def _named_again(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """An event named once with its dates and elsewhere by the same name without them (``the
    Connect Asia Summit (Hanoi, 3-4 May 2031)`` ... ``the Connect Asia Summit``): one event, when
    only one dated event has that name."""
    dated: dict[str, list[str]] = {}
    for k, e in merged.items():
        if e["start"] is not None or e["months"]:
            dated.setdefault(e["name"].casefold(), []).append(k)
    out: dict[str, str] = {}
    for k, e in merged.items():
        found = dated.get(e["name"].casefold(), [])
        if e["start"] is None and not e["months"] and len(found) == 1 and found[0] != k:
            out[k] = found[0]
    return out


def _series_again(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """A series named bare (``the Plenipotentiary Conference would be held in Lima from 3 to 21
    October``), keyed by its name and year, is that year's edition of the series when the report
    also names the edition (``Preparations for PP-30``): one event."""
    forms = {slug(name): s for s in event_series() for name in s.names}
    out: dict[str, str] = {}
    for k in merged:
        found = re.fullmatch(r"(?P<name>.+)-(?P<year>(?:19|20)\d\d)", k)
        series = forms.get(found.group("name")) if found else None
        edition = series_key(series, int(found.group("year"))) if series and found else None
        if edition is not None and edition != k and edition in merged:
            out[k] = edition
    return out


def _repeated(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Events named twice, once in short (``the first physical meeting``, held on 1 February
    2024) and once in full (``First physical meeting of the Open Consultation Process, 1st of
    February 2024``): the same start day and every word of the short name in the full one, but for the
    short name's year of that day (``Regional Spectrum Seminar 2031`` on a subject line, ``the Regional Spectrum
    Seminar for the Caribbean`` in the letter, both from 6 October 2031); a series' edition keeps its name."""
    words = {k: set(re.findall(r"\w+", e["name"].lower())) for k, e in merged.items()}
    out: dict[str, str] = {}
    for k, e in merged.items():
        if e["start"] is None:
            continue
        short = words[k] if edition_of(k) is not None else words[k] - {str(e["start"].year)}
        fuller = [
            o
            for o, f in merged.items()
            if f["start"] == e["start"]
            and short < words[o]
            and (short == words[k] or _same_run(e, f, short, words[o]))
            and not _held_at_edition(k, e["name"], f["name"])
        ]
        if fuller:
            out[k] = max(fuller, key=lambda o: (len(words[o]), o))  # the fullest: never itself repeated
    return out


def _held_at_edition(key: str, name: str, fuller: str) -> bool:
    """Whether ``fuller`` names an event held at the series' edition ``name`` (``key``), its topic: an event noun
    that is no sitting's, then a preposition and the edition's name ending it (``prize ceremony of the Andean Data
    Forum 2031``; not ``the meeting of the Andean Data Forum 2031``, the edition itself)."""
    if edition_of(key) is None or not fuller.endswith(name) or len(fuller) == len(name):
        return False
    head = fuller[: -len(name)].lower().split()
    sittings = {*meeting_words("meeting-noun"), "session"}
    nouns = {w for n in (*event_nouns(), *generic_event_nouns()) for w in n.casefold().split()} - sittings
    return len(head) > 1 and head[-1] in ("of", "at", "the") and bool(set(head) & nouns)


#: a key of an event named by its day (``cwg-x-meeting-2031-03-09``): what it is and the day
_DAY_KEY = re.compile(r"(?P<stem>.+)-(?P<day>(?:19|20)\d\d-\d\d-\d\d)")


def _month_then_days(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """A meeting named by its month (``before the meeting of the Group in March 2032``: keyed by the
    month's first day, dated only by the month) that the report also names by its days (``at its
    meeting on 9 and 10 March 2032``): the one event of the same key but for the day whose days start
    in that month; none when two do."""
    days: dict[str, list[tuple[str, date]]] = {}
    for k, e in merged.items():
        if (found := _DAY_KEY.fullmatch(k)) and e["start"] is not None:
            days.setdefault(found.group("stem"), []).append((k, e["start"]))
    out: dict[str, str] = {}
    for k, e in merged.items():
        found = _DAY_KEY.fullmatch(k)
        if found is None or e["start"] is not None or len(e["months"]) != 1:
            continue
        first, last = e["months"][0]
        within = [o for o, start in days.get(found.group("stem"), []) if first <= start <= (last or first)]
        if len(within) == 1:
            out[k] = within[0]
    return out


def _same_run(e: dict[str, Any], f: dict[str, Any], short: set[str], full: set[str]) -> bool:
    """Whether event ``f``, whose name holds every word of ``e``'s but its year, is ``e`` named in full: the
    same days, and no event noun among the words it adds (``Regional Spectrum Seminar for the Caribbean``;
    not ``Pacific Data Forum Youth Session``, a session on the forum's first day)."""
    nouns = {n.casefold() for n in event_nouns()}
    return f["end"] == e["end"] and not (full - short) & nouns


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
    else:
        _fold_days(e, m.start, m.end)
    e["paragraphs"][order] = None


def _fold_days(e: dict[str, Any], start: date | None, end: date | None) -> None:
    """Fold days ``start``–``end`` into event ``e``'s: earliest start, latest end. A span of days
    (``Geneva, 4-14 June 2031``) says when the event ran: one day outside it is another's date read
    with the name (``the consultation on the GSR-31 guidelines, closed 3 May 2031``), and the span
    replaces single days read before it that it does not hold."""
    if start is None:
        return
    ran = e["end"] is not None and e["end"] != e["start"]
    if end is None or end == start:
        if ran and not e["start"] <= start <= e["end"]:
            return
    elif not ran and e["start"] is not None and not start <= e["start"] <= end:
        e["start"] = e["end"] = None
    if e["start"] is None or start < e["start"]:
        e["start"] = start
    if end is not None and (e["end"] is None or end > e["end"]):
        e["end"] = end


def _occurrence(merged: dict[str, dict[str, Any]], m: EventMention, order: int) -> EventMention:
    """``m`` folded into its event (:func:`_add_mention`), keyed apart when it is another
    occurrence of an event named by form: the same name on days that do not meet those of the
    event of its key (``a physical open consultation meeting`` on 27 January and again on 20
    September; ``the Task Force met on 9 February`` ... ``on 2 March``) is another event; the same
    event named twice (same or overlapping days, or once undated) stays one. A series' edition
    (``council-2031``) or a numbered meeting (``cwg-x-17``) has one key whatever its dates."""
    e = merged.get(m.key)
    name = _by_form(m.key) if e is not None and m.start is not None and _apart_days(e, m) else None
    if name is not None and m.start is not None:
        m = replace(m, key=f"{name}-{m.start.isoformat()}")  # named by its day, as a body's meeting is
    _add_mention(merged, m, order)
    return m


def _coded_in_brackets(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """An event named and then coded in brackets (``the first meeting of the Preparatory Committee
    (PrepCom-1)``, ``the fifth World Telecommunication/ICT Policy Forum (WTPF-31)``, ``the second session
    of the Conference Preparatory Meeting (CPM35-2)``) is the series' event of the code, or the session
    its code names: the name's mention takes the code's key."""
    codes = {s.prefix for s in event_series()}
    out = list(mentions)
    for i, a in enumerate(out):
        for b in out:
            series = b.key.rpartition("-")[0] in codes
            # a session's code after a meeting's name and its topic, not after a series ("... for WRC-35 (APG35-2)")
            session = is_session_code(b) and a.key.rpartition("-")[0] not in codes
            gap = _CODE_TOPIC.fullmatch(text, a.span[1], b.span[0]) if session else None
            if series and b.key != a.key and re.fullmatch(r"\s*\(\s*", text[a.span[1] : b.span[0]]):
                gap = gap or re.match("", "")
            if (
                gap and b.key != a.key and re.match(r"\)" if series else r"\)|,", text[b.span[1] :])
            ):  # "(CPM35-2, Lima, ...)"
                out[i] = replace(a, key=b.key, start=a.start or b.start, end=a.end or b.end)
    return out


#: what stands between a meeting's name and the session code in brackets after it: its topic (capitalised words
#: and a name's joiners, :func:`.casing.joiner_alternation`), the bracket
_CODE_TOPIC = re.compile(
    rf"(?:\s+(?:{preposition_alternation('topic')})\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|{joiner_alternation()}))*?)?\s*\(\s*"
)

#: a code in brackets after an event's name (and the rest of its topic, when the name was read short), with a
#: number or a hyphen in it: ``(CSW67)``, ``(CPM23-2)``, ``(WTIM-11)``
_CODE_AFTER = re.compile(
    # its topic
    rf"(?:\s+(?:{preposition_alternation('topic')})\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|{joiner_alternation()}))*?)?"
    r"\s*\((?P<code>[A-Z][A-Za-z]*\d[\w\-]*|[A-Z]+-[A-Z\d][\w\-]*)\)"
)


def _dated_by_code(
    report: ParsedReport, merged: dict[str, dict[str, Any]], coded: list[tuple[str, EventMention]]
) -> None:
    """An event named with its code in brackets and no dates (``the sixty-seventh session of the
    Commission on the Status of Women (CSW67)``), named again by the code alone with its own dates
    (``an expert panel during CSW67, New York, 6-17 March 2033``, ``CPM31-2 was planned for 27/03/2033
    – 06/04/2033``): those dates are the event's, when no mention of it gave any. Not where the code names what
    another meeting prepares (``ahead of the second ATU preparatory meeting for WXC-33 in Nairobi, 3-5 February
    2033``: :func:`.event_mention_dates.prepared_for_dates`, as the mention's own dates are read)."""
    codes = {}
    for text, mention in coded:
        found = _CODE_AFTER.match(text, mention.span[1])
        if found and mention.key in merged and found.group("code") not in codes:
            codes[found.group("code")] = mention.key
    if not codes:
        return
    bare = re.compile(rf"(?<![\w\-(])(?:{alternation(list(codes))})(?![\w\-)])")
    for p in report.paragraphs:
        for m in bare.finditer(p.text):
            e = merged[codes[m.group(0)]]
            if prepared_for_dates(p.text, EventMention(codes[m.group(0)], m.group(0), "event", m.span())):
                continue
            days = [d for d in find_dates(p.text) if d.precision == "day"] if e["start"] is None else []
            own = own_dates(p.text, m.end(), days) if days else None
            if own is not None:
                _fold_days(e, own.start, own.end)


def _hosted(text: str, mentions: list[EventMention]) -> list[tuple[str, str]]:
    """Events named by form as written and undated, held during the event named right after them
    (:func:`.event_prose.held_during_next`: ``a consultation on X during the WSIS Forum 2031``), when that
    event has no dates in this paragraph (:func:`_host_dates` dates the others): each one's key and its host's key."""
    out = []
    for m in mentions:
        if m.start is not None or not named_as_written(text, m):
            continue
        host = min((h for h in mentions if h.span[0] >= m.span[1]), key=lambda h: h.span[0], default=None)
        if host is not None and host.start is None and held_during_next(text, m.span[1], host.span[0]):
            out.append((m.key, host.key))
    return out


def _dated_by_host(merged: dict[str, dict[str, Any]], hosted: list[tuple[str, str]], aliases: dict[str, str]) -> None:
    """Decision 9 across paragraphs: an event held during another (:func:`_hosted`) that no mention
    dates takes the dates the report gives its host elsewhere (``It is proposed to organize a
    consultation on X during the WSIS Forum 2031`` after ``The WSIS Forum 2031 will be held from 3 to 7
    May``). It is held at its host (``held_at``, which keeps a next meeting an event: decision 25) only
    when the report dates or places that host."""
    for key, host_key in hosted:
        e, host = merged.get(aliases.get(key, key)), merged.get(aliases.get(host_key, host_key))
        if e is not None and host is not None and e is not host:
            # names where it is held (decision 25) when its host is placed or dated: `during the WSIS Forum 2032`
            # alone, the host undated and unplaced, neither dates nor places it
            e["held_at"] = bool(host["place"] or host["start"] or host["months"])
            if e["start"] is None and not e["months"]:
                _fold_days(e, host["start"], host["end"])


def _apart_days(e: dict[str, Any], m: EventMention) -> bool:
    """Whether a mention dated to the day falls on days that do not meet those of event ``e``."""
    if m.start is None or m.precision != "day" or e["start"] is None:
        return False
    first: date = e["start"]
    last: date = e["end"] or first
    return m.start > last or (m.end or m.start) < first


def _by_form(key: str) -> str | None:
    """The name part of an event key made of a name and its year (``physical-open-consultation-
    meeting-2031`` -> ``physical-open-consultation-meeting``); None for a series' edition
    (``wsis-forum-2031``) or any other key."""
    found = re.fullmatch(r"(?P<name>.+)-(?:19|20)\d\d", key)
    if found is None or any(found.group("name") == s.prefix for s in event_series()):
        return None
    return found.group("name")


def _merge_event(dst: dict[str, Any], src: dict[str, Any]) -> None:
    for k in ("code", "place"):
        dst[k] = dst[k] or src[k]
    _fold_days(dst, src["start"], src["end"])
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


#: a series named by its head noun alone after an anaphor's determiner (``determiners.csv``, ``anaphor``: ``The
#: Assembly, which will meet in Lima from``, ``this Conference, which runs from``), ``itself`` after it (``The Forum
#: itself is scheduled for``)
_HEAD_ONLY = re.compile(
    rf"\b(?:{either_initial_determiners('anaphor')})\s+(?P<noun>Conference|Assembly|Summit|Symposium|Forum)\b"
    rf"(?!\s+(?:{preposition_alternation('topic')})\s+[A-Z])(?:\s+itself\b)?"
)


def _series_by_head(report: ParsedReport, merged: dict[str, dict[str, Any]], default_year: int | None) -> None:
    """``the Conference, which will be held in Dubai from 3 to 14 December 2031`` in a report that
    names one series with that head noun (``World Conference on International Telecommunications``,
    its edition or the series itself, also as the issuer of a resolution): that series' event of the
    dates' year, on its own dates (:func:`~.event_dates.own_dates`), when no mention dates it but by one day they
    hold (:func:`_one_day_within`)."""
    found = [
        (p, m, d)
        for p in report.paragraphs
        for m in _HEAD_ONLY.finditer(p.text)
        if (d := own_dates(p.text, m.end(), [x for x in find_dates(p.text, default_year) if x.precision == "day"]))
    ]
    if not found:
        return
    text = " ".join(p.text for p in report.paragraphs)
    for p, m, d in found:
        noun, y = m.group("noun").lower(), d.start.year
        named = [
            s
            for s, pattern in bare_series_patterns(text)
            if noun in s.name.lower().split() and (series_key(s, y) in merged or pattern.search(text))
        ]
        if len(named) != 1:
            if not named and not _process_by_head(merged, text, m, d, p.order):
                _named_by_head(merged, noun, d, p.order)
            continue
        key = series_key(named[0], y)
        if key in merged and not _one_day_within(merged[key], d):
            continue
        name = f"{named[0].name} {y}"
        mention = EventMention(key, name, named[0].kind, m.span(), series_code(named[0], y))
        _add_mention(merged, dated_by(mention, d), p.order)


def _process_by_head(merged: dict[str, dict[str, Any]], text: str, m: re.Match[str], d: DateSpan, order: int) -> bool:
    """``the Summit itself would be held in Lima from 10 to 12 December 2031`` in a report that names the process
    of that head noun (:func:`.event_name_forms.process_by_head`) and no other event of the noun: the process's
    event of the dates' year, as its own name with those dates is (``the World Summit on the Information Society,
    held in Lima from ...``). Whether it was read."""
    noun = m.group("noun").lower()
    proc = process_by_head(text, noun)
    if proc is None or any(
        noun in e["name"].lower().split() and proc.lower() not in e["name"].lower() for e in merged.values()
    ):
        return False
    key = slug(f"{proc} {d.start.year}")
    if key in merged and not _one_day_within(merged[key], d):
        return False
    _add_mention(merged, dated_by(EventMention(key, proc, event_nouns()[m.group("noun")], m.span()), d), order)
    return True


def _one_day_within(e: dict[str, Any], d: DateSpan) -> bool:
    """Whether event ``e`` is undated or dated only by one day that days ``d`` hold: a speech's dateline gives
    the day of the side event it was given at (``WRC-35 – Side event`` over ``Lusaka, 6 November``), the
    conference named again by its head noun runs on ``d`` (``this Conference, which runs from 29 October to 23
    November``)."""
    if e["start"] is None:
        return True
    return e["end"] in (None, e["start"]) and d.end is not None and d.start <= e["start"] <= d.end


#: a year or a code that ends an event's name after its head noun (``Forum 2031``, ``Summit (ADS-31)``)
_NAME_TAIL = re.compile(r"(?:\s+(?:19|20)\d\d|\s*\([^()]{1,20}\))*$")


def of_year(name: str, year: int) -> bool:
    """Whether an event named ``name`` may take dates of ``year``: every year its name writes is that year
    (``Pacific Data Forum 2033`` takes no date of 2032)."""
    return all(int(y) == year for y in re.findall(r"\b(?:19|20)\d\d\b", name))


def _named_by_head(merged: dict[str, dict[str, Any]], noun: str, d: DateSpan, order: int) -> None:
    """``the Forum``, dated by its own dates, in a report that names one undated event of no series whose
    name ends with that noun in an earlier paragraph (a heading ``Commonwealth Data Forum 2031`` over
    ``Council agreed that the Forum would be held in Apia from 20 to 23 March``): those are its dates.
    An event named with a year takes only dates of that year."""
    found = [
        e
        for e in merged.values()
        if e["start"] is None
        and min(e["paragraphs"], default=order) < order
        and _NAME_TAIL.sub("", e["name"]).lower().endswith(f" {noun}")
        and of_year(e["name"], d.start.year)
    ]
    if len(found) == 1:
        _fold_days(found[0], d.start, d.end)
        found[0]["paragraphs"][order] = None
