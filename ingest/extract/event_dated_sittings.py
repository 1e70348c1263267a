"""A sitting named by its day (:func:`sitting_of_day`): ``the plenary session of 13 April 2031``, ``at its meeting
of 12 July 2031``, ``ITU-T Study Group 9, meeting of 4-8 March 2031, Lima``. A meeting or a session is no event alone
(``generic-events.csv``, column ``alone``: the report's own or any meeting, :func:`.event_forms.generic_mentions`),
but ``of`` and a day right after its noun say which one it is: it is an event on that day, named as written up to
the date. Two kinds of evidence: the noun of a sitting and a day-precision date as its only complement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_form_parts import _not_alone, dated_by
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import determiner_alternation, determiners
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import is_modifier

#: the kinds of ``generic-events.csv`` that are sittings of a body (not a review, not a summit)
_SITTINGS = frozenset(("meeting", "session"))


def _points_back(phrase: str) -> bool:
    """Whether ``phrase`` opens with a determiner that names again a sitting named before (``this meeting of 4 May``:
    ``determiners.csv``, column ``anaphor``, not an article)."""
    words = phrase.split()
    return bool(words) and words[0].casefold() in set(determiners("anaphor")) - set(determiners("article"))


@cache
def _front() -> re.Pattern[str]:
    """An article or a possessive dropped from the front of the name (``determiners.csv``, column ``labeller``)."""
    return re.compile(rf"^(?i:{determiner_alternation('labeller')})\s+")


def sitting_of_day(m: re.Match[str], noun: str, kind: str | None, dates: Sequence[DateSpan]) -> EventMention | None:
    """The sitting the generic noun phrase ``m`` (:func:`.event_forms._generic_pattern`) names by ``of`` and its day
    (module docstring): a noun that is no event alone, of a sitting's kind, with modifiers of a sitting only
    (``event_modifiers.csv``: ``plenary``), its topic opening with a date of day precision (``the meeting of 12
    July``; not ``of 2031``, not ``of the Group``); named up to the date's end."""
    if m.group("rel") != "of" or noun not in _not_alone() or kind not in _SITTINGS or _points_back(m.group(0)):
        return None
    if not all(is_modifier(w) for w in m.group("adj").split()):
        return None  # "the Pacific working-level meeting of 3 February": a name of its own, the generic reader's
    at = m.start("topic")
    day = next((d for d in dates if d.span[0] == at and d.precision == "day"), None)
    if day is None:
        return None
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    label = " ".join(m.string[start : day.span[1]].split())
    label = _front().sub("", label)
    return dated_by(EventMention(slug(label), label, kind, (m.start(), day.span[1])), day)
