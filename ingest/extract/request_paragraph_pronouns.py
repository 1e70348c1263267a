"""``It`` or ``They`` opening a paragraph as the subject of a verb of asking: the record's voice.

A numbered paragraph of a record often goes on with the body the paragraph before named (``2.1 The ninth
meeting of the Group ... considered nine contributions.`` / ``2.2 It asked the secretariat to publish them,
and invited the Chair to ...``). :func:`.request_speakers.pronoun_antecedent` reads a pronoun within its own
paragraph only; one that opens its paragraph has no antecedent there, and the learnt fallback
(:mod:`.request_learnt`) reads it only in a sentence where no rule read a request. Here the pronoun is the
record's voice (its resolution's issuer, its author, else the meeting body, as the fallback takes it) when that
voice is a body: two kinds of evidence, the pronoun's place (nothing but a paragraph number before it) and a
record that speaks for one body. The function is a method of :class:`~wsiskg.ingest.extract.requests._Reader`
(``self`` is the reader).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.request_subject_asides import NUMBER_LEAD
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


def paragraph_pronoun(self: _Reader, phrase: str, pre: str, order: int, at: int) -> AgentRef | None:
    """The record's voice for ``It`` / ``They`` (``phrase``, the subject in ``pre``, the words before the verb of the
    sentence at ``at`` in paragraph ``order``) that opens its paragraph after at most a paragraph number; ``None``
    for any other subject, a pronoun inside its paragraph or a record whose voice is no body (a person, the
    unnamed meeting)."""
    if phrase not in ("It", "They") or not order:
        return None
    start = pre.rstrip().rfind(phrase)
    lead = document(self.report).para(order).text[: at + max(start, 0)].lstrip()
    if start < 0 or lead and ((m := NUMBER_LEAD.match(lead + phrase)) is None or m.end() != len(lead)):
        return None  # words before the pronoun in its paragraph: its antecedent is read there
    voice = self.issuer or self.author or self.meeting_ref
    return voice if voice.kind == "body" else None
