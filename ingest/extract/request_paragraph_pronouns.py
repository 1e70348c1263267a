"""``It`` opening a paragraph: the body the paragraph before ends on.

A record that gives each meeting a paragraph of its own may go on in the next one with the pronoun alone: ``The
seventeenth meeting of the Group, held on ..., was chaired by Ms A. It considered six contributions.`` / ``It asked the
secretariat to publish them, and invited the Chair to ...``. :func:`~.request_speakers.pronoun_antecedent` reads an
antecedent inside the pronoun's paragraph only, so the first verb asked no one (the verb coordinated after it took the
subject of the verb before it). The antecedent is read from the last sentence of the paragraph right before, in the
same section, as the sentence before it would be read in its own paragraph, and only a body is taken (never a person
or a country an aside names; not ``They``, which after a body's paragraph may be the speakers it heard). Round 52
reverted reading such a pronoun as the record's own body whatever came before.

The function takes the reader as ``self`` (:class:`~wsiskg.ingest.extract.requests._Reader`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.request_speakers import sentence_before
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


def paragraph_antecedent(self: _Reader, phrase: str, pre: str, order: int, at: int) -> AgentRef | None:
    """The body ``It`` stands for when it opens the first sentence of paragraph ``order`` (``pre``: the
    words before the verb, ``at``: where its sentence starts): the subject of the paragraph right before (in the same
    section, or a numbered paragraph of the same one, and ending with a full stop), read from its last sentence that
    does not open with the same pronoun, when that subject is a body (or the body whose meeting that sentence opens
    on); else ``None``."""
    start = pre.rstrip().rfind(phrase)
    if phrase.lower() != "it" or start < 0 or pre[:start].strip() or sentence_before(self, order, at):
        return None
    paragraphs = self.report.paragraphs
    here = next((i for i, p in enumerate(paragraphs) if p.order == order), 0)
    if here == 0 or not _same_part(paragraphs[here - 1].section, paragraphs[here].section):
        return None
    before = document(self.report).para(paragraphs[here - 1].order)
    if not before.sentences or not before.text.rstrip().endswith("."):
        return None  # a heading or a line cut short
    for a, b in before.sentences[::-1]:  # "... It considered X.": back to the sentence that names its subject
        sentence = before.text[a:b]
        if sentence.split(maxsplit=1)[0].lower() != phrase.lower():
            ref = self._sentence_subject(sentence, before.order, a) or _meeting_body(self, sentence, before.order, a)
            return ref if ref is not None and ref.kind == "body" else None
    return None


def _same_part(before: str, here: str) -> bool:
    """Whether two paragraphs' sections are one part of the record: the same section, or two numbered paragraphs of
    one (``2.1`` and ``2.2``)."""
    return before == here or ("." in before and "." in here and before.rsplit(".", 1)[0] == here.rsplit(".", 1)[0])


@cache
def _meeting_of() -> re.Pattern[str]:
    """A sentence opening on a meeting of a body: ``The seventeenth meeting of the CWG-X, held ...``, ``The 2031
    session of the Group was ...`` (``meeting_words.csv`` roles ``meeting-noun`` and ``body-session``), then a comma,
    a form of ``be`` or ``have`` or a verb of meeting (role ``met``)."""
    nouns = alternation([*meeting_words("meeting-noun"), *meeting_words("body-session")])
    verbs = alternation(meeting_words("met"), spaces=True)
    return re.compile(
        rf"\s*(?:[Tt]he\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+of\s+(?P<body>[^,;()]{{2,120}}?)\s*(?:\([^()]*\)\s*)?"
        rf"(?:,|\s+(?:{auxiliary_alternation('be')}|{auxiliary_alternation('have')}|{verbs})\b)"
    )


def _meeting_body(self: _Reader, sentence: str, order: int, at: int) -> AgentRef | None:
    """The one body whose meeting ``sentence`` opens on (``The seventeenth meeting of the CWG-X, held on ..., was
    chaired by ...``): that meeting's body speaks in what the record says it did; else ``None``."""
    if (m := _meeting_of().match(sentence)) is None:
        return None
    found = self.resolve(m.group("body"), order, at + m.start("body"))
    return found[0] if len(found) == 1 and found[0].kind == "body" else None
