"""One of the events a plural names before it, picked out by its ordinal or as the last of them, with its own
dates: ``All four regional forums have been held, the last one, for the Pacific, in Suva on 2 and 3 May``, ``the
national consultation webinars, the first of which will take place online on 6 June``. The plural (an event phrase
of :func:`.event_forms.plural_phrases`) names what the one is; the words that pick it out are an ordinal or a word
of kind ``final`` (``numbers.csv``: ``last``, ``final``) after ``, the`` and then ``one``, ``of which`` or ``of
them`` (``meeting_words.csv``, role ``one-of``); a ``for`` phrase set off by commas after them (``, for the
Pacific,``) names it further. Named ``<ordinal> <the plural's name in the singular>`` (``last regional forum for
the Pacific``); only when dated by its own dates (:func:`.event_dates.own_dates`), so ``the last of which closed
on 6 March`` (a closing day) names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_forms import plural_phrases
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.ordinals import final_words, ordinal_regex
from wsiskg.ingest.text import alternation

#: what may stand between the plural and the words that pick one out: no sentence or clause end
_BETWEEN = re.compile(r"[^.;:!?()]{0,160}")


@cache
def _one_of() -> re.Pattern[str]:
    """``, the last one``, ``, the first of which``, ``, the second of them``, and a ``for`` phrase set off by commas
    after them (group ``aside``): group ``which``, the ordinal or final word."""
    ones = alternation(meeting_words("one-of"), spaces=True)
    finals = alternation(final_words())
    return re.compile(
        rf",\s+the\s+(?P<which>(?i:{finals})|{ordinal_regex()})\s+(?:{ones})\b"
        r"(?:\s*,\s*(?P<aside>for\s+[^,.;:()]{2,60}?)\s*,)?"
    )


def one_of_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """The events picked out of a plural named before them in their sentence, each dated by its own dates (the
    module's docstring)."""
    if not dates or ", the " not in text:
        return []
    out: list[EventMention] = []
    phrases = None
    for m in _one_of().finditer(text):
        d = own_dates(text, m.end(), dates, bare=True)
        if d is None:
            continue
        phrases = plural_phrases(text, dates) if phrases is None else phrases
        before = [p for p in phrases if p[0][1] <= m.start() and _BETWEEN.fullmatch(text, p[0][1], m.start())]
        if not before:
            continue
        _, label, kind = before[-1]
        which = " ".join(m.group("which").split())
        name = f"{which} {label}" + (f" {' '.join(m.group('aside').split())}" if m.group("aside") else "")
        out.append(dated_by(EventMention(slug(f"{name} {d.start.year}"), name, kind, m.span()), d))
    return out
