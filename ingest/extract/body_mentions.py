"""Where a body's name names no body: the name of a body found in a text that does not mention
the body itself (the body gets no record from it).

- an attribute of a common noun: ``the United Nations system``, ``other UN agencies``;
- the issuer of a text cited: ``WTDC Resolution 30``, ``Council Decision 482``, ``Resolution 71
  (Rev. Antalya, 2006) of the Plenipotentiary Conference`` (a conference or the Council only: UN
  organs cited with their resolution symbols stay mentions);
- one session of a conference or forum, an event: ``the 2030 Plenipotentiary Conference``, ``the
  next Internet Governance Forum``, ``the Radiocommunication Assembly 2012 (RA-12)``, ``the World
  Telecommunication Development Conference (WTDC-14)``.

The nouns and the kinds they apply to are data (``ingest/data/body-attributes.csv``); the words
that make a session another one than a body (``next``, ``previous``) are those of
``meeting_words.csv`` (role ``other``); ordinals are read by :mod:`.ordinals`.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.gazetteer import body_heads, data_rows
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.text import DASH, alternation


def names_no_body(text: str, start: int, end: int, name: str, kind: str) -> bool:
    """Whether the body name at ``text[start:end]`` (of a body called ``name``, of ``kind``)
    names no body there (see the module's docstring)."""
    # "the United Nations System": an alias that ends in the noun (a word the body's name lacks)
    last = text[start:end].rsplit(None, 1)[-1]
    alias = last.lower() not in name.lower().split() and _attributive(kind).fullmatch(" " + last)
    if alias or _attributive(kind).match(text, end):
        return True
    if kind in _issuer_kinds() and _CITED_BEFORE.search(text, max(0, start - 120), start):
        return True
    return _holds_sessions(name, kind) and _session(text, start, end)


@cache
def _attributive(kind: str) -> re.Pattern[str]:
    """A noun after the name that makes it an attribute (``kinds``: the body kinds a noun applies
    to, all when empty): ``UN agencies``, ``WTDC Resolution 30``."""
    rows = data_rows("body-attributes.csv")
    nouns = [r["noun"] for r in rows if not r.get("kinds") or kind in r["kinds"].split(";")]
    return re.compile(rf"\s+(?:{alternation(nouns)})\b")


@cache
def _issuer_kinds() -> frozenset[str]:
    """Body kinds whose texts are cited with their issuer (``kinds`` of ``Resolution``)."""
    rows = data_rows("body-attributes.csv")
    return frozenset(k for r in rows if r["noun"] == "Resolution" for k in r.get("kinds", "").split(";") if k)


#: a citation of a text ending right before its issuer: ``Resolution 140 (Rev. Busan, 2014) of the``,
#: ``Resolutions 101, 102 and 133 of the``, ``Decision 5 (Rev. Dubai, 2018) of the``
_CITED_BEFORE = re.compile(
    r"(?:Resolutions?|Decisions?|Opinions?|Res\.|RESOLUTIONS?)\s+(?:No\.\s*)?\d[\w/.\-]*"
    r"(?:\s*(?:,|and)\s*\d[\w/.\-]*)*(?:\s*\([^()]{0,60}\))?,?\s+of\s+(?:the\s+|this\s+)?\Z"
)


def _holds_sessions(name: str, kind: str) -> bool:
    """A body that meets in numbered or dated sessions: a conference, or a name ending in an
    event noun of ``body-heads.csv`` (``Internet Governance Forum``)."""
    if kind == "conference":
        return True
    last = name.split()[-1] if name.split() else ""
    return any(head == last and category == "event" for head, _, category in body_heads())


@cache
def _session_before() -> re.Pattern[str]:
    """An ordinal, a year or a word such as ``next`` right before the name (``the 2010``,
    ``the fifth``, ``the 7th``, ``the next``)."""
    others = [r["word"] for r in data_rows("meeting_words.csv") if r["role"] == "other"]
    return re.compile(rf"(?:\b(?:19|20)\d\d|{ordinal_regex()}|(?i:\b(?:{alternation(others)})))\s+\Z")


#: a year or a session code right after the name: ``... Assembly 2012``, ``... Conference (WTDC-14)``
_SESSION_AFTER = re.compile(rf"\s+(?:19|20)\d\d\b|\s*\([A-Z][A-Za-z]*{DASH}?\d{{2}}\)")


def _session(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` names one session of the body (an event)."""
    return bool(_SESSION_AFTER.match(text, end) or _session_before().search(text, max(0, start - 30), start))
