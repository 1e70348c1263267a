"""RawDocument -> ParsedReport: the section tree and the paragraphs.

* A block that starts with a paragraph number (``1.``, ``5.4.1.``, ``5.4.1``; or that
  carries :attr:`Block.number` from Word numbering) opens the section of that number.
  Its heading is the whole block when the block reads like a heading (Word heading
  style, or a single short sentence not ending in ``.``/``;``); for a block such as
  ``6.1. Title (doc): body text`` the heading is the title-like part before the
  colon and the full text stays one paragraph; otherwise the heading is a label made
  from the block's first sentence.
* Unnumbered blocks belong to the last section seen. Before the first numbered
  section, the "Summary" / "Action required" headings (labels in
  ``ingest/data/front_sections.csv``) open the sections ``summary`` and
  ``action-required``; other front matter goes to section ``front``.
* The title is the Word Title paragraph, else the first front block that looks like
  a report title (``ingest/data/title_cues.csv``) or a heading. The title and page
  furniture (rules ``____``, decorated URLs such as ``• http://... •``) are not
  paragraphs.
* Paragraph kinds: ``heading``, ``body``, ``list-item`` (bullets, ``(i)``, ``a)``),
  ``summary``, ``action-required``.
* A repeated number (a list restarting at 1.) does not open a second section: the
  block becomes a list item of the current section.
* Top-level numbers written without a dot (``1 Introduction``) or in Roman numerals
  (``I. Opening``, ``II Documents``) open a section only when the block reads like a
  heading and the number is the next in its sequence of top-level numbers (Arabic and
  Roman numbers are counted apart: ``I.`` parts may hold ``1.`` paragraphs) (so
  ``15 January 2025 ...`` or ``I. Smith ...`` are not sections). A Roman section keeps
  its number as written (``II``). ``Annex 1`` / ``ANNEX A`` (alone, or with a title after
  a dash or colon) opens the section ``Annex 1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .months import month_numbers
from .ocr_words import Lexicon
from .read import DOCX
from .records import Block, Paragraph, ParsedReport, RawDocument, Section
from .tables import data_rows
from .text import BULLETS, DASH, DASH_CHARS, DASHES, normalize, split_number, split_sentences

_BULLET = re.compile(r"^[" + re.escape(BULLETS) + r"]\s*(?=\S)")
_ENUMERATOR = re.compile(r"^(?:\((?:[ivxlc]{1,6}|[a-zA-Z]|\d{1,2})\)|(?:[ivxlc]{1,6}|[a-z]|\d{1,2})\))\s+(?=\S)")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_DECOR = f"•·*|{DASHES}_=~ \t"
#: a dash before a number opening a line (a page number, not a list item)
_DASH_NUMBER = re.compile(rf"^{DASH}\s*\d")
_PAGE_NUMBER = re.compile(rf"^(?:page\s+\d+(?:\s+of\s+\d+)?|{DASH}\s*\d{{1,4}}\s*{DASH})$", re.IGNORECASE)
_HEADING_MAX = 200
#: a block that is only a document symbol (``CWG-WSIS&SDG-40/10-E``, ``Document C24/45-E``): not a title
_SYMBOL_ONLY = re.compile(r"^(?:Document\s+)?[A-Z][\w&.\-]*/[\w/().\-]+$")
_LABEL_MAX = 80


@lru_cache(maxsize=1)
def _front_labels() -> dict[str, str]:
    return {row["label"].lower(): row["section"] for row in data_rows("front_sections.csv")}


@lru_cache(maxsize=1)
def _title_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"], re.IGNORECASE) for row in data_rows("title_cues.csv"))


# ------------------------------------------------------------------ heuristics
def is_furniture(text: str) -> bool:
    """Rules, decoration-only lines and decorated bare URLs (page footers), not content."""
    if not re.search(r"\w", text) or re.fullmatch(r"[_\W]+", text) or _PAGE_NUMBER.match(text):
        return True
    stripped = text.strip(_DECOR)
    decorated = stripped != text.strip()
    return bool(_URL_ONLY.match(stripped)) and decorated


def _title_like(text: str) -> bool:
    """A short phrase written like a title: ends with a reference in brackets, or mostly Capitalised words."""
    if text.endswith(")"):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w&’'-]*", text)[1:] if len(w) > 3]
    if not words:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.5


def _heading_like(text: str, style: str | None) -> bool:
    if style in ("heading", "title"):
        return True
    if len(text) > _HEADING_MAX or text.endswith((".", ";", ",")):
        return False
    if len(split_sentences(text)) != 1:
        return False
    if text.endswith(":"):
        return _title_like(text[:-1].rstrip())
    return True


def _colon_heading(text: str) -> str | None:
    """``Title (doc): body`` -> ``Title (doc)`` when the part before the colon reads like a title."""
    head, sep, rest = text.partition(": ")
    if not sep or not rest.strip() or len(head) > 150 or not head:
        return None
    if len(split_sentences(head)) != 1 or head.endswith("."):
        return None
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in '“"('):
        return None
    return head.strip() if _title_like(head.strip()) else None


def _label(text: str) -> str:
    """A short label for a section from the first sentence of its text."""
    first = split_sentences(text)[0] if text else ""
    first = first.rstrip(" .:;")
    if len(first) <= _LABEL_MAX:
        return first
    cut = first[:_LABEL_MAX].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def _front_key(text: str) -> tuple[str, str] | None:
    """``Summary`` / ``Action required:`` (optionally followed by text) -> (section key, rest)."""
    labels = _front_labels()
    bare = text.strip().rstrip(":").strip().lower()
    if bare in labels:
        return labels[bare], ""
    head, sep, rest = text.partition(":")
    if sep and head.strip().lower() in labels and rest.strip():
        return labels[head.strip().lower()], rest.strip()
    return None


def _looks_like_title(text: str) -> bool:
    return any(p.search(text) for p in _title_cues())


# ---------------------------------------------------------------------- parse
class _Builder:
    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.numbers: set[str] = set()
        self.paragraphs: list[Paragraph] = []
        self.current: str | None = None
        #: the last top-level section number written in Arabic / in Roman numerals, as a value
        self.top: dict[str, int] = {"arabic": 0, "roman": 0}

    def open_section(self, number: str, heading: str) -> None:
        parent = None
        parts = number.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            candidate = ".".join(parts[:cut])
            if candidate in self.numbers:
                parent = candidate
                break
        self.sections.append(Section(number=number, heading=heading, parent=parent, order=len(self.sections) + 1))
        self.numbers.add(number)
        self.current = number
        if number.isdigit():
            self.top["arabic"] = int(number)
        elif _roman(number) is not None:
            self.top["roman"] = _roman(number) or 0

    def add(self, text: str, kind: str, number: str | None = None) -> None:
        if self.current is None:
            self.open_section("front", "")
        self.paragraphs.append(
            Paragraph(
                order=len(self.paragraphs) + 1, section=self.current or "front", text=text, kind=kind, number=number
            )
        )


def enumerator_end(text: str) -> int:
    """Where a list item's text starts after its enumerator (``(ii) ``, ``b) ``, ``(3) ``): 0 when
    it has none. List items keep their enumerator (:func:`_list_kind`); readers of their words skip it."""
    match = _ENUMERATOR.match(text)
    return match.end() if match else 0


def _list_kind(text: str) -> tuple[str, str]:
    """(kind, text): bullets lose their glyph, enumerators ``(i)`` / ``a)`` are kept."""
    match = _BULLET.match(text)
    if match and not _DASH_NUMBER.match(text):
        return "list-item", text[match.end() :].strip()
    if _ENUMERATOR.match(text):
        return "list-item", text
    return "body", text


def parse(raw: RawDocument) -> ParsedReport:
    """Build the section tree and the paragraph list of ``raw``."""
    builder = _Builder()
    blocks = _heading_breaks(raw.blocks)
    texts = [normalize(block.text) for block in blocks]
    lexicon = Lexicon.of(texts)
    if raw.media_type == DOCX:
        lexicon.headers.clear()  # a Word body holds no running header
    texts = [lexicon.repair(text) for text in texts]
    title = lexicon.repair(normalize(raw.title)) if raw.title else None
    state = _FrontState(title, None if title is not None else _cue_title(blocks, texts))
    seen_numbered = False
    for block, text in zip(blocks, texts, strict=True):
        if not text or is_furniture(text):
            continue
        if block.style == "title" or (state.title is not None and text == state.title and not seen_numbered):
            state.title = state.title or text
            continue
        number, rest = _number_of(block, text)
        if number is None:
            number, rest = _loose_number(text, builder.top)
        if number is not None and number not in builder.numbers:
            seen_numbered = True
            state.kind = None
            _numbered_block(builder, number, rest, block)
        elif number is not None:  # repeated number: a list restarting inside the current section
            builder.add(rest, "list-item")
        elif not seen_numbered:
            _front_block(builder, state, text, block)
        else:
            kind, body = _list_kind(text)
            builder.add(body, "heading" if kind == "body" and block.style == "heading" else kind)
    sections = tuple(_fill_front_heading(s, state.title) for s in builder.sections)
    return ParsedReport(
        source=raw.source,
        media_type=raw.media_type,
        title=state.title,
        sections=sections,
        paragraphs=tuple(builder.paragraphs),
    )


#: a line that runs on after a heading's line break: a sentence, a lead before its items, a table row
_RUN_ON_LINE = re.compile(r".{40,}[.;:]\s*$|.*\S \| \S")


def _heading_breaks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Word heading with the text of its section after a line break (``Requests`` / ``APT and ATU
    jointly:`` / ``1. request X to ...``): the heading's first line, then each line after it as a
    paragraph of its own. A heading of lines that only name and date a meeting stays one."""
    out: list[Block] = []
    for block in blocks:
        first, *rest = block.text.strip().split("\n") if block.style == "heading" else [block.text]
        if not rest or len(first.split()) > 6 or not any(_RUN_ON_LINE.match(line.strip()) for line in rest):
            out.append(block)
            continue
        out.append(Block(first, block.number, block.style, block.level))
        out += [Block(line.strip(), style="body") for line in rest if line.strip()]
    return tuple(out)


