"""A group's meeting named by the group alone with its own dates (:func:`body_alone_mentions`): ``held during
TSAG, 11-15 February 2031``, ``presented at TDAG on 4-8 March``, ``at the last RAG (3-5 May)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import adjacent_words, date_words
from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import _month_end
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import bodies
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.text import alternation

#: the kinds of catalogue bodies whose name alone names their meeting (a group meets as a whole)
_MEETING_KINDS = frozenset({"working-group", "expert-group"})


@cache
def _cue() -> re.Pattern[str]:
    """What ends right before a group named as its meeting: a cue of attending (``date_words.csv``, role
    ``attend``: ``at``, ``during``; not ``in conjunction with RAG, 13-15 May``: the dates may be the first
    event's), then ``the`` and a word of its place in the series (roles ``adjacent`` and ``recent``: ``the
    next``, ``the last``)."""
    cues = alternation(date_words("attend"), spaces=True)
    places = alternation([*adjacent_words(), *date_words("recent")])
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+(?:{places})\s+)?$")


def body_alone_mentions(text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan]) -> list[EventMention]:
    """The meeting of a catalogue group (:data:`_MEETING_KINDS`) named by its name alone after a cue of
    attending (:func:`_cue`) and followed by its own dates (:func:`~.event_dates.own_dates`, a bare ``on``
    enough), keyed as a body's unnumbered meeting is (``<body>-meeting-<first day>``). Not after ``to``
    (``submitted to TSAG on 11 February``: the day of the submission)."""
    out = []
    for a, b, key in body_spans:
        entry = bodies().get(key)
        if entry is None or entry.kind not in _MEETING_KINDS or not _cue().search(text, max(0, a - 40), a):
            continue
        d = own_dates(text, b, dates, bare=True)
        if d is None or d.precision != "day":
            continue
        dkey = slug(f"{key} meeting {d.start.isoformat()}")
        end = d.end or _month_end(d)
        out.append(
            EventMention(dkey, f"meeting of the {entry.name}", "meeting", (a, b), None, d.start, end, None, d.precision)
        )
    return out
