"""Find named events (conferences, forums, sessions, meetings, observances, panels).

Series and their mentions are in :mod:`.event_series`, events named by their form only (dated
by their own dates, :mod:`.event_dates`) in :mod:`.event_forms`; this module puts them together
(:func:`event_mentions`: one overlap policy, ``longest_first``) and over the report
(:func:`find_events`). Decisions: ``docs/events-and-dates.md``.

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
from functools import cache, lru_cache
from typing import Any

from wsiskg.ingest.extract.bodies import BodyMatcher
from wsiskg.ingest.extract.casing import joiner_alternation, line_joiner_alternation, title_cased
from wsiskg.ingest.extract.datelines import front_dateline
from wsiskg.ingest.extract.dates import (
    HEADER_DATE_LINES,
    DateSpan,
    as_listed_days,
    bare_date,
    document_date,
    find_dates,
    listed_days,
    month_end,
    month_numbers,
    purpose_words,
)
from wsiskg.ingest.extract.document import TypedSpan, document, longest_first
from wsiskg.ingest.extract.event_dates import (
    HOST_CUE,
    dated_before,
    dated_by_tense,
    dates_after_acronym,
    event_noun_regex,
    hosts_date,
    is_due_at,
    near_written_year,
    neighbour_at,
    next_by_ordinal,
    own_dates,
    says_future,
)
from wsiskg.ingest.extract.event_forms import (
    CAP,
    bare_plural_mentions,
    body_heads,
    body_meeting_mentions,
    code_dated_mentions,
    coded_meeting_mentions,
    dated_by,
    elliptic_mentions,
    generic_mentions,
    head_body,
    heads_name,
    held_regex,
    launch_mentions,
    met_mentions,
    named_dated_mentions,
    named_undated_mentions,
    noun_alt,
    numbered_mention,
    phase_mentions,
    resolve_anaphora,
    row_mentions,
    spanned_head,
    subject_after,
    superseded_dates,
    written_listed_mentions,
    written_numbered_mentions,
)
from wsiskg.ingest.extract.event_header_sessions import header_sessions
from wsiskg.ingest.extract.event_programme import day_of, programme_mentions
from wsiskg.ingest.extract.event_series import (
    EventMention,
    Series,
    bare_series_patterns,
    coded_mentions,
    edition_mentions,
    edition_of,
    event_series,
    fixed_day_mentions,
    is_session_code,
    series_code,
    series_key,
    series_mentions,
    session_code_mentions,
    undated_series_mentions,
    venue_year_mentions,
    year_meeting_mentions,
    year_session_mentions,
)
from wsiskg.ingest.extract.event_tables import block_mentions, schedule_mentions, table_mentions
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation
from wsiskg.ingest.extract.header_fields import HEADER_LINES as GENRE_HEADER_LINES
from wsiskg.ingest.extract.header_fields import label_alternation, sentence_of_prose
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import (
    BodyIndex,
    BodyName,
    as_body_names,
    body_index,
    dateline,
    has_ordinal,
    header_year,
    number_value,
    ordinal_regex,
)
from wsiskg.ingest.extract.meeting_words import event_nouns, meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import roman_ordinal_regex
from wsiskg.ingest.extract.organizers import BodySpan, organizers
from wsiskg.ingest.extract.request_actions import table_header
from wsiskg.ingest.extract.resolutions import resolution_mentions
from wsiskg.ingest.records import Event, Meeting, Paragraph, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import (
    DASH,
    DASH_CHARS,
    DASHES,
    alternation,
    clause_spans,
    has_year,
    ordinal_suffix,
    span_at,
    squash,
    table_cells,
)


def _body_kind_default(body: BodyName | None) -> str:
    return "meeting" if body and body.kind in ("working-group", "expert-group") else "session"


_WHAT = r"(?i:session|meeting)"


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _numbered_forms(body: str) -> tuple[re.Pattern[str], ...]:
    """``the 5th meeting of X``, ``X ... its 5th session``, ``X 5th meeting``, ``the 5th X meeting``."""
    ordinal, what = ordinal_regex(), _WHAT
    forms = [
        rf"(?P<num>{ordinal})\s+(?P<what>{what})\s+of\s+(?:the\s+)?(?P<body>{body})(?![\w\-&]|\s+[A-Z][a-z])",
        rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?(?:\s+(?:for\s+|at\s+|during\s+)?its|,\s+whose)\s+(?P<num>{ordinal})\s+(?P<what>{what})",
        rf"(?P<body>{body})\s+(?P<num>{ordinal})\s+(?P<what>{what})",
        # not "the fourth APT preparatory meeting", "the first APT Preparatory Group meeting": another event
        # or body, named by the words before the noun
        # nor "the second ITU Inter-regional Workshop", "the second IGF Open Consultations": a name goes on
        rf"(?P<num>{ordinal})\s+(?P<body>{body})(?:\s+(?P<what>{what})|(?!\s+(?:[\w\-]+\s+){{1,3}}{what}|\s+[A-Z][\w\-]*[a-z]))",
    ]
    return tuple(re.compile(f) for f in forms)


def _numbered_mentions(
    text: str, bodies: tuple[BodyName, ...], meeting: Meeting | None = None, body_spans: Sequence[BodySpan] = ()
) -> list[EventMention]:
    if not has_ordinal(text):  # every form below needs an ordinal
        return []
    index = body_index(bodies)
    ordinal, what = ordinal_regex(), _WHAT
    out: list[EventMention] = []
    taken: list[tuple[int, int]] = []
    for form in _numbered_forms(index.regex(text).pattern):
        for m in form.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            key = index.keys.get(squash(m.group("body")))
            n = number_value(m.group("num"))
            if key is None or n is None or (" its " in m.group(0) and _subject_antecedent(text, m.start(), body_spans)):
                continue  # "It adopted its report to the Council at its 33rd meeting": the subject's
            kind = m.group("what").lower() if m.group("what") else _body_kind_default(index.names.get(key))
            label = index.label(key, m.group("body"))
            taken.append(m.span())
            out.append(numbered_mention(key, n, kind, label, m.span()))
    # "its 53rd session": the body named last before it in the sentence
    for m in re.finditer(rf"\bits\s+(?P<num>{ordinal})\s+(?P<what>{what})", text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        n = number_value(m.group("num"))
        key = _its_body(text, m, index, meeting, body_spans)
        if n is None:
            continue
        if key:
            kind = m.group("what").lower()
            label = index.label(key)
            out.append(numbered_mention(key, n, kind, label, m.span()))
    heads = _head_numbered_mentions(text, index, taken, meeting, body_spans)
    held = _held_listed_mentions(text, index, meeting, body_spans)  # "the Group's 33rd and 34th meetings"
    return out + heads + _listed_mentions(text, index, meeting) + held


def _its_body(
    text: str, m: re.Match[str], index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> str | None:
    """The body ``its`` means in ``m`` (``its 53rd session``, ``its 12th and 13th meetings``): the subject
    of an earlier sentence when this one opens with ``It`` (:func:`_subject_antecedent`), else the last
    body named before it in the clause (the body extractor's spans first: ``the Group ... its twelfth
    meeting``), else after ``at``/``during`` opening the clause the subject after it."""
    s0 = max((a for a, _ in clause_spans(text) if a <= m.start()), default=0)
    key = _subject_antecedent(text, m.start(), body_spans)
    spans_before = [k for a, b, k in body_spans if s0 <= a and b <= m.start()]
    before = [b for b in index.regex(text).finditer(text, s0, m.start())]
    if key is None and spans_before:
        key = spans_before[-1]
    elif key is None and before:
        key = index.keys.get(squash(before[-1].group(0)))
    if key is None and re.match(r"\s*(?i:at|during)\s", text[s0 : m.start()]):
        key = subject_after(text, m.end(), index, meeting)
    return key


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _subject_antecedent(text: str, at: int, body_spans: Sequence[BodySpan]) -> str | None:
    """``The Group met twice. It held its 26th meeting in May``: in a sentence whose subject is
    ``It``, ``its`` is the body that is the subject of an earlier sentence of the paragraph (its
    key in ``body_spans``), not the last body named before it (``It adopted its report to the
    Council at its 33rd meeting``)."""
    starts = [0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, at)]
    if not re.match(r"It\s", text[starts[-1] :]):
        return None
    subjects = [key for a, _, key in body_spans if a in starts[:-1]]
    return subjects[-1] if subjects else None


def _respective_mentions(
    text: str, bodies: tuple[BodyName, ...], body_spans: Sequence[BodySpan], dates: Sequence[DateSpan]
) -> list[EventMention]:
    """``The chairs of Study Group 4 and Study Group 9 reported on the first meetings of their
    groups, held on 2-6 May 2031 and 9-13 May 2031 respectively``: the numbered meetings of the
    bodies named before in the sentence, paired in order with the dates before ``respectively``
    (each mention is dated, :func:`event_mentions` keeps its dates)."""
    out: list[EventMention] = []
    if "respectively" not in text:
        return out
    pattern = (
        rf"(?P<num>{ordinal_regex()})\s+(?P<what>meeting|session)s\s+of\s+(?:their|the|both)\b[^.;]*?\brespectively\b"
    )
    for m in re.finditer(pattern, text):
        n = number_value(m.group("num"))
        s0 = ([0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, m.start())])[-1]
        keys = list(dict.fromkeys(key for a, _, key in body_spans if s0 <= a < m.start()))
        days = [d for d in dates if m.start() <= d.span[0] < m.end() and d.precision == "day"]
        days = listed_days(text, days[0]) if len(days) == 1 else days  # "held on 3 and 17 May respectively"
        if n is None or len(days) < 2 or len(keys) < len(days):
            continue
        what = m.group("what")
        for key, d in zip(keys[-len(days) :], days, strict=True):
            label = body_index(bodies).label(key)
            out.append(numbered_mention(key, n, what, label, m.span(), d.start, d.end))
    return out


def _head_numbered_mentions(
    text: str,
    index: BodyIndex,
    taken: list[tuple[int, int]],
    meeting: Meeting | None,
    body_spans: Sequence[BodySpan] = (),
) -> list[EventMention]:
    """``the Commission on Science and Technology for Development (CSTD) ... the twenty-seventh
    session of the Commission``: a numbered session of a body named by its head noun
    (``ingest/data/body-heads.csv``) is one of the last body named before it with that noun;
    with none named, of the report's meeting body when its name has that noun (``It is proposed
    to hold the tenth meeting of the Group in February 2031``); a body the catalogue does not know is
    the last the body extractor found before it with that noun (``the Radio Regulations Board (RRB)
    ... the 75th meeting of the Board``: :func:`~.event_forms.spanned_head`)."""
    out = []
    pattern = (
        # the head in lower case too: "the seventh meeting of the group will take place on ..."
        rf"(?P<num>{ordinal_regex()})\s+(?P<what>session|meeting)\s+of\s+the\s+(?P<head>(?i:{body_heads()}))\b"
        r"(?!\s+(?:(?:of|on|for)\s+(?:the\s+)?)?[A-Z])"  # "of the Commission", not "of the Commission on X"
    )
    for m in re.finditer(pattern, text):
        n = number_value(m.group("num"))
        if n is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        kind = m.group("what")
        if key := head_body(text, m.start(), m.group("head"), index, meeting):
            label = index.label(key)
            out.append(numbered_mention(key, n, kind, label, m.span()))
        elif spanned := spanned_head(text, m.end(), m.group("head"), body_spans):
            key, name = spanned
            out.append(numbered_mention(key, n, kind, name, m.span()))
    return out


#: the last of a body's meetings, named by no number (``the final meeting in Dubai on 27-28 October``)
_FINAL_WORD = re.compile(r"\b(?:final|last)\s+(?:\w+\s+)?(?:meeting|session)\b")


@cache
def _unnamed_numbered() -> re.Pattern[str]:
    """``its 18th meeting``, ``the third meeting``, ``our forty-fifth session``, ``its sixth physical
    meeting``: a numbered meeting whose body is not named after it (not ``... meeting of X``)."""
    mode = alternation([r["word"].lower() for r in data_rows("event_modifiers.csv") if not r["qualifies"]])
    return re.compile(
        rf"\b(?:(?:[Ii]ts|[Tt]he|[Oo]ur|[Tt]heir)\s+(?P<num>{ordinal_regex()})"
        r"|(?:[Ii]ts|[Tt]he|[Oo]ur|[Tt]heir|[Aa])\s+(?P<final>final|last))"
        rf"\s+(?:(?:{mode})\s+)?(?P<what>meeting|session)\b(?!s|\s+of\b|{DASH})"
    )


def unnamed_numbered_mentions(text: str, dates: Sequence[DateSpan], about: Meeting | None) -> list[EventMention]:
    """A numbered meeting no body is named for, with its own dates after it (:func:`own_dates`):
    ``The Group agreed to hold its 18th meeting on 4 May 2031``, ``before the third meeting, which is
    scheduled for 1 and 2 February 2031``, ``At its 24th meeting, on 17 November 2031, ...``. It is
    the meeting of the report's meeting body (or of the meeting a contribution is for, ``about``), else
    the meeting as written after a pronoun (``its``, ``our``) or before a verb of holding (:func:`_held_between`);
    the forms that name its body
    (:func:`_numbered_mentions`, a generic event's ``the second physical meeting``) come first."""
    if not has_ordinal(text) and not _FINAL_WORD.search(text):
        return []
    out = []
    for m in _unnamed_numbered().finditer(text):
        n = number_value(m.group("num")) if m.group("num") else m.group("final")
        d = own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None or (about is not None and (about.number == n or about.start == d.start)):
            continue  # the report's own meeting
        if about is None and m.group(0)[:3].lower() == "the" and m.group("num") and not _held_between(text, m, d):
            continue  # "the 7th meeting (18 February 2030)" in a report of no meeting: whose, is not said
        what = m.group("what").lower()
        nth = n if isinstance(n, str) else f"{n}{ordinal_suffix(n)}"
        if about is not None:
            key, name = numbered_key(about.body, n), f"{nth} {what} of the {body_index().label(about.body)}"
        else:
            key, name = slug(f"{what} {n}"), f"{nth} {what}"
        out.append(EventMention(key, name, what, m.span()))
    return out


def _held_between(text: str, m: re.Match[str], d: DateSpan) -> bool:
    """Whether a verb of holding in the future tense stands between a numbered meeting and its dates
    (``The 12th meeting will take place in Oslo on 8-10 October``): in a report whose own meeting is not
    found, the next meeting of the body the report is of, named as the report names it (``12th meeting``)."""
    return held_regex().search(text, m.end(), d.span[0]) is not None and says_future(text, m.end(), d.span[0])


_PLURAL_OF = re.compile(r"(?:meeting|session)s\s+of\s")


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _listed_form(body: str) -> re.Pattern[str]:
    """``the twelfth and thirteenth meetings of the X``, ``the 5th, 6th and 7th sessions of the Group``."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"(?P<nums>{ordinal}(?:\s*,\s*{ordinal})*,?\s+(?:and|&)\s+{ordinal})\s+(?P<what>{_WHAT})s\s+of\s+(?:the\s+)?"
        rf"(?:(?P<body>{body})(?![\w\-&]|\s+[A-Z][a-z])|(?P<head>(?i:{body_heads()}))\b(?!\s+(?:(?:of|on|for)\s+(?:the\s+)?)?[A-Z]))"
    )


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _held_listed_form(body: str) -> re.Pattern[str]:
    """``the Group's 33rd and 34th meetings``, ``its eleventh, twelfth and thirteenth sessions``: a list of
    ordinals after the holder (a body's or a head noun's possessive, ``its``/``their``), no ``of`` after."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"(?:\b(?P<poss>{body}|(?i:{body_heads()}))['’]s|\b(?P<pron>[Ii]ts|[Tt]heir))\s+"
        rf"(?P<nums>{ordinal}(?:\s*,\s*{ordinal})*,?\s+(?:and|&)\s+{ordinal})\s+(?P<what>{_WHAT})s\b(?!\s+of\s)"
    )


def _held_listed_mentions(
    text: str, index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> list[EventMention]:
    """``introduced the report on the group's 33rd and 34th meetings``, ``The Council Working Group on X
    submits its 36th and 37th meetings' outcomes``: a numbered meeting of the holder for each ordinal of the
    list (a catalogue body by its name; a head noun: :func:`~.event_forms.head_body`, else the body
    extractor's last body with that noun; ``its``: :func:`_its_body`); only when no day or month follows in
    the sentence (a dated list is paired with its dates by :func:`~.event_forms.body_meeting_mentions`; a
    year is no date:
    ``its 36th and 37th meetings to Council 2032``)."""
    if not re.search(r"(?:meeting|session)s\b", text):
        return []
    out = []
    for m in _held_listed_form(index.regex(text).pattern).finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        if any(d.precision != "year" for d in find_dates(text[m.end() : end.start() if end else len(text)])):
            continue
        holder, key, label = m.group("poss"), None, None
        if holder is not None:
            key = index.keys.get(squash(holder)) or head_body(text, m.start(), holder, index, meeting)
            spanned = None if key else spanned_head(text, m.start(), holder, body_spans)
            key, label = spanned if spanned else (key, None)
        else:
            key = _its_body(text, m, index, meeting, body_spans)
        if key is None:
            continue
        kind, label = m.group("what").lower(), index.label(key, label)
        for o in re.finditer(ordinal_regex(), m.group("nums")):
            if (n := number_value(o.group(0))) is not None:
                out.append(numbered_mention(key, n, kind, label, m.span()))
    return out


def _listed_mentions(text: str, index: BodyIndex, meeting: Meeting | None) -> list[EventMention]:
    """``the report of the twenty-second and twenty-third meetings of the Group``: a numbered meeting
    of the body for each ordinal of the list (the body by its name, or by its head noun:
    :func:`~.event_forms.head_body`); only when no date follows in the sentence (dated lists are paired with
    their dates by the readers of dated meetings, :func:`~.event_forms.body_meeting_mentions`)."""
    if not _PLURAL_OF.search(text):
        return []
    out = []
    for m in _listed_form(index.regex(text).pattern).finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        if re.search(r"\d", text[m.end() : end.start() if end else len(text)]):
            continue
        if m.group("body"):
            key = index.keys.get(squash(m.group("body")))
        else:
            key = head_body(text, m.start(), m.group("head"), index, meeting)
        if key is None:
            continue
        kind, label = m.group("what").lower(), index.label(key, m.group("body"))
        for o in re.finditer(ordinal_regex(), m.group("nums")):
            if (n := number_value(o.group(0))) is not None:
                out.append(numbered_mention(key, n, kind, label, m.span()))
    return out


def _meeting_body_mentions(text: str, meeting: Meeting | None, bodies: tuple[BodyName, ...]) -> list[EventMention]:
    """``3rd meeting (18 February 2011)``, ``the fifth meeting, held in ...``: an ordinal meeting
    named without a body is a meeting of the report's meeting body (the report's own one is
    dropped later; a meeting of another body, ``4th meeting of the X``, is a longer mention)."""
    if meeting is None or not has_ordinal(text):
        return []
    label = body_index(bodies).label(meeting.body)
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<num>{ordinal_regex()})\s+(?i:meeting)\b(?!\s+(?:of|on|for)\b)", text):
        n = number_value(m.group("num"))
        if n is not None:
            out.append(numbered_mention(meeting.body, n, "meeting", label, m.span()))
    return out


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _body_years_form(body: str, noun: str) -> re.Pattern[str]:
    """``<BODY> 2023-2024 Inter-sessional Panel``: a body, a year or two, an event noun."""
    return re.compile(
        rf"(?P<body>{body})\s+(?P<years>(?:19|20)\d\d(?:\s*{DASH}\s*(?:19|20)\d\d)?)\s+(?P<words>(?:{CAP}\s+){{0,4}}?)(?P<noun>{noun})\b"
    )


def _named_mentions(text: str, bodies: tuple[BodyName, ...], default_year: int | None) -> list[EventMention]:
    out: list[EventMention] = []
    nouns = event_nouns()
    noun = noun_alt()
    known_codes = {c for s in event_series() for c in s.codes}
    # 4. "<Name ... Summit 2023> (GDRS-23)"
    name = rf"{CAP}(?:\s+(?:{joiner_alternation()}|{CAP}|(?:19|20)\d\d))*"
    for m in (
        re.finditer(rf"(?P<name>{name})\s*\((?P<code>[A-Z][A-Za-z]{{1,10}}(?:{DASH}(?:\d{{4}}|\d{{2}}))?)\)", text)
        if "(" in text
        else ()
    ):
        words = re.findall(r"[\w’'&/\-]+", m.group("name"))
        heads = [w for w in words if w in nouns]
        if heads and not heads_name(words, heads[-1]):
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
    for m in _body_years_form(index.regex(text).pattern, noun).finditer(text) if has_year(text) else ():
        key = index.keys.get(squash(m.group("body")))
        if not key:
            continue
        years = re.sub(rf"\s*{DASH}\s*", "-", m.group("years"))
        phrase = f"{m.group('words')}{m.group('noun')}".strip()
        out.append(EventMention(slug(f"{key} {phrase} {years}"), m.group(0), nouns[m.group("noun")], m.span()))
    # 5. "Third Physical Meeting (in Geneva) of the OCP"
    for m in re.finditer(
        rf"(?P<ord>{ordinal_regex()})\s+(?P<adj>(?:{CAP}\s+)?)(?P<noun>{noun})(?:\s*\([^)]{{1,60}}\))?\s+of\s+(?:the\s+)?(?P<of>{CAP}(?:\s+{CAP})*)",
        text if has_ordinal(text) else "",
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


@cache
def _plenary_pattern() -> re.Pattern[str]:
    """``the tenth plenary meeting``, ``Third Plenary Meeting``: an ordinal and a plenary sitting."""
    return re.compile(
        rf"(?<![\w\-])(?:(?P<the>[Tt]he)\s+)?(?P<num>{ordinal_regex()})\s+(?i:plenary)\s+(?P<what>(?i:meeting|session))\b"
        # or the conference's Plenary named alone, a sitting by its own dates: "to the Plenary on 15 November"
        rf"|(?<![\w\-])(?:(?P<its>[Tt]he)\s+|(?<={DASH}\s))(?P<alone>Plenary)\b(?!\s+(?i:meeting|session|hall|room))"
    )


def _plenary_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A numbered plenary meeting of a body the text does not name, with its own dates after it
    (``adopted at the tenth plenary meeting, 25 May 2031``, ``General Debate – Third Plenary
    Meeting, 11 December 2031``): that meeting, named as written (a body's, ``its tenth plenary
    meeting``, is :func:`_numbered_mentions`'); keyed by its number and day."""
    if "lenary" not in text.casefold():
        return []
    out = []
    for m in _plenary_pattern().finditer(text):
        n = number_value(m.group("num")) if m.group("num") else 0
        d = own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None or d.precision != "day" or is_due_at(text, d.span[0]):
            continue
        if m.group("alone"):
            name, key = "Plenary", slug(f"plenary {d.start.isoformat()}")
        else:
            name = " ".join(m.group(0).split()[1:] if m.group("the") else m.group(0).split())
            key = slug(f"plenary {m.group('what')} {n} {d.start.isoformat()}")
        mention = EventMention(key, name, "meeting", (m.start("alone"), m.end()) if m.group("alone") else m.span())
        out.append(replace(mention, start=d.start, end=d.end))
    return out


def _yearly_mentions(text: str) -> list[EventMention]:
    """6. A capitalised name of at least two words ending in an event noun, then a year:
    ``AI for Good Global Summit 2024`` -> ``ai-for-good-global-summit-2024``."""
    nouns = event_nouns()
    out: list[EventMention] = []
    if not has_year(text):
        return out
    pattern = (
        rf"(?<![\w&/\-])(?P<name>{CAP}(?:\s+(?:(?:for|of|on|in)(?:\s+the)?\s+|and\s+|&\s+)?{CAP})*?\s+(?P<noun>{noun_alt()}))"
        rf"\s+(?P<year>(?:19|20)\d\d)(?![\d/]|\s*{DASH}\s*\d)"
    )
    for m in re.finditer(pattern, text):
        name = re.sub(r"^(?:The|At|In|On|For|During|Both|And)\s+", "", m.group("name"))
        if len(name.split()) < 2:
            continue
        label = f"{name} {m.group('year')}"
        out.append(EventMention(slug(label), label, nouns[m.group("noun")], (m.end("name") - len(name), m.end())))
    return out


def event_mentions(
    text: str,
    default_year: int | None = None,
    bodies: Iterable[Any] | None = None,
    meeting: Meeting | None = None,
    body_spans: Sequence[BodySpan] = (),
    context: Meeting | None = None,
    reference: tuple[date, date] | None = None,
) -> list[EventMention]:
    """Every event mentioned in ``text`` with the dates given for it there, in text order.

    Overlapping mentions: the longest wins. The report's own ``meeting`` is left out.
    ``body_spans`` (the bodies found in ``text``) give the organisers (:mod:`.organizers`).
    ``context``: the meeting a report that records none is for (a contribution, a letter), whose
    body ``the Group`` means (``the fifty-first meeting of the Group``); it is not left out.
    ``reference``: the report's own days, against which a date without a year is read by the
    tense of its clause (:func:`~.event_dates.dated_by_tense`).
    """
    all_dates = find_dates(text, default_year, months=True)  # "at its meeting in October": that month
    all_dates = near_written_year(dated_by_tense(text, all_dates, clause_spans(text), reference))
    first_planned = superseded_dates(text, all_dates)  # "originally planned for 4 May, was held on 9 June"
    all_dates = [d for d in all_dates if d not in first_planned]
    found = _candidates(text, default_year, as_body_names(bodies), meeting, context, body_spans, all_dates)
    return _dated_mentions(text, found, all_dates, meeting, body_spans, default_year is None)


def _own_parts(meeting: Meeting | None) -> tuple[str, int | None, int | None] | None:
    """The report's meeting's body key, number and year (``None``: no meeting)."""
    return None if meeting is None else (meeting.body, meeting.number, meeting.start.year if meeting.start else None)


@dataclass
class _Candidates:
    """The events chosen in a text (:func:`_candidates`) and how each is to be dated."""

    chosen: list[EventMention]
    #: named by form only: an event when dated, and not the report's own meeting
    weak: list[EventMention]
    generic: list[EventMention]
    #: dated where they were found (``respectively``, a body that met)
    own_dates: list[EventMention]
    #: named without dates of their own after them
    undated: list[EventMention]


def _candidates(
    text: str,
    default_year: int | None,
    names: tuple[BodyName, ...],
    meeting: Meeting | None,
    context: Meeting | None,
    body_spans: Sequence[BodySpan],
    all_dates: list[DateSpan],
) -> _Candidates:
    """Every kind of event mention, then one overlap policy (:func:`longest_first`)."""
    about = meeting or context
    cands = (
        series_mentions(text)
        + venue_year_mentions(text)
        + coded_mentions(text)
        + session_code_mentions(text, *((meeting.body, meeting.number) if meeting else ()))
        + _numbered_mentions(text, names, about, body_spans)
        + (paired := _respective_mentions(text, names, body_spans, all_dates))
        + _named_mentions(text, names, default_year)
    )
    # events named without a known series, body or year, only where none of the above is named;
    # those named by form (not by a known name) are not the report's own meeting (its dates)
    generic = generic_mentions(text, default_year, all_dates)
    weak = (
        (bodies_met := body_meeting_mentions(text, about, names, all_dates, body_spans, meeting is not None))
        + named_dated_mentions(text, all_dates)
        + code_dated_mentions(text, all_dates)
        + (rows := row_mentions(text, all_dates))
        + (written := written_numbered_mentions(text, all_dates, body_spans))
        + (met := met_mentions(text, all_dates, body_spans))
        + (bare := bare_plural_mentions(text, all_dates))
        + launch_mentions(text, all_dates)
        + phase_mentions(text, all_dates)
        + (plenary := _plenary_mentions(text, all_dates))
    )
    extras = _edition_mentions(text, default_year, meeting, all_dates)
    undated = named_undated_mentions(text, all_dates, body_spans)  # a name without dates stays undated
    listed = written_listed_mentions(text, all_dates, body_spans)  # "the 36th and 37th meetings of <title> (ACR)"
    weak += [x for x in listed if x.start]
    undated += [x for x in listed if x.start is None]
    undated += phase_mentions(text, all_dates, undated=True)  # "before the Tunis phase"
    numbered = generic_mentions(text, default_year, all_dates, undated=True)  # "the eighth facilitation meeting"
    # a generic noun phrase only where no form above names the event ("the next meeting of RAG")
    unnamed = unnamed_numbered_mentions(text, all_dates, about)  # only where no form above names it
    coded = coded_meeting_mentions(text, _own_parts(meeting))  # "TDAG-31": where no row or body that met names it
    later = (*extras, _meeting_body_mentions(text, meeting, names), weak, coded, generic, undated, numbered, unnamed)
    # a numbered meeting named as written may name an event in its topic ("... Group for WTDC-34")
    cands = _added_apart(text, cands, later, [*generic, *written, *numbered])
    elided = elliptic_mentions(text, all_dates, cands, names, about)  # "... and the third on 9 June"
    cands = _added_apart(text, cands, [elided], generic)
    if meeting is not None and meeting.number is not None:
        own = numbered_key(meeting.body, meeting.number)
        cands = [c for c in cands if c.key != own]
    chosen, inner = _chosen(text, cands, [*generic, *numbered])
    undated += inner + numbered  # an event named in a generic event's topic: an event, the dates are the generic one's
    dated = [g for g in generic if g.start is not None]  # by the date that made it an event
    own_dated = paired + met + bare + bodies_met + rows + elided + dated + plenary + listed
    return _Candidates(chosen, weak + generic + unnamed, generic, own_dated, undated)


def _added_apart(
    text: str, cands: list[EventMention], extras: Iterable[Sequence[EventMention]], generic: Sequence[EventMention]
) -> list[EventMention]:
    """``cands`` and then, list by list, each mention of ``extras`` apart from every one taken before it
    (:func:`_apart`; an event named in the topic of one of ``generic`` counts as apart)."""
    out = list(cands)
    for extra in extras:
        out += [y for y in extra if all(_apart(text, y, c, generic) for c in out)]
    return out


def _edition_mentions(
    text: str, default_year: int | None, meeting: Meeting | None, all_dates: list[DateSpan]
) -> tuple[list[EventMention], ...]:
    """Editions and sessions named by their year or day (``WSIS Forum 2031``, ``the 2031 session``,
    ``the 2019 TSAG meeting``, a fixed-day observance), each list read where no earlier form names it."""
    own_year = meeting.start.year if meeting is not None and meeting.start else None
    return (
        edition_mentions(text, all_dates),
        undated_series_mentions(text, default_year, all_dates),
        fixed_day_mentions(text, default_year, all_dates),
        _yearly_mentions(text),
        year_session_mentions(text, _own_parts(meeting)),
        year_meeting_mentions(text, own_year),
    )


def _chosen(
    text: str, cands: list[EventMention], generics: list[EventMention]
) -> tuple[list[EventMention], list[EventMention]]:
    """(the candidates the one overlap policy keeps, with the events named in a kept generic event's
    topic; those inner events). A conference named only in a resolution's citation is left out."""
    spans = {c.span for c in longest_first(cands, lambda c: c.span)}  # several events may share a span
    topics = [g for g in generics if g.span in spans]  # "a webinar on the WTDC-33 preparations"
    inner = [c for c in cands if c.span not in spans and any(_in_topic(text, c, g) for g in topics)]
    cited = _citations(text)  # "Resolution 245 (WRC-19)": the conference only adopted the resolution
    chosen = resolve_anaphora(
        sorted(
            (c for c in cands if (c.span in spans or c in inner) and not any(a <= c.span[0] < b for a, b in cited)),
            key=lambda c: (c.span, c.key),
        )
    )
    return chosen, inner


#: a word that cites a resolution, decision or opinion (the gate of :func:`_citations`)
_CITING = re.compile(r"(?i)\b(?:resolutions?|decisions?|opinions?|res\.|dec\.)\s")


def _citations(text: str) -> list[tuple[int, int]]:
    """The spans of the resolutions cited in ``text`` (``Resolution 245 (WRC-19)``, ``Resolution 76
    (Rev. WRC-03)``; the one reader of citations, :func:`~.resolutions.resolution_mentions`): a
    conference named there only adopted or revised the text, it is no event the text names."""
    return [r["span"] for r in resolution_mentions(text)] if _CITING.search(text) else []


def _dated_mentions(
    text: str,
    found: _Candidates,
    all_dates: list[DateSpan],
    meeting: Meeting | None,
    body_spans: Sequence[BodySpan],
    yearless: bool = False,
) -> list[EventMention]:
    """The chosen events with their dates, place and organisers, each read up to the next event
    or the end of its clause (:func:`neighbour_at`). ``yearless``: the text was read with no
    default year (its dates without a year are read only for an event of a year)."""
    dates = [d for d in all_dates if d.precision == "day"]
    months = [d for d in all_dates if d.precision == "month"]
    sentences = clause_spans(text)
    chosen = found.chosen
    limits, when = [], []
    for i, c in enumerate(chosen):
        s1 = next((b for a, b in sentences if a <= c.span[0] < b), len(text))
        nxt = next((o.span[0] for o in chosen[i + 1 :] if o.span[0] >= c.span[1]), len(text))
        limits.append(limit := neighbour_at(text, c.span[1], min(s1, nxt)))
        limit = next_by_ordinal(text, c.span[1], limit)  # "..., and that the second will be held on": its dates
        when.append(
            _dated_before(text, c, all_dates)
            if c in found.undated or (c not in found.own_dates and dated_before(text, c.span[0], all_dates))
            else (c.start, c.end, c.precision)
            if c in found.own_dates
            else _mention_dates(text, c, limit, dates, months, c not in found.generic, yearless)
        )
    _respectively(text, sentences, chosen, when, dates)
    out = []
    for i, c in enumerate(chosen):
        start, end, precision = when[i] if when[i][0] is not None else _host_dates(text, i, chosen, when, found, dates)
        if c in found.weak and (start is None or (meeting is not None and start == meeting.start)):
            continue  # named by form only: an event when dated, and not the report's own meeting
        limit = limits[i]
        place = _event_place(text, c.span[1], limit, all_dates)
        s0 = max((a for a, _ in sentences if a <= c.span[0]), default=0)
        masked = _masked(text, c.span[1], limit, all_dates)
        by = organizers(text, c.span, limit, s0, body_spans, masked) if body_spans else ()
        out.append(EventMention(c.key, c.name, c.kind, c.span, c.code, start, end, place, precision, by))
        read_after = c not in found.undated and c not in found.own_dates  # its dates were those after it
        again = _next_holding(text, c, limit, dates, start) if read_after and start and precision == "day" else None
        out += [again] if again else []
    return out


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


#: what stands between an event and the event it is held during (``a youth session would be organized
#: during the``, ``a tutorial on X at the``, ``a briefing, which it is proposed to hold during the``): no
#: end of a clause, no bracket, comma or ``and`` but a comma before a relative clause or ``to be`` (``the
#: Summit, prepared for 2032, and at the Forum held on ...``: another event recalled beside it)
_DURING = re.compile(
    rf"(?:\s*,\s*(?:which|that|to\s+be)\b)?(?:(?!\b(?:and|or)\b)[^.;:(),]){{0,60}}?\b{HOST_CUE}\s+(?:the\s+)?"
)
#: a sentence opening with the event the rest of it happens during: ``During the WSIS Forum 2032, held ..., Peru
#: organized a workshop on X``
_DURING_FIRST = re.compile(rf"(?i:{HOST_CUE})\s+(?:the\s+)?$")

Dates = tuple[date | None, date | None, str]


def _host_dates(
    text: str, i: int, chosen: list[EventMention], when: list[Dates], found: _Candidates, dates: list[DateSpan]
) -> Dates:
    """An event named by its form without dates of its own, held during another event named right
    after it, is dated by that event's dates (docs/annotation-guide.md, decision 9: ``a tutorial on
    NGN would be organized during the next Study Group 13 meeting, planned for 7-18 June 2031``), unless
    its own day follows the host's (:func:`_own_after_host`); not one named in the plural, several events
    (its name, singular, is not the text's)."""
    c = chosen[i]
    if c not in found.weak and c not in found.undated or c.name not in " ".join(text[c.span[0] : c.span[1]].split()):
        return when[i]  # named by a known name, or in the plural ("the facilitation meetings"): several events
    j = next((j for j in range(i + 1, len(chosen)) if chosen[j].span[0] >= c.span[1]), None)
    if j is None or when[j][0] is None or not _DURING.fullmatch(text, c.span[1], chosen[j].span[0]):
        return _opening_host(text, i, chosen, when)
    return _own_after_host(text, c, j, chosen, dates) or when[j]


def _own_after_host(
    text: str, c: EventMention, j: int, chosen: list[EventMention], dates: list[DateSpan]
) -> Dates | None:
    """The own day of ``c``, held during the host ``chosen[j]``, written after the host's dates and before
    the next event or the end of the sentence (decision 9: its own dates, not the host's): ``a briefing
    during the WSIS Forum 2031, held from 8 to 12 June, on 9 June``; not a date of the host
    (:func:`.event_dates.hosts_date`)."""
    host_end = chosen[j].span[1]
    stop = _SENTENCE_END.search(text, host_end)
    limit = min([stop.start() if stop else len(text), *(o.span[0] for o in chosen[j + 1 :] if o.span[0] >= host_end)])
    d = next((d for d in dates if host_end <= d.span[0] < limit and not hosts_date(text, c.span[1], d.span[0])), None)
    return (d.start, d.end, d.precision) if d and not is_due_at(text, d.span[0]) else None


def _opening_host(text: str, i: int, chosen: list[EventMention], when: list[Dates]) -> Dates:
    """The dates of the event that opens the sentence of ``chosen[i]`` after ``During``/``On the margins
    of`` (``During the WSIS Forum 2032, held in Geneva from 3 to 7 May, Peru organized a workshop on
    X``: the workshop's), when it is the first event of the sentence and dated; else ``when[i]``."""
    c = chosen[i]
    s0 = ([0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, c.span[0])])[-1]
    first = next((k for k in range(i) if chosen[k].span[0] >= s0), None)
    if first is None or when[first][0] is None or not _DURING_FIRST.fullmatch(text, s0, chosen[first].span[0]):
        return when[i]
    return when[first]


def _dated_before(text: str, c: EventMention, dates: list[DateSpan]) -> tuple[date | None, date | None, str]:
    """An event named without dates of its own after it: dated only by ``preceded, on <date>, by``
    or by the date its reader found before it (:func:`~.event_forms.opening_date`)."""
    d = dated_before(text, c.span[0], dates)
    return (d.start, d.end, d.precision) if d else (c.start, c.end, c.precision)


def _in_topic(text: str, c: EventMention, g: EventMention) -> bool:
    """Whether ``c`` is named inside the topic of the generic event ``g`` (``an open consultation
    process for the WSIS Forum 2031``; not ``the Global Symposium for Regulators``, a name), or
    among its modifiers before a word of its own (``the APT WRC-31 coordination meeting``, ``a
    WTDC-33 preparatory meeting``: another event, named after the conference it prepares; not ``the
    Council 2031 session``, the series' event itself)."""
    inside = g.span[0] < c.span[0] and c.span[1] <= g.span[1]
    if not inside:
        return False
    if re.search(r"\s(?:on|for|about|of)\s", text[g.span[0] : c.span[0]]):
        return True
    modifier = re.match(r"\s+([a-z][\w\-]*)\s", text[c.span[1] : g.span[1]])
    return modifier is not None and modifier.group(1) not in _generic_nouns()


@cache
def _generic_nouns() -> frozenset[str]:
    """The words of the generic event nouns (``ingest/data/generic-events.csv``)."""
    return frozenset(w for r in data_rows("generic-events.csv") for w in r["noun"].split())


def _apart(text: str, y: EventMention, c: EventMention, generic: Sequence[EventMention]) -> bool:
    """Whether candidate ``y`` may join the candidates beside ``c``: no overlap, or ``c`` is
    named in the topic of the generic event ``y``."""
    return y.span[1] <= c.span[0] or y.span[0] >= c.span[1] or (y in generic and _in_topic(text, c, y))


_PLACE_WORD = r"[A-Z][\w’'\-]*(?:\.(?=\s*[A-Z]))?"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:(?:de|du|el|al|es|la)\s+)?{_PLACE_WORD})*"
#: after the name (and a bracket or dates): "(which will be) held in", "to be held in", "in"
_PLACE_AFTER = re.compile(
    rf"^\s*\)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:(?:{modal_alternation('future')})\s+be|to\s+be|{auxiliary_alternation('be')})\s+)?"
    rf"(?:(?:held|hosted|organi[sz]ed|convened)\s+|(?:(?:{modal_alternation('future')})\s+)?(?:take|took|taking|takes)\s+place\s+)?"
    rf"(?:(?:from|on|between)?\s*\x00+\s*,?\s*)?in\s+(?:the\s+city\s+of\s+)?(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
)


def _mention_dates(
    text: str,
    c: EventMention,
    limit: int,
    dates: list[DateSpan],
    months: list[DateSpan],
    of_year: bool = True,
    yearless: bool = False,
) -> tuple[date | None, date | None, str]:
    """(start, end, precision) of mention ``c`` from the dates after it up to ``limit``: days
    first; else (no date of its own) a month, first to last day ("the WSIS+20 review by UNGA in
    December 2025"). Deadlines ("by ...") are no dates of the event, nor, for an event of a year
    (``WSIS Forum 2027``), dates of another year (``its open consultation started on 15 October 2026``).
    ``yearless`` (the text was read with no default year): the days written without a year after an
    event of a year are of that year (``the WSIS Forum 2031, held from 16 to 20 May``)."""
    found = re.search(r"\b((?:19|20)\d\d)$", c.name) if of_year else None  # not a generic event's topic's year
    if found is not None:
        dates, months = _of_its_year(text, c, int(found.group(1)), dates, months, yearless)
    if (other := _clause_of_another(text, c, dates)) is not None:
        return other
    mine = _holdings(
        text, _in_time_order([d for d in dates if c.span[1] <= d.span[0] < limit and not is_due_at(text, d.span[0])])
    )[0]
    if (bracket := _BRACKET_AFTER.match(text, c.span[1])) is not None and _bracketed_dates(text, c.span[1], dates):
        # its own dates in the bracket after its name: a date after the bracket is another's (``WRC-31
        # (Lima, 3-28 November 2031) on 29 November adopted``: the day of an act, not the conference's)
        mine = [d for d in mine if d.span[1] <= bracket.end(1)]
    mine = _before_next_row(text, mine)
    if mine:
        start = min(d.start for d in mine)
        last = max((d.end or d.start) for d in mine)
        return start, (last if last != start else None), "day"
    if c.start is None:
        month = next((d for d in months if c.span[1] <= d.span[0] < limit and not is_due_at(text, d.span[0])), None)
        if month is not None:
            return month.start, month.end or month_end(month.start), "month"
    return c.start, c.end, "day"


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
            or re.search(
                r"\b(?:for|of|to)\s+(?:the\s+)?$", text[max(0, c.span[0] - 12) : c.span[0]]
            )  # "the CPM for WRC-12"
        )
    ):
        own = None
    dates = [_in_year(d, year) for d in dates]
    dates = [d for d in dates if year in (d.start.year, (d.end or d.start).year) or d == own]
    months = [d for d in map(lambda d: _in_year(d, year), months) if year in (d.start.year, (d.end or d.start).year)]
    return dates, months