@dataclass
class _FrontState:
    """What :func:`parse` knows while it reads the blocks before the first numbered one."""

    title: str | None
    cue_title: str | None
    #: "summary" / "action-required" while inside those front sections
    kind: str | None = None


def _front_block(builder: _Builder, state: _FrontState, text: str, block: Block) -> None:
    """A block before any numbered one: a front section label (``Summary:``), the title, or a
    paragraph of the front matter."""
    front = _front_key(text)
    if front is not None:
        key, rest_text = front
        if key not in builder.numbers:
            heading = text.partition(":")[0].strip() if rest_text else text.rstrip(":").strip()
            builder.open_section(key, heading)
            builder.add(heading, "heading")
        else:
            builder.current = key
        state.kind = key
        if rest_text:
            builder.add(rest_text, key)
        return
    if state.kind is None:
        if state.title is None and (
            text == state.cue_title
            or state.cue_title is None
            and _heading_like(text, block.style)
            and not _SYMBOL_ONLY.match(text)
        ):
            state.title = text
            return
        if builder.current != "front":
            if "front" not in builder.numbers:
                builder.open_section("front", state.title or "")
            builder.current = "front"
    kind, body = _list_kind(text)
    if kind == "body" and block.style == "heading":
        kind = "heading"
    builder.add(body, state.kind if (state.kind and kind == "body") else kind)


