"""Events named by their form, not by a known name (:mod:`.events` uses them only where no
series, body session or coded name is named, and only when dated by their own dates,
:func:`~.event_dates.own_dates`): a capitalised name ending in an event noun (``the Summit on
Digital Commons in Nairobi on 14-15 October 2031``), a meeting of a body or the next meeting
(``the next meeting of the TDAG is scheduled for ...``), a table row naming an event and its
date, and a generic noun (``a webinar on X``; ``the Forum`` is the forum named before it).

This module reads the generic nouns (:func:`generic_mentions`, :func:`resolve_anaphora`); the other forms are
read in :mod:`.event_name_forms` (names ending in an event noun, launches, phases), :mod:`.event_body_meetings`
(meetings of a body, the next meeting), :mod:`.event_elliptic` (an ordinal alone in a list),
:mod:`.event_written_meetings` (numbered meetings of a body named as written), :mod:`.event_rows` (a table's
rows), :mod:`.event_codes` (coded meetings), :mod:`.event_met` (``met on``, bare plurals), from the pieces of
:mod:`.event_form_parts` and :mod:`.event_holding`; their public names are importable from here (``__all__``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.casing import either_initial_determiners, without_article
from wsiskg.ingest.extract.dates import DateSpan, as_listed_days, find_dates, is_due_cue, weekday_words
from wsiskg.ingest.extract.event_body_meetings import (
    body_meeting_mentions,
    head_body,
    name_topic,
    next_meeting_label,
    spanned_head,
    subject_after,
)
from wsiskg.ingest.extract.event_codes import code_dated_mentions, coded_meeting_mentions
from wsiskg.ingest.extract.event_counted_spans import count_noun_regex, one_run, spanned_plural
from wsiskg.ingest.extract.event_dated_sittings import sitting_of_day
from wsiskg.ingest.extract.event_dates import (
    apart_date,
    dated_before,
    event_noun_regex,
    event_phrase,
    holding_verbs,
    hosts_date,
    is_due_at,
    neighbour_at,
    next_sentence_dates,
    opens_next_clause,
    own_dates,
    role_phrases,
)
from wsiskg.ingest.extract.event_elliptic import elliptic_mentions
from wsiskg.ingest.extract.event_form_parts import (
    CAP,
    NAME_WORD,
    QUOTED_CAP,
    _modes,
    _not_alone,
    body_heads,
    dated_by,
    heads_name,
    noun_alt,
    numbered_mention,
)
from wsiskg.ingest.extract.event_holding import (
    _held_after,
    _held_next,
    _held_verbs,
    _holds_before,
    asked_for,
    held_date,
    held_regex,
    opening_date,
    superseded_dates,
)
from wsiskg.ingest.extract.event_met import bare_plural_mentions, met_mentions, named_holder
from wsiskg.ingest.extract.event_name_forms import (
    launch_mentions,
    named_dated_mentions,
    named_undated_mentions,
    phase_mentions,
)
from wsiskg.ingest.extract.event_rows import row_mentions
from wsiskg.ingest.extract.event_series import EventMention, bare_series_patterns, series_mentions
from wsiskg.ingest.extract.event_unresolved import ANAPHOR as _ANAPHOR
from wsiskg.ingest.extract.event_unresolved import dated_anaphor, unresolved_event
from wsiskg.ingest.extract.event_written_meetings import written_listed_mentions, written_numbered_mentions
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    auxiliary_alternation,
    collectives,
    modal_alternation,
    possessives,
    preposition_alternation,
    small_words,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_modifiers, qualifying_modifiers
from wsiskg.ingest.extract.ordinals import cardinal_regex, count_word_regex, number_value, ordinal_regex
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation, clause_spans, span_at

__all__ = [
    "CAP",
    "NAME_WORD",
    "QUOTED_CAP",
    "bare_plural_mentions",
    "body_heads",
    "body_meeting_mentions",
    "code_dated_mentions",
    "coded_meeting_mentions",
    "dated_by",
    "elliptic_mentions",
    "head_body",
    "heads_name",
    "held_date",
    "held_regex",
    "launch_mentions",
    "met_mentions",
    "name_topic",
    "named_dated_mentions",
    "named_undated_mentions",
    "next_meeting_label",
    "noun_alt",
    "numbered_mention",
    "opening_date",
    "phase_mentions",
    "row_mentions",
    "spanned_head",
    "subject_after",
    "superseded_dates",
    "written_listed_mentions",
    "written_numbered_mentions",
]


#: a comma inside a list of codes (``Working Parties 5A, 5B and 5C``, ``Study Groups 2, 3 and 5``): a code and a
#: comma or ``and`` after it
_CODES_GO_ON = r"(?=\s+[A-Z\d][A-Z\d]{0,3}(?:,|\s+(?:and|&)\s))"


@cache
def _generic_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One reader of a noun phrase headed by a generic event noun (``ingest/data/generic-events.csv``):
    an article or a possessive (``its``, ``her``, ``our``), up to four modifiers (``a national``,
    ``the Group's``, ``the UNGIS working-level``; never a verb, ``the Committee held six meetings``,
    unless also a modifier,
    ``open``), the noun, the parties after ``with`` (``a joint session with Study Group 17``, ``with
    the World Bank (WB)``; a topic after the parties' acronym is the event's: ``with the Commission for
    Africa (ECA) on data``), then its topic after ``on``/``for``/``about``, or after ``of`` for the
    nouns whose ``of`` column says so (``the launch of X``; ``name``: a name, ``the meeting of the
    Bureau``), or a title in quotes. A topic ends before ``and`` and another event's noun phrase (``the
    Regional Forum on Fibre and the Digital Expo``: two events)."""
    kinds = {r["noun"]: r["kind"] for r in data_rows("generic-events.csv")}
    nouns = alternation(kinds, spaces=True)
    verbs = alternation([*_held_verbs(), *auxiliaries(role="clause")], spaces=True)
    # a small word or a body's possessive ends the modifiers, unless a hyphen makes it part of one (``e-learning``,
    # ``in-person``); so does a verb of holding, or a modal (``The Board will hold two meetings on ...``)
    small = alternation(sorted(small_words() | possessives("body")))
    stop = rf"(?:(?:{small})(?![\w\-])|(?:{verbs}|{modal_alternation()})\b)"
    count = count_word_regex(2, 12)  # a count may stand for the article: "three webinars"
    final = rf"(?=[\w\-]+\s+and\s)(?:{ordinal_regex()})"  # "the third and final meeting of the X" (its tail)
    # a group of people with "of" in its name before the noun: "the heads of delegation meeting"
    people = alternation([c for c in collectives() if " of " in c], spaces=True)
    # a chair's participle ends the phrase: "a special session chaired by Ms X" (``role-verbs.csv``)
    roles = alternation(role_phrases(), spaces=True)
    return (
        re.compile(
            rf"\b(?:(?P<count>{count}|{count_noun_regex()})|[Aa]n?|{either_initial_determiners('anaphor')}|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?P<adj>(?:{final}\s+|(?i:{people})\s+)?(?:(?!{stop})(?:{QUOTED_CAP}|[\w{DASH_CHARS}/’'+]+|\(\d{{1,3}}(?:st|nd|rd|th)\)|\([A-Z][A-Z\d&\-]{{1,11}}\))\s+){{0,4}}?)(?P<noun>(?i:{nouns}))s?\b"
            rf"(?:\s+(?P<qual>{qualifier_regex()}))?"  # "a meeting at the level of principals"
            r"(?:\s+with\s+(?P<party>[^,.;:()]{2,120}?(?=\s*\([^()]{1,20}\)\s+(?:on|about)\s)|[^,.;:()]{2,120}?)"
            r"(?:\s*\([^()]{1,20}\))?)?"
            # "on the margins of X": the event it is held during, no topic
            # "to": a place or a site visited, for the nouns whose ``to`` column says so (:func:`_generic_matches`)
            r"(?:\s+(?P<rel>on|for|about|of|to(?=\s+(?:the\s+)?[A-Z]|\s+the\s))\s+(?!the\s+(?:margins|sidelines|fringes?)\s+of\b)"
            # a list of codes goes on past its commas: "the meetings of Working Parties 5A, 5B and 5C"
            rf"(?P<topic>(?:[^,.;:()]|,{_CODES_GO_ON}){{3,80}}?)"
            r"|\s+(?P<title>[\"“][^\"“”]{3,80}[\"”]))?"
            rf"(?=\s+(?:on|in|at|from|held|itself|{auxiliary_alternation(role='clause')}|{modal_alternation()}|to\s+be|be|organi[sz]ed|hosted|convened|took|takes?|scheduled|planned"
            r"|start(?:s|ed|ing)|open(?:s|ed|ing)|r[au]ns?|closed|conducted|carried|offered|that|which|who|where|during|between|among|agreed|endorsed"
            rf"|before|after|until|ahead|each|every|of(?=\s+\d)|{roles})\b"
            # another event after "and": "a forum on fibre and the Digital Expo" (:func:`.event_dates.event_phrase`),
            # or after "and by" in a list of events dated before it: "preceded, on 3 May, by a workshop on X and by the"
            rf"|\s+(?:and|&)\s+(?:by\s+)?(?={event_phrase().pattern})"
            # a dash set off by spaces opens an aside: "a webinar on X - held during the Y"
            rf"|\s*(?:,(?!{_CODES_GO_ON})|[.;:()])|\s+{DASH}\s|$)"
        ),
        kinds,
    )


