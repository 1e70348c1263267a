"""Events named by their form, not by a known name (:mod:`.events` uses them only where no
series, body session or coded name is named, and only when dated by their own dates,
:func:`~.event_dates.own_dates`): a capitalised name ending in an event noun (``the Summit on
Digital Commons in Nairobi on 14-15 October 2031``), a meeting of a body or the next meeting
(``the next meeting of the TDAG is scheduled for ...``), a table row naming an event and its
date, and a generic noun (``a webinar on X``; ``the Forum`` is the forum named before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from wsiskg.ingest.extract.casing import joiner_alternation, small_word_alternation
from wsiskg.ingest.extract.dates import (
    DateSpan,
    adjacent_words,
    as_listed_days,
    date_words,
    find_dates,
    held_words,
    is_due_cue,
    joins_list,
    listed_days,
    month_end,
    month_numbers,
    weekday_words,
)
from wsiskg.ingest.extract.document import held_alternation
from wsiskg.ingest.extract.event_dates import (
    apart_date,
    dated_before,
    elliptic_ordinal,
    event_noun_regex,
    event_phrase,
    generic_event_nouns,
    holding_verbs,
    hosts_date,
    is_due_at,
    moved,
    neighbour_at,
    next_sentence_dates,
    own_dates,
    role_phrases,
)
from wsiskg.ingest.extract.event_series import (
    EventMention,
    bare_series_patterns,
    event_series,
    opens_another_name,
    series_key,
    series_mentions,
)
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    auxiliary_alternation,
    body_head_nouns,
    body_openers,
    collectives,
    modal_alternation,
    modals,
    possessives,
    small_words,
)
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import BodyIndex, BodyName, body_index, dateline
from wsiskg.ingest.extract.meeting_words import event_modifiers, event_nouns, is_modifier, meeting_words
from wsiskg.ingest.extract.ordinals import cardinal_regex, count_word_regex, has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import (
    DASH,
    DASH_CHARS,
    PrefixTree,
    alternation,
    clause_spans,
    ordinal_suffix,
    sentence_spans,
    spaced_char,
    span_at,
    squash,
    table_cells,
)


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
    # ``in-person``); so does a verb of holding
    small = alternation(sorted(small_words() | possessives("body")))
    stop = rf"(?:(?:{small})(?![\w\-])|(?:{verbs})\b)"
    count = count_word_regex(2, 12)  # a count may stand for the article: "three webinars"
    final = rf"(?=[\w\-]+\s+and\s)(?:{ordinal_regex()})"  # "the third and final meeting of the X" (its tail)
    # a group of people with "of" in its name before the noun: "the heads of delegation meeting"
    people = alternation([c for c in collectives() if " of " in c], spaces=True)
    # a chair's participle ends the phrase: "a special session chaired by Ms X" (``role-verbs.csv``)
    roles = alternation(role_phrases(), spaces=True)
    return (
        re.compile(
            rf"\b(?:(?P<count>{count})|[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?P<adj>(?:{final}\s+|(?i:{people})\s+)?(?:(?!{stop})(?:{QUOTED_CAP}|[\w{DASH_CHARS}/’'+]+|\(\d{{1,3}}(?:st|nd|rd|th)\))\s+){{0,4}}?)(?P<noun>(?i:{nouns}))s?\b"
            rf"(?:\s+(?P<qual>{qualifier_regex()}))?"  # "a meeting at the level of principals"
            r"(?:\s+with\s+(?P<party>[^,.;:()]{2,120}?(?=\s*\([^()]{1,20}\)\s+(?:on|about)\s)|[^,.;:()]{2,120}?)"
            r"(?:\s*\([^()]{1,20}\))?)?"
            # "on the margins of X": the event it is held during, no topic
            # "to": a place or a site visited, for the nouns whose ``to`` column says so (:func:`_generic_matches`)
            r"(?:\s+(?P<rel>on|for|about|of|to(?=\s+(?:the\s+)?[A-Z]|\s+the\s))\s+(?!the\s+(?:margins|sidelines|fringes?)\s+of\b)"
            r"(?P<topic>[^,.;:()]{3,80}?)"
            r"|\s+(?P<title>[\"“][^\"“”]{3,80}[\"”]))?"
            rf"(?=\s+(?:on|in|at|from|held|{auxiliary_alternation(role='clause')}|{modal_alternation()}|to\s+be|be|organi[sz]ed|hosted|convened|took|takes?|scheduled|planned"
            r"|start(?:s|ed|ing)|open(?:s|ed|ing)|r[au]ns?|closed|conducted|carried|offered|that|which|who|where|during|between|among|agreed|endorsed"
            rf"|before|after|until|ahead|each|every|of(?=\s+\d)|{roles})\b"
            # another event after "and": "a forum on fibre and the Digital Expo" (:func:`.event_dates.event_phrase`)
            rf"|\s+(?:and|&)\s+(?={event_phrase().pattern})"
            r"|\s*[,.;:()]|$)"
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
    ``yes`` any topic, ``name`` a capitalised name only). A compound noun with no value of its own
    takes its head noun's (``open consultation`` is a ``consultation``: ``the open consultations of
    the Group``)."""
    rows = {r["noun"]: r["of"] for r in data_rows("generic-events.csv")}
    heads = {noun: rows.get(noun.split()[-1], "") for noun in rows if " " in noun}
    return {noun: how or heads.get(noun, "") for noun, how in rows.items() if how or heads.get(noun)}


@cache
def _not_alone() -> frozenset[str]:
    """Generic nouns that name an event only with a modifier or a topic and only when dated by
    their own dates (column ``alone``: ``the meeting`` alone is the report's own or any meeting;
    ``a regional meeting for Africa, held in Accra on 2-4 May`` is one; ``dated``: the same, and never
    an event undated, :func:`_dated_only`)."""
    return frozenset(r["noun"] for r in data_rows("generic-events.csv") if r["alone"] in ("no", "dated"))


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
    """Generic events (:func:`_generic_pattern`), only where they are dated: by a date of their
    clause after the name (by their own dates, :func:`own_dates`, for the nouns that are no event
    alone), before it (``followed, on 4 May, by a workshop``), or opening the clause before a verb
    of holding (``From 9 to 10 April, the Ministry held a national consultation on ...``). A phrase
    after ``as`` describes an event named before (``held its 35th meeting as a virtual meeting``).
    With ``undated``, only the phrases that no date makes an event and that name one by their
    number (:func:`_named_undated`): ``the eighth facilitation meeting``, undated."""
    kinds = _generic_pattern()[1]
    clauses = clause_spans(text)
    out: list[EventMention] = []
    taken = 0
    matches = _generic_matches(text)
    all_dates = (find_dates(text, default_year) if dates is None else dates) if matches else []
    for m in matches:
        noun = " ".join(m.group("noun").lower().split())
        end, topic = _topic_end(m, all_dates)
        if m.start() < taken or re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()]):
            continue
        if m.group("count") or _a_count(m.group("adj").split()):
            # "three webinars held on 2 May, 6 June and 4 July", "the six regional meetings will be held as follows:
            # ...": one event a date, else none
            label = _generic_label(m, noun, end, topic)
            label = re.sub(rf"^(?:\S+['’]s?\s+)?(?:{cardinal_regex()})\s+", "", label) if label else None
            counted = [] if undated else _listed_items(m, noun, label, end, clauses, all_dates)
            out += [replace(i, kind=kinds.get(noun, "event")) for i in counted]
            taken = end if counted else taken
            continue
        when = _generic_dates(text, m, end, noun, clauses, all_dates)
        if (when is None) != undated or (undated and noun in _dated_only()):
            continue
        if not (_named_undated(m, noun, topic, end, all_dates) if undated else _names_an_event(m, noun, topic)):
            continue
        modes = all(w.casefold() in _modes() for w in m.group("adj").split()) and m.group("noun")[0].isupper()
        bare = (modes or not m.group("adj").strip()) and not (topic or m.group("title"))  # a title names one
        if not undated and bare and m.group(0)[0] not in "Aa":
            # "the Forum", "its workshop", "the virtual Forum": an event named before (:func:`resolve_anaphora`)
            out.append(EventMention(_ANAPHOR + noun, noun, kinds.get(noun, "event"), m.span("noun")))
            continue
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
    noun, when it counts the dates (``three virtual meetings held on 3 May, 8 June and 6 July``;
    not ``two webinars, on 3 May``)."""
    text = m.string
    adj = m.group("adj").split()  # "the six regional preparatory meetings will be held as follows: ..."
    adj = adj[1:] if adj and re.search(r"['’]s?$", adj[0]) else adj  # "the Group's two meetings"
    count = number_value(m.group("count") or adj[0]) if m.group("count") or _a_count(adj) else None
    if label is None or not _plural(m) or (noun in _not_alone() and count is None):
        return []
    s1 = span_at(clauses, m.start(), len(text))[1]
    limit = neighbour_at(text, end, s1)
    listed = [d for d in dates if end <= d.span[0] < limit and d.precision == "day" and not is_due_at(text, d.span[0])]
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
    return out


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
    return _held_next(m.string, m.start(), end)


def _plural(m: re.Match[str]) -> bool:
    """Whether a generic noun phrase is in the plural (``the regional seminars``)."""
    return m.string[m.end("noun") : m.end("noun") + 1] == "s"


@cache
def _attending_verbs() -> tuple[str, ...]:
    """Verbs of taking part in an event (``event_verbs.csv``, voice ``attend``: ``take part in``, ``attended``)."""
    return tuple(r["word"] for r in data_rows("event_verbs.csv") if r["voice"] == "attend")


@cache
def _passive_holding() -> re.Pattern[str]:
    """A verb of holding after the phrase, passive or ``take place`` (``ingest/data/date_words.csv``,
    role ``held``, and the passive verbs of ``event_verbs.csv``): ``will be convened``, ``is to be
    hosted``, ``would take place``, ``that a workshop be organized``, ``a seminar to be held``,
    ``a training scheduled for``."""
    verbs = alternation([*_held_verbs(), *holding_verbs("passive")], spaces=True)
    aux = rf"(?:{modal_alternation()}|{auxiliary_alternation(role='clause')})"
    participles = alternation(holding_verbs("passive"), spaces=True)
    return re.compile(
        rf"\s*,?\s+(?:{aux}\s+(?:also\s+)?(?:to\s+)?(?:be\s+|been\s+)?(?:{verbs})"
        rf"|(?:to\s+)?be\s+(?:{participles})|(?:{participles}))\b"
    )


#: what may stand between a verb of holding and the event it holds: one insert between commas, its
#: partners (``co-organize, with the World Bank (WB), a side event``, ``to organize, jointly with CITEL,
#: a``), a time or a condition (``to organize, in 2033, a workshop``, ``to convene, subject to available
#: resources, a seminar``)
_PARTNERS = r"(?:\s*,\s*[^,;.]{2,90},)?"


def _held_next(text: str, start: int, end: int) -> bool:
    """Whether the sentence holds the event it names (``It was proposed to hold the next joint
    meeting in Rome``, ``UNESCO will host its next session``, ``The next working-level meeting will be
    convened by WHO``), not only refers to it as a time (``report to the next meeting``, ``before
    the next session``)."""
    return _holds_before(text, start) or bool(_passive_holding().match(text, end))


def _held_after(text: str, end: int) -> bool:
    """Whether a verb of holding follows the phrase that ends at ``end`` (:func:`_passive_holding`, or a
    verb of ``date_words.csv`` role ``held`` right after it): ``the validation session of the national
    review took place``, ``a meeting of experts was convened``."""
    return bool(_passive_holding().match(text, end) or _held_right_after().match(text, end))


@cache
def _held_right_after() -> re.Pattern[str]:
    """A verb of ``date_words.csv`` role ``held`` right after a phrase (after a comma or not)."""
    return re.compile(rf"\s*,?\s+{_held().pattern}")


#: the rest of an aside after its days, up to its comma (``in Oslo,``)
_ASIDE_END = re.compile(r"[^,;.()]{0,40},")


@cache
def _planned_first() -> re.Pattern[str]:
    """The words before the days an event was first planned for (``date_words.csv``: role ``superseded``,
    then a verb of planning, role ``plan``): ``originally planned for``, ``initially scheduled to take place
    in Lima from``, ``previously set for``; up to 60 characters of place between the verb and the days."""
    first, plan = (alternation(date_words(role), spaces=True) for role in ("superseded", "plan"))
    return re.compile(rf"\b(?:{first})\s+(?:{plan})\b[^,;.()]{{0,60}}$")


def superseded_dates(text: str, dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The days an event was first planned for and then held on others, in one sentence: the dates after
    ``originally planned for`` (:func:`_planned_first`) set off by commas, when a verb of holding follows
    the aside (:func:`_held_after`) and another date follows in the sentence (``The Forum 2031, originally
    planned for 4-7 May 2031 in Oslo, was held online from 8 to 12 November 2031``: its dates are
    November's). Planned days that are not replaced (``originally scheduled for 3 May, remains on the
    calendar``, ``could not be held``) stay the event's."""
    out: list[DateSpan] = []
    sentences = sentence_spans(text)
    for d in dates:
        if not _planned_first().search(text, max(0, d.span[0] - 100), d.span[0]):
            continue
        aside = _ASIDE_END.match(text, d.span[1])  # "... 2031 in Oslo, was held"
        end = span_at(sentences, d.span[0], len(text))[1]
        if aside and _held_after(text, aside.end() - 1) and any(d.span[1] < e.span[0] < end for e in dates):
            out.append(d)
    return out


