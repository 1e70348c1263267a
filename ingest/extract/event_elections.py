"""An election held on its own days: ``the elections of the Secretary-General and the Deputy Secretary-General would
take place on 13 November``, ``elections to the Staff Council will be held electronically from 20 to 24 October``,
``the elections to be held on 1 November``. The noun (``meeting_words.csv``, role ``poll``), what it is of, for or
to, up to an auxiliary or a modal, then a verb of holding and the days right after it
(:func:`.event_holding.held_date`): one event named as written (``elections to the Staff Council``). Not an election
without days of its own after such a verb (``to stand for election ... by 24 October``: a deadline).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_holding import held_date
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation, preposition_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.text import alternation


@cache
def _election() -> re.Pattern[str]:
    """The noun, maybe plural and capitalised, and what it is of, for or to, up to an auxiliary or a modal."""
    nouns = alternation(meeting_words("poll"))
    verb = rf"(?:{modal_alternation()}|{auxiliary_alternation()}|to\s+be)\b"
    topic = rf"(?:\s+(?:{preposition_alternation('topic')}|to)\s+(?:(?!\b{verb})[^,.;:()\n]){{1,80}}?)?"
    return re.compile(rf"\b(?i:(?P<noun>{nouns})s?){topic}(?=\s+{verb})")


def election_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """The elections of ``text`` with their own days after a verb of holding."""
    if not dates or not _election().search(text):
        return []
    out = []
    for m in _election().finditer(text):
        d = held_date(text, m.end(), dates)
        if d is None:
            continue
        name = " ".join(m.group(0).split())
        name = name[0].lower() + name[1:]
        out.append(dated_by(EventMention(slug(f"{name} {d.start.year}"), name, "event", m.span()), d))
    return out