@cache
def qualifier_regex() -> str:
    """Who an event is for or at what level, right after its noun (``ingest/data/event_qualifiers.csv``):
    a phrase and its object (``a meeting at the level of Heads of Agencies``, ``a session open to all
    Member States``, ``a briefing restricted to delegates``) or a level (``a consultation at ministerial
    level``, ``a meeting at the expert level``). It names the event as a topic does. Regex, no groups."""
    rows = data_rows("event_qualifiers.csv")
    objects = alternation([r["phrase"] for r in rows if r["role"] == "object"], spaces=True)
    heads = alternation([r["phrase"] for r in rows if r["role"] == "head"], spaces=True)
    return rf"(?:(?:{objects})\s+[^,.;:()]{{2,60}}?|at\s+(?:the\s+)?(?:[\w\-]+\s+){{1,2}}?(?:{heads})\b)"


@cache
def _of_topics() -> dict[str, str]:
    """Generic nouns whose topic follows ``of`` (``ingest/data/generic-events.csv``, column ``of``:
    ``yes`` any topic, ``name`` a capitalised name only, ``part`` a capitalised name of which it is a part: a
    series' edition after it is its host, ``the high-level segment of PP-30``, not the edition itself as after
    ``name``, ``the session of Council 2031``). A compound noun with no value of its own
    takes its head noun's (``open consultation`` is a ``consultation``: ``the open consultations of
    the Group``)."""
    rows = {r["noun"]: r["of"] for r in data_rows("generic-events.csv")}
    heads = {noun: rows.get(noun.split()[-1], "") for noun in rows if " " in noun}
    return {noun: how or heads.get(noun, "") for noun, how in rows.items() if how or heads.get(noun)}


