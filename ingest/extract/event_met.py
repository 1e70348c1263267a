"""Meetings said to have met (:mod:`.event_forms`): ``the Group met on ...``
(:func:`met_mentions`) and bare plurals held on days (:func:`bare_plural_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.casing import (
    either_initial_determiners,
    english_small_words,
    small_word_alternation,
    without_article,
)
from wsiskg.ingest.extract.dates import DateSpan, date_words, listed_days
from wsiskg.ingest.extract.event_dates import (
    event_noun_pattern,
    generic_event_nouns,
    holding_verbs,
    met_at_event,
    own_dates,
    role_phrases,
)
from wsiskg.ingest.extract.event_form_parts import _modes, _month_end
from wsiskg.ingest.extract.event_holding import _attending_verbs, _holds_before, _passive_holding
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    auxiliary_alternation,
    body_head_nouns,
    body_openers,
    determiner_alternation,
    honorifics,
    modal_alternation,
    name_abbreviations,
    preposition_alternation,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import BodyIndex, body_index
from wsiskg.ingest.extract.meeting_words import is_modifier, meeting_words
from wsiskg.ingest.extract.ordinals import count_word_regex, ordinal_regex
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.text import DASH_CHARS, alternation, clause_spans, plural, span_at

#: words before ``meeting`` that make ``held its ... meeting`` no meeting of its own dates (another
#: form reads a numbered or next one)
_NOT_ONE_MEETING = rf"(?:next|last|previous|final|{ordinal_regex()})\b"


#: how a body was made, set off by commas before its verb of meeting (``The Ad Hoc Group, established by
#: the Council at its 2031 session, met``, ``, set up under Resolution 12,``): no event of the body's
MADE_ASIDE = re.compile(
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
    gatherings = alternation(meeting_words("own-gathering"))
    bracket = r"\((?:[^()]|\([^()]*\))*\)"  # "(Iran (Islamic Republic of))"
    word = rf"(?:[^,;.()]|{_dotted_name_word()})"  # "Prof. X", "Ms. Y", "Mr J. Z": no sentence's end
    # ", chaired by Mr X (Peru)," or without commas up to the bracket: "led by Mr X (Jordan) met"
    aside = rf"(?:\s*,\s*(?:{by})\s+(?:{word}|{bracket}){{1,120}}?,|\s+(?:{by})\s+{word}{{1,60}}?\s*{bracket})?"
    return (
        rf"(?:\s*\([^()]{{1,40}}\))?(?:\s+[{DASH_CHARS}]\s+[^{DASH_CHARS}.;:()]{{1,100}}?\s+[{DASH_CHARS}])?(?:\s+itself)?{aside}(?:{MADE_ASIDE.pattern})?\s*,?\s*(?:(?:which|that|who)\s+)?"
        rf"(?:(?:{auxiliary_alternation('have')}|{modal_alternation('future')}"
        rf"|(?:(?:{auxiliary_alternation('be', 'clause')})\s+(?:(?:expected|scheduled|due|planned)\s+)?)?to)\s+)?"
        # an adverb of when or how often before the verb: "will next meet", "would again meet" (``date_words.csv``)
        rf"(?:(?:also|{alternation(date_words('times'), spaces=True)})\s+)?"
        r"(?:(?:met|meet|meets|convene|convenes|reconvene)\b(?!\s+with\b)"
        # a participle set off by a comma: "The Advisory Board, meeting on 18 May, noted" (not "meeting of")
        r"|(?<=,\s)meeting\b(?!s|\s+(?:of|with)\b)"
        # "held its meeting", "will hold its annual meeting" (a numbered one is :mod:`.events`' own)
        # "held a meeting": bare (a modifier's meeting, "held an informal meeting", is the generic reader's)
        rf"|(?:held|hold|holds)\s+(?:{determiner_alternation('held')})\s+(?:(?<=\bits\s)(?!{_NOT_ONE_MEETING})[a-z\-]+\s+)?"
        r"meeting\b(?!s|\s+(?:of|with)\b)"
        # a body's own gathering by another noun, only after "its": "held its annual assembly"
        rf"|(?:held|hold|holds)\s+its\s+(?:(?!{_NOT_ONE_MEETING})[a-z\-]+\s+)?(?:{gatherings})\b(?!s|\s+(?:of|with)\b))"
    )


@cache
def _dotted_name_word() -> str:
    """Regex (no groups) of a word of a person's name that ends with a dot and ends no sentence: an honorific
    written with one (``Prof.``, ``Ms.``, ``H.E.``: ``honorifics.csv``), a name word written short
    (``name-particles.csv``, kind ``abbreviation``) or an initial (``J.``), each before a space."""
    dotted = [h for h in honorifics() if h.endswith(".")] + [f"{w}." for w in name_abbreviations()]
    return rf"(?<![\w.])(?:{alternation(dotted)}|[A-Z]\.)(?=\s)"


@cache
def _held_meeting() -> re.Pattern[str]:
    """The meeting a body held, ending a verb of meeting (:func:`_met_verb`): ``held its annual meeting``, ``held
    a meeting`` (``determiners.csv`` column ``held``), ``held its annual assembly`` (``meeting_words.csv``, role
    ``own-gathering``); its word before the noun names it."""
    gatherings = alternation(meeting_words("own-gathering"))  # "held its annual assembly"
    return re.compile(
        rf"\b(?:{determiner_alternation('held')})\s+(?:(?P<mode>[a-z\-]+)\s+)?(?P<noun>meeting|{gatherings})$"
    )


def _bare_head(name: str) -> bool:
    """Whether ``name`` is a body's head noun alone (``Group``, ``the Committee``)."""
    return without_article(name).casefold() in {h.casefold() for h in body_head_nouns()}


