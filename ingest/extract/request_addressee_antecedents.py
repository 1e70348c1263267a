"""Addressees named earlier in the report: a group, topic or longer name an object phrase points back to.

Split out of :mod:`.request_addressees` (which re-exports what other modules read). The functions taking
``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import known_groups
from wsiskg.ingest.extract.body_prose_groups import group_set_up
from wsiskg.ingest.extract.casing import either_initial_determiners
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    collectives,
    determiner_alternation,
    modal_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.text import sentence_spans

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a group noun in lower case after ``the``: ``the group``, ``this team``
_THE_LOWER_HEAD = re.compile(
    rf"(?:{determiner_alternation('anaphor')})\s+(?:(?P<kind>[a-z]+)\s+)?(group|team|committee|task\s+force|panel)"
)

#: a group named by its noun and a number or a topic in lower case: ``Sub-group on digital skills``
_GROUP_NAME = re.compile(
    r"\b(?P<noun>(?i:sub-?\s?(?:group|committee|team)))\s+(?:\d{1,2}\b|on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})"
)

#: a group noun in lower case that a named group of the paragraph may be meant by: ``the sub-group``,
#: ``The subgroup``, ``this sub-committee``, ``the correspondence group``
_THE_GROUP_NOUN = re.compile(
    rf"(?i:{determiner_alternation('anaphor')})\s+(?P<noun>(?:sub-?\s?(?:group|committee|team)|(?:[a-z]+\s+)?(?:group|team|task\s+force)))"
)

#: a group named by a noun in lower case without its topic: ``the ad hoc group``, ``the drafting committee``
#: (a bare ``the group`` is the meeting body's own word, read elsewhere)
_LOWER_GROUP_NOUN = re.compile(
    rf"(?:{either_initial_determiners('anaphor')})\s+(?P<name>(?:[a-z][\w-]*\s+){{1,3}}(?:group|committee|team|task\s+force|panel|sub-?group))"
)

#: the topic after such a noun, up to a clause or a punctuation mark: ``on Resolution 130``
_TOPIC_CUT = (
    rf"(?:to|and|or|that|which|who|{auxiliary_alternation(role='clause')}|{modal_alternation('future')}|met|at|in)\b"
)

_TOPIC = rf"(?:the\s+)?[\w&/.-]+(?:\s+(?!{_TOPIC_CUT})[\w&/.-]+){{0,6}}?(?=\s*(?:[,.;:()]|$)|\s+{_TOPIC_CUT})"

#: a name of two to four words in title case after ``the``: ``the Leadership Panel``
_TITLED_SHORT = re.compile(rf"(?:{determiner_alternation('anaphor')})\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{1,3}})")

#: how many paragraphs back a group's full name is looked for
_PARAGRAPHS_BACK = 12


def group_set_up_before(self: _Reader, order: int, offset: int) -> AgentRef | None:
    """The group of the meeting its sentence set up before ``offset``, named in lower case with or without its
    topic (``established an informal group under Ms A and invited it to ...``, ``agreed to set up a Pacific
    working group on buoy data, chaired by Fiji, and asked it to ...``: the group ``it`` stands for), as written
    without its article; else ``None``."""
    before = self.actors.resolver.texts.get(order, "")[:offset]
    spans = sentence_spans(before)
    sentence = before[spans[-1][0] :] if spans else before
    named = list(group_set_up().finditer(sentence))
    if not named:
        return None
    label = " ".join(named[-1].group("name").split())
    return AgentRef("collective", slug(label), label)


def _rest_of_group(self: _Reader, order: int, offset: int) -> AgentRef | None:
    """The known group (``collectives.csv``) named last before ``offset`` in the paragraph, as the
    group ``the others`` are the rest of, else ``None``."""
    before = self.actors.resolver.texts.get(order, "")[:offset]
    for named in reversed(list(known_groups().finditer(before))):
        key = collectives()[" ".join(named.group(0).lower().split())]
        if key != "all":  # "all who replied": no group the others are the rest of
            return AgentRef(
                "collective", key, re.sub(rf"^(?i:{determiner_alternation('group-front')})\s+", "", named.group(0))
            )
    return None


def _group_named_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the sub-group`` / ``The subgroup`` / ``the correspondence group``: the one group the paragraph
    named before ``offset`` by a name holding that noun (``The sub-group on spectrum indicators
    proposed ... EGTI requested the sub-group to ...``, ``Subgroup 1 on mobile broadband``), else
    ``None`` (none, or two different ones)."""
    if (head := _THE_GROUP_NOUN.fullmatch(phrase.strip())) is None:
        return None
    noun = _folded_noun(head.group("noun"))
    named = {
        s.keys: s
        for s in self.actors.resolver.spans.get(order, [])
        if s.kind == "body" and s.end <= offset and noun in _folded_noun(s.text) and _folded_noun(s.text) != noun
    }
    if len(named) == 1:
        refs = self.actors.resolver.ref(next(iter(named.values())))
        return refs[0] if refs else None
    text = self.actors.resolver.texts.get(order, "")[:offset]
    written = {
        " ".join(m.group(0).split()) for m in _GROUP_NAME.finditer(text) if _folded_noun(m.group("noun")) == noun
    }
    if named or len(written) != 1:
        return None  # "Sub-group on digital skills. Ms A presented ... asked the sub-group to ...": the run-in label
    label = written.pop()
    return AgentRef("collective", slug(label), label)