def _holds_before(text: str, start: int) -> bool:
    """Whether a verb of holding (``event_verbs.csv``, active) and its partners, or a verb of taking
    part (voice ``attend``), stand right before the phrase that starts at ``start`` (its article):
    ``ITU will co-organize, with UNEP, a``, ``delegates are invited to take part in the``."""
    verbs = alternation([*holding_verbs("active"), *_attending_verbs()], spaces=True)
    return re.search(rf"\b(?:{verbs}){_PARTNERS}\s+$", text[max(0, start - 120) : start]) is not None


@cache
def _modes() -> frozenset[str]:
    """How a meeting is held (``ingest/data/meeting_words.csv``, role ``mode``: ``virtual``, ``online``)."""
    return frozenset(word.casefold() for word in meeting_words("mode"))


def _generic_dates(
    text: str, m: re.Match[str], end: int, noun: str, clauses: list[tuple[int, int]], dates: Sequence[DateSpan]
) -> tuple[DateSpan, bool] | None:
    """The date that makes a generic noun phrase an event (:func:`generic_mentions`), and whether
    it stands before the name."""
    s0, s1 = span_at(clauses, m.start(), len(text))
    if (first := dated_before(text, m.start(), dates)) is not None:  # "preceded, on 4 May, by a dialogue"
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
    if after and (own := _not_the_hosts(text, end, after[0], dates, s1)) is not None:
        return own, False
    before = opening_date(text, s0, m.start(), dates)
    if before is None and (again := next_sentence_dates(text, end, dates, (noun.split()[-1],))):
        return again, True  # "... a forum on X. Ruritania offered to host it in Lima on 3 May": its own dates
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


@cache
def _held() -> re.Pattern[str]:
    """A verb of holding (``ingest/data/date_words.csv``, role ``held``)."""
    return re.compile(rf"\b(?:{alternation(held_words(), spaces=True)})\b")


def _held_verbs() -> list[str]:
    """The verbs of holding that are never an event's modifier (``open`` is both: ``open consultation``)."""
    return [w for w in held_words() if not is_modifier(w)]


def held_regex() -> re.Pattern[str]:
    """A verb of holding (:func:`_held`), for other readers."""
    return _held()


def held_date(text: str, end: int, dates: Sequence[DateSpan]) -> DateSpan | None:
    """The first date of the sentence after an event's name when a verb of holding stands between
    and no other event is named there: ``the fifth meeting of the Study Group, the last of the
    period, would be held from 6 to 10 September``, ``the Digital Summit, coordinated by ITU and held
    in Geneva from 10 to 13 June``."""
    d = next((d for d in dates if d.span[0] >= end and d.precision in ("day", "month")), None)
    if d is None or d.span[0] - end > 100:
        return None
    gap = text[end : d.span[0]]
    verb = _held().search(gap)
    if verb is None or re.search(r"[.;]\s", gap) or event_noun_regex().search(gap) or is_due_at(text, d.span[0]):
        return None
    if _PARTIES.fullmatch(gap, 0, verb.start()):  # "a meeting between A, B and C took place in X on"
        return d
    before = gap[: verb.start()].split()  # the verb's subject is the event, not "ministers met on"
    return d if not before or before[-1].endswith(",") or before[-1].lower() in _AUXILIARIES else None


#: the parties between an event's name and its verb of holding: the event is still the verb's subject
_PARTIES = re.compile(r"\s*,?\s+(?:between|among)\s+[^.;:()]{2,120}?(?:\s*\([^()]{1,20}\))?\s+")
#: words that may stand right before a verb of holding whose subject is the event named before: an auxiliary
#: (``auxiliaries.csv``), a modal of the future, a word that links (``and``, ``also``, ``to``, ``which``, ``that``)
_AUXILIARIES = frozenset([*auxiliaries(), *modals("future"), *"and also to which that".split()])


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
    topic = re.sub(r"^the\s+", "", topic.strip())
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
        return any(_qualifies(w, sitting) for w in adj)
    return True


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
    if how == "name":
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
    plain = w not in event_modifiers() or (sitting and w in _qualifying())
    return w not in _ALONE_NOT and plain and not re.fullmatch(ordinal_regex(), w)


@cache
def _qualifying() -> frozenset[str]:
    """The modifiers that make a meeting or a session one of its own (``event_modifiers.csv``, column
    ``qualifies``: ``a national meeting in Lima on 3 May``, not ``the virtual meeting on 3 May``)."""
    return frozenset(r["word"].casefold() for r in data_rows("event_modifiers.csv") if r["qualifies"] == "yes")


#: what may open a clause before its date: a paragraph's number (``2 On 26 May, ...``), a preposition
_OPENING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:[Oo]n|[Ff]rom|[Ii]n|[Bb]etween)\s+)?(?:the\s+)?")


def opening_date(text: str, s0: int, start: int, dates: Sequence[DateSpan]) -> DateSpan | None:
    """The date that opens the clause of an event named after a verb of holding (``From 9 to 10
    April, the Ministry held a national consultation``, ``On 3 May, UNEP hosted a webinar``, ``In
    December, the Assembly will hold its high-level meeting on X``)."""
    d = next((d for d in dates if d.span[0] >= s0), None)
    if d is None or d.precision == "year" or d.span[1] > start or not _OPENING.fullmatch(text, s0, d.span[0]):
        return None
    verbs = alternation([*held_words(), *holding_verbs("active")], spaces=True)  # "In May, UNEP will host a"
    gap = re.fullmatch(rf"\s*,?\s*(?:[^,.;]{{1,60}}?\s)?(?:{verbs})\s+", text[d.span[1] : start])
    return d if gap else None


def _topic_end(m: re.Match[str], dates: Sequence[DateSpan]) -> tuple[int, bool]:
    """Where a generic event's name ends, and whether it has a topic (or parties): ``a webinar on
    12 March`` has no topic (the date after ``on`` is its date), ``a webinar on open data`` has one."""
    if m.group("topic") and not any(m.start("topic") <= d.span[0] < m.end("topic") for d in dates):
        return m.end(), True
    if m.group("party"):
        return m.end("party"), True
    if m.group("title"):  # 'the regional seminar "Safe Roads"': its title in quotes
        return m.end(), False
    if m.group("qual"):  # "a meeting at the level of principals on 4 May": named by who it is for
        return m.end("qual"), True
    end = m.end("noun")
    return end + (m.string[end : end + 1] == "s"), False


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
    return alternation(event_nouns(), each=str)


#: a capitalised word of a name; an acronym may end in a dotted Roman number (``PCC.II``, ``CCP.I``)
CAP = r"[A-Z][\w’'&/\-+]*(?:(?<=[A-Z])\.[IVX]{1,3}\b(?!\.\w))?"
#: a capitalised title in quotes, one word of a name (``the "Connect Andes" Summit``, ``the 'Open Data' Week``): in
#: double quotes, or in single ones that no letter touches outside (an apostrophe opens or closes none)
QUOTED_CAP = r"(?:[\"“][A-Z][^\"“”\n]{0,80}?[\"”]|(?<![\w’'])[‘'][A-Z][^‘’'\n]{0,80}?[’'](?![\w’']))"
#: a word of a capitalised name: a capitalised word or a quoted title
NAME_WORD = rf"(?:{QUOTED_CAP}|{CAP})"


def heads_name(words: list[str], noun: str) -> bool:
    """Whether the event noun ``noun`` heads the name ``words``: it is the last word, or a topic
    follows it (``Conference on Financing for Development``), or a year; not a modifier
    (``International Conference Centre Geneva`` is a building)."""
    last = noun.split()[-1]
    if last not in words:
        return False
    rest = words[len(words) - words[::-1].index(last) :]
    return not rest or rest[0] in ("on", "for", "of", "about") or all(re.fullmatch(r"(?:19|20)\d\d", w) for w in rest)


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
    joiner = r"(?:\s+(?:(?:for|of|on|in|and|&)(?:\s+the)?\s+)?)"
    # a name's joiners without those that open a place ("in"): "Transition to Digital", "Réseau des Villes"
    topic_joiner = rf"(?:\s+(?:(?:{joiner_alternation()})(?:\s+the)?\s+)?)"
    word = rf"(?!(?:{alternation(weekday_words())})\b){CAP}"  # "the Summit on Data on Monday, 4 May": a day
    words = rf"{word}(?:{topic_joiner}{word})*"
    topic = rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?{words}(?:{name_link()}{words})?)?"  # "... in charge of ICT"
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
        d = d or earlier
        d = d or next_sentence_dates(text, end, dates, (m.group("noun").split()[-1].lower(),))  # "The seminar will"
        name = re.sub(r"^(?:(?:The|At|In|On|For|During|Both|And|From|To|By|An?)\s+)+", "", text[m.start("name") : end])
        capitalised = name.lstrip("\"“‘'")[0].isupper()  # a quoted title may open it
        if d is None or len(name.split()) < 2 or not capitalised or opens_another_name(text, m.end()):
            continue  # not "the Plenipotentiary Conference Drafting Team, held on ..."
        start = end - len(name)
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
        out.append(dated_by(mention, d) if earlier else mention)  # its dates stand before it
    return out


@cache
def name_link() -> str:
    """A lower-case phrase inside a name, between its topic and the rest (``event-name-links.csv``):
    ``the Conference of Ministers in charge of Telecommunications``, ``Ministers responsible for ICT``."""
    return rf"\s+(?:{alternation([r['phrase'] for r in data_rows('event-name-links.csv')], spaces=True)})\s+(?:the\s+)?"