#: between the dates of one holding of an event and those of another in another place: ``(held in Geneva
#: from 1 to 3 May 2031) and in Lima (from 4 to 6 June 2032)``
_ANOTHER_HOLDING = re.compile(rf"\s*,?\s*and\s+(?:in|at)\s+{_PLACE}\s*,?\s*(?:(?:from|on|between)\s+)?(?:the\s+)?")


def _holdings(text: str, mine: list[DateSpan]) -> tuple[list[DateSpan], list[DateSpan]]:
    """The dates after an event split where ``and in <Place>`` brings in its next holding (``the
    Summit, held in Geneva from 1 to 3 May 2031 and in Lima from 4 to 6 June 2032``: two events of
    one name, each with its own days): (the first holding's dates, the next holding's)."""
    for i in range(1, len(mine)):
        if _ANOTHER_HOLDING.fullmatch(text, mine[i - 1].span[1], mine[i].span[0]):
            return mine[:i], mine[i:]
    return mine, []


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


def _next_holding(text: str, c: EventMention, limit: int, dates: list[DateSpan], first: date) -> EventMention | None:
    """The event's next holding in another place (:func:`_holdings`), named as the event and keyed
    by its own year (``world-summit-x-2031`` -> ``world-summit-x-2032``)."""
    mine = [d for d in dates if c.span[1] <= d.span[0] < limit and not is_due_at(text, d.span[0])]
    later = _holdings(text, _in_time_order(mine))[1]
    if not later or later[0].start <= first:
        return None
    start, end = later[0].start, max(d.end or d.start for d in later)
    year = str(start.year)
    key = re.sub(r"(?:19|20)\d\d$", year, c.key) if re.search(r"-(?:19|20)\d\d$", c.key) else f"{c.key}-{year}"
    if key == c.key:
        key = f"{c.key}-{start:%m-%d}"
    return EventMention(key, c.name, c.kind, c.span, c.code, start, end if end != start else None)


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


