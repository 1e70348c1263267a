"""The addressees of a passive in a relative clause: ``..., who was asked to ...``, ``..., which is invited to ...``.

A verb of asking in the passive after ``, who`` or ``, which`` asks the noun phrase the relative points back to
(``under the guidance of Ms A (Peru), who was asked to report back``: Ms A; ``to the island administrations, who
are encouraged to reply``: the island administrations), not the meeting's secretariat that a passive naming no one
falls back on. The antecedent is read from the nearest word that opens a noun phrase before the comma (a
preposition of ``prepositions.csv`` column ``antecedent``, or a verb in the past: ``thanked the Board, which was
requested``), farther back when the nearer phrase names no one (``the Ministry of Ports, which``), last the
sentence's own subject (``The Bureau, which had been asked to ...``).

The function takes the reader as ``self`` (:class:`~wsiskg.ingest.extract.requests._Reader`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: how many openings before the comma are tried, nearest first
_TRIES = 3

#: a relative pronoun after a comma, the passive's auxiliary already cut off: ``..., who``
_RELATIVE_END = re.compile(r",\s*(?:who|which)\s*$")


@cache
def _openings() -> re.Pattern[str]:
    """Where a noun phrase the relative may point back to opens: after a preposition or a lower-case verb in the
    past (``guidance of``, ``chaired by``, ``thanked``), or after a comma or semicolon."""
    return re.compile(rf"(?:\b(?:{preposition_alternation('antecedent')}|[a-z]{{3,}}ed)|[,;:])\s+")


def relative_antecedent(
    self: _Reader, subject_text: str, order: int, at: int, requester: AgentRef
) -> tuple[AgentRef, ...] | None:
    """The agents the relative pronoun ending ``subject_text`` (the text before a passive verb of asking) points
    back to; ``None`` when the text does not end in ``, who`` / ``, which`` or no phrase before it names anyone.
    ``at`` is the offset of ``subject_text`` in the paragraph."""
    end = _RELATIVE_END.search(subject_text)
    if end is None:
        return None
    head = subject_text[: end.start()]
    starts = [*[m.end() for m in _openings().finditer(head)][::-1][:_TRIES], 0]  # last: the sentence's subject
    for start in starts:
        found = self.objects(head[start:], order, at + start, requester)
        if found and requester not in found:
            return found
    return None


#: what may stand between a body and the ``, which`` that points back to it: where and when its meeting was held
#: (``, held in Apia from 3 to 5 May 2031``), the meeting of it (``at its meeting of 8-9 May 2031``), its acronym
_BODY_ASIDE = re.compile(r"(?:,\s*held\s+[^,]{1,80}|\s+at\s+its\s+[^,]{1,60}|\s*\([A-Z][\w&-]{1,15}\))$")


#: an opening right after a verb in the past (``renewed by``, ``presented to``, ``thanked``): the body after it is
#: the verb's agent or object, not a noun's complement (``a statement to``, ``the report of``)
_AFTER_VERB = re.compile(r"\b[a-z]{3,}ed(?:\s+\w+)?\s+$")


#: a phrase that opens on a name (after ``the``): a body named, not a thing of it (``a liaison statement to X``)
_NAMED = re.compile(r"(?:[Tt]he\s+)?[A-Z]")


def relative_asker(self: _Reader, head: str, order: int) -> AgentRef | None:
    """The body a ``, which`` before an active verb of asking points back to (``Its mandate was renewed by the
    Expert Group on X, held in Apia in May 2031, which asked BDT to ...``, ``presented to the Council Working Group on
    X at its meeting of 8-9 May 2031, which asked the secretariat to ...``): the one body named right after a verb in
    the past and a preposition, past the aside of where its meeting was held; ``None`` for a text or a thing (``a
    questionnaire, which asked ...``, ``a liaison statement to X, which invites ...``) or several agents. ``head`` is
    the text before ``, which``."""
    head = _BODY_ASIDE.sub("", head.rstrip())
    if head.endswith(")"):
        return None  # "a liaison statement to Study Group 2 (Annex 4), which invites": the text asks, not the group
    for m in list(_openings().finditer(head))[::-1][:_TRIES]:  # "to the Group on WSIS": the Group
        if not _AFTER_VERB.search(head[: m.end()]):
            continue  # "a liaison statement to Study Group 5, which invites": the statement invites, not the group
        found = self.resolve(head[m.end() :], order, m.end())
        if len(found) == 1 and found[0].kind == "body" and _NAMED.match(head, m.end()):
            return found[0]
    return None
