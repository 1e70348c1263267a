"""Find bodies (organisations, groups, bureaux ...) mentioned in a report.

Sources of a body mention, in order of precedence (an earlier, longer span wins):

1. gazetteer names, acronyms and aliases (``ontology/gazetteers/bodies.csv``): acronyms and
   one-word aliases match case-sensitively, multi-word names case-insensitively; a
   surface glued to ``-`` + letters/digits (``ITU-T``, ``Council-22``, ``WTSA-20``) is not a mention;
2. acronyms defined in the text, ``Expert Group on ICT Household Indicators (EGH)``: the
   head noun (``ingest/data/body-heads.csv``) says whether it is a body (and which kind) or an
   event (``... Forum 2021 (DCDF-2021)``; a year in the name or acronym also marks an event,
   events are left to the event extractor);
3. ``the Group`` / ``this Group`` / ``the Working Group`` / ``the Council Working Group`` /
   ``Members of the Group``: the meeting body (the words of its name up to the head noun);
4. ``the Secretariat``: the meeting body's secretariat, from ``ingest/data/meeting-secretariats.csv``
   looked up along the meeting body's parent chain (``cwg-wsis-sdg`` -> ``wsis-secretariat``,
   other ITU bodies -> ``itu-gs``);
5. ``the Commission`` / ``the Organization`` ...: the last body mentioned whose name has that head noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.extract.document import longest_first
from wsiskg.ingest.extract.gazetteer import (
    BodyEntry,
    bodies,
    body_ancestors,
    body_heads,
    meeting_secretariats,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import BodyName, body_index, find_body_names, squash
from wsiskg.ingest.extract.study_groups import (
    StudyGroupIndex,
    report_texts,
    study_group_sector,
)
from wsiskg.ingest.records import Body, ParsedReport
from wsiskg.ingest.text import UPPER, alternation

#: what may not touch a body name: a word character, ``&``, ``/`` or ``-`` before it
#: (``UN-Habitat``, ``ITU/BDT``), a word character or ``&`` or ``-``/``/`` + a word character after it
#: (``ITU-T``, ``Council-22``, ``WTSA-20`` are not mentions of ITU, the Council, WTSA)
_LB_RE = re.compile(r"[\w&/\-]")
_RB_RE = re.compile(r"[\w&]|[-/][\w]")
_DEFINED = re.compile(r"\(([A-Z][A-Za-z0-9&\-/.]*[A-Za-z0-9])\)")
_NAME_WORD = re.compile(r"[\w&/+.'’\-]+")
_CONNECTORS = frozenset({"of", "on", "for", "and", "the", "in", "to", "&", "de", "des", "du"})
_SYMBOL = re.compile(r"/|-\d")  # document symbols and event codes, not acronyms
_YEAR = re.compile(r"(?:19|20)\d\d\b|-\d\d$")


@dataclass(frozen=True)
class Span:
    """A mention of one or more agents in a paragraph's text (character offsets)."""

    start: int
    end: int
    kind: str  # "body" | "post" | "person" | "country"
    keys: tuple[str, ...]
    text: str = ""


def head_of(name: str) -> tuple[str, str, str] | None:
    """(head, kind, category) of a name: the head noun before the first preposition."""
    words = name.split()
    cut = len(words)
    for i, w in enumerate(words):
        if i > 0 and w in ("of", "on", "for", "in"):
            cut = i
            break
    core = " ".join(w for w in words[:cut] if not _YEAR.fullmatch(w))
    for head, kind, category in body_heads():
        if core == head or core.endswith(" " + head):
            return head, kind, category
    return None


def _plausible(acronym: str, words: list[str]) -> list[str]:
    """Trim the name on the left so that it starts with the acronym's first letter."""
    first = acronym[0].upper()
    if words and words[0][0].upper() == first:
        return words
    for i, w in enumerate(words):
        if w[0].upper() == first and w not in _CONNECTORS:
            return words[i:]
    return words


def defined_name(text: str, paren_start: int) -> str | None:
    """The capitalised name just before ``(ACRONYM)`` at ``paren_start``."""
    before = text[:paren_start].rstrip()
    words = before.split(" ")
    taken: list[str] = []
    for w in reversed(words):
        if not w:
            break
        bare = w.strip(",;:")
        if bare != w:  # punctuation ends the name
            break
        if w[0].isupper() or w[0].isdigit() or (w in _CONNECTORS and taken):
            taken.append(w)
            continue
        break
    taken.reverse()
    while taken and (taken[0] in _CONNECTORS or taken[0] in ("The", "This")):
        taken.pop(0)
    return " ".join(taken) or None


