"""Two events held together share their dates: an event without dates of its own, joined by ``together with`` or
``jointly with`` (``date_words.csv``, role ``joint``) to an event of its sentence that has them, is held on that
event's days. Either way round: ``to organize the Andean Data Summit 2031 jointly with the Ocean Innovation
Forum in Lima, 2-4 October 2031`` (the dates after the second are the first's too); ``The ninth NDSM will be held
in Oslo from 4 to 6 May 2031, together with the Nordic Indicators Symposium`` (the symposium's days are the
meeting's). Two kinds of evidence: the joining words right before the second name, and no end of a clause, no
other event between the two. Read by :func:`.event_prose.event_mentions` for an event its own clause leaves
undated."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import date_words
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.text import alternation

Dates = tuple[date | None, date | None, str]


@cache
def _joined() -> re.Pattern[str]:
    """The joining words right before an event's name, no end of a clause before them in the stretch from the
    first event's name: ``... from 4 to 6 May 2031, together with the``; ``jointly with the``."""
    words = alternation(date_words("joint"), spaces=True)
    return re.compile(rf"(?:[^.;:()]{{0,160}}?,)?\s*(?:{words})\s+(?:the\s+)?")


def joint_dates(text: str, i: int, chosen: Sequence[EventMention], when: Sequence[Dates]) -> Dates | None:
    """The dates of the event joined to ``chosen[i]`` (undated) by the joining words: the next event when the
    words open it right after ``chosen[i]``'s name, else the event before when they open ``chosen[i]``'s; None
    when neither is so joined or dated."""
    c = chosen[i]
    after = next((j for j in range(i + 1, len(chosen)) if chosen[j].span[0] >= c.span[1]), None)
    if after is not None and when[after][0] is not None and _right_after(text, c.span[1], chosen[after].span[0]):
        return when[after]
    before = next((j for j in range(i - 1, -1, -1) if chosen[j].span[1] <= c.span[0]), None)
    if (
        before is not None
        and when[before][0] is not None
        and _joined().fullmatch(text, chosen[before].span[1], c.span[0])
    ):
        return when[before]
    return None


def _right_after(text: str, end: int, start: int) -> bool:
    """Whether only the joining words stand between an event's name ending at ``end`` and the next one's."""
    m = _joined().fullmatch(text, end, start)
    return m is not None and "," not in text[end:start]
