"""The words dates are read by: month names (``months.csv``, :func:`month_numbers`, read in
:mod:`wsiskg.ingest.months` with the one month-name alternation) and the words of ``date_words.csv`` by
role (:func:`date_words`: due, purpose, neighbour, weekday, tense, adjacent, venue, day-part, held words),
and how a time of day is written (:data:`CLOCK`, :data:`CLOCK_UNIT`)."""

from __future__ import annotations

from functools import cache

from wsiskg.ingest.months import month_numbers as month_numbers
from wsiskg.ingest.tables import data_rows


@cache
def date_words(role: str) -> tuple[str, ...]:
    """The words of ``date_words.csv`` with ``role`` (``held``, ``plan``, ``times`` ...), in the file's order."""
    return tuple(r["word"] for r in data_rows("date_words.csv") if r["role"] == role)


def due_words() -> tuple[str, ...]:
    """Words that make the date after them a deadline (``by``, ``until``, ``Deadline:`` ...)."""
    return date_words("due")


def purpose_words() -> tuple[str, ...]:
    """Words of a noun phrase that is held for another event (``the Preparatory Meeting for the
    Assembly``): the event named after its ``for`` takes none of the phrase's dates."""
    return date_words("purpose")


def neighbour_words() -> tuple[str, ...]:
    """Words that introduce another event after an event's dates (``preceded by``, ``during``,
    ``back-to-back with``): the dates after them are that event's, not the first one's."""
    return date_words("neighbour")


#: a time of day as reports write it: ``10:00``, ``9.30``, ``10h30``, ``0900`` before ``h(ours)``,
#: ``3`` before ``p.m.``; the one reading of clock times (deadlines' cues, datelines' tails)
CLOCK = r"(?:\d{1,2}[.:h]\d{2}|\d{3,4}(?=\s*h)|\d{1,2}(?=\s*[ap]\.?m\b))"
#: what may follow a clock time
CLOCK_UNIT = r"(?:hours|hrs|h\b|[ap]\.?\s?m\.?)"


def weekday_words() -> tuple[str, ...]:
    """The names of the days of the week (``Monday``, ``Mon.``): role ``weekday``."""
    return date_words("weekday")


def tense_words(tense: str) -> tuple[str, ...]:
    """Words that say an event is to come (``tense="future"``: ``will``, ``planned``, ``next``) or
    is past (``"past"``: ``was``, ``took place``, ``previous``, ``since``): roles ``future`` and
    ``past``; they read a date written without its year (:func:`.event_dates.dated_by_tense`)."""
    return date_words(tense)


def adjacent_words() -> tuple[str, ...]:
    """Words that name a body's meeting by its place next to the present one (``the next meeting``,
    ``the previous meeting``): role ``adjacent``."""
    return date_words("adjacent")


def venue_words() -> tuple[str, ...]:
    """Nouns of a venue that stand, lower case, between an event and its dates (``at the headquarters
    of the X in Rome on 3 May``, ``at ITU headquarters``): role ``venue``."""
    return date_words("venue")


def day_part_words() -> tuple[str, ...]:
    """The parts of a day (``morning``, ``afternoon``, ``evening``): role ``day-part``."""
    return date_words("day-part")


def held_words() -> tuple[str, ...]:
    """Verbs that tie an event to the dates after it (``held``, ``will take place``, ``scheduled for`` ...)."""
    return date_words("held")


@cache
def occurring_words() -> tuple[str, ...]:
    """The held words that say an event occurs, with no one holding it (``will take place``, ``took place``):
    ``date_words.csv`` role ``held``, form ``occur``; a body meets, only an event takes place."""
    return tuple(r["word"] for r in data_rows("date_words.csv") if r["role"] == "held" and r["form"] == "occur")
