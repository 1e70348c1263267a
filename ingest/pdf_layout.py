"""PDF text layer (one string per page) -> paragraph blocks.

A pure function, :func:`pdf_pages_to_blocks`, so it can be tested on hand-written
page texts. It

* drops running headers/footers (first/last lines repeated on many pages, digits
  ignored) and page numbers ("3", "- 3 -", "Page 3", "Page 3 of 9", "3/9") at the top
  or bottom of a page;
* joins the lines of a paragraph: end-of-line hyphens are kept ("CWG-" + "WSIS" ->
  "CWG-WSIS", "follow-" + "up" -> "follow-up": in reports a line break after a
  hyphen is almost always a real hyphen), soft hyphens are removed; PDFium reports a
  soft (layout) hyphen and a real one at a line end alike, so a lower-case word cut
  at a hyphen ("imple-" + "mentation") is rejoined without it only when the document
  prints the joined word elsewhere and never the hyphenated one;
* starts a new paragraph before a line that begins with a section number (``5.1``,
  ``5.``, Roman ``II.``) or a bullet, after a short line ending a sentence, after a short line that does not
  end with a joining word (headings), and never before a lowercase continuation.

Word's PDF export leaves a space at the end of soft-wrapped lines and none at the end
of a paragraph; when a document shows that pattern (some but not all lines end with a
space) it is used as the strongest cue.
"""

from __future__ import annotations

import re
from collections import Counter

from .records import Block
from .text import BULLETS, abbreviations

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite|página|стр\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/|de|sur)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_STRONG_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})+(?:\.?\s+\S|\.(?=[A-Z]))|["
    + re.escape(BULLETS.replace("-", "").replace("*", ""))
    + r"]\s)"
)
_WEAK_START = re.compile(r"^(?:\d{1,3}\.\s+\S|\(?[ivxlc]{1,5}\)\s|\(?[a-z]\)\s|[-*]\s|[IVXL]{1,6}\.\s+[A-Z])")
_SENTENCE_END = re.compile(r"[.:;!?][\"'”’)\]]*$")
#: words after which a line never ends a paragraph (titles wrapped as "... Group on" / "WSIS&SDG")
_JOINING_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "via",
        "between",
        "under",
        "over",
        "than",
        "that",
    ]
)
_EDGE_LINES = 2


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove repeated headers/footers and page numbers from the top and bottom of pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_key(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        counts.update(edge)
    threshold = max(3, (len(pages) + 1) // 2)
    repeated = {key for key, n in counts.items() if n >= threshold and len(pages) >= 3}
    cleaned = []
    for lines in pages:
        keep = list(lines)
        for _ in range(_EDGE_LINES + 1):  # top
            if keep and (_key(keep[0]) in repeated or _PAGE_NUMBER.match(keep[0].strip())):
                keep.pop(0)
        for _ in range(_EDGE_LINES + 1):  # bottom
            if keep and (_key(keep[-1]) in repeated or _PAGE_NUMBER.match(keep[-1].strip())):
                keep.pop()
        cleaned.append(keep)
    return cleaned


def _ends_with_abbreviation(line: str) -> bool:
    words = line.split()
    if not words:
        return False
    last = words[-1]
    kind = abbreviations().get(last)
    return kind in ("honorific", "reference") or bool(re.fullmatch(r"[A-Z]\.", last))


_WORDS = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")


def vocabulary(lines: list[str]) -> Counter[str]:
    """Lower-cased words of the document as printed inside lines (not cut at a line end)."""
    words: Counter[str] = Counter()
    for line in lines:
        found = _WORDS.findall(line)
        if found and re.search(r"[-\u2010\u2011\u00ad]\s*$", line):
            found = found[:-1]  # the word cut at the end of the line
        words.update(w.lower() for w in found)
    return words


def _join(previous: str, line: str, vocabulary: Counter[str] | None = None) -> str:
    """Join ``line`` to the paragraph text ``previous`` (hyphen-aware).

    A hyphen at the end of a line is kept (``CWG-`` + ``WSIS``, ``follow-`` + ``up``) unless
    the word split there is lower case on both sides and the document uses the joined word
    elsewhere and never the hyphenated one (``imple-`` + ``mentation`` -> ``implementation``
    when ``implementation`` is printed elsewhere). PDFium reports a soft hyphen and a real
    one at a line end alike, so the document's own vocabulary decides.
    """
    if previous.endswith("\u00ad"):
        return previous[:-1] + line
    m = re.search(r"(?P<head>[^\W\d_]*)[-\u2010\u2011]$", previous)
    if m and m.group("head"):
        tail = re.match(r"[^\W\d_]+", line)
        if vocabulary and tail and m.group("head").islower() and tail.group(0).islower():
            joined = (m.group("head") + tail.group(0)).lower()
            hyphened = f"{m.group('head')}-{tail.group(0)}".lower()
            if vocabulary[joined] and not vocabulary[hyphened]:
                return previous[:-1] + line
        return previous + line
    if re.search(r"\w[-\u2010\u2011]$", previous):
        return previous + line
    return previous + " " + line


def pdf_pages_to_blocks(pages: list[str]) -> list[Block]:
    """Paragraph blocks from the text of each page (lines separated by newlines)."""
    raw_pages = [[line for line in page.splitlines() if line.strip()] for page in pages]
    page_lines = _drop_furniture(raw_pages)
    lines = [line for page in page_lines for line in page]
    if not lines:
        return []
    widths = sorted(len(line.strip()) for line in lines)
    full = widths[int(0.9 * (len(widths) - 1))] or 1
    trailing = sum(1 for line in lines[:-1] if line != line.rstrip())
    use_trailing = 0.1 <= trailing / max(1, len(lines) - 1) <= 0.95

    return [Block(text=text) for text in join_lines(lines, full, use_trailing, vocabulary(lines))]


def join_lines(lines: list[str], full: int, use_trailing: bool = False, words: Counter[str] | None = None) -> list[str]:
    """The paragraphs of consecutive layout lines (``full``: the width of a full line): a line
    joins the one before unless it starts a paragraph (:func:`_breaks`), hyphen-aware (:func:`_join`,
    ``words``: the document's :func:`vocabulary`)."""
    paragraphs: list[str] = []
    current = ""
    previous_raw = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not current:
            current, previous_raw = line, raw
            continue
        if _breaks(previous_raw, line, full, use_trailing):
            paragraphs.append(current)
            current = line
        else:
            current = _join(current, line, words)
        previous_raw = raw
    if current:
        paragraphs.append(current)
    return paragraphs


def _breaks(previous_raw: str, line: str, full: int, use_trailing: bool) -> bool:
    """Does ``line`` start a new paragraph after the line ``previous_raw``?"""
    previous = previous_raw.strip()
    if re.search(r"\w[-\u2010\u2011\u00ad]$", previous):
        return False  # hyphenated break: same word/compound
    soft_wrap = use_trailing and previous_raw != previous_raw.rstrip()
    if _STRONG_START.match(line):
        return True
    if soft_wrap:
        return False
    if _WEAK_START.match(line):
        return True
    if line[:1].islower():
        return False
    last_word = previous.split()[-1].lower() if previous.split() else ""
    if last_word in _JOINING_WORDS or previous.endswith((",", "&", "/")):
        return False
    if _ends_with_abbreviation(previous):
        return False
    if _SENTENCE_END.search(previous):
        return use_trailing or len(previous) < 0.9 * full
    return len(previous) < 0.75 * full