def _cue_title(blocks: tuple[Block, ...], texts: list[str]) -> str | None:
    """The first front block (before any numbered block or Summary heading) that reads like a report
    title (``texts``: the blocks' cleaned texts)."""
    for block, text in zip(blocks, texts, strict=True):
        if not text or is_furniture(text):
            continue
        if _number_of(block, text)[0] is not None or _front_key(text) is not None:
            return None
        if len(text) <= _HEADING_MAX and _looks_like_title(text):
            return text
    return None


def _fill_front_heading(section: Section, title: str | None) -> Section:
    if section.number == "front" and not section.heading:
        return Section(number="front", heading=title or "Front matter", parent=None, order=section.order)
    return section


def _number_of(block: Block, text: str) -> tuple[str | None, str]:
    if block.number:
        number = block.number.strip().rstrip(".")
        if re.fullmatch(r"\d+(?:\.\d+)*", number):
            return number, text
        return None, text
    found, rest = split_number(text)
    if found is None:
        # "1<TAB>The Group ...": a number set off by a tab is a paragraph number even without a dot
        tabbed = _TAB_NUMBER.match(block.text)
        if tabbed and text.startswith(tabbed.group(1) + " "):
            return tabbed.group(1), text[len(tabbed.group(1)) + 1 :].strip()
        return None, text
    return found, rest.strip()


_TAB_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\t+(?=\S)")


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LOOSE = re.compile(r"^(?P<n>\d{1,2}|[IVXL]{1,6})(?P<dot>[.)]?)\s+(?P<rest>\S.*)$")
_ANNEX = re.compile(
    rf"^(?P<n>(?:Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT)\s+(?:\d{{1,2}}|[A-Z]))(?:\s*(?:[:{DASH_CHARS}]\s*(?P<rest>\S.*))?)?$"
)


def _roman(text: str) -> int | None:
    """``"XIV"`` -> 14; not a well-formed Roman numeral -> None."""
    total = 0
    values = [_ROMAN_VALUES.get(ch) for ch in text]
    if not text or None in values:
        return None
    for i, v in enumerate(values):
        nxt = values[i + 1] if i + 1 < len(values) else 0
        total += -v if v < nxt else v  # type: ignore[operator]
    return total if _to_roman(total) == text else None


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _loose_number(text: str, top: dict[str, int]) -> tuple[str | None, str]:
    """``1 Introduction`` / ``II. Documents`` when the number follows ``top``; ``Annex 1``."""
    annex = _ANNEX.match(text)
    if annex:
        word, ident = annex.group("n").split()
        number = f"{word.capitalize()} {ident}"
        return number, (annex.group("rest") or number).strip()
    m = _LOOSE.match(text)
    if not m:
        return None, text
    n, dot, rest = m.group("n"), m.group("dot"), m.group("rest")
    value = int(n) if n.isdigit() else _roman(n)
    if value is None or value != top["arabic" if n.isdigit() else "roman"] + 1:
        return None, text
    if n.isdigit() and dot:  # "1." / "1)" are handled elsewhere (numbers, list items)
        return None, text
    if not rest[:1].isupper() or rest.split()[0].rstrip(".,") in month_numbers():
        return None, text
    if not _heading_like(rest, None) or rest.endswith(":") or len(rest) > _LABEL_MAX:
        return None, text
    return n, rest


def _numbered_block(builder: _Builder, number: str, text: str, block: Block) -> None:
    if _heading_like(text, block.style):
        heading = text[:-1].rstrip() if text.endswith(":") else text
        builder.open_section(number, heading)
        builder.add(text, "heading", number=number)
        return
    heading = _colon_heading(text) or _label(text)
    builder.open_section(number, heading)
    builder.add(text, "body", number=number)
