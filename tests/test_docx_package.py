"""Opening a Word file without python-docx (``ingest/docx_package.py``): the same blocks as through
python-docx, and python-docx (with its errors) for every file it would open otherwise."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from wsiskg.ingest import docx_package
from wsiskg.ingest.docx_package import open_parts
from wsiskg.ingest.docx_reader import docx_blocks, part_blocks
from wsiskg.ingest.read import read

Members = dict[str, bytes | None]


def _word_file() -> bytes:
    document = docx.Document()
    document.add_paragraph("Report of the Working Party on Rural Networks", style="Title")
    document.add_heading("Opening of the meeting", level=1)
    document.add_paragraph("The Working Party met in Windhoek on 4 May 2031.")
    document.add_paragraph("Ms. Ana Ferreira, Portugal", style="List Number")
    document.add_paragraph("Mr. Tomas Varga, Slovakia", style="List Number")
    table = document.add_table(rows=3, cols=2)
    for row, (name, country) in zip(
        table.rows, [("Ms. K. Osei", "Ghana"), ("Mr. P. Lind", "Norway"), ("Ms. R. Sato", "Japan")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = name, country
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _changed(data: bytes, change: Callable[[Members], None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members: Members = {n: z.read(n) for n in z.namelist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in members.items():
            if blob is not None:
                z.writestr(name, blob)
    return out.getvalue()


def _sub(member: str, pattern: str, repl: str) -> Callable[[Members], None]:
    def change(members: Members) -> None:
        members[member] = re.sub(pattern, repl, (members[member] or b"").decode(), flags=re.S).encode()

    return change


def _drop(member: str) -> Callable[[Members], None]:
    def change(members: Members) -> None:
        members[member] = None

    return change


def test_the_same_blocks_as_through_python_docx() -> None:
    data = _word_file()
    parts = open_parts(data)
    assert parts is not None
    blocks, title = part_blocks(parts.body, parts.styles, parts.numbering)
    assert (blocks, title) == docx_blocks(docx.Document(io.BytesIO(data)))
    assert title == "Report of the Working Party on Rural Networks"
    assert any(b.text == "Ms. K. Osei, Ghana" for b in blocks)
    assert [b.number for b in blocks if "Portugal" in b.text or "Slovakia" in b.text] == ["1", "2"]


_RELS = "word/_rels/document.xml.rels"
_STYLES_REL = r'<Relationship [^>]*relationships/styles"[^>]*/>'


@pytest.mark.parametrize(
    "change",
    [
        _sub(_RELS, _STYLES_REL, ""),  # python-docx makes up default styles
        _drop("word/styles.xml"),  # a missing part
        _drop("[Content_Types].xml"),
        _sub("word/settings.xml", r"</w:settings>", ""),  # a part python-docx parses, not well-formed
        _sub("[Content_Types].xml", r"document\.main\+xml", "document.macroEnabled.main+xml"),  # not a .docx
        _sub(
            _RELS,
            f"({_STYLES_REL})",
            r'\1<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
            r'officeDocument/2006/relationships/styles" Target="styles.xml"/>',
        ),  # fmt: skip
        _sub("word/document.xml", r"<w:body>.*</w:body>", ""),
    ],
)
def test_python_docx_opens_what_it_would_open_otherwise(change: Callable[[Members], None]) -> None:
    assert open_parts(_changed(_word_file(), change)) is None


def test_a_file_without_numbering_is_read_as_python_docx_reads_it() -> None:
    data = _changed(_word_file(), _sub(_RELS, r'<Relationship [^>]*relationships/numbering"[^>]*/>', ""))
    parts = open_parts(data)
    assert parts is not None and parts.numbering is None
    assert part_blocks(parts.body, parts.styles, None) == docx_blocks(docx.Document(io.BytesIO(data)))


def test_read_gives_the_same_document_and_errors_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.docx"
    good.write_bytes(_word_file())
    empty = tmp_path / "empty.docx"
    empty.write_bytes(_changed(_word_file(), _sub("word/document.xml", r"<w:t(?: [^>]*)?>[^<]*</w:t>", "")))

    def outcome(path: Path) -> object:
        try:
            return read(path)
        except Exception as exc:  # noqa: BLE001
            return str(exc)

    fast = [outcome(good), outcome(empty)]
    monkeypatch.setattr(docx_package, "open_parts", lambda _data: None)
    assert fast == [outcome(good), outcome(empty)]
    assert "no text" in str(fast[1])


_FIRST_DOCX_SCRIPT = """
import sys
from pathlib import Path
from wsiskg.ingest import pipeline
before = set(sys.modules)
pipeline.read(Path(sys.argv[1]))
print(sorted(set(sys.modules) - before))
"""


@pytest.mark.parametrize("sample", ["cwg-wsis-sdg-38-report.docx", "cwg-wsis-sdg-38-report.txt"])
def test_the_first_file_a_process_reads_imports_nothing_more(sample: str) -> None:
    """lxml and zipfile's codec of member names (cp437) come with the pipeline's modules, not inside the
    reading of a run's first ``.docx`` (the time the command line prints for it); a ``.txt`` neither."""
    import subprocess
    import sys

    path = Path(__file__).resolve().parents[1] / "samples" / sample
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_DOCX_SCRIPT, str(path)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "[]"
