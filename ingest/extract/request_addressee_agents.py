"""Whom a ``that`` clause in the passive asks: the agent its ``by`` names (``asked that the draft be
reviewed by the CWG-X``, ``requested that the tables be updated by BDT before May``): the one who is to do
what is asked, whoever asks (a participant or the meeting's body). A clause with no agent
(``requested that the report be sent to the Council``: the Council only receives it) is left to the
reader's other rules. The function takes ``self``, the :class:`~wsiskg.ingest.extract.requests._Reader`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import collectives, determiner_alternation, modal_alternation
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a passive clause with its agent after ``by``: ``the draft be reviewed by BDT``, ``it should be circulated by
#: the Secretary-General to ...``, ``that the text be carefully checked by the Rapporteur``
_BY_AGENT = re.compile(
    rf"^(?:that\s+)?[^,;:]{{1,80}}?\s+(?:(?:{modal_alternation()})\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+"
    r"(?P<by>[^,;:.]+)"
)

#: where the agent's phrase ends: a preposition or a conjunction that goes on with the clause (``to all Member
#: States``, ``for its financial implications``, ``before the next meeting``); ``for`` before a numbered text
#: (``the Rapporteur for Question 3/1``) is the agent's own
_AGENT_END = re.compile(
    r"\s+(?:to|before|after|at|in|within|during|by|with|and|so|as|from|until|no\s+later|not\s+later"
    r"|for(?!\s+(?:Question|Resolution|Study\s+Group|Action\s+Line)\b))\s"
)

#: a label that opens with a capitalised word (after an article: ``determiners.csv`` column ``article``)
_CAPITALISED = re.compile(rf"(?:(?i:{determiner_alternation('article')})\s+)?[A-Z]")

#: agents that can be asked to act (a group only when the data know it: ``Member States``, not ``region``)
_ACTORS = ("body", "post", "person", "country")


def passive_agent(self: _Reader, clause: str, order: int, offset: int, requester: AgentRef) -> tuple[AgentRef, ...]:
    """The agents a passive ``that`` clause names after ``by`` (``that it be reviewed by the CWG-X``: the
    CWG-X), else ``()`` (no agent, a date: ``be published by the end of 2032``, a measure: ``be broken
    down by region``)."""
    m = _BY_AGENT.match(clause.strip())
    if m is None:
        return ()
    by = m.group("by")
    if (end := _AGENT_END.search(by)) is not None:
        by = by[: end.start()]
    found = self.objects(by, order, offset + m.start("by"), requester)
    if not found or not all(_can_act(r) for r in found):
        return ()
    return found


def _can_act(ref: AgentRef) -> bool:
    """An agent that can be asked to act: a body, post, person or country, a group the data know (``Member
    States``), or a name in capitals the resolver does not place (``the Secretary-General``, ``the Rapporteur
    for Question 3/1``: a post as written, decision 44); not a word in lower case (``region``, ``the end of
    2032``)."""
    if ref.kind in _ACTORS or ref.key in set(collectives().values()):
        return True
    return _CAPITALISED.match(ref.label) is not None
