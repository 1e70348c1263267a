"""The operative part of a draft resolution listed under a lead that names the body that would adopt it.

A body's report recommends a draft resolution (or decision) to the body above it and lists what the text would do:
``The Commission recommended to the Assembly a draft resolution which, inter alia:`` / ``requests the X to ...``;
``By the draft resolution, the Council would, inter alia:`` / ``(a) Request the X to ...``, after ``... and
recommended it for adoption by the Economic and Social Council``. Each item is the adopting body's request (as the
operative clauses of any resolution are their issuer's), not the recommending body's nor the document's author's.
:func:`draft_adopter` reads such a lead (two kinds of evidence: a draft text named, and the body that would adopt
it: ``recommended to X``, ``for adoption by X``, ``X would``); ``self`` is the request reader
(:class:`~wsiskg.ingest.extract.requests._Reader`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

_DRAFT = r"draft\s+(?:resolution|decision)s?"
#: the body named after a verb or preposition, up to a comma, bracket or colon
_WHO = r"(?P<who>(?:the\s+)?[A-Z][^,;:()]{1,80}?)"
#: ``recommended it for adoption by the X`` / ``for its adoption by the X``
_FOR_ADOPTION = re.compile(
    rf"\bfor\s+(?:its\s+)?adoption\s+by\s+{_WHO}(?=\s*[,;:(]|\.\s|\.?$|\s+(?:{preposition_alternation('place')})\s)"
)
#: ``recommended to X a draft resolution``
_RECOMMENDED_TO = re.compile(rf"\brecommend(?:s|ed)?\s+to\s+{_WHO}\s+(?:a|the|two|three|its)\s+(?:[\w-]+\s+)?{_DRAFT}")
#: ``By the draft resolution, the Council would``
_WOULD = re.compile(rf"\b[Bb]y\s+(?:the|this|that|its)\s+{_DRAFT}\s*,\s*{_WHO}\s+would\b")


def draft_adopter(self: _Reader, order: int, text: str) -> AgentRef | None:
    """The body a lead ending with a colon names as the one that would adopt the draft text it lists (``None`` for
    any other paragraph); a bare head (``the Council would``) is the body ``for adoption by`` names in the paragraph
    before, when it names one."""
    if not text.rstrip().endswith(":") or not re.search(_DRAFT, text, re.IGNORECASE):
        return None
    m = _FOR_ADOPTION.search(text) or _RECOMMENDED_TO.search(text) or _WOULD.search(text)
    if m is None:
        return None
    where, phrase = order, m.group("who")
    if m.re is _WOULD and len(phrase.split()) <= 2:
        before = [p for p in self.report.paragraphs if p.order < order][-1:]
        named = _FOR_ADOPTION.search(before[0].text) if before else None
        if named is not None:
            where, phrase = before[0].order, named.group("who")
    found = self.resolve(phrase, where, 0, ())
    return found[0] if len(found) == 1 and found[0].kind == "body" else None
