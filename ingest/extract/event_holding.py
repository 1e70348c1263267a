"""How an event is held (:mod:`.event_forms`): the verbs that hold it (:func:`held_regex`,
:func:`held_date`), a passive holding, the holding next to or after a mention, the dates first planned and
superseded (:func:`superseded_dates`) and the opening date a reader found before (:func:`opening_date`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, date_words, find_dates, held_words
from wsiskg.ingest.extract.event_dates import event_noun_regex, holding_verbs, is_due_at, opening_words
from wsiskg.ingest.extract.gazetteer import auxiliaries, auxiliary_alternation, modal_alternation, modals
from wsiskg.ingest.extract.meeting_words import is_modifier
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, sentence_spans, span_at


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
        rf"\s*,?\s+(?:{aux}\s+(?:also\s+)?(?:to\s+)?(?:(?:{auxiliary_alternation('be', 'nonfinite')})\s+)?(?:{verbs})"
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


def asked_for(text: str, start: int, end: int) -> bool:
    """Whether the sentence only asks for or proposes the holding of the phrase at ``start``..``end``: an
    infinitive holds it (``requested the Office to organize, with X, a workshop on Y``, ``it is proposed
    to hold a``, ``invited to take part in a``) or a subjunctive or infinitive passive (``suggested that a
    reception be held``), not a finite verb (``ITU will co-organize a``, ``a seminar was held``)."""
    verbs = alternation([*holding_verbs("active"), *_attending_verbs()], spaces=True)
    if re.search(rf"\bto\s+(?:{verbs}){_PARTNERS}\s+$", text[max(0, start - 120) : start]):
        return True
    return _asked_passive().match(text, end) is not None


@cache
def _asked_passive() -> re.Pattern[str]:
    """A subjunctive or infinitive passive of holding after a phrase (``be organized``, ``to be held``)."""
    verbs = alternation([*_held_verbs(), *holding_verbs("passive")], spaces=True)
    return re.compile(rf"\s*,?\s+(?:to\s+)?be\s+(?:{verbs})\b")


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
    in Lima from``, ``previously set for``; up to 60 characters of place between the verb and the days. The
    verb of planning alone (``which had been scheduled for``) has no group ``first``."""
    first, plan = (alternation(date_words(role), spaces=True) for role in ("superseded", "plan"))
    return re.compile(rf"\b(?P<first>(?:{first})\s+(?:been\s+)?)?(?:{plan})\b[^,;.()]{{0,60}}$")


@cache
def _moved_after() -> re.Pattern[str]:
    """A verb of moving an event (``date_words.csv``, role ``moved``) after an aside, up to four words
    before it: ``was postponed``, ``has been moved``, ``has had to be rescheduled``."""
    return re.compile(rf"\s*(?:[a-z]+\s+){{0,4}}?(?:{alternation(date_words('moved'), spaces=True)})\b")


