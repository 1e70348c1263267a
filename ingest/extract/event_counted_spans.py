"""Events counted in the plural and held over one span of days: ``Eleven regional consultations were held
between 10 February and 25 April``, ``six regional information sessions will take place between October and
March``, ``a series of regional webinars between 16 February and 8 March``. The count (or a word that counts
without a number, ``meeting_words.csv`` role ``count-noun``: ``a series of``, ``a round of``) names the several
sittings of one event, which the span dates from its first to its last day: one event, named by its modifiers,
noun and topic without the count. A list of days, one per sitting, is read by ``event_forms._listed_items``; a
count held inside another event's days (``64 sessions of the Summit, held from ...``) stops at that event's name
(:func:`.event_dates.neighbour_at`); a plural the text names as the form of an event named before it (``held
online in a series of sessions``) is none. Counted sittings listed one a day on days that follow one another, in
one place (``met in three sessions on 30 April, 1 May and 2 May``), are one event over those days too
(:func:`one_run`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, listed_days
from wsiskg.ingest.extract.event_dates import event_noun_regex, is_due_at, neighbour_at
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.ordinals import cardinal_regex
from wsiskg.ingest.text import alternation, clause_spans, span_at


@cache
def count_noun_regex() -> str:
    """Regex (no groups) of a word that counts events without a number, with its article and ``of``
    (``a series of``, ``a round of``; ``meeting_words.csv``, role ``count-noun``)."""
    words = alternation(meeting_words("count-noun"), spaces=True)
    return rf"[Aa]\s+(?:{words})\s+of"


#: a possessive before the count (``the Group's two``): whose sittings, no name
_POSSESSIVE = re.compile(r"['’]s?$")


#: what names a plural again as the form of an event named before it: ``held online in a series of``, ``as six``
_FORM_OF = re.compile(r"\b(?:in|as)\s+$")


def spanned_plural(
    m: re.Match[str],
    label: str | None,
    ends: tuple[int, bool],
    dates: Sequence[DateSpan],
    qualifies: Callable[[str, bool], bool],
) -> list[EventMention]:
    """The one event a counted generic noun in the plural (``m``, a match of ``event_forms._generic_pattern``
    with its count, ending at ``ends[0]``) names when a topic (``ends[1]``) or a modifier that ``qualifies``
    (``regional``, not ``online``, not its count) names it and the only date of its clause after it is one span
    of days or months (:func:`_one_span`): named ``label``, dated by the span; else none."""
    text, (end, topic) = m.string, ends
    if label is None or text[m.end("noun") : m.end("noun") + 1] != "s" or _FORM_OF.search(text, 0, m.start()):
        return []
    adj = [w for w in m.group("adj").split() if not re.fullmatch(cardinal_regex(), w) and not _POSSESSIVE.search(w)]
    if m.group("rel") == "of" and event_noun_regex().search(m.group("topic") or ""):
        return []  # "three sessions of the Forum": the parts of an event
    if not (topic or any(qualifies(w, True) for w in adj)):
        return []
    d = _one_span(text, end, span_at(clause_spans(text), m.start(), len(text))[1], dates) if dates else None
    if d is None:
        return []
    return [dated_by(EventMention(slug(f"{label} {d.start.year}"), label, "event", (m.start(), end)), d)]


def _one_span(text: str, end: int, s1: int, dates: Sequence[DateSpan]) -> DateSpan | None:
    """The one date after ``end`` in its clause (up to another event named, :func:`.event_dates.neighbour_at`),
    no due date, when it runs over several days (``between 10 February and 25 April``, ``5-9 September``) or
    from one month to another (``between October 2031 and March 2032``), not a list of days; else ``None``."""
    limit = neighbour_at(text, end, s1)
    own = [d for d in dates if end <= d.span[0] < limit and d.precision in ("day", "month")]
    own = [d for d in own if not is_due_at(text, d.span[0])]
    if len(own) != 1 or own[0].end is None or own[0].end <= own[0].start or len(listed_days(text, own[0])) > 1:
        return None  # one date, a range: not "on 11, 18 and 25 May" (a day each, ``event_forms._listed_items``)
    d, last = own[0], own[0].end
    months = (d.start.year, d.start.month) != (last.year, last.month)
    return d if d.precision == "day" or months else None


def one_run(items: list[EventMention]) -> list[EventMention]:
    """Counted sittings of one name, one a day (``event_forms._listed_items``), on days that follow one another
    (``The Group met in three sessions on 30 April, 1 May and 2 May``, ``Two national workshops were held on 12
    and 13 March``): the days of one event, named as the first day's sitting and dated from the first day to the
    last; days apart (``two drafting sessions, on 3 and 17 May``) or in several places stay one event a day."""
    first = items[0].name if items else ""  # a place written before the first day (``in Lima on 12 and 13 March``)
    if len(items) < 2 or any(i.start is None or i.name not in (first, _unplaced(first)) for i in items):
        return items
    days = [i.start for i in items if i.start is not None]  # every one, checked above
    if any(i.end not in (None, i.start) for i in items) or any(
        b != a + timedelta(days=1) for a, b in zip(days, days[1:], strict=False)
    ):
        return items
    return [replace(items[0], end=days[-1])]


def _unplaced(name: str) -> str:
    """``name`` without the place ``event_forms._listed_items`` ends it with (``national workshop in Lima``)."""
    return name.rsplit(" in ", 1)[0]
