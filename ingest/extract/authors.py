"""Who speaks in a document: its author and the audience it addresses.

A report of a meeting speaks for the meeting's body; a Council document, a letter or a speech
speaks for its author, and a request it makes without naming who asks (``The Council is invited
to ...``, ``Participants are requested to ...``, ``I urge all Member States to ...``) is the
author's. The cues are in ``ingest/data/author-cues.csv``:

* ``header``: a front line ``Report by the Secretary-General``, ``Speech by NAME, ROLE``,
  ``Opening remarks by NAME`` (the document's title or one of its first paragraphs before its
  numbered sections);
* ``closing``: a letter's ``Yours faithfully,``: the person (else the post) named in the next
  paragraphs signs it (``NAME / Secretary-General``: NAME writes, as the holder of the post);
* ``recipients``: ``To: Administrations of Member States, Sector Members``: whom ``you`` means;
* ``formula``: ``I have the honour to invite you ...``: the words between ``I`` and the verb.

The agents are the spans the actor extractor found (:class:`~.persons.Resolver`); a post is kept
as the post (``Report by the Secretary-General``), a name in a header as the person (``Speech by
NAME, ROLE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from wsiskg.ingest.extract.addressee_phrases import join_shared_heads
from wsiskg.ingest.extract.bodies import Span
from wsiskg.ingest.extract.gazetteer import collectives, roles
from wsiskg.ingest.extract.genre import only_cue, records_meeting
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.persons import Actors, Context
from wsiskg.ingest.records import AgentRef, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation

#: how many first (last) paragraphs may hold a header (a signature)
_FRONT = 15
_BACK = 10
_AGENT_KINDS = ("person", "post", "posts", "body", "country")
#: a header cue's agent followed by a colon and a sentence in lower case: a note inside the document
_NOTE_TEXT = re.compile(r"[^:]{1,80}:\s+[a-z]")
#: the pieces of a recipients line
_PIECE_GAP = re.compile(rf"\s*(?:[,;]|\band\b|\bas\s+well\s+as\b|(?:^|\s){DASH}(?=\s))\s*")


@dataclass(frozen=True)
class Voice:
    """The author of a document (``None``: not stated) and the audience ``you`` names."""

    author: AgentRef | None = None
    audience: tuple[AgentRef, ...] = ()
    #: who signs the document (a closing's signatory, else a name then its role ending it)
    signatory: AgentRef | None = None


@cache
def _cues(kind: str) -> str:
    return alternation([r["phrase"] for r in data_rows("author-cues.csv") if r["kind"] == kind], spaces=True)


@cache
def _header() -> re.Pattern[str]:
    """``[Opening] remarks by WHO``, ``TRANSCRIPT OF THE OPENING STATEMENT by WHO``: up to four
    words, the cue, then who (a short line)."""
    return re.compile(rf"^\W*(?:[A-Za-z][\w-]*\s+){{0,4}}?(?P<cue>(?i:{_cues('header')}))\s+(?=\S)(?P<who>.{{1,200}})$")


@cache
def _header_rank() -> dict[str, int]:
    """Header cue -> its rank (the file's order: ``Report of the Council`` in an annex says
    more than the ``Note by the Secretary-General`` that transmits it)."""
    rows = [r["phrase"] for r in data_rows("author-cues.csv") if r["kind"] == "header"]
    return {cue: i for i, cue in enumerate(rows)}


@cache
def _role_gap() -> re.Pattern[str]:
    """A signature written on one line, ``NAME Director Telecommunication Development Bureau``: a
    role word of ``roles.csv`` between the name (ending in lower case) and the body."""
    forms = [f for e in roles().values() for f in e.forms if f[:1].isupper() and not f.endswith("s")]
    return re.compile(rf"(?<=[a-z])\s+(?P<role>{alternation(forms, spaces=True)})\s+(?=[A-Z])")


@cache
def _closing() -> re.Pattern[str]:
    """A letter's closing, alone or followed on its line by a short signature (``Yours faithfully,
    NAME``)."""
    return re.compile(rf"^\W*(?i:{_cues('closing')})\W*(?P<rest>(?<=\W)\S.{{0,80}})?$")


@cache
def _recipients() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?i:{_cues('recipients')})\s*:\s*(?P<who>.*)$")


@cache
def _copies() -> re.Pattern[str]:
    """``Copy:`` / ``cc:``: the lines after it are copied the letter, not its audience."""
    return re.compile(rf"^\s*(?i:{_cues('copies')})\s*:")


@cache
def formula() -> re.Pattern[str]:
    """``I [also] `` or ``I have the honour to `` right before a verb: the author asks
    (searched at the end of the text before the verb)."""
    return re.compile(
        rf"(?:^|[\s,;:])I\s+(?:(?:\w+ly|also|therefore|now|hereby|again|further)\s+)*(?:(?i:{_cues('formula')})\s*)?$"
    )


#: words an upper-case title writes in capitals that a name writes in lower case
_SMALL_WORDS = re.compile(r"(?<=\s)(?:Of|The|And|For|On|In|To|At|By)(?=\s)")


def title_case(text: str) -> str:
    """An upper-case line as names are written: ``CONTRIBUTION FROM THE REPUBLIC OF THE PHILIPPINES``
    -> ``Contribution From the Republic of the Philippines``."""
    return _SMALL_WORDS.sub(lambda m: m.group(0).lower(), text.title())


def _first_agent(spans: list[Span], start: int) -> Span | None:
    """The agent span that starts the phrase at ``start`` (after ``the``)."""
    for s in sorted(spans, key=lambda s: s.start):
        if s.start >= start and s.kind in _AGENT_KINDS:
            return s if s.start - start <= len("the ") else None
    return None


def _header_author(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The agent after the best-ranked header cue in the title or a first paragraph."""
    found: list[tuple[int, AgentRef]] = []
    texts: list[tuple[int | None, str]] = [(None, report.title or "")]
    texts += [(p.order, p.text) for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for i, (order, text) in enumerate(texts):
        if (speaker := _speaker_below(actors, text, texts[i + 1 : i + 2])) is not None:
            found.append((_header_rank().get("speech by", 99), speaker))
        if not (m := _header().match(text.strip())) or _NOTE_TEXT.match(m.group("who")):
            continue  # "Note by the secretariat: in this summary, dates ...": a note, not a byline
        if (ref := _agent_after(actors, order, text.strip(), m.start("who"))) is not None:
            found.append((_header_rank().get(" ".join(m.group("cue").lower().split()), 99), ref))
    return min(found, key=lambda f: f[0])[1] if found else None


def _speaker_below(actors: Actors, text: str, below: list[tuple[int | None, str]]) -> AgentRef | None:
    """A line that only names a speech (``Keynote address``, ``WELCOME ADDRESS``: a ``line`` cue
    of ``genre_cues.csv``) over a line that starts with a person's name: that person speaks."""
    if not below or below[0][0] is None or only_cue(text) != "speech":
        return None
    order, line = below[0]
    ref = _agent_after(actors, order, line.strip(), 0)
    return ref if ref is not None and ref.kind == "person" else None


def _agent_after(actors: Actors, order: int | None, text: str, start: int) -> AgentRef | None:
    """The agent that starts ``text`` at ``start``: the paragraph's spans, else found afresh (an
    upper-case title read in title case)."""
    resolver = actors.resolver
    if order is not None and not text.isupper():
        offset = resolver.texts.get(order, text).find(text)
        spans = [Span(s.start - offset, s.end - offset, s.kind, s.keys, s.text) for s in resolver.spans.get(order, [])]
    else:
        spans = resolver.spans_in(title_case(text) if text.isupper() else text)
    span = _first_agent(spans, start)
    refs = resolver.ref(span) if span is not None else []
    return refs[0] if refs else None


def _signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person (else the post) named in the paragraphs after a letter's closing."""
    paragraphs = report.paragraphs[-_BACK:]
    for i, p in enumerate(paragraphs):
        if not (closing := _closing().match(p.text)):
            continue
        block = paragraphs[i + 1 : i + 4]
        after = [s for s in actors.resolver.spans.get(p.order, []) if closing.start("rest") >= 0]  # on its line
        after += [s for q in block for s in actors.resolver.spans.get(q.order, [])]
        # "NAME / Director / Telecommunication Development Bureau": the post read across the lines;
        # "NAME Director Telecommunication Development Bureau" on one line: the post after the name
        lines = [_role_gap().sub(r", \g<role>, ", q.text.strip()) for q in block]
        after += actors.resolver.spans_in(", ".join(lines))
        for kind in ("person", "post"):  # the person who signs (as a speech is its speaker's), else the office
            if found := [s for s in after if s.kind == kind]:
                return actors.resolver.ref(found[0])[0]
    return None


def _signature_block(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person of the last signature block with no closing before it: a paragraph that is only
    a person's name, then one that starts with a role (``NAME`` / ``Director``, ``NAME`` /
    ``Chairman, CWG-COP``)."""
    paragraphs = report.paragraphs[-_BACK:]
    for p, after in reversed(list(zip(paragraphs, paragraphs[1:], strict=False))):
        text = p.text.strip()
        people = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person"]
        offset = actors.resolver.texts.get(p.order, p.text).find(text)
        if len(people) != 1 or len(text) > 80 or people[0].start - offset > 0:
            continue  # "Contact: Mrs A" is no signature
        if text[people[0].end - offset :].strip(" ,.()"):
            continue
        if not _role_start().match(after.text.strip()):
            continue
        refs = actors.resolver.ref(people[0])
        if refs and refs[0].kind == "person":
            return refs[0]
    return None


@cache
def _role_start() -> re.Pattern[str]:
    """A line that starts with a role word of ``roles.csv`` (``Director``, ``Chairman, CWG-X``)."""
    forms = [f for e in roles().values() for f in e.forms if f[:1].isupper()]
    return re.compile(rf"(?:{alternation(forms, spaces=True)})(?![\w-])")


def _audience(report: ParsedReport, actors: Actors) -> tuple[AgentRef, ...]:
    """Whom a ``To:`` line of the front addresses (collectives, bodies, countries): the rest of
    the line, else the list items after it (a letter's address block beside its reference block)."""
    front = report.paragraphs[:_FRONT]
    for i, p in enumerate(front):
        if not (m := _recipients().match(p.text + " ")):
            continue
        if m.group("who").strip():
            lines = [(p.order, m.start("who"), m.group("who"))]
        else:
            block = front[i + 1 : i + 7]
            end = next((j for j, q in enumerate(block) if _copies().match(q.text)), len(block))
            lines = [(q.order, 0, q.text) for q in block[:end] if q.kind == "list-item"]
        found = [r for order, at, who in lines for r in _recipient_groups(actors, order, at, who)]
        return tuple(dict.fromkeys(found))
    return ()


def _recipient_groups(actors: Actors, order: int, at: int, line: str) -> list[AgentRef]:
    """The groups a recipients line lists, one per piece between commas, ``;`` and ``and``,
    each named as written (``Administrations of ITU Member States``); bodies and countries
    only where the line names no group (``To: ITU-R, ITU-T and ITU-D Sector Members``); a group
    before a colon is the line's (``WSIS Stakeholders: Governments, Civil Society``: its members)."""
    head, colon, _ = line.partition(":")
    if colon and head.strip() and (lead := _recipient_groups(actors, order, at, head)):
        if all(r.kind == "collective" for r in lead):
            return lead  # "WSIS Stakeholders: Governments, Private Sector, ...": the group its members make
    groups: list[AgentRef] = []
    others: list[AgentRef] = []
    start = 0
    for gap in [*_PIECE_GAP.finditer(line), None]:
        end = gap.start() if gap else len(line)
        piece, offset = line[start:end].strip(), at + start
        start = gap.end() if gap else end
        if not piece:
            continue
        refs = actors.resolve_agents(piece, Context(order, offset))
        known = set(collectives().values())  # "Administrations of ITU Member States": the known group
        group = next((r for r in refs if r.key in known), None) or next(
            (r for r in refs if r.kind == "collective"), None
        )
        if group is not None:
            groups.append(named_group(group, piece))
        others += [r for r in refs if r.kind in ("body", "country")]
    return list(join_shared_heads(groups, line)) or others  # "international and regional organizations"


def named_group(group: AgentRef, label: str) -> AgentRef:
    """``group`` as written in ``label``: the collective itself when ``label`` is its phrase
    (``all Member States``), else a group of its own, keyed by its label (``Delegates requiring
    an entry visa``, ``Administrations of ITU Member States``): a report's groups are one per key."""
    label = " ".join(label.split())
    bare = re.sub(r"^(?:all|the)\s+", "", label, flags=re.IGNORECASE)
    if collectives().get(bare.lower()) == group.key:
        return replace(group, label=label)
    return AgentRef("collective", slug(bare), label)


def document_voice(report: ParsedReport, actors: Actors) -> Voice:
    """The author (a header cue, else a letter's signatory, else — in a document that records no
    meeting — the person of a signature block) and the audience of ``report``."""
    signed = _signatory(report, actors)
    block = _signature_block(report, actors) if signed is None else None
    author = _header_author(report, actors) or signed or (block if not records_meeting(report) else None)
    return Voice(author, _audience(report, actors), signed or block)


def speaks_for(author: AgentRef, body: str | None, actors: Actors) -> bool:
    """Whether ``author`` is ``body`` or holds a post of it (a chairman's report speaks for the
    group it chairs)."""
    if body is None:
        return False
    if author.kind == "body":
        return author.key == body
    if author.kind == "post":
        return author.key.split("/")[0] == body
    if author.kind == "person":
        posts = next((p.posts for p in actors.persons if p.key == author.key), ())
        return any(post.split("/")[0] == body for post in posts)
    return False
