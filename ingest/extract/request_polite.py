"""Requests asked through courtesy: a formula before the verb (``has the honour to request``, ``Let me invite``,
``We would kindly ask``) and an imperative with ``please`` (``Please register online by ...``).

Split out of :mod:`.requests`; the formulas' words are in ``author-cues.csv`` (:mod:`.author_cues`). The functions
taking ``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body;
``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import (
    FORMULA_ADVERB,
    FORMULA_ADVERBS,
    courtesy_formula,
    impersonal_formula,
    polite_modal,
)
from wsiskg.ingest.extract.authors import speaks_for
from wsiskg.ingest.extract.gazetteer import request_kinds
from wsiskg.ingest.extract.request_subject_asides import NUMBER_LEAD
from wsiskg.ingest.records import AgentRef, Request

if TYPE_CHECKING:
    from wsiskg.ingest.extract.request_verbs import _VerbAt
    from wsiskg.ingest.extract.requests import _Reader

#: a courtesy formula between a subject and its verb of asking (searched at the end of the text before the
#: verb): ``has the honour to``, ``is pleased to``, ``am therefore delighted to``, ``are writing to``, ``have great
#: pleasure in`` (inviting) (:func:`.author_cues.courtesy_formula`, the words of ``author-cues.csv``); ``It is my
#: honour to``; a modal after ``I``/``We`` (``We would kindly ask``), else only before a form that is itself a
#: courtesy (``The Government would be grateful if``)
_POLITE = re.compile(
    rf"(?:(?P<impersonal>{impersonal_formula()}"
    # the speaker's imperative of himself: "Let me therefore encourage", "Allow me to invite", "Permit me to urge"
    rf"|\b(?:[Ll]et|[Aa]llow|[Pp]ermit)\s+me(?:\s*,[^,;:]{{1,30}},)?(?:\s+(?:{FORMULA_ADVERB}|to))*)"
    rf"|(?:(?:^|(?<=[\s,;:]))(?P<we>I|We|we)\s+)?(?<!\S){FORMULA_ADVERBS}(?:{courtesy_formula()}"
    rf"|(?P<modal>{polite_modal()})))\s+$"
)
#: an imperative with ``please`` (``Please register ...``, ``..., please forward ...``, ``To governments: please
#: include ...``), not one that only informs (``please note``, ``please find attached``)
_PLEASE = re.compile(
    r"(?:^(?:[Tt]o\s+(?P<to>[^,;:.]{2,60}?)\s*:\s*)?|[,;:]\s*|\band\s+)[Pp]lease\s+(?:also\s+|kindly\s+)?"
    r"(?!(?:note|find|see|refer|accept|be|do|feel|allow|contact|visit|consult)\b)(?P<verb>[a-z]{3,})\b"
)
#: the forms of asking a modal may stand before whatever the subject: ``would be grateful if``,
#: ``would appreciate it if``
_POLITE_MODAL_FORMS = re.compile(r"be\b|appreciate\b", re.IGNORECASE)


def _please(self: _Reader, order: int, section: str, at: int, sentence: str) -> Request | None:
    """``Please register online by ...``, ``To governments: please include ...`` (:data:`_PLEASE`):
    the imperative of a letter or a speech asks its audience (``you``), or the group a ``To X:``
    before it names; the author (the speaker of a transcript's turn) asks."""
    skip = lead.end() if (lead := NUMBER_LEAD.match(sentence)) else 0  # "5 Please register ...": its number
    m = _PLEASE.search(sentence[skip:]) if "lease" in sentence else None
    author = (self.turn_speaker(order) or self.voice.author) if m is not None else None
    if m is None or author is None:
        return None
    who = m.group("to") or "you"
    addressees = self.objects(who, order, at + skip + (m.start("to") if m.group("to") else m.start()), author)
    entry = next((e for e in request_kinds() if e.verb == "request"), None)
    if not addressees or entry is None or author in addressees:
        return None
    action = sentence[skip + m.start("verb") :]
    return self.request(order, section, entry, author, addressees, action, sentence, len(sentence))


def _polite_subject(self: _Reader, v: _VerbAt, pre: str) -> AgentRef | None:
    """Who asks through a courtesy formula before the verb (:data:`_POLITE`): ``It is my honour to
    invite you``, ``Let me therefore encourage``, ``Allow me to invite``, ``I am therefore delighted to
    invite``, ``We would kindly ask X``: the author (``we``:
    the body it names, :meth:`_we_author`); ``The Permanent Mission has the honour to request X``,
    ``BDT is pleased to invite you``, ``The Government would be grateful if X could``: the subject
    before the formula, else the author (also when the subject is the body whose post signs).
    ``None`` when no formula stands before the verb."""
    m = _POLITE.search(pre)
    if m is None or (m.group("modal") and not _POLITE_MODAL_FORMS.match(v.m.group(0)) and not m.group("we")):
        return None  # "the Secretariat would invite ...": a report of a plan, no courtesy
    if m.group("impersonal") or m.group("we") in ("I", "i"):
        return self.turn_speaker(v.order) or self.voice.author
    if m.group("we"):
        return self._we(v.order) or self._we_author()
    requester, found = self.subject(v.sentence, m.start(), v.order, v.at)
    author = self.voice.author
    if not found or requester is None or (author is not None and speaks_for(author, requester.key, self.actors)):
        return author  # "The Bureau is pleased to invite you" in a letter its Director signs: the Director
    return requester
