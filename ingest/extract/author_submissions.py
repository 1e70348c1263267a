"""Who submits a document: the countries and bodies its submitter's line names, and a proposal's source.

The agent a submitter's line names (:func:`.submitters.submitter`; a joint submission's countries as one author),
the country a front line names alone (:func:`front_country`), whom a contribution's requests are credited to
(:func:`contributors`, decision 22) and who submits a proposal whose header names no source (:func:`proposer`:
``MOD B/45/7``). Read by :mod:`.authors` and :mod:`.author_headers`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import pycountry

from wsiskg.ingest.extract.agent_resolver import Actors, Context
from wsiskg.ingest.extract.author_agents import _FRONT, _first_agent, _group_after, _spans_of
from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.author_prose_contributors import prose_contributors, supporters
from wsiskg.ingest.extract.genre import records_meeting, report_genre
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.submitters import Submitter, submitter
from wsiskg.ingest.records import AgentRef, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: what may end a line that names a country alone: a footnote mark, brackets, a dot
_SOURCE_END = re.compile(r"[\s*.,;:]*(?:\(\d{1,2}\)|\*+)?[\s.]*$")


def _submitted_agent(actors: Actors, submitted: Submitter) -> AgentRef | None:
    """The agent the submitter's line names (:func:`.submitters.submitter`): the countries of a joint
    submission as one author, else the first country or body who names, when it is nothing but
    countries and organisations, else the group it names (:func:`_group_after`). A country over a
    title in capitals is no author (a letterhead: the letter's signatory writes)."""
    if submitted.joint:
        return _joint_author(submitted.joint)
    span = _first_agent(actors.resolver.spans_in(submitted.who), 0)
    whole = span is not None and (submitted.whole or _SOURCE_END.fullmatch(submitted.who[span.end :]) is not None)
    refs = actors.resolver.ref(span) if span is not None and whole and span.kind in ("body", "country") else []
    return refs[0] if refs else _group_after(actors, None, submitted.who)  # "Administrations of the RCC ..."


def _joint_author(codes: tuple[str, ...]) -> AgentRef:
    """The countries of a joint submission as one author named by their short names (``Estonia,
    Finland and Latvia``)."""
    labels = [c.label for c in _countries(codes)]
    label = ", ".join(labels[:-1]) + " and " + labels[-1]
    return AgentRef("collective", slug(label), label)


def _countries(codes: tuple[str, ...]) -> tuple[AgentRef, ...]:
    """The countries ``codes`` name, each by its short name (:func:`short_country_name`)."""
    return tuple(AgentRef("country", code, short_country_name(AgentRef("country", code, code))) for code in codes)


def joint_submission(report: ParsedReport) -> bool:
    """Whether several countries submit the document, as its submitter's line (``Submitted jointly by A and B``)
    or its prose (:func:`.author_prose_contributors.prose_contributors`) names them: its requests are each one's."""
    submitted = submitter(report)
    return bool(submitted.joint) if submitted is not None else len(prose_contributors(report)) > 1


def prose_author(report: ParsedReport) -> AgentRef | None:
    """The contributors a document names only in its prose (:func:`.author_prose_contributors.prose_contributors`:
    ``the three contributing Administrations – A, B and C –``): one country, or the countries as one author."""
    codes = prose_contributors(report)
    if not codes:
        return None
    return _joint_author(codes) if len(codes) > 1 else _countries(codes)[0]


def front_country(report: ParsedReport, actors: Actors) -> str | None:
    """The country a front line names alone (``Japan`` over a minister's statement), when one does."""
    found: set[str] = set()
    for p in report.paragraphs[:_FRONT]:
        if p.section != "front":
            break
        span = _first_agent(_spans_of(actors, p.order, p.text.strip()), 0)
        if span is not None and span.kind == "country" and _SOURCE_END.fullmatch(p.text.strip()[span.end :]):
            found.update(r.key for r in actors.resolver.ref(span)[:1])
    return found.pop() if len(found) == 1 else None


def short_country_name(country: AgentRef) -> str:
    """A country as a list of co-authors names it: ISO 3166's common name, else its name before a
    comma (``Bolivia, Plurinational State of``: ``Bolivia``), else the label as written."""
    found = pycountry.countries.get(alpha_3=country.key)
    if found is None:
        return country.label
    return str(getattr(found, "common_name", None) or found.name.split(", ")[0])


@cache
def _drafting_organ() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{cue_alternation('drafting-organ')})\b")


