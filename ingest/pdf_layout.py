"""PDF text layer (one string per page) -> paragraph blocks.

A pure function, :func:`pdf_pages_to_blocks`, so it can be tested on hand-written
page texts. It

* drops running headers/footers (first/last lines repeated on many pages or on both pages of
  a two-page document, digits ignored; a symbol beside a page number, ``- 2 - C04/27-E``;
  scanner specks) and page numbers ("3", "- 3 -", "Page 3", "Page 3 of 9", "3/9") at the top
  or bottom of a page, keeping the first page's header symbol once (the document's own);
* joins the lines of a paragraph: a line ending with a slash goes on without a space
  ("C07/" + "23-E" -> "C07/23-E"); end-of-line hyphens are kept ("CWG-" + "WSIS" ->
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
from collections.abc import Callable
from functools import lru_cache

from .months import month_alternation
from .records import Block
from .text import BULLETS, DASH, PAGE_MARK, SYMBOL, clause_spans, head_word_broken, no_split_after

_PAGE_NUMBER = re.compile(
    rf"^(?:(?:page|p\.|seite|página|стр\.)\s*)?{DASH}?\s*\d{{1,4}}\s*{DASH}?(?:\s*(?:of|/|de|sur)\s*\d{{1,4}})?$",
    re.IGNORECASE,
)
_STRONG_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})+(?:\.?\s+\S|\.(?=[A-Z]))|["
    + re.escape(BULLETS.replace("-", "").replace("*", ""))
    + r"]\s)"
)
_WEAK_START = re.compile(
    r"^(?:\d{1,3}\.\s+\S|\(?[ivxlc]{1,5}\)\s|[ivx]{1,4}\.\s+\S|\(?[a-z]\)\s|[-*]\s|[IVXL]{1,6}\.\s+[A-Z])"
)
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


#: a line with a page number beside something else (a running header: ``- 2 - C04/27-E``)
_PAGED = re.compile(rf"^(?:{PAGE_MARK}\s+(?P<after>\S.*)|(?P<before>.*\S)\s+{PAGE_MARK})$")
#: a document symbol written alone
_SYMBOL_LINE = re.compile(rf"(?:Document\s+)?{SYMBOL}")


def header_symbol(line: str) -> str | None:
    """The document symbol of a running-header line: the line itself when it is only a symbol,
    or the symbol beside a page number (``- 2 - C04/27-E``, ``EGH-9/4-E Page 2``,
    ``2 WSIS/PC-3/SR/4-E``); None for any other line."""
    line = " ".join(line.split())
    if _SYMBOL_LINE.fullmatch(line):
        return line
    m = _PAGED.match(line) or re.match(r"^(?:\d{1,4}\s+(?P<after>\S+)|(?P<before>\S+)\s+\d{1,4})$", line)
    rest = m and (m.group("after") or m.group("before"))
    return rest if rest and _SYMBOL_LINE.fullmatch(rest) else None


def _furniture_line(line: str, repeated: set[str]) -> bool:
    """A line at a page's edge that is not content: a page number, a running header or footer
    (repeated on the pages, or a symbol beside a page number) or scanner specks (``. , ' ~``)."""
    text = line.strip()
    return (
        _key(line) in repeated
        or bool(_PAGE_NUMBER.match(text))
        or header_symbol(text) is not None
        and bool(_PAGED.match(text) or re.match(r"^\d{1,4}\s|.*\s\d{1,4}$", text))
        or not re.search(r"[^\W_]", text)
    )


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove running headers/footers and page numbers from the top and bottom of pages. A
    header or footer repeats on half the pages or more (at least three), or on both pages of a
    two-page document; the first copy of a running header that is a document symbol is kept, as
    the symbol alone (it is the document's own symbol)."""
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_key(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        counts.update(edge)
    threshold = max(3, (len(pages) + 1) // 2) if len(pages) >= 3 else 2
    repeated = {key for key, n in counts.items() if n >= threshold}
    cleaned = []
    for page, lines in enumerate(pages):
        keep = list(lines)
        top: list[str] = []
        for _ in range(_EDGE_LINES + 1):  # top
            if keep and _furniture_line(keep[0], repeated):
                symbol = header_symbol(keep.pop(0))
                if symbol and page == 0 and not top:
                    top = [symbol]
        for _ in range(_EDGE_LINES + 1):  # bottom
            if keep and _furniture_line(keep[-1], repeated):
                keep.pop()
        cleaned.append(top + keep)
    return cleaned


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
        if tail and broken_word(m.group("head"), tail.group(0), vocabulary):
            return previous[:-1] + line
        return previous + line
    if re.search(r"\w[-\u2010\u2011]$", previous) or re.search(r"\w/$", previous) and line[:1].isalnum():
        return previous + line  # "C07/" + "23-E": a symbol (or "and/or") cut after its slash
    return previous + " " + line


def broken_word(head: str, tail: str, vocabulary: Counter[str] | None) -> bool:
    """Whether a hyphen at a line end between the letters ``head`` and ``tail`` breaks one word (the one
    rule, also for a text that kept the break as a hyphen and a space, ``Mem- ber``): the tail in lower
    case, the head too or capitalised (``imple-`` + ``mentation``, ``Adminis-`` + ``trations``), and the
    document (``vocabulary``: :func:`vocabulary`) prints the joined word and never the hyphenated one;
    a compound's hyphen stays (``follow-up``, ``small- and medium-sized``, ``CWG-WSIS``). A word of a body's
    head noun is known without the document printing it (:func:`~wsiskg.ingest.text.head_word_broken`:
    ``Com-`` + ``mittee``, ``Organi-`` + ``zation``), the one word of a name its only line end broke."""
    if not tail.islower() or not (head.islower() or head[:1].isupper() and head[1:].islower()):
        return False
    printed = vocabulary or Counter()
    known = printed[(head + tail).lower()] or head_word_broken(head, tail)
    return bool(known and not printed[f"{head}-{tail}".lower()])


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
        if _breaks(previous_raw, line, full, use_trailing) or _after_capitals(current, line):
            paragraphs.append(current)
            current = line
        else:
            current = _join(current, line, words)
        previous_raw = raw
    if current:
        paragraphs.append(current)
    return paragraphs


#: a numbered paragraph of a plain-text file: the number, then a tab or a run of spaces (``1    The``)
_TXT_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?(?:\t| {2,})\S")
#: the share of lines that a hard-wrapped text continues on the next line (at least)
_WRAPPED_SHARE = 0.15
#: ... and never fewer lines than this (one line that goes on is no wrapping)
_WRAPPED_LEAST = 2


def hard_wrapped(lines: list[str]) -> bool:
    """Is a plain text hard-wrapped (a paragraph over several lines of about the same width, as
    pasted from a PDF or wrapped by a mail client)? Yes when the text is set at a width a reader
    wraps at (at most 120 characters) and :data:`_WRAPPED_SHARE` of its lines or more are near
    full and visibly go on in the next line: it starts in lower case, or the line ends with a
    hyphen, a comma, ``&``, ``/`` or a joining word (``of``, ``the``)."""
    filled = [line.rstrip() for line in lines if line.strip()]
    if len(filled) < 4:
        return False
    widths = sorted(len(line) for line in filled)
    full = widths[int(0.9 * (len(widths) - 1))]
    if full > 120:
        return False
    wrapped = sum(
        1 for line, after in zip(lines, lines[1:], strict=False) if _goes_on(line.rstrip(), after.strip(), full)
    )
    return wrapped >= max(_WRAPPED_LEAST, _WRAPPED_SHARE * len(filled))


def _goes_on(line: str, after: str, full: int) -> bool:
    if not after or len(line) < 0.6 * full:
        return False
    last = line.split()[-1].lower()
    return after[:1].islower() or line.endswith(("-", ",", "&", "/")) or last in _JOINING_WORDS


def wrapped_text_to_blocks(lines: list[str], keep: Callable[[str], list[str]]) -> list[Block]:
    """Paragraph blocks of a hard-wrapped plain text: the lines of a paragraph joined as in a PDF
    (:func:`_join`, hyphens kept: ``CWG-COP-`` + ``6/3`` -> ``CWG-COP-6/3``). A blank line, a
    numbered line (``1    The``) or a new paragraph by :func:`_txt_breaks` start a block.
    ``keep`` returns the blocks of a line that is not running text (a table row, layout
    columns), else ``[]``. Page furniture (:func:`_txt_furniture`) is dropped where it stands
    and does not end the paragraph it cuts; a running header's first copy is kept as a block
    (it holds the document's symbol)."""
    filled = [" ".join(line.split()) for line in lines if line.strip()]
    widths = sorted(len(line) for line in filled) or [1]
    full = widths[int(0.9 * (len(widths) - 1))] or 1
    words = vocabulary(filled)
    furniture = _txt_furniture(lines)
    blocks: list[str] = []
    current: list[str] = []  # the raw lines of the paragraph being read
    blank = cut = False
    for raw in lines:
        line = " ".join(raw.split())
        if _key(line) in furniture or _PAGE_NUMBER.match(line):
            if furniture.get(_key(line)):
                furniture[_key(line)] = False
                blocks.extend(cell for cell in keep(raw) or [line] if not _PAGE_NUMBER.match(cell.strip()))
            cut = bool(current)
            continue
        if not line:
            blank = bool(current)
            continue
        own = keep(raw)
        starts = blank and not (cut and _goes_on_after_break(current, line)) or bool(_TXT_NUMBERED.match(raw.strip()))
        if current and (own or starts or _txt_breaks(current, line, full)):
            blocks.append(_joined(current, words))
            current = []
        blank = cut = False
        if own:
            blocks.extend(own)
        else:
            current.append(raw)
    if current:
        blocks.append(_joined(current, words))
    return [Block(text=text) for text in blocks]


#: the least length of a line of prose that a text not hard-wrapped may still have cut mid-sentence
_CUT_LEAST = 60
#: a line that opens an item numbered or lettered by a mark (``1 to organize ...``, ``2) that ...``), not a day
#: of a date (``30 June 2023.`` goes on) nor a year (``2004 session;``)
_ITEM_OPENS = re.compile(r"^(?:\(?[a-z]\)|[a-z]\.|\(?\d{1,2}[.)]?)\s+\S")
#: a run of spaces or leader dots inside a line: layout cells or a list of names (``Chair ....... Ms X``)
_LAID_OUT = re.compile(r"\S(?: {3,}|\t|\.{3,}|\s\|\s)\S?")
_LETTERS = re.compile(r"[^\W\d_]+")
#: an item of an operative clause that opens on its infinitive (``to hold the meetings ... and``)
_INFINITIVE_ITEM = re.compile(r"to\s+[a-z]")
#: a paragraph number set off by spaces before the text of a line (``1    The``)
_LEAD_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+")


def ends_sentence(line: str) -> bool:
    """Whether a sentence or a clause ends in ``line`` or at its end, as the one sentence splitter reads it
    (:func:`.text.clause_spans`): the line holds two once a capital follows it (``The Group met.``, ``... as
    agreed. The Chair``, a resolution's ``a) Resolution 25 of the Conference;``); not after an honorific, an
    initial or a reference abbreviation (``Statement by H.E. Mr. A. Diallo``, ``see No.``), which the splitter
    does not end a sentence after."""
    text = line.strip()
    return bool(text) and len(clause_spans(f"{text} A")) > 1


def join_cut_lines(lines: list[str], rows: set[int]) -> list[str]:
    """The lines of a plain text written one paragraph per line, each line cut mid-sentence joined with the
    next (:func:`cut_line_goes_on`; ``rows``: the indexes of table rows, never joined), hyphen-aware. A line
    shorter than most (60 per cent of the width of the longest tenth) or before the first line that ends a
    sentence goes on only visibly: in lower case or after a joining word (a heading ``6. ITU's activities related
    to WSIS`` over its first sentence, a title over the first sentence of the text)."""
    widths = sorted(len(line.strip()) for line in lines if line.strip()) or [0]
    full = widths[int(0.9 * (len(widths) - 1))]
    first = next((i for i, line in enumerate(lines) if ends_sentence(line)), len(lines))
    goes_on = [False] * (len(lines) + 1)  # whether line i goes on with line i + 1
    for i in range(len(lines) - 2, -1, -1):
        if i not in rows and i + 1 not in rows:
            visibly = i < first or len(lines[i].strip()) < 0.6 * full
            goes_on[i] = cut_line_goes_on(lines[i], lines[i + 1], goes_on[i + 1], visibly)
    out: list[str] = []
    words = vocabulary(lines) if any(goes_on) else None
    for i, line in enumerate(lines):
        if out and goes_on[i - 1]:
            out[-1] = _join(out[-1].rstrip(), " ".join(line.split()), words)
        else:
            out.append(line)
    return out


#: a line ending in a word a hyphen cut: ``... of the Re-``
_CUT_WORD = re.compile(r"[^\W\d_]-$")


def cut_line_goes_on(line: str, after: str, cut_again: bool = False, visibly: bool = False) -> bool:
    """In a plain text written one paragraph per line, was ``line`` cut mid-sentence by hand, so that ``after``
    goes on with it (``... take part in the ITU Regional`` / ``CyberDrill, to be held ... 2024.``)? Yes when
    ``line`` is prose (mostly lower-case words, :data:`_CUT_LEAST` characters or more, not in capitals, not laid
    out in cells) that ends no sentence, and ``after`` opens no paragraph or item and goes on visibly: it starts
    in lower case or is a bracket that ends the sentence (``... at the Plenipotentiary Conference`` /
    ``(Lima, 3-21 October 2031).``), follows a joining word, a comma or a hyphen, or itself ends a sentence or is
    cut again (``cut_again``); a title over a dateline or a name ends none. A line closed by a bracket (``... (ALF)
    (24 May 2007)``) goes on only visibly (lower case, a closing bracket, a joining word, a comma or a hyphen), as
    does any line when
    ``visibly``. A line of half that length or more whose last word a hyphen cut goes on with a next line in lower
    case, though its words are capitalised (``The Ministry of X of the Re-`` / ``public of Y has ...``)."""
    line, after = line.strip(), after.strip()
    if len(line) >= _CUT_LEAST // 2 and _CUT_WORD.search(line) and after[:1].islower() and _LETTERS.match(after):
        return True  # a word a hyphen cut, in a name too: "... of the Re-" / "public of X has ..."
    if len(line) < _CUT_LEAST or not after or _SENTENCE_END.search(line) or line.isupper():
        return False
    if _LAID_OUT.search(_LEAD_NUMBER.sub("", line)) or _LAID_OUT.search(after):
        return False
    words = _LETTERS.findall(line)
    if 2 * sum(1 for w in words if w[0].islower()) < len(words):
        return False  # a title or a name line: "Opening address by the Director of the Radiocommunication Bureau"
    if _STRONG_START.match(after) or _WEAK_START.match(after) or _ITEM_OPENS.match(after) and not _dated().match(after):
        return False
    if line[:1].islower() and _INFINITIVE_ITEM.match(after):
        return False  # an operative clause's lead over its items: "requests the Director of BDT" / "to hold ..."
    if after[:1].islower() or after[:1] == "(" and _SENTENCE_END.search(after):
        return True  # lower case, or a bracket that closes the sentence: "... at the X Conference" / "(Lima, 3 May)."
    last = line.split()[-1].lower()
    if last in _JOINING_WORDS or line.endswith(("-", ",", "&", "/")):
        return True
    return not visibly and not line.endswith(")") and (cut_again or bool(_SENTENCE_END.search(after)))


def _goes_on_after_break(current: list[str], line: str) -> bool:
    """Does ``line``, after a page break (furniture and blank lines), go on with the paragraph
    ``current``? Yes when it starts in lower case, or when the paragraph's last line ends no
    sentence and ``line`` starts no numbered paragraph or list item."""
    if line[:1].islower():
        return True
    if _SENTENCE_END.search(current[-1].strip()) or _STRONG_START.match(line) or _WEAK_START.match(line):
        return False
    return not _TXT_NUMBERED.match(line)


def _txt_furniture(lines: list[str]) -> dict[str, bool]:
    """Keys of the running headers/footers of a text pasted from a PDF: a line printed twice or
    more that holds a page number (``EGH-9/4-E      Page 2``) or only a document symbol, a
    symbol beside a page number (``- 2 - C04/27-E``), or a symbol alone on the line next to a page
    number (``- 2 -`` then ``C04/27-E``); the value says whether its first copy is still to be kept."""
    counts = Counter(_key(line) for line in lines if line.strip())
    raws = [raw for raw in lines if raw.strip()]
    filled = [" ".join(raw.split()) for raw in raws]
    out: dict[str, bool] = {}
    for i, (raw, line) in enumerate(zip(raws, filled, strict=True)):
        cells = [" ".join(c.split()) for c in re.split(r"\s{3,}", raw.strip()) if c.strip()]
        paged = len(cells) > 1 and any(_PAGE_NUMBER.match(c) for c in cells)
        symbol = len(cells) == 1 and re.fullmatch(r"[A-Z][\w&.()\-]*/[\w&.()/\-]+", cells[0]) is not None
        beside = header_symbol(line) is not None and bool(_PAGED.match(line))
        near = symbol and any(_PAGE_NUMBER.match(n) for n in filled[max(0, i - 1) : i] + filled[i + 1 : i + 2])
        if beside or near or counts[_key(line)] >= 2 and (paged or symbol):
            out[_key(line)] = True
    return out


@lru_cache(maxsize=1)
def _dated() -> re.Pattern[str]:
    """A day, a month name and a year (``20 and 21 September 2021``, ``9-11 May 2019``)."""
    return re.compile(
        rf"\b\d{{1,2}}\b[^.;:]{{0,12}}\b(?:{month_alternation(upper=False, misread=False)})\.?\s+\d{{4}}\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _cut_date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day that ends a line after a word of dates (``to be held from 9 to 11``, ``not later than 30``), and a
    month name and a year that open the next (``April 2024, hosted by``): one date cut by a line or page break."""
    months = month_alternation(upper=False, misread=False)  # capitalised: read case-sensitively; before the OCR fixes
    day = r"(?:[1-9]|[12]\d|3[01])"
    return (
        re.compile(rf"\b(?:from|to|on|and|than|by|until|till|between|of)\s+(?:the\s+)?{day}(?:st|nd|rd|th)?$", re.I),
        re.compile(rf"(?:of\s+)?(?:{months})\.?,?\s+\d{{4}}\b"),
    )


def _date_goes_on(previous: str, line: str) -> bool:
    """Does ``line`` finish a date that ``previous`` began (:func:`_cut_date`)?"""
    day, month = _cut_date()
    return bool(day.search(previous)) and month.match(line) is not None


def _dateline(line: str, full: int) -> bool:
    """Is ``line`` a dateline of the front matter (``Sixteenth meeting – Virtual, 20 and 21
    September 2021``): a short line with a date that ends no sentence? It starts a line of its
    own, never goes on with the line before."""
    return len(line) < 0.75 * full and not _SENTENCE_END.search(line) and bool(_dated().search(line))


def _after_capitals(previous: str, line: str) -> bool:
    """Is ``line`` a numbered heading right after a title in capitals (``REPORT OF THE FIFTH
    MEETING OF THE GROUP`` then ``1 Introduction``)? The title is two words or more in capitals
    that end without a joining word; the heading a number and a capitalised word."""
    letters = [w for w in previous.split() if re.search(r"[^\W\d_]{2}", w)]
    return (
        len(letters) >= 2
        and previous.isupper()
        and bool(re.match(r"\d{1,2}\.?\s+[A-Z][a-z]", line))
        and previous.split()[-1].lower() not in _JOINING_WORDS
        and not previous.endswith(("-", ",", "&", "/"))
    )


def _txt_breaks(current: list[str], line: str, full: int) -> bool:
    """:func:`_breaks` for a plain text, where a paragraph of two lines or more goes on until a
    line ends a sentence (a short last line without a sentence end was cut by hand, not a heading)."""
    if len(current) > 1 and not _SENTENCE_END.search(current[-1].strip()):
        starts = _STRONG_START.match(line) or _WEAK_START.match(line)
        return bool(starts or _after_capitals(" ".join(raw.strip() for raw in current), line))
    if current[-1].isupper() and line.isupper():
        return False  # a title in capitals wrapped over lines: "SUMMARY RECORD" / "OF THE SEVENTH ..."
    return _breaks(current[-1], line, full, False) or _after_capitals(current[-1].strip(), line)


def _joined(raw_lines: list[str], vocabulary: Counter[str]) -> str:
    """The lines of one paragraph as one text; a paragraph number set off by spaces is set off by a
    tab, as the parser reads it (``1    The`` -> ``1<TAB>The``)."""
    text = raw_lines[0].strip()
    if _TXT_NUMBERED.match(text):
        number, rest = text.split(None, 1)
        text = f"{number}\t{' '.join(rest.split())}"
    for raw in raw_lines[1:]:
        text = _join(text, " ".join(raw.split()), vocabulary)
    return text


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
    if line[:1].islower() or _date_goes_on(previous, line):
        return False
    last_word = previous.split()[-1].lower() if previous.split() else ""
    if last_word in _JOINING_WORDS or previous.endswith((",", "&", "/")):
        return False
    if no_split_after(previous.split()[-1] if previous.split() else ""):  # "Mr.", "No.", "J.", "U.N."
        return False
    if _dateline(line, full) and not previous.isupper():
        return True  # (after a title in capitals the meeting reader takes the dateline from the title)
    if _SENTENCE_END.search(previous):
        return use_trailing or len(previous) < 0.9 * full
    return len(previous) < 0.75 * full
