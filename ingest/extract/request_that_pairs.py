"""A second ``that`` clause coordinated after the first: ``recommended that ITU and UNESCO organize a seminar before
the end of 2032, and that national regulators designate a focal point`` is two requests of the same verb and
requester, one per clause, each to its own subject (``proposes that X be requested to ..., and that ITU be invited
to ...``, ``requested that the secretariat circulate the report and that administrations comment on it``). The
first clause's request was read with the second clause left in its action, so the second subject was asked nothing.
Read by :meth:`~wsiskg.ingest.extract.requests._Reader.verb` (``_each_request``) on a request whose verb takes the
clause (``VERB that``); the second clause is read as the first is (:func:`.request_clauses._that_clause`), so a
clause that asks no one it can name (``and that the report be published``, ``and that the next meeting be held in
May``) stays in the first request's action and adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wsiskg.ingest.records import Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.request_verbs import _VerbAt
    from wsiskg.ingest.extract.requests import _Reader

#: the verb's own ``that`` (``recommended that``, ``It was agreed that``): what makes the action a clause
_VERB_THAT = re.compile(r"\s+that\s+")

#: ``, and that`` / `` and that`` before a further clause that opens on a word (not ``and that of ...``)
_AND_THAT = re.compile(r",?\s+and\s+that\s+(?=[A-Za-z])")

#: where a clause of the sentence ends: a semicolon, or a next verb coordinated after a comma (``, and requested``,
#: ``, and invites``)
_CLAUSE_END = re.compile(r";|,\s+and\s+(?:also\s+)?(?=[a-z]+(?:ed|s)\s)")


def that_pairs(self: _Reader, v: _VerbAt, request: Request, modal: bool = False) -> tuple[Request, ...]:
    """``request`` cut before a second ``that`` clause of its verb, and the request each further clause states
    (same verb and requester, its own addressees, action and deadline); else ``request`` alone. The clauses are
    read in the sentence, since a passive one (``, and that ITU be invited to ...``) ends the first request's
    action at its verb. ``modal``: a decided clause (``agreed that A shall ...``)."""
    rest = v.sentence[v.m.end() :]
    if not request.addressees or (that := _VERB_THAT.match(rest)) is None:
        return (request,)
    first = _AND_THAT.search(rest, that.end())
    if first is None or " that " in rest[that.end() : first.start()]:
        return (request,)  # "requested that A ..., noted that B and that C": C is the other verb's
    found = [request]
    for start, end in _clauses(rest, first):
        clause = rest[start:end].rstrip(" .;:")
        read = self.second_clause(v, request.requester, clause, start, modal)
        if read is not None and not set(read[0]) <= set(request.addressees):
            found.append(replace(request, addressees=read[0], action=read[1], deadline=self.deadline(read[1])))
    if len(found) == 1:
        return (request,)
    cut = _AND_THAT.search(request.action)
    if cut is not None and request.action[: cut.start()].strip():  # "publish the list and that ...": its own part
        own = request.action[: cut.start()].strip()
        found[0] = replace(request, action=own, deadline=self.deadline(own) or request.deadline)
    return tuple(found)


def _clauses(rest: str, first: re.Match[str]) -> list[tuple[int, int]]:
    """Where each clause after ``, and that`` starts and ends in ``rest`` (the sentence after the verb)."""
    out: list[tuple[int, int]] = []
    m: re.Match[str] | None = first
    while m is not None:
        end = _CLAUSE_END.search(rest, m.end())
        nxt = _AND_THAT.search(rest, m.end())
        stop = min(x.start() for x in (end, nxt) if x is not None) if end or nxt else len(rest)
        out.append((m.end(), stop))
        m = nxt if nxt is not None and (end is None or nxt.start() < end.start()) else None
    return out