def contributors(report: ParsedReport, author: AgentRef | None, actors: Actors) -> tuple[AgentRef, ...]:
    """Who a contribution's requests are credited to (annotation guide, decision 22): the countries
    and bodies its submitter's line names when it is nothing but them (:func:`.submitters.submitter`:
    each country of a joint contribution, ``Chile, Kenya and Norway``; the body whose members submit
    it, ``APT Member Administrations``: the APT), else its author; a country by its short name
    (:func:`short_country_name`: ``Republic of Chile`` asks as ``Chile``)."""
    if author is None or author.kind == "person" or _drafting_organ().search(author.label):
        return ()  # "Editorial Committee": the conference drafting its own texts
    if author.kind == "post" and (report_genre(report) != "contribution" or _drafting_organ().search(author.key)):
        return ()  # "Chair, Committee 5" drafting for its conference; "Contribution by the Secretary-General" asks
    if author.kind in ("body", "collective") and (supported := _supporters(report)):
        return _countries(supported)  # "The ACP is supported by A, B and C": a group's proposal, each supporter's
    submitted = submitter(report)
    if submitted is None and len(prose := prose_contributors(report)) > 1 and author == _joint_author(prose):
        return _countries(prose)  # "the three contributing Administrations – A, B and C –": each asks
    if submitted is None or not (submitted.whole or submitted.joint) or author != _submitted_agent(actors, submitted):
        return (author,)  # "Arab Group" over the Arab countries that submit with it: the group asks
    spans = sorted(actors.resolver.spans_in(submitted.who), key=lambda s: s.start)
    kinds = ("country",) if submitted.joint and not submitted.whole else ("country", "body")  # a title run in
    refs = {(r.kind, r.key): r for s in reversed(spans) if s.kind in kinds for r in actors.resolver.ref(s)[:1]}
    named = (replace(r, label=short_country_name(r)) if r.kind == "country" else r for r in reversed(refs.values()))
    return tuple(named) or (author,)


def _supporters(report: ParsedReport) -> tuple[str, ...]:
    """The administrations a group's common proposal names as supporting it (:func:`.author_prose_contributors.
    supporters`), in a document that proposes texts (an amendment mark: ``MOD``, ``ADD``, ``SUP``); ``()`` otherwise."""
    headings = [report.title or "", *(s.heading for s in report.sections)]
    if not any(_AMENDMENT.search(t) for t in [*headings, *(p.text for p in report.paragraphs)]):
        return ()
    return supporters(report)


#: a proposal's number (``MOD B/45/7``, ``ADD ARB/62A4/1``, ``EUR/52A9/2``): its source's ITU symbol,
#: the conference document's number (and addendum), the proposal's number
_PROPOSAL = r"(?<![\w/])(?P<code>{codes})/\d{{1,3}}(?:\(?A(?:dd\.)?\s?\d{{1,2}}\)?)?/\d{{1,3}}(?![\w/])"


#: an amendment mark of a proposal: ``MOD``, ``ADD``, ``SUP`` (a modified, added, suppressed text)
_AMENDMENT = re.compile(r"(?<![\w-])(?:MOD|ADD|SUP)(?![\w-])")


@cache
def _proposal_symbols() -> tuple[re.Pattern[str], dict[str, str]]:
    """The proposal numbers (:data:`_PROPOSAL`) of the sources ``proposal-symbols.csv`` lists, and
    each symbol's source."""
    rows = {r["code"]: r["agent"] for r in data_rows("proposal-symbols.csv")}
    marked = rf"(?P<mark>(?<![\w-])(?:MOD|ADD|SUP)\s+)?{_PROPOSAL.format(codes=alternation(list(rows)))}"
    return re.compile(marked), rows


def proposer(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """Who submits a proposal for a conference's work that names no source in its header (an
    excerpt): the country or group whose ITU symbol opens its proposals' numbers (``MOD B/45/7``:
    Brazil; ``ADD ARB/62A4/1``: the Arab States; ``EUR/52A9/2`` over a ``MOD`` text: CEPT), the
    first number marked or standing alone in a short paragraph, in a document with amendment marks."""
    if report_genre(report) is not None and records_meeting(report):
        return None  # "MOD EUR/52A9/2 was approved": a summary record of the meeting that adopted it
    pattern, sources = _proposal_symbols()
    headings = [report.title or "", *(s.heading for s in report.sections)]  # "MOD B/45/7" read as a title
    texts = [*headings, *(p.text for p in report.paragraphs)]
    if not any(_AMENDMENT.search(t) for t in texts):
        return None
    for text in texts:
        for m in pattern.finditer(text):
            if m.group("mark") or len(text.strip()) <= len(m.group(0)) + 4:
                found = actors.resolve_agents(sources[m.group("code")], Context(0, 0))
                return found[0] if found else None
    return None
