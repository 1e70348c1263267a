"""The body outside the catalogue that opens a lead sentence as the subject of ``held its Nth session``
(:func:`.present_meeting.held_session`): ``The Intergovernmental Panel on X held its second session in ...``,
``1. The Executive Board of the Y Network held its seventh session ...``.

A session is read as the body's own when two things hold: the name is the whole subject, written as a name
(``The`` and words in title case, small joiners inside), and its head noun is a body's (``Panel``, ``Board``,
``Committee``, ``Council``) or a conference's (``Conference of Ministers``, ``Assembly``), not an event's: the
sessions of a forum or a track are parts of it (``The High-level Track held its first session``), and a head
noun alone (``The Commission``) stands for a body the report names elsewhere.
"""

from __future__ import annotations

import re
from functools import cache

from .body_names import head_of
from .casing import joiner_alternation
from .keys import slug
from .meeting_mentions import generic_name

#: the kinds of head noun (``body_names.head_of``) of a body that holds numbered sessions though its category is an
#: event's: a conference, an assembly
_SESSION_KINDS = frozenset({"conference"})


@cache
def _subject() -> re.Pattern[str]:
    """A clause that is a name only: a paragraph's number, ``The``, capitalised words and small joiners."""
    word = r"[A-Z][\w&/’'\-]*"
    return re.compile(rf"^\s*(?:\d{{1,3}}[.)]?\s+)?[Tt]he\s+(?P<name>{word}(?:\s+(?:{joiner_alternation()}|{word}))*)\s*$")


def unlisted_subject(before: str) -> str | None:
    """The key of the body outside the catalogue that ``before`` (the clause up to ``held its``) names whole, when
    its head noun is a body's or a conference's (see the module)."""
    m = _subject().match(before)
    if m is None or generic_name(m.group("name")):
        return None
    head = head_of(m.group("name"))
    if head is None or (head[2] != "body" and head[1] not in _SESSION_KINDS):
        return None
    return slug(m.group("name"))
