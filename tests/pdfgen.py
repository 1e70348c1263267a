"""A tiny PDF writer for tests: pages of text lines in Helvetica, laid out as a word processor would.

It lets the tests make real PDFs with the noise of real ones (lines broken by the layout,
words hyphenated at the end of a line, running headers and page numbers) without any
PDF library that can write text.
"""

from __future__ import annotations

from pathlib import Path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """Write ``pages`` (each a list of lines, top to bottom) as a PDF with a text layer."""
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1: catalog, 2: pages, 3: font, then (page, content) pairs
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "12 TL", "56 790 Td"]
        for line in lines:
            ops.append(f"({_escape(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def layout(paragraphs: list[str], width: int = 78, lines_per_page: int = 40, header: str = "") -> list[list[str]]:
    """Break paragraphs into lines of at most ``width`` characters (hyphenating long words as
    Word does at a hyphen) and into pages with a running header and a page number."""
    lines: list[str] = []
    for para in paragraphs:
        current = ""
        for word in para.split(" "):
            candidate = f"{current} {word}".strip()
            if len(candidate) <= width:
                current = candidate
                continue
            if "-" in word and len(current) + 1 + word.index("-") + 1 <= width:
                head, tail = word.split("-", 1)
                lines.append(f"{current} {head}-".strip())
                current = tail
            else:
                lines.append(current + " ")  # word processors leave the space at a soft break
                current = word
        lines.append(current)
    body = lines_per_page - 3
    pages = []
    for n, start in enumerate(range(0, len(lines), body), 1):
        page = ([header, ""] if header else []) + lines[start : start + body] + ["", str(n)]
        pages.append(page)
    return pages
