"""A text recommended to a body for adoption: a request that the body adopt it.

``recommended it for adoption by the Economic and Social Council``, ``recommends to the General
Assembly the adoption of the following draft resolution``, ``recommended the draft budget to the
Council for approval``: the body named after ``by`` or ``to`` is asked to adopt (approve, endorse)
the text. The nouns that say so (``adoption``, ``approval``) and the texts one recommends (``draft
resolution``, ``budget``) are in ``ingest/data/request-adoption.csv``.
The function taking ``self`` is a method of :class:`~wsiskg.ingest.extract.requests._Reader`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.extract.request_verbs import _VerbAt
from wsiskg.ingest.records import AgentRef, Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: verbs whose object is a text a body is asked to adopt
_RECOMMENDS = frozenset({"recommend"})


@cache
def _words(kind: str) -> dict[str, str]:
    """The words of ``request-adoption.csv`` of one kind, each with the verb it asks for."""
    return {r["word"]: r["verb"] for r in data_rows("request-adoption.csv") if r["kind"] == kind}


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    """Right after the verb: ``THING [to WHO] for adoption [by WHO]``, and ``to WHO [the adoption of] THE
    TEXT``."""
    nouns = alternation(list(_words("asks")), spaces=True)
    texts = alternation(list(_words("text")), spaces=True)
    who = r"(?:the\s+)?[A-Z][^,;:()]{1,80}?"
    for_adoption = re.compile(
        rf"^\s+(?P<what>(?:it|them|(?:{determiner_alternation('adopted')})\s[^,;:()]{{1,100}}?))"
        rf"(?:\s+to\s+(?P<to>{who}))?\s+for\s+(?:its\s+|their\s+)?(?P<noun>{nouns})"
        rf"(?:\s+by\s+(?P<by>{who}))?\s*(?=[,;:.(]|$)"
    )
    to_text = re.compile(
        rf"^\s+to\s+(?P<to>{who})\s+(?:the\s+(?P<noun>{nouns})\s+of\s+)?"
        rf"(?P<what>(?:{determiner_alternation('adopted-text')})\s+(?:following\s+)?(?:[a-z-]+\s+){{0,2}}(?:{texts})\b[^,;:]{{0,100}}?)"
        r"\s*(?=[,;:.(]|\s+(?:which|whereby|that|in\s+which|by\s+which)\b|$)"
    )
    return for_adoption, to_text


def recommended_text(self: _Reader, v: _VerbAt, requester: AgentRef, post: str) -> Request | None:
    """``recommended it for adoption by the Council`` / ``recommends to the Assembly the adoption of
    the following draft resolution``: a request to the body named to adopt the text; else None."""
    if v.entry.verb not in _RECOMMENDS:
        return None
    m = next((m for form in _forms() if (m := form.match(post))), None)
    if m is None:
        return None
    group = "to" if m.group("to") else "by" if "by" in m.re.groupindex and m.group("by") else None
    if group is None:
        return None
    addressees = self.objects(m.group(group), v.order, v.at + v.m.end() + m.start(group), requester)
    if not addressees or requester in addressees:
        return None
    verb = _words("asks").get(m.group("noun") or "", "adopt")
    action = f"{verb} {m.group('what').strip()}"
    return self.request(v.order, v.section, v.entry, requester, addressees, action, v.sentence, v.stop)
