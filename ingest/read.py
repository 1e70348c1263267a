"""Read a report file (txt, docx, pdf) into a :class:`RawDocument`.

The format is decided from the file's content (magic bytes) first, then from its
extension; anything unusable raises :class:`wsiskg.core.errors.InputError` with a
one-line message naming the file and the problem.

Block texts are returned as found (not normalised): :mod:`ingest.parse` normalises.
The PDF layout logic is the pure function :func:`ingest.pdf_layout.pdf_pages_to_blocks`; a
hard-wrapped text file (lines cut at a fixed width, paragraphs apart by blank lines) has each
paragraph's lines joined by the same rules (:func:`ingest.pdf_layout.join_lines`).
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wsiskg.core.errors import InputError

from .docx_package import open_parts
from .docx_reader import docx_blocks, part_blocks
from .pdf_layout import hard_wrapped, join_cut_lines, pdf_pages_to_blocks, wrapped_text_to_blocks
from .records import Block, RawDocument

__all__ = ["read", "decode_text", "pdf_pages_to_blocks", "TXT", "DOCX", "PDF"]

TXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_DOCX_SUFFIXES = {".docx", ".docm"}
_PDF_SUFFIXES = {".pdf"}

#: magic bytes of formats we do not read, to name them in the error
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"Rar!", "a RAR archive"),
)
_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<\?xml)", re.IGNORECASE)


def _fail(path: Path, problem: str) -> InputError:
    message = f"{path.name}: {problem}"
    return InputError(" ".join(message.split()))  # one line, whatever the cause says


def read(path: Path) -> RawDocument:
    """Read ``path`` (txt, docx or pdf) into a :class:`RawDocument`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "file not found") from None
    except IsADirectoryError:
        raise _fail(path, "is a directory, not a file") from None
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise _fail(path, "the file is empty")

    kind = _sniff(path, data)
    if kind == "pdf":
        return _read_pdf(path, data)
    if kind == "docx":
        return _read_docx(path, data)
    return _read_txt(path, data)


def _sniff(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if suffix in _DOCX_SUFFIXES or b"word/" in data:
            return "docx"
        _unsupported(path, "a zip archive, not a Word document")
    for magic, what in _FOREIGN_MAGIC:
        if data.startswith(magic):
            _unsupported(path, what)
    if suffix in _PDF_SUFFIXES:
        raise _fail(path, "not a PDF (no %PDF- header); the file is corrupt or mislabelled")
    if suffix in _DOCX_SUFFIXES:
        raise _fail(path, "not a Word .docx file (not a zip package); the file is corrupt or truncated")
    if suffix in _TEXT_SUFFIXES:
        if _HTML.match(data[:256].lstrip(codecs.BOM_UTF8)):
            _unsupported(path, "HTML/XML markup, not plain text")
        return "txt"
    kind = suffix or "(no extension)"
    raise _fail(path, f"unsupported file type '{kind}'; expected .txt, .docx or .pdf")


def _unsupported(path: Path, what: str) -> str:
    raise _fail(path, f"unsupported content: the file is {what}; expected .txt, .docx or .pdf")


# ----------------------------------------------------------------------- text
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns ``(text, encoding)``. Raises :class:`ValueError` with the reason.

    Order: byte-order marks, strict UTF-8, then charset-normalizer (preferring
    Windows-1252 among equally good Western guesses), then strict cp1252. Text
    that decodes to control characters is refused rather than mangled.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise ValueError(f"invalid {encoding} after its byte-order mark at byte {exc.start}") from None
    if b"\x00" in data:
        raise ValueError("binary data (NUL bytes) in a text file")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[str, str]] = []
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if matches:
            best = min(m.chaos for m in matches)
            good = [m for m in matches if m.chaos <= best + 0.01]
            preferred = [m for m in good if m.encoding in ("cp1252", "windows_1252", "latin_1", "iso8859_15")]
            for m in preferred + good:
                candidates.append((str(m), m.encoding))
    except Exception:  # charset-normalizer is a guess; fall back below  # noqa: BLE001
        pass
    try:
        candidates.append((data.decode("cp1252"), "cp1252"))
    except UnicodeDecodeError:
        pass
    for text, encoding in candidates:
        try:
            return _checked(text), encoding
        except ValueError:
            continue
    raise ValueError("cannot decode the text (not UTF-8, UTF-16 or Windows-1252)")


