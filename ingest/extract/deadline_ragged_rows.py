"""A row of an action table whose cells do not count as its header's (a cell with a comma of its own, ``Chief,
Finance Department``; an empty cell left out) still sets a day under the header's last column, when that column is
the header's one due column (``No., Recommendation, Addressee, Target date``, ``Milestone, Responsible, Due date``),
the row's last cell is that day alone (``Record the contributions, Chief, Finance Department, 30 June 2031``;
``Map the indicators, 31 March 2032``), no full stop ends the row (a sentence after the table is no row) and a
cell says in :data:`_ITEM_WORDS` words or more what is due (a dateline after the table, ``Geneva, 4 May 2032``, is no
row). Read by :func:`.deadlines.find_deadlines`; a row of one cell more or less than its header, no other."""

from __future__ import annotations

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.request_actions import _PROSE_END

#: the fewest words of the cell that says what a row sets the day of (``Common reporting template``)
_ITEM_WORDS = 3


def ragged_row(
    text: str, cells: list[tuple[int, int]], header: list[bool] | None, default_year: int | None
) -> list[bool] | None:
    """The due column of a row one cell longer or shorter than its header (its last cell, as above), else ``None``."""
    if not header or not header[-1] or any(header[:-1]) or len(cells) < 2 or abs(len(cells) - len(header)) != 1:
        return None
    if _PROSE_END.search(text) or max(len(text[a:b].split()) for a, b in cells[:-1]) < _ITEM_WORDS:
        return None
    a, b = cells[-1]
    dates = find_dates(text[a:b], default_year)
    if len(dates) != 1 or dates[0].end is not None or dates[0].precision != "day" or dates[0].span != (0, b - a):
        return None
    return [False] * (len(cells) - 1) + [True]
