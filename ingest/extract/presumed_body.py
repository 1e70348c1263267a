"""The body a report is about when no meeting names one, and the body a document names as its own.

:func:`presumed_meeting_body`: the first body of a group kind (working group, expert group, commission,
council, partnership) that the title, else the first body paragraph, names, never one a speaker stands for
(``the representative of X``); :func:`own_body`: the body a document that records no meeting names in its
title or letterhead. An excerpt cut before its header is of the group its document symbols name. Read by
:func:`.persons.find_actors` (which stands the presumed body for a missing meeting body), the meeting
extractor (:mod:`.meeting_candidates`, :mod:`.present_meeting`) and the document's scope (``own_body``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.bodies import BodyMatcher, find_defined
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.gazetteer import bodies, body_ancestors
from wsiskg.ingest.extract.genre import header_lines
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.own_mention import GROUP_KINDS, symbol_group
from wsiskg.ingest.extract.rapporteur_groups import rapporteur_group_key
from wsiskg.ingest.records import ParsedReport, Span
from wsiskg.ingest.text import alternation


def presumed_meeting_body(report: ParsedReport) -> str | None:
    """The group a report is about when the meeting extractor found none: the first body of a
    group kind (working group, expert group, commission, council, partnership) named in the
    title, else in the first body paragraph (``Report of the UNGIS meeting`` -> ``ungis``). An
    excerpt cut before its header (no title) is of the group its own document symbols name, when
    they name one (``Document CWG-ABC-3/5``: :func:`.own_mention.symbol_group`), before any body
    its prose names."""
    if not report.title and (by_symbol := symbol_group(report)) is not None:
        return by_symbol[0]
    matcher = BodyMatcher(None, find_defined(report))
    first = next((p.text for p in report.paragraphs if p.kind != "heading" and len(p.text) > 60), "")
    header = [p.text.title() for p in report.paragraphs[:4] if p.text.isupper()]  # "COUNCIL" -> "Council"
    for text in (report.title or "", report.paragraphs[0].text if report.paragraphs else "", first, *header):
        found = matcher.spans(text, remember=False)
        represented = {s.keys[0] for s in found if _REPRESENTED.search(text, 0, s.start)}  # its acronym after too
        spans = [s for s in found if s.keys[0] not in represented]
        for s, after in zip(spans, [*spans[1:], None][: len(spans)], strict=True):
            if _meets(matcher, s.keys[0]):
                return _group_that_met(report, matcher, _part_named_after(text, s, after))
    return None


#: a study group's Question by its key: its sector, number and study group (``itu-d-q4-1``)
_QUESTION_KEY = re.compile(r"(?P<sector>itu-[tdr])-q(?P<q>\d+)-(?P<sg>\d+)")


def _group_that_met(report: ParsedReport, matcher: BodyMatcher, key: str) -> str:
    """The group that met for a study group's Question found first (an agenda item opening an excerpt, ``Question
    3/1 (X). Ms A, Rapporteur, presented ...``; a header line ``Question 3/1: X``): a Question is studied, it does
    not meet. Its Rapporteur Group when the report's document symbols (``RGQ3/1/12``) or its header name that group
    (``Summary of the Rapporteur Group meeting``), in every sector (decision 3); else its study group, when the
    report names it. A study group found first whose Question a header line names (``Question 6/12: X`` under
    ``ITU-T STUDY GROUP 12``) is read as that Question."""
    if (sg := _STUDY_GROUP_KEY.fullmatch(key)) is not None:
        key = _question_in_header(report, matcher, sg["sg"]) or key
    m = _QUESTION_KEY.fullmatch(key)
    if m is None:
        return key
    if _names_rapporteur_group(report, m["q"], m["sg"]):
        return rapporteur_group_key(m["q"], int(m["sg"]))
    study_group = f"{m['sector']}-sg{m['sg']}"
    return study_group if matcher.key_kind(study_group)[0] != study_group else key


#: a study group by its key: its sector and number (``itu-t-sg12``)
_STUDY_GROUP_KEY = re.compile(r"(?P<sector>itu-[tdr])-sg(?P<sg>\d+)")


def _question_in_header(report: ParsedReport, matcher: BodyMatcher, study_group: str) -> str | None:
    """The key of the Question of study group ``study_group`` that opens a header line (``Question 6/12: X``), if
    any: a Question named inside a sentence (``... among them the Rapporteur group for Question 2/9``) is not the
    record's."""
    for line in header_lines(report):
        first = next(iter(matcher.spans(line, remember=False)), None)
        if first is None or line[: first.start].strip():
            continue
        if (m := _QUESTION_KEY.fullmatch(first.keys[0])) is not None and m["sg"] == study_group:
            return first.keys[0]
    return None


