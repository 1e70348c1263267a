"""Who ``we`` and the first person are: ``We, the members of X,`` else the author (``we_ask``, ``_we``,
``_we_author``, ``declared_we``) and a note verbale's writer named in its third-person formula
(``formula_writer``). The functions are methods of :class:`~wsiskg.ingest.extract.requests._Reader`
(``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import FORMULA_ADVERB, cue_alternation, writer_formula
from wsiskg.ingest.extract.authors import speaks_for
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.request_verbs import _VerbAt
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: ``We, the members of UNGIS,`` / ``We, the Heads of State of X,`` / ``We, the delegates to X,`` /
#: ``We, the Council,``: who ``we`` is
_WE_ARE = re.compile(
    r"\bWe,\s+(?:the\s+(?:[\w-]+\s+){1,3}?(?:of|from|to|at|in|attending)\s+)?(?P<who>(?:the\s+)?[A-Z][^,;:]{1,100}),"
)
#: ``We, the ministers, heads of delegation and representatives of X, participating in the Conference
#: in Kigali,``: those who take part in a meeting speak for it (the body after the verb of taking part)
_WE_AT = re.compile(
    r"\bWe,\s+the\b[^.;:]{0,300}?\b(?:participating|gathered|assembled|meeting|convened|attending)"
    r"(?:\s+(?:in|at|for))?\s+(?P<who>(?:the\s+)?[A-Z][^,;:()]{1,100})"
)


#: ``we`` right before a verb in the base form, with adverbs or a formula between (``we would like to``)
_WE_BEFORE = re.compile(rf"(?:^|[\s,;:\"“])[Ww]e\s+(?:(?:{FORMULA_ADVERB}|{cue_alternation('formula')})\s+)*$")


def we_ask(self: _Reader, v: _VerbAt, pre: str) -> AgentRef | None:
    """``We [therefore] urge X to ...`` / ``and we invite Y to ...``: who ``we`` is (:func:`_we`),
    else the document's author; ``None`` when the verb has no ``we`` subject."""
    if v.kind != "base" or not _WE_BEFORE.search(pre):
        return None
    if self.co_signatories and self.voice.author in self.co_signatories:
        # a letter several sign: "we" is each signatory (decision 18), not the bodies they head
        return self.voice.author
    declared = self.declared_we() if self.voice.author is None else None  # "We, the delegates to X," opening it
    # a transcript's or an interview's turn: its speaker (decision 58)
    return self._we(v.order) or self.turn_speaker(v.order) or declared or self._we_author()


def _we_author(self: _Reader) -> AgentRef | None:
    """Who ``we`` is when no ``We, the members of X,`` says: the author, unless a person (who signs
    for a body) and a body or country was the last subject of a verb read (``The State Communications
    Agency thanks the Bureau ... We kindly request BDT ...``: the agency). A body the person holds no post
    of, while holding another's, is a third party the text reports on (``The Board has asked the Bureau
    ... We ask ...`` in a speech by the Bureau's Director): ``we`` stays the person."""
    author = self.voice.author
    last = self._last_subject
    body = last[2] if last is not None and last[2].kind in ("body", "country") else None
    if author is not None and author.kind == "person" and body is not None and body.kind == "body":
        posts = next((p.posts for p in self.actors.persons if p.key == author.key), ())
        if posts and not speaks_for(author, body.key, self.actors):
            return author
    return author if author is not None and (author.kind != "person" or body is None) else body


def _we(self: _Reader, order: int) -> AgentRef | None:
    """The agent ``We, the members of X,`` (``We, the Ministers of X,``, ``We, the X,``) names in
    paragraph ``order`` or the three before it: who ``we`` is in a joint statement."""
    for o in range(order, max(order - 4, 0), -1):
        text = document(self.report).para(o).text if o else ""
        if _WE_ARE.search(text) or _WE_AT.search(text):
            return _we_named(self, text, o)
    return None


def _we_named(self: _Reader, text: str, order: int) -> AgentRef | None:
    """The one body or country the ``We, ...,`` of ``text`` names: the meeting its speakers take part
    in (:data:`_WE_AT`), else the body of ``We, the members of X,`` (:data:`_WE_ARE`)."""
    for m in (_WE_AT.search(text), _WE_ARE.search(text)):
        if m is None:
            continue
        if m.re is _WE_AT:  # "participating in the Conference in Kigali, Rwanda": the body its name starts with
            spans = self.actors.resolver.spans.get(order, [])
            span = next((s for s in spans if s.kind == "body" and 0 <= s.start - m.start("who") <= 4), None)
            refs = self.actors.resolver.ref(span) if span is not None else []
            if refs and refs[0].kind == "body":
                return refs[0]
            continue
        found = [r for r in self.resolve(m.group("who"), order, m.start("who")) if r.kind in ("body", "country")]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def formula_writer(self: _Reader) -> AgentRef | None:
    """The one body, post or country that names itself in a note verbale's formula
    (:func:`.author_cues.writer_formula`): the author of a note that names no signatory (its passive requests,
    ``Missions are invited to ...``, are the writer's); the first formula whose subject the resolver reads as one
    agent."""
    for p in self.report.paragraphs:
        for m in writer_formula().finditer(p.text):
            found = self.resolve(m.group("who"), p.order, m.start("who"))
            if len(found) == 1 and found[0].kind in ("body", "post", "country"):
                return found[0]
    return None


def declared_we(self: _Reader) -> AgentRef | None:
    """The body or country the first ``We, the delegates to X,`` of the report names: the author of a
    declaration that names no other (its passive requests, ``TDAG is invited to ...``, are that body's)."""
    for p in self.report.paragraphs:
        if _WE_ARE.search(p.text) or _WE_AT.search(p.text):
            return _we_named(self, p.text, p.order)
    return None