@cache
def _met_after() -> re.Pattern[str]:
    return re.compile(_met_verb())


@cache
def body_noun_name() -> str:
    """Regex (no groups) of a body's name after its determiner: up to five words (an owner's genitive among
    them), a body noun (every head of
    ``body-heads.csv``, those named by form alone or not: ``Panel``), its number and a short topic
    (``Advisory Panel on Smart Cities``, ``Study Group 13``, ``ad hoc group on the budget``)."""
    heads = alternation(body_head_nouns(), spaces=True)
    # an owner's genitive among them: "The Academy's steering committee", "the Council's Working Group"
    lead = rf"(?:(?!(?:{small_word_alternation(english_small_words())}))[\w\-]+(?:['’]s)?\s+){{0,5}}?"
    number = r"(?:\s+(?:\d{1,3}(?:/\d{1,3})?|[IVX]+)\b)?"  # "Study Group 13", "Working Party 1/5"
    return rf"{lead}(?i:{heads}){number}(?:\s+(?:{preposition_alternation('topic')})\s+[^,;.()]{{1,70}}?)?"


@cache
def _holder_subject() -> re.Pattern[str]:
    """The subject of a clause that holds ``its`` numbered meeting, named by capitalised words ending in a body
    noun (:func:`body_noun_name`) and a verb of holding: ``The Advisory Panel on Smart Cities held``,
    ``the Regional Board will hold``; not a bare noun (``The Group held``: whose, the report's readers say)."""
    return re.compile(
        rf"(?<![\w\-])[Tt]he\s+(?P<name>(?=[A-Z])(?!(?i:{alternation(body_head_nouns(), spaces=True)})\s+(?:held|hold))"
        rf"{body_noun_name()})\s+(?:(?:{auxiliary_alternation('have')}|{modal_alternation('future')})\s+)?"
        r"(?:held|hold|holds)\s+$"
    )


def named_holder(
    text: str, at: int, body_spans: Sequence[BodySpan] = (), index: BodyIndex | None = None
) -> re.Match[str] | None:
    """The body named as the subject that holds the meeting ``its ...`` at ``at`` (:func:`_holder_subject`)
    when no reader found a body there (none of ``body_spans``, no name of ``index``, the catalogue by default:
    ``the Advisory Panel on X held its third meeting``)."""
    s0 = max((a for a, _ in clause_spans(text) if a <= at), default=0)
    found = _holder_subject().search(text, s0, at) if text.startswith("its", at) else None
    if found is None or any(found.start() <= a < at for a, _, _ in body_spans):
        return None
    return None if (index or body_index()).regex(text).search(text, found.start(), at) else found


@cache
def _met_pattern() -> re.Pattern[str]:
    """A body's name (:func:`body_noun_name`) and a verb of meeting after it."""
    # or capitalised words without a determiner: "When Study Group 13 met in Geneva from ..." (:func:`_met_written`);
    # or a noun phrase that a chair's aside shows to be a body (:func:`_chaired_name`)
    return re.compile(
        rf"(?:\b(?:{either_initial_determiners('met')})\s+(?P<name>{body_noun_name()}|{_chaired_name()})"
        rf"|(?P<name2>{_met_written()}))"
        rf"(?P<verb>{_met_verb()})"
    )


