"""``the administration``, ``the Government``: a country's own noun alone as an addressee names that country again.

A record names a country by its administration or government (``the request of the Administration of Ruritania
was not granted``) and then asks ``the administration`` to act: the country named is asked, as ``the
Administration of Ruritania`` is Ruritania (decision 26). Two kinds of evidence: the noun alone, singular, after
``the``/``that``/``this`` (``addressee-words.csv`` kind ``state-noun``), and the same noun with ``of`` and one
country before it in the paragraph. :func:`state_meant` is a method of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import _words
from wsiskg.ingest.extract.casing import title_cased, without_article
from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: a capitalised name after ``of``: ``Papua New Guinea``, ``the Dominican Republic``
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*)*"


@cache
def _bare_noun() -> re.Pattern[str]:
    """A country's own noun alone, singular: ``the administration``, ``that Government`` (the reader has cut
    ``that``/``this`` before the phrase comes here)."""
    return re.compile(rf"(?:(?:[Tt]he|[Tt]hat|[Tt]his)\s+)?(?P<noun>(?i:{alternation(_words('state-noun'))}))")


@cache
def _noun_of() -> re.Pattern[str]:
    """The same noun, singular, with the country after ``of``: ``Administration of Ruritania``."""
    return re.compile(rf"\b(?P<noun>(?i:{alternation(_words('state-noun'))}))\s+of\s+(?P<name>{_NAME})")


def state_meant(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The country ``the administration`` (``the Government``) stands for: the one country the paragraph names
    last before ``offset`` with the same noun and ``of`` (``the Administration of Ruritania``); else ``None``."""
    bare = _bare_noun().fullmatch(phrase.strip())
    if bare is None:
        return None
    text = self.actors.resolver.texts.get(order, "")[:offset]
    named = [m for m in _noun_of().finditer(text) if m.group("noun").lower() == bare.group("noun").lower()]
    if not named:
        return _named_in_document(self, bare.group("noun"))
    return _country_named(self, named[-1], order, 0)


def state_speaks(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The country ``The Government`` (``The Administration``) names as a subject: the one the paragraph or the
    document names with that noun and ``of`` (:func:`state_meant`), else the country that issues the document
    (a voluntary national review under ``REPUBLIC OF X`` whose commitments are listed under ``The Government:``, as
    ``the Government of X`` is X: decisions 26 and 55); else ``None``."""
    if _bare_noun().fullmatch(phrase.strip()) is None:
        return None
    author = self.author
    return state_meant(self, phrase, order, offset) or (
        author if author is not None and author.kind == "country" else None
    )


def state_of(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The country a subject names by its own noun and ``of`` (``The Government of Kazakhstan requests ...``, ``the
    Government of the Republic of Ghana``): that country, as ``the Administration of X`` is X (decision 26); before,
    the resolver read a group ``The Government of`` and the country, and the verb asked no one. ``None`` for any
    other phrase, or a name that is no one country. In a document its own office writes (a note verbale of the
    Permanent Mission of X, a letter of X's Ministry) the Government of X is the writer (:func:`_own_office`)."""
    phrase = phrase.strip()
    bare = without_article(phrase)
    m = _noun_of().fullmatch(bare)
    state = None if m is None else _country_named(self, m, order, offset + len(phrase) - len(bare))
    return None if state is None else _own_office(self, state) or state


def _own_office(self: _Reader, state: AgentRef) -> AgentRef | None:
    """The document's author when it is a body named for ``state`` alone (``Permanent Mission of the Republic of X
    to the United Nations Office at Geneva``, ``Embassy of X``, ``Ministry of Foreign Affairs of X``): the writer
    speaks of its own Government in the third person, as ``The Mission requests ...`` does, and a note verbale's
    requests are its writer's (decision 55, as a group of the author's own members is the author); else ``None``."""
    author = self.author  # a signer's, a header's, or a note verbale's formula's (``presents its compliments``)
    if author is None or author.kind != "body" or not author.label:
        return None
    named = {key for s in country_spans(author.label) for key in s.keys}
    return author if named == {state.key} else None


def _country_named(self: _Reader, m: re.Match[str], order: int, offset: int) -> AgentRef | None:
    """The one country :func:`_noun_of`'s match names after ``of`` (the match read at ``offset`` in paragraph
    ``order``); ``None`` for a name that is no one country."""
    found = self.resolve(m.group("name"), order, offset + m.start("name"))
    return found[0] if len(found) == 1 and found[0].kind == "country" else None


def _named_in_document(self: _Reader, noun: str) -> AgentRef | None:
    """The one country the document names anywhere with ``noun`` and ``of`` (an agreement's title ``AGREEMENT
    BETWEEN ITU AND THE GOVERNMENT OF THE REPUBLIC OF X``, its signature line ``For the Government of X:``), when
    the paragraph names none before the phrase; ``None`` when it names none or several."""
    texts = [self.report.title or "", *(p.text for p in self.report.paragraphs)]
    found: dict[str, AgentRef] = {}
    for text in (title_cased(t) if t.isupper() else t for t in texts):
        for m in re.finditer(rf"\b(?i:{re.escape(noun)})\s+of\s+", text):  # each, "X of A and the X of B" too
            spans = self.actors.resolver.spans_in(text[m.end() :])
            first = min(spans, key=lambda s: s.start, default=None)
            if first is not None and first.kind == "country" and first.start <= 4:
                found.setdefault(first.keys[0], self.actors.resolver.ref(first)[0])
    return next(iter(found.values())) if len(found) == 1 else None
