"""A numbered sitting named with the session it is a sitting of, after a comma (:func:`sittings_of_editions`).

``(Adopted at the ninth Plenary Meeting, Council 2031, Geneva, 21 October 2031)``, the line under a Council
decision or resolution, names one event: the ninth plenary meeting of the Council's 2031 session, dated by the
day after it, not the plenary undated beside the session dated by the plenary's day. The sitting is named with
the session as written (``ninth Plenary Meeting, Council 2031``) and takes the session's dates read there; the
session is no other event of that line. Decisions: ``docs/events-and-dates.md`` (Round 54).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.event_series import EventMention, edition_of
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.text import alternation


@cache
def _sitting() -> re.Pattern[str]:
    """A numbered sitting's whole name: an ordinal, ``plenary`` at most, a sitting's noun (``meeting_words.csv``
    role ``meeting-noun``, and ``session``)."""
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(rf"(?i)(?:{ordinal_regex()})\s+(?:plenary\s+)?(?:{nouns})")


#: between the sitting and the session: a comma only
_COMMA = re.compile(r",\s*")


def sittings_of_editions(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """``mentions`` (in text order) with each numbered sitting that a comma and a series' edition follow named
    with that edition and dated by it, and the edition left out there (module docstring)."""
    out: list[EventMention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is None or not _of_edition(text, m, nxt):
            out.append(m)
            continue
        name = f"{m.name}, {text[nxt.span[0] : nxt.span[1]]}"
        dated = m if m.start is not None else nxt  # its own dates, else the session's read there
        whole = replace(m, key=slug(name), name=name, span=(m.span[0], nxt.span[1]))
        out.append(replace(whole, start=dated.start, end=dated.end, precision=dated.precision))
        skip.add(i + 1)
    return out


def _of_edition(text: str, m: EventMention, nxt: EventMention) -> bool:
    """Whether ``m`` is only a numbered sitting's name and ``nxt``, right after it and a comma, a series' edition."""
    written = text[m.span[0] : m.span[1]]
    return (
        _sitting().fullmatch(written.removeprefix("the ").strip()) is not None
        and _COMMA.fullmatch(text, m.span[1], nxt.span[0]) is not None
        and edition_of(nxt.key) is not None
    )
