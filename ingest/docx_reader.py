"""Word (.docx) body -> blocks, with the numbers Word shows for automatic numbering.

Paragraphs come in body order, including those inside tables and content controls; a
table that is a list (a participants list: three rows or more of short single-paragraph
cells) gives one block per row, its cells joined by ", ".
A paragraph numbered by Word (``w:numPr`` on the paragraph or inherited from its
style, ilvl also found through ``w:lvl/w:pStyle``) gets the number the reader sees
("5.4.1") in :attr:`Block.number`: counters are kept per ``numId`` and level, start
at ``w:start`` (or ``w:startOverride``), deeper levels restart when a higher level
is used (or as ``w:lvlRestart`` says; 0: never), instances (``w:num``) of one abstract list
continue each other's numbering unless they override it, and ``w:lvlText`` ("%1.%2.") is filled
in with each level's ``w:numFmt``.
Bullet and letter/roman markers are not paragraph numbers: they are put in front of
the text ("• item", "(a) item") so that the parser sees list items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .records import Block

#: the one namespace prefix the reader names (python-docx's ``qn`` without importing python-docx)
_NAMESPACES = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def qn(tag: str) -> str:
    """Clark notation of a prefixed tag: ``w:p`` -> ``{http://...wordprocessingml/2006/main}p``."""
    prefix, name = tag.split(":")
    return f"{{{_NAMESPACES[prefix]}}}{name}"


_W_VAL = qn("w:val")


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    style: str | None = None
    legal: bool = False
    #: ``w:lvlRestart``: restart after a level above this 1-based index is used (0: never); None: any higher level
    restart: int | None = None


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)


