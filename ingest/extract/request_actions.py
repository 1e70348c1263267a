"""Action lists: ``X to do Y`` as an item of a list of actions is a request to X.

A line of a list of actions names whom it asks and what, with no verb of asking: ``Action:
Secretariat to circulate the revised draft by 30 June``, ``- BDT to prepare a summary``, or an
item after a lead that ends with a colon (``Actions agreed:`` / ``TSB to update the web page;``).
``action_line`` reads such a line: the agents before ``to`` (the one noun-phrase reader,
``objects``), then a verb in the base form; the request is the one of the record's voice (the
meeting body, else the document's author), kind ``agree`` (what the meeting agreed to be done).
The function is a method of :class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its
class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import request_kinds
from wsiskg.ingest.extract.request_verbs import _verbs
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: an action line: a label or a list mark, the agents, ``to`` and a verb in lower case
_ACTION_LINE = re.compile(
    r"^\s*(?P<mark>(?:Actions?(?:\s+items?)?|Follow-up|To\s+do)(?:\s+\d{1,3}(?:\.\d{1,3})*)?\s*[:–-]\s*|[-–•*]\s*|"
    r"\(?[a-z0-9]{1,2}[).]\s*)?(?P<who>[A-Z][^:;.!?]{0,80}?)\s+to\s+(?P<verb>[a-z]{2,})\b"
)


def action_line(self: _Reader, order: int, section: str, text: str, listed: bool) -> Request | None:
    """The request of an action line (``Action: BDT to prepare a summary by 1 May``), else
    ``None``; without a label or a mark only in a list (``listed``: a list item, or a paragraph
    after a lead ending with a colon)."""
    m = _ACTION_LINE.match(text)
    if m is None or (not m.group("mark") and not listed) or m.group("verb") in _NOT_VERBS:
        return None
    who = m.group("who")
    entry = next((e for e in request_kinds() if e.verb == "agree"), None)
    if m.group("mark") and (asked := _ASKED.search(who)) and (form := _verbs()[1].get(asked.group(1).lower())):
        who, entry = who[: asked.start()], form.entry  # "Action 2 – Member States invited to nominate ...": invite
    if m.group("verb") in stopwords() or _VERB_LIKE.search(who) or "," in who:  # "Contributions to the ...": no verb
        return None  # "(b) The Group considered X and agreed to meet ...": a sentence, no action line
    if _PRONOUN.match(who) or _verbs()[0].search(who):  # "(b) Invites all stakeholders to ...", "(i) We ask X to"
        return None
    requester = self.issuer or self.author or self.meeting_ref
    addressees = self.objects(who, order, m.start("who"), requester)
    if not addressees or entry is None or any(a == requester for a in addressees):
        return None
    action = text[m.start("verb") :].strip().rstrip(";,")
    return self.request(order, section, entry, requester, addressees, action, text, len(text))


#: a verb inside what stands before ``to``: the line is a sentence (``The Group considered X and agreed to``)
_VERB_LIKE = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|will|shall|should|would|has|have|had|can|may|must)\b")
#: a participle of a verb of asking closing the agents of a labelled action: ``Member States invited``
_ASKED = re.compile(r"\s+(?:are\s+|is\s+)?([a-z]+ed)$")
#: a pronoun opening a sentence: ``We ask the secretariat to ...``
_PRONOUN = re.compile(r"(?:We|I|You|They|It|He|She)\b")
#: words after ``to`` that are no verb of an action: ``to be``, ``to date``
_NOT_VERBS = frozenset({"be", "date", "note", "whom", "which"})
