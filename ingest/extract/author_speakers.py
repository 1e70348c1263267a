"""The person who speaks a speech or a statement its heading names.

A speech's name over a byline (``Keynote address`` / ``NAME, ROLE``), the person a header names after a post or a
body (``Remarks by the Chair of X, Ms NAME``), how many persons a header names, and the one person a speech's heading
names (:func:`_heading_person`). Read by :mod:`.author_headers` and :mod:`.authors`.
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.agent_resolver import Actors
from wsiskg.ingest.extract.author_agents import _FRONT, _agent_after, _first_agent, _spans_of
from wsiskg.ingest.extract.genre import only_cue
from wsiskg.ingest.extract.genre_speakers import delivered_at, speech_title
from wsiskg.ingest.extract.name_finder import BYLINE, is_byline
from wsiskg.ingest.records import AgentRef, ParsedReport


def _speaker_below(actors: Actors, text: str, below: list[tuple[int | None, str]]) -> AgentRef | None:
    """A line that only names a speech (``Keynote address``, ``WELCOME ADDRESS``: a ``line`` cue
    of ``genre_cues.csv``) over a line that starts with a person's name: that person speaks."""
    if not below or below[0][0] is None:
        return None
    if speech_title().search(text.strip()) and (at := delivered_at(below[0][1].strip())) is not None:
        return _named_holder(actors, below[0][0], below[0][1].strip(), at)  # "STATEMENT" / "delivered ... by Ms NAME"
    if only_cue(text) != "speech" and not (
        speech_title().search(text.strip()) and BYLINE.fullmatch(below[0][1].strip())
    ):
        return None
    return _byline_person(actors, below)


#: what may follow a body that is the whole agent of a header (``Statement by the AU on behalf of ...``)
_AFTER_AGENT = re.compile(r"\s*(?:$|[^\w\s]|(?i:and|on|of|for|in|at|to|with|through)\b)")


def _body_before_role(actors: Actors, order: int | None, text: str, start: int) -> bool:
    """Whether the agent a header names at ``start`` is a body followed by more words (``the UNITED
    NATIONS RESIDENT COORDINATOR FOR FIJI``, ``the UNESCO Assistant Director-General``): the body only
    says whose post it is, a post the roles table may not know; the person named is the speaker."""
    span = _first_agent(_spans_of(actors, order, text), start)
    return span is not None and span.kind == "body" and _AFTER_AGENT.match(text, span.end) is None


def _named_holder(actors: Actors, order: int | None, text: str, start: int) -> AgentRef | None:
    """The person a header names after a post (``Remarks by the Chair of X, Ms NAME, ROLE``): the
    one who speaks (docs/annotation-guide.md, decision 11)."""
    people = [s for s in _spans_of(actors, order, text) if s.kind == "person" and s.start >= start]
    refs = actors.resolver.ref(people[0]) if people else []
    return refs[0] if refs and refs[0].kind == "person" else None


def _persons_after(actors: Actors, order: int | None, text: str, start: int) -> int:
    """How many persons a header names after ``start``."""
    return len({k for s in _spans_of(actors, order, text) if s.kind == "person" and s.start >= start for k in s.keys})


def _byline_person(actors: Actors, below: list[tuple[int | None, str]]) -> AgentRef | None:
    """The person a byline (``NAME, ROLE, Country``: a line with no sentence) starts with."""
    if not below or below[0][0] is None or not is_byline(below[0][1]):
        return None
    ref = _agent_after(actors, below[0][0], below[0][1].strip(), 0)
    return ref if ref is not None and ref.kind == "person" else None


#: a line of a speech's heading, no sentence (``Keynote address - Session 1: "X"``, ``NAME, Director, BDT``,
#: ``Closing remarks of the Chair, H.E. Ms NAME (Country)``): a salutation or a line of prose, which ends
#: with a stop or a comma, ends the heading
_HEADING_LINE = re.compile(r".{3,300}(?<![.,;:!?])", re.DOTALL)


def _heading_person(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The one person a speech's heading names (its title and the front lines before the first line of
    prose or the salutation): the speaker, whatever cue or none introduces them (``Closing remarks of
    the Chair, Mr NAME``, ``Keynote address - Session 1`` over ``Mr NAME, Director, BDT``, ``[Message of
    the Minister, Ms NAME, for X Day]``)."""
    found: list[AgentRef] = []
    lines: list[tuple[int | None, str]] = [(None, report.title or "")]
    lines += [(p.order, p.text) for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for order, text in lines:
        if order is not None and not _HEADING_LINE.fullmatch(text.strip().strip("[]")):
            break
        people = [s for s in _spans_of(actors, order, text.strip()) if s.kind == "person"]
        if people and (read := _READ_FOR.search(text.strip(), people[0].end)) is not None:
            people = [s for s in people if s.start < read.start()]  # "Message from A, delivered by B": A's
        found += [r for s in people for r in actors.resolver.ref(s)[:1] if r.kind == "person" and r not in found]
    return found[0] if len(found) == 1 else None


#: who reads a message out for the person named before it in a heading: ``, delivered by Mr B``, ``read by Ms C``
_READ_FOR = re.compile(r",?\s+(?:delivered|read(?:\s+out)?)\s+(?:on\s+\w+\s+behalf\s+)?by\s+")
