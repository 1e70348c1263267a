"""A subject that names a group of its own by capitalised words and a body's head noun, in no catalogue (issue 8,
round 53): ``The Private Sector Board urged Member States to ...``, ``The Civil Society Coordination Committee
invited ...``, ``The Sector Members Liaison Team asked BDT ...``. The resolver read the name's first words as a
known group (``private sector``, ``civil society``) with a head noun left over, so the subject named no one and the
request was lost (a name of other words is found as a body and asks already); the annotations name such a group as
written (decision 12: a group stays as the text writes it).

:func:`named_group` is the group: two to four capitalised words after ``The``, the last a head noun of a body
(``body-heads.csv``, category ``body``, not one that mostly names a thing: ``by_form`` ``no``, ``Programme``,
``Fund``); the caller (``request_subject_heads._unfound_subject``) asks it last, once every other reader of a
subject (the meeting's own head, a role, an acronym) found no one.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.tables import data_rows

#: ``The`` and two to four capitalised words (a hyphenated one counts as one: ``Multi-Stakeholder``)
_NAME = re.compile(r"[Tt]he\s+(?P<name>(?:[A-Z][a-z]+(?:-[A-Za-z]+)*\s+){1,3}(?P<head>[A-Z][a-z]+))")


@cache
def _group_heads() -> frozenset[str]:
    """The one-word head nouns of a body that name a group of people (``Bureau``, ``Committee``, ``Board``)."""
    return frozenset(
        r["head"]
        for r in data_rows("body-heads.csv")
        if r["category"] == "body" and r.get("by_form") != "no" and " " not in r["head"]
    )


def named_group(phrase: str) -> AgentRef | None:
    """The group a subject phrase names by its own capitalised name and head noun (see the module), else
    ``None``."""
    m = _NAME.fullmatch(phrase.strip())
    if m is None or m.group("head") not in _group_heads():
        return None
    name = " ".join(m.group("name").split())
    return AgentRef("collective", slug(name), name)