@cache
def _dated_only() -> frozenset[str]:
    """Generic nouns that name an event only when dated by their own dates (column ``alone`` = ``dated``:
    ``the United Nations summit in Lisbon on 14 September``); undated, the phrase is a part of a name the named
    readers read (``the Conference for the second phase of the World Summit on the Information Society was
    organized by ...``: the verb holds the Conference)."""
    return frozenset(r["noun"] for r in data_rows("generic-events.csv") if r["alone"] == "dated")


#: modifiers that point at an event already named (or the report's own), never name one
_DEICTIC = frozenset(("same", "this", "that", "present", "current", "these", "those", "said", "above"))


#: a topic that points back (``of the same ...``, ``of this ...``)
_DEICTIC_START = re.compile(rf"(?i:{alternation(_DEICTIC)})\b")


#: modifiers that alone do not make a noun that is no event alone an event (``the next meeting``,
#: ``its annual session``: the body's, read by :func:`body_meeting_mentions`)
_ALONE_NOT = frozenset(("next", "last", "previous", "annual", "regular", "ordinary"))


def _generic_matches(text: str) -> list[re.Match[str]]:
    """The generic noun phrases of ``text``; a phrase that is no event (``the meeting of the
    workshop on X``) does not hide the one inside it."""
    pattern = _generic_pattern()[0]
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        if m.group("rel") == "to" and " ".join(m.group("noun").lower().split()) not in _to_places():
            pos = m.start() + 1  # "presented the workshop to the Council": no phrase, as before
            continue
        out.append(m)
        pos = m.end("noun")
    return out


@cache
def _to_places() -> frozenset[str]:
    """Generic nouns whose ``to`` brings in the place or site they go to (``ingest/data/generic-events.csv``,
    column ``to``: ``an expert mission to Port Elm``, ``a site visit to the new data centre``)."""
    return frozenset(r["noun"] for r in data_rows("generic-events.csv") if r["to"] == "yes")


