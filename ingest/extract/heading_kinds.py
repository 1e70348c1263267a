"""A meeting heading's kind line: the meeting nouns (:data:`_OWN_KINDS` of ``event_nouns.csv`` and
``meeting_words.csv``'s ``heading-kind``), the line of a kind (:func:`_kind_line`), a record's words and an
opening ordinal (moved from meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.text import DASH, alternation

from .meeting import meeting_words, numeral_after_regex, ordinal_regex
from .meeting_words import event_nouns

#: event nouns whose name names a meeting that is its own body
_OWN_KINDS = ("meeting", "event", "forum", "conference", "panel", "session")


@cache
def _nouns() -> tuple[str, ...]:
    own = [n for n, kind in event_nouns().items() if kind in _OWN_KINDS]
    return tuple(dict.fromkeys([*own, *meeting_words("heading-kind")]))


#: the year the meeting's number counts in (``the second meeting in 2031``)
_IN_YEAR = r"(?:\s+in\s+(?:19|20)\d\d(?!\s*\d))"
#: a number of the year after the noun (``Meeting no. 3/2031``: the third meeting of 2031)
_NUMBER_OF_YEAR = r"(?:(?i:no\.?|n°)\s*)?\d{1,3}/(?:19|20)\d\d(?![\w/.\-])"


@cache
def _kind_line() -> re.Pattern[str]:
    """A line of the kind only: an ordinal, up to two words and a meeting noun (maybe a number
    after it: ``Meeting No. 7``, ``Meeting XII``; maybe a record's word: ``Facilitation meeting report``), then maybe a
    dateline or a few words after a comma, colon or dash (``Seventh Facilitation Meeting``,
    ``Annual meeting, Paris, 3 May 2031``, ``Facilitation Meeting, WSIS Forum 2019``)."""
    return re.compile(
        rf"^(?:of\s+the\s+)?(?:(?P<num>{ordinal_regex()})\s+)?"
        rf"(?P<kind>(?:[\w-]+\s+){{0,2}}?(?i:{alternation(_nouns(), spaces=True)}))"
        rf"(?:\s+(?P<after>{numeral_after_regex()}|{_NUMBER_OF_YEAR}))?{_IN_YEAR}?(?:\s+(?P<rec>(?i:report|summary|minutes)))?"
        rf"(?:(?:\s*(?:[,:]|{DASH})\s*|\s+(?=[A-Z][a-z]+,\s))(?P<rest>[^.]{{0,80}}))?$",
        re.IGNORECASE,
    )


#: words of a record before the name (``Report of the``, ``Final report of the``, ``Summary of``; a declaration's
#: ``Adopted at the``; a record's noun before ``of the``, ``Notes of the``, ``Decisions of the``: ``meeting_words.csv``,
#: role ``record-of``)
_RECORD = re.compile(
    r"^(?i:(?:draft\s+|final\s+|provisional\s+|interim\s+)?(?:(?:chair(?:man|person)?|convener|rapporteur)['’]s\s+)?"
    r"(?:report|summary(?:\s+(?:record|report))?|record|minutes|outcomes?|outcome\s+document|highlights)"
    r"(?:\s+(?:of|on)\s+|\s*:\s*(?=[A-Z])"
    rf"|\s+{DASH}\s+(?=\w)|\s*,\s*(?=\w))"  # "Minutes – third meeting", "Chairman's Report, 3rd meeting"
    r"(?:(?:decisions|conclusions|discussions|proceedings|results)(?:\s*,\s*|\s+(?:of|at)\s+))?"
    rf"|(?:{alternation(meeting_words('record-of'), spaces=True)})\s+of\s+(?=the\s)"
    r"|of\s+(?=the\s)|adopted\s+at\s+(?=the\s))?"
    r"(?i:the\s+)?"
)


#: an ordinal that opens a name
_ORDINAL_OPENING = re.compile(rf"^(?i:{ordinal_regex()})\s+")
