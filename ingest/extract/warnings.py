"""Warnings about an extraction: one line each, for the user (``wsiskg ingest`` shows them and
``--strict`` refuses a report that has any).

They say when the report does not look like what the extractor reads: no meeting of its own,
no meeting body, no numbered sections or paragraphs, or text that does not look like English
(a cheap stop-word ratio over ``ingest/data/english-stopwords.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.tables import data_rows

#: below this share of English stop words among the words, a text does not look like English
ENGLISH_RATIO = 0.15
#: texts with fewer words are too short to judge
MIN_WORDS = 40

_WORD = re.compile(r"[^\W\d_]+")


@cache
def stopwords() -> frozenset[str]:
    """English function words (``ingest/data/english-stopwords.csv``): ``the``, ``and``, ``in`` ..."""
    return frozenset(r["word"].lower() for r in data_rows("english-stopwords.csv"))


def english_ratio(text: str) -> float | None:
    """The share of English stop words among the words of ``text`` (``None`` if too short)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    stop = stopwords()
    return sum(1 for w in words if w in stop) / len(words)


def extraction_warnings(report: ParsedReport, meeting: Meeting | None, meeting_body: str | None) -> tuple[str, ...]:
    """One-line warnings about ``report`` (see the module docstring), in a fixed order."""
    out: list[str] = []
    if meeting is None:
        out.append("no meeting found: the report's own meeting (body, number, dates) was not recognised")
    if meeting_body is None:
        out.append("no meeting body: 'the Group', 'the Secretariat' and default requesters cannot be resolved")
    if not any(p.number for p in report.paragraphs):
        out.append("no numbered structure: no numbered sections or paragraphs were found")
    ratio = english_ratio(" ".join(p.text for p in report.paragraphs[:200]))
    if ratio is not None and ratio < ENGLISH_RATIO:
        out.append(f"the text does not look like English ({ratio:.0%} common English words): facts may be missing")
    return tuple(out)
