"""The meeting a document asks to act on it: the meeting it is submitted to, not the one it records.

A document written for a session closes by asking that session's body to act on the document itself
(:func:`.genre.acted_on`: ``The Council is invited to take note of this report``, ``The Conference is
invited to consider this document``). A report of a group's meeting to its parent asks the parent (the
group's meeting stays the record's); a report by an auditor, a department or a secretariat to the session
asks the very body whose session its header names: that session is what the document is addressed to
(feature ``addressed`` of :mod:`.meeting_ranking`), not a meeting it records.
"""

from __future__ import annotations

import re

from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import sentence_spans

from .body_names import BodyName, find_body_names
from .genre import acted_on
from .meeting_memo import once


def asked_bodies(report: ParsedReport, names: tuple[BodyName, ...]) -> frozenset[str]:
    """The bodies a sentence of the report asks to act on the report itself, each the body named last
    in the sentence before its asking words (``The Council is invited to take note of this report``:
    the Council), read once per document model."""
    found: frozenset[str] = once(report, "asked-bodies", lambda r: _asked(r, names))
    return found


def _asked(report: ParsedReport, names: tuple[BodyName, ...]) -> frozenset[str]:
    pattern, _ = acted_on()
    found: set[str] = set()
    for p in report.paragraphs:
        text = p.text
        if pattern.search(text) is None:
            continue
        for a, b in sentence_spans(text):
            m = pattern.search(text, a, b)
            if m is None:
                continue
            key = _subject_body(text[a : m.start()], names)
            if key is not None:
                found.add(key)
    return frozenset(found)


#: what may stand between the body's name and the asking words (its acronym in brackets dropped): a comma
_AFTER_NAME = re.compile(r"\s*,?\s*$")
#: the acronym in brackets that may close the subject
_CLOSING_ACRONYM = re.compile(r"\s*\([^()]{1,40}\)\s*,?\s*$")
#: the body's name is no complement of another noun (``Members of the Group``)
_OF_BEFORE = re.compile(r"(?i)\bof\s+(?:the\s+)?$")


def _subject_body(subject: str, names: tuple[BodyName, ...]) -> str | None:
    """The body that heads ``subject``, the text of a sentence before its asking words: its name ends the
    subject (``The Council``, ``The Preparatory Committee (PrepCom)``), not after ``of`` (``Members of X``)."""
    subject = _CLOSING_ACRONYM.sub("", subject)
    hits = find_body_names(subject, names)
    if not hits:
        return None
    key, (start, end) = max(hits, key=lambda hit: hit[1][1])
    if _AFTER_NAME.match(subject, end) is None or _OF_BEFORE.search(subject[:start]):
        return None
    return key