def generic_mentions(
    text: str, default_year: int | None, dates: Sequence[DateSpan] | None = None, undated: bool = False
) -> list[EventMention]:
    """Generic events (:func:`_generic_pattern`), only where dated: by a date of their clause after the name (own
    dates, :func:`own_dates`, for a noun that is no event alone; a sitting by its day: :mod:`.event_dated_sittings`),
    before it (``followed, on 4 May, by a workshop``), or opening the clause before a verb of holding (``From 9 to 10
    April, the Ministry held a consultation on ...``); not after ``as`` (``held its 35th meeting as a virtual
    meeting``). With ``undated``, only those no date makes an event that name one by their number: ``the eighth
    facilitation meeting`` (:func:`_named_undated`)."""
    kinds = _generic_pattern()[1]
    clauses, taken = clause_spans(text), 0
    out: list[EventMention] = []
    matches = _generic_matches(text)
    all_dates = (find_dates(text, default_year) if dates is None else dates) if matches else []
    for m in matches:
        noun = " ".join(m.group("noun").lower().split())
        end, topic = _topic_end(m, all_dates)
        if m.start() < taken or re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()]):
            continue
        if not undated and (by_day := sitting_of_day(m, noun, kinds.get(noun), all_dates)):  # "its meeting of 4 May"
            out, taken = [*out, by_day], by_day.span[1]
            continue
        if m.group("count") or _a_count(m.group("adj").split()):
            # "three webinars held on 2 May, 6 and 9 June": one a date, or none; "six webinars held between ...": one
            label = _generic_label(m, noun, end, topic)
            label = re.sub(rf"^(?:\S+['’]s?\s+)?(?:{cardinal_regex()})\s+", "", label) if label else None
            counted = [] if undated else _listed_items(m, noun, label, end, clauses, all_dates)
            counted = counted or spanned_plural(m, label, (end, topic), [] if undated else all_dates, _qualifies)
            out, taken = out + [replace(i, kind=kinds.get(noun, "event")) for i in counted], end if counted else taken
            continue
        when = _generic_dates(text, m, end, noun, clauses, all_dates)
        if (when is None) != undated or (undated and noun in _dated_only()):
            continue
        modes = all(w.casefold() in _modes() for w in m.group("adj").split()) and m.group("noun")[0].isupper()
        bare = (modes or not m.group("adj").strip()) and not (topic or m.group("title"))  # a title names one
        if not undated and bare and m.group(0)[0] not in "Aa":
            # "the Forum", "its workshop", "the virtual Forum", "the summit held in X on ...", "this Conference":
            # an event named before (:func:`resolve_anaphora`), whatever the noun names alone
            out.append(dated_anaphor(noun, kinds.get(noun, "event"), m.span("noun"), text, all_dates))
            continue
        if m.group(0)[:4].lower() == "this" or not (
            _named_undated(m, noun, topic, end, all_dates) if undated else _names_an_event(m, noun, topic)
        ):
            continue  # "this" only names again an event named before
        label = _generic_label(m, noun, end, topic)
        if label is None:
            continue
        taken = end
        if when is None:
            out.append(EventMention(slug(label), label, kinds.get(noun, "event"), (m.start(), end)))
            continue
        d, before = when
        if items := _listed_items(m, noun, label, end, clauses, all_dates):
            out += [replace(i, kind=kinds.get(noun, "event")) for i in items]
            continue
        # dated before its name or, for a noun that is no event alone, by the one date that made it one
        mention = EventMention(slug(f"{label} {d.start.year}"), label, kinds.get(noun, "event"), (m.start(), end))
        shared = before or noun in _not_alone() or _paired_before(text, end, d)
        out.append(dated_by(mention, d) if shared else mention)
    return out


#: what joins the event phrases of a list in one clause (``a workshop on X, a forum on Y and a seminar on Z``):
#: the rest of a phrase's topic, then a comma, ``and`` or both
_LISTED = re.compile(r"[^,.;:()]{0,60}?(?:\s*,\s*(?:(?P<last>and|&)\s+)?|\s+(?P<and>and|&)\s+)")


def _paired_before(text: str, end: int, d: DateSpan) -> bool:
    """Whether a generic event ending at ``end`` opens a list of events joined by commas and ``and`` that the date
    ``d`` after the last dates together (``a workshop on spectrum and a seminar on tariffs were held in Lima on
    3 May``, ``the Forum on Open Data, the Youth Summit and the Digital Expo were held ...``): the last one's own
    dates would stop at its noun phrase (:func:`.next_event_phrase`)."""
    at = end
    for _ in range(6):
        joined = _LISTED.match(text, at)
        nxt = event_phrase().match(text, joined.end()) if joined else None
        if joined is None or nxt is None or nxt.end() > d.span[0]:
            return False
        if joined.group("last") or joined.group("and"):
            return True
        at = nxt.end()
    return False


#: what joins the items of a list of events held in several places (``... on 2 May and in Lima on 4 June``)
_ITEM_JOIN = re.compile(r"[^.;:]{0,60}?(?:,|\band\b)[^.;:]{0,60}")


#: the place an item of such a list is held in (``and in Nairobi on``, ``Georgia (``)
_ITEM_PLACE = re.compile(
    r"(?:\bin\s+)?(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\W*(?:\b(?:on|from)\s+)?(?:the\s+)?$"
)


def _listed_items(
    m: re.Match[str], noun: str, label: str | None, end: int, clauses: list[tuple[int, int]], dates: Sequence[DateSpan]
) -> list[EventMention]:
    """A generic noun in the plural held in several places, each with its own dates: one event per
    place (``the regional workshops held in Accra on 2 and 3 May and in Lima on 14 June``: the
    regional workshop in Accra, 2-3 May, and the one in Lima, 14 June). Only for the nouns that
    name an event alone (``the Group's meetings on 3 and 5 May`` are the body's) and no other
    event named between the dates. A count that stands for the article names one event a date, any
    noun, when it counts the dates (``three virtual meetings held on 3 May, 8 June and 6 July``, ``two
    drafting sessions, on 3 and 17 May``: a list of days of one month is its days when they are as many as
    the count, :func:`~.dates.as_listed_days`; not ``two webinars, on 3 May``)."""
    text = m.string
    adj = m.group("adj").split()  # "the six regional preparatory meetings will be held as follows: ..."
    adj = adj[1:] if adj and re.search(r"['’]s?$", adj[0]) else adj  # "the Group's two meetings"
    count = number_value(m.group("count") or adj[0]) if m.group("count") or _a_count(adj) else None
    if label is None or not _plural(m) or (noun in _not_alone() and count is None):
        return []
    s1 = span_at(clauses, m.start(), len(text))[1]
    limit = neighbour_at(text, end, s1)
    listed = [d for d in dates if end <= d.span[0] < limit and d.precision == "day" and not is_due_at(text, d.span[0])]
    listed = as_listed_days(text, listed, count) if count else listed  # "two webinars, on 3 and 17 May": two days
    if (
        len(listed) < 2
        or count not in (None, len(listed))
        or any(
            not _ITEM_JOIN.fullmatch(text, a.span[1], b.span[0])
            or event_noun_regex().search(text, a.span[1], b.span[0])
            for a, b in zip(listed, listed[1:], strict=False)
        )
    ):
        return []
    out, at = [], end
    for d in listed:
        place = _ITEM_PLACE.search(text, at, d.span[0])
        name = f"{label} in {place.group('place')}" if place else label
        mention = EventMention(slug(f"{name} {d.start.isoformat()}"), name, "event", (m.start(), end))
        out.append(dated_by(mention, d))
        at = d.span[1]
    return one_run(out) if count else out