@dataclass(frozen=True)
class DefinedBody:
    key: str
    name: str
    acronym: str
    kind: str
    parent: str | None = None


class BodyMatcher:
    """Finds body spans in texts, for one meeting body and a report's defined acronyms."""

    def __init__(self, meeting_body: str | None, defined: Sequence[DefinedBody] = ()) -> None:
        self.meeting_body = meeting_body
        self.defined = {d.key: d for d in defined}
        #: the report's own acronyms: matched like the catalogue's names (:func:`find_body_names`)
        self._defined_names = tuple(BodyName(d.key, d.name, d.acronym, (), d.kind) for d in defined)
        self._study_groups = StudyGroupIndex.of_keys(d.key for d in defined)
        self.secretariat = meeting_secretariat(meeting_body)
        if meeting_body and self.secretariat == own_secretariat(meeting_body)[0]:
            name = own_secretariat(meeting_body)[1]
            self.defined.setdefault(
                self.secretariat, DefinedBody(self.secretariat, name, "", "secretariat", meeting_body)
            )
        self._meeting_re = None
        if meeting_body:
            entry = bodies().get(meeting_body)
            name = entry.name if entry else (self.defined[meeting_body].name if meeting_body in self.defined else "")
            head = head_of(name)
            if head:
                self._meeting_re = _meeting_pattern(name, head[0])
        self._secretariat_re = re.compile(r"\b(?:[Tt]he |[Ii]ts |[Tt]his )?[Ss]ecretariat\b")
        heads = [h for h, _, cat in body_heads() if cat == "body" and " " not in h]
        self._anaphora_re = re.compile(r"\b(?:[Tt]he|[Tt]his) (" + alternation(heads) + r")\b(?![-\w])")
        self.last_by_head: dict[str, str] = {}

    def key_kind(self, key: str) -> tuple[str, str]:
        entry = bodies().get(key)
        if entry:
            return entry.name, entry.kind
        d = self.defined.get(key)
        return (d.name, d.kind) if d else (key, "organization")

    def spans(self, text: str, remember: bool = True) -> list[Span]:
        """Body spans in ``text``, longest first then leftmost, without overlaps."""
        found: list[Span] = []
        for names in (None, self._defined_names) if self._defined_names else (None,):
            for key, (start, end) in find_body_names(text, names):
                if not _LB_RE.match(text, start - 1 if start else 0, start) and not _RB_RE.match(text, end):
                    found.append(Span(start, end, "body", (key,), text[start:end]))
        for sg in self._study_groups.mentions(text):
            if sg.body.key in self.defined:
                found.append(Span(sg.start, sg.end, "body", (sg.body.key,), sg.text))
        chosen = _no_overlaps(found)
        extra: list[Span] = []
        if self._meeting_re is not None and self.meeting_body:
            extra += [
                Span(m.start(), m.end(), "body", (self.meeting_body,), m.group(0))
                for m in self._meeting_re.finditer(text)
            ]
        if self.secretariat:
            extra += [
                Span(m.start(), m.end(), "body", (self.secretariat,), m.group(0))
                for m in self._secretariat_re.finditer(text)
            ]
        # a longer span wins: "the Council Working Group" (the meeting body) over "Council"
        chosen = _no_overlaps(chosen + extra)
        # head-noun anaphora ("the Commission"), resolved in text order
        anaphora = [m for m in self._anaphora_re.finditer(text)]
        result: list[Span] = []
        events = sorted(
            [(s.start, 0, s) for s in chosen] + [(m.start(), 1, m) for m in anaphora], key=lambda t: (t[0], t[1])
        )
        for _, is_anaphora, item in events:
            if not is_anaphora:
                assert isinstance(item, Span)
                result.append(item)
                if remember:
                    name, _ = self.key_kind(item.keys[0])
                    h = head_of(name)
                    if h:
                        self.last_by_head[h[0].split()[-1]] = item.keys[0]
                continue
            assert isinstance(item, re.Match)
            target = self.last_by_head.get(item.group(1))
            span = Span(item.start(), item.end(), "body", (target,), item.group(0)) if target else None
            if span and not _overlaps(span, result) and not _overlaps(span, chosen):
                result.append(span)
        return sorted(result, key=lambda s: s.start)


