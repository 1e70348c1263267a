"""One meeting of a list dated by what follows the list (``the Group's 44th and 45th meetings, the latter held on
13 and 14 February``): the day after ``the latter`` / ``the last of which`` is the last listed meeting's, after
``the former`` / ``the first of which`` the first's. Read by :mod:`.event_numbered` for the lists of numbered
meetings it reads undated, which then keeps only the one dated (the days of the clause are not the others').
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, date_words, find_dates
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation
from wsiskg.ingest.text import alternation

#: ``, the latter`` / ``, the last of which`` (group ``last``), ``, the former`` / ``, the first of them`` (``first``)
_ONE_OF_LISTED = re.compile(
    r"\s*,\s*the\s+(?:(?P<last>latter|last(?=\s+of\s))|(?P<first>former|first(?=\s+of\s)))(?:\s+of\s+(?:which|them))?\b"
)


def one_dated(text: str, end: int, count: int) -> list[DateSpan | None] | None:
    """The dates of the ``count`` meetings listed before ``end`` when a clause right after the list names one of
    them and its own date (module docstring): that one's date, ``None`` for the others; ``None`` when there is no
    such clause or no own date after it."""
    cue = _ONE_OF_LISTED.match(text, end)
    if cue is None or count < 2:
        return None
    after = cue.end()
    if (verb := _held().match(text, after)) is not None:
        after = verb.end()
    day = own_dates(text, after, find_dates(text), bare=True)
    if day is None:
        return None
    out: list[DateSpan | None] = [None] * count
    out[-1 if cue.group("last") else 0] = day
    return out


@cache
def _held() -> re.Pattern[str]:
    """A verb of holding after the cue (``date_words.csv``, role ``held``: ``the latter held on``, ``the last of which
    was convened on``)."""
    be = rf"(?:{auxiliary_alternation('be')}|(?:{modal_alternation('future')})\s+be)"
    return re.compile(rf"\s+(?:{be}\s+)?(?:{alternation(date_words('held'), spaces=True)})\b")