#: an event named as a point in time a clause is read from (``Since PrepCom-2, three regional
#: meetings were held: in Lima from 3 to 5 May ...``): the clause's dates are its subject's
_SINCE_BEFORE = re.compile(r"(?i:\b(?:since|after|following))\s+(?:the\s+)?(?:(?:last|previous)\s+)?$")
_COMMA_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,")


def _clause_of_another(
    text: str, c: EventMention, dates: list[DateSpan]
) -> tuple[date | None, date | None, str] | None:
    """The dates of event ``c`` when the clause's dates are another's: ``c`` is what a meeting or a
    body is for (:func:`_prepared_for`) or the point in time the clause is read from (``Since
    PrepCom-2, three regional meetings were held: in Lima from 3 to 5 May``): only its own dates
    set off by commas (``Since WTDC-30, held in Lima from 3 to 14 May, ...``); else None."""
    comma = _COMMA_AFTER.match(text, c.span[1]) is not None
    since = comma and _SINCE_BEFORE.search(text, max(0, c.span[0] - 30), c.span[0]) is not None
    if not since and not _prepared_for(text, c):
        return None
    # what a preparatory meeting is for, its session's code in brackets after it (``the APT Preparatory
    # Group for PP-30 (APT PP30-2), held in Bangkok from ...``) or a meeting named before it (``the third
    # preparatory meeting for WTSA-32, held in ...``): the participle is the meeting's, the conference's
    # dates only in a bracket right after its name or after a participle with no comma before it (``in
    # preparation for the Regional Conference held in Tokyo on 13-15 January``)
    own = (
        own_dates(text, c.span[1], dates)
        if (comma and (since or not _a_meetings_purpose(text, c))) or _PARTICIPLE_AFTER.match(text, c.span[1])
        else _bracketed_dates(text, c.span[1], dates)
    )
    return (own.start, own.end, own.precision) if own else (c.start, c.end, "day")