def _meeting_pattern(name: str, head: str) -> re.Pattern[str]:
    """``the Group`` / ``the Working Group`` / ``the Council Working Group`` (the words of the
    meeting body's name up to its head noun, shortened from the left). A longer gazetteer
    name (``the Council Working Group on Child Online Protection``) still wins."""
    words = name.split()
    last = head.split()[-1]
    core = words[: words.index(last) + 1] if last in words else [last]
    tails = [" ".join(core[i:]) for i in range(len(core))]
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(tails, key=len, reverse=True))
    return re.compile(rf"\b(?:[Mm]embers of )?(?:[Tt]he|[Tt]his|[Oo]ur) (?:{alts}|{last.lower()})\b(?![-\w])")


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _no_overlaps(spans: list[Span]) -> list[Span]:
    return longest_first(spans, lambda s: (s.start, s.end))


def _ancestors(key: str | None) -> list[str]:
    """``key`` and its parents; a study group (not in the gazetteer) continues from its sector."""
    if not key:
        return []
    sector = study_group_sector(key)
    return [key, *body_ancestors(sector)] if sector and key not in bodies() else body_ancestors(key)


def meeting_secretariat(meeting_body: str | None) -> str | None:
    """The body that ``the Secretariat`` means in a report of ``meeting_body``: the secretariat
    ``ingest/data/meeting-secretariats.csv`` gives for it or a group above it, short of the
    organisation it belongs to (the General Secretariat serves the whole organisation: a
    group's ``Secretariat`` is never it unless the text names it); else the meeting body's own
    secretariat (:func:`own_secretariat`)."""
    if not meeting_body:
        return None
    table = meeting_secretariats()
    home = home_organization(meeting_body)
    for key in _ancestors(meeting_body):
        if key == home or (bodies().get(key) and bodies()[key].kind in ("un-entity", "organization")):
            break
        if key in table:
            return table[key]
    return own_secretariat(meeting_body)[0]


def own_secretariat(meeting_body: str) -> tuple[str, str]:
    """Key and name of the secretariat of a body with none of its own in the data:
    ``cwg-internet-secretariat``, ``Secretariat of the Council Working Group on ...``."""
    entry = bodies().get(meeting_body)
    return f"{meeting_body}-secretariat", f"Secretariat of the {entry.name if entry else meeting_body}"


def home_organization(meeting_body: str | None) -> str | None:
    """The organisation a meeting body belongs to (``cwg-wsis-sdg`` -> ``itu``)."""
    table = bodies()
    for key in _ancestors(meeting_body):
        entry = table.get(key)
        if entry and entry.kind in ("un-entity", "organization") and key != "un":
            return key
    return None


@cache
def _form_pattern() -> re.Pattern[str]:
    """A body named by its form: capitalised words ending in a body head noun
    (``ingest/data/body-heads.csv``, category body), then optionally ``of``/``for``/``on`` and
    capitalised words (``Ministry of ICT and Innovation``, ``European Broadcasting Union``)."""
    heads = alternation([h for h, _, category in body_heads() if category == "body"], spaces=True)
    word = rf"[{UPPER}][\w'’&\-]*"
    # "and" joins a tail word only before a capitalised word that is no acronym and no "the":
    # "Ministry of ICT and Innovation", not "Ministry of Health and UNESCO" / "... and the X"
    tail = (
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{word}"
        rf"(?:\s+(?:of|for|on|&|{word})|\s+and\s+(?!the\b)(?![A-Z]{{2,}}\b){word})*)?"
    )
    return re.compile(rf"(?<![\w\-])(?P<name>(?:{word}\s+){{0,5}}(?:{heads}){tail})(?![\w\-])")


