"""The meeting body as the requester of a verb coordinated in its chair's summing-up of its decision: ``The Chairman
concluded that the Council took note of A, and requested the Secretary-General to ...`` (or ``took it that the
Council had approved A and instructed X to ...``) is the Council's request, as a motion put to the body is
(:func:`.request_co_subjects._moved_body`); the chair sums up what the body did, he asks no one himself. A
participant's such words stay his, as do a chair's words of any other verb (``noted that the Council had ..., and
asked``: a reporting verb, the clause it reports ends before ``and``). Read by :func:`.request_subjects.subject`
for a coordinated verb; the function is a method of :class:`~wsiskg.ingest.extract.requests._Reader` (``self``
is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.authors import speaks_for
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


@cache
def _summed_up() -> re.Pattern[str]:
    """A chair's summing-up (``summing-up-verbs.csv``) and the subject of its clause, then a verb, maybe after a form
    of ``have`` (``concluded that the Council took``, ``took it that the Council had approved``)."""
    verbs = alternation((r["verb"] for r in data_rows("summing-up-verbs.csv")), spaces=True)
    return re.compile(
        rf"\b(?:{verbs})\s+that\s+(?P<who>(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,4}})"
        rf"\s+(?:(?:{auxiliary_alternation('have')})\s+)?[a-z]{{3,}}"
    )


def concluded_body(self: _Reader, pre: str, order: int, at: int) -> AgentRef | None:
    """The meeting body when the words ``pre`` before a coordinated verb hold its chair's summing-up of what it did
    (:func:`_summed_up`), its clause not closed by a semicolon since; ``None`` otherwise (no such clause, another
    body's, a participant's words)."""
    if self.meeting_ref.kind != "body":
        return None
    summed = list(_summed_up().finditer(pre))
    if not summed or ";" in pre[summed[-1].end() :]:
        return None
    m = summed[-1]
    chair = self._sentence_subject(pre, order, at)
    if (
        chair is None
        or chair.kind not in ("person", "post")
        or not speaks_for(chair, self.meeting_ref.key, self.actors)
    ):
        return None
    found = self.resolve(m.group("who"), order, at + m.start("who"))
    return self.meeting_ref if found == (self.meeting_ref,) else None
