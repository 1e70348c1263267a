"""The body an excerpt of no known meeting is a record of, by the code of its own documents (issue 8, round 33).

An excerpt cut before its header, of a body no catalogue lists, names that body only by the code its documents
are numbered by (``Doc. Com-ABC(31)041``, ``Com-ABC(31)052 (Rev.1)``, a page's ``ASC-31/7``) and writes the code
on its own in its prose (``Vice-Chairman of Com-ABC``, ``the next Com-ABC meeting``). :func:`own_code` is that
code: the one prefix all the document symbols the excerpt writes share, written also as a word outside them;
``None`` when the symbols have several prefixes, the prefix is a catalogue body's (its own reader names it:
:func:`.own_mention.symbol_group`), or the prose never names it. ``The meeting invited ...`` and a request that
names no one asking are then that body's (:class:`.requests._Reader`).
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.document import once_per_document
from wsiskg.ingest.extract.documents import symbol_mentions
from wsiskg.ingest.extract.gazetteer import bodies
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import DASH

#: a symbol's prefix: letters and inner hyphens up to its first digit, bracket, slash or space (``Com-ABC`` of
#: ``Com-ABC(31)041``, ``ASC`` of ``ASC-31/7``)
_PREFIX = re.compile(rf"[A-Z][A-Za-z]*(?:{DASH}[A-Za-z]+)*(?=(?:{DASH}|[(/\s])?\d)")


def symbol_prefix(symbol: str) -> str | None:
    """The code a document symbol opens with, up to its first digit, bracket, slash or space (``Com-ABC`` of
    ``Com-ABC(31)041``, ``CWG-X`` of ``CWG-X-14/6``), else ``None``."""
    m = _PREFIX.match(symbol)
    return m.group(0) if m is not None else None


def own_code(report: ParsedReport) -> str | None:
    """The code of the body whose documents the excerpt writes (see the module), else ``None``."""
    return once_per_document(("own_code",), lambda: _own_code(report))


def _own_code(report: ParsedReport) -> str | None:
    prefixes: set[str] = set()
    for p in report.paragraphs:
        for mention in symbol_mentions(p.text):
            prefix = symbol_prefix(mention.symbol)
            if prefix is None:
                return None  # a symbol of another shape: no one code
            prefixes.add(prefix)
    if len(prefixes) != 1:
        return None
    code = prefixes.pop()
    if len(code) < 3 or sum(c.isupper() for c in code) < 2 or slug(code) in bodies():
        return None
    alone = re.compile(rf"(?<![\w/(])(?<!{DASH}){re.escape(code)}(?![\w/(])(?!{DASH})")
    return code if any(alone.search(p.text) for p in report.paragraphs) else None
