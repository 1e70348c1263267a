"""A definite generic event named by a noun of two words or more (``generic-events.csv``: ``the open consultations
held on 25 May``, ``the facilitation meeting held on 4 March``) that names no event before it in the text: the
event its own dates after it make. ``the Forum``, ``the workshop`` (one word) stay an event named before, else none
(:func:`.event_forms.resolve_anaphora`): they name the report's own meeting as often as another. Two kinds of
evidence: a compound noun that names a kind of event by itself, and a day of its own right after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug

#: the key of ``the Forum`` until it is resolved to the event it names (:func:`.event_forms.resolve_anaphora`)
ANAPHOR = "="


def dated_anaphor(noun: str, kind: str, span: tuple[int, int], text: str, dates: Sequence[DateSpan]) -> EventMention:
    """The anaphor ``the <noun>`` at ``span`` (``the open consultation``) with its own day
    (:func:`.event_dates.own_dates`: a verb of holding, a place or a bracket before it, not a bare ``on``), kept
    should it name no event before it (:func:`unresolved_event`); ``The consultation meeting was convened ...
    (Geneva, 16 May)`` has none."""
    mention = EventMention(ANAPHOR + noun, noun, kind, span)
    if " " not in noun:
        return mention
    end = mention.span[1] + (text[mention.span[1] : mention.span[1] + 1] == "s")  # "the open consultations"
    d = own_dates(text, end, dates)
    return dated_by(mention, d) if d is not None and d.precision == "day" else mention


def unresolved_event(anaphor: EventMention) -> EventMention | None:
    """The event an anaphor that named no event before it still names (module docstring), else None."""
    if anaphor.start is None:
        return None
    return replace(anaphor, key=slug(f"{anaphor.name} {anaphor.start.year}"))
