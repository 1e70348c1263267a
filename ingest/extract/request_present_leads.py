"""A verb of asking in the present plural right before a bare colon: the lead of the items after it.

``The meeting requested:`` and ``The Group recommends:`` lead items that name whom and what (``a) BDT to
compile ...``, ``1. that the Council approve ...``: :func:`.request_clauses._items_lead`). A plural subject or
``we`` writes the same verb in the base form (``The African Administrations recommend:``, ``The evaluators
recommend:``, ``We request:``): it is finite there, as the ``-s`` form is, when a subject stands before it. The base
form after ``to`` or a modal (``invites the Council to recommend:``, ``may wish to request:``), after ``and`` or
``not`` or with nothing before it (a heading, ``Recommend:``) leads nothing here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import modal_alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.request_verbs import _VerbAt


@cache
def _not_finite() -> re.Pattern[str]:
    """The word before a base form that makes it no finite verb: ``to``, a modal (``modals.csv``), ``and``, ``or``,
    ``not``, ``please``."""
    return re.compile(rf"(?:^|\s)(?:to|{modal_alternation()}|and|or|not|please)\s*$", re.IGNORECASE)


def finite_lead(v: _VerbAt) -> bool:
    """Whether the verb of ``v`` is finite as a lead before a bare colon: its ``-s`` or ``-ed`` form, or its base
    form after a subject (words before it that end in no word of :func:`_not_finite`)."""
    if v.kind in ("ed", "s"):
        return True
    pre = v.sentence[: v.m.start()]
    return v.kind == "base" and bool(pre.strip()) and _not_finite().search(pre) is None