def _event_before(text: str, start: int) -> tuple[str, str, tuple[int, int]] | None:
    """A capitalised event name ending in an event noun right before ``and (the)`` and ``start``:
    its name, its noun and its span."""
    w0 = max(0, start - 120)
    found = re.search(
        rf"(?<![\w&/\-])(?P<first>(?:{CAP}\s+)+?(?P<noun>{noun_alt()}))\s+(?:and|&)\s+(?:the\s+)?$", text[w0:start]
    )
    if found is None:
        return None
    first = re.sub(r"^(?:(?:The|At|In|On|For|During|Both|From|To|By)\s+)+", "", found.group("first"))
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


def named_undated_mentions(text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan]) -> list[EventMention]:
    """A name the text gives without dates: after ``the``, two capitalised words or more ending in
    an event noun (or an event noun and its capitalised topic), not only modifiers before the noun
    (``the Annual Meeting``), not a body the text names (``the World Economic Forum``), and with
    no own dates (those are :func:`named_dated_mentions`): ``the Connect Europe Summit``, ``the
    Global Digital Literacy Symposium``, ``the World Summit on Open Data``."""
    nouns = event_nouns()
    joiner = rf"(?:\s+(?:(?:{joiner_alternation()})(?:\s+the)?\s+)?)"
    topic = rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?{CAP}(?:{joiner}{CAP})*(?:{name_link()}{CAP}(?:{joiner}{CAP})*)?)?"
    # not a year's name, not a modifier (``Conference Centre``, ``the Regional Review event``)
    after = r"(?![\w&’'\-]|\s+(?:19|20)\d\d|\s+[A-Z]|\s+events?\b)"
    pattern = rf"(?<![\w&/\-])[Tt]he\s+(?P<name>(?:{NAME_WORD}\s+)+(?P<noun>{noun_alt()}){topic}){after}"
    out = []
    for m in re.finditer(pattern, text):
        start, end = m.span("name")
        words = m.group("name").split()
        before = words[: words.index(m.group("noun").split()[0])]
        if own_dates(text, end, dates) is not None or all(is_modifier(w) for w in before):
            continue
        if m.group("noun") in _group_nouns():
            continue  # "the Youth Advisory Panel": a group that meets, named without dates (a session of it has them)
        if m.group("name").casefold() in _not_undated() or re.search(r"[a-z]-[a-z]|['’]s$", m.group("name")):
            continue  # a series or a process (named without dates, not one event), a word broken at a line end,
            # a possessive that goes on ("of the Plenipotentiary Conference on ITU's role in ...")
        numbered = has_ordinal(text[start : m.end("noun")])  # "the XXXIII Meeting of ATC.II": a body's meeting
        if any(a <= start and end <= b or end == b and not numbered for a, b, _ in body_spans) or body_index().regex(
            text
        ).fullmatch(m.group("name")):
            continue  # a body, or a name ending in one (``the President of the General Assembly``)
        mention = EventMention(slug(m.group("name")), m.group("name"), nouns[m.group("noun")], (start, end))
        # dated by the date that opens its clause: "In March, the Ministry held the National Forum on X"
        first = opening_date(text, span_at(clause_spans(text), start, len(text))[0], m.start(), dates)
        out.append(dated_by(mention, first) if first is not None else mention)
    return out


@cache
def _group_nouns() -> frozenset[str]:
    """The event nouns that also name a group (``meeting_words.csv``, role ``group``: ``Panel``)."""
    return frozenset(meeting_words("group"))


@cache
def body_heads() -> str:
    """Regex (no groups) of the head nouns that end a body's name (``ingest/data/body-heads.csv``), a
    space matching any run of spaces; as a prefix tree: it is part of some twenty patterns, and the
    flat list (longest first) compiles several times slower and matches the same."""
    return _heads_tree().regex()


@cache
def _heads_tree() -> PrefixTree:
    return PrefixTree(list(body_head_nouns()), spaced_char)


def body_meeting_mentions(
    text: str,
    meeting: Meeting | None,
    bodies: tuple[BodyName, ...],
    dates: Sequence[DateSpan],
    body_spans: Sequence[BodySpan] = (),
    own: bool = True,
) -> list[EventMention]:
    """A meeting of a body, without a number, with its own dates (:func:`own_dates`): ``the
    meeting of the UNGIS held on 24 January 2031``, ``Study Group 9 at its meeting in January
    2031``, ``the Board's meeting of 4-5 May 2031``, and the next meeting: ``the next meeting of
    RAG is scheduled for ...``, ``its next meeting on 11-12 March 2031``, ``the next TSAG meeting,
    which is planned for 10-14 July``. Meetings in the plural are one meeting per listed date
    (``the Group's two previous meetings, on 3 March and on 12 October 2031``).

    The body is the one named, else (``its``) the last one named before in the clause (the
    body extractor's spans when given: ``The Group ... its next meeting``), else (``the next
    meeting``) the report's meeting body; a group the catalogue does not know is named as written
    (``the meeting of the Andean Spectrum Committee``, ``the next Study Group 3 meeting``; before
    ``meeting`` only a name ending in a body noun: ``the Rapporteur Group meeting held on ...``),
    of no group only ``next meeting``. Keyed by body and start day (such a meeting has no number).
    ``meeting`` is the report's own (``own``), left out, or the meeting a contribution or a letter
    is for (a context: ``the Group``'s body), an event like any other."""
    out = next_meeting_label(text, meeting, bodies)  # "Next meeting: Geneva, 4-5 May"
    if out or ("meeting" not in text and "session" not in text):
        return out
    index = body_index(bodies)
    for m in _body_meeting_pattern(index.regex(text).pattern, held_alternation(text, _heads_tree())).finditer(text):
        found = _listed_own_dates(text, m, dates) or [
            d for d in dates if m.group("when") and d.span[0] == m.start("when")
        ]
        if not found or (own and meeting is not None and found[0].start == meeting.start):
            continue
        if has_ordinal(m.group("adj")):  # "the Group's third and fourth meetings, held on 3 May and 9 June"
            out += _numbered_own_meetings(text, m, found, _meeting_body(text, m, index, meeting, body_spans), index)
            continue
        out += _unnumbered_meeting(text, m, found, index, meeting, body_spans)
    return out


def spanned_head(text: str, at: int, head: str, body_spans: Sequence[BodySpan]) -> tuple[str, str] | None:
    """(key, name as written) of the last body the body extractor found up to ``at`` whose name has
    the noun ``head`` (``the Radio Regulations Board (RRB)`` for ``the Board``, or ``the Board`` itself
    when it resolved it)."""
    named = [(k, text[a:b]) for a, b, k in body_spans if b <= at and head.lower() in text[a:b].lower().split()]
    return (named[-1][0], re.sub(r"^[Tt]he\s+", "", named[-1][1])) if named else None


def _plural_holder(
    text: str, m: re.Match[str], index: BodyIndex, body_spans: Sequence[BodySpan]
) -> tuple[str, str] | None:
    """(key, name) of the body whose meetings in the plural :func:`body_meeting_mentions` matched when no
    catalogue body is named: its head noun (``the Committee's meetings``, ``the meetings of the Group``, or
    for ``its``/``their`` the last ``the <head>`` of the clause before) is the last body the body extractor
    found with that noun (:func:`spanned_head`), else the head noun as written."""
    head = m.group("head") or m.group("poss")
    if head is None and m.group("pre") in ("its", "their"):
        s0 = span_at(clause_spans(text), m.start(), len(text))[0]
        before = list(re.finditer(rf"\b[Tt]he\s+(?:{CAP}\s+){{0,5}}(?P<h>{body_heads()})\b", text[s0 : m.start()]))
        head = before[-1].group("h") if before else None
    if head is None or index.regex(text).fullmatch(head):
        return None
    return spanned_head(text, m.start(), head, body_spans) or (slug(head), f"the {head}")


def _unnumbered_meeting(
    text: str,
    m: re.Match[str],
    found: list[DateSpan],
    index: BodyIndex,
    meeting: Meeting | None,
    body_spans: Sequence[BodySpan],
) -> list[EventMention]:
    """The meeting of :func:`body_meeting_mentions`' match ``m`` that has no number: its body (named,
    ``its``, the subject before, or the report's), its label, and one mention per date found."""
    named, ahead = m.group("named"), f"{m.group('next')} " if m.group("next") else ""
    named2 = m.group("named2") or m.group("lower")
    if (
        named
        and not ahead
        and not re.search(rf"\b(?i:{body_heads()})(?:\s+\d+|\s+[IVX]+)?(?:$|\s+(?:of|on|for)\s)", named)
    ):
        return []  # "the Rapporteur Group meeting", "the Community of X (CX) meeting"; not "the Plenary meeting"
    key = slug(named or named2) if named or named2 else _meeting_body(text, m, index, meeting, body_spans)
    if key is None and m.group("pre") in ("its", "Its") and (named2 := _written_subject(text, m)):
        key = slug(named2)  # "At its meeting in Minsk on 3 May, the Board of Heads of X decided ..."
    if key is None and m.group("pre") in ("its", "their") and (named2 := _subject_before(text, m)):
        key = slug(named2)  # "The Ministers of X, at their meeting in Lusaka on 3 May, asked ..."
    if key is None and m.group("plural") and (held := _plural_holder(text, m, index, body_spans)):
        key, named2 = held  # "the Committee's meetings held on 3 May and 9 June"
    if key is None and not ahead:
        return []
    info = index.names.get(key) if key else None
    adj = "" if m.group("plural") else f"{m.group('adj')}{m.group('adj2') or ''}"  # not "two previous"
    what = " ".join(f"{adj}{m.group('what')}".split())  # "annual meeting"
    label = (
        f"{ahead}{what} of the {info.name}"
        if info
        else f"{ahead}{what} of {named2}"
        if named2
        else f"{ahead}{named or ''} {what}"
    )
    label, kind = " ".join(label.split()), m.group("what")
    out = []
    for d in found:
        end = d.end or _month_end(d)
        dkey = slug(f"{key or ''} {kind} {d.start.isoformat()}")
        out.append(EventMention(dkey, label, kind, m.span(), None, d.start, end, None, d.precision))
    return out


def _numbered_own_meetings(
    text: str, m: re.Match[str], found: list[DateSpan], key: str | None, index: BodyIndex
) -> list[EventMention]:
    """Numbered meetings of a body named by their ordinals before ``meeting``, each with its own
    dates, in order (``the Group's thirteenth and fourteenth meetings, held on 4 February and on 19
    September``, ``the ninth meeting of the Group on 5 July``): keyed ``<body>-<number>`` like every
    numbered meeting; a body known only by its head noun (``the Group``, no catalogue body of that
    noun) keyed by the noun. A meeting of a body named as written is :func:`written_numbered_mentions`'."""
    numbers = [number_value(o.group(0)) for o in re.finditer(ordinal_regex(), m.group("adj"))]
    poss: str = m.group("poss") or ""
    head: str = m.group("head") or ("" if index.regex(text).fullmatch(poss) else poss)
    if key is None and not head and m.group("pre") in ("its", "Its"):  # "At its first meeting, ..., the Group"
        head = _written_subject(text, m) or ""
    if any(m.group(g) for g in ("b1", "named", "named2", "lower", "adj2")) or (key is None and not head):
        return []
    found = as_listed_days(text, found, len(numbers))  # "the third and fourth meetings, held on 3 and 4 May"
    if None in numbers or len(numbers) != len(found) or (len(numbers) > 1) != bool(m.group("plural")):
        return []
    body = index.names[key].name if key in index.names else key if key else head[0].upper() + head[1:]
    key = key or slug(head)
    kind = m.group("what")
    return [
        numbered_mention(key, n, kind, body, m.span(), d.start, d.end or _month_end(d), d.precision)
        for n, d in zip(numbers, found, strict=True)
        if n is not None
    ]


