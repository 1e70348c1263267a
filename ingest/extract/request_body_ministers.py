"""A body's ministers as the subject of a verb of asking: ``The SADC Ministers responsible for ICT, at their meeting in
X, requested ITU to ...``, ``The ECOWAS ministers in charge of telecommunications urged ...``: the group as written,
its body and its remit kept (``SADC Ministers responsible for ICT``; annotation guide, decision 42: a group keeps the
words that say whose it is), as ``Ministers in charge of ICT`` is kept as an addressee.

Two kinds of evidence: the phrase opens with a body the resolver names (``SADC``, ``the Economic Community of West
African States``) and ends with the ``ministers`` of ``collectives.csv``, perhaps with the link of ``name-links.csv``
to what they answer for (``responsible for``, ``in charge of``); capitalised words may stand between
(``ASEAN Telecommunications Ministers``). The record of the ministers' own meeting keeps its body (the resolver's
reading of the phrase as the meeting is not overridden)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_agents import named_group
from wsiskg.ingest.extract.casing import name_link_alternation, without_article
from wsiskg.ingest.extract.gazetteer import collectives
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a body's acronym in brackets after its name: ``(ECOWAS)``
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][\w&-]{1,15})\)$")


@cache
def _ministers() -> re.Pattern[str]:
    """Words with no comma, then capitalised words, then ``ministers`` (group ``lead``: the words before the
    capitalised ones), perhaps then a remit (which may list with commas: ``responsible for posts, ICT and media``)."""
    return re.compile(
        rf"(?P<lead>[^\s,][^,]*?)\s+(?:[A-Z][\w-]*\s+){{0,3}}(?i:ministers)"
        rf"(?:\s+(?:{name_link_alternation()})\s+(?:the\s+)?(?:(?!\bthe\b)[^;:()]){{1,80}})?"
    )


def ministers_phrase(phrase: str) -> bool:
    """Whether ``phrase`` has the form of a body's ministers (:func:`_ministers`): the words it may hold
    (``The Economic Community of West African States (ECOWAS) ministers responsible for ICT``) are more than a
    subject's eight."""
    return _ministers().fullmatch(" ".join(without_article(phrase.strip(), "the").split())) is not None


def body_ministers(self: _Reader, phrase: str, found: tuple[AgentRef, ...]) -> AgentRef | None:
    """The group ``phrase`` names when it is a body's ministers (``The SADC Ministers responsible for ICT``): a
    collective labelled as written, without its article; else None."""
    if self.meeting_ref in found:
        return None  # "The SADC Ministers" in the record of their own meeting: the meeting body
    label = " ".join(without_article(phrase.strip(), "the").split())
    m = _ministers().fullmatch(label)
    if m is None or "ministers" not in collectives():
        return None
    acronym = _ACRONYM_AFTER.search(m.group("lead"))  # "The Economic Community of ... (ECOWAS) ministers"
    body_end = acronym.start() if acronym else m.end("lead")
    spans = [s for s in self.actors.resolver.spans_in(label) if s.kind == "body"]
    if not any(s.start == 0 and s.end >= body_end for s in spans):
        return None  # "Several African ministers", "The Ministers of Finance": no body opens the phrase
    if acronym:
        label = acronym.group("acronym") + label[m.end("lead") :]  # "ECOWAS ministers responsible for ICT"
    return named_group(AgentRef("collective", collectives()["ministers"], "ministers"), label)