def _named_undated(m: re.Match[str], noun: str, topic: bool, end: int, dates: Sequence[DateSpan] = ()) -> bool:
    """Whether a generic noun phrase that no date makes an event still names one event: its number
    in a series, an ordinal among its modifiers (``the eighth facilitation meeting``, ``the ninth
    plenary meeting``, ``the thirty-eighth meeting of the Group``), or ``next`` where the sentence
    holds it (:func:`_held_next`: ``FAO will host the next working-level meeting``). Not ``the 2nd
    meeting`` (a noun that is no event alone needs another modifier or a topic: the meeting body's,
    read by :mod:`.events`), not ``the twenty-third meeting of this Group`` (the report's own)."""
    adj = [w.lower() for w in m.group("adj").split()]
    if "next" in adj[:1] and not _a_count(adj[1:]):
        return _held_next(m.string, m.start(), end)
    ordinals = [w for w in adj if re.fullmatch(ordinal_regex(), w)]
    if not ordinals:
        return _held_undated(m, noun, topic, end, dates)
    if any(w in _DEICTIC for w in adj) or _a_count(adj):
        return False
    head = re.fullmatch(rf"(?:the\s+)?(?:{body_heads()})", m.group("topic") or "")  # "of the Group"
    if topic and m.group("rel") == "of" and not (head or _of_topic(noun, m.group("topic"))):
        return False
    if _DEICTIC_START.match(m.group("topic") or ""):
        return False
    return noun not in _not_alone() or topic or len(adj) > len(ordinals)


#: a clause about events held again and again (``each year``, ``before every meeting``, ``regularly``)
_AGAIN = re.compile(r"(?i)\b(?:each|every|annually|regularly|periodically)\b")


def _held_undated(m: re.Match[str], noun: str, topic: bool, end: int, dates: Sequence[DateSpan]) -> bool:
    """Whether a generic noun phrase that no date makes an event and no number names is still one
    event: one its sentence holds (:func:`_held_next`: ``UNEP will co-organize, with FAO, a side event
    on soil data``, ``a half-day briefing for new members be organized``, ``an open consultation on
    the agenda was launched``), named by a modifier or a topic (:func:`_names_an_event`); ``the``
    needs one that is more than a mode (``the workshop was held``: an event named before). Not one
    held again and again (``a youth session before each meeting``), nor one whose clause has a date
    that its readers did not give it (``on Thursday, 6 October``: its date, not none)."""
    adj = [w.lower() for w in m.group("adj").split()]
    text = m.string
    s0, s1 = span_at(clause_spans(text), m.start(), len(text))
    if _AGAIN.search(text, s0, s1):
        return False
    limit = neighbour_at(text, end, s1)  # not the dates of another event named after it
    if any(end <= d.span[0] < limit and d.precision != "year" and not is_due_at(text, d.span[0]) for d in dates):
        return False
    if _a_count(adj) or (adj[:1] and adj[0] in _ALONE_NOT and _a_count(adj[1:])) or _plural(m):
        return False  # "the next two meetings", "the regional seminars are held": several
    if not topic and re.match(r"\s+(?:on|for|about)\s", m.string[end:]):
        return False  # a topic too long to read: not its name
    deictic = _DEICTIC_START.match(m.group("topic") or "")
    held_of = topic and m.group("rel") == "of" and not deictic and not any(w in _DEICTIC for w in adj)
    if not (held_of or _names_an_event(m, noun, topic)):  # "that a review of the Plan be held": of the Plan
        return False
    if m.group(0)[0] not in "Aa" and not m.group("rel") and not any(_qualifies(w, True) for w in adj):
        return False  # "the Forum with its partners": the one named before
    if asked_for(text, m.start(), end) and not _placed(text, s0, s1):
        return False  # decision 14: a proposed event is one only with a date or a place
    if (at := text.find(" its ", end, s1)) >= 0 and (h := named_holder(text, at + 1)) and h.start() <= m.start():
        return False  # "the Advisory Panel on X had held its third meeting": the body that holds one, no event
    return _held_next(m.string, m.start(), end)


#: a place after an event's name (``in Busan``, ``at the Andean Institute``)
_PLACE = re.compile(rf"\b(?:{preposition_alternation('place')})\s+(?:the\s+)?[A-Z]")