@cache
def _next_label() -> re.Pattern[str]:
    """A line that labels the next meeting (``Next meeting: Geneva, 4-5 May``, ``Date and venue of the
    next meeting: ...``, ``Next meeting of the Group (4-5 May)``, ``5  Next meeting: 4 May 2031 (tbc),
    Geneva``: after a section's number; ``Next call: Tuesday 4 May``; a heading ``Next meeting`` with
    the dateline on the line under it) and what follows it; ``of`` a body as written (``Next meeting
    of the Bureau Team: ...``); one word before the noun, a body's acronym or a modifier (``Next RAG
    meeting: Lima, 4 May``, ``Next coordination meeting: Riga, 4 May``)."""
    return re.compile(
        rf"\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+|>+\s*)?(?:(?i:dates?)(?:\s+and\s+(?:venue|place))?\s+of\s+(?:the\s+)?)?"
        rf"(?P<next>[Nn]ext)\s+(?:(?P<mid>[A-Z][\w\-&.]*|[a-z][\w\-]+)\s+)?(?P<what>meeting|session|call)\b"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>(?:{body_heads()})|[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){{0,5}}))?"
        rf"\s*(?:[:({DASH_CHARS}]\s*|\n\s*)(?P<rest>(?:[^()]|\([^()]*\))*?)\)?\s*\.?$"
    )


def _labelled_dates(rest: str, year: int | None) -> DateSpan | None:
    """The dates a next meeting's label gives (:func:`_next_label`'s ``rest``): a dateline up to its
    first date (``Lima, 4-5 May 2031, back-to-back with ...``), else a first date that only a verb of
    holding or a weekday opens (``to be held in September 2031, date to be confirmed``, ``Thursday 4
    May 2031, 10:00 CET``, ``January 2032 (tbc)``)."""
    dates = [d for d in find_dates(rest, year) if d.precision != "year"]
    if not dates:
        return None
    found = dateline(rest[: dates[0].span[1]], year)
    return found[0] if found else own_dates(rest, 0, dates, bare=True)


#: the longest line read as a next meeting's label (a dateline and what it is held with: ``Next meeting: Lima,
#: 4 May 2031, in the margins of the Forum (3-7 May 2031), to be confirmed``)
_LABEL_LINE = 160


def next_meeting_label(text: str, meeting: Meeting | None, bodies: tuple[BodyName, ...]) -> list[EventMention]:
    """The next meeting labelled with its dates on one line (:func:`_next_label`, :func:`_labelled_dates`):
    of the body written after ``of`` when the catalogue knows it, else of the report's meeting body, else
    as written (``next meeting``)."""
    m = _next_label().match(text) if len(text) <= _LABEL_LINE else None
    if m is None:
        return []
    year = meeting.start.year if meeting and meeting.start else None
    d = _labelled_dates(re.sub(r"\s*\([^()]*\)", "", m.group("rest")), year)  # "4 May 2031 (tentative), Geneva"
    if d is None or (meeting is not None and d.start == meeting.start):
        return []
    if not d.year_written and meeting is not None and meeting.start is not None:  # on or after the meeting
        d = moved(d, (meeting.start, meeting.end or meeting.start), future=True)
    index, of, mid = body_index(bodies), m.group("of"), m.group("mid")
    body = index.keys.get(squash(of)) if of else None
    if mid and of is None:  # "Next RAG meeting", "Next coordination meeting": named and keyed as written
        span = (m.start("next"), m.end("what"))  # the label, not the events its line names after the dates
        name = text[span[0] : span[1]]
        end = d.end or _month_end(d)
        key = slug(f"{name} {d.start.year}")  # as the capitalised-name reader keys it when the date follows
        return [EventMention(key, name, m.group("what"), span, None, d.start, end, None, d.precision)]
    body = body or (meeting.body if meeting is not None and (not of or re.fullmatch(body_heads(), of)) else None)
    owner = index.label(body, of or body) if body else of
    what = m.group("what")
    label = f"next {what} of the {owner}" if owner else f"next {what}"
    key = slug(f"{body or of or ''} {what} {d.start.isoformat()}")
    end = d.end or _month_end(d)
    return [EventMention(key, label, what, m.span(), None, d.start, end, None, d.precision)]


#: a body that held meetings (``the Group (CWG-X) has held two meetings``)
_HELD_MEETINGS = (
    rf"(?:\s*\([^()]{{1,30}}\))?\s+(?:{auxiliary_alternation('have')})?\s*(?:held|met)\s+"
    r"(?:\w+\s+){0,2}?(?:meetings|sessions|times)\b"
)


#: the key of a numbered meeting (``cwg-wsis-12``), not of an event keyed by its day (``webinar-2031-05-04``)
_NUMBERED_KEY = re.compile(r"(?<!\d{4}-\d\d)-\d{1,3}$")


def elliptic_mentions(
    text: str,
    dates: Sequence[DateSpan],
    named: Sequence[EventMention],
    bodies: tuple[BodyName, ...],
    meeting: Meeting | None,
) -> list[EventMention]:
    """Meetings named by an ordinal alone in a list (:func:`.event_dates.elliptic_ordinal`), dated by their own dates:
    ``The second meeting took place on 2-3 May 2031 and the third on 9 June 2031`` (the body of
    the numbered meeting named before in the sentence, ``named``), ``The Group has held two
    meetings: the first on 6-7 December 2030 and the second on 4 May 2031`` (the body that held
    them, a catalogue body or the body its head noun means). Keyed ``<body>-<number>``."""
    if not has_ordinal(text) or not any(w in text for w in (" the ", " its ", " their ")):
        return []
    index, out = body_index(bodies), []
    for m in elliptic_ordinal().finditer(text):
        n, d = number_value(m.group("num")), own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None:
            continue
        s0 = ([0] + [x.end() for x in re.finditer(r"[.!?]\s+(?=[A-Z])", text[: m.start()])])[-1]
        before = [c for c in named if s0 <= c.span[0] < m.start() and _NUMBERED_KEY.search(c.key)]
        before = [c for c in before if c.kind in ("meeting", "session")]
        if not before and (
            other := _ordinal_named_before(named, s0, m.start())
        ):  # "the second workshop ... and the third"
            label = re.sub(ordinal_regex(), m.group("num"), other.name, count=1)
            key = slug(f"{label} {d.start.isoformat()}")
            out.append(EventMention(key, label, other.kind, m.span("num"), None, d.start, d.end, None, d.precision))
            continue
        body, kind = (before[-1].key.rsplit("-", 1)[0], before[-1].kind) if before else (None, "meeting")
        body = body or _holder_of_meetings(text, s0, m.start(), index, meeting)
        if not body:
            continue
        label = _elliptic_label(n, kind, body, index, before[-1].name if before else None)
        key = numbered_key(body, n)
        out.append(EventMention(key, label, kind, m.span("num"), None, d.start, d.end, None, d.precision))
    return out


def _elliptic_label(n: int, kind: str, body: str, index: BodyIndex, named: str | None) -> str:
    """The name of the ``n``-th meeting an ordinal alone stands for: of the catalogue body's name, else the
    name of the numbered meeting named before with its ordinal replaced (``the 5th meeting of the Working
    Group on Rural Access ... and the sixth``: ``6th meeting of the Working Group on Rural Access``)."""
    ordinal = f"{n}{ordinal_suffix(n)}"
    if body not in index.names and named and re.match(rf"(?:{ordinal_regex()})\s", named):
        return re.sub(ordinal_regex(), ordinal, named, count=1)
    return f"{ordinal} {kind} of the {index.label(body)}"


def _ordinal_named_before(named: Sequence[EventMention], s0: int, at: int) -> EventMention | None:
    """The last event named by its form with an ordinal first (``the second inter-regional workshop``) between
    ``s0`` and ``at``: what an ordinal alone after it stands for (``... and the third on 24-26 September``)."""
    before = [c for c in named if s0 <= c.span[0] < at and re.match(rf"(?:{ordinal_regex()})\s+\S", c.name)]
    return before[-1] if before else None


def _holder_of_meetings(text: str, s0: int, at: int, index: BodyIndex, meeting: Meeting | None) -> str | None:
    """The body that held the meetings listed after ``at`` (:data:`_HELD_MEETINGS`): a catalogue
    body, or the body its head noun means (``The Group has held two meetings: ...``)."""
    pattern = rf"(?:(?P<body>{index.regex(text).pattern})|\b(?P<head>{body_heads()})){_HELD_MEETINGS}"
    held = re.search(pattern, text[s0:at])
    if held is None:
        return None
    if held.group("body"):
        return index.keys.get(squash(held.group("body")))
    return head_body(text, s0 + held.start(), held.group("head"), index, meeting)


@cache
def _function_words() -> str:
    """Words that are no modifier of a meeting after a body's name (``the Andean Community (CAN) during the
    meeting``): the small words (``gazetteer.small_words``) and the words no name runs over
    (``meeting_words.csv``, role ``name-breaker``: ``its``, ``their``, ``during``)."""
    return rf"(?:{small_word_alternation(small_words() | set(meeting_words('name-breaker')))})"


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _body_meeting_pattern(body: str, heads: str) -> re.Pattern[str]:
    """``the``/``its``/``their``/``whose`` or a body's possessive (``the Board's``, ``UNGIS's``), ``next`` or
    ``previous`` (``date_words.csv``, role ``adjacent``), up to two words, a body (catalogue: ``b1``;
    as written: ``named``) and up to two words after it, ``meeting``/``session``,
    and ``of`` a body (catalogue: ``b2``; its head noun: ``head``; as written: ``named2``); ``body``
    and ``heads``: the alternations of the catalogue's names and of the head nouns of bodies."""
    cap = r"[A-Z][\w\-&.]*"
    ordinal, months = ordinal_regex(), alternation(list(month_numbers()))
    heads_lower = alternation([h.lower() for h in body_head_nouns()])
    listed = rf"(?:{ordinal})(?:\s*,\s*(?:{ordinal}))*\s+(?:and|&)\s+(?:{ordinal})\s+"  # "13th and 14th"
    # no verb nor count after the body (``the Committee (ADM) held five meetings``)
    verbs = rf"(?:{alternation([*held_words(), *modals('future'), 'hold', 'holds', *auxiliaries(role='clause')])})\b"
    topic = name_topic(cap, "of|on|for", most=6)
    written = rf"(?:(?:{cap}|\d+)\s+)*(?:(?i:{heads}))(?:\s+(?:\d+|[IVX]+)\b)?{topic}"
    return re.compile(
        rf"\b(?:(?P<pre>[Tt]he|[Ii]ts|[Tt]heir|[Ww]hose|[Oo]ur|[Aa]n?)\s+|(?:[Tt]he\s+)?(?P<poss>{body}|{heads})['’]s\s+)"
        # "the May 2031 meeting of X": its month before the noun
        rf"(?:(?P<next>{alternation(adjacent_words())})\s+)?(?P<when>(?:{months})\s+(?:19|20)\d\d\s+)?"
        rf"(?P<adj>{listed}|(?:[a-z][\w\-]*\s+){{0,2}}?)(?:(?P<year>(?:19|20)\d\d)\s+(?=meetings|sessions))?"
        # a body and its acronym in brackets (``the Southern African Development Community (SADC) ministerial
        # meeting``); a name the catalogue does not know ends in a body noun or is short
        rf"(?:(?:(?P<b1>{body})|(?P<named>(?=[A-Z\d]){written}|[A-Z][\w\-&]*(?:\s+(?:[A-Z][\w\-&]*|\d+)){{0,3}}(?:\s+[a-z]+(?<!s))?))"
        rf"(?:\s*\([A-Z][^()]{{0,20}}\))?\s+(?P<adj2>(?:(?!{_function_words()}|{verbs}|{cardinal_regex()})[a-z][\w\-]*\s+){{0,2}}?))?"
        rf"(?P<what>meeting|session)(?P<plural>s)?\b(?:\s+of\s+(?:the\s+|its\s+)?(?:(?P<b2>{body})(?![\w\-&]|\s+[A-Z])|(?P<head>{heads})\b(?!\s+[A-Z\d])"
        rf"|(?P<named2>{written})(?:\s*\([^()]{{1,30}}\))?(?![\w\-&])"
        # a group named by its head noun in lower case: "the meeting of the rapporteur group held on 2 July"
        rf"|(?P<lower>(?:(?!{_function_words()}|{verbs})[a-z][\w\-]*\s+){{0,2}}(?:{heads_lower}))\b(?!\s+[A-Z\d])))?"
    )


