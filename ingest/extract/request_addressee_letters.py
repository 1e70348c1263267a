"""A letter's addressee: the address block, the greeting (``Dear ...``) and the vocatives.

Split out of :mod:`.request_addressees` (which re-exports what other modules read). The functions taking
``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import _words, greets_all
from wsiskg.ingest.extract.authors import short_country_name
from wsiskg.ingest.extract.casing import either_initial, joiner_alternation
from wsiskg.ingest.extract.gazetteer import determiner_alternation, honorifics
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import UPPER, alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a letter's ``your`` before the head noun of the recipient's own body: ``your Division``, ``your Administration``
_YOUR_HEAD = re.compile(
    r"(?i:your)\s+(?P<head>(?i:administration|division|department|ministry|authority|office|commission))"
)

#: a capitalised name (after ``of``): ``Papua New Guinea``
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*)*"

#: how many paragraphs of a letter's front may hold its address line
_LETTER_FRONT = 15


@cache
def _vocatives() -> re.Pattern[str]:
    """Where a paragraph hails a group: ``To X:`` or ``Dear X,`` opening a sentence, a group in
    lower case and a colon (``Finally, young people:``), a group in lower case and the comma
    before ``please`` (``One: researchers, please submit``)."""
    lead = r"(?:^|(?<=[.!?;:])\s+)(?:(?:And|But|Finally|Lastly|Now|First|Second|Third|Next),?\s+)?"
    group = r"(?:[a-z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*(?:s|men)|people|youth)"  # plural: "young people", "researchers"
    return re.compile(
        rf"{lead}(?:[Tt]o\s+(?P<who>(?:(?:{determiner_alternation('letter')})\s|[A-Z])[^:.;!?,]{{2,80}}?)\s*:"
        rf"|[Dd]ear\s+(?P<dear>[^:.;!?,]{{2,80}}?)\s*,|(?P<bare>{group})\s*:(?=\s)|(?P<please>{group})\s*,?\s*$)"
    )


def _addressee_own(self: _Reader, phrase: str) -> AgentRef | None:
    """``your Division`` / ``your Administration`` in a letter: the body of that head noun its address
    block names (``Chief, ICT Applications and Cybersecurity Division``; ``Administration of X``), else
    the administration of the one country the address block names (``La Paz, Bolivia``: ``Administration
    of Bolivia``); ``None`` when the letter names neither (the phrase is read as it stands)."""
    if self.genre != "letter" or (yours := _YOUR_HEAD.fullmatch(phrase.strip())) is None:
        return None
    head = yours.group("head").capitalize()
    block = _address_block(self)
    for text in block:
        if m := re.search(rf"(?:[A-Z][\w&-]*\s+(?:(?:{joiner_alternation()})\s+)*)*{head}(?:\s+of\s+{_NAME})?", text):
            if m.group(0) != head:
                return AgentRef("collective", slug(m.group(0)), m.group(0))
    countries = {
        r.key: r
        for t in block
        for s in self.actors.resolver.spans_in(t)
        if s.kind == "country"
        for r in self.actors.resolver.ref(s)[:1]
    }
    if head == "Administration" and len(countries) == 1:
        label = f"Administration of {short_country_name(next(iter(countries.values())))}"
        return AgentRef("collective", slug(label), label)
    return None


def _address_block(self: _Reader) -> list[str]:
    """The lines of a letter's front before its salutation (``Dear ...``): its address block."""
    lines = []
    for p in self.report.paragraphs[:_LETTER_FRONT]:
        if p.text.lstrip().startswith("Dear "):
            break
        lines.append(p.text.strip())
    return lines


@cache
def _dear_person() -> re.Pattern[str]:
    """A salutation that names a person: ``Dear Ms Okafor,`` (an honorific of ``honorifics.csv``, then a
    capitalised name; a capital of any Latin alphabet: ``Dear Professor Øvrebø,``, ``Dear Dr Şahin-Berg,``)."""
    return re.compile(
        rf"Dear\s+(?P<who>(?:{alternation(honorifics())})\.?\s+[{UPPER}][\w'’.-]*"
        rf"(?:\s+[{UPPER}][\w'’.-]*){{0,3}})\s*[,:]"
    )


def _greeted_person(self: _Reader) -> AgentRef | None:
    """The one person a letter's salutation names (``Dear Ms Okafor,``, ``Dear Dr Lindqvist-Baptiste,``),
    as the report names that person elsewhere (its address block), else ``None`` (``Dear Sir/Madam``,
    ``Dear colleague``: no person)."""
    for p in self.report.paragraphs[:_LETTER_FRONT]:
        if (dear := _dear_person().match(p.text.strip())) is None:
            continue
        found = [r for r in self.resolve(dear.group("who"), p.order, 0) if r.kind == "person"]
        return found[0] if len(found) == 1 else None
    return None


#: how many paragraphs of a speech may open with its salutation
_SALUTATION_FRONT = 6


@cache
def _salutation() -> re.Pattern[str]:
    """A group hailed by a speech's opening salutation: ``distinguished delegates,``, ``Distinguished regulators,
    ladies and gentlemen`` (a salutation word of ``addressee-words.csv`` kind ``salutation``, then up to three
    words in lower case closed by a comma or ``and``), at the paragraph's start or after a comma."""
    words = alternation(_words("salutation"), each=either_initial)
    return re.compile(rf"(?:^|,\s+)(?:{words})\s+(?P<group>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}})\s*(?=,|\s+and\s)")


def _saluted(self: _Reader, requester: AgentRef) -> tuple[AgentRef, ...]:
    """The groups the opening salutation of a speech hails (``Excellencies, distinguished delegates, ...``: the
    delegates), whom its ``you`` means where no paragraph hails another; () when it greets all (``Dear
    colleagues``) or the document is no speech."""
    if self.genre != "speech":
        return ()
    for p in self.report.paragraphs[:_SALUTATION_FRONT]:
        hailed = [m for m in _salutation().finditer(p.text) if not greets_all(m.group("group"))]
        found = [
            r
            for m in hailed
            for r in self.resolve(m.group("group"), p.order, m.start("group"), (requester.key,))
            if r.kind == "collective"
        ]
        if found:
            return tuple(dict.fromkeys(found))
    return ()