@cache
def _chaired_name() -> str:
    """Regex (no groups) of a noun phrase that names no body by its head noun but is one by the chair's aside set
    off after it (``The prize jury, chaired by Dr X (Peru), met on ...``: the phrases of ``role-verbs.csv``): up to
    four words, none a small word, no event noun (``The session, chaired by ...``: a sitting, read elsewhere)."""
    by = alternation(role_phrases(), spaces=True)
    small = small_word_alternation(english_small_words())
    word = rf"(?!(?:{small})\b|{event_noun_pattern()})[\w\-]+"
    return rf"(?:{word}\s+){{0,3}}{word}(?=\s*,\s*(?:{by})\s)"


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
    return rf"(?<![\w\-’'])(?:(?:{word}){{0,4}}(?:{listed_bodies()}|(?:{heads}){number})|{acronym})"


@cache
def listed_bodies() -> str:
    """Regex (no groups) of bodies of one head in the plural (:func:`.gazetteer.body_head_nouns`) and a list of
    their codes: ``Working Parties 5A, 5B and 5C``, ``Study Groups 2 and 3`` (met as one event)."""
    heads = alternation([plural(h) for h in body_head_nouns()], spaces=True)
    code = r"(?:\d{1,3}[A-Z]?|[A-Z]{1,2}\d?)(?![\w/])"
    return rf"(?:{heads})\s+{code}(?:\s*,\s*{code})*,?\s+(?:and|&)\s+{code}"


