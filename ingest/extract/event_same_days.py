"""An event named by its place in a run and the event it stands for, on the same days (:func:`placed_again`):
``the next meeting of the group will be held from 4 to 7 May 2031`` and ``the Ninth Meeting of the Committee
(Quito, 4-7 May 2031)``, ``the next regional seminar for Africa`` and ``the Regional Spectrum Seminar 2031``
(both 3-6 June), ``its last meeting of the study period`` and ``the Advisory Group's meeting``: one event,
named by its own name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.date_vocabulary import adjacent_words, date_words
from wsiskg.ingest.extract.event_dates import event_noun_pattern, event_noun_regex
from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.text import alternation


@cache
def _placed() -> re.Pattern[str]:
    """A name that opens with a word of its place in a run (``date_words.csv``, roles ``adjacent`` and
    ``recent``: ``next``, ``following``, ``last``), an article or a possessive before it at most."""
    places = alternation([*adjacent_words(), *date_words("recent")])
    return re.compile(rf"(?i:(?:(?:{determiner_alternation('meeting')})\s+)?(?:{places}))\s")


@cache
def _by_day() -> re.Pattern[str]:
    """A name that is only a sitting and its day (:mod:`.event_dated_sittings`: ``meeting of 4 to 13 April 2031``,
    ``plenary session of 13 April 2031``): a modifier or two, the event noun, ``of`` and the date."""
    return re.compile(rf"(?i:(?:[a-z][\w\-]*\s+){{0,2}}(?:{event_noun_pattern()})\s+of\s+\d)")


def _noun(name: str) -> str | None:
    """The event noun of a name (its last: ``next regional seminar`` -> ``seminar``), singular, lower case."""
    found = list(event_noun_regex().finditer(name))
    return found[-1].group(0).casefold().removesuffix("s") if found else None


def placed_again(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each event named by its place in a run (:func:`_placed`) -> the one other event on exactly its days, two
    or more of them, whose name has the same event noun (``next meeting of the group`` -> ``XXXIII Meeting of
    PCC.I``, both 20-23 August); two kinds of evidence besides the days, so that a meeting held during a forum
    on the forum's days (``the next C4 facilitation meeting``, at the WSIS Forum) keeps its own event. A sitting
    named only by its day (:func:`_by_day`, ``its meeting of 4 to 13 April``) is the other one on its day or days."""
    out: dict[str, str] = {}
    for k, e in merged.items():
        by_day = _by_day().match(e["name"]) is not None  # a sitting named by its day: one day is enough
        one_day = e["end"] in (None, e["start"])
        if e["start"] is None or (one_day and not by_day) or not (by_day or _placed().match(e["name"])):
            continue
        noun = _noun(e["name"])
        same = [
            o
            for o, f in merged.items()
            if o != k
            and (f["start"], f["end"]) == (e["start"], e["end"])
            and not _placed().match(f["name"])
            and not _by_day().match(f["name"])
            and noun is not None
            and re.search(rf"(?i)\b{re.escape(noun)}s?\b", f["name"])
        ]
        if len(same) == 1:
            out[k] = same[0]
    return out
