"""A subject that names a document's writers by the title its byline gives them (decisions 11, 18 and 55).

A review or an evaluation names its writers once, under its title (``Prepared by NAME, Inspector``, ``Prepared by
NAME and NAME, Evaluators``: ``byline`` cues of ``author-cues.csv``), and then by that title alone: ``The Inspector
recommends that ...``, ``The Inspectors recommend that ...``. Such a subject is the person named (decision 11), or
each of the persons named (decision 18, as co-signatories are). A title that no byline gives stays unresolved.

Read by :func:`.request_subjects._phrase_subject` (:func:`titled_writer`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import plural

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: how many first lines (the title, then paragraphs) may hold the byline
_BYLINE_LINES = 8


@cache
def _byline() -> re.Pattern[str]:
    """A byline line: the cue, who (names, a comma), then a short title in capitals alone closing the line
    (``Prepared by NAME and NAME, Inspectors``)."""
    return re.compile(
        rf"^\W*(?i:{cue_alternation('byline')}):?\s+(?P<who>[^,]{{3,160}}?),\s*(?P<title>[A-Z][\w-]+(?:\s+[A-Za-z-]+){{0,2}})"
        r"\W*$"
    )


def byline_writers(self: _Reader) -> tuple[str, tuple[AgentRef, ...]]:
    """The title a byline gives the document's writers and the persons it names (``("", ())``: none)."""
    lines = [self.report.title or ""] + [p.text for p in self.report.paragraphs[:_BYLINE_LINES]]
    m = next((m for text in lines if (m := _byline().match(text.strip())) is not None), None)
    if m is None:
        return "", ()
    who = m.group("who")
    named = sorted((who.find(p.name), p.key, p.name) for p in self.actors.persons if p.name and p.name in who)
    people = tuple(AgentRef("person", key, name) for _, key, name in named)
    return (m.group("title"), people) if people and len(people) == len(_NAMES_APART.split(who)) else ("", ())


#: what sets the names of a byline apart (``A and B``, ``A, B and C``)
_NAMES_APART = re.compile(r"\s*(?:,\s*and|,|\band)\s+")


def titled_writers(self: _Reader, phrase: str) -> tuple[AgentRef, ...]:
    """The persons a subject ``phrase`` names by their byline's title (``The Inspector`` of one, ``The Inspectors``
    of several); ``()`` otherwise."""
    title, people = byline_writers(self)
    if not title:
        return ()
    name = without_article(phrase.strip()).lower()
    if len(people) == 1 and name == title.lower():
        return people
    return people if name in {title.lower(), plural(title).lower()} and len(people) > 1 else ()


def titled_writer(self: _Reader, phrase: str) -> AgentRef | None:
    """The first of the persons a subject ``phrase`` names by their byline's title (:func:`titled_writers`), the
    others its co-requesters (each asks, decision 18); ``None`` when it names none."""
    writers = titled_writers(self, phrase)
    if not writers:
        return None
    self._co_requesters = writers if len(writers) > 1 else ()
    return writers[0]
