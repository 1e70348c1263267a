"""A liaison statement as the subject of a verb of asking: the body that sends it asks.

A record of a study group (or of any meeting) reports the liaison statements it approved by what they ask: ``A
second liaison statement invites the X to nominate ...``, ``Five outgoing liaison statements were approved. One of
them asks the Y to review ...``, ``A reply liaison statement to Z was agreed. It thanks Z for its work and invites it
to share ...``. The statement is the meeting body's voice (as in ``A liaison statement to X was approved, asking X to
...``), so the requester is the body whose meeting the record records, else the document's author; a pronoun
(``It``, ``They``, ``One of them``) is such a statement only when the sentence before it in the paragraph opens with
one. ``liaison_sender`` is a method of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.request_speakers import sentence_before
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: a liaison statement as a whole subject: up to three words before it (``A second``, ``The reply``, ``One outgoing``),
#: then what it is sent to or its number (``to the X``, ``(TD 414)``)
_STATEMENT = re.compile(
    r"(?:[\w-]+\s+){0,3}?liaison\s+statements?(?:\s+(?:to|for)\s+[^,;:()]{1,80})?(?:\s*\([^()]{1,40}\))?",
    re.IGNORECASE,
)
#: a sentence that opens with a liaison statement (after a paragraph number): ``Eighteen outgoing liaison statements
#: were approved.``, ``3.2 A reply liaison statement to X was agreed (TD 414).``
_OPENS_WITH_STATEMENT = re.compile(r"\s*(?:\d+(?:\.\d+)*\s+)?(?:[\w-]+\s+){0,3}?liaison\s+statements?\b", re.IGNORECASE)
#: a pronoun that may stand for the statements of the sentence before
_PRONOUN = re.compile(r"(?:it|they|(?:one|each|two|three|some|several|both|another)(?:\s+of\s+them)?)", re.IGNORECASE)


def liaison_sender(self: _Reader, phrase: str, order: int, at: int) -> AgentRef | None:
    """The body a liaison statement named as the subject ``phrase`` speaks for (the recorded meeting's body, else
    the document's author), or ``None`` when the phrase names no liaison statement."""
    phrase = phrase.strip(" ,")
    if not _STATEMENT.fullmatch(phrase):
        if not _PRONOUN.fullmatch(phrase):
            return None
        previous = sentence_before(self, order, at)
        if previous is None or not _OPENS_WITH_STATEMENT.match(previous[1]):
            return None
    if self.meeting_ref.kind == "body":
        return self.meeting_ref
    return self.voice.author
