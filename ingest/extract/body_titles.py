"""A parenthesised title that belongs to a body's name (``docs/annotation-guide.md``, decision 6):
``Committee 5 (Policy and Legal Matters)``, ``Study Group 5 (Environment and climate change)``,
``Working Party 1/13 (Project management and NGN requirements)``.

Brackets after a body's name hold other things too: a document (``(Document 71)``, ``(TD 407)``:
first words of ``ingest/data/body-title-stops.csv``), a date or a place and date (``(Geneva, 20-29
August 2019)``), a country (``(Malaysia)``), a person (``(Mr X)``), an acronym (``(PCC.I)``,
``(COM4)``) or a note (``(Chairman: Ms X)``): none of these is a title.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.gazetteer import data_rows, honorifics

#: a bracket right after a name, opened on the same line (a line may break inside it)
_BRACKETED = re.compile(r"[ \t]*\(([^()]{2,120})\)")
#: a word of a title: capitalised or in lower case, with letters in lower case
_TITLE_WORD = re.compile(r"[A-Za-z][a-z][\w'’\-]*")
_MAX_WORDS = 14


@cache
def _stops() -> frozenset[str]:
    """First words that make a bracket no title (``body-title-stops.csv``) and honorifics."""
    words = {r["word"].casefold() for r in data_rows("body-title-stops.csv")}
    return frozenset(words | {h.rstrip(".").casefold() for h in honorifics()})


def is_title(title: str) -> bool:
    """Whether ``title`` (a bracket's words) reads as a body's title, not a reference, a date, a
    country, a person or an acronym."""
    words = title.split()
    if not words or not words[0][:1].isupper() or len(words) > _MAX_WORDS or re.search(r"[:;=]", title):
        return False
    if re.split(r"[\s.,]", title, maxsplit=1)[0].casefold() in _stops():
        return False
    if not any(_TITLE_WORD.fullmatch(w.strip(",.")) for w in words):
        return False  # "(PCC.I)", "(COM4)", "(SG 5)": an acronym
    if country_code(title) or country_code(title.split(",")[0]):
        return False  # "(Malaysia)", "(Brazil, Chairman)"
    return not find_dates(title, default_year=2000, years=True)


def title_after(text: str, end: int) -> str | None:
    """The title in brackets right after a body's name ending at ``end`` (:func:`is_title`), else
    ``None``."""
    m = _BRACKETED.match(text, end)
    if m is None:
        return None
    title = " ".join(m.group(1).split())
    return title if is_title(title) else None


def titled(name: str, title: str | None) -> str:
    """``Committee 5`` and ``Policy and Legal Matters`` -> ``Committee 5 (Policy and Legal Matters)``."""
    return f"{name} ({title})" if title else name
