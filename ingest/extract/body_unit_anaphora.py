"""A unit any body may have, named by its generic words alone after ``the`` (``the Regional Office``, ``the
Executive Committee``), where the report has named a body of that head whose name holds those words
(``the ITU Regional Office for Asia and the Pacific``): that body, not a body of its own named ``Regional
Office``. The body matcher (:class:`~wsiskg.ingest.extract.body_matcher.BodyMatcher`) asks it of every name it
finds in text order."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from wsiskg.ingest.extract.body_form_lists import _generic_unit
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.gazetteer import bodies
from wsiskg.ingest.records import Span

#: ``the`` right before a name: the writer points back at a body already named
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


def unit_named_before(text: str, span: Span, last_by_head: Mapping[str, str], name_of: Callable[[str], str]) -> Span:
    """``span`` as the body it points back at: a name the report gave (no catalogue body) of generic words and
    a head (``Regional Office``: :func:`_generic_unit`), written after ``the``, is the body last named with that
    head (``last_by_head``) when that body's name (``name_of``) holds the same words in a row; else ``span``."""
    if (
        span.kind != "body"
        or span.keys[0] in bodies()
        or not _THE_BEFORE.search(text[max(0, span.start - 6) : span.start])
    ):
        return span
    words = span.text.split()
    head = head_of(span.text)
    if len(words) < 2 or head is None or not _generic_unit(words):
        return span
    target = last_by_head.get(head[0])
    if target is None or target == span.keys[0]:
        return span
    if f" {' '.join(words)} " not in f" {' '.join(name_of(target).split())} ":
        return span
    return Span(span.start, span.end, span.kind, (target,), span.text)
