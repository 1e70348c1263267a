"""A timetable of steps in two columns, a step and its date (``Item | Date``, ``Milestone | Date``, ``Action |
Date``: ``request-table-columns.csv`` roles ``action``/``item`` and ``due``), as a letter announcing a call or a
workshop sets it out: each row whose step names no event and whose date cell is one day, at most with a due word
or two (``Online registration closes | 27 March 2031``, ``Submit abstracts | by 6 March``), is due that day (read by
:func:`.deadlines.find_deadlines`). A row that names an event (``Induction workshop | 8 June``) or a range of days is
the event's, not a deadline; a table with a column of who is an action table (:func:`.deadlines._due_columns`)."""

from __future__ import annotations

import re

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.request_actions import column_role

#: the longest step a timetable's row writes (a longer first cell is a sentence after the table)
_STEP_LONGEST = 90
#: the most words a date cell holds besides its date (``no later than``)
_DUE_WORDS_MOST = 3


def step_columns(text: str, cells: list[tuple[int, int]]) -> list[bool] | None:
    """The due column of a two-column timetable's header row (``Milestone | Date``), else ``None``."""
    if len(cells) != 2:
        return None
    roles = [column_role(text[a:b]) for a, b in cells]
    return [False, True] if roles[0] in ("action", "item") and roles[1] == "due" else None


def step_row(text: str, cells: list[tuple[int, int]], default_year: int | None) -> bool:
    """Whether a row under :func:`step_columns` sets a step's day: a short step naming no event, and a date cell
    that is one day and at most :data:`_DUE_WORDS_MOST` words besides."""
    if len(cells) != 2:
        return False
    step, when = (text[a:b] for a, b in cells)
    if len(step) > _STEP_LONGEST or event_noun_regex().search(step):
        return False
    dates = find_dates(when, default_year)
    if len(dates) != 1 or dates[0].end is not None or dates[0].precision != "day":
        return False
    rest = when[: dates[0].span[0]] + " " + when[dates[0].span[1] :]
    return len(re.findall(r"[^\W\d]+", rest)) <= _DUE_WORDS_MOST