def _val(element: Any, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(_W_VAL)


def _parse_level(lvl: Any) -> _Level:
    level = _Level()
    start = _val(lvl, "w:start")
    level.start = int(start) if start and start.lstrip("-").isdigit() else 1
    level.fmt = _val(lvl, "w:numFmt") or "decimal"
    text = _val(lvl, "w:lvlText")
    level.text = text if text is not None else ""
    level.style = _val(lvl, "w:pStyle")
    level.legal = lvl.find(qn("w:isLgl")) is not None
    restart = _val(lvl, "w:lvlRestart")
    level.restart = int(restart) if restart and restart.isdigit() else None
    return level


class Numbering:
    """The numbering part (numbering.xml) and the running counters."""

    def __init__(self, element: Any) -> None:
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # abstract id -> numStyleLink style id
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, list[int | None]] = {}
        if element is None:
            return
        for abstract in element.findall(qn("w:abstractNum")):
            aid = abstract.get(qn("w:abstractNumId"))
            levels = {int(lvl.get(qn("w:ilvl"), "0")): _parse_level(lvl) for lvl in abstract.findall(qn("w:lvl"))}
            self.abstracts[aid] = levels
            link = _val(abstract, "w:numStyleLink")
            if link:
                self.links[aid] = link
        for num in element.findall(qn("w:num")):
            nid = num.get(qn("w:numId"))
            entry = _Num(abstract=_val(num, "w:abstractNumId") or "")
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = _val(override, "w:startOverride")
                if start and start.lstrip("-").isdigit():
                    entry.starts[ilvl] = int(start)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    entry.levels[ilvl] = _parse_level(lvl)
            self.nums[nid] = entry

    def levels(self, num_id: str, styles: Styles) -> dict[int, _Level]:
        num = self.nums.get(num_id)
        if num is None:
            return {}
        levels = dict(self.abstracts.get(num.abstract, {}))
        link = self.links.get(num.abstract)
        if link and not any(level.text for level in levels.values()):  # numStyleLink: definition lives elsewhere
            linked = styles.num_pr(link)[0]
            if linked and linked != num_id and linked in self.nums:
                levels = dict(self.abstracts.get(self.nums[linked].abstract, {}))
        levels.update(num.levels)
        return levels

    def level_for_style(self, num_id: str, style_id: str | None, styles: Styles) -> int | None:
        for ilvl, level in self.levels(num_id, styles).items():
            if style_id and level.style == style_id:
                return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int, styles: Styles) -> tuple[str, str] | None:
        """Advance the counter of (num_id, ilvl); return (label, numFmt) or None when not numbered."""
        levels = self.levels(num_id, styles)
        if not levels:
            return None
        level = levels.get(ilvl) or _Level()
        num = self.nums[num_id]
        # instances of one abstract list continue each other's numbering (as Word does)
        # unless they override a start, which makes them a list of their own
        owner = num_id if num.starts or num.levels else f"abstract:{num.abstract}"
        counters = self.counters.setdefault(owner, [None] * 10)
        ilvl = max(0, min(ilvl, 9))

        def start_of(k: int) -> int:
            return num.starts.get(k, (levels.get(k) or _Level()).start)

        current = counters[ilvl]
        counters[ilvl] = start_of(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            restart = (levels.get(deeper) or _Level()).restart
            if restart is None or ilvl < restart:  # w:lvlRestart 0: never restarts
                counters[deeper] = None
        if level.fmt == "none":
            return None

        def render(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            counted = counters[k]
            value = counted if counted is not None else start_of(k)
            fmt = "decimal" if level.legal else (levels.get(k) or _Level()).fmt
            return _format(value, fmt)

        if level.fmt == "bullet":
            return (level.text or "•"), "bullet"
        return re.sub(r"%([1-9])", render, level.text), level.fmt


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for n, s in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while value >= n:
            out += s
            value -= n
    return out


class Styles:
    """Paragraph styles: name, numbering and outline level, following ``w:basedOn``."""

    def __init__(self, element: Any) -> None:
        self.by_id: dict[str, object] = {}
        self.default: str | None = None
        if element is None:
            return
        for style in element.findall(qn("w:style")):
            if style.get(qn("w:type")) not in (None, "paragraph"):
                continue
            sid = style.get(qn("w:styleId"))
            self.by_id[sid] = style
            if style.get(qn("w:default")) in ("1", "true", "on"):
                self.default = sid

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = _val(style, "w:basedOn")

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id or "")
        return (_val(style, "w:name") or style_id or "") if style is not None else (style_id or "")

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self._chain(style_id):
            num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num_pr is not None:
                ilvl = _val(num_pr, "w:ilvl")
                return _val(num_pr, "w:numId"), (int(ilvl) if ilvl and ilvl.isdigit() else None)
        return None, None

    def outline(self, style_id: str | None) -> int | None:
        for style in self._chain(style_id):
            value = _val(style.find(qn("w:pPr")), "w:outlineLvl")
            if value is not None and value.isdigit():
                return int(value)
        return None


_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


def _style_kind(name: str, outline: int | None) -> tuple[str, int | None]:
    lowered = name.strip().lower()
    if lowered in ("title", "subtitle"):
        return ("title" if lowered == "title" else "heading"), (1 if lowered == "title" else 2)
    match = _HEADING_NAME.match(lowered)
    if match:
        return "heading", int(match.group(1))
    if outline is not None and outline < 9:
        return "heading", outline + 1
    return "body", None


def _paragraph_text(p: Any) -> str:
    """Visible text of a ``w:p``: runs (also in hyperlinks, insertions, smart tags), tabs, breaks."""
    parts: list[str] = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:sym")):
        # skip text of nested paragraphs (text boxes); deleted text is w:delText, never w:t
        ancestor = node.getparent()
        nested = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag == qn("w:p"):
                nested = True
                break
            ancestor = ancestor.getparent()
        if nested:
            continue
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif node.tag == qn("w:noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def docx_blocks(document: Any) -> tuple[list[Block], str | None]:
    """Blocks of a python-docx ``Document`` in body order, and its title (Title style) if any."""
    try:
        numbering_element = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_element = None
    styles_element = document.styles.element
    return part_blocks(document.element.body, styles_element, numbering_element)


def part_blocks(body: Any, styles_element: Any, numbering_element: Any) -> tuple[list[Block], str | None]:
    """Blocks of a Word body (``w:body``) in body order, and its title (Title style) if any, given the
    roots of the styles and numbering parts (``None``: no numbering)."""
    numbering = Numbering(numbering_element)
    styles = Styles(styles_element)
    blocks: list[Block] = []
    title: str | None = None
    rows, inside = _simple_rows(body, styles)
    for p in body.iter(qn("w:p")):
        if p in inside:
            if p in rows:
                blocks.append(Block(text=rows[p], style="body"))
            continue
        p_pr = p.find(qn("w:pPr"))
        style_id = _val(p_pr, "w:pStyle") or styles.default
        num_id, ilvl = styles.num_pr(style_id)
        own = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if own is not None:
            own_num = _val(own, "w:numId")
            own_lvl = _val(own, "w:ilvl")
            num_id = own_num if own_num is not None else num_id
            ilvl = int(own_lvl) if own_lvl and own_lvl.isdigit() else ilvl
        text = _paragraph_text(p)
        label = None
        if num_id and num_id != "0":
            if ilvl is None:
                ilvl = numbering.level_for_style(num_id, style_id, styles) or 0
            label = numbering.next_label(num_id, ilvl, styles)
        if not text.strip():
            continue
        kind, level = _style_kind(styles.name(style_id), styles.outline(style_id))
        if kind == "body" and style_id:  # localised style names ("Überschrift 1") keep English ids
            kind, level = _style_kind(re.sub(r"(?<=[a-z])(?=\d)", " ", style_id), None)
        number = None
        if label is not None:
            marker, fmt = label
            marker = marker.strip()
            bare = marker.rstrip(".")
            if fmt in ("decimal", "decimalZero") and re.fullmatch(r"\d+(\.\d+)*", bare):
                number = bare
            elif marker:
                text = f"{marker} {text}"
        if kind == "title":
            title = text.strip() if title is None else title
        blocks.append(Block(text=text, number=number, style=kind, level=level))
    return blocks, title


#: a table row is read as one paragraph only when its cells are this short
MAX_CELL = 200
#: ... and its table is a list: at least this many rows, all of them simple
MIN_ROWS = 3


def _simple_row(tr: Any, styles: Styles) -> list[str] | None:
    """The cell texts of a row whose cells each hold at most one short, unnumbered paragraph."""
    if tr.find(".//" + qn("w:tbl")) is not None:
        return None
    cells: list[str] = []
    for tc in tr.findall(qn("w:tc")):
        paragraphs = list(tc.iter(qn("w:p")))
        texts = [t for t in (_paragraph_text(q).strip() for q in paragraphs) if t]
        numbered = any(
            q.find(qn("w:pPr") + "/" + qn("w:numPr")) is not None
            or styles.num_pr(_val(q.find(qn("w:pPr")), "w:pStyle"))[0] not in (None, "0")
            for q in paragraphs
        )
        if len(texts) > 1 or numbered or any(len(t) > MAX_CELL for t in texts):
            return None
        cells += [re.sub(r"\s+", " ", t) for t in texts]
    return cells


def _simple_rows(body: Any, styles: Styles) -> tuple[dict[object, str], set[object]]:
    """A table that is a list (a list of participants: ``Ms. A. Bell | Kenya | Chair``; at
    least :data:`MIN_ROWS` rows, each cell one short unnumbered paragraph) is read a row at a
    time, the cells joined by ``", "`` (``Ms. A. Bell, Kenya, Chair``), so what a row says
    stays together. Layout tables (one row, or cells of several paragraphs) are read by paragraph.

    Returns the first paragraph of each such row -> the row text, and every paragraph of them."""
    rows: dict[object, str] = {}
    inside: set[object] = set()
    for table in body.iter(qn("w:tbl")):
        trs = table.findall(qn("w:tr"))
        cells = [_simple_row(tr, styles) for tr in trs]
        if len(trs) < MIN_ROWS or any(c is None for c in cells) or max(len(c or ()) for c in cells) < 2:
            continue
        for tr, texts in zip(trs, cells, strict=True):
            paragraphs = list(tr.iter(qn("w:p")))
            inside.update(paragraphs)
            if texts:
                rows[paragraphs[0]] = ", ".join(texts)
    return rows, inside
