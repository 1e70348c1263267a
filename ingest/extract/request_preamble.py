"""A resolution text's preamble asks no one: its clauses (``recalling``, ``considering``, ``noting``) state what
is, and a request they cite (``b) Resolution 136 ..., which instructs the Secretary-General to ...``, ``that the
Council requested the Director to ...``) is another text's, made before this one; only the operative part
(``resolves``, ``instructs the Director``, ``invites Member States``) asks.

A clause opens on a preambular word of ``request-openings.csv`` (column ``preamble``) written as a resolution
text writes it: in lower case (``considering``, ``noting that ...``), or as a clause that ends on a comma,
semicolon or colon (``Recalling its resolution 2031/4,``), or as the word alone on its line. It goes on over the
items under it (``a) ...``, ``1 ...``) and over lower-case lines that go on its object (``that ...``, ``the report
of ...``); any other line ends it (an operative clause opens on its verb). A sentence that opens on such a word
and ends on a full stop (``Noting the report, the Group invited ...``), and a record's item whose main verb follows
the phrase's comma (``noting the report of the Chair, requested the secretariat to ...;``), are no preamble
clauses; nor is a list's lead with its subject after the phrase (``Bearing in mind X, the Council:``)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wsiskg.ingest.extract.gazetteer import adverb_alternation
from wsiskg.ingest.extract.request_verbs import _verbs
from wsiskg.ingest.parse import enumerator_end
from wsiskg.ingest.records import Paragraph
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: a lower-case line that goes on a preamble clause's object (``that the Council ...``, ``the report of ...``)
_GOES_ON = re.compile(r"(?:that|the|a|an|its|their|this|these|those)\b")
#: a verb right after the comma that closes a participle's phrase: the main verb of a record's item (``noting the
#: report, requested ...``), where a preamble clause cites through a relative or a clause (``, which invites``)
_MAIN_VERB = re.compile(rf",\s+(?:(?:{adverb_alternation('addition')})\s+)?\Z")
#: an item's number without brackets (``1 that ...``)
_NUMBER = re.compile(r"\d{1,2}\s+(?=[a-z])")


@cache
def _opening() -> re.Pattern[str]:
    words = [r["words"] for r in data_rows("request-openings.csv") if r.get("preamble") == "yes"]
    return re.compile(rf"(?:{alternation(words, spaces=True)})\b", re.IGNORECASE)


def _opens(text: str) -> bool:
    """Whether ``text`` opens a preamble clause (see the module's docstring)."""
    m = _opening().match(text)
    if m is None:
        return False
    if any(_MAIN_VERB.search(text, 0, v.start()) for v in _verbs()[0].finditer(text, m.end())):
        return False  # "noting the report, requested the secretariat to ...": a record's item, its verb the main one
    end = text.rstrip()
    if end.endswith(":") and "," in end:
        return False  # "Bearing in mind X, the Council:": a list's lead, its subject after the comma
    return text[:1].islower() or end[-1:] in ",;:" or not end[m.end() :].strip(" :")


def _goes_on(text: str) -> bool:
    """Whether ``text`` goes on the preamble clause before it: an item under it, or a lower-case line that goes
    on its object."""
    at = enumerator_end(text) or (m.end() if (m := _NUMBER.match(text)) else 0)
    return at > 0 or _GOES_ON.match(text) is not None


@lru_cache(maxsize=8)
def preamble_orders(paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """The orders of the paragraphs that are a resolution text's preamble clauses, or items and lines under
    one (remembered for the report being read)."""
    found: set[int] = set()
    open_ = False
    for p in paragraphs:
        text = p.text.strip()
        open_ = _opens(text) or (open_ and _goes_on(text))
        if open_:
            found.add(p.order)
    return frozenset(found)
