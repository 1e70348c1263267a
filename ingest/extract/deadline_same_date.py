"""A deadline written as the one before it: ``Members are invited to reply by 14 May 2031. Associates are asked to
send their comments by the same date.`` — a due word before ``the same date`` (``date_words.csv``, role
``same-due``: ``the same day``, ``the same deadline``) is due on the last day due before it in the report (in its
paragraph, else in the paragraphs before), its own deadline with its own subject. Two kinds of evidence: a due word
and the words that point back; nothing is due where no day was due before. Read by
:func:`.deadlines.find_deadlines`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import date_words, due_words
from wsiskg.ingest.extract.deadline_dates import DueDate
from wsiskg.ingest.text import alternation


@cache
def _same_date() -> re.Pattern[str]:
    """A due word and the words that point back to the day due before: ``by the same date``."""
    due, same = alternation(due_words(), spaces=True), alternation(date_words("same-due"), spaces=True)
    return re.compile(rf"\b(?:{due})\s+(?:{same})\b")


def same_date_dues(text: str, found: Sequence[DueDate], last: DueDate | None) -> list[DueDate]:
    """The due days of ``text`` written as ``by the same date``: each the day of the last due date before it,
    of ``found`` (its paragraph's, in text order) or else ``last`` (the last of the paragraphs before)."""
    out: list[DueDate] = []
    for m in _same_date().finditer(text):
        before = sorted((d for d in found if d.span[1] <= m.start()), key=lambda d: d.span)
        ref = before[-1] if before else last
        if ref is not None and ref.kind == "day":
            out.append(DueDate(ref.due, m.span(), ref.kind))
    return out