def _placed(text: str, s0: int, s1: int) -> bool:
    """Whether the clause ``s0``..``s1`` places an event (``in Lima``) or gives a year that is no due date
    (``a seminar to be held in 2032``, ``to convene, in 2034, a``; not ``before the end of 2031``)."""
    year = any(not is_due_at(text, y.start()) for y in _YEAR.finditer(text, s0, s1))
    return year or _PLACE.search(text, s0, s1) is not None


_YEAR = re.compile(r"(?<![\d/.\-])(?:19|20)\d\d(?![\d/])")


def _plural(m: re.Match[str]) -> bool:
    """Whether a generic noun phrase is in the plural (``the regional seminars``)."""
    return m.string[m.end("noun") : m.end("noun") + 1] == "s"


def plural_phrases(text: str, dates: Sequence[DateSpan]) -> list[tuple[tuple[int, int], str, str]]:
    """The generic event phrases of ``text`` in the plural (``all six regional preparatory meetings``, ``three
    webinars on spectrum pricing``): each one's span, its name in the singular without its count or possessive
    (``regional preparatory meeting``, ``webinar on spectrum pricing``) and its kind (``generic-events.csv``)."""
    kinds, out = _generic_pattern()[1], []
    for m in _generic_matches(text):
        noun = " ".join(m.group("noun").lower().split())
        end, topic = _topic_end(m, dates)
        label = _generic_label(m, noun, end, topic) if _plural(m) else None
        if label:
            label = re.sub(rf"^(?:\S+['’]s?\s+)?(?:{cardinal_regex()})\s+", "", label)
            out.append(((m.start(), end), label, kinds.get(noun, "event")))
    return out


def _generic_dates(
    text: str, m: re.Match[str], end: int, noun: str, clauses: list[tuple[int, int]], dates: Sequence[DateSpan]
) -> tuple[DateSpan, bool] | None:
    """The date that makes a generic noun phrase an event (:func:`generic_mentions`), and whether
    it stands before the name."""
    s0, s1 = span_at(clauses, m.start(), len(text))
    if (first := dated_before(text, m.start(), dates, eve=False)) is not None:  # "preceded, on 4 May, by a dialogue"
        return first, True
    # its own dates, or the clause's first date after a verb of holding; any date of its clause when
    # a verb holds it first ("will host an informal meeting of the regional groups on Monday, 4 May")
    if noun in _not_alone() and not _holds_before(text, m.start()):
        own = own_dates(text, end, dates, bare=True) or held_date(text, end, dates)
        after = [own] if own is not None and not is_due_at(text, own.span[0]) else []
    else:
        after = [
            d
            for d in dates
            if end <= d.span[0] < s1 and d.precision in ("day", "month") and not is_due_cue(text[s0 : d.span[0]])
        ]
        # "..., and in September the leaders will adopt X at a summit (25-27 September)": the next clause's dates
        cut = next((d.span[0] for d in after if opens_next_clause(text, d)), s1)
        after = [d for d in after if d.span[0] < cut]
    # "... a forum on X. Ruritania offered to host it in Lima on 3 May": its own dates
    again = next_sentence_dates(text, end, dates, (noun.split()[-1],))
    if after and (own := _not_the_hosts(text, end, after[0], dates, s1)) is not None:
        hosted = own is after[0] and hosts_date(text, end, own.span[0])
        return (again, True) if hosted and again else (own, False)  # held during a host, then on its own day
    # "This year is special: in December the Assembly will hold its high-level meeting": after a colon
    colon = text.rfind(": ", s0, m.start())
    before = opening_date(text, colon + 2 if colon >= 0 else s0, m.start(), dates)
    if before is None and again:
        return again, True
    return (before, True) if before else None


def _not_the_hosts(text: str, end: int, d: DateSpan, dates: Sequence[DateSpan], s1: int) -> DateSpan | None:
    """The date ``d`` found for the event named before ``end``, or, when ``d`` is the own date of a host
    event named between (:func:`.event_dates.hosts_date`) or of an event it is held before or after
    (:func:`.event_dates.apart_date`), the first later date of its clause that is neither (``the CAN
    coordination meeting at WRC-31 (Lima, 3-28 November) on 2 November``, ``an information session before
    the Council (Geneva, 3-13 June) on 2 June``: 2 June). With none, held during the host, on its days
    (decision 9): ``d``; held before or after the other event, on none of its days: ``None``."""

    def anothers(x: DateSpan) -> bool:
        return hosts_date(text, end, x.span[0]) or apart_date(text, end, x.span[0])

    if not anothers(d):
        return d
    later = (x for x in dates if d.span[1] <= x.span[0] < s1 and x.precision in ("day", "month"))
    own = next((x for x in later if not anothers(x) and not is_due_at(text, x.span[0])), None)
    return own or (None if apart_date(text, end, d.span[0]) else d)


