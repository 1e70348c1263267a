"""Procedural invitations in a record: the presiding officer asks a speaker to act in the sitting itself.

``The Chairman invited Ms A (Country) to introduce Document 12``, ``The Chair invited the delegate of X to take
the floor``, ``The President asked the representative of the secretariat to respond to the questions raised``:
the speaker does it there and then, and no one is asked to do anything after the meeting (annotation guide
decision 46: no request). Two kinds of evidence are needed:

- who asks and where: a person or a post (the presiding officer) with a verb of inviting or asking, in the record
  of a meeting;
- what: an action of ``sitting-actions.csv`` on what ``sitting-objects.csv`` lists for it (a document under a
  definite or possessive determiner, ``determiners.csv`` column ``sitting``, or named by its symbol), with nothing
  after it that sends it later or elsewhere: no date, no deadline, no word of ``prepositions.csv`` column
  ``onward`` and no ``next`` or ``following``.

``The Chair invited the secretariat to present a revised draft at the next meeting`` and ``... asked Mr A to
present his report to the Council`` stay requests.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.date_finder import find_dates
from wsiskg.ingest.extract.gazetteer import determiner_alternation, preposition_alternation
from wsiskg.ingest.records import Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: the verbs of a procedural invitation (base forms, as :class:`Request` keeps them)
_INVITING = frozenset({"invite", "ask"})
#: words after an action that point to a later time
_LATER = re.compile(r"\b(?:next|following|later|forthcoming|upcoming|future|subsequent)\b", re.I)


@cache
def _objects(kind: str) -> str:
    """What an action of ``kind`` is about (``sitting-objects.csv``), singular or plural."""
    nouns = alternation((r["word"] for r in data_rows("sitting-objects.csv") if r["kind"] == kind), spaces=True)
    words = r"(?:[\w’'\-]+\s+){0,4}?"
    if kind == "document":
        definite = determiner_alternation("sitting")
        symbol = r"(?:[Dd]ocuments?|[Dd]oc\.)\s+[A-Z\d][\w\-/.]*|[A-Z][A-Za-z\-]*[\s\-]?\d+/\d+[\w\-/]*"
        return rf"(?:(?i:{definite})\s+{words}(?i:{nouns})s?\b|{symbol})"
    return rf"(?:(?:[\w’'\-]+\s+)?{words}(?i:{nouns})s?\b|(?i:the)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"


@cache
def _action() -> re.Pattern[str]:
    """An in-sitting action from its first word to the end of what it is about; the rest is its tail."""
    forms = []
    for row in data_rows("sitting-actions.csv"):
        phrase = "(?i:" + r"\s+".join(re.escape(w) for w in row["phrase"].split()) + ")"
        forms.append(phrase if row["object"] == "none" else rf"{phrase}\s+{_objects(row['object'])}")
    return re.compile(rf"(?:{'|'.join(forms)})(?P<tail>.*)", re.DOTALL)


@cache
def _onward() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{preposition_alternation('onward')})\b", re.I)


def in_sitting(request: Request, record: bool) -> bool:
    """Whether ``request`` (found in a record of a meeting when ``record``) is the presiding officer's invitation
    to act in the sitting itself (module docstring): no request."""
    if not record or request.verb not in _INVITING or request.deadline is not None:
        return False
    if request.requester.kind not in ("person", "post"):
        return False
    found = _action().match(request.action.strip())
    if found is None:
        return False
    tail = re.split(r",\s*which\b", found.group("tail"), maxsplit=1)[0]
    return not (_onward().search(tail) or _LATER.search(tail) or find_dates(tail, 2000, years=True))
