"""An event named in one paragraph and dated at the opening of the next by its head noun: ``... to participate in
the Regional Workshop on Spectrum Pricing.`` / ``The workshop will take place in Bogotá from 4 to 6 May 2031``;
``... concerning the Regional Preparatory Meeting for WTDC-33.`` / ``The Government will host the meeting in Lima
from 4 to 6 November 2031``. The same sentence forms as within a paragraph
(:func:`~.event_dates.next_sentence_dates`), read across the paragraph break (:func:`dated_from_next`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from wsiskg.ingest.extract.dates import DateSpan, find_dates
from wsiskg.ingest.extract.event_dates import _AGAIN, _hold_again, generic_event_nouns, own_dates
from wsiskg.ingest.extract.event_merging import _fold_days, of_year
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import clause_spans, span_at


@cache
def _nouns() -> frozenset[str]:
    """The event nouns in lower case (``event_nouns.csv``, ``generic-events.csv``): what may name an event again."""
    return frozenset(n.lower() for n in (*event_nouns(), *generic_event_nouns()))


def opening_again(text: str, dates: list[DateSpan]) -> tuple[str, DateSpan] | None:
    """The event noun and the own dates (:func:`~.event_dates.own_dates`) of a paragraph that opens by naming an
    event again: its subject (``The workshop will take place in Bogotá from``, ``This seminar, held in Lima on``) or
    the object of a verb of holding in its first sentence, no date before it (``The Government will host the
    meeting in Lima from``; ``date_words.csv``, role ``hold``); else None. Not ``It``: a pronoun opening a
    paragraph may stand for anything the paragraph before named."""
    again = _AGAIN.match(text)
    if again and again.group("noun") and again.group("noun").lower() in _nouns():
        if (d := own_dates(text, again.end(), dates)) is not None:
            return again.group("noun").lower(), d
    first = span_at(clause_spans(text), 0, len(text))[1]
    held = _hold_again().search(text, 0, first)
    if held is None or held.group("noun") is None or held.group("noun") not in _nouns():
        return None
    if any(d.span[0] < held.start() for d in dates) or (d := own_dates(text, held.end(), dates, bare=True)) is None:
        return None
    return held.group("noun"), d


def dated_from_next(report: ParsedReport, merged: dict[str, dict[str, Any]], default_year: int | None) -> None:
    """The one undated event of the paragraph before whose name holds the noun a paragraph opens with, dated by
    the dates that opening gives it (:func:`opening_again`) when its name writes no other year; two such events, or
    none, are left as they are."""
    paragraphs = report.paragraphs
    for before, p in zip(paragraphs, paragraphs[1:], strict=False):
        days = [d for d in find_dates(p.text, default_year) if d.precision == "day"]
        if not days or (found := opening_again(p.text, days)) is None:
            continue
        noun, d = found
        named = [
            e
            for e in merged.values()
            if e["start"] is None
            and not e["months"]
            and before.order in e["paragraphs"]
            and noun in e["name"].lower().split()
            and of_year(e["name"], d.start.year)
        ]
        if len(named) == 1:
            _fold_days(named[0], d.start, d.end)
            named[0]["paragraphs"][p.order] = None