@cache
def _listed_name() -> re.Pattern[str]:
    return re.compile(listed_bodies())


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
    ``date_words.csv``, role ``times``, and a count before ``times``), how long ago and at what level (``met
    three weeks ago, from``, ``met at working level in``) and where (``met here on``); a
    colon may stand among them, before how the first meeting was held (``met three times: online on``)."""
    often = alternation(date_words("times"), spaces=True)
    count = rf"(?:{count_word_regex(2, 20)}|\d{{1,2}})\s+times"
    period = (
        r"(?:in|during|over)\s+"
        r"(?:the\s+(?:preceding|past|previous|last)\s+(?:\w+\s+)?(?:year|months?|weeks?|period)|(?:19|20)\d\d"
        r"|the\s+(?:year\s+under\s+review|(?:reporting\s+)?period(?:\s+under\s+review)?))"
    )
    since = r"since\s+[^,.;()]{1,60}?(?=\s*,)"
    # how long ago and at what level: "met here three weeks ago, from", "met at working level in Geneva on"
    ago = rf"(?:{count_word_regex(1, 12)}|\d{{1,2}}|an?|some)\s+(?:days?|weeks?|months?)\s+ago|at\s+[a-z\-]+\s+level"
    nth = rf"for\s+the\s+{ordinal_regex()}\s+time|back[\s\-]to[\s\-]back"  # "met for the fourth time in Paris"
    mode = alternation(sorted(_modes()), spaces=True)  # "met four times, virtually, on"
    here = r"here|there"  # "met here from", "which meets here on Friday": the place the text is written at
    return re.compile(
        rf"(?:\s*,?\s*(?:(?:{often})|{count}|{period}|{since}|{ago}|{nth}|{here}|(?i:{mode}))\b|\s*:(?!\S))*"
    )


#: the participle of a verb of meeting set off by a comma after a body's name (``The Board, meeting on 18 May,``)
_PARTICIPLE = re.compile(r"(?:\s+itself)?\s*,\s*meeting\b")

#: ``of`` before a body's name: the name is the owner of the subject, which meets (``The Ministers of the X,
#: meeting in ...``)
_OWNER_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


#: a relative pronoun before the subject of ``convene``, in its clause (not ``that``: ``replied that the
#: Group would convene``)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom)\s[^.;:]*$")


@cache
def _met_more() -> re.Pattern[str]:
    """What parts another date of the same body's meetings from the one before: ``met on 4 March and 9
    June``, ``... 2031, and would meet again from``, ``on 3 May, on 9 June and, for the last time, on``
    (an aside of ``date_words.csv``, role ``times``, or ``for the second time``, set off by commas)."""
    often = rf"{alternation(date_words('times'), spaces=True)}|for\s+the\s+{ordinal_regex()}\s+time"
    return re.compile(
        rf"\s*(?:,\s*)?(?:and\b\s*)?(?:(?:{modal_alternation('future')}|is\s+to|was\s+to|to)\s+meet\s+)?(?:again\s+)?"
        rf"(?:,?\s*(?:{often})\s*,\s*)?(?=\S)"
    )


#: the most days from one date of a list to the next that are still one meeting's sittings (``met on 20 and 22 June``:
#: one meeting, 20-22 June), unless a count of times is written (``met twice, on 24 and 26 October``: two)
_SITTING_GAP = 2


def _met_days(text: str, end: int, dates: Sequence[DateSpan], counted: bool = False) -> list[DateSpan]:
    """The dates a body met on after its verb (``end``): the first own date after how often it met,
    then each date after ``and``, a comma or ``and would meet again``; days that are not consecutive
    written as a list (``on 9 and 23 February``, ``on 3, 10 and 17 May``: :func:`~.dates.listed_days`; not
    ``between 9 and 23 February``) are one meeting each, consecutive days (``on 21 May and 22 May``, ``on 4,
    5 and 6 May``) one, and so are two days with one day between (``on 20 and 22 June``: :data:`_SITTING_GAP`)
    unless a count of times is written before them (``met twice, on 24 and 26 October``) or the caller names the
    events in the plural (``counted``: ``Briefing sessions will be held on 6 and 8 March``)."""
    gap = _met_gap().match(text, end)
    d = own_dates(text, gap.end() if gap else end, dates, bare=True)
    counted = counted or re.search(r"\b(?:times|twice)\b", gap.group(0) if gap else "") is not None
    if d is not None and d.precision != "day" and counted:
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
                and (day.start - (out[-1].end or out[-1].start)).days <= (1 if counted else _SITTING_GAP)
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
    if not any(w in text for w in (" met", " meet", " conven", " held ", " hold ", " holds ")):
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
        if _PARTICIPLE.match(text, name_end) and _OWNER_BEFORE.search(text, max(0, start - 20), start):
            continue  # "The Ministers of the X Community, meeting in Malabo on ...": the Ministers meet
        verb = re.search(r"^.*\b(?!ad\b)[a-z]+ed\s+", written)  # "The Chairman invited Committee 5 to meet on"
        if verb and not is_modifier(verb.group(0).split()[-1]):
            written = written[verb.end() :]
            start = name_end - len(written)
        name = " ".join(written.split())
        if (
            _bare_head(name)
            and not re.search(r"\bits\s", text[name_end:verb_end])
            and "meeting" in text[name_end:verb_end]
            and not _PARTICIPLE.match(text, name_end)
        ):
            continue  # "The Group held a meeting": the body meetings' reader names the Group
        listed = _listed_name().search(name)  # "Working Parties 5A and 5B met": their meetings, no one body's
        key = slug(name) if listed else next((k for a, b, k in body_spans if b == name_end), slug(name))
        held = _held_meeting().search(text, name_end, verb_end)
        noun = held.group("noun") if held else "meeting"
        noun = f"{held.group('mode')} {noun}" if held and held.group("mode") else noun  # "its annual meeting"
        noun += "s" if listed else ""
        span = (start, name_end if MADE_ASIDE.match(text, name_end) else verb_end)  # the aside may name events
        days = _met_days(text, verb_end, dates)  # dated here: each date is its own meeting
        if len(days) == 1 and not held and met_at_event(text, days[0].span[1]):
            continue  # "met in Lusaka on 2-4 May at the African preparatory meeting": that meeting's
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
    nouns = _generic_plurals()
    verbs = alternation([*holding_verbs("active"), *_attending_verbs(), *auxiliaries("be")], spaces=True)
    future = modal_alternation("future")
    stop = rf"(?i:of|and|or|to|in|on|the|an?|its|their|our|his|her|these|those|with|for|at|by|from|{future}|{verbs})\b"
    count = rf"(?i:{count_word_regex(2, 20)}|several|many|some|all|both|other|further)\b"  # the generic reader's
    return re.compile(
        rf"(?<![\w\-’'])(?P<adj>(?:(?!{stop}|{count})[A-Za-z][\w\-]*\s+){{0,2}}?)(?P<noun>{nouns})\b"
        r"(?P<tail>(?:\s+with\s+(?:the\s+)?[^,.;:()\d]{2,60}?)?(?:\s+(?:for|on)\s+(?!\d)[^,.;:()\d]{2,50}?)?)"
        rf"(?=\s+(?:on|{auxiliary_alternation('be', 'clause')}|{future}|to|took|held)\b|\s*[,(])"
    )


@cache
def _bare_plural_noun() -> re.Pattern[str]:
    """The plural noun every match of :func:`_bare_plural` holds (``consultations``): a text without one
    is not searched (the full pattern tries its modifiers at every word; 9 of the sample's 165 texts pass)."""
    return re.compile(rf"(?:{_generic_plurals()})\b")


@cache
def _generic_plurals() -> str:
    """The generic event nouns (``generic-events.csv``) in the plural (:func:`.text.plural`: ``ceremonies``,
    ``launches``) as one alternation, spaces flexible."""
    return alternation([plural(n) for n in generic_event_nouns()], spaces=True)


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
        when = [d for d in _met_days(text, _passive_end(text, m.end()), dates, True) if d.precision == "day"]
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