def _listed_own_dates(text: str, m: re.Match[str], dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The own dates of a meeting matched by :func:`_body_meeting_pattern` (:func:`own_dates`, a
    bare ``on``/``of`` enough); of meetings in the plural, every date of the list they head."""
    listed = re.compile(r"\s*:\s*").match(text, m.end()) if m.group("plural") else None
    d = own_dates(text, listed.end() if listed else m.end(), dates, bare=True)  # "its 2031 meetings: 3 May, ..."
    topic = _MEETING_TOPIC.match(text, m.end()) if d is None and (m.group("b2") or m.group("named2")) else None
    d = own_dates(text, topic.end(), dates, bare=True) if topic else d  # "the meeting of X on the review (3 May)"
    if d is None and not m.group("plural"):  # "... its next meeting. It will take place on 4-5 May"
        d = next_sentence_dates(text, m.end(), dates, (m.group("what"),))
    found = [d] if d is not None else []
    while found and m.group("plural"):
        last = found[-1].span[1]
        nxt = next((x for x in dates if x.span[0] >= last and x.precision != "year"), None)
        if nxt is None or not joins_list(text, last, nxt.span[0]):
            break
        found.append(nxt)
    return found


#: the topic of a body's meeting before its dates (``the high-level meeting of the General Assembly on
#: the overall review of X (15-16 December)``), or its owner (``the meeting of Committee I (CI) of the
#: Andean Commission (AC), Lima, 2-5 May``): ``on``/``of`` and words, up to a bracket or a verb of holding
_MEETING_TOPIC = re.compile(
    rf"\s+(?:on|of)\s+[^,.;()\d]{{3,160}}?(?=\s*\(|\s*,?\s+(?:held|which|that|was|{modal_alternation('future')}|took)\b)"
)


def _meeting_body(
    text: str, m: re.Match[str], index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> str | None:
    """The body of a meeting matched by :func:`body_meeting_mentions`: named, else the last
    named before ``its`` in the clause, else (``the next meeting``, ``the Group's meeting``) the
    report's meeting body when its name has the head noun written."""
    poss = m.group("poss") if index.regex(text).fullmatch(m.group("poss") or "") else None
    written = m.group("b1") or m.group("b2") or poss
    if written:
        return index.keys.get(squash(written))
    head = m.group("head") or m.group("poss")
    if head:  # "the next meeting of the Group", "the Group's meeting"
        return head_body(text, m.start(), head, index, meeting)
    if m.group("pre").lower() in ("a", "an"):  # "TSAG will hold a one-day session in Dubai on 18 May"
        held = _holder(index.regex(text).pattern).search(text, 0, m.start())
        if held is None:
            return None
        if held.group("body"):
            return index.keys.get(squash(held.group("body")))
        return head_body(text, held.start(), held.group("head"), index, meeting)
    if m.group("pre").lower() not in ("the", "our"):  # "our next meeting": the report's body
        s0 = span_at(clause_spans(text), m.start(), len(text))[0]
        if body_spans:
            key = next((key for a, b, key in reversed(body_spans) if s0 <= a and b <= m.start()), None)
        else:
            before = list(index.regex(text).finditer(text, s0, m.start()))
            key = index.keys.get(squash(before[-1].group(0))) if before else None
        if key is None and re.match(r"\s*(?i:at|during)\s", text[s0 : m.start()]):
            key = subject_after(text, m.end(), index, meeting)
        if key is None and body_spans and not text[s0 : m.start()].strip():  # "... (UNGIS). Its annual meeting"
            key = next((key for a, b, key in reversed(body_spans) if b <= s0), None)
        # "The Group discussed its next meeting": the body a head noun named before means
        head = None if key else list(re.finditer(rf"\b[Tt]he\s+(?P<h>{body_heads()})\b", text[s0 : m.start()]))
        return head_body(text, m.start(), head[-1].group("h"), index, meeting) if head else key
    return meeting.body if meeting is not None and m.group("next") else None


#: the subject of a clause set off by a comma before ``at its``/``at their`` (``The Ministers of X
#: responsible for ICT, at their meeting``): capitalised words first, no verb
_SUBJECT_BEFORE = re.compile(
    rf"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w\-&]*(?:\s+(?:[A-Z][\w\-&]*|{joiner_alternation()}|responsible)){{1,10}})"
    r"\s*(?:\([^()]{1,30}\))?\s*,\s*(?:at|during|in)\s+$"
)


def _subject_before(text: str, m: re.Match[str]) -> str | None:
    """The subject written at the head of the clause (``The SADC Ministers responsible for ICT, at
    their meeting in ... on ...``), a group the body extractor does not know."""
    s0 = span_at(clause_spans(text), m.start(), len(text))[0]
    found = _SUBJECT_BEFORE.fullmatch(text, s0, m.start())
    return " ".join(found.group("name").split()) if found else None


@cache
def _subject_pattern() -> re.Pattern[str]:
    cap, heads = r"[A-Z][\w\-&]*", body_heads()
    topic = name_topic(cap, "of|for|on")
    name = rf"(?:{cap}\s+)*(?:{heads}){topic}"
    return re.compile(rf"(?:\s*\([^()]*\))?[^.;()]{{0,80}}?,\s+(?:the\s+)?(?P<name>{name})(?=\s+[a-z])")


def _written_subject(text: str, m: re.Match[str]) -> str | None:
    """``At its meeting in Minsk on 3 May 2031, the Board of Heads of Administrations of the X
    decided ...``: the subject after the comma, a body named by its form (capitalised words with a
    body noun, ``ingest/data/body-heads.csv``) that the catalogue does not know."""
    s0 = span_at(clause_spans(text), m.start(), len(text))[0]
    if not re.match(r"\s*(?:\d+(?:\.\d+)*\s+)?(?i:at|during)\s", text[s0 : m.start()]):
        return None  # "2 At its meeting": a paragraph's number may come first
    found = _subject_pattern().match(text, m.end())
    return " ".join(found.group("name").split()) if found else None


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _holder(body: str) -> re.Pattern[str]:
    """A body and a verb of holding right before ``a meeting`` (``TSAG will hold a``, ``the Group held an``)."""
    return re.compile(
        rf"(?:(?P<body>{body})|\b(?P<head>{body_heads()}))\s+(?:(?:{modal_alternation()}|to|also|then)\s+)*"
        rf"(?:{alternation(holding_verbs('active'), spaces=True)})\s+$"
    )


def head_body(text: str, at: int, head: str, index: BodyIndex, meeting: Meeting | None) -> str | None:
    """The body a head noun means (``the Group``): the last catalogue body named before ``at``
    whose name has that noun, else the report's meeting body when its name has it."""
    before = (index.keys.get(squash(b.group(0))) for b in index.regex(text).finditer(text, 0, at))
    named = [k for k in before if k in index.names and head.lower() in index.names[k].name.lower()]
    if named:
        return named[-1]
    name = getattr(index.names.get(meeting.body), "name", "") if meeting is not None else ""
    return meeting.body if meeting is not None and head.lower() in name.lower() else None


def subject_after(text: str, end: int, index: BodyIndex, meeting: Meeting | None) -> str | None:
    """``At its forty-ninth meeting (Geneva, 18-19 May 2031), the Group discussed ...``: ``its``
    is the subject after the comma, a catalogue body or, by its head noun (``the Group``), the
    body of the report's meeting when its name has that noun."""
    found = re.match(
        rf"(?:\s*\([^()]*\))?[^.;()]{{0,80}}?,\s+(?:the\s+)?(?:(?P<body>{index.regex(text).pattern})|(?P<head>{body_heads()}))\b",
        text[end:],
    )
    if found is None:
        return None
    if found.group("body"):
        return index.keys.get(squash(found.group("body")))
    name = getattr(index.names.get(meeting.body), "name", "") if meeting is not None else ""
    return meeting.body if meeting is not None and found.group("head") in name else None


#: what parts the cells of a table row written as text: a tab, `` | ``, the ``", "`` of a .docx row,
#: a label's ``": "`` (``CIS1: Digital skills``), a spaced dash (``Wednesday, 22 July – Country Workshop``)
#: or dot leaders (``CWG-X-22 ........ 3-4 May 2031``)
_CELL_SEP = re.compile(rf"\s*(?:\t|\s\|\s|,\s|:\s|\s{DASH}\s|\s(?:\.{{2,}}|…+)\s?)\s*")
#: a cell that is only a place (``Yerevan``, ``Rio de Janeiro``); no number (``CWG-X-22``: a meeting)
_PLACE_CELL = re.compile(r"[A-Z](?:[^\W\d]|[’'\-.])*(?:\s+(?:de|du|of|the|el|la)?\s*[A-Z](?:[^\W\d]|[’'\-.])*){0,3}")


def row_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A table row (or a line of a programme) with a cell that names an event (an event noun in it)
    and a cell that is only its date: the date after the name, only places between (``Regional
    workshop on e-health, Yerevan, 16-17 October 2031``; ``Facilitation meeting on Action Line C5 |
    15 May 2031 | ITU``), or the date first (``Wednesday, 22 July – Country Workshop: Chile``). A
    sentence is no row; a list item's label ended by a colon may start in lower case (:func:`_row_event`)."""
    if len(text) > 240 or re.match(r"(?i:The|An?|This|These|Its|Their|In|On|At|From|During)\b", text):
        return []
    by_cell = {(d.span[0], d.span[1]): d for d in dates if d.precision != "year"}
    cells = _joined_over_dates([(a, b) for a, b in table_cells(text, _CELL_SEP, chars=" .;") if b > a], by_cell)
    for i, cell in enumerate(cells):
        d = next((d for span, d in by_cell.items() if _covers(text, cell, span)), None)
        if d is None or is_due_at(text, d.span[0]):
            continue
        before = [c for c in cells[:i] if not _PLACE_CELL.fullmatch(text, *c) or _CODED_CELL.fullmatch(text, *c)][-1:]
        after = cells[i + 1 : i + 2] if i <= 1 and all(_weekday(text, c) for c in cells[:i]) else []
        for a, b in before + after:
            found = _row_event(text, a, b, d, labelled=_LABEL_END.match(text, b) is not None)
            if found:
                return found
    return []


def _joined_over_dates(cells: list[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cells`` with the cells one date runs over joined: a range's spaced dash parts no cells (``30 May - 1
    June 2031``)."""
    out = list(cells)
    for a, b in spans:
        inside = [i for i, c in enumerate(out) if c[1] > a and c[0] < b]
        if len(inside) > 1:
            out[inside[0] : inside[-1] + 1] = [(out[inside[0]][0], out[inside[-1]][1])]
    return out


def _covers(text: str, cell: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether a date span is the whole cell: a weekday, ``from``/``on`` before it and a note in
    brackets after it allowed (``from 3 to 4 May``, ``3 May (tbc)``)."""
    return bool(
        _CELL_BEFORE_DATE.fullmatch(text, cell[0], span[0]) and _CELL_AFTER_DATE.fullmatch(text, span[1], cell[1])
    )


_CELL_BEFORE_DATE = re.compile(r"(?:[A-Z][a-z]+,?\s+)?(?:(?:[Ff]rom|[Oo]n|[Bb]etween)\s+)?(?:the\s+)?")
_CELL_AFTER_DATE = re.compile(r"(?:\s*\([^()\d]{1,30}\))?")  # a note, not hours: "(09:00-12:30)" is a dateline's


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(w.casefold() for w in weekday_words())


def _weekday(text: str, cell: tuple[int, int]) -> bool:
    return text[cell[0] : cell[1]].casefold() in _weekdays()


#: what opens a topic after an event's noun (``meeting of the Council``, ``session on X``)
_TOPIC = re.compile(r"\s+(?:of|on|for)\b")
#: the colon that ends a list item's label (``second expert meeting: 16-17 March``)
_LABEL_END = re.compile(r"\s*:\s")


def _row_event(text: str, a: int, b: int, d: DateSpan, labelled: bool = False) -> list[EventMention]:
    """The event a row's cell names, dated by the row's date cell. A cell that is a label, ended by a
    colon, may start in lower case: a list item's (``– informal meeting of regional groups: Lima, 4 May;``)."""
    name = re.sub(r"\s*\([^()]*\)$", "", text[a:b]).strip()
    label = re.match(r"(?i)dates?\s+(?:and\s+(?:venue|place)\s+)?of\s+(?:the\s+)?", name)
    if label:  # "Date of the Regional Forum on X: 4 May" names the Forum; "Date of the next meeting" a body's
        a, name = a + label.end(), name[label.end() :]
    if re.search(r"(?i)\bdates?(?:\s*\(s\))?\s*$", name):
        return []  # a label: "Meeting date(s): 2031-02-17 to 2031-02-18"
    if coded := _coded_meeting(name, (a, a + len(name))):  # "CWG-X-22 ....... 3-4 May 2031"
        return [dated_by(coded, d)]
    if code := _CODED_CELL.fullmatch(text, a, b):  # "RPM-AMS | Quito | 3-4 May", "Americas (RPM-AMS) | ..."
        group = "code" if code.group("code") else "inner"
        found = _code_meeting(code.group(group), code.span(group), d)
        return [found] if found else []
    noun = event_noun_regex().search(name)
    words = name.split()
    if noun is None or len(words) < 2 or len(words) > 14 or not (name[0].isupper() or labelled and name[0].islower()):
        return []
    if sum(w.isupper() for w in words) * 2 > len(words) or _building_after().match(name, noun.end()):
        return []  # a heading in capitals is a title, not a row; "Conference Room 11" is a place
    held = re.search(rf"\b(?:{alternation(_held_verbs(), spaces=True)})\b", name)  # "held in"; not "open data"
    if (
        is_due_cue(name + " ")
        or held
        or re.search(rf"\b(?:{auxiliary_alternation(role='clause')}|{modal_alternation()})\b", name)
    ):
        return []  # "Deadline for proposals for side events, 27 March"; a sentence, not a cell
    head = noun.group(0).split()[-1]
    if all(is_modifier(w) for w in name.split() if w != head):
        return []  # "Virtual meeting, 26-27 April 2031": a mode and a date, no event's name
    if noun.start() == 0 and name[0].islower() and head.lower() in _not_alone() and not _TOPIC.match(name, noun.end()):
        return []  # "Phase 2, review by the Expert Group: 25 January - 12 February": a step, no event alone
    if _programme_day(name, head):
        return []  # "Day 3 - Wednesday, 12 May": a day of the programme, no event of its own
    span = (a, a + len(name))
    for s, pattern in bare_series_patterns(name):
        if pattern.fullmatch(name):
            return [dated_by(EventMention(series_key(s, d.start.year), f"{s.name} {d.start.year}", s.kind, span), d)]
    kind = {k.lower(): v for k, v in event_nouns().items()}.get(noun.group(0).lower().rstrip("s"), "event")
    return [dated_by(EventMention(slug(f"{name} {d.start.year}"), name, kind, span), d)]


def _programme_day(name: str, head: str) -> bool:
    """Whether a row's name is only an observance's noun and a number (``Day 2``, ``DAY 4``): the
    heading of a day of a programme, not an observance (``event_nouns.csv``, kind ``observance``)."""
    kinds = {k.casefold(): v for k, v in event_nouns().items()}
    return (
        kinds.get(head.casefold()) == "observance"
        and re.fullmatch(rf"(?i){re.escape(head)}\s+\d{{1,2}}", name) is not None
    )


@cache
def _building_after() -> re.Pattern[str]:
    """A building's head noun right after an event noun (``body-venues.csv``, role ``building``):
    ``Conference Room 11``, ``Conference Hall``: the place, no event."""
    return re.compile(
        rf"\s+(?:{alternation([r['word'] for r in data_rows('body-venues.csv') if r['role'] == 'building'])})\b"
    )


def _coded_meeting(name: str, span: tuple[int, int]) -> EventMention | None:
    """A cell that is only a body's code and a meeting's number (``CWG-FHR-22``, ``TDAG-31``): that
    meeting of the body (keyed ``<body>-<n>`` as every numbered meeting); not of a body that holds
    no meetings so named (:data:`_NO_CODED_MEETINGS`), nor a series of ``events.csv`` (``WTDC-25``)."""
    found = re.fullmatch(r"(?P<body>[A-Z][\w&\-]*?)-(?P<n>\d{1,3})", name)
    index = body_index()
    key = index.keys.get(squash(found.group("body"))) if found else None
    if found is None or key is None or found.group("body") in _series_codes():
        return None
    if getattr(index.names.get(key), "kind", None) in _NO_CODED_MEETINGS:
        return None
    n = int(found.group("n"))
    return numbered_mention(key, n, "meeting", index.label(key, found.group("body")), span)


#: kinds of body that hold no meetings named by a code (an organisation's ``UNDP-2`` is no meeting)
_NO_CODED_MEETINGS = frozenset(("organization", "un-entity", "sector", "bureau", "secretariat", "partnership"))
#: a body's acronym, a dash and a number (``TDAG-31``, ``RAG-30``, ``CWG-WSIS&SDG-44``); not a document
#: symbol (``TDAG-31/12``, ``CWG-FHR-22/INF/3``)
_BODY_CODE = re.compile(r"(?<![\w&/.\-])[A-Z]{2,6}(?:-[A-Z][A-Z&]{1,9})*-\d{1,2}(?![\w&]|[/.\-(]\w)")


@cache
def _series_codes() -> frozenset[str]:
    return frozenset(c for s in event_series() for c in s.codes)


def coded_meeting_mentions(text: str, meeting: tuple[str, int | None, int | None] | None = None) -> list[EventMention]:
    """A meeting of a group named by its acronym, a dash and its number or year, in a sentence as in a
    row (``the Chair will report to TDAG-31``, ``CWG-FHR-24 (Geneva, 3-4 February 2032)``;
    :func:`_coded_meeting`), dated or not (decision 7). Not the report's own ``meeting`` (its body key,
    number and year: ``TDAG-31`` in the report of TDAG's meeting of 2031), nor a body named by an alias."""
    out = []
    for m in _BODY_CODE.finditer(text) if "-" in text else ():
        c = _coded_meeting(m.group(0), m.span())
        if (
            c is not None
            and getattr(body_index().names.get(c.key.rsplit("-", 1)[0]), "acronym", None)
            != m.group(0).rsplit("-", 1)[0]
        ):
            continue  # by the body's own acronym, not an alias (a WMO ``EC-72`` is no Council session)
        body, n = (c.key.rsplit("-", 1)[0], int(c.key.rsplit("-", 1)[1])) if c else ("", 0)
        if c is not None and not (meeting and body == meeting[0] and n in (meeting[1], (meeting[2] or 0) % 100)):
            out.append(c)
    return out


def _code_pattern(part: str) -> str:
    """A meeting's code: two to six capitals (not ``ITU``), then one or more ``-`` and a ``part``."""
    return rf"(?<![\w&/.\-])(?!ITU-)[A-Z]{{2,6}}(?:-{part})+(?![\w&]|[/.\-]\w)"


#: a code's part of letters (a region: ``AMS`` of ``RPM-AMS``)
_LETTERS_PART = r"[A-Z][A-Za-z]{1,9}"
#: a meeting's code of letters and a region or a number (``RPM-CIS``, ``RDF-EUR``, ``RRS-17-Americas``,
#: ``SATRC-11``): no document symbol (``RPM-AFR09/45``), no sector (``ITU-D``)
_CODE = re.compile(_code_pattern(rf"(?:{_LETTERS_PART}|\d{{1,2}})"))
#: a row's cell that is a meeting's code of letters and a region (:data:`_CODE` without a number: ``ABC-12`` in a
#: row is no meeting the text names), alone or in brackets after its label: ``RPM-AMS``, ``Americas (RPM-AMS)``
#: (:func:`_row_event`)
_REGION_CODE = _code_pattern(_LETTERS_PART)
_CODED_CELL = re.compile(rf"(?P<code>{_REGION_CODE})|[A-Z][^()|]{{0,40}}\(\s*(?P<inner>{_REGION_CODE})\s*\)")


def code_dated_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A meeting named only by its code and followed by its own dates (:func:`own_dates`, also after a
    space alone, as in a schedule's line): ``RPM-CIS, Chisinau, 29-31 July 2031``, ``RPM-AFR 25-26 January
    2031``, ``the RDF-EUR, held in Rome on 3-4 May``. Named as written; not a body's name or acronym
    (a body that met is read as such), nor a series' code (``WTDC-30``: :mod:`.event_series`)."""
    out = []
    for m in _CODE.finditer(text) if "-" in text else ():
        d = own_dates(text, m.end(), dates, bare=True)
        if d is None or d.precision != "day" or text[: m.start()].rstrip().endswith("("):
            continue  # the code of the event named before the bracket (``the next meeting (AWG-36, Busan, ...)``)
        out += [found] if (found := _code_meeting(m.group(0), m.span(), d)) else []
    return out


def _code_meeting(code: str, span: tuple[int, int], d: DateSpan) -> EventMention | None:
    """The meeting named only by its code ``code`` (:data:`_CODE`), dated by ``d``, named as written; none
    for a series' code (``WTDC-30``: :mod:`.event_series`) or a body's (``TDAG-33``: a body's meeting by its
    number, :func:`coded_meeting_mentions`)."""
    if code.split("-")[0] in _series_codes():
        return None
    if any(body_index().keys.get(squash(x)) for x in (code, code.split("-")[0])):
        return None
    return dated_by(EventMention(slug(f"{code} {d.start.year}"), code, "meeting", span), d)


def _month_end(d: DateSpan) -> date | None:
    """The last day of the month ``d`` names when it names a month alone (``in May 2031``), else ``None``."""
    return month_end(d.start) if d.precision == "month" else None


def numbered_mention(
    body: str,
    n: int,
    kind: str,
    label: str,
    span: tuple[int, int],
    start: date | None = None,
    end: date | None = None,
    precision: str = "day",
) -> EventMention:
    """Meeting or session ``n`` of the body keyed ``body``, whose name a label gives as ``label``
    (:meth:`.body_names.BodyIndex.label`): ``4th meeting of the X``, keyed :func:`.keys.numbered_key` (one
    key however the meeting is written), dated ``start``-``end`` when given."""
    name = f"{n}{ordinal_suffix(n)} {kind} of the {label}"
    return EventMention(numbered_key(body, n), name, kind, span, None, start, end, None, precision)


def dated_by(mention: EventMention, d: DateSpan) -> EventMention:
    """``mention`` with the dates of ``d`` (a month: its first and last day)."""
    end = d.end or _month_end(d)
    return replace(mention, start=d.start, end=end, precision=d.precision)


#: words before ``meeting`` that make ``held its ... meeting`` no meeting of its own dates (another
#: form reads a numbered or next one)
_NOT_ONE_MEETING = rf"(?:next|last|previous|final|{ordinal_regex()})\b"


#: how a body was made, set off by commas before its verb of meeting (``The Ad Hoc Group, established by
#: the Council at its 2031 session, met``, ``, set up under Resolution 12,``): no event of the body's
_MADE_ASIDE = re.compile(
    r"\s*,\s*(?:(?:established|created|set\s+up|formed|mandated|appointed|instituted|constituted)\s+"
    r"(?:by|under|at|in|pursuant\s+to|following|through)|open\s+to|composed\s+of|comprising|consisting\s+of)\s+"
    r"(?:[^,;.()]|\([^()]{1,20}\)){1,100}?,"
)


@cache
def _met_verb() -> str:
    """Regex (no groups) of a verb of meeting after a body's name: a bracket, a chair's or leader's
    aside set off by commas (``, chaired by Mr X (Peru),``: the phrases of ``role-verbs.csv``), an
    auxiliary (``had``, ``would``, ``is expected to``) and ``met``/``meet``/``convene``; not ``met
    with`` (a body meets someone), not ``convened`` (``would be convened``: a passive)."""
    by = alternation(role_phrases(), spaces=True)
    bracket = r"\((?:[^()]|\([^()]*\))*\)"  # "(Iran (Islamic Republic of))"
    # ", chaired by Mr X (Peru)," or without commas up to the bracket: "led by Mr X (Jordan) met"
    aside = rf"(?:\s*,\s*(?:{by})\s+(?:[^,;.()]|{bracket}){{1,120}}?,|\s+(?:{by})\s+[^,;.()]{{1,60}}?\s*{bracket})?"
    return (
        rf"(?:\s*\([^()]{{1,40}}\))?{aside}(?:{_MADE_ASIDE.pattern})?\s*,?\s*(?:(?:which|that|who)\s+)?"
        rf"(?:(?:{auxiliary_alternation('have')}|{modal_alternation('future')}"
        rf"|(?:(?:{auxiliary_alternation('be', 'clause')})\s+(?:(?:expected|scheduled|due|planned)\s+)?)?to)\s+)?"
        r"(?:also\s+)?(?:(?:met|meet|meets|convene|convenes|reconvene)\b(?!\s+with\b)"
        # "held its meeting", "will hold its annual meeting" (a numbered one is :mod:`.events`' own)
        rf"|(?:held|hold|holds)\s+its\s+(?:(?!{_NOT_ONE_MEETING})[a-z\-]+\s+)?meeting\b(?!s|\s+(?:of|with)\b))"
    )


@cache
def _met_after() -> re.Pattern[str]:
    return re.compile(_met_verb())


@cache
def _met_pattern() -> re.Pattern[str]:
    """A body's name (ending in a body noun, with its topic) and a verb of meeting after it."""
    heads = alternation(body_head_nouns(), spaces=True)
    lead = r"(?:(?!(?:of|the|to|and|in|on|for|at|by|with|from|an?)\b)[\w\-]+\s+){0,5}?"
    number = r"(?:\s+(?:\d{1,3}(?:/\d{1,3})?|[IVX]+)\b)?"  # "Study Group 13", "Working Party 1/5"
    name = rf"{lead}(?i:{heads}){number}(?:\s+(?:on|of|for)\s+[^,;.()]{{1,70}}?)?"
    # or capitalised words without a determiner: "When Study Group 13 met in Geneva from ..." (:func:`_met_written`)
    return re.compile(
        rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<name>{name})|(?P<name2>{_met_written()}))(?P<verb>{_met_verb()})"
    )


@cache
def _met_written() -> str:
    """Regex (no groups) of a body's name without a determiner before a verb of meeting: capitalised
    words ending in a body noun and its number (``When Study Group 13 met``, ``Working Party 1/5 met``),
    or an acronym (``SG9RG-LAC held its meeting in Lima on ...``, ``UNGIS will meet``, ``WG1 (X) met``)."""
    heads = alternation(body_head_nouns(), spaces=True)
    number = r"(?:\s+(?:\d{1,3}(?:/\d{1,3})?|[IVX]+)\b)?"
    openers = alternation(body_openers())  # "When", "Since": no part of it
    word = rf"(?!(?:{openers})\b)[A-Z][\w\-&]*\s+"
    acronym = r"[A-Z][A-Z0-9&]*[A-Z](?:-[A-Z0-9]+)*\d{0,2}(?![\w/])"
    return rf"(?<![\w\-’'])(?:(?:{word}){{0,4}}(?:{heads}){number}|{acronym})"


@cache
def _met_gapped() -> re.Pattern[str]:
    """Another body that met, its verb left out after a list of the first one's days (``Working Party 1/5 met
    on 5 April and Working Party 2/5 on 6 April``, ``...; Working Party 2/2 (Operations) on 6-8 December``)."""
    return re.compile(
        rf"\s*[,;]?\s*(?:and\s+)?(?:the\s+)?(?P<name>{_met_written()})(?:\s*\([^()]{{1,60}}\))?\s*,?\s+(?=on|from)\b"
    )


@cache
def _met_gap() -> re.Pattern[str]:
    """What may stand between a verb of meeting and its dates besides what :func:`own_dates` reads:
    how often and when last (``had met three times, the last time on``, ``four times in the
    preceding year, most recently from``, ``twice since the last meeting of the Committee, on``;
    ``date_words.csv``, role ``times``, and a count before ``times``)."""
    often = alternation(date_words("times"), spaces=True)
    count = rf"(?:{count_word_regex(2, 20)}|\d{{1,2}})\s+times"
    period = (
        r"(?:in|during|over)\s+"
        r"(?:the\s+(?:preceding|past|previous|last)\s+(?:\w+\s+)?(?:year|months?|weeks?|period)|(?:19|20)\d\d)"
    )
    since = r"since\s+[^,.;()]{1,60}?(?=\s*,)"
    nth = rf"for\s+the\s+{ordinal_regex()}\s+time|back[\s\-]to[\s\-]back"  # "met for the fourth time in Paris"
    mode = alternation(sorted(_modes()), spaces=True)  # "met four times, virtually, on"
    return re.compile(rf"(?:\s*,?\s*(?:(?:{often})|{count}|{period}|{since}|{nth}|(?i:{mode}))\b)*(?:\s*:(?!\S))?")


#: a relative pronoun before the subject of ``convene``, in its clause (not ``that``: ``replied that the
#: Group would convene``)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom)\s[^.;:]*$")


@cache
def _met_more() -> re.Pattern[str]:
    """What parts another date of the same body's meetings from the one before: ``met on 4 March and 9
    June``, ``... 2031, and would meet again from``, ``on 3 May, on 9 June and, for the last time, on``
    (an aside of ``date_words.csv``, role ``times``, set off by commas)."""
    often = alternation(date_words("times"), spaces=True)
    return re.compile(
        rf"\s*(?:,\s*)?(?:and\b\s*)?(?:(?:{modal_alternation('future')}|is\s+to|was\s+to|to)\s+meet\s+)?(?:again\s+)?"
        rf"(?:,?\s*(?:{often})\s*,\s*)?(?=\S)"
    )


def _met_days(text: str, end: int, dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The dates a body met on after its verb (``end``): the first own date after how often it met,
    then each date after ``and``, a comma or ``and would meet again``; days that are not consecutive
    written as a list (``on 9 and 23 February``, ``on 3, 10 and 17 May``: :func:`~.dates.listed_days`; not
    ``between 9 and 23 February``) are one meeting each, consecutive days (``on 21 May and 22 May``, ``on 4,
    5 and 6 May``) one."""
    gap = _met_gap().match(text, end)
    d = own_dates(text, gap.end() if gap else end, dates, bare=True)
    if d is not None and d.precision != "day" and re.search(r"\b(?:times|twice)\b", gap.group(0) if gap else ""):
        d = None  # "met three times between June 2030 and February 2031": the period, no meeting's dates
    found = [d] if d is not None else []
    while found:
        more = _met_more().match(text, found[-1].span[1])
        nxt = own_dates(text, more.end(), dates, bare=True) if more and more.end() > found[-1].span[1] else None
        if nxt is None:
            break
        found.append(nxt)
    out: list[DateSpan] = []
    for d in found:
        for day in listed_days(text, d):
            if (
                out
                and out[-1].precision == day.precision == "day"
                and (day.start - (out[-1].end or out[-1].start)).days == 1
            ):
                out[-1] = replace(out[-1], end=day.end or day.start)  # "on 21 September and 22 September": one meeting
            else:
                out.append(day)
    return out


def met_mentions(text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan]) -> list[EventMention]:
    """A body that met, meets or will meet on its own dates (:func:`own_dates`): a meeting of
    that body (``the Task Force on Rural Access, which had met in Nairobi from 3 to 5 May 2031``,
    ``an ad hoc group on the budget, which met on 6 February``, ``the PRB had met from 6 to 8
    May``: a body the body extractor found); each date of a list is a meeting (:func:`_met_days`).
    Keyed by the body (the body extractor's key when it found the name) and the day."""
    if not any(w in text for w in (" met", " meet", " conven", " held its", " hold its", " holds its")):
        return []
    named = [
        (m.group(g), m.start(), m.end(g), m.end())
        for m in _met_pattern().finditer(text)
        for g in ("name", "name2")
        if m.group(g)
    ]
    for a, b, _ in body_spans:  # "the PRB had met", a body named without a body noun
        if (verb := _met_after().match(text, b)) and all(b <= s or e <= a for _, s, e, _ in named):
            named.append((text[a:b], a, b, verb.end()))
    out: list[EventMention] = []
    for written, start, name_end, verb_end in named:
        if "conven" in text[name_end:verb_end] and _RELATIVE_BEFORE.search(text, max(0, start - 160), start):
            continue  # "the WSIS Forum 2033, which the Union (and X) will convene in Geneva from": the Forum's
        if _ASIDE_BEFORE.search(text, max(0, start - 80), start) and text.startswith(",", name_end):
            continue  # "The Forum, convened under the auspices of the Assembly, will meet": the Forum meets
        verb = re.search(r"^.*\b(?!ad\b)[a-z]+ed\s+", written)  # "The Chairman invited Committee 5 to meet on"
        if verb and not is_modifier(verb.group(0).split()[-1]):
            written = written[verb.end() :]
            start = name_end - len(written)
        name = " ".join(written.split())
        key = next((k for a, b, k in body_spans if b == name_end), slug(name))
        held = re.search(r"\bits\s+(?:(?P<mode>[a-z\-]+)\s+)?meeting$", text[name_end:verb_end])
        noun = f"{held.group('mode')} meeting" if held and held.group("mode") else "meeting"  # "its annual meeting"
        span = (start, name_end if _MADE_ASIDE.match(text, name_end) else verb_end)  # the aside may name events
        days = _met_days(text, verb_end, dates)  # dated here: each date is its own meeting
        out += _met_meetings(name, key, noun, span, days)
        while days and (gapped := _met_gapped().match(text, days[-1].span[1])):
            days = _met_days(text, gapped.end(), dates)  # "... and Working Party 2/5 on 6 April"
            other = " ".join(gapped.group("name").split())
            out += _met_meetings(other, slug(other), "meeting", gapped.span("name"), days)
    return out


def _met_meetings(name: str, key: str, noun: str, span: tuple[int, int], days: list[DateSpan]) -> list[EventMention]:
    """The meetings of a body that met (:func:`met_mentions`), one per day, keyed by the body and the day."""
    out = []
    for d in days:
        label, dkey = f"{noun} of the {name}", slug(f"{key} meeting {d.start.isoformat()}")
        end = d.end or _month_end(d)
        out.append(EventMention(dkey, label, "meeting", span, start=d.start, end=end, precision=d.precision))
    return out


@cache
def _bare_plural() -> re.Pattern[str]:
    """A generic event noun in the plural without an article (``informal consultations with the regional
    coordinators``, ``Briefing sessions for staff``): up to two modifiers, the noun
    (``generic-events.csv``), its parties after ``with`` and a short topic after ``for``/``on``."""
    nouns = _generic_nouns()
    verbs = alternation([*holding_verbs("active"), *_attending_verbs(), *auxiliaries("be")], spaces=True)
    future = modal_alternation("future")
    stop = rf"(?i:of|and|or|to|in|on|the|an?|its|their|our|his|her|these|those|with|for|at|by|from|{future}|{verbs})\b"
    count = rf"(?i:{count_word_regex(2, 20)}|several|many|some|all|both|other|further)\b"  # the generic reader's
    return re.compile(
        rf"(?<![\w\-’'])(?P<adj>(?:(?!{stop}|{count})[A-Za-z][\w\-]*\s+){{0,2}}?)(?P<noun>{nouns})s\b"
        r"(?P<tail>(?:\s+with\s+(?:the\s+)?[^,.;:()\d]{2,60}?)?(?:\s+(?:for|on)\s+(?!\d)[^,.;:()\d]{2,50}?)?)"
        rf"(?=\s+(?:on|{auxiliary_alternation('be', 'clause')}|{future}|to|took|held)\b|\s*[,(])"
    )


@cache
def _bare_plural_noun() -> re.Pattern[str]:
    """The plural noun every match of :func:`_bare_plural` holds (``consultations``): a text without one
    is not searched (the full pattern tries its modifiers at every word; 9 of the sample's 165 texts pass)."""
    return re.compile(rf"(?:{_generic_nouns()})s\b")


def _generic_nouns() -> str:
    """The generic event nouns (``generic-events.csv``) as one alternation, spaces flexible."""
    return alternation(generic_event_nouns(), spaces=True)


#: what brings in events named in the plural without an article: ``preceded by``, ``followed by``
_BARE_BROUGHT_IN = re.compile(r"\b(?:preceded|followed)\s+(?:on\s+[^,;.]{1,30},\s+)?by\s+$")


def bare_plural_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """Events named by a generic noun in the plural without an article, one per day listed after it
    (:func:`_met_days`: ``I will hold informal consultations with the regional coordinators on 6 March and
    17 April``, ``Briefing sessions for staff will be held on 6 and 8 March``, ``followed by informal
    consultations on 18 and 19 September``): only where the phrase opens its clause, follows a verb of
    holding (:func:`_holds_before`) or is brought in by ``preceded by``/``followed by``; named as written."""
    out: list[EventMention] = []
    if not _bare_plural_noun().search(text):
        return out
    clauses = clause_spans(text)
    for m in _bare_plural().finditer(text):
        # no verb nor plural noun among the modifiers ("Delegates discussed consultations"), unless a modifier's
        start = m.start()
        for w in re.finditer(r"\S+", m.group("adj")):
            if re.search(r"(?:ed|s)$", w.group(0)) and not is_modifier(w.group(0).lower()):
                start = m.start("adj") + w.end()
        start += len(text[start:]) - len(text[start:].lstrip())
        s0 = span_at(clauses, start, len(text))[0]
        opens = re.fullmatch(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[(\[]?[a-z]\)\s+)?", text[s0:start])
        if not (
            (opens and text[start].isupper())
            or _holds_before(text, start)
            or _BARE_BROUGHT_IN.search(text, max(0, start - 60), start)
        ):
            continue
        when = [d for d in _met_days(text, _passive_end(text, m.end()), dates) if d.precision == "day"]
        label = " ".join(text[start : m.end()].split())
        for d in when:
            key = slug(f"{label} {d.start.isoformat()}")
            out.append(
                EventMention(key, label, "event", (start, m.end()), start=d.start, end=d.end, precision=d.precision)
            )
    return out


def _passive_end(text: str, end: int) -> int:
    """Where a verb of holding after a phrase (:func:`_passive_holding`) ends, else ``end``."""
    held = _passive_holding().match(text, end)
    return held.end() if held else end


#: a participle's aside open before a body's name (``The Forum, convened under the auspices of the``)
_ASIDE_BEFORE = re.compile(r",\s*[a-z]+ed\b[^,;()]*$")


_LAUNCHED = re.compile(
    rf"(?<![\w\-])(?:[Tt]he\s+)?(?P<name>{CAP}(?:\s+(?:(?:{joiner_alternation()})\s+(?:the\s+)?)?{CAP})+)"
    r"(?:\s*\([^()]{1,20}\))?"
    rf"\s+(?:was|were|(?:{modal_alternation('future')})\s+be|is\s+to\s+be|has\s+been|had\s+been)\s+(?:officially\s+|formally\s+)?launched\b"
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


def name_topic(cap: str, opens: str, most: int | None = None) -> str:
    """The optional topic after a body's or an event's noun, as a regex: a word of ``opens`` (``on``,
    ``for``), an optional ``the`` and capitalised words ``cap`` (up to ``most`` more) joined by a name's
    joiners (:func:`.casing.joiner_alternation`; none that opens a place): ``the Board on Access to
    Rural Networks``, ``the Group for Data in Lima`` (its topic ends before ``in Lima``)."""
    more = "*" if most is None else f"{{0,{most}}}"
    return rf"(?:\s+(?:{opens})\s+(?:the\s+)?{cap}(?:\s+(?:(?:{joiner_alternation()})\s+(?:the\s+)?)?{cap}){more})?"


def _written_name() -> str:
    """A body named as written: capitalised words ending in a body head noun
    (``ingest/data/body-heads.csv``), its number or its topic (``of``/``on``/``for`` and capitalised
    words), and its acronym in brackets."""
    topic = name_topic(CAP, "of|on|for", most=6)
    return (
        rf"(?P<name>(?:{CAP}\s+){{0,4}}(?:{body_heads()})(?:\s+(?:\d+|[IVX]+)\b)?{topic})"
        r"(?:\s*\((?P<acr>[A-Z][\w\-&]+(?:\s[A-Z][\w\-&]+)?)\))?"
    )


@cache
def _written_numbered() -> re.Pattern[str]:
    """A numbered meeting of a body named as written (:func:`_written_name`): an ordinal,
    ``meeting``/``session``, ``of`` and the name."""
    return re.compile(
        rf"\b(?P<num>{ordinal_regex()})\s+(?P<what>meeting|session)\s+of\s+(?:the\s+)?{_written_name()}"
        # or by its hyphenated code before the noun: "the first FG-XYZ meeting"
        rf"|\b(?P<num2>{ordinal_regex()})\s+(?P<code>[A-Z][A-Z\d]*-[A-Z\d][A-Z\d\-]*)\s+(?P<what2>meeting|session)\b"
    )


@cache
def _written_listed() -> re.Pattern[str]:
    """Several numbered meetings of a body named as written: ordinals joined by commas and
    ``and``, ``meetings``/``sessions``, ``of`` and the name (:func:`_written_name`)."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"\b(?P<nums>{ordinal}(?:\s*,\s*{ordinal})*\s*,?\s+and\s+{ordinal})\s+"
        rf"(?P<what>meeting|session)s\s+of\s+(?:the\s+)?{_written_name()}"
    )


def written_numbered_mentions(
    text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan] = ()
) -> list[EventMention]:
    """``the third meeting of the Focus Group on Smart Metering (Lima, 4-5 July 2031)``, ``the
    fifth meeting of ITU-D Study Group 2, held on ...``: a numbered meeting of a body the
    catalogue does not know, named as written, when followed by its own dates
    (:func:`own_dates`); keyed by the body's key (:func:`_written_body`) as every numbered meeting
    is. A catalogue body's numbered meetings are :mod:`.events`' own."""
    if not has_ordinal(text):
        return []
    out = []
    for m in _written_numbered().finditer(text):
        n, name = number_value(m.group("num") or m.group("num2")), m.group("name") or m.group("code")
        if n is None or body_index().regex(name).fullmatch(name) or len(re.split(r"[\s\-]", name)) < 2:
            continue  # "the 29th meeting of the Group": the body named before (:mod:`.events`)
        if own_dates(text, m.end(), dates, bare=True) is None:
            continue
        what, group = m.group("what") or m.group("what2"), "name" if m.group("name") else "code"
        mention = numbered_mention(_written_body(m, group, n, body_spans), n, what, name, m.span())
        if group == "code":  # "the first FG-XYZ meeting"
            mention = replace(mention, name=f"{n}{ordinal_suffix(n)} {name} {what}")
        out.append(mention)
    return out


def written_listed_mentions(
    text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan] = ()
) -> list[EventMention]:
    """``the 36th and 37th meetings of the Working Group on Data Rights (WGDR), held on 3 March
    and 9 June``: one numbered meeting per ordinal of a body the catalogue does not know, named as
    written with its acronym in brackets, each dated by its own of the dates listed after the name
    where they pair up one to one (:func:`own_dates`, then dates joined as a list), undated
    otherwise (never a neighbour's date)."""
    if not has_ordinal(text):
        return []
    days = [d for d in dates if d.precision == "day"]
    out = []
    for m in _written_listed().finditer(text):
        name = m.group("name")
        if not m.group("acr") or body_index().regex(name).fullmatch(name) or len(name.split()) < 2:
            continue  # without its acronym, or a catalogue body's: read where the body is named (:mod:`.events`)
        listed = [own] if (own := own_dates(text, m.end(), days, bare=True)) else []
        for day in days:
            if listed and day.span[0] > listed[-1].span[1] and joins_list(text, listed[-1].span[1], day.span[0]):
                listed.append(day)
        numbers = [n for o in re.finditer(ordinal_regex(), m.group("nums")) if (n := number_value(o.group(0)))]
        listed = as_listed_days(text, listed, len(numbers))
        paired: list[DateSpan | None] = [*listed] if len(listed) == len(numbers) else [None] * len(numbers)
        for n, d in zip(numbers, paired, strict=True):
            body, (start, end) = _written_body(m, "name", n, body_spans), (d.start, d.end) if d else (None, None)
            out.append(numbered_mention(body, n, m.group("what"), name, m.span(), start, end))
    return out


def _written_body(m: re.Match[str], group: str, n: int, body_spans: Sequence[BodySpan]) -> str:
    """The key of the body meeting ``n`` names as written (group ``group`` of ``m``, with its acronym in
    brackets, group ``acr``, unless that ends with the number ``n``: the meeting's own code, ``the second
    meeting of the X Group (XG-2)``): the catalogue's, else the key the body extractor found there under
    (``body_spans``: a span from the name's first word over its end), else the slug of the acronym or name
    (:meth:`.body_names.BodyIndex.written_key`)."""
    start, end = m.span(group)
    found = next((k for a, b, k in body_spans if a <= start < b and b >= end), None)
    acr = m.group("acr") if group == "name" else None
    acr = None if acr and re.search(rf"(?<!\d)0*{n}$", acr) else acr
    return body_index().written_key(acr, m.group(group), found=found)
