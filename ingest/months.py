"""The month names of ``months.csv`` (full and abbreviated), the one reader of them for every stage: the PDF
layout's datelines (:mod:`.pdf_layout`), the parser's numbered lines (:mod:`.parse`) and the extractor's dates
(:mod:`.extract.date_vocabulary`, which hands them on). Below the extractor, so that the layout reads them without
loading it.

:func:`month_numbers` maps each form to its month; :func:`month_forms` and :func:`month_alternation` give the forms
as a list and as one regex alternation, every reader's the same, with two named variants: ``upper=False`` keeps the
Title-case forms only (``May``, not ``MAY``: a case-sensitive reader that wants a capitalised name) and
``misread=False`` leaves out the forms OCR wrote with a digit for a letter (``0ctober``, ``0ct``)."""

from __future__ import annotations

from functools import cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def month_numbers() -> dict[str, int]:
    """Month name or abbreviation (as written, Title and UPPER case) -> 1..12."""
    table: dict[str, int] = {}
    for row in data_rows("months.csv"):
        name, number = row["name"], int(row["month"])
        table[name[0].upper() + name[1:].lower()] = number
        table[name.upper()] = number
    return table


@cache
def month_forms(*, upper: bool = True, misread: bool = True) -> tuple[str, ...]:
    """The forms of :func:`month_numbers` in its order: Title case (``September``, ``Sept``) and, with ``upper``,
    UPPER case (``SEPTEMBER``); with ``misread``, also the forms OCR wrote with a digit (``0ctober``)."""
    return tuple(f for f in month_numbers() if (upper or f[1:].islower()) and (misread or f.isalpha()))


def month_alternation(*, upper: bool = True, misread: bool = True) -> str:
    """:func:`month_forms` as one regex alternation (no group; longest first, :func:`.text.alternation`), the
    one month-name alternation of every reader (``rf"(?P<m>{month_alternation()})(?![a-z])"``)."""
    return alternation(month_forms(upper=upper, misread=misread))
