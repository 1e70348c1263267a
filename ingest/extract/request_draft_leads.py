"""The operative part of a draft resolution listed under a lead that names the body that would adopt it.

A body's report recommends a draft resolution (or decision) to the body above it and lists what the text would do:
``The Commission recommended to the Assembly a draft resolution which, inter alia:`` / ``requests the X to ...``;
``By the draft resolution, the Council would, inter alia:`` / ``(a) Request the X to ...``, after ``... and
recommended it for adoption by the Economic and Social Council``. Each item is the adopting body's request (as the
operative clauses of any resolution are their issuer's), not the recommending body's nor the document's author's.
:func:`draft_adopter` reads such a lead (two kinds of evidence: a draft text named, and the body that would adopt
it: ``recommended to X``, ``for adoption by X``, ``X would``); ``self`` is the request reader
(:class:`~wsiskg.ingest.extract.requests._Reader`). :func:`drafted_would` reads the same in running prose, one
verb at a time: ``By draft resolution E/2031/L.4, ..., the Council would request X to ...`` (a statement of a
draft's budget implications).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import adverb_alternation, preposition_alternation
from wsiskg.ingest.extract.request_verbs import _COORDINATED, _VerbAt
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
#: ``would`` (and an adverb that adds) right before a verb: ``the Council would request``, ``would further invite``
_WOULD_BEFORE = re.compile(rf"\bwould(?:\s+(?:{adverb_alternation('addition')}|[a-z]+ly))?\s*$")
#: ``would`` after a subject
_WOULD_AFTER = re.compile(r"\s*\bwould\b")
#: a draft text or its operative part cited: what a body ``would`` do is what the text would have it do
_DRAFT_CITED = re.compile(rf"\b{_DRAFT}\b|\boperative\s+paragraphs?\b", re.IGNORECASE)
#: a clause reported before the subject (``The Chairman said that the Committee would invite``): the modal clause
#: reader's (``request_learnt``), not a draft's
_THAT = re.compile(r"\bthat\b")


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


def drafted_would(self: _Reader, v: _VerbAt, pre: str) -> AgentRef | None:
    """The body that would ask by a draft text the document describes (a statement of a draft's budget
    implications, a note on a draft decision): ``By draft resolution E/2031/L.4, ..., the Council would request the
    Commission to ...``, ``Under operative paragraph 7, the Assembly would further invite ...``, ``..., and would
    urge donors to ...`` (the subject of the verb before). A verb of asking in the base form after ``would``, whose
    subject is one body, in a text that cites a draft resolution or decision (or its operative paragraphs) in its
    paragraph or the one before; ``None`` for any other verb (``the secretariat would invite ...`` with no draft
    cited is a plan)."""
    if v.kind != "base" or not v.entry.is_request or (would := _WOULD_BEFORE.search(pre)) is None:
        return None
    if _THAT.search(pre) or not _cites_draft(self, v.order, pre):
        return None
    # the first ``would`` of the sentence after its subject: ``the Council would request A ..., and would invite B``
    first = next((w for w in _WOULD_AFTER.finditer(pre) if not _COORDINATED.search(pre[: w.start()])), would)
    last = self._last_subject
    requester, found = self.subject(v.sentence, first.start(), v.order, v.at)
    self._last_subject = last  # what a draft would have a body ask is no voice of the text after it
    return requester if found and requester is not None and requester.kind == "body" else None


def would_dropped(pre: str) -> str:
    """``pre`` without the ``would`` (and its adverb) that ends it: ``..., and would urge X`` goes on with a verb
    coordinated to the one before, whose action ends there."""
    return _WOULD_BEFORE.sub("", pre)


def _cites_draft(self: _Reader, order: int, pre: str) -> bool:
    """Whether a draft text is cited before the verb: in its sentence, its paragraph or the paragraph before (``By
    draft resolution X, the Council would request A ...`` / ``The Council would further invite B ...``)."""
    near = (p.text for p in self.report.paragraphs if order - 1 <= p.order <= order)
    return _DRAFT_CITED.search(pre) is not None or any(_DRAFT_CITED.search(text) for text in near)
