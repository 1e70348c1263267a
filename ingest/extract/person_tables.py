"""Rows of a participants or officers table, and the cues before a name written without an honorific.

A table is a header paragraph whose cells are all column words (``Role / Name / Country``,
``Name  Country  Function``; ``ingest/data/person-cues.csv``, kind ``column:...``) and the
paragraphs right after it that split into as many cells the same way. Cells are separated by
a tab, a run of two or more spaces (.txt and PDF lines), `` | ``, `` / `` or ``, `` (a .docx
table row is read as its cells joined by ``", "``, see ``ingest/docx_reader.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.extract.countries import country_code, country_spans
from wsiskg.ingest.extract.name_finder import _person_re
from wsiskg.ingest.extract.person_cues import person_cues
from wsiskg.ingest.extract.person_titles import title_at
from wsiskg.ingest.records import Span
from wsiskg.ingest.text import table_cells

#: cell separators, tried in this order; a row uses the first that gives the header's cell count
_SEPARATORS = (
    re.compile(r"\s*\t\s*"),
    re.compile(r"\s*\|\s*"),
    re.compile(r" {2,}"),
    re.compile(r"\s+/\s+|(?<=\w)/(?=[A-Z])"),
    _COMMA := re.compile(r",\s+"),
    re.compile(r" "),  # a header whose gaps the parser folded: "Name Country Role"
)


#: a cell that is no column header: a digit, an honorific, a country
_NOT_A_HEADER = re.compile(r"\d|^(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\b")
#: "Vice-Rapporteur(s)": a plural written with "(s)"
_PLURAL_MARK = re.compile(r"\(s\)$")
#: a header cell of no known column word beside a name column: "No.", "Question", "Sector Member"
_SHORT_CELL = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*)?")
#: what ends a role cell's qualifier before the name in a row whose gaps are lost
_ROLE_TAIL = re.compile(r"[,;]|(?<=\s)\S*\d\S*(?=\s)")
#: columns of free text whose cell may hold the cells' separator (", ") when last in a row
_FREE_LAST = frozenset({"role", "organization"})
#: a row read by its content (its gaps lost) is no longer than this
_MAX_ROW = 160


@dataclass(frozen=True)
class Row:
    """One table row: the paragraph order and each column's cell as (start, end) in its text;
    ``role``: the role the header gives everyone of the name column (``Focal point``), if any;
    ``more``: the cells of further name columns, each with the role its header gives
    (``Question | Rapporteur | Associate Rapporteur``)."""

    order: int
    cells: dict[str, tuple[int, int]]
    role: str | None = None
    more: tuple[tuple[tuple[int, int], str], ...] = ()


@cache
def _columns() -> dict[str, str]:
    """Header words -> the column they name (``country``), from the ``column:`` cues."""
    return {w: k.removeprefix("column:") for w, k in person_cues().items() if k.startswith("column:")}


def _header(text: str, in_table: bool = False) -> tuple[list[str], list[str | None]] | None:
    """The columns of a header line (``["role", "name", "country"]``) and the role each column
    header gives its names: ``Project, Lead institution, Focal point`` (the names of the last
    column are focal points; the other columns are ``other``), ``Question | Title | Rapporteur |
    Vice-Rapporteur(s)`` (two name columns, each with its role; ``Title`` is the Question's);
    ``No. | Name | Country`` (a column of no known word beside a name column is ``other``); else None."""
    columns = _columns()
    stripped = text.strip()
    for sep in _SEPARATORS:
        if not sep.search(stripped):
            continue  # one cell: no header
        cells = [_PLURAL_MARK.sub("s", text[a:b].strip(" :.")) for a, b in table_cells(stripped, sep, brackets=False)]
        if sep.pattern == " " or in_table:  # a header of column words alone, or none
            every = _every_column(columns, cells)
            if every and "name" in every and len(set(every)) == len(every):
                return every, [None] * len(every)
            continue
        found: list[str | None] = [_column(columns, c) for c in cells]
        known = [f for f in found if f]
        if all(found) and "name" in found and len(set(found)) == len(found):
            return known, [None] * len(found)
        if any(_NOT_A_HEADER.search(c) for c in cells):
            continue
        if len(set(known)) < len(known):
            continue
        if "name" in found:
            if len(cells) > 2 and all(f or _SHORT_CELL.fullmatch(c) for f, c in zip(found, cells, strict=True)):
                named = [f or "other" for f in found]
                return named, _role_over_names(cells, named)
            continue
        if (header := _role_header(cells, found)) is not None:
            return header
    return None


def _every_column(columns: dict[str, str], cells: list[str]) -> list[str] | None:
    """The column each cell names, or ``None`` at the first cell that names none."""
    found = []
    for cell in cells:
        column = _column(columns, cell)
        if column is None:
            return None
        found.append(column)
    return found


def _column(columns: dict[str, str], cell: str) -> str | None:
    """The column a header cell names: its words (``Country``), or either side of a slash between two
    headings of one column (``Member State / Region``)."""
    words = " ".join(cell.lower().split())
    found = columns.get(words)
    if found is None and " / " in words:
        found = next((columns[w] for w in words.split(" / ") if w in columns), None)
    return found


def _cell_title(cell: str) -> Span | None:
    """The role a header cell names: a role word alone (``Rapporteur``), or after one or two words that qualify it
    (``Proposed chairman``, ``Session moderator``)."""
    words = cell.split()
    for i in range(min(3, len(words))):
        rest = " ".join(words[i:])
        if (t := title_at(rest, 0)) is not None and t.end == len(rest) and all(w.isalpha() for w in words[:i]):
            return t
    return None


def _role_over_names(cells: list[str], columns: list[str]) -> list[str | None]:
    """The role each column gives its names: a header of a name column and one cell that is a role of no column
    word (``Vice-Chairman | Name | Country`` over rows ``Region A | Ms X | Chile``): that role, for the names."""
    roles: list[str | None] = [None] * len(columns)
    titles = [t for c, col in zip(cells, columns, strict=True) if col == "other" and (t := _cell_title(c))]
    if len(titles) == 1 and "role" not in columns:
        roles[columns.index("name")] = titles[0].keys[0]
    return roles


def _role_header(cells: list[str], found: list[str | None]) -> tuple[list[str], list[str | None]] | None:
    """A header whose name columns are named by their role (``Project, Lead agency, Focal point``,
    ``Question | Title | Rapporteur``): a role column (``Title``) beside one of them is the
    person's only with a country column too (``Member State, Head of delegation, Title``), else
    the row's own (a Question's title); of two cells, the other is a known column
    (``Organization | Representative``)."""
    titles = [_cell_title(c) for c in cells]
    roles = [t.keys[0] if t is not None else None for t in titles]
    titled = [i for i, r in enumerate(roles) if r]
    # a role heading the first column only beside a known column ("Vice-Chair, Member State, Region"), not a
    # signature's post line ("Director, Telecommunication Development Bureau")
    if not titled or (titled == [0] and not any(found[1:])):
        return None
    if len(cells) == 2 and not any(found) and (titled != [1] or not _SHORT_CELL.fullmatch(cells[0])):
        return None  # of two cells of no column word, a short heading then the role: "Stakeholder group, Vice-Chair"
    own = "country" in found
    if "role" in found and len(titled) == 1 and not own:
        return None
    columns = ["name" if roles[i] else (f if f and (f != "role" or own) else "other") for i, f in enumerate(found)]
    return columns, roles


def _row(text: str, columns: list[str], role_re: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]] | None:
    for sep in _SEPARATORS[:-1]:  # one space separates the words of a cell too
        cells = table_cells(text, sep, brackets=False)
        if len(cells) > len(columns) > 1 and columns[-1] in _FREE_LAST and sep is _COMMA:
            # a .docx row's last cell with a comma of its own: "Kenya, Ms A, Manager, Consumer Affairs"
            cells = [*cells[: len(columns) - 1], (cells[len(columns) - 1][0], cells[-1][1])]
        elif (
            len(cells) > len(columns) > 1
            and columns[0] in ("other", "role")
            and sep is _COMMA
            and _short_cells(text, cells)
        ):
            # a first cell of the row's own with a comma: "1.2, 1.4 (IMT), Ms A, Mexico" (agenda items)
            extra = len(cells) - len(columns)
            cells = [(cells[0][0], cells[extra][1]), *cells[extra + 1 :]]
        if len(cells) == len(columns) and all(a < b for a, b in cells):
            return list(zip(columns, cells, strict=True))
    if columns.count("name") > 1:  # a .docx row drops its empty cells: the last role columns are vacant
        for sep in _SEPARATORS[:-1]:
            cells = table_cells(text, sep, brackets=False)
            if 1 < len(cells) < len(columns) and all(a < b for a, b in cells) and not text.rstrip().endswith("."):
                return list(zip(columns, cells, strict=False))
        return None
    if "other" in columns or len(text) > _MAX_ROW:
        return None  # a row of unknown cells is read by its separators only
    cells_by_content = _row_by_content(text, columns, role_re)
    return list(cells_by_content.items()) if cells_by_content else None


def _short_cells(text: str, cells: list[tuple[int, int]]) -> bool:
    """Cells of a row, not the clauses of a sentence: none long, no full stop at the end."""
    return all(b - a <= 60 for a, b in cells) and not text.rstrip().endswith(".")


def _row_by_content(text: str, columns: list[str], role_re: re.Pattern[str]) -> dict[str, tuple[int, int]] | None:
    """A row whose cell gaps were lost (the parser folds tabs and runs of spaces to one space):
    the country cell is a country name, the role cell starts with a role word, the name is the
    one stretch left, and they come in the header's order."""
    anchors: dict[str, tuple[int, int]] = {}
    if "country" in columns:
        country = next(iter(country_spans(text)), None)
        if country is None:
            return None
        anchors["country"] = (country.start, country.end)
    if "role" in columns:
        role = next((m for m in role_re.finditer(text) if not _inside(m.start(), anchors)), None)
        if role is None:
            return None
        anchors["role"] = (role.start(), role.end())
    cells: dict[str, tuple[int, int]] = {}
    bounds = sorted(anchors.values())
    if [c for c in columns if c in anchors] != sorted(anchors, key=lambda c: anchors[c]):
        return None
    i = columns.index("name")
    before = [anchors[c][1] for c in columns[:i] if c in anchors]
    after = [anchors[c][0] for c in columns[i + 1 :] if c in anchors]
    start, end = (before[-1] if before else 0), (after[0] if after else len(text))
    if before and "role" in columns[:i]:  # the role's own words before the name: "Vice-Chair, Study Group 1 NAME"
        # the last cut that leaves a name: a comma after the name itself ("NAME, COUNTRY") is no cut
        cut = [m.end() for m in _ROLE_TAIL.finditer(text, start, end) if text[m.end() : end].strip(" ,;|/\t")]
        start = cut[-1] if cut else start
    name = text[start:end].strip(" ,;|/\t")
    if not name:
        return None
    cells["name"] = (text.index(name, start), text.index(name, start) + len(name))
    for c, (a, b) in anchors.items():  # a role cell runs to the next cell: "Vice-Chair, Study Group 1"
        nxt = min((x for x in [cells["name"][0], *(p for p, _ in bounds)] if x > a), default=len(text))
        cells[c] = (a, b) if c == "country" else (a, len(text[:nxt].rstrip(" ,;|/\t")))
    return cells


