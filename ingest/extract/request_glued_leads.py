"""An operative lead that a layout glued to the end of the paragraph before it (issue 8, round 47).

A PDF or a scan often loses the line break before an operative verb of a resolution text, so the verb and its
object end the paragraph of the item or preamble clause before them, and their numbered items follow::

    b) the report of the Director on the fourth forum, noting that ..., resolves to instruct the Director of BDT
    1 to ensure ...
    2 to report ...; requests the Secretary-General
    3 to ...

Such a verb is the text's issuer's, as it is on a line of its own, when two things hold: it follows ``,`` or
``;`` (after ``resolves to`` / ``decides to`` for a verb in the base form) and ends its paragraph with at most
its object (the form of a lead), and the next paragraph opens on a numbered or lettered ``to`` item (the list
it leads). The subject a clause of the preamble names (``the Group has invited X to ..., instructs ...``) does
not take it then. Called from :func:`~wsiskg.ingest.extract.request_items.operative_subject`, which gives the
verb to the issuer (else to the issuer of a text cut from its preamble: a draft's contributors).
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.request_verbs import _VerbAt
from wsiskg.ingest.records import Paragraph

#: what precedes a glued lead's verb: a clause closed by ``,`` / ``;`` (``resolves to`` before a base form)
_GLUED_PRE = {
    "s": re.compile(r"\S[,;]\s+$"),
    "base": re.compile(r"\S[,;]\s+(?:resolves|decides)\s+to\s+$"),
}
#: the object of a lead and nothing else: ``the Director of TSB``, ``Member States and Sector Members``
_OBJECT_ONLY = re.compile(r"\s+[^\s,;:.][^;:.]{0,150}?[\s,]*")
#: the first item of the list a lead opens: ``1 to submit ...``, ``a) to invite ...``, ``(2) to report ...``
_TO_ITEM = re.compile(r"\s*\(?(?:\d{1,2}|[a-z])[.)]?\s+to\s+[a-z]")


def glued_lead(v: _VerbAt, pre: str, paragraphs: tuple[Paragraph, ...]) -> bool:
    """Whether the verb ``v`` (``pre`` the words before it in its sentence) is an operative lead that the layout
    glued to the end of the paragraph before its line (``paragraphs`` the report's)."""
    glued = _GLUED_PRE.get(v.kind)
    if glued is None or not glued.search(pre):
        return False
    rest = v.sentence[v.m.end() :]
    if v.stop < len(v.sentence) or not _OBJECT_ONLY.fullmatch(rest):
        return False
    at = next((i for i, p in enumerate(paragraphs) if p.order == v.order), None)
    if at is None or at + 1 >= len(paragraphs) or not paragraphs[at].text.rstrip().endswith(v.sentence.rstrip()):
        return False
    return _TO_ITEM.match(paragraphs[at + 1].text) is not None
