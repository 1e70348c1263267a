"""What makes a date a deadline: a due word right before it or a deadline noun earlier in its clause
(:func:`is_due_cue`), a table column headed by a deadline (:func:`is_due_header`), a due word right before a
month without its day (:func:`is_month_due_cue`), a verb of closing right before it (:func:`is_closing_cue`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import CLOCK, CLOCK_UNIT, date_words, due_words
from wsiskg.ingest.extract.gazetteer import modal_alternation
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.text import alternation


@cache
def due_regex() -> str:
    """Regex (no groups) of the due words; a space in a word matches any run of spaces."""
    return alternation(due_words(), spaces=True)


@cache
def _due_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A due word right before a date (``by``, ``no later than the``, ``Deadline: (``), and a
    deadline noun anywhere earlier in the clause (``the deadline for comments is 3 May``)."""
    nouns = alternation(date_words("due-noun"), spaces=True)
    # a part of the day (``date_words.csv``, role ``day-part``) before the date or after its weekday: ``by the
    # morning of 1 June``, ``by Thursday noon, 28 July``
    parts = alternation(date_words("day-part"))
    weekday = rf"(?:(?:{alternation(date_words('weekday'))})\s*,?\s*(?:(?:noon|midnight|{parts})\s*,\s*)?)?"
    end_of = rf"(?:(?:end|close|middle|{parts})\s+of\s+(?:the\s+)?)?"  # "by the end of July": due
    # "by 0900 hours on", "no later than 12:00 noon (Geneva time) on", "by midnight UTC on"
    clock = rf"{CLOCK}?\s*(?:{CLOCK_UNIT}|noon|midnight)?"
    # a time zone after it: a zone's name (``date_words.csv``, role ``time-zone``: ``UTC``, ``CET``, ``local
    # time``) or a place's time (``Geneva time``, ``New York time``)
    zones = rf"(?:{alternation(date_words('time-zone'), spaces=True)}|(?:[A-Z][\w-]+\s+){{1,2}}time)"
    time = rf"(?:(?:at\s+)?(?=[\dnm]){clock}(?:\s*\([^()]{{1,30}}\)|\s+{zones})?\s*,?\s+)?"
    immediate = re.compile(rf"(?i)\b(?:{due_regex()})\b[\s:(]*(?:the\s+)?{end_of}{time}(?:on\s+)?{weekday}(?:the\s+)?$")
    return immediate, re.compile(rf"(?i)\b(?:{nouns})\b")


def is_due_cue(before: str) -> bool:
    """True when ``before`` (the clause up to a date) makes the date a deadline."""
    immediate, noun = _due_cues()
    return bool(immediate.search(before[-70:]) or noun.search(before))


@cache
def _month_cue() -> re.Pattern[str]:
    """A word that makes a month written with its year, right after it, due (``date_words.csv`` role
    ``due-month``: ``by``, ``no later than``)."""
    return re.compile(rf"(?i)\b(?:{alternation(date_words('due-month'), spaces=True)})\s+$")


def is_month_due_cue(before: str) -> bool:
    """True when ``before`` (the text up to a month and its year, no day: ``by March 2031``) makes the month
    due: a word of :func:`_month_cue` right before it (not ``before``, ``until`` nor a deadline noun earlier)."""
    return bool(_month_cue().search(before[-30:]))


def is_due_header(cell: str) -> bool:
    """True when a table's column header names a deadline: ``Deadline``, ``Due date``, ``By``,
    ``Target date`` (the due words and nouns of ``date_words.csv``)."""
    immediate, noun = _due_cues()
    return bool(noun.search(cell) or immediate.search(cell.strip(" :.") + " "))


@cache
def _closing_cue() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A verb of closing right before a date (``date_words.csv``, role ``closing``: ``will close on``, ``closing
    on``); an event's noun right before the verb (``event_nouns.csv``: ``the Conference will close on``, a
    meeting's last day); a date ending the text before it."""
    verbs = alternation(date_words("closing"), spaces=True)
    weekday = rf"(?:(?:{alternation(date_words('weekday'))})\s*,?\s*)?"
    return (
        re.compile(rf"(?i)\b(?:{verbs})\s+(?:on\s+)?{weekday}(?:the\s+)?$"),
        re.compile(rf"(?i)\b(?:{alternation(event_nouns())})\s+(?:(?:{modal_alternation('future')})\s+)?$"),
        re.compile(r"\d{4}\W*(?:and|to|until)?\s*$"),
    )


def is_closing_cue(before: str) -> bool:
    """True when ``before`` (the clause up to a date) ends with a verb of closing (``The nomination phase will close
    on``, ``a written consultation closing on``): the day a call, a vote or a consultation ends is due. Not an
    event's closing (``the Conference will close on``) nor the last day of a span whose first day was just written
    (``will open on 4 May 2031 and close on``): a meeting's days."""
    verb, event, opened = _closing_cue()
    found = verb.search(before)
    return (
        found is not None
        and not event.search(before, 0, found.start())
        and not opened.search(before[: found.start()][-40:])
    )
