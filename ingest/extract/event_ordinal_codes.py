"""A meeting named by an ordinal and an acronym that is no known body's or series' (``the ninth ABCM, held in
Lusaka from 3 to 5 May 2031``, ``The 12th XYZF will be held in Suva in June 2032``): an event when its own dates
follow (:func:`.event_dates.own_dates`), named as written without the article and keyed by the acronym and the
number, so ``9th ABCM`` and ``ninth ABCM`` are one event. The ordinal says it is one of a numbered series of
meetings, the dates that it is held; either alone names no event (``the 5th XYZ Report``, ``ABCM, 3 May``).
A known body's acronym is read by the numbered readers (:mod:`.event_numbered`), a series' code by
:mod:`.event_series`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_codes import series_codes
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.extract.ordinals import number_value, ordinal_regex
from wsiskg.ingest.text import squash


@cache
def _ordinal_code() -> re.Pattern[str]:
    """An ordinal, then an acronym of two to six capitals standing alone (no ``-``, ``/`` or word after it)."""
    return re.compile(rf"(?<![\w\-])(?P<ord>{ordinal_regex()})\s+(?P<code>[A-Z]{{2,6}})(?![\w&/\-])")


def ordinal_code_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """Each ordinal and unknown acronym followed by its own dates (module docstring)."""
    out = []
    for m in _ordinal_code().finditer(text) if any(c.isdigit() for c in text) else ():
        code = m.group("code")
        if code in series_codes() or body_index().keys.get(squash(code)):
            continue
        n = number_value(m.group("ord"))
        d = own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None:
            continue
        out.append(dated_by(EventMention(slug(f"{code} {n}"), m.group(0), "meeting", m.span()), d))
    return out