def _folded_noun(text: str) -> str:
    """A group noun or name compared without case, hyphens or spaces inside (``Sub-group`` = ``subgroup``)."""
    return re.sub(r"[\s-]+", "", text.lower())


def _named_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the group`` (a group noun in lower case) after ``an ad hoc group`` in the same paragraph:
    the group named before, as written (``ad hoc group``); ``the working group`` after the one
    ``Working Group on X`` the paragraph names before it (a run-in label): that group; ``the
    sub-group`` after the one group named with that noun (:func:`_group_named_before`)."""
    if (group := _group_named_before(self, phrase, order, offset)) is not None:
        return group
    if (head := _THE_LOWER_HEAD.fullmatch(phrase.strip())) is None:
        return _topic_named_before(self, phrase, order, offset)
    text = self.actors.resolver.texts.get(order, "")[:offset]
    noun = head.group(2)
    written = " ".join(f"{head.group('kind') or ''} {noun}".split())
    if " " in written:  # "Working Group on X: ... Participants asked the working group to ...": that group
        named = written.title().replace(" ", r"\s+")
        titled = list(
            re.finditer(
                rf"\b{named}(?:\s+(?:{preposition_alternation('topic')})\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?",
                text,
            )
        )
        if len(titled) == 1:
            return AgentRef("collective", slug(titled[0].group(0)), titled[0].group(0))
        return _topic_named_before(self, phrase, order, offset)
    before = list(re.finditer(rf"\ban?\s+((?:[a-z][\w-]*\s+){{1,3}}{noun})\b", text))
    if not before:
        return _topic_named_before(self, phrase, order, offset)
    label = before[-1].group(1)
    return AgentRef("collective", slug(label), label)


def _topic_named_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the ad hoc group`` (a group noun in lower case, no topic) after ``the ad hoc group on
    Resolution 130`` was named in this paragraph or one before it: that group, as written with its
    topic (the nearest mention), else ``None``."""
    if (head := _LOWER_GROUP_NOUN.fullmatch(phrase.strip())) is None:
        return _longer_name_before(self, phrase, order, offset)
    named = re.compile(
        rf"\b{re.escape(head.group('name'))}\s+(?:{preposition_alternation('topic')})\s+{_TOPIC}", re.IGNORECASE
    )
    texts = self.actors.resolver.texts
    for at in [order, *sorted((o for o in texts if o < order), reverse=True)[:_PARAGRAPHS_BACK]]:
        found = list(named.finditer(texts.get(at, "")[: offset if at == order else None]))
        if found:
            label = " ".join(found[-1].group(0).split()).rstrip(".")  # the paragraph's closing stop
            return AgentRef("collective", slug(label), label)
    return None


def _longer_name_before(self: _Reader, phrase: str, order: int, offset: int) -> AgentRef | None:
    """``the Leadership Panel``, ``the Executive Secretariat`` (a name in title case the resolver
    knows no body by) after ``the IGF Leadership Panel``, ``the WSIS Executive Secretariat`` was
    named in this paragraph or one before it: that name (decision 23: a shortened name is the body
    the text names), the nearest mention, else ``None``."""
    if (short := _TITLED_SHORT.fullmatch(phrase.strip())) is None:
        return None
    known = set(collectives().values())  # "the Member States": never "the Arab Member States" named before
    if any(r.kind != "collective" or r.key in known for r in self.resolve(phrase, order, offset)):
        return None
    longer = re.compile(rf"\b(?:(?!The\b)[A-Z][\w&-]*\s+){{1,3}}{re.escape(short.group('name'))}\b")
    texts = self.actors.resolver.texts
    for at in [order, *sorted((o for o in texts if o < order), reverse=True)[:_PARAGRAPHS_BACK]]:
        if found := list(longer.finditer(texts.get(at, "")[: offset if at == order else None])):
            name = " ".join(found[-1].group(0).split())
            bodies = [r for r in self.resolve(name, at, found[-1].start()) if r.kind == "body"]
            return bodies[0] if len(bodies) == 1 else AgentRef("collective", slug(name), name)
    return None


#: the object pronoun of a group asked again (``and encouraged them to ...``)
_THEM_ONLY = re.compile(r"(?i:them)")


def them_asked_before(self: _Reader, phrase: str, order: int, offset: int) -> tuple[AgentRef, ...] | None:
    """The groups ``them`` stands for when the same sentence asked groups before it (``Ms A invited regulators to use
    the TSB database and encouraged them to attend ...``: regulators, not the body named in the first action, as the
    resolver reads the pronoun); ``None`` when no group was asked earlier in the sentence."""
    last = self.last_objects
    if not _THEM_ONLY.fullmatch(phrase.strip()) or last is None or last[0] != order or last[1] >= offset:
        return None
    spans = sentence_spans(self.actors.resolver.texts.get(order, "")[:offset])
    if spans and last[1] < spans[-1][0]:
        return None  # asked in an earlier sentence
    return last[2] if all(r.kind == "collective" for r in last[2]) else None
