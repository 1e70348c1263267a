"""The name whose head noun ``the Group``, ``the Committee`` names in a report of the meeting body
(:func:`.requests._own_head`).

A body named only by its acronym (``EG-MRS``) has no head noun to read: the name it stands for, when the report
writes it (``Council Expert Group on Maritime Radio Spectrum`` in the header), gives it, so ``The Group requests ...``
is the meeting body and not another group the report names last (``Andean Group`` in a table of contributions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wsiskg.ingest.extract.body_acronyms import initials
from wsiskg.ingest.records import Body


def own_name(key: str | None, bodies: Iterable[Body]) -> str | None:
    """The name of the body ``key`` to read its head noun in: its own when written in words, else (an acronym alone)
    the one other body's name whose words' initials hold the acronym's letters in a row (``EG-MRS``: ``Council
    Expert Group on Maritime Radio Spectrum``), else its own."""
    bodies = tuple(bodies)
    name = next((b.name for b in bodies if b.key == key), None)
    if name is None or any(c.islower() for c in name):
        return name
    letters = re.sub(r"[^A-Z]", "", name)
    spelt = [b.name for b in bodies if b.key != key and any(c.islower() for c in b.name) and len(letters) >= 3]
    spelt = [n for n in spelt if letters in initials(n.split())]
    return spelt[0] if len(spelt) == 1 else name
