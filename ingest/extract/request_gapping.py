"""A second object with its own infinitive, the verb of asking left out (gapping): ``asked the Director of A to
report on X, and the Directors of the three Bureaux to designate focal points`` is one request of the one verb
(decision 69), the second object one more addressee of it, as a list of addressees is. Read by
:meth:`~wsiskg.ingest.extract.requests._Reader.verb` on an active request whose object the text names; the second
object must be an agent the resolver knows (a body, a post, a known collective:
:func:`.request_clause_subjects.known_agents`), named with a capital, after a comma and ``and``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.request_clause_subjects import known_agents
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: ``, and the Working Group on B to ...``: a comma, ``and``, a name opening in capitals, ``to`` and a verb
_GAPPED = re.compile(
    r",\s+and\s+(?P<who>(?:the\s+|all\s+)?(?P<first>[A-Z][\w-]*)[^,;:()]{0,80}?)\s+to\s+(?=[a-z]{2,}\b)"
)


def gapped(self: _Reader, request: Request, order: int, offset: int) -> Request:
    """``request`` with the second object of its action added to its addressees, where the action goes on with
    that object and its own infinitive; else ``request`` as it is. The action runs on to the end of the
    coordination."""
    m = _GAPPED.search(request.action)
    if m is None or not request.addressees or not request.action[: m.start()].strip():
        return request
    if m["first"] == "I" or m["first"].lower() in stopwords():
        return request  # ", and I ask X to ...", ", and We ...": a clause of its own, with its own verb
    who = self.objects(m["who"], order, offset, request.requester)
    if not known_agents(who):
        return request
    added = tuple(a for a in who if a not in request.addressees)
    return replace(request, addressees=request.addressees + added)