def _generic_label(m: re.Match[str], noun: str, end: int, topic: bool) -> str | None:
    """The name of a generic event: its modifiers, noun, parties and topic (or quoted title);
    ``None`` for a known series named without its year (``the Internet Governance Forum``) or a
    series' session (``the session of Council 2031``: that event itself)."""
    label = " ".join((m.group("adj") + m.group("noun")).split())
    if any(p.fullmatch(label) for _, p in bare_series_patterns(label)):
        return None
    if m.group("qual") and end >= m.end("qual"):  # "meeting at the level of principals"
        label = " ".join((m.group("adj") + m.string[m.start("noun") : m.end("qual")]).split())
    if (
        m.group("topic")
        and m.group("rel") == "of"
        and _of_topics().get(noun) == "name"
        and _is_series(m.group("topic"))
    ):
        return None
    if m.group("party") and topic:
        label += f" with {' '.join(m.group('party').split())}"
    if topic and m.group("topic") and end == m.end():
        label += f" {m.group('rel')} {' '.join(m.group('topic').split())}"
    elif m.group("title") and end == m.end():
        label += f" {m.group('title')}"
    return label


def _is_series(topic: str) -> bool:
    """Whether a topic is only a series' event (``Council 2031``, ``the WSIS Forum 2031``)."""
    topic = without_article(topic.strip(), case="lower")
    return any(m.span == (0, len(topic)) for m in series_mentions(topic))


def _names_an_event(m: re.Match[str], noun: str, topic: bool) -> bool:
    """Whether a generic noun phrase names an event of its own: not ``the same workshop``, not ``two
    meetings``; a topic
    after ``of`` only for the nouns that take one (``the workshop of the Group`` is no workshop on
    the Group); a noun that is no event alone (``meeting``) only with a modifier or a topic."""
    adj = [w.lower() for w in m.group("adj").split()]
    if any(w in _DEICTIC for w in adj) or _a_count(adj):
        return False  # "the same workshop"; "the two previous meetings": several events
    of_what = topic and m.group("rel") == "of" and not m.group("party") and not _of_topic(noun, m.group("topic"))
    common = not re.match(rf"{_DEICTIC_START.pattern}|(?:the\s+)?[A-Z\d]", m.group("topic") or "")  # not "of the Group"
    # held before it, or after it when its topic is more than a body's head noun ("the meeting of the group")
    # and no possessive makes it a body's own ("its final meeting of the period, held in Geneva")
    bare = re.fullmatch(rf"(?i:the\s+)?(?i:{body_heads()})", m.group("topic") or "")
    owned = m.group(0).split()[0].lower() not in ("a", "an", "the")
    held = _holds_before(m.string, m.start()) or (not bare and not owned and _held_after(m.string, m.end()))
    if of_what and not (common and held):  # "to host a meeting of experts", "the review session of X took place"
        return False  # "of" after a party goes on with its name ("with the Association of Southern Africa")
    if noun in _not_alone() and not topic and not m.group("title"):  # "the 7th meeting": the meeting body's
        # (:mod:`.events`); a title in quotes names one: 'the international conference "Smart Ports"'
        sitting = _generic_pattern()[1].get(noun) in ("meeting", "session")  # not "the national review"
        # "the next summit, in Abuja on 16 February": a noun dated only by its own dates is one with "next" (no
        # body reader reads it, as it reads "the next meeting")
        following = adj[:1] == ["next"] and noun in _dated_only()
        return any(_qualifies(w, sitting) for w in adj) or (sitting and _held_mode(m, adj)) or following
    return True


@cache
def _held_and() -> re.Pattern[str]:
    """A verb of holding (``holding_verbs``, active), what it holds and ``and`` right before a phrase (``to hold its
    fourth meeting in Lima from 11 to 13 October, and a``)."""
    verbs = alternation(holding_verbs("active"), spaces=True)
    return re.compile(rf"\b(?:{verbs})\s+[^.;:]{{1,120}}?,?\s+and\s+$")


def _held_mode(m: re.Match[str], adj: list[str]) -> bool:
    """Whether ``a``/``an`` and a mode only (``meeting_words.csv``, role ``mode``) bring in a meeting that a verb of
    holding holds: right before it (``to hold an online meeting on 10 June``) or before ``and`` in its clause
    (``to hold its fourth meeting in Lima ..., and a virtual meeting on 4 December``)."""
    if m.group(0).split()[0].lower() not in ("a", "an") or not adj or any(w not in _modes() for w in adj):
        return False
    text, start = m.string, m.start()
    return _holds_before(text, start) or _held_and().search(text, max(0, start - 160), start) is not None


def _a_count(words: list[str]) -> bool:
    """Whether the modifiers start with a count, after a possessive or not (``two``, ``the Group's
    6``; not a year, ``the 2031 workshop``, nor a number in a name, ``the Study Group 17 workshop``)."""
    words = words[1:] if words and re.search(r"['’]s?$", words[0]) else words
    return (
        bool(words) and bool(re.fullmatch(cardinal_regex(), words[0])) and not re.fullmatch(r"(?:19|20)\d\d", words[0])
    )


