"""An edition of a catalogue series named by its ordinal, tied to the series' code once in the report
(:func:`.events.find_events`).

A report that writes ``the Seventh World Telecommunication/ICT Policy Forum (WTPF-33)`` once (a header, a
title, a paragraph) says that the seventh Forum is the edition ``WTPF-33``: every other mention of the seventh
Forum (``the seventh World Telecommunication/ICT Policy Forum (virtual, 2033)``, ``7th session of the World
Telecommunication/ICT Policy Forum``) is that edition. Also written code first (``GSR-31 – 31st Global
Symposium for Regulators``). Series, names and codes: ``ingest/data/events.csv``; ordinals:
:mod:`.ordinals`. :func:`~.event_merging._coded_in_brackets` ties a name to the code after it within one
paragraph; this ties them over the report.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.event_series import Series, event_series, series_key
from wsiskg.ingest.extract.ordinals import number_value, ordinal_regex
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import DASH, alternation, full_year


@cache
def _series_forms() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], dict[str, Series]]:
    """The ties of an ordinal, a series' name and its code (each order), an event name that is the ordinal
    and the series' name (``ninth Global Symposium for Regulators``, ``6th session of the Policy Forum``),
    and each name and code (lower case) -> its series."""
    by_form = {f.casefold(): s for s in event_series() for f in (*s.names, *s.codes)}
    names = alternation([n for s in event_series() for n in s.names], spaces=True)
    codes = alternation([c for s in event_series() for c in s.codes])
    ordinal = rf"(?P<ord>{ordinal_regex()})"
    name = rf"(?P<name>(?i:{names}))"
    code = rf"(?P<code>{codes})[\-\s]?(?P<year>(?:19|20)?\d\d)\b"
    ties = (
        re.compile(rf"\b{ordinal}\s+{name}\s*\(\s*{code}\s*\)"),
        re.compile(rf"\b{code}\s*(?:{DASH}|:)\s*{ordinal}\s+{name}\b"),
    )
    named = re.compile(rf"(?:the\s+)?{ordinal}\s+(?:[a-z]+\s+of\s+(?:the\s+)?)?{name}", re.IGNORECASE)
    return ties, named, by_form


def _ties(report: ParsedReport) -> dict[tuple[str, int], str]:
    """(series prefix, ordinal) -> the edition's key, for each tie the report writes; a number tied to two
    editions ties none."""
    ties, _, by_form = _series_forms()
    found: dict[tuple[str, int], set[str]] = {}
    texts = [report.title or "", *(p.text for p in report.paragraphs)]
    for m in (m for text in texts for tie in ties for m in tie.finditer(text)):
        series, code = by_form.get(m.group("name").casefold()), by_form.get(m.group("code").casefold())
        number, year = number_value(m.group("ord")), int(m.group("year"))
        if series is None or series is not code or number is None:
            continue
        year = year if year > 99 else full_year(year)
        found.setdefault((series.prefix, number), set()).add(series_key(series, year))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def ordinal_editions(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Events named by an ordinal and a series' name that the report ties to an edition of the series
    (:func:`_ties`) -> that edition's key, when the report names the edition."""
    ties = _ties(report) if merged else {}
    if not ties:
        return {}
    _, named, by_form = _series_forms()
    out: dict[str, str] = {}
    for k, e in merged.items():
        m = named.fullmatch(e["name"].strip())
        series = by_form.get(m.group("name").casefold()) if m else None
        edition = ties.get((series.prefix, number_value(m.group("ord")) or 0)) if series and m else None
        if edition is not None and edition != k and edition in merged:
            out[k] = edition
    return out