def _checked(text: str) -> str:
    bad = len(_CONTROL.findall(text))
    if bad and bad > max(2, len(text) // 1000):
        raise ValueError("binary data (control characters) in a text file")
    return _CONTROL.sub("", text)


#: a run of spaces this long inside a line separates two columns of a page layout
#: ("COUNCIL                    Document C04/92-E"): each column is a block of its own
_COLUMN_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")


#: the cell gap of a table row: a tab or a run of three spaces or more
_CELL_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+ *)(?=\S)")


#: a narrower gap in a table's header row (two spaces), read when its rows have more columns
_HEADER_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _table_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines that are rows of a table: two or more consecutive lines of three
    cells or more (``Organization   Name   Function``)."""
    wide = [len(_CELL_GAP.split(line.strip())) >= 3 for line in lines]
    return {
        i for i in range(len(lines)) if wide[i] and ((i > 0 and wide[i - 1]) or (i + 1 < len(lines) and wide[i + 1]))
    }


def _line_blocks(line: str, row: bool) -> list[str]:
    """A table row is one block with its cells joined by `` | `` (a tab would be folded to a
    space by ``text.normalize``; ``extract/person_tables.py`` splits the row there again);
    elsewhere a wide gap separates layout columns."""
    return [" | ".join(_CELL_GAP.split(line.strip()))] if row else _COLUMN_GAP.split(line)


def _txt_blocks(lines: list[str]) -> list[str]:
    """The blocks of a text file's lines: a wide gap separates layout columns, except in a table,
    where each row stays one block (:func:`_table_cells`)."""
    rows = _table_cells(lines)
    return [block for i, line in enumerate(lines) for block in ([rows[i]] if i in rows else _line_blocks(line, False))]


def _table_cells(lines: list[str]) -> dict[int, str]:
    """Each table row's block by line index (:func:`_line_blocks`), its cells cut where the
    table's first row starts its columns when that finds them all (:func:`_aligned_cells`): a
    row whose narrow gaps the gap rule missed is a row too (``Ruiz  INEGI   Peru``)."""
    rows = _table_rows(lines)
    out: dict[int, str] = {}
    starts: list[int] = []
    for i, line in enumerate(lines):
        if i in rows and i - 1 not in rows:
            starts = [] if "\t" in line else [len(line) - len(line.lstrip())]
            # a header's short label set off by two spaces where its rows have a column ("No.  Action")
            below = len(_CELL_GAP.split(lines[i + 1].strip())) if i + 1 in rows else 0
            gap = _HEADER_GAP if below > len(_CELL_GAP.split(line.strip())) else _CELL_GAP
            starts += [m.end() for m in gap.finditer(line)] if starts else []
        cells = _aligned_cells(line, starts) if starts and (i in rows or i - 1 in rows) else None
        if cells and len(cells) >= len(_CELL_GAP.split(line.strip())):
            rows.add(i)
            out[i] = " | ".join(cells)
        elif i in rows:
            out[i] = _line_blocks(line, True)[0]
    return out


def _aligned_cells(line: str, starts: list[int]) -> list[str] | None:
    """The cells of ``line`` cut at the column ``starts`` of its table's first row, where a cell
    starts there after a space (a cell that fills its column: ``Broadband Agency Peru``); None
    unless two cells or more start at the columns."""
    cuts = [s for s in starts[1:] if 0 < s < len(line) and line[s - 1] == " " and line[s] != " "]
    if not cuts or line[: starts[0]].strip():
        return None
    bounds = [starts[0], *cuts, len(line)]
    cells = [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    return cells if all(cells) else None


#: a paragraph number or list mark at the start of a line, with the gap after it (``1    ``, ``a)   ``, ``ii.   ``)
_LEAD_MARK = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,4}\)|[ivx]{1,4}\.|[-•*–])\s+")


def _layout_blocks(lines: list[str]) -> Callable[[str], list[str]]:
    """For a hard-wrapped text: the blocks of a line that is a table row or is laid out in cells
    (a run of three spaces or more after its paragraph number), ``[]`` for a line of running
    text (joined with its neighbours)."""
    rows = {lines[i]: block for i, block in _table_cells(lines).items()}

    def blocks(line: str) -> list[str]:
        if line in rows:
            return [rows[line]]
        if _CELL_GAP.search(_LEAD_MARK.sub("", line.strip())):
            return [b for b in _line_blocks(line.strip(), False) if b.strip()]
        return []

    return blocks


#: a tab written as its escape, backslash and ``t`` (``Rapporteur\\tMs X``: a table saved by a tool that
#: escaped its tabs)
_ESCAPED_TAB = re.compile(r"\\t")


def _unescaped_tabs(text: str) -> str:
    """``text`` with its escaped tabs as tabs, when it is such a text: no tab of its own and escaped tabs on
    two lines or more (a path's ``C:\\temp`` alone stays)."""
    if "\t" in text or "\\t" not in text:
        return text
    if sum(1 for line in text.splitlines() if _ESCAPED_TAB.search(line)) < 2:
        return text
    return _ESCAPED_TAB.sub("\t", text)


def _read_txt(path: Path, data: bytes) -> RawDocument:
    try:
        text, _encoding = decode_text(data)
    except ValueError as exc:
        raise _fail(path, str(exc)) from None
    text = _unescaped_tabs(text)
    lines = text.splitlines()
    if hard_wrapped(lines):  # pasted from a PDF or wrapped by a mail client: join the lines again
        blocks = tuple(b for b in wrapped_text_to_blocks(lines, _layout_blocks(lines)) if b.text.strip())
    else:  # a line cut mid-sentence by hand goes on in the next one
        lines = join_cut_lines(lines, _table_rows(lines))
        blocks = tuple(Block(text=cell) for cell in _txt_blocks(lines) if cell.strip())
    if not blocks:
        raise _fail(path, "the file is empty")
    return RawDocument(source=path.name, media_type=TXT, blocks=blocks)


# ----------------------------------------------------------------------- docx
def _read_docx(path: Path, data: bytes) -> RawDocument:
    parts = open_parts(data)  # python-docx's own parse, without importing python-docx
    if parts is not None:
        return _docx_document(path, *part_blocks(parts.body, parts.styles, parts.numbering))
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _fail(path, "corrupt or truncated .docx (bad zip archive)") from None
    except KeyError as exc:
        raise _fail(path, f"not a Word document (missing part {exc})") from None
    except Exception as exc:  # python-docx / lxml raise many kinds  # noqa: BLE001
        raise _fail(path, f"corrupt .docx ({type(exc).__name__}: {exc})") from None
    return _docx_document(path, *docx_blocks(document))


def _docx_document(path: Path, blocks: list[Block], title: str | None) -> RawDocument:
    if not any(b.text.strip() for b in blocks):
        raise _fail(path, "the document has no text")
    return RawDocument(source=path.name, media_type=DOCX, blocks=tuple(blocks), title=title)


# ------------------------------------------------------------------------ pdf
def _page_text(page: Any) -> str:
    """A page's text layer (PDFium), lines separated by ``\\n``.

    PDFium marks a hyphen that the layout put at the end of a line as U+FFFE and
    drops the line break after it; give both back so ``pdf_pages_to_blocks``
    sees the line exactly as printed.
    """
    text: str = page.get_textpage().get_text_range()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-\n")


def _read_pdf(path: Path, data: bytes) -> RawDocument:
    if b"%%EOF" not in data[-2048:]:
        raise _fail(path, "truncated PDF (its end-of-file marker is missing); download or export it again")
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _fail(path, "encrypted PDF; remove the password first") from None
        raise _fail(path, f"corrupt PDF ({exc})") from None
    try:
        pages = [_page_text(document[i]) for i in range(len(document))]
    except pdfium.PdfiumError as exc:
        raise _fail(path, f"corrupt PDF ({exc})") from None
    finally:
        document.close()
    if not pages:
        raise _fail(path, "the PDF has no pages")
    if not any(page.strip() for page in pages):
        raise _fail(path, "the PDF has no text layer (scanned image?); run OCR first")
    blocks = pdf_pages_to_blocks(pages)
    if not blocks:
        raise _fail(path, "the PDF has no text")
    return RawDocument(source=path.name, media_type=PDF, blocks=tuple(blocks))
