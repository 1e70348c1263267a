"""``the contributor``, ``both contributors``, ``the proponents``: who submitted the document a record discusses.

A meeting record names a document with its source in brackets (``Document RG/12 (Peru) described ...``,
``C-45 (Chile, Ghana): proposal for ...``) and then asks ``the contributor`` to act: the source is asked, as
``the delegate of Peru`` is Peru (decision 23). ``the contributor from Peru`` names it itself. The words are
``addressee-words.csv`` kind ``contributor``. :func:`contributors_named` is a method of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import _words
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import alternation, plural

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: the kinds of agent a document's source may be
_SOURCES = ("country", "body", "person")

#: how many paragraphs back the document a contributor submitted is looked for (the one the item discusses)
_PARAGRAPHS_BACK = 1

#: a bracket of sources right after a document's symbol: ``(Peru)``, ``(Chile, Ghana)``
_SOURCE_BRACKET = re.compile(r"\s*\((?P<who>[^()]{2,120})\)")


@cache
def _contributor() -> re.Pattern[str]:
    """``contributor``, ``proponents`` and the country or body after ``from``/``of`` (``origin`` prepositions)
    or in apposition (``the proponents, Chile and Peru,``)."""
    nouns = _words("contributor")
    noun = alternation([*nouns, *map(plural, nouns)])
    return re.compile(rf"(?i:{noun})(?:(?:\s+(?:{preposition_alternation('origin')})\s+|,\s+)(?P<who>\S.*?),?)?")


def contributors_named(self: _Reader, phrase: str, order: int, offset: int) -> tuple[AgentRef, ...] | None:
    """The agents ``the contributor`` stands for: those ``from``/``of`` it names, else the sources in brackets
    after the last document this paragraph (or the one before) names before ``offset``; else ``None``."""
    bare = without_article(phrase.strip(), "the", "both", "all", "each", case="any")
    if (m := _contributor().fullmatch(bare)) is None:
        return None
    if m.group("who"):
        named = self.resolve(m.group("who"), order, offset + phrase.find(m.group("who")))
        return named if named and all(r.kind in _SOURCES for r in named) else None
    return _document_sources(self, order, offset)


def _document_sources(self: _Reader, order: int, offset: int) -> tuple[AgentRef, ...] | None:
    """The sources in brackets after the last document named before ``offset`` in paragraph ``order``, or in the
    paragraph before it (``Document RG/12 (Peru)``), read as agents; ``None`` when none is read."""
    doc = document(self.report)
    orders = [o for o in (p.order for p in self.report.paragraphs) if order - _PARAGRAPHS_BACK <= o <= order]
    for at in sorted(orders, reverse=True):
        text = doc.para(at).text
        for span in reversed(doc.spans(at, "document", 0, offset if at == order else None)):
            if (bracket := _SOURCE_BRACKET.match(text, span.end)) is None:
                continue
            found = self.resolve(bracket.group("who"), at, bracket.start("who"))
            if found and all(r.kind in _SOURCES for r in found):
                return found
    return None