def _names_rapporteur_group(report: ParsedReport, question: str, study_group: str) -> bool:
    """Whether the report's document symbols name the Rapporteur Group of Question ``question``/``study_group``
    (``RGQ3/1/12``: the prefixes of ``meeting_words.csv``, role ``rapporteur``) or a header line names a
    Rapporteur Group (``TITLE: Summary of the Rapporteur Group meeting, ...``)."""
    symbol = _rapporteur_symbol(question, study_group)
    if any(symbol.search(p.text) for p in report.paragraphs):
        return True
    return any(_rapporteur_noun().search(line) for line in header_lines(report))


@cache
def _rapporteur_symbol(question: str, study_group: str) -> re.Pattern[str]:
    prefixes = alternation(set(meeting_words("rapporteur").values()))
    return re.compile(rf"(?<![\w-])(?:{prefixes})\s?{question}/{study_group}/\d")


@cache
def _rapporteur_noun() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(meeting_words('rapporteur'))})\b")


def _meets(matcher: BodyMatcher, key: str) -> bool:
    """Whether body ``key`` is a group that holds meetings: a catalogue body of a group kind, or a body outside
    the catalogue whose head noun is a group's (``meeting_words.csv``, role ``group``: the ``Standing Committee on
    X (SCX)`` an excerpt names, a committee being of no group kind) and whose name goes on after its head (``on
    X``) or is defined by an acronym; not a meeting's own committee named by its task alone (``the Drafting
    Committee``)."""
    name, kind = matcher.key_kind(key)
    if kind in GROUP_KINDS:
        return True
    head = head_of(name) if key not in bodies() else None
    if head is None or head[0].casefold() not in _group_nouns():
        return False
    defined = matcher.defined.get(key)
    return not name.endswith(head[0]) or bool(defined is not None and defined.acronym)


@cache
def _group_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in meeting_words("group"))


#: words before a body that make it one a speaker stands for, not the group that met (``the representative
#: of the European Commission``, ``on behalf of X``; a joint body's member listed by the side it sits for,
#: ``Members for the Staff Council:``, ``member representing the Administration``: round 60)
_REPRESENTED = re.compile(
    r"(?i)\b(?:(?:representatives?|delegates?|delegations?|observers?|on\s+behalf)\s+of"
    r"|members?\s+(?:for|representing))\s+(?:the\s+)?$"
)


def _part_named_after(text: str, span: Span, after: Span | None) -> str:
    """The group ``span`` names, or its catalogue part written right after it, its parent's name opening the
    part's (``ITU Council Working Group on X``: the working group, not the Council)."""
    if after is not None and not text[span.end : after.start].strip() and span.keys[0] in body_ancestors(after.keys[0]):
        return after.keys[0]
    return span.keys[0]


def own_body(report: ParsedReport) -> str | None:
    """The body a document that records no meeting names as its own in its front: the first body of a
    group kind, else the first body, its title names (``Statement by the Chairman of the CSTD``), else
    a line in capitals of its first four paragraphs (a letterhead, ``INTERNATIONAL TELECOMMUNICATION
    UNION``); an excerpt cut before its header, the group its symbols name. Never a body its prose
    mentions (a meeting it is about, a session in a calendar): those are no scope of its words."""
    if not report.title and (by_symbol := symbol_group(report)) is not None:
        return by_symbol[0]
    matcher = BodyMatcher(None, find_defined(report))
    header = [p.text.title() for p in report.paragraphs[:4] if p.text.isupper()]
    for text in (report.title or "", *header):
        found = [s.keys[0] for s in matcher.spans(text, remember=False)]
        if found:
            return next((k for k in found if matcher.key_kind(k)[1] in GROUP_KINDS), found[0])
    return None