#: a participle right after an event's name, no comma between: it says when that event is held
_PARTICIPLE_AFTER = re.compile(r"\s+(?:to\s+be\s+)?(?:held|scheduled|taking\s+place)\b")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]*)\)")
#: a session's code in brackets (``(APT PP30-2)``, ``(CPM31-1)``)
_CODE_BRACKET = re.compile(r"\s*\((?:[A-Z]+\s+)?[A-Z]+[\w.\-]*\d[\w.\-]*\)")


def _a_meetings_purpose(text: str, c: EventMention) -> bool:
    """Whether event ``c`` is what a meeting named with it is held for: its session's code in brackets
    after ``c`` or an event noun in the phrase before (``the third preparatory meeting for``). Not ``c``'s own
    code after its name, nor its name before its code (``the preparation for the World X Conference 2031
    (WXC-31), to be held in ...``: the work for it is no meeting, the participle dates the conference)."""
    code = _CODE_BRACKET.match(text, c.span[1])
    if code and not _names_event(code.group(0), c.key):
        return True
    found = _purpose_head().search(text, max(0, c.span[0] - 160), c.span[0])
    if found is None:
        return False
    name = found.group("name")
    head = (
        found.group(0)[: found.start("name") - found.start()] if name and _names_event(name, c.key) else found.group(0)
    )
    return event_noun_regex().search(head) is not None


def _names_event(text: str, key: str) -> bool:
    """Whether ``text`` (a name, a code in brackets) names the event of ``key``."""
    return any(m.key == key for m in event_mentions(text))


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
        rf"(?:(?i:\b(?:{words}))|\b(?:{body_heads()})(?=\s))(?:\s+(?:[A-Z(][^\s]*|the|of|and|for|on|in|region|meeting|group|session))*?"
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
    context: Meeting | None = None,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    """:func:`find_events` and :func:`event_key_aliases` in one pass over the report (``context``:
    the meeting a report that records none is for, :func:`event_mentions`)."""
    return _events(report, default_year, bodies, meeting, context)


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


