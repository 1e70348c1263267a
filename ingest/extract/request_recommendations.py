"""Numbered recommendations of a body a document transmits (``the following recommendations of IMAC:``).

An oversight body's report (an audit committee's, an external auditor's, an inspection unit's) is transmitted to a
governing body with its recommendations set out one a paragraph, each labelled and stating what someone should do:
``Recommendation 2: The Council should request the Internal Audit Unit to ...``. No verb of asking is written, so
no rule read them. :func:`recommended_line` reads such a paragraph as a request (``recommend``) of the body the lead
before it names as the recommendations' owner (``... in particular the following recommendations of IMAC:``) to
the subject before the modal, the clause after the modal its action. A labelled paragraph with no such lead, or
whose subject names no agent (``Recommendation 4: The fund should be doubled``), is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import request_kinds
from wsiskg.ingest.extract.request_subjects import known_agents
from wsiskg.ingest.records import AgentRef, Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: a paragraph labelled as a numbered recommendation: ``Recommendation 2:``, ``Recommendation 3.``
_LABEL = re.compile(r"\s*Recommendation\s+\d{1,2}[a-z]?\s*[:.]\s+(?=\S)")
#: a lead that names whose recommendations follow: ``... the following recommendations of IMAC:``
_OWNER_LEAD = re.compile(r"\brecommendations\s+of\s+(?:the\s+)?(?P<who>[^:;.]{2,80}?)\s*:\s*$")
#: how many paragraphs back the lead may stand (the recommendations before it in between)
_BACK = 8


def recommended_line(self: _Reader, order: int, section: str, text: str) -> Request | None:
    """The request of a labelled recommendation (``Recommendation 1: The Secretary-General should complete ...``)
    under a lead naming its owner (:data:`_OWNER_LEAD`); ``None`` for any other paragraph."""
    label = _LABEL.match(text)
    if label is None:
        return None
    owner = _owner(self, order)
    if owner is None:
        return None
    clause = text[label.end() :]
    addressees, action = self.clause_subject(clause, order, label.end(), owner, modal=True)
    if not addressees or action == clause or not known_agents(addressees):
        return None
    entry = next((e for e in request_kinds() if e.verb == "recommend"), None)
    if entry is None:
        return None
    action = " ".join(action.split()).rstrip(" .;:,")
    request = self.request(order, section, entry, owner, addressees, action, text, len(text))
    return replace(request, deadline=self.deadline(text))


def _owner(self: _Reader, order: int) -> AgentRef | None:
    """The one body the lead of the recommendations before paragraph ``order`` names as their owner."""
    for back in range(order - 1, max(order - _BACK, 0), -1):
        lead = _OWNER_LEAD.search(document(self.report).para(back).text) if back else None
        if lead is not None:
            found = [r for r in self.resolve(lead.group("who"), back, lead.start("who")) if r.kind == "body"]
            return found[0] if len(found) == 1 else None
    return None
