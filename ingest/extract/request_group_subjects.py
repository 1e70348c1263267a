"""A subject that names a group by its common noun alone (``The Jury recommends ...``, ``The panel recommended
...``, ``The co-organizers invited ...``) where no reader found an agent (:func:`group_by_noun`): decision 23 of
``docs/annotation-guide.md``, a bare head noun is the body it refers to when the text names that body, as written
only when it does not. The function is a method of :class:`~wsiskg.ingest.extract.requests._Reader`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: a verb in lower case after the group's noun, perhaps after an adverb (``The panel also asked``)
_VERB_AFTER = re.compile(r"\s+(?:also\s+|further\s+)?[a-z]")
#: the most words in lower case before the group's noun (``the workstream's technical advisory panel``)
_MODIFIERS = 3


@cache
def _group_nouns() -> str:
    """The common nouns of a group of people (``prose-groups.csv``, role ``collegial``: ``jury``, ``panel``,
    ``co-organizers``), as a regex alternation."""
    nouns = sorted(r["word"] for r in data_rows("prose-groups.csv") if r["role"] == "collegial")
    return alternation(nouns, spaces=True)


@cache
def _bare_group() -> re.Pattern[str]:
    """``The Jury``, ``the selection panel``, ``This committee``: an article, perhaps words in lower case, and the
    group's noun, nothing else (``name``: the words after the article)."""
    words = rf"(?:[a-z][\w-]*\s+){{0,{_MODIFIERS}}}"
    return re.compile(rf"(?:[Tt]he|[Tt]his)\s+(?P<name>{words}(?P<head>(?i:{_group_nouns()})))")


@cache
def _mention() -> re.Pattern[str]:
    """A mention of the group in the text before: an article or an owner's possessive, then words in lower case
    and the noun (``The workstream's technical advisory panel``, ``the Jury``); the words are its name."""
    words = rf"(?:(?-i:[a-z][\w-]*)\s+){{0,{_MODIFIERS}}}"
    owner = r"(?:the|its|this|their|our|[\w-]+['’]s)"
    return re.compile(rf"(?i:\b{owner})\s+(?P<name>{words}(?P<head>(?i:{_group_nouns()})))\b")


def group_by_noun(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """The group a subject names by its common noun alone: the body last named before whose name ends in that
    noun (``The committee`` after ``Committee 3``; in its own paragraph, before ``offset``), else the group as the
    text first writes it, its words in lower case kept (``technical advisory panel``, ``Jury``), else as the subject
    writes it (``co-organizers``); ``None`` for any other phrase, and in a text whose meeting body is known (found or
    presumed), where such a subject is read as that body."""
    m = _bare_group().fullmatch(phrase.strip())
    if m is None or self.meeting_ref.kind == "body":
        return None  # a record of a body's meeting: "The Board", "the committee" are read as the meeting's body
    head = m.group("head").lower()
    resolver = self.actors.resolver
    before = [o for o in resolver.orders if o <= order] if order in resolver.orders else []
    for o in reversed(before):  # "The Chairman of Committee 3 said that ... The committee requested ...": its own too
        for s in sorted(resolver.spans.get(o, ()), key=lambda s: s.start, reverse=True):
            before_it = o < order or s.start < offset
            named = head_of(s.text) if s.kind == "body" and len(s.keys) == 1 and before_it else None
            if named is not None and named[0].lower().endswith(head):
                return AgentRef("body", s.keys[0], self._label(s.keys[0]))
    written = m.group("name")
    found = [
        x.group("name")
        for p in self.report.paragraphs
        if p.order <= order  # "The Centre's advisory board met ... The board asked ...": its own paragraph too
        for x in _mention().finditer(p.text)
        if x.group("name").lower().endswith(written.lower())
    ]
    name = max(found, key=len, default=written)
    return AgentRef("collective", slug(name), name)


def names_group(label: str) -> bool:
    """Whether an agent's label ends in a group's common noun (``technical advisory panel``, ``Jury``): the group
    that ``It`` in the next sentence goes on with (:func:`.request_speakers.pronoun_antecedent`)."""
    return re.search(rf"(?i:\b(?:{_group_nouns()}))$", label.strip()) is not None


def group_opening(sentence: str) -> str | None:
    """The group's noun phrase a sentence opens with, before a verb in lower case (``The panel recommended ...``:
    ``The panel``), else ``None``."""
    text = sentence.lstrip()
    m = _bare_group().match(text)
    return m.group(0) if m is not None and _VERB_AFTER.match(text, m.end()) else None
