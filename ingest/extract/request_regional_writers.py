"""A regional body's members named by the region's adjective as the subject of its contribution: ``The African
Administrations request TSAG to ...`` in a contribution of the African Telecommunications Union, ``Arab
Administrations invite ...`` in one of the Arab Spectrum Management Group (annotation guide, decision 22: the
contribution's author asks).

Two kinds of evidence: the phrase is capitalised words then a writer-group noun of ``author-cues.csv``
(``Administrations``, ``Member States``, ``countries``), and each of those words is a word of the document's
author body's own name (``African`` of ``African Telecommunications Union``, ``Asia-Pacific`` of ``Asia-Pacific
Telecommunity``). Another region's members (``European Administrations`` in the ATU's text) are not its writers."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.casing import without_article

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


@cache
def _members_phrase() -> re.Pattern[str]:
    """One to three capitalised words (group ``region``) then a writer-group noun (``African Administrations``)."""
    word = r"[A-Z][\w'-]*"
    return re.compile(rf"(?P<region>{word}(?:\s+{word}){{0,2}})\s+(?i:{cue_alternation('writer-group')})")


def regional_writers(self: _Reader, phrase: str) -> bool:
    """Whether ``phrase`` names the members of the author body by its region's words (``The African
    Administrations`` in the ATU's contribution): each word is a word of the author body's name."""
    author = self.voice.author
    if author is None or author.kind != "body" or not author.label:
        return False
    m = _members_phrase().fullmatch(without_article(phrase.strip(), "the"))
    if m is None:
        return False
    named = set(author.label.split())
    return all(w in named for w in m.group("region").split())