def _named_by_form(text: str) -> list[tuple[str, tuple[str, str, str]]]:
    """``(name, head)`` of each body named by form in ``text`` (:func:`_form_pattern`): at least
    two words, not only head words (``Working Group``), not led by a sentence word (``The``)."""
    from wsiskg.ingest.extract.countries import country_code  # countries reads bodies' Span

    out = []
    for m in _form_pattern().finditer(text):
        if _INSIDE_NAME.search(text, max(0, m.start() - 60), m.start()):
            continue  # "World Summit on the Information Society": part of a longer name
        if _NAME_GOES_ON.match(text, m.end()):
            continue
        words = m.group("name").split()
        owner = max((i + 1 for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0)
        words = words[owner:]  # "ITU’s WSIS Secretariat": the body after the owner
        while words and words[0] in ("The", "This", "These", "Each", "All", "Its", "Our", "Their"):
            words.pop(0)
        while words and words[-1] in _CONNECTORS:
            words.pop()
        name = " ".join(words)
        head = head_of(name)
        if head is None or head[2] != "body" or len(words) < 2 or name == head[0] or country_code(name):
            continue
        if head[1] == "secretariat" and len(words) > words.index(head[0].split()[-1]) + 1:
            continue
        if not _named_enough(words, head[0]):
            continue
        out.append((name, head))
    return out


_INSIDE_NAME = re.compile(r"[A-Z][\w'’\-]*\s+(?:(?:of|on|for)\s+(?:the\s+)?|(?:and|&)\s+)\Z")
#: a longer capitalised name goes on after it: "... Society Day", "... Fund in Trust"
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|in\s+[A-Z])|\s*\(")  # or its acronym follows: read as a defined one
#: heads that may come first in a body's name: "Ministry of Health", "Office for Digital Affairs"
_HEAD_FIRST = frozenset(
    {"Ministry", "Department", "Directorate", "Office", "Agency", "Authority", "Board", "Commission"}
)


def _named_enough(words: list[str], head: str) -> bool:
    """A name says which body it is: capitalised words before its head that are no body words
    themselves (``Rural Spectrum Authority``, not ``Council Working Group``), or a head that
    comes first with its ``of ...`` (``Ministry of Health``)."""
    head_words = head.split()
    at = next((i for i in range(len(words)) if words[i : i + len(head_words)] == head_words), 0)
    before = words[:at]
    catalogue = body_index().keys
    heads = {h for h, _, _ in body_heads()}
    if before:
        return not all(w in heads or squash(w) in catalogue or w in heads for w in before)
    return head in _HEAD_FIRST and len(words) > len(head_words) + 1


def find_defined(report: ParsedReport) -> list[DefinedBody]:
    """Bodies introduced as ``Name (ACRONYM)`` that the gazetteer does not know."""
    catalogue = body_index().keys  # every catalogue name, acronym and alias, squashed
    out: dict[str, DefinedBody] = {}
    for p in report.paragraphs:
        for m in _DEFINED.finditer(p.text):
            acronym = m.group(1)
            if sum(c.isupper() for c in acronym) < 2 or squash(acronym) in catalogue or _SYMBOL.search(acronym):
                continue
            name = defined_name(p.text, m.start())
            if not name:
                continue
            words = _plausible(acronym, name.split())
            name = " ".join(words)
            if squash(name) in catalogue:
                continue
            head = head_of(name)
            if head is None or head[2] != "body" or _YEAR.search(acronym) or _YEAR.search(name):
                continue
            key = slug(acronym)
            out.setdefault(key, DefinedBody(key, name, acronym, head[1]))
    for p in report.paragraphs:  # named by form only: "the Rural Spectrum Authority", "Ministry of Health"
        for name, head in _named_by_form(p.text):
            if squash(name) not in catalogue:
                out.setdefault(slug(name), DefinedBody(slug(name), name, "", head[1]))
    index = StudyGroupIndex(report_texts(report.title, (p.text for p in report.paragraphs)))
    for text in report_texts(report.title, (p.text for p in report.paragraphs)):
        for sg in index.mentions(text):
            b = sg.body
            out.setdefault(b.key, DefinedBody(b.key, b.name, b.acronym, b.kind, b.parent))
    return list(out.values())


def body_records(matcher: BodyMatcher, refs: dict[str, list[int]]) -> tuple[Body, ...]:
    out: list[Body] = []
    for key, orders in refs.items():
        entry: BodyEntry | None = bodies().get(key)
        paragraphs = tuple(sorted(set(orders)))
        if entry:
            out.append(Body(key, entry.name, entry.acronym, entry.kind, entry.parent, paragraphs))
        elif key in matcher.defined:
            d = matcher.defined[key]
            out.append(Body(key, d.name, d.acronym or None, d.kind, d.parent, paragraphs))
    return tuple(sorted(out, key=lambda b: b.key))


def find_bodies(report: ParsedReport, meeting_body: str | None) -> tuple[Body, ...]:
    """Every body mentioned in the report, each with all the paragraphs that mention it."""
    matcher = BodyMatcher(meeting_body, find_defined(report))
    refs: dict[str, list[int]] = {}
    for p in report.paragraphs:
        for s in matcher.spans(p.text):
            refs.setdefault(s.keys[0], []).append(p.order)
    return body_records(matcher, refs)
