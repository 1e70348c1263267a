"""Numbered meetings of a body the catalogue does not know, named as written (:mod:`.event_forms`): one
meeting (:func:`written_numbered_mentions`) or several listed by their ordinals (:func:`written_listed_mentions`),
keyed by the body's key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, as_listed_days, joins_list
from wsiskg.ingest.extract.event_body_meetings import written_name
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import numbered_mention
from wsiskg.ingest.extract.event_series import EventMention, numbered_series_body
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.extract.ordinals import has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.text import ordinal_suffix


@cache
def _written_numbered() -> re.Pattern[str]:
    """A numbered meeting of a body named as written (:func:`.event_body_meetings.written_name`): an ordinal,
    ``meeting``/``session``, ``of`` and the name."""
    return re.compile(
        rf"\b(?P<num>{ordinal_regex()})\s+(?P<what>meeting|session)\s+of\s+(?:the\s+)?{written_name()}"
        # or by its hyphenated code before the noun: "the first FG-XYZ meeting"
        rf"|\b(?P<num2>{ordinal_regex()})\s+(?P<code>[A-Z][A-Z\d]*-[A-Z\d][A-Z\d\-]*)\s+(?P<what2>meeting|session)\b"
    )


@cache
def _written_listed() -> re.Pattern[str]:
    """Several numbered meetings of a body named as written: ordinals joined by commas and
    ``and``, ``meetings``/``sessions``, ``of`` and the name (:func:`.event_body_meetings.written_name`)."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"\b(?P<nums>{ordinal}(?:\s*,\s*{ordinal})*\s*,?\s+and\s+{ordinal})\s+"
        rf"(?P<what>meeting|session)s\s+of\s+(?:the\s+)?{written_name()}"
    )


def written_numbered_mentions(
    text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan] = ()
) -> list[EventMention]:
    """``the third meeting of the Focus Group on Smart Metering (Lima, 4-5 July 2031)``, ``the
    fifth meeting of ITU-D Study Group 2, held on ...``: a numbered meeting of a body the
    catalogue does not know, named as written, when followed by its own dates
    (:func:`own_dates`); keyed by the body's key (:func:`_written_body`) as every numbered meeting
    is. A catalogue body's numbered meetings are :mod:`.events`' own."""
    if not has_ordinal(text):
        return []
    out = []
    for m in _written_numbered().finditer(text):
        n, name = number_value(m.group("num") or m.group("num2")), m.group("name") or m.group("code")
        if n is None or body_index().regex(name).fullmatch(name) or len(re.split(r"[\s\-]", name)) < 2:
            continue  # "the 29th meeting of the Group": the body named before (:mod:`.events`)
        if own_dates(text, m.end(), dates, bare=True) is None:
            continue
        what, group = m.group("what") or m.group("what2"), "name" if m.group("name") else "code"
        mention = numbered_mention(_written_body(m, group, n, body_spans), n, what, name, m.span())
        if group == "code":  # "the first FG-XYZ meeting"
            mention = replace(mention, name=f"{n}{ordinal_suffix(n)} {name} {what}")
        out.append(mention)
    return out


def written_listed_mentions(
    text: str, dates: Sequence[DateSpan], body_spans: Sequence[BodySpan] = ()
) -> list[EventMention]:
    """``the 36th and 37th meetings of the Working Group on Data Rights (WGDR), held on 3 March
    and 9 June``: one numbered meeting per ordinal of a body the catalogue does not know, named as
    written with its acronym in brackets, each dated by its own of the dates listed after the name
    where they pair up one to one (:func:`own_dates`, then dates joined as a list), undated
    otherwise (never a neighbour's date)."""
    if not has_ordinal(text):
        return []
    days = [d for d in dates if d.precision == "day"]
    out = []
    for m in _written_listed().finditer(text):
        name = m.group("name")
        if not m.group("acr") or body_index().regex(name).fullmatch(name) or len(name.split()) < 2:
            continue  # without its acronym, or a catalogue body's: read where the body is named (:mod:`.events`)
        listed = [own] if (own := own_dates(text, m.end(), days, bare=True)) else []
        for day in days:
            if listed and day.span[0] > listed[-1].span[1] and joins_list(text, listed[-1].span[1], day.span[0]):
                listed.append(day)
        numbers = [n for o in re.finditer(ordinal_regex(), m.group("nums")) if (n := number_value(o.group(0)))]
        listed = as_listed_days(text, listed, len(numbers))
        paired: list[DateSpan | None] = [*listed] if len(listed) == len(numbers) else [None] * len(numbers)
        for n, d in zip(numbers, paired, strict=True):
            body, (start, end) = _written_body(m, "name", n, body_spans), (d.start, d.end) if d else (None, None)
            out.append(numbered_mention(body, n, m.group("what"), name, m.span(), start, end))
    return out


def _written_body(m: re.Match[str], group: str, n: int, body_spans: Sequence[BodySpan]) -> str:
    """The key of the body meeting ``n`` names as written (group ``group`` of ``m``, with its acronym in
    brackets, group ``acr``, unless that ends with the number ``n``: the meeting's own code, ``the second
    meeting of the X Group (XG-2)``): the catalogue's, else the key the body extractor found there under
    (``body_spans``: a span from the name's first word over its end), else the slug of the acronym or name
    (:meth:`.body_names.BodyIndex.written_key`); a series of numbered sessions its series' body
    (:func:`.event_series.numbered_series_body`)."""
    start, end = m.span(group)
    found = next((k for a, b, k in body_spans if a <= start < b and b >= end), None)
    acr = m.group("acr") if group == "name" else None
    acr = None if acr and re.search(rf"(?<!\d)0*{n}$", acr) else acr
    series = numbered_series_body(acr, m.group(group))  # "the third meeting of the Preparatory Committee"
    return series or body_index().written_key(acr, m.group(group), found=found)
