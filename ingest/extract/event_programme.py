"""Events listed in a programme: a line that is only a day (``Tuesday, 21 July``), then items
that each open with the name of an event (``Session on Action Line C4 (...), organized by UNESCO.``,
``Hackathon kick-off: "Open maps", run with ...``): each such item is an event on that day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from wsiskg.ingest.extract.dates import DateSpan, find_dates, weekday_words
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.event_forms import held_regex
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, determiners, modal_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_noun_kind, is_modifier
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation, has_digit

#: where an item's lead (the event's name) ends: a comma, a full stop, a colon or a bracket
_LEAD_END = re.compile(r",\s|\.\s|\.$|:\s|\s\(")


@cache
def _day_line() -> re.Pattern[str]:
    """A weekday (``ingest/data/date_words.csv``, role ``weekday``) before the day, or the day alone."""
    return re.compile(rf"(?i:{alternation(weekday_words())})\s*,?\s*")


#: what may stand between the dates of a line that is only dates: a dash, ``and``, ``to``, ``from``,
#: a comma, and hours in brackets (``Monday 5 May 2031 (09:30-12:30)``)
_BETWEEN_DATES = re.compile(rf"(?:\s|,|{DASH}|\b(?:and|to|from|until)\b|\(\s*\d[\d:.hH\s{DASH_CHARS}-]*\))*")


@lru_cache(maxsize=4096)
def day_of(text: str, default_year: int | None) -> DateSpan | None:
    """The day or days a line is only (``Tuesday, 21 July``, ``21 July 2031``, ``Monday 30 August
    - Wednesday 1 September``, ``6 May 2031 (09:30-12:30)``): from the first date's start to the
    last one's end, the weekdays and hours ignored; else ``None``."""
    text = text.strip().rstrip(".:")
    if not has_digit(text):
        return None
    found = [d for d in find_dates(text, default_year) if d.precision == "day"]
    if not found or len(found) > 2:
        return None
    pos = 0
    for d in found:
        if not _BETWEEN_DATES.fullmatch(_day_line().sub("", text[pos : d.span[0]])):
            return None
        pos = d.span[1]
    if not _BETWEEN_DATES.fullmatch(_day_line().sub("", text[pos:])):
        return None
    first, last = found[0], found[-1]
    if last is first:
        return first
    if last.start < first.start:
        return None
    return replace(first, end=last.end or last.start, span=(first.span[0], last.span[1]))


def programme_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The events a programme lists (module docstring), with the paragraph that names each."""
    day: DateSpan | None = None
    for p in report.paragraphs:
        found = day_of(p.text, default_year)
        if found is not None:
            day = found
        elif day is not None and p.kind == "list-item":
            mention = _item_event(p, day)
            if mention is not None:
                yield p.order, mention
        elif p.kind != "list-item":
            day = None  # a paragraph that is no item ends the day's list


def _item_event(p: Paragraph, day: DateSpan) -> EventMention | None:
    """The event an item of a day's list opens with: a capitalised lead with an event noun, no verb."""
    end = _LEAD_END.search(p.text)
    lead = p.text[: end.start() if end else len(p.text)].strip()
    words = lead.split()
    if (
        not lead[:1].isupper()
        or not 2 <= len(words) <= 12
        or re.match(rf"(?:{alternation(determiners('programme'), str.capitalize)}|It)\b", lead)
    ):
        return None
    noun = event_noun_regex().search(lead)
    if (
        noun is None
        or held_regex().search(lead)
        or re.search(rf"\b(?:{auxiliary_alternation(role='clause')}|{modal_alternation('future')})\b", lead)
    ):
        return None
    if is_modifier(words[0]) and words[1] == "of":
        return None  # "Opening of the week": a part of the event the programme is of
    kind = event_noun_kind(noun.group(0))
    mention = EventMention(slug(f"{lead} {day.start.year}"), lead, kind, (0, len(lead)))
    return replace(mention, start=day.start, end=day.end)
