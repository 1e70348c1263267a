"""An undated name cut at its year, the rest of the name after it: ``Subject: Regional Spectrum Seminar 2031 for the
Caribbean (RSS-31-CAR),`` and ``the Regional Spectrum Seminar for the Caribbean, to be held in Bridgetown from 6 to 10
October``; ``The Andean Numbering Seminar 2032 for Small Operators was organized by ...`` under the header line that
dates it. The reader ends a name at its year, so the undated ``Regional Spectrum Seminar 2031`` stood beside the dated
event it names: one event named twice. An undated event whose name ends with its year, every mention of which goes on
with a name's preposition (``prepositions.csv`` column ``name``) and capitalised words (the rest of its name), is the
one event dated in that year whose name holds those words and all of its own but one (an owner's acronym before it,
``ITU``); no such event, or two, keeps it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import preposition_alternation, small_words
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import UPPER, closing_year


@cache
def _rest_of_name() -> re.Pattern[str]:
    """A name's preposition and the capitalised words after it, small words between (``for Asia and the Pacific``)."""
    word = rf"[{UPPER}][\w'’-]*"
    return re.compile(rf"\s+(?:{preposition_alternation('name')})\s+((?:the\s+)?{word}(?:\s+(?:\w+\s+)?{word})*)")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if w not in small_words()}


def _rests(report: ParsedReport, key: str, e: dict[str, Any]) -> list[set[str]] | None:
    """The words of the rest of the name after each mention of event ``key``, None when one has none."""
    doc = document(report)
    rests = []
    for order in e["paragraphs"]:
        for s in doc.spans(order, "event"):
            if s.key != key:
                continue
            found = _rest_of_name().match(doc.para(order).text, s.end)
            if found is None:
                return None
            rests.append(_words(found.group(1)))
    return rests or None


def cut_at_year(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Undated events named by a name cut at its year -> the dated event of that year they name (module docstring)."""
    out: dict[str, str] = {}
    for k, e in merged.items():
        year = closing_year(e["name"]) if e["start"] is None and not e["months"] else None
        rests = _rests(report, k, e) if year else None
        if year is None or rests is None:
            continue
        own = _words(e["name"]) - {year}
        named = [
            o
            for o, f in merged.items()
            if o != k
            and f["start"] is not None
            and str(f["start"].year) == year
            and all(r <= _words(f["name"]) for r in rests)
            and len(own - _words(f["name"])) <= 1
        ]
        if len(named) == 1:
            out[k] = named[0]
    return out