def _of_topic(noun: str, topic: str) -> bool:
    """Whether ``noun`` takes the topic after ``of``: any (``the launch of X``), or a capitalised
    name that is more than a body's head noun (``the meeting of the Bureau of the Committee``; ``the
    29th meeting of the Group`` is the Group's, read by :mod:`.events`)."""
    how = _of_topics().get(noun)
    if how in ("name", "part"):
        named = bool(_NAME.fullmatch(topic)) and not re.fullmatch(rf"(?:the\s+)?(?:{body_heads()})", topic)
        return named or bool(_people().match(topic))  # "the meeting of heads of delegation on 25 September"
    return how is not None


@cache
def _people() -> re.Pattern[str]:
    """A group of people that meets, first in a topic (``ingest/data/collectives.csv``: ``heads of
    delegation``, ``ministers``, ``experts``)."""
    return re.compile(rf"(?i:the\s+)?(?i:{alternation(list(collectives()), spaces=True)})\b")


#: a name that starts with a capital (``the Board of Heads of Communication Administrations of the
#: RCC``, ``the Preparatory Committee for the Tunis phase``) and brings in no other time or clause
#: (``the Group before the Conference``)
_NAME = re.compile(r"(?:the\s+)?[A-Z](?:(?!\b(?:before|after|during|until|since|which|that|who|where|when|while)\b).)*")


def _qualifies(word: str, sitting: bool = False) -> bool:
    """Whether a modifier makes a noun that is no event alone name one (``regional``, ``UNGIS``,
    ``one-day``, and, for a meeting or a session (``sitting``), the modifiers of
    ``event_modifiers.csv`` whose column ``qualifies`` says so: ``a national meeting``, ``an informal
    session``); not a mode or a kind of sitting (``the virtual meeting``, ``the Plenary meeting``),
    not ``next``/``annual``, not an ordinal."""
    w = word.casefold()
    plain = w not in event_modifiers() or (sitting and w in qualifying_modifiers())
    return w not in _ALONE_NOT and plain and not re.fullmatch(ordinal_regex(), w)


def _topic_end(m: re.Match[str], dates: Sequence[DateSpan]) -> tuple[int, bool]:
    """Where a generic event's name ends, and whether it has a topic (or parties): ``a webinar on
    12 March`` has no topic (the date after ``on`` is its date), ``a webinar on open data`` has one."""
    topic = m.group("topic")
    if topic and not any(m.start("topic") <= d.span[0] < m.end("topic") for d in dates) and not _a_day(topic):
        return m.end(), True
    if m.group("party"):
        return m.end("party"), True
    if m.group("title"):  # 'the regional seminar "Safe Roads"': its title in quotes
        return m.end(), False
    if m.group("qual"):  # "a meeting at the level of principals on 4 May": named by who it is for
        return m.end("qual"), True
    end = m.end("noun")
    return end + (m.string[end : end + 1] == "s"), False


@cache
def _weekday() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(weekday_words())})\b")


def _a_day(topic: str) -> bool:
    """Whether a topic after ``on`` opens with a weekday: the date's (``a reception on Monday, 9 July``)."""
    return _weekday().match(topic) is not None


def _headed_by(name: str, noun: str) -> bool:
    """Whether event noun ``noun`` heads ``name``: its last place there has no event noun nor a body's head
    noun (``body-heads.csv``) after it before a topic (``prepositions.csv``, column ``topic``: ``the consultation``
    of ``open consultation on the review``, ``the Forum`` of ``WSIS Forum 2031``, ``the Symposium`` of ``Global
    Symposium for Regulators``; not ``the Conference`` of ``Conference Preparatory Meeting``, a meeting, nor
    ``the Summit`` of ``3rd session of the Summit Organizing Group``)."""
    last = next(reversed([*re.finditer(rf"(?i)\b{re.escape(noun)}\b", name)]), None)
    if last is None:
        return False
    rest = name[last.end() :]
    topic = re.search(rf"\s(?:{preposition_alternation('topic')})\s", rest)  # "consultation on the review"
    rest = rest[: topic.start()] if topic else rest
    return event_noun_regex().search(rest) is None and re.search(rf"\b(?:{body_heads()})\b", rest) is None


def resolve_anaphora(chosen: list[EventMention]) -> list[EventMention]:
    """``The WSIS Forum 2027 ... The Forum will take place from 24 to 28 May 2027``: a generic
    noun with a definite article is the last event named before it in the text whose name is headed
    by that noun (:func:`_headed_by`); with none, it is no event."""
    out: list[EventMention] = []
    for c in chosen:
        if not c.key.startswith(_ANAPHOR):
            out.append(c)
            continue
        noun = c.key[len(_ANAPHOR) :]
        named = [o for o in out if _headed_by(o.name, noun)]
        if named:
            out.append(replace(named[-1], span=c.span, start=None, end=None, place=None, organizers=()))
        elif (kept := unresolved_event(c)) is not None:  # "the open consultations held on 25 May"
            out.append(kept)
    return out