def _inside(at: int, spans: dict[str, tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans.values())


def table_rows(paragraphs: Sequence[tuple[int, str]], role_re: re.Pattern[str]) -> list[Row]:
    """The rows of every participants table among ``(order, text)`` paragraphs: each row after
    a header, until a paragraph that does not split into the header's cell count. ``role_re``
    finds a role word (the role cell of a row whose gaps are lost)."""
    out: list[Row] = []
    columns: list[str] | None = None
    roles: list[str | None] = []
    for order, text in paragraphs:
        if (header := _header(text, columns is not None)) is not None:
            columns, roles = header
            continue
        row = _row(text, columns, role_re) if columns else None
        if row is None or columns is None:
            columns = None
            continue
        out.append(_row_record(order, row, [r for c, r in zip(columns, roles, strict=True) if c == "name"]))
    return out + _headerless_rows(paragraphs, {r.order for r in out})


def _headerless_rows(paragraphs: Sequence[tuple[int, str]], read: set[int]) -> list[Row]:
    """The rows of a table with no header (``Chairman | Mr A | Italy`` over ``Vice-Chairman | Ms B | Chile``):
    two or more paragraphs running together, each split into cells by one separator, one cell a person with an
    honorific, one a role, the others a country or a short name (``TSB | Mr C | Advisor``)."""
    found = [(order, _headerless_row(text)) if order not in read else (order, None) for order, text in paragraphs]
    out = []
    for i, (order, row) in enumerate(found):
        near = [found[j][1] for j in (i - 1, i + 1) if 0 <= j < len(found)]
        if row is not None and any(n is not None for n in near):
            out.append(Row(order, row))
    return out


#: the longest cell of a row with no header that is neither name, role nor country
_MAX_OTHER_CELL = 60
#: the separators of a row with no header: a tab, a bar, a run of spaces, a .docx row's comma
_ROW_SEPARATORS = (*_SEPARATORS[:3], _COMMA)


def _headerless_row(text: str) -> dict[str, tuple[int, int]] | None:
    """The name, role and country cells of a row read without a header, else None."""
    if len(text) > _MAX_ROW or text.rstrip().endswith(".") or not any(c in text for c in ("|", "\t", "  ", ", ")):
        return None
    for sep in _ROW_SEPARATORS:
        cells = table_cells(text, sep, brackets=False)
        if not 2 <= len(cells) <= 4:
            continue
        kinds = [_cell_kind(text[a:b]) for a, b in cells]
        if kinds.count("name") == 1 and kinds.count("role") == 1 and None not in kinds:
            return {k: cell for k, cell in zip(kinds, cells, strict=True) if k is not None and k != "other"}
    return None


def _cell_kind(cell: str) -> str | None:
    """What a cell of a row with no header holds: ``name`` (a person with an honorific), ``role``,
    ``country``, ``other`` (a short capitalised text: ``TSB``, ``Administrator a.i., UNDP``), or None."""
    if _person_re().fullmatch(cell):
        return "name"
    if country_code(cell) is not None:
        return "country"
    if _cell_title(cell) is not None:
        return "role"
    return "other" if len(cell) <= _MAX_OTHER_CELL and cell[:1].isupper() else None


def _row_record(order: int, row: list[tuple[str, tuple[int, int]]], roles: list[str | None]) -> Row:
    """A row's cells by column, the first name cell with its header's role, the others in ``more``."""
    names = list(zip([cell for c, cell in row if c == "name"], roles, strict=False))
    cells = {c: cell for c, cell in row if c not in ("name", "other")}
    if names:
        cells["name"] = names[0][0]
    more = tuple((cell, role) for cell, role in names[1:] if role)
    return Row(order, cells, names[0][1] if names else None, more)