def superseded_dates(text: str, dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The days an event was first planned for and then held on others, in one sentence: the dates after
    ``originally planned for`` (:func:`_planned_first`) set off by commas, when a verb of holding follows
    the aside (:func:`_held_after`) and another date follows in the sentence (``The Forum 2031, originally
    planned for 4-7 May 2031 in Oslo, was held online from 8 to 12 November 2031``: its dates are
    November's); planned without ``originally`` when a verb of moving follows the aside (``The Forum, which
    had been scheduled for 4 May, was moved to 1 July``: :func:`_moved_after`). Planned days that are not
    replaced (``originally scheduled for 3 May, remains on the calendar``, ``could not be held``) stay the
    event's."""
    out: list[DateSpan] = []
    sentences = sentence_spans(text)
    for d in dates:
        planned = _planned_first().search(text, max(0, d.span[0] - 100), d.span[0])
        aside = _ASIDE_END.match(text, d.span[1]) if planned else None  # "... 2031 in Oslo, was held"
        if planned is None or aside is None:
            continue
        moved = _moved_after().match(text, aside.end()) is not None
        end = span_at(sentences, d.span[0], len(text))[1]
        if (moved or planned.group("first") and _held_after(text, aside.end() - 1)) and any(
            d.span[1] < e.span[0] < end for e in dates
        ):
            out.append(d)
    return out


@cache
def _planned_aside() -> re.Pattern[str]:
    """An aside right after an event's name (its bracket before it) that gives the days it was first
    planned for, up to the comma that ends it: ``, originally planned for 4-7 May 2031 in Oslo,``, ``, which
    had initially been set for 3 May,``; or planned without a word of a first plan when a verb of moving
    follows (``, which had been scheduled for 4 May, was postponed``: group ``plain``)."""
    first, plan = (alternation(date_words(role), spaces=True) for role in ("superseded", "plan"))
    return re.compile(
        rf"\s*(?:\([^()]*\)\s*)?,\s*(?:(?:which|that)\s+(?:(?:{auxiliary_alternation()})\s+){{0,2}})?"
        rf"(?:(?:{first})\s+(?:(?:{auxiliary_alternation()})\s+)?|(?P<plain>))(?:{plan})\b[^;()]{{1,100}}?,"
    )


def first_planned(text: str, end: int, start: date | None, default_year: int | None) -> bool:
    """Whether the day ``start`` an event named up to ``end`` took is one it was first planned for, in an
    aside after its name (:func:`_planned_aside`: ``The Forum 2031, originally planned for 4-7 May 2031,
    could not be held as a physical event``), not replaced in its sentence (:func:`superseded_dates` drops
    those): days another paragraph gives the event win over them (:func:`.events._mentioned`)."""
    aside = _planned_aside().match(text, end) if start is not None else None
    if aside is None or aside.group("plain") is not None and not _moved_after().match(text, aside.end()):
        return False
    return any(d.start == start for d in find_dates(aside.group(0), default_year))


@cache
def _moved_from() -> re.Pattern[str]:
    """A verb of moving an event (``date_words.csv``, role ``moved``) and ``from`` right before the days it
    was moved from: ``postponed from``, ``was rescheduled from the``."""
    return re.compile(rf"\b(?:{alternation(date_words('moved'), spaces=True)})\s+from\s+(?:the\s+)?$", re.I)


@cache
def _moved_to() -> re.Pattern[str]:
    """The word of a range (``date_words.csv``, role ``range``, not ``and``) between the days an event was
    moved from and the days it was moved to."""
    to = alternation([w for w in date_words("range") if w not in ("and", "&")], spaces=True)
    return re.compile(rf"\s+(?i:{to})\s+(?:the\s+)?")


def moved_dates(text: str, dates: Sequence[DateSpan], default_year: int | None) -> list[DateSpan]:
    """``dates`` with the days an event was moved from left out (:func:`_moved_from`): ``the Forum was
    postponed from March to October 2031``, ``rescheduled from 4-6 May 2031 to 1-3 July 2031`` -- a range
    read across the two is cut to the days after its last ``to``, a date of its own is dropped when another
    date follows it in the sentence; moved days that are not replaced stay."""
    out: list[DateSpan] = []
    for i, d in enumerate(dates):
        if not _moved_from().search(text, max(0, d.span[0] - 40), d.span[0]):
            out.append(d)
            continue
        cut = [*_moved_to().finditer(d.text)]
        later = find_dates(d.text[cut[-1].end() :], default_year, months=True) if cut else []
        if later:
            at = d.span[0] + cut[-1].end()
            out.append(replace(later[-1], span=(at + later[-1].span[0], at + later[-1].span[1])))
        elif not any(e.span[0] < span_at(sentence_spans(text), d.span[0], len(text))[1] for e in dates[i + 1 :]):
            out.append(d)
    return out


@cache
def _speech_signature() -> re.Pattern[str]:
    """A line wholly in brackets that opens with a speech's noun (``genre_cues.csv``, genre ``speech``, the
    cues of a line and of a line's start): ``(Statement of Ms X, PP-30, Lima, 11 November 2030)``."""
    rows = data_rows("genre_cues.csv")
    cues = [r["cue"] for r in rows if r["genre"] == "speech" and r["match"] in ("line", "start")]
    return re.compile(rf"\s*\(\s*(?i:{alternation(cues, spaces=True)})\b[^()]*\)\s*\.?\s*")


def event_days(text: str, dates: Sequence[DateSpan], default_year: int | None) -> list[DateSpan]:
    """The dates of ``text`` that may be its events' own: the days an event was moved from left out
    (:func:`moved_dates`), and none in a speech's signature in brackets (:func:`_speech_signature`: the day the
    speech was given, one day of the conference it names, not the conference's start)."""
    return [] if _speech_signature().fullmatch(text) else moved_dates(text, dates, default_year)


def _holds_before(text: str, start: int) -> bool:
    """Whether a verb of holding (``event_verbs.csv``, active) and its partners, or a verb of taking
    part (voice ``attend``), stand right before the phrase that starts at ``start`` (its article):
    ``ITU will co-organize, with UNEP, a``, ``delegates are invited to take part in the``."""
    verbs = alternation([*holding_verbs("active"), *_attending_verbs()], spaces=True)
    return re.search(rf"\b(?:{verbs}){_PARTNERS}\s+$", text[max(0, start - 120) : start]) is not None


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


#: what may open a clause before its date: a paragraph's number (``2 On 26 May, ...``), a preposition


def opening_date(text: str, s0: int, start: int, dates: Sequence[DateSpan]) -> DateSpan | None:
    """The date that opens the clause of an event named after a verb of holding (``From 9 to 10
    April, the Ministry held a national consultation``, ``On 3 May, UNEP hosted a webinar``, ``In
    December, the Assembly will hold its high-level meeting on X``)."""
    d = next((d for d in dates if d.span[0] >= s0), None)
    if d is None or d.precision == "year" or d.span[1] > start or not opening_words().fullmatch(text, s0, d.span[0]):
        return None
    verbs = alternation([*held_words(), *holding_verbs("active")], spaces=True)  # "In May, UNEP will host a"
    gap = re.fullmatch(rf"\s*,?\s*(?:[^,.;]{{1,60}}?\s)?(?:{verbs})\s+", text[d.span[1] : start])
    return d if gap else None