def _events(
    report: ParsedReport,
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
    context: Meeting | None = None,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    """Every event of the report, its mentions merged by key (recorded on the document model),
    numbered sessions merged into the yearly event they are named with."""
    default_year = default_year or _own_year(report)  # a report of no year: its header's, else the one its days are in
    context = context or (header_context(report, bodies) if meeting is None else None)
    merged, aliases = _mentioned(report, default_year, bodies, meeting, context)
    _from_layout(report, merged, default_year, bodies, meeting, context)
    for key in _own_session(merged, meeting):
        del merged[key]
    own, hosts = _on_own_days(merged, meeting)
    for key in own:
        del merged[key]
    issued = document_date(report)
    for key in hosts + [k for k, e in merged.items() if _dated_by_issue(report, k, e, issued, meeting is None)]:
        merged[key].update(start=None, end=None, months=[])  # a year alone is no date (decision 24)
    for key in [k for k, e in merged.items() if _as_a_time(report, k, e) or _a_record_title(k, e["name"])]:
        del merged[key]
    for key in [k for k, e in merged.items() if (e["start"] or e.get("row_dated")) and _action_rows_only(report, k, e)]:
        del merged[key]
    renamed, own = _numbered_again(merged, meeting)
    for key in own:
        del merged[key]
    renamed |= _next_met(merged, meeting)
    for old, new in _final(_repeated(merged) | _named_again(merged) | renamed | _series_again(merged)).items():
        _merge_event(merged[new], merged.pop(old))
        aliases[old] = new
    for para in document(report).paragraphs if aliases else ():  # what later extractors read names the merged event
        if found := para.spans.get("event"):
            para.spans["event"] = [replace(s, key=aliases.get(s.key, s.key)) for s in found]
    return tuple(_event_record(key, e) for key, e in merged.items()), aliases


def _mentioned(
    report: ParsedReport,
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
    context: Meeting | None,
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The events the paragraphs mention, by key (each mention recorded on the document model), merged when
    named together or by the code in brackets after them; and each merged-away key's new key."""
    merged: dict[str, dict[str, Any]] = {}
    together: dict[str, list[set[str]]] = {}  # event key -> the event keys of each clause naming it
    by_code: dict[str, str] = {}  # a mention's key -> the key of the code in brackets after it
    coded_at: list[tuple[str, EventMention]] = []  # undated mentions with a code in brackets after them
    hosted: list[tuple[str, str]] = []  # an undated event's key -> the key of the event it is held during
    row_dated: set[str] = set()  # events named with a date in a row of an action table
    reference = _reference(report, meeting)
    doc = document(report)
    doc.found("event")
    header = _header_lines(report, headings=True)
    matcher = None if doc.has("body") else BodyMatcher(meeting.body if meeting else None)
    for p in report.paragraphs:
        if matcher is None:
            spans = [(s.start, s.end, s.key) for s in doc.spans(p.order, "body")]
        else:
            spans = [(s.start, s.end, s.keys[0]) for s in matcher.spans(p.text)]
        mentions = _dated_by_header(
            event_mentions(p.text, default_year, bodies, meeting, spans, context, reference),
            header,
            p.order,
            meeting is None,
        )
        mentions = _undated_in_action_row(report, p, mentions, row_dated)
        coded = _coded_in_brackets(p.text, mentions)
        coded_at += [(p.text, m) for m in coded if m.start is None and _CODE_AFTER.match(p.text, m.span[1])]
        by_code.update({m.key: c.key for m, c in zip(mentions, coded, strict=True) if m.key != c.key})
        mentions = [_occurrence(merged, m, p.order) for m in coded]
        hosted += _hosted(p.text, mentions)
        doc.add(p.order, (TypedSpan(*m.span, "event", m.key) for m in mentions))
        for a, b in doc.para(p.order).clauses if mentions else ():
            keys = {m.key for m in mentions if a <= m.span[0] < b}
            for key in keys:
                together.setdefault(key, []).append(keys)
    _dated_by_code(report, merged, coded_at)
    for key in row_dated & merged.keys():
        merged[key]["row_dated"] = True
    aliases = _aliases(merged, together)
    for old, new in aliases.items():
        _merge_event(merged[new], merged.pop(old))
    _dated_by_host(merged, hosted, aliases)
    return merged, aliases | {k: v for k, v in by_code.items() if k not in merged}


def _from_layout(
    report: ParsedReport,
    merged: dict[str, dict[str, Any]],
    default_year: int | None,
    bodies: Iterable[Any] | None,
    meeting: Meeting | None,
    context: Meeting | None,
) -> None:
    """The events the report's layout gives (a programme, titles, the session and series in the header,
    listed sittings, a series by its head, the header's meeting), added to ``merged``."""
    _programme(report, merged, default_year, meeting)
    _dated_by_title(report, merged, meeting)
    _in_number_order(report, merged, None if meeting else context)
    if session := _session_header(report):
        _add_mention(merged, *session)
    for series_line in _series_header(report):
        _add_mention(merged, *series_line)
    for sitting in _listed_sittings(report, meeting):
        _add_mention(merged, *sitting)
    _series_by_head(report, merged, default_year)
    _header_meeting(report, merged, meeting, bodies)
    if meeting is None:
        _for_meeting(report, merged, bodies)
        _session_under_title(report, merged)
        _editions_in_title(report, merged)
        _sessions_under_event(report, merged, default_year)


def _sessions_under_event(report: ParsedReport, merged: dict[str, dict[str, Any]], year: int | None) -> None:
    """The sessions a speech's front matter names under the event it was given at
    (:func:`~.event_header_sessions.header_sessions`), each event named there (in the title too) with
    its days as found; a session the paragraphs already name is theirs."""
    lines = front_matter(report)
    named = [(-1, report.title or ""), *((q.order, q.text) for q in lines)]
    hosts = {}
    for order, text in named:
        if found := event_mentions(text):
            e = merged.get(found[0].key) or {"start": None}
            hosts[order] = (e["start"], e["end"]) if e["start"] else None
    names = {e["name"].lower() for e in merged.values()}
    for m, order in header_sessions(lines, hosts, year):
        # not a line the paragraphs' readers name an event or a body by (``World Summit on X — Tunis phase``)
        if m.name.lower() not in names and not event_mentions(m.name) and squash(m.name) not in body_index().keys:
            _add_mention(merged, m, order)


def written_year(report: ParsedReport) -> int | None:
    """The year of a report that gives none (no meeting, no front line dated: a speech, a page of
    highlights, a statement), for its events' days written without one: the last year a day is
    written with (``took place from 9 to 12 July 2031`` ... ``10 July | Session on X``: 10 July
    2031; a text recalls the past with its years and speaks of its own days without one). A day of
    history (``founded on 17 May 1865``: more than :data:`_HISTORY` years before the last year the text
    writes) is no day of the report: when only such days have a year, the year the text writes most
    (``the post-2015 agenda``). None when no day is written with its year."""
    days = [d for p in report.paragraphs for d in find_dates(p.text) if d.precision == "day" and d.year_written]
    if not days:
        return None
    written = [int(y) for p in report.paragraphs for y in _A_YEAR.findall(p.text)]
    floor = max(written, default=0) - _HISTORY
    years = [d.start.year for d in days if d.start.year >= floor]
    if years:
        return max(years)
    recent = sorted(y for y in written if y >= floor)
    return max(recent, key=lambda y: (recent.count(y), y)) if recent else None


def _own_year(report: ParsedReport) -> int | None:
    """The year of a report's days written without one when it is dated by no day: the year its
    header writes (``ITU COUNCIL 2031 – HIGHLIGHTS``, ``Lima, 3-5 May 2031``) when its text writes its
    days in that year or up to :data:`_AHEAD` years later (the days of next year's session are no
    reason to read ``on 30 May`` in that year), else :func:`written_year`. An excerpt that opens in
    the middle of a sentence (``...of the Conference (Lima, 3-5 May 2031), to ...``) has no header."""
    written, header = written_year(report), header_year(report)
    opening = report.paragraphs[0].text.lstrip() if report.paragraphs else ""
    cut = not opening or opening[0].islower() or opening.startswith(("...", "…"))
    return header if written and header and not cut and 0 <= written - header <= _AHEAD else written


#: how many years after its header's year a report's text may date its plans
_AHEAD = 2


#: how many years before the last year a text writes a day of it is history (``on 17 May 1865``)
_HISTORY = 30
_A_YEAR = re.compile(r"(?<![\d/.])(?<!\d-)((?:19|20)\d\d)(?![\d/])")


def _in_number_order(report: ParsedReport, merged: dict[str, dict[str, Any]], about: Meeting | None) -> None:
    """The numbered meetings of the body of the meeting a contribution or a letter is for (``about``,
    its context; not a report's own meeting, whose days already read the tense of each clause) fall
    before it when their number is lower and after it when higher: a day read in the wrong year
    (``the seventeenth meeting of the Group on 3 October``, in a contribution to its eighteenth
    meeting in February) moves by one year. A day written with its year (``on 20 September 2034``)
    keeps it (:func:`_year_written`). Not for the body of a series of sessions (the Council), whose
    plenary meetings each session numbers afresh."""
    sessions = {s.body for s in event_series() if s.body}  # a session's plenaries are numbered afresh
    if about is None or about.number is None or about.start is None or about.body in sessions:
        return
    prefix = about.body + "-"
    for key, e in merged.items():
        tail = key[len(prefix) :] if key.startswith(prefix) else ""
        if not tail.isdigit() or e["start"] is None or int(tail) == about.number:
            continue
        shift = -1 if int(tail) < about.number and e["start"] > about.start else 0
        shift = 1 if int(tail) > about.number and (e["end"] or e["start"]) < about.start else shift
        if shift and not _year_written(report, e):
            try:
                e["start"] = e["start"].replace(year=e["start"].year + shift)
                e["end"] = e["end"] and e["end"].replace(year=e["end"].year + shift)
            except ValueError:  # 29 February
                continue


def _year_written(report: ParsedReport, e: dict[str, Any]) -> bool:
    """Whether event ``e``'s first day is written with its year in a paragraph naming it (``held on
    20 September 2034``, ``14-15 October 2031``): a year inference may not move."""
    texts = [p.text for p in report.paragraphs if p.order in e["paragraphs"]]
    return any(
        d.year_written and d.start <= e["start"] <= (d.end or d.start)
        for t in texts
        for d in find_dates(t)
        if d.precision == "day"
    )


def _reference(report: ParsedReport, meeting: Meeting | None) -> tuple[date, date] | None:
    """The report's own days: its meeting's first and last, else the day it is dated by."""
    if meeting is not None and meeting.start is not None:
        return meeting.start, meeting.end or meeting.start
    day = document_date(report)
    return (day, day) if day else None


def _programme(
    report: ParsedReport, merged: dict[str, dict[str, Any]], default_year: int | None, meeting: Meeting | None
) -> None:
    """The events a programme lists under a day (:mod:`.event_programme`), a table of meetings or a
    schedule lists (:mod:`.event_tables`), where no dated event was read from the item or row; the
    one undated event read from a table's row is the row's event, dated by it. A row on the days
    of the report's own meeting is that meeting."""
    own = (meeting.start, meeting.end or meeting.start) if meeting is not None and meeting.start else None
    for order, m in programme_mentions(report, default_year):
        named = [e for e in merged.values() if order in e["paragraphs"] and (e["start"] or e["months"])]
        if not named:
            _add_mention(merged, m, order)
    listed = (table_mentions, schedule_mentions, block_mentions)
    for order, m in [found for reader in listed for found in reader(report, default_year)]:
        read = [k for k, e in merged.items() if order in e["paragraphs"]]
        if own == (m.start, m.end or m.start) or any(merged[k]["start"] or merged[k]["months"] for k in read):
            continue
        _occurrence(merged, replace(m, key=read[0]) if len(read) == 1 else m, order)


def _own_session(merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> list[str]:
    """The report's own meeting named as the event of the series that is its body, on its first
    day (``WSIS Forum 2031`` from 12 May 2031 in the outcomes of that Forum, body ``wsis-forum``):
    the meeting, not another event. A session of a body's series (``Council 2031`` in a record of
    the Council) stays an event of its own (:func:`session_meeting`). A meeting whose body is only
    its name (``Caribbean Expert Group Meeting on X``: the body keyed by that name) named without
    dates is that meeting too."""
    if meeting is None or meeting.number is not None:
        return []
    prefix = meeting.body + "-"
    return [
        k
        for k, e in merged.items()
        if (meeting.start and e["start"] == meeting.start and k.startswith(prefix) and k[len(prefix) :].isdigit())
        or (k == meeting.body and e["start"] is None and not e["months"])
        or _whole_session(k, e, meeting)
    ]


#: an event named as the next one of its kind (``the next meeting``, ``the Commission's next panel``)
_NEXT = re.compile(r"(?i)(?:the\s+)?(?:\S+'s\s+)?next\b")


#: after a meeting named as a time: ``to TSAG at its first meeting after this Assembly``
_AFTER = re.compile(r"\s+(?:after|following)\s")


def _as_a_time(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Decision 25: a meeting used as a time is an event only when the text dates it or names where it is
    held. ``the next meeting`` (``next Forum``, ``next open consultation``: ``X offered to host the next
    coordinators' meeting``) and a meeting named only before ``after`` (``report to TSAG at its first meeting
    after this Assembly``) that no mention dates or places, nor holds at another event (``the next C4
    facilitation meeting will be held at the WSIS Forum 2032``), are times, not events."""
    if e["start"] is not None or e["months"] or e["place"] or e.get("held_at"):
        return False
    if _NEXT.match(e["name"]):
        return True
    doc = document(report)
    found = [(order, s) for order in e["paragraphs"] for s in doc.spans(order, "event") if s.key == key]
    return bool(found) and all(_AFTER.match(doc.para(order).text, s.end) for order, s in found)


@cache
def _record_title() -> re.Pattern[str]:
    """A record's title word and its ``of`` anywhere in a name (``meeting_words.csv``: role ``session-record``
    except the words prose also uses of an event's results, valued ``results`` — ``outcome of``, ``highlights
    of`` —, and role ``record-title``)."""
    titles = [w for w, value in meeting_words("session-record").items() if value != "results"]
    records = word_alternation([*titles, *meeting_words("record-title")])
    return re.compile(rf"(?<![\w'’])(?i:{records})\s")


def _a_record_title(key: str, name: str) -> bool:
    """Whether an event read under a name of its own (keyed by it, no catalogue's key) is named by the title of
    a record of a meeting (``Summary report of the fifteenth meeting``, ``Chair's summary of the open consultation``,
    ``Minutes of meeting no. 3/2031``, ``Study Group 9 Regional Group for Asia Report of the virtual meeting``):
    that is the document (the report's own meeting's), never another event."""
    return key.startswith(slug(name)) and _record_title().search(name) is not None


def _undated_in_action_row(
    report: ParsedReport, p: Paragraph, mentions: list[EventMention], row_dated: set[str]
) -> list[EventMention]:
    """The mentions of a row of an action table without the row's date (decision 31: ``Coordinate positions
    at PP-30 | Coordinators | 20 October 2030``: the task's deadline, not the conference's days); the
    keys so undated are added to ``row_dated`` (an event named in such rows only is none:
    :func:`_action_rows_only`)."""
    if not any(m.start for m in mentions) or len(table_cells(p.text)) < 2 or not _action_row(report, p.order):
        return mentions
    row_dated.update(m.key for m in mentions if m.start)
    return [replace(m, start=None, end=None, precision="day") for m in mentions]


#: how far back from a row its table's header may stand
_TABLE_ROWS = 30


def _action_rows_only(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Whether every paragraph naming a dated event is a row of an action table (decision 31: ``Action |
    Responsible | Deadline``, ``Item, Date, Responsible``): a row's action (``National workshops in A and B``,
    ``Confirm host country for the 2031 regional drill``) is a task, its date a deadline, not an event's."""
    doc = document(report)
    named = [order for order in e["paragraphs"] if any(f.key == key for f in doc.spans(order, "event"))]
    rows = all(len(table_cells(doc.para(order).text)) >= 2 for order in named)  # before the scan for a header
    return bool(named) and rows and all(_action_row(report, order) for order in named)


#: a sentence's end: a line so ended is prose, no row (``..., back to back with the Summit (12-14 May 2031).``)
_PROSE_LINE = re.compile(r"[a-z)]\.\s*$")


def _action_row(report: ParsedReport, order: int) -> bool:
    """Whether paragraph ``order`` is a row under the header of an action table
    (:func:`~.request_actions.table_header`): it and every line between are rows of as many cells
    as the header at least, none a sentence."""
    at = next((i for i, p in enumerate(report.paragraphs) if p.order == order), None)
    if at is None:
        return False
    rows: list[int] = []
    for p in reversed(report.paragraphs[max(0, at - _TABLE_ROWS) : at + 1]):
        if rows and (roles := table_header(p.text)) is not None:
            return all(n >= len(roles) for n in rows)
        if _PROSE_LINE.search(p.text):
            return False
        rows.append(len(table_cells(p.text)) + p.text.startswith("|"))  # its number cell read as a section's
        if rows[-1] < 2:
            return False
    return False


def _dated_by_issue(
    report: ParsedReport, key: str, e: dict[str, Any], issued: date | None, unmet: bool = False
) -> bool:
    """Whether a series' edition is dated only by the day the document is dated (:func:`~.dates.document_date`:
    ``Council 2031 – Virtual consultation of councillors / Document C31/12-E / 14 May 2031``, ``Date: 11 November
    2031`` under a session at IGF 2031), on a line that does not name it: the day the document was issued or its
    meeting held, not the edition's (decision 24). An observance of a fixed day keeps it (``World
    Telecommunication and Information Society Day 2031``, 17 May), and so does a line naming both (a row
    ``4 May 2031, WTIS-31``, a dateline ``PP-30, Lima, 3 October 2030``) and a header line naming it over a
    dateline with its place in a document of no meeting of its own (``unmet``: ``Council 2031 – Second Plenary
    Meeting`` / ``Lima, 4 May 2031`` over a speech: the day of the sitting it is given at,
    :func:`_named_over_dateline`; a meeting found on that day is held at the edition, :func:`_on_own_days`).
    Not a forum's (``events.csv``, kind ``forum``: ``X Forum 2031 – Special session`` over its day): a forum
    holds many sessions, and the dateline's day is one of them."""
    s = edition_of(key) if issued is not None and e["start"] == issued and e["end"] in (None, issued) else None
    if s is None or s.fixed_date is not None:
        return False
    doc = document(report)
    named = [order for order in e["paragraphs"] if any(f.key == key for f in doc.spans(order, "event"))]
    if unmet and s.kind != "forum" and issued is not None and _named_over_dateline(report, key, named, issued):
        return False
    return not any(d.start == issued for order in named for d in find_dates(doc.para(order).text))


def _named_over_dateline(report: ParsedReport, key: str, named: list[int], day: date) -> bool:
    """Whether the edition ``key`` opens a header line (one of ``named``, paragraph orders) or the title, in
    a document whose header has a dateline of ``day`` with its place (``Council 2031 – Second Plenary
    Meeting`` with ``Lima, 4 May 2031`` over or under it; ``X SYMPOSIUM 2031 (XS-31)`` over ``Suva, Fiji, 3 May
    2031``): the day of the sitting the document is of. Not an edition named further into a line (``Remarks at
    the X Forum 2031 special session``: one day of the forum's several)."""
    lines = _header_lines(report, headings=True)
    doc = document(report)
    opens = any(
        s.key == key and s.start < 5 for p in lines if p.order in named for s in doc.spans(p.order, "event")
    ) or any(m.key == key and m.span[0] < 5 for m in event_mentions(report.title or ""))
    return opens and any((d := front_dateline(p.text.strip())) and d[1] and d[0].start == day for p in lines)


@cache
def _ordinal() -> re.Pattern[str]:
    return re.compile(rf"\b{ordinal_regex()}", re.I)


#: a meeting's name (a body's meeting holding the own meeting's day is it; a summit or forum may host it)
_MEETING = re.compile(r"(?i)\bmeeting\b")


#: words of an event's name that do not tell which body's it is (besides event nouns and ordinals)
_NO_BODY_WORDS = frozenset({"the", "of", "on", "for", "and", "in", "annual", "regular", "ordinary"})


def _names_own_body(key: str, name: str, meeting: Meeting) -> bool:
    """Whether event ``key`` named ``name`` is named by the report's meeting body: its key (``c4-facilitation-
    meeting-2031``) or every telling word of its name in the body's key (``fifth C8 facilitation meeting`` of
    ``action-line-c8-facilitation-meeting``; ``Sixth Annual Meeting of the Pacific Regulators Network``)."""
    if key == meeting.body or key.startswith(meeting.body + "-"):
        return True
    nouns = {n.casefold() for n in event_nouns()}
    words = {w for w in slug(_ordinal().sub(" ", name)).split("-") if w and not w.isdigit()}
    telling = words - nouns - _NO_BODY_WORDS
    return bool(telling) and telling <= set(meeting.body.split("-"))


def _on_own_days(merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> tuple[list[str], list[str]]:
    """Events dated only by the report's own meeting's days: the meeting named again, and the events it is
    held at or for, dated by its dateline (keys of each). A series' edition that starts on the meeting's
    first day and ends within its days is the meeting when the series is the meeting's body (``GSR-31`` in
    the Chairman's report of GSR-31, a Council session in the record of the session), else its host or its
    aim (``WSIS Forum 2031`` over a facilitation meeting's dateline, ``WTDC-33`` in the title of an
    inter-regional meeting for it, the Council session in the record of one of its plenaries), undated when
    one day dates it. Any other event named by the meeting's body on its first day, or a meeting so named
    whose days hold that day, is the meeting (``the C4 facilitation meeting was held during the WSIS Forum
    2031 (12-16 May)``); a summit of the body's name holding it is its host (``WORLD SUMMIT ON THE
    INFORMATION SOCIETY / Second phase, Tunis, 16-18 November`` over a round table of 17 November)."""
    if meeting is None or meeting.start is None:
        return [], []
    first, last = meeting.start, meeting.end or meeting.start
    own: list[str] = []
    hosts: list[str] = []
    for k, e in merged.items():
        start, end = e["start"], e["end"] or e["start"]
        if start is None:
            continue
        if (s := edition_of(k)) is not None:
            if start == first and end <= last:
                mine = meeting.body in (k, s.prefix) or (meeting.body == s.body and meeting.number is None)
                if mine:
                    own.append(k)
                elif end == start:  # a one-day dateline (an edition on all the meeting's days is left as read)
                    hosts.append(k)
        elif (
            (start == first or (start < first <= end and _MEETING.search(e["name"])))
            and _names_own_body(k, e["name"], meeting)
            and _same_number(e["name"], meeting)
        ):
            own.append(k)
    return own, hosts


def _same_number(name: str, meeting: Meeting) -> bool:
    """Whether an ordinal in ``name``, if any, is the meeting's number (none known: any)."""
    m = _ordinal().search(name)
    return m is None or meeting.number is None or number_value(m.group(0)) == meeting.number


def _whole_session(key: str, e: dict[str, Any], meeting: Meeting) -> bool:
    """Whether event ``key`` is the session of a body's series on exactly the days of the report's
    own meeting of that body, which records the session itself, not one of its meetings (``Council
    2031``, 4-14 June, in the highlights of that session): the meeting, not another event."""
    prefixes = {s.prefix for s in event_series() if s.body == meeting.body}
    return (
        key.rpartition("-")[0] in prefixes
        and meeting.start is not None
        and (e["start"], e["end"]) == (meeting.start, meeting.end)
    )


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
    rf"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|{joiner_alternation()}))*?)?\s*\(\s*"
)

#: a code in brackets after an event's name (and the rest of its topic, when the name was read short), with a
#: number or a hyphen in it: ``(CSW67)``, ``(CPM23-2)``, ``(WTIM-11)``
_CODE_AFTER = re.compile(
    rf"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|{joiner_alternation()}))*?)?"  # its topic
    r"\s*\((?P<code>[A-Z][A-Za-z]*\d[\w\-]*|[A-Z]+-[A-Z\d][\w\-]*)\)"
)


def _dated_by_code(
    report: ParsedReport, merged: dict[str, dict[str, Any]], coded: list[tuple[str, EventMention]]
) -> None:
    """An event named with its code in brackets and no dates (``the sixty-seventh session of the
    Commission on the Status of Women (CSW67)``), named again by the code alone with its own dates
    (``an expert panel during CSW67, New York, 6-17 March 2033``, ``CPM31-2 was planned for 27/03/2033
    – 06/04/2033``): those dates are the event's, when no mention of it gave any."""
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
            days = [d for d in find_dates(p.text) if d.precision == "day"] if e["start"] is None else []
            own = own_dates(p.text, m.end(), days) if days else None
            if own is not None:
                _fold_days(e, own.start, own.end)


def _hosted(text: str, mentions: list[EventMention]) -> list[tuple[str, str]]:
    """Events named by form as written and undated, held during the event named right after them
    (:data:`_DURING`: ``a consultation on X during the WSIS Forum 2031``), when that event has no dates
    in this paragraph (:func:`_host_dates` dates the others): each one's key and its host's key."""
    out = []
    for m in mentions:
        if m.start is not None or m.name not in " ".join(text[m.span[0] : m.span[1]].split()):
            continue
        host = min((h for h in mentions if h.span[0] >= m.span[1]), key=lambda h: h.span[0], default=None)
        if host is not None and host.start is None and _DURING.fullmatch(text, m.span[1], host.span[0]):
            out.append((m.key, host.key))
    return out


def _dated_by_host(merged: dict[str, dict[str, Any]], hosted: list[tuple[str, str]], aliases: dict[str, str]) -> None:
    """Decision 9 across paragraphs: an event held during another (:func:`_hosted`) that no mention
    dates takes the dates the report gives its host elsewhere (``It is proposed to organize a
    consultation on X during the WSIS Forum 2031`` after ``The WSIS Forum 2031 will be held from 3 to 7
    May``)."""
    for key, host_key in hosted:
        e, host = merged.get(aliases.get(key, key)), merged.get(aliases.get(host_key, host_key))
        if e is not None and host is not None and e is not host:
            e["held_at"] = True  # names where it is held (decision 25)
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


def session_meeting(report: ParsedReport) -> Meeting | None:
    """The session of a body a report's header names, when no meeting is stated otherwise:
    a front line that is only a session of an event series with a body in
    ``ingest/data/events.csv`` (``Council 2024``, ``PP-22``, ``Plenipotentiary Conference
    2022``), followed (same line, however long, or the next front lines) by a dateline of that year
    (``Geneva, 4-14 June 2024``) -> the meeting of that body (:func:`_session_body`), with those
    dates and place; else a title that is the session's code and a record's word (``WTDC-30 HIGHLIGHTS``)
    over that dateline (:func:`_titled_session`).

    ``number`` stays ``None``: the meeting number is an ordinal count of a body's meetings
    (``41st meeting``), and a session year is no such count; the model then names the meeting
    after the report, and the session stays an event of its own (``council-2024``). No
    dateline of the session's year, no meeting (a title naming an event is not a report of it)."""
    lines = _header_lines(report)
    for i, p in enumerate(lines):
        text = p.text.strip()
        for s, m in _bodied_sessions(text):
            rest = _after_session(text, m, s)
            # the dateline: the rest of the line when there is one, else one of the next two lines
            on_line = dateline(rest) if rest else None
            if len(text) > _SESSION_LINE_CHARS and on_line is None:
                continue
            found = (on_line, p.order) if on_line else None if rest else _dateline_after(lines, i)
            if found is not None and m.name.endswith(str(found[0][0].start.year)):
                return _session_held(s, found, p.order)
    return _titled_session(report, lines)


#: a header line longer than this is a session's name only with its dateline on it
_SESSION_LINE_CHARS = 80


def _bodied_sessions(text: str) -> list[tuple[Series, EventMention]]:
    """The sessions of a series with a body in ``events.csv`` that open ``text`` (``PP-22``, ``Council 2024``)."""
    series = {s.prefix: s for s in event_series()}
    out = []
    for m in series_mentions(text, upper=False):
        s = series.get(m.key.rsplit("-", 1)[0])
        if s is not None and s.body is not None and m.span[0] == 0 and len(m.key.rsplit("-", 1)) == 2:
            out.append((s, m))
    return out


def _titled_session(report: ParsedReport, lines: Sequence[Paragraph]) -> Meeting | None:
    """A title that is a session's code or name and a record's word (``WTDC-30 HIGHLIGHTS``, ``GSR-31: Outcomes``;
    ``meeting_words.csv``, role ``record-word``) over a dateline of its year on one of the first two front lines."""
    found = _dateline_after([Paragraph(0, "front", (report.title or "").strip()), *lines], 0)
    title = _venue_off((report.title or "").strip(), found[0][1] if found else None)
    for s, m in _bodied_sessions(title):
        rest = _after_session(title, m, s)
        if found is not None and _record_words_only(rest) and m.name.endswith(str(found[0][0].start.year)):
            return _session_held(s, found, found[1])
    return None


#: a code opening a title and a venue joined to it by a slash or a hyphen (``WTDC-30/Kigali Highlights``)
_CODE_VENUE = re.compile(r"^(?P<code>[A-Z][A-Za-z]*-?\d{2,4})[/-](?P<venue>[A-Z][a-z][\w'’-]*)(?![\w/])")


def _venue_off(title: str, place: str | None) -> str:
    """A title that opens with a session's code without the place of its dateline joined to the code
    (``WTDC-30/Kigali Highlights`` over ``Kigali, 2-13 November 2030``: ``WTDC-30 Highlights``)."""
    m = _CODE_VENUE.match(title)
    if m is None or not place or m.group("venue") not in place.split(", ")[0].split():
        return title
    return m.group("code") + title[m.end() :]


def _after_session(text: str, m: EventMention, s: Series) -> str:
    """What follows a session's name on its line, without a bracket of the series' code (``World
    Telecommunication/ICT Policy Forum 2032 (WTPF-32)``)."""
    rest = text[m.span[1] :].strip(" ,;:" + DASHES)
    codes = "|".join(re.escape(c) for c in s.codes)
    bracket = re.match(rf"\((?:{codes})(?:{DASH}?\s*\d{{2,4}})?\)", rest) if codes else None
    return rest[bracket.end() :].strip(" ,;:" + DASHES) if bracket else rest


@cache
def _record_words_only(text: str) -> bool:
    """``text`` is only a record's words (``HIGHLIGHTS``, ``Summary report``; ``meeting_words.csv``, role
    ``record-word``)."""
    words = word_alternation(meeting_words("record-word"))
    return re.fullmatch(rf"(?i:(?:{words})(?:\s+(?:{words}))*)", text) is not None


def _session_held(s: Series, found: tuple[tuple[DateSpan, str | None], int], order: int) -> Meeting:
    (day, place), dated = found
    orders = tuple(sorted({o for o in (order, dated) if o}))
    return Meeting(body=_session_body(s), start=day.start, end=day.end, place=place, paragraphs=orders)


def _session_body(s: Series) -> str:
    """The body that met in a session of series ``s``: a catalogue body the series' name or code names
    (``IGF 2031``, ``WTPF-32``); else the body whose session it is for a conference, a session or a meeting
    (``events.csv`` kinds of ``meeting_words.csv``, role ``body-session``: ``PP-22`` is the Plenipotentiary
    Conference's, ``Council 2024`` the Council's); else the series itself (``GSR-31`` is the Global Symposium
    for Regulators that ITU-D holds, decision 3)."""
    index = body_index()
    named = next((key for n in (s.name, *s.names, *s.codes) if (key := index.keys.get(squash(n)))), None)
    if named is not None:
        return named
    return s.body if s.body and s.kind in meeting_words("body-session") else slug(s.name)


def _header_lines(report: ParsedReport, headings: bool = False) -> list[Paragraph]:
    """The front lines of a report's header, where an event's name and its dateline may stand
    on lines of their own; with ``headings``, also the front lines set as headings (``Council 2031``
    in a heading's style over ``Geneva, 7-17 June 2031``)."""
    return [p for p in front_matter(report) if headings or p.kind != "heading"]


def front_matter(report: ParsedReport) -> list[Paragraph]:
    """The report's front matter: its paragraphs up to the first numbered one or the first sentence of prose
    (:func:`~.header_fields.sentence_of_prose`), however many lines its header takes (at most the header's
    :data:`~.header_fields.HEADER_LINES`)."""
    lines: list[Paragraph] = []
    for p in report.paragraphs[:GENRE_HEADER_LINES]:
        if p.section[:1].isdigit() or sentence_of_prose(p.text):
            break
        if p.section == "front":
            lines.append(p)
    return lines


def _dateline_after(
    lines: Sequence[Paragraph], i: int, columns: bool = False
) -> tuple[tuple[DateSpan, str | None], int] | None:
    """The dateline (date span and place) among the two lines after ``lines[i]``, and its order;
    with ``columns``, also one the issue date follows on its line (:func:`~.datelines.front_dateline`)."""
    for q in lines[i + 1 : i + 3]:
        found = (front_dateline if columns else dateline)(q.text.strip())
        if found is not None:
            return found, q.order
    return None


def _dated_by_title(report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None = None) -> None:
    """A title naming an event of a year (``Plenipotentiary Conference (PP-30)``), the dateline
    of that year on one of the two lines under it (``Lima, 1-19 October 2030``): the event's
    dates, when no mention dates it; an event named only there is found on the dateline. A
    title that is only the name of an event by its form (``Regional Development Forum for the
    Andes (RDF-AND)`` over ``Quito, 3-4 May 2031``, the title of a speech) is that event, on those
    dates, unless it is the report's own meeting."""
    lines = _header_lines(report)[:2]
    found = next(((d, q.order) for q in lines if (d := front_dateline(_PHASE_LABEL.sub("", q.text.strip())))), None)
    if report.title and found is None:
        _dated_on_title(report, merged, meeting)
    if not report.title or found is None:
        return
    (day, _), order = found
    # "Regional Preparatory Meeting for WTDC-30" over a dateline: the meeting's days, not the conference's
    mentions = [m for m in event_mentions(report.title) if not _prepared_for(report.title, m)]
    if not any(m.name.endswith(str(day.start.year)) for m in mentions) and (
        meeting is None or meeting.start != day.start
    ):
        mentions += _title_event(_title_cased(report.title), day.start.year)
    for m in mentions:
        edition = m.name.endswith(str(day.start.year)) or m.key.endswith(str(day.start.year))
        if not edition and not (meeting is None and _whole_title(report.title, m) and not _YEAR_END.search(m.name)):
            continue
        if m.key not in merged:
            _add_mention(merged, m, order)
        e = merged[m.key]
        if e["start"] is None:
            e["start"], e["end"] = day.start, day.end


def _editions_in_title(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> None:
    """An observance of a fixed day named in the title of a report of no meeting of its own (``Message
    ... on the occasion of World Telecommunication and Information Society Day 2031 (17 May)``: the
    event a message is for, decision 4), when no paragraph names it: an event on its series' fixed
    day. Not an edition of another series (``Video message to the WSIS Forum 2031``: dev lists it with
    the dates the title does not give, so undated it is no match). The title is no paragraph: the
    event is recorded on the first one."""
    if not report.title or not report.paragraphs:
        return
    editions = {s.prefix for s in event_series()}
    for m in series_mentions(report.title):
        if m.key.rpartition("-")[0] in editions and m.start is not None and m.key not in merged:
            _add_mention(merged, replace(m, span=(0, 0)), report.paragraphs[0].order)


def _whole_title(title: str, m: EventMention) -> bool:
    """Whether a title is only the name of the event ``m`` (and its code in brackets): ``28th
    meeting of the Andean Spectrum Group (ASG)`` over its dateline heads a speech given there."""
    return m.span[0] <= 4 and not re.sub(r"^\s*\)?\s*(?:\([^()]{1,30}\))?\s*$", "", title[m.span[1] :])


#: a phase of an event before its dateline under the event's title (``WORLD SUMMIT ON X`` over ``Second
#: phase, Tunis, 16-18 November 2031``, ``First Phase – Geneva, 10-12 May 2030``)
_PHASE_LABEL = re.compile(rf"^[A-Z][a-z]+\s+[Pp]hase\s*(?:,|{DASH})\s*")


def _title_cased(title: str) -> str:
    """A title in capitals read in title case (``WORLD SUMMIT ON THE X`` -> ``World Summit on the
    X``), so that its event noun reads as one (:func:`_title_event`); any other title as it is."""
    if not title.isupper() or title.startswith("THE ") or any(cue.match(title) for cue in _report_titles()):
        return title  # "REPORT OF THE THIRD MEETING OF X": the report's own meeting; "THE PRESIDENT OF ...": a post
    return title_cased(title)


def _dated_on_title(report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> None:
    """A title that names an event with its own dates (``Council 2031, Geneva, 20-30 October 2031 –
    Plenary``, ``ITU COUNCIL 2031 — Geneva, 4–14 October 2031``): that event on those dates, unless
    it is the report's own meeting (on its first day, and no series' edition, which stays an event:
    :func:`session_meeting`). The title is no paragraph: the event is recorded on the first one."""
    order = report.paragraphs[0].order if report.paragraphs else 0
    editions = {s.prefix for s in event_series()}
    title = report.title or ""
    found = event_mentions(title)
    # the event the title opens with, also by its code in brackets after its name (``... 2031 (GSR-31) —
    # Lima, 3-5 May 2031``)
    opening = {m.key for m in found if m.span[0] < 5}
    mentions = [
        m
        for m in found
        if m.start is not None and m.precision == "day" and (m.key in opening or _dateline_follows(title, m))
    ]
    for m in mentions or _named_before_dateline(title):
        own = meeting is not None and m.start == meeting.start and m.key.rpartition("-")[0] not in editions
        if not own:
            _add_mention(merged, replace(m, span=(0, 0)), order)


def _dateline_follows(title: str, m: EventMention) -> bool:
    """Whether the rest of a title after the event's name (and its code in brackets) is only a
    dateline (``Welcome address Fifth meeting of the Expert Group on Tariffs (EGT) Lima, Peru, 3 May
    2031``; ``CONFERENCE (PP-30) Lima, 1-19 October 2030``): the dates are that event's."""
    if any(cue.match(title[: m.span[0]]) for cue in _report_titles()):
        return False  # "Summary Report — Third Meeting of the Group, Geneva, ...": the report's own meeting
    rest = re.sub(r"^\s*\)?\s*(?:\([^()]{1,30}\))?", "", title[m.span[1] :])
    field = _field_after().search(rest)  # "... (WRC-31) LIMA, 3-28 NOVEMBER 2031 Document 4-E 3 November 2031"
    return dateline(rest[: field.start() if field else len(rest)].strip(" ,;:")) is not None


@cache
def _field_after() -> re.Pattern[str]:
    """A header field a layout ran into a title after the event's dateline: a document's symbol or
    number (``Document 4-E``, ``Doc. 12``) or a labelled field (``header_fields.csv``: ``Original:
    English``)."""
    return re.compile(rf"\s+(?:(?i:document|doc\.)\s+[A-Z\d]|(?:{label_alternation()})\s*:)")


@cache
def _report_titles() -> tuple[re.Pattern[str], ...]:
    """How the title of a report of a meeting opens (``ingest/data/title_cues.csv``: ``Summary record``)."""
    return tuple(re.compile(r["pattern"], re.IGNORECASE) for r in data_rows("title_cues.csv"))


def _named_before_dateline(title: str) -> list[EventMention]:
    """A title that is a capitalised event name, a dash or a comma and a dateline (``CONNECT ASIA
    SUMMIT - HANOI, 3-5 MAY 2031``, ``Regional Forum on Broadband, Lima, 2-3 June 2031``): that
    event (:func:`_title_event`, a name in capitals read in title case) on those dates."""
    for cut in re.finditer(rf"\s*(?:{DASH}|,)\s*", title):
        found = dateline(title[cut.end() :])
        if found is None:
            continue
        head = title[: cut.start()].strip()
        head = head.title() if head.isupper() else head
        day = found[0]
        return [replace(m, start=day.start, end=day.end) for m in _title_event(head, day.start.year)]
    return []


#: a header line naming a session by its year: ``GENEVA — SESSION 2031``, ``Session 2031``
_SESSION_LINE = re.compile(
    rf"(?:[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*\s*{DASH}\s*)?(?i:session)\s+(?P<y>(?:19|20)\d\d)"
)


def _session_header(report: ParsedReport) -> tuple[EventMention, int] | None:
    """The session a document's header names in the layout of the Union's Council documents: a
    front line that is only a yearly series' name (``COUNCIL``), a later one ``GENEVA — SESSION
    2031`` and, on one of the three lines after it, the session's days (``(12-22 JULY 2031)``,
    ``(Geneva, 7-16 July 2031)``): that series' event of the year, on those days; with its line."""
    lines = front_matter(report)
    for i, p in enumerate(lines):
        m = _SESSION_LINE.fullmatch(p.text.strip())
        named = (
            next(
                (s for q in lines[:i] for s, bare in bare_series_patterns(q.text) if bare.fullmatch(q.text.strip())),
                None,
            )
            if m
            else None
        )
        if m is None or named is None:
            continue
        year = int(m.group("y"))
        for q in lines[i + 1 : i + 4]:  # not the issue date of the column beside it ("19 July 2031")
            inner = q.text.strip().removeprefix("(").removesuffix(")")
            found = dateline(inner, year)
            day = found[0] if found else day_of(inner, year)
            if day is not None and day.start.year == year and day.end is not None:
                key, name = series_key(named, year), f"{named.name} {year}"
                return EventMention(key, name, named.kind, (0, 0), None, day.start, day.end), p.order
    return None


def _series_header(report: ParsedReport) -> list[tuple[EventMention, int]]:
    """A front line that is only a yearly series' name without its year (``RADIOCOMMUNICATION
    ASSEMBLY``, ``Plenipotentiary Conference``: the header of a conference's document) over a
    dateline of several days on one of the next two lines (``Antalya, 6-24 November 2031``), no
    event named between (``Regional Preparatory Meeting for Africa``: the dateline is that
    meeting's): the series' event of the dateline's year, on those days; with its line. A single
    day there is the document's issue date."""
    lines = _header_lines(report)
    out = []
    for i, p in enumerate(lines):
        text = p.text.strip()
        named = next((s for s, bare in bare_series_patterns(text) if bare.fullmatch(text)), None)
        found = _dateline_after(lines, i) if named is not None else None
        if named is None or found is None or found[0][0].end is None:
            continue
        (day, _), order = found
        if any(event_noun_regex().search(q.text) for q in lines[i + 1 :] if q.order < order):
            continue
        y = day.start.year
        mention = EventMention(series_key(named, y), f"{named.name} {y}", named.kind, (0, 0), series_code(named, y))
        out.append((dated_by(mention, day), p.order))
    return out


@cache
def _session_line() -> re.Pattern[str]:
    """A header line naming a session or meeting by its ordinal or its year, alone or before its
    dateline: ``Tenth session``, ``Eighth meeting, Lima, 3-5 May 2031``, ``Regular session of 2031``
    (a modifier of ``event_modifiers.csv`` before the noun)."""
    modifiers = alternation((r["word"] for r in data_rows("event_modifiers.csv")), spaces=True)
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"(?P<head>(?=(?:{ordinal_regex()}|{year})\s|.*\bof\s+{year}\b)(?:(?:{ordinal_regex()}|{year})\s+)?"
        rf"(?i:(?:{modifiers})\s+)?(?i:session|meeting)(?:\s+of\s+{year})?)\s*(?:,\s*(?P<rest>.+))?"
    )


def _session_under_title(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> None:
    """A report of no meeting of its own (a statement, a draft resolution) whose title is a body
    and whose header names one of its sessions over a dateline (``COMMISSION ON DIGITAL TRADE`` /
    ``Ninth session`` / ``Lima, 3-7 May 2031``; ``Sixth meeting, Quito, 2-4 June 2031``): that
    session, named ``Ninth session of the Commission on Digital Trade``, on those days."""
    title = (report.title or "").strip()
    if not title or event_noun_regex().search(title) or event_mentions(title):
        return
    lines = _header_lines(report)
    for i, p in enumerate(lines[:2]):
        m = _session_line().fullmatch(p.text.strip())
        if m is None:
            continue
        found = (d, p.order) if m.group("rest") and (d := dateline(m.group("rest"))) else _dateline_after(lines, i)
        if found is None:
            return
        day = found[0][0]
        body = _title_cased(title)
        name = f"{m.group('head')} of {'' if body.startswith(('The ', 'the ')) else 'the '}{body}"
        named = [e for e in event_mentions(name) if e.span == (0, len(name))]
        mention = named[0] if len(named) == 1 else EventMention(slug(name), name, "meeting", (0, 0))
        _add_mention(merged, dated_by(replace(mention, span=(0, 0)), day), p.order)
        return


@cache
def _sittings_line() -> re.Pattern[str]:
    """A header line naming the sittings a record covers: ``SEVENTH AND EIGHTH PLENARY MEETINGS``,
    ``Fourth, fifth and sixth meetings``."""
    num = ordinal_regex()
    return re.compile(
        rf"(?i)(?:of\s+the\s+)?(?P<list>{num}(?:\s*,\s*{num})*\s*,?\s+and\s+{num})\s+(?P<kind>(?:plenary\s+)?(?:meeting|session))s"
    )


def _listed_sittings(report: ParsedReport, meeting: Meeting | None) -> list[tuple[EventMention, int]]:
    """A record of several sittings (``SEVENTH AND EIGHTH PLENARY MEETINGS`` over ``Tuesday, 18 June
    2031, at 0930 hours and 1430 hours``): the report's meeting is the last one (decision 1), each
    other listed sitting an event on the day of the dateline under the line; with its line."""
    if meeting is None or meeting.number is None:
        return []
    lines = front_matter(report)
    for i, p in enumerate(lines):
        m = _sittings_line().fullmatch(p.text.strip())
        numbers = [number_value(w) for w in re.findall(ordinal_regex(), m.group("list"))] if m else []
        found = _dateline_after(lines, i) if meeting.number in numbers else None
        if m is None or found is None:
            continue
        day, kind = found[0][0], " ".join(m.group("kind").lower().split())
        mentions = (
            EventMention(
                slug(f"{kind} {n} {day.start.isoformat()}"), f"{n}{ordinal_suffix(n)} {kind}", "meeting", (0, 0)
            )
            for n in numbers
            if n is not None and n != meeting.number
        )
        return [(dated_by(mention, day), p.order) for mention in mentions]
    return []


#: a series named by its head noun alone (``The Assembly, which will meet in Lima from``)
_HEAD_ONLY = re.compile(
    r"\b[Tt]he\s+(?P<noun>Conference|Assembly|Summit|Symposium|Forum)\b(?!\s+(?:of|on|for)\s+[A-Z])"
)


def _series_by_head(report: ParsedReport, merged: dict[str, dict[str, Any]], default_year: int | None) -> None:
    """``the Conference, which will be held in Dubai from 3 to 14 December 2031`` in a report that
    names one series with that head noun (``World Conference on International Telecommunications``,
    its edition or the series itself, also as the issuer of a resolution): that series' event of the
    dates' year, on its own dates (:func:`~.event_dates.own_dates`), when no mention dates it."""
    found = [
        (p, m, d)
        for p in report.paragraphs
        if "the" in p.text.lower()
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
            if not named:
                _named_by_head(merged, noun, d, p.order)
            continue
        key = series_key(named[0], y)
        if key in merged and merged[key]["start"] is not None:
            continue
        name = f"{named[0].name} {y}"
        mention = EventMention(key, name, named[0].kind, m.span(), series_code(named[0], y))
        _add_mention(merged, dated_by(mention, d), p.order)


#: a year or a code that ends an event's name after its head noun (``Forum 2031``, ``Summit (ADS-31)``)
_NAME_TAIL = re.compile(r"(?:\s+(?:19|20)\d\d|\s*\([^()]{1,20}\))*$")


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
        and all(int(y) == d.start.year for y in re.findall(r"\b(?:19|20)\d\d\b", e["name"]))
    ]
    if len(found) == 1:
        _fold_days(found[0], d.start, d.end)
        found[0]["paragraphs"][order] = None


#: a quoted title inside an event's name (``ITU Workshop on "Spectrum for Rural Access"``): one word of the name
_TITLE_QUOTED = re.compile(r'["“][^"“”]{1,120}["”]')
#: the small words that may join the capitalised words of a title naming an event
_TITLE_JOINERS = frozenset(("of", "for", "on", "and", "the", "in", "&", "to", "at", "a", "an", "with"))


def _title_word(word: str) -> bool:
    """Whether ``word`` may stand in a title that is only an event's name: a capitalised word, a
    small joining word, a year or a number (``BYND 2031 Global Youth Summit``)."""
    return word[0].isupper() or word in _TITLE_JOINERS or word.isdigit()


def _title_event(title: str, year: int) -> list[EventMention]:
    """A title that is only a capitalised name headed by an event noun, with a code in brackets
    or not (:func:`_dated_by_title`)."""
    bracket = re.search(r"\s*\((?P<code>[^()]{2,20})\)\s*$", title)
    name = title[: bracket.start()] if bracket else title.strip()
    words = name.split()
    heads = [w for w in words if w in event_nouns()]
    if len(words) < 2 or not heads or not heads_name(words, heads[-1]):
        return []
    if not all(_title_word(w) for w in _TITLE_QUOTED.sub("Title", name).split()):
        return []
    if (end := _YEAR_END.search(name)) and end.group(0) != str(year):
        return []  # "WSIS Forum 2032" over a dateline of 2031: another edition
    code = (
        bracket.group("code") if bracket and re.fullmatch(r"[A-Z][\w\-]*(?:\s+\d{4})?", bracket.group("code")) else None
    )
    return [EventMention(slug(f"{name} {year}"), name, event_nouns()[heads[-1]], (0, 0), code)]


@cache
def _mode_first() -> re.Pattern[str]:
    """A mode word before a header's dateline (``virtual, 9 September 2031``): not a place."""
    modes = meeting_words("mode")
    return re.compile(rf"(?i)^(?:{alternation(modes, spaces=True)})\s*,\s*")


def _header_meeting(
    report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None, bodies: Iterable[Any] | None
) -> None:
    """A header line ``Seventeenth meeting, virtual, 9 September 2031`` over a document symbol of
    that meeting (``Document CWG-X 17/6``): the body's meeting of that number, on those dates (a
    contribution or a letter names the meeting it is for this way); not the report's own meeting."""
    index = body_index(bodies)
    for p, body, n, found in _header_meetings(report, bodies):
        if meeting is not None and (meeting.body, meeting.number) == (body, n):
            continue
        day, key = found[0], numbered_key(body, n)
        for other in [k for k, e in merged.items() if k != key and set(e["paragraphs"]) == {p.order}]:
            del merged[other]  # the line read as something else ("Sixteenth meeting – Virtual" as a table row)
        mention = numbered_mention(body, n, "meeting", index.label(body), (0, 0), day.start, day.end)
        _add_mention(merged, mention, p.order)


def _header_meetings(
    report: ParsedReport, bodies: Iterable[Any] | None
) -> Iterable[tuple[Paragraph, str, int, tuple[DateSpan, str | None]]]:
    """Header lines ``Seventeenth meeting, virtual, 9 September 2031`` over a document symbol of
    that meeting (``Document CWG-X 17/6``): the line, the body, the number and the dateline."""
    lines = _header_lines(report)
    index = body_index(bodies)
    for p in lines:
        m = re.match(rf"\s*(?P<num>{ordinal_regex()})\s+(?i:meeting)\b[\s,:;{DASH_CHARS}]*(?P<rest>.*)$", p.text)
        found = front_dateline(_mode_first().sub("", m.group("rest"))) if m else None
        n = number_value(m.group("num")) if m else None
        if found is None or n is None:
            continue
        # the symbol may carry the year before the number: "TDAG31-18/21"
        symbols = (
            re.search(rf"(?P<body>{index.regex(q.text).pattern})(?:\d\d(?=-))?[\s\-]*{n}/\d+", q.text) for q in lines
        )
        body = next((index.keys.get(squash(s.group("body"))) for s in symbols if s), None)
        if body is not None:
            yield p, body, n, found


#: a study group named in a contribution's header (``STUDY GROUP 17 – CONTRIBUTION 402``, ``ITU-D Study Group 1``)
_HEADER_GROUP = re.compile(r"(?i)\b(?P<name>(?:ITU-[TDR]\s+)?Study\s+Group\s+\d{1,2})\b(?![/\-]\w)")
#: a place and the days of a session in a header line (``Geneva, 16-27 October 2017``)
_HEADER_PLACE = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?,\s*$")


def _for_meeting(report: ParsedReport, merged: dict[str, dict[str, Any]], bodies: Iterable[Any] | None) -> None:
    """The meeting a contribution is for when its header names it by its group and its days only
    (``STUDY GROUP 13`` ... ``Geneva, 16-27 October 2017``; ``RADIOCOMMUNICATION ADVISORY GROUP`` /
    ``Geneva, 24-26 January 2007``): the group's meeting on those days, unless an event is already
    known on them (a report of no meeting of its own). A single day there is the issue date, unless
    a front line under it is only the issue date (``Geneva, 3 May 2031`` over ``12 April 2031``)."""
    lines = [p for p in report.paragraphs[:HEADER_DATE_LINES] if p.section == "front"]
    issued = document_date(report)
    cut = next((i for i, p in enumerate(lines) if issued and bare_date(p.text) == issued), 0)  # the issue date's line
    days = next(filter(None, (_header_session(p.text, issued if i < cut else None) for i, p in enumerate(lines))), None)
    if days is None or any(e["start"] == days.start for e in merged.values()):
        return
    texts = [report.title or "", *(p.text for p in lines)]
    group = next((m.group("name") for t in texts if (m := _HEADER_GROUP.search(t))), None)
    key: str | None
    if group is not None:
        name, key = " ".join(group.title().replace("Itu-", "ITU-").split()), slug(group)
    else:
        index = body_index(bodies)
        found = (index.keys.get(squash(m.group(0))) for t in texts for m in index.regex(t).finditer(t))
        key = next((k for k in found if k and (info := index.names.get(k)) and info.kind == "working-group"), None)
        if key is None:
            return
        name = f"the {index.names[key].name}"
    mention = EventMention(f"{key}-meeting-{days.start.isoformat()}", f"meeting of {name}", "meeting", (0, 0))
    _add_mention(merged, dated_by(mention, days), lines[0].order)


def _header_session(text: str, issued: date | None = None) -> DateSpan | None:
    """The days of a session after a place in a header line (``Question(s): 20/13 Geneva, 16-27
    October 2017``), a range with its year, else None; or the single day of a dateline with its place
    (``Geneva, 3 May 2031``) when the document is dated by another day (``issued``: its issue date
    on a line of its own)."""
    found = next(
        (
            d
            for d in find_dates(text)
            if d.precision == "day" and d.end and d.year_written and _HEADER_PLACE.search(text, 0, d.span[0])
        ),
        None,
    )
    if found is not None or issued is None:
        return found
    day = dateline(text)
    return day[0] if day and day[1] and day[0].end is None and day[0].start != issued else None


def header_context(report: ParsedReport, bodies: Iterable[Any] | None = None) -> Meeting | None:
    """The meeting a contribution or a letter is for, named by its header (:func:`_header_meetings`):
    the body that ``the Group`` means in its text."""
    for _, body, n, (day, _place) in _header_meetings(report, bodies):
        return Meeting(body=body, number=n, start=day.start, end=day.end)
    return None


def _dated_by_header(
    mentions: list[EventMention], lines: Sequence[Paragraph], order: int, titled: bool = False
) -> list[EventMention]:
    """A header line naming an event of a year (``Council 2019``, ``PLENIPOTENTIARY CONFERENCE
    (PP-18)``) followed by a dateline of that year (``Geneva, 10-20 June 2019``): the event's
    dates, when the line itself gives none. ``titled`` (the report records no meeting of its own:
    a speech, a letter, a contribution): a line that is only the name of one event, whatever its
    name holds (``Third meeting of the Preparatory Committee (PrepCom-3)``), is dated so too."""
    i = next((k for k, p in enumerate(lines) if p.order == order), None)
    if i is None or len(lines[i].text) > 80 or all(m.start for m in mentions):
        return mentions
    found = _dateline_after(lines, i, columns=True)  # "Geneva, 20-30 October 2031 2 November 2031"
    if found is None:
        return mentions
    day = found[0][0]  # its place is left to the sentences, which say it in full ("Geneva, Switzerland")
    text = lines[i].text
    title = titled and len(mentions) == 1 and _a_title(text)
    return [
        replace(m, start=day.start, end=day.end)
        if m.start is None
        and (m.name.endswith(str(day.start.year)) or (title and not _YEAR_END.search(m.name)))
        and not _prepared_for(text, m)
        else m
        for m in mentions
    ]


#: a name that ends with a year: an edition, dated only by a dateline of that year
_YEAR_END = re.compile(r"\b(?:19|20)\d\d$")


def _a_title(text: str) -> bool:
    """Whether a header line is a name, not a sentence: no verb of holding, no full stop at its end."""
    return not text.rstrip().endswith(".") and held_regex().search(text) is None
