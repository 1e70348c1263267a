"""The contributors a document names only in its prose, when no line of its cover block names them.

An excerpt of a joint contribution, or one whose cover page names no source, may say who submits it in its
first paragraphs, in one of two forms:

- the writers named by a generic word, then their countries in apposition: ``the three contributing
  Administrations – A, B and C –``, ``The co-sponsoring Member States (A and B) ...``, ``the proposing
  countries: A, B and C`` (the words of kinds ``writer-lead`` and ``writer-group`` of ``author-cues.csv``, the
  words that name the writers later: ``The co-sponsoring Administrations invite ...``);
- the document naming itself, then a ``lead`` cue of ``submitter-cues.csv`` and who: ``This contribution is
  submitted jointly by A and B``, ``This joint contribution from the Administrations of A, B and C ...``, ``(joint
  contribution of A, B)``.

:func:`prose_contributors` reads the countries (the forms a Source line's list takes:
:func:`.submitters.listed_countries`), once per document. :mod:`.author_submissions` makes them the document's
author and credits its requests to each (annotation guide, decision 22), as it does a Source line's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation
from wsiskg.ingest.extract.genre import report_genre
from wsiskg.ingest.extract.submitters import cue_kind_alternation, listed_countries, submitter
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.text import DASH_CHARS

#: how many of its first paragraphs (cover lines, then prose) may name a document's contributors
_PARAGRAPHS = 20
#: the genres of a document its contributors may name in its prose (``None``: no cue; a record of a meeting
#: that names a contribution's authors, ``This contribution from A and B proposed ...``, does not become theirs)
_GENRES = (None, "contribution")
#: what closes the countries in apposition, by what opens them (a dash closes by a dash)
_CLOSES = {"(": re.compile(r"\s*\)"), ":": re.compile(r"\s*(?:[.;]|$)"), ",": re.compile(r"\s*,")}
_DASH_CLOSE = re.compile(rf"\s*[{DASH_CHARS}]")
#: what may follow who submits after a ``lead`` cue: a mark, the end, or a word in lower case (``This
#: contribution from A and B presents ...``), not a name going on (``A and B's Ministry``)
_CUE_CLOSE = re.compile(r"\s*(?:[.,;:()]|$)|\s+[a-z]")


@cache
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The writers named by a generic word before their countries in apposition, and the document named as
    itself before a ``lead`` cue (``This document is submitted jointly by``, ``(contribution of``)."""
    lead, group = cue_alternation("writer-lead"), cue_alternation("writer-group")
    apposed = re.compile(rf"\b(?i:(?:{lead})\s+)+(?i:{group})\s*(?P<open>[{DASH_CHARS}(:,])\s*")
    finite, nonfinite = auxiliary_alternation(role="clause"), auxiliary_alternation(role="nonfinite")
    itself = rf"\b(?:[Tt]his|[Tt]he\s+present)(?:\s+[\w-]+){{0,2}}?\s+(?:(?:{finite})\s+)?(?:(?:{nonfinite})\s+)?"
    self_named = re.compile(rf"(?:{itself}|\(\s*)(?i:{cue_kind_alternation('lead')})\s+")
    return apposed, self_named


def prose_contributors(report: ParsedReport) -> tuple[str, ...]:
    """ISO alpha-3 codes of the countries the first paragraphs name as the document's contributors, in order,
    when its cover block names no submitter (:func:`.submitters.submitter`) and no genre cue says it records a
    meeting; ``()`` otherwise. Read once per document."""
    memo = document(report).memo
    if prose_contributors not in memo:
        named = submitter(report) is None and report_genre(report) in _GENRES
        texts = (p.text for p in report.paragraphs[:_PARAGRAPHS]) if named else ()
        memo[prose_contributors] = next((found for text in texts if (found := _named_in(text))), ())
    codes: tuple[str, ...] = memo[prose_contributors]
    return codes


def _named_in(text: str) -> tuple[str, ...]:
    """The countries ``text`` names as the document's contributors in either form, else ``()``."""
    apposed, self_named = _forms()
    for m in apposed.finditer(text):
        if found := _listed(text, m.end(), _CLOSES.get(m.group("open"), _DASH_CLOSE)):
            return found
    for m in self_named.finditer(text):
        if found := _listed(text, m.end(), _CUE_CLOSE):
            return found
    return ()


def _listed(text: str, start: int, close: re.Pattern[str]) -> tuple[str, ...]:
    """The countries listed in ``text`` from ``start``, when ``close`` follows the list."""
    keys, end = listed_countries(text[start:])
    return keys if keys and close.match(text, start + end) else ()


@cache
def _support() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A proposal said to be supported by countries in a sentence (``The ACP is supported by A, B and C``, a ``support``
    cue of ``submitter-cues.csv`` after ``is`` or ``are``), and a table's header cell that is the cue (``Proposal,
    Supported by, Number``)."""
    cue = cue_kind_alternation("support")
    finite = auxiliary_alternation(role="clause")
    said = re.compile(rf"\b(?:{finite})\s+(?:also\s+|jointly\s+)?(?i:{cue})\s+(?:the\s+)?")
    column = re.compile(rf"(?:^|,\s*)(?i:{cue})\s*:?\s*(?:,|$)")
    return said, column


#: how many rows after its header a support table may have
_SUPPORT_ROWS = 30


def supporters(report: ParsedReport) -> tuple[str, ...]:
    """ISO alpha-3 codes of the countries a regional group's common proposal names as its supporters, in order: the
    countries a sentence says support it (``The ACP is supported by A, B and C.``), else those of the rows of a table
    whose header has a ``Supported by`` column (``Proposal, Supported by, Number`` / ``IAP/47A9/1, A, B, C, 3``);
    ``()`` when it names none. Each supporter submits the proposal (decision 22)."""
    said, column = _support()
    paragraphs = report.paragraphs
    for i, p in enumerate(paragraphs):
        for m in said.finditer(p.text):
            if found := _listed(p.text, m.end(), _CUE_CLOSE):
                return found
        if column.search(p.text) and (found := _column_countries(paragraphs[i + 1 : i + 1 + _SUPPORT_ROWS])):
            return found
    return ()


def _column_countries(rows: Sequence[Paragraph]) -> tuple[str, ...]:
    """The countries of a support table's rows, in order, each once: up to the first paragraph that names none."""
    found: list[str] = []
    for row in rows:
        codes = [s.keys[0] for s in country_spans(row.text) if s.keys]
        if not codes:
            break
        found += codes
    return tuple(dict.fromkeys(found))
