"""A day written after the event another is held on the eve of is the eve's: ``The next Bureau meeting will take
place on the eve of the extraordinary session, 19 June 2031`` — the day set off by a comma after the second name is
the first event's (held on the eve), not the second's, which opens later (``on the eve of``, ``date_words.csv`` role
``eve-of``, is loose: some days before; it dates nothing). Two kinds of evidence: the first event has no dates of its
own and only the eve words stand between the two names; the day is a single day, right after the second name and
its comma, ending the clause. A range there is the second event's own (``held on 20 October, on the eve of the
Assembly, 21-30 October``). Read by :func:`.event_prose.event_mentions` on each event's dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import date_words
from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.text import alternation

Dates = tuple[date | None, date | None, str]


@cache
def _eve_of() -> re.Pattern[str]:
    """What stands between an event and the one it is held on the eve of: ``will take place on the eve of the``."""
    eve = alternation(date_words("eve-of"), spaces=True)
    return re.compile(rf"[^.;:()\d]{{0,60}}?\b(?:{eve})\s+(?:the\s+)?")


#: a comma, the day, and the end of its clause
_COMMA = re.compile(r"\s*,\s*")
_CLAUSE_END = re.compile(r"\s*(?:[.;)]|$)")


def eve_days(text: str, chosen: Sequence[EventMention], when: list[Dates], dates: Sequence[DateSpan]) -> None:
    """Give the day after ``X,`` to the undated event held on the eve of ``X`` (in place in ``when``), and none
    to ``X``."""
    for i in range(len(chosen) - 1):
        c, x = chosen[i], chosen[i + 1]
        if when[i][0] is not None or when[i + 1][0] is None or not _eve_of().fullmatch(text, c.span[1], x.span[0]):
            continue
        d = next((d for d in dates if d.span[0] >= x.span[1]), None)
        if (
            d is not None
            and d.end is None
            and d.precision == "day"
            and d.start == when[i + 1][0]
            and _COMMA.fullmatch(text, x.span[1], d.span[0])
            and _CLAUSE_END.match(text, d.span[1])
        ):
            when[i], when[i + 1] = when[i + 1], (None, None, when[i + 1][2])
