"""An action table's item that is itself an event (decision 31 with decision 77).

A row of an action table (``Activity | Responsible | Timeline``, ``Action, Lead, Target date``) is a task and its
date a deadline (:func:`.event_filters._action_rows_only`), but a row whose item cell is only an event's name
(``Assessment mission to Quito | ITU experts | 9-13 March 2031``, ``Joint regional workshop for the Andes | BDT |
13-15 November 2031``) schedules that event: the row's days are the event's, as a timetable's are. What a task does
to an event (``Speaker proposals for webinar 2``, ``Summary for the mid-term review of the Plan``) and a review of a
text (``Legal review of the draft guideline``) stay tasks.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.event_form_parts import _not_alone
from wsiskg.ingest.extract.event_rows import _row_event
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import determiners, preposition_alternation
from wsiskg.ingest.extract.request_actions import row_cells
from wsiskg.ingest.text import alternation

__all__ = ["item_event", "item_span"]


@cache
def _task_before() -> re.Pattern[str]:
    """What makes the words before an event noun a task's, not the event's name: an article (``determiners.csv``,
    ``article``: ``Organize a workshop``) or a punctuation mark (``Draft programme, Skills Week``: a task and what it
    is for)."""
    return re.compile(rf"(?i)\b(?:{alternation(determiners('article'))})\s|[,;:()]")


@cache
def _goes_on() -> re.Pattern[str]:
    """A word that carries a name on past its head (``of``, ``for``, ``to``: ``prepositions.csv``, ``goes-on``)."""
    return re.compile(rf"(?i)\b(?:{preposition_alternation('goes-on')})\b")


def item_span(text: str, roles: list[str | None]) -> tuple[int, int] | None:
    """The span of the item cell of an action table's row whose header has ``roles``, when the cell is an event's
    name as a whole: an event noun that no preposition, article or punctuation mark comes before (the event is what
    the row is about, not the object of a task) and that names an event alone (``generic-events.csv``, column
    ``alone``: not a bare ``review``, ``meeting`` or ``session``), in the singular."""
    cells = row_cells(text, roles)
    if cells is None or "due" not in cells:
        return None
    a, b = cells["action"]
    noun = event_noun_regex().search(text, a, b)
    if noun is None or _task_before().search(text, a, noun.start()) or _goes_on().search(text, a, noun.start()):
        return None
    head = " ".join(noun.group(0).lower().split())
    if head.endswith("s") and event_noun_regex().fullmatch(head[:-1]):
        return None  # "National workshops in A and B": several, the task of holding them
    if head in _not_alone() or head.split()[-1] in _not_alone():
        return None
    return a, b


def item_event(text: str, roles: list[str | None], dates: list[DateSpan]) -> EventMention | None:
    """The event an action table's row names in its item cell (:func:`item_span`), dated by the date in its due
    cell (``dates``: the row's dates as read)."""
    cells = row_cells(text, roles)
    span = item_span(text, roles)
    if cells is None or span is None:
        return None
    due = cells["due"]
    d = next((d for d in dates if due[0] <= d.span[0] < due[1] and d.precision != "year"), None)
    found = _row_event(text, *span, d) if d is not None else []
    return found[0] if found else None
